"""Forms met from round 451 on, each in a small text of its own (placeholder sentences that copy no set
document): an award per mu paid in stages (当年 and 第二年 sums adding up to it) is read once, award by award;
a part of a sum set aside (其中某费N元由某局使用) is no award; a standard set in grades (设A、B、C三档) gives
each grade's sum; a floor per unit (每个床位不低于N元的标准) is still so much per unit, a floor to reach is not;
a cap on each house (单套最高N万元) in a paragraph of its own caps the rates before it, a rule on stacking that
names another award's rate pays none; places of one city listed side by side are the city's; a news lead that
says 联合印发实施《…》 names the policy and its issuers; a question headline in brackets is no title; one rate set as a standard
then a cap for each kind (的标准,分别给予最高A、B); so much a voyage or a day; a one-step breadcrumb ending in 正文
and a paper's byline with its app's name are chrome; an autonomous prefecture written 某某州 is named; a byline
ending in its time and author is not run into the title below."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import doc_of, extracted, incentives_of


def test_stage_sums_that_add_up_to_each_award_are_its_schedule():
    text = ("甲类地块,每亩补助800元,栽种当年经核查每亩补助500元,第二年复查后每亩补助300元;"
            "乙类地块,每亩补助1000元,栽种当年经核查每亩补助700元,第二年复查后每亩补助300元。")
    awards = extracted(text)
    assert [(p.form, p.per_unit["award_yuan"]) for p in awards] == [("per_unit", 800), ("per_unit", 1000)]


def test_stage_sums_that_do_not_add_up_stayincentives_of():
    text = "每亩补助800元,栽植当年另给予每亩补助500元,第二年另给予每亩补助400元。"
    assert len(extracted(text)) == 3


def test_a_part_of_a_sum_set_aside_is_no_award():
    text = "某类造林每亩补助金额为2000元,其中苗木费400元由某局统一采购使用,其余发放到户。"
    awards = extracted(text)
    assert [(p.form, p.per_unit["award_yuan"]) for p in awards] == [("per_unit", 2000)]


def test_a_standard_set_in_grades_gives_each_grades_sum():
    for text in ("补助标准根据站点规模和投入情况,设3万元、6万元、9万元三档。",
                 "奖励额度分为三档,分别为3万元、6万元、9万元。"):
        assert sorted(p.amount_yuan for p in extracted(text)) == [30000, 60000, 90000], text


def test_a_floor_per_unit_is_still_so_much_per_unit():
    awards = extracted("对新建的普惠型养护机构,按照每个床位不低于3000元的标准予以一次性建设资助。")
    assert [(p.form, p.per_unit["award_yuan"]) for p in awards] == [("per_unit", 3000)]
    awards = extracted("对登记的机构,按每名学员每学年不低于1500元标准给予补贴。")
    assert [(p.form, p.per_unit["award_yuan"]) for p in awards] == [("per_unit", 1500)]


def test_a_floor_to_reach_per_unit_is_no_award():
    awards = extracted("亩均产出每亩不低于50万元的企业,奖励20万元。")
    assert [(p.form, p.amount_yuan) for p in awards] == [("fixed", 200000)]


def test_a_cap_on_each_house_caps_the_rates_before_it():
    text = ("某市关于调整住房消费支持措施的通知\n"
            "在市区购置新建住房的,给予合同价款1%的购房补贴。多子女家庭购买的,补贴比例提高至1.5%。\n"
            "补贴就高执行,每套住房补贴最高6万元。此外,该补贴不与其他1%购房补贴政策叠加享受。\n")
    awards = incentives_of(doc_of(text))
    assert [(p.form, p.rate, p.cap_yuan) for p in awards] == [("rate", Decimal("0.01"), 60000),
                                                             ("rate", Decimal("0.015"), 60000)]


def test_households_and_persons_paid_a_month_together_are_a_report():
    assert extracted("目前全区符合条件的对象12户13人,每月发放21000元。") == []


def test_places_of_one_city_listed_side_by_side_are_the_citys():
    from zhengce.reading.placing import _listed_together
    from zhengce.reading.regions import lookup
    city = lookup("杭州市")
    places = [lookup("上城区", city), lookup("拱墅区", city), lookup("西湖区", city), city]
    assert _listed_together("所购住房位于上城区、拱墅区、西湖区辖区范围内", places)
    assert _listed_together("杭州、西湖等地的老人", [places[2], city])
    assert not _listed_together("所购住房位于上城区辖区范围内", places)


def test_a_lead_that_says_jointly_issued_and_put_in_force_names_the_policy():
    text = ("经某市政府研究同意,日前,由某市甲局和某市乙局联合印发实施"
            "《某市水源涵养区生态补偿资金管理办法(2025—2027年)》。2025—2027年,市政府每年投入5000万元用于水源保护。\n"
            "一是按照集雨面积每亩补助5元的标准,开展日常维护。\n")
    doc = doc_of(text)
    assert doc.title == "某市水源涵养区生态补偿资金管理办法(2025—2027年)"
    assert doc.issuer is not None and not doc.issuer.startswith("由")


def test_a_question_headline_in_brackets_is_no_title():
    from zhengce.reading.titles import title_like
    assert not title_like("某符号是什么意思(某数是什么意思)")
    assert title_like("某市某区支持某类产业发展若干政策")


def test_one_rate_as_a_standard_then_caps_for_each_kind():
    text = ("完成甲、乙、丙阶段的,按照投入最高不超过30%的标准,分别给予不超过80万元、160万元、240万元的资助。")
    awards = extracted(text)
    assert [(p.form, p.rate, p.cap_yuan) for p in awards] == [
        ("rate", Decimal("0.3"), 800000), ("rate", Decimal("0.3"), 1600000), ("rate", Decimal("0.3"), 2400000)]


def test_so_much_a_voyage_or_a_day_is_per_unit():
    awards = extracted("以本市港口为始发港的,每个航次奖励10万元。")
    assert [(p.form, p.per_unit["award_yuan"], p.per_unit["unit"]) for p in awards] == [("per_unit", 100000, "航次")]
    awards = extracted("停靠时间分两档,第一档每天奖励1万元,第二档每天奖励2万元。")
    assert [(p.form, p.per_unit["unit"]) for p in awards] == [("per_unit", "天"), ("per_unit", "天")]
    assert [p.form for p in extracted("每个项目奖励10万元。")] == ["fixed"]


def test_a_one_step_breadcrumb_and_a_papers_byline_are_no_title():
    from zhengce.reading.chrome import BREADCRUMB_RE, is_chrome
    assert BREADCRUMB_RE.search("某某网某省 > 正文")
    assert is_chrome("某某晨报 · ABC 某市 记者 某某某")
    text = ("某某晨报 · ABC 某市 记者 某某某\n近日,某市发布《某市促进某类产业发展若干措施》,对新认定的单位奖励10万元。\n")
    assert doc_of(text).title != "某某晨报 · ABC 某市 记者 某某某"


def test_an_autonomous_prefecture_written_with_zhou_is_named():
    from zhengce.reading.regions import mentions
    found = mentions("支持恩施州重点产业发展")
    assert [r.name for r in found] == ["恩施土家族苗族自治州"]


def test_a_byline_with_its_time_is_not_run_into_the_title_below():
    text = ("某栏目2024-01-02 08:15:00佚名\n\n某市加强某类人才培育若干措施\n\n一、对获奖的选手,给予1万元奖励。\n")
    assert doc_of(text).title == "某市加强某类人才培育若干措施"
