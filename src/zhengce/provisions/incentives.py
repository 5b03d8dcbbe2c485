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

import re
from dataclasses import dataclass, field
from decimal import Decimal

from zhengce.provisions.clauses import clause_at, clauses
from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import Amount, Percent, Ratio, find_amounts, find_percents, find_ratios
from zhengce.provisions.award_forms import _amount_cell, _money_step
from zhengce.provisions.caps import _SCOPE_RE, _cap_scope
from zhengce.provisions.triggers import beneficiary_of, list_members, pair_triggers, split_list, trigger_for

AWARD_WORD = r"(?:奖励|补助|补贴|资助|奖补|扶持|补偿|激励|帮扶|贴息|配套)"
_AWARD_RE = re.compile(AWARD_WORD)
_GIVE_RE = re.compile(r"给予|给与|予以|奖励|补助|补贴|资助|奖补|补偿")
_BUDGET_BEFORE = re.compile(r"(预算安排|安排预算|安排资金|预算|统筹安排|安排|规模(?!以上|以下|企业|工业)|总额为|总额|设立|筹集|投入资金|"
                            r"投资(?![区园])|完成|营收|收入|产值|销售额|交易额|贷款|授信|融资|基金)"
                            r"(?:(?!(?:可获|获得?|分别)(?:奖励|补助|补贴|资助))[^,;。给]){0,8}$")
_COND_AFTER = re.compile(r"^(?:/[\u4e00-\u9fff㎡]{1,3})?(?:(?:及以上|以上|及以下|以下|以内)(?:的)?|的(?![\u4e00-\u9fff]{0,4}"
                         r"(?:" + AWARD_WORD[3:-1] + r"|支持|一次性)))")
_THRESHOLD_AFTER = re.compile(r"^(?:/[\u4e00-\u9fff㎡]{1,3})?(?:及以上|以上|及以下|以下|以内|\(含\)以上|\(含\)以下)")
_AFTER_AWARD = re.compile(r"^(?:/[\u4e00-\u9fff]{1,2})?(?:的)?(?:一次性)?(?:[\u4e00-\u9fff]{0,4}?)" + AWARD_WORD)
_BEFORE_AWARD = re.compile(AWARD_WORD + r"(?:金额|额度|标准)?(?:每家|每个|每项|每户|每人)?(?:分别)?(?:为|达|可达)?"
                           r"(?:最高|不超过|最高不超过|最多|上限)?(?:为)?$")
_GIVE_DIRECT = re.compile(r"(?:给予|给与|予以)(?:企业|其|该企业|项目|单位)?(?:最高|不超过|最高不超过|不高于|不低于|不少于|最多|"
                          r"每[家个项户人件台套年]|单个|单家|一次性|分别|总额|合计|累计|最高额度|额度|为|可达)*$")
_PER_MEASURE = re.compile(r"每\s*(千瓦时|度电|度|吨|平方米|㎡|亩|立方米|公里|千瓦|兆瓦|标箱|小时|人次|标准间|间|床位?)\s*"
                          r"(?:一次性)?(?:给予|补助|补贴|奖励|奖补)?(?:最高|不超过)?\s*$")  # "每亩一次性给予300元"
