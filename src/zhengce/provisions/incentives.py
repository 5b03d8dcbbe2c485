"""Incentives: what a beneficiary can receive, read from one sentence at a time.

An amount of money is an award when the words around it say so — it follows 给予 in its clause,
it stands right after an award word (最高补贴1.5万元, 单个项目最高补助500万元), or an award word
follows it (20万元/家奖励, 200万元一次性补助). A percentage is a rate when its clause holds an
award word (按实际投入的30%给予资助, 分别按20%、15%补贴). Amounts listed with 、/和 form one group;
with 分别 each member pairs with a member of the trigger list. A maximum that follows a rate or a
fixed amount (单个企业全年最高补助20万元) is that award's cap, also from the next sentence.
Budgets, targets, floors (不低于) and conditions (…以上的) are never awards.
"""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal

from zhengce.provisions.award_item import _Award
from zhengce.provisions.clauses import clause_at, clauses
from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import Ratio, find_amounts, find_percents, find_ratios
from zhengce.provisions.caps import _SCOPE_RE
from zhengce.provisions.instalments import without_instalments
from zhengce.provisions.kind_sums import listed_max
from zhengce.provisions.rates import _percent_is_rate
from zhengce.provisions.per_unit import counted_under_ceiling, per_unit_awards
from zhengce.provisions.raised import is_old_sum, raise_keeps_unit
from zhengce.provisions.record import award_record
from zhengce.provisions.lists import _extend_lists, _gap, _group, caps_last, extend_unit_lists_back
from zhengce.provisions.triggers import clause_alternatives, list_members, pair_triggers, split_list, trigger_for
from zhengce.provisions.awards import (ACTUAL_COST_AFTER, AWARD_WORD, _BUDGET_BEFORE, _COND_AFTER, _GIVE_RE, _GLOSS, _NAMED_FIRMS,
                                       _is_award_amount, _named_places, band_before_award, lent_or_invested, limits_unit_price, stated_standard)
from zhengce.provisions.glosses import cost_breakdowns, worked_examples
from zhengce.provisions.bounds import SHARED_POT_AFTER, YEARLY_TOTAL, bounds_all
from zhengce.provisions.prices import price_condition
from zhengce.reading.amounts import FUNDS


_MEASURE_CAP = re.compile(r"每(?:亩|平方米|㎡|吨|千瓦时?|立方米|公里|间|床位?|人)(?:补助|补贴|奖励)?(?:不超过|最高|不高于)\s*$")
_OLD_QUOTED = re.compile(r"原[^“”。,,]{0,10}“([^“”]{4,200})”\s*(?:调整|修改|修订|提高|变更|改)为")
_UNIT_NAMED = re.compile(r"(?:单个|每个|单家|每家|单项|每项)(项目|企业|单位|机构|合同)")
_CAP_WORDS = re.compile(r"(?:(?:给予|予以)?" + AWARD_WORD + r"?(?:金额|资金|额度)?(?:最高|不超过|不高于|上限)+|的?最高" + AWARD_WORD + r")\s*$")


def _clause_text(sent: str, pos: int) -> tuple[int, int, str]:
    cs = clauses(sent)
    s, e = clause_at(cs, pos)
    return s, e, sent[s:e]


def _parallel_cap(sent: str, capped: _Award, cap: _Award) -> bool:
    """"…给予X%的补助,甲类车间补助最高不超过N万元,乙类工厂补助最高不超过M万元": a second
    cap written like the one the rate already has, naming another kind — the rate again, with it."""
    s0, _, _ = _clause_text(sent, capped.cap.span[0])
    s1, _, _ = _clause_text(sent, cap.pos)
    a, b = _CAP_WORDS.search(sent[s0:capped.cap.span[0]]), _CAP_WORDS.search(sent[s1:cap.pos])
    return bool(a and b and a.group(0) == b.group(0) and a.start() >= 2 and b.start() >= 2)


def _names_firms(sent: str, start: int, end: int) -> bool:
    """Firms named by name before an amount ("浙江某某科技有限公司…各奖励30万元"); a kind of company
    ("改制为…的股份有限公司奖励企业20万元") names none."""
    for m in _NAMED_FIRMS.finditer(sent, start, end):
        if m.group(0).startswith("等"):
            return True
        head = sent[max(start, m.start() - 5):m.start()]
        if re.search(r"(?:的|一家|家|为|设立|成立|改制|上市|挂牌|规范化|变更)(?:股份)?$", head):
            continue  # ("…规范化股份有限公司的": a kind of company, named by what it became)
        return True
    return False


