"""Hostile inputs to the command line: each was a crash, an internal error, a wrong row number in an output
file or an overwritten input before; now a result or one Chinese line on stderr (exit 2)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from zhengce.cli import main

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "src/zhengce/rules/policies/zhejiang/huzhou/2025.yaml"
PROFILE = ROOT / "examples/profiles/huzhou-incubator-2025.json"
SCENARIO = ROOT / "examples/anxinbao/01_success.yaml"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert "内部错误" not in out.err and "Traceback" not in out.err, out.err[-400:]
    if code == 2:
        assert out.err.startswith("zhengce: 错误：") and out.err.count("\n") == 1, out.err[-400:]
    return code, out.out, out.err


def refused(capsys, *argv) -> str:
    code, _, err = run(capsys, *argv)
    assert code == 2, err
    return err


BOMB = "".join(f"{k}: &{k} [{', '.join([f'*{p}' if p else 'lol'] * 9)}]\n"
               for k, p in zip("abcdefghi", ["", *"abcdefgh"])) + "document: *i\nevents: *i\nrules: *i\n"
DEEP = "a: " + "[" * 20000 + "\n"


@pytest.fixture(scope="module")
def yaml_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("yaml")
    base = RULES.read_text(encoding="utf-8")
    files = {"deep.yaml": DEEP.encode(), "bomb.yaml": BOMB.encode(),
             "dup.yaml": "document: {title: a}\ndocument: {title: b}\nrules: []\n".encode(),
             "tag.yaml": b"!!python/object/apply:os.system [\"true\"]\n",
             "gbk.yaml": base.encode("gb18030"), "u16.yaml": base.encode("utf-16"),
             "short.yaml": base.replace("period: [2025-01-01, 2025-12-31]", "period: [2025-01-01]").encode(),
             "reversed.yaml": base.replace("period: [2025-01-01, 2025-12-31]", "period: [2025-12-31, 2025-01-01]").encode()}
    for name, data in files.items():
        (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("name, fragment", [
    ("deep.yaml", "嵌套过深"), ("bomb.yaml", "别名展开"), ("dup.yaml", "重复"), ("tag.yaml", "不允许的标签"),
    ("gbk.yaml", "UTF-8"), ("u16.yaml", "UTF-16"), ("short.yaml", "period"), ("reversed.yaml", "早于")])
def test_rule_files_deep_bombs_duplicates_encodings(capsys, yaml_files, name, fragment):
    # a deep file crashed libyaml's composer (SIGSEGV); a short period was an IndexError
    err = refused(capsys, "check", PROFILE, "--date", "2025-06-30", "--rules", yaml_files / name)
    assert fragment in err


@pytest.mark.parametrize("name", ["deep.yaml", "bomb.yaml", "dup.yaml", "tag.yaml"])
def test_reform_diff_and_scenarios_refuse_the_same_files(capsys, yaml_files, name):
    refused(capsys, "reform", "apply", yaml_files / name)  # deep: RecursionError before
    refused(capsys, "rules", "diff", yaml_files / name, RULES)  # deep: SIGSEGV before
    refused(capsys, "anxinbao", "replay", yaml_files / name)
    refused(capsys, "calls", "replay", yaml_files / name)


def _scenario(tmp_path, amount: str) -> Path:
    text = SCENARIO.read_text(encoding="utf-8").replace("amount: 20万}", f"amount: {amount}}}", 1)
    assert text != SCENARIO.read_text(encoding="utf-8")
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("amount, code", [(".nan", "invalid_amount"), (".inf", "invalid_amount"),
                                          ("-.inf", "invalid_amount"), ("20:00:00", "invalid_amount"),
                                          ("9" * 5000, "invalid_amount")])
def test_scenario_amounts_that_are_not_numbers_are_refused_events(tmp_path, capsys, amount, code):
    # .nan was decimal.InvalidOperation (internal error); 20:00:00 was read as 72000 (YAML 1.1 base 60)
    rc, out, _ = run(capsys, "anxinbao", "replay", _scenario(tmp_path, amount), "--json")
    result = json.loads(out)
    deposit = [r for r in result["refused"] if r["op"] == "pay_deposit"]
    assert deposit and deposit[0]["error"]["code"] == code
    assert result["verify"]["ok"]


def test_operation_arguments(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    assert run(capsys, "anxinbao", "init", "--db", db, "--mode", "replay", "--at", "2025-04-01")[0] == 0
    def apply(op_id, *pairs):
        return ["anxinbao", "apply", "--db", db, "--as", "enterprise:E1", "--id", op_id, "project=P1", "platform=PF1",
                "title=某某", "form=项目合作", "milestones=[{goal: g, amount: 500万, months: 12}]", *pairs]
    for i, value in enumerate([".nan", "9" * 5000]):
        assert "invalid_amount" in refused(capsys, *apply(f"a{i}", f"contract_total={value}"))
    assert "嵌套过深" in refused(capsys, *apply("a3", "contract_total=" + "[" * 50000))
    assert "两次" in refused(capsys, *apply("a4", "contract_total=500万", "project=P2"))
    assert run(capsys, *apply("a5", "contract_total=500万"))[0] == 0


def test_profile_huge_integer_and_duplicate_keys(tmp_path, capsys):
    p = tmp_path / "p.json"
    p.write_text('{"region": "湖州市吴兴区", "financials": {"revenue_yuan": ' + "9" * 5000 + "}}", encoding="utf-8")
    err = refused(capsys, "check", p, "--date", "2025-06-30")  # ValueError (int digits limit) before
    assert "本年度营业收入" in err and len(err) < 2500
    p.write_text('{"region": "湖州市吴兴区", "region": "某某市某某区"}', encoding="utf-8")
    assert "写了两次" in refused(capsys, "check", p, "--date", "2025-06-30")
    p.write_text('{"region": "湖州市吴兴区\\n\\u001b[31m' + "区" * 100000 + '"}', encoding="utf-8")
    err = refused(capsys, "check", p, "--date", "2025-06-30")  # one bounded line, no terminal escape
    assert "\x1b" not in err and len(err) < 2500


def test_batch_output_rows_and_errors_are_the_registrys_own(tmp_path, capsys):
    # blank lines and set-aside rows: the output files named other rows, and set-aside rows as "region missing"
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,fin.revenue_yuan\n\n\nB1,湖州市吴兴区,1e7\n\nB2,湖州市吴兴区,100\n"
                   "B3,湖州市吴兴区,100,extra\nB4,湖州市吴兴区,100\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    code, _, err = run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")
    assert code == 0 and "第4行" in err and "第7行" in err
    rows = {r["id"]: int(r["row"]) for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert rows == {"B2": 6, "B4": 8}
    errors = {int(r["row"]): r["error"] for r in csv.DictReader((tmp_path / "o.errors.csv").open(encoding="utf-8-sig"))}
    assert set(errors) == {4, 7} and "1e7" in errors[4] and "列" in errors[7]


def test_batch_parquet_rows_agree_between_stderr_and_files(tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq
    reg = tmp_path / "r.parquet"
    pq.write_table(pa.table({"id": ["A", "B"], "region": ["湖州市吴兴区", "某某"]}), reg)
    code, _, err = run(capsys, "batch", reg, "--out", tmp_path / "o.csv", "--date", "2025-06-30")
    rows = [int(r["row"]) for r in csv.DictReader((tmp_path / "o.errors.csv").open(encoding="utf-8-sig"))]
    assert code == 0 and rows == [3] and "第3行" in err


def test_outputs_never_overwrite_inputs_and_bad_paths_are_one_line(tmp_path, capsys):
    reg = tmp_path / "r.csv"
    text = "id,region\nA,湖州市吴兴区\n"
    reg.write_text(text, encoding="utf-8")
    assert "覆盖" in refused(capsys, "batch", reg, "--out", reg, "--date", "2025-06-30")
    (tmp_path / "link.csv").symlink_to(reg)
    assert "覆盖" in refused(capsys, "batch", tmp_path / "link.csv", "--out", reg, "--date", "2025-06-30")
    side = tmp_path / "o.entitlements.csv"
    shutil.copy(reg, side)
    assert "覆盖" in refused(capsys, "batch", side, "--out", tmp_path / "o.csv", "--date", "2025-06-30")
    assert reg.read_text(encoding="utf-8") == text and side.read_text(encoding="utf-8") == text
    (tmp_path / "d.csv").mkdir()
    assert "文件夹" in refused(capsys, "batch", reg, "--out", tmp_path / "d.csv", "--date", "2025-06-30")
    (tmp_path / "p.entitlements.csv").mkdir()
    refused(capsys, "batch", reg, "--out", tmp_path / "p.csv", "--date", "2025-06-30")
    refused(capsys, "batch", reg, "--out", reg / "x.csv", "--date", "2025-06-30")
    refused(capsys, "registry", "sample", "--n", "5", "--region", "湖州市", "--out", tmp_path / "d.csv")
    prof = tmp_path / "p.json"
    shutil.copy(PROFILE, prof)
    assert "覆盖" in refused(capsys, "calls", prof, "--from", "2025-04-01", "--ics", prof)
    assert json.loads(prof.read_text(encoding="utf-8"))["region"]


def test_checkpoint_never_overwrites_the_database(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    assert run(capsys, "anxinbao", "replay", SCENARIO, "--db", db)[0] == 0
    assert "不是检查点" in refused(capsys, "anxinbao", "checkpoint", "--db", db, "--out", db)
    assert run(capsys, "anxinbao", "verify", "--db", db)[0] == 0
    assert run(capsys, "anxinbao", "checkpoint", "--db", db, "--out", tmp_path / "cp.json")[0] == 0
    assert run(capsys, "anxinbao", "checkpoint", "--db", db, "--out", tmp_path / "cp.json")[0] == 0  # a checkpoint: replaced
    assert "不存在" in refused(capsys, "anxinbao", "verify", "--db", tmp_path / "none" / "x.sqlite")
    assert not (tmp_path / "none").exists()
    cps = tmp_path / "cps"
    cps.mkdir()
    (cps / "x.json").write_text("[" * 100000, encoding="utf-8")
    code, _, err = run(capsys, "anxinbao", "verify", "--db", db, "--checkpoints", cps)
    assert code == 1 and "checkpoint_unreadable" in err


@pytest.mark.parametrize("argv, fragment", [
    (["--year", "-1"], "--year"), (["--year", "99999"], "--year"), (["--seed", "-1"], "--seed")])
def test_registry_sample_options_out_of_range(tmp_path, capsys, argv, fragment):
    err = refused(capsys, "registry", "sample", "--n", "5", "--region", "湖州市", "--out", tmp_path / "s.csv", *argv)
    assert fragment in err


def test_calls_dates_at_the_end_of_the_calendar(capsys):
    assert "日历范围" in refused(capsys, "calls", PROFILE, "--from", "9999-12-31")  # OverflowError before
    assert "实为 0" in refused(capsys, "calls", "workdays", "2025-10-10", "--before", "0")


def test_subscribe_a_registry_with_a_ragged_row(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZHENGCE_HOME", str(tmp_path / "home"))
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,fin.revenue_yuan\nA,湖州市吴兴区,100\nB,湖州市吴兴区,100,extra\n", encoding="gbk")
    code, out, _ = run(capsys, "subscribe", reg, "--name", "某某", "--date", "2025-06-30")  # ArrowInvalid before
    assert code == 0 and "1 个主体" in out


@pytest.mark.parametrize("exc, code, fragment", [
    (BrokenPipeError(32, "Broken pipe"), 0, ""), (PermissionError(13, "Permission denied", "某某.csv"), 2, "没有权限"),
    (OSError(28, "No space left on device"), 2, "磁盘空间不足")])
def test_system_errors_are_one_chinese_line_and_a_closed_pipe_is_quiet(capsys, monkeypatch, exc, code, fragment):
    import zhengce.rules

    def boom():
        raise exc
    monkeypatch.setattr(zhengce.rules, "profile_schema", boom)
    rc, _, err = run(capsys, "profile", "schema")
    assert rc == code and fragment in err and (code or not err)