_PER_MEASURE_AFTER = re.compile(r"^\s*/\s*(千瓦时|度|吨|平方米|㎡|亩|立方米|公里|千瓦|兆瓦|标箱|小时|人次|标准间|间|床位?)")
_AFTER_GIVE = re.compile(r"^(?:/[\u4e00-\u9fff]{1,2})?(?:的?标准)?(?:给予|予以)[^,;。]{0,12}?" + AWARD_WORD)
# "按实到外资每100万美元给予不超过5万元", "每1美元奖励0.01元": per a quantity that is not yuan
_PER_COUNTED = re.compile(r"每\s*(?:增加|新增|跨越|提高|上升|超过|提升|晋升|晋级|前进|进位)?\s*("
                          r"[\d.]+\s*[万亿]?\s*(?:美元|欧元|港元|港币|日元|英镑|吨|千瓦时|千瓦|标箱|亩|平方米|平米)"
                          r"|(?:一|1)个[^\d,;。再追给奖补资]{1,6}"  # "每跨越一个百亿台阶", "每增加一个百分点"
                          r"|(?<=升|级|进|位)(?:一|1)\s*(?:个|位|名|级|档)[^\d,;。再追给奖补资]{0,6})"  # "每晋升一个位次"
                          r"(?:[^,;。\d]{0,3},?\s*(?:给予|奖励|补助|补贴|资助|追加)[^,;。\d]{0,10})?$")
# "每新增一个批零住餐限上法人企业给予…最高3万元", "按照每台联网袜机不超过1500元的标准": an award per
# thing counted (not per beneficiary: "每家企业最高50万元" is a cap's scope)
_PER_THING = re.compile(r"(?:按照?)?每(?:新增|增加|新引进|引进|招引|新招|新认定|认定|新培育|培育|吸纳|新建|建成|新设|落地|输送|推荐)"
                        r"(?:一|1)?[个家台件项名户人套辆条座]?([^,;。]{2,24}?)(?:的)?(?:,)?(?:给予|奖励|补助|补贴|资助)"
                        r"|按照?每[台套辆条座件]([^,;。]{1,16}?)(?:不超过|最高|不高于)?$")
_INCLUSIVE = re.compile(r"^\((?:含|不含)\)")
_GLOSS = re.compile(r"\((?:即|也就是|亦即)[^()]*\)")
_NAMED_FIRMS = re.compile(r"有限公司|有限责任公司|股份有限|等\d+家企业")
_LIST_SEP = re.compile(r"^\s*(?:、|和|及|与|或|,)\s*$")
_YEARS_RE = re.compile(r"([一二两三四五六七八九十\d]+)年(?:内|合计|累计|共|总计)?(?:每年)?")


def _named_places(before: str) -> bool:
    """The recipients before an amount are only place names ("武威市、庆阳市,各奖励")."""
    names = re.sub(r"[,,、和及]|(?:各|分别)?(?:奖励|补助|奖补|给予)$", " ", before).split()
    if not names or len(before) > 40:
        return False
    from zhengce.reading.regions import lookup
    return all(re.fullmatch(r"[\u4e00-\u9fff]{2,12}[市县区州旗]", n) and lookup(n) is not None for n in names)


@dataclass
class _Award:
    kind: str  # amount | rate | matching | per_unit
    pos: int  # where the number starts in the sentence
    end: int
    amount: Amount | None = None
    percent: Percent | None = None
    ratio: Ratio | None = None
    unit_amount: Amount | None = None
    cap: Amount | None = None
    cap_text: str = ""
    group: int = -1
    extras: dict = field(default_factory=dict)


def _clause_text(sent: str, pos: int) -> tuple[int, int, str]:
    cs = clauses(sent)
    s, e = clause_at(cs, pos)
    return s, e, sent[s:e]


