"""Forms met while building rounds 189 and on: a list of measures that all cite one 【政策依据】, a sum an award
may reach (可补贴至), an award's ceiling raised (额度提升至最高), a plan's span of years without 年, titles
cited as <…> inside 《…》 (no breadcrumb), untitled publicity and payout notices, a signer run on before the
copy-to line, a table of named firms before the award's standard, a covering notice's signature run into
the title it covers, an application window under a 申报时限 heading, prize grades sharing one condition, a
headline ending in 申报条件, one sum for a class of five recognitions, a cap on the interest paid in total
(贴息总额), a cap restated in the clause after it, a report naming its policy after 显示/介绍 or a time word
a pot all of a document's awards share, interest paid at an annual rate, a platform open for
applications between two days, an untitled 本操作规程, a news lead naming four
bodies with a central bank branch, yearly parts of an award, 每单, sums listed with slashes (each in a small text
of its own, placeholder sentences and places)."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in as _awards, awards_in_policy as _one, doc_of as _doc


def test_measures_that_all_cite_one_basis_are_that_policys_articles():
    text = ("1.【优惠内容】对购置新设备的企业,按贷款利息给予贴息,每家最高贴息50万元。\n"
            "【政策依据】《关于推动某某产业提质增效的实施意见》(某政办字〔2021〕9号)\n【政策落实单位】市工信局、市财政局\n"
            "2.【优惠内容】示范项目奖励。评出示范项目5个,各奖励80万元。\n"
            "【政策依据】《关于推动某某产业提质增效的实施意见》(某政办字〔2021〕9号)\n【政策落实单位】市工信局、市财政局\n")
    doc = _doc(text)
    assert doc.title == "关于推动某某产业提质增效的实施意见"
    assert doc.doc_number == "某政办字〔2021〕9号" and doc.year == 2021
    assert [a.heading for a in doc.articles][1] == "示范项目奖励"
    assert doc.articles[0].responsible == ["市工信局", "市财政局"]


def test_measures_citing_different_bases_stay_a_package():
    text = ("1.对企业给予补助10万元。\n政策依据:《某某办法》(某发〔2021〕1号)\n"
            "2.对企业给予奖励20万元。\n政策依据:《另一某某办法》(某发〔2022〕2号)\n")
    assert _doc(text).title != "某某办法"


def test_a_sum_an_award_may_reach_is_its_maximum():
    awards = _one("1.对设备投入在5000万元以上的项目,可补贴至300万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 3000000)]


def test_an_award_ceiling_raised_for_some_is_an_award_of_its_own():
    awards = _one("1.每家机构每年最高奖励200万元,对示范机构每年补助额度提升至最高600万元,连续支持2年。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 2000000), ("up_to", 6000000)]


def test_a_plans_span_of_years_without_nian_dates_it_from_its_first_year():
    doc = _doc("某县关于鼓励科技创新的实施方案(2024-2025)\n一、总体目标\n到2025年,高新技术企业达到50家。\n")
    assert doc.year == 2024


def test_titles_cited_in_angle_brackets_make_no_breadcrumb():
    text = ("某某镇人民政府:根据《某某市财政局关于印发<某某资金管理办法>的通知》精神,现下达你镇2023年某某奖补资金150万元,"
            "有关事项通知如下:一、请你镇按照《某某市农业农村局关于印发<某某项目实施方案>的通知》要求,做好项目建设。\n")
    doc = _doc(text)
    assert doc.kind == "notice" and doc.total_budget_yuan == 1500000


def test_an_untitled_publicity_and_an_untitled_payout_report_are_notices():
    shown = _doc("根据《某某专项资金管理办法》,我局开展了某某奖励资金审核工作。\n"
                 "经审核,拟奖励名单见附件,现予以公示。\n公示时间为2024年5月6日至5月10日。\n")
    assert shown.kind == "notice"
    paid = _doc("2021年,某某区做好政策兑现。共向120家企业拨付扶持资金3000.5万元,具体如下:\n"
                "1、某某奖励申报20家,实际奖励15家150万元。\n2、某某补助申报8家,实际奖励8家80万元。\n")
    assert paid.kind == "notice" and paid.total_budget_yuan == 30005000
    assert not [p for p in paid.provisions if p.kind == "incentive" and "3000.5" in p.quote]  # paid out, no award


def test_a_signer_run_on_before_the_copy_to_line_is_the_issuer():
    text = ("某某镇人民政府:现下达你镇2023年某某奖补资金150万元,请按规定使用。附件:1.2023年某某资金分配表"
            "中共杭州市萧山区委某某工作领导小组办公室\n2023年5月19日抄送:区财政局\n2023年5月19日印发。\n")
    doc = _doc(text)
    assert doc.issuer == "中共杭州市萧山区委某某工作领导小组办公室" and doc.issued == "2023-05-19"


def test_named_firms_in_a_table_before_the_awards_standard_do_not_hide_it():
    text = ("某某项目计划表\n序号 项目单位 拟下达金额 1 某某科技股份有限公司 36.2 2 某某生物科技有限公司 36.2 总计 72.4 "
            "补助标准:对获得贷款的企业,按实际支付利息的40%给予补助。\n")
    assert [(p["form"], p["rate"]) for p in _awards(text)] == [("rate", Decimal("0.4"))]


def test_a_sum_per_ton_of_a_pollutant_named_in_latin_letters_is_per_unit():
    awards = _one("1.对减排工程,每吨COD削减量最高补贴1万元,每吨TN削减量最高补贴3万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 10000), ("per_unit", 30000)]


def test_a_yearly_ceiling_in_the_next_sentence_caps_the_rate():
    awards = _one("1.对物资供应企业,按每年交付的货值总额给予3%的奖励。每家企业最高奖励额度为每年80万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.03"), 800000)]


def test_a_sum_for_each_route_supported_is_per_unit():
    awards = _one("1.对新开航线的企业,年航班达到30个航次的,每条航线扶持50万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 500000)]


def test_an_application_window_under_its_own_heading_is_a_deadline():
    doc = _doc("某区某某奖励资金申报指南\n一、申报时间\n2022年8月1日-8月12日\n二、申报条件\n在本区注册的企业。\n"
               "三、奖励标准\n1.获得国家级奖项的,奖励30万元。\n")
    assert "2022-08-12" in [d["date"] for d in doc.deadlines]


def test_a_measure_numbered_alone_above_its_exclusions_keeps_its_awards():
    text = ("某区新落户企业奖励\n1、对新落户本区的高新技术企业,按照具体情况给予奖励。奖励标准:迁入后首个年度营业收入正增长的,"
            "给予20万元一次性奖励。\n有以下情形之一的不享受落户奖励:\n(一)迁出后又迁入的;\n(二)证书已过有效期的;\n")
    assert 200000 in [p["amount_yuan"] for p in _awards(text)]


def test_a_covering_notices_signature_run_into_the_policy_title_is_not_the_title():
    text = ("某某市某某区人民政府办公室印发关于支持某某产业发展的若干意见的通知\n"
            "各乡镇人民政府、街道办事处:\n《关于支持某某产业发展的若干意见》已经区政府同意,现印发给你们,请认真贯彻落实。\n"
            "某某市某某区人民政府办公室 2023年12月25日 关于支持某某产业发展的若干意见\n"
            "一、支持设备升级\n(一)企业购置设备投入200万元以上的,按设备投资额的10%给予补助,最高100万元。\n")
    doc = _doc(text)
    assert doc.title == "关于支持某某产业发展的若干意见"
    assert doc.issuer == "某某市某某区人民政府办公室"


def test_an_application_window_without_its_year_under_a_time_limit_heading_is_a_deadline():
    doc = _doc("关于开展2021年度某某资助项目申报工作的通知\n一、资助标准\n对获得认定的企业给予资助50万元。\n"
               "二、申报时限\n8月4日至8月18日。\n三、申请材料\n详见附件。\n")
    assert [(d["date"], d["what"]) for d in doc.deadlines] == [("2021-08-18", "申报时限")]


def test_prize_grades_listed_after_one_condition_share_it():
    awards = _awards("关于某某区科技奖励资金申报的通知\n一、奖励标准\n"
                     "1.上年度获得某省科学技术进步奖的,一等奖奖励40万元,二等奖奖励30万元,三等奖奖励20万元。\n")
    assert [(p["trigger"], p["amount_yuan"]) for p in awards] == [
        ("上年度获得某省科学技术进步奖一等奖", 400000), ("上年度获得某省科学技术进步奖二等奖", 300000),
        ("上年度获得某省科学技术进步奖三等奖", 200000)]
    assert [p["quote"] for p in awards][1:] == ["二等奖奖励30万元", "三等奖奖励20万元"]


def test_a_headline_ending_in_the_calls_conditions_is_a_notice():
    doc = _doc("某某区科技创新奖励资金,奖励政策、申报条件\n一、申报时间\n2022年7月25日-7月29日\n二、申报条件\n"
               "在本区注册的企业。\n三、奖励政策\n1.获得国家级奖项的,奖励30万元。\n")
    assert doc.kind == "notice"


def test_one_sum_for_a_class_of_five_recognitions_is_one_award_and_for_two_one_each():
    many = _one("1.对当年获得国家级技术创新中心、制造业创新中心、企业技术中心、工程技术研究中心、重点实验室的企业,"
                "给予100万元一次性奖补。\n")
    assert [p["amount_yuan"] for p in many] == [1000000]
    two = _one("1.对新认定的国家级企业技术中心和重点实验室,一次性奖励50万元。\n")
    assert [p["amount_yuan"] for p in two] == [500000, 500000]


def test_a_cap_on_the_interest_paid_in_total_caps_the_interest_rate():
    awards = _one("1.对列入某某项目的企业给予贴息,贴息比例为同期贷款基准利率的50%,最长不超过2年,"
                  "企业享受贴息总额最高不超过50万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.5"), 500000)]


def test_a_cap_restated_in_the_clause_after_it_still_caps_the_rate_before():
    awards = _one("1.投资1000万元以上的,按实际投资总额的0.05%计奖;单个企业奖金封顶,奖金总额不超过30万元,"
                  "超过30万元的以30万元计奖。\n")
    assert [(p["form"], p["cap_yuan"]) for p in awards] == [("rate", 300000)]


def test_a_report_naming_the_policy_after_a_source_or_a_time_word_is_titled_by_it():
    shown = _doc("据某市政府网站消息介绍,《某某县扶持某某产业发展专项资金管理暂行办法》规定,"
                 "年度考核优秀的给予100万元扶持资金。\n")
    assert shown.title == "某某县扶持某某产业发展专项资金管理暂行办法"
    told = _doc("某某市本周印发了《某某市促进青年人才留某系列优惠政策》,含十项措施。\n"
                "对新就业的博士每月发放生活补贴2500元。\n")
    assert told.title == "某某市促进青年人才留某系列优惠政策"


def test_a_pot_all_of_a_documents_awards_share_is_no_award_and_no_cap():
    awards = _one("1.对在本县购买新建商品住房的,给予每套1万元购房补贴。本文件有效期内购房补贴总额不超过800万元。\n")
    assert [(p["form"], p["cap_yuan"]) for p in awards] == [("per_unit", None)]


def test_interest_paid_at_an_annual_rate_is_a_rate_with_its_cap():
    awards = _one("1.对符合条件的企业贷款,按不超过1%的年利率给予贴息补助,单个企业每年最高补助30万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.01"), 300000)]
    assert _one("1.对入驻企业,享受2%的优惠贷款利率。\n") == []


def test_a_platform_open_for_applications_between_two_days_sets_the_deadline():
    doc = _doc("关于某某补贴申报的通知\n各有关单位:\n一、申报时间\n某某服务平台将于2024年3月4日至2024年3月15日开放申报。\n")
    assert [d["date"] for d in doc.to_json()["deadlines"]] == ["2024-03-15"]
    done = _doc("关于某某补贴的通知\n对2024年1月1日至2024年6月30日申报的项目给予补助5万元。\n")
    assert done.to_json()["deadlines"] == []


def test_an_untitled_text_that_calls_itself_operating_rules_is_rules():
    doc = _doc("为鼓励企业利用资本市场,根据有关规定,制定本操作规程。\n一、政策内容\n(一)上市扶持。\n"
               "1.对成功上市的企业,最高给予100万元奖励。\n")
    assert doc.kind == "rules"


def test_a_news_lead_naming_four_bodies_a_central_bank_branch_among_them_names_them_all():
    doc = _doc("近日,某某市中小企业服务局、某某市地方金融监督管理局、中国人民银行某某市中心支行、某某银保监局联合印发"
               "《某某市首次贷款贴息项目实施细则》(以下简称“实施细则”),对首次获得贷款的企业给予贴息补助,每家最高20万元。\n"
               "问:什么是首贷贴息?\n答:一种利息补贴。\n")
    assert doc.title == "某某市首次贷款贴息项目实施细则"
    assert doc.issuer == "某某市中小企业服务局、某某市地方金融监督管理局、中国人民银行某某市中心支行、某某银保监局"


def test_yearly_parts_that_add_up_to_the_award_are_its_payment_schedule():
    awards = _one("1.对新建连片50亩以上的,按每亩600元给予补贴,验收合格分3年补贴到位,第一年补贴300元,"
                  "第二年和第三年各补贴150元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 600)]
    staged = _one("1.对当年新增的规上企业分3年给予20万元奖励:其中,第一年给予奖补10万元,第二年给予奖补6万元,"
                  "第三年给予奖补4万元。\n")
    assert [p["amount_yuan"] for p in staged] == [200000]
    # (parts that add up to no award read before are awards of their own)
    apart = _one("1.对新认定的企业,第一年奖励10万元,第二年奖励5万元。\n")
    assert [p["amount_yuan"] for p in apart] == [100000, 50000]


def test_a_sum_for_each_parcel_is_per_unit_and_sums_listed_with_slashes_are_each_an_award():
    parcel = _one("1.对农村网点覆盖率达到60%以上的快递企业,进行每单0.3元的补贴。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in parcel] == [("per_unit", Decimal("0.3"), "单")]
    slashed = _one("1.对营业收入首次突破2亿/4亿/8亿的企业,分别奖励5万/10万/20万元。\n")
    assert [p["amount_yuan"] for p in slashed] == [50000, 100000, 200000]
