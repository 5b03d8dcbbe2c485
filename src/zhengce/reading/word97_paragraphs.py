"""What a Word 97–2003 document's paragraph properties say that its text does not: which paragraph marks
end a table cell, a row or a paragraph inside a cell (so a .doc table reads as the same table saved as
.docx does, a row on one line), and which list and level a paragraph is numbered in.

Each paragraph's PAPX (in the FKP pages that the table stream's PlcBtePapx lists) carries sprmPFInTable
for a paragraph in a table, sprmPFTtp for a row's end mark, sprmPIlfo and sprmPIlvl for a numbered one.
The text alone is ambiguous — a cell mark followed by another is a row's end or an empty cell.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass

from zhengce import rx as re
from zhengce.reading.word_binary import fkp_runs, merged_down, sprms

_IN_TABLE, _ROW_END, _INNER_CELL, _INNER_ROW_END = 1, 2, 4, 8
_FLAG_OF_SPRM = {0x2416: _IN_TABLE, 0x2417: _ROW_END, 0x244B: _INNER_CELL, 0x244C: _INNER_ROW_END}
_SPRM_ITAP = 0x6649  # table depth; above 0 is in a table
_SPRM_ILFO, _SPRM_ILVL = 0x460B, 0x260A  # the paragraph's list (1-based, in PlfLfo) and its level
_MARK = re.compile(r"[\r\x07]")


@dataclass(frozen=True)
class Props:
    flag: int = 0
    ilfo: int | None = None  # the list instance (from 1; 0: none), None: as the paragraph's style says
    ilvl: int | None = None
    istd: int = 0  # the paragraph's style
    merged: tuple[int, ...] = ()  # a row's end: its cells merged into the cell above them


def list_props(grpprl: bytes, start: int) -> tuple[int | None, int | None]:
    """The list instance and level a paragraph's (or a style's) properties set, None where they do not."""
    ilfo = ilvl = None
    for sprm, at in sprms(grpprl, start):
        if sprm == _SPRM_ILFO and at + 2 <= len(grpprl):
            ilfo = max(struct.unpack_from("<h", grpprl, at)[0], 0)
        elif sprm == _SPRM_ILVL:
            ilvl = min(grpprl[at], 8)
    return ilfo, ilvl


def mark_props(word: bytes, table: bytes, pieces: list[tuple[int, int, int, bool]], raw: str) -> dict[int, Props]:
    """Each paragraph mark's position in the main text → the properties of the paragraph it ends."""
    starts, ends, props = _paragraph_runs(word, table)
    out: dict[int, Props] = {}
    at = 0  # where the piece begins in the text (pieces follow each other)
    for start, end, fc, compressed in pieces:
        width = 1 if compressed else 2
        for m in _MARK.finditer(raw, at, at + end - start):
            byte = fc + width * (m.start() - at)
            i = bisect.bisect_right(starts, byte) - 1
            if 0 <= i and byte < ends[i]:
                out[m.start()] = props[i]
        at += end - start
    return out


def table_marks(props: dict[int, Props], raw: str) -> dict[int, str]:
    """Position in the main text → "row" | "cell" | "in_cell" | "inner_cell" | "line", for the paragraph marks
    inside tables ("line": a paragraph of a one-cell row)."""
    if "\x07" not in raw:
        return {}
    marks = {cp: kind for cp, p in props.items() if (kind := _kind(raw[cp], p.flag))}
    return _one_cell_rows_as_lines(marks, raw)


def _one_cell_rows_as_lines(marks: dict[int, str], raw: str) -> dict[int, str]:
    # A row with one filled cell is a page laid out in a table (a saved web page): its paragraphs are lines.
    row_marks: list[int] = []
    filled, cell_from = 0, 0
    for cp in sorted(marks):
        kind = marks[cp]
        if kind == "in_cell":
            row_marks.append(cp)
            continue
        if kind == "inner_cell":
            continue
        if kind == "cell":
            filled += bool(raw[cell_from:cp].strip(" \r\x07"))
            cell_from = cp + 1
            continue
        if filled <= 1:  # the row's end
            for at in row_marks:
                marks[at] = "line"
        row_marks, filled, cell_from = [], 0, cp + 1
    return marks


def _kind(mark: str, flag: int) -> str | None:
    if not flag & _IN_TABLE:
        return "cell" if mark == "\x07" else None  # (a cell mark outside any table: read as a space)
    if mark == "\x07":
        return "row" if flag & _ROW_END else "cell"
    if flag & _INNER_ROW_END:  # a table nested in a cell: its rows are lines of that cell, as paragraphs are
        return "in_cell"
    return "inner_cell" if flag & _INNER_CELL else "in_cell"


def _paragraph_runs(word: bytes, table: bytes) -> tuple[list[int], list[int], list[Props]]:
    # FibRgFcLcb97's 14th pair (at 0x102) locates PlcBtePapx in the table stream
    runs = [(start, end, _props(page, offset) if offset else Props())
            for start, end, page, offset in fkp_runs(word, table, 0x102, 13)]
    if not runs:
        raise ValueError("no paragraph properties")
    runs.sort(key=lambda r: r[0])
    return [r[0] for r in runs], [r[1] for r in runs], [r[2] for r in runs]


def _props(page: bytes, off: int) -> Props:
    cb = page[off]
    start, size = (off + 1, 2 * cb - 1) if cb else (off + 2, 2 * page[off + 1])
    grpprl = page[start:start + size]
    flag = 0
    for sprm, at in sprms(grpprl, 2):  # (after the style index)
        if sprm in _FLAG_OF_SPRM and grpprl[at]:
            flag |= _FLAG_OF_SPRM[sprm]
        elif sprm == _SPRM_ITAP and at + 4 <= len(grpprl) and struct.unpack_from("<I", grpprl, at)[0] > 0:
            flag |= _IN_TABLE
    ilfo, ilvl = list_props(grpprl, 2)
    istd = struct.unpack_from("<H", grpprl, 0)[0] if len(grpprl) >= 2 else 0
    return Props(flag, ilfo, ilvl, istd, merged_down(grpprl, 2) if flag & _ROW_END else ())
