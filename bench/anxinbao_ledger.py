"""Benchmark: durable 科创安心宝 ledger operations per second on SQLite and PostgreSQL.

Each operation is a full program operation in its own committed transaction: idempotency record,
permission and state checks, ledger transfer(s), books check, hash-chained audit event, COMMIT with
fsync (SQLite WAL + synchronous=FULL; PostgreSQL synchronous_commit=on, fsync=on).

    .venv/bin/python bench/anxinbao_ledger.py                      # SQLite in a temp dir
    .venv/bin/python bench/anxinbao_ledger.py --pg postgresql://…  # and an existing PostgreSQL
    .venv/bin/python bench/anxinbao_ledger.py --start-pg           # and a throwaway server (as in the tests)
Options: --ops N (top_up_pool operations, default 3000), --projects K (whole milestone cycles, default 100),
--verify-events E (also build a SQLite book of E events — milestone cycles and top-ups — and time `verify`,
which reconciles every table against the keyed chain; default 100000, 0 to skip).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from zhengce.programs.anxinbao import Program

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def bench(url: str, n_ops: int, n_projects: int) -> dict:
    prog = Program.open(url)
    prog.init(mode="replay")
    t0 = time.perf_counter()
    for i in range(n_ops):
        prog.execute("finance:district", "top_up_pool", {"amount": "1.23"}, op_id=f"b{i}", at="2025-06-01")
    t1 = time.perf_counter()
    ops = 0
    for k in range(n_projects):
        ops += cycle(prog, k, tag="")
    t2 = time.perf_counter()
    t_verify = time.perf_counter()
    ok = prog.verify()["ok"]
    t3 = time.perf_counter()
    prog.close()
    return {"transfer_ops_per_s": n_ops / (t1 - t0), "n_ops": n_ops,
            "workflow_ops_per_s": ops / (t2 - t1), "workflow_ops": ops, "verify_s": t3 - t_verify, "verify_ok": ok}


def cycle(prog: Program, k: int, at: str = "2025-06-01", tag: str = "V") -> int:
    """One project through the whole workflow (11 operations); `tag` keeps ids of separate runs apart."""
    pid, e, p = f"{tag or 'P'}{k}", f"enterprise:{tag}E{k}", f"platform:{tag}PF{k % 7}"
    steps = [
        (e, "apply", {"project": pid, "platform": f"{tag}PF{k % 7}", "contract_total": "300万",
                      "milestones": [{"amount": "300万", "months": 12}]}),
        (p, "accept", {"project": pid}), ("bureau:B1", "assign_experts", {"project": pid, "experts": ["X1"]}),
        ("expert:X1", "expert_opinion", {"project": pid, "result": "pass"}), ("bureau:B1", "approve", {"project": pid}),
        (e, "pay_deposit", {"project": pid, "amount": "30万"}), (p, "start_milestone", {"project": pid}),
        (p, "report_completion", {"project": pid}), (e, "pay_rest", {"project": pid}),
        ("bureau:B1", "review_milestone", {"project": pid, "milestone": 1, "result": "passed"}),
        ("operator:OP1", "release", {"project": pid}),
    ]
    for j, (actor, op, args) in enumerate(steps):
        prog.execute(actor, op, args, op_id=f"{pid}-{j}", at=at)
    return len(steps)


def bench_verify(path: str, n_events: int) -> dict:
    """A book of n_events events (one milestone cycle per 10 top-ups); verify's time on it."""
    prog = Program.open(path)
    prog.store.conn.execute("PRAGMA synchronous=OFF")  # building only: verify reads the same rows either way
    prog.init(mode="replay")
    t0, events, k = time.perf_counter(), 1, 0
    while events < n_events:
        if k % 10 == 0 and n_events - events >= 11:
            events += cycle(prog, k)
        else:
            prog.execute("finance:district", "top_up_pool", {"amount": "1.23"}, op_id=f"v{k}", at="2025-06-01")
            events += 1
        k += 1
    built = time.perf_counter() - t0
    t1 = time.perf_counter()
    report = prog.verify()
    took = time.perf_counter() - t1
    prog.close()
    return {"events": report["events"], "transfers": report["transfers"], "build_s": built, "verify_s": took,
            "ok": report["ok"]}


def start_pg() -> tuple[str, callable]:
    base = Path(tempfile.mkdtemp(prefix="anxinbao-bench-pg-"))
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if prefix:
        shutil.chown(base, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = base / "data"
    subprocess.run(prefix + [str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                             "--locale=C"], check=True, capture_output=True)
    subprocess.run(prefix + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                             f"-p {port} -k {base} -c listen_addresses=127.0.0.1", "start"], check=True,
                   capture_output=True)

    def stop():
        subprocess.run(prefix + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
    return f"postgresql://postgres@127.0.0.1:{port}/postgres", stop


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ops", type=int, default=3000)
    ap.add_argument("--projects", type=int, default=100)
    ap.add_argument("--pg", help="PostgreSQL URL of an empty database")
    ap.add_argument("--start-pg", action="store_true", help="start a throwaway PostgreSQL server")
    ap.add_argument("--verify-events", type=int, default=100_000)
    a = ap.parse_args()
    targets = []
    tmp = tempfile.TemporaryDirectory(prefix="anxinbao-bench-")
    targets.append(("SQLite (WAL, synchronous=FULL)", str(Path(tmp.name) / "bench.sqlite")))
    stop = None
    if a.start_pg:
        url, stop = start_pg()
        targets.append(("PostgreSQL 15 (local, fsync on)", url))
    elif a.pg:
        targets.append(("PostgreSQL", a.pg))
    try:
        for name, url in targets:
            r = bench(url, a.ops, a.projects)
            print(f"{name}: {r['transfer_ops_per_s']:,.0f} durable transfer ops/s ({r['n_ops']} top_up_pool); "
                  f"{r['workflow_ops_per_s']:,.0f} workflow ops/s ({r['workflow_ops']} ops, {a.projects} milestone "
                  f"cycles); verify {r['verify_s']:.2f}s ok={r['verify_ok']}")
            sys.stdout.flush()
        if a.verify_events:
            r = bench_verify(str(Path(tmp.name) / "verify.sqlite"), a.verify_events)
            print(f"verify on SQLite: {r['events']:,} events, {r['transfers']:,} transfers: {r['verify_s']:.2f}s "
                  f"ok={r['ok']} (book built in {r['build_s']:.0f}s)")
    finally:
        if stop:
            stop()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
