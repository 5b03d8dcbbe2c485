"""Cells zhengce writes into CSV and Excel files: text that a spreadsheet would run as a formula is
neutralised (OWASP "CSV injection"). One helper for every writer.

A text cell starting with = + - @ (or a tab or carriage return, which Excel strips before looking) is
prefixed with an apostrophe, so Excel and WPS show it as text. Numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row) -> list[Any]:
    return [safe_cell(v) for v in row]


def safe_arrow_table(table):
    """The same for a pyarrow table: every string column, vectorised."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = []
    for col in table.columns:
        if pa.types.is_dictionary(col.type):
            col = col.cast(pa.string())
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            risky = pc.fill_null(pc.match_substring_regex(col, r"^[=+\-@\t\r]"), False)
            col = pc.if_else(risky, pc.binary_join_element_wise(pa.scalar("'"), col, ""), col)
        cols.append(col)
    return pa.table(cols, names=table.column_names)


# -- workbooks an office can use ------------------------------------------------------------------------
#
# Chinese headings, money as numbers in 元 with a number format (SUM works), a frozen, filtered heading
# row, column widths that fit CJK text (a CJK character is two columns wide), and a 说明 sheet that says
# what each column means, which rulebook produced the figures and when. Every text cell goes through
# safe_cell. CSV files are UTF-8 with a BOM (Excel in China otherwise reads them as GBK).

YUAN_FORMAT = "#,##0.00"
MAX_WIDTH = 60


@dataclass(frozen=True)
class Column:
    key: str  # machine name (the JSON field; shown on the 说明 sheet)
    title: str  # Chinese heading
    kind: str = "text"  # text | yuan (a Decimal or int of 元) | int
    note: str = ""  # what the column means (说明 sheet)


def display_width(text: str) -> int:
    """Columns a text needs in a spreadsheet: CJK and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "yuan":
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            raise TypeError(f"a money cell takes Decimal or int 元, not {type(value).__name__}")
        return value
    if kind == "int" and isinstance(value, int):
        return value
    return safe_cell(value if isinstance(value, (int, Decimal)) else str(value))


def add_sheet(wb, title: str, columns: list[Column], rows: Iterable[Iterable[Any]]) -> None:
    """One table: bold heading row, frozen and filtered; money cells numeric with the 元 format."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append([c.title for c in columns])
    widths = [display_width(c.title) for c in columns]
    for row in rows:
        cells = [_cell(v, c.kind) for v, c in zip(row, columns)]
        ws.append(cells)
        for i, (v, c) in enumerate(zip(cells, columns)):
            if v is None:
                continue
            shown = f"{v:,.2f}" if c.kind == "yuan" else str(v)
            widths[i] = max(widths[i], max(display_width(line) for line in shown.splitlines() or [""]))
    for i, c in enumerate(columns, start=1):
        if c.kind == "yuan":
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = YUAN_FORMAT
        ws.column_dimensions[get_column_letter(i)].width = min(widths[i - 1] + 2, MAX_WIDTH)
    head = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")
    for cell in ws[1]:
        cell.font, cell.fill = head, fill
        cell.alignment = Alignment(vertical="center")
    ws.freeze_panes = "A2"
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions


def add_notes(wb, facts: list[tuple[str, str]], sheets: list[tuple[str, list[Column]]]) -> None:
    """The 说明 sheet: facts about the file (rulebook fingerprint, dates, units), then every column."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet("说明")
    bold = Font(bold=True)
    for k, v in facts:
        ws.append([safe_cell(k), safe_cell(v)])
        ws.cell(ws.max_row, 1).font = bold
    ws.append([])
    ws.append(["工作表", "列名", "字段", "含义"])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for title, columns in sheets:
        for c in columns:
            unit = "（数值，单位：元）" if c.kind == "yuan" else ""
            ws.append([title, c.title, c.key, safe_cell(c.note + unit)])
    widths: dict[int, int] = {}
    for row in ws.iter_rows(values_only=True):
        for i, v in enumerate(row, start=1):
            if v is not None:
                widths[i] = max(widths.get(i, 0), display_width(str(v)))
    for i, w in widths.items():
        ws.column_dimensions[get_column_letter(i)].width = min(w + 2, 80)


def workbook(sheets: list[tuple[str, list[Column], Iterable[Iterable[Any]]]], facts: list[tuple[str, str]]) -> bytes:
    """An .xlsx with the given tables and a 说明 sheet after them."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, columns, rows in sheets:
        add_sheet(wb, title, columns, rows)
    add_notes(wb, facts, [(t, c) for t, c, _ in sheets])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_bytes(columns: list[Column], rows: Iterable[Iterable[Any]]) -> bytes:
    """UTF-8 CSV with a BOM and Chinese headings; money in 元 as exact decimals; text neutralised."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([c.title for c in columns])
    for row in rows:
        w.writerow([_csv_cell(v, c.kind) for v, c in zip(row, columns)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _csv_cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "yuan":
        return format(Decimal(value).quantize(Decimal("0.01")), "f")
    return safe_cell(value if isinstance(value, (int, Decimal)) else str(value))
