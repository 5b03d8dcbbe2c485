"""批量测算: upload → progress → results (CSV/Excel) and per-rule totals; bad rows reported, not fatal."""

from __future__ import annotations

import io
import time

import openpyxl
import pytest


def wait_done(client, job_id: str) -> dict:
    deadline = time.monotonic() + 60
    while True:
        data = client.get(f"/api/batch/{job_id}").json()
        if data["job"]["state"] in ("done", "failed"):
            return data
        assert time.monotonic() < deadline, "batch did not finish"
        time.sleep(0.05)


def registry_xlsx(rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_excel_registry_with_a_bad_row(client):
    import datetime as dt

    data = registry_xlsx([
        ["id", "name", "region", "rec.gaoxin", "fin.revenue_yuan"],
        ["A1", "甲公司", "杭州市余杭区", dt.datetime(2025, 3, 1), 52_000_000],
        ["A2", "乙公司", "", None, None],  # no region: reported, the rest goes on
        ["A3", "丙公司", "杭州市余杭区", "2025-04-02", "1000.5"],
    ])
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("名册.xlsx", data)}, data={"date": "2025-06-01"})
    assert r.status_code == 202
    out = wait_done(client, r.json()["job"]["id"])
    job = out["job"]
    assert job["state"] == "done" and job["ok_rows"] == 2 and job["error_rows"] == 1
    bad = [x for x in out["rows"] if x["status"] == "error"]
    assert bad[0]["row"] == 3 and "所在区县为必填项" in bad[0]["error"]
    # per-rule totals add up to the job total, in fen
    assert sum(t["amount_fen"] for t in out["rule_totals"]) == job["total_fen"] > 0
    assert sum(x["total_fen"] for x in out["rows"]) == job["total_fen"]
    assert out["chart"]["series"][0]["data"]
    xlsx = client.get(out["downloads"]["xlsx"])
    check_office_workbook(xlsx.content, job)
    raw = client.get(out["downloads"]["csv"]).content
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel in China opens it right
    csv_text = raw.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("行号,编号,名称,所在区县,状态") and "甲公司" in csv_text


def check_office_workbook(content: bytes, job: dict) -> None:
    """Chinese headings, money as numbers in 元 (SUM works), frozen heading row, widths, citations, 说明."""
    from decimal import Decimal

    wb = openpyxl.load_workbook(io.BytesIO(content))
    assert wb.sheetnames == ["测算结果", "按规则汇总", "说明"]
    ws = wb["测算结果"]
    sheet = list(ws.iter_rows(values_only=True))
    head = list(sheet[0])
    assert head[:5] == ["行号", "编号", "名称", "所在区县", "状态"] and "政策依据" in head
    assert all(not any("a" <= ch <= "z" for ch in h) for h in head)  # no English headings
    assert ws.freeze_panes == "A2" and len(sheet) == 4
    money = head.index("可享受金额合计")
    cells = [ws.cell(r, money + 1) for r in range(2, ws.max_row + 1)]
    assert all(isinstance(c.value, (int, float)) for c in cells)
    assert all(c.number_format == "#,##0.00" for c in cells)
    assert sum(Decimal(str(c.value)) for c in cells) * 100 == job["total_fen"]
    ok = [r for r in sheet[1:] if r[4] == "成功" and r[money]]
    assert ok and all(r[head.index("政策依据")] for r in ok)  # each award names its 条款
    assert ws.column_dimensions["C"].width >= 8  # widths set for CJK text
    rules = list(wb["按规则汇总"].iter_rows(values_only=True))
    assert rules[0][0] == "规则编号" and all(isinstance(r[-1], (int, float)) for r in rules[1:])
    notes = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True) if r and r[0]}
    assert len(notes["规则集指纹"]) == 64 and notes["测算日期"] == job["date"]
    assert any(r[1] == "可享受金额合计" and "元" in r[3] for r in wb["说明"].iter_rows(values_only=True) if len(r) > 3)


def test_template_runs(client):
    tpl = client.get("/batch-template.csv")
    assert tpl.status_code == 200 and "region" in tpl.text
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("t.csv", tpl.content)}, data={"date": "2025-06-01"})
    out = wait_done(client, r.json()["job"]["id"])
    assert out["job"]["error_rows"] == 0 and out["job"]["ok_rows"] == 2


@pytest.mark.parametrize("name,content,message", [
    ("r.txt", b"region\n", "不支持的文件类型"),
    ("r.xlsx", b"region,x\n", "不是 Excel"),
    ("r.csv", b"PK\x03\x04binary", "不是文本"),
    ("r.csv", b"name\nx\n", "缺少 region"),
    ("r.csv", b"", "为空"),
])
def test_upload_type_and_content_checks(client, name, content, message):
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": (name, content)})
    assert r.status_code == 400 and message in r.json()["error"]["message"]


def test_upload_size_and_row_limits(client, app):
    client.cookies.clear()
    big = b"region\n" + b"x" * app.state.settings.max_upload_bytes
    assert client.post("/api/batch", files={"registry": ("big.csv", big)}).status_code == 413
    many = ("region\n" + "杭州市余杭区\n" * (app.state.settings.max_batch_rows + 1)).encode()
    if len(many) < app.state.settings.max_upload_bytes:
        r = client.post("/api/batch", files={"registry": ("many.csv", many)})
        assert r.status_code == 400 and "超过上限" in r.json()["error"]["message"]


def test_batch_form_needs_csrf(client):
    page = client.get("/batch")
    assert page.status_code == 200
    r = client.post("/batch", files={"registry": ("t.csv", b"region\n")}, follow_redirects=False)
    assert r.status_code == 403


