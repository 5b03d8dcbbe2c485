"""`zhengce provisions DOC`: file paths, kind filters, JSON, and one-line errors."""

import json

from zhengce.cli import main
from zhengce.paths import CORPUS_DIR

F004 = str(CORPUS_DIR / "004_c74db4dc4724db3b.txt")


def test_json_kinds_filter(capsys):
    assert main(["provisions", F004 + "#d4", "--kind", "deadline", "--json"]) == 0
    [doc] = json.loads(capsys.readouterr().out)
    assert doc["provisions"] and {p["kind"] for p in doc["provisions"]} == {"deadline"}
    assert {(d["date"], d["time"]) for d in doc["deadlines"]} >= {("2025-03-10", "16:00")}


def test_human_view_shows_quotes(capsys):
    assert main(["provisions", F004 + "#d2", "--kind", "incentive"]) == 0
    out = capsys.readouterr().out
    assert "配套 1:1" in out and "最高 500万元" in out and "「" in out


def test_unknown_document_is_a_one_line_error(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGCE_DB", str(tmp_path / "empty.sqlite"))
    assert main(["provisions", "no/such/doc"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("zhengce: 错误：") and len(err.strip().splitlines()) == 1


def test_bad_pick_in_a_file(capsys):
    assert main(["provisions", F004 + "#d99"]) == 2
    assert "d99" in capsys.readouterr().err
