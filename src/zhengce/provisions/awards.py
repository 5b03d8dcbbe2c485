"""Whether a number of a sentence is what one receives — an award or a rate paid — or something else:
a condition (…以上的), a budget or a pot of money (安排…用于, …基金), a target, a share between
governments (市财政和区财政各50%), equity, a payment schedule (分3年按30%、30%、40%), a prize already
given to named places. The incentive reader (incentives.py) asks these questions of every amount and
percent it meets (whether a percent is a rate paid: rates.py; whether a sum is a report's payout: payouts.py); the
words of awarding live here so both sides use the same ones."""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal

from zhengce.provisions.award_forms import _amount_cell
from zhengce.provisions.bounds import ALL_AWARDS_BOUND, POT_OF_MANY, SHARED_POT_AFTER, YEARLY_TOTAL
from zhengce.provisions.clauses import clause_at
from zhengce.provisions.kind_sums import graded_sums, kind_sum, paid_by_kind
from zhengce.provisions.numbers import Amount, find_amounts
from zhengce.provisions.payouts import PAID_OUT, PAID_TO_COUNTED, SO_FAR, SPLIT_OF_TOTAL
from zhengce.provisions.prices import price_condition
from zhengce.reading.amounts import HANDED_DOWN_FUND
from zhengce.reading.regions import lookup

AWARD_WORD = r"(?:奖励|补助|补贴|资助|奖补|扶持|补偿|激励|帮扶|(?<!法律)(?<!司法)援助|贴息|配套|津贴|安家费|红包|(?:慰问|抚恤|助学|扶助)金|(?:科技)?创新券|(?:人才)?房票|(?:低保|最低生活保障|基本生活保障|基本生活费)(?=标准|金)|奖金(?=标准))"
_AWARD_RE = re.compile(AWARD_WORD)
_GIVE_RE = re.compile(r"给予|给与|予以|奖励|补助|补贴|资助|奖补|补偿|扶持")
_BUDGET_BEFORE = re.compile(r"(预算安排|安排预算|安排资金|预算|统筹安排|安排|拿出|(?<![费使应利运作信])用(?=\s*$)|规模(?!以上|以下|企业|工业)|(?<!奖金)(?<!奖励)(?<!补助)(?<!补贴)(?<!支持)(?<!扶持)(?<!资助)(?<!奖补)(?<!贴息)(?<!申领)(?<![,,;;])总额为?|设立|筹集|投入资金|"
                            r"投资(?![区园])|完成(?!单位|人)|营收|收入|产值|销售额|交易额|贷款|授信|融资|基金(?!会|在))"
                            # (not through a threshold met and its award: "营业收入达3亿元及以上补助10万元")
                            r"(?:(?!(?:可获|获得?|分别)(?:奖励|补助|补贴|资助)|(?:以上|以下|\))的?(?:奖励|补助|补贴|资助))[^,;。给]){0,8}$")
# the figures a business reaches (not money set aside): an award word right before an amount outweighs them
_BUSINESS_FIGURES = {"完成", "营收", "收入", "产值", "销售额", "交易额", "贷款", "授信", "融资", "投资"}
# ("低于N万元的按实资助": below that sum the actual cost is paid, a condition)
ACTUAL_COST_AFTER = r"的(?=[,,]?(?:按实|据实))"
# ("…的奖励" is the sum's own award word, unless a sum follows it: "支出在A万元-B万元的单位奖励N万元")
_COND_AFTER = re.compile(r"^(?:/[\u4e00-\u9fff㎡]{1,3})?(?:(?:及以上|以上|及以下|以下|以内)(?:的)?|" + ACTUAL_COST_AFTER + r"|的(?![\u4e00-\u9fff]{0,6}"
                         r"(?:" + AWARD_WORD[3:-1] + r"|支持|一次性)(?!\s*\d[\d.]*\s*[万亿]?元)))")
_THRESHOLD_AFTER = re.compile(r"^(?:/[\u4e00-\u9fff㎡]{1,3})?(?:及以上|以上|及以下|以下|以内|\(含\)以上|\(含\)以下)")
_AFTER_AWARD = re.compile(r"^(?:/[\u4e00-\u9fff]{1,2})?(?:的)?(?:一次性)?(?:[\u4e00-\u9fff]{0,6}?)" + AWARD_WORD)
_BEFORE_AWARD = re.compile(r"(?:" + AWARD_WORD + r"|奖金)(?:项目(?=金额))?(?:金额|额度|标准|数额|额)?"  # ("补助项目金额N万元/村")
                           # (the person rewarded between: "奖励企业主要负责人N万元", "奖励每名企业家个人N万元")
                           r"(?:(?:每[个位名])?(?:企业)?(?:主要)?(?:负责人|企业家|法定代表人|实际控制人|经营者)(?:个人)?"
                           # (or the body rewarded: "奖励承办单位N万元", "补助村集体N万元")
                           r"|[\u4e00-\u9fff]{0,6}?(?:社|单位|机构|团队|集体|协会|商会|平台|合作社|农户|承办方|主办方|运营方"
                           # (or the person who buys: "奖励购车者N元")
                           r"|(?<=[车房买])者|消费者))?"
                           # ("某某津贴标准提高N元": a raise on a standard is paid as the standard is; "补贴均为N元": the same sum for all)
                           r"(?:每家|每个|每项|每户|每人)?(?:分别|均|一律|统一)?(?:(?<=标准)(?:分别)?(?:提高|增加)(?:到|至)?)?(?:为|达|可达)?"
                           r"(?:最高|不超过|最高不超过|最多|上限)?(?:为|可达)?$")  # ("奖励额度最高可达N万元": the most it reaches)
_GIVE_DIRECT = re.compile(r"(?:给予|给与|予以|(?<=分别)提供|(?<=分别)(?:再|另)?增发)(?:企业|其|该企业|项目|单位)?(?:最高|不超过|最高不超过|不高于|不低于|不少于|最多|"
                          r"每[家个项户人件台套年]|单个|单家|一次性|分别|总额|合计|累计|最高额度|额度|为|可达)*$")  # ("分别再增发A元、B元": more paid to each kind listed)
# an item of tiers up to its rate: "(1)N万元-M亿元(不含)的按照" (the rate's own line states no award word)
TIER_LEAD = r"\s*(?:[((]\d{1,2}[))]|\d{1,2}[.、])[^,;。]{2,40}的[,,]?\s*(?:按照?|给予)\s*"
_AFTER_GIVE = re.compile(r"^(?:/[\u4e00-\u9fff]{1,2})?(?:的?标准)?(?:[一二三四五六七八九十两\d]个(?:层次|档次|等级|档|级别))?(?:给予|予以)[^,;。]{0,12}?" + AWARD_WORD)
# "按场地费X%资助,资助单价最高N元/㎡/月": a rate's limit on the price per unit, not an award
_UNIT_PRICE_LIMIT = re.compile(r"%(?:[^,;。]{0,10}" + AWARD_WORD + r")?[,,][^,;。%]{0,8}单价(?:不超过|最高|不高于)*\s*$")


