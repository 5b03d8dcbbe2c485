"""Structures the Word 6/95 and Word 97–2003 readers share ([MS-DOC]): the piece table inside a Clx, the
FKP pages that hold paragraph and character properties, and the property modifiers (sprms) in them."""

from __future__ import annotations

import bisect
import struct
from typing import Iterator

_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's top three bits (spra)
_STOP = {0xD608, 0xD605, 0xC615}  # table definitions, tab changes: nothing read here follows them in need


def piece_table(clx: bytes) -> tuple[tuple[int, ...], bytes, int]:
    """The Clx's piece table: its character positions (n + 1), the table itself, and n, the pieces."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers of pieces, not text
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        raise ValueError("empty piece table")
    return struct.unpack_from(f"<{n + 1}I", plc, 0), plc, n


def piece_fc(plc: bytes, n: int, i: int) -> int:
    """The stored byte offset of piece i (its top bits say how the piece is stored)."""
    return struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]


def fkp_runs(word: bytes, table: bytes, fib_offset: int, entry: int) -> Iterator[tuple[int, int, bytes, int]]:
    """(first byte, end, FKP page, offset of the run's properties in the page or 0) for each run of the FKP pages
    that the PlcBte at FibRgFcLcb97's fib_offset lists; `entry`: the size of a page's entry (13 for paragraphs'
    BxPap, 1 for characters')."""
    fc_plc, lcb = struct.unpack_from("<II", word, fib_offset)
    plc = table[fc_plc:fc_plc + lcb]
    n = (len(plc) - 4) // 8
    if n <= 0 or fc_plc + lcb > len(table):
        return
    for i in range(n):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF
        page = word[pn * 512:pn * 512 + 512]
        if len(page) < 512:
            raise ValueError("a property page lies past the end of the stream")
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for j in range(crun):
            yield rgfc[j], rgfc[j + 1], page, 2 * page[4 * (crun + 1) + entry * j]


_PLC_BTE_CHPX = 0x9A + 12 * 8  # (FibRgFcLcb97's 13th pair: the character properties' FKP pages)


def character_runs(word: bytes, table: bytes, value_of) -> list[tuple[int, int, object]]:
    """The WordDocument stream's byte ranges whose character properties (a CHPX's grpprl) give value_of(grpprl) a
    value other than None: (first byte, end, value), sorted."""
    return sorted((start, end, value) for start, end, page, offset in fkp_runs(word, table, _PLC_BTE_CHPX, 1)
                  if offset and (value := value_of(page[offset + 1:offset + 1 + page[offset]])) is not None)


def text_spans(runs: list[tuple[int, int, object]], pieces: list[tuple[int, int, int, bool]]):
    """The text positions (start, end, value) the byte ranges of character_runs cover, piece by piece (the piece
    table's (start, end, fc, compressed): a compressed piece one byte a character, another two)."""
    if not runs:
        return
    starts = [r[0] for r in runs]
    at = 0
    for start, end, fc, compressed in pieces:
        width = 1 if compressed else 2
        lo, hi = fc, fc + width * (end - start)
        i = max(bisect.bisect_right(starts, lo) - 1, 0)
        while i < len(runs) and runs[i][0] < hi:
            a, b = max(runs[i][0], lo), min(runs[i][1], hi)
            if a < b:  # the run's bytes inside the piece, as positions of the text
                yield at + (a - fc + width - 1) // width, at + (b - fc + width - 1) // width, runs[i][2]
            i += 1
        at += end - start


def sprms(grpprl: bytes, start: int = 0) -> Iterator[tuple[int, int]]:
    """(sprm, where its operand starts) for each property modifier of a grpprl, in order; stops at those
    whose length this reader does not work out (table definitions, tab changes: nothing wanted follows)."""
    i = start
    while i + 2 <= len(grpprl):
        sprm = grpprl[i] | grpprl[i + 1] << 8
        i += 2
        if sprm in _STOP or i >= len(grpprl):
            return
        yield sprm, i
        size = _OPERAND_SIZE.get(sprm >> 13)
        i += size if size is not None else 1 + grpprl[i]  # (a variable operand starts with its length)


_TDEF_TABLE, _TVERT_MERGE = 0xD608, 0xD62B


def merged_down(grpprl: bytes, start: int = 0) -> tuple[int, ...]:
    """The cells of a table row that continue the cell above them (merged vertically), by index in the row, from
    the row's table definition (sprmTDefTable: each cell's TC80, its vertMerge bits 5–6 = 1) and any
    sprmTVertMerge after it."""
    merged: dict[int, bool] = {}
    i = start
    while i + 2 <= len(grpprl):
        sprm = grpprl[i] | grpprl[i + 1] << 8
        i += 2
        if i >= len(grpprl):
            break
        if sprm == _TDEF_TABLE:  # (cb, then the remainder: cb - 1 bytes)
            if i + 3 > len(grpprl):
                break
            cb = struct.unpack_from("<H", grpprl, i)[0]
            operand = grpprl[i + 2:i + 1 + cb]
            n = operand[0] if operand else 0
            tcs = operand[1 + 2 * (n + 1):]
            for k in range(min(n, len(tcs) // 20)):
                merged[k] = (struct.unpack_from("<H", tcs, 20 * k)[0] >> 5) & 3 == 1
            i += 1 + cb
            continue
        if sprm == _TVERT_MERGE and i + 3 <= len(grpprl):  # (cb = 2, the cell, its vertMerge)
            merged[grpprl[i + 1]] = grpprl[i + 2] == 1
        if sprm in _STOP:
            break
        size = _OPERAND_SIZE.get(sprm >> 13)
        i += size if size is not None else 1 + grpprl[i]
    return tuple(sorted(k for k, v in merged.items() if v))

