"""Benchmark: provision extraction over the shipped corpus and over generated perturbed documents.

    .venv/bin/python bench/provisions.py [--docs 1000] [--seed 7]

Reading (normalize + structure) is timed apart from provisions (zhengce.provisions.attach) so the
figure is the provisions layer's own cost. Generated documents are corpus files with every number
redrawn (same number of digits), the policy year shifted and articles of a section shuffled, so
the extractor sees new amounts in familiar language. Prints documents, articles, provisions,
seconds and throughput.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zhengce.paths import corpus_files  # noqa: E402
from zhengce.provisions import attach  # noqa: E402
from zhengce.reading import normalize, parse_text  # noqa: E402


def perturb(text: str, rng: random.Random) -> str:
    shift = rng.choice([-2, -1, 1, 2, 3])

    def num(m: re.Match) -> str:
        s = m.group(0)
        if re.fullmatch(r"20\d\d", s):
            return str(int(s) + shift)  # years move together
        if "." in s:
            a, b = s.split(".", 1)
            return f"{rng.randint(1 if len(a) == 1 else 10 ** (len(a) - 1), 10 ** len(a) - 1)}.{rng.randint(1, 9)}"
        lo = 1 if len(s) == 1 else 10 ** (len(s) - 1)
        return str(rng.randint(lo, 10 ** len(s) - 1))

    lines = text.split("\n")
    # shuffle runs of consecutive article lines "(一)…" (their numbers stay where they are)
    out, run = [], []
    for ln in lines + [""]:
        if re.match(r"^\s*[\(（][一二三四五六七八九十]+[\)）]", ln):
            run.append(ln)
            continue
        if run:
            labels = [re.match(r"^\s*[\(（][一二三四五六七八九十]+[\)）]", r).group(0) for r in run]
            bodies = [r[len(lb):] for r, lb in zip(run, labels)]
            rng.shuffle(bodies)
            out.extend(lb + b for lb, b in zip(labels, bodies))
            run = []
        out.append(ln)
    return re.sub(r"\d+(?:\.\d+)?", num, "\n".join(out[:-1]))


def run(texts: list[tuple[str, str]]) -> dict:
    read_s = prov_s = 0.0
    n_docs = n_arts = n_prov = n_inc = 0
    for name, text in texts:
        t0 = time.perf_counter()
        norm = normalize(text)
        docs = parse_text(text, source=name, with_provisions=False)
        t1 = time.perf_counter()
        for d in docs:
            attach(d, norm)
        t2 = time.perf_counter()
        read_s += t1 - t0
        prov_s += t2 - t1
        n_docs += len(docs)
        n_arts += sum(len(d.articles) or len(d.points) for d in docs)
        n_prov += sum(len(d.provisions) for d in docs)
        n_inc += sum(1 for d in docs for p in d.provisions if p.kind == "incentive")
    return {"files": len(texts), "documents": n_docs, "units": n_arts, "provisions": n_prov,
            "incentives": n_inc, "read_s": read_s, "provisions_s": prov_s}


def report(label: str, r: dict) -> None:
    per_doc = 1000 * r["provisions_s"] / max(1, r["documents"])
    print(f"{label}: {r['files']} files, {r['documents']} documents, {r['units']} articles/points, "
          f"{r['provisions']} provisions ({r['incentives']} incentives); provisions {r['provisions_s']:.2f} s "
          f"({per_doc:.1f} ms/document, {r['units'] / max(r['provisions_s'], 1e-9):.0f} units/s); "
          f"reading (not counted) {r['read_s']:.2f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="generated documents (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    corpus = [(p.name, p.read_text(encoding="utf-8")) for p in corpus_files()]
    report("corpus", run(corpus))
    rng = random.Random(args.seed)
    generated = [(f"gen{i:04d}.txt", perturb(corpus[i % len(corpus)][1], rng)) for i in range(args.docs)]
    report(f"generated ({args.docs})", run(generated))
    return 0


if __name__ == "__main__":
    sys.exit(main())
