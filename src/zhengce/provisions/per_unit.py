"""Per-unit awards: so much for each step of money (每增加100万元奖励1万元), each unit measured
(每亩补助300元, 0.05元/千瓦时) or each thing counted (每引进1名博士给予5万元). The incentive reader
(incentives.py) asks here first; the amounts used here are no fixed awards."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.award_item import _Award
from zhengce.provisions.awards import AWARD_WORD, _COND_AFTER, COST_SHARE, _THRESHOLD_AFTER, limits_unit_price
from zhengce.provisions.payouts import PAID_OUT
from zhengce.provisions.prices import PRICE_BOUND
from zhengce.provisions.unit_forms import _COUNTED_ONE, _PER_COUNTED, _PER_MEASURE, _PER_MEASURE_AFTER, _PER_THING
from zhengce.provisions.clauses import clause_at
from zhengce.provisions.lists import ones_total
from zhengce.provisions.numbers import Amount
from zhengce.provisions.raised import RAISED_TO
from zhengce.reading.amounts import HANDED_DOWN_FUND


# a count of what the recipient brings in or serves ("招引数", "引进…企业的数量"), or a
# serving body paid for the firms it helps ("帮助…企业…的中介机构")
_COUNTS_OTHERS = re.compile(r"(?:招引|引进|引入|培育|服务|辅导|推荐|引荐)[^。;]{0,16}?(?:数量|家数|个数|数(?=[,,]))"
                            r"|(?:辅导|服务|引荐|推荐|培育)[^。;,,]{0,20}?企业[^。;,,]{0,20}?(?:机构|孵化器|园区|平台|中心|协会|商会)")


# the one who buys (a consumer subsidy is paid once per purchase, to the buyer)
BUYER = re.compile(r"消费者|购车者|购车人|购买者|车主|个人消费|居民个人|个人购[买车]|消费券")
# one who sells or runs cars, counted by the car: "对经销企业每销售一辆奖励N元"
_SELLER = re.compile(r"企业|经销|商家|公司|单位|运营|销售|机构|主体")
_NEXT_EACH = re.compile(r"^(?:\s*、\s*每个[\u4e00-\u9fff]{1,4}?\s*[\d.]+\s*万?元)+")
_WITHOUT_QIZHONG = re.compile(r"[,,]?\s*其中\s*[,,::]?")
_PAID_OUT_AFTER = re.compile(r"\s*的?标准(?:共计|合计|总计|累计)(?:发放|拨付|兑现|支付)")


# what a person in need is guaranteed to live on (低保, 特困供养, the disabled's two subsidies, a family's 扶助金): its standard
# is a sum paid a person, though no award verb stands beside it — not a line of income that qualifies
# ("边缘家庭认定标准") nor an average paid out ("月人均实际救助水平")
_LIVING_STANDARD = re.compile(r"(?![^,;。]*(?:认定|边缘|收入|人均|累计|共计|合计|发放了|支出))[^,;。]*"
                              r"(?:低保|最低生活保障|特困|供养|基本生活|生活补贴|护理补贴|扶助金)[^,;。]{0,30}$")


# "、某年给予扶持资金": the next year of a schedule of sums per unit
_NEXT_YEAR = re.compile(r"\s*[、,,;;]\s*(?:19|20)\d{2}\s*年(?:度)?(?:起)?(?:给予|补助|补贴|奖励)?(?:扶持|支持)?(?:资金)?(?:为)?\s*")


# "每招用1人", "每介绍1名": each person taken on or placed, what a sum per head is counted by
_TAKES_ON = r"每(?:招用|招收|招聘|吸纳|安置|录用|聘用|介绍|推荐|引荐|输送)(?:1|一)([人名])"
# the award named over a list of kinds' sums per head ("给予安家补助:甲类每人每年A元,乙类或丙类的每人每年"): the
# list's later kinds stand too far from the award's verb to be seen from the sum
_LEAD_THEN_HEADS = re.compile(r"(?:给予|予以)[^,;。::]{0,12}?(?:" + AWARD_WORD + r"|[\u4e00-\u9fff]{1,3}费)\s*[::]\s*(?:其中[,,]\s*)?"
                              r"(?:[^,;;。::\d]{1,24}?每人(?:每年|每月)?\s*[\d.]+\s*万?元\s*[,,、]\s*)*[^,;;。::\d]{1,24}?每人(?:每年|每月)?\s*$")


# the total of the sums per head before it, or the most a head may have of the rate before it: a bound, no sum
_BOUNDS_THE_REST = re.compile(r"(?:元\s*[、,,]\s*(?:总额|总计|合计|累计|共计)|[\d.]+\s*[%‰]\s*(?:且|[、,,])\s*每人(?:每年|累计)?)"
                              r"(?:最高)?(?:不超过|不高于|最多)\s*$")


def per_unit_awards(sent: str, amounts: list[Amount], cb: list[tuple[int, int]],
                    range_from: dict[int, int], standard: bool = False, buyer: bool = False) -> tuple[list[_Award], set[int]]:
    """The per-unit awards of a sentence, and the indexes of the amounts they use (`buyer`: the text just above
    names a buyer of one car or machine as the one paid)."""
    items: list[_Award] = []
    used_amounts: set[int] = set()
    # per-unit: 每增加100万元奖励1万元
    for i, a in enumerate(amounts):
        if "元" not in a.unit and re.match(r"\s*(?:[A-Za-z]|吨|标箱|人|亩|平方米|千瓦|台|辆|艘|个|家)", sent[a.span[1]:]):
            continue  # "每新增一条航线(年货量超过1万TEU)给予最高N万元": a measure in the condition, no money step
        before = sent[max(0, a.span[0] - 24):a.span[0]]
        # (or the step in brackets: "每上一个台阶(N亿元),给予M万元奖励"; or what grows named between:
        # "每增加地方财政收入N万元,加奖M万元")
        if re.search(r"每(?:同比|较上年)?(?:增加|新增|增长|超出|超过|超|突破|多|增|提高|投入|投资|实现|产生|创造|完成|达到|满|引进|实到|到位|出口|进口|销售)?(?:人民币)?\s*$|每上?一个台阶[((]\s*$"
                     r"|每(?:新上|上|迈上|跨上|跨越|跨过|迈过|跃上|登上|突破|超过)(?:一|1)个\s*$"  # ("每上一个N亿元台阶,再给予…": a step of money)
                     r"|每(?:增加|新增|增长|超出|多|提高|引进)[^,;。\d每]{2,14}?(?:人民币)?\s*$", before) \
                and i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = sent[a.span[1]:b.span[0]].replace("人民币", "")  # ("每多纳税N万元人民币,另奖M万元")
            # (or the award verb after the second amount: "每增加500万元,可获得2万元奖励")
            after_b = sent[b.span[1]:b.span[1] + 6]
            # (or a condition between: "每完成N万元,依法纳税入统的,奖励M万元")
            if (len(gap) <= 8 or (len(gap) <= 16 and "给予" in gap)
                    or re.fullmatch(r"[,,][^,,;;。\d]{2,14}的[,,]\s*(?:给予|奖励|补助|补贴|资助)\s*", gap)) and (
                    re.search(r"给予|予以|奖励|补助|补贴|资助|奖|赠|^\s*支持\s*$", gap)  # ("每超出N万元支持M万元", "…赠M万元")
                    or (re.fullmatch(r"[,,]?\s*(?:可|即可|则)?(?:获得|获|得到|增加|追加|再增加|再)\s*", gap) and re.match(r"\s*的?" + AWARD_WORD, after_b))
                    # ("给予营业额每N亿元不超过A万元": the award verb before the step, its most after)
                    or (re.fullmatch(r"\s*(?:不超过|最高|最高不超过)?\s*", gap) and b.bound == "max"
                        and re.search(r"(?:给予|予以)[^。;;]{0,60}$", sent[:a.span[0]]))):
                items.append(_Award("per_unit", a.span[0], b.span[1], amount=b, unit_amount=a))
                used_amounts.update({i, i + 1})
    # per physical unit: "按每千瓦时0.1元的标准给予补贴", "每亩补助300元", "0.05元/千瓦时"
    listed: tuple[int, str] | None = None  # where the last per-unit award read ends, and its unit
    for i, a in enumerate(amounts):
        if i in used_amounts:
            continue
        at = range_from.get(id(a), a.span[0])
        if _PAID_OUT_AFTER.match(sent, a.span[1]) or PAID_OUT.search(sent[max(0, at - 30):at]) \
                or COST_SHARE.search(sent, max(0, at - 12), at):
            continue  # "按每人每月N元标准合计拨付…补贴M元": the standard applied, and the sum paid, in a report
        if _BOUNDS_THE_REST.search(sent, max(0, at - 24), at):
            continue  # "每人A元、其余每人B元、总额不超过N万元", "按费用的X%且每人不超过N元": a cap on what came before
        if re.search(r"缴费(?:标准|金额|额)?(?:为|是)?\s*$", sent[max(0, at - 8):at]):
            continue  # "个人缴费标准为N元/人": what the insured pay in, no award
        clause_start = clause_at(cb, a.span[0])[0]
        if HANDED_DOWN_FUND.search(sent[clause_start:at]):
            continue  # "下达我县资金N万元每亩补贴M元": the fund handed down, though 每亩 follows it
        # "给予800元/人补贴", "每人每月分别给予2000元、800元": so much for each person counted
        clause_before = sent[clause_start:a.span[0]]
        # ("每招用1人…N元": so much for each person taken on)
        # ("N元/年/人": so much a year for each person)
        per_head = re.match(r"\s*/\s*(人(?!次)|生)", a.per or "") or (re.fullmatch(r"\s*/\s*年", a.per or "") and re.match(
            r"\s*/\s*(人)(?!次)", sent[a.span[1]:])) \
            or re.search(r"每((?:\d{1,2})?人)(?!次)", clause_before) \
            or re.search(_TAKES_ON + r"[^\d,;。]{0,4}$", clause_before) \
            or re.search(_TAKES_ON + r"[^\d,;。]{0,16}[,,]\s*按照?$", sent[max(0, at - 30):at]) \
            or re.search(r"每(生)(?:[每/](?:学年|年|月|学期))?(?:(?:补助|补贴|资助|奖励|奖补)(?:标准)?(?:为|是)?)?$", clause_before) \
            or re.search(r"(?:按照?|标准为?|元\s*、)[^,;。\d]{0,8}?(?:每?年)?(生)均\s*$", clause_before) \
            or re.search(r"按(?:服务|接待|培训|帮扶|安置|救助|照护)的?每(户|人|名|位)(?:每(?:年|月))?(?:给予|补助|补贴|奖励|资助)?\s*$",
                         clause_before) \
            or re.search(r"(?:标准(?:为|是)?|按照?|给予|补助|补贴|资助)(人)均(?:最高|不超过)?\s*$", clause_before) \
            or (re.search(r"(?:^|[::])\s*每(户)(?:每(?:年|月|天|日))?\s*$", clause_before) if standard else None) \
            or re.search(r"按照?每(人次)(?:一次性)?(?:分别)?(?:给予|奖励|补助|补贴|资助|奖补)[\u4e00-\u9fff]{0,8}?$", clause_before) \
            or (re.match(r"\s*(?:的?标准)?(?:奖励|补助|补贴|给予)", sent[a.span[1]:])  # "按每名乘客N元补助承运方"
                and re.search(r"按照?每[名位]([\u4e00-\u9fff]{1,4}?)\s*$", clause_before)) \
            or re.search(r"(?<!奖励)(?<!给予)每[名位]([\u4e00-\u9fff]{1,8}?)(?:一次性|每学?[年月]|每学期)?(?:给予|发放)?(?:奖补|奖励|补助|补贴|资助)?"
                         r"(?:不低于|不少于)?\s*$",
                         clause_before)  # "每名学员补助N元", "给予旅行社每名游客N元奖励": 名/位 count persons
            # (not "奖励每名企业家个人N万元": each person rewarded, a sum of one's own)
        m = (per_head or _PER_MEASURE.search(sent[max(0, at - 16):at]) or _PER_MEASURE_AFTER.match(sent[a.span[1]:])
             # ("某类作物1亩补助N元", "建1亩某设施补助N元": one unit of the measure, so much for it)
             or re.search(r"(?<![\d.])[1一](亩|平方米|立方米|千瓦|吨)(?:[\u4e00-\u9fff]{1,3}?)?(?:补助|补贴|奖励|奖补)\s*$", sent[max(0, at - 12):at])
             or (_PER_MEASURE_AFTER.match(a.per) if a.per else None)
             # ("按照N万元/台给予补偿": so much per boiler or machine, the award's verb right after)
             or (re.match(r"/\s*(台)$", a.per) if a.per and re.match(r"\s*(?:的?标准)?\s*(?:给予|予以)", sent[a.span[1]:]) else None)
             # ("1.新品种800元/个;": in a list of standards, so much for each one, whatever the one is; a note in
             # brackets may follow)
             or (re.match(r"/\s*([\u4e00-\u9fff]{1,2})$", a.per) if standard and a.per and re.match(r"\s*(?:[((][^()()]{0,40}[))])?\s*(?:[;;。,,]|$)", sent[a.span[1]:])
                 and (re.fullmatch(r"(?:[((]\d{1,2}[))]|\d{1,2}[.、](?!\d))?[\u4e00-\u9fff、“”]{1,12}(?<![为是])", clause_before.strip())
                      or re.search(r"(?:^|[;;\s])[^,,;;。::\d]{1,16}[::]\s*$", sent[:a.span[0]]))
                 and "标准" not in clause_before else None)
             or _PER_COUNTED.search(sent[max(0, at - 24):at])
             # "每月补助800元", "每月按N元的标准发放", "每月分别为A元、B元": so much a month, as long as it is paid
             # ("每月再给予某项补贴N元": the award's name between)
             or re.search(r"每(月)(?:再|另)?(?:按照?|分别(?:为|是)?)?(?:给予|发放|享受|领取)?(?:[\u4e00-\u9fff]{1,4}?(?=" + AWARD_WORD + r"))?"
                          + AWARD_WORD + r"?(?:最高|不超过)?\s*$", sent[max(0, at - 16):at])
             # "给予博士N元/月": so much a month; "按照每月博士A元、硕士B元标准": each kind's monthly sum
             or re.match(r"\s*/\s*(月)(?![\u4e00-\u9fff])", a.per or sent[a.span[1]:a.span[1] + 4])
             # ("农村低保标准提高到N元/年": a standard of living paid a person, so much a year)
             or (re.match(r"\s*/\s*(年)(?![\u4e00-\u9fff])", a.per or sent[a.span[1]:a.span[1] + 4])
                 if _LIVING_STANDARD.match(clause_before) else None)
             or re.search(r"按照?每(月)(?:[\u4e00-\u9fff]{1,6}[\d.]+\s*万?元[、,,])*[\u4e00-\u9fff]{1,6}$", clause_before)
             # ("给予每只母羊N元", "每部作品再奖励N万元": each head of stock or each work named, then its sum)
             # (not "给予每部最高N万元": at most so much for each, a bound's scope)
             # (or each pupil: "每生每学年补助N元", not "每生产…")
             or (re.search(r"每\s*(头|只|羽|株|棵|部(?![门分署队])|生(?![产活态物成命]))[\u4e00-\u9fff]{0,4}?(?:再|另|一次性)?(?:给予|奖励|补助|补贴|奖补)?\s*$",
                           sent[max(0, at - 14):at]) if a.bound != "max" else None)
             # ("每繁育成活一头犊牛奖补N元": so much for each head raised; "每查实一人奖励N万元": for each person found)
             or re.search(r"每[\u4e00-\u9fff]{1,6}?\s*(?:一|1)\s*(头|只|羽|株|台|套|辆|艘)[^,;。\d]{0,20}?(?:奖补|奖励|补助|补贴)\s*$", sent[max(0, at - 40):at])
             or re.search(r"每[\u4e00-\u9fff]{1,6}?\s*(?:一|1)\s*(人|名)(?:次)?(?:给予|奖励|补助|补贴|奖补)\s*$", sent[max(0, at - 24):at])
             # ("按每个N元标准奖补": so much for each one of the things named before)
             or (re.match(r"\s*的?标准", sent[a.span[1]:]) and re.search(r"按照?每(个)\s*$", sent[max(0, at - 4):at]))
             # ("某补偿标准从每亩每年A元提高到B元": the new sum, per the unit the old one named)
             or re.search(r"(?:由|从)\s*每(亩|平方米|吨|头|只|株|户|人)(?:每(?:年|月))?\s*[\d.]+\s*万?元\s*(?:提高|上调|调整|增加|提升)(?:到|至|为)\s*$",
                          clause_before)
             # ("按照亩平150元的标准给予补助": so much a mu, on average)
             or re.search(r"按照?(亩)(?:平|均)\s*$", sent[max(0, at - 6):at])
             # ("每箱2025年给予N元、2026年给予M元": the next year's sum, per the unit just read — a match of that unit)
             or (re.match(r"(.+)", listed[1]) if listed is not None and _NEXT_YEAR.fullmatch(sent, listed[0], at) else None))
        if m and limits_unit_price(sent, at):
            continue
        if m and re.search(r"(?:不低于|不少于)\s*$", sent[max(0, at - 4):at]) \
                and not re.match(r"\s*(?:(?:/|每)[\u4e00-\u9fff]{1,2})?\s*的?(?:标准|" + AWARD_WORD + ")", sent[a.span[1]:]) \
                and not ("标准" in clause_before and re.match(r"\s*(?:(?:/|每)[\u4e00-\u9fff]{1,2})?\s*(?:[。;;,,]|$)", sent[a.span[1]:])):
            continue  # "每亩不低于N万元的企业": a floor to reach, not a sum paid ("每个托位不低于N元的标准给予",
            # "补偿标准不低于N元每亩": paid at least)
        if m and _banded(sent, a.span):
            continue  # "按强度(N万元/亩-M万元/亩、M万元/亩以上)给予…": the bands a rate depends on
        if m and m.group(1) == "人" and a.bound == "max" and re.search(r"给予每人(?:最高|不超过|最多)+\s*$", clause_before):
            continue  # "给予每人最高N万元安家补贴": at most so much to each person, the person's own sum
        if m and re.search(r"(?:下降|降低|(?<!增加或)减少|递减|下调|退坡)(?:分别|为)?\s*(?:[\d.]+\s*万?元(?:/[^\d,;。、]{1,4})?\s*[、和及]\s*)*$",
                           sent[max(0, at - 40):at]):
            continue  # "补贴分别下降N元/瓦", "逐年降低N元/千瓦时": how the rate steps down, not an award
        if m and (m.group(1) in ("车", "辆", "件", "餐") or m.group(1).endswith("产品")) and a.bound == "max" \
                and not re.search(r"按照?每款", sent[max(0, at - 12):at]) and not _each_item_at_most(sent, at):
            continue  # "最高补贴N万元/辆", "最高补贴N元/件": at most so much for each one bought, a bound
        if m and m.group(1) in ("车", "辆", "台") and (BUYER.search(sent, 0, at) or (buyer and not _SELLER.search(sent, 0, at))):
            continue  # "对…的消费者,每辆车补贴N元": what the buyer of one car gets, a sum of its own (the buyer
            # maybe named in the list's lead above: "对个人消费者发放补贴:" / "1.…的,每辆补贴N元")
        if m and a.bound == "max" and any(x.kind == "per_unit" and x.extras.get("unit") != m.group(1) for x in items):
            continue  # "每平方米N元,每户最高不超过M万元": the most for each one, a cap on the rate before
        if m and a.bound == "max" and a.bound_word in ("封顶", "为限", "为上限") and items and items[-1].kind == "per_unit":
            continue  # "每满一年补助A元/月,B元/月封顶": the ceiling of the sum per unit before, its cap
        if m and (re.search(r"%(?:[^,;。]{0,10}(?:补助|补贴|奖励|资助)[,,]\s*每[\u4e00-\u9fff]{1,4}(?:不超过|最高|不高于)"
                            r"|[、,,]\s*(?:最高|不超过|不高于)+\s*每[\u4e00-\u9fff]{1,4})\s*$", sent[max(0, at - 24):at])
                  # "按租金的50%,给予最高30元/平方米/月的补贴": the rate's limit per unit measured
                  or (a.bound == "max" and re.search(r"\d%(?:[^,;。\d]{0,10}(?:补助|补贴|奖励|资助))?[,,]?\s*(?:给予|予以)?"
                                                      r"(?:最高|不超过)+\s*$", sent[max(0, at - 24):at]))):
            continue  # "按投资的X%补助,每亩最高N元", "按50%、最高不超过每亩N元": the rate's limit per unit
        rest = re.sub(r"^\s*(?:/|每)\s*" + re.escape(m.group(1)), "", sent[a.span[1]:]) if m else ""
        if m and _THRESHOLD_AFTER.match(rest):
            continue  # "产值达到8000元/㎡以上的": a threshold per unit, not an award
        if m and re.search(r"(?<![不未])(?:达到|达|" + PRICE_BOUND + r"|(?:超过|超出|高于|低于)[\u4e00-\u9fff]{0,16}?每[\u4e00-\u9fff]{1,3})"
                           r"\s*(?:[\d.]+\s*万?元\s*/\s*[^\d,;。、()]{1,3}\s*、\s*)*$", sent[max(0, at - 48):at]) \
                and re.match(r"(?:\s*/\s*[^\d,;。、()]{1,3})?(?:\s*、\s*[\d.]+\s*万?元\s*/\s*[^\d,;。、()]{1,3})*\s*(?:\([^()]*\))?\s*\)?\s*的",
                             sent[a.span[1]:]):
            continue  # "约定每年达到A万元/亩、B万元/亩的", "售价低于N元/千克的": what is to be reached, a condition
        if m and re.match(r"\s*起", rest) and re.search(r"[自从]\s*$", sent[max(0, at - 2):at]):
            continue  # "补贴标准自600元/平方米起,分级上浮": where the grades start, each grade's sum follows
        if m and (re.search(r"给予|予以|补助|补贴|补偿|奖励|资助|奖补|标准(?:给予)?(?:支持|扶持)|每[^,;。]{1,12}(?:奖|递增)$|每[^,;。]{1,3}(?:发放|再增加)$|增加或减少$"
                            r"|(?:派发|发放)每[人户]$",
                            # (a 其中 between the award and its kinds' sums says nothing: "补贴标准,其中,甲类每孩每月N元")
                            sent[a.span[1]:a.span[1] + 16] + "|" + _WITHOUT_QIZHONG.sub(",", sent[max(0, a.span[0] - 20):a.span[0]])[-14:])
                  or re.search(r"支持(?:上限|最高|不超过)\s*$", sent[max(0, a.span[0] - 8):a.span[0]])
                  # ("给予安家补助:甲类每人每年A元,乙类或丙类的每人每年B元": each head's sum in the lead's list)
                  or (per_head and _LEAD_THEN_HEADS.search(sent[:a.span[0]]))
                  # ("补助标准:某类学校每生/学期A元,…", "按照寄宿生年生均A元…标准增加公用经费": each pupil's funding standard)
                  or (per_head and per_head.group(1) == "生"
                      and (standard or re.search(r"(?:补助|补贴|资助|经费|奖补)(?:标准\s*[::]|资金)", sent[:a.span[0]])
                           or re.match(r"[^,;。]{0,30}?标准(?:增加|增拨|拨付|安排|下达|核拨|补助|补贴)", sent[a.span[1]:])))
                  or _computed_at_standard(sent, at, rest)
                  # ("特困人员基本生活标准N元/月", "城市低保每人每月A类N元": the standard of living itself is paid)
                  or _LIVING_STANDARD.match(clause_before)
                  # ("对新建大棚按N元/亩扶持": the rate per unit, then its verb of support)
                  or ("按" in clause_before and re.match(r"\s*(?:的标准)?(?:扶持|支持)(?![\u4e00-\u9fff]{0,4}[\d])", sent[a.span[1]:]))
                  # ("可享受生活补贴,甲、乙、丙类每月分别为A元、B元、C元": the award named in the clause before)
                  or (m.group(1) == "月" and re.search(r"(?:享受|发放|给予)[^,;。]{0,12}?" + AWARD_WORD + r"\s*[,,][^,;。]{0,40}$",
                                                      sent[max(0, a.span[0] - 70):a.span[0]]))
                  # "补助标准…提高到每人每月N元": the raised standard is the award
                  or (RAISED_TO.search(sent, max(0, a.span[0] - 16), a.span[0]) and re.search(AWARD_WORD, sent[:a.span[0]]))
                  # "补贴标准如下:" / "甲类:N元/千瓦时": each kind's rate per unit, labelled, under the standard's lead
                  or (standard and (re.search(r"(?:[::]|每\d?[\u4e00-\u9fff]{1,2}(?:不超过|最高|不高于)?)\s*$", sent[max(0, a.span[0] - 6):a.span[0]])
                                    # ("蔬菜:新建大棚800元/亩": the kind labelled, then what of it is paid for)
                                    or re.fullmatch(r"(?:[((]\d{1,2}[))]|\d{1,2}[.、](?!\d))?[\u4e00-\u9fff、“”]{0,10}[::]?[\u4e00-\u9fff、“”]{0,10}", clause_before.strip())))
                  # "按A N元/亩、B M元/亩标准(…)分别予以奖励": a list of rates per unit under one 按…标准
                  or (re.search(r"按照?", clause_before) and re.match(
                      r"(?:\s*[/•·][\u4e00-\u9fff]{1,3})*(?:、[^;。]{0,60}?)?的?标准(?:[((][^()()]{0,20}[))])?(?:对[^,;。]{1,30}?)?"
                      r"(?:分别)?(?:一次性)?(?:给予|予以|发放)",
                      sent[a.span[1]:]))
                  # "按照甲每人A元/月(…),乙每人B元/月…给予补贴", "按照甲每人每月A元、乙每人每月B元的标准连续发放":
                  # each kind's sum a head, the list led by 按照 and ending in the award's verb
                  or (m.group(1) == "人" and re.search(r"按照?", sent[:a.span[0]]) and _LIST_TO_VERB.match(sent, a.span[1]))
                  # "甲类按1000元/TEU、乙类按500元/TEU给予奖励": a kind's rate listed before the next one's verb
                  # (or several: "甲班A元/人/月,乙班B元/人/月、丙班C元/人/月给予补助"; or "…的标准进行补助" at the end)
                  or re.match(r"(?:\s*/\s*" + re.escape(m.group(1)) + r")?(?:\s*/\s*[\u4e00-\u9fff]{1,2})?(?:\s*[、,,]\s*[\u4e00-\u9fff]{1,20}?按?\s*"
                              r"[\d.]+\s*万?元\s*/\s*" + re.escape(m.group(1)) + r"(?:\s*/\s*[\u4e00-\u9fff]{1,2})?){1,6}\s*(?:的?标准)?(?:给予|予以|进行(?=奖励|补助|补贴|奖补|资助))",
                              sent[a.span[1]:])
                  # "标准为:甲区20元/亩、乙区2.95元/亩": the next kind's rate, per the same unit, in the list
                  or (listed is not None and listed[1] == m.group(1) and re.fullmatch(
                      # ("…A元/亩(某镇B元/亩);…": another place's sum in brackets, and the list going on past them)
                      r"\s*(?:[/•·][\u4e00-\u9fff]{1,2})*(?:[))]\s*)?(?:[、,,;;]\s*(?:\d{1,2}(?=[型类级档星]))?[\u4e00-\u9fff]{1,8}"
                      r"|[((][\u4e00-\u9fff]{1,8})\s*", sent[listed[0]:a.span[0]])
                      # ("第一个子女每人每月A元,第二个子女每人每月B元": each kind's sum per head, the list going on)
                      or (listed is not None and m.group(1) == "人" and re.fullmatch(r"\s*[、,,]\s*[\u4e00-\u9fff]{1,10}每人每月\s*",
                                                               sent[listed[0]:at])))):
            unit_after = _PER_MEASURE_AFTER.match(sent[a.span[1]:])
            listed = (a.span[1] + (unit_after.end() if unit_after else 0), m.group(1))
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a, extras={"unit": m.group(1)}))
            used_amounts.add(i)
    # per thing counted: the amount is the award for each one
    for i, a in enumerate(amounts):
        if i in used_amounts:
            continue
        cs, _ = clause_at(cb, a.span[0])
        k = next((j for j, c in enumerate(cb) if c[0] == cs), 0)
        # ("…,相应增加补贴N万元": the thing counted in the clause before; not "…,补贴额度最高不超过M万元", a cap)
        lead = cb[k - 1][0] if k and re.fullmatch(r"[,\s]*(?:相应|叠加)?(?:增加|追加|再|另|加)?(?:给予|奖励|补助|补贴|资助|奖补|(?<=[另再加])奖)(?!(?:额度|金额|总额|资金)[^,;。]*(?:最高|不超过|上限|封顶))[^,;。]*",
                                                  sent[cb[k - 1][1]:a.span[0]]) else cs
        m = _PER_THING.search(sent[lead:a.span[0]])  # "每引进1名全职博士,给予5万元补助": the thing in the clause before
        # (or after the list's other things, each with its sum: "按每个甲A元、每个乙B元给予补助")
        if m and ((m.group(2) is None and m.group(5) is None)
                  or re.search(AWARD_WORD, _NEXT_EACH.sub("", sent[a.span[1]:a.span[1] + 80])[:12])) \
                and not _COND_AFTER.match(sent[a.span[1]:]) and not (i and ones_total(sent, amounts[i - 1], a)):
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a,
                                extras={"unit": next(g for g in m.groups() if g).strip(), "counted": True}))
            used_amounts.add(i)
            continue
        # "每吸纳1名应届毕业生就业,并且其缴纳社保满6个月以上,奖励企业N元": the one counted two clauses back, its
        # conditions between, the award's verb opening the sum's own clause
        # (or one clause back, paid by the month: "每带1名学徒,每月发给补贴N元")
        if k >= 1 and re.match(r"[,\s]*(?:每月|每年)?(?:给予|奖励|补助|补贴|资助|奖补|发给|发放)", sent[cs:a.span[0]]):
            one = next((m for j in (k - 1, k - 2) if j >= 0 and (m := _COUNTED_ONE.match(sent, cb[j][0]))), None)
            if one is not None and not any(one.start() <= b.span[0] < a.span[0] for b in amounts if b is not a):
                items.append(_Award("per_unit", a.span[0], a.span[1], amount=a,
                                    extras={"unit": one.group("unit"), "counted": True, "from": one.start("who")}))
                used_amounts.add(i)
                continue
        # "对帮助企业获评的中介机构,按N万元/家奖励", "按企业招引数,给予…最高N万元/个":
        # so much for each firm the recipient brings or serves, counted — not each recipient's own sum
        if a.per and re.fullmatch(r"/\s*(家|个)", a.per) and _COUNTS_OTHERS.search(sent, 0, a.span[0]):
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a,
                                extras={"unit": a.per.lstrip("/ "), "counted": True}))
            used_amounts.add(i)
            continue
        # "按每家企业N万元的标准,给予承办方不超过M万元奖励": so much for each firm brought, to
        # someone else, up to a total — per firm counted (a bare "按每家N万元给予奖励" is each firm's own)
        m = re.search(r"按照?每(家|个|名|户|位)([\u4e00-\u9fff]{0,6}?)\s*$", sent[cs:a.span[0]])
        if m and re.match(r"\s*的?标准[,,]?\s*(?:给予|奖励|补助)", sent[a.span[1]:]) \
                and i + 1 < len(amounts) and amounts[i + 1].bound == "max":
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a,
                                extras={"unit": (m.group(1) + m.group(2)).strip(), "counted": True}))
            used_amounts.add(i)
            continue
        # "按每场N万元的标准给予运营补贴": so much for each event or class held, its standard
        m = re.search(r"按照?每(场次?|届|期)([\u4e00-\u9fff]{0,4}?)\s*$", sent[cs:a.span[0]])
        if m and re.match(r"\s*的?标准", sent[a.span[1]:]):
            items.append(_Award("per_unit", a.span[0], a.span[1], amount=a,
                                extras={"unit": (m.group(1) + m.group(2)).strip(), "counted": True}))
            used_amounts.add(i)
    return items, used_amounts


_RAISED = re.compile(r"标准(?:分别|各)?(?:提高|增加|上浮)(?!到|至|为)")
_RAISED_TO = re.compile(r"标准(?:分别|各)?(?:提高|上调|提升)(?:到|至)")


def raised_like_standard(incentives: list) -> None:
    """"…某某津贴标准提高N元" after a standard paid so much a person a month: the raise is paid so
    too. (incentives: a document's, in the order of its text; the standard may be a paragraph above.)"""
    before = None
    for p in incentives:
        # (or raised to new sums: "…给予每千瓦时A元、B元;对甲类企业,标准分别提高至C元、D元")
        if p.fields.get("form") == "fixed" and before is not None and before.fields.get("form") == "per_unit" and (
                _RAISED.search(p.text) or (_RAISED_TO.search(p.text) and before.fields["per_unit"].get("unit"))):
            unit = {"unit": before.fields["per_unit"]["unit"]} if before.fields["per_unit"].get("unit") else {}
            p.fields.update(form="per_unit", per_unit={"unit_yuan": None, "award_yuan": p.fields.pop("amount_yuan"), **unit})
            continue  # (the raise's other members follow the same standard)
        before = p


# the rest of a list of kinds each with its sum a head, then the verb that pays them all
_HEAD_ITEM = (r"(?:[((][^()()]{0,30}[))])?\s*[、,,]\s*[\u4e00-\u9fff“”]{1,20}?每(?:人|名)(?:每(?:月|年))?\s*[\d.]+\s*万?元"
              r"(?:\s*/\s*[\u4e00-\u9fff]{1,2})*")
_LIST_TO_VERB = re.compile(r"(?:\s*/\s*[\u4e00-\u9fff]{1,2})*(?:" + _HEAD_ITEM + r"){0,6}(?:[((][^()()]{0,30}[))])?\s*"
                           r"(?:的标准|标准)?\s*(?:连续|按月|逐月|每月)?(?:分别)?(?:给予|予以|发放)")


_PAYMENT_STANDARD = re.compile(r"(?:发放|补助|补贴|补偿|奖励)(?:标准|费[::]\s*)(为|是|按照?)[^,,;;。]*$")


def _computed_at_standard(sent: str, at: int, rest: str) -> bool:
    """"发放标准按某房屋的每平方米建筑面积N元计算", "某补助费:按…计算": the standard a payment is computed at;
    "补偿标准为某房屋建筑面积每平方米N元。": the standard stated, the sum ending its clause."""
    st = _PAYMENT_STANDARD.search(sent, max(0, at - 60), at)
    if st is None:
        return False
    ends = r"计算|计发|[。;;,,]|$" if st.group(1) in "为是" else r"计算|计发"
    return re.match(r"(?:\s*/\s*[\u4e00-\u9fff]{1,3})*\s*(?:" + ends + ")", rest) is not None


def _each_item_at_most(sent: str, at: int) -> bool:
    """"每件给予最高N元": at most so much for each item (each patent) — a sum per unit. Not after a rate, whose sum
    for each item it bounds, nor in a graded list ("分别给予每件最高A万元、B万元": each grade's bound)."""
    return bool(re.search(r"每件(?:给予|补助|补贴|奖励|资助)?(?:最高|不超过)+\s*$", sent[max(0, at - 12):at])) \
        and "%" not in sent[:at] and "分别" not in sent[max(0, at - 14):at]


def _banded(sent: str, span: tuple[int, int]) -> bool:
    """An amount inside brackets listing bands (以上, 以下, a range) with no award word in them."""
    opened = max(sent.rfind("(", 0, span[0]), sent.rfind("〔", 0, span[0]))
    if opened < 0 or span[0] - opened > 40 or re.search(r"[)〕]", sent[opened:span[0]]):
        return False
    closed = re.search(r"[)〕]", sent[span[1]:span[1] + 60])
    inside = sent[opened + 1:span[1] + closed.start()] if closed else ""
    return bool(inside) and not re.search(AWARD_WORD, inside) and bool(re.search(r"以上|以下|[-—~]", inside))


# "每款…最高", "每项给予": so much for each product or item the firm has counted, not once for the firm
_EACH_COUNTED = re.compile(r"每(款|项|件|部|套)[\u4e00-\u9fff]{0,4}?(?:给予|奖励|补助|补贴|资助)?(?:最高|不超过|最多)*\s*$")
# "同一企业累计最高M万元", "每家企业年度累计最高": the firm's total over the things counted
_FIRM_TOTAL = re.compile(r"[,,;;\s]*(?:单个|单家|每家|同一)(?:企业|单位|主体)[^,;。\d]{0,6}?(?:累计|合计|总计)")


def counted_under_ceiling(sent: str, final: list[_Award], first: _Award, clause_start: int) -> bool:
    """"每款最高N万元,同一企业累计最高M万元": an award for each thing counted, the firm's total
    capped by the larger sum after it — the award becomes per unit, `first` its cap."""
    x = final[-1] if final else None
    if x is None or x.kind != "amount" or x.cap is not None or x.amount.yuan >= first.amount.yuan:
        return False
    m = _EACH_COUNTED.search(sent, max(0, x.pos - 16), x.pos)
    if not m or not _FIRM_TOTAL.match(sent[clause_start:first.pos]):
        return False
    x.kind, x.extras["unit"] = "per_unit", m.group(1)
    x.cap, x.cap_text = first.amount, sent[clause_start:first.end]
    return True
