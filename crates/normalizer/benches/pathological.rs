//! Pathological inputs at growing sizes, each one article: the time per MB of the parser and of
//! the normalizer must stay flat (linear work). Texts without line breaks or stops matter most:
//! the work done per quotation or per mention must not read the whole line, sentence or
//! article again.
//!
//! `cargo bench -p verbatim-normalizer --bench pathological` (a benchmark, not a timed test).

use std::time::Instant;

/// A named input: a unit repeated to about the size asked for.
const CASES: &[(&str, &str)] = &[
    ("unclosed opening marks", "“"),
    ("apostrophes", "’"),
    ("straight quotes and words", "a \"b "),
    (
        "one endless paragraph",
        "Peskov said the talks “were hard, and he added that nothing” would change, ",
    ),
    ("endless names and cues", "Said Aaa Bbb said "),
    ("endless sentence of dots", ". "),
    ("debris everywhere", "x ARTICLE CONTINUES AFTER AD “y” "),
    ("cue words only", "said "),
    (
        "quotes and pronouns, one line",
        "“We won,” he said. “They lost,” she said. Mr. Ray Lee and Ms. Ann Poe agreed. ",
    ),
    (
        "partial quotes, no stops",
        "Smith called it “a mess” and “a scandal” and “a farce”, ",
    ),
    (
        "title case, no line breaks",
        "Trump Says “No Deal” On Trade Talks With China Today ",
    ),
];

fn main() {
    let gaz = verbatim_normalizer::Gazetteer::builtin();
    let sizes = [1usize << 20, 2 << 20, 4 << 20];
    println!(
        "{:30} {:>5} {:>12} {:>12} {:>12}",
        "input", "MB", "parse s/MB", "resolve s/MB", "total s"
    );
    for &(name, unit) in CASES {
        for &n in &sizes {
            let text = unit.repeat(n / unit.len());
            let mb = text.len() as f64 / 1e6;
            let t = Instant::now();
            let parsed = verbatim_parser::parse(&text);
            let parse = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let speakers = verbatim_normalizer::resolve_article(&gaz, &text, None, &parsed);
            let resolve = t.elapsed().as_secs_f64();
            std::hint::black_box((parsed, speakers));
            println!(
                "{name:30} {mb:5.1} {:12.4} {:12.4} {:12.3}",
                parse / mb,
                resolve / mb,
                parse + resolve
            );
        }
    }
}
