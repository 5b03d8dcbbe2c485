"""Bench: how fast zhengce.reading.regions.mentions() finds places in a long text.

    .venv/bin/python bench/regions.py [--chars 20000] [--runs 30] [--json]

The text is the shipped corpus (normalized, as the reader sees it) repeated to --chars characters.
Baselines in the same run:
- find loop: str.find for each of the ~6,000 national spellings in turn (the plain approach);
- one alternation: a single compiled regex `name1|name2|…` of the same spellings, longest first
  (the previous implementation's method, applied to the national table);
- before (Zhejiang only): the previous mentions() — alternation over Zhejiang's ~100 names plus
  a second pass for short names — rebuilt here from the Zhejiang rows of the same table.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from zhengce.paths import CORPUS_DIR  # noqa: E402
from zhengce.reading import regions  # noqa: E402
from zhengce.reading.divisions import divisions  # noqa: E402
from zhengce.reading.normalize import normalize  # noqa: E402


def timed(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def zhejiang_before():
    """The previous implementation: Zhejiang's names in one alternation, short names in a second."""
    names, shorts = {}, {}
    for d in divisions().values():
        r = d.region
        if r.province != "浙江省":
            continue
        names[r.name] = r
        if r.level in ("district", "county"):
            names[r.city + r.name] = r
            short = r.name[:2] if r.name.endswith("自治县") else (r.name[:-1] if len(r.name) >= 3 else None)
            if short:
                shorts.setdefault(short, r)
    names["浙江"] = names["浙江省"]
    full = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    short = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))

    def mentions(text: str) -> Counter:
        counts: Counter = Counter()
        for m in full.finditer(text):
            counts[names[m.group(0)]] += 1
        for m in short.finditer(text):
            if text[m.end():m.end() + 1] not in ("区", "县", "市"):
                counts[shorts[m.group(0)]] += 0.5
        return counts

    return mentions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    corpus = "".join(normalize(p.read_text(encoding="utf-8")).text for p in sorted(CORPUS_DIR.glob("*.txt")))
    text = (corpus * (args.chars // len(corpus) + 1))[:args.chars]

    t = time.perf_counter()
    regions.mentions("杭州市")
    load_ms = (time.perf_counter() - t) * 1000
    spellings = sorted(regions._spellings(), key=len, reverse=True)

    def find_loop():
        hits = 0
        for word in spellings:
            i = text.find(word)
            while i != -1:
                hits += 1
                i = text.find(word, i + 1)
        return hits

    alternation = re.compile("|".join(map(re.escape, spellings)))
    before = zhejiang_before()
    slow_runs = max(3, args.runs // 10)
    figures = {
        "chars": len(text),
        "spellings": len(spellings),
        "first_call_ms (load + index)": round(load_ms, 1),
        "find loop ms": round(timed(find_loop, slow_runs), 2),
        "one alternation ms": round(timed(lambda: list(alternation.finditer(text)), slow_runs), 2),
        "before (Zhejiang only) ms": round(timed(lambda: before(text), args.runs), 2),
        "scan ms": round(timed(lambda: regions._scanner().find(text), args.runs), 2),
        "mentions ms": round(timed(lambda: regions.mentions(text), args.runs), 2),
    }
    m = figures["mentions ms"]
    figures["mentions vs find loop"] = f"{figures['find loop ms'] / m:.0f}x faster"
    figures["mentions vs one alternation"] = f"{figures['one alternation ms'] / m:.0f}x faster"
    figures["mentions vs before (Zhejiang only)"] = f"{m / figures['before (Zhejiang only) ms']:.1f}x the time"
    found = regions.mentions(text)
    figures["places found"] = len(found)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        for k, v in figures.items():
            print(f"{k:40} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
