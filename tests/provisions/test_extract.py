"""Provisions read from short sentences written in the style of policy texts (not copied from the
corpus): each pattern of award, and the numbers that must not be read as awards."""

from decimal import Decimal

import pytest

from zhengce.provisions import extract


def incentives(text, **kw):
    return [p for p in extract(text, **kw) if p.kind == "incentive"]


def kinds(text, **kw):
    return sorted({p.kind for p in extract(text, **kw)})


def test_fixed_amount():
    [p] = incentives("对首次入选省级隐形冠军的企业,一次性给予80万元奖励。")
    assert (p.form, p.amount_yuan, p.beneficiary) == ("fixed", 800_000, "enterprise")
    assert "隐形冠军" in p.trigger
    assert p.get("one_off") is True


def test_maximum():
    [p] = incentives("对新引进的省级以上孵化器,给予最高150万元补助。")
    assert (p.form, p.amount_yuan, p.beneficiary) == ("up_to", 1_500_000, "platform")


def test_maximum_after_award_word_and_scope():
    [p] = incentives("鼓励开展首台套研制,单个项目最高补助800万元。")
    assert (p.form, p.amount_yuan, p.cap_scope) == ("up_to", 8_000_000, "per_project")


def test_rate_with_base_and_cap():
    [p] = incentives("对企业购置研发设备的,按设备实际投入的25%给予补助,每家企业每年不超过400万元。")
    assert p.form == "rate" and p.rate == Decimal("0.25")
    assert p.base == "设备实际投入"
    assert (p.cap_yuan, p.cap_scope) == (4_000_000, "per_enterprise_per_year")


def test_rate_with_floor_is_still_a_rate():
    [p] = incentives("对企业投保的首版次软件保险,给予不低于70%的保费补助,单家企业不超过80万元。")
    assert (p.form, p.rate, p.cap_yuan) == ("rate", Decimal("0.7"), 800_000)


def test_rate_cap_in_its_own_clause_with_bare_wan():
    [p] = incentives("区财政给予企业 60% 的保费补助,最高不超过30万。")
    assert (p.form, p.rate, p.cap_yuan) == ("rate", Decimal("0.6"), 300_000)


def test_fenbie_pairs_amounts_with_triggers():
    ps = incentives("对新认定的国家级、省级、市级专精特新企业,分别给予100万元、50万元、20万元奖励。")
    assert [p.amount_yuan for p in ps] == [1_000_000, 500_000, 200_000]
    assert [p.form for p in ps] == ["fixed"] * 3
    assert ps[0].trigger.startswith("新认定的国家级") and "专精特新企业" in ps[0].trigger
    assert "市级专精特新企业" in ps[2].trigger


def test_fenbie_with_maximum_applies_to_every_member():
    ps = incentives("对获评一等奖、二等奖、三等奖的项目,分别给予最高60万元、40万元、20万元和10万元奖励。")
    assert [p.amount_yuan for p in ps] == [600_000, 400_000, 200_000, 100_000]
    assert {p.form for p in ps} == {"up_to"}


def test_equal_amounts_in_one_list_are_kept():
    ps = incentives("实施重点研发计划、攻关计划、软科学研究项目,分别给予最高30万元、10万元、10万元项目补助。")
    assert [p.amount_yuan for p in ps] == [300_000, 100_000, 100_000]


def test_rates_listed_with_fenbie_share_the_cap():
    ps = incentives("购买一级、二级能效空调分别按25%、10%补贴,最高补贴3000元/台。")
    assert [(p.rate, p.cap_yuan, p.cap_scope) for p in ps] == [
        (Decimal("0.25"), 3000, "per_item"), (Decimal("0.1"), 3000, "per_item")]
    assert {p.beneficiary for p in ps} == {"individual"}


def test_two_maxima_in_one_sentence_are_two_awards():
    ps = incentives("支持电动车以旧换新,电动摩托车最高补贴2000元/辆、电动自行车最高补贴800元/辆。")
    assert [(p.form, p.amount_yuan) for p in ps] == [("up_to", 2000), ("up_to", 800)]


def test_per_unit_award_with_cap():
    [p] = incentives("对规上企业,年度产值每增加500万元奖励2万元,单家企业最高不超过200万元。")
    assert p.form == "per_unit"
    assert p.per_unit == {"unit_yuan": 5_000_000, "award_yuan": 20_000}
    assert (p.cap_yuan, p.cap_scope) == (2_000_000, "per_enterprise")


def test_per_firm_award_capped_by_next_sentence():
    ps = incentives("孵化器每培育1家国家高新技术企业、省科技型中小企业的,分别给予运营主体5万元、1万元奖励。"
                    "单个孵化器每年奖励总额最高50万元。")
    assert [(p.form, p.amount_yuan, p.cap_yuan) for p in ps] == [("fixed", 50_000, 500_000),
                                                                 ("fixed", 10_000, 500_000)]


def test_matching_one_to_one():
    [p] = incentives("对获得国家专项资金支持的项目,按上级补助资金给予1:1配套补助。")
    assert (p.form, p.rate, p.get("matching")) == ("matching", Decimal(1), "1:1")
    assert p.base == "上级补助资金"


def test_matching_other_ratio_with_fullwidth_colon():
    [p] = incentives("对列入省级试点的企业,按省补资金1∶0.5给予配套。")
    assert (p.form, p.rate) == ("matching", Decimal("0.5"))


def test_multi_year_awards():
    [p] = incentives("对新落户的总部企业,五年内每年给予最高200万元奖励。")
    assert (p.form, p.amount_yuan, p.get("years")) == ("up_to", 2_000_000, 5)
    [q] = incentives("对入选的顶尖人才团队,给予三年最高3000万元资助。")
    assert (q.form, q.amount_yuan, q.get("years"), q.beneficiary) == ("up_to", 30_000_000, 3, "team")


