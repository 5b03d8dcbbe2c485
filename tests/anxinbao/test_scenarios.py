"""The program's story: each example scenario replays to the figures worked out by hand (see the comments
at the head of each file). Amounts here are written independently of the files' `expect` blocks."""

import pytest

from zhengce.programs.anxinbao.scenario import load_scenario, replay

from .conftest import EXAMPLES


def run(name, **kw):
    result = replay(load_scenario(EXAMPLES / name), **kw)
    assert result["verify"]["ok"], result["verify"]
    assert result["unexpected"] == []
    return result


def test_success():
    r = run("01_success.yaml")
    assert r["projects"]["P1"]["state"] == "completed"
    assert [m["state"] for m in r["projects"]["P1"]["milestones"]] == ["released", "released"]
    assert r["balances_fen"] == {"pool": 100_000_000_00, "platform:PF1": 5_000_000_00, "escrow:P1": 0,
                                 "enterprise:E1": -3_500_000_00, "finance": -101_500_000_00}
    assert [(s["amount"], s["state"]) for s in r["subsidies"]] == [("1500000.00", "paid")]
    assert r["refused"] == []


def test_failed_milestone_forfeits_deposit_to_platform():
    r = run("02_failed_milestone.yaml")
    p = r["projects"]["P2"]
    assert p["state"] == "failed" and [m["state"] for m in p["milestones"]] == ["released", "forfeited"]
    assert p["advance_outstanding"] == "2700000.00"  # 100万 + 300万 advanced, 100万 + 30万 repaid
    assert r["balances"] == {"pool": "97300000.00", "platform:PF1": "4000000.00", "escrow:P2": "0.00",
                             "enterprise:E2": "-910000.00", "finance": "-100390000.00"}
    assert r["subsidies"][0]["base"] == "1300000.00" and r["subsidies"][0]["amount"] == "390000.00"
    assert [x["error"]["code"] for x in r["refused"]] == ["budget_above_ceiling", "project_closed"]


def test_insurance_payout_reduces_subsidy():
    r = run("03_insurance_payout.yaml")
    assert r["insurance"] == [{"project": "P3", "insurer": "IN1", "premium": "400000.00",
                               "premium_subsidy": "320000.00", "payouts": "600000.00"}]
    s = r["subsidies"][0]
    assert (s["base"], s["amount"]) == ("400000.00", "120000.00")  # (100万 − 60万) × 30%
    assert r["balances"]["enterprise:E3"] == "-360000.00"
    assert r["balances"]["insurer:IN1"] == "-200000.00"
    assert r["balances"]["pool"] == "96000000.00"
    assert r["projects"]["P3"]["eligible_total"] == "5000000.00"


def test_enterprise_yearly_cap():
    r = run("04_enterprise_cap.yaml")
    subs = {s["project"]: s for s in r["subsidies"]}
    assert (subs["P4a"]["amount"], subs["P4a"]["capped"]) == ("2400000.00", False)
    assert (subs["P4b"]["computed"], subs["P4b"]["amount"], subs["P4b"]["capped"]) == ("1800000.00", "600000.00", True)
    assert r["enterprises"]["E4"]["subsidies_by_year"] == {"2025": "3000000.00"}
    assert r["insurance"][0]["premium_subsidy"] == "500000.00"  # 80% of 80万 = 64万, capped at 50万
    assert r["balances"]["enterprise:E4"] == "-11300000.00"
    assert r["balances"]["finance"] == "-103500000.00"


def test_refusals_scenario():
    r = run("05_refused.yaml")
    codes = {x["id"]: x["error"]["code"] for x in r["refused"] if x["id"] != "top-up"}
    assert codes["small"] == codes["equipment"] == "contract_below_minimum"
    assert codes["empty-pool"] == "pool_insufficient" and codes["release-again"] == "already_released"
    assert codes["fraction"] == "fractional_fen" and codes["other-enterprise"] == "permission_denied"
    assert len(r["refused"]) == 20 and r["applied"] == 13
    assert r["balances"] == {"enterprise:E5": "-4000000.00", "escrow:P5": "0.00", "finance": "-5000000.00",
                             "platform:PF1": "4000000.00", "pool": "5000000.00"}


def test_expectation_mismatch_is_reported(tmp_path):
    s = load_scenario(EXAMPLES / "01_success.yaml")
    s["expect"] = {"balances": {"pool": "1"}, "projects": {"P1": "failed"}}
    s["events"][0]["expect"] = "refused"
    r = replay(s)
    assert {u.get("check") for u in r["unexpected"]} >= {"balance pool", "project P1"}
    assert any(u.get("expected") == "refused" for u in r["unexpected"])


def test_replay_on_postgresql(pg_url):
    from .conftest import new_pg_database

    r = run("04_enterprise_cap.yaml", db=new_pg_database(pg_url))
    assert r["balances"]["enterprise:E4"] == "-11300000.00"


@pytest.mark.parametrize("choice", [False])
def test_choice_release_repays_pool_advance_is_configurable(choice):
    s = load_scenario(EXAMPLES / "01_success.yaml")
    s["parameters"] = {"release_repays_pool_advance": choice}
    s.pop("expect")
    r = replay(s)
    # without repayment the pool pays both budgets (500万) and the platform keeps budgets and tranches
    assert r["balances"]["pool"] == "95000000.00" and r["balances"]["platform:PF1"] == "10000000.00"
