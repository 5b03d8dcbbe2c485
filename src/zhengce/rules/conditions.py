"""Conditions of a rule on profile facts, in three-valued logic (yes / no / unknown).

One condition object answers for one profile (`check`) and for a whole column store at once
(`vector`, numpy), so single checks and batch runs share one semantics. Vector results are a
pair of boolean arrays (T, F): T = surely true, F = surely false, neither = unknown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from zhengce.errors import InputError
from zhengce.rules.dates import day_number, recognition_term, valid_from
from zhengce.rules.profile import convert, schema

@dataclass
class Ctx:
    """What a condition needs besides facts: the document period, the evaluation date and the
    document's year (本年度 of its financial facts)."""

    start: dt.date
    end: dt.date
    as_of: dt.date
    year: int | None = None

    @property
    def window_end(self) -> dt.date:
        return min(self.end, self.as_of)


@dataclass
class Check:
    value: bool | None  # None = unknown (a fact is missing)
    text: str  # Chinese, e.g. "高新技术企业: 2025年内首次认定 — 是"
    missing: list[str]


class Condition:
    attainable = False  # could the applicant change this (obtain a recognition, make an event)?
    dating = False  # does it tie the rule to a dated happening inside the period (see Rule.dated)?

    def facts(self) -> list[str]:
        raise NotImplementedError

    def describe(self, ctx: Ctx | None = None) -> str:
        raise NotImplementedError

    def check(self, facts: dict, ctx: Ctx) -> Check:
        raise NotImplementedError

    def vector(self, cols, ctx: Ctx) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError


def _pct_text(hundredths: int) -> str:
    """An int of 1/100 % (1550) as a percent text (15.5%)."""
    from decimal import Decimal

    from zhengce.money import format_percent
    return format_percent(Decimal(hundredths) / 100)


def _fmt(spec, value) -> str:
    if spec.type == "money":
        from zhengce.money import format_fen
        return format_fen(value)
    if spec.type == "percent":
        return _pct_text(value)
    if spec.type == "enum":
        return spec.values.get(value, str(value))
    if spec.type == "bool":
        return "是" if value else "否"
    return str(value)


_OPS = {"eq": "等于", "ne": "不等于", "in": "属于", "not_in": "不属于", "gte": "不低于", "gt": "高于",
        "lte": "不高于", "lt": "低于"}


class Compare(Condition):
    def __init__(self, fact: str, op: str, value: Any = None, other: str | None = None):
        sch = schema()
        if sch.rule_fact(fact) is None:
            raise InputError(f"条件：未知字段 {fact!r}")
        if op not in _OPS:
            raise InputError(f"条件（{fact}）：未知运算符 {op!r}；可用：{', '.join(_OPS)}")
        self.fact, self.op, self.other = fact, op, other
        self.spec = sch.rule_fact(fact)
        if other is not None:
            if sch.rule_fact(other) is None:
                raise InputError(f"条件：未知字段 {other!r}")
            self.value = None
        elif op in ("in", "not_in"):
            self.value = [convert(self.spec, v, f"条件 {fact}") for v in value]
        else:
            self.value = convert(self.spec, value, f"条件 {fact}")

    def facts(self):
        return [self.fact] + ([self.other] if self.other else [])

    def describe(self, ctx=None):
        label = self.spec.label
        if self.other:
            return f"{label}{_OPS[self.op]}{schema().label(self.other)}"
        if self.op in ("in", "not_in"):
            return f"{label}{_OPS[self.op]}{'、'.join(_fmt(self.spec, v) for v in self.value)}"
        return f"{label}{_OPS[self.op]}{_fmt(self.spec, self.value)}"

    def _cmp(self, a, b):
        op = self.op
        if op == "eq":
            return a == b
        if op == "ne":
            return a != b
        if op == "gte":
            return a >= b
        if op == "gt":
            return a > b
        if op == "lte":
            return a <= b
        if op == "lt":
            return a < b
        raise AssertionError(op)

    def check(self, facts, ctx):
        missing = [f for f in self.facts() if f not in facts]
        if missing:
            return Check(None, f"{self.describe()} — 缺少信息", missing)
        a = facts[self.fact]
        if self.op in ("in", "not_in"):
            ok = (a in self.value) == (self.op == "in")
        else:
            ok = bool(self._cmp(a, facts[self.other] if self.other else self.value))
        return Check(ok, f"{self.describe()} — {'是' if ok else '否'}(实际: {_fmt(self.spec, a)})", [])

    def vector(self, cols, ctx):
        a, ka = cols.get(self.fact)
        if self.op in ("in", "not_in"):
            codes = [cols.encode(self.fact, v) for v in self.value]
            val = np.isin(a, codes)
            if self.op == "not_in":
                val = ~val
        elif self.other:
            b, kb = cols.get(self.other)
            val = self._cmp(a, b)
            ka = ka & kb
        else:
            val = self._cmp(a, cols.encode(self.fact, self.value))
        return val & ka, ~val & ka


