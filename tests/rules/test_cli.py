"""CLI: check, batch, rules list/show/validate, profile schema."""

import json
from pathlib import Path

from zhengce.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "profiles"


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_text_and_json(capsys):
    code, out, _ = run(capsys, "check", str(EXAMPLES / "linan-optoelectronics-2025.json"), "--date", "2025-06-30")
    assert code == 0 and "70万元" in out and "依据" in out and "接近可得" in out
    code, out, _ = run(capsys, "check", str(EXAMPLES / "xiaoshan-anxinbao-2025.json"), "--date", "2025-06-30", "--json")
    data = json.loads(out)
    assert data["total"]["amount_yuan"] == 1146000
    assert {e["rule_id"] for e in data["entitlements"]} == {"xiaoshan-2025-anxinbao-s3-4-insurance",
                                                             "xiaoshan-2025-anxinbao-s3-5-funding"}


def test_check_bad_profile_is_one_line_error(capsys, tmp_path):
    p = tmp_path / "p.json"
    p.write_text('{"region": "临安区", "financials": {"revenue_yuan": 1.5}}', encoding="utf-8")
    code, out, err = run(capsys, "check", str(p))
    # a JSON float is not money (the API refuses it too): write "1.50"
    assert code == 2 and "本年度营业收入" in err and "Traceback" not in err
    p.write_text('{"region": "临安区", "industry": "cars"}', encoding="utf-8")
    code, out, err = run(capsys, "check", str(p))
    assert code == 2 and err.startswith("zhengce: 错误：主营行业：") and "Traceback" not in err


def test_rules_list_json_fields(capsys):
    code, out, _ = run(capsys, "rules", "list", "--json")
    rules = json.loads(out)
    assert len(rules) >= 100
    need = {"id", "file", "region", "year", "status", "article", "quote", "form", "amount_yuan", "rate", "cap_yuan"}
    assert all(need <= set(r) for r in rules)
    r = next(r for r in rules if r["id"] == "huzhou-2025-a30-export-credit")
    assert r["rate"] == "0.6" and r["cap_yuan"] == 1000000 and r["file"] == "003_8ed54ab2f5c8896f.txt"


def test_rules_show_and_validate(capsys):
    code, out, _ = run(capsys, "rules", "show", "linan-2025-a08-dev-fee")
    assert code == 0 and "開發費100 萬元以上" in out
    code, out, err = run(capsys, "rules", "show", "nope")
    assert code == 2 and "没有规则 'nope'" in err
    code, out, _ = run(capsys, "rules", "validate")
    assert code == 0 and "✗" not in out


def test_profile_schema(capsys):
    code, out, _ = run(capsys, "profile", "schema")
    assert json.loads(out)["$id"] == "zhengce.profile/1"


def test_batch_cli(capsys, tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,rec.gaoxin\nz1,临安区,2025-03-01\nz2,月球区,\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", str(reg), "--out", str(tmp_path / "o.parquet"), "--date", "2025-06-30")
    assert code == 0 and "跳过 1 行" in out and "月球区" in err


def test_no_rule_in_force_on_the_date_is_said_with_exit_3(capsys, tmp_path):
    from zhengce.rules import load_rulebook
    from zhengce.rules.period import no_rule_in_force
    book = load_rulebook()
    starts = sorted({r.document.start for r in book.rules if r.document.status == "final"})
    after = starts[0].replace(year=starts[0].year - 1).isoformat()  # before every period: nothing to evaluate
    profile = str(EXAMPLES / "linan-optoelectronics-2025.json")
    code, out, err = run(capsys, "check", profile, "--date", after)
    assert code == 3 and f"所选日期 {after} 无有效政策; 最近有效期: " in err and "--date" in err
    assert "可享受 0 项" in out  # the answer is still printed
    reg = tmp_path / "r.csv"
    reg.write_text("id,region\nz1,临安区\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", str(reg), "--out", str(tmp_path / "o.parquet"), "--date", after)
    assert code == 3 and "无有效政策" in err and not (tmp_path / "o.parquet").exists()
    # the nearest period is the earliest one starting after the date
    first = min((r.document for r in book.rules if r.document.status == "final"), key=lambda d: d.start)
    assert f"最近有效期: {first.start} 至" in no_rule_in_force(book, starts[0].replace(year=starts[0].year - 1))
    assert no_rule_in_force(book, first.start) is None


def test_batch_default_date_is_today(capsys, tmp_path, monkeypatch):
    import datetime as dt
    from zhengce.rules import batch

    class Day(dt.date):
        @classmethod
        def today(cls):
            return cls(2020, 1, 1)  # before every policy period
    monkeypatch.setattr(batch.dt, "date", Day)
    reg = tmp_path / "r.csv"
    reg.write_text("id,region\nz1,临安区\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(reg), "--out", str(tmp_path / "o.parquet"))
    assert code == 3 and "所选日期 2020-01-01 无有效政策" in err


def test_batch_cli_options(capsys, tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,rec.gaoxin\nz1,临安区,2025-03-01\nz2,临安区,2025-13-01\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", str(reg), "--out", str(tmp_path / "o.parquet"), "--date", "2025-06-30",
                         "--chunk-rows", "1", "--json")
    data = json.loads(out)
    assert code == 0 and data["chunks"] == 2 and data["bad_rows"] == 1
    assert data["errors"] == [{"row": 3, "error": "rec.gaoxin: 2025-13-01 不可用 — 不是有效日期; 应为日期 YYYY-MM-DD"}]
    code, _, err = run(capsys, "batch", str(reg), "--out", str(tmp_path / "o.parquet"), "--master", "local[2]")
    assert code == 2 and "--engine spark" in err
