"""A sum paid for each thing counted ("每件奖励500元", "给予每家最高20万元", "800元/台") is at once what one
receives for that thing and a rate per unit. Readers (and hand readings) write it either way — as a fixed sum or
as a per-unit award — so the reading carries both: a per-unit award whose unit is a thing, not a step of money
or of growth, states its sum as `amount_yuan` too; a fixed or capped sum counted per thing gets its
`per_unit` ({unit_yuan: None, award_yuan, unit}). The form the grammar chose stays; nothing is computed twice
(the rules drafter works from the form, and the explanation shows "金额 500元（每件）")."""

from __future__ import annotations

from zhengce import rx as re
from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import find_amounts

# things an award is counted by (a period — 每年, 每月 — is no thing: "每年给予10万元" is one sum a year)
_THING = (r"个|家|件|项|台|套|辆|所|户|人|名|位|村|届|批|场|班|案|间|床|张|份|只|头|篇|部|款|座|艘|处|栋|幢|亩|吨|条|本|册|门|种|株|棵|盏|枚|生"
          r"|平方米|平米|㎡|公里|千米|立方米|千瓦时?|标箱|标准箱")
# "每件给予最高N元", "每家企业一次性奖励N万元": 每 and its thing, then only words (no other number, no comma)
# (a verb may come between, one thing counted: "每新增1家", "每拆除一座", "每服务一家")
_EACH = r"每(?:[\u4e00-\u9fff]{1,4}?(?:一|1)\s*(?:个)?|(?:一|1)?)\s*(" + _THING + r")(?![\u4e00-\u9fff]{0,2}(?:以上|以下|及以上))"
_EACH_BEFORE = re.compile(_EACH + r"[^,,;;。::、\d%]{0,12}$")
# the thing counted in the clause before, the verb that pays for it opening the amount's own: "每新增1个某某,给予N万元"
_EACH_CLAUSE_BEFORE = re.compile(_EACH + r"[^,,;;。::、\d%]{0,16}[,,]\s*$")
_PAYS = re.compile(r"\s*(?:则|可|再)?(?:一次性)?(?:给予|奖励|补助|补贴|资助|奖补)[^,,;;。::、\d%]{0,10}$")
_EACH_AFTER = re.compile(r"\s*/\s*(?:每)?(" + _THING + r")(?![\u4e00-\u9fff]{0,1}(?:次|时))")
# per-unit awards counted in steps (of growth, rank or money): the sum is for each step, never one's whole award
# ("每新增10人", "每1000平方米": a step of several things counted, also paid per step; "每新增1个品牌首店" is one)
_STEP_UNIT = re.compile(r"百分点|台阶|名次|位次|%|元|^\s*(?![1一](?![\d.十百千万]))(?:\d|[二两三四五六七八九十百千万])")


def each_counted(provs: list[Provision]) -> list[Provision]:
    for p in provs:
        if p.kind != "incentive":
            continue
        f = p.fields
        pu = f.get("per_unit")
        form = f.get("form")
        if form == "per_unit" and isinstance(pu, dict) and pu.get("unit_yuan") is None \
                and pu.get("award_yuan") is not None and f.get("amount_yuan") is None \
                and (not _STEP_UNIT.search(str(pu["unit"])) if pu.get("unit") else _unit_of(p.text or "", pu["award_yuan"])):
            f["amount_yuan"] = pu["award_yuan"]
        elif form in ("fixed", "up_to") and not pu and f.get("amount_yuan") is not None:
            unit = _unit_of(p.text or "", f["amount_yuan"])
            if unit:
                f["per_unit"] = {"unit_yuan": None, "award_yuan": f["amount_yuan"], "unit": unit}
    return provs


def _unit_of(text: str, amount) -> str | None:
    """The thing the sum `amount` of `text` is paid for each of, if it names one."""
    for a in find_amounts(text):
        if a.yuan != amount:
            continue
        if a.per and (m := _EACH_AFTER.match(a.per)):
            return m.group(1)
        parts = re.split(r"(?<=[,,;;。::])", text[:a.span[0]])
        m = _EACH_BEFORE.search(parts[-1])
        if m is None and len(parts) > 1 and _PAYS.fullmatch(parts[-1]):
            m = _EACH_CLAUSE_BEFORE.search(parts[-2])
        return m.group(1) if m else None
    return None
