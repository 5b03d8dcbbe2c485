"""Payment schedules: an award read once, then paid out in yearly parts ("按每亩A元补助,分三年兑现,
首年B元,次年与第三年各C元" with B+2C=A). The parts are how the award is paid, not awards of their own;
they are told by their sum — the parts add up to the award they follow."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.award_item import _Award
from zhengce.provisions.clauses import clause_at, clauses

# a clause opening on the year (or stage) it pays in: "第一年补贴", "即新造第一年奖补", "第二年、第三年分别奖补"
_PART_HEAD = re.compile(r"\s*(?:即|其中)?[\u4e00-\u9fff]{0,4}?(第[一二三四五](?:年|期)(?:\s*[、和及与]\s*第[一二三四五](?:年|期))*)")


def without_instalments(sent: str, items: list[_Award]) -> list[_Award]:
    cs = clauses(sent)
    parts = []
    for x in items:
        if x.kind != "amount" or x.amount is None:
            continue
        s, _ = clause_at(cs, x.pos)
        m = _PART_HEAD.match(sent, s, x.pos)
        if m and not re.search(r"[\d.]", sent[m.end():x.pos]):
            parts.append((x, m.group(1).count("第")))  # (one sum for each year named: "第二年和第三年各200元")
    if len(parts) < 2:
        return items
    total = sum(x.amount.yuan * n for x, n in parts)
    first = parts[0][0].pos
    whole = [x for x in items if x.pos < first and x.amount is not None and x.kind in ("amount", "per_unit")
             and x.amount.yuan == total and all(x is not p for p, _ in parts)]
    if not whole:
        return items
    return [x for x in items if all(x is not p for p, _ in parts)]
