"""Whether a percent of a sentence is a rate one is paid ("按投入的30%给予补助") or something else: a threshold of
growth, a tax rate, a loan's interest rate, a share between governments, a payment schedule, equity, a bound on an
award. The incentive reader asks it of every percent it meets; the words of awarding come from awards.py."""

from __future__ import annotations

from decimal import Decimal

from zhengce import rx as re

from zhengce.provisions.awards import (AWARD_WORD, TIER_LEAD, _COND_AFTER, _INCLUSIVE, _THRESHOLD_AFTER)
from zhengce.provisions.clauses import clause_at
from zhengce.provisions.numbers import Percent


# (a range's first end may go without its sign: "增长14-16%")
_BANDS_BEFORE = re.compile(r"(?:[\d.]+\s*%\s*(?:[((]不?含[))])?\s*(?:[-—–~～至到、]|以上|以下)\s*(?:[((]不?含[))])?\s*"
                           r"|(?<![\d.])[\d.]+\s*[-—–~～至到]\s*)+$")
# "…最高为设备投资额的" / "…不超过项目总投资的": the award stated as at most a share of a base
_SHARE_OF = r"(?:最高|最多|上限)?(?:为|不超过|不高于){1,2}[^,,;;。]{1,20}?的\s*$"  # ("支持比例上限为不超过…的X%")


# a benefit paid to persons by a standard ("按当地标准的X%发放某某优待金")
_BENEFIT = r"(?:优待金|抚恤金|补助金|救助金|奖励金|慰问金|津贴|补贴|补助|生活费|养老金)"
_AWARD_MONEY_OF = r"(?:奖励|补助|补贴|奖补|扶持)(?:资金|金额)的\s*"  # "奖励资金的X%"
_GIVEN_TO = r"\s*(?:的)?(?:奖励|拨付|分配|划拨|支付|发放)给"  # "…奖励给某单位"


# shares listed, then paid over years or stages: "按A%、B%、C%的比例分三个年度补贴"
_YEARLY_SHARES = re.compile(r"[\d.]+\s*%(?:\s*[、,,和及]?\s*[\d.]+\s*%)+\s*的?(?:比例)?\s*(?:分|按)[二两三四五六2-6]\s*(?:个)?(?:年度|年|期|次|批|个阶段)"
                            r"(?:[\u4e00-\u9fff]{0,4}?)(?:补贴|补助|奖励|拨付|兑现|发放|支付|兑付|给予|到位)")


def _list_start(sent: str, at: int) -> int:
    """Where the list of shares `at` belongs to starts ("30%、30%、40%": the first; `at` itself when it opens one)."""
    m = re.search(r"(?:[\d.]+\s*%\s*[、,,和及]?\s*)+$", sent[:at])
    return m.start() if m else at