# the rest of a list of kinds and their sums, then the standard it sets and the award paid by it
# ("…,乙类人员8万元,丙类人员4万元标准发放一次性生活补贴")
_STANDARD_PAID = r"(?:\s*\([^()]{1,8}\))?\s*(?:的)?(?:基础|基本)?标准(?:连续|按月|逐月|一次性)?(?:发放|给予|予以|追加)[^,;。]{0,12}?" + AWARD_WORD
# (a grade's note after its sum: "甲档600元(四级)、乙档900元(三级)的标准"; each item atomic, ending at its first sum, or a list backtracks)
_KINDS_THEN_STANDARD = re.compile(r"(?:\s*\([^()]{1,8}\))?(?>\s*[,,、]\s*[^。;;,,]{2,40}?(?<![\d.])[\d.]+\s*[万亿]?元(?:\s*\([^()]{1,8}\))?)+" + _STANDARD_PAID)
_LAST_OF_KINDS = re.compile(_STANDARD_PAID)
_KIND_AFTER_A_SUM = re.compile(r"[\d.]+\s*[万亿]?元(?:\s*\([^()]{1,8}\))?\s*[,,、][^。;;,,]{2,40}?$")
_LIST_THEN_AWARD = re.compile(r"(?:\s*[、和]\s*[\d.]+\s*[万亿]?元)+\s*(?!的?[\u4e00-\u9fff]{0,3}(?:企业|单位|项目|公司|主体))"
                              r"(?:的)?(?:一次性)?[\u4e00-\u9fff]{0,4}?" + AWARD_WORD)
# "市县财政承担的N元/生/年的奖补资金": a government's share of an award's cost, no award of its own
COST_SHARE = re.compile(r"(?:财政|政府|[省市县区]级)(?:分别|各自?|共同)?(?:承担|负担|分担)的?\s*$")


def limits_unit_price(sent: str, pos: int) -> bool:
    """The number at pos is a rate's limit on the price per unit (_UNIT_PRICE_LIMIT)."""
    return bool(_UNIT_PRICE_LIMIT.search(sent[max(0, pos - 30):pos]))
_INCLUSIVE = re.compile(r"^\((?:含|不含)\)")
_GLOSS = re.compile(r"\((?:即|也就是|亦即)[^()]*\)")
_NAMED_FIRMS = re.compile(r"有限公司|有限责任公司|股份有限|等\d+家企业")
_LIST_SEP = re.compile(r"^\s*(?:、|和|以及|及|与|或|,|/)\s*$")  # ("分别奖励10万/20万/30万元")
_YEARS_RE = re.compile(r"([一二两三四五六七八九十\d]+)年(?:内|合计|累计|共|总计)?(?:每年)?")


def _named_places(before: str) -> bool:
    """The recipients before an amount are only place names ("某某市、某某市,各奖励")."""
    names = re.sub(r"[,,、和及]|(?:各|分别)?(?:奖励|补助|奖补|给予)$", " ", before).split()
    if not names or len(before) > 40:
        return False
    return all(re.fullmatch(r"[\u4e00-\u9fff]{2,12}[市县区州旗]", n) and lookup(n) is not None for n in names)


# ("最高本金N万元贷款贴息": the principal a subsidy of interest is paid on, not the award)
_LENT_BEFORE = re.compile(r"(?:垫付|借款|借支|出借|贷款|本金)\s*$")
_INVESTED_AFTER = re.compile(r"\s*的?(?:股权)?投资(?![奖补])")
_LENT_AFTER = re.compile(r"\s*的?(?:创业)?(?:财政贴息|贴息)?(?:小额)?(?:担保|信用|无息|低息|免息)?(?:贷款|借款)(?!贴息|奖|补|利息)"
                         # ("享受A万元至B万元的创业担保贷款贴息": the size of a guaranteed loan, its interest the award;
                         # "给予N万元的授信额度": a bank's credit line)
                         r"|\s*的?(?:创业)?担保贷款|\s*(?:以内|以下)?的?(?:个人|企业)?(?:信用)?授信(?:额度)?"
                         # ("给予N万元某类资金存款": public money deposited with a bank, to come back)
                         r"|\s*的?(?:财政性|政府性)?(?:资金)?存款")


def lent_or_invested(sent: str, a: Amount) -> bool:
    """"给予垫付N万元", "给予项目最高N亿元股权投资", "可申请N万元担保贷款" (or "…的贴息小额贷款"): money lent or invested,
    to come back — no award."""
    return bool(_LENT_BEFORE.search(sent, max(0, a.span[0] - 6), a.span[0]) or _INVESTED_AFTER.match(sent, a.span[1])
                or _LENT_AFTER.match(sent, a.span[1]))


# a bracket after an award that pays it by years or stages, up to the amount: "…N万元补助(第一年兑现X万元,"
_INSTALMENT = re.compile(r"[\d.]\s*[万亿]?元(?:的)?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)?\s*\((?:[^()]*?[,,;;、]\s*)?"
                         r"第[一二三四五\d]\s*(?:年|期|批|次|阶段)(?:度)?(?:奖励|补助|补贴|奖补|拨付|兑现|发放|给予)?\s*$")


def stated_standard(sent: str, award) -> bool:
    """The award is a standard stated in its own words ("按每载重吨奖励N元的标准"), even in a notice that names the
    firm it pays: what anyone meeting it would get, not only that firm's grant."""
    return award.kind == "per_unit" and bool(re.search(r"按照?[^,,;;。]{0,30}$", sent[:award.pos])) \
        and bool(re.match(r"\s*(?:/[^\s,,;;。]{1,4})?的?标准", sent[award.end:]))


_STANDARD_LABEL = re.compile(r"(?:^|[,,;;。])\s*(?:奖励|补助|补贴|资助|奖补|扶持|支持)标准\s*(?:分别)?(?:为)?\s*[::]?\s*(?:每(?:家|户|个|项))?\s*$"
                             # ("执行某某优待金发放标准,每年N万元": the allowance's standard, then its sum a year)
                             r"|(?:优待金|奖励金|补助金|慰问金|津贴|生活补贴)(?:发放)?标准\s*[,,]?\s*(?:为)?\s*每(?:年|月|人)\s*$")


