"""Provisions: every number a policy states — incentives, budgets, targets, tax reliefs,
thresholds and deadlines — read as data, each with the clause it comes from.

    extract(text, year=2025)  -> [Provision]   over one article's (or point's) normalized text
    attach(doc, norm)                          fills doc.provisions, article.provisions, doc.deadlines
"""

from __future__ import annotations

import datetime as dt
from zhengce import rx as re
from typing import Any

from zhengce.provisions.caps import (apply_caps_from, band_cap_from, bound_over_parts, bracket_caps, kind_caps, raised_cap_from, lead_cap, share_tier_cap, split_caps_from,
                                     twin_cap_from, uplift_caps)
from zhengce.provisions.clauses import sentences
from zhengce.provisions.each import each_counted
from zhengce.provisions.deadlines import deadlines_in_sentence, window_deadlines, windows_under_label
from zhengce.provisions.figures import figures_in_sentence, tax_reliefs
from zhengce.provisions.incentives import incentives_in_sentence
from zhengce.provisions.per_unit import BUYER
from zhengce.provisions.model import INCENTIVE_FIELDS, KINDS, Provision
from zhengce.provisions.numbers import find_amounts, find_percents, find_ratios
from zhengce.provisions.standards import opens_standards, rate_card, standard_scope
from zhengce.provisions.per_unit import raised_like_standard
from zhengce.provisions.awards import AWARD_WORD
from zhengce.provisions.rates import shares_summed
from zhengce.provisions.repeats import (paragraph_of, without_headline_sum, without_restated_above, without_editors_summary,
                                        without_summary_repeats)
from zhengce.provisions.tables import table_awards
from zhengce.provisions.units import units_of
from zhengce.reading.header import DOC_NO_RE
from zhengce.reading.numbering import marker

__all__ = ["extract", "attach", "Provision", "KINDS", "INCENTIVE_FIELDS"]


# what every provision needs somewhere in its sentence: a digit, a Chinese numeral, a share, a month or a tax word
_MAY_STATE = re.compile(r"[\d%‰百千万亿元半倍月免减税]|分之|全额|同等|相同额|等额|足额")


