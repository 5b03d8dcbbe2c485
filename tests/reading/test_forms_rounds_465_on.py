"""Forms met from round 465 on, each in a small text of its own (placeholder sentences that copy no set
document): a sum per car to a buyer named in the list's lead is the buyer's own, a seller's per car stays per
unit; so much per event held (按每场N万元的标准); a rate 参照 a base; a most per kilowatt (每千瓦不高于N元); a
headline of a fund a place hands out is no award; a sum raised with no 由 before it is no award; a thousands
separator inside a sum (1,000万元); a call letter citing its policy by a short name; the second of two cited
policies; a blog byline's date; a letter's list of attachments; 下称 naming the policy a report tells of; a policy
put out then named by the tail of its name; a lead whose awards the body states again; a subsidy set at a share
of the minimum wage, and raised for some (可提高至); a standard per head after rates; N元/人 before the award's name;
所属镇区; a picture's caption and a site's greeting; a site's column after a headline; a heading's last words
on a line of their own; a district a report's policy names in its title."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import doc_of, extracted, incentives_of


def _forms(awards) -> list:
    return [(p.form, p.amount_yuan if p.form != "per_unit" else p.per_unit["award_yuan"]) for p in awards]


def test_a_sum_per_car_to_a_buyer_named_in_the_lead_is_the_buyers_own():
    text = ("某市某某汽车促消费活动细则\n对符合条件的个人消费者购买新车给予补贴。\n"
            "1.车价低于8万元的,每辆补贴600元;\n2.车价不低于8万元的,每辆补贴900元。\n")
    assert _forms(incentives_of(doc_of(text))) == [("fixed", 600), ("fixed", 900)]


def test_a_sellers_sum_per_car_stays_per_unit():
    text = "某市某某汽车促消费活动细则\n对个人消费者购车给予补贴。\n对汽车销售企业,每销售一辆新车奖励300元。\n"
    assert ("per_unit", 300) in _forms(incentives_of(doc_of(text)))


def test_so_much_for_each_event_held_is_per_unit():
    awards = extracted("对举办对接活动的机构,按每场3万元的标准给予补助,同一机构年度补助总额不超过12万元。")
    assert _forms(awards) == [("per_unit", 30000)] and awards[0].cap_yuan == 120000


def test_a_rate_reckoned_after_canzhao_is_a_rate():
    awards = extracted("对新引进的总部企业,参照其对地方经济贡献部分的60%,连续三年给予运营补助,每年最高补助200万元。")
    assert [(p.form, p.rate, p.cap_yuan) for p in awards] == [("rate", Decimal("0.6"), 2000000)]


def test_a_most_per_kilowatt_is_per_unit():
    awards = extracted("对充电设施建设单位,慢充设施每千瓦补贴不高于150元、快充设施每千瓦补贴不高于300元。")
    assert _forms(awards) == [("per_unit", 150), ("per_unit", 300)]


def test_a_headline_of_a_fund_a_place_hands_out_is_no_award():
    assert extracted("某某区发放3000万元家电消费补贴") == []
    assert _forms(extracted("对符合条件的个人,发放3000元家电消费补贴。")) == [("fixed", 3000)]


def test_a_sum_raised_with_no_you_before_it_is_no_award():
    awards = extracted("对购买目录内车型的消费者给予每辆2000元的一次性补助提高到4000元。")
    assert _forms(awards) == [("fixed", 4000)]


def test_a_thousands_separator_inside_a_sum_keeps_the_list_whole():
    text = "某市某产业扶持办法\n一、营业收入首次超过3 亿元、6 亿元的企业,将分别获得300 万元、1,200 万元的奖励。\n"
    assert sorted(p.amount_yuan for p in incentives_of(doc_of(text))) == [3000000, 12000000]


def test_a_call_letter_citing_its_policy_by_a_short_name_is_a_notice():
    text = ("各有关单位:\n根据《某市促进会展业发展扶持细则》(某会展〔2023〕5号)(简称《细则》),现组织展会主办"
            "单位申报补助资金,有关事项如下:\n一、申报对象\n2024年在本市举办的展会项目。\n二、申报时间\n请于2024年9月4日前申报。\n")
    doc = doc_of(text)
    assert doc.kind == "notice" and doc.title is None


def test_the_second_of_two_cited_policies_is_not_what_a_report_tells():
    text = ("某市:新一批产业项目集中签约\n\n某某论坛昨天举行,对外发布了新的扶持政策。此次发布的政策,结合了省政府出台的"
            "《关于促进全省某某产业发展的若干政策》以及市政府出台的《支持某某园区率先发展的实施意见》,形成合力。\n")
    assert doc_of(text).title is None


def test_a_blog_bylines_date_gives_the_year():
    text = ("当前位置:首页 > 产业资讯 > 正文内容\n\n某市:产业项目集中签约\n\nadmin2年前 (2023-05-06)产业资讯61\n\n"
            "  本报讯 某某活动昨天举行,对外发布了新的扶持政策,对新落户的企业给予最高80万元奖励。\n")
    assert doc_of(text).year == 2023


def test_a_letters_list_of_attachments_gives_no_title():
    text = ("各相关企业:\n根据市局通知要求,现开展项目申报工作,请符合要求的企业积极申报。\n一、支持对象\n区内企业。\n"
            "附件:附件1:申报指南.pdf\n附件2:汇总表.doc\n")
    assert doc_of(text).title != "附件1:申报指南"


def test_xiacheng_names_the_policy_a_report_tells_of():
    text = ("当前位置: 首页 > 健康\n\n某市将发放某某补助:二孩家庭3000元\n\n记者从某市某局获悉,《某市某某补助实施办法(试行)》"
            "(下称《办法》)日前正式印发。其规定,符合条件的家庭给予一次性补助3000元。\n\n据《办法》有关解读,补助分为两类。\n")
    assert doc_of(text).title == "某市某某补助实施办法(试行)"


def test_a_policy_put_out_then_named_by_its_tail_is_the_reports():
    text = ("某区:五举措推动某某产业发展\n\n作者 某某 2025-03-04 08:10\n\n为支持某某产业创新发展,近日,某地立足自身产业基础和企业所需,结合自身实际情况,"
            "出台《某市某区关于推动某某产业加快发展的实施意见》。\n\n《实施意见》提出,对新落户企业给予奖励。\n")
    assert doc_of(text).title == "某市某区关于推动某某产业加快发展的实施意见"


def test_a_leads_awards_said_again_in_the_body_count_once():
    text = ("某市将发放某某补助\n\n记者获悉,《某市某某补助办法》(下称《办法》)日前正式印发。其规定,第一类家庭给予一次性补助"
            "1500元,第二类家庭给予一次性补助4500元。\n\n补助对象为第一类、第二类家庭,补助标准为第一类家庭给予一次性补助1500元,"
            "第二类家庭给予一次性补助4500元。\n")
    assert sorted(p.amount_yuan for p in incentives_of(doc_of(text))) == [1500, 4500]


def test_a_subsidy_set_at_a_share_of_the_minimum_wage_and_raised_for_some():
    awards = extracted("补贴标准:按不低于本地最低工资标准的50%给予补贴,其中示范基地补贴比例为60%,留用率达到40%的可提高至70%;"
                      "意外伤害保险费补助最高不超过每人40元标准。")
    assert [(p.form, p.rate or p.per_unit["award_yuan"]) for p in awards] == [
        ("rate", Decimal("0.5")), ("rate", Decimal("0.6")), ("rate", Decimal("0.7")), ("per_unit", 40)]
    assert all(p.cap_yuan is None for p in awards)
    # (what the employer pays its trainees stays no award)
    assert extracted("见习单位按不低于最低工资标准75%发放见习人员生活补助。") == []


def test_a_sum_per_head_before_the_awards_own_name_is_per_unit():
    awards = extracted("按实际输送人数给予职业介绍机构500元/人职业介绍补贴。")
    assert _forms(awards) == [("per_unit", 500)]


def test_each_applicants_own_town_names_no_town():
    text = ("各镇街主管部门,各有关企业:\n现组织2024年度某市专项资金申报,有关事项如下:\n"
            "一、申报材料报所属镇区主管部门初审。\n二、所属镇区主管部门出具意见。\n三、所属镇区主管部门汇总上报。\n")
    doc = doc_of(text.replace("某市", "中山市"))
    assert "所属" not in (doc.region or "")


def test_a_pictures_caption_and_a_sites_greeting_are_no_title():
    assert doc_of("(资料图片)\n为降低机构运营成本,某区由社区提供免费用房。\n").title != "(资料图片)"
    from zhengce.reading.chrome import is_chrome
    assert is_chrome("欢迎访问某某市中小企业公共服务平台")


def test_a_sites_column_after_a_headline_is_dropped():
    text = "某市促消费新政推动某某采购 某某产业有望受益|行业动态\nadmin\n2022-05-27 21:51:42\n\n  日前某市再推促消费措施,引发关注。\n"
    assert "行业动态" not in (doc_of(text).title or "")


def test_a_headings_last_words_on_a_line_of_their_own():
    text = ("某区某某工作领导小组\n关于印发某区贯彻落实某某支持措施工作方案的通知\n各镇街:\n现将方案印发给你们。\n"
            "某区贯彻落实某某支持措施\n工作方案\n为贯彻落实有关决定,制定本方案。\n一、总体要求\n坚持以人民为中心。\n")
    assert doc_of(text).title == "某区贯彻落实某某支持措施工作方案"


def test_a_district_a_reports_policy_names_in_its_title():
    text = ("某地:四举措推动某某产业发展\n\n作者 某某 2025-03-04 08:10\n\n为支持苏州市某某产业创新发展,近日,某地立足自身产业基础和企业所需,结合自身实际情况,"
            "出台《苏州市吴中区关于推动某某产业加快发展的实施意见》。\n\n《实施意见》提出,对新落户企业给予奖励。\n")
    doc = doc_of(text)
    assert doc.region == "江苏省苏州市吴中区" and doc.level == "district"
