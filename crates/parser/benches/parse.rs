//! Parser throughput on single articles: `cargo bench -p verbatim-parser --bench parse`.
// criterion_group! generates a public function that cannot carry a doc comment
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn articles() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/articles");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("data/articles exists")
        .filter_map(|e| {
            let p = e.ok()?.path();
            Some((
                p.file_stem()?.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).ok()?,
            ))
        })
        .collect();
    out.sort();
    out
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    for (name, text) in articles() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(&name, |b| {
            b.iter(|| verbatim_parser::parse(black_box(&text)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
