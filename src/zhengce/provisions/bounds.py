"""Bounds on awards taken together, not awards of their own: every award of a text bounded together ("享受本办法
各项奖励总额不超过"), one body's awards over a year ("单家企业全年补贴总额不超过N万元"), a pot that many projects or all
applicants share ("资助总额最高N万元", "若补助总额超过…按比例")."""

from __future__ import annotations

from zhengce import rx as re

# "…奖励总额不超过N万元,如超出按比例核减": the sum is a pot the awards share, cut pro rata when it runs short
SHARED_POT_AFTER = re.compile(r"\s*[,,]?\s*(?:若|如|如果)(?:奖励|补助|补贴)?(?:总额)?(?:超过|超出)[^,;。]{0,8}?按比例")
# the awards of the whole text bounded together ("享受本办法各项奖励总额不超过", "获得各类扶持资金累计最高")
ALL_AWARDS_BOUND = re.compile(r"(?:本(?:办法|政策|措施|细则|意见|文件|方案|规定|通知)[^,,;;。]{0,10}?|[各多][项类])(?:奖励|补助|补贴|扶持|资助|奖补|政策)"
                               r"(?:资金|金额)?(?:的)?(?:总额|累计|合计|总计|总和)(?:金额)?(?:原则上)?(?:最高|最多|不超过|不得超过|不高于)+(?:为)?\s*$"
                               # ("甲类奖励与乙类奖励之和不超过N万元": two awards together)
                               r"|(?:奖励|补助|补贴|资助|奖补)(?:与|和|及)[^,,;;。]{1,24}?(?:奖励|补助|补贴|资助|奖补)(?:金额)?(?:之和|合计|总和)"
                               r"(?:最高|最多|不超过|不得超过|不高于)+(?:为)?\s*$")
# a sentence of its own bounding one body's awards over a year ("单家企业全年补贴总额不超过N万元", "同一机构
# 每年累计资助不超过N万元"): the ceiling over the awards around it, none of its own
YEARLY_TOTAL = re.compile(r"\s*(?:[((]?[一二三四五六七八九十\d]{1,2}[))、.]\s*)?(?:对)?(?:同一|单个|单家|单一|每家|每个|每户)[\u4e00-\u9fff]{0,10}?"
                           r"(?:企业|单位|机构|主体|申请人|公司)[,,]?[^,,;;。\d]{0,4}?(?:年度|每年|一年|全年|每12个月|累计|年)"
                           r"[^,,;;。\d]{0,8}?(?:奖励|补助|补贴|资助|奖补|支持)(?:资金|金额|额度|总额|额)?(?:合计|累计)?"
                           r"(?:最高|最多|不超过|不得超过|可达)+(?:为)?\s*$")
# "每年支持10-20个项目,资助总额最高N万元": what all the projects of a year share, a pot
POT_OF_MANY = re.compile(r"(?:实施|支持|资助|遴选|评选)\s*[\d\-—~至]+\s*(?:个|项|家)[^,,;;。\d]{0,8}[,,]\s*[^,,;;。\d]{0,6}总(?:金额|额)"
                          r"[^,,;;。\d]{0,6}$")


def bounds_all(sent: str, start: int, end: int) -> bool:
    """The words before `end` bound every award together (from the clause `start`), or a pot many projects share."""
    return bool(ALL_AWARDS_BOUND.search(sent, start, end) or POT_OF_MANY.search(sent, 0, end))
