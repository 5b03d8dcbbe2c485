"""One number of a sentence read as an award, before it becomes a Provision: the incentive reader
(incentives.py) and the per-unit reader (per_unit.py) both make them."""

from __future__ import annotations

from dataclasses import dataclass, field

from zhengce.provisions.numbers import Amount, Percent, Ratio


@dataclass
class _Award:
    kind: str  # amount | rate | matching | per_unit
    pos: int  # where the number starts in the sentence
    end: int
    amount: Amount | None = None
    percent: Percent | None = None
    ratio: Ratio | None = None
    unit_amount: Amount | None = None
    cap: Amount | None = None
    cap_text: str = ""
    group: int = -1
    extras: dict = field(default_factory=dict)
