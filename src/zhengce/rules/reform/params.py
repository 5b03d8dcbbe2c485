"""A document's rules as editable parameters, and a reform from edited values (the 政策模拟 form).

Each rule offers the numbers of its formula (amount, rate, cap, award per unit, unit) and the
money thresholds of its own conditions, under flat names that fit a query string and therefore a
shareable URL:  p.<rule>.<field>=value   t.<rule>.<fact>.<op>=value   rm.<rule>=1
A value equal to the rule file's is no change; the reform built holds only what differs.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Mapping

from zhengce.errors import InputError
from zhengce.rules.profile import schema
from zhengce.rules.reform.spec import FIELD_LABELS, FORMULA_FIELDS
from zhengce.rules.rulebook import Document, Rulebook

EDITABLE = [f for f in FORMULA_FIELDS if f != "tiers"]
OPS = {"gte": "不低于", "gt": "高于", "lte": "不高于", "lt": "低于"}


def documents(book: Rulebook) -> list[Document]:
    """Documents that have rules, in rulebook order."""
    keys = {r.document.key for r in book.rules}
    return [d for d in book.documents if d.key in keys]


def editable(book: Rulebook, doc: Document) -> list[dict]:
    out = []
    for r in book.rules:
        if r.document.key != doc.key:
            continue
        f = r.raw["formula"]
        fields = []
        for name in EDITABLE:
            if f.get("form") in FORMULA_FIELDS[name] and (name in f or name == "cap_yuan"):
                fields.append({"name": f"p.{r.id}.{name}", "field": name, "label": FIELD_LABELS[name],
                               "value": "" if f.get(name) is None else str(f[name]),
                               "unit": "比例" if name == "rate" else "元"})
        thresholds = []
        for c in r.raw.get("conditions") or []:
            if not isinstance(c, dict) or "fact" not in c:
                continue
            spec = schema().facts.get(c["fact"])
            for op in OPS:
                if op in c and spec is not None and spec.type == "money":
                    thresholds.append({"name": f"t.{r.id}.{c['fact']}.{op}", "fact": c["fact"], "op": op,
                                       "label": f"{spec.label}{OPS[op]}", "value": str(c[op]), "unit": "元"})
        out.append({"id": r.id, "article": r.article, "trigger": r.trigger, "quote": r.quote,
                    "formula": r.formula.describe(), "fields": fields, "thresholds": thresholds,
                    "remove": f"rm.{r.id}"})
    return out


def _same(a: str, b: str) -> bool:
    try:
        return Decimal(a.strip().replace(",", "")) == Decimal(b.strip().replace(",", ""))
    except InvalidOperation:
        return a.strip() == b.strip()


def reform_data(book: Rulebook, doc: Document, params: Mapping[str, str], name: str = "政策模拟") -> dict:
    """The reform file's data for the edited values of `doc`'s rules (validated later by parse_reform)."""
    rules = {r["id"]: r for r in editable(book, doc)}
    known = {f["name"] for r in rules.values() for f in r["fields"] + r["thresholds"]} | {r["remove"] for r in rules.values()}
    for key in params:
        if key.startswith(("p.", "t.", "rm.")) and key not in known:
            raise InputError(f"参数 {key} 不是{doc.region}{doc.year}规则的可修改项")
    changes = []
    for rid, r in rules.items():
        if str(params.get(r["remove"], "")).lower() in ("1", "true", "on", "yes"):
            changes.append({"remove": rid})
            continue
        sets = {}
        for f in r["fields"]:
            new = params.get(f["name"])
            if new is None or _same(str(new), f["value"]) or (str(new).strip() == "" and f["value"] == ""):
                continue
            sets[f["field"]] = None if str(new).strip() == "" else str(new).strip()
        if sets:
            changes.append({"rule": rid, "set": sets})
        for t in r["thresholds"]:
            new = params.get(t["name"])
            if new is not None and str(new).strip() and not _same(str(new), t["value"]):
                changes.append({"rule": rid, "threshold": {"fact": t["fact"], t["op"]: str(new).strip()}})
    return {"reform": name, "baseline": {"region": doc.region, "year": doc.year}, "changes": changes}
