"""Hostile inputs, second round: test-case and call files under `--dir`, rule files with wrong types or values,
outputs that fail partway, registry rows with several errors, names that act on the terminal. Each was a
crash, a Python message, a silently accepted value, a truncated output or a raw escape before; now a result
or one Chinese line on stderr (exit 2)."""

from __future__ import annotations

import copy
import csv
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from tests.cli.test_attacks import BOMB, DEEP, PROFILE, ROOT, RULES, refused, run

CALL = next((ROOT / "src/zhengce/programs/calls/data").rglob("*.yaml"))
REFORM = ROOT / "examples/reforms/huzhou-2025-baseline.yaml"
ENGLISH = ("Error", "unhashable", "object", "NoneType", "invalid literal", "not subscriptable")


def english(err: str) -> bool:
    return any(w in err for w in ENGLISH)


# 1. every user-supplied YAML goes through the guard (depth, aliases, duplicate keys)

@pytest.mark.parametrize("text, fragment", [(DEEP, "嵌套过深"), (BOMB, "别名展开"), ("- 3\n", "第1个用例"),
                                            ("- {name: a, date: 2025-13-01, profile: {}}\n", "第 1 行的日期「2025-13-01」不存在"),
                                            ("- {name: a, date: [1], profile: {}}\n", "的 date 应为日期"),
                                            ("- {date: 2025-06-30, profile: {}, eligible: [a]}\n", "eligible"),
                                            ("- {date: 2025-06-30, profile: {}, eligible: {a: abc}}\n", "eligible.a")])
def test_rules_validate_dir_test_cases(tmp_path, capsys, text, fragment):
    (tmp_path / "x.tests.yaml").write_text(text, encoding="utf-8")  # deep: RecursionError before
    err = refused(capsys, "rules", "validate", "--dir", tmp_path)
    assert fragment in err and "x.tests.yaml" in err and not english(err)


@pytest.mark.parametrize("text, fragment", [(DEEP, "嵌套过深"), (BOMB, "别名展开"), ("call: {a: 1}\ncall: {b: 2}\n", "重复")])
def test_calls_validate_dir_files(tmp_path, capsys, text, fragment):
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    assert fragment in refused(capsys, "calls", "validate", "--dir", tmp_path)


def test_calls_file_of_the_wrong_shape_names_no_python(tmp_path, capsys):
    data = yaml.safe_load(CALL.read_text(encoding="utf-8"))
    data["call"]["source"] = "x"  # was "TypeError: string indices must be integers"
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    err = refused(capsys, "calls", "validate", "--dir", tmp_path)
    assert "c.yaml" in err and "申报通知格式" in err and not english(err)


# 2 and 3. a rule file's shape: types and allowed values, named by file, rule and field, in Chinese

def _mutate(doc: dict, where: str, key: str, value) -> dict:
    doc = copy.deepcopy(doc)
    target = {"rule": doc["rules"][0], "doc": doc["document"], "formula": doc["rules"][0]["formula"],
              "top": doc}[where]
    target[key] = value
    return doc


BASE = yaml.safe_load(RULES.read_text(encoding="utf-8"))
FIRST = BASE["rules"][0]["id"]


@pytest.mark.parametrize("where, key, value, fragment", [
    ("rule", "beneficiary", ["enterprise"], "beneficiary"),  # TypeError: unhashable type: 'list' before
    ("rule", "entity", "alien", "entity"),  # accepted before
    ("rule", "review_notes", "请核对", "review_notes"),  # accepted (as a list of characters) before
    ("rule", "article", "3", "article"),  # accepted before
    ("rule", "quote", None, "quote"),  # accepted before
    ("rule", "conditions", "gaoxin", "conditions"),
    ("rule", "conditions", [{"fact": ["region"], "eq": 1}], "conditions[1].fact"),
    ("rule", "conditions", [{"any": "x"}], "conditions[1].any"),
    ("formula", "qualifier", ["up_to"], "formula.qualifier"),
    ("formula", "tiers", "many", "formula.tiers"),
    ("formula", "unit", "abc", "formula.unit"),
    ("formula", "years", True, "formula.years"),
    ("doc", "content_hash", None, "content_hash"),  # accepted before
    ("doc", "year", "2025", "year"),
    ("doc", "level", "planet", "level"),
    ("doc", "region", ["湖州市"], "region"),
    ("doc", "source", {"file": "a", "document": "x"}, "source.document"),
    ("top", "stacking_groups", {"g": ["best"]}, "叠加组 g"),
    ("top", "rulez", [], "rulez"),
])
def test_rule_file_wrong_types_and_values_are_one_chinese_line(tmp_path, capsys, where, key, value, fragment):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(_mutate(BASE, where, key, value), allow_unicode=True), encoding="utf-8")
    err = refused(capsys, "check", PROFILE, "--date", "2025-06-30", "--rules", path)
    assert fragment in err and "bad.yaml" in err and not english(err), err
    if where in ("rule", "formula"):
        assert f"第1条规则（{FIRST}）" in err
    shutil.copy(path, tmp_path / "2025.yaml")
    path.unlink()  # the same through `rules validate --dir`, which had no guard at all
    err = refused(capsys, "rules", "validate", "--dir", tmp_path)
    assert fragment in err and not english(err)