def extract(text: str, *, year: int | None = None, context: dict | None = None) -> list[Provision]:
    """Provisions of one article's, point's or paragraph's normalized text; spans are relative
    to `text`. `year` fills in deadlines that print no year. `context` may hold
    {"kinds": {...}} to restrict what is read (e.g. a section intro has budgets and targets)."""
    kinds = set((context or {}).get("kinds") or KINDS)
    text = _without_replaced_wording(text)
    out: list[Provision] = []
    prev: list[Provision] = []
    earlier: list[Provision] = []  # every award of the unit so far: "上述…最高" caps them all
    lead: Provision | None = None  # "按…的一定比例给予最高5000万元奖励" over the rates of its tiers
    listed_lead = ""  # "分级补助:" over a list of items each with its sum, separated by semicolons
    # after "补贴标准如下:", or under a section titled "补贴标准": the labelled lines state the standard
    standard = bool((context or {}).get("standard"))
    above = (context or {}).get("above") or ""  # (the document's text just above this unit)
    if "incentive" in kinds and "|" in text:
        out.extend(table_awards(text))  # "奖项名称 | 奖励金额(万元)" over rows of bare numbers
    if "deadline" in kinds and ("\n" in text or "时间。" in text):
        # a label over its dates ("一、申报时间" / "2023年7月18日至2023年7月31日"), or a heading sentence
        # before them ("(一)受理时间。某日-某日"): a window across lines or sentences
        out.extend(p for p in window_deadlines(text, 0, year) if "\n" in p.text or "。" in p.text)
    if "deadline" in kinds and above:
        out.extend(windows_under_label(above, text, year))
    prev_start = prev_end = 0  # (where the sentence that read `prev` lies)
    kinds_from, chained = None, False  # (where the award the sentence's kinds share was named, when read with it)
    staged = False  # the award before is paid in stages, the shares of it that follow no awards
    for s, e in sentences(text):
        sent = text[s:e]
        standard = standard or opens_standards(sent, text, e)
        std = standard or ((":" in sent or "：" in sent) and rate_card(above + text, len(above) + s))
        if _AWARD_NO_SUM.search(sent) and (re.match(_THEN_SUMS_BY_KIND, text[e:e + 80]) or _GRADE_SUM.match(text, e + 1)):
            # (or "给予相应的运营补助。一星级N万元,二星级M万元。": the grades' sums in the sentence after)
            listed_lead = sent + ":"  # "给予一次性奖励。其中,甲类最高A万元;乙类最高B万元": the award, its sums by kind
            # ("发放安家费": paying out is giving; the same length, so the items' spans stand)
            listed_lead = re.sub(r"发放(?=[^\d,,;;。]{0,8}:$)", "给予", listed_lead)
        if (label := _SUMS_LABEL.search(sent)) and text[e:e + 1] in (";", ";"):
            listed_lead = sent[:label.end()]  # "房票金额为:甲类一事一议;乙类N万元;…": the kinds' sums, item by item
        standard_lead = _BY_STANDARDS_BELOW.search(sent) if "标准" in sent else None
        if standard_lead:  # "按以下标准给予某某奖励:1.某类。甲级N万元,乙级M万元;…": the kinds' sums in the sentences after
            listed_lead = standard_lead.group(1) + "标准为:"  # (read as the standard it names: "开办奖励标准为:")
        if not _MAY_STATE.search(sent):
            prev = []  # (cheap first: no figure, no share, no tax word — most sentences of a policy)
            continue
        if _WORKED_EXAMPLE.match(text, text.rfind("\n", 0, s) + 1):
            prev = []  # "示例:某企业…次年可得奖励N万元": sums worked out for one case, no measure
            continue
        taxes = tax_reliefs(sent, s)
        tax_spans = [(p.span[0] - s, p.span[1] - s) for p in taxes]
        incs: list[Provision] = []
        taken: list[tuple[int, int]] = list(tax_spans)
        split = split_caps_from(sent, s, prev, earlier) if "incentive" in kinds else None
        if split:
            base, incs = split  # the rate before, once for each kind its caps name
            out[:] = [p for p in out if p is not base]
            earlier[:] = [p for p in earlier if p is not base]
            taken.extend(a.span for a in find_amounts(sent))
        elif "incentive" in kinds and kind_caps(sent, earlier):
            taken.extend(a.span for a in find_amounts(sent))  # "其中,甲项目上限为A元,乙项目上限为B元"
        elif "incentive" in kinds and (twin := twin_cap_from(sent, s, earlier) or band_cap_from(sent, s, earlier)
                                                or raised_cap_from(sent, s, earlier)):
            incs = [twin]  # "当年给予单家公司的补助最高A万元。…单家协会的…B万元": the rate again, for the other kind
            taken.extend(a.span for a in find_amounts(sent))
        elif "incentive" in kinds:
            read = _read_first(sent, s, prev, earlier, tax_spans, std)
            own = read if read is not None and any(p.fields.get("form") == "rate" and p.fields.get("cap_yuan") is not None
                                                   for p in read) else None
            if own is None and apply_caps_from(sent, prev):
                # "单个项目补助额不超过1000万元" after several rate awards: the unit's other open
                # rates are bounded by it too (a fixed amount needs no cap)
                apply_caps_from(sent, earlier, forms=("rate", "per_unit", "matching"))
                taken.extend(a.span for a in find_amounts(sent))
            elif own is None and apply_caps_from(sent, earlier):
                taken.extend(a.span for a in find_amounts(sent))
            elif own is None and earlier and _FIRM_TOTAL_ONLY.fullmatch(sent.strip()):
                taken.extend(a.span for a in find_amounts(sent))  # "每家企业年度补助总额最高N万元": a ceiling, no award
            else:
                buyer = "每" in sent and BUYER.search((above[-120:] + text[max(0, s - 120):s])[-120:]) is not None
                incs = read if read is not None else [p for p in incentives_in_sentence(sent, s, prev, std, buyer)
                                                      if not _inside_tax(p, sent, s, tax_spans)]
                item = re.sub(r"^其中[,,::]\s*", "", sent.strip())
                if not incs and listed_lead and (_LIST_ITEM_MAX.fullmatch(item) or _LIST_ITEM_SUM.fullmatch(item)
                                                 or _every_piece(item, _GRADE_SUM)
                                                 # ("大专生每人每年A元,本科生每人每年B元": each kind's sum)
                                                 or _every_piece(item, _LIST_ITEM_SUM, r"[,,;;]", least=2)):
                    # "分级补助:二级的企业,最高不超过A万元;三级的企业,最高不超过B万元": each item of the
                    # list its lead opened, read under that lead
                    incs = [p for p in incentives_in_sentence(listed_lead + sent, s - len(listed_lead), prev, std)
                            if p.span[1] > s]
                    for p in incs:
                        p.span, p.text = (max(p.span[0], s), p.span[1]), text[max(p.span[0], s):p.span[1]]
                elif not incs and prev and _OTHER_KINDS_OPENING.match(sent) and text[prev_end:s].strip() in (";", ";"):
                    # "…每月发给补贴A元;乙类、丙类则分别为B元、C元": the other kinds' sums of the award the
                    # sentence before states, read with it
                    # (a third kind after a second, "…甲A元;乙B元;丙C元": read from the sentence that named the award)
                    kinds_from = prev_start
                    before = len(incentives_in_sentence(text[prev_start:prev_end], prev_start, [], std)) if chained else len(prev)
                    incs = incentives_in_sentence(text[prev_start:e], prev_start, [], std)[before:]
                    for p in incs:
                        p.span, p.text = (max(p.span[0], s), p.span[1]), text[max(p.span[0], s):p.span[1]]
                incs = shares_summed(sent, s, incs, text)  # ("市财政补贴X%,县财政补贴Y%,农户承担Z%": their sum)
                if (bound := bound_over_parts(sent, prev, incs)) is not None:
                    out[:] = [p for p in out if p is not bound]
                    earlier[:] = [p for p in earlier if p is not bound]
                uplift_caps(incs, earlier, text)
                incs = bracket_caps(sent, s, incs)  # ("X%的补助(甲类最高A万元、乙类最高B万元)": a cap per kind)
                taken.extend(_number_spans(sent, incs, s))
                lead = lead_cap(incs, lead, out, earlier)
                share_tier_cap(incs, earlier)
        if incs and earlier and _EXPLAINS_QUOTED.match(sent):
            # "“…最高N万元奖励。”是指…累计最高N万元": the quoted clause explained, its sums restated
            stated = set().union(*map(_money_of, earlier))
            incs = [p for p in incs if not _money_of(p) & stated]
        if staged and incs and all(p.fields.get("form") == "rate" and p.fields.get("base") is None for p in incs):
            incs = []  # "按某额的X%分阶段予以奖励。其中,受理期奖励50%;挂牌后再奖励50%": the stages' shares of it
        else:
            staged = any(_STAGED.search(p.text) for p in incs)
        out.extend(incs)
        # (a sentence whose awards follow a lead ending in a colon, closed by a semicolon, opens a list)
        lead_end = sent.rfind(":") if incs and text[e:e + 1] in (";", ";") else -1
        listed_lead = sent[:lead_end + 1] if lead_end >= 0 and all(p.fields.get("form") == "up_to" for p in incs) \
            else (listed_lead if listed_lead and (incs or standard_lead or _ITEM_LABEL.fullmatch(sent)) else "")

        prev = incs
        chained = kinds_from is not None and bool(incs)
        prev_start, prev_end = (kinds_from if chained else s), e
        kinds_from = None
        earlier += incs
        if "tax_relief" in kinds:
            out.extend(taxes)
        if "deadline" in kinds:
            dls = deadlines_in_sentence(sent, s, year)
            out.extend(dls)
        if kinds & {"budget", "target", "threshold"}:
            out.extend(p for p in figures_in_sentence(sent, s, taken, year) if p.kind in kinds)
    return each_counted(_dedupe(out))


