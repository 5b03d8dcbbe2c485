"""A deterministic fault simulator for the 安心宝 ledger (seeded): clients run a workload of good and bad
operations, concurrently, while crashes strike at random fault points (before the ledger check, after
the audit append, before and after COMMIT), clocks skew, and requests carry times that go backwards.
Every client retries with the same op id until it gets an answer. Then each table is tampered with in
turn, on a copy, and verify must name it.

Invariants: the books verify; each op id has exactly one answer and a retry returns it; every applied
operation has exactly one event; event times never go backwards; every tampering is caught."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from zhengce.programs.anxinbao import Program, Refused
from zhengce.programs.anxinbao import faults

POINTS = ("after_ledger", "after_audit", "before_commit", "after_commit")


class Crash(Exception):
    """The process 'dies' here: its connection is dropped without a COMMIT."""


def workload(rng: random.Random, pid: str, ent: str, plat: str) -> list[tuple]:
    """One project's life (with detours: bad amounts, wrong parties, times going backwards)."""
    e, p = f"enterprise:{ent}", f"platform:{plat}"
    ms = [{"amount": "200万", "months": 12}, {"amount": "300万", "months": 6}]
    good = [
        (e, "apply", {"project": pid, "platform": plat, "contract_total": "500万", "milestones": ms,
                      "insurance": {"insurer": "IN1", "premium": "10万"}}),
        (p, "accept", {"project": pid}), ("bureau:B1", "assign_experts", {"project": pid, "experts": ["X1"]}),
        ("expert:X1", "expert_opinion", {"project": pid, "result": "pass"}), ("bureau:B1", "approve", {"project": pid}),
        ("insurer:IN1", "confirm_policy", {"project": pid}), (e, "pay_premium", {"project": pid}),
        (e, "pay_deposit", {"project": pid, "amount": "20万"}), (p, "start_milestone", {"project": pid}),
        (p, "report_completion", {"project": pid}), (e, "pay_rest", {"project": pid}),
        ("bureau:B1", "review_milestone", {"project": pid, "milestone": 1, "result": "passed"}),
        ("operator:OP1", "release", {"project": pid}),
        (e, "pay_deposit", {"project": pid, "amount": "30万"}), (p, "start_milestone", {"project": pid}),
        ("bureau:B1", "review_milestone", {"project": pid, "milestone": 2,
                                           "result": rng.choice(["failed", "failed", "passed"])}),
        ("operator:OP1", rng.choice(["forfeit", "release"]), {"project": pid}),
        ("insurer:IN1", "insurance_payout", {"project": pid, "amount": "5万"}),
    ]
    bad = [
        (e, "pay_deposit", {"project": pid, "amount": rng.choice(["0", "-1", "0.001", "1e7", "99999999999999999"])}),
        (p, "start_milestone", {"project": pid, "budget": "1亿"}),
        ("operator:OP1", "release", {"project": pid}), ("bureau:" + plat, "bar_enterprise", {"enterprise": ent}),
        ("enterprise:ZZ", "pay_rest", {"project": pid}), ("auditor:A", "top_up_pool", {"amount": "1万"}),
    ]
    ops = []
    day = dt.datetime(2025, 4, 1)
    for step in good:
        for _ in range(rng.randint(0, 1)):
            ops.append(rng.choice(bad))
        ops.append(step)
    out = []
    for i, (actor, name, args) in enumerate(ops):
        day += dt.timedelta(days=rng.randint(0, 9))
        skew = dt.timedelta(days=-rng.randint(1, 30)) if rng.random() < 0.08 else dt.timedelta(0)
        out.append((f"{pid}-{i}", actor, name, args, (day + skew).isoformat()))
    return out


def client(url: str, ops: list[tuple], rng: random.Random, answers: dict, lock: threading.Lock) -> None:
    prog = Program.open(url)
    for op_id, actor, name, args, at in ops:
        while True:
            crash_at = rng.choice(POINTS) if rng.random() < 0.15 else None

            def hook(point, crash_at=crash_at):
                if point == crash_at and threading.current_thread().name == me:
                    raise Crash(point)

            me = threading.current_thread().name
            with lock:
                faults.set_hook(hook) if crash_at else None
            try:
                out = prog.execute(actor, name, args, op_id=op_id, at=at)
                answer = ("ok", out["event"])
            except Refused as exc:
                answer = ("refused", exc.code)
            except Crash:
                with lock:
                    faults.set_hook(None)
                prog.store.conn.close()  # the process died; a new one starts
                prog = Program.open(url)
                continue
            finally:
                with lock:
                    faults.set_hook(None)
            if answer[0] == "refused" and answer[1] == "time_before_last_event":
                at = None  # the client takes the book's time and tries again (same op id)
                continue
            answers[(actor, op_id)] = (name, args, answer)
            break
    prog.close()


