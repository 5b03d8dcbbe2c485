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
from zhengce.rules.conditions import Ctx, day_number
from zhengce.rules.engine import uses_purchase
from zhengce.rules.profile import Profile, schema
from zhengce.rules.result import ELIGIBLE, NEEDS_INFO, NOT_APPLICABLE, NOT_ELIGIBLE, NOT_IN_FORCE, STACKED_OUT
from zhengce.rules.rulebook import Rule, Rulebook

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
        spec = schema().facts[fact]
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
        for fact, spec in sch.facts.items():
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


@dataclass
class RuleArrays:
    rule: Rule
    status: np.ndarray  # int8 status codes
    amount: np.ndarray  # int64 fen (0 unless eligible)


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
            members = sorted(book.groups[r.stacking].rules, key=lambda x: x.order) if r.stacking else [r]
            seen.update(m.id for m in members)
            self.units.append(members)

    def rule_arrays(self, rule: Rule, cols: Columns, masks: dict) -> RuleArrays:
        n = cols.n
        key = (rule.entity, rule.document.key)
        if key not in masks:
            ent = cols.entity == ENTITIES.index(rule.entity)
            masks[key] = ent & self._region_lut[rule.document.key][cols.region]
        app = masks[key]
        status = np.zeros(n, dtype=np.int8)
        amount = np.zeros(n, dtype=np.int64)
        if not rule.document.in_force(self.date, self.include_drafts):
            status[app] = NOT_IN_FORCE
            return RuleArrays(rule, status, amount)
        ctx = Ctx(rule.document.start, rule.document.end, self.date)
        t_all = app.copy()
        f_any = np.zeros(n, dtype=bool)
        for c in rule.conditions:
            t, f = c.vector(cols, ctx)
            t_all &= t
            f_any |= f
        fen, fknown = rule.formula.vector(cols, n)
        status[app] = NEEDS_INFO
        status[app & f_any] = NOT_ELIGIBLE
        ok = t_all & ~f_any & fknown
        zero = ok & (fen == 0)
        status[zero] = NOT_ELIGIBLE
        paid = ok & (fen > 0)
        status[paid] = ELIGIBLE
        amount[paid] = fen[paid]
        return RuleArrays(rule, status, amount)

    def unit_arrays(self, members: list[Rule], cols: Columns, masks: dict) -> list[RuleArrays]:
        arrays = [self.rule_arrays(r, cols, masks) for r in members]
        if len(members) > 1 or members[0].stacking:
            group = self.book.groups[members[0].stacking]
            if group.mode == "best":
                stacked = np.stack([np.where(a.status == ELIGIBLE, a.amount, -1) for a in arrays])
                best = np.argmax(stacked, axis=0)
                for i, a in enumerate(arrays):
                    out = (a.status == ELIGIBLE) & (best != i)
                    a.status[out] = STACKED_OUT  # keeps its amount, like the single engine, for display
            else:
                left = np.full(cols.n, group.cap_fen, dtype=np.int64)
                for a in arrays:
                    el = a.status == ELIGIBLE
                    pay = np.where(el, np.minimum(a.amount, left), 0)
                    left -= pay
                    a.amount[el] = pay[el]
                    a.status[el & (pay == 0)] = STACKED_OUT
        return arrays

    def run(self, cols: Columns):
        """Yield RuleArrays for every rule, stacking applied (units in rulebook order)."""
        masks: dict = {}
        for members in self.units:
            yield from self.unit_arrays(members, cols, masks)


def evaluate_columns(book: Rulebook, cols: Columns, date: dt.date, include_drafts: bool = False) -> dict:
    """Full per-rule status and amount arrays (for tests and small registries)."""
    engine = VectorEngine(book, date, include_drafts)
    return {a.rule.id: (a.status, a.amount) for a in engine.run(cols)}


__all__ = ["Columns", "VectorEngine", "evaluate_columns", "ENTITIES", "NOT_APPLICABLE", "NOT_ELIGIBLE",
           "uses_purchase"]
