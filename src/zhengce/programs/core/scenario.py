"""Scenario replay shared by programs: a YAML/JSON file of events (actor, op, at, id, args, expect)
applied in order to a fresh book; a refused event is reported and skipped; an `expect` that does not
match is reported as unexpected. Numbers in YAML are read exactly (decimals as Decimal, never float)."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import yaml

from zhengce.errors import InputError

from .errors import Refused


class ExactLoader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals (money must not pass through binary floating point)."""


ExactLoader.add_constructor("tag:yaml.org,2002:float",
                            lambda loader, node: Decimal(loader.construct_scalar(node).replace("_", "")))


def load_scenario(path: str | os.PathLike) -> dict:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read scenario {path}: {exc.strerror}") from None
    try:
        data = json.loads(text, parse_float=Decimal) if p.suffix == ".json" else yaml.load(text, Loader=ExactLoader)
    except (ValueError, yaml.YAMLError) as exc:
        raise InputError(f"scenario {path} is not valid YAML/JSON: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise InputError(f"scenario {path} needs a mapping with an 'events' list")
    data.setdefault("name", p.stem)
    return data


def run_events(program, events: list, at=None) -> tuple[int, list[dict], list[dict]]:
    """(applied, refused, unexpected) after executing every event on `program` (a BookProgram)."""
    refused, unexpected, applied = [], [], 0
    for index, event in enumerate(events, start=1):
        if not isinstance(event, dict):
            refused.append({"index": index, "error": {"code": "invalid_event", "message": "not a mapping"}})
            continue
        at = event.get("at", at)
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
