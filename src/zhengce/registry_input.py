"""Reading uploaded or given registries (CSV, .xlsx) safely, before any parser sees them.

CSV: the encoding is detected from the bytes — a BOM (UTF-8, UTF-16 LE/BE), else UTF-8, else UTF-16
without BOM (NUL bytes in every other position), else GB18030 (which covers GBK/GB2312, Excel's "CSV" in
China) — and the text transcoded to UTF-8. Rows are read one at a time with a row limit and a cell limit;
a row with too many or too few columns is reported with its spreadsheet row number and skipped.

.xlsx: inspected as a zip first — entry count, total and per-part uncompressed size, shared-strings
size — so a 450 KB file that inflates to gigabytes is refused without inflating it; then the first
sheet is streamed row by row (openpyxl read-only, XML parsed by defusedxml: no external entities, no
entity expansion), the row limit enforced while reading. Any malformed file is an InputError in Chinese.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from zhengce import rx as re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, BinaryIO, Iterator

from zhengce.errors import InputError, ZhengceError
from zhengce.workbooks import inspect_xlsx, xml_reason as _xml_reason  # noqa: F401 (inspect_xlsx: batch input's too)

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
CSV_FIELD_LIMIT = 131_072  # the csv module's default, set explicitly: the limit is process-wide


def csv_reader(text: str):
    """A csv reader over `text` with the one field limit every zhengce CSV reader uses."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    return csv.reader(io.StringIO(text, newline=""))


@dataclass
class Registry:
    """Header and rows ({column: text or value}, each with its spreadsheet row number); bad rows apart."""

    header: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    encoding: str | None = None


def decode_csv(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of CSV bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) // 2:
            return _decode(data, "utf-16-le"), "utf-16-le"
        if even.count(0) > len(even) // 2:
            return _decode(data, "utf-16-be"), "utf-16-be"
    if b"\x00" in head:
        raise InputError("文件不是文本 CSV（含二进制内容）")
    return _decode(data, "gb18030"), "gb18030"


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"无法按 {encoding} 解码 CSV 文件：请另存为 UTF-8 或 GBK 编码的 CSV") from None


def read_csv(data: bytes, max_rows: int) -> Registry:
    if data[:4] == b"PK\x03\x04":
        raise InputError("文件扩展名为 .csv，但内容不是文本（是压缩包：.xlsx 吗？）")
    text, encoding = decode_csv(data)
    reader = csv_reader(text)
    reg = _from_rows(csv_rows(reader), max_rows)
    reg.encoding = encoding
    return reg


def csv_rows(reader, where: str = "CSV") -> Iterator[list[Any]]:
    """The reader's rows; a row the csv module cannot read stops with its line number, in Chinese."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{where} 第 {reader.line_num} 行无法读取：{csv_reason(exc)}") from None
        yield row


def csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"单元格过长（上限 {CSV_FIELD_LIMIT} 个字符）"
    if "NUL" in text or "null byte" in text:
        return "含空字符（不是文本文件？）"
    return "格式错误（引号不匹配？）"


def _from_rows(rows: Iterator[list[Any]], max_rows: int) -> Registry:
    """Header from the first non-blank row; each later row checked for width and cell size."""
    reg: Registry | None = None
    for number, row in enumerate(rows, start=1):
        if number > max_rows + 1:  # blank rows count too: 2 million empty rows are refused as fast
            raise InputError(f"名册超过上限 {max_rows} 行（读到第 {number} 行时停止）")
        if not any(c is not None and str(c).strip() for c in row):
            continue
        if reg is None:
            header = [str(h).strip() if h is not None else "" for h in row]
            while header and not header[-1]:
                header.pop()
            if not header:
                raise InputError("名册第一行（表头）为空")
            reg = Registry(fact_header(header))
            continue
        if not reg.rows and not reg.bad_rows and is_names_row(row, reg.header):
            continue  # the template's second row: the field names under the Chinese headings
        cells = list(row)
        while len(cells) > len(reg.header) and (cells[-1] is None or str(cells[-1]).strip() == ""):
            cells.pop()  # trailing empty cells (Excel leaves them) are not extra columns
        if len(cells) > len(reg.header):
            reg.bad_rows.append((number, f"有 {len(cells)} 列，表头只有 {len(reg.header)} 列"))
            continue
        long = [reg.header[i] for i, c in enumerate(cells) if isinstance(c, str) and len(c) > MAX_CELL_CHARS]
        if long:
            reg.bad_rows.append((number, f"单元格过长：{'、'.join(long)}"))
            continue
        reg.rows.append((number, {h: (_cell(cells[i]) if i < len(cells) else None)
                                  for i, h in enumerate(reg.header) if h}))
    if reg is None:
        raise InputError("名册为空")
    return reg


ENTITY_HEADING = "主体类型"


def heading(name: str) -> str:
    """The Chinese column heading of a fact (the template's first row): its label, with the unit."""
    from zhengce.rules.profile import schema

    if name == "entity":
        return ENTITY_HEADING
    spec = schema().facts.get(name)
    if spec is None:
        return name
    unit = {"money": "（元）", "percent": "（%）"}.get(spec.type, "")
    return spec.label + unit


def _heading_key(text: str) -> str:
    """Headings compared without spaces and brackets: 高新技术企业(认定日期) = 高新技术企业认定日期."""
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s()（）]+", "", t)


@lru_cache(maxsize=1)
def _headings() -> dict[str, str]:
    from zhengce.rules.profile import schema

    out = {_heading_key(ENTITY_HEADING): "entity"}
    for name in schema().facts:
        label = schema().facts[name].label
        for text in (label, heading(name)):
            out.setdefault(_heading_key(text), name)
    return out


