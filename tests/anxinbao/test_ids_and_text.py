"""Ids and free text are checked in the program (zhengce.programs.core.operations), so the CLI, scenario
replay and the REST API refuse the same inputs: ids in a charset that can be fetched back at
/projects/{id}, text bounded and without control characters (docs/anxinbao.md, "Ids and text")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from zhengce.programs.core.errors import InvalidInput, Refused
from zhengce.programs.core.operations import ID_MAX, check_id

from .helpers import op, project_to, snapshot

REPO = Path(__file__).resolve().parents[2]
MILESTONES = [{"goal": "一", "amount": "200万", "months": 12}, {"goal": "二", "amount": "300万", "months": 6}]


def _apply(prog, pid="P1", **extra):
    return op(prog, "enterprise:E1", "apply", {"project": pid, "platform": "PF1", "contract_total": "500万",
                                               "milestones": extra.pop("milestones", MILESTONES), **extra})


def _shipped_ids() -> set[str]:
    """Every id the shipped scenarios use: actor ids and the id-valued arguments."""
    keys = {"project", "platform", "enterprise", "insurer", "application", "group", "district", "expert",
            "objection", "stage"}
    ids = set()
    for path in [*(REPO / "examples/anxinbao").glob("*.yaml"), *(REPO / "examples/calls").glob("*.yaml")]:
        for ev in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("events") or []:
            ids.add(str(ev.get("actor", ":")).partition(":")[2])
            for k, v in (ev.get("args") or {}).items():
                if k in keys:
                    ids.add(str(v))
                elif k == "experts" and isinstance(v, list):
                    ids.update(map(str, v))
    ids.discard("")
    return ids


def test_every_shipped_id_is_in_the_charset():
    ids = _shipped_ids()
    assert {"P1", "P4a", "PF1", "X1", "A01", "萧山区", "auto_parts", "roadshow"} <= ids
    for ident in ids | {"DEMO-1", "E-demo", "linan-2025-gaoxin", "v1.2", "x" * ID_MAX}:
        assert check_id(ident, "project") == ident


@pytest.mark.parametrize("ident", ["../../x", "P/1", "P\\1", "P 1", ".hidden", "-P1", "_P1", "P\n1", "P\u202e1",
                                   "x" * (ID_MAX + 1), "项目：一", "P1?x=1", "P1#a", "%2e%2e"])
def test_ids_outside_the_charset_are_refused(program, ident):
    before = snapshot(program)
    with pytest.raises(InvalidInput) as exc:
        _apply(program, ident)
    assert exc.value.code == "invalid_id" and "只能由字母、数字、汉字" in str(exc.value)
    assert len(str(exc.value)) < 200 and "\n" not in str(exc.value)
    assert snapshot(program) == before


@pytest.mark.parametrize("role, args", [("platform", {"platform": "../PF"}), ("experts", {"experts": ["X/1"]}),
                                        ("insurer", {"insurance": {"insurer": "I 1", "premium": "1万"}})])
def test_ids_of_other_parties_are_checked_too(program, role, args):
    if role == "experts":
        project_to(program, "accept")
        call = lambda: op(program, "bureau:B1", "assign_experts", {"project": "P1", **args})  # noqa: E731
    else:
        call = lambda: _apply(program, **args)  # noqa: E731
    before = snapshot(program)
    with pytest.raises(InvalidInput) as exc:
        call()
    assert exc.value.code == "invalid_id"
    assert snapshot(program) == before


@pytest.mark.parametrize("args, code", [
    ({"title": "某" * 100_000}, "text_too_long"),
    ({"title": "某" * 201}, "text_too_long"),
    ({"form": "委托" * 51}, "text_too_long"),
    ({"title": "项目\n第二行"}, "control_character"),
    ({"title": "响铃\x07"}, "control_character"),
    ({"title": "abc\u202edcba"}, "control_character"),
    ({"title": {"a": 1}}, "invalid_input"),
    ({"milestones": [{**MILESTONES[0], "goal": "目" * 501}, MILESTONES[1]]}, "text_too_long"),
    ({"milestones": [{**MILESTONES[0], "goal": "a\x00b"}, MILESTONES[1]]}, "control_character"),
])
def test_free_text_is_bounded_and_printable(program, args, code):
    before = snapshot(program)
    with pytest.raises(InvalidInput) as exc:
        _apply(program, **args)
    assert exc.value.code == code
    message = str(exc.value)
    assert re.search(r"[\u4e00-\u9fff]", message) and len(message) < 200 and "\n" not in message
    assert snapshot(program) == before


def test_text_within_bounds_is_kept_as_typed(program):
    _apply(program, title="某" * 200, form="委托研发", milestones=[{**MILESTONES[0], "goal": "第一行\r\n第二行"},
                                                                MILESTONES[1]])
    p = program.project("enterprise:E1", "P1")
    assert p["title"] == "某" * 200 and p["form"] == "委托研发"
    assert p["milestones"][0]["goal"] == "第一行\n第二行"  # a textarea's CRLF read as LF


def test_title_none_is_no_title_not_the_word_none(program):
    _apply(program, title=None)
    assert program.project("enterprise:E1", "P1")["title"] == ""


def test_notes_and_reasons(program):
    project_to(program, "assign")
    before = snapshot(program)
    with pytest.raises(InvalidInput) as exc:
        op(program, "expert:X1", "expert_opinion", {"project": "P1", "result": "pass", "note": "意" * 2001})
    assert exc.value.code == "text_too_long" and snapshot(program) == before
    op(program, "expert:X1", "expert_opinion", {"project": "P1", "result": "pass", "note": "可行。\n\t经费合理。"})
    assert program.project("bureau:B1", "P1")["opinions"]["X1"]["note"] == "可行。\n\t经费合理。"
    with pytest.raises(InvalidInput) as exc:
        op(program, "bureau:B1", "extend_period", {"until": "2026-06-01", "reason": " "})
    assert exc.value.code == "missing_argument"
    with pytest.raises(InvalidInput) as exc:
        op(program, "bureau:B1", "bar_enterprise", {"enterprise": "E9", "reason": "\x1b[31m"})
    assert exc.value.code == "control_character"


def test_a_result_word_is_echoed_short(program):
    project_to(program, "assign")
    with pytest.raises(InvalidInput) as exc:
        op(program, "expert:X1", "expert_opinion", {"project": "P1", "result": "x" * 100_000})
    assert len(str(exc.value)) < 200


def test_unknown_long_id_is_not_echoed_whole(program):
    with pytest.raises(Refused) as exc:
        program.project("bureau:B1", "x" * 100_000)
    assert exc.value.code == "not_found" and len(str(exc.value)) < 200


@pytest.mark.parametrize("actor", ["enterprise:" + "E" * 65, "enterprise:E\x001"])
def test_actor_ids_are_bounded(program, actor):
    with pytest.raises(InvalidInput) as exc:
        _apply(program)  # a valid call first, so the refusal below is about the actor only
        op(program, actor, "apply", {"project": "P2"})
    assert exc.value.code == "invalid_actor"


def test_events_after_a_huge_sequence_number_is_empty(program):
    assert program.events("bureau:B1", after_seq=10**30) == []
    assert program.events("bureau:B1", after_seq=-10**30)


def test_codes_are_documented():
    text = (REPO / "docs/refusals.md").read_text(encoding="utf-8")
    for code in ("invalid_id", "text_too_long", "control_character"):
        assert f"`{code}`" in text


def test_lists_are_bounded(program):
    before = snapshot(program)
    many = [{"goal": "一", "amount": "30元", "months": 1}] * 100_000  # sums to 300万: only the count is wrong
    with pytest.raises(InvalidInput, match="里程碑至多20期"):
        _apply(program, milestones=many, contract_total="300万")
    assert snapshot(program) == before
    project_to(program, "accept")
    with pytest.raises(InvalidInput, match="至多指派50名"):
        op(program, "bureau:B1", "assign_experts", {"project": "P1", "experts": [f"X{i}" for i in range(51)]})
