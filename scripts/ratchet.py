#!/usr/bin/env python3
"""Accuracy ratchet: score verbatim with `verbatim eval` and fail if a figure falls below the one
recorded in accuracy.json. The held-out articles of our own (data/eval/heldout.gold.jsonl) are
always scored; the seeds and the development gold need ../shared/eval (absent on a user's clone:
those runs are skipped).

    python3 scripts/ratchet.py [--update]     (run from the repository root, after a release build)
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "eval")
RECORD = os.path.join(ROOT, "accuracy.json")
BIN = os.path.join(ROOT, "target", "release", "verbatim")
OURS = os.path.join(ROOT, "data", "eval")
# (name, folder, gold file, kinds, extra score.py flags)
RUNS = [
    ("seeds direct+partial", SHARED, "seeds.gold.jsonl", "direct,partial", []),
    ("seeds indirect", SHARED, "seeds.gold.jsonl", "indirect", []),
    ("dev direct+partial", SHARED, "polnear.dev.jsonl", "direct,partial", ["--ignore-middle-names"]),
    ("dev indirect", SHARED, "polnear.dev.jsonl", "indirect", ["--ignore-middle-names"]),
    ("heldout direct+partial", OURS, "heldout.gold.jsonl", "direct,partial", ["--ignore-middle-names"]),
    ("heldout indirect", OURS, "heldout.gold.jsonl", "indirect", ["--ignore-middle-names"]),
]


def measure():
    """Scores with `verbatim eval` (the metric of score.py; tests check they agree)."""
    figures = {}
    for name, folder, gold, kinds, flags in RUNS:
        if not os.path.isdir(folder):
            continue
        cmd = [BIN, "eval", os.path.join(folder, gold), "--kinds", kinds, "--json"] + flags
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        figures[name] = {
            "detection_lenient_f1": round(res["detection_lenient"]["f1"], 4),
            "speaker_accuracy_lenient": round(res["speaker_accuracy_lenient"], 4),
            "end_to_end_f1": round(res["end_to_end"]["f1"], 4),
        }
    return figures


def main():
    if not os.path.isdir(SHARED):
        print("ratchet: ../shared/eval not found; only our own held-out articles are scored")
    figures = measure()
    if "--update" in sys.argv:
        if not os.path.isdir(SHARED):
            print("ratchet: --update needs ../shared/eval (it records every run)")
            return 1
        with open(RECORD, "w") as f:
            json.dump(figures, f, indent=2, sort_keys=True)
            f.write("\n")
        print("ratchet: recorded", json.dumps(figures, indent=2, sort_keys=True))
        return 0
    with open(RECORD) as f:
        recorded = json.load(f)
    failed = False
    for run, metrics in recorded.items():
        if run not in figures:
            continue
        for metric, floor in metrics.items():
            got = figures[run][metric]
            mark = "ok  " if got >= floor - 1e-4 else "FELL"
            failed |= mark == "FELL"
            print(f"ratchet: {mark} {run:22} {metric:26} {got:.4f} (recorded {floor:.4f})")
    if failed:
        print("ratchet: an accuracy figure fell below the recorded one")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