_REPLACED = re.compile(r"将“(.+?)”(?=\s*(?:修改为|调整为|修订为|变更为|替换为))", re.S)
_STRUCK = re.compile(r"”\s*(?:等|的)?(?:内容|条款|表述|文字|字样|规定)?\s*(?:予以|均予|全部|一并)?(?:删除|删去)")


# a sentence that only bounds one beneficiary's total over the awards before it
_FIRM_TOTAL_ONLY = re.compile(r"(?:每家|单家|同一|单个|每个)(?:企业|单位|机构|主体)[^,;。\d]{0,12}?(?:总额|累计|合计|总计)"
                              r"[^,;。\d]{0,6}?(?:最高|不超过)+\s*[\d.]+\s*[万亿]?元[。.]?")
# an award named without its sum, at the end of its sentence ("对…的企业给予一次性奖励", "发放安家费")
_AWARD_NO_SUM = re.compile(r"(?:(?:给予|予以)[^\d,,;;。]{0,8}(?:奖励|补助|补贴|资助|奖补|扶持)"
                           r"|发放[^\d,,;;。]{0,8}(?:奖励|补助|补贴|津贴|[\u4e00-\u9fff]{1,3}费))\s*$")
# its sums by kind next ("。其中,甲类…"), or after one sentence of its terms that states no sum
_THEN_SUMS_BY_KIND = re.compile(r"[。.]?\s*(?:[^。;;\d%元]{1,60}[。.]\s*)?其中[,,::]")
_STAGED = re.compile(r"分(?:阶段|期|批|步|[两二三四五]次|[两二三四五]期|[两二三四五]年|年度)(?:给予|予以|拨付|兑现|发放)?"
                     r"[^,,;;。]{0,6}?(?:奖励|补助|补贴|资助|奖补|扶持)")
