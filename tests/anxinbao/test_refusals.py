"""Each refusal the issue names: a clear error, a stable code, and no effect at all."""

import pytest

from zhengce.programs.anxinbao import Refused

from tests.anxinbao.test_chinese_refusals import assert_chinese

from .helpers import op, project_to, snapshot


def refused(prog, code, actor, name, args, **kw):
    before = snapshot(prog)
    with pytest.raises(Refused) as err:
        op(prog, actor, name, args, **kw)
    assert err.value.code == code, str(err.value)
    assert str(err.value)  # a message for people
    assert_chinese(err.value.message)
    assert snapshot(prog) == before, "a refused operation changed something"
    return err.value


APPLY = {"project": "P9", "platform": "PF1", "contract_total": "300万",
         "milestones": [{"amount": "300万", "months": 12}]}


def test_contract_below_300wan(program):
    refused(program, "contract_below_minimum", "enterprise:E1", "apply", {**APPLY, "contract_total": "2999999.99",
                                                                         "milestones": [{"amount": "2999999.99", "months": 12}]})
    op(program, "enterprise:E1", "apply", APPLY)  # exactly 300万 is eligible


def test_equipment_does_not_count(program):
    refused(program, "contract_below_minimum", "enterprise:E1", "apply",
            {**APPLY, "contract_total": "350万", "equipment": "50.01万", "milestones": [{"amount": "299.99万", "months": 6}]})


def test_milestone_longer_than_a_year(program):
    refused(program, "milestone_too_long", "enterprise:E1", "apply", {**APPLY, "milestones": [{"amount": "300万", "months": 13}]})
    refused(program, "milestone_too_long", "enterprise:E1", "apply", {**APPLY, "milestones": [{"amount": "300万", "days": 366}]})


def test_milestones_must_add_up(program):
    refused(program, "milestones_mismatch", "enterprise:E1", "apply", {**APPLY, "milestones": [{"amount": "200万", "months": 6}]})


def test_deposit_below_ten_percent(program):
    project_to(program, "approve")
    refused(program, "deposit_below_minimum", "enterprise:E1", "pay_deposit", {"project": "P1", "amount": "199999.99"})
    op(program, "enterprise:E1", "pay_deposit", {"project": "P1", "amount": "20万"})


@pytest.mark.parametrize("amount,code", [("0", "non_positive_amount"), ("-1", "non_positive_amount"),
                                         ("200000.005", "fractional_fen"), (2.5, "invalid_amount")])
def test_bad_amounts(program, amount, code):
    project_to(program, "approve")
    refused(program, code, "enterprise:E1", "pay_deposit", {"project": "P1", "amount": amount})
    refused(program, code, "finance:district", "top_up_pool", {"amount": amount})


def test_release_before_approval(program):
    project_to(program, "rest")
    refused(program, "not_approved", "operator:OP1", "release", {"project": "P1", "milestone": 1})


def test_release_twice(program):
    project_to(program, "release")
    refused(program, "already_released", "operator:OP1", "release", {"project": "P1", "milestone": 1})


def test_tranche_to_closed_project(program):
    project_to(program, "start")
    op(program, "bureau:B1", "review_milestone", {"project": "P1", "milestone": 1, "result": "failed"})
    op(program, "operator:OP1", "forfeit", {"project": "P1"})
    assert program.project("auditor:A", "P1")["state"] == "failed"
    refused(program, "project_closed", "enterprise:E1", "pay_deposit", {"project": "P1", "milestone": 2, "amount": "30万"})
    refused(program, "project_closed", "enterprise:E1", "pay_rest", {"project": "P1", "milestone": 1})


def test_another_partys_project(program):
    project_to(program, "approve")
    refused(program, "permission_denied", "enterprise:E2", "pay_deposit", {"project": "P1", "amount": "20万"})
    refused(program, "permission_denied", "platform:PF2", "start_milestone", {"project": "P1"})
    refused(program, "permission_denied", "expert:X9", "expert_opinion", {"project": "P1", "result": "pass"})
    refused(program, "permission_denied", "insurer:IN1", "insurance_payout", {"project": "P1", "amount": "1万"})
    with pytest.raises(Refused):
        program.project("enterprise:E2", "P1")


def test_nobody_approves_their_own_project(program):
    project_to(program, "opinion")
    refused(program, "conflict_of_interest", "bureau:E1", "approve", {"project": "P1"})
    refused(program, "conflict_of_interest", "bureau:PF1", "approve", {"project": "P1"})


def test_roles_are_checked(program):
    project_to(program, "review")
    refused(program, "permission_denied", "bureau:B1", "release", {"project": "P1"})  # only the operator moves money
    refused(program, "permission_denied", "platform:PF1", "release", {"project": "P1"})
    refused(program, "permission_denied", "auditor:A1", "release", {"project": "P1"})
    refused(program, "permission_denied", "auditor:A1", "approve", {"project": "P1"})


def test_empty_risk_pool(tmp_path):
    from zhengce.programs.anxinbao import Program

    prog = Program.open(tmp_path / "p.sqlite")
    prog.init(overrides={"pool_initial": "100万"}, mode="replay")
    project_to(prog, "deposit")
    refused(prog, "pool_insufficient", "platform:PF1", "start_milestone", {"project": "P1"})
    op(prog, "finance:district", "top_up_pool", {"amount": "100万"})
    op(prog, "platform:PF1", "start_milestone", {"project": "P1"})
    assert prog.balances()["pool"]["balance"] == 0
    prog.close()


def test_idempotency(program):
    first = op(program, "finance:district", "top_up_pool", {"amount": "1万"}, op_id="same")
    before = snapshot(program)
    again = op(program, "finance:district", "top_up_pool", {"amount": "1万"}, op_id="same")
    assert again["replayed"] and again["transfers"] == first["transfers"]
    assert snapshot(program) == before
    refused(program, "idempotency_conflict", "finance:district", "top_up_pool", {"amount": "2万"}, op_id="same")
    # a refused id answers the same refusal on retry
    refused(program, "non_positive_amount", "finance:district", "top_up_pool", {"amount": "0"}, op_id="bad")
    refused(program, "non_positive_amount", "finance:district", "top_up_pool", {"amount": "0"}, op_id="bad")
