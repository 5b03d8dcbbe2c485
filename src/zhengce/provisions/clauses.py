"""Cutting a normalized text into sentences (。; ! ? and line ends) and clauses (, : and a table's cell bars |), with offsets."""

from __future__ import annotations

from zhengce import rx as re
from functools import lru_cache

SENTENCE_END = re.compile(r"[。;!?\n]+")
CLAUSE_END = re.compile(r"[,:]+")


def _pieces(text: str, start: int, end: int, sep: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in sep.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


_MARKS = re.compile(r"[(〔\[【)〕\]】。;!?\n]")


_CLOSER = {"(": ")", "〔": "〕", "[": "]", "【": "】"}


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without its final punctuation. Brackets are respected: a 。
    inside (…) does not end the sentence."""
    out, pos, depth = [], 0, 0
    for m in _MARKS.finditer(text):  # only brackets and sentence ends matter: visit those alone
        i, ch = m.start(), m.group()
        if ch in "(〔[【":
            # (a bracket the text never closes — a title cut at "(某政发〔2022〕8号" — holds nothing)
            if text.find(_CLOSER[ch], i, i + 400) >= 0:
                depth += 1
        elif ch in ")〕]】":
            depth = max(0, depth - 1)
        elif depth == 0 or ch == "\n":
            if i > pos:
                out.append((pos, i))
            pos = i + 1
            depth = 0 if ch == "\n" else depth
    if pos < len(text):
        out.append((pos, len(text)))
    return [piece for s, e in out if text[s:e].strip() for piece in _bounded(text, s, e)]


# A sentence longer than any a policy writes (the longest seen, a table flattened into one line, is some 2,200
# characters) is a run of clauses with no end: reading it whole costs the square of its length, so it is read
# in pieces cut at a clause's end.
_LONGEST = 2400
_CLAUSE_MARK = re.compile(r"[,,、::]")


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    while e - s > _LONGEST:
        cut = max((m.end() for m in _CLAUSE_MARK.finditer(text, s + _LONGEST // 2, s + _LONGEST)), default=s + _LONGEST)
        out.append((s, cut))
        s = cut
    return [*out, (s, e)]


def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each clause of text[start:end], cut at , and : outside brackets."""
    # extraction asks several times per sentence; a fresh list so callers may change it
    return list(_clauses(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)
def _clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out, pos, depth, open_quote = [], start, 0, False
    for i in range(start, end):
        ch = text[i]
        if ch == "“" and not open_quote and text.find("”", i, end) - i > 40:
            open_quote = True  # (a long quotation — a rule's text quoted whole — is clauses of its own)
        elif ch == "”" and open_quote:
            open_quote = False
        elif ch in "(〔[【“":
            # (a bracket the sentence never closes — "(某某园范围内的…资助," left open — holds nothing)
            if text.find(_CLOSER.get(ch, "”"), i, end) >= 0:
                depth += 1
        elif ch in ")〕]】”":
            depth = max(0, depth - 1)
        elif ch in ",:|" and depth == 0 and not (ch == ":" and 0 < i < len(text) - 1 and text[i - 1].isdigit()
                                                  and text[i + 1].isdigit()):  # 1:1, 16:00
            if i > pos:
                out.append((pos, i))
            pos = i + 1
    if pos < end:
        out.append((pos, end))
    return tuple(out)


def clause_at(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in bounds:
        if s <= pos < e:
            return s, e
    return bounds[-1] if bounds else (pos, pos)
