# verbatim: common tasks. `just --list` shows them.

# Extract the sample articles in data/articles into out/
run:
    cargo run --release -- extract data/articles --out out

# Run every test (what CI runs, without the lints)
test:
    cargo test --workspace --locked

# Review new or changed grammar snapshots one by one
review:
    cargo insta review

# Show one article with its quotations marked: just show data/articles/004_75d70c13e1e17d8b.txt
show FILE:
    cargo run --release -q -- show {{FILE}}

# Score one gold JSONL file, with per-rule figures and every error: just eval ../shared/eval/seeds.gold.jsonl
eval GOLD *FLAGS: _release
    ./target/release/verbatim eval {{GOLD}} --errors {{FLAGS}}

# Score our held-out articles, and seeds and dev gold in ../shared/eval (when present), against the recorded figures
score: _release
    python3 scripts/ratchet.py

# Record the current accuracy figures as the new floor (only after they improved)
ratchet-update: _release
    python3 scripts/ratchet.py --update

# End-to-end throughput on a generated corpus (MB of text, default 200): MB/s, RSS, --jobs check
bench MB="200":
    scripts/bench.sh {{MB}}

# Micro-benchmarks of the parser and the normalizer on single articles (criterion)
bench-micro:
    cargo bench -p verbatim-parser --bench parse
    cargo bench -p verbatim-normalizer --bench resolve

# Time pathological inputs at growing sizes, parser and normalizer (linear work check)
bench-pathological:
    cargo bench -p verbatim-normalizer --bench pathological

# Fuzz the parser (needs nightly and cargo-fuzz): just fuzz 600
fuzz SECONDS="600":
    cd fuzz && cargo +nightly fuzz run parse -- -max_total_time={{SECONDS}} -max_len=4096

# Everything CI runs: fmt, clippy, docs, tests, accuracy ratchet
ci:
    bash .ci/run

_release:
    cargo build --release -p verbatim
