"""Lists of awards in one sentence: amounts or shares joined only by 、/和/及/或 are one list — they share
their kind ("每亩100元、100元和150元" are all per mu) and form a group the caps and 分别 act on."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.award_item import _Award
from zhengce.provisions.awards import _LIST_SEP, lent_or_invested
from zhengce.provisions.numbers import Amount


# "最高A万元、同一机构每年最高不超过B万元": after the award, one beneficiary's total — its cap, no item of a list
_ONES_TOTAL = re.compile(r"\s*、\s*(?:同一|单个|单家|每家|每个|每户)[^、,,;;。\d]{1,12}?(?:每年|年度|全年|累计)+(?:最高|不超过)+\s*$")


def ones_total(sent: str, prev: Amount | None, a: Amount) -> bool:
    """Whether `a`, listed after `prev` with a beneficiary's 每年/累计 before it, is that beneficiary's total."""
    return prev is not None and a.bound == "max" and a.yuan > prev.yuan and bool(_ONES_TOTAL.match(sent[prev.span[1]:a.span[0]]))


def caps_last(sent: str, final: list[_Award], first: _Award) -> bool:
    """`first`, one beneficiary's total after the award before it in a list ("最高A万元、同一企业每年最高B万元"),
    caps that award. True when it did."""
    x = final[-1] if final else None
    if x is None or x.kind not in ("amount", "per_unit") or x.cap is not None or not ones_total(sent, x.amount, first.amount):
        return False
    x.cap, x.cap_text = first.amount, sent[x.pos:first.end]
    return True


def _group(items: list[_Award], sent: str) -> None:
    """Awards of the same kind separated only by 、/和/及/或 form one group (a list)."""
    gid = 0
    for i, it in enumerate(items):
        if i and items[i - 1].kind == it.kind and _LIST_SEP.match(_gap(sent, items[i - 1].end, it.pos)) \
                and not (it.amount is not None and ones_total(sent, items[i - 1].amount, it.amount)):
            it.group = items[i - 1].group
        else:
            gid += 1
            it.group = gid


def _gap(sent: str, a: int, b: int) -> str:
    g = sent[a:b]
    # a list may repeat the bound ("最高30万元、最高50万元") or carry a note "(第一批)"
    g = re.sub(r"\([^)]*\)", "", g)
    g = re.sub(r"最高|不超过", "", g)
    return g


def _extend_lists(sent: str, amounts: list[Amount], items: list[_Award], used: set[int]) -> None:
    """An amount listed right after an award amount ("分别给予100万元、50万元的补差奖励") is an award."""
    kind_of = {it.amount.span: it for it in items if it.kind in ("amount", "per_unit") and it.amount is not None}
    for i in range(1, len(amounts)):
        a, prev = amounts[i], amounts[i - 1]
        if prev.span not in kind_of:
            continue
        if (kind_of[prev.span].kind == "per_unit" and a.bound == "max" and a.yuan > prev.yuan
                and re.fullmatch(r"\s*[、,,]\s*(?:最高|不超过|最多)+\s*", sent[prev.span[1]:a.span[0]])) or ones_total(sent, prev, a):
            continue  # "给予每千克A元、最高N万元的补贴": the most in all, a cap on the sum per unit before (or one's total)
        if a.span in kind_of:
            mine, like = kind_of[a.span], kind_of[prev.span]
            if (mine.kind == "amount" and like.kind == "per_unit" and "unit" in like.extras
                    and not mine.extras.get("cap_only")  # ("…奖励1万元,最高不超过10万元": its cap)
                    and _LIST_SEP.match(_gap(sent, prev.span[1], a.span[0]))):
                mine.kind, mine.extras["unit"] = "per_unit", like.extras["unit"]
            continue
        if i in used and kind_of[prev.span].kind != "per_unit":
            continue
        if re.match(r"\s*(?:提高|调整|上调|提升)(?:至|到|为)", sent[a.span[1]:a.span[1] + 6]):
            continue  # "由A提高到B,C提高到D": C is the old sum of the next pair, not in the list
        if _LIST_SEP.match(_gap(sent, prev.span[1], a.span[0])):
            like = kind_of[prev.span]
            if lent_or_invested(sent, a):  # "可分别申请最高N万元、M万元担保贷款": loans, the list's first too
                if like in items:
                    items.remove(like)
                continue
            # "每亩100元、100元和150元": a per-unit list keeps its unit
            new = _Award(like.kind, a.span[0], a.span[1], amount=a, unit_amount=like.unit_amount,
                         extras={k: v for k, v in like.extras.items() if k == "unit"})
            items.append(new)
            kind_of[a.span] = new


# between two sums of a standard written each with its unit: a list mark, and maybe what the next is for
# ("甲按照A元/棒、乙按照B元/棒、丙按照C元/亩的标准奖补")
_UNIT_LIST_GAP = re.compile(r"\s*[、和及]\s*(?:[\u4e00-\u9fff()()]{1,10}?\s*(?:按照|按))?\s*")


def extend_unit_lists_back(sent: str, amounts: list[Amount], items: list[_Award], used: set[int]) -> None:
    """Sums each written with its unit ("A元/棒、B元/亩") listed before a sum per unit the award's verb follows
    are the standard's other sums: the verb after the last is theirs too."""
    found = {it.amount.span: it for it in items if it.kind == "per_unit" and it.amount is not None and it.extras.get("unit")}
    for i in range(len(amounts) - 1, 0, -1):
        a, prev = amounts[i], amounts[i - 1]
        if a.span not in found or i - 1 in used or prev.span in found or not prev.per:
            continue
        unit = re.fullmatch(r"/\s*([\u4e00-\u9fff]{1,2})", prev.per)
        if unit is None or prev.bound or not _UNIT_LIST_GAP.fullmatch(sent[prev.span[1]:a.span[0]]) \
                or any(it.pos <= prev.span[0] < it.end for it in items):
            continue
        new = _Award("per_unit", prev.span[0], prev.span[1], amount=prev, extras={"unit": unit.group(1)})
        items.append(new)
        used.add(i - 1)
        found[prev.span] = new