def _is_award_amount(sent: str, a: Amount, cbounds: list[tuple[int, int]]) -> bool:
    s, e = clause_at(cbounds, a.span[0])
    # "各奖励人民币10万元", "给予额外的100万元": the currency and 额外 say nothing about what it is
    before = re.sub(r"(?:人民币|额外的?)\s*$", "", sent[s:a.span[0]])
    after = _INCLUSIVE.sub("", sent[a.span[1]:e])
    if re.search(r"\d+个方面|[一二三四五六七八九十]个方面", sent[max(0, a.span[0] - 40):a.span[0]]):
        return False  # "从…等8个方面给予5100万元的资金扶持": the whole policy's money, not one award
    if a.bound == "min" and not re.search(r"(?:给予|给与|予以)(?:不低于|不少于)?$", before.strip()):
        return False  # a floor on money is a condition or a target, never what one receives
    if _GIVE_DIRECT.search(before.strip()):
        return True  # "给予(每家)(最高/不超过)N万元…": what follows 给予 directly is what one receives
    if re.search(r"(?:最高|最多|不超过|最高不超过)(?:可)?(?:给予)?支持$", before.strip()):
        return True  # "对新认定的…工厂,最高支持100万元": 支持 with its bound is the award verb
    if a.bound == "max" and re.search(r"\d%\s*[、,]\s*(?:最高|不超过|最高不超过)\s*$", before):
        return True  # "给予实际投资额70%、最高20万元的补助": the rate's cap, in a list with it
    if sent.count("|") >= 2 and _amount_cell(sent, a):
        return True  # a table row's amount column ("列入…项目|工业企业|定额类补助|10万元|")
    if _COND_AFTER.match(after):
        return False  # "开发费100万元以上的", "售价6000元以下的手机": a condition
    if re.search(r"每(?:增加|新增|超出|超过|提高|投入|投资|实现|达到|满)?$", before):
        return False  # the unit of a per-unit award, handled by _per_unit
    if re.match(r"^(?:的)?(?:扶持|奖励|补助|补贴|奖补|资助)资金", after) and re.search(r"给予|给与|予以", before):
        return True  # "给予…企业5万元扶持资金": the money given, named by its purpose
    if re.match(r"^\s*(?:的)?(?:资金|专项资金|经费)?\s*,?\s*(?:专门)?用于", after):
        return False  # "安排…专项资金3000万元用于表彰奖励": money set aside for a purpose, not an award
    if re.search(r"财政(?:按[^,;。]{0,8})?(?:再|另行|同比例)?配套$", before.strip()) or re.match(r"^(?:的)?财政资金", after):
        return False  # "区财政按1:1再配套1亿元", "2亿元财政资金…": the government's own money, not an award
    if re.match(r"^[^,;。]{0,12}基金|^[^,;。]{0,4}(?:资金|专项资金|消费券)(?!支持|补助|奖励|补贴|扶持|资助|奖补)", after):
        return False  # a fund or a pot of money (2亿元…基金, 补助资金7000万元), not what one receives
    give = [m for m in _GIVE_RE.finditer(before) if m.group(0) in ("给予", "给与", "予以")]
    if give:
        between = before[give[-1].end():]
        if not re.search(r"设立|安排|规模|基金|投资|达到|(?<!不)超过|突破|以上的|营收|收入|销售|贷款|授信|融资", between):
            return True
    if _BEFORE_AWARD.search(before.rstrip()) and not _BUDGET_BEFORE.search(before):
        return True
    if re.search(r"(?:一次性|分别|给予)+(?:奖励|补助|补贴|扶持|奖补)资金$", before.strip()):
        return True  # "一次性分别奖励资金100万元、50万元": the award verb and its money
    if (re.search(r"(?:奖励|补助|补贴|扶持|资助|奖补)资金$", before.rstrip()) and re.search(r"企业|单位|机构|个人|团队", before)
            and len(re.findall(r"资金\s*[\d.]+\s*(?:万|亿)", sent)) == 1 and not _BUDGET_BEFORE.search(before)):
        return True  # "通过认定的高新技术企业补助资金10万元" (a list of funds, "…资金3800万元,…资金7000万元", is a budget)
    # "分别最高奖励企业经营管理团队(…)200万元": the award verb, its recipient, then the amount
    bare = re.sub(r"\([^()]*\)", "", sent[max(0, s - 60):a.span[0]])
    m = re.search(r"(?:分别|最高|一次性)" + AWARD_WORD + r"([\u4e00-\u9fff]{1,12})$", bare)
    if m and not _BUDGET_BEFORE.search(m.group(1)) and not re.search(r"资金|总额|规模|预算|基金", m.group(1)):
        return True
    if _AFTER_AWARD.match(after) and not _BUDGET_BEFORE.search(before):
        return True
    # "奖励申报部门10000元", "给予挂牌“成长板”企业5万元扶持资金": the verb, whom it is given to, the amount
    m = re.fullmatch(r"\s*(?:给予|奖励|补助|补贴|资助|奖补)(?:给)?([^,;。\d]{1,30}?(?:企业|部门|单位|机构|个人|团队|人才|项目|平台|"
                     r"主体|园区|村|社区|街道|乡镇|集体))(?:各|每家|每个)?(?:一次性)?", before) or re.search(
        r"(?:奖励|补助|奖补)(申报单位|申报企业|项目单位|运营单位|建设单位|责任单位|引荐单位)(?:各|每家|每个)?(?:一次性)?$", before)
    if m and not re.search(r"资金|总额|规模|预算|基金|安排", m.group(1)):
        return True
    listed = re.sub(r"^(?:\s*[、和及与]\s*(?:[\u4e00-\u9fff]{1,4}级)?\s*[\d.]+\s*(?:万元|元|亿元))+", "", after)  # "按20万元、15万元…给予"
    if _AFTER_GIVE.match(listed) and re.search(r"(?:按|按照)(?:每[人家户个项件台]|[\u4e00-\u9fff]{1,4}级)?$", before.strip()):
        return True  # "按每人1000元给予一次性吸纳就业补贴": the standard, then the award
    # "给予风险补助,最高100万元": a bare maximum in a clause of its own right after an award clause
    if a.bound == "max" and re.fullmatch(r"\s*(?:最高|不超过|最高不超过|最多)\s*", before):
        prev = sent[:s]
        if re.search(r"(给予|予以)[^,]*" + AWARD_WORD + r"[^,]*,?\s*$", prev):
            return True
    return False


