"""A standard raised from an old sum to a new one ("补助标准分别由原来每人每月A元、B元,提高到每人每月C元、D元"):
the old sums are what was paid before, no awards; the new ones are the awards now, though no award verb
stands beside them (the verb is the raising)."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.award_item import _Award
from zhengce.provisions.numbers import Amount, Percent

# "由原来每人每月", "由现行的": where the old sums start (no raising word in between)
# (or each old sum labelled: "由购买甲类补A元、购买乙类补B元,分别提高至C元和D元")
_FROM = re.compile(r"[由从](?:原来的?|原先的?|原|现行的?|目前的?|过去的?)?(?:每[\u4e00-\u9fff]{1,2}){0,3}[\u4e00-\u9fff]{0,12}?\s*$")
# the rest of the old list, then the raising: "、B元、C元,提高到", "的标准调整为" (each sum maybe per unit: "A元/人/月提高到")
_THEN_RAISED = re.compile(r"(?:\s*/\s*[\u4e00-\u9fff]{1,2}){0,2}(?:\s*[、和及]\s*[\u4e00-\u9fff]{0,12}?[\d.]+\s*(?:[万亿]?元|%)(?:\s*/\s*[\u4e00-\u9fff]{1,2}){0,2})*\s*[,,]*\s*(?:的标准)?(?:分别|统一|均)?"
                          r"(?:提高|调整|上调|增加|提升|上升)(?:至|到|为)")
_LIST_BEFORE = re.compile(r"(?:[\d.]+\s*(?:[万亿]?元|%)\s*[、和及—\-~至]\s*[\u4e00-\u9fff]{0,12}?)+$")
# the sum itself raised, its award word between: "A元一次性补贴提高到B元"
_RAISED_RIGHT_AFTER = re.compile(r"\s*的?(?:一次性)?(?:补贴|补助|奖励|奖补)?(?:标准)?(?:提高|上调|提升)(?:至|到)\s*(?:每[\u4e00-\u9fff]{1,2})?\s*[\d.]")
# "提高到每人每月", "提高到每人每月领取": the new sum follows
RAISED_TO = re.compile(r"(?:提高|调整|上调|提升)(?:至|到|为)(?:每[\u4e00-\u9fff]{1,2}){0,3}(?:领取|发放|享受|给予)?\s*$")


def is_old_sum(sent: str, a: Amount | Percent) -> bool:
    """Whether the amount (or share: "某比例从原先的X%—Y%上升到Z%") is one a standard is raised from."""
    if _RAISED_RIGHT_AFTER.match(sent, a.span[1]):
        return True  # "给予每辆A元一次性补贴提高到B元": the sum named, then raised — no 由 needed
    before = _LIST_BEFORE.sub("", sent[max(0, a.span[0] - 60):a.span[0]])
    return bool(_FROM.search(before)) and bool(_THEN_RAISED.match(sent, a.span[1]))


# ("标准分别提高至A元、B元、C元": each sum of a list raised so)
_RAISED_STANDARD = re.compile(r"标准(?:分别)?(?:提高|上调|调整|提升)(?:至|到|为)\s*(?:[\d.]+\s*[万亿]?元\s*[、和及]\s*)*$")
# "…,乙类、丙类则分别为B元、C元": the other kinds' sums of the award just stated
_OTHER_KINDS = re.compile(r"则\s*(?:分别|各)?为\s*(?:[\d.]+\s*[万亿]?元\s*[、和及]\s*)*$")


def raise_keeps_unit(sent: str, items: list[_Award]) -> None:
    """"每推荐1名某类人才奖励A万元,其中,符合某条的,奖励标准提高至B万元": the raised standard is the same award for
    each one counted, at the new sum — per unit as the award it raises; so are the other kinds' sums said after it
    ("每带1名学徒,每月发给补贴A元;乙类、丙类则分别为B元、C元")."""
    for it in items:
        if it.kind != "amount" or it.amount is None or not (
                _RAISED_STANDARD.search(sent, 0, it.pos) or _OTHER_KINDS.search(sent, 0, it.pos)):
            continue
        earlier = [x for x in items if x.kind == "per_unit" and x.end <= it.pos and x.extras.get("unit")]
        if earlier:
            it.kind = "per_unit"
            it.extras = dict(it.extras, unit=earlier[-1].extras["unit"])