def tamper(path: Path, table: str, rng: random.Random) -> str:
    conn = sqlite3.connect(path)
    for t in ("events", "transfers"):
        for act in ("update", "delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {t}_no_{act}")
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    where = {"operations": " WHERE outcome = 'ok'", "meta": " WHERE key IN ('parameters', 'mode')"}.get(table, "")
    rows = conn.execute(f"SELECT rowid, * FROM {table}{where}").fetchall()
    while True:
        rowid, *values = rng.choice(rows)
        action = rng.choice(["edit", "edit", "delete"])
        try:
            if action == "delete":
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
            else:
                i = rng.randrange(len(cols)) if table != "meta" else 1
                old = values[i]
                new = old + 1 if isinstance(old, int) else (old or "") + "x"
                conn.execute(f"UPDATE {table} SET {cols[i]} = ? WHERE rowid = ?", (new, rowid))
                action = f"edit {cols[i]}"
            break
        except sqlite3.IntegrityError:  # the edit collides with a key or a CHECK: tamper otherwise
            continue
    conn.commit()
    conn.close()
    return action


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_simulated_faults_concurrency_skew_and_tampering(tmp_path, seed):
    rng = random.Random(seed)
    url = str(tmp_path / "sim.sqlite")
    prog = Program.open(url)
    prog.init(mode="replay", at="2025-03-20")
    prog.close()
    answers: dict = {}
    lock = threading.Lock()
    plans = [workload(random.Random(seed * 10 + k), f"P{k}", f"E{k}", f"PF{k}") for k in range(2)]
    threads = [threading.Thread(target=client, args=(url, plan, random.Random(seed * 100 + k), answers, lock),
                                name=f"client-{k}") for k, plan in enumerate(plans)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == sum(len(p) for p in plans)
    prog = Program.open(url)
    report = prog.verify()
    assert report["ok"], report["problems"]
    with prog.store.transaction(write=False) as tx:
        times = [r[0] for r in tx.all("SELECT at FROM events ORDER BY seq")]
        per_op = tx.all("SELECT actor_role || ':' || actor_id, op_id, COUNT(*) FROM events GROUP BY 1, 2")
    assert times == sorted(times), "event times went backwards"
    assert all(n == 1 for *_, n in per_op)
    applied = {(a, o) for a, o, _ in per_op}
    for (actor, op_id), (name, args, answer) in answers.items():  # every retry returns the first answer
        assert (answer[0] == "ok") == ((actor, op_id) in applied)
        try:
            again = ("ok", prog.execute(actor, name, args, op_id=op_id)["event"])
        except Refused as exc:
            again = ("refused", exc.code)
        assert again == answer, (op_id, name)
    assert prog.verify()["ok"]
    prog.close()
    for table in ("events", "transfers", "operations", "entities", "accounts", "meta"):
        for n in range(3):
            copy = tmp_path / f"tampered-{table}-{n}.sqlite"
            shutil.copy(url, copy)
            action = tamper(copy, table, rng)
            tampered = Program.open(copy)
            report = tampered.verify()
            tampered.close()
            assert not report["ok"], f"{action} on {table} went unnoticed"


def test_live_clock_skew_keeps_order(tmp_path):
    rng = random.Random(7)
    base = dt.datetime(2025, 5, 1, 9)
    clock_now = [base]

    def clock():
        return clock_now[0]

    prog = Program.open(tmp_path / "live.sqlite", clock=clock)
    prog.init()
    for i in range(40):
        clock_now[0] = base + dt.timedelta(minutes=rng.randint(-600, 600) + i * 30)
        prog.execute("finance:district", "top_up_pool", {"amount": "1"}, op_id=f"t{i}")
    times = [e["at"] for e in prog.events("auditor:A")]
    assert times == sorted(times) and prog.verify()["ok"]
