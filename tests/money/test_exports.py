"""Files for an office, from the CLI side: the registry template read back by `zhengce batch` (CSV and
Excel: Chinese headings, the row of field names skipped, money as people write it), results in CSV with a
BOM and in Excel with Chinese headings, numeric 元 cells, a frozen heading row and a 说明 sheet."""

from __future__ import annotations

import datetime as dt
import io
import json

import openpyxl

from zhengce.cli import main
from zhengce.rules import evaluate
from zhengce.rules.profile import parse_flat_row
from zhengce.web.batch_jobs import template_csv, template_xlsx

DATE = dt.date(2025, 6, 30)
EXPECTED = [  # the template's example rows as flat facts, read by the single-profile path
    {"region": "杭州市余杭区", "industry": "software_it", "above_scale": "是", "rec.gaoxin": "2025-03-01",
     "rec.gaoxin.renewal": "否", "fin.revenue_yuan": "52000000", "fin.rd_spend_yuan": "3100000.50"},
    {"region": "湖州市吴兴区", "industry": "manufacturing", "above_scale": "是", "fin.revenue_yuan": "120000000"},
]


def _run(capsys, path, out) -> dict:
    assert main(["batch", str(path), "--out", str(out), "--date", DATE.isoformat(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _totals(out_csv) -> dict[str, int]:
    import csv

    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel in China reads it right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    return {r["id"]: int(r["total_fen"]) for r in rows}


def _expected() -> dict[str, int]:
    return {f"Q00{i + 1}": evaluate(parse_flat_row(flat), DATE).total_fen for i, flat in enumerate(EXPECTED)}


def test_cli_reads_the_csv_template_back(tmp_path, capsys):
    reg = tmp_path / "模板.csv"
    reg.write_bytes(template_csv())
    out = _run(capsys, reg, tmp_path / "out.csv")
    assert out["evaluated"] == 2 and not out["errors"]
    assert _totals(tmp_path / "out.csv") == _expected() and max(_expected().values()) > 0


def test_cli_reads_the_excel_template_back(tmp_path, capsys):
    reg = tmp_path / "模板.xlsx"
    reg.write_bytes(template_xlsx())
    out = _run(capsys, reg, tmp_path / "out.csv")
    assert out["evaluated"] == 2 and not out["errors"]
    assert _totals(tmp_path / "out.csv") == _expected()
    # a bad row in a filled-in template is reported by its spreadsheet row (headings 1, field names 2)
    wb = openpyxl.load_workbook(reg)
    names = [c.value for c in wb["名册"][2]]
    row = [None] * len(names)
    row[names.index("region")], row[names.index("fin.revenue_yuan")] = "火星", "很多"
    wb["名册"].append(row)
    wb.save(reg)
    out = _run(capsys, reg, tmp_path / "out2.csv")
    errors = {e["row"]: e["error"] for e in out["errors"]}
    assert list(errors) == [5] and "很多" in errors[5]


def test_cli_excel_output_is_for_an_office(tmp_path, capsys):
    reg = tmp_path / "模板.csv"
    reg.write_bytes(template_csv())
    _run(capsys, reg, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames[-1] == "说明"
    ws = wb["逐行结果"]
    head = [c.value for c in ws[1]]
    assert head[:2] == ["行号", "编号"] and "合计金额（元）" in head and ws.freeze_panes == "A2"
    col = head.index("合计金额（元）") + 1
    cells = [ws.cell(r, col) for r in range(2, ws.max_row + 1)]
    assert all(isinstance(c.value, (int, float)) and c.number_format == "#,##0.00" for c in cells)
    assert sum(round(c.value * 100) for c in cells) == sum(_expected().values())
    notes = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True) if r and r[0]}
    assert len(notes["规则集指纹"]) == 64