def _paid_in_parts(sent: str, start: int, clause_start: int) -> bool:
    """Shares listed after a verb of paying out (拨付, 兑现…) that make up the whole award (100%): the parts
    it is paid in, however the stages are named — not shares given to different kinds (分别给予A%、B%)."""
    run = re.match(r"(?:[\d.]+\s*%\s*[、,,和及]?\s*){2,}", sent[start:])
    if not run or not re.search(r"(?:拨付|兑现|发放|支付|兑付)\s*$", sent[clause_start:start]):
        return False
    return sum(Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?(?=\s*%)", run.group(0))) == 100


def _percent_is_rate(sent: str, p: Percent, cbounds) -> bool:
    s, e = clause_at(cbounds, p.span[0])
    clause = sent[s:e]
    before, after = sent[s:p.span[0]], _INCLUSIVE.sub("", sent[p.span[1]:e])
    if re.search(r"减按\s*$|税率", before) or re.search(r"^\s*(?:的)?税率", after):
        return False
    if re.match(r"\s*(?:的)?(?:资金)?作为[\u4e00-\u9fff]{0,6}?(?:奖励|补助|补贴|奖金)", after) and re.search(r"(?:给予|奖励|补助)[^,;。%]{1,24}?的\s*$", before):
        return True  # "给予当年度奖励总额的X%作为超额奖励": a share of a base paid as an award of its own
    if re.match(r"\s*的?(?:比例|标准)?\s*(?:支付|缴纳|加收|计收|收取)?\s*(?:滞纳金|违约金|罚款|罚金)", after):
        return False  # "按日加收0.5‰滞纳金": what a defaulter pays, no award
    if re.search(r"每(?:增加|新增|提高|提升|增长|上升|下降|降低|超过|超出|高出|多)?\s*$", before):
        return False  # "增速每提高1个百分点奖励N万元": the step a per-unit award counts, no rate paid
    if re.search(r"(?:扣减|扣发|核减|减发|追回|收回)[^,;。\d]{0,8}$", before):
        return False  # "扣减当年度X%某补助": a share of an award withheld, a sanction
    if re.search(r"“[^“”]{0,8}$", before) and re.match(
            r"[^“”]{0,8}”\s*(?:(?:和|、|与|及)\s*“[^“”]{0,12}”\s*)*(?:是|指|系)", after):
        return False  # "“X%奖励”和“Y%奖励”是指…": the terms of an award explained, no rate of its own
    if re.match(r"\s*(?:的)?比例计算", after) and re.search(r"超过[^,;。]{0,40}?" + re.escape(sent[p.span[0]:p.span[1]]) + r"的", sent[:p.span[0]]) \
            and re.match(r"\s*按照?", before):
        return False  # "总额超过净资产X%的,按净资产X%的比例计算": a ceiling on the base the award is worked from
    if re.search(r"(?:分配|分解|切块)", after) and re.search(r"资金", before) and not re.search(AWARD_WORD + r"|给予", after):
        return False  # "按总补助资金占比的X%进行分配": how a fund is divided between batches, no rate paid
    if re.match(r"\s*(?:如|若|如果)[^,;。]{0,20}?(?:不超过|超过|低于|高于)[^,;。]{0,16}$", before) \
            and not re.search(AWARD_WORD + r"|给予", after):
        return False  # "如市级扶持不超过展位费的X%,按1:1配套": a condition on another's grant, no rate paid
    if re.match(_GIVEN_TO, after) and (re.search(_AWARD_MONEY_OF + "$", before)
                                       or re.search(_AWARD_MONEY_OF + r"\d+(?:\.\d+)?\s*%" + _GIVEN_TO, sent[:p.span[0]])):
        return False  # "奖励资金的X%奖励给甲方,其余Y%奖励给乙方": the award's shares between two, no rate paid
    if re.search(r"其中[,,]?\s*(?:奖励|补助|补贴|奖补|扶持)(?:资金|金额)?的\s*$", sent[max(0, p.span[0] - 16):p.span[0]]) and re.match(r"\s*(?:给予|奖励给|发放给|用于)", after):
        return False  # "给予A万元奖励,其中奖励资金的X%给予某类人员": the part of the award passed on to them
    if re.search(r"(?:享受过|获得过|领取过|已享受|已获得)[^,;。]{0,30}$", before) and re.match(r"[^,;。]{0,24}的(?:主体|企业|单位|项目|个人)", after):
        return False  # "凡享受过投资X%的建设补贴的主体,…": those who had an award before, a condition
    if re.search(r"在[^,;。]{0,16}?(?:给予|已给予|补贴|补助)[^,;。%]{0,8}$", before) and re.match(r"^[^,;。]{0,8}的基础上", after):
        return False  # "在省级财政给予X%贴息的基础上,市级再给予Y%": the other level's award, this one comes on top
    if re.match(r"^\s*的(?:贷款|融资|借款)(?:贴息)?(?:额度|规模)", after):
        return False  # "最高可申请总投资X%的贷款贴息额度": how much of a loan is covered, no rate paid
    if re.search(r"(?:排名|排位|排序|位列|位居)(?:在|居)?(?:前|后|靠前|靠后|末位?|[很最]?后)\s*$", before):
        return False  # "排名前X%的企业为A类": a ranking's share, who is in a class, no rate paid
    if re.search(r"(?:提升|提高|增加|增长|上浮|下降)了\s*$", before):
        return False  # "奖励幅度提升了X%": a report of how much an award grew, no rate paid
    if re.search(r"利率\s*$", before) and re.match(r"\s*(?:的)?(?:给予|予以)?(?:财政)?(?:贴息|补贴)", after):
        return True  # "按贷款基准利率的40%给予贴息": interest paid at a share of the benchmark rate
    if re.search(r"(?:获得|享受|获)[^,,;;。]{0,16}?(?:扶持|补贴|补助|奖励|资助|支持)(?:资金)?(?:合计|累计|总额|总计)"
                 r"(?:不超过|不得超过|不高于|最高)", before):
        return False  # "每年获得各级扶持合计不超过实际费用的100%": a bound on all support together
    if re.search(r"各级(?:财政)?(?:扶持|补贴|补助|奖励|资助|支持)(?:资金)?(?:合计|累计|总额|总计)?(?:不超过|不得超过|不高于|最高)[^,;。%]{0,20}?的?\s*$", before):
        return False  # "各级补助合计不超过投资额的X%": the same, all levels' support together
    if re.search(r"(?:超过|超出|高于)\s*$", before) and re.match(r"\s*(?:的)?部分", after):
        return False  # "按超过X%部分的差额给予补贴": X% marks where the part paid on starts
    if re.search(r"不(?:得|能|可|再)?(?:与|和|同)[^,;。]{0,30}$", before) and re.match(r"[^,;。]{0,12}?(?:叠加|同时享受|重复享受)", after):
        return False  # "不与某类X%补贴政策叠加享受": another award named in a rule on stacking, no rate of its own
    if _YEARLY_SHARES.match(sent, _list_start(sent, p.span[0])):
        return False  # "按A%、B%、C%的比例分三个年度补贴": the shares of an award paid year by year, a schedule
    if _paid_in_parts(sent, _list_start(sent, p.span[0]), s):
        return False  # "分立项、验收两期,分别兑现60%、40%": the parts of an award paid out, a schedule
    if re.match(r"\s*(?:后|以后|之后)", after) and re.search(r"(?:实缴|到位|完成|缴纳|拨付|支付)\s*$", before):
        return False  # "奖励金需在注册资本实缴X%后…": when it is paid, not a rate
    if re.search(r"(?:结余|结转|沉淀)[^,;。%]{0,24}?(?:不得超过|不超过|不高于|控制在)[^,;。%]{0,20}?的?\s*$", before):
        return False  # "年度结余不得超过全年补贴资金的X%": how much of a fund may be left over, no rate paid
    if re.search(r"(?:劳务费|管理费|间接费用?|绩效支出|人员费)(?:用)?(?:的)?(?:比例|占比)", before):
        return False  # "某类项目劳务费占比可提到经费的X%": how a grant may be spent, not money given
    if re.search(r"容积率|计容|建筑规模|建筑面积|用地面积|占地面积", before):
        return False  # "容积率上给予X%奖励", "不超过总建筑面积的X%": floor area, not money
    if re.search(r"(?:兑现|拨付|发放|兑付)\s*$", before) and re.match(r"\s*(?:的)?(?:补贴|奖励|补助|奖补|扶持)?(?:资金|款)", after):
        return False  # "验收合格…兑现80%补贴资金": a stage of payment, not a rate
    if re.search(r"券[^,;。%]{0,6}?可?(?:抵扣|抵用|抵减|冲抵|抵)(?:不超过|最高|不高于)*\s*$", before):
        return True  # "某某券最高可抵扣不超过X%的服务费用": a voucher pays that share of the cost
    if re.search(r"(?:补贴|奖励|补助|贴息|资助|奖补|支持)(?:比例|标准|额度)(?:提高|提升|上调|上浮)(?:到|至)\s*$", before):
        return True  # "贴息比例提高到X%": the award's share raised, a rate of its own
    if re.search(r"(?:救助|报销|赔付|(?:统筹)?基金支付)比例(?:分别)?(?:为|是|达到?|提高(?:到|至))?(?:[^,;。%]{2,40}?的)?\s*(?:[\d.]+%\s*[、,,]\s*)*$"
                 r"|(?:报销|赔付)\s*$", before):
        return True  # "救助比例为X%", "报销比例分别为X%、Y%", "…以上,报销X%": the share of a person's costs paid back
    # ("增长10%(含)-30%(不含)、30%(含)-": a later band's ends are thresholds like the first's)
    lead = _BANDS_BEFORE.sub("", before)
    if re.search(r"(占|占比|比重|比例达|增长|增速|达到|达|提升至|提高到|下降|降低|率)(?:不低于|不少于|超过|高于)?\s*$", lead) \
            or re.search(r"(?:增长|增速|增幅|提高|提升|下降|降低)(?:超过|达到|达|高于|不低于)\s*$", lead):
        return False  # ("增长超过X%的": a threshold of growth)
    if re.match(r"(?:\s*[和、及与]\s*[\d.]+\s*%)*\s*的?比例\s*(?:共同)?(?:共担|分担|承担|负担)", after) \
            or re.search(r"(?:承担|负担|分担)的?\s*$", before):
        return False  # "由中央和市级资金按A%和B%比例共担", "市级承担的B%": a cost split between levels, no rate paid
    if re.match(r"\s*的?(?:[\u4e00-\u9fff]{0,4}?(?:资金|经费|补助|补贴|奖励|奖补))*\s*由[^,;。]{1,16}?(?:财政|政府|[省市县区]级)"
                r"[^,;。]{0,4}?(?:承担|负担|分担|列支|出资)", after):
        return False  # "其中X%由上级财政负担": which government pays that share of the award, no rate of its own
    if re.search(r"各(?:兑现|拨付|发放|支付|兑付)\s*$", before):
        return False  # "贴息在项目封顶后、投入运营后各兑现X%": the award paid in equal parts, a schedule
    if re.search(r"(?:奖金|奖励|资金|补助|补贴|奖补)[^,;。%]{0,4}分配(?:按照?|比例为?|为)?\s*(?:各)?\s*(?:[\d.]+%\s*[、和及]\s*)*$", before):
        return False  # "教练员奖金分配按照A%和B%的比例": how an award is divided between those who share it
    if re.search(r"(?:数量|个数|人数|名额|家数|户数)[^,;。%]{0,6}?(?:不超过|不得超过|不高于|控制在)[^,;。%]{0,10}?的?\s*$", before):
        return False  # "申请补助的电梯数量不超过总数的X%": a quota on how many may apply, no rate paid
    if re.search(r"(?:不低于|不少于)[^,;。%]{0,16}?的?\s*$", before) and re.match(r"\s*(?:的比例)?[^,;。%]{0,6}?(?:落实|安排|投入)?(?:自筹|自有)资金", after):
        return False  # "按不低于财政补助资金的X%落实自筹资金": what the recipient must put in, no award
    if re.search(r"(?<![以按])占(?!用)[^,;。%]{1,12}?的\s*$", lead):
        return False  # "基础补贴占薪酬总额的X%": one part's share of a whole, no rate paid
    if re.search(r"使用(?:金额|额度)[^,;。%]{0,4}?(?:不超过|不得超过|不高于)[^,;。%]{0,16}?的?\s*$", before):
        return False  # "房票使用金额不超过购房总价款的X%": how much of a price a voucher may pay, no rate
    if re.search(r"(?:超过|超出|达到|高于|不低于|不少于)[^,;。%]{0,16}?(?:总数|总额|人数)的?\s*$", before) \
            and re.match(r"\s*(?:以上)?的", after):
        return False  # "安排残疾人就业超过职工总数X%的": a share of a count reached, who qualifies
    bands = re.sub(r"^(?:\s*(?:\((?:含|不含)\))?\s*(?:[~～\-—至到、和及]|以上|以下)\s*(?:[\d.]+%)?)+", "", after)
    if re.match(r"^\s*的?(?:增速|增幅|增长率|增长)", bands):
        return False  # "按X%(含)~Y%、Y%以上的增速,分别给予…": bands of growth, no rates
    if re.search(r"用于[^,;。%]{0,16}?的?(?:比例|比重)?(?:应)?(?:不低于|不少于|不得低于|不得少于|原则上不低于)\s*$", before) \
            or re.search(r"(?:资金|经费)(?:额度|总额|规模)(?:原则上)?(?:不低于|不少于)[^,;。%]{1,20}?的\s*$", before):
        # (or "奖补资金总额原则上不低于某专项资金的X%": the share of a fund the awards take together)
        return False  # "其中用于补助某类人员的不低于X%": how a fund must be spent, no award
    if re.search(r"[((][^()()]{0,12}各(?:承担|负担|分担)?\s*$", before):
        return False  # "(县和乡各X%)", "(省、市各承担X%)": how an award is split between those who share it
    if re.search(r"(?:该项|此项|上述|该)(?:补贴|补助|奖励|资助|奖补)(?:金额|资金|额)?(?:最高)?(?:不得超过|不超过|不高于)[^,;。%]{0,24}?的\s*$", before):
        return False  # "该项补贴不得超过土地成交总价款的X%": a bound on the award before, as a share
    if re.search(r"(?:退还|退回|收回|追回|缴回|扣回)\s*$", before) and re.match(r"^\s*的?(?:政府|财政)?(?:补助|补贴|奖励|扶持|奖补)", after):
        return False  # "使用不足1年的,退还X%政府补助资金": what a recipient pays back, no award
    if re.match(r"^\s*的[^,;。]{0,8}利率", after) and not re.match(r"^\s*的年?利率(?:给予|予以)(?:财政)?(?:贴息|补贴|补助)", after):
        # ("按N%的年利率给予贴息": interest paid at that rate on the loan, a rate paid)
        return False  # "享受X%的优惠贷款利率": the rate a loan is lent at, not money paid
    if re.search(r"(?:削减|核减|扣减|下调)\s*$", before) or re.search(r"(?:先期|首期|预先|提前|先行)(?:拨付|兑现|发放|兑付)\s*$", before) \
            or re.match(r"^\s*(?:的资金)?\s*待[^,;。]{1,20}?(?:后|时)再?(?:兑现|拨付|发放|兑付)", after) \
            or re.match(r"^\s*(?:的资金)?\s*(?:在|于)[^,;。]{1,40}?(?:内|后|前|时)(?:一次性)?(?:拨付|兑现|发放|兑付)", after):
        # ("某补助的X%在验收后若干日内拨付": the share paid at that stage)
        return False  # an award cut by X%, or paid X% first and the rest "待…后兑现": no rate of its own
    if re.match(r"^\s*(?:的比例)?(?:拨付|兑现|发放|兑付|预拨)(?:首款|首期|第一期|第一笔|预拨款)", after):
        return False  # "验收后按照配套部分的X%拨付首款": the first instalment of an award, not a rate
    if re.match(r"^\s*[×*xX]", after):
        return False  # "用电量的X%×每千瓦时N元": a factor of the base, not a rate paid
    if re.match(r"^(?:\s*[、,,]\s*[\d.]+%)*\s*(?:的)?比例(?:分|按)[一二三四五六七八九十两\d]+(?:年|期|批|次)", after):
        return False  # "补贴按照X%、Y%、Z%比例分三年拨付": a payment schedule, no rate of its own
    if re.match(r"^[^,;。]{0,24}目标", re.sub(r"^(?:\s*[、和及]\s*[\d.]+%)+", "", after)) or re.search(r"(?:不超过|最高|不高于)[^,;。]{0,4}(?:奖励|补助|资助)(?:额度|金额|标准)的\s*$", before):
        return False  # "按照X%设定…增长目标" is a target; "不超过奖励额度的Y%" bounds an award
    if re.search(r"由[省市县区、]{1,4}(?:两级)?(?:财政)?(?:分别|各)(?:补助|承担|负担|分担)?\s*$", before) \
            or re.search(r"由[^,;。]{1,12}?(?:两级|三级|各级)(?:政府|财政)?(?:分别|各)(?:承担|负担|分担)\s*$", before):
        return False  # "(对落户某县项目由市县分别补助X%)", "由市、县两级政府各承担X%": how the governments share it
    if re.match(r"^\s*(?:由[^,;。]{1,16}?)?用于", after):
        return False  # "其中资助资金的X%由企业用于人才培训": how an award is to be spent
    if (re.search(r"(?:奖励|补助|扶持|奖补)标准的\s*$", before) and re.match(r"^\s*(?:执行|享受|拨付|发放|兑现)", after)) \
            or (re.search(r"补贴标准的\s*$", before) and re.match(r"^\s*(?:拨付|发放|兑现)", after)):
        return False  # "按补助标准的X%执行", "…的,按补贴标准的X%拨付": the award scaled down for some, no rate of its own
    if re.search(r"(?:不低于|不少于)[^,;。%]{0,12}最低工资(?:标准)?的?\s*$", before) \
            and not re.match(r"\s*(?:的标准)?(?:给予|予以)[\u4e00-\u9fff]{0,6}?(?:补贴|补助)", after):
        return False  # "见习单位按不低于最低工资标准X%发放生活补助": the least an employer pays, no award
        # (the subsidy itself set so: "按不低于该标准X%的比例给予补贴")
    if re.match(r"^\s*(?:的)?(?:参股|持股|股权|股份|折股)", after) or re.search(r"股份的\s*$", before):
        return False  # "给予不低于项目公司X%参股", "总股份的Y%", "按补助资金的X%折股量化到某组织": equity, not money paid
    if re.search(r"财政[^,;。]{0,12}?(?:按照?)?各(?:承担|负担|分担)?\s*$|财政(?:承担|负担|分担)\s*$", before) or re.match(r"^\s*(?:的比例)?(?:共同|分别|各自)?(?:分担|承担|负担)", after):
        return False  # "市财政和区财政按照各X%比例给予…": how the governments share the cost
    if re.search(r"安排\s*$", before) and re.match(r"\s*(?:的资金)?\s*用于", after):
        return False  # "年终安排X%用于奖补资金": how a budget is spent over the year, not a rate paid
    if re.match(r"\s*(?:的比例)?(?:安排|列支|计提|提取)[\u4e00-\u9fff]{0,6}?(?:工作|管理)经费", after):
        return False  # "按补贴资金总量的X%安排工作经费": the administration's own budget, no rate paid
    if re.search(r"分[\d一二两三四五六]+(?:年|期|次|批)(?:(?:拨付|兑现|发放|兑付)\s*[((]\s*每(?:年|期|次|批))?(?:按照?|各)?(?:[\d.]+%[、,和])*\s*$", before):
        return False  # "分N年按X%、Y%、Z%的比例补贴", "分两次各X%拨付", "分N年拨付(每年X%)": how an award is paid out
    if re.search(r"(?:拨付|兑现|发放|预拨|(?:一次性?|首次|首期|先行?)支付)[^,;。]{0,6}?(?:奖励|补助|补贴|扶持|奖补)?"
                 r"(?:资金|金额|款|总额|(?<=[励助贴])金)的\s*$", before) \
            and not re.search(r"按照?(?:其|当年|实际)?(?:拨付|兑现|发放)[^,;。]{0,8}的\s*$", before):
        return False  # "第一年拨付奖励资金的X%": a payment schedule of an award, not a rate
    if re.search(r"(?:补助|奖励|资助|奖补|扶持)(?:资金|金额)?总额的?\s*(?:[\d.]+%[、,和]\s*)*$", before) \
            or re.search(r"按照?应(?:当)?(?:奖励|补助|奖补|扶持|补贴)(?:额度?|金额|资金)的\s*(?:[\d.]+%\s*[、,和及]\s*)*$", before) \
            or re.search(r"[两二三四\d]个?阶段[^。;]{0,12}?(?:分别)?(?:给予|拨付|兑现)?\s*(?:[\d.]+%[、,和]\s*)*$", before):
        return False  # "分两个阶段分别给予补助总额X%、Y%", "依次按应补助额的X%、Y%兑现": how an award is paid out
    # ("给予销售额X%以内、最高N万元的奖励": the most of the base the award is, a rate with its cap)
    if _THRESHOLD_AFTER.match(after) and not re.match(r"^(?:以内|以下)(?:给予|予以|的)?(?:一次性)?" + AWARD_WORD, after) \
            and not (re.match(r"^以内\s*[、,,]\s*(?:最高|不超过|上限)", after) and re.search(r"给予[^,;。]{0,30}$", before)):
        return False  # "增长60%(含)以下的增量部分": a bracket of a condition, not a rate ("6%以内给予" is one)
    if re.search(r"(?:^|[,,;;::])\s*(?:第[一二三四五六七八九十百\d]+条\s*|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[((][一二三四五六七八九十\d]{1,3}[))])?(?:单个项目|每个项目|每家企业)?(?:[\u4e00-\u9fff]{0,6}?资金)?"
                 r"(?:支持|补助|奖励|资助|补贴|扶持|贴息)(?:资金|比例|金额|额度)?(?:原则上)?"
                 + _SHARE_OF, before) and "%" not in sent[:p.span[0]] \
            and not re.search(r"入股|参股|股权", before):
        return True  # "专项资金资助比例最高为设备投资额的X%": the share of the base the award is (no rate before it)
    if re.search(r"(?:支持|补助|奖励|资助|补贴|扶持|贴息)(?:资金|金额|额度)[,,]\s*(?:原则上)?" + _SHARE_OF,
                 sent[max(0, s - 12):p.span[0]]) and "%" not in sent[:p.span[0]]:
        return True  # "…给单个项目的补助资金,原则上不超过总投资的X%": the award named in the clause before
    # (not a year's own share: "第一年…X%,第二年补助额不超过其增量的Y%")
    if ("%" in sent[:s] or "‰" in sent[:s]) and not after.strip() and not re.match(r"\s*第[一二三四五\d]年", before) and re.search(
            r"^\s*且?\s*[\u4e00-\u9fff]{0,6}?(?:资金|金额|额度)(?:原则上)?(?:不高于|不超过|最高不超过|最多不超过)[^,;。%]{1,20}?的\s*$", before):
        return False  # "按X%贴息,且贴息金额不高于贷款额的Y%": a bound on the rate's award, as a share
    if re.search(r"(?:兑现|奖励|补助|补贴|资助|奖补)(?:金额|资金|额度)按照?(?:不超过|不高于)?[^,;。%]{2,30}?$", before) \
            and re.match(r"\s*(?:的)?比例(?:核定|计算|确定)", after):
        return True  # "兑现金额按照不超过某合同金额X%比例核定": the award worked out as a share of the base
    if re.match(r"^\s*(?:奖励|补助|补贴|奖补|资助|支持)(?:金额|资金)?(?:等同于|相当于|为)", before):
        return True  # "奖励等同于土地出让价款25%的资金": the award is a share of the base
    if re.match(r"\s*(?:予以|给予)?返还(?:给)?(?:企业|项目|单位|投资者|投资方)", after) and re.search(r"(?:部分|留成|留用|收入|税收|贡献)[^,;。%]{0,4}$", before):
        return True  # "超基数地方财政留用部分X%返还企业": a share of the local take given back to the firm
    if re.search(r"返还(?:其|给?企业|给?单位)?[^,;。%]{2,24}?的\s*$", before) and (not after.strip(" ,") or re.match(r"\s*[、;;]", after)):
        return True  # "返还其上年度缴纳的某项费用的X%": a share of what was paid, given back
    if (re.search(r"按(?:照)?[^,;。%]{2,40}?的\s*$", before) and re.match(r"^\s*(?:予以|给予)?返还(?:给?企业)?\s*$", after)) \
            or (re.search(r"按照?\s*$", before) and re.match(r"^\s*的比例(?:予以|给予)?返还", after)):
        return True  # "按上年缴纳某项费用的X%返还", "按照X%的比例返还某费": the same, the verb after the share
    if re.match(r"\s*按照?", before) and re.search(r"(?:给予|予以)[^,;。]{0,6}?" + AWARD_WORD + r"\s*[,,]\s*$", sent[max(0, s - 20):s]) \
            and re.match(r"\s*的?(?:总额|金额|部分)?\s*$", after):
        return True  # "给予奖励,按其…的X%的总额,最高不超过N万元": the award named, then how much
    if re.match(r"\s*的标准\s*$", after) and re.search(r"按照?", before) \
            and re.match(r"[,,]\s*(?:分别)?(?:给予|予以)", sent[e:e + 6]):
        return True  # "按不超过投资额5‰的标准,(分别)给予最高N万元的奖励": the rate is the standard the award is paid at
    if _COND_AFTER.match(after) and not re.search(AWARD_WORD, after) and not re.match(r"^的?比例", after):
        return False
    # "(1)N万元-M亿元(不含)的按照X%;": a tier of a rate the lead line stated ("…标准如下:")
    if re.fullmatch(TIER_LEAD, before) and not after.strip(" ;;,,"):
        return True
    if re.search(r"(?:对应|上述|以上|该项|所获)?(?:奖励|补助|奖补|补贴|资助)(?:资金|金额)?的\s*(?:[\d.]+%\s*[、,,]\s*)*$", before) and re.match(
            r"(?:\s*[、,,]\s*[\d.]+%)*\s*(?:的比例)?(?:分(?:阶段|期|年|批|次))?(?:予以|进行)?(?:兑付|兑现|拨付|发放)", after):
        return False  # "分年按所获奖励的X%兑付": how an award is paid out over the years, no rate of its own
    if re.search(r"\d\s*万?元[^()()]{0,30}?[((]\s*(?:不超过|不高于|最高不超过)[^()()]{0,24}$", sent[max(0, p.span[0] - 60):p.span[0]]) \
            and re.match(r"\s*[))]", after):
        return False  # "分档给予A万元、B万元(不超过合同额的X%)": a bound on the sums before it, no rate of its own
    if re.match(r"[^。;;]{0,40}?[两三四五2-5]个阶段", sent[p.span[1]:]) and re.search(r"阶段|拨付", sent[max(0, p.span[0] - 60):p.span[0]]):
        return False  # "在…、项目完成总投资的X%、…三个阶段": a stage an award is paid at, no rate
    if re.match(r"\s*(?:为|作为)(?:缴费)?基数", after):
        return False  # "以平均工资的X%为缴费基数": the base contributions are reckoned on, no rate paid
    if re.search(r"财政对[^,;。]{0,12}?财政", before):
        return False  # "市财政对区、县财政实际补助金额给予X%补助": one government's transfer to another
    if p.text == "减半" and before.endswith("租金"):
        return True  # "后三年租金减半": half the rent borne, the award its own words
    if re.search(r"按照?\s*$", before) and re.search(r"(?:给予|予以)[^,;。::]{0,8}?" + AWARD_WORD + r"\s*[::]", sent[:s]):
        return True  # "…的给予奖励:某档的部分按X‰、某档的按Y‰核算": each band's rate under the award its lead names
    if re.search(r"的[,,]?\s*(?:可|再)?(?:提高|上调|提升)(?:至|到)\s*$", before) and re.search(r"(?:补贴|补助|资助|奖励)(?:比例)?(?:为|是)?\s*[\d.]+%", sent[:s]):
        return True  # "…补贴比例为X%,…达到某标准的可提高至Y%": the rate raised for those who qualify
    if re.search(r"按照?[^,;。%]{2,40}?标准的\s*(?:[\d.]+%\s*[、和]\s*)*$", before) \
            and re.match(r"(?:\s*[、和]\s*[\d.]+%)*\s*(?:的比例)?\s*(?:发放|计发|增发)", after) \
            and re.search(_BENEFIT, before + after):
        return True  # "某类优待金按当地标准的X%发放": a benefit paid at a share of its standard
    # ("按项目实际投资的3‰计算奖金": the award reckoned as a share of the base)
    if not re.search(r"给予|予以支持|结算给|返还给|拨付给|兑现给|计算奖金|计奖|计发奖励|" + AWARD_WORD, clause):
        # "按不超过设备投入X%的比例,择优给予最高N万元奖补": the rate's clause opens with 按, the
        # award verb follows in the next clause
        nxt = sent[e:e + 30]
        # (or names a kind first: "按不超过费用的X%,甲类产品给予最高N万元补助": the rate, a cap per kind)
        # ("可享受不超过房价的X%,分别为最高A万元、B万元的补贴": what one may have, a share and its caps)
        if not (re.search(r"(?:按照|按|参照|依照|享受)", before)
                and re.match(r"^[,,]?(?:最高|不超过|最高不超过)?[^,;。]{0,8}?(?:给予|予以|(?:补助|奖励|返还|补贴)给?(?:企业|项目|投资者|投资方))"
                             r"|^[,,][^,;。%]{2,24}?(?:给予|予以)(?:最高|不超过)"
                             # ("按投资额的X%,最高N万元补助": the cap, then the award word)
                             # ("按规模的X%,每家机构单个项目最高N万元的标准给予奖励": whose cap, then the award)
                             r"|^[,,][^,;。%\d]{0,16}?(?:最高|不超过|最高不超过)\s*[\d.]+\s*[万亿]?元(?:\s*[、和及]\s*[\d.]+\s*[万亿]?元)*"
                             r"(?:的?(?:标准)?(?:一次性)?(?:给予|予以)?|的[\u4e00-\u9fff]{1,6}?)" + AWARD_WORD, nxt)
                or _ANOTHER_RATE_THEN_VERB.match(sent, e)):
            return False
    # "给予企业 80% 的保费补助", "按…的30%给予资助", "分别按20%、15%补贴", "给予最高50%比例的补助"
    return True


# "按投资额的X%,其中某类项目按投资额的Y%,给予最高N万元支持": a higher rate for some, the award verb after it
# serves both; so does a later period's rate ("前两年按…的X%,后三年按Y%,给予…奖励")
_ANOTHER_RATE_THEN_VERB = re.compile(r"[,,]\s*(?:其中[^,;;。%]{1,40}?|(?:后|之后|以后|其余|剩余)[一二两三四五六七八九十\d]*个?(?:年度|年)[^,;;。%]{0,8}?)"
                              r"(?:按照|按)[^,;;。%]{0,40}?[\d.]+\s*%\s*(?:的比例)?[,,]?\s*(?:给予|予以)")

# "市财政补贴40%,县财政补贴40%,农户承担20%": each government's share, then what the beneficiary bears
_LEVEL_PAYS = re.compile(r"(?:中央|省|市|县|区|州|盟|旗)级?财政(?:补贴|补助|承担|负担)\s*[\d.]+%")
_OWN_SHARE = re.compile(r"(?:农户|农民|个人|企业|养殖户|种植户|投保人|参保人|经营主体)(?:自行)?(?:承担|自付|自筹|缴纳)\s*([\d.]+)%")


def shares_summed(sent: str, s: int, incs: list, text: str) -> list:
    """The governments' shares of a cost the beneficiary bears the rest of are one award to it, their sum:
    "市财政补贴40%,县财政补贴40%,农户承担20%" — a rate of 0.8 (the shares and the rest make the whole)."""
    own = _OWN_SHARE.search(sent)
    if own is None or len(incs) < 2 or not all(p.fields.get("form") == "rate" and _LEVEL_PAYS.search(p.text or "")
                                                for p in incs):
        return incs
    total = sum(Decimal(str(p.fields["rate"])) for p in incs)
    if total + Decimal(own.group(1)) / 100 != 1:
        return incs
    first = _LEVEL_PAYS.search(sent)
    merged = incs[0]
    merged.fields["rate"] = total
    merged.span = (s + first.start(), s + own.end())
    merged.text = text[merged.span[0]:merged.span[1]]
    return [merged]
