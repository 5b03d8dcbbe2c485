"""Forms met from round 563 on, each in a small text of its own (placeholder sentences that copy no set
document): floors listed by kind after 其中, kinds paired with their sums by 分别, sums in 万 that leave 元 to
the list's last, a benefit paid at a share of its standard, more paid to each kind by 分别再增发, sums year by
year, 红包 as what one receives, and a report's summary above the original it quotes."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of, incentives_of


def test_floors_listed_by_kind_after_qizhong_are_what_each_kind_receives():
    got = awards("对应征入伍的青年发放入伍奖励金,其中,技师不低于5000元,高级工、中级工分别不低于4000元、2500元。")
    assert [(f, a) for f, a, _, _ in got] == [("fixed", 5000), ("fixed", 4000), ("fixed", 2500)]


def test_a_floor_to_reach_is_still_no_award():
    assert awards("申报企业上年度研发投入不低于500万元。") == []


def test_sums_in_wan_leave_yuan_to_the_last_of_the_list():
    got = awards("对引进的医生发放安家补贴,其中主治医师2万、副主任医师5万、主任医师8万元。")
    assert [a for _, a, _, _ in got] == [20000, 50000, 80000]


def test_a_benefit_paid_at_a_share_of_its_standard_is_a_rate():
    got = awards("退役士兵返乡的,年度优待金按当地标准的130%发放。")
    assert [(f, r) for f, _, r, _ in got] == [("rate", Decimal("1.3"))]
    listed = awards("立功的,按本年度抚恤金标准的120%、60%增发一次性抚恤金。")
    assert [r for _, _, r, _ in listed] == [Decimal("1.2"), Decimal("0.6")]


def test_more_paid_to_each_kind_by_fenbie_zai_zengfa():
    got = awards("在原奖励基础上,按照一级、二级、三级分别再增发3000元、2000元、1000元。")
    assert [a for _, a, _, _ in got] == [3000, 2000, 1000]


def test_sums_year_by_year_are_each_paid_unless_a_whole_award_stands_before_them():
    got = awards("创办农家乐的返乡青年,可享受第1年3万元、第2年2万元、第3年1万元补贴。")
    assert [a for _, a, _, _ in got] == [30000, 20000, 10000]
    whole = awards("对入驻企业给予6万元补助,可享受第1年3万元、第2年2万元、第3年1万元补贴。")
    assert [a for _, a, _, _ in whole] == [60000]


def test_a_hongbao_is_what_one_receives():
    got = awards("首次来本区就业的毕业生,可申领每人一次性800元的见习红包。")
    assert [a for _, a, _, _ in got] == [800]


def test_a_reports_summary_above_the_original_it_quotes_is_no_award_of_its_own():
    doc = doc_of("某某区出台青年人才安居新政\n"
                 "①在本区首次购买住房的青年人才,给予每户最高8万元的购房补贴;\n"
                 "记者从区人社局获悉,新政共有十条措施。\n"
                 "原文内容:\n"
                 "1、青年人才购房补贴\n"
                 "在本区首次购买住房的青年人才,给予每户最高8万元的购房补贴。\n"
                 "2、青年人才租房补贴\n"
                 "在本区租房居住的青年人才,给予每月1000元的租房补贴,最长3年。")
    got = [(p.article, p.fields.get("cap_yuan") or p.fields.get("amount_yuan")) for p in incentives_of(doc)]
    assert (None, 80000) not in got and got[0] == (1, 80000)


def test_a_sum_per_mu_in_a_standards_list_is_a_sum_per_unit():
    got = awards("补助标准为:省级集体所有的水源涵养林9元/亩,市级集体所有的水源涵养林6元/亩。")
    assert [(f, a) for f, a, _, _ in got] == [("per_unit", 9), ("per_unit", 6)]


def test_condolence_money_and_bursaries_are_what_one_receives():
    got = awards("对因公牺牲的消防员家属发放抚恤慰问金30万元。对困难学生发放每人每年3000元助学金。")
    assert [a for _, a, _, _ in got] == [300000, 3000]


def test_what_named_people_got_is_a_report_not_an_award():
    assert awards("去年考入重点高校的三名学生分别获得了2万元的奖学金。") == []


def test_a_reports_paragraphs_are_read_when_it_names_the_text_in_brackets_above_its_articles():
    doc = doc_of("奖励力度加大!某市启动2024年非遗工坊认定\n"
                 "某某日报 记者 张三\n\n"
                 "据悉,新修订的《某市非遗工坊认定奖励办法》日前印发实施,奖励力度再次提高。\n\n"
                 "其中新认定的市级非遗工坊奖励10万元,获评省级非遗工坊的再一次性奖励20万元。\n\n"
                 "链接:\n\n"
                 "一、申报条件\n\n"
                 "(一)在本市登记注册的企业或者个体工商户")
    assert [p.fields.get("amount_yuan") for p in incentives_of(doc)] == [100000, 200000]
