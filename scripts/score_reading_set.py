#!/usr/bin/env python3
"""Score the reader on a set of hand-checked documents (tests/data/reading_dev/<split>/*.json).

Each `<name>.json` is a hand reading (the schema of ../shared/gold/SCHEMA.md) of `<name>.txt` beside
it. The reading is `zhengce parse --json`'s; scores come from ../shared/tools/score_reading.py,
summed over the files (micro-average) so a long document weighs more than a short one.

    python scripts/score_reading_set.py [--split dev|heldout|heldout5|all] [--diff] [--file NAME]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "tests" / "data" / "reading_dev"
KEYS = ("documents", "metadata", "sections", "articles", "inc_p", "inc_r", "deadlines")


def scorer(shared: Path | None = None):
    path = (shared or REPO.parent / "shared") / "tools" / "score_reading.py"
    spec = importlib.util.spec_from_file_location("score_reading", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.ratio = lambda hit, total: (hit, total)  # keep the tallies, to sum them over files
    return mod


def gold_files(split: str) -> list[Path]:
    # "all" is every part except those still held back (named heldout<N>, scored only at the end)
    if split == "all":
        splits = [d.name for d in SET.iterdir() if d.is_dir() and not re.fullmatch(r"heldout\d+", d.name)]
    else:
        splits = [split]
    return sorted(p for s in splits for p in (SET / s).glob("*.json"))


def source_of(gold_path: Path) -> Path:
    # a document kept as the page's HTML is read as the user's file is: through the HTML reader
    html = gold_path.with_suffix(".html")
    return html if html.exists() else gold_path.with_suffix(".txt")


def read(txt: Path) -> list[dict]:
    from zhengce.reading import read_path
    return [d.to_json() for d in read_path(txt)]


def score_set(split: str, shared: Path | None = None, out=None, only: str | None = None):
    mod = scorer(shared)
    total = {k: [0, 0] for k in KEYS}
    per_file = {}
    for gold_path in gold_files(split):
        if only and only not in gold_path.name:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = source_of(gold_path)
        try:
            reading = read(txt)
        except Exception as exc:  # a file the reader refuses scores zero, it does not stop the set
            reading = []
            if out:
                out(f"{txt.name}: not read: {exc}")
        lines = []
        tallies = mod.score(gold, reading, out=lines.append)
        per_file[txt.name] = tallies
        for k in KEYS:
            total[k][0] += tallies[k][0]
            total[k][1] += tallies[k][1]
        if out:
            for ln in lines:
                out(f"{txt.name}: {ln}")
    return {k: (h / t if t else 1.0) for k, (h, t) in total.items()}, per_file


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev",
                    help="dev, heldout (round 4, seen since), heldout5 … (a folder of the set), or all")
    ap.add_argument("--diff", action="store_true", help="print every difference")
    ap.add_argument("--file", default=None, help="only files whose name contains this")
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args(argv)
    scores, per_file = score_set(args.split, args.shared, out=print if args.diff else None, only=args.file)
    for name, t in per_file.items():
        print(name.ljust(34), " ".join(f"{k}={h}/{n}" for k, (h, n) in t.items()))
    print("score: " + " ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
