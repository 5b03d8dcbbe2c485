"""Benchmark: N generated profiles × all rules, per-profile results written (Parquet).

    .venv/bin/python bench/rules_batch.py [--n 3500000] [--date 2025-06-30] [--registry]

Times (1) the compiled rules (vector.py) evaluating every rule with statuses, stacking and totals,
plus writing per-profile totals and the per-profile entitlements to Parquet; (2) the plain numpy
baseline (rules_numpy_baseline.py) on the same columns; checks they agree to the fen and that int64 money
cannot overflow. With --registry it also times DuckDB reading + validating the same data from Parquet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_numpy_baseline import baseline  # noqa: E402
from rules_data import generate  # noqa: E402

from zhengce.rules import load_rulebook  # noqa: E402
from zhengce.rules.amounts import MAX_YUAN  # noqa: E402
from zhengce.rules.batch import evaluate_registry  # noqa: E402
from zhengce.rules.outputs import decimal_yuan  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3_500_000)
    ap.add_argument("--date", default="2025-06-30")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    date = dt.date.fromisoformat(args.date)
    book = load_rulebook()
    t = time.perf_counter()
    cols = generate(args.n)
    print(f"generated {args.n:,} profiles in {time.perf_counter() - t:.2f}s; {len(book.rules)} rules "
          f"({sum(1 for r in book.rules if r.document.in_force(date))} in force on {date})")
    out = Path(tempfile.mkdtemp())
    best_engine = best_base = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        total, exact, n_el, n_ni, (rows, rules, status, amount), stats = evaluate_registry(cols, book, date)
        t1 = time.perf_counter()
        pq.write_table(pa.table({"row": pa.array(np.arange(args.n)), "total_fen": total,
                                 "total_yuan": decimal_yuan(total), "exact_fen": exact,
                                 "eligible_rules": n_el, "needs_info_rules": n_ni}), out / "profiles.parquet")
        pq.write_table(pa.table({"row": rows, "rule": rules, "status": status, "amount_fen": amount}),
                       out / "entitlements.parquet")
        t2 = time.perf_counter()
        best_engine = min(best_engine, t2 - t0)
        eval_s, write_s = t1 - t0, t2 - t1
        t3 = time.perf_counter()
        base_total = baseline(book, cols, date)
        best_base = min(best_base, time.perf_counter() - t3)
    assert np.array_equal(base_total, total), "baseline and engine disagree"
    # money safety: every input is bounded by MAX_YUAN (validated on read), so the largest product
    # (fen × 2 × rate numerator, growth × 10^4) stays below int64; totals are checked non-negative.
    assert MAX_YUAN * 100 * 2 * 100 < np.iinfo(np.int64).max and (total >= 0).all()
    print(f"engine: evaluate {eval_s:.2f}s + write {write_s:.2f}s = best {best_engine:.2f}s "
          f"({len(rows):,} entitlement rows; total {int(total.sum()) / 100:,.2f} yuan)")
    print(f"numpy baseline (same rules, totals only): best {best_base:.2f}s; ratio engine/baseline "
          f"{best_engine / best_base:.2f}×; agree to the fen: yes")


if __name__ == "__main__":
    main()
