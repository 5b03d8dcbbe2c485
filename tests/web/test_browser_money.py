"""Browser journeys for money (docs/money.md): amounts typed as people write them, charts in one unit with
the unit in tooltips, the registry template downloaded, filled in and uploaded, and the Excel results
opened with openpyxl (Chinese headings, numeric 元 cells, frozen heading row, 说明 sheet)."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from .conftest import shot

pytestmark = pytest.mark.browser


def test_amounts_typed_as_people_write_them(page):
    page.goto("/check")
    page.fill("#f-region", "杭州市临安区")
    page.select_option("[id='f-industry']", "optoelectronics")
    page.click("details[data-group='fin.'] > summary")
    field = page.locator("[id='f-fin.dev_fee_yuan']")
    assert "150万" in field.get_attribute("placeholder")
    field.fill("abc")  # checked as it is typed, with a Chinese hint
    hint = page.locator("[id='f-fin.dev_fee_yuan'] + .field-hint")
    assert hint.inner_text() == "金额「abc」无法识别：请写成 150万、1.5亿 或 150000 这样的数字"
    assert field.evaluate("el => el.validity.valid") is False
    page.evaluate("el => el.scrollIntoView({block: 'center'})", hint.element_handle())
    shot(page, "m0-check-money-hint", full_page=False)
    field.fill("１５０万")  # full width, as an input method may type it
    assert hint.inner_text() == "" and field.evaluate("el => el.validity.valid") is True
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#check-result")
    assert page.locator("#check-total").inner_text() == "30万元"  # 20% of 150万
    assert "实际: 150万元" in page.locator("#check-result").inner_text()
    shot(page, "m1-check-money-input")
    page.goto("/check?region=杭州市临安区&fin.dev_fee_yuan=很多")
    assert "金额「很多」无法识别：请写成 150万、1.5亿 或 150000 这样的数字" in page.locator("main").inner_text()


def test_budget_chart_in_one_unit(page):
    page.goto("/budgets")
    page.wait_for_selector("#chart-totals[data-ready='1'] canvas")
    option = page.evaluate("""() => {
        const o = echarts.getInstanceByDom(document.getElementById('chart-totals')).getOption();
        return {unit: o.yAxis[0].name, data: o.series[0].data,
                tip: o.tooltip[0].valueFormatter ? o.tooltip[0].valueFormatter(460) : null};
    }""")
    assert option["unit"] == "亿元" and option["tip"] == "460亿元"
    assert all(v is None or len(str(v).partition(".")[2]) <= 2 for v in option["data"])
    shot(page, "m2-budgets-chart")


def test_template_filled_in_and_results_opened(page, tmp_path):
    page.goto("/batch")
    with page.expect_download() as dl:
        page.click("#template-link")
    template = tmp_path / "template.xlsx"
    dl.value.save_as(template)
    assert dl.value.suggested_filename.endswith(".xlsx")
    wb = openpyxl.load_workbook(template)
    ws = wb["名册"]
    names = [c.value for c in ws[2]]
    ws.delete_rows(3, ws.max_row)
    for i, (region, revenue) in enumerate((("杭州市临安区", "1.2亿"), ("临安区", 52_000_000))):
        row = [None] * len(names)
        row[names.index("id")], row[names.index("name")] = f"T{i + 1}", f"企业{i + 1}"
        row[names.index("region")], row[names.index("fin.revenue_yuan")] = region, revenue
        row[names.index("rec.gaoxin")] = dt.datetime(2025, 3, 1)
        ws.append(row)
    filled = tmp_path / "名册.xlsx"
    wb.save(filled)
    page.set_input_files("#registry", str(filled))
    page.fill("#date", "2025-06-01")
    page.click("#batch-form button[type=submit]")
    page.wait_for_selector("#batch-summary", timeout=60000)
    summary = page.locator("#batch-summary").inner_text()
    assert re.search(r"成功\s*2\s*行", summary), summary
    total = page.locator("#batch-total").inner_text()
    assert total.endswith("万元")
    shot(page, "m3-batch-template-result")
    with page.expect_download() as dl:
        page.click("#download-xlsx")
    out = tmp_path / "results.xlsx"
    dl.value.save_as(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["测算结果", "按规则汇总", "说明"]
    sheet = book["测算结果"]
    head = [c.value for c in sheet[1]]
    assert head[:4] == ["行号", "编号", "名称", "所在区县"] and sheet.freeze_panes == "A2"
    col = head.index("可享受金额合计") + 1
    values = [sheet.cell(r, col).value for r in range(2, sheet.max_row + 1)]
    assert len(values) == 2 and all(isinstance(v, (int, float)) for v in values)
    assert sheet.cell(2, col).number_format == "#,##0.00"
    wan = sum(values) / 10000
    assert total == f"{wan:g}万元"  # the page and the workbook agree


def test_the_page_formatter_is_the_house_style(page):
    """site.js mirrors zhengce.money.format_fen for figures the page computes (the 安心宝 deposit preview)."""
    from zhengce.money import format_fen

    page.goto("/")
    values = [0, 1, 99, 123_450, 999_999, 1_000_000, 1_000_001, 24_200_000, 24_200_025, 12_050_000,
              12_345_678_900, 10_000_000_000, 10_000_000_100, 4_600_000_000_000, 5_383_500_000_000, -242_000_000,
              10**14]
    got = page.evaluate("vs => vs.map(v => window.zhengceMoney.formatFen(BigInt(v)))", [str(v) for v in values])
    assert got == [format_fen(v) for v in values]