def fact_header(header: list[str]) -> list[str]:
    """Column names as fact names: a Chinese heading (标签, with or without its unit, e.g.
    "本年度营业收入（元）") becomes its fact name; fact names and unknown columns stay as they are."""
    from zhengce.rules.profile import schema

    facts = schema().facts
    known = _headings()
    return [h if (not h or h in facts or h == "entity" or "@" in h) else known.get(_heading_key(h), h)
            for h in header]


def is_names_row(row: list[Any], header: list[str]) -> bool:
    """True for a row that repeats the fact names of the columns (the template's second row)."""
    cells = [(str(c).strip() if c is not None else "") for c in row]
    pairs = [(c, h) for c, h in zip(cells, header) if c]
    return bool(pairs) and all(c == h for c, h in pairs) and len(pairs) >= min(2, len(header))


def _cell(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v == v and abs(v) < 2**53:
        # an Excel number: the shortest decimal that round-trips is what was typed (15 significant digits)
        return int(v) if v == int(v) else Decimal(repr(v))
    return v


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def first_sheet_part(zf: zipfile.ZipFile) -> str:
    """The zip part of the workbook's first sheet (the one read), from workbook.xml and its rels."""
    from defusedxml import ElementTree as DET

    try:
        wb = DET.fromstring(zf.read("xl/workbook.xml"))
        sheet = next(e for e in wb.iter() if e.tag.endswith("}sheet") or e.tag == "sheet")
        rid = next(v for k, v in sheet.attrib.items() if k.endswith("}id"))
        rels = DET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = next(e.get("Target") for e in rels.iter() if e.get("Id") == rid)
    except Exception:  # unusual or broken structure: openpyxl will say so; count the usual part
        return "xl/worksheets/sheet1.xml"
    target = target.lstrip("/")
    return target if target.startswith("xl/") else "xl/" + target


def count_rows(zf: zipfile.ZipFile, part: str, limit: int) -> None:
    """Refuse a sheet with more than `limit` row elements, counted while inflating, stopping early:
    blank <row/> elements count too, so millions of them in a small file are refused at once."""
    if part not in zf.namelist():
        return
    seen, tail = 0, b""
    with zf.open(part) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                return
            data = tail + chunk
            seen += len(_ROW_TAG.findall(data)) - len(_ROW_TAG.findall(tail))
            if seen > limit:
                raise InputError(f"名册超过上限 {limit - 1} 行（工作表至少有 {seen} 行）")
            tail = data[-32:]


def read_xlsx(source: bytes | BinaryIO, max_rows: int) -> Registry:
    inspect_xlsx(source)
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            count_rows(zf, first_sheet_part(zf), max_rows + 1)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError, RuntimeError, NotImplementedError):
        raise InputError("Excel 工作簿文件结构损坏") from None
    if not isinstance(source, bytes):
        source.seek(0)
    import openpyxl  # XML through defusedxml when installed (pinned in requirements.lock)

    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        wb = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except InputError:
        raise
    except Exception as exc:  # any malformed part: openpyxl, zipfile and the XML parser raise many kinds
        raise InputError(f"无法读取 Excel 工作簿：{_xml_reason(exc)}") from None
    try:
        if not wb.worksheets:
            raise InputError("Excel 工作簿没有工作表")
        return _from_rows(_xlsx_rows(wb.worksheets[0]), max_rows)
    finally:
        wb.close()


def _xlsx_rows(ws) -> Iterator[list[Any]]:
    rows = ws.iter_rows(values_only=True)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"无法读取 Excel 工作表：{_xml_reason(exc)}") from None
        yield list(row)


MAX_ROW_ERRORS = 10  # a row's errors reported together, up to this many


def join_errors(errors: list[str]) -> str:
    """A row's errors on one line: every one up to MAX_ROW_ERRORS, then how many more."""
    shown = "; ".join(errors[:MAX_ROW_ERRORS])
    return shown + (f"; 另有 {len(errors) - MAX_ROW_ERRORS} 个问题" if len(errors) > MAX_ROW_ERRORS else "")


def row_errors(raw: dict[str, Any]) -> list[str]:
    """Every error of one registry row (not just the first), in column order."""
    from zhengce.rules.profile import convert, schema

    sch = schema()
    entity = str(raw.get("entity") or "enterprise").strip()
    if entity not in sch.raw["entities"]:
        from zhengce.rules.profile import _entities_zh

        return [f"主体类型不能填 {entity!r}；应为以下之一：{_entities_zh(sch.raw['entities'])}"]
    errors = []
    for column, value in raw.items():
        if column in ("entity", "id", "name") or value is None or (isinstance(value, str) and not value.strip()):
            continue
        spec = sch.facts.get(column)
        if spec is None:
            errors.append(f"列 {column!r}：不认识的字段；可用的列名见 zhengce profile schema")
            continue
        if entity not in spec.entities:
            continue
        if isinstance(value, float) and (value != value or value != int(value) or abs(value) > 2**53):
            errors.append(f"{sch.label(column)}：{value!r} 不是精确数字；金额请写成整数或小数文字")
            continue
        try:
            convert(spec, int(value) if isinstance(value, float) else value, column)
        except ZhengceError as exc:
            errors.append(str(exc))
    if raw.get("region") is None or not str(raw.get("region")).strip():
        errors.append("所在区县为必填项：请填写所在区县，如 杭州市余杭区")
    return errors
