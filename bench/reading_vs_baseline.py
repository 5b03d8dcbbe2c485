#!/usr/bin/env python3
"""Parse + provisions per document: this checkout against an earlier commit, in the same run.

    .venv/bin/python bench/reading_vs_baseline.py [--baseline 3eb41dc] [--docs 1000] [--rounds 2]

The 1,000-document generated corpus of bench/provisions.py (corpus files with every number
redrawn) is written once to a temporary folder; each side then reads every file with
`zhengce.reading.parse_text` (normalize, split, head, structure, metadata, provisions) in a
child process whose PYTHONPATH is that side's `src/` (the baseline's is `git archive`d). The
sides alternate for `--rounds` rounds and the best round of each counts, so load on the machine
affects both alike. Prints ms/document for each side and the ratio current / baseline.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

CHILD = r"""
import json, sys, time
from pathlib import Path
from zhengce.reading import parse_text
files = sorted(Path(sys.argv[1]).glob("*.txt"))
texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
t0 = time.perf_counter()
docs = incentives = 0
for name, text in texts:
    for d in parse_text(text, source=name):
        docs += 1
        incentives += sum(1 for p in d.provisions if p.kind == "incentive")
print(json.dumps({"seconds": time.perf_counter() - t0, "documents": docs, "incentives": incentives}))
"""


def side(src: Path, folder: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    from provisions import perturb  # bench/provisions.py: the generated corpus
    from zhengce.paths import corpus_files

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="3eb41dc", help="git revision to compare with (default: the reader "
                                                          "before the general reader, 3eb41dc)")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder, base = tmp / "docs", tmp / "baseline"
        folder.mkdir()
        base.mkdir()
        corpus = [p.read_text(encoding="utf-8") for p in corpus_files()]
        rng = random.Random(args.seed)
        for i in range(args.docs):
            (folder / f"gen{i:04d}.txt").write_text(perturb(corpus[i % len(corpus)], rng), encoding="utf-8")
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.baseline, "src"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        best: dict[str, dict] = {}
        for _ in range(args.rounds):
            for label, src in (("baseline", base / "src"), ("current", REPO / "src")):
                r = side(src, folder)
                if label not in best or r["seconds"] < best[label]["seconds"]:
                    best[label] = r
        for label, r in best.items():
            print(f"{label}: {r['documents']} documents, {r['incentives']} incentives, {r['seconds']:.1f} s, "
                  f"{1000 * r['seconds'] / max(1, r['documents']):.1f} ms/document")
        ratio = best["current"]["seconds"] / best["baseline"]["seconds"]
        print(f"ratio current / baseline: {ratio:.2f} (target ≤ 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