_SCHEDULE_SHARES = re.compile(r"[((](?:\s*(?:第[一二三四五六1-6]|首|次|后|最后)(?:个)?(?:年度|年|期|次|批|阶段)[^()()%]{0,8}?\d{1,3}(?:\.\d+)?%\s*[、,,;;]?)+[))]")
_SPLIT_INTO_PARTS = re.compile(r"(?:经费|资金|费用|奖金)[^,,;;。]{0,6}?(?:划分|拆分|分)(?:为|成)[^;;。]{2,60}?[两二三四五几]+(?:个)?(?:部分|块|类)")


_WORKED_OUT = re.compile(r"\d\s*元\s*(\((?:即)?[^()]{0,20}?每(?:天|日|月)[^()]{0,40}?按\s*\d+\s*(?:天|日|个?月)计算[^()]{0,40}\))")
# money a notice hands down, then its parts in brackets ("现将某经费N万元(其中:…)下达给你们")
_ALLOCATION_PARTS = re.compile(r"(?:下达|现将)[^。;]{0,60}?" + FUNDS + r"\s*\d[\d.]*\s*[万亿]?元\s*(\(其中[::][^()]{0,300}\))")


def incentives_in_sentence(sent: str, offset: int, prev: list[Provision], standard: bool = False,
                           buyer: bool = False) -> list[Provision]:
    """Incentives of one sentence (offset: where it starts in the text given to extract()); `standard`:
    the sentence is listed under a lead naming the award's standard ("补贴标准如下:"); `buyer`: the text just
    above names the buyer of one car as the one paid."""
    if "奖给" not in sent:
        return _incentives_in_sentence(sent, offset, prev, standard, buyer)
    # "奖给学生每人N万元", "奖给学校奖金每人次N万元": 奖给 awards as 奖励 does (read so, the same length, so each
    # quote is then taken back from the sentence as printed)
    # (not a share of a prize handed on: "奖金的X%奖给负责人" divides an award, it gives none)
    read = re.sub(r"(?<![%‰])奖给", "奖励", sent)
    found = _incentives_in_sentence(read, offset, prev, standard, buyer)
    for p in found:
        p.text = sent[p.span[0] - offset:p.span[1] - offset]
        trigger = p.fields.get("trigger")
        if isinstance(trigger, str) and (k := read.find(trigger)) >= 0:
            p.fields["trigger"] = sent[k:k + len(trigger)]  # (a trigger cut from the sentence, as printed too)
    return found