def _percent_is_rate(sent: str, p: Percent, cbounds) -> bool:
    s, e = clause_at(cbounds, p.span[0])
    clause = sent[s:e]
    before, after = sent[s:p.span[0]], _INCLUSIVE.sub("", sent[p.span[1]:e])
    if re.search(r"减按\s*$|税率", before) or re.search(r"^\s*(?:的)?税率", after):
        return False
    if re.search(r"(占|比重|比例达|增长|增速|达到|达|提升至|提高到|下降|降低|率)\s*$", before):
        return False
    if re.match(r"^\s*[×*xX]", after):
        return False  # "用电量的50%×每千瓦时0.1元": a factor of the base, not a rate paid
    if re.match(r"^[^,;。]{0,24}目标", re.sub(r"^(?:\s*[、和及]\s*[\d.]+%)+", "", after)) or re.search(r"(?:不超过|最高|不高于)[^,;。]{0,4}(?:奖励|补助|资助)(?:额度|金额|标准)的\s*$", before):
        return False  # "按照15%设定…增长目标" is a target; "不超过奖励额度的130%" bounds an award
    if re.search(r"由[省市县区、]{1,4}(?:两级)?(?:财政)?(?:分别|各)(?:补助|承担|负担|分担)?\s*$", before):
        return False  # "(对落户三县项目由市县分别补助5%)": how the governments share it
    if re.match(r"^\s*(?:的)?(?:参股|持股|股权|股份)", after) or re.search(r"股份的\s*$", before):
        return False  # "给予不低于项目公司20%参股", "总股份的10%": equity, not money paid
    if re.search(r"财政[^,;。]{0,12}?(?:按照?)?各(?:承担|负担|分担)?\s*$|财政(?:承担|负担|分担)\s*$", before) or re.match(r"^\s*(?:的比例)?(?:分担|承担)", after):
        return False  # "市财政和区财政按照各50%比例给予…": how the governments share the cost
    if re.search(r"分[\d一二两三四五六]+(?:年|期|次|批)(?:按照?)?(?:[\d.]+%[、,和])*\s*$", before):
        return False  # "分3年按30%、30%、40%的比例补贴": how an award is paid out, not a rate
    if re.search(r"(?:拨付|兑现|发放)[^,;。]{0,6}?(?:奖励|补助|扶持|奖补)?(?:资金|金额|款)的\s*$", before):
        return False  # "第一年拨付奖励资金的60%": a payment schedule of an award, not a rate
    if _THRESHOLD_AFTER.match(after) and not re.match(r"^(?:以内|以下)(?:给予|的)?(?:一次性)?" + AWARD_WORD, after):
        return False  # "增长60%(含)以下的增量部分": a bracket of a condition, not a rate ("6%以内给予" is one)
    if re.match(r"^\s*(?:奖励|补助|补贴|奖补|资助)(?:金额|资金)?(?:等同于|相当于|为)", before):
        return True  # "奖励等同于土地出让价款25%的资金": the award is a share of the base
    if _COND_AFTER.match(after) and not re.search(AWARD_WORD, after) and not re.match(r"^的?比例", after):
        return False
    if not re.search(r"给予|予以支持|结算给|返还给|拨付给|兑现给|" + AWARD_WORD, clause):
        # "按不超过设备投入10%的比例,择优给予最高200万元奖补": the rate's clause opens with 按, the
        # award verb follows in the next clause
        nxt = sent[e:e + 30]
        if not (re.search(r"(?:按照|按)", before)
                and re.match(r"^[,,]?[^,;。]{0,8}?(?:给予|予以|(?:补助|奖励|返还|补贴)给?(?:企业|项目|投资者|投资方))", nxt)):
            return False
    # "给予企业 80% 的保费补助", "按…的30%给予资助", "分别按20%、15%补贴", "给予最高50%比例的补助"
    return True


