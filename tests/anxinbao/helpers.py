"""Building blocks for tests: a project taken to a given step, state snapshots for 'no effect' checks."""

from __future__ import annotations

import itertools

_ids = itertools.count()


def op(prog, actor, name, args=None, at="2025-05-01", op_id=None):
    return prog.execute(actor, name, args or {}, op_id=op_id or f"t{next(_ids)}-{name}", at=at)


def snapshot(prog) -> dict:
    """Everything an operation could change: state, balances, event count, transfer count."""
    state = prog.summary()
    with prog.store.transaction(write=False) as tx:
        state["events"] = tx.one("SELECT COUNT(*) FROM events")[0]
        state["transfers"] = tx.one("SELECT COUNT(*) FROM transfers")[0]
        state["docs"] = sorted(tx.all("SELECT kind, id, doc FROM entities"))
    return state


def project_to(prog, step: str, pid="P1", enterprise="E1", platform="PF1", total="500万",
               milestones=None, deposit="20万", insurance=None) -> None:
    """Take project `pid` up to and including `step`."""
    milestones = milestones or [{"goal": "一", "amount": "200万", "months": 12},
                                {"goal": "二", "amount": "300万", "months": 6}]
    e, p = f"enterprise:{enterprise}", f"platform:{platform}"
    steps = [
        ("apply", e, "apply", {"project": pid, "platform": platform, "contract_total": total,
                               "milestones": milestones, **({"insurance": insurance} if insurance else {})}),
        ("accept", p, "accept", {"project": pid}),
        ("assign", "bureau:B1", "assign_experts", {"project": pid, "experts": ["X1"]}),
        ("opinion", "expert:X1", "expert_opinion", {"project": pid, "result": "pass"}),
        ("approve", "bureau:B1", "approve", {"project": pid}),
        ("deposit", e, "pay_deposit", {"project": pid, "milestone": 1, "amount": deposit}),
        ("start", p, "start_milestone", {"project": pid, "milestone": 1}),
        ("complete", p, "report_completion", {"project": pid, "milestone": 1}),
        ("rest", e, "pay_rest", {"project": pid, "milestone": 1}),
        ("review", "bureau:B1", "review_milestone", {"project": pid, "milestone": 1, "result": "passed"}),
        ("release", "operator:OP1", "release", {"project": pid, "milestone": 1}),
    ]
    for name, actor, operation, args in steps:
        op(prog, actor, operation, args, op_id=f"{pid}-{name}")
        if name == step:
            return
    raise ValueError(step)
