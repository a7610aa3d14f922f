//! Speaker resolution on single articles (parse excluded):
//! `cargo bench -p verbatim-normalizer --bench resolve`.
// criterion_group! generates a public function that cannot carry a doc comment
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use verbatim_normalizer::{Gazetteer, resolve_article};

fn bench(c: &mut Criterion) {
    let gaz = Gazetteer::builtin();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("data/articles exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let mut g = c.benchmark_group("resolve");
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("readable article");
        let parsed = verbatim_parser::parse(&text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        let name = p
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        g.bench_function(&name, |b| {
            b.iter(|| resolve_article(&gaz, black_box(&text), None, black_box(&parsed)))
        });
    }
    g.finish();
    c.bench_function("gazetteer-builtin-load", |b| b.iter(Gazetteer::builtin));
}

criterion_group!(benches, bench);
criterion_main!(benches);