def test_range_is_an_upper_bound_with_its_floor():
    [p] = incentives("对通过评审的企业给予3万元-5万元奖励。")
    assert (p.form, p.amount_yuan, p.get("min_yuan")) == ("up_to", 50_000, 30_000)


def test_chinese_numerals_in_awards():
    [p] = incentives("对获批的国家级平台给予一百五十万元奖励。")
    assert p.amount_yuan == 1_500_000


def test_award_per_year_to_a_town():
    [p] = incentives("给予结对乡镇120万元/年的帮扶补助。")
    assert (p.form, p.amount_yuan, p.get("per")) == ("fixed", 1_200_000, "/年")


# --- numbers that are not awards ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2025年,全区财政预算安排12.5亿元,用于支持科技创新。",
    "在专项资金中统筹安排3000万元,支持传统产业改造提升。",
    "设立5亿元产业引导基金,对重点项目给予股权投资支持。",
    "力争全年新增无还本续贷30亿元左右。",
    "低保年标准达到1.6万元以上。",
    "全年招引10亿元以上产业项目8个。",
    "协议约定的总合作经费不低于500万元。",
    "企业年营收达到5000万元及以上。",
    "力争完成消费帮扶额不少于800万元。",
    "符合条件的软件企业享受所得税“两免三减半”,重点软件企业享受“五免后减按10%”优惠政策。",
    "研发费用占营业收入比重高于4%的企业,纳入重点支持名单。",
    "保证金额度不低于首笔合作经费的20%。",
    "对符合条件的企业给予一定补助。",
    "按市政策给予配套支持。",
    "服务业增加值增长6%以上,实际利用外资3亿美元。",
    "资金从中央奖补资金中列支,市财政局拨付每家企业30万元。",
    "设立2000万元消费补贴,发放首期500万元消费券。",
])
def test_no_invented_incentives(text):
    assert incentives(text, year=2025) == []


def test_budget_target_threshold_and_tax_relief_are_read():
    assert "budget" in kinds("2025年,区财政预算安排8.6亿元,用于支持制造业高质量发展。")
    b = [p for p in extract("2025年,区财政预算安排8.6亿元,用于支持制造业高质量发展。") if p.kind == "budget"][0]
    assert (b.amount_yuan, b.year) == (860_000_000, 2025) and b.what.startswith("用于")
    t = [p for p in extract("力争新增高新技术企业60家以上。") if p.kind == "target"][0]
    assert (t.value, t.unit, t.comparator) == (Decimal(60), "家", ">=")
    th = [p for p in extract("双方协议约定的合作经费不低于200万元。") if p.kind == "threshold"][0]
    assert (th.value, th.comparator) == (2_000_000, ">=")
    tx = [p for p in extract("集成电路企业享受所得税“两免三减半”政策,并减按15%的税率征收。") if p.kind == "tax_relief"]
    assert {x.description for x in tx} >= {"两免三减半"}
    assert any(x.rate == Decimal("0.15") for x in tx)


def test_threshold_and_award_in_one_sentence():
    ps = extract("对开发费200万元以上的,按其开发费的10%给予资助,单家企业当年最高100万元。")
    inc = [p for p in ps if p.kind == "incentive"]
    assert [(p.form, p.rate, p.base, p.cap_yuan) for p in inc] == [("rate", Decimal("0.1"), "开发费", 1_000_000)]
    assert any(p.kind == "threshold" and p.value == 2_000_000 for p in ps)


# --- deadlines ------------------------------------------------------------------------------

def deadlines(text, year=2025):
    return [(p.date, p.time) for p in extract(text, year=year) if p.kind == "deadline"]


def test_deadlines_with_and_without_year_and_time():
    assert deadlines("请于2026年4月8日前将材料报送至区科技局。") == [("2026-04-08", None)]
    assert deadlines("推荐单位于5月6日17:30前完成网上推荐。") == [("2025-05-06", "17:30")]
    assert deadlines("申报截止时间为2025年9月30日。") == [("2025-09-30", None)]
    assert deadlines("企业须于6月底前完成项目验收。") == [("2025-06-30", None)]
    assert deadlines("于2月底前提交。", year=2024) == [("2024-02-29", None)]
    assert deadlines("材料请于十月十五日前寄送。") == [("2025-10-15", None)]


def test_deadline_lists():
    got = deadlines("报送截止时间分别为3月15日(第一批)、7月15日(第二批)、11月15日(第三批)。")
    assert got == [("2025-03-15", None), ("2025-07-15", None), ("2025-11-15", None)]


@pytest.mark.parametrize("text", [
    "本办法自2025年3月1日起施行。",
    "征求意见时间为2025年1月20日至2月5日。",
    "新建项目9月底前全部开工。",
    "2025年3月14日",
])
def test_dates_that_are_not_deadlines(text):
    assert deadlines(text) == []


def test_spans_point_into_the_text():
    text = "(三)支持创新。对新认定的省级实验室,给予最高300万元奖励。"
    [p] = incentives(text)
    assert text[p.span[0]:p.span[1]] == p.text
    assert "300万元" in p.text


def test_json_has_schema_fields_and_no_float_money():
    [p] = incentives("对企业按实际投入的30%给予资助,每家企业每年不超过300万元。")
    j = p.to_json()
    for k in ("beneficiary", "trigger", "form", "amount_yuan", "rate", "base", "cap_yuan", "cap_scope", "per_unit"):
        assert k in j
    assert j["cap_yuan"] == 3_000_000 and isinstance(j["cap_yuan"], int)
    assert j["rate"] == 0.3
