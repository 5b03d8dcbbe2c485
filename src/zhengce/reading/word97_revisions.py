"""Tracked deletions in a Word 97–2003 document: text a reviewer struck out stays in a .doc's text stream,
marked deleted in its character properties — a draft with revisions would read "奖励5080万元" where the page
shows 80. The reading is of the document as it reads with the revisions accepted (as a .docx's w:del is
left out), so deleted characters go.

Character properties live in CHPX FKP pages that the table stream's PlcBteChpx lists (FibRgFcLcb97's 13th
pair); sprmCFRMarkDel marks a run deleted.
"""

from __future__ import annotations

import bisect

from zhengce.reading.word_binary import fkp_runs, sprms

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
    return sorted((start, end) for start, end, page, offset in fkp_runs(word, table, _PLC_BTE_CHPX, 1)
                  if offset and _deleted(page[offset + 1:offset + 1 + page[offset]]))


def _deleted(grpprl: bytes) -> bool:
    return any(grpprl[at] in _ON for sprm, at in sprms(grpprl) if sprm == _SPRM_RMARK_DEL)