def _raised_sum(sent: str, a: Amount, s: int, before: str) -> bool | None:
    """A sum raised to a new one: the old sum is no award (False), the new one is (True) — "资助上限由N万元
    提高至M万元", "分别由A万元提高到B万元,C提高到D"; None when the amount is neither (a loan limit raised is
    no award either way)."""
    if not re.search(r"提高|调整|上调|提升", sent):
        return None
    if (re.search(r"[由从](?:原来的|原|现行的?)?\s*$", before) or re.search("[由从]", sent[max(0, s - 40):s])) \
            and re.match(r"\s*(?:的标准)?(?:提高|调整|上调|增加|提升)(?:至|到|为)", sent[a.span[1]:]):
        return False
    if re.search(r"(?:奖励|补助|补贴|资助|奖补|支持|奖金)(?:标准|上限|额度|金额)[^,;。]{0,12}?(?:提高|调整|上调|提升)(?:至|到|为)\s*$",
                 sent[max(0, s - 30):a.span[0]]):
        return True
    if re.search(r"(?:提高|调整|上调|提升)(?:至|到|为)\s*$", before) \
            and re.search(r"[由从](?:原来的|原)?[\u4e00-\u9fff]{0,12}?\s*[\d.]+\s*[万亿]?元", sent[max(0, s - 60):a.span[0]]) \
            and re.search(r"奖励|补助|补贴|资助|奖补|奖金", sent[:a.span[0]]) and not re.search(r"贷款|借款|额度", sent[max(0, s - 30):a.span[0]]):
        return True
    return None


# how much one project is given, its "intensity" (支持强度, 资助强度) or its sum (支持额度)
_INTENSITY = r"(?:支持|资助|补助|奖励|扶持)(?:强度|额度)"


# "N万元以下补贴M元", "A万元(含)至B万元补贴M元": the band a price falls in, its award right after
_BAND_THEN_AWARD = re.compile(r"\s*(?:[((]不?含[))])?\s*(?:以下|以上|及以上|以内)?\s*(?:[至到~\-—]\s*[\d.]+\s*[万亿]?元\s*(?:[((]不?含[))])?"
                              r"\s*(?:以下|以上)?)?\s*(?:的?)(?:补贴|补助|奖励|奖补|资助)\s*[\d.]+\s*[万亿]?元")


def band_before_award(sent: str, a: Amount) -> bool:
    """The amount is a band's edge the award after it is paid for, not an award."""
    # (not "每增加1亿元奖励50万元": so much for each step of the base, a sum per unit)
    return bool(_BAND_THEN_AWARD.match(sent, a.span[1])) and not re.search(r"每[\u4e00-\u9fff]{0,4}\s*$", sent[max(0, a.span[0] - 6):a.span[0]])


# a numbered part's heading that names a fund and its total: "一、某某项目扶持资金", "二、某某试点经费"
_FUND_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、[^,,;;。对按给予]{2,40}?(?:资金|经费)\s*")


# an award said to be paid in parts, the parts after it: "奖励分三次支付:", "上述补助分两期拨付,"
_PAID_IN_PARTS = re.compile(r"(?:^|[。;;])\s*(?:上述|以上|该|此项?)?(?:奖励|补助|补贴|奖补|资助|扶持)(?:资金|金额|款项)?"
                            r"(?:分|按)[二两三四五六2-6](?:次|期|批|年|个阶段)(?:支付|拨付|兑现|发放|兑付|给予|到位)[::,,]")


def _worked_out(a: Amount) -> bool:
    """A sum of a hundred thousand yuan or more stated to the yuan ("3090900元", 4+ significant figures): what a
    payout came to — a standard that large is written in 万元 (a sum in 万 keeps its reading whatever its digits)."""
    return a.per is None and a.low is None and a.unit == "元" and a.yuan >= 100000 and len(str(int(a.yuan)).rstrip("0")) >= 4


