"""Conditions on how a figure changed from the year before: its growth rate ("同比增长20%以上" →
`{growth: [fin.revenue_yuan, fin.revenue_prev_yuan], gte_pct: 20}`) and its increase in money
("新增产值50亿元及以上" → `{increase: [fin.output_yuan, fin.output_prev_yuan], gte: 5000000000}`),
both in exact integers."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from zhengce.errors import InputError
from zhengce.money import format_rate
from zhengce.rules.conditions import _OPS, _PCT, Check, Condition, _fmt, _pct_text
from zhengce.rules.profile import convert, schema


class Growth(Condition):
    """cur / prev − 1 compared with a stated percentage or with another percent fact (exact integers)."""

    def __init__(self, cur: str, prev: str, op: str, pct=None, pct_fact: str | None = None):
        sch = schema()
        for f in (cur, prev, pct_fact):
            if f is not None and sch.rule_fact(f) is None:
                raise InputError(f"条件：未知字段 {f!r}")
        if op not in ("gte", "gt"):
            raise InputError("条件 growth：运算符应为 gte_pct、gt_pct 或 gt_fact")
        self.cur, self.prev, self.op, self.pct_fact = cur, prev, op, pct_fact
        # percent in 1/100 % (basis points of the base), like percent facts
        self.bp = None if pct is None else convert(sch.rule_fact(pct_fact) or _PCT, pct, "条件 growth")

    def facts(self):
        return [self.cur, self.prev] + ([self.pct_fact] if self.pct_fact else [])

    def describe(self, ctx=None):
        sch = schema()
        what = f"{sch.label(self.cur)}较{sch.label(self.prev)}增长"
        rel = "不低于" if self.op == "gte" else "高于"
        target = sch.label(self.pct_fact) if self.pct_fact else _pct_text(self.bp)
        return f"{what}{rel}{target}"

    def check(self, facts, ctx):
        missing = [f for f in self.facts() if f not in facts]
        if missing:
            return Check(None, f"{self.describe()} — 缺少信息", missing)
        cur, prev = facts[self.cur], facts[self.prev]
        bp = facts[self.pct_fact] if self.pct_fact else self.bp
        left, right = cur * 10000, prev * (10000 + bp)
        ok = left >= right if self.op == "gte" else left > right
        actual = format_rate(Fraction(cur - prev, prev)) if prev else "上年为0"
        return Check(ok, f"{self.describe()} — {'是' if ok else '否'}(实际增速: {actual})", [])

    def vector(self, cols, ctx):
        cur, kc = cols.get(self.cur)
        prev, kp = cols.get(self.prev)
        known = kc & kp
        if self.pct_fact:
            bp, kb = cols.get(self.pct_fact)
            known = known & kb
        else:
            bp = self.bp
        left, right = cur * 10000, prev * (10000 + bp)
        val = left >= right if self.op == "gte" else left > right
        return val & known, ~val & known


class Increase(Condition):
    """The increase of a figure over the year before (cur − prev), compared with an amount:
    "新增产值50亿元及以上", "营业收入增量超过1000万元" (exact integers, fen for money)."""

    def __init__(self, cur: str, prev: str, op: str, value: Any):
        sch = schema()
        for f in (cur, prev):
            if sch.rule_fact(f) is None:
                raise InputError(f"条件：未知字段 {f!r}")
        if op not in ("gte", "gt", "lte", "lt"):
            raise InputError("条件 increase：运算符应为 gte、gt、lte 或 lt")
        self.cur, self.prev, self.op = cur, prev, op
        self.spec = sch.rule_fact(cur)
        self.value = convert(self.spec, value, "条件 increase")

    def facts(self):
        return [self.cur, self.prev]

    def describe(self, ctx=None):
        sch = schema()
        return f"{sch.label(self.cur)}较{sch.label(self.prev)}增加{_OPS[self.op]}{_fmt(self.spec, self.value)}"

    def _cmp(self, a, b):
        return {"gte": a >= b, "gt": a > b, "lte": a <= b, "lt": a < b}[self.op]

    def check(self, facts, ctx):
        missing = [f for f in self.facts() if f not in facts]
        if missing:
            return Check(None, f"{self.describe()} — 缺少信息", missing)
        diff = facts[self.cur] - facts[self.prev]
        ok = bool(self._cmp(diff, self.value))
        return Check(ok, f"{self.describe()} — {'是' if ok else '否'}(实际增加: {_fmt(self.spec, diff)})", [])

    def vector(self, cols, ctx):
        cur, kc = cols.get(self.cur)
        prev, kp = cols.get(self.prev)
        known = kc & kp
        val = self._cmp(cur - prev, cols.encode(self.cur, self.value))
        return val & known, ~val & known


def parse_change(data: dict) -> Condition:
    if "growth" in data:
        cur, prev = data["growth"]
        if "gte_pct" in data:
            return Growth(cur, prev, "gte", pct=data["gte_pct"])
        if "gt_pct" in data:
            return Growth(cur, prev, "gt", pct=data["gt_pct"])
        if "gt_fact" in data:
            return Growth(cur, prev, "gt", pct_fact=data["gt_fact"])
        raise InputError("条件 growth：需要 gte_pct、gt_pct 或 gt_fact 之一")
    cur, prev = data["increase"]
    ops = [k for k in data if k != "increase"]
    if len(ops) != 1:
        raise InputError(f"条件 increase：应有且只有一个运算符，收到 {ops}")
    return Increase(cur, prev, ops[0], data[ops[0]])