def _group(items: list[_Award], sent: str) -> None:
    """Awards of the same kind separated only by 、/和/及/或 form one group (a list)."""
    gid = 0
    for i, it in enumerate(items):
        if i and items[i - 1].kind == it.kind and _LIST_SEP.match(_gap(sent, items[i - 1].end, it.pos)):
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


def _base_of(sent: str, p: Percent, cbounds) -> str | None:
    s, e = clause_at(cbounds, p.span[0])
    before = sent[s:p.span[0]]
    m = re.search(r"按(?:照)?(.*)$", before)
    base = None
    if m:
        base = m.group(1)
        base = re.sub(r"(?:给予|分别|最高|不超过|不高于|不低于)", "", base)
        base = base.strip().rstrip("的").strip()
        base = re.sub(r"^其", "", base)
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


def incentives_in_sentence(sent: str, offset: int, prev: list[Provision]) -> list[Provision]:
    """Incentives of one sentence (offset: where it starts in the text given to extract())."""
    cb = clauses(sent)
    # "(即小升规奖励12万元,新增规奖励20万元)": a gloss restating awards already read, not new ones
    glosses = [m.span() for m in _GLOSS.finditer(sent)] if "(即" in sent or "(也就是" in sent or "(亦即" in sent else []
    if re.match(r"\s*(?:即|也就是说)[::]", sent):
        glosses.append((0, len(sent)))  # "即:…奖励20万元": the sentence restates an award already read
    amounts, percents = find_amounts(sent), find_percents(sent)
    if glosses:
        amounts = [a for a in amounts if not any(s <= a.span[0] < e for s, e in glosses)]
        percents = [p for p in percents if not any(s <= p.span[0] < e for s, e in glosses)]
    ratios = [r for r in find_ratios(sent) if re.match(r"\s*(?:的)?(?:比例)?(?:给予|进行)?\s*配套",
                                                      sent[r.span[1]:r.span[1] + 6])]
    if not (amounts or percents or ratios):
        return []  # no money, no share: nothing to read (most sentences of a policy)
    # "每1万平米50万元~200万元": a range of money is one award, at most its upper end
    lower_end = [k for k in range(len(amounts) - 1)
                 if re.fullmatch(r"\s*(?:~|～|-|—|至|到)+\s*", sent[amounts[k].span[1]:amounts[k + 1].span[0]])]
    range_from = {id(amounts[k + 1]): amounts[k].span[0] for k in lower_end}  # where each kept upper end's range starts
    amounts = [a for k, a in enumerate(amounts) if k not in lower_end]
    items: list[_Award] = []
    used_amounts: set[int] = set()

    # per-unit: 每增加100万元奖励1万元
    for i, a in enumerate(amounts):
        before = sent[max(0, a.span[0] - 6):a.span[0]]
        if re.search(r"每(?:增加|新增|超出|超过|提高|投入|投资|实现|达到|满)?\s*$", before) and i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = sent[a.span[1]:b.span[0]]
            if (len(gap) <= 8 or (len(gap) <= 16 and "给予" in gap)) and re.search(r"给予|奖励|补助|补贴|资助|奖", gap):
                items.append(_Award("per_unit", a.span[0], b.span[1], amount=b, unit_amount=a))
                used_amounts.update({i, i + 1})
    # per physical unit: "按每千瓦时0.1元的标准给予补贴", "每亩补助300元", "0.05元/千瓦时"
    for i, a in enumerate(amounts):
        if i in used_amounts:
            continue
        at = range_from.get(id(a), a.span[0])
        m = (_PER_MEASURE.search(sent[max(0, at - 16):at]) or _PER_MEASURE_AFTER.match(sent[a.span[1]:])
             or (_PER_MEASURE_AFTER.match(a.per) if a.per else None)
             or _PER_COUNTED.search(sent[max(0, at - 24):at]))
        rest = re.sub(r"^\s*/\s*" + re.escape(m.group(1)), "", sent[a.span[1]:]) if m else ""
        if m and _THRESHOLD_AFTER.match(rest):
            continue  # "产值达到8000元/㎡以上的": a threshold per unit, not an award
        if m and re.search(r"给予|补助|补贴|奖励|资助|奖补|标准(?:给予)?支持", sent[a.span[1]:a.span[1] + 16] + sent[max(0, a.span[0] - 14):a.span[0]]):
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a, extras={"unit": m.group(1)}))
            used_amounts.add(i)
    # per thing counted: the amount is the award for each one
    for i, a in enumerate(amounts):
        if i in used_amounts:
            continue
        cs, _ = clause_at(cb, a.span[0])
        k = next((j for j, c in enumerate(cb) if c[0] == cs), 0)
        lead = cb[k - 1][0] if k and re.fullmatch(r"[,\s]*(?:给予|奖励|补助|补贴|资助)[^,;。]*", sent[cb[k - 1][1]:a.span[0]]) else cs
        m = _PER_THING.search(sent[lead:a.span[0]])  # "每引进1名全职博士,给予5万元补助": the thing in the clause before
        if m and (m.group(2) is None or re.search(AWARD_WORD, sent[a.span[1]:a.span[1] + 12])) \
                and not _COND_AFTER.match(sent[a.span[1]:]):
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a,
                                extras={"unit": (m.group(1) or m.group(2)).strip(), "counted": True}))
            used_amounts.add(i)
    for r in ratios:
        items.append(_Award("matching", r.span[0], r.span[1], ratio=r))
    # "按…的5%—10%给予奖励", "2‰—5‰": a range of rates is one rate, at most its upper end
    percents = [p for k, p in enumerate(percents)
                if not (k + 1 < len(percents) and re.fullmatch(r"\s*(?:—|-|~|至|到)+\s*",
                                                                sent[p.span[1]:percents[k + 1].span[0]]))]
    for p in percents:
        if _percent_is_rate(sent, p, cb):
            if re.search(r"配套", sent[p.span[1]:p.span[1] + 8]):
                items.append(_Award("matching", p.span[0], p.span[1], percent=p))
            else:
                items.append(_Award("rate", p.span[0], p.span[1], percent=p))
    for i, a in enumerate(amounts):
        if i in used_amounts:
            continue
        if _is_award_amount(sent, a, cb):
            items.append(_Award("amount", a.span[0], a.span[1], amount=a))
        elif a.bound == "max" and not _BUDGET_BEFORE.search(sent[max(0, a.span[0] - 12):a.span[0]]):
            # "单个企业最高50万元" after a rate: a cap, though not an award by itself
            items.append(_Award("amount", a.span[0], a.span[1], amount=a, extras={"cap_only": True}))
    _extend_lists(sent, amounts, items, used_amounts)
    items.sort(key=lambda x: x.pos)
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
        if (first.kind == "amount" and first.amount.bound == "max" and len(g) > 1 and all(x.kind == "amount" for x in g)
                and "分别" in sent[max(0, first.pos - 12):first.pos]):
            # "按资助资金的1:0.5给予配套支持,单个项目分别给予最高500万元、200万元": one rate, a cap per kind
            open_rates = [x for x in final if x.kind in ("rate", "matching") and x.cap is None]
            if len(open_rates) == 1 and not any(x.kind == "amount" for x in final):
                base = open_rates[0]
                final.remove(base)
                s1, _, _ = _clause_text(sent, first.pos)
                for x in g:
                    twin = _Award(base.kind, x.pos, x.end, percent=base.percent, ratio=base.ratio, cap=x.amount,
                                  cap_text=sent[s1:g[-1].end], extras=dict(base.extras))
                    twin.group = gid
                    final.append(twin)
                continue
        if first.kind == "amount" and first.amount.bound == "max" and final:
            capped = [x for x in final if x.kind == "rate" and x.cap is not None]
            if capped and len(g) == 1 and not any(x.cap is None for x in final if x.kind in ("rate", "per_unit", "matching")):
                s1, e1, clause = _clause_text(sent, first.pos)
                if not find_percents(clause) and re.search(r"企业|单位|项目|机构", clause[:first.pos - s1]):
                    # "…按50%给予贴息,瞪羚企业最高30万元、独角兽企业最高100万元": one rate, a cap per kind
                    twin = _Award("rate", capped[-1].pos, capped[-1].end, percent=capped[-1].percent,
                                  cap=first.amount, cap_text=sent[s1:first.end], extras=dict(capped[-1].extras))
                    twin.group = capped[-1].group
                    final.append(twin)
                    continue
            # a cap bounds a total of several payments, so it is larger than a fixed award it caps
            # ("每项补助10万元,…每项最高补助8万元" is a second award, not a cap)
            target = [x for x in final if x.cap is None and (
                x.kind in ("rate", "per_unit", "matching") or (
                    x.kind == "amount" and x.amount.bound is None and x.amount.yuan < first.amount.yuan
                    and _SCOPE_RE.search(sent[max(0, first.pos - 12):first.pos])))]
            if target and len(g) == 1:
                s, _, _ = _clause_text(sent, first.pos)
                for x in target:
                    x.cap = first.amount
                    x.cap_text = sent[s:first.end]
                continue
        g = [x for x in g if not x.extras.get("cap_only")]
        final.extend(g)
    # "按…的一定比例给予支持,单个项目最高不超过5000万元": the award's only number is its maximum
    if not final and _GIVE_RE.search(sent):
        lone = [it for it in items if it.extras.get("cap_only") and it.amount.bound == "max"
                and not _BUDGET_BEFORE.search(sent[max(0, it.pos - 14):it.pos])
                and not _COND_AFTER.match(sent[it.end:])]  # "1亿元以下的" bounds a condition
        if len(lone) == 1:
            lone[0].extras.pop("cap_only")
            final.append(lone[0])

    out: list[Provision] = []
    # "浙江某某有限公司、…等20家企业…各奖励30万元": a grant to named firms (a 公示 or 通报), not a
    # measure anyone can claim
    if "公司" in sent or "家企业" in sent:
        final = [x for x in final if not _NAMED_FIRMS.search(sent, max(0, x.pos - 300), x.pos)]
    # "二等奖:武威市、庆阳市,各奖励80万元": a prize already given to named places, not a measure
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
        members = (list_members(trig) if (len(g) == 1 and not has_fenbie and g[0].kind == "amount"
                                          and g[0].amount.bound is None) else None)
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
            p = _provision(sent, offset, it, tr, bound, g)
            p._member = (k, len(g))  # which member of its list: equal awards in one list stay apart
            out.append(p)
    return out


