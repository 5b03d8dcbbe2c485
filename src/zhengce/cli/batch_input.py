"""The edge of `zhengce batch`: what a registry file must be before the batch reader (rules/batch.py) sees it.

A CSV in any of the encodings Excel writes in China (UTF-8 with or without BOM, GBK/GB18030, UTF-16) is
transcoded to UTF-8, blank lines dropped; a row with more columns than the header is reported with its
spreadsheet row number and handed on as an empty row; `numbers` maps the reader's data rows back to
spreadsheet rows. An .xlsx is inspected as a zip before it is opened. Errors of the reader (DuckDB) are
turned into one Chinese line, never a dump.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from zhengce.errors import InputError
from zhengce.registry_input import decode_csv, inspect_xlsx

MAX_CELL = 1_000_000


class Prepared:
    def __init__(self, path: Path, set_aside: dict[int, str] | None = None, numbers: list[int] | None = None,
                 offset: int = 0):
        self.path, self.set_aside, self.numbers, self.offset = path, set_aside or {}, numbers, offset

    def spreadsheet_row(self, data_row: int) -> int:
        """The spreadsheet row of the reader's 1-based data row."""
        if self.numbers is not None and 1 <= data_row <= len(self.numbers):
            return self.numbers[data_row - 1]
        return data_row + self.offset


def prepare_registry(path: str, workdir: Path) -> Prepared:
    """The file to hand to the batch reader, the rows set aside and the way back to spreadsheet rows."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"名册 {path} 是文件夹，不是文件")
    if not p.exists():
        raise InputError(f"名册 {path} 不存在")
    suffix = p.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            with open(p, "rb") as fh:
                inspect_xlsx(fh)
            return Prepared(p, offset=1)  # row 1 is the header
        if suffix != ".csv":
            return Prepared(p)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"名册 {path} 无法读取：{exc.strerror}") from None
    if data[:4] == b"PK\x03\x04":
        raise InputError(f"名册 {path} 扩展名为 .csv，但内容是压缩包（.xlsx？）")
    text, _ = decode_csv(data)
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    set_aside: dict[int, str] = {}
    numbers: list[int] = []
    width = None
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"名册 {path} 第 {reader.line_num} 行无法读取：{str(exc).split(':')[0]}") from None
        number += 1
        if width is None:
            width = len(row)
            writer.writerow(row)
            continue
        cells = list(row)
        if not any(c.strip() for c in cells):
            continue  # a blank line (the reader skips them too)
        while len(cells) > width and not cells[-1].strip():
            cells.pop()
        if len(cells) > width:
            set_aside[number] = f"有 {len(cells)} 列，表头只有 {width} 列"
            cells = [""] * width
        elif len(cells) < width:
            cells += [""] * (width - len(cells))  # missing trailing cells are blank (unknown)
        numbers.append(number)
        writer.writerow(cells)
    if width is None:
        raise InputError(f"名册 {path} 为空")
    clean = workdir / "registry.csv"
    clean.write_text(out.getvalue(), encoding="utf-8")
    return Prepared(clean, set_aside, numbers)


def reader_error(exc: Exception, path: str) -> InputError:
    """One Chinese line for an error of the batch reader (the first line of its message, shortened)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputError(f"名册 {path} 无法读取：{first[:200]}")
