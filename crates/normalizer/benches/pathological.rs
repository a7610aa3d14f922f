//! Pathological inputs at growing sizes, each one article: the time per MB of the parser and of
//! the normalizer must stay flat (linear work). Texts without line breaks or stops matter most:
//! the work done per quotation or per mention must not read the whole line, sentence or
//! article again.
//!
//! `cargo bench -p verbatim-normalizer --bench pathological` (a benchmark, not a timed test).

use std::time::Instant;

/// A named input of about `n` bytes.
type Case = (&'static str, fn(usize) -> String);

fn cases() -> Vec<Case> {
    vec![
        ("unclosed opening marks", |n| "“".repeat(n / 3)),
        ("apostrophes", |n| "’".repeat(n / 3)),
        ("straight quotes and words", |n| "a \"b ".repeat(n / 5)),
        ("one endless paragraph", |n| {
            "Peskov said the talks “were hard, and he added that nothing” would change, "
                .repeat(n / 75)
        }),
        ("endless names and cues", |n| {
            "Said Aaa Bbb said ".repeat(n / 18)
        }),
        ("endless sentence of dots", |n| ". ".repeat(n / 2)),
        ("debris everywhere", |n| {
            "x ARTICLE CONTINUES AFTER AD “y” ".repeat(n / 33)
        }),
        ("cue words only", |n| "said ".repeat(n / 5)),
        ("quotes and pronouns, one line", |n| {
            "“We won,” he said. “They lost,” she said. Mr. Ray Lee and Ms. Ann Poe agreed. "
                .repeat(n / 80)
        }),
        ("partial quotes, no stops", |n| {
            "Smith called it “a mess” and “a scandal” and “a farce”, ".repeat(n / 56)
        }),
        ("title case, no line breaks", |n| {
            "Trump Says “No Deal” On Trade Talks With China Today ".repeat(n / 52)
        }),
    ]
}

fn main() {
    let gaz = verbatim_normalizer::Gazetteer::builtin();
    let sizes = [1usize << 20, 2 << 20, 4 << 20];
    println!(
        "{:30} {:>5} {:>12} {:>12} {:>12}",
        "input", "MB", "parse s/MB", "resolve s/MB", "total s"
    );
    for (name, make) in cases() {
        for &n in &sizes {
            let text = make(n);
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