def test_unknown_job_is_404(client):
    assert client.get("/api/batch/nonexistent-job-id").status_code == 404


def test_template_workbook_filled_in_and_read_back(client):
    """Download the Excel template, fill two rows as an office would (Chinese headings kept, the row of field
    names kept, money as numbers and as 150万), upload it: both rows are read and the results are right."""
    import datetime as dt

    from zhengce.rules import evaluate
    from zhengce.rules.profile import parse_flat_row

    tpl = client.get("/batch-template.xlsx")
    assert tpl.status_code == 200 and tpl.content[:2] == b"PK"
    wb = openpyxl.load_workbook(io.BytesIO(tpl.content))
    assert wb.sheetnames == ["名册", "说明"]
    ws = wb["名册"]
    head = [c.value for c in ws[1]]
    names = [c.value for c in ws[2]]
    assert "所在区县" in head and "本年度营业收入（元）" in head and "高新技术企业(认定日期)" in head
    assert all(not any("a" <= ch <= "z" for ch in h) for h in head)  # Chinese headings
    assert "region" in names and "fin.revenue_yuan" in names  # the field names on the second row
    notes = [r for r in wb["说明"].iter_rows(values_only=True)]
    assert any(r[:2] == ("本年度营业收入（元）", "fin.revenue_yuan") for r in notes if len(r) >= 2)
    ws.delete_rows(3, ws.max_row)  # the examples out, two rows of our own in
    col = {n: i for i, n in enumerate(names)}
    rows = [{"id": "T1", "name": "甲科技", "region": "杭州市临安区", "rec.gaoxin": dt.datetime(2025, 3, 1),
             "rec.gaoxin.renewal": "否", "fin.revenue_yuan": 52_000_000},
            {"id": "T2", "name": "乙制造", "region": "临安区", "rec.gaoxin": "2025-04-02", "fin.revenue_yuan": "1.2亿",
             "fin.rd_spend_yuan": 3_100_000.5}]
    for r in rows:
        cells = [None] * len(names)
        for k, v in r.items():
            cells[col[k]] = v
        ws.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("名册模板.xlsx", buf.getvalue())}, data={"date": "2025-06-30"})
    assert r.status_code == 202, r.text
    out = wait_done(client, r.json()["job"]["id"])
    assert out["job"]["error_rows"] == 0 and out["job"]["ok_rows"] == 2, out["rows"]
    got = {x["id"]: x for x in out["rows"]}
    assert [x["row"] for x in out["rows"]] == [3, 4]  # spreadsheet rows: headings and field names above
    for want, flat in (("T1", {"region": "杭州市临安区", "rec.gaoxin": "2025-03-01", "rec.gaoxin.renewal": "否",
                               "fin.revenue_yuan": "52000000"}),
                       ("T2", {"region": "临安区", "rec.gaoxin": "2025-04-02", "fin.revenue_yuan": "120000000",
                               "fin.rd_spend_yuan": "3100000.50"})):
        single = evaluate(parse_flat_row(flat), dt.date(2025, 6, 30))
        assert got[want]["total_fen"] == single.total_fen > 0


def test_template_csv_is_read_back(client):
    tpl = client.get("/batch-template.csv")
    assert tpl.status_code == 200 and tpl.content.startswith(b"\xef\xbb\xbf")
    lines = tpl.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("编号,名称,主体类型,所在区县") and lines[1].startswith("id,name,entity,region")
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("t.csv", tpl.content)}, data={"date": "2025-06-01"})
    out = wait_done(client, r.json()["job"]["id"])
    assert out["job"]["error_rows"] == 0 and out["job"]["ok_rows"] == 2
    assert [x["row"] for x in out["rows"]] == [3, 4]


def test_money_as_people_write_it_in_a_registry(client):
    data = ("所在区县,高新技术企业认定日期,本年度营业收入（元）\n"
            "杭州市临安区,2025-03-01,１５０万\n杭州市临安区,2025-03-01,\"150,000元\"\n杭州市临安区,2025-03-01,很多\n")
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("r.csv", data.encode("utf-8"))}, data={"date": "2025-06-30"})
    out = wait_done(client, r.json()["job"]["id"])
    assert out["job"]["ok_rows"] == 2 and out["job"]["error_rows"] == 1
    bad = next(x for x in out["rows"] if x["status"] == "error")
    assert bad["row"] == 4 and "金额「很多」无法识别：请写成 150万、1.5亿 或 150000 这样的数字" in bad["error"]


def test_industry_written_as_its_chinese_label(client):
    """主营行业 written as people write it — its Chinese label — is read as the code (光电 → optoelectronics)."""
    from zhengce.registry_input import heading

    head = ",".join(["所在区县", heading("industry"), heading("fin.dev_fee_yuan")])
    data = (f"{head}\n杭州市临安区,optoelectronics,100万\n杭州市临安区,光电,100万\n"
            "杭州市临安区,软件和信息服务业,100万\n杭州市临安区,汽车,100万\n")
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("r.csv", data.encode("utf-8"))}, data={"date": "2025-06-30"})
    out = wait_done(client, r.json()["job"]["id"])
    assert out["job"]["ok_rows"] == 3 and out["job"]["error_rows"] == 1, out["rows"]
    rows = {x["row"]: x for x in out["rows"]}
    assert rows[3]["total_fen"] == rows[2]["total_fen"] == 20_000_000  # 光电 reads as optoelectronics
    assert rows[4]["status"] == "ok" and rows[5]["status"] == "error" and "汽车" in rows[5]["error"]
