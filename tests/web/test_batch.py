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
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    assert wb.sheetnames == ["测算结果", "按规则汇总"]
    sheet = list(wb["测算结果"].iter_rows(values_only=True))
    assert sheet[0][0] == "row" and len(sheet) == 4
    csv_text = client.get(out["downloads"]["csv"]).content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("row,id,name") and "甲公司" in csv_text


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