# a sentence opening on the other kinds' sums of the award before it ("乙类、丙类则分别为B元、C元")
_OTHER_KINDS_OPENING = re.compile(r"\s*[^,,;;。\d]{1,24}?则\s*(?:分别|各)?为\s*[\d.]+\s*[万亿]?元"
                                  # (or "…甲地每人每月A元;乙地、丙地每人每月B元": the other places' sums per head, or per pupil)
                                  r"|\s*[\u4e00-\u9fff、]{2,40}?每(?:人|户|生)(?:每(?:月|年|天|学期|学年))?\s*[\d.]+\s*万?元\s*(?:[。;;,,]|$)")
# grades and their sums, a sentence of them: "一星级N万元,二星级M万元,三星级K万元"
_GRADE_SUM = re.compile(r"\s*[一二三四五六七八九十\dA-Za-z]{1,3}[\u4e00-\u9fff]{0,2}?(?:星级|级|类|档|等)\s*[\d.]+\s*[万亿]?元\s*")


def _every_piece(sent: str, piece: re.Pattern[str], seps: str = r"[,,、;;]", least: int = 1) -> bool:
    """Every piece of the sentence between its commas matches `piece`: a grade and its sum, a kind and its sum
    (matched piece by piece: one pattern repeated over the whole sentence backtracks without end on a long list
    that fails at its last piece)."""
    pieces = [p.strip() for p in re.split(seps, sent.rstrip("。 ")) if p.strip()]
    return len(pieces) >= least and all(piece.fullmatch(p) for p in pieces)
