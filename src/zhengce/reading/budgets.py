"""A document's whole money: a policy's total ("支持总额为X亿元"), a pool its awards are paid from until it runs
out, and — in a text without sections — the money a notice hands down, a campaign's or a fund's sum, an allocation
for the whole place's purpose. A 预算安排 inside a section is that section's budget, not the document's."""

from __future__ import annotations

from zhengce import rx as re
from zhengce.reading.amounts import AMOUNT_RE, FUNDS, TASK_FUND, matched_amount

TOTAL_RE = re.compile(r"(?<!条款实施)(?<!本条款)(?<!本项)(?<!该项)(?:(?:支持|支援|政策资金|资金)总额|(?:补贴|补助|奖补|扶持)总资金)(?:为|是|达到|达|约)?" + AMOUNT_RE.pattern)
# (or paid out to those it counts: "共向N家企业拨付奖励资金M万元"; or sent down from above, "市级下达我县资金N万元")
_HANDED_DOWN_RE = re.compile(r"(?:(?:现|经研究[,,]?\s*|(?<![\u4e00-\u9fff])(?:[省市县]级|上级|中央))(?:予以)?下达[^。;]{0,40}?(?:" + FUNDS + r"|补助|奖补)(?:[^。;,]{0,6}?(?:共计|共|合计|总计))?"
                             # ("现将某年某项资金N万元奖励安排计划下达给…": the sum first, then 下达; or a task's money, TASK_FUND)
                             # (the parts it is made of in brackets between: "现将某经费N万元(其中:甲A万元;乙B万元)下达…")
                             r"|现将[^。;,]{0,40}?(?:资金|经费)[^。;,\d]{0,12}?(?=\d[\d.]*\s*[万亿]?元(?:\s*\([^()]{0,300}\))?[^。;,]{0,16}?(?:下达|拨付|下拨))"
                             r"|(?:共|累计)向[^。;,]{0,30}?\d+\s*(?:家|个|户|人)次?[^。;,]{0,12}?(?:拨付|兑现|发放)[^。;,]{0,10}?"
                             r"(?:资金|奖励|补助|补贴|奖补)|" + TASK_FUND + r")(?=\d)" + AMOUNT_RE.pattern)
# "活动总资金预算N亿元", "发放N万元消费券": the whole money of a subsidy campaign a notice announces
_CAMPAIGN_RE = re.compile(r"(?:活动)?(?:总资金预算|总资金|资金总额|总预算)(?:为|共|约|达)?" + AMOUNT_RE.pattern)
_VOUCHERS_RE = re.compile(r"(?:发放|派发|投放)(?:总额)?(?:为|共|约)?" + AMOUNT_RE.pattern + r"(?=(?:的)?[\u4e00-\u9fff]{0,4}?消费券)")
# "奖励金额为N万元,奖完为止": a pool the awards are paid from until it runs out
POOL_RE = re.compile(r"(?:奖励|补贴|奖补|补助)+(?:资金)?(?:总)?金额为" + AMOUNT_RE.pattern + r"(?=[,,]?(?:奖|补|用|发)完为止)")
ALLOCATED_RE = re.compile(r"(?<!预算)(?<!预算统筹)(?:每年|每年度|年度|共计|共|累计)?(?:安排|拿出|统筹)(?:不少于|不低于)?(?:专项|财政)?(?:资金)?"
                          + AMOUNT_RE.pattern + r"(?:的[^,。;]{0,16}?)?(?:资金|专项资金|财政资金)?,?(?:主要|专门)?用于")
# "县财政统筹保障某项工作经费每年不少于N万元": the money the government stands for
_SECURED_RE = re.compile(r"财政(?:统筹)?保障[^。;,\d]{0,24}?(?:专项)?(?:经费|资金)(?:每年|年度)?(?:不少于|不低于)?" + AMOUNT_RE.pattern)
_WHOLE_PURPOSE_RE = re.compile(ALLOCATED_RE.pattern + r"全[区市县省]")
# "县财政每年设立N万元某某引导资金", "设立招商引资奖励基金N万元/年", "财政安排专项资金N万元,将对…": a fund set up
_SET_UP = r"财政(?:预算)?(?:每年|每年度)?(?:设立|安排|统筹安排)(?:了)?"
_FUND_SET_UP_RE = re.compile(_SET_UP + r"[^。;,\d]{0,20}?(?:专项资金|基金|引导资金|奖励资金)" + AMOUNT_RE.pattern)
_FUND_NAMED_AFTER_RE = re.compile(_SET_UP + AMOUNT_RE.pattern + r"(?=[^。;,\d]{0,16}?(?:专项资金|基金|引导资金))")
# "省财政下达首批某某奖励资金N万元", "下达…专项资金共N万元": money handed down, a report of it
_HANDED_DOWN_NEWS_RE = re.compile(r"(?:财政|财政厅|财政局)[^。;,\d]{0,8}?下达(?:\(新增\))?[^。;,\d]{0,40}?(?:资金|经费)(?:共计|共|合计)?"
                                  + AMOUNT_RE.pattern)
# "县财政每年拿出500万元补助农户": money taken out for the whole purpose, then whom it goes to
# ("用N万元奖励…前十名的企业": the money a place puts up for a group's awards)
_TAKEN_OUT_RE = re.compile(r"(?:每年|每年度|年度|共计|共|累计)?(?:拿出|(?<![费使应利运作信])用(?=\s*\d))(?:不少于|不低于)?(?:专项|财政)?(?:资金)?"
                           + AMOUNT_RE.pattern + r"(?:资金)?(?=(?:补助|扶持|奖励|支持|表彰)[\u4e00-\u9fff\d])")
# "从…等8个方面给予5100万元的资金扶持和奖励": the money of all its measures together
_AREAS_RE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个方面(?:给予|安排|投入)" + AMOUNT_RE.pattern + r"(?:的)?(?:资金|财政)")


def total_budget(text: str, sectioned: bool = True) -> int | None:
    """The policy's whole money: "支持总额为X亿元"; in a document without sections also an allocation
    for its whole purpose ("县财政每年安排2000万元资金用于扶持…") — a 预算安排 is a section's budget."""
    found = matched_amount(TOTAL_RE, text)
    found = found if found is not None else matched_amount(POOL_RE, text)
    if found is None:  # "区财政安排N万元资金用于全区某项工作": money for the whole place's purpose
        found = matched_amount(_WHOLE_PURPOSE_RE, text)
    if found is None and not sectioned:  # "现下达…经费共N万元": the money a notice hands out
        found = matched_amount(_HANDED_DOWN_RE, text)
    if found is None and not sectioned:
        found = (matched_amount(ALLOCATED_RE, text) or matched_amount(_AREAS_RE, text)
                 or matched_amount(_TAKEN_OUT_RE, text) or matched_amount(_SECURED_RE, text)
                 or matched_amount(_CAMPAIGN_RE, text) or matched_amount(_VOUCHERS_RE, text)
                 or matched_amount(_FUND_SET_UP_RE, text) or matched_amount(_FUND_NAMED_AFTER_RE, text)
                 or matched_amount(_HANDED_DOWN_NEWS_RE, text))
    return found
