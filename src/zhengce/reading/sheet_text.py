"""The text of a spreadsheet (.xlsx, and the older binary .xls or WPS's .et; a .csv): the form many 政策清单,
兑现清单 and 申报指南 tables are published in. Rows are read as a Word table's are (table_rows: a row a line, a
column's unit and a row's serial number written into it). A number is written as the sheet shows it — a
percentage as "80%", a date as "2024年3月1日", 50.0 as "50", never a float's binary tail. Hidden sheets are
not read; a formula is read as the value the sheet last showed. A cell merged over several rows (one 牵头部门
for three measures) marks the rows under its first as merged into it (table_rows.MERGED), as a Word table's does.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.table_rows import MERGED, row_lines
from zhengce.workbooks import inspect_xlsx, xml_reason

_MAX_CELLS = 2_000_000  # a policy list has hundreds of rows; this is no list
_MAX_MERGES = 100_000
# a merged range in a sheet's XML ("<mergeCell ref="D4:D6"/>", after its rows): "A1"-style corners
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\"")


def xlsx_text(data: bytes, name: str) -> str:
    import openpyxl  # (imported here: only spreadsheets need it)

    try:
        inspect_xlsx(data)  # (its zip directory first: a workbook that would inflate past the caps is refused unread)
    except InputError as exc:
        raise InputError(f"{name}：无法读取 Excel 表格（{exc}）") from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            package = zipfile.ZipFile(io.BytesIO(data))  # (opened once for all the sheets' merged ranges)
            sheets = [_xlsx_rows(ws, _xlsx_merges(package, ws)) for ws in book.worksheets
                      if ws.sheet_state == "visible"]
            return _text(sheets, name)
        finally:
            book.close()
    except InputError:
        raise
    except Exception as exc:  # a corrupt package or sheet, XML entities refused
        raise InputError(f"{name}：无法读取 Excel 表格，{xml_reason(exc)}") from None


def _xlsx_rows(ws, merges: list[tuple[int, int, int]]) -> Iterator[list[str]]:
    covered = _Covered(merges)
    # (from A1, so that a cell's place in the row is its column, as the merged ranges count them)
    for r, row in enumerate(ws.iter_rows(min_row=1, min_col=1), 1):
        yield [MERGED if covered(r, c) else _shown(cell.value, getattr(cell, "number_format", None) or "")
               for c, cell in enumerate(row, 1)]


def _xlsx_merges(package: zipfile.ZipFile, ws) -> list[tuple[int, int, int]]:
    """(first row, last row, first column) of each range merged over several rows, 1-based. openpyxl reads them only
    when it loads a whole sheet; here they come from the sheet's XML, where they follow its rows."""
    path = getattr(ws, "_worksheet_path", None)
    if not path:
        return []
    xml = package.read(path)
    tail = xml[xml.rfind(b"</sheetData>") + 1:] if b"</sheetData>" in xml else xml
    out = []
    for m in _MERGE_REF.finditer(tail):
        top, bottom = int(m.group(2)), int(m.group(4))
        if bottom > top:
            out.append((top, bottom, _column(m.group(1).decode())))
        if len(out) >= _MAX_MERGES:
            break
    return out


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


class _Covered:
    """Whether a cell (row, column) lies under the first row of a range merged down, in the range's first column —
    asked row by row, in order (a sheet of many ranges is not scanned once per cell)."""

    def __init__(self, merges: list[tuple[int, int, int]]):
        self._pending = sorted(merges)
        self._next = 0
        self._until: dict[int, int] = {}  # column -> the last row its open merged range covers

    def __call__(self, row: int, col: int) -> bool:
        while self._next < len(self._pending) and self._pending[self._next][0] < row:
            top, bottom, first = self._pending[self._next]
            self._until[first] = max(self._until.get(first, 0), bottom)
            self._next += 1
        return self._until.get(col, 0) >= row


def ods_text(data: bytes, name: str) -> str:
    from zhengce.reading.odf_text import ods_rows  # (an OpenDocument sheet: its rows as the other sheets')

    try:
        return _text(ods_rows(data, name), name)
    except InputError as exc:
        raise InputError(str(exc) if str(exc).startswith(name) else f"{name}：{exc}") from None


def xls_text(data: bytes, name: str) -> str:
    import xlrd  # (imported here: only the older binary spreadsheets need it)

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:
        raise InputError(f"{name}：无法读取 Excel 表格（.xls），文件可能已损坏（{type(exc).__name__}）") from None
    try:
        sheets = [_xls_rows(book, book.sheet_by_index(i)) for i in range(book.nsheets)
                  if book.sheet_by_index(i).visibility == 0]
        return _text(sheets, name)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{name}：无法读取 Excel 表格（.xls），文件可能已损坏（{type(exc).__name__}）") from None
    finally:
        book.release_resources()


def csv_text(text: str, name: str) -> str:
    """A list saved as CSV (comma, tab or semicolon between cells, as Excel and WPS write it): its rows as a
    sheet's."""
    import csv

    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise InputError(f"{name}：无法读取 CSV 表格（{exc}）") from None
    return _text([iter(rows)], name)


def _xls_rows(book, sheet) -> Iterator[list[str]]:
    import xlrd

    # (xlrd counts from 0, its last row and column past the range)
    covered = _Covered([(lo + 1, hi, clo + 1) for lo, hi, clo, _ in sheet.merged_cells[:_MAX_MERGES] if hi - lo > 1])
    for r in range(sheet.nrows):
        out = []
        for c, cell in enumerate(sheet.row(r)):
            if covered(r + 1, c + 1):
                out.append(MERGED)
                continue
            value = cell.value
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                except Exception:  # (a date number out of range: shown as the number it is)
                    pass
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                value = bool(value)
            elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                value = None
            fmt = ""
            if cell.ctype == xlrd.XL_CELL_NUMBER:
                xf = book.xf_list[sheet.cell_xf_index(r, c)]
                fmt = getattr(book.format_map.get(xf.format_key), "format_str", "") or ""
            out.append(_shown(value, fmt))
        yield out


def _shown(value, fmt: str) -> str:
    """A cell as the sheet shows it: no float's binary tail, a percentage as one, a date in Chinese."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) != (0, 0, 0):
            return f"{value.year}年{value.month}月{value.day}日{value.hour}:{value.minute:02d}"
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float, Decimal)):
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except InvalidOperation:
            return str(value)
        if not number.is_finite():
            return ""
        if isinstance(value, float) and number.adjusted() - number.as_tuple().exponent >= 15:
            # a float's binary tail (0.1 + 0.2 stored as 0.30000000000000004): Excel shows 15 digits
            number = number.quantize(Decimal(1).scaleb(number.adjusted() - 14))
        if "%" in re.sub(r'"[^"]*"|\\.', "", fmt):  # (a literal "%" in quotes is no percent format)
            return _plain(number * 100) + "%"
        return _plain(number)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _text(sheets: Iterable[Iterator[list[str]]], name: str) -> str:
    lines: list[str] = []
    cells = 0

    def counted(rows: Iterator[list[str]]) -> Iterator[list[list[str]]]:
        nonlocal cells
        for row in rows:
            cells += len(row)
            if cells > _MAX_CELLS:
                raise InputError(f"{name}：Excel 表格的单元格超过上限（{_MAX_CELLS} 个），不是政策文件")
            yield [v.split("\n") if v else [] for v in row]

    for rows in sheets:
        lines += row_lines(counted(rows))
    return "\n".join(line for line in lines if line.strip())
