"""Property tests: random sequences of operations — valid, invalid, by the right and the wrong parties,
with retried and reused ids — keep the invariants: the books balance (verify), no escrow or pool goes
negative, no milestone is paid out twice, a retry returns the first result without effect, and a refused
operation changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhengce.programs.anxinbao import Program, Refused

from .helpers import project_to, snapshot

PROJECTS = ["P1", "P2"]
OWNERS = {"P1": ("E1", "PF1"), "P2": ("E2", "PF2")}
AMOUNTS = ["0", "-1", "0.001", "10万", "20万", "30万", "180万", "200万", "300万", "1万"]


@st.composite
def an_operation(draw):
    pid = draw(st.sampled_from(PROJECTS))
    ent, plat = OWNERS[pid]
    if draw(st.integers(0, 9)) == 0:  # sometimes the wrong party
        ent, plat = OWNERS["P2" if pid == "P1" else "P1"]
    ms = draw(st.sampled_from([1, 2]))
    amount = draw(st.sampled_from(AMOUNTS))
    choices = [
        (f"enterprise:{ent}", "apply", {"project": pid, "platform": OWNERS[pid][1], "contract_total": "500万",
                                        "milestones": [{"amount": "200万", "months": 12}, {"amount": "300万", "months": 6}]}),
        (f"platform:{plat}", "accept", {"project": pid}),
        ("bureau:B1", "assign_experts", {"project": pid, "experts": ["X1"]}),
        ("expert:X1", "expert_opinion", {"project": pid, "result": draw(st.sampled_from(["pass", "pass", "fail"]))}),
        ("bureau:B1", "approve", {"project": pid}),
        (f"enterprise:{ent}", "pay_deposit", {"project": pid, "milestone": ms, "amount": amount}),
        (f"platform:{plat}", "start_milestone", {"project": pid, "milestone": ms}),
        (f"platform:{plat}", "report_completion", {"project": pid, "milestone": ms}),
        (f"enterprise:{ent}", "pay_rest", {"project": pid, "milestone": ms}),
        ("bureau:B1", "review_milestone", {"project": pid, "milestone": ms,
                                           "result": draw(st.sampled_from(["passed", "passed", "failed"]))}),
        ("operator:OP1", "release", {"project": pid, "milestone": ms}),
        ("operator:OP1", "forfeit", {"project": pid, "milestone": ms}),
        ("insurer:IN1", "confirm_policy", {"project": pid}),
        ("bureau:B1", "bar_enterprise", {"enterprise": ent}),
        (f"enterprise:{ent}", "withdraw", {"project": pid}),
        ("finance:district", "top_up_pool", {"amount": amount}),
        ("auditor:A1", "release", {"project": pid}),
    ]
    return draw(st.sampled_from(choices))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(an_operation(), st.integers(0, 5)), min_size=5, max_size=45),
       st.sampled_from(["300万", "1000万"]),
       st.sampled_from([None, "approve", "deposit", "start", "complete", "rest", "review", "release"]))
def test_random_sequences_keep_invariants(steps, pool, head_start):
    with tempfile.TemporaryDirectory() as d:
        prog = Program.open(Path(d) / "p.sqlite")
        prog.init(overrides={"pool_initial": pool}, mode="replay")
        if head_start:  # P1 valid up to a random step, so that random operations reach deep states
            project_to(prog, head_start, deposit="20万")
        done: list[tuple] = []  # (op_id, actor, op, args, outcome)
        for i, ((actor, name, args), reuse) in enumerate(steps):
            if reuse == 0 and done:  # retry an earlier id with identical content: same answer, no effect
                op_id, actor, name, args, first = done[i % len(done)]
            else:
                op_id, first = f"op{i}", None
            before = snapshot(prog)
            try:
                outcome = prog.execute(actor, name, args, op_id=op_id, at="2025-06-01")
                result = ("ok", outcome["transfers"])
            except Refused as exc:
                result = ("refused", exc.code)
                assert snapshot(prog) == before, f"refused {name} changed the state"
            if first is not None:
                assert result == first, "a retry did not return the first result"
                assert snapshot(prog) == before, "a retry had an effect"
            else:
                done.append((op_id, actor, name, args, result))
            balances = prog.balances()
            for acct, b in balances.items():
                if acct.split(":")[0] in ("pool", "escrow", "platform"):
                    assert b["balance"] - b["debits_pending"] >= 0, acct
            assert sum(b["balance"] for b in balances.values()) == 0
        report = prog.verify()
        assert report["ok"], report["problems"]
        with prog.store.transaction(write=False) as tx:
            paid = tx.all("SELECT project, milestone, COUNT(*) FROM transfers WHERE kind = 'post_pending'"
                          " AND code IN ('release', 'forfeit') GROUP BY project, milestone")
        assert all(n == 1 for _, _, n in paid), paid
        for p in prog.projects("auditor:A"):
            for m in p["milestones"]:
                if m["state"] in ("released", "forfeited"):
                    assert m["deposit"] + m["rest"] >= m["amount"] or m["state"] == "forfeited"
        prog.close()