def _extend_lists(sent: str, amounts: list[Amount], items: list[_Award], used: set[int]) -> None:
    """An amount listed right after an award amount ("分别给予100万元、50万元的补差奖励") is an award."""
    kind_of = {it.amount.span: it for it in items if it.kind in ("amount", "per_unit") and it.amount is not None}
    for i in range(1, len(amounts)):
        a, prev = amounts[i], amounts[i - 1]
        if prev.span not in kind_of:
            continue
        if a.span in kind_of:
            mine, like = kind_of[a.span], kind_of[prev.span]
            if (mine.kind == "amount" and like.kind == "per_unit" and "unit" in like.extras
                    and _LIST_SEP.match(_gap(sent, prev.span[1], a.span[0]))):
                mine.kind, mine.extras["unit"] = "per_unit", like.extras["unit"]
            continue
        if i in used and kind_of[prev.span].kind != "per_unit":
            continue
        if _LIST_SEP.match(_gap(sent, prev.span[1], a.span[0])):
            # "每亩100元、100元和150元": a per-unit list keeps its unit
            like = kind_of[prev.span]
            new = _Award(like.kind, a.span[0], a.span[1], amount=a, unit_amount=like.unit_amount,
                         extras={k: v for k, v in like.extras.items() if k == "unit"})
            items.append(new)
            kind_of[a.span] = new