# a lead to the standards listed after it, in sentences of their own ("按以下标准给予某某奖励:")
_BY_STANDARDS_BELOW = re.compile(r"(?:按|按照|依照)(?:下列|以下|如下)标准(?:给予|予以)(?:一次性)?([^,,;;。::\d]{0,10}?(?:奖励|补助|补贴|资助|奖补))\s*[::]")
# a list's sub-heading between such a lead and its sums: "1.某类企业。"
_ITEM_LABEL = re.compile(r"\s*(?:\d{1,2}[.、]|[((][一二三四五六七八九十\d]{1,2}[))])\s*[^,,;;。::\d]{2,16}[。.]?\s*")
# a label of the sums that follow item by item, "房票金额为:", "补贴标准:"
_SUMS_LABEL = re.compile(AWARD_WORD + r"(?:资金)?(?:金额|标准|额度)(?:为|是)?\s*[::]")
# (an item of such a list: "乙类人才N万元", "丙类人才N万元,其中某类M万元")
_LIST_ITEM_SUM = re.compile(r"[^,,;;。::\d]{1,20}?(?:为)?\s*[\d.]+\s*[万亿]?元(?:[,,]其中[^,,;;。::]{1,40}?\s*[\d.]+\s*[万亿]?元)?")
_LIST_ITEM_MAX = re.compile(r"[^,,;;。::]{2,40}?[,,]?\s*(?:最高|不超过)+\s*[\d.]+\s*[万亿]?元?(?:人民币)?")


# a worked example under a measure ("示例:", "举例:", "例如:"): what one case comes to, not a measure of its own
_WORKED_EXAMPLE = re.compile(r"\s*(?:计算)?(?:示例|举例说明|举例|例如|案例)\s*[\d一二三四五]?\s*[::]")
# an interpretation explaining the clause it quotes: "“…”是指…", "上述条款是指…"
_EXPLAINS_QUOTED = re.compile(r"\s*[”\"」』]\s*(?:中的?[^,,;;。]{0,12})?(?:是指|系指|指的是)")


def _money_of(p: Provision) -> set:
    pu = p.fields.get("per_unit") or {}
    return {v for v in (p.fields.get("amount_yuan"), p.fields.get("cap_yuan"), pu.get("award_yuan")) if v is not None}


def _without_replaced_wording(text: str) -> str:
    """An amendment quotes the wording it replaces ("将“15.…分别给予10万元…”修改为“15.…”") or strikes out
    ("“…”内容予以删除"): that old wording states no award any more. It is blanked (same length, so spans stay
    true)."""
    if "将“" in text:
        text = _REPLACED.sub(lambda m: "将“" + " " * len(m.group(1)) + "”", text)
    for m in reversed(list(_STRUCK.finditer(text))[:64]):  # (an amendment strikes a few; a bound on hostile text)
        # "“…另奖N万元…”内容予以删除": the wording struck out, quotes within it balanced back
        depth, i = 1, m.start()
        while depth and i > max(0, m.start() - 3000):
            i -= 1
            depth += {"”": 1, "“": -1}.get(text[i], 0)
        if not depth:
            text = text[:i + 1] + " " * (m.start() - i - 1) + text[m.start():]
    return text


def _read_first(sent: str, s: int, prev: list[Provision], earlier: list[Provision],
                tax_spans: list[tuple[int, int]], standard: bool = False) -> list[Provision] | None:
    """The awards of a sentence with a share in it after other awards, read before asking whether it
    only caps them: a rate with its own cap ("资助资金不超过设备投资的X%,资助金额最高N万元") is an
    award of its own, not a cap on the awards before it. None when there is nothing to ask."""
    if not (prev or earlier) or ("%" not in sent and "‰" not in sent):
        return None
    return [p for p in incentives_in_sentence(sent, s, prev, standard) if not _inside_tax(p, sent, s, tax_spans)]


def _inside_tax(p: Provision, sent: str, offset: int, tax_spans) -> bool:
    if p.fields.get("form") != "rate":
        return False
    own = sent[p.span[0] - offset:p.span[1] - offset]
    if re.search(r"(?:奖励|返还|补助|补贴|奖补)(?:给)?(?:企业|项目|投资方|投资者)", own) and not re.search(r"税率|减按", own):
        return False  # a tax's local share given back as an award ("…全额奖励企业"): an incentive
    return any(s <= p.span[0] - offset < e or (s < p.span[1] - offset and p.span[0] - offset < e and
                                                 re.search(r"减按", sent[s:e])) for s, e in tax_spans)


