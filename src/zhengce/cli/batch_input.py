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
from zhengce import rx as re
from pathlib import Path

from zhengce.errors import InputError
from zhengce.money import MoneyError, parse_money, plain_yuan
from zhengce.registry_input import (csv_reader, csv_rows, decode_csv, fact_header, inspect_xlsx, is_names_row,
                                    join_errors, row_errors)


class Prepared:
    def __init__(self, path: Path, set_aside: dict[int, str] | None = None, numbers: list[int] | None = None,
                 offset: int = 1):
        self.path, self.set_aside, self.numbers, self.offset = path, set_aside or {}, numbers, offset

    # the numbering hooks of run_batch / read_columns: the reader numbers the prepared file (header = row 1)
    def rows_of(self, rows):
        """The registry's own row numbers of the reader's row numbers (a numpy array)."""
        import numpy as np

        from zhengce.rules.registry import HEADER_ROWS
        data = np.asarray(rows, dtype=np.int64) - HEADER_ROWS
        if self.numbers is not None and len(data) and 1 <= data.min() and data.max() <= len(self.numbers):
            return np.asarray(self.numbers, dtype=np.int64)[data - 1]
        return data + self.offset

    def explain(self, row: int, error: str) -> str:
        """A row set aside (blanked) before the reader saw it: why, not what the reader says of a blank row."""
        return self.set_aside.get(row) or error

    def all_errors(self, errors: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """(spreadsheet row, error) with an empty error filled in from a second pass over the clean CSV."""
        wanted = {r for r, e in errors if not e}
        found: dict[int, list[str]] = {}
        if self.numbers is not None and wanted:
            data_row = {n: k for k, n in enumerate(self.numbers, start=1)}
            want = {data_row[r]: r for r in wanted if r in data_row}
            with open(self.path, encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                header = next(reader, [])
                for k, row in enumerate(reader, start=1):
                    if k in want:
                        raw = {h: (v if v.strip() else None) for h, v in zip(header, row) if h}
                        found[want[k]] = row_errors(raw)
        return [(r, e or join_errors(found.get(r) or [])) for r, e in errors]


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
            from zhengce.rules.batch import excel_names_row

            # row 1 is the header; a template's row 2 (field names under Chinese headings) is skipped too
            return Prepared(p, offset=2 if excel_names_row(p) else 1)
        if suffix != ".csv":
            return Prepared(p)  # Parquet: the reader's numbering (first data row = 2, as the output files)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"名册 {path} 无法读取：{exc.strerror}") from None
    if data[:4] == b"PK\x03\x04":
        raise InputError(f"名册 {path} 扩展名为 .csv，但内容是压缩包（.xlsx？）")
    text, _ = decode_csv(data)
    reader = csv_reader(text)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    set_aside: dict[int, str] = {}
    numbers: list[int] = []
    width = None
    numeric: list[int] = []  # columns holding money, percentages or counts: digits only ("1e7" is not money)
    money: list[int] = []  # money columns: written as people write it (150万, 1.5亿, 150,000元), read exactly
    number = 0
    for row in csv_rows(reader, f"名册 {path}"):
        number += 1
        if width is None:
            width = len(row)
            header = fact_header([h.strip() for h in row])  # Chinese headings → field names
            numeric = _numeric_columns(header)
            money = _money_columns(header)
            writer.writerow(header)
            continue
        cells = list(row)
        if not any(c.strip() for c in cells):
            continue  # a blank line (the reader skips them too)
        if not numbers and not set_aside and is_names_row(cells, header):
            continue  # the template's second row: the field names under the Chinese headings
        for i in money:
            if i < len(cells) and cells[i].strip() and not _PLAIN.match(cells[i].strip()):
                try:
                    cells[i] = plain_yuan(parse_money(cells[i]))
                except MoneyError:
                    pass  # left as written: set aside below with every error of the row
        while len(cells) > width and not cells[-1].strip():
            cells.pop()
        problems = []
        if len(cells) > width:
            problems.append(f"有 {len(cells)} 列，表头只有 {width} 列")
        elif len(cells) < width:
            cells += [""] * (width - len(cells))  # missing trailing cells are blank (unknown)
        if problems or numeric and any(cells[i].strip() and not _PLAIN.match(cells[i].strip().replace(",", ""))
                                       for i in numeric):
            # set aside with every error of the row (its cells under the header, for a row too wide)
            raw = {h: (c if c.strip() else None) for h, c in zip(header, cells) if h}
            problems += row_errors(raw)
            set_aside[number] = join_errors(problems or ["数值格式有误"])
            cells = [""] * width
        numbers.append(number)
        writer.writerow(cells)
    if width is None:
        raise InputError(f"名册 {path} 为空")
    clean = workdir / "registry.csv"
    clean.write_text(out.getvalue(), encoding="utf-8")
    return Prepared(clean, set_aside, numbers)


_PLAIN = re.compile(r"^[+-]?[0-9]{1,30}(\.[0-9]{1,30})?$")


def _money_columns(header: list[str]) -> list[int]:
    from zhengce.rules.profile import schema

    facts = schema().facts
    return [i for i, h in enumerate(header) if h in facts and facts[h].type == "money"]


def _numeric_columns(header: list[str]) -> list[int]:
    from zhengce.rules.profile import schema

    facts = schema().facts
    return [i for i, h in enumerate(header) if h in facts and facts[h].type in ("money", "percent", "int")]


def reader_error(exc: Exception, path: str) -> InputError:
    """One Chinese line for an error of the batch reader (the first line of its message, shortened)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputError(f"名册 {path} 无法读取：{first[:200]}")