def _incentives_in_sentence(sent: str, offset: int, prev: list[Provision], standard: bool, buyer: bool) -> list[Provision]:
    cb = clauses(sent)
    # "(即小升规奖励12万元,新增规奖励20万元)": a gloss restating awards already read, not new ones
    glosses = [m.span() for m in _GLOSS.finditer(sent)] if "(即" in sent or "(也就是" in sent or "(亦即" in sent else []
    glosses += [m.span(1) for m in _OLD_QUOTED.finditer(sent)] if "原" in sent else []  # "将原标准“…”调整为": old
    if re.match(r"\s*(?:即|也就是说)[::]", sent):
        glosses.append((0, len(sent)))  # "即:…奖励20万元": the sentence restates an award already read
    if _SHARED_OUT.match(sent):
        return []  # "其中中央、省、市分别补贴每亩A元、B元…": the award just stated, split between governments
    amounts, percents = find_amounts(sent), find_percents(sent)
    if "(含" in sent:  # "分别给予A万元、B万元一次性奖励(含奖励某某人员N元)": a share of the award before
        amounts = [a for a in amounts if not re.search(r"\(含[^()]{0,20}$", sent[max(0, a.span[0] - 21):a.span[0]])]
    # "奖励金额为N万元,奖完为止": the pool the awards come from, not an award (nor a sum masked to 0元)
    amounts = [a for a in amounts if a.yuan != 0 and not re.match(r"\s*[,,]?(?:奖|补|用|发)完为止", sent[a.span[1]:])
               # "(不足N万元部分不予奖励)": the remainder left out, no award
               and not (sent[max(0, a.span[0] - 2):a.span[0]] in ("不足", "低于") and "不予" in sent[a.span[1]:a.span[1] + 8])
               # "由原来A元提高到B元": the old sum
               and not (("由" in sent or "从" in sent or "提" in sent or "上调" in sent) and is_old_sum(sent, a)) and not band_before_award(sent, a)]
    # "(投资测算:…其中财政补N元…)": a project's costs itemised in brackets are no awards either
    glosses += cost_breakdowns(sent) if amounts or percents else []
    # (a yearly sum worked out in brackets after it: "每人每年N元(即每人每天M元,每月按22天计算)")
    glosses += [m.span(1) for m in _WORKED_OUT.finditer(sent)] if "计算" in sent else []
    # (the parts of money handed down, in brackets after its total: "下达某补助资金N万元(其中:甲A万元,乙B万元)")
    glosses += [m.span(1) for m in _ALLOCATION_PARTS.finditer(sent)] if "其中" in sent and "下达" in sent else []
    glosses += worked_examples(sent) if ("=" in sent or "＝" in sent) and len(amounts) >= 2 else []
    # (the shares an award is paid in, year by year, in brackets: "分N个年度(第一年度X%、第二年度Y%)给予": a schedule)
    glosses += [m.span() for m in _SCHEDULE_SHARES.finditer(sent)] if "第" in sent and percents else []
    # (a fund split into parts, "将工作经费划分为70%的A和30%的B两部分": the parts' shares of it, no award)
    glosses += [m.span() for m in _SPLIT_INTO_PARTS.finditer(sent)] if "分" in sent and percents else []
    # (a sum or share inside a cited work's title, "《某地首位…获20%补贴》", names that work, awards nothing here)
    glosses += [m.span() for m in re.finditer(r"《[^《》]{1,80}》", sent)] if "《" in sent and (amounts or percents) else []
    if glosses:
        amounts = [a for a in amounts if not any(s <= a.span[0] < e for s, e in glosses)]
        percents = [p for p in percents if not any(s <= p.span[0] < e for s, e in glosses)]
    # (and each of a list of ratios before it: "分别按甲经费的1:2、1:1配套")
    # (or "给予1:1匹配资助", "按1:0.3比例给予补助", "按1:1予以区级配套": a ratio to what was granted before, the award its match)
    # (or "区级配套资金与上级资金比例为1:1": the share this level adds to another's grant — not a split of one
    # cost between levels, "市、区两级按1:1分担"; nor the project's own 配套 set against the grant
    # ("配套经费与财政投入资金的比例为3:1"), what the applicant adds itself)
    ratios = [r for r in find_ratios(sent) if (re.search(r"配套(?:资金|经费)?[^,,;;。]{0,12}?比例(?:为|按)?\s*$", sent[max(0, r.span[0] - 24):r.span[0]])
                                               and not re.search(r"分担|承担|负担|两级|[市区县省]、[市区县省]|与(?:各级)?(?:财政|政府)[^,,;;。]{0,4}?资金|自筹",
                                                                 sent[max(0, r.span[0] - 24):r.span[1] + 8]))
              or re.match(r"(?:\s*[、和或]\s*[\d.]+\s*[:∶：比]\s*[\d.]+)*"
                                                      r"\s*(?:的)?(?:比例)?(?:给予|进行|予以|安排[^,,;;。]{0,6}?)?\s*(?:一次性)?(?:[区县市省镇]级|本级|地方)?(?:财政)?(?:资金)?(?:配套|匹配)(?!比例)"
                                                      r"(?![^,,;;。]{0,4}(?:分担|承担))"
                                                      r"|\s*(?:的)?比例\s*(?:给予|予以)[^,,;;。]{0,8}?" + AWARD_WORD,
                                                      sent[r.span[1]:r.span[1] + 40])
              # ("按省级资金1:1补助": so much for each yuan another level granted, the award word after)
              # (or "按照上级补贴给予1:1奖励", "按市级补贴1:1比例奖励企业")
              or (re.search(r"按照?[^,,;;。]{0,8}?(?:资金|补助|补贴|资助|奖励|经费)的?(?:给予|予以)?\s*$", sent[max(0, r.span[0] - 16):r.span[0]])
                  and re.match(r"\s*(?:的)?(?:比例)?(?:给予|予以)?(?:一次性)?" + AWARD_WORD, sent[r.span[1]:r.span[1] + 12]))]
    same = _SAME_AMOUNT.search(sent) if ("同等" in sent or "相同" in sent or "等额" in sent) else None
    if same:  # "再给予相同额度的奖励": as much again as the award it follows, a 1:1 match
        ratios.append(Ratio(Decimal(1), Decimal(1), same.span(1), same.group(1)))
    if not (amounts or percents or ratios):
        return []  # no money, no share: nothing to read (most sentences of a policy)
    # "每1万平米50万元~200万元": a range of money is one award, at most its upper end
    lower_end = [k for k in range(len(amounts) - 1)
                 if re.fullmatch(r"\s*(?:~|～|-|—|至|到)+\s*", sent[amounts[k].span[1]:amounts[k + 1].span[0]])]
    range_from = {id(amounts[k + 1]): amounts[k].span[0] for k in lower_end}  # where each kept upper end's range starts
    amounts = [a for k, a in enumerate(amounts) if k not in lower_end and not (
        # ("投入A万元至B万元的企业补助N万元": a band of the condition, who gets the award)
        (a.low is not None or id(a) in range_from) and _BAND_OF_WHO.match(sent, a.span[1]))]
    items: list[_Award] = []
    per_unit, used_amounts = per_unit_awards(sent, amounts, cb, range_from, standard, buyer)
    items.extend(per_unit)
    for r in ratios:
        items.append(_Award("matching", r.span[0], r.span[1], ratio=r))
    # "按…的5%—10%给予奖励", "2‰—5‰": a range of rates is one rate, at most its upper end
    percents = [p for k, p in enumerate(percents)
                if not (k + 1 < len(percents) and re.fullmatch(r"\s*(?:—|-|~|至|到)+\s*",
                                                                sent[p.span[1]:percents[k + 1].span[0]]))]
    if "从" in sent or "由" in sent:
        percents = [p for p in percents if not is_old_sum(sent, p)]  # "补助比例从原先的X%上升到Y%": X% is no rate
    for p in percents:
        if _percent_is_rate(sent, p, cb):
            # (a list of shares shares its award word: "依次按上级资金的100%、60%给予配套")
            listed = re.match(r"(?:\s*[、,,和及]\s*[\d.]+\s*%)*", sent[p.span[1]:])
            if re.search(r"配套|匹配", sent[p.span[1] + listed.end():p.span[1] + listed.end() + 8]):
                items.append(_Award("matching", p.span[0], p.span[1], percent=p))
            else:
                items.append(_Award("rate", p.span[0], p.span[1], percent=p))
    for i, a in enumerate(amounts):
        if i in used_amounts:
            continue
        if _is_award_amount(sent, a, cb):
            items.append(_Award("amount", a.span[0], a.span[1], amount=a))
        # ("每家企业年内所得奖补总额不超过N万元": one firm's total under the award before, its cap, no budget)
        elif a.bound == "max" and (not _BUDGET_BEFORE.search(re.split(r"[、%]", sent[max(0, a.span[0] - 12):a.span[0]])[-1])
                                   or re.match(_ONE_FIRMS_TOTAL, sent[clause_at(cb, a.span[0])[0]:a.span[0]])) \
                and not limits_unit_price(sent, a.span[0]) and not re.match(ACTUAL_COST_AFTER, sent[a.span[1]:]) and not price_condition(sent, a) \
                and not bounds_all(sent, clause_at(cb, a.span[0])[0], a.span[0]):
            # "单个企业最高50万元" after a rate: a cap, though not an award by itself
            items.append(_Award("amount", a.span[0], a.span[1], amount=a, extras={"cap_only": True}))
    _extend_lists(sent, amounts, items, used_amounts)
    extend_unit_lists_back(sent, amounts, items, used_amounts)
    raise_keeps_unit(sent, items)
    _capped_share(sent, percents, items)
    items.sort(key=lambda x: x.pos)
    # "按每亩X元给予补助,具体如下:省级按Y元…,市级按Z元…": how the levels of government share an
    # award already read, not awards of their own
    shares = [x for x in items if _LEVEL_SHARE.match(sent[clause_at(cb, x.pos)[0]:x.pos])]
    if len(shares) >= 2 or (shares and "具体如下" in sent):  # (one level topping up an award is an award)
        items = [x for x in items if not (x in shares and any(
            y.end <= clause_at(cb, x.pos)[0] and y not in shares for y in items))]
    # "按费用的X%给予补助(超过标准的,按标准的X%给予补助)": the note bounds the base of the rate
    # before it, it is not a second award
    items = [x for x in items if not (x.kind == "rate" and _in_excess_note(sent, x.pos)
                                      and any(y.kind == "rate" and y.end <= sent.rfind("(", 0, x.pos) for y in items))]
    _group(items, sent)

    # bounds propagate along a group (分别给予最高30万元、50万元)
    groups: dict[int, list[_Award]] = {}
    for it in items:
        groups.setdefault(it.group, []).append(it)

    # caps: a maximum after an uncapped rate / per-unit / fixed award of this sentence
    final: list[_Award] = []
    for gid in sorted(groups):
        g = groups[gid]
        if len(g) == 2 and g[0].kind == "rate" and g[1].kind == "amount" and g[1].amount.bound == "max" \
                and g[0].cap is None:
            # "给予实际投资额70%、最高20万元的补助": a rate and its cap written as a list
            s0, _, _ = _clause_text(sent, g[1].pos)
            g[0].cap, g[0].cap_text = g[1].amount, sent[s0:g[1].end]
            final.append(g[0])
            continue
        first = g[0]
        open_rates = [x for x in final if x.kind in ("rate", "matching") and x.cap is None]
        # ("分别按照租金的100%、70%、50%给予每年最高100万元、70万元、50万元": 分别 before the rates)
        rates_apart = len(open_rates) == len(g) > 1 and "分别" in sent[_clause_text(sent, open_rates[0].pos)[0]:open_rates[0].pos]
        # (sums per unit alike: "分别按每分钟A元、B元,每部作品最高补助额C万元、D万元")
        open_each = [x for x in final if x.kind == "per_unit" and x.cap is None]
        rates_apart = rates_apart or (not open_rates and len(open_each) == len(g) > 1
                                      and "分别" in sent[_clause_text(sent, open_each[0].pos)[0]:open_each[0].pos])
        # (or the rate itself, then the caps of the kinds listed before it: "甲类和乙类人才,按报酬的X%给予最高A万元、B万元")
        # ("按投资总额的X%,给予最高不超过A万元、B万元等奖励": the 等 says the caps are of kinds named before)
        kinds_capped = len(g) > 1 and re.search(r"%\s*(?:的比例)?\s*[,,]?\s*(?:给予|予以)\s*(?:总额|累计)?(?:最高|不超过)+\s*$",
                                                 sent[max(0, first.pos - 12):first.pos]) is not None \
            and (_list_clause(sent, first.pos, len(g)) is not None or sent.startswith("等", g[-1].end))
        # ("分别给予投入的X%,最高不超过A万元、B万元的补助": 分别 before the one rate, a cap per kind after it)
        # ("分别按照成本X%给予(申领总额)不超过A万元、B万元的奖励": the same, the verb between)
        kinds_capped = kinds_capped or (len(g) > 1 and len(open_rates) == 1 and re.search(
            r"%\s*(?:的比例)?\s*(?:[,,]|(?:给予|予以|申领|申请)\s*(?:总额|累计)?)\s*(?:最高|不超过)+\s*$",
            sent[max(0, first.pos - 16):first.pos]) is not None
            and "分别" in sent[_clause_text(sent, open_rates[0].pos)[0]:open_rates[0].pos])
        # (or 分别 before the kinds: "按经费X%分别给予甲类、乙类项目(…)最高A万元、B万元")
        kinds_apart = len(g) > 1 and re.search(r"分别(?:给予|予以)[^,;。%]{1,20}?(?:最高|不超过)+\s*$", re.sub(
            r"\([^()]*\)", "", sent[max(0, first.pos - 200):first.pos])) is not None
        if (first.kind == "amount" and (first.amount.bound or _bound_before(sent, first.pos)) == "max" and len(g) > 1
                and all(x.kind == "amount" for x in g)
                and ("分别" in sent[max(0, first.pos - 12):first.pos] or rates_apart or kinds_capped or kinds_apart)):
            # "按资助资金的1:0.5给予配套支持,单个项目分别给予最高500万元、200万元": one rate, a cap per kind
            # (or one sum per unit: "给予N元/千瓦时补贴,甲类、乙类项目年度最高补贴分别为A万元、B万元")
            # (the rates one list, or one clause: "其中甲类奖励10%、乙类奖励8%、丙类奖励5%")
            if len(open_rates) == len(g) and (len({x.group for x in open_rates}) == 1
                                              or len({_clause_text(sent, x.pos)[0] for x in open_rates}) == 1) \
                    and not any(x.kind == "amount" for x in final):
                # "分别按A的1‰、5‰给予奖励,每年分别不超过100万元、50万元": the n rates and n caps pair in order
                s1, _, _ = _clause_text(sent, first.pos)
                for rate, x in zip(open_rates, g):
                    rate.cap, rate.cap_text = x.amount, sent[s1:g[-1].end]
                continue
            open_units = [x for x in final if x.kind == "per_unit" and x.cap is None]
            if not open_rates and len(open_units) == len(g) and not any(x.kind == "amount" for x in final):
                # "分别给予A元/平方米、B元/平方米补助,单个项目分别最高不超过M万元、N万元": each its cap, in order
                s1, _, _ = _clause_text(sent, first.pos)
                for unit, x in zip(open_units, g):
                    unit.cap, unit.cap_text = x.amount, sent[s1:g[-1].end]
                continue
            if (len(open_rates) == 1 or not open_rates and len(open_units) == 1) and not any(x.kind == "amount" for x in final):
                base = open_rates[0] if open_rates else open_units[0]
                final.remove(base)
                s1, _, _ = _clause_text(sent, first.pos)
                for x in g:
                    twin = _Award(base.kind, x.pos, x.end, base.amount, base.percent, base.ratio, base.unit_amount,
                                  cap=x.amount, cap_text=sent[s1:g[-1].end], extras=dict(base.extras))
                    twin.group = gid
                    final.append(twin)
                continue
        if first.kind == "amount" and first.amount.bound == "max" and final:
            if len(g) == 1 and (counted_under_ceiling(sent, final, first, _clause_text(sent, first.pos)[0]) or caps_last(sent, final, first)):
                continue  # "每款最高A万元,同一企业累计最高B万元": per product, the firm's total capped (or "最高A、同一…最高B")
            capped = [x for x in final if x.kind in ("rate", "matching") and x.cap is not None]
            per_measure = [x for x in capped if _MEASURE_CAP.search(sent[max(0, x.cap.span[0] - 10):x.cap.span[0]])]
            if per_measure and len(g) == 1 and _SCOPE_RE.search(sent[max(0, first.pos - 12):first.pos]):
                # "按投入额的70%给予补助,每亩不超过3000元,每个主体最高30万元": the money cap is the
                # one per beneficiary; the limit per unit measured stays in the quote
                s, _, _ = _clause_text(sent, first.pos)
                for x in per_measure:
                    x.cap, x.cap_text = first.amount, sent[s:first.end]
                continue
            if capped and len(g) == 1 and not any(x.cap is None for x in final if x.kind in ("rate", "per_unit", "matching")):
                s1, e1, clause = _clause_text(sent, first.pos)
                if first.amount.yuan > capped[-1].cap.yuan and _total_over_awards(sent[s1:first.pos], capped[-1].cap_text or ""):
                    continue
                if not find_percents(clause) and (re.search(r"企业|单位|项目|机构", clause[:first.pos - s1])
                                                  or _parallel_cap(sent, capped[-1], first)):
                    # "…按50%给予贴息,瞪羚企业最高30万元、独角兽企业最高100万元": one rate, a cap per kind
                    twin = _Award(capped[-1].kind, capped[-1].pos, capped[-1].end, percent=capped[-1].percent,
                                  ratio=capped[-1].ratio, cap=first.amount, cap_text=sent[s1:first.end], extras=dict(capped[-1].extras))
                    twin.group = capped[-1].group
                    final.append(twin)
                    continue
            # a cap bounds a total of several payments, so it is larger than a fixed award it caps
            # ("每项补助10万元,…每项最高补助8万元" is a second award, not a cap)
            # (not "…每年给予最高N万元的补助": an award of its own words, after a stop the page lost)
            own_award = bool(re.search(r"(?:给予|给与|予以)(?:最高|不超过)+$", sent[max(0, first.pos - 8):first.pos])
                             and re.match(r"\s*的?(?:一次性)?" + AWARD_WORD, sent[first.end:]))
            target = [x for x in final if x.cap is None and (
                x.kind in ("rate", "per_unit", "matching") or (
                    x.kind == "amount" and x.amount.bound is None and x.amount.yuan < first.amount.yuan and not own_award
                    and _SCOPE_RE.search(sent[max(0, first.pos - 12):first.pos])))]
            if target and len(g) == 1:
                s, _, _ = _clause_text(sent, first.pos)
                for x in target:
                    x.cap = first.amount
                    x.cap_text = sent[s:first.end]
                continue
            # "每产生N万元营业额奖励M元,每月不超过A万元,累计不超过B万元": a second cap, over the
            # whole run of payments, bounds the award that already has one — it is no award of its own
            s1, _, _ = _clause_text(sent, first.pos)
            run_capped = [x for x in final if x.kind in ("rate", "per_unit", "matching") and x.cap is not None]
            if run_capped and len(g) == 1 and re.match(r"[,,;;\s]*(?:累计|合计|总计)", sent[s1:first.pos]) \
                    and not re.search(r"给予|给与|予以", sent[s1:first.pos]) and first.amount.yuan > run_capped[-1].cap.yuan:
                run_capped[-1].cap, run_capped[-1].cap_text = first.amount, sent[s1:first.end]
                continue
        g = [x for x in g if not x.extras.get("cap_only")]
        final.extend(g)
    # "按…的一定比例给予支持,单个项目最高不超过5000万元": the award's only number is its maximum
    # (or "对…项目进行资金激励,单家企业最高N万元": the award named by 进行)
    if not final and (_GIVE_RE.search(sent) or re.search(r"进行[^,;。]{0,4}(?:激励|扶持|支持)", sent)):
        lone = [it for it in items if it.extras.get("cap_only") and it.amount.bound == "max"
                and not _BUDGET_BEFORE.search(sent[max(0, it.pos - 14):it.pos]) and not lent_or_invested(sent, it.amount)
                and not _COND_AFTER.match(sent[it.end:])  # "1亿元以下的" bounds a condition
                and not SHARED_POT_AFTER.match(sent, it.end)
                and not YEARLY_TOTAL.fullmatch(sent, 0, it.pos)]  # ("单家企业全年补贴总额不超过N万元": a ceiling of its own)
        if len(lone) == 1:
            lone[0].extras.pop("cap_only")
            final.append(lone[0])

    final = without_instalments(sent, final)
    out: list[Provision] = []
    # "浙江某某有限公司、…等20家企业…各奖励30万元": a grant to named firms (a 公示 or 通报), not a
    # measure anyone can claim
    # (a decision that confers a named prize with its money, "决定授予某公司“某某奖”,并奖励N万元", is the award itself)
    if ("公司" in sent or "家企业" in sent) and not re.search(r"授予[^。]{2,200}?(?:奖|称号)[”\"]?[^。]{0,30}?奖励", sent):
        # (named before a label that opens the award's own words, "…有限公司36.2 总计 补助标准:…", they are a table's)
        final = [x for x in final if not _names_firms(sent, max(0, x.pos - 300, sent.rfind("标准:", 0, x.pos)), x.pos) or stated_standard(sent, x)]
    # "二等奖:某某市、某某市,各奖励N万元": a prize already given to named places, not a measure
    final = [x for x in final if not _named_places(sent[max(0, sent.rfind(":", 0, x.pos) + 1):x.pos])]
    for gid in sorted({x.group for x in final}):
        g = [x for x in final if x.group == gid]
        trig = trigger_for(sent, g[0].pos)
        # 分别 of this measure, not of another one of the sentence ("…示范企业给予10万元奖励;…分别给予5万元")
        seg_start = max(sent.rfind(";", 0, g[0].pos), sent.rfind(";", 0, g[0].pos)) + 1
        seg_end = min([i for i in (sent.find(";", g[-1].end), sent.find(";", g[-1].end)) if i >= 0] or [len(sent)])
        has_fenbie = "分别" in sent[seg_start:seg_end]
        if len(g) > 1 and has_fenbie:
            trig = _list_clause(sent, g[0].pos, len(g)) or trig
            triggers = pair_triggers(trig, len(g))
        else:
            triggers = [trig] * len(g)
        # ("对新评定的A、B,分别一次性奖励N万元": one amount for each of the list, 分别 or not)
        alone = not has_fenbie or sum(1 for x in final if seg_start <= x.pos < seg_end) == 1
        members = (list_members(trig) if (len(g) == 1 and alone and g[0].kind == "amount"
                                          and g[0].amount.bound is None) else None)
        if not members and len(g) == 1 and alone and has_fenbie and g[0].kind == "amount" and g[0].amount.bound is None:
            # "建设A中心、B实验室,三年内分别给予N万元": the list stands clauses before the amount
            listed = next((c for n in (2, 3, 4, 5) if (c := _list_clause(sent, g[0].pos, n))), None)
            members = list_members(listed) if listed else None
        if not members and len(g) == 1 and not has_fenbie:
            members = clause_alternatives(trig)
        if members and has_fenbie and len(find_amounts(sent[seg_start:seg_end])) > len(g):
            members = None  # "分别…不超过N万元和M万元": one sum each, one of them not read — no copies of the other
        if members:
            # one fixed amount for each kind in a list ("对获得A、B和C的…一次性奖励300万元"): an award
            # per kind (a maximum over a list, "最高500万元", stays one award: the most one can get)
            g, triggers = g * len(members), members
        if len(g) > 1 and not has_fenbie and re.search(r"或", _gap(sent, g[0].end, g[-1].pos)):
            # "按售价15%或20%(一级及以上能效家居)": alternatives, the note names the second
            note = re.search(r"\(([^)]*)\)", sent[g[-1].end:g[-1].end + 30])
            if note:
                triggers = [trig] * (len(g) - 1) + [note.group(1)]
        bound = next((x.amount.bound for x in g if x.kind == "amount" and x.amount.bound), None)
        if bound is None and g[0].kind == "amount":
            bound = _bound_before(sent, g[0].pos)
        for k, (it, tr) in enumerate(zip(g, triggers)):
            p = award_record(sent, offset, it, tr, bound, g)
            p._member = (k, len(g))  # which member of its list: equal awards in one list stay apart
            out.append(p)
    return out



