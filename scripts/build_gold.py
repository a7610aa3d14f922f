#!/usr/bin/env python3
"""Builds a gold JSONL (the format of score.py and `verbatim eval`) from articles written with
inline marks, so that gold stays readable and easy to edit:

    [[direct|Speaker Name|the words inside the marks]]

A mark may hold others (a partial quotation inside an indirect one); an empty speaker is null.
Each file opens with the article's id and a line `---`.

    python3 scripts/build_gold.py data/eval/heldout/*.txt > data/eval/heldout.gold.jsonl
"""
import json
import re
import sys

OPENER = re.compile(r"\[\[(direct|partial|indirect)\|([^|\]]*)\|")


def build(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    text, stack, quotes, i = "", [], [], 0
    while i < len(body):
        m = OPENER.match(body, i)
        if m:
            stack.append((m.group(1), m.group(2) or None, len(text), len(quotes)))
            quotes.append(None)
            i = m.end()
        elif body.startswith("]]", i) and stack:
            kind, speaker, start, slot = stack.pop()
            quotes[slot] = {"text": text[start:], "start": start, "end": len(text),
                            "speaker": speaker, "kind": kind}
            i += 2
        else:
            text += body[i]
            i += 1
    if stack:
        sys.exit(f"{path}: a mark is not closed")
    return {"id": head.strip(), "text": text, "quotes": quotes}


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(json.dumps(build(p), ensure_ascii=False))
