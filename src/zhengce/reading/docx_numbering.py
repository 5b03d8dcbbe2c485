"""Word's automatic numbering, printed as a reader sees it: a paragraph in a numbered list shows "一、",
"（二）" or "3." though its text does not hold them (word/numbering.xml says how each list level counts and
prints; a paragraph names its list and level, itself or through its style). Without the numbers an
article numbered by Word would be no article at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhengce import rx as re
from zhengce.reading.list_numbers import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER = re.compile(r"%([1-9])")
_MAX_STYLE_CHAIN = 10


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "\t"
    legal: bool = False  # (isLgl: every level's number printed in digits)


def _val(el, name: str) -> str | None:
    child = el.find(_W + name) if el is not None else None
    return child.get(_W + "val") if child is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, min(int(value), 10_000)) if value is not None else default
    except ValueError:
        return default


def _level(lvl) -> Level:
    suffix = {"nothing": "", "space": " "}.get(_val(lvl, "suff") or "tab", "\t")
    return Level(_int(_val(lvl, "start"), 1), _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", suffix,
                 lvl.find(_W + "isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false"))


class Numbering:
    """The lists of one document; label() is called for each paragraph in document order."""

    def __init__(self, numbering_root, styles_root):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstract list defined by a numbering style: its style id
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        if numbering_root is not None:
            for ab in numbering_root.iter(_W + "abstractNum"):
                aid = ab.get(_W + "abstractNumId")
                self.abstract[aid] = {_int(lv.get(_W + "ilvl"), 0): _level(lv) for lv in ab.iter(_W + "lvl")}
                link = _val(ab, "numStyleLink")
                if link:
                    self.style_link[aid] = link
            for num in numbering_root.iter(_W + "num"):
                starts, levels = {}, {}
                for ov in num.iter(_W + "lvlOverride"):
                    ilvl = _int(ov.get(_W + "ilvl"), 0)
                    if _val(ov, "startOverride") is not None:
                        starts[ilvl] = _int(_val(ov, "startOverride"), 1)
                    lv = ov.find(_W + "lvl")
                    if lv is not None:
                        levels[ilvl] = _level(lv)
                self.nums[num.get(_W + "numId")] = (_val(num, "abstractNumId"), starts, levels)
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id → (numId, ilvl, basedOn)
        if styles_root is not None:
            for st in styles_root.iter(_W + "style"):
                num_pr = st.find(f"{_W}pPr/{_W}numPr")
                self.styles[st.get(_W + "styleId")] = (_val(num_pr, "numId"), _val(num_pr, "ilvl"),
                                                       _val(st, "basedOn"))
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()

    def label(self, paragraph) -> str:
        num_id, ilvl = self._list_of(paragraph)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, starts, overrides = self.nums[num_id]
        aid = self._resolved(aid)
        levels = self.abstract.get(aid)
        if levels is None:
            return ""
        level_of = lambda i: overrides.get(i) or levels.get(i) or Level()  # noqa: E731
        counts = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.started:  # a list that restarts its numbering (startOverride) where it begins
            self.started.add(num_id)
            for i, start in starts.items():
                if 0 <= i < 9:
                    counts[i] = start - 1
        ilvl = min(max(ilvl, 0), 8)
        here = level_of(ilvl)
        counts[ilvl] = (counts[ilvl] if counts[ilvl] is not None else here.start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None  # (a deeper level starts again under each new item)
        if here.fmt in ("bullet", "none"):
            return ""

        def number(m) -> str:
            i = int(m.group(1)) - 1
            n = counts[i] if counts[i] is not None else level_of(i).start
            return format_number(n, "decimal" if here.legal and i != ilvl else level_of(i).fmt)

        text = _PLACEHOLDER.sub(number, here.text)
        return text + here.suffix if text else ""

    def _resolved(self, aid: str | None) -> str | None:
        # an abstract list that only links to a numbering style: the list that style's own numId uses
        link = self.style_link.get(aid)
        if link:
            num_id = self.styles.get(link, (None, None, None))[0]
            if num_id in self.nums:
                return self.nums[num_id][0]
        return aid

    def _list_of(self, paragraph) -> tuple[str | None, int]:
        ppr = paragraph.find(_W + "pPr")
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
        style = _val(ppr, "pStyle")
        for _ in range(_MAX_STYLE_CHAIN):
            if num_id is not None and ilvl is not None or style is None or style not in self.styles:
                break
            s_num, s_ilvl, style = self.styles[style]
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
        return num_id, _int(ilvl, 0)