_ONE_BODY = r"[,,;;\s]*(?:同一|每家|单家|每个|单个)(?:企业|单位|机构|主体)"


# (one body's total of the award before it over the year: "每家企业年度获得某项资金总额不超过")
_ONE_FIRMS_TOTAL = _ONE_BODY + r"(?:当年|每年|年度)?(?:获得)?[\u4e00-\u9fff]{0,4}?(?:资金)?总额(?:最高)?(?:不超过|不得超过)\s*$"


def _total_over_awards(head: str, cap_text: str) -> bool:
    """A larger sum after a capped award that bounds one beneficiary's awards together, not another kind's cap:
    "…,同一单位年度最高B万元" (a yearly ceiling), "每一项目不超过A万元,每家企业不超过B万元" (a firm's total over its
    projects), "每家机构单个项目最高A万元…,单个项目合计不超过B万元" (all of a project's). head: the clause up to the sum."""
    if re.match(_ONE_BODY + r"[^,;。%]{0,8}?(?:年度|每年|全年|累计)", head):
        return True
    if re.search(r"(?:单个|每个|每一|单一|单)项目", cap_text) and re.match(_ONE_BODY, head):
        return True
    units = set(_UNIT_NAMED.findall(head))
    return bool(units) and units <= set(_UNIT_NAMED.findall(cap_text))

