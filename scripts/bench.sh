#!/usr/bin/env bash
# End-to-end throughput: generate a synthetic corpus (default 200 MB of text), run
# `verbatim extract` with one thread and with all cores, print MB/s, MB/s per core, articles/s
# and peak resident memory, and check that both runs wrote identical tables.
#   scripts/bench.sh [MB]        (needs GNU time: /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
DATA=bench-data
# (the name carries the generator's version: a corpus written by an older generator is not reused)
CORPUS=$DATA/corpus-v3-$MB.jsonl
cargo build --release -q -p verbatim --bin verbatim --example gen_corpus
[ -f "$CORPUS" ] || ./target/release/examples/gen_corpus "$MB" "$CORPUS"
BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$CORPUS")
ARTICLES=$(wc -l < "$CORPUS")
CORES=$(nproc)
echo "corpus: $CORPUS, $ARTICLES articles, $BYTES bytes of text; machine: $CORES cores, $(uname -m)"
run() {
    local jobs=$1 out=$DATA/out-j$1
    rm -rf "$out"
    /usr/bin/time -f "%e %M" -o "$DATA/time-j$jobs" ./target/release/verbatim extract "$CORPUS" --out "$out" --jobs "$jobs" --quiet
    read -r secs kb < "$DATA/time-j$jobs"
    python3 - "$jobs" "$secs" "$kb" "$BYTES" "$ARTICLES" <<'PY'
import sys
jobs, secs, kb, b, n = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
mbs = b / 1e6 / secs
print(f"--jobs {jobs}: {secs:.2f} s  {mbs:.1f} MB/s  {mbs / jobs:.1f} MB/s per core  {n / secs:.0f} articles/s  peak RSS {kb / 1024:.0f} MB")
PY
}
run 1
run "$CORES"
for t in quotes.csv speakers.csv articles.csv; do
    cmp -s "$DATA/out-j1/$t" "$DATA/out-j$CORES/$t" || { echo "DIFFERENT: $t"; exit 1; }
done
echo "outputs identical for --jobs 1 and --jobs $CORES"
python3 - "$DATA/out-j1/quotes.csv" "$BYTES" "$ARTICLES" <<'PY'
import csv, sys
n = sum(1 for _ in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
b, a = int(sys.argv[2]), int(sys.argv[3])
print(f"quotations found: {n} ({n / (b / 1000):.2f} per 1,000 bytes, {b / a:.0f} bytes per article)")
PY
