"""Forms met from round 599 on, each in a small text of its own (placeholder sentences that copy no set
document): a payment standard computed per square metre of floor area, a threshold per square metre that is
a condition, a schedule of sums per unit continued year by year, a step of people or things with its extra
sum (叠加奖励, 另奖), a bare maximum after a semicolon that caps the steps before it, money set aside for each
site, sums per sample, sums in capital numerals (伍万元), and a publicity page's signature after its contacts."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import unit_sums as _sums


def test_a_payment_standard_per_square_metre_of_floor_area_is_per_unit():
    assert _sums("一、某类补助费。发放标准按原有住宅每平方米建筑面积12元计算。") == [("per_unit", 12, "平方米", None)]
    assert _sums("二、某类补助费:按原有房屋的每平方米使用面积每月6元计算。") == [("per_unit", 6, "平方米", None)]
    assert _sums("三、某类损失补偿标准为原有房屋建筑面积每平方米80-260元。") == [("per_unit", 260, "平方米", None)]


def test_a_sum_per_square_metre_to_be_exceeded_is_a_condition():
    got = _sums("三、某类损失补偿标准为原有房屋建筑面积每平方米80-260元。"
                "所有人认为其损失超过原有房屋建筑面积每平方米260元的,可以申请评估。")
    assert got == [("per_unit", 260, "平方米", None)]


def test_a_schedule_of_sums_per_unit_goes_on_year_by_year():
    got = _sums("对某类线路,每标准箱2027年给予扶持资金500元、2028年给予扶持资金420元。")
    assert got == [("per_unit", 500, "标准箱", None), ("per_unit", 420, "标准箱", None)]
    got = _sums("每千瓦时2027年补贴0.2元,2028年补贴0.15元。")
    assert got == [("per_unit", Decimal("0.2"), "千瓦时", None), ("per_unit", Decimal("0.15"), "千瓦时", None)]


def test_a_step_with_its_extra_sum_is_per_unit():
    got = _sums("对新认定的某类中心,给予一次性奖励35万元。每增加1个授权专利,另奖2万元,最高不超过20万元。")
    assert got == [("fixed", 350000, None, None), ("per_unit", 20000, "授权专利", 200000)]


def test_a_bare_maximum_after_a_semicolon_caps_the_steps_before_it():
    got = _sums("一、新招用员工30人以上的,奖励3万元,每增加50人,叠加奖励1万元;最高奖励8万元。")
    assert got == [("fixed", 30000, None, None), ("per_unit", 10000, "50人", 80000)]


def test_money_set_aside_for_each_one_is_what_each_receives():
    assert _sums("一、县财政对每个试点社区安排奖补资金20万元。") == [("fixed", 200000, "个", None)]
    assert _sums("二、县财政安排奖补资金300万元,用于试点建设。") == []


def test_sums_written_in_capital_numerals_are_read_at_their_value():
    assert _sums("二、对每个试点给予一次性奖励贰拾万元。") == [("fixed", 200000, "个", None)]
    assert _sums("三、每个试验田补助叁万元。") == [("fixed", 30000, "个", None)]


def test_a_sum_per_sample_and_a_sum_set_aside_for_each_site_are_read():
    assert _sums("一、补助标准:省级资金按60元/份(样品)进行补助。") == [("per_unit", 60, "份", None)]
    assert _sums("二、全县8个站点,每个站点安排奖补资金不超过0.6万元。") == [("up_to", 6000, "个", None)]


def test_a_publicity_page_is_signed_after_its_contacts_and_keeps_no_cited_number():
    from tests.reading.awards_of import doc_of
    doc = doc_of("标题: 某某监测补助政策公开\n发布时间: 2027-06-02 10:00\n文号: \n发布机构: 某某新区农业局\n"
                 "==================== 正文 ====================\n"
                 "1.文件依据:《某省财政厅关于下达某某资金的通知(某财农〔2026〕12号)。2.补助对象:承担单位。"
                 "3.补助标准:按80元/份进行补助。公示时间从2027年6月2日至2027年6月8日。"
                 "咨询电话:0000-1234567(某某科)监督电话:0000-7654321(某某新区农业局)某某新区农业局2027年6月2日")
    assert doc.issued == "2027-06-02"
    assert doc.doc_number is None
    assert doc.year == 2027
