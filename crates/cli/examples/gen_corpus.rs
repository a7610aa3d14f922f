//! Writes a synthetic news corpus as JSONL for benchmarks: varied articles in the style of the
//! sample articles (names with roles, every attribution pattern, partial and indirect quotes,
//! hard wraps, layout debris), with the shape of real news: about twenty paragraphs of a quotation
//! and one to three sentences of the writer's, and about five quotations of all kinds per thousand
//! bytes (PolNeAR's political news has 5.0 annotated quotations per thousand bytes, 20 paragraphs
//! of 230 bytes per article). Deterministic: the same size gives the same bytes.
//!
//! ```text
//! cargo run --release -p verbatim --example gen_corpus -- 200 bench-data/corpus.jsonl
//! ```

use std::io::{BufWriter, Write};

/// A small deterministic generator (xorshift64*), so the corpus needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Marek", "Lena", "Tomas", "Ines", "Pavel", "Ruth", "Omar", "Clara", "Jonas", "Mira",
    "Viktor", "Elena", "Sam", "Nadia", "Felix",
];
const LAST: &[&str] = &[
    "Kovac", "Brandt", "Holm", "Reyes", "Marsh", "Lind", "Vogt", "Sato", "Ruiz", "Ekberg", "Dorn",
    "Quist", "Voss", "Hale", "Brill", "Lanz",
];
const ROLE: &[&str] = &[
    "Finance Minister",
    "Sen.",
    "Mayor",
    "Governor",
    "union leader",
    "Kremlin spokesman",
    "Foreign Minister",
    "port director",
    "Rep.",
    "Chancellor",
];
const ORG: &[&str] = &[
    "The ministry",
    "The Kremlin",
    "The council",
    "The White House",
    "The commission",
    "The agency",
];
const CUE: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "said on Tuesday",
    "told lawmakers",
];
const CLAUSE: &[&str] = &[
    "the talks would resume next week",
    "the budget keeps every library open",
    "the bridge would reopen in May after repairs",
    "prices will fall before the winter",
    "the vote was neither free nor fair",
    "the strike would last at least three days",
    "the new rules had been delayed by the courts",
];
/// Quotation templates: `#` becomes a number, so that quotations are mostly distinct, as in real
/// news (a corpus of a few dozen quotations repeated hides any cost that grows with the number of
/// distinct quotations, as the run-wide cluster index once did).
const QUOTE: &[&str] = &[
    "We will not sign an agreement that hurts our farmers",
    "Nobody in this city will be left behind, not one of the # families on that list",
    "The numbers speak for themselves, and they are not good",
    "We have been patient for # days. Patience does not pay the rent",
    "This is about trust, and trust takes years to rebuild",
    "There is no such need at the moment",
    "If they want the cranes moving again, they know our number",
    "We lost # jobs in this district last year, and nobody in the capital noticed",
    "I have met # workers this month and every one of them asked the same question",
    "A budget of # million is not a rounding error",
];
const FILLER: &[&str] = &[
    "The city council met for six hours on Monday before the vote.",
    "Protesters gathered outside the hall as the session began, waving flags and banners.",
    "Officials have not said when the final figures will be published.",
    "The measure passed by a narrow margin after a long debate over funding.",
    "Analysts expect the decision to shape the regional economy for years.",
    "Trading in the capital was quiet ahead of the announcement.",
    "The proposal would cost about $4.2 billion over the next decade, twice the first estimate.",
    "Turnout in the northern districts was the lowest since 1998.",
    "The company employs about 3,000 people in the region, most of them at the port.",
    "Both parties have spent heavily on advertising in the final weeks of the campaign.",
    "Lawmakers are expected to return to the chamber on Thursday.",
    "The hearing, which had been postponed twice, drew a large crowd of farmers and truck drivers.",
    "Last year the region recorded its wettest spring in half a century.",
    "A spokeswoman for the ministry did not respond to a request for comment.",
];

fn person(r: &mut Rng) -> (String, String) {
    let (f, l) = (r.pick(FIRST), r.pick(LAST));
    (format!("{} {f} {l}", r.pick(ROLE)), l.to_string())
}

fn quote(r: &mut Rng) -> String {
    let t = r.pick(QUOTE);
    t.replace('#', &(2 + r.next() % 99_998).to_string())
}

fn paragraph(r: &mut Rng, out: &mut String) {
    let (full, last) = person(r);
    let q = quote(r);
    let c = r.pick(CLAUSE);
    match r.next() % 9 {
        0 => out.push_str(&format!("“{q},” {full} {}.", r.pick(CUE))),
        1 => out.push_str(&format!("“{q},” said {full}. “{}.”", quote(r))),
        2 => out.push_str(&format!("{full} {}: “{q}.”", r.pick(CUE))),
        3 => out.push_str(&format!(
            "{full} said {c}, calling the plan “{}”.",
            r.pick(&["a disgrace", "long overdue", "unacceptable"])
        )),
        4 => out.push_str(&format!("{} said {c}.", r.pick(ORG))),
        5 => out.push_str(&format!("\"{q},\" {last} said in an interview.")),
        6 => out.push_str(&format!("{c}, {full} said.")),
        7 => out.push_str(&format!("“{q}” — {full}")),
        _ => out.push_str(&format!("According to {full}, {c}.")),
    }
    // the writer's own sentences around the quotation: one to three
    for _ in 0..1 + r.next() % 3 {
        out.push(' ');
        out.push_str(r.pick(FILLER));
    }
    if r.next() % 7 == 0 {
        out.push_str("ARTICLE CONTINUES AFTER AD");
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mb: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let path = args
        .next()
        .unwrap_or_else(|| "bench-data/corpus.jsonl".into());
    if let Some(dir) = std::path::Path::new(&path).parent() {
        std::fs::create_dir_all(dir).expect("create the output folder");
    }
    let mut w = BufWriter::new(std::fs::File::create(&path).expect("create the corpus file"));
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut bytes, mut n) = (0usize, 0usize);
    while bytes < mb * 1_000_000 {
        let mut text = format!(
            "{} {} warns of tough winter\n\n",
            r.pick(FIRST),
            r.pick(LAST)
        );
        for p in 0..(12 + r.next() % 17) {
            paragraph(&mut r, &mut text);
            // some outlets hard-wrap their copy
            if p % 4 == 3 {
                text = text.replacen(". ", ".\n", 1);
            }
            text.push_str("\n\n");
        }
        n += 1;
        bytes += text.len();
        let rec = serde_json::json!({"id": format!("a{n:07}"), "text": text, "date": "2024-05-02"});
        serde_json::to_writer(&mut w, &rec).expect("write");
        w.write_all(b"\n").expect("write");
    }
    w.flush().expect("flush");
    eprintln!(
        "gen_corpus: {n} articles, {:.1} MB of text in {path}",
        bytes as f64 / 1e6
    );
}
