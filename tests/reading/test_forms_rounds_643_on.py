"""Forms met from round 643 on, each in a small text of its own (placeholder sentences that copy no set
document): a flattened page's part headings run into their text ("三、物资质量要求由…", "一、项目目标 总体目标:…"),
which end where headings end when the parts hold items of their own; a sum per 平米; a range of a figure reached
before the award ("支出在A万元(含)-B万元的单位奖励N万元"), a condition; and a ceiling on the base an award is worked
from ("超过N万元的,按N万元计算"), which is no award."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of

_FILLER = "各乡镇要结合实际认真组织实施,确保各项工作按时完成,做到程序规范、资料齐全、公开透明。"


def _flattened(*parts: str) -> str:
    # a scraper's page: the covering notice, then the plan, all on one line with its breaks lost as spaces
    return " ".join(("某某区农业局关于印发某某区某某示范项目实施方案的通知", "各乡镇:", "本方案经局务会研究通过,现予发布。",
                     "某某区农业局", "2027年3月1日", "某某区某某示范项目实施方案", "为推进示范项目建设,制定本方案。") + parts)


def test_a_flattened_pages_part_headings_end_where_headings_end():
    doc = doc_of(_flattened(
        "一、项目目标 总体目标:到年底建成示范点3个,带动周边农户发展。" + _FILLER,
        "二、补助对象与补助标准(一)补助对象。本区从事种植的家庭农场。(二)补助标准。每亩补助100元。",
        "三、物资质量要求由补助对象自主选择购买符合国家标准的物资,并保留购买凭证。" + _FILLER,
        "四、项目管理与资金拨付名单公示七日无异议后,由区财政局拨付到账户。" + _FILLER,
        "五、工作要求(一)落实责任。各乡镇指定一名联络员跟进。(二)规范资金使用。补助资金专账核算。"))
    assert [s.title for s in doc.sections] == ["项目目标", "补助对象与补助标准", "物资质量要求", "项目管理与资金拨付", "工作要求"]
    assert [len(s.articles) for s in doc.sections] == [0, 2, 0, 0, 2]


def test_parts_with_no_items_keep_their_sentence_as_heading():
    # (the parts are the articles: the hand reading takes each one's heading to its first full stop)
    doc = doc_of(_flattened(
        "一、年度考核由区农业局牵头,会同区财政局组成考核组进行考核。" + _FILLER,
        "二、资金管理由区财政局负责,专账核算,按进度拨付。" + _FILLER))
    headings = [a.heading for s in doc.sections for a in s.articles]
    assert headings == ["年度考核由区农业局牵头,会同区财政局组成考核组进行考核", "资金管理由区财政局负责,专账核算,按进度拨付"]


def test_a_sum_per_pingmi():
    assert awards("对腾退的企业,按城区外30万元/亩、城区内4000元/平米标准给予补贴。") == [
        ("per_unit", 300000, None, None), ("per_unit", 4000, None, None)]
    from zhengce.provisions import extract
    got = [p.fields["per_unit"] for p in extract("对腾退的企业,按城区内4000元/平米标准给予补贴。") if p.kind == "incentive"]
    assert [(u["award_yuan"], u["unit"]) for u in got] == [(Decimal("4000"), "平米")]


def test_a_range_reached_before_the_award_is_a_condition():
    assert awards("对上年度服务成本支出在30万元(含)-60万元的服务机构奖励20万元;支出在60万元以上的服务机构奖励30万元。") == [
        ("fixed", Decimal("200000"), None, None), ("fixed", Decimal("300000"), None, None)]


def test_a_ceiling_on_the_base_is_no_award():
    assert awards("对担保机构按年度担保额8‰的比例给予补偿。单笔贷款担保额超过800万元的,按800万元计算补偿资金。") == [
        ("rate", None, Decimal("0.008"), None)]
    assert awards("对担保机构按年度担保额8‰的比例给予补偿。担保责任总额超过担保机构净资产6%的,按担保机构净资产6%的比例计算补偿资金。") == [
        ("rate", None, Decimal("0.008"), None)]
