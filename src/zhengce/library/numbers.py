"""Amounts and rates in a passage, for comparison and topic views.

Reads them with the provisions layer's number reader (zhengce.provisions.numbers: find_amounts,
find_percents). Values are Decimal: yuan for amounts, a fraction for rates (30% → 0.3).
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

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


def numbers(text: str) -> list[Number]:
    """Amounts and rates in `text`, read by the provisions layer's number reader."""
    from zhengce.provisions import numbers as prov

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

