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

import datetime as dt
import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path

import yaml

from zhengce.errors import InputError

from .errors import Refused
from .money import parse_yuan, yuan
from .program import Program, jsonable
from .workflow import parse_at


class _ExactLoader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals (money must not pass through binary floating point)."""


_ExactLoader.add_constructor("tag:yaml.org,2002:float",
                             lambda loader, node: Decimal(loader.construct_scalar(node).replace("_", "")))


def load_scenario(path: str | os.PathLike) -> dict:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"情景文件 {path} 是文件夹，不是 YAML/JSON 文件")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取情景文件 {path}：{exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"情景文件 {path} 不是 UTF-8 编码（GBK 等请另存为 UTF-8）") from None
    try:
        scenario = json.loads(text, parse_float=Decimal) if p.suffix == ".json" else \
            yaml.load(text, Loader=_ExactLoader)
    except (ValueError, yaml.YAMLError) as exc:
        raise InputError(f"情景文件 {path} 不是有效的 YAML/JSON：{str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise InputError(f"情景文件 {path} 嵌套过深") from None
    if not isinstance(scenario, dict) or not isinstance(scenario.get("events"), list):
        raise InputError(f"情景文件 {path} 应为含 events 列表的映射（见 docs/anxinbao.md）")
    scenario.setdefault("name", p.stem)
    return scenario


def replay(scenario: dict, *, db: str | None = None, program: Program | None = None) -> dict:
    """Apply every event in order (a refused one is reported and skipped); return the final state."""
    for key in ("parameters", "expect"):
        if scenario.get(key) is not None and not isinstance(scenario[key], dict):
            raise InputError(f"scenario: '{key}' must be a mapping")
    expect = scenario.get("expect") or {}
    for key in ("balances", "projects"):
        if expect.get(key) is not None and not isinstance(expect[key], dict):
            raise InputError(f"scenario: expect.{key} must be a mapping")
    if expect.get("refused") is not None and not isinstance(expect["refused"], list):
        raise InputError("scenario: expect.refused must be a list")
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
        refused, unexpected, applied = [], [], 0
        for index, event in enumerate(scenario["events"], start=1):
            if not isinstance(event, dict):
                refused.append({"index": index, "error": {"code": "invalid_event", "message": "not a mapping"}})
                continue
            at = event.get("at", at)
            if at is not None and not isinstance(at, (str, dt.date)):
                at = str(at)
            op_id = str(event.get("id", index))
            record = {"index": index, "id": op_id, "actor": str(event.get("actor")), "op": event.get("op")}
            try:
                program.execute(event.get("actor"), str(event.get("op")), event.get("args") or {},
                                op_id=op_id, at=at)
                outcome = "ok"
                applied += 1
            except Refused as exc:
                outcome = exc.code
                refused.append({**record, "error": exc.to_json()})
            expect = event.get("expect")
            if expect is not None and not (str(expect) == outcome or (expect == "refused" and outcome != "ok")):
                unexpected.append({**record, "expected": expect, "got": outcome})
        state = program.summary()
        result = {"scenario": scenario.get("name"), "events": len(scenario["events"]), "applied": applied,
                  **state, "refused": refused, "verify": program.verify()}
        unexpected += check_expectations(scenario.get("expect") or {}, result)
        result["unexpected"] = unexpected
        return jsonable(result)
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
    if "refused" in expect:
        want = sorted(str(x) for x in expect["refused"] or [])
        got_idx = {str(r["index"]) for r in result["refused"]} | {str(r.get("id")) for r in result["refused"]}
        missing = [w for w in want if w not in got_idx]
        extra = [r["index"] for r in result["refused"] if str(r["index"]) not in want and str(r.get("id")) not in want]
        if missing or extra:
            problems.append({"check": "refused events", "expected": want, "missing": missing, "unexpected": extra})
    if not result["verify"]["ok"]:
        problems.append({"check": "verify", "problems": result["verify"]["problems"]})
    return problems
