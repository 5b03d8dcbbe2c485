"""Scenario replay shared by programs: a YAML/JSON file of events (actor, op, at, id, args, expect)
applied in order to a fresh book; a refused event is reported and skipped; an `expect` that does not
match is reported as unexpected. Numbers in YAML are read exactly (decimals as Decimal, never float)."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import yaml

from zhengce import yaml_input
from zhengce.errors import InputError

from .errors import Refused
from .program import jsonable


class ExactLoader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals (money must not pass through binary floating point)."""


def _exact_float(loader, node):
    text = loader.construct_scalar(node)
    try:
        value = Decimal(text.replace("_", ""))
    except ArithmeticError:  # .nan, .inf, 1:30.5 (YAML 1.1 base 60): left as written, refused as money
        return text
    return value if value.is_finite() else text


def _exact_int(loader, node):
    text = loader.construct_scalar(node)
    if ":" in text or len(text) > 40:  # base 60 (1:30 → 90) or a number no amount has: left as written
        return text
    return yaml.SafeLoader.construct_yaml_int(loader, node)


ExactLoader.add_constructor("tag:yaml.org,2002:float", _exact_float)
ExactLoader.add_constructor("tag:yaml.org,2002:int", _exact_int)


def load_scenario(path: str | os.PathLike) -> dict:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"情景文件 {path} 是文件夹，不是 YAML/JSON 文件")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取情景文件 {path}：{exc.strerror}") from None
    text = yaml_input.decode(data, f"情景文件 {path}")
    if p.suffix == ".json":
        try:
            scenario = json.loads(text, parse_float=Decimal)
        except ValueError as exc:
            raise InputError(f"情景文件 {path} 不是有效的 YAML/JSON：{str(exc).splitlines()[0][:120]}") from None
        except RecursionError:
            raise InputError(f"情景文件 {path} 嵌套过深") from None
    else:  # bounded before it is built: depth, aliases, duplicate keys
        scenario = yaml_input.load(text, f"情景文件 {path}", ExactLoader)
    if not isinstance(scenario, dict) or not isinstance(scenario.get("events"), list):
        raise InputError(f"情景文件 {path} 应为含 events 列表的映射（见 docs/anxinbao.md）")
    scenario.setdefault("name", p.stem)
    for key in ("parameters", "expect"):
        if scenario.get(key) is not None and not isinstance(scenario[key], dict):
            raise InputError(f"情景文件 {path}：{key} 应为映射（名称: 值）")
    expect = scenario.get("expect") or {}
    for key in ("balances", "projects"):
        if expect.get(key) is not None and not isinstance(expect[key], dict):
            raise InputError(f"情景文件 {path}：expect.{key} 应为映射（名称: 值）")
    if expect.get("refused") is not None and not isinstance(expect["refused"], list):
        raise InputError(f"情景文件 {path}：expect.refused 应为列表")
    return scenario


def run_events(program, events: list, at=None) -> tuple[int, list[dict], list[dict]]:
    """(applied, refused, unexpected) after executing every event on `program` (a BookProgram)."""
    refused, unexpected, applied = [], [], 0
    for index, event in enumerate(events, start=1):
        if not isinstance(event, dict):
            refused.append({"index": index, "error": {"code": "invalid_event", "message": f"第 {index} 个事件不是映射（每个事件应写成 名称: 值）"}})
            continue
        at = event.get("at", at)
        if at is not None and not isinstance(at, (str, dt.date)):
            at = str(at)
        op_id = str(event.get("id", index))
        record = {"index": index, "id": op_id, "actor": str(event.get("actor")), "op": event.get("op")}
        try:
            program.execute(event.get("actor"), str(event.get("op")), event.get("args") or {}, op_id=op_id, at=at)
            outcome = "ok"
            applied += 1
        except Refused as exc:
            outcome = exc.code
            refused.append({**record, "error": exc.to_json()})
        expect = event.get("expect")
        if expect is not None and not (str(expect) == outcome or (expect == "refused" and outcome != "ok")):
            unexpected.append({**record, "expected": expect, "got": outcome})
    return applied, refused, unexpected


def replay_report(program, scenario: dict, at, check_expectations) -> dict:
    """Run the scenario's events on `program`, then report: counts, the final summary, refusals, the
    books' verification and every expectation the run did not meet (`check_expectations(expect, result)`)."""
    applied, refused, unexpected = run_events(program, scenario["events"], at)
    result = {"scenario": scenario.get("name"), "events": len(scenario["events"]), "applied": applied,
              **program.summary(), "refused": refused, "verify": program.verify()}
    unexpected += check_expectations(scenario.get("expect") or {}, result)
    result["unexpected"] = unexpected
    return jsonable(result)


def check_refused(expect: dict, result: dict) -> list[dict]:
    """The scenario's `expect.refused` (indices or ids) against the refusals of the run."""
    if "refused" not in expect:
        return []
    want = sorted(str(x) for x in expect["refused"] or [])
    got_idx = {str(r["index"]) for r in result["refused"]} | {str(r.get("id")) for r in result["refused"]}
    missing = [w for w in want if w not in got_idx]
    extra = [r["index"] for r in result["refused"] if str(r["index"]) not in want and str(r.get("id")) not in want]
    if missing or extra:
        return [{"check": "refused events", "expected": want, "missing": missing, "unexpected": extra}]
    return []