def _number_spans(sent: str, incs: list[Provision], offset: int) -> list[tuple[int, int]]:
    """Spans (sentence-relative) of the numbers the incentives used, so figures skip them."""
    values = set()
    for p in incs:
        for k in ("amount_yuan", "cap_yuan", "rate", "min_yuan"):
            if p.fields.get(k) is not None:
                values.add(str(p.fields[k]))
        pu = p.fields.get("per_unit")
        if pu:
            values.update(str(v) for v in pu.values())
    spans = []
    lo = min((p.span[0] - offset for p in incs), default=0)
    hi = max((p.span[1] - offset for p in incs), default=0)
    for a in find_amounts(sent):
        if lo <= a.span[0] < hi and str(a.yuan) in values:
            spans.append(a.span)
    for q in find_percents(sent):
        if lo <= q.span[0] < hi and str(q.value) in values:
            spans.append(q.span)
    for r in find_ratios(sent):
        if lo <= r.span[0] < hi:
            spans.append(r.span)
    return spans


def _dedupe(provs: list[Provision]) -> list[Provision]:
    """The same award stated twice in one unit (same form, numbers and trigger) counts once."""
    seen, out = set(), []
    for p in provs:
        if p.kind == "incentive":
            # the same clause read twice counts once; the same numbers in another clause are another award
            key = tuple(str(p.fields.get(k)) for k in INCENTIVE_FIELDS) + (getattr(p, "_member", None), p.span)
        elif p.kind == "deadline":
            # (the same date read from where the line above opens its window: one deadline, where it ends)
            key = ("deadline", p.fields.get("date"), p.fields.get("time"), p.span[1])
        else:
            key = (p.kind, p.span, str(p.fields.get("value", p.fields.get("amount_yuan"))),
                   p.fields.get("description"))
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


# ---------------------------------------------------------------------------------------------

# an untitled page whose paragraphs above the numbered items state the awards (prize bands, then
# "1、…" exceptions to them)
def _roll_deadlines(doc: Any) -> None:
    """A deadline that prints no year follows the dates before it: "网上申报截止时间为2022年10月28日…于11月
    10日前报送" is 2022-11-10, and "请于12月17日前" in a notice signed 2021年12月16日 is 2021-12-17 —
    whatever year the funds are for. It falls on or after the last printed date (or the date of issue)."""
    issued = getattr(doc, "issued", None)
    anchor = issued if issued and re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued) else None
    printed: set[str] = set()
    for p in sorted((p for p in doc.provisions if p.kind == "deadline" and p.fields.get("date")),
                    key=lambda p: p.span[0]):
        if not p.fields.get("year_inferred"):
            anchor = max(anchor, p.fields["date"]) if anchor else p.fields["date"]
            printed.add(p.fields["date"])
            continue
        if anchor is None:
            continue
        date = p.fields["date"]
        if (again := f"{anchor[:4]}{date[4:]}") in printed:
            p.fields["date"] = again  # "提交截止为6月5日" restating a day printed above with its year
            continue
        for year in (int(anchor[:4]), int(anchor[:4]) + 1):
            candidate = f"{year}{date[4:]}"
            if candidate >= anchor and _valid_date(candidate):
                p.fields["date"] = candidate
                break


def _valid_date(iso: str) -> bool:
    try:
        dt.date.fromisoformat(iso)
        return True
    except ValueError:
        return False


def _caps_earlier_articles(article: Any, earlier: list[Provision]) -> bool:
    """An article that only states a cap ("(五)每家企业该项奖励最高为1000万元") caps the awards of
    the articles before it in its section that have none."""
    rest = article.text[len(article.label):] if article.text.startswith(article.label) else article.text
    return _caps_earlier(rest, earlier)


