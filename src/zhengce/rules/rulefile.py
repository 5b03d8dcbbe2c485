"""The shape of a rule file (docs/rules.md), checked before anything is built from it.

A value of the wrong type or outside its list is one Chinese line naming the file, the rule and the
field ("第3条规则（x）的 formula.tiers 应为列表，实为文字「…」") — never a Python exception's text, and
nothing the format does not allow (`entity: alien`, a text for `review_notes`, a null `quote`) is kept.
Meanings (known facts, recognitions, forms' required keys) are checked where they are built.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from zhengce.errors import InputError

TOP_KEYS = ("document", "rules", "stacking_groups")
DOC_KEYS = ("title", "issuer", "doc_number", "region", "level", "year", "status", "kind", "issued", "period",
            "period_quote", "period_note", "stacking_quote", "content_hash", "source", "interpretation")
LEVELS = ("province", "city", "district", "county", "national")
KINDS = ("policy", "rules", "notice")
ENTITIES = ("enterprise", "project", "person")
GROUP_KEYS = ("mode", "cap_yuan", "note", "quote")
MONEY = ("amount_yuan", "cap_yuan", "unit_yuan", "award_yuan", "offset_yuan")
FACT_KEYS = ("base", "minus", "bounded_by", "first_time_prior", "growth_over")
OPS = ("eq", "ne", "in", "not_in", "gte", "gt", "lte", "lt")


def kind_of(value) -> str:
    """What a value is, in Chinese, with a short and printable excerpt."""
    if value is None:
        return "空值（null）"
    if isinstance(value, bool):
        return f"布尔值 {str(value).lower()}"
    if isinstance(value, int):
        return f"整数 {value}" if abs(value) < 10**20 else "很长的整数"
    if isinstance(value, (float, Decimal)):
        return f"小数 {value}"
    if isinstance(value, str):
        text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value[:30])
        return f"文字「{text}{'…' if len(value) > 30 else ''}」" if value.strip() else "空文字"
    if isinstance(value, list):
        return f"列表（{len(value)} 项）"
    if isinstance(value, dict):
        return "映射"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"日期 {value.isoformat()}"
    return "无法识别的值"


class Shape:
    """Checks one file; `at` is where the value sits ("document." or "第3条规则（x）的 ")."""

    def __init__(self, where: str):
        self.where = where

    def fail(self, at: str, key: str, wanted: str, value) -> None:
        raise InputError(f"{self.where}：{at}{key} 应为{wanted}，实为{kind_of(value)}")

    def text(self, at, key, value, optional=False) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not value.strip():
            self.fail(at, key, "文字（不能为空）" if not optional else "文字或 null", value)

    def choice(self, at, key, value, choices, optional=False) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or value not in choices:
            self.fail(at, key, f" {' | '.join(choices)} 之一", value)

    def integer(self, at, key, value, optional=False, low=0) -> None:
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < low or value > 10**6:
            self.fail(at, key, f"不小于 {low} 的整数", value)

    def number(self, at, key, value, optional=False) -> None:
        """Money or a rate: a number or its text (the exact reading, with its own errors, comes later)."""
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, (int, str, Decimal, float)):
            self.fail(at, key, "数字（或写成文字的数字）", value)

    def date(self, at, key, value, optional=False) -> None:
        if value is None and optional:
            return
        if isinstance(value, (dt.date, dt.datetime)):
            return
        try:
            dt.date.fromisoformat(value if isinstance(value, str) else "")
        except ValueError:
            self.fail(at, key, "日期 YYYY-MM-DD", value)

    def mapping(self, at, key, value, optional=False) -> dict:
        if value is None and optional:
            return {}
        if not isinstance(value, dict):
            self.fail(at, key, "映射（键: 值）", value)
        return value

    def listing(self, at, key, value, optional=False) -> list:
        if value is None and optional:
            return []
        if not isinstance(value, list):
            self.fail(at, key, "列表", value)
        return value

    def keys(self, at, what, value: dict, allowed) -> None:
        extra = [k for k in value if k not in allowed]
        if extra:
            names = "、".join(kind_of(k) if not isinstance(k, str) else k for k in extra[:5])
            raise InputError(f"{self.where}：{at}{what}有未知的键 {names}（可用：{', '.join(allowed)}）")


def check(data, where: str) -> None:
    """Refuse a rule file whose shape is not the documented format (one Chinese line)."""
    s = Shape(where)
    if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
        raise InputError(f"{where}：规则文件需要 document 文件头和 rules 列表")
    s.keys("", "文件", data, TOP_KEYS)
    _document(s, data["document"])
    groups = s.mapping("", "stacking_groups", data.get("stacking_groups"), optional=True)
    for gid, g in groups.items():
        at = f"叠加组 {gid} 的 "
        if not isinstance(gid, str) or not gid.strip():
            s.fail("stacking_groups 的", "组名", "文字", gid)
        g = s.mapping(at, "内容", g)
        s.keys(at, "", g, GROUP_KEYS)
        s.choice(at, "mode", g.get("mode", "best"), ("best", "cap"))
        s.number(at, "cap_yuan", g.get("cap_yuan"), optional=g.get("mode") != "cap")
        s.text(at, "note", g.get("note"), optional=True)
        s.text(at, "quote", g.get("quote"), optional=True)
    for i, r in enumerate(s.listing("", "rules", data.get("rules"), optional=True)):
        if not isinstance(r, dict):
            s.fail(f"第{i + 1}条规则", "", "映射（id: …, quote: …）", r)
        rid = r.get("id")
        _rule(s, r, f"第{i + 1}条规则（{rid}）的 " if isinstance(rid, str) and rid.strip() else f"第{i + 1}条规则的 ")


def check_edit(key: str, value, where: str) -> None:
    """A reviewer's edit of a rule's conditions or formula (rules review), shaped as in a file."""
    s = Shape(where)
    if key == "conditions":
        for j, c in enumerate(s.listing("", "conditions", value)):
            _condition(s, "", f"conditions[{j + 1}]", c)
    else:
        _formula(s, "", s.mapping("", "formula", value))


def _document(s: Shape, d: dict) -> None:
    at = "document."
    s.keys("", "document ", d, DOC_KEYS)
    for k in ("title", "region", "period_quote", "content_hash"):
        if k in d:
            s.text(at, k, d[k])
    for k in ("issuer", "doc_number", "stacking_quote", "period_note", "interpretation"):
        s.text(at, k, d.get(k), optional=True)
    if "level" in d:
        s.choice(at, "level", d["level"], LEVELS)
    if "kind" in d:
        s.choice(at, "kind", d["kind"], KINDS)
    if "year" in d:
        s.integer(at, "year", d["year"], low=1900)
    s.date(at, "issued", d.get("issued"), optional=True)
    if isinstance(d.get("period"), list):
        for j, x in enumerate(d["period"]):
            s.date(at, f"period[{j + 1}]", x)
    if isinstance(d.get("source"), str):  # a drafted file names the text it was read from
        return
    src = s.mapping(at, "source", d.get("source"), optional=True)
    s.keys(at, "source ", src, ("file", "document"))
    s.text(at, "source.file", src.get("file"), optional=True)
    s.integer(at, "source.document", src.get("document"), optional=True, low=1)


def _rule(s: Shape, r: dict, at: str) -> None:
    if "id" in r:
        s.text(at, "id", r["id"])
    s.integer(at, "article", r.get("article"), optional=True)
    s.integer(at, "section", r.get("section"), optional=True)
    for k in ("quote", "trigger"):
        if k in r:
            s.text(at, k, r[k])
    if "beneficiary" in r:
        from zhengce.rules.rulebook import BENEFICIARIES
        s.choice(at, "beneficiary", r["beneficiary"], BENEFICIARIES)
    s.choice(at, "entity", r.get("entity"), ENTITIES, optional=True)
    s.choice(at, "review", r.get("review"), ("pending", "accepted", "rejected"), optional=True)
    for k in ("stacking", "interpretation", "reviewed_by", "previous"):
        s.text(at, k, r.get(k), optional=True)
    if r.get("reviewed_at") is not None and not isinstance(r["reviewed_at"], (str, dt.date)):
        s.fail(at, "reviewed_at", "日期时间", r["reviewed_at"])
    for j, note in enumerate(s.listing(at, "review_notes", r.get("review_notes"), optional=True)):
        s.text(at, f"review_notes[{j + 1}]", note)
    for j, c in enumerate(s.listing(at, "conditions", r.get("conditions"), optional=True)):
        _condition(s, at, f"conditions[{j + 1}]", c)
    if "formula" in r:
        _formula(s, at, s.mapping(at, "formula", r["formula"]))


def _formula(s: Shape, at: str, f: dict) -> None:
    from zhengce.rules.formulas import FORMS, QUALIFIERS
    s.choice(at, "formula.form", f.get("form"), FORMS)
    for k in MONEY:
        if k in f:
            s.number(at, f"formula.{k}", f[k], optional=k == "cap_yuan")
    for k in ("rate", "offset_pct"):
        if k in f:
            s.number(at, f"formula.{k}", f[k])
    for k in FACT_KEYS:
        s.text(at, f"formula.{k}", f.get(k), optional=True)
    for k in ("cap_scope", "per"):
        s.text(at, f"formula.{k}", f.get(k), optional=True)
    s.choice(at, "formula.qualifier", f.get("qualifier"), tuple(QUALIFIERS), optional=True)
    s.choice(at, "formula.year", f.get("year"), ("current", "prior"), optional=True)
    s.integer(at, "formula.unit", f.get("unit"), optional=True, low=1)
    s.integer(at, "formula.years", f.get("years"), optional=True, low=1)
    for k in ("years_total", "minus_optional"):
        if f.get(k) is not None and not isinstance(f[k], bool):
            s.fail(at, f"formula.{k}", "true 或 false", f[k])
    for j, t in enumerate(s.listing(at, "formula.tiers", f.get("tiers"), optional=True)):
        t = s.mapping(at, f"formula.tiers[{j + 1}]", t)
        s.keys(at, f"formula.tiers[{j + 1}] ", t, ("at_least_yuan", "amount_yuan"))
        for k in ("at_least_yuan", "amount_yuan"):
            s.number(at, f"formula.tiers[{j + 1}].{k}", t.get(k))


def _condition(s: Shape, at: str, path: str, c, depth: int = 0) -> None:
    """A condition's keys hold the types their form takes (docs/rules.md, Conditions)."""
    if not isinstance(c, dict) or not c:
        s.fail(at, path, "映射（如 {fact: …, gte: …}）", c)
    for k in c:
        if not isinstance(k, str):
            s.fail(at, path, "以文字为键的映射", k)
    if depth > 20:
        raise InputError(f"{s.where}：{at}{path} 嵌套过深")
    s.text(at, f"{path}.needs_review", c.get("needs_review"), optional=True)
    s.choice(at, f"{path}.year", c.get("year"), ("current", "prior"), optional=True)
    if "any" in c:
        items = s.listing(at, f"{path}.any", c["any"])
        for j, x in enumerate(items):
            _condition(s, at, f"{path}.any[{j + 1}]", x, depth + 1)
    if "not" in c:
        _condition(s, at, f"{path}.not", c["not"], depth + 1)
    for k in ("recognized", "event"):
        if k in c:
            v = c[k]
            for x in (v if isinstance(v, list) else [v]):
                s.text(at, f"{path}.{k}", x)
    s.text(at, f"{path}.when", c.get("when"), optional=True)
    if "between" in c:
        between = s.listing(at, f"{path}.between", c["between"])
        if len(between) != 2:
            s.fail(at, f"{path}.between", "[开始日期, 结束日期]", between)
        for j, x in enumerate(between):
            s.date(at, f"{path}.between[{j + 1}]", x)
    for k in ("growth", "increase", "share"):
        if k in c:
            pair = s.listing(at, f"{path}.{k}", c[k])
            if len(pair) != 2:
                s.fail(at, f"{path}.{k}", "两个字段的列表 [本期, 对比]", pair)
            for j, x in enumerate(pair):
                s.text(at, f"{path}.{k}[{j + 1}]", x)
    if "fact" in c:
        s.text(at, f"{path}.fact", c["fact"])
    for k, v in c.items():
        if k.endswith("_fact"):
            s.text(at, f"{path}.{k}", v)
        elif k.endswith("_pct"):
            s.number(at, f"{path}.{k}", v)
        elif k in ("in", "not_in"):
            for j, x in enumerate(s.listing(at, f"{path}.{k}", v)):
                if isinstance(x, (list, dict)) or x is None:
                    s.fail(at, f"{path}.{k}[{j + 1}]", "单个的值", x)
        elif k in OPS and (isinstance(v, (list, dict)) or v is None):
            s.fail(at, f"{path}.{k}", "单个的值", v)
