"""Faults on SQLite and PostgreSQL: a process killed at random points leaves no half-applied operation,
and concurrent releases of one milestone pay out exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from zhengce.programs.anxinbao import Program, Refused

from .conftest import EXAMPLES, new_pg_database
from .helpers import project_to

CHILD = Path(__file__).with_name("crash_child.py")
SCENARIOS = [str(EXAMPLES / n) for n in ("02_failed_milestone.yaml", "04_enterprise_cap.yaml")]
POINTS = ["after_ledger", "after_audit", "before_commit", "after_commit", "*"]


def fresh(db_url: str, pg_url: str | None, n: int) -> str:
    if db_url.startswith("postgresql"):
        return new_pg_database(pg_url)
    return str(Path(db_url).with_name(f"crash{n}.sqlite"))


def run_child(url: str, fault: str | None = None, kill_after: float | None = None) -> int:
    env = {**os.environ, "ZHENGCE_ANXINBAO_FAULT": fault or ""}
    proc = subprocess.Popen([sys.executable, str(CHILD), url, *SCENARIOS], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is not None:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode in (0, 86, -signal.SIGKILL), err.decode()[-2000:]
    return proc.returncode


def whole(prog: Program) -> dict:
    """Everything but times: the state, and every operation's effects counted per op id."""
    with prog.store.transaction(write=False) as tx:
        ops = {r[0]: r[1] for r in tx.all("SELECT op_id, outcome FROM operations")}
        events = {r[0]: r[1] for r in tx.all("SELECT op_id, COUNT(*) FROM events GROUP BY op_id")}
        transfers = {r[0]: r[1] for r in tx.all("SELECT op_id, COUNT(*) FROM transfers GROUP BY op_id")}
    return {"summary": prog.summary(), "ops": ops, "events": events, "transfers": transfers}


def check_atomic(prog: Program) -> None:
    """Every operation is all there or not at all: an 'ok' record ⇔ exactly one audit event; transfers only
    for recorded operations; and verify passes."""
    w = whole(prog)
    ok = {k for k, v in w["ops"].items() if v == "ok"}
    assert set(w["events"]) == ok and all(n == 1 for n in w["events"].values())
    assert set(w["transfers"]) <= ok
    report = prog.verify()
    assert report["ok"], report["problems"]


def test_crash_at_random_points(db_url, tmp_path, request):
    pg = request.getfixturevalue("pg_url") if db_url.startswith("postgresql") else None
    reference = Program.open(fresh(db_url, pg, 0))
    assert run_child(reference.store.url) == 0
    expected = whole(reference)
    reference.close()
    total_ops = len(expected["ops"])
    rng = random.Random(20250309)
    trials = [(f"{rng.choice(POINTS)}@{rng.randint(1, total_ops)}", None) for _ in range(4)] + [(None, rng.uniform(0.2, 1.0))]
    crashed = 0
    for n, (fault, kill_after) in enumerate(trials, start=1):
        url = fresh(db_url, pg, n)
        code = run_child(url, fault=fault, kill_after=kill_after)
        crashed += code != 0
        prog = Program.open(url)
        check_atomic(prog)  # after the crash, before any retry
        prog.close()
        assert run_child(url) == 0  # the client retries every operation with the same ids
        prog = Program.open(url)
        check_atomic(prog)
        assert whole(prog) == expected, f"trial {fault or kill_after} (exit {code}) ended differently"
        prog.close()
    assert crashed >= 4, "the faults did not interrupt the child"


def _ready(url: str) -> None:
    prog = Program.open(url)
    prog.init(mode="replay")
    project_to(prog, "review")
    prog.close()


def _release(url: str, op_id: str, results: list) -> None:
    prog = Program.open(url)
    try:
        prog.execute("operator:OP1", "release", {"project": "P1", "milestone": 1}, op_id=op_id)
        results.append("ok")
    except Refused as exc:
        results.append(exc.code)
    finally:
        prog.close()


def _count_releases(url: str) -> int:
    prog = Program.open(url)
    with prog.store.transaction(write=False) as tx:
        n = tx.one("SELECT COUNT(*) FROM transfers WHERE kind = 'post_pending' AND code = 'release'")[0]
    assert prog.verify()["ok"]
    prog.close()
    return int(n)


def test_concurrent_release_threads(db_url):
    _ready(db_url)
    results: list = []
    threads = [threading.Thread(target=_release, args=(db_url, f"rel-{i}", results)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["already_released"] * 7 + ["ok"]
    assert _count_releases(db_url) == 1


def test_concurrent_release_processes(db_url):
    _ready(db_url)
    code = ("import sys; from zhengce.programs.anxinbao import Program, Refused\n"
            "p = Program.open(sys.argv[1])\n"
            "try:\n    p.execute('operator:OP1', 'release', {'project': 'P1', 'milestone': 1}, op_id=sys.argv[2]); print('ok')\n"
            "except Refused as e:\n    print(e.code)\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url, f"p-{i}"], stdout=subprocess.PIPE, text=True)
             for i in range(6)]
    outs = sorted(p.communicate(timeout=120)[0].strip() for p in procs)
    assert outs == ["already_released"] * 5 + ["ok"]
    assert _count_releases(db_url) == 1


def test_refusals_have_no_effect_on_both_backends(db_url):
    prog = Program.open(db_url)
    prog.init(overrides={"pool_initial": "100万"}, mode="replay")
    project_to(prog, "deposit")
    before = prog.summary()
    with pytest.raises(Refused) as err:
        prog.execute("platform:PF1", "start_milestone", {"project": "P1"}, op_id="s")
    assert err.value.code == "pool_insufficient" and prog.summary() == before
    with pytest.raises(Refused):
        prog.execute("enterprise:E2", "pay_rest", {"project": "P1"}, op_id="x")
    assert prog.summary() == before and prog.verify()["ok"]
    prog.close()
