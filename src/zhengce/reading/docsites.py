"""What a document-sharing site (文库) does to the text it shows: page numbers run into the text."""

from __future__ import annotations

from zhengce import rx as re


# a document-sharing site's page ("《某某办法.docx》由会员分享…") numbers its pages "1、", "2、" at
# the start of each page's text, cutting sentences anywhere: the numbers are no items, a page runs on
_SHARED_DOC = re.compile(r"》由会员分享")
_PAGE_MARK = re.compile(r"(?m)^(\d{1,2})、")
PAGE_MARK_BREAK = re.compile(r"\n(\d{1,2})、")
FIRST_PAGE_MARK = re.compile(r"(?m)^1、")


def shared_page_marks(text: str) -> bool:
    """A shared document's page numbers: 1, 2, 3… opening lines in order, a later one running on a
    sentence the page cut."""
    if not _SHARED_DOC.search(text[:400]):
        return False
    nums = [int(m.group(1)) for m in _PAGE_MARK.finditer(text)]
    return len(nums) >= 2 and nums == list(range(1, len(nums) + 1)) and any(
        text[m.start() - 1:m.start()] not in "。;!?:" for m in PAGE_MARK_BREAK.finditer(text))
