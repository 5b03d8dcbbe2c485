"""Compare two rule files: a curated file and a drafted one of the same document, or last year's
file and this year's (linked by `previous:`).

Rules are matched by `previous:`, then by id, then by quote (one contains the other, same article);
each matched pair is compared on formula, amounts, conditions, stacking, period, beneficiary,
article and quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zhengce.money import format_fen
from zhengce.rules.rulebook import Rule, Rulebook, load_paths


@dataclass
class Pair:
    old: Rule | None
    new: Rule | None
    matched_by: str | None  # previous | id | quote
    changes: dict[str, tuple] = field(default_factory=dict)  # aspect -> (old, new)

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed" if self.changes else "same"

    def to_json(self) -> dict:
        return {"status": self.kind, "old": self.old.id if self.old else None,
                "new": self.new.id if self.new else None, "matched_by": self.matched_by,
                "changes": {k: {"old": a, "new": b} for k, (a, b) in self.changes.items()}}


def _norm(text: str) -> str:
    return "".join(text.split())


def aspects(rule: Rule, book: Rulebook) -> dict:
    """What is compared, as printable values."""
    f = rule.formula
    amounts = {k: v for k, v in rule.summary().items()
               if k in ("amount_yuan", "rate", "cap_yuan", "qualifier", "per_unit", "tiers", "years") and v is not None}
    group = book.groups.get(rule.stacking) if rule.stacking else None
    doc = rule.document
    return {
        "formula": f.describe(),
        "amounts": {k: str(v) if not isinstance(v, (list, dict)) else v for k, v in amounts.items()},
        "conditions": [c.describe() for c in rule.conditions],
        "stacking": None if group is None else f"{group.mode}" + (f" 上限{format_fen(group.cap_fen)}" if group.cap_fen else ""),
        "period": f"{doc.start}至{doc.end}",
        "beneficiary": rule.beneficiary,
        "article": rule.article,
        "quote": rule.quote,
    }


def match(old: Rulebook, new: Rulebook) -> list[Pair]:
    pairs: list[Pair] = []
    left = {r.id: r for r in old.rules}
    for r in new.rules:
        how, hit = None, None
        if r.previous and r.previous in left:
            how, hit = "previous", left[r.previous]
        elif r.id in left:
            how, hit = "id", left[r.id]
        else:
            q = _norm(r.quote)
            for cand in left.values():
                c = _norm(cand.quote)
                if (q in c or c in q) and cand.article == r.article and cand.formula.form == r.formula.form:
                    how, hit = "quote", cand
                    break
        if hit is not None:
            del left[hit.id]
        pairs.append(Pair(hit, r, how))
    pairs += [Pair(r, None, None) for r in left.values()]
    for p in pairs:
        if p.old and p.new:
            a, b = aspects(p.old, old), aspects(p.new, new)
            p.changes = {k: (a[k], b[k]) for k in a if a[k] != b[k]}
    return pairs


def diff_files(a: str | Path, b: str | Path) -> dict:
    old, new = load_paths([Path(a)]), load_paths([Path(b)])
    pairs = match(old, new)
    counts = {k: sum(1 for p in pairs if p.kind == k) for k in ("same", "changed", "added", "removed")}
    return {"old": str(a), "new": str(b), "old_document": _doc(old), "new_document": _doc(new),
            "summary": counts, "rules": [p.to_json() for p in pairs]}


def _doc(book: Rulebook) -> dict:
    d = book.documents[0]
    return {"title": d.title, "region": d.region, "year": d.year, "status": d.status,
            "period": [d.start.isoformat(), d.end.isoformat()], "content_hash": d.content_hash}


LABELS = {"formula": "公式", "amounts": "金额", "conditions": "条件", "stacking": "叠加", "period": "期间",
          "beneficiary": "对象", "article": "条款", "quote": "原文"}
STATUS = {"same": "相同", "changed": "有变化", "added": "新增", "removed": "删除"}


def to_text(report: dict) -> str:
    o, n = report["old_document"], report["new_document"]
    lines = [f"旧: {o['region']}{o['year']}《{o['title']}》({o['status']}, {o['period'][0]}至{o['period'][1]})",
             f"新: {n['region']}{n['year']}《{n['title']}》({n['status']}, {n['period'][0]}至{n['period'][1]})",
             "相同 {same} 条, 有变化 {changed} 条, 新增 {added} 条, 删除 {removed} 条".format(**report["summary"]),
             "", "| 状态 | 旧规则 | 新规则 | 匹配 | 差异 |", "| --- | --- | --- | --- | --- |"]
    for r in report["rules"]:
        if r["status"] == "same":
            continue
        changes = "; ".join(f"{LABELS[k]}: {_short(v['old'])} → {_short(v['new'])}" for k, v in r["changes"].items())
        lines.append(f"| {STATUS[r['status']]} | {r['old'] or '-'} | {r['new'] or '-'} | "
                     f"{ {'previous': '上年对应', 'id': '编号', 'quote': '原文'}.get(r['matched_by'], '-') } | "
                     f"{changes or '-'} |")
    return "\n".join(lines)


def _short(value) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "无"
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items()) or "无"
    return "无" if value is None else str(value)