def _caps_earlier(rest: str, earlier: list[Provision], forms: tuple[str, ...] | None = None, ceiling: bool = False) -> bool:
    sents = [rest[s:e] for s, e in sentences(rest) if rest[s:e].strip()]
    # (lines after it that state nothing of money — "【牵头部门】某局", a phone number — change nothing)
    # (or a rule on stacking: "此外,该补贴不与某类1%补贴叠加享受" names another award, pays none)
    if not sents or any(re.search(r"奖|补|资助|扶持|元|%", t) and not re.search(r"不(?:得|能|可|再)?(?:与|和|同)[^。]{0,40}?(?:叠加|同时享受|重复享受)", t)
                        for t in sents[1:]) \
            or not re.search(r"奖励|补助|补贴|资助|奖补|扶持", sents[0]) \
            or _OWN_RATE.search(sents[0]):
        return False  # ("按其投资额的20%补助,单个不超过N万元": a rate of its own, and its cap)
    return apply_caps_from(sents[0], earlier, **({"forms": forms} if forms else {}), ceiling=ceiling)


_OWN_RATE = re.compile(r"\d(?:\.\d+)?\s*[%‰](?:的)?(?:给予|予以)?(?:补助|奖励|补贴|资助|奖补|贴息)")


def _first_line(norm: Any, span: tuple[int, int]) -> tuple[int, int, str] | None:
    """(start, end) in the original text and the words of a document's first line, read in the normalized
    text (a line a layout broke is one line there)."""
    m = re.search(r"[^\n]*\S[^\n]*", norm.text[span[0]:span[1]])
    if m and len(m.group(0).strip()) <= 8 and not re.search(r"\d", m.group(0)):
        # (a site's name above the headline, "某某网": the headline is the line after it)
        after = re.compile(r"[^\n]*\S[^\n]*").search(norm.text, span[0] + m.end(), span[1])
        if after:
            return (*norm.orig_span(after.start(), after.end()), after.group(0))
    return (*norm.orig_span(span[0] + m.start(), span[0] + m.end()), m.group(0)) if m else None


def _dates_year(doc: Any) -> int | None:
    """The year a date printed without one ("5月20日下午17:00") falls in: the document's year, else the
    year it was issued, else the latest year of a 文号 it cites (a notice passing on a call of that year)."""
    text = getattr(doc, "text", "") or ""
    year, issued, kind = getattr(doc, "year", None), getattr(doc, "issued", None), getattr(doc, "kind", None)
    if kind == "notice" and not issued and year:
        # a notice passing on a call made under a later 文号 than any year it names ("…函〔202312号": the
        # 〕 lost) sets its dates in that later year: a call is answered after it is made
        cited = [int(m.group(1)) for m in re.finditer(r"[\u4e00-\u9fff]〔((?:19|20)\d\d)(?:〕|\d{1,4}号)", text)]
        if cited and max(cited) > year:
            return max(cited)
    if kind == "notice" and issued and year and int(issued[:4]) > year:
        return int(issued[:4])  # a call for last year's awards, issued this year: its dates fall after it is issued
    if year:
        # a call for what was approved over a whole past year ("某年1月1日至当年12月31日新批准的")
        # is made after it: its dates without a year fall in the next
        covered = re.search(r"(\d{4})年1月1日(?:—|-|~|至|到)(\d{4})年12月31日(?:期间)?(?:内)?(?:新|期间|获得|取得|认定|批准|发生|完成)", text)
        if covered and kind == "notice" and covered.group(1) == covered.group(2) == str(year) \
                and not (issued or "").startswith(str(year)):
            return year + 1
        return year
    if issued:
        return int(issued[:4])
    cited = [int(re.search(r"\d{4}", m.group(0)).group(0)) for m in DOC_NO_RE.finditer(text)]
    return max(cited) if cited else None


