"""The rulebook compiled to column operations (numpy): the batch engine.

Engine-neutral by design: rules are the same condition/formula objects the single engine uses,
each emitting elementwise integer/boolean array expressions (no DuckDB, no SQL). Any engine with
integer columns and masks (Arrow compute, Spark, Polars) can run the same IR; DuckDB only reads
and writes registries (batch.py). Money is int64 fen; all bounds keep products inside int64.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from zhengce.rules import regions
from zhengce.rules.dates import day_number
from zhengce.rules.engine import uses_purchase
from zhengce.rules.profile import Profile, schema
from zhengce.rules.result import ELIGIBLE, NEEDS_INFO, NOT_APPLICABLE, NOT_ELIGIBLE, NOT_IN_FORCE, STACKED_OUT
from zhengce.rules.rulebook import Rule, Rulebook
from zhengce.rules.years import YearColumns

ENTITIES = ["enterprise", "person", "project"]


def region_codes() -> dict[str, int]:
    return {name: i for i, name in enumerate(regions.all_districts())}


class Columns:
    """Facts as typed columns: value array + known mask per flat fact name."""

    def __init__(self, n: int, data: dict[str, tuple[np.ndarray, np.ndarray]], entity: np.ndarray,
                 region: np.ndarray):
        self.n, self.data, self.entity, self.region = n, data, entity, region
        self._zero = np.zeros(n, dtype=np.int64)
        self._false = np.zeros(n, dtype=bool)
        self._true = np.ones(n, dtype=bool)

    def get(self, fact: str) -> tuple[np.ndarray, np.ndarray]:
        if fact in self.data:
            return self.data[fact]
        if fact.startswith("count."):  # counts not given are zero, as in profiles
            return self._zero, self._true
        if schema().facts[fact].type == "bool":
            return self._false, self._false
        return self._zero, self._false

    @staticmethod
    def encode(fact: str, value):
        spec = schema().rule_fact(fact)
        if spec.type == "enum":
            return list(spec.values).index(value)
        if spec.type == "region":
            return region_codes()[value]
        if spec.type == "date":
            return day_number(value)
        return value

    @classmethod
    def from_profiles(cls, profiles: list[Profile]) -> "Columns":
        """Columns from parsed profiles (a person contributes its first purchase, like a registry row)."""
        n = len(profiles)
        sch = schema()
        rows = [{**p.facts, **(p.purchases[0] if p.purchases else {})} for p in profiles]
        data = {}
        dated = sorted({k for r in rows for k in r if "@" in k})  # financial figures given by year
        for fact, spec in [*sch.facts.items(), *((k, sch.rule_fact(k)) for k in dated)]:
            if spec.type == "string":
                continue
            present = [fact in r for r in rows]
            if not any(present):
                continue
            known = np.array(present, dtype=bool)
            dtype = bool if spec.type == "bool" else np.int64
            values = np.zeros(n, dtype=dtype)
            for i, r in enumerate(rows):
                if fact in r:
                    values[i] = cls.encode(fact, r[fact])
            data[fact] = (values, known)
        entity = np.array([ENTITIES.index(p.entity) for p in profiles], dtype=np.int8)
        region = np.array([region_codes()[p.region] for p in profiles], dtype=np.int32)
        return cls(n, data, entity, region)


class _Subset:
    """The rows `idx` of a Columns, gathered on demand (formulas run only where conditions did not fail)."""

    def __init__(self, cols: Columns, idx: np.ndarray):
        self.cols, self.idx, self.n, self._cache = cols, idx, idx.size, {}

    def get(self, fact: str):
        if fact not in self._cache:
            v, k = self.cols.get(fact)
            self._cache[fact] = (v[self.idx], k[self.idx])
        return self._cache[fact]

    encode = staticmethod(Columns.encode)


@dataclass
class SparseRule:
    """One rule's result: rows it applies to (mask) and the listed rows (needs_info, eligible,
    stacked_out) with status and amount; every other applicable row is not eligible."""

    rule: Rule
    applies: np.ndarray  # bool mask
    in_force: bool
    idx: np.ndarray  # int64 row numbers, ascending
    status: np.ndarray  # int8
    amount: np.ndarray  # int64 fen

    def dense(self) -> tuple[np.ndarray, np.ndarray]:
        n = self.applies.size
        status = np.where(self.applies, np.int8(NOT_ELIGIBLE if self.in_force else NOT_IN_FORCE),
                          np.int8(NOT_APPLICABLE))
        amount = np.zeros(n, dtype=np.int64)
        status[self.idx] = self.status
        amount[self.idx] = self.amount
        return status, amount


class VectorEngine:
    def __init__(self, book: Rulebook, date: dt.date, include_drafts: bool = False):
        self.book, self.date, self.include_drafts = book, date, include_drafts
        codes = region_codes()
        self._region_lut = {}
        for doc in book.documents:
            lut = np.zeros(len(codes), dtype=bool)
            lut[[codes[d] for d in doc.covers]] = True
            self._region_lut[doc.key] = lut
        # stacking units in rulebook order: a group's rules are evaluated together
        self.units: list[list[Rule]] = []
        seen = set()
        for r in book.rules:
            if r.id in seen:
                continue
            members = sorted((m for m in book.groups[r.stacking].rules if m.pending == r.pending),
                             key=lambda x: x.order) if r.stacking else [r]
            seen.update(m.id for m in members)
            self.units.append(members)

    def rule_sparse(self, rule: Rule, cols: Columns, masks: dict) -> SparseRule:
        key = (rule.entity, rule.document.key)
        if key not in masks:
            ent = cols.entity == ENTITIES.index(rule.entity)
            masks[key] = ent & self._region_lut[rule.document.key][cols.region]
        app = masks[key]
        empty = np.zeros(0, dtype=np.int64)
        if not rule.active_on(self.date, self.include_drafts):
            return SparseRule(rule, app, False, empty, empty.astype(np.int8), empty)
        ctx = rule.ctx(self.date)
        year_key = ("year", rule.document.year)
        if year_key not in masks:  # financial facts as this document's year reads them
            masks[year_key] = YearColumns(cols, rule.document.year, self.date.year)
        cols = masks[year_key]
        t_all, f_any = app, None
        for c in rule.conditions:
            t, f = c.vector(cols, ctx)
            t_all = t_all & t
            f_any = f if f_any is None else f_any | f
        idx = np.flatnonzero(app if f_any is None else app & ~f_any)  # rows no condition rules out
        sub = _Subset(cols, idx)
        fen, fknown = rule.formula.vector(sub, idx.size)
        ok = t_all[idx] & fknown
        paid = ok & (fen > 0)
        keep = paid | ~ok  # ok with amount 0 is "not eligible" and not listed
        status = np.where(paid, np.int8(ELIGIBLE), np.int8(NEEDS_INFO))[keep]
        amount = np.where(paid, fen, 0)[keep]
        return SparseRule(rule, app, True, idx[keep], status, amount)

    def unit_sparse(self, members: list[Rule], cols: Columns, masks: dict) -> list[SparseRule]:
        out = [self.rule_sparse(r, cols, masks) for r in members]
        if not members[0].stacking:
            return out
        group = self.book.groups[members[0].stacking]
        # eligible entries of all members, ordered by row then by the group's precedence
        rows = np.concatenate([s.idx[s.status == ELIGIBLE] for s in out])
        if rows.size == 0:
            return out
        member = np.concatenate([np.full(int((s.status == ELIGIBLE).sum()), i) for i, s in enumerate(out)])
        amount = np.concatenate([s.amount[s.status == ELIGIBLE] for s in out])
        if group.mode == "best":  # highest amount wins, ties to the rule listed first
            order = np.lexsort((member, -amount, rows))
            rows, member, amount = rows[order], member[order], amount[order]
            first = np.ones(rows.size, dtype=bool)
            first[1:] = rows[1:] != rows[:-1]
            losers = ~first
            pay = amount
        else:  # cap: in rule order, each pays what is left under the cap
            order = np.lexsort((member, rows))
            rows, member, amount = rows[order], member[order], amount[order]
            csum = np.cumsum(amount)
            start = np.ones(rows.size, dtype=bool)
            start[1:] = rows[1:] != rows[:-1]
            base = np.maximum.accumulate(np.where(start, csum - amount, 0))
            before = csum - amount - base
            pay = np.clip(group.cap_fen - before, 0, amount)
            losers = pay == 0
        for i, s in enumerate(out):
            mine = member == i
            if not mine.any():
                continue
            pos = np.searchsorted(s.idx, rows[mine])
            s.amount[pos] = pay[mine] if group.mode == "cap" else s.amount[pos]
            s.status[pos[losers[mine]]] = STACKED_OUT
        return out

    def run(self, cols: Columns, active_only: bool = False):
        """Yield a SparseRule for every rule (or only rules in force), stacking applied, in rulebook order."""
        masks: dict = {}
        for members in self.units:
            if active_only and not any(r.active_on(self.date, self.include_drafts) for r in members):
                continue
            yield from self.unit_sparse(members, cols, masks)


def evaluate_columns(book: Rulebook, cols: Columns, date: dt.date, include_drafts: bool = False) -> dict:
    """Dense per-rule status and amount arrays (for tests and small registries)."""
    engine = VectorEngine(book, date, include_drafts)
    return {s.rule.id: s.dense() for s in engine.run(cols)}


__all__ = ["Columns", "SparseRule", "VectorEngine", "evaluate_columns", "ENTITIES", "uses_purchase"]
