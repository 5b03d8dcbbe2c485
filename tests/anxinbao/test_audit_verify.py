"""verify: the audit chain, the state against the log, the ledger against its transfers — and tampering."""

import json
import sqlite3

from zhengce.cli import main
from zhengce.programs.anxinbao import Program
from zhengce.programs.anxinbao.scenario import load_scenario, replay

from .conftest import EXAMPLES


def filled(path) -> None:
    prog = Program.open(path)
    replay(load_scenario(EXAMPLES / "02_failed_milestone.yaml"), program=prog)
    prog.close()


def tamper(path, *sql):
    conn = sqlite3.connect(path)
    for s in ("DROP TRIGGER events_no_update", "DROP TRIGGER transfers_no_update", *sql):
        conn.execute(s)
    conn.commit()
    conn.close()


def test_verify_clean(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    assert main(["anxinbao", "verify", "--db", db]) == 0
    assert "ok" in capsys.readouterr().out


def test_append_only_at_the_database(tmp_path):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    conn = sqlite3.connect(db)
    for sql in ("UPDATE events SET actor_id = 'x' WHERE seq = 3", "DELETE FROM transfers WHERE id = 1"):
        try:
            conn.execute(sql)
            raise AssertionError("append-only table was changed")
        except sqlite3.DatabaseError as exc:
            assert "append-only" in str(exc)


def test_edited_event_is_named(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    tamper(db, "UPDATE events SET actor_id = 'B2' WHERE seq = 7")
    assert main(["anxinbao", "verify", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "[event_hash_mismatch]" in err and "第 7 条审计记录" in err and "被改动" in err


def test_deleted_event_breaks_chain(tmp_path):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    tamper(db, "DROP TRIGGER events_no_delete", "DELETE FROM events WHERE seq = 4")
    report = Program.open(db).verify()
    assert not report["ok"] and found(report["problems"], "event_missing", "审计链缺少第 4 条记录", "被删除")


def test_ledger_imbalance_detected(tmp_path):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    tamper(db, "UPDATE transfers SET amount = amount + 1 WHERE id = 2")
    problems = Program.open(db).verify()["problems"]
    assert found(problems, "account_totals_differ", "与由转账重新计算的", "不符")
    db2 = str(tmp_path / "b.sqlite")
    filled(db2)
    tamper(db2, "UPDATE accounts SET credits_posted = credits_posted + 100 WHERE id = 'pool'")
    problems = Program.open(db2).verify()["problems"]
    assert found(problems, "books_out_of_balance", "借贷不平衡", "借方合计", "贷方合计")
    assert found(problems, "account_totals_differ", "科创风险池（pool）", "贷方已入账")


def test_state_edit_detected(tmp_path):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    conn = sqlite3.connect(db)
    doc = json.loads(conn.execute("SELECT doc FROM entities WHERE kind='project'").fetchone()[0])
    doc["state"] = "completed"
    conn.execute("UPDATE entities SET doc = ? WHERE kind = 'project'", (json.dumps(doc),))
    conn.commit()
    assert found(Program.open(db).verify()["problems"], "state_differs", "project:P2", "审计记录")


def test_events_record_actor_time_before_after(tmp_path):
    db = str(tmp_path / "a.sqlite")
    filled(db)
    prog = Program.open(db)
    events = prog.events("auditor:A1")
    approve = next(e for e in events if e["operation"] == "approve")
    assert (approve["actor_role"], approve["actor_id"]) == ("bureau", "B1")
    assert approve["before"]["project:P2"]["state"] == "under_review"
    assert approve["after"]["project:P2"]["state"] == "active"
    assert all(e["prev_hash"] == p["hash"] for p, e in zip(events, events[1:]))


def found(problems: list[dict], code: str, *words: str) -> bool:
    """A verify problem with this stable `code` whose Chinese message names every one of `words`."""
    return any(p["code"] == code and all(w in p["message"] for w in words) for p in problems)