def _is_award_amount(sent: str, a: Amount, cbounds: list[tuple[int, int]]) -> bool:
    s, e = clause_at(cbounds, a.span[0])
    # "奖励人民币N万元", "给予额外的N万元", "以奖代补资金N万元": the currency, 额外 and the way
    # it is paid say nothing about what it is
    before = re.sub(r"(?:人民币|额外的?|以奖代补资金)\s*$", "", sent[s:a.span[0]])
    before = re.sub(r"以奖代补\s*$", "奖补", before)  # ("每个以奖代补N万元": 以奖代补 itself the verb that pays)
    after = _INCLUSIVE.sub("", sent[a.span[1]:e])
    if a.bound == "max" and YEARLY_TOTAL.fullmatch(sent, 0, a.span[0]):
        return False  # "单家企业全年补贴总额不超过N万元" in a sentence of its own: a ceiling over the awards around it
    if "其中" in sent and SPLIT_OF_TOTAL.search(sent, 0, a.span[0]) and not re.search(r"对|的[,,]?\s*(?:给予|奖励|补助)", sent[s:a.span[0]]):
        return False  # "总额度N万元,其中甲类补贴A万元,乙类奖励B万元": a fund divided, not what one receives
    if HANDED_DOWN_FUND.search(before):
        return False  # "本次下达某类补助资金N万元": the fund allocated, not what one receives
    if (PAID_OUT.search(before) and not re.search(r"每[个家户项所][\u4e00-\u9fff]{0,6}?(?:合计|总计)" + AWARD_WORD + r"\s*$", before)) or (re.fullmatch(r"\s*(?:共|累计|已)?(?:每月|每年)?(?:发放|兑现|拨付)?(?:补贴|补助|奖补|奖励)?(?:资金)?\s*", before)
                                    and before.strip()
                                    and re.search(r"\d+\s*余?\s*(?:人次|人|家|户|名|次)\s*[,,]\s*$", sent[max(0, s - 12):s])):
        return False  # "共计发放某补贴N元", "某类人员N人次,补贴M元", "受理N余次,发放补贴M万元": money paid out, no award
    if re.fullmatch(r"\s*[\u4e00-\u9fff]{2,8}?(?<![对向为给])(?:发放|派发)\s*", sent[:a.span[0]]) and a.unit[:1] in "万亿" \
            and re.fullmatch(r"[\u4e00-\u9fff]{0,8}?(?:补贴|消费券)\s*[。!!]?\s*", sent[a.span[1]:]):
        return False  # a headline "某地发放N万元某某补贴": the fund a place hands out, no one's award
    if re.search(r"其中[\u4e00-\u9fff]{0,6}?(?<![奖补助贴励])\s*$", before) and re.match(r"\s*(?:为|由|用于|作为)", after):
        return False  # "每亩N元,其中A元为管护资金", "其中种苗费A元由某局统一使用": a part of the sum before
    if (sent[:1] in "一二三四五六七八九十" and _FUND_HEADING.fullmatch(sent[:a.span[0]])
            and re.fullmatch(r"\s*[。.]?\s*", sent[a.span[1]:])):
        return False  # "一、某某扶持资金N万元。": a part of an allocation headed by its fund's total, no one's award
    if "分" in sent and _PAID_IN_PARTS.search(sent, 0, a.span[0]) \
            and re.search(r"后|第[一二三四五六]|首(?:年|期|次)|次年|余(?:额|款)|剩余", sent[s:a.span[0]]):
        return False  # "奖励分三次支付:完成某步后奖励A万元,…": the parts the award before is paid in, each at its stage
    if re.match(r"[^,,;;。\d]{0,8}?(?:将|已经?)(?:陆续|全部|足额|按时|及时)?(?:发放|发到|拨付|兑现)(?:到|至|给)", after):
        return False  # "N万元津贴将陆续发放到…手中": money on its way to many, a report's sum
    if COST_SHARE.search(before) or re.search(r"(?:领到|拿到|领取了|收到|(?<!最高)获得了)了?[^,,;;。]{0,24}$", before) or (
            re.search(r"(?:已|已经)?提交(?:了)?(?:关于)?\s*$", before) and re.match(r"[^,,;;。]{0,16}申请", after)):
        return False  # (or what one person got, "顺利领到N元的补贴", or asked for, "已提交N万元的补助申请": no standard)
    if re.search(r"按照?\s*$", before) and re.match(r"\s*计算", after) and "超过" + a.text in sent[:a.span[0]]:
        return False  # "担保额超过N万元的,按N万元计算": a ceiling on the base the award is worked from
    if re.search(r"现将[^,;。]{0,40}$", before) and re.match(r"[^,;。]{0,24}?(?:拨付|下达|下拨)(?:给|至|到)", after):
        return False  # "现将某类补助资金N万元(详见附件)拨付给你们": a notice sending money on, no one's award
    if POT_OF_MANY.search(sent, 0, a.span[0]) or re.search(
            r"[\d.]+\s*万?(?:亩|吨|户|家|个)\s*[,,]\s*(?:补贴|补助|奖补|资金)(?:金额|资金|总额)(?:为|共)?\s*$", sent[max(0, a.span[0] - 30):a.span[0]]):
        return False  # ("环节N万亩,补贴金额M万元": the sum for a whole lot of land, no one's award)
    raised = _raised_sum(sent, a, s, before) if re.search("[由从]", sent) else None  # (由/从 A 提高到 B)
    if raised is not None:
        return raised
    if price_condition(sent, a):
        return False
    if (month := re.search(r"每月\s*([\d.]+)\s*元\s*[,,]\s*(?:一年|全年|每年)(?:共|合计|累计)?\s*$", sent[max(0, a.span[0] - 24):a.span[0]])) \
            and Decimal(month.group(1)) * 12 == a.value:
        return False  # "每人每月500元,一年6000元": the monthly sum restated for a year
    if re.search(r"\.\d{3,}\s*万", a.text) or _worked_out(a):
        return False  # "补贴金额1099.030944万元", "某类奖补3090900元": a sum worked out to the yuan, a payout's total, no award
    k = sent.rfind("其中", max(0, a.span[0] - 80), a.span[0]) if a.per is None else -1
    if k >= 0 and not re.search(r"给予|予以|每", before) and any(
            _worked_out(b) for b in find_amounts(sent[k:k + 200]) if b.value != a.value):
        return False  # "其中,甲类奖补3090900元,乙类奖励630000元": a list of totals, the round one among them too
    if re.search(r"(?:上述|以上|这)\s*\d+\s*(?:个|家|名|户|所)[^,,;;。\d]{0,12}?(?:分别|各|共)?(?:获得|获|得到|领到)(?:了)?$", before.strip()):
        return False  # "上述N个小区分别获得A元至B元的奖励": what those counted got, a report's payout
    if re.search(r"将\s*$", before) and re.match(r"[^,,;;。]{0,12}?(?:拨付|划拨|拨|转)(?:至|到|入)", after):
        return False  # "由某局将N万元经费拨付至某单位账户": how an award is paid, not one of its own
    if re.search(r"(?:惠及|覆盖|涉及)\d+\s*(?:家|个|户|人|名)[^,,;;。\d]{0,8}[,,]?\s*(?:奖励|补助|补贴|奖补|资金)(?:总额|合计|共计)?(?:达|为)?\s*$",
                 sent[max(0, s - 24):a.span[0]]):
        return False  # "惠及19家企业,奖励323万元": what a payout came to, no award
    if re.search(r"(?:拨付|兑现|发放|支付)(?:剩余|余下|其余|剩下)[^,,;;。]*$", before):
        return False  # "如次年达标,分别拨付剩余A万元、B万元": the rest of an award paid later
    if _INSTALMENT.search(sent, max(0, a.span[0] - 60), a.span[0]):
        return False  # "给予N万元补助(第一年兑现X万元,第二年兑现Y万元)": the award paid over years
    if re.search(r"(?:^|[,,;;])\s*(?:\d{4}年度?)?(?:一次性)?(?:[省市县区]级)?配套(?:奖励|补助|补贴|奖补|资助)资金$", before.strip()) \
            and re.search(r"的[^,,;;。的]{0,12}[,,]\s*$", sent[max(0, s - 30):s]):
        return True  # "新认定的甲类企业,某级配套奖补资金N万元": who qualifies, then the sum matched to them
    if re.match(r"\s*[*×]\s*\d", after) or re.search(r"[*×]\s*\d+\s*=\s*$", before):
        return False  # "即夫妻可享受N万*2=M万": a worked example of an award, not one of its own
    if re.search(r"以每[\u4e00-\u9fff]{1,2}$", before.strip()) and re.match(r"\s*为(?:上限|限)", after) \
            and _AWARD_RE.search(sent, 0, a.span[0]):
        return True  # "某类补贴以每餐N元为上限": the most of the subsidy for each one
    if re.search(r"(?:奖励|补助|补贴|资助)(?:金额|标准|额度|上限)?(?:提高|提升|上调|增加|增)至(?:最高|最多)?$"
                 r"|(?:^|[,,;;])(?:最高|最多)?可(?:奖励|补助|补贴|资助|奖补)至$",
                 before.strip()):
        return True  # "…的,奖励金额增至(最高)N万元": the award raised for those who do more; "可补贴至N万元": its most
    if PAID_TO_COUNTED.search(before):
        return False  # "共向N家企业拨付资金M万元", "对甲等N家企业落实某某奖补资金M万元": a payout's total
    if re.search(r"(?:兑付|兑现|拨付|发放|下达)了?(?:各类)?(?:补贴|补助|奖补|奖励)?资金$", before.strip()) \
            and SO_FAR.search(sent, 0, a.span[0]):
        return False  # "至目前,…兑付补贴资金N万元": a report of what has been paid so far
    if re.search(r"元[((][^()()]{0,12}$", sent[max(0, a.span[0] - 16):a.span[0]]) \
            and SO_FAR.search(sent, 0, a.span[0]):
        return False  # "…资金N万元(其中某类补贴M万元)": a part of the total paid so far
    if ALL_AWARDS_BOUND.search(before):
        return False  # "同一企业同一年度获得本办法各项奖励总额不超过N万元": a bound on all the awards together
    if SHARED_POT_AFTER.match(sent, a.span[1]):
        return False  # "该类奖励总额不超过N万元,如超出按比例核减": the pot the awards share, not what one receives
    if re.search(r"(?:^|[,,;;])\s*按照?每[\u4e00-\u9fff]{1,3}$", before.strip()) and re.fullmatch(r"\s*的?标准\s*[,,]*\s*", after) \
            and re.match(r"[,,]*\s*(?:给予|予以)?" + AWARD_WORD, sent[e:]):
        return True  # "按照每户N元标准,补助农户新建…": the standard, then the verb that pays it after the comma
    if _STANDARD_LABEL.search(sent, max(0, a.span[0] - 14), a.span[0]):
        return True  # "补贴标准:10000元" on a card of fields: the sum the standard says is the award
    if re.search(AWARD_WORD + r"(?:资金|金额|标准)?(?:分别|各)(?:为|是)\s*$", before) and not _BUDGET_BEFORE.search(before):
        return True  # "市级配套奖励分别是A万元、B万元": the award named, then its sums
    if re.search(r"(?:^|[,,;;::])\s*(?:第[一二三四五六七八九十]年|首年|次年)\s*$", sent[:a.span[0]]) \
            and re.search(r"(?:奖励|补贴|补助|资助|奖补|扶持)(?:资金)?标准(?:为|是)?\s*[::]?[^。;;]*$", sent[:a.span[0]]):
        return True  # "场租补贴标准为:第一年A元,第二年B元": the standard year by year, each year's sum an award
    other = re.search(r"(?:^|[((,,;;])\s*[^,,;;。()()\d]{1,24}?(的|则)\s*(?:分别|各)?为\s*$", sent[:a.span[0]])
    # (则 answers the clause before across a semicolon too: "…补贴A元;乙类则为B元")
    if other and a.bound != "min" and re.search(r"(?:给予|予以|奖励|补助|补贴|资助|奖补|发给)" + (
            r"[^。]{0,40}?" if other.group(1) == "则" else r"[^。;;]{0,40}?") + r"\d[\d.]*\s*[万亿]?元", sent[:a.span[0]]):
        return True  # "每一商标补助A元(在某地注册的为B元)", "给予A万元奖励,县级的为B万元": the other case's sum
        # (or the other kinds': "…每月发给补贴A元,乙类、丙类则分别为B元、C元")
    if re.search(r"(?:^|[,,;;])\s*对[^,,;;。]{2,40}?的(?:补贴|奖励|补助|资助|奖补)资金(?:为)?$", before.strip()) \
            and not re.search(r"获得|享受|领取|安排|下达|拨付|发放|累计|合计|总额|总计|共", before):
        return True  # "对企业登记某类注册的补贴资金N万元": whom, then the sum of its award, no verb
    if kind_sum(sent, a) or paid_by_kind(sent, a) or graded_sums(sent, a):
        return True  # "奖励标准为甲类6万元、乙类5万元", "发放租房补贴,其中甲类2万元": each kind's sum under one award
    if re.search(r"\d+个方面|[一二三四五六七八九十]个方面", sent[max(0, a.span[0] - 40):a.span[0]]):
        return False  # "从…等N个方面给予M万元的资金扶持": the whole policy's money, not one award
    if re.search(r"发券\s*$", before.strip()) or (re.search(r"(?:可申领|可领取|可领|赠送)\s*$", before.strip())
                                                 and re.match(r"\s*(?:的)?(?:[\u4e00-\u9fff]{0,4})?券", after)):
        return True  # "…的发券N元", "可申领N元消费券": the voucher's worth is what the buyer receives (not "发放N万元消费券", a pot)
    if re.search(r"奖(?:分为?|设)(?:[一二三四五特]等奖\s*[\d.]+\s*万?元\s*[、,,]\s*)*[一二三四五特]等奖(?:奖金)?(?:为)?$",
                 sent[max(0, a.span[0] - 60):a.span[0]]):
        return True  # "某某奖分一等奖A元、二等奖B元、三等奖C元": each grade's prize
    if re.search(r"[等奖项]\s*\d+\s*(?:个|名|项|份)[,,]\s*每(?:个|名|项|份|人)(?:奖励|奖金)?$", sent[max(0, a.span[0] - 16):a.span[0]]):
        return True  # "一等奖N个,每个M万元": each prize's sum
    if re.search(r"(?:^|[,,])\s*奖金各$|(?:最高|最多)可奖$|定额(?:支持|奖励|补助|补贴|资助|奖补)$|补足(?:奖金|奖励|补助|补贴)?差额$", before.strip()):
        return True  # "奖金各N元", "最高可奖N万元", "每个项目定额支持N万元", "补足奖金差额N万元": what one receives
    if re.search(r"第[\d一二三四五六七八九十]{1,3}(?:\s*[,,、]+\s*[\d一二三四五六七八九十]{1,3})*名(?:各|分别)?(?:补助|奖励|奖补)?$",
                 sent[max(0, a.span[0] - 16):a.span[0]].strip()) and _AWARD_RE.search(sent, 0, a.span[0]):
        return True  # "其中第1名补助800万元,第2名700万元,第5、6名各400万元": the sum for each rank
    if (re.search(r"按照?(?:每年|每月|每季度)?每(?:户|人|家|个[\u4e00-\u9fff]{1,10})$", before.strip())
            or (re.search(r"(?:^|[,,])\s*按照?$", before.strip()) and re.fullmatch(r"/\s*(?:户|家)", a.per or ""))) and re.match(
            r"\s*的?标准[,,]?\s*(?:对[^,;。]{1,12})?(?:给予|发放|兑现)[^,;。]{0,12}(?:" + AWARD_WORD + "|支持)",
            sent[a.span[1]:a.span[1] + 40]):
        return True  # "按每户N元的标准,对农户给予甲类补贴", "按N万元/户的标准,给予…": what each household receives
    if re.search(r"(?:单张(?:金额|面额|面值)|面额|面值)(?:为|分别为)?$", before.strip()) and "券" in sent[:a.span[0]]:
        return True  # "消费券N万元,单张金额M元、K元", "(面额N元M张": what each voucher is worth to the one who spends it
    if re.search(r"(?:^|[,,;;])\s*(?:每(?:家|个|户|项))?(?:奖励|补助|补贴|奖补)资金$", before.strip()) and re.search(
            r"(?:\d[^,,;;。]{0,12}(?:以上|以下|之间|\(含\))|(?:超过?|达到?|满)\s*[\d.]+)[^,,;;。]{0,12}[,,]\s*$",
            sent[max(0, s - 40):s]):
        return True  # "产量在100—300万吨(含)之间的品种,补助资金N万元": a band met, then only the award and its sum
    if a.bound == "min" and re.search(r"(?:奖金|(?:财政)?(?:奖励|补助|补贴|资助|补偿)(?:金额|资金|标准)?)(?:不低于|不少于)$", before.strip()):
        return True  # "奖金不低于N元", "市财政奖励不低于N万元": at least so much is what one receives
    if a.bound == "min" and a.bound_word == "起" and re.search(r"(?:奖励|补助|补贴|资助|给予)$", before.strip()):
        return True  # "奖励N万元起": so much at least, more as the level rises — the sum stated is the award
    if a.bound == "min" and not re.search(r"(?:给予|给与|予以)(?:每家企业|每家|每个|每户)?(?:不低于|不少于)?$", before.strip()):
        return False  # a floor on money is a condition or a target, never what one receives
    if limits_unit_price(sent, a.span[0]):
        return False
    if lent_or_invested(sent, a):
        return False
    if _GIVE_DIRECT.search(before.strip()):
        return True  # "给予(每家)(最高/不超过)N万元…": what follows 给予 directly is what one receives
    if a.bound == "max" and re.search(r"每(?:家|户|个)(?:企业|单位)?(?:每年|年度|全年)?(?:支持|奖励|补助|补贴|资助|奖补)(?:资金|金额)?"
                                      r"(?:最高|不超过)+$", before.strip()):
        return True  # "每家企业每年支持资金最高不超过N万元": the most each firm receives
    if a.bound == "max" and re.search(r"(?:^|[,,;;])\s*(?:单个项目)?(?:支持|奖励|补助|补贴|资助|扶持)(?:资金|金额|额度)(?:原则上)?"
                                      r"(?:最高|最多|不超过|上限)+(?:为)?$", before.strip()):
        return True  # "资助金额原则上不超过N万元": the most a project receives
    if a.bound == "max" and (re.search(_INTENSITY + r"(?:原则上|一般)?(?:最高|最多|不超过|上限)+(?:为)?$", before.strip())
                             or (re.fullmatch(r"(?:最高|最多|不超过)+", before.strip()) and re.search(
                                 _INTENSITY + r"(?:原则上|一般)?(?:不低于|不少于)\s*[\d.]+\s*[万亿]?元\s*[,,]\s*$", sent[max(0, s - 40):s]))):
        return True  # "单个项目财政经费支持强度(原则上不低于A万元,)最高B万元": the most one project receives
    if re.search(r"(?:单个|每个|单项|每项)(?:项目|企业|单位)?(?:[省市县区]级)?(?:财政)?(?:经费|资金)?" + _INTENSITY + r"(?:原则上|一般)?(?:为|是)?$", before.strip()):
        return True  # "单个项目财政支持额度A-B万元": what one project is given, stated as its sum
    if re.match(r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?\s*[\u4e00-\u9fff]{0,16}?(?:奖励|补助|补贴|资助|给予)[^,;。]{2,40}?每(?:家|户|个)\s*$", before):
        return True  # "奖励N家获评某类称号的单位每家M万元": the verb first, the sum each receives after
    if re.search(r"每(?:家|户|个|人|项|村|所)(?:一次性)?(?:(?:拨付|发放|兑现)(?:[省市县区]级)?)?" + AWARD_WORD + r"(?:资金|经费)?(?:为)?$",
                 before.strip()):
        return True  # "示范社若干个,每个补助资金N万元": so much for each one, however many the budget counts
    if re.search(r"(?:^|[,,;的]|每[^,;。]{1,12}?[元吨亩])\s*(?:再|另|各|加)?奖\s*$", before):
        return True  # "超5万美元的,奖N元", "每N万美元奖M元": 奖 alone as the award verb
    if re.search(r"满\s*[\d.]+\s*万?元[,,]?\s*(?:可|即可|即)?(?:减免|立减|减|抵扣|抵用|抵)\s*$", sent[max(0, a.span[0] - 24):a.span[0]]):
        return True  # a consumption voucher: "满N元减M元" — what the buyer gets off is the subsidy
    if re.search(r"满\s*[\d.]+\s*万?元[,,]?\s*(?:可|即可)?(?:使用|抵用|核销)(?:一张|1张)?\s*$", sent[max(0, a.span[0] - 24):a.span[0]]) \
            and re.match(r"\s*(?:的)?(?:[\u4e00-\u9fff]{0,4})?(?:消费券|券)", sent[a.span[1]:]):
        return True  # "消费满N元可使用一张M元消费券": the voucher's worth, off the bill
    if a.bound == "range" and re.match(r"\s*不等", after) and re.search(
            AWARD_WORD + r"(?:金额|资金|标准|额度)?(?:(?:根据|按照?|依据?)[^,;。\d]{2,24}?的?(?:不同|差异|情况))?(?:从|由|在)?$", before.strip()):
        return True  # "奖励金额(根据某某的不同)从A万元至B万元不等": the award, at most B
    # "设备投资奖励最高N万元": an award named by what it rewards, then its most (not a unit's most, "单个企业奖励最高")
    if a.bound == "max" and re.search(r"(?:^|[,,;;])\s*(?!单个|单家|单项|每[家个户项人年]|年度|累计)[\u4e00-\u9fff]{2,8}?(?:奖励|补助|补贴|资助|奖补)"
                                      r"(?:最高|最多)(?:可达|为)?$", before.strip()):
        return True
    if re.search(r"(?:最高|最多|不超过|最高不超过)(?:可)?(?:给予)?支持$", before.strip()):
        return True  # "对新认定的…工厂,最高支持100万元": 支持 with its bound is the award verb
    if a.bound == "max" and re.search(r"\d%\s*[、,]\s*(?:最高|不超过|最高不超过)\s*$", before):
        return True  # "给予实际投资额X%、最高N万元的补助": the rate's cap, in a list with it
    if sent.count("|") >= 2 and _amount_cell(sent, a):
        return True  # a table row's amount column ("列入…项目|工业企业|定额类补助|10万元|")
    if a.bound == "max" and (
            (re.match(r"\s*(?:及)?以下的?[\u4e00-\u9fff]{0,4}?" + AWARD_WORD, after)
             and re.search(r"(?:给予|予以)[^,;。\d]{0,12}?(?:[\d.]+\s*[万亿]?元\s*(?:及)?以上)?\s*$", before))
            # ("实施N万元以内补助", "发放N万元以下奖励慰问金": the verb, then the award at most N)
            or (re.match(r"\s*(?:及)?(?:以下|以内)的?" + AWARD_WORD, after) and re.search(r"(?:实施|发放)\s*$", before))
            or (re.search(AWARD_WORD + r"(?:金额|标准|额度)(?:为|是)\s*$", before) and re.fullmatch(r"\s*(?:及)?以下\s*", after))):
        return True  # "给予举报人A元以上B元以下奖励", "奖励金额为B元以下": at most B, the award itself
    if _COND_AFTER.match(after):
        return False  # "开发费100万元以上的", "售价6000元以下的手机": a condition
    if re.search(r"(?:按照|按(?!照))(?!每)[\u4e00-\u9fff]{1,8}$", before) and re.match(
            r"\s*[、和及]\s*[\u4e00-\u9fff]{1,8}\s*[\d.]+\s*[万亿]?元\s*(?:的标准)?(?:给予|予以)[^,;。]{0,8}" + AWARD_WORD, after):
        return True  # "按新入库N万元、升规M万元给予补助": each kind's sum, the verb after the list
    # (and "奖励标准3A级为5万元、4A级为10万元": a grade named with its letters and 为)
    last_item = re.split(r"[、::,,]|(?:标准|数额|金额)(?:分别)?为|标准(?=[\dA-Za-z])", before)[-1].strip()
    if re.fullmatch(r"(?:[\u4e00-\u9fff]{1,6}|[\dA-Za-z]{1,3}[\u4e00-\u9fff]{0,2})(?:奖|星|级|等)(?:为|是)?(?:每户|每人|每家|每个|每项)?",
                    last_item) \
            and re.search(r"(?:奖励|奖金|补助|资助|补贴)(?:标准|金额|额度|数额)(?:分别)?(?:为|是)?[::]?|(?:给予|予以)[^。;;\d]{0,12}"
                          r"(?:奖励|补助|补贴|资助|奖补)\s*[::]", sent[:a.span[0]]):
        # ("给予相应的运营补助:一星级N万元,二星级M万元": the award given, then each grade's sum)
        return True  # "奖励标准为:特等奖5万元/项、一等奖3万元/项", "…为银星每家2万元": the sum for each grade
    if re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:户均|人均|每户|每人|每家|每个|每项)", last_item) \
            and re.search(AWARD_WORD + r"(?:资金)?[,,]?(?:标准|金额|额度)(?:为|是)?[::]", sent[:a.span[0]]):
        return True  # "补助标准:甲类户均N万元,乙类户均M万元": the sum each of a kind receives
    if re.fullmatch(r"[\u4e00-\u9fffA-Za-z\d]{1,24}?(?:人才|人员|类|博士后?|硕士|毕业生)(?:为|是)?",
                    re.split(r"[、::,,;;]|其中", before)[-1].strip()) \
            and re.search(AWARD_WORD + r"(?:资金)?(?:金额|标准|额度)(?:为|是)?\s*[::]", sent[:a.span[0]]):
        return True  # "房票金额为:甲类人才一事一议;乙类人才N万元;…": the sum for each kind, item by item
    if re.search(r"每(?:增加|新增|超出|超过|提高|投入|投资|实现|达到|满)?$", before):
        return False  # the unit of a per-unit award, handled by _per_unit
    if re.match(r"^(?:的)?(?:[省市县区]级)?(?:配套)?(?:扶持|奖励|补助|补贴|奖补|资助)资金", after) and re.search(r"给予|给与|予以", before):
        return True  # "给予…企业N万元扶持资金": the money given, named by its purpose (and level: "A万元某级奖励资金")
    if re.search(r"(?:每(?:个|家|户|所)[^,;。\d]{1,10}?安排(?:补助|奖补|奖励|扶持|补贴)资金|(?:^|[,,;;::])\s*(?:该|单个)项目"
                 r"[^,;。\d]{0,12}?预?安排(?:补助|奖补|奖励|扶持|补贴)(?:资金)?)(?:不超过|最高)*\s*$", before):
        # ("该项目某厅预安排补助N万元": what the one project called for receives)
        return True  # "对每个试点安排奖补资金N万元": so much set aside for each one, what each receives
    if re.match(r"^\s*(?:的)?(?:资金|专项资金|经费)?\s*,?\s*(?:专门)?用于", after):
        return False  # "安排…专项资金N万元用于表彰奖励": money set aside for a purpose, not an award
    if re.search(r"财政(?:按[^,;。]{0,8})?(?:再|另行|同比例)?配套$", before.strip()) or re.match(r"^(?:的)?财政资金", after):
        return False  # "区财政按1:1再配套N亿元", "N亿元财政资金…": the government's own money, not an award
    if re.match(r"^[^,;。]{0,4}消费券", after) and re.search(r"每[套户人家位名台辆][^,;。\d]{0,4}?(?:补贴|发放|给予|奖励|赠送)\s*$", before.strip()):
        return True  # "每户发放N元消费券": the vouchers each buyer receives, not a pool of them
    if a.per and re.match(AWARD_WORD + r"资金", after) and not _BUDGET_BEFORE.search(before):
        return True  # "提供N万元/台奖补资金": so much award money for each one
    if re.match(r"^[^,;。]{0,12}基金|^[^,;。]{0,4}(?:资金|专项资金|消费券)(?!支持|补助|奖励|补贴|扶持|资助|奖补)", after):
        return False  # a fund or a pot of money (2亿元…基金, 补助资金7000万元), not what one receives
    give = [m for m in _GIVE_RE.finditer(before) if m.group(0) in ("给予", "给与", "予以")]
    if give:
        between = re.sub(r"[((][^()()]*[))]", "", before[give[-1].end():])  # (a note in brackets, "(某类项目除外)", aside)
        if not re.search(r"设立|安排|规模|基金(?!会)|投资|达到|(?<!不)超过|突破|以上的|营收|收入|销售|贷款|授信|融资", between):
            return True
    if re.search(r"^\s*(?:[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,6}?\s*)?(?:每个|每家|单个|单家)[^,;。]{2,24}?(?:补助|补贴|奖励|奖补|资助)资金总额(?:最高|不超过|不得超过)+\s*$", before):
        return True  # "(二、申报额度)每个某某申请的专项补助资金总额不超过N万元": what each receives at most, no pot
    figure = _BUDGET_BEFORE.search(before)
    if re.search(AWARD_WORD + r"金$", before.strip()) and not figure and not re.search(r"共|累计|合计|支出|发放|申领|拨付|兑现|下达|安排", before):
        return True  # "服役满5年补助金N万元": the grant named, then its sum (not "共支出某某保障金N万元", money paid out)
    if _BEFORE_AWARD.search(before.rstrip()) and not figure:
        return True
    if figure and figure.group(1) in _BUSINESS_FIGURES and re.search(AWARD_WORD + r"$", before.strip()):
        return True  # "完成并购重组奖励N万元", "发债融资补助N万元": the award word says it, not the figure before
    if re.search(r"(?:一次性|分别|给予|各)+(?:奖励|补助|补贴|扶持|奖补)资金$", before.strip()):
        return True  # "一次性分别奖励资金N万元、M万元": the award verb and its money
    if (re.search(r"(?:奖励|补助|补贴|扶持|资助|奖补)资金$", before.rstrip()) and re.search(r"企业|单位|机构|个人|团队", before)
            and len(re.findall(r"资金\s*[\d.]+\s*(?:万|亿)", sent)) == 1 and not _BUDGET_BEFORE.search(before)):
        return True  # "通过认定的某类企业补助资金N万元" (a list of funds, "…资金N万元,…资金M万元", is a budget)
    # "分别最高奖励企业管理团队(…)N万元": the award verb, its recipient, then the amount
    bare = re.sub(r"\([^()]*\)", "", sent[max(0, s - 60):a.span[0]])
    m = re.search(r"(?:分别|最高|一次性)" + AWARD_WORD + r"([\u4e00-\u9fff]{1,12})$", bare)
    if m and not _BUDGET_BEFORE.search(m.group(1)) and not re.search(r"资金|总额|规模|预算|基金", m.group(1)):
        return True
    # ("税收达A万元、B万元、C万元的企业": a list of thresholds, each a condition)
    threshold = re.search(r"(?:达到?|超过|突破)$", re.sub(r"(?:[\d.]+\s*[万亿]?元\s*[、和]\s*)+$", "", before.strip()))
    # ("首次达到N亿元的奖励M万元": the sum reached, its award the amount after the award word)
    reached = threshold and re.match(r"^的?" + AWARD_WORD + r"\s*(?:[\d.]+|[一二三四五六七八九十两百千]+)\s*[万亿]?元", after)
    if _AFTER_AWARD.match(after) and not _BUDGET_BEFORE.search(before) and not (threshold and "、" in before[-12:]) \
            and not reached:
        return True
    # (or the award named right after the list the amount opens: "50万元、30万元、20万元一次性安家补贴")
    if _LIST_THEN_AWARD.match(after) and not _BUDGET_BEFORE.search(before) and not threshold:
        return True
    # "奖励申报部门N元", "给予挂牌某板企业N万元扶持资金": the verb, whom it is given to, the amount
    m = re.fullmatch(r"\s*(?:另|再|另行)?(?:给予|奖励|补助|补贴|资助|奖补)(?:扶持|支持)?(?:给)?([^,;。\d]{1,30}?(?:企业|部门|单位|机构|个人|团队|人才|项目|平台|"
                     r"主体|园区|村|村委|社区|街道|乡镇|集体))(?:各|每家|每个)?(?:一次性)?", before) or re.search(
        r"(?:奖励|补助|奖补)(申报单位|申报企业|项目单位|运营单位|建设单位|责任单位|引荐单位|企业)(?:各|每家|每个)?(?:一次性)?$", before)
    if m and not re.search(r"资金|总额|规模|预算|基金|安排", m.group(1)):
        return True
    # "…的农产品奖励获证企业3万元": the award verb and the kind of firm it goes to
    if re.search(r"(?:奖励|补助|奖补|资助|补贴)(?:给)?[\u4e00-\u9fff]{1,4}(?:企业|单位|机构)(?:各|每家|每个)?(?:一次性)?$", before) \
            and not _BUDGET_BEFORE.search(before):
        return True
    # "每批次奖励该协会2万元": the award verb and the one it goes to, whatever stands before
    if re.search(r"(?:奖励|补助|奖补|资助|补贴)(?:给)?(?:该|其)[\u4e00-\u9fff]{0,8}?(?:企业|旅行社|公司|单位|机构|医院|学校|"
                 r"园区|平台|团队|基地|协会)(?:各|每家|每个)?(?:一次性)?(?:现金)?$", before):
        return True
    # "奖励平台N万元", "奖励企业现金N万元", "奖励现金N万元": the verb, whom it goes to, the sum
    if re.search(r"(?:奖励|补助|奖补|资助|补贴)(?:给)?(?:企业|公司|单位|机构|园区|平台|团队|基地|个人|法人代表)?(?:各|每家|每个)?"
                 r"(?:一次性)?(?:现金)?$", before) and not re.search(r"(?:奖励|补助|奖补|资助|补贴)$", before):
        return True
    # "单个项目可获得某级财政资金最高不超过N万元": the money a project may get
    if re.search(r"(?:可|可以|能够?)获得?[^,;。]{0,10}?(?:财政)?(?:资金|资助|补助|奖励|支持)(?:支持)?(?:最高|不超过|最高不超过|最多)+$",
                 before.strip()) and a.bound == "max":
        return True
    # "给予一次性奖励,标准为:一级50万元,二级20万元": amounts by grade under a stated standard
    if re.search(r"(?:给予|予以)[^。;]{0,12}(?:奖励|补助|补贴|资助|奖补)[^。;]{0,6}标准(?:为|是)?[::]", sent[:a.span[0]]) \
            and re.fullmatch(r"[^,;。::\d]{0,6}[\dA-Za-z一二三四五六七八九十]*(?:A级|星级|级|类|档|等奖?)", before.strip(" ,:")):
        return True
    listed = re.sub(r"^(?:\s*[、和及与,,]\s*(?:[\u4e00-\u9fff]{1,4}级)?\s*[\d.]+\s*(?:万元|元|亿元))+", "",
                    _INCLUSIVE.sub("", sent[a.span[1]:a.span[1] + 80]))  # "按20万元、15万元…给予", "按A万元,B万元给予"
    if _AFTER_GIVE.match(re.sub(r"^\s*(?:分别)?(?:一次性)?", "", listed)) and re.search(
            r"(?:按|按照)(?:每[人家户个项件台]|[\u4e00-\u9fff]{1,4}级|最高|不超过|最高不超过)?$", before.strip()):
        return True  # "按每人1000元给予一次性吸纳就业补贴": the standard, then the award
    if re.search(r"(?:按|按照)[^。;;]{2,120}$", sent[:a.span[0]]) and (
            _KINDS_THEN_STANDARD.match(sent, a.span[1]) or (_LAST_OF_KINDS.match(sent, a.span[1]) and _KIND_AFTER_A_SUM.search(sent, 0, a.span[0]) is not None)):
        return True  # "按甲类人员15万元,乙类人员8万元,丙类人员4万元标准发放一次性生活补贴": each kind's sum
    if a.bound == "max" and re.search(r"(?:实报实销|据实报销|据实补助)[,,]?\s*[((]?\s*(?:总数|总额|每人|累计)?(?:最高)?(?:不超过|不高于|最多)?\s*$",
                                      sent[max(0, a.span[0] - 16):a.span[0]]):
        return True  # "路费实报实销(总额不超过700元/人)": costs paid back as spent, up to the sum
    # "给予风险补助,最高100万元": a bare maximum in a clause of its own right after an award clause
    if a.bound == "max" and re.fullmatch(r"\s*(?:最高|不超过|最高不超过|最多)\s*", before):
        prev = sent[:s]
        if re.search(r"(给予|予以)[^,]*" + AWARD_WORD + r"[^,]*,?\s*$", prev):
            return True
    return False
