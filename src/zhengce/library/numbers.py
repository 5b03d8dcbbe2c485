"""Amounts and rates in a passage, for comparison and topic views.

Uses the provisions layer's number reader (zhengce.provisions.numbers: find_amounts,
find_percents) when present; otherwise a small reader of the common forms: 500万元, 1.5亿元, 3000元, 50万 (bare 万),
30%, 百分之八十. Values are Decimal: yuan for amounts, a fraction for rates (30% → 0.3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_SCALE = {"亿": Decimal(100000000), "万": Decimal(10000), "千": Decimal(1000), "": Decimal(1)}

_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(亿|万|千)?\s*(元)?")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%|百分之([零〇一二两三四五六七八九十百]+)")
_CLAUSE = re.compile(r"[^,;。!?:,;!?\n]+")


@dataclass(frozen=True)
class Number:
    kind: str  # "amount" (yuan) | "rate" (fraction)
    value: Decimal
    text: str  # as written in the passage
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "text": self.text}


def _cn_int(s: str) -> int | None:
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (cur or 1) * _CN_UNITS[ch]
            cur = 0
        else:
            return None
    return total + cur


def local_numbers(text: str) -> list[Number]:
    """Money (with a 元 or a scale 万/亿) and percentages in a simplified text."""
    out: list[Number] = []
    taken: list[tuple[int, int]] = []
    for m in _PERCENT.finditer(text):
        if m.group(1):
            v = Decimal(m.group(1)) / 100
        else:
            n = _cn_int(m.group(2))
            if n is None:
                continue
            v = Decimal(n) / 100
        out.append(Number("rate", v, m.group(), m.start(), m.end()))
        taken.append(m.span())
    for m in _AMOUNT.finditer(text):
        scale, yuan = m.group(2) or "", m.group(3)
        if not scale and not yuan:
            continue  # a bare number: a count or a year, not money
        if any(s <= m.start() < e for s, e in taken):
            continue
        if scale == "千" and not yuan:
            continue
        end = m.end() if (yuan or scale) else m.end(1)
        out.append(Number("amount", Decimal(m.group(1)) * _SCALE[scale], text[m.start():end].strip(),
                          m.start(), end))
    out.sort(key=lambda n: n.start)
    return out


def numbers(text: str) -> list[Number]:
    """Amounts and rates in `text`, through the provisions layer's reader when available."""
    try:
        from zhengce.provisions import numbers as prov
    except ImportError:
        return local_numbers(text)
    if not (hasattr(prov, "find_amounts") and hasattr(prov, "find_percents")):
        return local_numbers(text)
    out = [Number("amount", a.value, a.text, a.span[0], a.span[1]) for a in prov.find_amounts(text)]
    out += [Number("rate", p.value, p.text, p.span[0], p.span[1]) for p in prov.find_percents(text)]
    out.sort(key=lambda n: n.start)
    return out


def clause_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between , ; 。) around [start, end)."""
    for m in _CLAUSE.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return start, end


def format_yuan(value: Decimal) -> str:
    """Chinese reading of a yuan amount: 5000000 → 500万元, 150000000 → 1.5亿元."""
    for unit, scale in (("亿元", Decimal(100000000)), ("万元", Decimal(10000))):
        if value >= scale and (value / scale) == (value / scale).quantize(Decimal("0.0001")):
            return f"{(value / scale).normalize():f}{unit}"
    return f"{value.normalize():f}元"
