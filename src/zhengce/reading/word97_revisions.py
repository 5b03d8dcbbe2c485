"""Tracked deletions in a Word 97–2003 document: text a reviewer struck out stays in a .doc's text stream,
marked deleted in its character properties — a draft with revisions would read "奖励5080万元" where the page
shows 80. The reading is of the document as it reads with the revisions accepted (as a .docx's w:del is
left out), so deleted characters go.

Character properties live in CHPX FKP pages that the table stream's PlcBteChpx lists (FibRgFcLcb97's 13th
pair); sprmCFRMarkDel marks a run deleted.
"""

from __future__ import annotations

import bisect
import struct

from zhengce.reading.word97_paragraphs import sprms

_PLC_BTE_CHPX = 0x9A + 12 * 8
_SPRM_RMARK_DEL = 0x0800
_ON = (1, 0x81)  # a toggle: on, or the opposite of the style's (a style never deletes)


def deleted_spans(word: bytes, table: bytes, pieces: list[tuple[int, int, int, bool]]) -> list[tuple[int, int]]:
    """Ranges of the main text's positions (start, end) marked deleted, in order."""
    runs = _deleted_runs(word, table)
    if not runs:
        return []
    starts = [r[0] for r in runs]
    spans: list[tuple[int, int]] = []
    at = 0
    for start, end, fc, compressed in pieces:
        width = 1 if compressed else 2
        lo, hi = fc, fc + width * (end - start)
        i = max(bisect.bisect_right(starts, lo) - 1, 0)
        while i < len(runs) and runs[i][0] < hi:
            a, b = max(runs[i][0], lo), min(runs[i][1], hi)
            if a < b:  # the run's bytes inside the piece, as positions of the text
                spans.append((at + (a - fc + width - 1) // width, at + (b - fc + width - 1) // width))
            i += 1
        at += end - start
    return spans


def _deleted_runs(word: bytes, table: bytes) -> list[tuple[int, int]]:
    """Byte ranges of the WordDocument stream whose characters are marked deleted, sorted."""
    fc_plc, lcb = struct.unpack_from("<II", word, _PLC_BTE_CHPX)
    plc = table[fc_plc:fc_plc + lcb]
    n = (len(plc) - 4) // 8
    if n <= 0 or fc_plc + lcb > len(table):
        return []
    runs = []
    for i in range(n):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF
        page = word[pn * 512:pn * 512 + 512]
        if len(page) < 512:
            raise ValueError("a property page lies past the end of the stream")
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for j in range(crun):
            offset = 2 * page[4 * (crun + 1) + j]
            if offset and _deleted(page[offset + 1:offset + 1 + page[offset]]):
                runs.append((rgfc[j], rgfc[j + 1]))
    return sorted(runs)


def _deleted(grpprl: bytes) -> bool:
    return any(grpprl[at] in _ON for sprm, at in sprms(grpprl) if sprm == _SPRM_RMARK_DEL)