_BAND_OF_WHO = re.compile(r"\s*(?:[((]不?含[))])?(?:之间)?的(?:工业)?(?:企业|项目|单位|主体|公司|个体|商户)")
_LEVEL = r"(?:(?:中央|国家|省|自治区|市|县|区|州|盟|旗)级?|[\u4e00-\u9fff]{2,6}?[省市县区州盟旗]级?)(?:财政)?"
def _capped_share(sent: str, percents: list, items: list[_Award]) -> None:
    """"单个项目资助不超过N万元且不超过项目总投资的X%": one award, a share of the cost capped at the
    sum — a rate with its cap, not an up_to and a rate."""
    if re.match(r"\s*(?:单个|单家|单一|每个|每家|同一)", sent):
        return  # ("…N元/千瓦给予奖励。单个项目最高不超过M万元,且不超过投资额的X%": a cap sentence, the award's cap and limit)
    for x in [it for it in items if it.kind == "amount" and (it.amount.bound == "max" or (
            it.amount.bound is None and _UNIT_SUM.search(sent, 0, it.pos)))]:
        if any(it is not x and it.pos < x.pos for it in items):
            continue  # (the same in one sentence: a cap of the award before it)
        for p in percents:
            if p.span[0] > x.end and (_AND_AT_MOST if x.amount.bound == "max" else _SHARE_NEXT).fullmatch(sent[x.end:p.span[0]]):
                rate = next((it for it in items if it.kind == "rate" and it.pos == p.span[0]), None)
                if rate is None:
                    rate = _Award("rate", p.span[0], p.span[1], percent=p)
                    items.append(rate)
                rate.cap, rate.cap_text = x.amount, sent[x.pos:p.span[1]]
                items.remove(x)
                break


