"""Budget coverage for 临安 2025 and 湖州 2025 on sample registries; limited funds in a simulation; the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zhengce.paths import CORPUS_DIR
from zhengce.rules.reform import apply_reform, parse_reform, simulate_registry
from zhengce.rules.sample import write_sample

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _zhengce(*args, cwd=None, home=None):
    import os
    env = {**os.environ, "PYTHONPATH": SRC, "ZHENGCE_HOME": str(home or cwd or "/tmp")}
    return subprocess.run([sys.executable, "-m", "zhengce", *args], capture_output=True, text=True, cwd=cwd, env=env)


@pytest.mark.parametrize("region, sections, total", [
    ("杭州市临安区", 8, 3_802_800_000), ("湖州市", 8, 23_390_000_000)])
def test_budget_coverage_names_each_section_budget_with_its_quote(tmp_path, region, sections, total):
    write_sample(tmp_path / "s.parquet", 20000, region, seed=11)
    applied = apply_reform(parse_reform({"baseline": {"region": region, "year": 2025}}))
    _, s = simulate_registry(tmp_path / "s.parquet", applied, dt.date(2025, 6, 30))
    [doc] = s["budgets"]
    text = (CORPUS_DIR / doc["reading"].split("/")[0]).with_suffix(".txt").read_text(encoding="utf-8")
    assert doc["total"]["budget_fen"] == total * 100 and doc["total"]["quote"] in text
    budgeted = [x for x in doc["sections"] if x["budget_fen"] is not None]
    assert len(budgeted) == sections
    for sec in budgeted:
        assert sec["quote"] and sec["quote"] in text  # verbatim from the document
        assert sec["covered"] == (sec["reform_fen"] <= sec["budget_fen"])
        assert sec["shortfall_fen"] == max(sec["reform_fen"] - sec["budget_fen"], 0)
    assert sum(x["reform_fen"] for x in doc["sections"]) + (doc.get("unplaced") or {}).get("reform_fen", 0) \
        == doc["total"]["reform_fen"] == s["total"]["reform_fen"]
    first = budgeted[0]
    assert first["reform_fen"] > 0 and first["drivers"]


def test_a_reform_that_outruns_a_section_budget_reports_the_shortfall_and_its_drivers(tmp_path):
    write_sample(tmp_path / "s.parquet", 20000, "杭州市临安区", seed=3)
    applied = apply_reform(parse_reform({"baseline": {"region": "杭州市临安区", "year": 2025}, "changes": [
        {"rule": "linan-2025-a02-tech-transaction", "set": {"amount_yuan": 100000000}}]}))
    _, s = simulate_registry(tmp_path / "s.parquet", applied, dt.date(2025, 6, 30))
    first = next(x for x in s["budgets"][0]["sections"] if x["name"].startswith("一、"))
    assert first["baseline_covered"] is True and first["covered"] is False
    assert first["shortfall_fen"] == first["reform_fen"] - first["budget_fen"] > 0
    assert first["drivers"][0]["rule_id"] == "linan-2025-a02-tech-transaction"
    assert s["budgets"][0]["total"]["covered"] is True  # the 支持总额 (38亿) still covers it


def test_limited_fund_in_a_simulation(tmp_path):
    from tests.reform.test_hand_checked import HEADER, ROWS
    (tmp_path / "r.csv").write_text(HEADER + "\n" + ROWS, encoding="utf-8")
    applied = apply_reform(parse_reform({"baseline": {"region": "杭州市临安区", "year": 2025}, "funds": [
        {"name": "研发险年度额度", "rules": ["linan-2025-a05-rd-insurance"], "pool_yuan": 1000000,
         "policy": "ranked", "score": "fin.rd_insurance_premium_yuan"},
        {"name": "按比例", "rules": ["linan-2025-a05-rd-insurance"], "pool_yuan": 1000000, "policy": "pro_rata"}]}))
    sim, s = simulate_registry(tmp_path / "r.csv", applied, dt.date(2025, 6, 30), out=tmp_path / "o.xlsx")
    ranked, prorata = s["funds"]
    b = ranked["baseline"]  # claims E03 50万, E04 50万, E05 15万, E13 50万 = 165万 over a 100万 pool
    assert (b["claimants"], b["claimed_fen"], b["paid_fen"], b["shortfall_fen"]) == (4, 165_000_000, 100_000_000, 65_000_000)
    # by premium: E04 (200万) and E03 (120万) in full, the pool is empty before E13 and E05
    assert [(x["id"], x["funded_fen"]) for x in b["first_funded"]] == [("E04", 50_000_000), ("E03", 50_000_000)]
    assert (b["funded_in_full"], b["funded_in_part"], b["unfunded"]) == (2, 0, 2)
    p = prorata["baseline"]  # 100万 × claim / 165万, largest remainder to the fen
    got = {x["id"]: x["funded_fen"] for x in p["first_funded"]}
    assert sum(got.values()) == 100_000_000
    assert got["E05"] == 9_090_909 and {got["E03"], got["E04"], got["E13"]} <= {30_303_030, 30_303_031}
    import openpyxl
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    assert "资金池分配" in book.sheetnames and book.sheetnames[-1] == "说明"
    funds = list(book["资金池分配"].values)
    assert funds[0] == ("资金池", "情景", "行号", "编号", "申请金额（元）", "拨付金额（元）")
    assert {r[1] for r in funds[1:]} <= {"基线", "改革"}
    # money in 元 as numbers: the baseline pool of 100万 is paid out to the fen
    assert sum(round(r[5] * 100) for r in funds[1:] if r[1] == "基线" and r[0] == funds[1][0]) == 100_000_000


def test_cli_apply_simulate_sample(tmp_path):
    (tmp_path / "r.yaml").write_text(textwrap.dedent("""
        reform: 高企奖励下调
        baseline: {region: 杭州市临安区, year: 2025}
        changes:
          - {rule: linan-2025-a01-gaoxin-first, set: {amount_yuan: 150000}}
    """), encoding="utf-8")
    r = _zhengce("reform", "apply", "r.yaml", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "對經認定的及通過復審的高新技術企業" in r.stdout and "20万元" in r.stdout and "15万元" in r.stdout
    r = _zhengce("registry", "sample", "--n", "2000", "--region", "杭州市临安区", "--out", "s.parquet", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = _zhengce("simulate", "s.parquet", "--reform", "r.yaml", "--date", "2025-06-30", "--json", "--out", "o.parquet",
                 cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    gaoxin = next(x for x in s["by_rule"] if x["rule_id"] == "linan-2025-a01-gaoxin-first")
    assert s["total"]["diff_fen"] == -5_000_000 * gaoxin["baseline_count"]
    assert (tmp_path / "o.parquet").exists() and (tmp_path / "o.budgets.parquet").exists()
    r = _zhengce("simulate", "s.parquet", "--reform", "r.yaml", "--date", "2025-06-30", cwd=tmp_path)
    assert "总成本" in r.stdout and "万元" in r.stdout and "预算对照" in r.stdout


@pytest.mark.parametrize("args, words", [
    (["simulate", "none.parquet", "--reform", "r.yaml"], "不存在"),
    (["simulate", "s.csv", "--reform", "none.yaml"], "不存在"),
    (["simulate", "s.csv", "--reform", "r.yaml", "--date", "2025-13-01"], "--date"),
    (["simulate", "s.csv", "--reform", "r.yaml", "--out", "x.json"], "--out"),
    (["reform", "apply", "bad.yaml"], "amount_yuan"),
    (["registry", "sample", "--n", "0", "--region", "杭州市临安区", "--out", "x.parquet"], "--n"),
    (["registry", "sample", "--region", "火星", "--out", "x.parquet"], "火星"),
    (["registry", "sample", "--region", "杭州市临安区", "--out", "x.json"], "--out"),
])
def test_cli_errors_are_one_chinese_line(tmp_path, args, words):
    (tmp_path / "r.yaml").write_text("baseline: {region: 杭州市临安区, year: 2025}\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("baseline: {region: 杭州市临安区, year: 2025}\nchanges:\n"
                                       "  - {rule: linan-2025-a01-gaoxin-first, set: {amount_yuan: 十万}}\n", encoding="utf-8")
    (tmp_path / "s.csv").write_text("region\n杭州市临安区\n", encoding="utf-8")
    r = _zhengce(*args, cwd=tmp_path)
    assert r.returncode == 2, (r.stdout, r.stderr)
    err = r.stderr.strip()
    assert words in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_bad_rows_are_reported_and_skipped(tmp_path):
    (tmp_path / "r.yaml").write_text("baseline: {region: 杭州市临安区, year: 2025}\n", encoding="utf-8")
    (tmp_path / "s.csv").write_text("id,region,fin.dev_fee_yuan,industry\nA,杭州市临安区,2000000,optoelectronics\n"
                                    "B,火星,1,optoelectronics\nC,杭州市临安区,1e7,optoelectronics\n", encoding="utf-8")
    r = _zhengce("simulate", "s.csv", "--reform", "r.yaml", "--date", "2025-06-30", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["evaluated"] == 1 and [e["row"] for e in s["errors"]] == [3, 4]
    assert s["total"]["baseline_fen"] == 40_000_000
