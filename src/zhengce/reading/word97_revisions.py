"""Tracked deletions in a Word 97–2003 document: text a reviewer struck out stays in a .doc's text stream,
marked deleted in its character properties — a draft with revisions would read "奖励5080万元" where the page
shows 80. The reading is of the document as it reads with the revisions accepted (as a .docx's w:del is
left out), so deleted characters go.

Character properties live in CHPX FKP pages that the table stream's PlcBteChpx lists (FibRgFcLcb97's 13th
pair); sprmCFRMarkDel marks a run deleted.
"""

from __future__ import annotations

from zhengce.reading.word_binary import character_runs, sprms, text_spans

_SPRM_RMARK_DEL = 0x0800
_ON = (1, 0x81)  # a toggle: on, or the opposite of the style's (a style never deletes)


def deleted_spans(word: bytes, table: bytes, pieces: list[tuple[int, int, int, bool]]) -> list[tuple[int, int]]:
    """Ranges of the main text's positions (start, end) marked deleted, in order."""
    runs = character_runs(word, table, lambda grpprl: True if _deleted(grpprl) else None)
    return [(start, end) for start, end, _ in text_spans(runs, pieces)]


def _deleted(grpprl: bytes) -> bool:
    return any(grpprl[at] in _ON for sprm, at in sprms(grpprl) if sprm == _SPRM_RMARK_DEL)