class Recognized(Condition):
    """Holds one of the recognitions; `when` = new (first recognition of its kind, in the period),
    renewal (复审/重新认定 in the period: flagged, or an earlier recognition of the kind exists),
    in_period (either), or held (valid on the evaluation date — or the period's last day when asked
    later — within the recognition's term, e.g. 高新技术企业 three years; see profile_schema terms)."""

    attainable = True
    WHEN = {"new": "首次认定", "renewal": "复审/重新认定", "in_period": "获得认定", "held": "持有认定"}

    def __init__(self, types: list[str], when: str = "new"):
        sch = schema()
        for t in types:
            if t not in sch.recognition_types:
                raise InputError(f"条件：未知的认定类型 {t!r}")
        if when not in self.WHEN:
            raise InputError(f"条件：recognized.when 应为 {', '.join(self.WHEN)} 之一，收到 {when!r}")
        self.types, self.when = types, when
        self.dating = when != "held"

    def facts(self):
        return [f"rec.{t}" for t in self.types]

    def describe(self, ctx=None):
        names = "或".join(schema().recognition_types[t] for t in self.types)
        if self.when == "held":
            return f"{ctx.window_end}持有有效期内的{names}认定" if ctx else f"持有有效期内的{names}认定"
        period = f"{ctx.start}至{ctx.window_end}" if ctx else "政策期内"
        return f"{period}{self.WHEN[self.when]}为{names}"

    def _one(self, facts, t, ctx):
        date = facts.get(f"rec.{t}")
        if date is None:
            return False
        if self.when == "held":
            return valid_from(t, ctx.window_end) <= date <= ctx.window_end
        if not (ctx.start <= date <= ctx.window_end):
            return False
        first = facts.get(f"rec.{t}.first")
        renewal = facts.get(f"rec.{t}.renewal", False) or (first is not None and first < date)
        return {"new": not renewal, "renewal": renewal, "in_period": True}[self.when]

    def check(self, facts, ctx):
        ok = any(self._one(facts, t, ctx) for t in self.types)
        held = []
        for t in self.types:
            if f"rec.{t}" not in facts:
                continue
            first = facts.get(f"rec.{t}.first")
            notes = [", 复审"] if facts.get(f"rec.{t}.renewal") else []
            if first is not None and first < facts[f"rec.{t}"]:
                notes.append(f", 首次认定于{first}")
            term = recognition_term(t)
            if term and self.when == "held":
                notes.append(f", 有效期{term['years']}年")
            held.append(schema().recognition_types[t] + f"({facts[f'rec.{t}']}" + "".join(notes) + ")")
        actual = "、".join(held) if held else "无"
        return Check(ok, f"{self.describe(ctx)} — {'是' if ok else '否'}(实际: {actual})", [])

    def vector(self, cols, ctx):
        lo, hi = day_number(ctx.start), day_number(ctx.window_end)
        out = None
        for t in self.types:
            d, known = cols.get(f"rec.{t}")
            if self.when == "held":
                v = known & (d >= day_number(valid_from(t, ctx.window_end))) & (d <= hi)
            else:
                v = known & (d >= lo) & (d <= hi)
                if self.when != "in_period":
                    r, rk = cols.get(f"rec.{t}.renewal")
                    first, fk = cols.get(f"rec.{t}.first")
                    ren = (r & rk) | (fk & (first < d))  # missing flag and no earlier one = first recognition
                    v &= ren if self.when == "renewal" else ~ren
            out = v if out is None else out | v
        return out, ~out


