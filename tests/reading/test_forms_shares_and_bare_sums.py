"""Percents that are no rate one is paid, and sums the reader used to miss (the 27th session's look at the set's
remaining errors), in made-up texts: a share of an award borne by a level of government, an award paid in equal
parts at two stages, an award divided between those who share it, a quota on how many may apply, what a recipient
must put in itself; a bare 万 before 标准, 奖金数额, an award "实施/发放" up to a sum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.reading.awards_of import awards


@pytest.mark.parametrize("text", [
    "一、对某某人才按每人每年8万元标准给予补助，其中60%的补助资金由市级财政承担。",
    "二、对某某项目给予贷款贴息，贴息于开工后、竣工后各拨付50%。",
    "三、某某比赛的奖金分配按照70%和30%的比例发给主教练和助理教练。",
    "四、每年申请某某补助的车辆数量不得超过全部车辆总数的20%。",
    "五、某某合作社应按不低于财政补助资金的15%落实自筹资金。",
])
def test_a_share_that_is_no_rate_paid_is_no_incentive(text):
    assert all(form != "rate" for form, *_ in awards(text)), awards(text)


def test_the_award_stays_when_a_share_of_it_is_borne_by_another_government():
    # the per-head sum before the comma is the award; the share after it says only who pays that part
    assert awards("一、对某某人才按每人每年8万元标准给予补助，其中60%的补助资金由市级财政承担。") == [
        ("per_unit", Decimal("80000"), None, None)]


@pytest.mark.parametrize("text, amount", [
    ("一、对引进的某某医师，按每人每年4万标准给予生活补助。", Decimal("40000")),  # 万 with no 元, then 标准
    ("二、某某奖不分等级，每年评选不超过5名，奖金数额8千元。", Decimal("8000")),
])
def test_sums_named_by_their_standard_or_as_the_prizes_sum(text, amount):
    got = awards(text)
    assert len(got) == 1 and got[0][1] == amount, got


@pytest.mark.parametrize("text", [
    "一、年节约2万标准煤以上的某某项目，给予奖励6万元。",  # 万 counting coal, the award is the sum after
    "二、新增3万标准箱航线的，给予奖励6万元。",
])
def test_a_bare_wan_before_a_unit_named_standard_still_counts_things(text):
    assert awards(text) == [("fixed", Decimal("60000"), None, None)]


@pytest.mark.parametrize("text, amount", [
    ("一、对主动淘汰某某工艺的企业，根据等级实施80万元以内补助。", Decimal("800000")),
    ("二、对某某义举，由基金会发放5万元以下奖励慰问金。", Decimal("50000")),
])
def test_an_award_carried_out_or_handed_out_up_to_a_sum(text, amount):
    assert awards(text) == [("up_to", amount, None, None)]


def _each(text: str) -> list[tuple]:
    from tests.reading.awards_of import extracted
    return [(p.fields["form"], p.fields.get("amount_yuan"), (p.fields.get("per_unit") or {}).get("award_yuan"))
            for p in extracted(text)]


@pytest.mark.parametrize("text, got", [
    # a sum for each thing counted carries both readings, the form the grammar chose kept
    ("一、某某作品取得登记证书后，每件奖励600元。", [("per_unit", 600, 600)]),
    ("二、对新认定的某某企业，每家给予最高30万元奖励。", [("up_to", 300000, 300000)]),
    ("三、购置某某设备的，按900元/台给予补贴。", [("per_unit", 900, 900)]),
    ("四、每服务一家给予某某机构10万元一次性奖励。", [("fixed", 100000, 100000)]),
    ("五、每新引进1个某某首店，给予4万元支持。", [("per_unit", 40000, 40000)]),
    # a period is no thing; a step of money, of growth or of several things is paid per step, never as a whole
    ("六、对某某平台每年给予10万元运营补助。", [("fixed", 100000, None)]),
    ("七、营业收入每增加300万元给予3万元奖励。", [("per_unit", None, 30000)]),
    ("八、增速每提高1个百分点奖励5万元。", [("per_unit", None, 50000)]),
    ("九、每新增10人给予某某企业2万元奖励。", [("per_unit", None, 20000)]),
])
def test_a_sum_for_each_thing_counted_is_both_a_sum_and_a_sum_per_unit(text, got):
    assert _each(text) == got


def test_what_those_counted_got_between_them_is_a_report_not_an_award():
    assert awards("一、某某区12家企业获某级专项奖励360万元。") == []
    # (a count in the condition of an award is no report)
    from zhengce.reading import parse_text
    doc = parse_text("三、对新增5家企业获得认定的园区，奖励10万元。", source="x.txt")[0].to_json()
    assert [(i["form"], i["amount_yuan"]) for i in doc["incentives"]] == [("fixed", 100000)]


@pytest.mark.parametrize("text, rate", [
    ("一、对超出基数的，地方留用部分按40%返还企业。", Decimal("0.4")),  # a share of the local take given back
    ("二、对超额完成任务的，给予当年度奖励总额的15%作为超额奖励。", Decimal("0.15")),
    ("三、每个项目资助比例上限为不超过设备投资的12%。", Decimal("0.12")),  # 上限为 before the bound
])
def test_a_share_given_back_paid_as_an_award_or_bounded_by_its_upper_limit_is_a_rate(text, rate):
    assert [(f, r) for f, _, r, _ in awards(text)] == [("rate", rate)]
