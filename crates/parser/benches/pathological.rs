//! Pathological inputs at growing sizes: the time per MB must stay flat (linear work).
//!
//! `cargo bench -p verbatim-parser --bench pathological` (a benchmark, not a timed test).

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
    ]
}

fn main() {
    let sizes = [1usize << 20, 2 << 20, 4 << 20, 10 << 20];
    println!(
        "{:28} {:>8} {:>10} {:>10}",
        "input", "MB", "seconds", "s per MB"
    );
    for (name, make) in cases() {
        for &n in &sizes {
            let text = make(n);
            let t = Instant::now();
            let parsed = verbatim_parser::parse(&text);
            let secs = t.elapsed().as_secs_f64();
            let mb = text.len() as f64 / 1e6;
            std::hint::black_box(parsed);
            println!("{name:28} {mb:8.1} {secs:10.3} {:10.4}", secs / mb);
        }
    }
}
