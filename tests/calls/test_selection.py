"""Selection by expert review: the 数字化转型 scenario to hand-checked ranks and awards; every invalid
action refused with no effect; sealed scores; idempotent payments; the audit chain verifies."""

from fractions import Fraction
from pathlib import Path

import pytest

from zhengce.programs.calls.model import load_calls
from zhengce.programs.calls.rubric import Rubric, results
from zhengce.programs.calls.scenario import load_scenario, replay
from zhengce.programs.calls.selection import SelectionProgram
from zhengce.programs.core.errors import Refused
from zhengce.programs.core.keys import Keyring

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "examples/calls/szh_selection.yaml"


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGCE_HOME", str(tmp_path))
    monkeypatch.delenv("ZHENGCE_LEDGER_KEY_FILE", raising=False)


@pytest.fixture(scope="module")
def rubric():
    return Rubric.from_call(load_calls().call("hangzhou-2025-szh-sample"))


def test_rubric_from_the_call_data(rubric):
    assert [s.weight for s in rubric.stages] == [Fraction(3, 5), Fraction(2, 5)]
    assert rubric.threshold == 70 and rubric.top_per_group == 5 and rubric.panel_size == 7
    assert rubric.award_fen == 200000 * 100 and rubric.publicity_working_days == 5
    assert rubric.max_total == 100


def _sheet(app, stage, expert, total):
    return {"application": app, "stage": stage, "expert": expert, "total": total * 100}


def test_mean_keeps_every_expert_and_ties_go_to_roadshow(rubric):
    apps = [{"id": "P", "group": "auto_parts", "seq": 1}, {"id": "Q", "group": "auto_parts", "seq": 2}]
    # P: roadshow 80 (a single extreme 100 is kept: mean of 100, 70, 70 = 80), site 80 → 80
    # Q: roadshow 78, site 83 → 46.8 + 33.2 = 80: tie, P first by the heavier stage
    sheets = [_sheet("P", "roadshow", "X1", 100), _sheet("P", "roadshow", "X2", 70), _sheet("P", "roadshow", "X3", 70),
              _sheet("P", "site_visit", "X1", 80), _sheet("Q", "roadshow", "X1", 78), _sheet("Q", "site_visit", "X1", 83)]
    res = results(rubric, apps, sheets)
    rows = res["groups"]["auto_parts"]
    assert [(r["application"], r["combined"]) for r in rows] == [("P", "80.00"), ("Q", "80.00")]
    assert rows[0]["stage_scores"]["roadshow"] == "80.00"


def test_threshold_and_quota(rubric):
    apps = [{"id": f"A{i}", "group": "auto_parts", "seq": i} for i in range(7)]
    totals = [95, 90, 85, 80, 75, 71, 69]
    sheets = [_sheet(f"A{i}", st, "X1", t) for i, t in enumerate(totals) for st in ("roadshow", "site_visit")]
    res = results(rubric, apps, sheets)
    assert res["selected"] == ["A0", "A1", "A2", "A3", "A4"]  # A5 passes 70 but the quota is 5; A6 below 70
    rows = {r["application"]: r for r in res["groups"]["auto_parts"]}
    assert rows["A5"]["passed_threshold"] and not rows["A5"]["selected"]
    assert not rows["A6"]["passed_threshold"]
    assert res["extra_selected"]["auto_parts"] == ["A0", "A1", "A2", "A3"]  # 小灯塔: top 4


def test_scenario_replays_to_the_hand_checked_result():
    result = replay(load_scenario(SCENARIO))
    assert result["unexpected"] == []
    assert result["verify"]["ok"]
    assert result["balances"]["fund"] == "400000.00"
    assert sorted(a for a, w in result["awards"].items() if w["state"] == "paid") == \
        ["A01", "A02", "A03", "A04", "B01", "B02", "B04", "C01"]
    assert result["publicity"]["end"] == "2025-07-07"
    codes = {r["id"]: r["error"]["code"] for r in result["refused"]}
    for rid, code in {"rs-A01-X9": "not_assigned", "rs-after-close": "panel_closed", "rs-C01-X3": "conflict_of_interest",
                      "pay-A01-early": "publicity_not_ended", "pay-A01-twice": "already_paid"}.items():
        assert codes[rid] == code


