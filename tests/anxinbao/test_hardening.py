"""Issue 14: books that cannot be forged unnoticed — reconciliation, keyed chain, checkpoints, money ceilings,
server time and the program's period, operations that state their intent, per-actor op ids, related parties."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import sqlite3

import pytest

from zhengce.cli import main
from zhengce.programs.anxinbao import Program, Refused
from zhengce.programs.anxinbao.keys import Keyring

from .helpers import op, project_to


def refused(code, fn, *a, **kw):
    with pytest.raises(Refused) as err:
        fn(*a, **kw)
    assert err.value.code == code, (err.value.code, str(err.value))
    return err.value


def unlock(path):
    conn = sqlite3.connect(path)
    for t in ("events", "transfers"):
        for act in ("update", "delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {t}_no_{act}")
    conn.commit()
    return conn


def released_book(tmp_path):
    db = str(tmp_path / "b.sqlite")
    prog = Program.open(db)
    prog.init(mode="replay")
    project_to(prog, "release")
    return db, prog


# -- 1. verify reconciles every table --------------------------------------------------------------------

def test_inserted_transfer_with_matching_totals_is_named(tmp_path):
    db, prog = released_book(tmp_path)
    assert prog.verify()["ok"]
    conn = unlock(db)
    conn.execute("INSERT INTO transfers VALUES (999, 'x', 'posted', 'pool', 'platform:PF1', 100000000, NULL,"
                 " 'release', 'P1', 1, '2025-05-01T00:00:00')")
    conn.execute("UPDATE accounts SET debits_posted = debits_posted + 100000000 WHERE id = 'pool'")
    conn.execute("UPDATE accounts SET credits_posted = credits_posted + 100000000 WHERE id = 'platform:PF1'")
    conn.commit()
    problems = prog.verify()["problems"]
    assert found(problems, "transfer_inserted", "转账 999", "科创风险池 → 平台 PF1", "被插入"), problems


def test_release_redirected_to_another_platform_is_named(tmp_path):
    db, prog = released_book(tmp_path)
    conn = unlock(db)
    tid, amount = conn.execute("SELECT id, amount FROM transfers WHERE kind = 'post_pending' AND code = 'release'"
                               ).fetchone()
    conn.execute("INSERT INTO accounts(id, kind, no_negative) VALUES ('platform:EVIL', 'platform', 1)")
    conn.execute("UPDATE transfers SET credit_account = 'platform:EVIL' WHERE id = ?", (tid,))
    pend = conn.execute("SELECT pending_id FROM transfers WHERE id = ?", (tid,)).fetchone()[0]
    conn.execute("UPDATE transfers SET credit_account = 'platform:EVIL' WHERE id = ?", (pend,))
    conn.execute("UPDATE accounts SET credits_posted = credits_posted - ? WHERE id = 'platform:PF1'", (amount,))
    conn.execute("UPDATE accounts SET credits_posted = credits_posted + ? WHERE id = 'platform:EVIL'", (amount,))
    conn.commit()
    problems = prog.verify()["problems"]
    assert found(problems, "transfer_edited", f"转账 {tid} ", "账上为", "平台 EVIL", "审计记录为", "平台 PF1", "被改动"), problems


def test_last_event_deleted_with_its_transfer_left_behind(tmp_path):
    db, prog = released_book(tmp_path)
    conn = unlock(db)
    seq = conn.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    conn.execute("DELETE FROM events WHERE seq = ?", (seq,))
    conn.commit()
    problems = prog.verify()["problems"]
    assert found(problems, "transfer_inserted", "没有审计记录记载它"), problems
    assert found(problems, "operation_not_in_audit", "记为已执行", "没有审计记录执行过它"), problems


def test_stored_idempotency_answer_edited(tmp_path):
    db, prog = released_book(tmp_path)
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT actor, op_id, result FROM operations WHERE op_id = 'P1-release'").fetchone()
    forged = json.loads(row[2])
    forged["result"]["to_platform"] = "1.00"
    conn.execute("UPDATE operations SET result = ? WHERE actor = ? AND op_id = ?",
                 (json.dumps(forged, ensure_ascii=False), row[0], row[1]))
    conn.commit()
    problems = prog.verify()["problems"]
    assert found(problems, "operation_mac_mismatch", "P1-release", "校验码不符"), problems
    assert found(problems, "operation_answer_differs", "P1-release", "存储的结果与第", "条审计记录不符"), problems


# -- 2. the chain is anchored outside the database -------------------------------------------------------

def test_chain_rewritten_with_recomputed_hashes_fails(tmp_path):
    db, prog = released_book(tmp_path)
    conn = unlock(db)
    cols = "seq, op_id, at, actor_role, actor_id, operation, args, before, after, transfers, result, key_id"
    rows = conn.execute(f"SELECT {cols} FROM events ORDER BY seq").fetchall()
    prev = "0" * 64
    guess = b"not the key" * 3
    for row in rows:  # the attacker edits event 3 and rebuilds the chain with a key of its own
        fields = dict(zip([c.strip() for c in cols.split(",")], row))
        if fields["seq"] == 3:
            fields["actor_id"] = "B-forged"
        body = prev + json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        h = hmac.new(guess, body.encode(), hashlib.sha256).hexdigest()
        conn.execute("UPDATE events SET actor_id = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (fields["actor_id"], prev, h, fields["seq"]))
        prev = h
    conn.commit()
    problems = prog.verify()["problems"]
    assert found(problems, "event_hash_mismatch", "第 1 条审计记录", "在没有密钥的情况下重写"), problems


def test_checkpoints_catch_a_chain_cut_back_and_a_forged_checkpoint(tmp_path, capsys):
    db, prog = released_book(tmp_path)
    cps = tmp_path / "checkpoints"
    assert main(["anxinbao", "checkpoint", "--db", db, "--out", str(cps) + "/"]) == 0
    assert main(["anxinbao", "verify", "--db", db, "--checkpoints", str(cps)]) == 0
    assert "1 checkpoint(s) match" in capsys.readouterr().out
    conn = unlock(db)
    seq = conn.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    conn.execute("DELETE FROM events WHERE seq = ?", (seq,))
    conn.commit()
    assert main(["anxinbao", "verify", "--db", db, "--checkpoints", str(cps)]) == 1
    err = capsys.readouterr().err
    assert "[checkpoint_event_missing]" in err and f"第 {seq} 条审计记录不在审计链中" in err
    path = next(cps.glob("*.json"))
    cp = json.loads(path.read_text())
    cp["seq"] = seq - 1
    path.write_text(json.dumps(cp))
    report = prog.verify(checkpoints=cps)
    assert found(report["problems"], "checkpoint_signature_mismatch", "签名不符", "伪造或被改动")


def test_key_rotation(tmp_path, monkeypatch):
    keys = tmp_path / "ring.keys"
    keys.write_text("k1 " + "11" * 32 + "\n")
    monkeypatch.setenv("ZHENGCE_LEDGER_KEY_FILE", str(keys))
    db = str(tmp_path / "r.sqlite")
    prog = Program.open(db)
    prog.init(mode="replay")
    project_to(prog, "approve")
    prog.close()
    keys.write_text("k1 " + "11" * 32 + "\nk2 " + "22" * 32 + "\n")  # rotate: add k2, keep k1 to verify
    prog = Program.open(db)
    project_to(prog, "release")
    assert prog.verify()["ok"]
    with prog.store.transaction(write=False) as tx:
        assert {r[0] for r in tx.all("SELECT DISTINCT key_id FROM events")} == {"k1", "k2"}
    prog.close()
    keys.write_text("k2 " + "22" * 32 + "\n")  # k1 dropped too early: old events can no longer be checked
    report = Program.open(db).verify()
    assert found(report["problems"], "event_key_unknown", "'k1'", "不在账本密钥文件中")


def test_bad_key_file_is_one_line(tmp_path, monkeypatch, capsys):
    keys = tmp_path / "bad.keys"
    keys.write_text("k1 short\n")
    monkeypatch.setenv("ZHENGCE_LEDGER_KEY_FILE", str(keys))
    assert main(["anxinbao", "init", "--db", str(tmp_path / "x.sqlite"), "--mode", "replay"]) == 2
    assert "账本密钥文件" in capsys.readouterr().err


# -- 3. money never leaves integer arithmetic -------------------------------------------------------------

def test_huge_top_ups_refused_on_both_backends(db_url):
    prog = Program.open(db_url)
    prog.init(mode="replay")
    refused("invalid_amount", prog.execute, "finance:district", "top_up_pool", {"amount": "5e16"}, op_id="t0")
    refused("amount_too_large", prog.execute, "finance:district", "top_up_pool", {"amount": "50000000000000000"},
            op_id="t1")
    refused("amount_too_large", prog.execute, "finance:district", "top_up_pool",
            {"amount": 50_000_000_000_000_000}, op_id="t2")
    prog.execute("finance:district", "top_up_pool", {"amount": "9000亿"}, op_id="t3")
    refused("amount_too_large", prog.execute, "finance:district", "top_up_pool", {"amount": "9000亿"}, op_id="t4")
    with prog.store.transaction(write=False) as tx:
        row = tx.one("SELECT credits_posted FROM accounts WHERE id = 'pool'")
    assert isinstance(row[0], int) and row[0] == (90_000_000_000_000 + 10_000_000_000)
    assert prog.verify()["ok"]
    with pytest.raises(Exception):  # the database refuses an out-of-bounds total by itself (CHECK)
        with prog.store.transaction() as tx:
            tx.execute("UPDATE accounts SET credits_posted = 10000000000000000000 WHERE id = 'pool'")
    prog.close()


# -- 4. the pool cannot be drained by one party -----------------------------------------------------------

def test_budget_above_the_tranche_is_refused(program):
    project_to(program, "deposit", milestones=[{"amount": "300万", "months": 12}, {"amount": "200万", "months": 6}],
               deposit="30万")
    refused("budget_above_ceiling", op, program, "platform:PF1", "start_milestone", {"project": "P1", "budget": "1亿"})
    assert program.summary()["balances"]["pool"] == "100000000.00"
    op(program, "platform:PF1", "start_milestone", {"project": "P1", "budget": "300万"})


# -- 5. time belongs to the server ------------------------------------------------------------------------

def test_live_book_takes_the_server_clock(tmp_path):
    now = [dt.datetime(2025, 6, 1, 9, 0)]
    prog = Program.open(tmp_path / "live.sqlite", clock=lambda: now[0])
    prog.init()
    refused("time_not_allowed", prog.execute, "enterprise:E1", "apply", {}, op_id="a", at="2025-04-01")
    out = prog.execute("finance:district", "top_up_pool", {"amount": "1万"}, op_id="t")
    assert prog.events("auditor:A")[-1]["at"] == "2025-06-01T09:00:00" and out["ok"]
    now[0] = dt.datetime(2025, 5, 1)  # the clock goes back: the book keeps its order
    prog.execute("finance:district", "top_up_pool", {"amount": "1万"}, op_id="t2")
    assert prog.events("auditor:A")[-1]["at"] == "2025-06-01T09:00:00"
    now[0] = dt.datetime(2026, 3, 9, 0, 0)  # the trial year is over
    refused("outside_program_period", prog.execute, "finance:district", "top_up_pool", {"amount": "1万"}, op_id="t3")
    refused("permission_denied", prog.execute, "enterprise:E1", "extend_period",
            {"until": "2027-03-09", "reason": "x"}, op_id="x")
    prog.execute("bureau:B1", "extend_period", {"until": "2027-03-09", "reason": "区政府延长试行"}, op_id="ext")
    prog.execute("finance:district", "top_up_pool", {"amount": "1万"}, op_id="t3")
    ev = [e for e in prog.events("auditor:A") if e["operation"] == "extend_period"]
    assert ev and ev[0]["after"]["program:anxinbao"]["extensions"][0]["reason"] == "区政府延长试行"
    assert prog.verify()["ok"]


def test_backdating_is_refused_in_replay(program):
    project_to(program, "start", insurance={"insurer": "IN1", "premium": "10万"})
    op(program, "insurer:IN1", "confirm_policy", {"project": "P1"}, at="2025-05-02")
    op(program, "enterprise:E1", "pay_premium", {"project": "P1"}, at="2025-05-02")
    op(program, "bureau:B1", "review_milestone", {"project": "P1", "result": "failed"}, at="2026-01-10")
    op(program, "operator:OP1", "forfeit", {"project": "P1"}, at="2026-01-10")
    # a payout dated 2025 to fall outside the 2026 subsidy year: refused
    refused("time_before_last_event", op, program, "insurer:IN1", "insurance_payout",
            {"project": "P1", "amount": "5万"}, at="2025-12-31")
    refused("time_before_last_event", op, program, "operator:OP1", "release", {"project": "P1"}, at="2019-01-01")
    refused("outside_program_period", op, program, "insurer:IN1", "insurance_payout",
            {"project": "P1", "amount": "5万"}, at="2027-01-01")
    op(program, "insurer:IN1", "insurance_payout", {"project": "P1", "amount": "5万"}, at="2026-01-11")


def test_before_the_program_starts(tmp_path):
    prog = Program.open(tmp_path / "early.sqlite")
    refused("outside_program_period", prog.init, mode="replay", at="2024-12-31")


# -- 6. operations state their intent ----------------------------------------------------------------------

def test_release_and_forfeit_are_different_operations(program):
    project_to(program, "start")
    op(program, "bureau:B1", "review_milestone", {"project": "P1", "result": "failed"})
    refused("milestone_not_met", op, program, "operator:OP1", "release", {"project": "P1", "milestone": 1})
    out = op(program, "operator:OP1", "forfeit", {"project": "P1", "milestone": 1})
    assert out["result"]["state"] == "forfeited"


def test_forfeit_of_a_met_milestone_is_refused(program):
    project_to(program, "review")
    refused("milestone_met", op, program, "operator:OP1", "forfeit", {"project": "P1", "milestone": 1})


# -- 7. op ids per actor, related parties, the insurer confirms ----------------------------------------------

def test_op_ids_are_scoped_per_actor(program):
    args = {"platform": "PF1", "contract_total": "300万", "milestones": [{"amount": "300万", "months": 12}]}
    program.execute("enterprise:E1", "apply", {**args, "project": "A"}, op_id="same-id")
    out = program.execute("enterprise:E2", "apply", {**args, "project": "B"}, op_id="same-id")
    assert out["ok"] and not out.get("replayed")
    assert program.execute("enterprise:E1", "apply", {**args, "project": "A"}, op_id="same-id")["replayed"]
    assert program.verify()["ok"]


def test_a_related_bureau_actor_cannot_bar(program):
    project_to(program, "approve")
    refused("conflict_of_interest", op, program, "bureau:PF1", "bar_enterprise", {"enterprise": "E1"})
    refused("conflict_of_interest", op, program, "bureau:X1", "bar_enterprise", {"enterprise": "E1"})
    refused("conflict_of_interest", op, program, "bureau:E1", "bar_enterprise", {"enterprise": "E1"})
    op(program, "bureau:B1", "bar_enterprise", {"enterprise": "E1", "reason": "骗取资金"})


def test_the_insurer_confirms_the_policy_before_it_counts(program):
    project_to(program, "approve", insurance={"insurer": "IN1", "premium": "10万"})
    refused("policy_not_confirmed", op, program, "enterprise:E1", "pay_premium", {"project": "P1"})
    refused("policy_not_confirmed", op, program, "finance:district", "pay_premium_subsidy", {"project": "P1"})
    refused("permission_denied", op, program, "insurer:IN2", "confirm_policy", {"project": "P1"})
    op(program, "insurer:IN1", "confirm_policy", {"project": "P1"})
    op(program, "enterprise:E1", "pay_premium", {"project": "P1"})
    op(program, "finance:district", "pay_premium_subsidy", {"project": "P1"})


def test_keyring_loads_and_creates(tmp_path):
    ring = Keyring.load(tmp_path / "new.keys")
    assert ring.active == "k1" and len(ring.keys["k1"]) == 32
    assert (tmp_path / "new.keys").stat().st_mode & 0o777 == 0o600


def found(problems: list[dict], code: str, *words: str) -> bool:
    """A verify problem with this stable `code` whose Chinese message names every one of `words`."""
    return any(p["code"] == code and all(w in p["message"] for w in words) for p in problems)
