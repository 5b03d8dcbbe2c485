"""Lines of a normalized text with their offsets, and the patterns that classify them."""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass

from zhengce.reading.amounts import chinese_to_int

CN_NUM = "一二三四五六七八九十百零〇两"


@dataclass
class Line:
    start: int  # offset in the normalized text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str, base: int = 0) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(base + pos + lead, raw.strip()))
        pos += len(raw) + 1
    return out


# "政策依据:《…》": a line naming the document a card, a digest block or an aggregator's page comes from
BASIS_LABEL = r"(?:政策依据|依据文件|政策来源|文件依据)"
SECTION_RE = re.compile(rf"^([{CN_NUM}]{{1,3}})、(.*)$")
ARTICLE_CN_RE = re.compile(rf"^\(([{CN_NUM}]{{1,4}})\)(.*)$")
ARTICLE_NUM_RE = re.compile(r"^(\d{1,3})[.、](?!\d)(.*)$")
CHAPTER_RE = re.compile(rf"^第([{CN_NUM}]{{1,3}})章\s*(.*)$")
CLAUSE_RE = re.compile(rf"^第([{CN_NUM}]{{1,4}})条\s*(.*)$")


def cn_number(text: str) -> int | None:
    return chinese_to_int(text)


def article_marker(line: str, style: str | None = None) -> tuple[str, int, str, str] | None:
    """(style, number, label, rest) when the line opens a numbered article."""
    if style in (None, "cn"):
        m = ARTICLE_CN_RE.match(line)
        if m and (n := cn_number(m.group(1))):
            return "cn", n, f"({m.group(1)})", m.group(2)
    if style in (None, "num"):
        m = ARTICLE_NUM_RE.match(line)
        if m and not re.match(r"^\d{1,3}、【", line):
            return "num", int(m.group(1)), f"{m.group(1)}.", m.group(2)
    if style in (None, "clause"):
        m = CLAUSE_RE.match(line)
        if m and (n := cn_number(m.group(1))):
            return "clause", n, f"第{m.group(1)}条", m.group(2)
    return None


def section_marker(line: str) -> tuple[int, str, str] | None:
    m = SECTION_RE.match(line)
    if m and (n := cn_number(m.group(1))):
        return n, f"{m.group(1)}、", m.group(2)
    m = CHAPTER_RE.match(line)
    if m and (n := cn_number(m.group(1))):
        return n, f"第{m.group(1)}章", m.group(2)
    return None


_TOC_HEAD = re.compile(r"^\s*目\s*录\s*$")
# "一、某某产业政策 1" / "(一)某某产业……3": a heading and the page it starts on
_TOC_ENTRY = re.compile(rf"^\s*(?:[{CN_NUM}]{{1,3}}、|\([{CN_NUM}]{{1,3}}\)|第[{CN_NUM}]{{1,3}}[章节]|\d{{1,2}}[.、])"
                        r"[^。;,]{2,60}?[\s.…·]*\d{1,3}\s*$")


def toc_lines(texts: list[str]) -> set[int]:
    """The lines of a table of contents ("目录" over numbered headings ending with page numbers):
    the document's outline, printed again below, not its structure."""
    for i, t in enumerate(texts[:80]):
        if _TOC_HEAD.match(t):
            k = i + 1
            while k < len(texts) and _TOC_ENTRY.match(texts[k]):
                k += 1
            if k >= len(texts):  # the page ends inside it: the outline is all the page holds of the text
                return {i}
            return set(range(i, k)) if k - i > 3 else set()
    # chapters (or 一、 parts) listed one per line with nothing under them, then the first again: the
    # outline, unlabelled
    for pattern in (CHAPTER_RE, SECTION_RE):
        for i, t in enumerate(texts[:80]):
            if _part_no(pattern, t) == 1:
                k = i + 1
                while k < len(texts) and _part_no(pattern, texts[k]) == k - i + 1:
                    k += 1
                if k - i >= 3 and k < len(texts) and _part_no(pattern, texts[k]) == 1:
                    return set(range(i, k))
    return set()


def _part_no(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.match(text.strip())
    return cn_number(m.group(1)) if m and len(text.strip()) <= 40 else None


_CELL_NUMBER = re.compile(r"\d{1,6}(?:\.\d{1,4})?")


def table_cells(lines: list[Line]) -> set[int]:
    """Indexes of lines that are cells of a table printed one cell a line ("1" / "某某区" / "1215.29"): a short
    line right after a row number, or right before a figure, is a row's cell, never a heading of its own."""
    texts = [ln.text.strip() for ln in lines]
    return {i for i, t in enumerate(texts) if len(t) <= 16 and (
        (i and re.fullmatch(r"\d{1,3}", texts[i - 1])) or (i + 1 < len(texts) and _CELL_NUMBER.fullmatch(texts[i + 1])))}