def _book(tmp_path, upto: str):
    """A book replayed up to (not including) the event with id `upto`."""
    sc = load_scenario(SCENARIO)
    prog = SelectionProgram.open(str(tmp_path / "b.sqlite"))
    prog.init(call=sc["call"], mode="replay", at=sc["start"])
    events = sc["events"]
    for ev in events:
        if ev.get("id") == upto:
            break
        try:
            prog.execute(ev["actor"], ev["op"], ev.get("args") or {}, op_id=ev["id"], at=ev["at"])
        except Refused:
            pass
    return prog, {e["id"]: e for e in events}


def _snapshot(prog):
    with prog.store.transaction(write=False) as tx:
        return (tx.all("SELECT kind, id, doc FROM entities ORDER BY kind, id"),
                tx.all("SELECT * FROM accounts ORDER BY id"), tx.one("SELECT COUNT(*) FROM events")[0],
                tx.one("SELECT COUNT(*) FROM transfers")[0])


@pytest.mark.parametrize("upto, actor, op, args, code", [
    ("rs-A01-X9", "expert:X9", "score", {"application": "A01", "stage": "roadshow",
                                         "scores": {"company": 10, "scenarios": 20, "technology": 15, "results": 20,
                                                    "demonstration": 10}}, "not_assigned"),
    ("rs-C01-X3", "expert:X3", "score", {"application": "C01", "stage": "roadshow",
                                         "scores": {"company": 15, "scenarios": 25, "technology": 20, "results": 25,
                                                    "demonstration": 15}}, "conflict_of_interest"),
    ("assign-C01-conflict", "city:市经信局", "assign_experts",
     {"application": "C01", "experts": ["X1", "X2", "X3", "X4", "X5", "X6", "X7"]}, "conflict_of_interest"),
    ("rs-after-close", "expert:X1", "score", {"application": "A05", "stage": "site_visit",
                                              "scores": {"company": 1, "scenarios": 1, "technology": 1, "results": 1,
                                                         "demonstration": 1}}, "panel_closed"),
    ("pay-A01-early", "finance:市财政局", "pay", {"application": "A01"}, "publicity_not_ended"),
    ("pay-A01-twice", "finance:市财政局", "pay", {"application": "A01"}, "already_paid"),
    ("pay-A05", "finance:市财政局", "pay", {"application": "A06"}, "not_confirmed"),
])
def test_invalid_actions_are_refused_with_no_effect(tmp_path, upto, actor, op, args, code):
    prog, events = _book(tmp_path, upto)
    at = events[upto]["at"]
    before = _snapshot(prog)
    with pytest.raises(Refused) as exc:
        prog.execute(actor, op, args, op_id=f"try-{upto}", at=at)
    assert exc.value.code == code
    assert _snapshot(prog) == before
    assert prog.verify()["ok"]
    prog.close()


def test_scores_are_sealed_until_the_panel_closes(tmp_path):
    prog, _ = _book(tmp_path, "close")
    with pytest.raises(Refused) as exc:
        prog.sheets("auditor:审计局")
    assert exc.value.code == "scores_sealed"
    st = prog.state("city:市经信局")
    assert st["panel"]["scores"] == "sealed" and "results" not in st
    assert all("scored" not in a for a in st["applications"])
    prog.execute("city:市经信局", "close_panel", {}, op_id="close", at="2025-06-30")
    assert len(prog.sheets("auditor:审计局")) == 12 * 7 * 2
    assert prog.state("city:市经信局")["results"]["selected"]
    # an enterprise sees its own application only
    mine = prog.state("enterprise:E-A01")["applications"]
    assert [a["id"] for a in mine] == ["A01"]
    prog.close()


def test_payment_is_idempotent_by_op_id(tmp_path):
    prog, _ = _book(tmp_path, "pay-A02")
    bal = prog.balances()["fund"]["balance"]
    again = prog.execute("finance:市财政局", "pay", {"application": "A01"}, op_id="pay-A01", at="2025-07-09")
    assert again.get("replayed") is True
    assert prog.balances()["fund"]["balance"] == bal
    prog.close()


def test_tampering_with_a_payment_is_found(tmp_path):
    prog, _ = _book(tmp_path, "pay-A02")
    prog.store.conn.execute("UPDATE entities SET doc = replace(doc, '\"due\"', '\"paid\"') WHERE kind = 'award'")
    report = prog.verify()
    assert not report["ok"] and any(p["code"] == "state_differs" and "award:" in p["message"]
                                    and "与审计记录最后一次所记的不符" in p["message"] for p in report["problems"])
    prog.close()


