"""An award read from a sentence, made a record: its quote, its form and its fields.

The quote runs from the trigger's clause to the end of the award's clause and its cap, so every
number a user sees can be found in the text as printed.
"""

from __future__ import annotations

from decimal import Decimal

from zhengce import rx as re
from zhengce.provisions.award_forms import _money_step
from zhengce.provisions.award_item import _Award
from zhengce.provisions.awards import AWARD_WORD
from zhengce.provisions.caps import _cap_scope
from zhengce.provisions.clauses import clause_at, clauses
from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import Amount, Percent
from zhengce.provisions.triggers import beneficiary_of, quote_start


def _base_of(sent: str, p: Percent, cbounds) -> str | None:
    s, e = clause_at(cbounds, p.span[0])
    before = sent[s:p.span[0]]
    m = re.search(r"按(?:照)?(.*)$", before) or re.search(r"返还(?:给?企业|给?单位)?(.{2,24}?)的?\s*$", before)
    base = None
    if m:
        base = m.group(1)
        base = re.sub(r"(?:给予|分别|最高|不超过|不高于|不低于)", "", base)
        base = base.strip().rstrip("的").strip()
        base = re.sub(r"^其", "", base)
    if not base:  # "分别给予甲额X‰、乙额Y‰的奖励": each rate after its own base
        m3 = re.search(r"(?:给予|予以|、)\s*([\u4e00-\u9fff]{1,12}?(?:额|资本|收入|投资|费用|成本|价款|税收|贡献|保费|利息))的?\s*$", before)
        base = m3.group(1) if m3 else None
    if not base:
        after = sent[p.span[1]:e]
        m2 = re.match(r"\s*(?:比例)?的\s*([\u4e00-\u9fff]{1,8}?)" + AWARD_WORD, after)
        if m2 and m2.group(1) not in ("比例",):
            base = m2.group(1)
    return base or None


def _years(text: str) -> int | None:
    m = re.search(r"([一二两三四五六七八九十\d]+)年(?:内|合计|累计|共|总计|最高)", text) or re.search(
        r"(?:最高|连续)([一二两三四五六七八九十\d]+)年", text)
    if not m:
        return None
    from zhengce.provisions.numbers import parse_number
    try:
        return int(parse_number(m.group(1)))
    except (ValueError, KeyError):
        return None


def _money(a: Amount) -> int | Decimal:
    return a.yuan


# a sum stated for each person or household ("每人300元", "户均补助2万元", "给予每户每年1000元"): what one of
# them receives, and at the same time a sum per person counted — never a firm's ("每户企业")
_PER_HEAD = re.compile(r"(?:每(人|户|名|位)(?!企业|单位|商户|工业|规上)|(户)均)(?:每(?:年|月|天|日))?[^,,;;。:]{0,10}$")

# units of measure a sum is paid for each of (not a person, a firm or a period: those stay what one receives; narrower
# than unit_forms' _PER_MEASURE_AFTER, whose 辆/艘/车 sums the set takes as what one buyer receives)
_MEASURED = re.compile(r"/\s*(?:亩|平方米|平米|㎡|吨|头|只|千瓦时?|套|立方米|米|公里|千米|张|床|间)")

_PAYEE_BODY = re.compile(r"企业|单位|机构|公司|基地|园区|平台|学校|医院|组织|协会|商户")


def _per_head(sent: str, cs, a: Amount) -> str | None:
    s, _ = clause_at(cs, a.span[0])
    m = _PER_HEAD.search(sent[s:a.span[0]])
    if m is None or _PAYEE_BODY.search(sent[s:s + m.start()]):
        return None  # ("给予企业每人3000元": a body paid for each person it trains or hires)
    return m.group(1) or m.group(2)


