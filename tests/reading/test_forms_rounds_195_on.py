"""Forms met in rounds 195 and on: a question-and-answer page, a share of an award paid at a stage, a cap
"不得超过", each person counted with 名/位, a standard raised from old sums to new ones, one rate with a cap per
kind ending in 等, per-unit sums each with its cap in order, bands of growth with (含)/(不含), a step of
persons with 递增, a news lead giving its purpose before the joint bodies, a band of money naming who
qualifies, a policy reported by its short name, a text opening with "有关事项通知如下", sums a month
(N元/月, 按照每月A元、B元标准), a report of two policies (each in a small text of its own, placeholder
sentences and places)."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in as _awards, awards_in_policy as _one, doc_of as _doc


def test_an_untitled_question_and_answer_page_is_a_notice():
    doc = _doc("问:某某工坊能拿到哪些补贴?\n答: (一)开办补助。对被认定为某级工坊的单位给予一次性补助,最高不超过20万元。"
               " (二)吸纳就业奖补。对考核优秀的工坊奖补5万元。\n")
    assert doc.kind == "notice" and doc.sections == []
    assert [p["amount_yuan"] for p in _awards("问:某某工坊能拿到哪些补贴?\n答:对考核优秀的工坊奖补5万元。\n")] == [50000]


def test_a_share_of_an_award_paid_at_a_stage_is_no_rate_and_a_cap_not_to_be_exceeded_is_the_award():
    awards = _one("1.对新建的帮扶工坊给予一次性补助。具体金额由各乡镇自行确定,最高不得超过30万元,补助资金的60%"
                  "在验收通过后一个月内拨付,其余40%在工坊运营满一年后拨付。\n")
    assert [(p["form"], p["amount_yuan"], p["rate"]) for p in awards] == [("up_to", 300000, None)]


def test_each_person_counted_with_ming_or_wei_is_per_unit():
    awards = _one("1.每名金牌导师一次性资助2万元,每个名师工坊一次性资助6万元。\n2.给予承运企业每名乘客15元补助。\n")
    assert [(p["form"], (p["per_unit"] or {}).get("award_yuan"), p["amount_yuan"]) for p in awards] == [
        ("per_unit", 20000, 20000), ("fixed", 60000, 60000), ("per_unit", 15, 15)]


def test_a_standard_raised_pays_the_new_sums_not_the_old():
    awards = _one("1.某类人员的交通补贴标准,由原先每人每月2000元、1000元,统一提高到每人每月4000元、1500元。\n"
                  "2.本年度上调了安家补贴标准,高级技师调整为每人每月领取5000元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 4000), ("per_unit", 1500), ("per_unit", 5000)]
    shares = _one("1.对设备更新项目,资助比例从原先的2%—6%上升到15%。\n")
    assert [(p["form"], p["rate"]) for p in shares] == [("rate", Decimal("0.15"))]


def test_one_rate_with_a_cap_per_kind_ending_in_deng_is_a_rate_per_cap():
    awards = _one("1.鼓励开设甲级门店、乙级门店、丙级门店,按门店装修投入的20%,给予最高不超过200万元、100万元、50万元等奖励。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.2"), 2000000), ("rate", Decimal("0.2"), 1000000), ("rate", Decimal("0.2"), 500000)]


def test_per_unit_sums_listed_with_caps_listed_pair_in_order():
    awards = _one("1.甲类、乙类展会按展位面积分别给予40元/平方米、20元/平方米资助,每场展会资助额分别最高不超过200万元、80万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 40, 2000000), ("per_unit", 20, 800000)]


def test_bands_of_growth_marked_inclusive_are_no_rates():
    awards = _one("1.按其销售额同比增长10%(含)-20%(不含)、20%(含)-50%(不含)、50%(含)以上分档,"
                  "分别给予其销售额增量的0.5‰、1‰、2‰分档奖励。\n")
    assert [p["rate"] for p in awards] == [Decimal("0.0005"), Decimal("0.001"), Decimal("0.002")]


def test_a_step_of_persons_with_a_rising_sum_is_per_unit_with_its_cap():
    awards = _one("1.团组达到30人以上的,给予旅行社1000元奖励。每增加30人递增1000元,最高奖励10000元。\n")
    assert [(p["form"], p["amount_yuan"], p["cap_yuan"]) for p in awards] == [
        ("fixed", 1000, None), ("per_unit", None, 10000)]


def test_a_news_lead_giving_its_purpose_first_names_the_joint_bodies_and_the_policy():
    doc = _doc("3月5日,为规范某某发展资金管理,某某省财政厅、某某省商务厅联合印发了"
               "《某某业发展项目支持标准(试行)》,明确了支持范围。\n据介绍,展览项目按照面积给予10元/平方米补助。\n")
    assert doc.title == "某某业发展项目支持标准(试行)" and doc.kind == "rules"
    assert doc.issuer == "某某省财政厅、某某省商务厅"


def test_a_band_of_money_naming_who_qualifies_is_a_condition():
    awards = _one("1.设备购置额达8000万元以上的企业补助15万元,设备购置额2000万元至8000万元的企业补助8万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 150000), ("fixed", 80000)]


def test_a_report_naming_a_policy_by_its_short_name_is_titled_by_the_full_one():
    doc = _doc("晚报讯 4月1日,我市召开《关于推进某某振兴的若干政策措施》(以下简称《若干政策措施》)发布会,介绍《若干政策措施》。"
               "据悉,《若干政策措施》共有5条,对新上规企业给予10万元奖励。\n")
    assert doc.title == "关于推进某某振兴的若干政策措施"


def test_a_text_opening_with_a_notices_own_words_is_a_notice():
    doc = _doc("有关事项通知如下:预申报类型1、某某工作站,2、某某创新站。对新认定的工作站,分别给予50万元、20万元启动资助。\n")
    assert doc.kind == "notice"


def test_a_sum_a_month_for_each_kind_is_per_unit():
    awards = _one("1.对新引进的人才,给予博士2800元/月、硕士1800元/月的生活补贴。\n"
                  "2.对新就业的毕业生,按照每月博士2000元、硕士1200元标准发放租房补贴。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 2800), ("per_unit", 1800), ("per_unit", 2000), ("per_unit", 1200)]
    assert [p["form"] for p in _one("1.月销售额达到100万元/月以上的,给予5万元奖励。\n")] == ["fixed"]


def test_a_report_of_two_policies_is_not_titled_by_the_second_alone():
    doc = _doc("原标题:某某市出台政策措施加快甲经济和乙经济发展\n12月1日,《某某市加快甲经济发展的政策措施》和《某某市加快乙经济发展的政策措施》发布。"
               "《某某市加快甲经济发展的政策措施》提出,对新落户的总部企业给予100万元奖补。\n")
    assert doc.title == "某某市加快甲经济发展的政策措施"
