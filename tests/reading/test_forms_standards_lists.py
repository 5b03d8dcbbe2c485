"""Lists of award standards ("甲类:新建N元/亩;") under a line naming the award, and a title-like line
after such lists (each in a small text of its own, placeholder sentences and places)."""

from __future__ import annotations

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _awards(text: str) -> tuple[object, list[dict]]:
    doc = parse_text(text, source="standards.txt")[0]
    return doc, [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def _units(awards: list[dict]) -> list[tuple[int, str]]:
    return [(p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards if p["form"] == "per_unit"]


def test_a_title_like_line_after_lines_of_standards_does_not_start_the_document():
    doc, awards = _awards(
        "某某资讯网\n2017-08-10 09:30:06\n某某县种植奖补政策\n"
        "蔬菜:新建大棚800元/亩,旧棚改造300元/亩;\n药材:新种药材600元/亩,只补一季;\n"
        "菌菇:新建菇棚500元/亩;\n禽类:100羽以上,10元/羽;\n上述奖补项目每户最高奖补3000元。\n"
        "流转奖补政策\n流转给合作社的,只对农户进行奖补,具体标准如下:\n(1)水田:甲乡、乙乡400元/亩;\n(2)山地100元/亩。\n"
        "2.农户购置小型农机奖补农机价格的30%。\n合作社联结农户奖补政策\n合作社联结农户\n条件:在村里建成\n")
    assert doc.title == "某某县种植奖补政策"
    assert _units(awards) == [(800, "亩"), (300, "亩"), (600, "亩"), (500, "亩"), (10, "羽"), (400, "亩"), (100, "亩")]
    assert all(p.get("cap_yuan") == 3000 for p in awards[:5])  # "上述…每户最高": a cap on each, no award of its own
    assert [(p["form"], str(p["rate"])) for p in awards if p["form"] == "rate"] == [("rate", "0.3")]


def test_lines_of_standards_in_a_section_named_for_the_award_are_read():
    _, awards = _awards("某某县特色种植奖补政策\n一、种植奖补\n蔬菜:新建大棚800元/亩,旧棚改造300元/亩;\n"
                        "药材:新种药材600元/亩;\n二、养殖奖补\n对新建规模养殖场的,给予一次性奖补5万元。\n")
    assert _units(awards) == [(800, "亩"), (300, "亩"), (600, "亩")]


def test_paragraphs_of_standards_under_the_heading_that_names_the_award_are_read():
    _, awards = _awards("某某县特色种植奖补政策\n\n蔬菜:新建大棚800元/亩,旧棚改造300元/亩;\n\n药材:新种药材600元/亩;\n")
    assert _units(awards) == [(800, "亩"), (300, "亩"), (600, "亩")]


def test_labelled_rates_per_unit_without_a_heading_naming_an_award_are_no_awards():
    # prices and rents listed under a heading that names no award: nothing is paid
    _, awards = _awards("某某县农产品市场行情\n一、行情\n蔬菜:大棚租金800元/亩;\n药材:收购价600元/吨;\n")
    assert awards == []


def _one(body: str) -> list[dict]:
    return _awards("某某县促进发展若干措施\n" + body)[1]


def test_a_rate_up_to_a_share_with_its_cap_after_it_is_a_rate():
    awards = _one("一、对经认定的甲类主体,按年度销售额给予2%以内、最高50万元的一次性奖励。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [("rate", "0.02", 500000)]


def test_so_much_for_each_firm_brought_into_the_statistics_is_per_unit():
    awards = _one("一、对协助开展入库工作的机构,每成功入库一家企业或个体户分别给予一次性4000元、2000元工作经费奖励。\n"
                  "二、对中介机构服务的,每入库一家给予中介机构一次性奖励1000元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 4000), ("per_unit", 2000), ("per_unit", 1000)]


def test_sums_per_area_worded_with_cash_only_again_or_per_weight_are_per_unit():
    awards = _one("一、连片100亩以上的基地,每亩补助现金600元;连片不足100亩的,每亩只补助400元。\n"
                  "二、按实际面积给予每亩100元的补贴,采用机械作业的每亩再增加30元。区级给予农户每50公斤稻谷补助4元。\n")
    assert [(p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        (600, "亩"), (400, "亩"), (100, "亩"), (30, "亩"), (4, "50公斤")]


def test_caps_for_two_kinds_in_the_sentence_after_a_rate_are_its_caps_per_kind():
    awards = _one("一、甲\n1.后备企业完成改制的,地方财政根据其改制过程中中介费用的60%给予补贴。"
                  "省级后备企业最高补贴20万元,市级后备企业最高补贴5万元。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [("rate", "0.6", 200000), ("rate", "0.6", 50000)]


def test_units_in_brackets_at_the_end_of_a_page_cut_after_the_next_opening_bracket():
    doc = parse_text("某某省促进发展工作方案\n一、主要任务\n(一)壮大主体。对经认定的甲类主体给予一次性奖励(省商务厅、省财政厅)。\n(",
                     source="cut.txt")[0]
    assert doc.articles[0].responsible == ["省商务厅", "省财政厅"]


def test_a_comprehensive_experimental_zone_made_of_a_county_is_the_provinces_zone():
    # (a made-up zone of a real county: the rule is the zone's kind, not its name)
    doc = parse_text("长汀综合实验区促进商贸发展奖励办法\n一、对首次纳入统计的企业给予一次性奖励5万元。\n", source="zone.txt")[0]
    assert (doc.region, doc.level) == ("福建省长汀综合实验区", "district")


def test_a_publisher_field_naming_the_site_is_no_issuer():
    doc = parse_text("标题: 关于支持某某产业发展的实施意见\n发布机构: 中国某某\n\n关于支持某某产业发展的实施意见\n"
                     "一、对新认定的企业给予一次性奖励5万元。\n", source="site.txt")[0]
    assert doc.issuer is None


def test_sums_at_least_so_much_or_paid_as_an_award_in_lieu_are_the_award():
    awards = _one("一、对获评甲类称号的企业,奖励人民币5万元起。\n二、对评为乙类示范的村,各奖励以奖代补资金8万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 50000), ("fixed", 80000)]


def test_so_much_a_month_or_a_compensation_standard_per_area_is_per_unit():
    awards = _one("一、对符合条件的甲类人员,按照300元/月予以发放。\n二、乙类林地补偿标准不低于25元每亩。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        ("per_unit", 300, "月"), ("per_unit", 25, "亩")]


def test_an_articles_label_is_never_the_trigger():
    awards = _one("二、按新增人员每人200元进行奖励。\n")
    assert awards and all(not (p.get("trigger") or "").endswith("、") for p in awards)


def test_a_vouchers_spending_threshold_in_a_table_is_no_award():
    _, awards = _awards("某某区消费券发放工作方案\n一、具体安排\n(一)活动力度\n单笔力度(元) |\n使用规则 |\n投放笔数(笔) |\n小计(元) |\n"
                        "100 |\n满400元立减100元 |\n2000 |\n200000 |\n50 |\n满200元立减50元 |\n4000 |\n200000 |\n")
    assert [p["amount_yuan"] for p in awards] == [100, 50]


def test_so_much_for_each_person_hired_is_per_unit():
    awards = _one("一、对吸纳就业的企业,每招用1名符合条件人员,给予1200元补贴。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 1200)]


def test_a_title_run_on_into_its_number_and_addressees_is_the_title():
    doc = parse_text("关于做好甲类补贴申请发放工作的通知某人社联〔2023〕17号各市(州)人力资源和社会保障局:为落实有关要求,"
                     "现就有关事项通知如下,,一、补贴标准每招用1名符合条件人员,给予1200元补贴,,二、申报程序", source="run.txt")[0]
    assert (doc.title, doc.doc_number, doc.kind) == ("关于做好甲类补贴申请发放工作的通知", "某人社联〔2023〕17号", "notice")


def test_a_share_of_premiums_paid_given_back_with_the_verb_after_is_a_rate():
    awards = _one("三、对中小微企业按其上年度实际缴纳某类保险费的50%返还,对大型企业按上年度实际缴纳某类保险费的30%返还。\n")
    assert [(p["form"], str(p["rate"])) for p in awards] == [("rate", "0.5"), ("rate", "0.3")]


def test_a_federations_short_name_is_a_responsible_unit():
    doc = parse_text("某某市稳就业若干措施\n一、减负\n1.继续减免某类保障金。(市残联、市财政局、市税务局负责)\n"
                     "2.继续实施返还政策。(市人力资源社会保障局负责)\n", source="resp.txt")[0]
    assert doc.articles[0].responsible == ["市残联", "市财政局", "市税务局"]


def test_units_with_angle_brackets_stay_one_unit():
    doc = parse_text("某某市支持工业发展若干措施\n一、甲\n1.支持甲类项目。(责任单位:市工业和信息化局、市财政局,各县<自治县、市、区>人民政府<管委会>)\n"
                     "2.支持乙类项目。(责任单位:市财政局)\n", source="angle.txt")[0]
    assert doc.articles[0].responsible == ["市工业和信息化局", "市财政局", "各县<自治县、市、区>人民政府<管委会>"]


def test_so_much_for_each_visitor_by_a_standard_is_per_unit():
    awards = _one("一、游客人数在100人及以上、不足200人的,按照每位游客150元标准奖励。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 150)]


def test_the_parts_of_a_fund_after_its_total_are_no_awards():
    awards = _one("一、活动总额度300万元,其中消费补贴100万元,组团奖励和活动奖励200万元。\n二、组织游客50人以上的,奖励2万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 20000)]


def test_a_sum_raised_to_a_new_one_is_the_new_sum():
    awards = _one("一、甲类项目年补助上限由原来的40万元提高至80万元。\n二、乙类奖励标准分别由3万元提高到6万元,1万元提高到2万元。\n"
                  "三、缴存职工最高贷款额度由50万元调整为60万元。\n")
    assert [p["amount_yuan"] for p in awards] == [800000, 60000, 20000]


def test_a_table_whose_money_column_names_its_unit_is_read_row_by_row():
    _, awards = _awards("某某县质量奖励资金管理办法\n一、奖励标准\n1.质量提升奖励\n对质量提升成效突出的企业给予奖励。\n"
                        "序号 | 奖项名称 | 奖励金额(万元) |\n1 | 新获得甲级质量奖 | 80 |\n2 | 新获得乙级质量奖 | 15 |3 | 新获得丙级质量奖 | 15 |\n"
                        "4 | 新获得丁级质量奖 | 最高5 |\n2.标准创新奖励\n对主导制定标准的企业给予奖励。\n")
    assert [(p["form"], p["amount_yuan"], p["trigger"]) for p in awards] == [
        ("fixed", 800000, "新获得甲级质量奖"), ("fixed", 150000, "新获得乙级质量奖"), ("fixed", 150000, "新获得丙级质量奖"),
        ("up_to", 50000, "新获得丁级质量奖")]


def test_a_headline_then_a_call_for_applications_is_a_notice():
    doc = parse_text("某某市2020年度甲类机构奖励\n发布时间:2021-03-10\n为落实有关文件精神,现就申报某某市2020年度甲类机构奖励的有关事项通知如下:\n"
                     "一、奖励对象\n经认定的甲类机构。\n二、奖励标准\n完成登记额达到1亿元的,给予10万元基础奖励。\n", source="call.txt")[0]
    assert doc.kind == "notice"


def test_a_plans_overall_approach_is_a_section_not_an_article():
    doc = parse_text("某某州旅游业发展实施方案\n一、总体思路\n认真贯彻落实有关精神,推进旅游业高质量发展。\n二、发展目标\n"
                     "到2020年,全州旅游年接待人数达到5000万人次。\n", source="plan.txt")[0]
    assert [s.title for s in doc.sections] == ["总体思路", "发展目标"] and not doc.articles


def test_a_share_stated_after_the_award_is_named_is_a_rate():
    awards = _one("一、对总部企业给予奖励,按其年度形成地方财力40%的总额,最高不超过3000万元。\n"
                  "二、对增长较快的,支持资金为该企业形成地方财力增量部分的20%,每年最高为500万元。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [("rate", "0.4", 30000000), ("rate", "0.2", 5000000)]


def test_a_sum_per_household_with_its_yuan_left_out_is_read():
    awards = _one("一、改建化粪池奖补1200/户,新建沼气池奖补1500/户。\n二、给予300/吨的运价补贴。\n")
    assert [(p["form"], p.get("amount_yuan") or p["per_unit"]["award_yuan"]) for p in awards] == [
        ("fixed", 1200), ("fixed", 1500), ("per_unit", 300)]


def test_a_fund_allocated_is_no_award():
    awards = _one("一、此次下达对实际种植农户一次性补贴资金3.5万元,经测算此次补贴标准为200元/亩。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 200)]


def test_the_verb_first_and_the_sum_each_receives_after():
    awards = _one("一、奖励15家当年通过某类审核验收的企业每家3万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 30000)]


def test_an_amount_typed_with_letters_for_digits_is_read():
    awards = _one("一、对新评定的甲、乙、丙类单位,分别给予IOOO万元、500万元、IoO万元的一次性奖励。\n")
    assert [p["amount_yuan"] for p in awards] == [10000000, 5000000, 1000000]


def test_a_note_in_the_units_bracket_is_no_unit():
    doc = parse_text("某某省体育产业发展若干措施\n一、甲\n1.支持甲类赛事。(省体育局、省发展改革委按职责分工负责,如无特别说明,排在首位的为牵头单位,下同)\n"
                     "2.支持乙类场馆。(省体育局负责)\n", source="note.txt")[0]
    assert doc.articles[0].responsible == ["省体育局", "省发展改革委"]