class Event(Condition):
    """An event of the profile dated inside the period (or a window the text names)."""

    attainable = True
    dating = True

    def __init__(self, types: list[str], between: list | None = None):
        sch = schema()
        for t in types:
            if t not in sch.event_types:
                raise InputError(f"条件：未知的事项类型 {t!r}")
        self.types = types
        self.between = [dt.date.fromisoformat(str(d)) for d in between] if between else None

    def facts(self):
        return [f"event.{t}" for t in self.types]

    def _window(self, ctx):
        if self.between:
            return self.between[0], min(self.between[1], ctx.as_of)
        return ctx.start, ctx.window_end

    def describe(self, ctx=None):
        names = "或".join(schema().event_types[t] for t in self.types)
        if ctx or self.between:
            lo, hi = self._window(ctx) if ctx else self.between
            return f"{lo}至{hi}期间{names}"
        return f"政策期内{names}"

    def check(self, facts, ctx):
        lo, hi = self._window(ctx)
        dates = [facts.get(f) for f in self.facts()]
        ok = any(d is not None and lo <= d <= hi for d in dates)
        actual = "、".join(str(d) for d in dates if d is not None) or "无"
        return Check(ok, f"{self.describe(ctx)} — {'是' if ok else '否'}(实际: {actual})", [])

    def vector(self, cols, ctx):
        lo, hi = (day_number(d) for d in self._window(ctx))
        out = None
        for f in self.facts():
            d, known = cols.get(f)
            v = known & (d >= lo) & (d <= hi)
            out = v if out is None else out | v
        return out, ~out


class AnyOf(Condition):
    def __init__(self, parts: list[Condition]):
        self.parts = parts
        self.attainable = all(p.attainable for p in parts)
        self.dating = all(p.dating for p in parts)

    def facts(self):
        return [f for p in self.parts for f in p.facts()]

    def describe(self, ctx=None):
        return "(" + " 或 ".join(p.describe(ctx) for p in self.parts) + ")"

    def check(self, facts, ctx):
        checks = [p.check(facts, ctx) for p in self.parts]
        if any(c.value is True for c in checks):
            value = True
        elif all(c.value is False for c in checks):
            value = False
        else:
            value = None
        missing = [m for c in checks if c.value is None for m in c.missing] if value is None else []
        return Check(value, "(" + " 或 ".join(c.text for c in checks) + ")", missing)

    def vector(self, cols, ctx):
        t = f = None
        for p in self.parts:
            pt, pf = p.vector(cols, ctx)
            t = pt if t is None else t | pt
            f = pf if f is None else f & pf
        return t, f


class Not(Condition):
    def __init__(self, part: Condition):
        self.part = part

    def facts(self):
        return self.part.facts()

    def describe(self, ctx=None):
        return f"并非: {self.part.describe(ctx)}"

    def check(self, facts, ctx):
        c = self.part.check(facts, ctx)
        return Check(None if c.value is None else not c.value, f"并非[{c.text}]", c.missing)

    def vector(self, cols, ctx):
        t, f = self.part.vector(cols, ctx)
        return f, t


class NeedsReview(Condition):
    """A part of the clause no profile fact says yet (a drafted rule's unmapped trigger or base).
    Always unknown: the rule reports "needs review" and never pays until a reviewer replaces it."""

    def __init__(self, note: str):
        if not isinstance(note, str) or not note.strip():
            raise InputError("条件 needs_review：需要写一段说明，指出要复核什么")
        self.note = note

    def facts(self):
        return []

    def describe(self, ctx=None):
        return f"待复核: {self.note}"

    def check(self, facts, ctx):
        return Check(None, f"{self.describe()} — 规则未复核, 不计发", [])

    def vector(self, cols, ctx):
        none = np.zeros(cols.n, dtype=bool)
        return none, none


