"""Strings from a scenario, a typed name or a file name reach text output escaped by the command itself
(zhengce.terminal.shown), not only by the stream filter: "\\x1b[31m" is printed as the six characters
\\x1b[31m (the filter would print \\u001b), a bidi override as \\u202e, and each stays on its own line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.cli.test_attacks import SCENARIO, run

ROOT = Path(__file__).resolve().parents[2]
SELECTION = ROOT / "examples/calls/szh_selection.yaml"
ODD = "评审\x1b[31m红字\u202e反向\n换行"  # a colour escape, a right-to-left override and a line break


def _escaped(text: str) -> bool:
    return "\\x1b[31m红字" in text and "\\u202e反向" in text and not any(c in text for c in "\x1b\u202e")


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGCE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ZHENGCE_LEDGER_KEY_FILE", raising=False)


@pytest.fixture()
def selection(tmp_path):
    """The shipped selection scenario, renamed, with one event by an actor no program knows."""
    data = yaml.safe_load(SELECTION.read_text(encoding="utf-8"))
    data["name"] = ODD
    data["events"].append({"actor": f"city:{ODD}", "op": f"fund{ODD}", "at": "2025-07-30", "args": {}})
    data["expect"]["balances"] = {**(data["expect"].get("balances") or {}), ODD: "1"}
    path = tmp_path / "selection.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_calls_replay_escapes_the_scenarios_strings(selection, capsys):
    code, out, _ = run(capsys, "calls", "replay", selection)
    assert code == 1  # the odd expectation is not met, and says so
    assert out.splitlines()[0].startswith("场景: 评审\\x1b[31m红字\\u202e反向\\n换行")
    assert _escaped(out) and "UNEXPECTED" in out and "\n换行" not in out
    refusal = next(line for line in out.splitlines() if line.startswith("  拒绝 #") and "fund" in line)
    assert _escaped(refusal)
    code, out, _ = run(capsys, "calls", "replay", selection, "--json")
    assert json.loads(out)["scenario"] == ODD  # JSON keeps the exact text


def test_calls_format_result_escapes_without_any_stream_filter(selection):
    from zhengce.programs.calls.scenario import format_result, load_scenario, replay

    text = format_result(replay(load_scenario(selection)))
    assert _escaped(text) and "\n换行" not in text


def test_anxinbao_replay_and_status_escape_without_any_stream_filter(tmp_path, capsys):
    from zhengce.cli.anxinbao import format_state

    state = {"projects": {f"P{ODD}": {"state": "立项", "enterprise": f"E{ODD}", "platform": "平台",
                                      "eligible_total": "1.00", "milestones": [{"no": 1, "state": ODD}]}},
             "balances": {f"pool{ODD}": "0.00"},
             "subsidies": [{"enterprise": ODD, "project": "P1", "year": 2025, "amount": "1.00", "state": "paid",
                            "capped": False}]}
    text = format_state(state)
    assert _escaped(text) and len(text.splitlines()) == 6  # one line each, as with plain names
    data = yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))
    data["events"].append({"actor": f"bureau:{ODD}", "op": ODD, "args": {}})
    data.setdefault("expect", {})["refused"] = [ODD]
    scenario = tmp_path / "s.yaml"
    scenario.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out, _ = run(capsys, "anxinbao", "replay", scenario, "--db", tmp_path / "a.sqlite")
    assert code == 1 and _escaped(out) and "UNEXPECTED" in out


def test_place_names_as_typed_are_escaped(capsys):
    code, out, _ = run(capsys, "place", f"萧山{ODD}")
    assert code == 1 and _escaped(out) and len(out.splitlines()) == 1


def test_ingest_names_a_file_by_an_escaped_name(tmp_path, capsys):
    bad = tmp_path / f"文件{ODD.replace(chr(10), '')}.docx"
    bad.write_bytes(b"not a word file at all")
    code, out, err = run(capsys, "ingest", bad, "--db", tmp_path / "lib.sqlite")
    assert code == 1 and "未能入库" in err
    line = next(x for x in err.splitlines() if "未能入库" in x)
    assert "\\x1b[31m红字" in line and "\\u202e反向" in line and "\x1b" not in err
