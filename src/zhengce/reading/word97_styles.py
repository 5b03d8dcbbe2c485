"""The list a Word 97–2003 paragraph style numbers its paragraphs in: headings numbered "第一章", "1.1" by
their style carry no list of their own, only the style's index (istd); the style sheet (STSH) holds the
style's paragraph properties (sprmPIlfo, sprmPIlvl), or its base style's.

STSH ([MS-DOC] 2.9.271): the Stshi (cstd, the size of each style's fixed part), then for each style its
length and STD: the fixed part (stk: 1 for a paragraph style; istdBase), the name, then the UPXs — for a
paragraph style first its paragraph properties (istd, then a grpprl), each UPX padded to an even length.
"""

from __future__ import annotations

import struct

from zhengce.reading.word97_paragraphs import list_props

_FC_STSHF = 0x9A + 1 * 8  # FibRgFcLcb97's 2nd fc/lcb pair
_PARAGRAPH_STYLE = 1
_NO_BASE = 0x0FFF
_MAX_CHAIN = 11  # (a base style's base …; Word allows ten levels)


def style_lists(word: bytes, table: bytes) -> dict[int, tuple[int | None, int | None]]:
    """Paragraph style istd → the (list instance, level) it numbers in, through its base styles."""
    own, bases = _styles(word, table)
    out = {}
    for istd in own:
        ilfo = ilvl = None
        at = istd
        for _ in range(_MAX_CHAIN):
            if at not in own:
                break
            s_ilfo, s_ilvl = own[at]
            ilfo = ilfo if ilfo is not None else s_ilfo
            ilvl = ilvl if ilvl is not None else s_ilvl
            if ilfo is not None and ilvl is not None:
                break
            at = bases.get(at, _NO_BASE)
        if ilfo:
            out[istd] = (ilfo, ilvl)
    return out


def _styles(word: bytes, table: bytes) -> tuple[dict[int, tuple[int | None, int | None]], dict[int, int]]:
    fc, lcb = struct.unpack_from("<II", word, _FC_STSHF)
    if lcb < 6 or fc + lcb > len(table):
        return {}, {}
    stsh = table[fc:fc + lcb]
    cb_stshi = struct.unpack_from("<H", stsh, 0)[0]
    cstd, cb_base = struct.unpack_from("<HH", stsh, 2)
    pos, own, bases = 2 + cb_stshi, {}, {}
    for istd in range(cstd):
        if pos + 2 > len(stsh):
            break
        cb_std = struct.unpack_from("<H", stsh, pos)[0]
        std = stsh[pos + 2:pos + 2 + cb_std]
        pos += 2 + cb_std
        if cb_std < cb_base or cb_base < 10:
            continue  # an empty slot, or a fixed part too short to read
        kinds, next_ = struct.unpack_from("<HH", std, 2)
        if kinds & 0x000F != _PARAGRAPH_STYLE:
            continue
        bases[istd] = kinds >> 4
        cch = struct.unpack_from("<H", std, cb_base)[0]
        upx = cb_base + 2 + 2 * cch + 2  # after the name and its terminating zero
        if upx + 2 > len(std):
            continue
        cb_upx = struct.unpack_from("<H", std, upx)[0]
        papx = std[upx + 2:upx + 2 + cb_upx]
        if len(papx) >= 2:
            own[istd] = list_props(papx, 2)  # (after the UPX's own istd)
    return own, bases
