"""A share condition: one figure as a percentage of another ("研发投入占营业收入比重达到3%以上" →
`{share: [fin.rd_spend_yuan, fin.revenue_yuan], gte_pct: 3}`), in exact integers like growth."""

from __future__ import annotations

from zhengce.errors import InputError
from zhengce.rules.conditions import _PCT, Check, Condition
from zhengce.rules.profile import convert, schema

_OPS = {"gte_pct": "不低于", "gt_pct": "高于", "lte_pct": "不高于", "lt_pct": "低于"}


class Share(Condition):
    """part / whole compared with a stated percentage: part × 10000 against whole × basis points."""

    def __init__(self, part: str, whole: str, op: str, pct):
        sch = schema()
        for f in (part, whole):
            if sch.rule_fact(f) is None:
                raise InputError(f"条件：未知字段 {f!r}")
        if op not in _OPS:
            raise InputError("条件 share：运算符应为 gte_pct、gt_pct、lte_pct 或 lt_pct")
        self.part, self.whole, self.op = part, whole, op
        self.bp = convert(_PCT, pct, "条件 share")  # 1/100 %

    def facts(self):
        return [self.part, self.whole]

    def describe(self, ctx=None):
        sch = schema()
        return f"{sch.label(self.part)}占{sch.label(self.whole)}比重{_OPS[self.op]}{self.bp / 100:g}%"

    def _cmp(self, left, right):
        return {"gte_pct": left >= right, "gt_pct": left > right, "lte_pct": left <= right,
                "lt_pct": left < right}[self.op]

    def check(self, facts, ctx):
        missing = [f for f in self.facts() if f not in facts]
        if missing:
            return Check(None, f"{self.describe()} — 缺少信息", missing)
        part, whole = facts[self.part], facts[self.whole]
        ok = bool(self._cmp(part * 10000, whole * self.bp))
        actual = f"{part * 100 / whole:.2f}%" if whole else "分母为0"
        return Check(ok, f"{self.describe()} — {'是' if ok else '否'}(实际: {actual})", [])

    def vector(self, cols, ctx):
        part, kp = cols.get(self.part)
        whole, kw = cols.get(self.whole)
        known = kp & kw
        val = self._cmp(part * 10000, whole * self.bp)
        return val & known, ~val & known


def parse_share(data: dict) -> Share:
    part, whole = data["share"]
    ops = [k for k in data if k != "share"]
    if len(ops) != 1 or ops[0] not in _OPS:
        raise InputError("条件 share：需要 gte_pct、gt_pct、lte_pct、lt_pct 之一（有且只有一个）")
    return Share(part, whole, ops[0], data[ops[0]])