_AND_AT_MOST = re.compile(r"\s*[,,]?\s*(?:且|(?:资助|补助|补贴|奖励|支持)比例)\s*(?:最高)?(?:不超过|不高于|不得超过)[^,;。%]{1,40}?的?")
# ("最高不超过N万元,资助比例不超过运营经费的X%": the share stated after the sum, the same one award)
# "单个补助N万元,补助比例X%": each one's sum, then the share of its cost it pays — one rate, the sum its cap
_UNIT_SUM = re.compile(r"(?:^|[,,;;])\s*(?:单个|单家|每个|每家)(?:项目|基地|企业|主体)?(?:补助|补贴|奖励|资助|奖补)(?:资金)?\s*$")
_SHARE_NEXT = re.compile(r"\s*[,,]\s*(?:资助|补助|补贴|奖励|奖补|支持)比例(?:为|是)?(?:最高)?(?:不超过|不高于)?\s*")


# "给予与上级同等额度的支持", "另给予相同额度的补助": an award as large as the one it follows
_SAME_AMOUNT = re.compile(r"(?:给予|予以|(?<=财政)以)(?:与[^,,;;。]{1,12}?)?((?:同等|相同|等额)(?:额度|金额|数额)?)的?(?:资金|配套)?"
                          r"(?:奖励|支持|补助|补贴|资助|配套|奖补)")
