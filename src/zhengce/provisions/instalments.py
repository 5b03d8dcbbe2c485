"""Payment schedules: an award read once, then paid out in yearly parts ("按每亩A元补助,分三年兑现,
首年B元,次年与第三年各C元" with B+2C=A). The parts are how the award is paid, not awards of their own;
they are told by their sum — the parts add up to the award they follow."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.award_item import _Award
from zhengce.provisions.clauses import clause_at, clauses

# a clause opening on the year (or stage) it pays in: "第一年补贴", "即新造第一年奖补", "第二年、第三年分别奖补"
# ("栽下当年核验后补A元": the stage's year named as 当年/首年/次年 too)
_PART_HEAD = re.compile(r"\s*(?:即|其中)?[\u4e00-\u9fff]{0,4}?((?:第[一二三四五1-5](?:年|期)|当年|首年|次年)(?:\s*[、和及与]\s*第[一二三四五1-5](?:年|期))*)")
# a year's sum after the one before it in the same clause: "…第1年A万元、第2年B万元"
_LISTED_PART = re.compile(r"元\s*、\s*第[一二三四五1-5](?:年|期)\s*$")


def without_instalments(sent: str, items: list[_Award]) -> list[_Award]:
    cs = clauses(sent)
    parts: dict[int, int] = {}  # id of a part -> how many years it is paid for
    for x in items:
        if x.kind not in ("amount", "per_unit") or x.amount is None:
            continue
        s, _ = clause_at(cs, x.pos)
        m = _PART_HEAD.match(sent, s, x.pos)
        if m and not re.search(r"[\d.]", sent[m.end():x.pos]):
            parts[id(x)] = max(1, m.group(1).count("第"))  # (one sum for each year named: "第二年和第三年各200元")
        elif _LISTED_PART.search(sent, s, x.pos):
            parts[id(x)] = 1  # a later year in a list: "享受第1年A万元、第2年B万元"
    if len(parts) < 2:
        return items
    drop: set[int] = set()
    listed = [x for x in items if id(x) in parts]
    total = sum(x.amount.yuan * parts[id(x)] for x in listed)
    if any(x.pos < listed[0].pos and id(x) not in parts and x.amount is not None and x.kind in ("amount", "per_unit")
           and x.amount.yuan == total for x in items):
        drop = set(parts)  # the parts of the one award before them, wherever it stands
    # ("一是…每亩A元,当年B元,第二年C元;二是…每亩D元,当年E元,第二年F元": each award, then its own parts)
    for i, whole in enumerate(items):
        if id(whole) in parts or whole.amount is None or whole.kind not in ("amount", "per_unit"):
            continue
        run, paid = [], 0
        for y in items[i + 1:]:
            if id(y) not in parts or paid >= whole.amount.yuan:
                break
            run.append(y)
            paid += y.amount.yuan * parts[id(y)]
        if len(run) >= 2 and paid == whole.amount.yuan:
            drop.update(id(y) for y in run)
    return [x for x in items if id(x) not in drop]