class PurchaseDate(Condition):
    """A purchase counts in the policy period its own date falls in (added to every purchase rule):
    a 2024-12-28 purchase is not paid under 2025 rules, a 2025-12-20 one is even when asked in 2026.
    A purchase without a date is taken as made on the question date."""

    dating = True
    FACT = "purchase.date"

    def facts(self):
        return [self.FACT]

    def describe(self, ctx=None):
        return f"购买日期在{ctx.start}至{ctx.end}期间" if ctx else "购买日期在政策期内"

    def check(self, facts, ctx):
        date = facts.get(self.FACT)
        when = date if date is not None else ctx.as_of
        ok = ctx.start <= when <= ctx.end
        actual = str(date) if date is not None else f"未填, 按询问日期{ctx.as_of}"
        return Check(ok, f"{self.describe(ctx)} — {'是' if ok else '否'}(实际: {actual})", [])

    def vector(self, cols, ctx):
        d, known = cols.get(self.FACT)
        when = np.where(known, d, day_number(ctx.as_of))
        ok = (when >= day_number(ctx.start)) & (when <= day_number(ctx.end))
        return ok, ~ok


def with_year(data: dict, year: str | None) -> dict:
    """`year: prior` on a condition reads its financial facts of the year before the document's year."""
    if year in (None, "current"):
        return data
    if year != "prior":
        raise InputError(f"条件：year 应为 current（本年度）或 prior（上年度），收到 {year!r}")

    def shift(v):
        return f"{v}@prior" if isinstance(v, str) and v.startswith("fin.") and "@" not in v else v
    return {k: (shift(v) if k in ("fact", "gt_fact", "gte_fact", "lt_fact", "lte_fact", "eq_fact", "ne_fact")
                else [shift(x) for x in v] if k in ("growth", "share", "increase") else v) for k, v in data.items()}


class _PercentSpec:  # a stand-in spec for literal percentages in growth conditions
    type = "percent"
    label = "百分比"

    def describe_allowed(self):
        return "a percentage such as 5 or \"5.5\""


_PCT = _PercentSpec()


def parse_condition(data: Any) -> Condition:
    """Build a condition from its YAML form (see docs/rules.md)."""
    if not isinstance(data, dict) or not data:
        raise InputError(f"条件：应为映射（名称: 值），收到 {data!r}")
    if "needs_review" in data:
        return NeedsReview(data["needs_review"])
    if "year" in data:
        data = with_year({k: v for k, v in data.items() if k != "year"}, data["year"])
    if "any" in data:
        return AnyOf([parse_condition(d) for d in data["any"]])
    if "not" in data:
        return Not(parse_condition(data["not"]))
    if "recognized" in data:
        types = data["recognized"]
        return Recognized(types if isinstance(types, list) else [types], data.get("when", "new"))
    if "event" in data:
        types = data["event"]
        return Event(types if isinstance(types, list) else [types], data.get("between"))
    if "share" in data:  # "研发投入占营业收入比重达到3%以上"
        from zhengce.rules.share import parse_share
        return parse_share(data)
    if "growth" in data or "increase" in data:  # a figure against the same figure a year earlier
        from zhengce.rules.change import parse_change
        return parse_change(data)
    if "fact" in data:
        fact = data["fact"]
        ops = [k for k in data if k != "fact"]
        if len(ops) != 1:
            raise InputError(f"条件（{fact}）：应有且只有一个运算符，收到 {ops}")
        op = ops[0]
        if op.endswith("_fact"):
            return Compare(fact, op[: -len("_fact")], other=data[op])
        return Compare(fact, op, data[op])
    raise InputError(f"条件：无法识别的写法 {sorted(data)}；可用 fact/recognized/event/growth/increase/share/any/not/needs_review")
