"""Forms met from round 368 on, each in a small text of its own (placeholder sentences that copy no set
document): 以奖代补 as the verb that pays; one unit's sum, then the share of its cost (one rate, the sum its
cap); an award for each time a thing is done or gained; worked examples and explanations of a quoted clause
that restate sums; payout totals stated to the yuan."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import doc_of as _doc, forms_of, incentives_of


_read = forms_of


def test_yi_jiang_dai_bu_before_a_sum_is_the_verb_that_pays_it():
    assert _read("一、乙类养殖场建成后经验收合格的,每处以奖代补6万元。\n") == [("fixed", 60000, None, None)]


def test_yi_jiang_dai_bu_with_each_grade_sums():
    assert _read("一、评为甲、乙、丙三个等级的养殖场,每处分别以奖代补4万元、3万元、2万元。\n") == [
        ("fixed", 40000, None, None), ("fixed", 30000, None, None), ("fixed", 20000, None, None)]


def test_yi_jiang_dai_bu_funds_set_aside_are_no_award():
    # (以奖代补资金: the name of the money, a pot set aside — no one's award)
    assert _read("一、县财政安排以奖代补资金60万元。\n") == []


def test_one_units_sum_then_the_share_of_its_cost_is_one_rate_capped_at_the_sum():
    got = _read("一、甲类园区每年评定2个,单个补助8万元,补助比例40%。\n")
    assert got == [("rate", None, "0.4", 80000)]
    quote = incentives_of(_doc("一、甲类园区每年评定2个,单个补助8万元,补助比例40%。\n"))[0].text
    assert "8万元" in quote and "40%" in quote  # the cap's clause is quoted with the rate


def test_one_units_sum_then_an_upper_bound_on_the_share():
    assert _read("一、对乙类园区,单个项目补助6万元,补助比例不超过35%。\n") == [("rate", None, "0.35", 60000)]


def test_a_units_sum_followed_by_something_else_stays_fixed():
    assert _read("一、每个园区奖励7万元,奖励办法另行制定。\n") == [("fixed", 70000, None, None)]


def test_an_award_for_each_time_a_thing_is_passed_or_gained_is_per_unit():
    assert _read("一、对甲类企业,每通过一次检测认证给予30万元奖励。\n") == [("per_unit", 300000, None, None)]
    assert _read("一、乙类企业每获得一项外观设计授权,给予3000元奖励。\n") == [("per_unit", 3000, None, None)]
    assert _read("一、每开通一条货运专线,给予40万元补助。\n") == [("per_unit", 400000, None, None)]


def test_once_a_year_stays_a_fixed_award():
    assert _read("一、对丙类企业每年一次性给予6万元补助。\n") == [("fixed", 60000, None, None)]


def test_a_worked_example_states_no_award():
    text = ("一、对甲类企业,按年度销售额的2%给予奖励,最高80万元。\n"
            "示例:某企业第一年销售1000万元,可获得奖励20万元,第二年可获得奖励40万元。\n")
    assert _read(text) == [("rate", None, "0.02", 800000)]


def test_an_explanation_of_a_quoted_clause_restates_its_sums():
    text = ("一、条文中“对乙类企业,每通过一次检测认证给予30万元奖励。”是指企业每通过一家机构的认证,"
            "即奖励30万元,同一事项仅奖励一回。\n")
    assert _read(text) == [("per_unit", 300000, None, None)]


def test_an_explanation_may_state_a_new_sum():
    text = ("一、条文中“对乙类企业给予30万元奖励。”是指企业通过认证的,给予30万元奖励;"
            "再次通过的,给予10万元奖励。\n")
    assert _read(text) == [("fixed", 300000, None, None), ("fixed", 100000, None, None)]


def test_payout_totals_stated_to_the_yuan_are_no_awards():
    text = "一、经验收,本年度各类奖补已核定。其中,甲类服务奖补1273400元,乙类奖补86300元,丙类奖励410000元。\n"
    assert _read(text) == []


def test_round_sums_after_qi_zhong_stay_awards():
    assert _read("一、对新认定的企业给予奖励。其中,甲类企业奖励50万元,乙类企业奖励30万元。\n") == [
        ("fixed", 500000, None, None), ("fixed", 300000, None, None)]


def test_a_draft_named_with_its_words_turned_round_is_a_draft_and_its_title_loses_the_mark():
    doc = _doc("甲市乙类产业扶持补助(2024年意见征求稿)申报指南\n一、补助对象\n在本市注册的乙类企业。\n"
               "二、补助标准\n乙类企业新认定的,奖8万元。\n")
    assert (doc.status, doc.title) == ("draft", "甲市乙类产业扶持补助申报指南")


def test_a_price_an_award_brings_one_to_is_no_award():
    assert _read("一、通过本办法的补助,可使甲类用户的用气价格不高于2.1元/立方米。\n") == []
    got = _read("一、码头向用户收取充电费用不高于0.6元/千瓦时的,给予运营奖励2万元。\n")
    assert [money for _, money, _, _ in got] == [20000]  # (the fee charged is the condition, not a sum paid)


def test_an_award_from_one_sum_to_another_by_the_kind_of_thing():
    assert _read("一、补助标准依据设备使用年限的不同从3000-18000元不等。\n") == [("up_to", 18000, None, None)]


def test_what_the_places_counted_got_is_a_report_not_an_award():
    assert _read("一、经评审,上述27个村分别获得3000元至2万元的奖补。\n") == []


def test_a_cubic_metre_of_gas_is_a_unit_counted():
    assert _read("一、居民改用燃气采暖的,每方气补贴0.8元,每户每年最高补贴900元。\n") == [("per_unit", Decimal("0.8"), None, 900)]


def test_a_sites_about_us_links_are_no_title():
    doc = _doc("关于我们 | English | 网站地图\n某县:个人建光伏可获三年补助\n记者获悉,对新建的光伏项目,按装机容量给予每千瓦100元补助。\n")
    assert doc.title != "关于我们|English|网站地图" and "English" not in (doc.title or "")


def test_a_breadcrumb_led_by_a_sites_name_is_not_joined_to_the_headline():
    doc = _doc("某某网首页 >钢材 >资讯 >航运资讯\n助力港口绿色发展 浙江温州出台码头岸电补助办法\n"
               "据报道,温州近日发布《温州市码头岸电补助办法》,对新建岸电设施的码头给予补助。\n")
    assert doc.title == "温州市码头岸电补助办法"


def test_a_headline_with_a_lead_phrase_then_the_place_that_put_the_document_out():
    doc = _doc("促进乡村产业振兴 江西赣州出台农机购置奖补办法\n"
               "近日,赣州发布相关办法,对购置农机的合作社给予奖补。\n")
    assert doc.title == "赣州市农机购置奖补办法"


def test_a_report_of_a_call_named_in_full_then_by_its_short_name_is_that_notice():
    doc = _doc("某市:企业上云可获补助\n2023-05-06 某某网\n"
               "根据市经信局网站《关于组织申报二〇二三年企业上云补助项目的通知》,符合条件的企业可以申请。\n"
               "《通知》明确,上云企业按其服务费的三成补助,每家最多5万元。\n")
    assert (doc.title, doc.kind) == ("关于组织申报二〇二三年企业上云补助项目的通知", "notice")


def test_a_report_naming_four_districts_of_its_city_is_the_citys():
    doc = _doc("本报讯 近日,杭州召开表彰会,对先进小区给予表彰。其中,西湖区3个、拱墅区2个、滨江区2个、"
               "萧山区4个,每个先进小区奖励2万元。\n")
    assert doc.region == "杭州市"


def test_a_reports_headline_led_by_a_zone_and_a_colon_places_it_in_the_zone():
    doc = _doc("潍坊高新区:老旧货车报废可申领补贴\n2021-03-02 来源:某某网\n"
               "记者从高新区获悉,对提前报废老旧货车的车主,按车型给予每辆3000元补贴。\n")
    assert (doc.region, doc.level) == ("山东省潍坊市潍坊高新区", "district")


def test_an_untitled_text_with_a_list_of_names_attached_is_a_notice():
    doc = _doc("经评审,甲公司等6家企业被认定为本年度第一批节水型企业。每家认定的企业奖励3万元。\n"
               "附件:本年度第一批节水型企业名单\n某市水利局\n2022年5月9日\n")
    assert doc.kind == "notice"


def test_a_date_things_were_registered_before_is_no_deadline():
    doc = _doc("一、此次将2021年6月30日以前在本区注册登记的老旧客车纳入补贴范围,每辆补贴5000元。\n")
    assert [p for p in doc.provisions if p.kind == "deadline"] == []


def test_each_grade_of_a_prize_split_into_grades():
    assert _read("一、甲类奖分一等奖6000元、二等奖4000元、三等奖2000元。\n") == [
        ("fixed", 6000, None, None), ("fixed", 4000, None, None), ("fixed", 2000, None, None)]


def test_a_list_of_sums_per_thing_going_on_past_a_comma_to_its_verb():
    assert _read("一、对授权的专利,分别按照甲类8000元/件、乙类2500元/件,丙类1500元/件进行奖励。\n") == [
        ("per_unit", 8000, None, None), ("per_unit", 2500, None, None), ("per_unit", 1500, None, None)]


def test_a_vouchers_sum_worked_out_as_a_share_of_a_contract():
    assert _read("一、甲类券的兑现额度按照不超过合同金额40%比例核定。\n") == [("rate", None, "0.4", None)]


def test_the_share_of_a_grant_that_may_go_to_labour_is_no_award():
    assert _read("一、项目人员劳务费比例可提高到资助经费的45%。\n") == []


def test_a_new_area_that_is_a_district_run_together_with_words_before_it():
    doc = _doc("关于开展第二届浦东新区创新企业评选工作的通知\n一、奖励标准\n获评的企业奖励不超过8万元。\n")
    assert (doc.region, doc.level) == ("上海市浦东新区", "district")


def test_equal_sums_of_two_conditions_each_quoted_from_its_first_half():
    doc = _doc("一、新设立的甲类机构人员达15人以上(含15人),且持续运营两年以上的,给予一次性补助6万元。\n"
               "二、现有甲类机构人员首次达40人以上(含40人),且持续运营两年以上的,给予一次性补助6万元。\n")
    quotes = [p.quote for p in incentives_of(doc)]
    assert len(quotes) == 2 and "达15人以上" in quotes[0] and "达40人以上" in quotes[1]


def test_a_guide_a_report_says_was_put_out_then_what_it_does():
    doc = _doc("为鼓励专业人才集聚,某区大力实施人才提升计划,发布《某区会计人才补贴申请指引》,对辖区会计人才提供补贴支持。\n"
               "持甲类证书并在本区工作满两年者,给予8000元补贴。\n")
    assert (doc.title, doc.kind) == ("某区会计人才补贴申请指引", "notice")


def test_each_batch_of_a_call_closes_on_its_last_day():
    doc = _doc("关于申报某类人才补贴的通知\n一、申请时间:每年分两批受理:上半年批次为2024年3月1日至5月31日;"
               "下半年批次为2024年8月1日至10月31日。\n")
    assert sorted(p.fields["date"] for p in doc.provisions if p.kind == "deadline") == ["2024-05-31", "2024-10-31"]


def test_a_large_award_in_wan_keeps_its_reading_whatever_its_digits():
    # (a standard that large is written in 万元: a sum in 万 with four significant figures is still an award)
    assert _read("一、对新认定的甲类企业,给予奖励1275万元。\n") == [("fixed", 12750000, None, None)]


def test_a_digest_whose_place_headings_repeat_one_topic_is_split_by_place():
    from zhengce.reading import parse_text
    text = ("赣州市及各县区科技企业扶持汇总\n赣州市科技企业扶持\n对首次入库的企业给予5万元奖励。\n"
            "信丰县科技企业扶持\n对新入库的企业每家奖励3万元。\n大余县科技企业扶持\n对新入库的企业每家奖励2万元。\n"
            "上犹县科技企业扶持\n对新入库的企业每家奖励1万元。\n")
    docs = parse_text(text, source="x.txt")
    assert [d.region for d in docs][-3:] == ["江西省赣州市信丰县", "江西省赣州市大余县", "江西省赣州市上犹县"]


def test_a_consultancys_advertisement_line_is_chrome_and_joins_nothing():
    from zhengce.reading.chrome import is_chrome
    ad = "【某某科技为企业量身定制项目申报,各类政策有需要欢迎免费咨询了解"
    assert is_chrome(ad) and not is_chrome("对提供免费咨询服务的机构,按服务人次给予补助,每人次50元。")
    doc = _doc("某省行业资讯\n某市家庭农场补贴,2023年示范家庭农场申报条件、材料总览\n2023/2/22 浏览次数:\n"
               "下文简单介绍某市示范家庭农场申报的奖励补贴政策以及申报的条件材料。\n" + ad + "\n某市示范家庭农场认定奖励补贴政策\n"
               "某区对首次获批省级家庭农场一次性奖励4万元。\n")
    assert "咨询" not in (doc.title or "")


def test_a_digest_place_heading_with_a_former_name_is_that_place_as_named():
    from zhengce.reading import parse_text
    text = ("长沙市及各区县科技企业奖励汇总\n长沙市科技企业奖励\n对首次入库的企业给予5万元奖励。\n"
            "宁乡县科技企业奖励\n对新入库的企业每家奖励3万元。\n长沙县科技企业奖励\n对新入库的企业每家奖励2万元。\n"
            "浏阳市科技企业奖励\n对新入库的企业每家奖励1万元。\n")
    docs = parse_text(text, source="x.txt")
    assert docs[1].region == "湖南省长沙市宁乡县" and any(w.code == "region_former" for w in docs[1].warnings)


def test_a_pages_recommended_news_below_the_text_is_not_the_document():
    body = "甲类企业首次获评的奖10万元,再次获评的奖5万元。" * 10
    teaser = "某年度某市甲类扶持资金的申报条件、流程与材料清单和补贴标准"
    doc = _doc("某区甲类企业扶持奖励办法\n" + body + "\n推荐资讯\n" + teaser + "\n" + teaser + "\n2025-09-12 点击查看\n")
    assert "申报条件" not in (doc.title or "") and "材料清单" not in doc.text
