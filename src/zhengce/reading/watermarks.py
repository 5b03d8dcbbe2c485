"""A mirror site's watermark glued to the end of line after line ("…现印发给你们。某某网-某某专业网站"):
the same tail, naming a site, ending three lines or more. It is no part of the document."""

from __future__ import annotations

from collections import Counter

from zhengce import rx as re

_SITE = re.compile(r"网|[Ww]{3}|\.com|\.cn|公众号")
_SHORTEST, _LONGEST = 8, 40


def repeated_tail(text: str) -> re.Pattern[str] | None:
    """The pattern of the watermark in `text`, or None: the longest tail of 8 to 40 characters that ends
    three lines or more and names a site. Its last copy, cut by the page's end, is matched too."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    long_ = [ln for ln in lines if len(ln) > _SHORTEST]
    if len(long_) < 3:
        return None
    if max(Counter(ln[-_SHORTEST:] for ln in long_).values()) < 3:
        return None  # (cheap first: most pages have no eight-character ending thrice)
    tails = Counter(ln[-k:] for ln in long_ for k in range(_SHORTEST, min(_LONGEST, len(ln) - 1) + 1))
    found = [t for t, n in tails.items() if n >= 3 and _SITE.search(t) and not re.match(r"[\s。;,]", t)
             and not re.search(r"[。;;::,,、)]$", t)  # (a sentence's own ending, repeated, is text)
             # (so is a title's, repeated in the page's fields, though a word of it has 网 in it: "…某某实施方案的批复")
             and not re.search(r"(?:通知|批复|办法|意见|方案|细则|规定|决定|公告|通告|措施|政策)$", t)]
    if not found:
        return None
    tail = max(found, key=len)
    pattern = re.escape(tail)
    last = text.rstrip("\ufffd \n")
    cut = next((k for k in range(len(tail) - 1, 3, -1) if last.endswith(tail[:k])), None)
    if cut is not None and not last.endswith(tail):
        pattern += "|" + re.escape(tail[:cut]) + r"\ufffd?\s*\Z"
    return re.compile(pattern)
