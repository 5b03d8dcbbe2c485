"""Caps: a maximum that bounds awards stated before it ("单个企业全年最高补助20万元", "上述奖励最高不超过
100万元", "补助额度最高不超过50万元"), and the scope it bounds (per item, project, enterprise, year, total)."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.awards import TIER_LEAD
from zhengce.provisions.bounds import ALL_AWARDS_BOUND
from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import find_amounts, find_percents
from zhengce.reading.numbering import marker

_SCOPE_RE = re.compile(r"(单个|单家|单一|每家|每个|每户|每人|每件|每台|每辆|每艘|单艘|每项|单项|单户|单人|单套|每套|每年|年度|全年|当年|"
                       r"单年度|累计|合计|总额|总计|/[个家件台辆年户人项])")


def _cap_scope(text: str, per: str | None) -> str | None:
    t = text + (per or "")
    yearly = re.search(r"每年|年度|全年|当年|单年度|/年", t)
    if re.search(r"项目|/个", t) and re.search(r"单个项目|每个项目|单项|/个|项目", t) and not re.search(
            r"企业|家", t):
        return "per_project"
    if re.search(r"每件|每台|每辆|每艘|单艘|/件|/台|/辆|每套|单套|/套", t):
        return "per_item"
    if yearly and re.search(r"单个|单家|单一|每家|每户|/家|/户", t):
        return "per_enterprise_per_year"  # "每家每年累计最高N万元": the year's sum for one beneficiary
    if re.search(r"累计|合计|总额|总计|共计", t):
        return "total"
    if re.search(r"单个|单家|单一|每家|每户|/家|/户|每个", t):
        return "per_enterprise_per_year" if yearly else "per_enterprise"
    if yearly:
        return "per_enterprise_per_year" if re.search(r"企业|家", t) else "per_year"
    return None


def apply_caps_from(sent: str, prev: list[Provision],
                    forms: tuple[str, ...] = ("fixed", "rate", "per_unit", "matching"), ceiling: bool = False) -> bool:
    """A sentence that only caps ("单个孵化载体单年度内奖励额度最高30万元") caps the previous
    sentence's uncapped awards. Returns True when it did (the sentence then adds no incentive) — or,
    with `ceiling`, when every award before it has its own cap already: a ceiling over them all
    ("每家企业当年奖励总额不超过N万元" after capped rates), no award of its own."""
    # ("对单个项目的补助不超过N元": 对 naming the unit a cap counts in, not a beneficiary)
    # ("每年给予单家企业的补助最高N万元": 给予 a unit's most, no award of its own)
    # (not "给予单个某园年度最高N万元奖励": an award of its own, its word after the sum)
    given_most = re.search(r"(?:给予|予以)(?:单个|单家|单户|每个|每家|每户|同一)[^,,;;。]{0,12}?的?(?:补助|奖励|资助|补贴|扶持|奖补)"
                           r"(?:资金|金额|总额)?(?:累计)?(?:最高|不超过)", sent)
    if not prev or (re.search(r"给予|予以", sent) and not given_most) \
            or re.search(r"(?<![接标外照象其])对(?!象|单个|单家|单户|单人|单项|每个|每家|每户|每人|每项)", sent):
        return False
    a = _sole_cap(sent)
    if a is None:
        return False
    if ALL_AWARDS_BOUND.search(sent, 0, a.span[0]):
        return False  # "本文件实施期内补贴总额不超过N万元": a pot all awards share, no one award's cap
    if re.search(r"每(?:人|户|名|亩)\s*$", sent[:a.span[0]]) and re.match(r"\s*的?标准", sent[a.span[1]:]):
        return False  # "某费补助最高不超过每人N元标准": a standard for each one, an award of its own
    # (an item's number before it, "(三)该项补助每家最高N万元": what follows the number)
    body = (numbered[3] or sent) if (numbered := marker(sent.strip())) else sent
    if _BARE_MOST.fullmatch(sent) and prev[-1].fields.get("form") == "per_unit":
        forms = ("per_unit",)  # "每增加N人奖励M万元;最高奖励K万元": the most the steps add up to
    elif not (_SCOPE_RE.search(sent[:a.span[0]]) or re.match(r"^\s*(?:此项|该项|上述|以上)", body)
            or re.match(r"^\s*[\u4e00-\u9fff]{0,4}(?:补助|奖励|资助|奖补|扶持|补贴)(?:额度|金额|资金)", body)):
        # "补助额度最高不超过N万元", "开办补助金额最高不超过M万元"
        return False
    targets = [p for p in prev if p.fields.get("cap_yuan") is None and p.fields.get("form") in forms]
    if not targets:
        return ceiling and any(p.fields.get("cap_yuan") is not None for p in prev if p.fields.get("form") in forms)
    unit = _UNIT_MOST.search(sent, 0, a.span[0])
    for p in targets:
        p.fields["cap_yuan"] = a.yuan
        p.fields["cap_scope"] = _cap_scope(sent[:a.span[1]], a.per)
        if unit:
            p.__dict__["_cap_unit"] = unit.group(1, 2)
    return True


# a sentence that is only a maximum: "最高奖励N万元", "累计不超过N万元"
_BARE_MOST = re.compile(r"\s*(?:累计)?(?:最高|最多|不超过)+(?:奖励|补助|补贴|资助|奖补)?(?:金额|总额)?(?:不超过)?\s*[\d.]+\s*万?元\s*[。;;]?\s*")


def _bracketed(sent: str, pos: int) -> bool:
    return max(sent.rfind("(", 0, pos), sent.rfind("\uff08", 0, pos)) > max(sent.rfind(")", 0, pos), sent.rfind("\uff09", 0, pos))


_FLOOR_AFTER = re.compile(r"\s*(?:[(\uff08]含[)\uff09])?以下的?[\u4e00-\u9fff]{0,8}?不(?:予|再|安排)")


def _sole_cap(sent: str):
    """The one maximum a cap sentence states, or None when it states another sum or none."""
    # ("总额不超过间夜数*150元,且不超过100万元": a formula's factor is no second sum)
    amounts = [a for a in find_amounts(sent) if not re.search(r"[*×]\s*$", sent[:a.span[0]])]
    # ("…最高不超过A万元(其中某类企业最高不超过B万元),奖励金额在C万元以下的不安排": one kind's own most in
    # brackets, and the floor below which nothing is paid, are no second cap of all)
    amounts = [a for a in amounts if not _bracketed(sent, a.span[0]) and not _FLOOR_AFTER.match(sent, a.span[1])] or amounts
    # ("奖金总额不超过N万元,超过N万元的以N万元计": the cap restated, still one sum)
    amounts = [a for k, a in enumerate(amounts) if k == 0 or a.yuan != amounts[0].yuan]
    return amounts[0] if len(amounts) == 1 and amounts[0].bound == "max" else None


# "当年给予单家公司的补助最高N万元": the one beneficiary a cap sentence bounds, and the award word it bounds
_UNIT_MOST = re.compile(r"(?:给予|予以)?(?:单个|单家|单户|每个|每家|每户|同一)([\u4e00-\u9fff]{0,10}?(?:企业|公司|单位|机构|组织|协会|商会|"
                        r"联盟|园区|平台|团队|个人|学校|医院))(?:每年|年度|全年)?的?(补助|奖励|资助|补贴|扶持|奖补)(?:资金|金额|总额)?"
                        r"(?:累计)?(?:最高|不超过)+\s*$")


def twin_cap_from(sent: str, offset: int, earlier: list[Provision]) -> Provision | None:
    """"…按费用给予X%的补助。当年给予单家公司的补助最高A万元。当年给予单家联盟的补助最高B万元":
    a second cap sentence written like the one that capped a rate, for another kind of beneficiary — the rate
    again, with this cap. None when the sentence is no such twin."""
    a = _sole_cap(sent)
    if a is None or find_percents(sent):
        return None
    unit = _UNIT_MOST.search(sent, 0, a.span[0])
    capped = [p for p in earlier if p.__dict__.get("_cap_unit") and not p.__dict__.get("_twin_of")
              and p.fields.get("form") in ("rate", "matching")]
    if unit is None or len(capped) != 1 or capped[0].__dict__["_cap_unit"][1] != unit.group(2) \
            or capped[0].__dict__["_cap_unit"][0] == unit.group(1):
        return None
    base = capped[0]
    fields = dict(base.fields, cap_yuan=a.yuan, cap_scope=_cap_scope(sent[:a.span[1]], a.per),
                  trigger=f"{base.fields.get('trigger') or ''}({unit.group(1)})")
    twin = Provision("incentive", (offset, offset + len(sent)), sent.strip(), fields)
    twin.__dict__.update(_cap_unit=unit.group(1, 2), _twin_of=base)
    return twin


# "…台时,单家企业补助最多不超过": a band of the beneficiary's size, then the cap the band gets
_BAND_CAP = re.compile(r"^\s*(?:且)?(?:当|在)?([^,;。]{2,40}?)时[,,]\s*([^,;。\d]{0,16}?(?:最高|不超过)+[^,;。\d]{0,4}?)\s*$")


def band_cap_from(sent: str, offset: int, earlier: list[Provision]) -> Provision | None:
    """"按收入的X%补助,且销量少于N台时,单家企业补助最多A万元;销量为N~M台时,单家企业补助最多B万元": each band's
    cap, written like the one the rate has, is the rate again with that cap."""
    a = _sole_cap(sent)
    last = next((p for p in reversed(earlier) if p.kind == "incentive"), None)
    if a is None or find_percents(sent) or last is None or last.fields.get("form") not in ("rate", "matching") \
            or last.fields.get("cap_yuan") is None:
        return None
    own = _BAND_CAP.match(sent[:a.span[0]])
    words = re.search(r"时[,,]\s*([^,;。\d]{0,16}?(?:最高|不超过)+[^,;。\d]{0,4}?)\s*[\d.]+\s*[万亿]?元", last.text or "")
    if own is None or words is None or own.group(2) != words.group(1):
        return None
    base = last.__dict__.get("_twin_of") or last  # (the rate as first stated, whose trigger each band extends)
    fields = dict(last.fields, cap_yuan=a.yuan, cap_scope=_cap_scope(sent[own.end(1):a.span[1]], a.per),
                  trigger=f"{base.fields.get('trigger') or ''}({own.group(1)})")
    twin = Provision("incentive", (offset, offset + len(sent)), sent.strip(), fields)
    twin.__dict__.update(_twin_of=base)
    return twin


def raised_cap_from(sent: str, offset: int, earlier: list[Provision]) -> Provision | None:
    """"按费用的X%给予支持,最高A万元。对…达到某规模的,最高支持金额提高至B万元": those who do more get the
    rate before with a higher cap — the rate again, with this cap."""
    a = _sole_cap(sent)
    last = next((p for p in reversed(earlier) if p.kind == "incentive"), None)
    if a is None or find_percents(sent) or not re.search(r"提高|上调|提升|调整|增加", a.bound_word or "") \
            or last is None or last.fields.get("form") not in ("rate", "matching") \
            or last.fields.get("cap_yuan") is None or last.fields["cap_yuan"] >= a.yuan:
        return None
    cond = re.search(r"(?:^|[,,;;])\s*(?:对|凡)?([^,,;;。]{2,40}?)的\s*[,,]", sent[:a.span[0]])
    base = last.__dict__.get("_twin_of") or last
    fields = dict(last.fields, cap_yuan=a.yuan, cap_scope=_cap_scope(sent[:a.span[1]], a.per),
                  trigger=f"{base.fields.get('trigger') or ''}({cond.group(1) if cond else sent[:a.span[0]].strip()})")
    twin = Provision("incentive", (offset, offset + len(sent)), sent.strip(), fields)
    twin.__dict__.update(_twin_of=base)
    return twin


def split_caps_from(sent: str, offset: int, prev: list[Provision],
                    earlier: list[Provision] = ()) -> tuple[Provision, list[Provision]] | None:
    """"按实际投入给予10%的补助。其中:A类项目最高补助5000万元,B类项目最高3000万元;其他项目最高2000万元":
    one rate of the sentence before, a cap for each kind — the rate once per kind, each citing its cap.
    Returns (the open rate, its copies) or None."""
    # (the list may go on past a semicolon: "…;其他项目最高2000万元" after the copies made)
    going_on = bool(prev) and all(p.__dict__.get("_split_of") is not None for p in prev)
    amounts = find_amounts(sent)
    # (or, without 其中, a cap per kind in each clause: "甲类企业最高补贴30万元,乙类企业最高补贴10万元")
    listed = len(amounts) >= 2 and all(re.fullmatch(
        r"[\u4e00-\u9fff“”]{2,16}?(?:最高|不超过)(?:补贴|补助|奖励|资助)?\s*",
        sent[max(sent.rfind(c, 0, a.span[0]) for c in ",,;;")+1:a.span[0]].strip()) for a in amounts)
    if not (going_on or listed or re.match(r"\s*其中\s*[::,,]?", sent)) or find_percents(sent) or re.search(r"给予|予以", sent):
        return None
    if not amounts or any(a.bound != "max" for a in amounts):
        return None
    open_rates = [prev[0].__dict__["_split_of"]] if going_on else [
        p for p in prev if p.kind == "incentive" and p.fields.get("form") in ("rate", "matching") and p.fields.get("cap_yuan") is None]
    if not going_on and len(amounts) == 1:
        # ("按利息的X%补贴。每家每年最高不超过A万元。其中:甲类企业,每年最高A万元;乙类企业…B万元": the
        # first kind's cap restating the cap just read opens a cap for each kind)
        last = next((p for p in reversed(earlier) if p.kind == "incentive"), None)
        open_rates = [last] if last is not None and re.match(r"\s*其中\s*[::]", sent) and last.fields.get("form") in (
            "rate", "matching") and last.fields.get("cap_yuan") == amounts[0].yuan else []
    if len(open_rates) != 1:
        return None
    base, copies = open_rates[0], []
    for a in amounts:
        cs = max(sent.rfind(c, 0, a.span[0]) for c in ",,;;::") + 1
        ce = min([i for c in ",,;;。" if (i := sent.find(c, a.span[1])) >= 0] or [len(sent)])
        kind = re.sub(r"^\s*其中\s*[::,,]?\s*", "", sent[cs:a.span[0]])
        kind = re.sub(r"(?:最高|不超过|不高于|补助|奖励|资助|补贴|给予)+\s*$", "", kind).strip()
        if cs and sent[cs - 1] in ",," and not re.search(r"企业|项目|单位|机构|类|级", kind):
            # ("甲类企业,每年申请贴息最高A万元": the kind in the clause before the sum's)
            ks = max(sent.rfind(c, 0, cs - 1) for c in ",,;;::") + 1
            kind, cs = sent[ks:cs - 1].strip(), ks
        if not kind:
            return None  # a cap that names no kind of its own is no split
        fields = dict(base.fields, cap_yuan=a.yuan, cap_scope=_cap_scope(sent[cs:a.span[1]], a.per),
                      trigger=f"{base.fields.get('trigger') or ''}({kind})")
        copy = Provision("incentive", (offset + cs, offset + ce), sent[cs:ce].strip(), fields)
        copy._split_of = base
        copies.append(copy)
    return base, copies


# "甲项目资助上限为", "乙类企业最高不超过": a kind of beneficiary, then the words bounding its award
_KIND_CAP = re.compile(r"\s*([^,,;;::。]{2,30}?)(?:项目|企业|单位)?的?(?:资助|补助|补贴|奖励|奖补)?(?:金额|额度|资金)?"
                       r"(?:上限为|上限|最高不超过|最高为|最高)\s*")


def kind_caps(sent: str, earlier: list[Provision]) -> bool:
    """"其中,甲项目资助上限为A元,乙项目资助上限为B元(,且资助金额不超过…的X%)": after awards that
    each name their kind, a cap for each kind by its name — each bounds the award of its kind (a
    share after 且 is a second bound, no award). Returns True when every cap found its award."""
    if not re.match(r"\s*其中\s*[::,,]", sent):
        return False
    amounts = find_amounts(sent)
    if len(amounts) < 2 or any(not re.search(r"且[^,,;;]*$", sent[:p.span[0]]) for p in find_percents(sent)):
        return False
    open_ = [p for p in earlier if p.kind == "incentive" and p.fields.get("cap_yuan") is None]
    pairs: list[tuple[Provision, object, int]] = []
    for a in amounts:
        cs = max(sent.rfind(c, 0, a.span[0]) for c in ",,;;::") + 1
        m = _KIND_CAP.fullmatch(sent[cs:a.span[0]])
        hit = next((p for p in reversed(open_) if m and m.group(1) in (p.text or "")
                    and all(p is not q for q, _, _ in pairs)), None)
        if hit is None:
            return False
        pairs.append((hit, a, cs))
    for p, a, cs in pairs:
        p.fields["cap_yuan"] = a.yuan
        p.fields["cap_scope"] = _cap_scope(sent[cs:a.span[1]], a.per)
    return True


_MARGINAL = re.compile(r"的部分[,,]?\s*(?:按|给予)")


def share_tier_cap(incs: list[Provision], earlier: list[Provision]) -> None:
    """"3000-5000万元项目,按投资额2.5‰给予奖励;5000-10000万元项目,按投资额2‰…;…以上项目,按投资额1‰
    给予奖励,单个项目最高不超过1000万元": the last tier's cap for one project (or firm) bounds the
    tiers before it — the same base at other rates, each in its own clause, none capped."""
    if len(incs) != 1 or incs[0].fields.get("form") != "rate" or incs[0].fields.get("cap_yuan") is None:
        return
    last = incs[0]
    # ("…以内的部分,按X%补助;超过…的部分,按Y%…,累计最高不超过N万元": marginal bands of one sum, the
    # total cap bounding the award they make together)
    bands = bool(_MARGINAL.search(last.text or ""))
    if last.fields.get("cap_scope") not in ("per_project", "per_enterprise", "per_item") + (("total",) if bands else ()):
        return
    run = []
    for p in reversed(earlier):
        if (p.fields.get("form") != "rate" or p.fields.get("cap_yuan") is not None
                or not (p.fields.get("base") or (bands and _MARGINAL.search(p.text or "")))
                or p.fields.get("base") != last.fields.get("base") or p.fields.get("rate") == last.fields.get("rate")):
            break
        run.append(p)
    if len({p.fields.get("rate") for p in run}) != len(run):
        return  # (the same rate twice is not a scale of tiers)
    for p in run:
        p.fields["cap_yuan"], p.fields["cap_scope"] = last.fields["cap_yuan"], last.fields["cap_scope"]


def lead_cap(incs: list[Provision], lead: Provision | None, out: list[Provision],
              earlier: list[Provision]) -> Provision | None:
    """"按实际投资额的一定比例给予最高5000万元奖励。投资3000万元…的,按…最高1%给予奖励;…": the lead
    sentence states no rate, only the cap of the tiered rates that follow — it caps them and is no
    award of its own. Returns the lead still open for the next sentence."""
    rates = [p for p in incs if p.fields.get("form") == "rate" and p.fields.get("cap_yuan") is None]
    if lead is not None and lead.fields.get("form") == "rate":
        # "给予不超过投资额X%的支持,最高N亿元。…标准如下:(1)…的按照Y%;(2)…的按照Z%": the
        # ceiling rate's cap bounds each tier listed under it; the ceiling stays an award of its own
        tiers = [p for p in rates if _TIER_ITEM.match(p.text)]
        if incs and len(tiers) == len(incs):
            for p in tiers:
                p.fields["cap_yuan"] = lead.fields["cap_yuan"]
                p.fields["cap_scope"] = lead.fields.get("cap_scope")
            return lead
        lead = None
    if lead is not None and incs and len(rates) == len(incs):
        for p in rates:
            p.fields["cap_yuan"] = lead.fields["amount_yuan"]
            p.fields["cap_scope"] = lead.fields.get("cap_scope") or lead.fields.get("amount_scope")
        if lead in out:
            out.remove(lead)
            earlier.remove(lead)
        return lead
    if len(incs) == 1 and incs[0].fields.get("form") == "up_to" and re.search(r"一定比例", incs[0].text):
        return incs[0]
    if (len(incs) == 1 and incs[0].fields.get("form") == "rate" and incs[0].fields.get("cap_yuan") is not None
            and re.search(r"不超过[^,;。\d]{0,20}[\d.]+\s*%", incs[0].text)):
        return incs[0]  # a ceiling rate with its cap: tiers may follow
    return None


_TIER_ITEM = re.compile(TIER_LEAD + r"[\d.]+\s*%")


def uplift_caps(incs: list[Provision], earlier: list[Provision], text: str) -> None:
    """"奖励比例提高1个百分点" raises the rate of the awards before it: it keeps their cap."""
    for p in incs:
        if p.fields.get("form") != "rate" or p.fields.get("cap_yuan") is not None:
            continue
        if not re.search(r"(?:比例|标准)(?:再)?(?:提高|上浮|增加)\d+(?:\.\d+)?个百分点", text[p.span[0]:p.span[1]]):
            continue
        capped = [q for q in earlier if q.fields.get("form") == "rate" and q.fields.get("cap_yuan") is not None]
        if capped:
            p.fields["cap_yuan"] = capped[-1].fields["cap_yuan"]
            p.fields["cap_scope"] = capped[-1].fields.get("cap_scope")


def bound_over_parts(sent: str, prev: list[Provision], incs: list[Provision]) -> Provision | None:
    """"…给予最高不超过N万元奖励。其中,对甲给予A万元…,达到某档的给予最高不超过N万元": a sum at most, its parts
    set out after 其中 within it — the first sentence bounds the parts together and is no award of its own."""
    if len(prev) != 1 or not incs or not re.match(r"\s*其中\s*[,,::]", sent):
        return None
    bound = prev[0].fields
    # (or a total paid in stages, its first stage after 其中: "分阶段给予每家总额N万元补助。其中,…补助A万元。")
    total = bound.get("form") == "fixed" and re.search(r"(?:总额|总计|合计|累计)(?:为|达)?\s*[\d.]+\s*[万亿]?元", prev[0].text or "")
    if (bound.get("form") != "up_to" and not total) or bound.get("amount_yuan") is None:
        return None
    most = bound["amount_yuan"]
    # (the parts of a bound reach it at most; the stages of a total each fall short of it)
    if any(p.fields.get("form") not in ("fixed", "up_to") or (v := p.fields.get("amount_yuan")) is None
           or v > most or (total and v == most) for p in incs):
        return None
    return prev[0] if len(incs) >= 2 or total else None


# a cap for each kind in brackets after one rate: "(甲类最高A万元/年、乙类最高B万元/年)"
_BRACKET = re.compile(r"[((]([^()()]{6,80})[))]")
_BRACKET_PART = re.compile(r"\s*([\u4e00-\u9fff]{1,12}?)(?:每人|每年|每月|每家)?(?:最高|不超过|最多)可?"
                           r"(?:补助|补贴|奖励|资助)?\s*[\d.]+\s*[万亿]?元(?:/[年月人家])?\s*")


def bracket_caps(sent: str, offset: int, incs: list[Provision]) -> list[Provision]:
    """"财政给予企业X%的补助(甲类最高A万元/年、乙类最高B万元/年)": one rate, a cap for each kind of person
    or firm in the brackets after it — the rate once per kind, each with its cap, no sum of its own."""
    for b in _BRACKET.finditer(sent):
        parts = re.split(r"[、,,;;]", b.group(1))
        if len(parts) < 2 or not all(_BRACKET_PART.fullmatch(p) for p in parts):
            continue
        pct = [p for p in find_percents(sent) if p.span[1] <= b.start()]
        if not pct or not re.fullmatch(r"[\u4e00-\u9fff]{0,6}", sent[pct[-1].span[1]:b.start()]):
            continue  # (the brackets must follow the rate's own words, "X%的补助")
        base = next((p for p in incs if p.fields.get("form") in ("rate", "matching")
                     and p.span[0] <= offset + pct[-1].span[0] < p.span[1]), None)
        inside = [a for a in find_amounts(sent) if b.start() < a.span[0] < b.end()]
        if base is None or len(inside) != len(parts):
            continue
        sums = {a.yuan for a in inside}
        kept = [p for p in incs if not (p.fields.get("form") in ("up_to", "fixed") and p.fields.get("amount_yuan") in sums
                                        and p.span[1] > offset + b.start())]  # (the caps read as sums of their own)
        # (each copy quotes the rate's words through its own cap: "X%的补助(甲类最高A万元", "…、乙类最高B万元")
        copies, start, at = [], base.span[0] - offset, b.start() + 1
        for part, a in zip(parts, inside):
            kind = _BRACKET_PART.fullmatch(part).group(1)
            end = at + len(part)
            fields = dict(base.fields, cap_yuan=a.yuan, cap_scope=_cap_scope(part, a.per),
                          trigger=f"{base.fields.get('trigger') or ''}({kind})")
            copies.append(Provision("incentive", (offset + start, offset + end), sent[start:end], fields))
            at = end + 1
        return [p for p in kept if p is not base] + copies
    return incs
