"""Benchmark: baseline + reform over one generated registry against one `zhengce batch` run on the same file.

    .venv/bin/python bench/reform.py [--n 3500000] [--region 杭州市临安区] [--repeat 2] [--date 2025-06-30]

Writes a sample registry (`zhengce registry sample`, not timed), then alternates, `--repeat` times:
(1) `run_batch` over it with the shipped rules, writing its Parquet outputs; (2) `simulate_registry`
with a reform of the shipped rules (高企 20万→15万, 研发险上限 50万→80万, 开发费门槛 100万→80万, one
stacking group and one document period changed), reading the registry once, evaluating both
rulebooks and writing per-profile results and summaries. Reports the best time of each, the ratio
(target ≤ 2×) and checks the simulation's baseline equals the batch to the fen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from zhengce.rules.batch import run_batch  # noqa: E402
from zhengce.rules.reform import apply_reform, parse_reform, simulate_registry  # noqa: E402
from zhengce.rules.sample import write_sample  # noqa: E402

REFORM = {"reform": "bench", "baseline": "shipped", "changes": [
    {"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": 150000}},
    {"rule": "linan-2025-a05-rd-insurance", "set": {"cap_yuan": 800000}},
    {"rule": "linan-2025-a08-dev-fee", "threshold": {"fact": "fin.dev_fee_yuan", "gte": 800000}},
    {"group": "linan-2025-gaoxin", "set": {"mode": "cap", "cap_yuan": 250000}},
    {"document": "zhejiang/huzhou/2025", "period": ["2025-01-01", "2026-06-30"]},
]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3_500_000)
    ap.add_argument("--region", default="杭州市临安区")
    ap.add_argument("--date", default="2025-06-30")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    date = dt.date.fromisoformat(args.date)
    work = Path(tempfile.mkdtemp(prefix="zhengce-bench-reform-"))
    registry = work / "registry.parquet"
    t = time.perf_counter()
    write_sample(registry, args.n, args.region)
    print(f"sample registry: {args.n:,} enterprises of {args.region} in {time.perf_counter() - t:.1f}s "
          f"({registry.stat().st_size / 1e6:.0f} MB)")
    applied = apply_reform(parse_reform(REFORM))
    best_batch = best_sim = best_batch_eval = best_sim_eval = float("inf")
    for i in range(args.repeat):
        # alternate which goes first, so that neither always meets a cold (or warm) file cache
        if i % 2 == 0:
            t0 = time.perf_counter()
            res = run_batch(registry, work / "batch.parquet", date)
            t1 = time.perf_counter()
            sim, summary = simulate_registry(registry, applied, date, work / "sim.parquet")
            t2 = time.perf_counter()
            batch_s, sim_s = t1 - t0, t2 - t1
        else:
            t0 = time.perf_counter()
            sim, summary = simulate_registry(registry, applied, date, work / "sim.parquet")
            t1 = time.perf_counter()
            res = run_batch(registry, work / "batch.parquet", date)
            t2 = time.perf_counter()
            batch_s, sim_s = t2 - t1, t1 - t0
        best_batch, best_sim = min(best_batch, batch_s), min(best_sim, sim_s)
        # the rules alone: batch's evaluate vs the simulation's two rulebooks, sections, funds and summaries
        best_batch_eval = min(best_batch_eval, res.seconds["evaluate"])
        best_sim_eval = min(best_sim_eval, sum(sim.seconds[k] for k in ("baseline", "reform", "sections", "funds", "summary")))
        print(f"  batch {batch_s:.2f}s ({res.seconds}); simulate {sim_s:.2f}s ({sim.seconds})")
    batch_total = pq.read_table(work / "batch.parquet", columns=["total_fen"]).column("total_fen").to_numpy()
    assert (batch_total == sim.base.total).all(), "simulation baseline differs from batch"
    t = summary["total"]
    print(f"batch best {best_batch:.2f}s; baseline+reform best {best_sim:.2f}s; ratio {best_sim / best_batch:.2f}× "
          f"(target ≤ 2×); baseline equals batch to the fen: yes")
    print(f"evaluation alone: batch {best_batch_eval:.2f}s; baseline+reform+summaries {best_sim_eval:.2f}s; "
          f"ratio {best_sim_eval / best_batch_eval:.2f}×")
    print(f"cost: baseline {t['baseline_fen']} fen, reform {t['reform_fen']} fen, difference {t['diff_fen']} fen; "
          f"gain {summary['movers']['gain']['count']:,}, lose {summary['movers']['lose']['count']:,}")


if __name__ == "__main__":
    main()
