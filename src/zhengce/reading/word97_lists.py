"""Word's automatic numbering in a Word 97–2003 document: the "一、" or "（二）" a list item shows though its
text does not hold it, as for a .docx (docx_numbering.py).

The table stream holds the lists ([MS-DOC] PlfLst: each list's LSTF, then its levels' LVL, one level for a
simple list and nine otherwise) and the list instances paragraphs point at (PlfLfo: an LFO naming its list
by lsid, with LFOData overriding a level's start). A level's number text (xst) holds the code 0–8 where
the number of that level goes. A paragraph names its list itself, or through its style (word97_styles).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from zhengce.reading.list_numbers import format_number, nfc_format
from zhengce.reading.word97_paragraphs import Props
from zhengce.reading.word97_styles import style_lists

_FC_PLFLST, _FC_PLFLFO = 0x9A + 73 * 8, 0x9A + 74 * 8  # FibRgFcLcb97's 74th and 75th fc/lcb pairs
_MAX_LISTS = 10_000


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str  # with chr(0..8) where a level's number goes
    follow: str  # after the number: a tab, a space or nothing
    legal: bool


def list_labels(word: bytes, table: bytes, props: dict[int, Props], raw: str) -> dict[int, str]:
    """Where a numbered paragraph starts in the main text → the number Word prints there."""
    styles = style_lists(word, table)
    if not any(p.ilfo or p.ilfo is None and p.istd in styles for p in props.values()):
        return {}
    lists = _lists(word, table)
    instances = _instances(word, table)
    counters: dict[int, list[int | None]] = {}
    started: set[int] = set()
    labels: dict[int, str] = {}
    para_start = 0
    for cp in sorted(props):
        p, here_start, para_start = props[cp], para_start, cp + 1
        s_ilfo, s_ilvl = styles.get(p.istd, (None, None))
        ilfo = p.ilfo if p.ilfo is not None else s_ilfo  # (a paragraph's own list, else its style's)
        ilvl = p.ilvl if p.ilvl is not None else s_ilvl or 0
        if raw[cp] not in "\r\x07" or not ilfo or ilfo > len(instances):
            continue
        lsid, overrides = instances[ilfo - 1]
        levels = lists.get(lsid)
        if not levels:
            continue
        counts = counters.setdefault(lsid, [None] * 9)
        if ilfo not in started:  # an instance that restarts a level's numbering, where it is first used
            started.add(ilfo)
            for i, start in overrides.items():
                counts[i] = start - 1
        ilvl = min(ilvl, len(levels) - 1)
        level = levels[ilvl]
        counts[ilvl] = (counts[ilvl] if counts[ilvl] is not None else level.start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None
        if level.fmt in ("bullet", "none"):
            continue
        text = "".join(_number(ord(ch), counts, levels, level, ilvl) if ord(ch) < 9 else ch for ch in level.text)
        if text:
            labels[here_start] = text + level.follow
    return labels


def _number(i: int, counts: list[int | None], levels: list[Level], level: Level, ilvl: int) -> str:
    if i >= len(levels):
        return ""
    n = counts[i] if counts[i] is not None else levels[i].start
    return format_number(n, "decimal" if level.legal and i != ilvl else levels[i].fmt)


def _lists(word: bytes, table: bytes) -> dict[int, list[Level]]:
    fc, lcb = struct.unpack_from("<II", word, _FC_PLFLST)
    if lcb < 2 or fc + lcb > len(table):
        return {}
    count = struct.unpack_from("<h", table, fc)[0]
    if not 0 < count <= _MAX_LISTS or 2 + 28 * count > lcb:
        return {}
    heads = [(struct.unpack_from("<i", table, fc + 2 + 28 * i)[0], table[fc + 2 + 28 * i + 26] & 1)
             for i in range(count)]
    pos, lists = fc + lcb, {}  # the levels follow the PlfLst, list after list
    for lsid, simple in heads:
        levels = []
        for _ in range(1 if simple else 9):
            level, pos = _level(table, pos)
            levels.append(level)
        lists[lsid] = levels
    return lists


def _level(table: bytes, pos: int) -> tuple[Level, int]:
    start, nfc, flags = struct.unpack_from("<iBB", table, pos)
    follow = {0: "\t", 1: " "}.get(table[pos + 15], "")
    cb_chpx, cb_papx = table[pos + 24], table[pos + 25]
    pos += 28 + cb_papx + cb_chpx
    cch = struct.unpack_from("<H", table, pos)[0]
    if pos + 2 + 2 * cch > len(table):
        raise ValueError("a list level's number text runs past the table stream")
    text = table[pos + 2:pos + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    return Level(max(0, min(start, 10_000)), nfc_format(nfc), text, follow, bool(flags & 0x04)), pos + 2 + 2 * cch


def _instances(word: bytes, table: bytes) -> list[tuple[int, dict[int, int]]]:
    """Each LFO (in order; a paragraph's ilfo counts from 1): its list's lsid and its levels' start overrides."""
    fc, lcb = struct.unpack_from("<II", word, _FC_PLFLFO)
    if lcb < 4 or fc + lcb > len(table):
        return []
    count = struct.unpack_from("<I", table, fc)[0]
    if count > _MAX_LISTS or 4 + 16 * count > lcb:
        return []
    lfos = [(struct.unpack_from("<i", table, fc + 4 + 16 * i)[0], table[fc + 4 + 16 * i + 12]) for i in range(count)]
    pos, out = fc + 4 + 16 * count, []
    for lsid, n_overrides in lfos:
        starts: dict[int, int] = {}
        pos += 4  # LFOData's cp
        for _ in range(n_overrides):
            start, bits = struct.unpack_from("<iI", table, pos)
            pos += 8
            if bits & 0x10:  # fStartAt
                starts[bits & 0x0F] = max(0, min(start, 10_000))
            if bits & 0x20:  # fFormatting: a whole level follows
                _, pos = _level(table, pos)
        out.append((lsid, {i: s for i, s in starts.items() if i < 9}))
    return out
