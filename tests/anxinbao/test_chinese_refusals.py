"""Every refusal of a program (科创安心宝, calls selection, the shared core) is written in Chinese for the
person who sees it, naming amounts in 万元/元 and what is allowed; the English `code` stays for machines
(issue 15 item 1). Checked twice: statically (every message a refusal is raised with) and on refusals
as they happen (test_refusals.refused, the scenario of 20 refusals)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parents[2] / "src" / "zhengce" / "programs"
REFUSALS = {"Refused", "PermissionDenied", "InvalidInput", "InvalidState", "InsufficientFunds", "IdempotencyConflict",
            "UnknownEntity"}
CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PHRASE = re.compile(r"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")  # two English words in a row: a sentence


def assert_chinese(message: str) -> None:
    assert CJK.search(message), f"refusal without Chinese: {message!r}"
    phrase = ENGLISH_PHRASE.search(message)
    assert phrase is None, f"English in a refusal: {phrase.group(0)!r} in {message!r}"


def _literal_text(node: ast.AST) -> str | None:
    """The constant text of a message argument (an f-string's literal parts; placeholders as ' X ')."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else " X " for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return None if left is None or right is None else left + right
    return None


def _refusal_messages():
    for path in sorted(PROGRAMS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name in REFUSALS:
                text = _literal_text(node.args[0])
                if text is not None:
                    yield f"{path.relative_to(PROGRAMS)}:{node.lineno}", text


# helpers whose wording argument ends up in a refusal ("{what}：…", "不能{action}"): (name, position)
WORDING_ARGS = {"_active": 1, "require_open": 1, "move": 3, "project_for": 2, "require_party": 2,
                "require_not_party": 2, "refuse_if_barred": 2, "_require_open_panel": 1, "_pay_out": None}


def _wordings():
    for path in sorted(PROGRAMS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            args = []
            if name in WORDING_ARGS and WORDING_ARGS[name] is not None and len(node.args) > WORDING_ARGS[name]:
                args.append(node.args[WORDING_ARGS[name]])
            args += [k.value for k in node.keywords if k.arg == "action"]
            for a in args:
                text = _literal_text(a)
                if text is not None and text.strip(" X"):
                    yield f"{path.relative_to(PROGRAMS)}:{node.lineno}", text


MESSAGES = list(_refusal_messages()) + list(_wordings())


def test_the_scan_finds_the_refusals():
    assert len(MESSAGES) > 150  # anxinbao, calls selection and core


@pytest.mark.parametrize("where,text", MESSAGES, ids=[w for w, _ in MESSAGES])
def test_every_refusal_message_is_chinese(where, text):
    assert_chinese(text.replace(" X ", "甲"))


def test_the_refusal_scenario_reads_in_chinese(tmp_path):
    from zhengce.programs.anxinbao.scenario import load_scenario, replay

    root = Path(__file__).resolve().parents[2]
    result = replay(load_scenario(root / "examples/anxinbao/05_refused.yaml"), db=str(tmp_path / "r.sqlite"))
    refused = result["refused"]
    assert len(refused) == 20
    for r in refused:
        assert re.fullmatch(r"[a-z_]+", r["error"]["code"])  # the stable English code
        assert_chinese(r["error"]["message"])
    deposit = next(r for r in refused if r["error"]["code"] == "deposit_below_minimum")
    assert "万元" in deposit["error"]["message"] and "至少应存入" in deposit["error"]["message"]


def test_catalogues_are_described_in_chinese():
    """Every operation's one-line description and every parameter's meaning is Chinese (issue 15):
    the API serves them as they are (/api/anxinbao/operations, /parameters, /api/calls/selection/operations)."""
    import re

    from zhengce.programs.anxinbao.parameters import load
    from zhengce.programs.anxinbao.program import Program
    from zhengce.programs.calls.selection import SelectionProgram

    cjk = re.compile(r"[\u4e00-\u9fff]")
    for prog in (Program, SelectionProgram):
        for name, (_, _, doc) in prog.OPERATIONS.items():
            assert cjk.search(doc) and not re.search(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", doc), (prog.__name__, name, doc)
    doc = load().to_json()
    for part in ("parameters", "choices"):
        for name, entry in doc[part].items():
            assert cjk.search(entry["meaning"]), (name, entry["meaning"])


def test_an_older_book_is_described_in_the_current_words():
    """A book started under an older parameters file keeps its values; its meanings read as shipped now."""
    from zhengce.programs.anxinbao.parameters import Parameters, resolve

    old = resolve()
    old["choices"]["subsidy_rounding"]["meaning"] = "a share that falls between fen is rounded down"
    old["parameters"]["pool_initial"]["value"] = "2亿"
    params = Parameters(old)
    shown = params.to_json()
    assert shown["choices"]["subsidy_rounding"]["meaning"].startswith("按比例计算出不足一分的部分舍去")
    assert shown["parameters"]["pool_initial"]["value"] == "2亿" and params.pool_initial == 200_000_000 * 100
    assert old["choices"]["subsidy_rounding"]["meaning"].startswith("a share")  # the stored document is untouched
