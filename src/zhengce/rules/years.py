"""Which year a financial fact belongs to.

A profile may give a figure by year (`financials: {revenue_yuan: {"2025": …}}`, registry column
`fin.revenue_yuan@2025`) or without one (`revenue_yuan: …`, column `fin.revenue_yuan`). Rules read
financial facts relative to their document's year: `fin.x` is 本年度 (the document's year), `fin.x@prior`
上年度. A figure given without a year is the figure of the question date's calendar year, so it is read
as a document's 本年度 only when the question date lies in the document's year; otherwise the rule needs
the figure of that year, and says so by name (`fin.revenue_yuan@2025`). A 2025 registry run on a 2026
date against a 2026 policy is taken as 2026 data — give the year in the column when it is not.
"""

from __future__ import annotations

import numpy as np

PRIOR = "@prior"


def _split(name: str) -> tuple[str, int]:
    """('fin.x', offset): offset 0 for 本年度, -1 for 上年度."""
    if name.endswith(PRIOR):
        return name[: -len(PRIOR)], -1
    return name, 0


def relative(name: str) -> bool:
    return name.startswith("fin.") and ("@" not in name or name.endswith(PRIOR))


def dated_name(name: str, doc_year: int, as_of_year: int) -> str:
    """The name to ask for when a relative fact is missing: plain when an undated figure would do."""
    base, offset = _split(name)
    year = doc_year + offset
    return base if year == as_of_year else f"{base}@{year}"


def year_facts(facts: dict, doc_year: int, as_of_year: int) -> dict:
    """Facts as a document of `doc_year` reads them on a question date of `as_of_year`."""
    if not any(k.startswith("fin.") for k in facts):
        return facts
    out = {k: v for k, v in facts.items() if not k.startswith("fin.")}
    bases = {k.partition("@")[0] for k in facts if k.startswith("fin.")}
    for base in bases:
        for offset, name in ((0, base), (-1, base + PRIOR)):
            year = doc_year + offset
            if f"{base}@{year}" in facts:
                out[name] = facts[f"{base}@{year}"]
            elif year == as_of_year and base in facts:
                out[name] = facts[base]
    return out


class YearColumns:
    """The same reading over registry columns (vector engine)."""

    def __init__(self, cols, doc_year: int, as_of_year: int):
        self.cols, self.doc_year, self.as_of_year = cols, doc_year, as_of_year
        self.n, self.entity, self.region = cols.n, cols.entity, cols.region
        self._cache: dict = {}

    def get(self, fact: str):
        if not relative(fact):
            return self.cols.get(fact)
        if fact not in self._cache:
            base, offset = _split(fact)
            year = self.doc_year + offset
            parts = []
            if f"{base}@{year}" in self.cols.data:
                parts.append(self.cols.data[f"{base}@{year}"])
            if year == self.as_of_year and base in self.cols.data:
                parts.append(self.cols.data[base])
            if not parts:  # no figure of that year: unknown for every row
                self._cache[fact] = (np.zeros(self.n, dtype=np.int64), np.zeros(self.n, dtype=bool))
            else:
                v, k = parts[0]
                for v2, k2 in parts[1:]:  # a dated figure wins over an undated one
                    v, k = np.where(k, v, v2), k | k2
                self._cache[fact] = (v, k)
        return self._cache[fact]

    def encode(self, fact, value):
        return self.cols.encode(fact, value)
