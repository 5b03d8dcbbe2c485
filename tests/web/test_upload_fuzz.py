"""Upload fuzz: malformed zips, zip and XML bombs, XXE, huge cells, wrong types, odd encodings — every
upload is a 202 or a 4xx with a Chinese message, never a 500, and the bombs are refused fast."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhengce.errors import InputError
from zhengce.web.batch_jobs import read_registry


def xlsx_bytes(rows=(("region", "id"), ("杭州市余杭区", "A1"))) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def replace_part(data: bytes, name: str, content, level: int = 6) -> bytes:
    """The workbook with part `name` replaced by `content` (bytes, or an iterable of byte chunks)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info.filename))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as fh:
            for chunk in ([content] if isinstance(content, bytes) else content):
                fh.write(chunk)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>region</t></is></c></row>')
TAIL = b"</sheetData></worksheet>"


def post(client, name, data):
    client.cookies.clear()
    return client.post("/api/batch", files={"registry": (name, data)})


def refused_fast(client, name, data, fragment=""):
    t0 = time.perf_counter()
    r = post(client, name, data)
    took = time.perf_counter() - t0
    assert r.status_code in (400, 413), r.text[:300]
    assert fragment in r.json()["error"]["message"] and any("\u4e00" <= ch <= "\u9fff" for ch in r.json()["error"]["message"])
    return took


def peak_mib(data: bytes, name: str) -> float:
    """Peak Python memory while read_registry refuses `data` (the input itself excluded)."""
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            read_registry(name, data, 20000)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_two_million_rows_in_a_small_file(client):
    data = replace_part(xlsx_bytes(), SHEET, [HEAD] + [b"<row/>" * 100_000] * 20 + [TAIL], level=9)
    assert len(data) < 450_000
    assert refused_fast(client, "rows.xlsx", data, "上限") < 1.0
    assert peak_mib(data, "rows.xlsx") < 16


def test_one_300_mb_string(client):
    chunk = b"a" * (1 << 20)
    body = [b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"'
            b' uniqueCount="1"><si><t>'] + [chunk] * 300 + [b"</t></si></sst>"]
    data = replace_part(xlsx_bytes(), "xl/sharedStrings.xml", body, level=1)
    assert refused_fast(client, "big-string.xlsx", data, "过大") < 1.0
    assert peak_mib(data, "big-string.xlsx") < 16


def test_inline_300_mb_string_in_the_sheet(client):
    chunk = b"a" * (1 << 20)
    body = [HEAD, b'<row r="2"><c r="A2" t="inlineStr"><is><t>'] + [chunk] * 300 + [b"</t></is></c></row>", TAIL]
    data = replace_part(xlsx_bytes(), SHEET, body, level=1)
    assert refused_fast(client, "inline.xlsx", data, "过大") < 1.0


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>',
])
def test_xxe_and_billion_laughs_are_400(client, doctype):
    ref = b"&xxe;" if b"xxe" in doctype else b"&f;"
    sst = (b'<?xml version="1.0"?>' + doctype + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
           b'main" count="2" uniqueCount="2"><si><t>region</t></si><si><t>' + ref + b"</t></si></sst>")
    sheet = (HEAD.replace(b't="inlineStr"><is><t>region</t></is>', b't="s"><v>0</v>')
             + b'<row r="2"><c r="A2" t="s"><v>1</v></c></row>' + TAIL)
    data = replace_part(replace_part(xlsx_bytes(), "xl/sharedStrings.xml", sst), SHEET, sheet)
    r = post(client, "evil.xlsx", data)
    assert r.status_code == 400 and "root:" not in r.text, r.text[:300]


def test_huge_csv_cell_is_400(client):
    r = post(client, "cell.csv", b"region,name\n" + "杭州市余杭区,".encode() + b"x" * 200_000 + b"\n")
    assert r.status_code == 400 and "过长" in r.json()["error"]["message"]


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig", "utf-16-le", "utf-16-be"])
def test_csv_encodings_excel_writes(encoding):
    text = "id,name,region\nA1,甲公司,杭州市余杭区\n"
    reg = read_registry("r.csv", text.encode(encoding), 100)
    assert reg.rows == [(2, {"id": "A1", "name": "甲公司", "region": "杭州市余杭区"})]


def test_ragged_rows_are_reported_and_skipped():
    reg = read_registry("r.csv", "id,region\nA,杭州市余杭区\nB,杭州市余杭区,extra\nC\n".encode(), 100)
    assert [n for n, _ in reg.rows] == [2, 4] and reg.bad_rows[0][0] == 3 and "列" in reg.bad_rows[0][1]


def test_every_error_of_a_row_is_reported():
    from zhengce.web.batch_jobs import row_errors

    errors = row_errors({"region": "", "fin.revenue_yuan": "1e7", "fin.rd_spend_yuan": "abc"})
    assert len(errors) == 3 and any("本年度营业收入" in e for e in errors) and any("所在区县" in e for e in errors)


VALID = xlsx_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b),
    st.integers(0, len(VALID)).map(lambda n: VALID[:n]),
    st.tuples(st.integers(0, len(VALID) - 1), st.binary(min_size=1, max_size=64)).map(
        lambda t: VALID[:t[0]] + t[1] + VALID[t[0] + len(t[1]):]),
))
def test_malformed_workbooks_never_500(data):
    try:
        read_registry("fuzz.xlsx", data, 100)
    except InputError as exc:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(exc))



def test_a_zip_version_python_cannot_read_is_a_clear_error():
    # (a directory entry saying "version 6.4 needed to extract": zipfile raises NotImplementedError on opening)
    i = VALID.rfind(b"PK\x01\x02")
    data = VALID[:i + 6] + bytes([64, 0]) + VALID[i + 8:]
    with pytest.raises(InputError) as exc:
        read_registry("fuzz.xlsx", data, 100)
    assert "Excel" in str(exc.value) and any("\u4e00" <= ch <= "\u9fff" for ch in str(exc.value))


cell = st.one_of(st.text(max_size=30), st.integers(-10**20, 10**20).map(str),
                 st.sampled_from(["1e7", "NaN", "-0", "=1+1", "true", "2025-13-45", "杭州市余杭区", ""]))
column = st.sampled_from(["region", "id", "name", "fin.revenue_yuan", "rec.gaoxin", "industry", "above_scale",
                          "employees", "entity"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(column, min_size=1, max_size=6, unique=True), st.lists(st.lists(cell, max_size=8), max_size=6),
       st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_wrong_types_in_csv_never_500(client, header, rows, encoding):
    import csv

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    try:
        data = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return
    r = post(client, "fuzz.csv", data)
    assert r.status_code in (202, 400), r.text[:300]
    if r.status_code == 400:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.json()["error"]["message"])
    else:
        job = r.json()["job"]["id"]
        for _ in range(400):
            state = client.get(f"/api/batch/{job}").json()["job"]
            if state["state"] in ("done", "failed"):
                break
            time.sleep(0.02)
        assert state["state"] == "done", state
