"""Workbooks the tests write: built by openpyxl, or with their sheet's XML rewritten by hand as a hostile or broken
writer would leave it; and the cells hypothesis draws."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from hypothesis import strategies as st


def workbook(build) -> bytes:
    wb = openpyxl.Workbook()
    build(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def patched_sheet(patch) -> bytes:
    # a one-cell workbook whose sheet XML is passed through patch
    src = zipfile.ZipFile(io.BytesIO(workbook(lambda wb: wb.active.append(["对企业给予奖励10万元。"]))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            d = src.read(n)
            z.writestr(n, patch(d) if n == "xl/worksheets/sheet1.xml" else d)
    return out.getvalue()


CELL = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                 st.text(alphabet="序号元万%（）()对给予奖励补助1234567890.\n ", max_size=12), st.booleans())