def award_record(sent: str, offset: int, it: _Award, trigger: str, group_bound: str | None,
               group: list[_Award]) -> Provision:
    cs = clauses(sent)
    s0, _ = clause_at(cs, group[0].pos)
    # the quote: from the trigger's clause to the end of the award's clause (and its cap)
    start = quote_start(sent, group[0].pos)
    if group[0].extras.get("from") is not None:
        start = min(start, group[0].extras["from"])  # (the one counted, clauses back: the quote starts there)
    while start < group[0].pos and sent[start] in "、,,;; ":
        start += 1  # ("1、对…": a list's number split off, its mark no part of the quote)
    _, e = clause_at(cs, max(it.pos, it.end - 1))  # (a step and its award may be two clauses)
    _, e_last = clause_at(cs, group[-1].pos)
    end = max(e, e_last)
    if it.cap is not None:
        cs0, ce = clause_at(cs, it.cap.span[0])
        end = max(end, ce)
        start = min(start, cs0)  # (a cap stated before the rate: "单个补助N万元,补助比例X%")
    f: dict = {k: None for k in ("beneficiary", "trigger", "form", "amount_yuan", "rate", "base",
                                 "cap_yuan", "cap_scope", "per_unit")}
    f["trigger"] = trigger
    f["beneficiary"] = beneficiary_of(trigger, sent)
    if it.kind == "amount":
        a = it.amount
        bound = a.bound or group_bound
        f["form"] = "up_to" if bound in ("max", "range") else "fixed"
        f["amount_yuan"] = _money(a)
        if a.low is not None:
            f["min_yuan"] = a.low if a.low != a.low.to_integral_value() else int(a.low)
        if a.per:
            f["per"] = a.per
        scope = _cap_scope(sent[max(0, a.span[0] - 12):a.span[0]], a.per)
        if f["form"] == "up_to":
            f["cap_scope"] = scope
        if head := _per_head(sent, cs, a):
            f["per_unit"] = {"unit_yuan": None, "award_yuan": f["amount_yuan"], "unit": head}
        elif f["form"] == "fixed" and a.per and _MEASURED.fullmatch(a.per):
            # "公益林10元/亩" in a list of standards: a sum for each unit measured, however the list was read
            f["form"], f["amount_yuan"] = "per_unit", None
            f["per_unit"] = {"unit_yuan": None, "award_yuan": _money(a)}
    elif it.kind == "rate":
        p = it.percent
        f["form"] = "rate"
        f["rate"] = p.value
        f["base"] = _base_of(sent, p, cs)
        if p.bound:
            f["rate_bound"] = p.bound
    elif it.kind == "matching":
        f["form"] = "matching"
        if it.ratio is not None:
            f["rate"] = it.ratio.value
            f["matching"] = it.ratio.label
        else:
            f["rate"] = it.percent.value
        m = re.search(r"按(?:照)?([^,给]*?)(?:的)?(?:给予)?\s*$", sent[s0:it.pos])
        f["base"] = (m.group(1).strip() or None) if m else None
    elif it.kind == "per_unit":
        f["form"] = "per_unit"
        f["per_unit"] = {"unit_yuan": _money(it.unit_amount) if it.unit_amount is not None else None,
                         "award_yuan": _money(it.amount)}
        if it.extras.get("unit"):
            f["per_unit"]["unit"] = it.extras["unit"]
            if it.unit_amount is None and it.extras["unit"] in ("人", "户", "名", "位") and _per_head(sent, cs, it.amount):
                f["amount_yuan"] = f["per_unit"]["award_yuan"]  # (what each one receives, as for a fixed sum per person)
            step = _money_step(it.extras["unit"])
            if step is not None and it.unit_amount is None:
                f["per_unit"]["unit_yuan"] = step  # "每跨越一个百亿台阶": a step of money
    if it.cap is not None:
        f["cap_yuan"] = _money(it.cap)
        f["cap_scope"] = _cap_scope(it.cap_text, it.cap.per)
    years = _years(sent[max(0, it.pos - 12):it.end])
    if years:
        f["years"] = years
    if re.search(r"一次性", sent[max(0, it.pos - 8):it.end + 8]):
        f["one_off"] = True
    return Provision("incentive", (offset + start, offset + end), sent[start:end], f)
