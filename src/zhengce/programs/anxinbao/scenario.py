"""Scenarios: a YAML/JSON file of events replayed against a fresh program, printing the final state.

    name: a project that succeeds
    parameters: {pool_initial: "1000万"}   # optional overrides of parameters.yaml (by name)
    start: 2025-04-01                       # optional default time of the first event
    events:
      - actor: enterprise:E1                # role:id, or {role: enterprise, id: E1}
        op: apply                           # an operation name (see docs/anxinbao.md)
        at: 2025-04-01                      # optional; defaults to the previous event's time
        id: apply-P1                        # optional op id; default "<index>" (1-based)
        args: {project: P1, ...}
        expect: ok | refused | <error code> # optional; a mismatch is reported
    expect:                                 # optional checks of the final state
      balances: {pool: "99850000.00"}        # account → yuan
      projects: {P1: completed}             # project → state
      refused: [7]                          # indices (or ids) of events that must be refused

Numbers in YAML are read exactly (a decimal like 1234.56 becomes Decimal, never float).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from zhengce.programs.core.scenario import check_refused, load_scenario, replay_report  # noqa: F401 (load_scenario: this program's API)

from .money import parse_yuan, yuan
from .program import Program
from .workflow import parse_at


def replay(scenario: dict, *, db: str | None = None, program: Program | None = None) -> dict:
    """Apply every event in order (a refused one is reported and skipped); return the final state."""
    tmp = None
    if program is None:
        if db is None:
            tmp = tempfile.TemporaryDirectory(prefix="anxinbao-replay-")
            db = str(Path(tmp.name) / "replay.sqlite")
        program = Program.open(db)
    try:
        at = parse_at(scenario.get("start")) if scenario.get("start") else None
        if scenario.get("init", True):
            program.init(op_id="init", overrides=scenario.get("parameters"), mode="replay",
                         at=at or program.params.period_start)
        return replay_report(program, scenario, at, check_expectations)
    finally:
        if tmp is not None:
            program.close()
            tmp.cleanup()


def check_expectations(expect: dict, result: dict) -> list[dict]:
    problems = []
    for acct, amount in (expect.get("balances") or {}).items():
        want = yuan(parse_yuan(amount, what=f"expected balance of {acct}"))
        got = result["balances"].get(acct, "0.00")
        if got != want:
            problems.append({"check": f"balance {acct}", "expected": want, "got": got})
    for pid, state in (expect.get("projects") or {}).items():
        got = result["projects"].get(pid, {}).get("state")
        if got != state:
            problems.append({"check": f"project {pid}", "expected": state, "got": got})
    problems += check_refused(expect, result)
    if not result["verify"]["ok"]:
        problems.append({"check": "verify", "problems": result["verify"]["problems"]})
    return problems