_SHARED_OUT = re.compile(r"\s*其中[,,]?\s*" + _LEVEL + r"(?:[、和及与]" + _LEVEL + r"){0,5}\s*(?:每[\u4e00-\u9fff]{1,2})?\s*"
                         r"(?:分别|各)?(?:补贴|补助|承担|负担|出资|配套|安排|奖补)")
_LEVEL_SHARE = re.compile(r"\s*(?:具体如下[::])?\s*(?:在|由)?(?:中央|国家|自治区|省级?|市级?|县级?|区级?|州级?)(?:财政)?"
                          r"(?:按照?|给予|补助|补贴|奖补|承担|负担|安排)")


def _in_excess_note(sent: str, pos: int) -> bool:
    """Whether pos is inside a parenthetical about what exceeds a standard ("(…超过…标准的,按…")."""
    opened = sent.rfind("(", 0, pos)
    return opened >= 0 and sent.find(")", opened) >= pos and ")" not in sent[opened:pos] \
        and re.search(r"超过|超出|高于", sent[opened:pos]) is not None


def _bound_before(sent: str, pos: int) -> str | None:
    """"分别最高奖励企业经营管理团队(…)200万元": a 最高 before the award verb bounds the amounts."""
    head = re.sub(r"\([^()]*\)", "", sent[max(0, pos - 60):pos])
    head = re.split(r"[,;:]", head)[-1]
    if re.search(r"(?:最高|不超过|最多|上限)[^,;]{0,16}" + AWARD_WORD, head) or listed_max(sent, pos):
        return "max"
    return None


def _list_clause(sent: str, pos: int, n: int) -> str | None:
    """For 分别 with n amounts: the nearest clause before them that lists n things."""
    head = sent[:pos]
    for s, e in reversed(clauses(head)):
        c = head[s:e]
        c = re.split(r"给予|分别|按照|按", c)[0]
        c = re.sub(r"^(?:对于|对)", "", c).strip(" ,的")
        if len(split_list(re.sub(r"\([^)]*\)", "", c))) == n:
            return c
    return None