def attach(doc: Any, norm: Any) -> None:
    """Fill doc.provisions (and each article's), with article number, exact original quote,
    original span and citation; and doc.deadlines as [{date, time, what, article, citation, quote}]."""
    doc.provisions = []
    for a in doc.articles:
        a.provisions = []
    section_incs: list[Provision] = []
    section_of = {a.id: a.section_no for a in doc.articles}
    standards, listed = standard_scope(doc)
    year = _dates_year(doc)
    current = None
    for text, base, art_no, cite, kinds, article in units_of(doc, norm):
        if not text:
            continue
        if article is not None and section_of.get(article.id) != current:
            current, section_incs = section_of.get(article.id), []
        if article is not None and kinds is None and _caps_earlier_articles(article, section_incs):
            continue
        # (a text without articles: a paragraph or item that only caps, "1.单家企业年度资助不超过N万元",
        # caps the open rates stated before it)
        if article is None and not doc.articles and kinds is None and _caps_earlier(
                numbered[3] if (numbered := marker(text.strip())) else text, section_incs, forms=("rate", "per_unit", "matching"),
                ceiling=True):
            continue
        try:
            provs = extract(text, year=year, context={
                "kinds": kinds, "standard": (article is not None and section_of.get(article.id) in standards)
                or cite in listed, "above": norm.text[max(0, base - 300):base]})
        except Exception as exc:  # one unreadable clause must not lose the document
            if hasattr(doc, "warnings"):
                from zhengce.reading.model import Warning_
                doc.warnings.append(Warning_("provisions_failed", f"{cite}: {type(exc).__name__}: {exc}"))
            continue
        for p in provs:
            ns, ne = base + p.span[0], base + p.span[1]
            os_, oe = norm.orig_span(ns, ne)
            p.span = (os_, oe)
            p.quote = norm.original[os_:oe]
            p.article = art_no
            p.citation = cite
            doc.provisions.append(p)
            if article is not None:
                article.provisions.append(p)
            if p.kind == "incentive" and (article is not None or not doc.articles):
                section_incs.append(p)
    raised_like_standard([p for p in doc.provisions if p.kind == "incentive"])
    first_line = _first_line(norm, getattr(doc, "norm_span", None) or (0, len(norm.text)))
    doc.provisions = without_editors_summary(doc.provisions, norm.original)
    if not doc.articles:
        doc.provisions = without_summary_repeats(doc.provisions, norm.original, first_line)
    else:  # (a report's lead above the articles it quotes; the articles' own awards stay theirs)
        kept = {id(p) for p in without_headline_sum(
            doc.provisions, {id(p): paragraph_of(p, norm.original) for p in doc.provisions if p.kind == "incentive"}, first_line,
            norm.original)}
        doc.provisions = without_restated_above([p for p in doc.provisions if id(p) in kept or p.article is not None],
                                                norm.original)
    if hasattr(doc, "warnings"):
        from zhengce.reading.model import Warning_
        for p in doc.provisions:
            if p.kind == "incentive" and len((p.fields.get("trigger") or "").strip()) < 2:
                doc.warnings.append(Warning_("incentive_without_trigger",
                                             f"{p.citation}: 金额“{(p.quote or '')[:30]}”未找到奖励对象或条件,请核对",
                                             tuple(p.span)))
            zero = re.search(r"(?<![\d.])0\d+\s*[万亿]?元", p.quote or "") if p.kind == "incentive" else None
            if zero:  # read as a lost decimal point (numbers._unit_value): say so
                doc.warnings.append(Warning_("amount_repaired", f"{p.citation}: 金额“{zero.group(0)}”以0开头,"
                                             "按小数点缺失读作0.x,请核对原文", tuple(p.span)))
    _roll_deadlines(doc)
    seen, deadlines = set(), []
    # a draft's last day for comments is its comment period's end, not a deadline to apply by
    comments_end = (getattr(doc, "comment_period", None) or [None, None])[1] if getattr(doc, "status", "") == "draft" else None
    for p in doc.provisions:
        if p.kind == "deadline" and p.fields["date"] != comments_end:
            key = (p.fields["date"], p.fields["time"])
            if key not in seen:
                seen.add(key)
                deadlines.append({"date": p.fields["date"], "time": p.fields["time"], "what": p.fields["what"],
                                  "article": p.article, "citation": p.citation, "quote": p.quote})
    doc.deadlines = deadlines