def test_every_shipped_rule_file_still_loads(capsys):
    code, out, _ = run(capsys, "rules", "validate")
    assert code == 0 and "124 条规则" in out
    for p in (ROOT / "examples").rglob("*.yaml"):
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "rules" in data and "document" in data:
            assert run(capsys, "check", PROFILE, "--date", "2025-06-30", "--rules", p)[0] in (0, 3)


# 4. outputs are replaced whole or not at all

def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _fail_after_first(monkeypatch, cls, method="write"):
    original = getattr(cls, method)
    calls = []

    def flaky(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return original(self, *args, **kwargs)
    monkeypatch.setattr(cls, method, flaky)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx"])
def test_batch_that_fails_midway_leaves_the_earlier_output(tmp_path, capsys, monkeypatch, suffix):
    from zhengce.rules import outputs
    reg = tmp_path / "in" / "r.csv"
    reg.parent.mkdir()
    reg.write_text("id,region,rec.gaoxin\n" + "".join(f"E{i},湖州市吴兴区,2025-03-01\n" for i in range(50)) + "X,某某,\n",
                   encoding="utf-8")
    out_dir = tmp_path / "out"
    out = out_dir / f"o{suffix}"
    assert run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")[0] == 0
    before = _snapshot(out_dir)
    assert len(before) == (1 if suffix == ".xlsx" else 5)
    reg.write_text(reg.read_text(encoding="utf-8").replace("E1,", "F1,"), encoding="utf-8")
    sink = {".csv": outputs.CsvSink, ".parquet": outputs.ParquetSink, ".xlsx": outputs.ExcelSink}[suffix]
    if suffix == ".xlsx":  # one file written at the end: the workbook's save fails after its first bytes
        import openpyxl

        def half_save(self, f):
            Path(f).write_bytes(b"PK\x03\x04")
            raise OSError(28, "No space left on device")
        monkeypatch.setattr(openpyxl.Workbook, "save", half_save)
    else:
        _fail_after_first(monkeypatch, sink)
    code, _, err = run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30", "--chunk-rows", "10")
    assert code != 0
    assert _snapshot(out_dir) == before  # byte-identical, and no temporary file left
    assert sorted(os.listdir(out_dir)) == sorted(before)


def test_simulate_sample_and_ics_that_fail_midway_leave_the_earlier_output(tmp_path, capsys, monkeypatch):
    import pyarrow.csv as pcsv

    from zhengce.rules import outputs
    reg = tmp_path / "s.csv"
    assert run(capsys, "registry", "sample", "--n", "20", "--region", "湖州市", "--out", reg)[0] == 0
    sim = tmp_path / "sim.parquet"
    assert run(capsys, "simulate", reg, "--reform", REFORM, "--out", sim)[0] == 0
    ics = tmp_path / "c.ics"
    assert run(capsys, "calls", PROFILE, "--from", "2025-04-01", "--ics", ics)[0] == 0
    before = _snapshot(tmp_path)
    _fail_after_first(monkeypatch, outputs.ParquetSink)
    assert "磁盘空间不足" in refused(capsys, "simulate", reg, "--reform", REFORM, "--out", sim)

    def half_csv(table, path, *a, **k):
        Path(path).write_text("id,region\nA,", encoding="utf-8")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(pcsv, "write_csv", half_csv)
    refused(capsys, "registry", "sample", "--n", "30", "--region", "湖州市", "--out", reg)
    original = Path.write_bytes

    def half_bytes(self, data):
        original(self, data[:10])
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Path, "write_bytes", half_bytes)
    refused(capsys, "calls", PROFILE, "--from", "2025-05-01", "--ics", ics)
    assert _snapshot(tmp_path) == before and sorted(os.listdir(tmp_path)) == sorted(before)


