"""Benchmark: one profile check in process (p50/p95/p99 of zhengce.rules.evaluate).

    .venv/bin/python bench/rules_check.py [--runs 2000]

Cycles through the example profiles (examples/profiles/*.json), all rule files loaded once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from pathlib import Path

from zhengce.rules import evaluate, load_rulebook, parse_profile

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "profiles"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=2000)
    ap.add_argument("--date", default="2025-06-30")
    args = ap.parse_args()
    book = load_rulebook()
    date = dt.date.fromisoformat(args.date)
    raw = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    for p in raw:  # warm caches
        evaluate(p, date, book).to_json()
    times = []
    for i in range(args.runs):
        p = raw[i % len(raw)]
        t = time.perf_counter()
        evaluate(parse_profile(p), date, book).to_json()  # validate + evaluate + JSON, as the web layer does
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    q = lambda f: times[min(len(times) - 1, int(f * len(times)))]  # noqa: E731
    print(f"{args.runs} checks over {len(raw)} example profiles, {len(book.rules)} rules: "
          f"p50 {q(0.5):.2f} ms, p95 {q(0.95):.2f} ms, p99 {q(0.99):.2f} ms, mean {statistics.mean(times):.2f} ms")


if __name__ == "__main__":
    main()