def test_a_call_without_rubric_cannot_open_a_selection(tmp_path):
    prog = SelectionProgram.open(str(tmp_path / "x.sqlite"))
    with pytest.raises(Refused) as exc:
        prog.init(call="shangcheng-2025-gaoqi-change", mode="replay", at="2025-04-01")
    assert exc.value.code == "no_selection"
    prog.close()


def test_keyring_is_the_calls_program_own(tmp_path):
    prog = SelectionProgram.open(str(tmp_path / "k.sqlite"))
    assert isinstance(prog.keyring, Keyring)
    assert prog.keyring.path.name == "calls-ledger.keys"
    prog.close()


def test_cli_replay(tmp_path):
    import subprocess
    import sys
    res = subprocess.run([sys.executable, "-m", "zhengce", "calls", "replay", str(SCENARIO)], capture_output=True,
                         text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "ZHENGCE_HOME": str(tmp_path),
                                                   "PATH": "/usr/bin"})
    assert res.returncode == 0, res.stderr
    assert "verify: ok" in res.stdout and "公示: 2025-07-01 至 2025-07-07" in res.stdout


def test_rest_api_with_header_actors(tmp_path):
    import warnings

    from fastapi import FastAPI

    from zhengce.programs.calls.api import router
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    app = FastAPI()
    app.include_router(router(lambda: SelectionProgram.open(str(tmp_path / "api.sqlite"))), prefix="/s")
    c = TestClient(app)
    city = {"X-Actor-Role": "city", "X-Actor-Id": "hz-jxj"}
    assert c.post("/s/init", json={"call": "hangzhou-2025-szh-sample", "mode": "replay", "at": "2025-06-01"},
                  headers=city).status_code == 200
    ent = {"X-Actor-Role": "enterprise", "X-Actor-Id": "E1"}
    body = {"op_id": "a1", "operation": "apply", "at": "2025-06-02",
            "args": {"application": "A1", "group": "auto_parts", "district": "萧山区"}}
    assert c.post("/s/operations", json=body, headers=ent).json()["ok"] is True
    again = c.post("/s/operations", json=body, headers=ent).json()
    assert again["replayed"] is True
    late = {**body, "op_id": "a2", "at": "2025-06-07", "args": {**body["args"], "application": "A2"}}
    r = c.post("/s/operations", json=late, headers=ent)
    assert r.status_code == 409 and r.json()["detail"]["code"] == "deadline_passed"
    r = c.get("/s/sheets", headers={"X-Actor-Role": "auditor", "X-Actor-Id": "audit1"})
    assert r.status_code == 403 and r.json()["detail"]["code"] == "scores_sealed"
    assert c.get("/s/state").status_code == 401
    assert c.get("/s/state", headers={"X-Actor-Role": "boss", "X-Actor-Id": "x"}).status_code == 401
    assert c.get("/s/verify", headers=city).json()["ok"]


@pytest.mark.parametrize("content, needle", [(None, "不存在"), ("events: [", "无法读取"), ("name: x\n", "无法读取"),
                                             ("events: []\n", "需要 call"),
                                             ("call: nope\nevents: []\n", "没有申报通知")])
def test_bad_scenario_files(tmp_path, content, needle):
    import subprocess
    import sys
    path = tmp_path / "s.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "zhengce", "calls", "replay", str(path)], capture_output=True,
                         text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "ZHENGCE_HOME": str(tmp_path),
                                                   "PATH": "/usr/bin"})
    assert res.returncode == 2 and needle in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("district, code", [("吴兴区", "not_eligible"), ("西湖区", "unknown_district"),
                                            ("火星区", "unknown_district")])
def test_apply_outside_the_city_or_unknown_district(tmp_path, district, code):
    prog, _ = _book(tmp_path, "apply-S01")
    before = _snapshot(prog)
    with pytest.raises(Refused) as exc:
        prog.execute("enterprise:E-Z", "apply", {"application": "Z1", "group": "auto_parts", "district": district},
                     op_id="z", at="2025-06-06")
    assert exc.value.code == code and _snapshot(prog)[0] == before[0]
    prog.close()