def test_outputs_keep_ordinary_permissions(tmp_path, capsys):
    out = tmp_path / "o.csv"
    reg = tmp_path / "r.csv"
    reg.write_text("id,region\nA,湖州市吴兴区\n", encoding="utf-8")
    assert run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")[0] == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's owner-only 0600


# 5. every error of a registry row, bounded

def test_registry_row_reports_all_its_errors(tmp_path, capsys):
    from zhengce.rules.profile import schema
    money = [n for n, s in schema().facts.items() if s.type == "money" and n.startswith("fin.") and "enterprise" in s.entities][:12]
    assert len(money) == 12
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,fin.revenue_yuan,rec.gaoxin\nA,湖州市吴兴区,abc,2025-13-45\nB,湖州市吴兴区,1e7,2025-02-30,x\n"
                   "C,湖州市吴兴区,100,2025-02-01\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", reg, "--out", tmp_path / "o.csv", "--date", "2025-06-30")
    errors = {int(r["row"]): r["error"] for r in csv.DictReader((tmp_path / "o.errors.csv").open(encoding="utf-8-sig"))}
    assert code == 0 and set(errors) == {2, 3}
    assert "abc" in errors[2] and "2025-13-45" in errors[2]  # the bad date as well as the bad money
    assert "列" in errors[3] and "1e7" in errors[3] and "2025-02-30" in errors[3]  # a ragged row: its cells too
    assert "abc" in err and "2025-13-45" in err and "2025-02-30" in err
    wide = tmp_path / "w.csv"
    wide.write_text("id,region," + ",".join(money) + "\nA,湖州市吴兴区," + ",".join(["abc"] * 12) + "\n", encoding="utf-8")
    run(capsys, "batch", wide, "--out", tmp_path / "w-out.csv", "--date", "2025-06-30")
    error = next(csv.DictReader((tmp_path / "w-out.errors.csv").open(encoding="utf-8-sig")))["error"]
    assert error.count("「abc」") == 10 and "另有 2 个问题" in error


# 6. user strings cannot act on the terminal; JSON stays exact

NAME = "某某\n可享受 99 项\x1b[31m红\x07\x1b]0;title\x07\u202e\x9b2J"


def test_check_escapes_names_in_text_and_keeps_json_exact(tmp_path, capsys):
    p = tmp_path / "p.json"
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    data["name"] = NAME
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "check", p, "--date", "2025-06-30")
    assert code == 0 and out.splitlines()[0].startswith("某某\\n可享受 99 项\\x1b[31m红\\x07")
    assert not any(c in out for c in "\x1b\x07\u202e\x9b") and "\n可享受 99 项" not in out
    code, out, _ = run(capsys, "check", p, "--date", "2025-06-30", "--json")
    assert json.loads(out)["profile"]["name"] == NAME and "\x9b" not in out and "\u202e" not in out


def test_batch_and_subscribe_escape_cells_and_names(tmp_path, capsys, monkeypatch):
    reg = tmp_path / "r.csv"
    reg.write_text('id,region\nA,"湖州\n\x1b[2J市"\n', encoding="utf-8")
    code, out, err = run(capsys, "batch", reg, "--out", tmp_path / "o.csv", "--date", "2025-06-30")
    assert code == 0 and "\x1b" not in err + out and "\\x1b[2J" in err
    monkeypatch.setenv("ZHENGCE_HOME", str(tmp_path / "home"))
    reg.write_text("id,region\nA,湖州市吴兴区\n", encoding="utf-8")
    code, out, _ = run(capsys, "subscribe", reg, "--name", NAME, "--date", "2025-06-30")
    assert code == 0 and "\x1b" not in out and "\\x1b[31m" in out and "\u202e" not in out


@pytest.mark.parametrize("key, value, fragment", [("formula", "{form: fixed, amount_yuan: [1]}", "formula.amount_yuan"),
                                                  ("conditions", "[{fact: [a], eq: 1}]", "conditions[1].fact"),
                                                  ("formula", "{form: tiered, base: fin.revenue_yuan, tiers: 3}", "formula.tiers")])
def test_review_edits_of_the_wrong_shape_are_chinese(key, value, fragment):
    from zhengce.errors import InputError
    from zhengce.rules.review import ReviewFile
    review = ReviewFile(RULES.read_text(encoding="utf-8"), "2025.yaml")
    with pytest.raises(InputError) as caught:
        review.decide(FIRST, "edit", "王某", edits={key: value})
    assert fragment in caught.value.message and not english(caught.value.message)