def _bound_before(sent: str, pos: int) -> str | None:
    """"分别最高奖励企业经营管理团队(…)200万元": a 最高 before the award verb bounds the amounts."""
    head = re.sub(r"\([^()]*\)", "", sent[max(0, pos - 60):pos])
    head = re.split(r"[,;:]", head)[-1]
    if re.search(r"(?:最高|不超过|最多|上限)[^,;]{0,16}" + AWARD_WORD, head):
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


def _provision(sent: str, offset: int, it: _Award, trigger: str, group_bound: str | None,
               group: list[_Award]) -> Provision:
    cs = clauses(sent)
    s0, _ = clause_at(cs, group[0].pos)
    # the quote: from the trigger's clause to the end of the award's clause (and its cap)
    start = _quote_start(sent, group[0].pos)
    _, e = clause_at(cs, it.pos)
    _, e_last = clause_at(cs, group[-1].pos)
    end = max(e, e_last)
    if it.cap is not None:
        _, ce = clause_at(cs, it.cap.span[0])
        end = max(end, ce)
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


def _quote_start(sent: str, pos: int) -> int:
    """Start of the quote: the clause holding 对… (the trigger), else the award's own clause."""
    cs = clauses(sent)
    idx = next((i for i, (s, e) in enumerate(cs) if s <= pos < e), len(cs) - 1)
    j = idx
    while j > 0 and not re.search(r"(?<![接标外照象])对|^[^,]*的$", sent[cs[j][0]:cs[j][1]]) and idx - j < 2:
        j -= 1
    if not re.search(r"对|的$", sent[cs[j][0]:cs[j][1]]):
        j = idx if idx - j >= 2 else j
    return cs[j][0] if cs else 0
