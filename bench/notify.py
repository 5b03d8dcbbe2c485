"""Benchmark: 政策找企业 at registry scale — recompute a million enterprises' entitlements and calls after
a document is ingested, and store only the differences.

    .venv/bin/python bench/notify.py [--n 1000000] [--date 2025-05-01]

Generated registry (bench/rules_data.py, seed 7). "Before": the rule files and calls without the
杭州 数字化转型 notice (its rule and its call); "after": with them. Times, in one run:
  batch     the batch engine alone (zhengce.rules.batch.evaluate_registry) on all rules — the baseline
  compute   entitlements + calls as sparse arrays (zhengce.programs.calls.entitlements.compute)
  diff      numpy diff against the stored snapshot + inserting the notifications + the new snapshot
  again     the same "after" once more: idempotent, no notification
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_data import generate  # noqa: E402

from zhengce.programs.calls.entitlements import compute  # noqa: E402
from zhengce.programs.calls.model import DATA_DIR, load_dir  # noqa: E402
from zhengce.programs.calls.subscriptions import Subscriptions  # noqa: E402
from zhengce.rules.batch import evaluate_registry  # noqa: E402
from zhengce.rules.rulebook import POLICY_DIR  # noqa: E402
from zhengce.rules.rulebook import load_dir as load_rules  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--date", default="2025-05-01")
    a = ap.parse_args()
    on = dt.date.fromisoformat(a.date)
    t = time.perf_counter()
    cols = generate(a.n)
    print(f"generated {a.n:,} members in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        rules, calls = Path(tmp) / "rules", Path(tmp) / "calls"
        shutil.copytree(POLICY_DIR, rules)
        shutil.copytree(DATA_DIR, calls)
        (rules / "zhejiang/hangzhou/2025-digital-sample.yaml").unlink()
        (calls / "hangzhou/2025/szh-sample-enterprise.yaml").unlink()
        before_rules, before_calls = load_rules(rules), load_dir(calls)
        after_rules, after_calls = load_rules(POLICY_DIR), load_dir(DATA_DIR)

        t = time.perf_counter()
        evaluate_registry(cols, after_rules, on)
        t_batch = time.perf_counter() - t

        subs = Subscriptions(Path(tmp) / "subs.sqlite")
        sid = subs.add("bench registry", "registry", "generated", cols.n)
        t = time.perf_counter()
        base = compute(cols, before_rules, before_calls, on)
        subs.record(sid, base)
        t_base = time.perf_counter() - t

        t = time.perf_counter()
        after = compute(cols, after_rules, after_calls, on)
        t_compute = time.perf_counter() - t
        t = time.perf_counter()
        n_new = subs.record(sid, after, reason="ingest 数字化转型")
        t_diff = time.perf_counter() - t

        t = time.perf_counter()
        again = subs.record(sid, compute(cols, after_rules, after_calls, on), reason="ingest again")
        t_again = time.perf_counter() - t
        subs.close()
    print(f"entitlements before {base.member.size:,}, after {after.member.size:,}")
    print(f"batch engine alone (baseline) {t_batch:.2f} s")
    print(f"baseline snapshot             {t_base:.2f} s")
    print(f"recompute after ingest        {t_compute:.2f} s  ({t_compute / t_batch:.2f}× batch)")
    print(f"diff + store differences      {t_diff:.2f} s  → {n_new:,} notifications")
    print(f"same document again           {t_again:.2f} s  → {again} notifications")


if __name__ == "__main__":
    main()
