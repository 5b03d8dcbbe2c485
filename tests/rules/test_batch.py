"""Batch over registries: bad rows reported and skipped, outputs in every format, same numbers as single."""

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pyarrow.parquet as pq
import pytest

from zhengce.errors import InputError
from zhengce.rules import evaluate, parse_profile
from zhengce.rules.batch import run_batch
from zhengce.rules.profile import parse_flat_row

ROWS = [
    {"id": "a1", "entity": "enterprise", "region": "杭州市临安区", "industry": "optoelectronics",
     "rec.gaoxin": "2025-03-01", "rec.gaoxin.renewal": "false", "fin.dev_fee_yuan": "3500000",
     "fin.rd_insurance_premium_yuan": "33333.33"},
    {"id": "a2", "entity": "enterprise", "region": "临安区", "rec.gaoxin": "2025-03-01", "rec.gaoxin.renewal": "true"},
    {"id": "a3", "entity": "person", "region": "湖州市吴兴区", "purchase.category": "furniture",
     "purchase.price_yuan": "8000", "purchase.energy_grade": "1"},
    {"id": "bad-region", "entity": "enterprise", "region": "火星区"},
    {"id": "bad-date", "entity": "enterprise", "region": "临安区", "rec.gaoxin": "2025-13-01"},
    {"id": "bad-money", "entity": "enterprise", "region": "临安区", "fin.rd_insurance_premium_yuan": "12.345"},
    {"id": "bad-enum", "entity": "enterprise", "region": "临安区", "industry": "cars"},
    {"id": "a4", "entity": "project", "region": "临安区", "project.type": "forest_economy_base",
     "project.investment_yuan": "21800000"},
]


def write_csv(path, rows):
    cols = sorted({k for r in rows for k in r}, key=lambda k: (k != "id", k))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols)
        w.writeheader()
        w.writerows(rows)


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "registry.csv"
    write_csv(path, ROWS)
    return path


def test_bad_rows_are_reported_and_skipped(registry, tmp_path):
    res = run_batch(registry, tmp_path / "out.csv", "2025-06-30")
    assert res.rows == 8 and res.evaluated == 4
    errors = dict(res.errors)  # row numbers as a spreadsheet shows them: the header is row 1
    assert sorted(errors) == [5, 6, 7, 8]
    assert errors[5].startswith("region: 所在区县「火星区」不是已知的区县")
    assert errors[6].startswith("rec.gaoxin: 2025-13-01 不可用") and "YYYY-MM-DD" in errors[6]
    assert errors[7].startswith("fin.rd_insurance_premium_yuan: 12.345 不可用") and "超过2位小数" in errors[7]
    assert errors[8].startswith("industry: cars 不可用") and "software_it" in errors[8]
    assert (tmp_path / "out.errors.csv").exists()


def test_batch_equals_single_and_is_exact(registry, tmp_path):
    res = run_batch(registry, tmp_path / "out.parquet", "2025-06-30")
    profiles = pq.read_table(tmp_path / "out.parquet").to_pylist()
    good = [r for r in ROWS if not r["id"].startswith("bad")]
    for row, out in zip(good, profiles):
        single = evaluate(parse_flat_row({k: v for k, v in row.items() if k != "id"}), dt.date(2025, 6, 30))
        assert out["id"] == row["id"]
        assert out["total_fen"] == single.total_fen
        assert out["total_yuan"] == Decimal(single.total_fen) / 100
    ents = pq.read_table(tmp_path / "out.entitlements.parquet").to_pylist()
    amounts = {(e["id"], e["rule_id"]): e["amount_yuan"] for e in ents if e["status"] == "eligible"}
    assert amounts[("a1", "linan-2025-a05-rd-insurance")] == Decimal("16666.67")
    assert amounts[("a1", "linan-2025-a08-dev-fee")] == Decimal("700000")
    assert amounts[("a4", "linan-2025-a37-forest-base")] == Decimal("7630000")
    by_rule = {r["rule_id"]: r for r in pq.read_table(tmp_path / "out.rules.parquet").to_pylist()}
    assert by_rule["linan-2025-a01-gaoxin-first"]["eligible"] == 1
    assert by_rule["linan-2025-a01-gaoxin-renewal"]["total_fen"] == 10_000_000
    assert res.total_fen == sum(p["total_fen"] for p in profiles)


def test_excel_in_and_out(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    cols = ["id", "region", "rec.xinchuying", "fin.rd_insurance_premium_yuan"]
    ws.append(cols)
    ws.append(["x1", "临安区", "2025-02-01", "100000.5"])
    ws.append(["x2", "临安区", None, None])
    wb.save(tmp_path / "reg.xlsx")
    res = run_batch(tmp_path / "reg.xlsx", tmp_path / "out.xlsx", "2025-06-30")
    assert res.evaluated == 2
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["逐行结果", "条款明细", "按规则汇总", "规则文件", "说明"]
    sheet = book["条款明细"]
    assert [c.value for c in sheet[1]] == ["行号", "编号", "规则编号", "状态", "金额（元）"]
    assert sheet.freeze_panes == "A2"
    rows = {tuple(r[1:3]): r[3:] for r in list(sheet.values)[1:]}
    # money once, in 元, as a number (SUM works) with the 元 number format; codes in Chinese
    assert rows[("x1", "linan-2025-a05-rd-insurance")] == ("可享受", 50000.25)
    assert rows[("x1", "linan-2025-a01-xinchuying")] == ("可享受", 500000)
    assert all(c.number_format == "#,##0.00" for (c,) in sheet.iter_rows(min_row=2, min_col=5, max_col=5))
    rules = list(book["按规则汇总"].values)
    assert rules[0][4] == "待复核" and {r[4] for r in rules[1:]} <= {"是", "否"}


def test_unknown_column_is_a_clear_error(tmp_path):
    path = tmp_path / "r.csv"
    write_csv(path, [{"region": "临安区", "revenue": "1"}])
    with pytest.raises(InputError, match="未知列 revenue"):
        run_batch(path, tmp_path / "o.csv", "2025-06-30")


def test_flat_row_and_profile_agree():
    a = parse_flat_row({"region": "临安区", "rec.gaoxin": "2025-03-01", "fin.dev_fee_yuan": "100"})
    b = parse_profile({"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}],
                       "financials": {"dev_fee_yuan": "100"}})
    assert a.facts["rec.gaoxin"] == b.facts["rec.gaoxin"] and a.facts["fin.dev_fee_yuan"] == 10000
