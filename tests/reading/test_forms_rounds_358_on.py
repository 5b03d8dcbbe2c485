"""Forms met from round 358 on, each in a small text of its own (placeholder sentences that copy no set
document): a document titled as the award's standard, whose numbered parts each give a sum per unit after a
label and a colon, with no award verb; a report's sums above "原文如下:" when the original is cut before its
measures; a sum per box before 进行; sums each with its unit listed before the verb of the last; circled items run
into paragraphs (①…②…③… in one, ①… again in the next), no articles; shares paid over years, a schedule; the other kinds'
sums said after an award (则分别为); whom then the sum of its award with no verb; a text naming its province for its
basis and one city below, the city's."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import doc_of as _doc, incentives_of


def _forms(text: str) -> list[tuple]:
    return [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan") or p.fields.get("amount_yuan"),
             (p.fields.get("per_unit") or {}).get("unit")) for p in incentives_of(_doc(text))]


def test_parts_of_a_document_titled_as_the_standard_state_its_sums_per_unit():
    text = ("某市某年度节能改造补贴标准\n"
            "(一)甲类设备改造:8万元/台(不含改造前已有的部分)。\n"
            "(二)乙类设备改造:3万元/兆瓦。\n")
    assert _forms(text) == [("per_unit", 80000, "台"), ("per_unit", 30000, "兆瓦")]


def test_the_same_labelled_sums_under_a_title_of_no_award_are_no_award():
    # prices or specifications listed by kind are not awards when nothing names an award
    text = ("某市某年度设备采购参考目录\n"
            "(一)甲类设备:8万元/台。\n"
            "(二)乙类设备:3万元/兆瓦。\n")
    assert _forms(text) == []


def test_a_report_s_sums_above_the_original_cut_before_its_measures_are_read():
    text = ("首页 > 新闻\n"
            "某市将对升级改造的企业给予奖补\n"
            "近日,某市某局印发《某市某类治理资金奖补办法(试行)》,奖补对象为完成改造后评级提升的企业。\n"
            "奖补标准为完成改造的企业,评级提升至甲级的,奖补12万元;提升至乙级的,奖补8万元。\n"
            "原文如下:\n"
            "某市某类治理资金奖补办法(试行)\n"
            "各区县某局:\n"
            "为推动企业主动改造设施,从源头减少排放,让先进企业发挥带头作用,促使评级较低的企业尽快完成改造。"
            "依据上级部门有关文件,按照本市工作安排,特制定此办法。\n"
            "一、工作目标\n"
            "以财政奖补资金引导企业参加评级,促使评级较低的企业提高治理标准,争取成为全市先进企业和行业标杆,"
            "推动全市某类治理水平整体提升,为改善环境质量提供有力支撑。\n"
            "二、奖补范围\n"
            "本办法印发后一年之内,评级为丙级、丁级的某类企业,改造完工并经评定升为甲级、乙级的"
            "(或由一般企业评定为示范企业),可以按照规定申请奖补,已经享受同类奖补的不得重复申请,申请的程序、所需材料和受理时间由某局另行通知,请各企业及时关注某局网站发布的消息")
    doc = _doc(text)
    assert doc.title == "某市某类治理资金奖补办法(试行)"
    assert [(p.fields["form"], p.fields["amount_yuan"], p.article) for p in incentives_of(doc)] == [
        ("fixed", 120000, None), ("fixed", 80000, None)]


def test_a_report_above_an_original_that_states_the_sums_is_not_read_twice():
    text = ("某市将对升级改造的企业给予奖补\n"
            "近日,某市某局印发《某市某类治理资金奖补办法(试行)》,评级提升至甲级的企业可获奖补12万元。\n"
            "另据介绍,该办法印发即施行,一年内有效,解释工作由某局承担。\n"
            "原文如下:\n"
            "某市某类治理资金奖补办法(试行)\n"
            "为推动企业开展改造,按照本市工作安排,特制定此办法。\n"
            "一、奖补标准\n"
            "(一)评级提升至甲级的,奖补12万元。\n"
            "(二)评级提升至乙级的,奖补8万元。\n")
    assert [(p.fields["amount_yuan"], p.article) for p in incentives_of(_doc(text))] == [(120000, 1), (80000, 2)]


def test_a_sum_for_each_box_before_进行_is_per_unit():
    assert _forms("对当年新发展养蜂的农户,按照300元/箱进行奖补。") == [("per_unit", 300, "箱")]


def test_sums_each_with_its_unit_listed_before_the_verb_of_the_last_are_each_a_sum_per_unit():
    text = "对种植某类作物的农户,甲类按照1.5元/棒、乙类按照3.5元/棒、丙类按照2800元/亩标准进行补助。"
    assert _forms(text) == [("per_unit", 1.5, "棒"), ("per_unit", 3.5, "棒"), ("per_unit", 2800, "亩")]


def test_prices_listed_in_the_condition_are_no_sums_of_the_standard():
    assert _forms("对售价为20元/件、30元/件的产品,按照5元/件给予补贴。") == [("per_unit", 5, "件")]


def test_circled_items_run_into_paragraphs_are_no_articles():
    text = ("某县某类产业政策问答\n"
            "①补助对象,全县种植户。②办理程序,农户申请、村里公示。③补助标准:每亩补助六百元整。\n"
            "①入股对象,全县种植户。②入股标准,每户入股资金一万元。\n")
    doc = _doc(text)
    assert doc.articles == []
    assert [(p.fields["form"], p.article) for p in incentives_of(doc)] == [("per_unit", None)]


def test_circled_items_that_count_on_line_by_line_stay_articles():
    text = ("某县某类产业扶持办法\n"
            "①对新建大棚的,每亩一次性补助600元。\n"
            "②对新建冷库的,按照100元/立方米的标准一次性补助。\n")
    assert [a.label for a in _doc(text).articles] == ["①", "②"]


def test_one_person_counted_two_clauses_back_makes_the_sum_per_person():
    text = "用人单位每招收1名退役士兵到本地工作,并为其连续缴纳社保满一年的,补助用人单位1500元。"
    incs = incentives_of(_doc(text))
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in incs] == [("per_unit", 1500)]
    assert incs[0].quote.startswith("用人单位每招收1名退役士兵")


def test_a_sum_after_conditions_with_no_one_counted_stays_fixed():
    assert _forms("用人单位招收退役士兵到本地工作,并为其连续缴纳社保满一年的,补助用人单位1500元。") == [
        ("fixed", 1500, None)]


def test_shares_paid_over_years_are_a_schedule_not_rates():
    text = "上述两项补贴,自企业落户次年起按35%、35%、30%的比例分三个年度补贴,每年以企业当年贡献为限。"
    assert _forms(text) == []
    assert [f for f, _, _ in _forms("对新购置设备的企业,按购置额的12%、15%、18%分档给予补助。")] == ["rate"] * 3


def test_the_year_an_advertiser_was_founded_is_not_the_policy_s_year():
    text = ("一、申请条件\n在某市注册的某类企业总部,买入本部办公场所的,按成交价的8%给予一次性补贴。\n"
            "如需代办申请请咨询某某顾问公司,某某顾问创始于2009年,十余年申报经验。")
    assert _doc(text).year is None


def test_the_other_kinds_sums_said_after_the_award_are_awards():
    text = "对认定为甲级的服务站,每年给予运营补贴6000元,乙级、丙级服务站则分别为4000元、2000元。"
    assert [a for _, a, _ in _forms(text)] == [6000, 4000, 2000]


def test_whom_then_the_sum_of_its_award_with_no_verb_is_an_award():
    assert _forms("其中,对企业办理某类商标注册的补贴资金1万元,办理某某境外注册的补贴资金3万元。")[:1] == [("fixed", 10000, None)]
    assert _forms("市财政对某类项目安排的补贴资金3000万元,由某局统筹使用。") == []


def test_a_text_naming_its_province_for_its_basis_and_one_city_below_is_the_city_s():
    text = ("为落实湖南省委经济工作会议部署,帮助在株洲投资兴业的企业解决融资难题,制定以下措施。\n"
            "一、对新增贷款的企业,按贷款利息的30%给予贴息,每家最高20万元。")
    assert _doc(text).region == "湖南省株洲市"



def test_one_rate_then_a_cap_for_each_kind_after_给予不超过():
    text = "对甲乙两类主体,分别按照服务费用的25%给予不超过260万元、80万元的补助。"
    assert [(p.fields["form"], p.fields["rate"], p.fields["cap_yuan"]) for p in incentives_of(_doc(text))] == [
        ("rate", 0.25, 2600000), ("rate", 0.25, 800000)]


def test_a_subsidy_at_a_yearly_rate_on_the_sum_financed_is_a_rate():
    text = "对发行某类债券融资的企业,按照实际融资额2%的年利率给予补贴,每年补贴金额最高80万元。"
    assert [(p.fields["form"], p.fields["rate"], p.fields["cap_yuan"]) for p in incentives_of(_doc(text))] == [
        ("rate", Decimal("0.02"), 800000)]
    assert _forms("企业可享受3.5%的优惠贷款利率。") == []


def test_each_parcel_named_after_给予每_then_its_sum_is_per_unit():
    text = "对乡村寄递服务站点,给予每件包裹0.8元的补贴,单个站点每年最高3万元。"
    assert _forms(text) == [("per_unit", Decimal("0.8"), "件包裹")]



def test_a_headline_s_best_award_said_as_最高补助达_is_read_as_a_summing_up():
    # (the page's headline "某省加快某类更新 最高补助达N万元" over a body that states N as a cap: the
    # headline's sum is the body's, said again — as "最高可达N万元" already was)
    from zhengce.provisions.repeats import _HEADLINE_SUM
    assert _HEADLINE_SUM.search("某省加快老旧货车更新 最高补助达80万元")
    assert _HEADLINE_SUM.search("加大补助力度,最高可达80万元")
    assert not _HEADLINE_SUM.search("对更新为新能源货车的,按购车价格的20%给予补助,单车补助上限为80万元")


def test_a_target_s_year_is_not_the_policy_s_year():
    text = ("某市推动某类设备更新若干措施\n"
            "为推动设备更新,力争到2028年全市完成更新改造,到2028年底规上企业全面覆盖,制定以下措施。\n"
            "一、对完成设备更新的企业,按设备购置额的12%予以补助,每家至多45万元。\n"
            "本措施自2025年3月1日起施行。")
    assert _doc(text).year == 2025
    untimed = ("某市推动某类设备更新若干措施\n为推动设备更新,力争到2028年全市完成更新改造,2025年起组织实施。\n"
               "一、对完成设备更新的企业,按设备购置额的12%予以补助,每家至多45万元。")
    assert _doc(untimed).year == 2025


def test_a_standard_stated_year_by_year_gives_each_year_s_sum():
    text = "对退役军人创办的小微企业,每户每月房租补贴标准为:第一年1200元,第二年900元,第三年600元。"
    assert [a for _, a, _ in _forms(text)] == [1200, 900, 600]


def test_the_size_of_a_guaranteed_loan_or_a_credit_line_is_no_award():
    assert _forms("对获奖项目,可降低担保门槛享受10万元至200万元的创业担保贷款贴息扶持。") == []
    assert _forms("合作银行将对符合条件的项目给予50万元至300万元的授信额度支持。") == []


def test_an_untitled_page_whose_parts_are_a_guide_s_is_a_notice():
    text = ("一、项目申请条件\n在本市注册的某类企业总部,需要购买或者租赁自用办公场所的,可申请资助。\n"
            "二、项目扶持力度\n1.首次买入本部办公场所的,以成交价的8%一次性补贴,每家至多3000万元。\n"
            "2.新租赁自用办公用房的,前两年每年按租金的30%给予补贴。\n")
    doc = _doc(text)
    assert (doc.kind, doc.sections) == ("notice", [])
    assert [p.article for p in incentives_of(doc)] == [None, None]


def test_a_measure_s_own_conditions_and_standard_pair_keeps_the_policy():
    text = ("(一)支持企业上规\n1.申报条件\n当年新纳入规上统计的企业。\n2.支持标准\n一次性奖励企业10万元。\n"
            "(二)支持企业上市\n1.申报条件\n当年在境内上市的企业。\n2.支持标准\n一次性奖励企业200万元。\n")
    assert _doc(text).kind != "notice"


def test_a_question_page_s_first_line_names_the_zone_whose_document_it_is():
    text = ("当前位置: 首页 > 问答知识库\n苏州工业园区稳岗补贴的发放对象及标准?\n时间: 2022-05-07\n"
            "区内参保企业吸纳登记失业人员就业的,按每人每月300元给予企业补贴,补贴期限不超过6个月。")
    doc = _doc(text)
    assert (doc.region, doc.level) == ("江苏省苏州市苏州工业园区", "district")


def test_an_award_named_then_its_sums_after_分别是_are_awards():
    text = "对获评省级示范的企业,省级奖励30万元,市级配套奖励分别是15万元、8万元。"
    assert [a for _, a, _ in _forms(text)] == [300000, 150000, 80000]
    assert _forms("两个园区的专项资金分别是500万元、300万元。") == []


def test_a_raised_standard_of_an_award_per_one_counted_is_per_one_counted():
    text = "每推荐1名高层次人才奖励8万元,其中,符合特别条件的,奖励标准提高至12万元。"
    assert [(f, a) for f, a, _ in _forms(text)] == [("per_unit", 80000), ("per_unit", 120000)]
    assert [(f, a) for f, a, _ in _forms("对新认定的企业奖励8万元,其中,符合特别条件的,奖励标准提高至12万元。")] == [
        ("fixed", 80000), ("fixed", 120000)]


def test_a_compilation_of_several_places_policies_keeps_汇总_in_its_title():
    text = ("首页 > 政策动态\n\n某市各区对小微企业创业园资助优惠政策汇总\n\n发布时间:2024-03-02\n"
            "一、甲区\n对新认定的创业园,一次性奖励运营方30万元。\n二、乙区\n对新认定的创业园,一次性奖励运营方20万元。")
    assert _doc(text).title == "某市各区对小微企业创业园资助优惠政策汇总"


def test_half_of_a_base_is_a_rate_of_one_half():
    got = [(p.fields["form"], p.fields["rate"]) for p in incentives_of(_doc("按照协议约定月工资的一半补助聘用单位。"))]
    assert got == [("rate", Decimal("0.5"))]
    assert _forms("全市一半以上的企业已获得补助。") == []


def test_an_award_provided_then_each_kind_s_sum_after_其中():
    text = "为引进人才提供分档次的购房补贴,其中一档人才160万元、二档人才90万元。"
    assert [a for _, a, _ in _forms(text)] == [1600000, 900000]
