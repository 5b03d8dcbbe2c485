"""Forms met from round 291 on, each in a small text of its own (placeholder sentences that copy no set
document): a notice's standards lists and rate cards, lists of kinds set out by 按照, caps and totals written as list
items, stage payments and cost splits that are no rates; a mirror's watermark, spaces turned to '?', spam before a
title; a call a report's lead names; a fund set up as a text's budget."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, awards_in, doc_of as _doc, incentives_of
from zhengce.provisions import extract
from zhengce.reading import regions
from zhengce.reading.budgets import total_budget
from zhengce.reading.metadata import qualify_unit
from zhengce.reading.normalize import normalize
from zhengce.reading.towns import town_named
from zhengce.reading.signature import inner_signature
from zhengce.reading.titles import clean_title


def _per_unit_in(text: str) -> list[tuple]:
    """(sum per unit, unit) of each per-unit incentive of a small text's first document."""
    return [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"].get("unit"))
            for p in incentives_of(_doc(text)) if p.fields["form"] == "per_unit"]


# --- a notice's list of standards

def test_numbered_sums_per_unit_under_a_standard_heading_past_a_sentence_between():
    text = ("各有关单位:\n现将申请事项通知如下:\n一、资助对象\n本地注册的企业。\n二、资助标准\n以上级有关办法为准。\n"
            "1.新品种登记800元/个;\n2.地理标志认证2000元/件。\n三、申请时间\n即日起受理。\n")
    assert _per_unit_in(text) == [(800, "个"), (2000, "件")]


def test_sums_each_head_a_month_under_a_standard_heading_are_per_unit():
    text = ("现将补助情况公示如下。\n一、补助对象\n普惠性托育机构。\n二、补助标准\n"
            "全日制为每人每月200元;半日制按全日制的50%核定,为每人每月100元。\n三、公示时间\n五个工作日。\n")
    assert _per_unit_in(text) == [(200, "人"), (100, "人")]


# --- rates and their caps

def test_one_share_with_a_total_at_most_per_kind_is_a_rate_per_cap():
    text = "对甲类企业或乙类机构,分别按照费用的30%给予总额不超过200万元、80万元的奖励。"
    assert awards(text) == [("rate", None, Decimal("0.3"), 2000000), ("rate", None, Decimal("0.3"), 800000)]


def test_a_cap_the_same_for_each_is_a_cap():
    text = "对发生的保险费给予实际贷款金额2%的补贴,且每项保险费的补贴最高均为8万元。"
    assert awards(text) == [("rate", None, Decimal("0.02"), 80000)]


def test_sums_per_unit_joined_by_and_are_each_per_unit():
    text = "对获得甲乙两类证书的,分别给予300元/件和4000元/件资助。"
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in extract(text) if p.kind == "incentive"] == [
        ("per_unit", 300), ("per_unit", 4000)]


def test_sums_each_run_listed_with_fenbie_are_per_run_not_per_fenbie():
    text = "对甲乙两类赛事,每届分别给予15万元、18万元奖补。"
    assert [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"]) for p in extract(text)
            if p.kind == "incentive"] == [(150000, "届"), (180000, "届")]


def test_a_card_of_labelled_sums_per_unit_after_the_award_is_its_standard():
    text = ("关于申请某县年度品种奖励的通知\n各有关单位:\n对符合条件的育种单位给予奖励,现通知如下:\n"
            "新品种:6000元/个;地方品种:1500元/个。\n")
    assert _per_unit_in(text) == [(6000, "个"), (1500, "个")]
    # (a list of fees is no card of awards)
    assert _per_unit_in("关于某县年度品种奖励的通知\n各有关单位:\n对符合条件的单位给予奖励。\n"
                        "检测收费:600元/个;复检收费:150元/个。\n") == []


# --- sums a head, listed by kind

def test_kinds_each_with_a_sum_a_head_listed_to_the_verb_are_per_unit():

    def heads(text):
        return [p.fields["per_unit"]["award_yuan"] for p in extract(text) if p.kind == "incentive"]
    assert heads("按照甲类每人每月2600元、乙类人才每人每月1300元、丙类每人每月700元的标准连续发放2年。") == [2600, 1300, 700]
    assert heads("按照甲类每人900元/月(限本地生源),乙类每人1400元/月,丙类每人2100元/月给予补贴。") == [900, 1400, 2100]


# --- page chrome

def test_a_mirror_s_watermark_glued_to_line_after_line_is_dropped():
    mark = "xQ某某资讯网-看政策就来这里!专业政策网站"
    text = (f"各乡镇、各单位:{mark}\n《某某产业扶持办法》业经县政府研究,予以印发。{mark}\n"
            f"2023年4月2日{mark}\n某某产业扶持办法\n一、对新认定的企业给予10万元奖励。{mark}\n二、其他事项{mark[:9]}\ufffd")
    view = normalize(text).text
    assert mark[3:] not in view and "专业政" not in view and "给予10万元奖励。" in view
    assert _doc(text).title == "某某产业扶持办法"


def test_endings_a_policy_repeats_are_no_watermark():
    text = "".join(f"{n}.对新认定的甲类企业给予一次性奖励,由市商务网统一发布。\n" for n in range(1, 5))
    assert normalize(text).text == text


def test_a_standard_each_mu_stated_with_wei_is_per_unit():
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"]) for p in extract(
        "对新建的育苗大棚,每亩补助标准为2500元。") if p.kind == "incentive"] == [("per_unit", 2500, "亩")]


def test_an_award_named_without_its_sum_then_its_sums_by_kind_after_qizhong():
    text = "对首次入统的单位予以奖补。其中,甲类行业最高6万元;乙类行业最高4万元;丙类、丁类等行业最高2万元。"
    assert awards(text) == [("up_to", 60000, None, None), ("up_to", 40000, None, None), ("up_to", 20000, None, None)]
    # (a report's 其中 without the award's word before it states no award)
    assert awards("全年新增企业120家。其中,甲类行业最高6万元;乙类行业最高4万元。") == []


def test_a_sum_for_each_city_or_county_is_each_place_s_own():
    assert awards("按照每个市150万元、每个县市区60万元的标准给予奖励。") == [("fixed", 1500000, None, None), ("fixed", 600000, None, None)]


def test_a_spam_mirror_s_name_or_share_buttons_before_a_title_are_no_part_of_it():
    assert clean_title("某某888娱乐_XY8888手机下载_xy888网页版登录官网关于支持某某产业发展的若干措施") == "关于支持某某产业发展的若干措施"
    assert clean_title("777体育网址2024年某某项目申请指南") == "2024年某某项目申请指南"
    assert clean_title("35微信微博QQ空间2024年某某补贴发放工作方案") == "2024年某某补贴发放工作方案"
    # (a year, or a title about a site, keeps its words)
    assert clean_title("2024年某某官网建设项目申报通知") == "2024年某某官网建设项目申报通知"
    assert clean_title("关于5G网页版应用的扶持办法") == "关于5G网页版应用的扶持办法"


def test_a_city_s_body_written_with_its_province_in_a_report_goes_by_the_city_s_name():
    city = regions.lookup("池州市")
    assert qualify_unit("安徽省池州市林业局", city) == "池州市林业局"
    assert qualify_unit("广西崇左市商务局", regions.lookup("崇左市")) == "崇左市商务局"
    # (a municipality's district keeps its city; a province's own body keeps its province)
    assert qualify_unit("上海市浦东新区某某局", regions.lookup("浦东新区")) == "上海市浦东新区某某局"
    assert qualify_unit("安徽省财政厅", regions.lookup("安徽省")) == "安徽省财政厅"


def test_the_least_an_employer_pays_as_a_share_of_the_minimum_wage_is_no_award():
    assert awards("实习期间,实习单位应当每月向学员提供不低于本地最低工资标准70%的生活补贴。") == []
    assert awards("按本地最低工资标准的40%给予实习补贴。") == [("rate", None, Decimal("0.4"), None)]


def test_a_sum_split_between_governments_in_brackets_after_it_is_one_award():
    assert [a[0] for a in awards("对新建冷库的合作社,按每立方米80元(省级补贴50元、县级补贴30元)的标准给予补贴。")] == ["per_unit"]
    assert awards("对新建项目予以补助(县财政补助20万元)。") == [("fixed", 200000, None, None)]


def test_a_sum_masked_to_nothing_is_no_award():
    assert awards("新获得甲、乙、丙三类证书的,分别给予元、元、0元奖励。") == []


def test_one_beneficiary_s_yearly_total_after_the_award_in_a_list_caps_it():
    assert awards("对组织客源的机构,给予机构最高3万元、同一机构每年最高不超过15万元的奖励。") == [("up_to", 30000, None, 150000)]
    [p] = [p for p in extract("每成功引进一个团队给予1万元、每家单位每年最高不超过12万元的奖励。") if p.kind == "incentive"]
    assert (p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["cap_yuan"]) == ("per_unit", 10000, 120000)
    # (sums of a list, each its kind's, stay a list)
    assert awards("分别给予最高3万元、6万元的奖励。") == [("up_to", 30000, None, None), ("up_to", 60000, None, None)]


def test_a_step_of_things_counted_then_its_sum_and_the_most_in_all():

    def read(text):
        return [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["cap_yuan"]) for p in extract(text)
                if p.kind == "incentive"]
    assert read("赛事规模每增加500平方米相应增加奖补4万元,奖补额度最高不超过90万元。") == [("per_unit", 40000, 900000)]
    assert read("每增加一场2万平方米(含)赛事,相应增加奖补2万元,奖补额度最高不超过12万元。") == [("per_unit", 20000, 120000)]


def test_a_sum_each_time_each_new_shop_and_each_head_counted():

    def units(text, **context):
        return [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in extract(text, context=context or None)
                if p.kind == "incentive"]
    assert units("对已开展的推介活动按照3万元/次给予奖励。") == [("per_unit", 30000)]
    assert units("每新开一家直营的社区门店补助1.5万元。") == [("per_unit", 15000)]
    assert units("按单位上年度月平均参保人数, 每1人600元(零头不计)。", standard=True) == [("per_unit", 600)]


def test_a_sum_just_stated_split_between_levels_is_no_award_of_its_own():
    assert awards("对完成改造的农户,每户奖励1.2万元,省市县分别奖励6000元、4000元和2000元。") == [("fixed", 12000, None, None)]
    # (awards for each level of recognition stay awards)
    assert [a[1] for a in awards("对获评省、市、县级示范的,分别奖励3万元、2万元和1万元。")] == [30000, 20000, 10000]


def test_a_sum_for_each_shop_the_firm_opens_is_per_shop():
    [p] = [p for p in extract("对新建并验收合格的连锁门店,老城区的门店每家补贴1.8万元。") if p.kind == "incentive"]
    assert (p.fields["form"], p.fields["per_unit"]["award_yuan"]) == ("per_unit", 18000)
    assert awards("对新认定的企业每家补贴5万元。") == [("fixed", 50000, None, None)]


def test_a_report_s_line_issuing_a_text_whose_name_is_printed_again():
    text = ("最新政策速递!\n日前某某市人民政府办公室印发某某市茶园奖补办法(试行)的通知某某市茶园奖补办法(试行)\n"
            "为促进茶产业发展,制定本办法。一、奖补对象\n本办法所述茶园,对新建茶园每亩补助800元。\n")
    doc = _doc(text)
    assert (doc.title, doc.issuer) == ("某某市茶园奖补办法(试行)", "某某市人民政府办公室")


def test_governments_shares_with_the_rest_borne_by_the_beneficiary_are_one_rate():
    assert awards("牲畜保险保费补贴比例为:省财政补贴50%,县财政补贴25%,养殖户承担25%。") == [("rate", None, Decimal("0.75"), None)]
    # (shares that do not make the whole with the rest stay as read)
    assert len(awards("牲畜保险保费补贴比例为:省财政补贴50%,县财政补贴25%,养殖户承担10%。")) == 2


def test_an_innovation_voucher_is_an_award_a_pool_of_consumption_vouchers_is_not():
    assert awards("对首次认定的单位,给予3万元的奖励和2万元科技创新券。") == [("fixed", 30000, None, None), ("fixed", 20000, None, None)]
    assert awards("全市共发放消费券3000万元。") == []
    assert awards("符合条件的企业可申领使用最高8万元创新券。") == [("up_to", 80000, None, None)]


def test_spaces_a_wrong_code_page_turned_to_question_marks_are_spaces():
    text = ("某某县农机购置奖励办法\n第一条 对新购置烘干机的合作社,每台补助1万元。\n第二条 本办法由县农业局负责解释。\n"
            "??????????????????某某县人民政府\n????????????????????2022年3月8日\n")
    doc = _doc(text)
    assert (doc.issuer, doc.issued) == ("某某县人民政府", "2022-03-08")


def test_a_flattened_signature_before_related_attachments():
    text = "…资助资金用于团队建设,附件:1.甲名单2.乙名单余杭区商务局2025年3月6日相关附件:甲名单"
    assert inner_signature(text) == ("余杭区商务局", "2025-03-06")


def test_a_fund_set_up_or_money_handed_down_is_a_text_s_budget():
    assert total_budget("第三条 区财政每年安排120万元茶产业发展专项资金,用于奖补。", False) == 1200000
    assert total_budget("县财政设立招才引智奖励基金80万元/年,并逐年增加。", False) == 800000
    assert total_budget("近日,市财政下达第二批稳岗奖励资金356.5万元,对符合条件的企业给予奖励。", False) == 3565000
    # (a section's own budget in a sectioned policy is not the whole's)
    assert total_budget("县财政设立招才引智奖励基金80万元/年,并逐年增加。", True) is None


def test_a_call_a_report_s_lead_tells_of_by_its_name_is_the_document():
    text = ("本报讯(记者 某某)6月3日,记者从某某市商务局获悉,根据《某某市商务局关于组织2026年家电换新补贴活动的公告》,"
            "活动平台已正式上线。\n补贴标准以发票金额为准:3000元以下补贴300元,3000元(含)以上补贴500元。\n")
    doc = _doc(text)
    assert (doc.title, doc.kind) == ("某某市商务局关于组织2026年家电换新补贴活动的公告", "notice")


def test_one_firm_s_yearly_total_after_capped_awards_is_no_award_of_its_own():
    text = "按照验证费用20%,分别给予最高不超过80万元、40万元补助。每家企业年度补助总额最高200万元。"
    assert awards(text) == [("rate", None, Decimal("0.2"), 800000), ("rate", None, Decimal("0.2"), 400000)]


def test_a_standard_for_each_product_capped_by_the_firm_s_yearly_total_in_the_next_sentence():
    text = "对入选的应用,按照每款产品最高8万元的标准,给予开发单位奖励。单家单位年度累计奖励最高60万元。"
    [p] = [p for p in extract(text) if p.kind == "incentive"]
    assert (p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["cap_yuan"]) == ("per_unit", 80000, 600000)


def test_the_same_long_sentence_in_a_report_s_lead_and_body_is_one_award():
    said = ("对本县纳入省级示范名单且容量3万千瓦以上的共享储能设施,按全年实际参与调用的情况,经审核后每个设施每年奖补上限为"
            "300万元。")
    text = (f"某某县关于申报储能补助的通知\n近日,县发改局发布通知,明确两项补助。{said}另有用户侧补助。\n各有关单位:\n"
            f"现将有关事项通知如下。\n一、补助标准\n{said}\n二、申报时间\n即日起。\n")
    assert [a["amount_yuan"] for a in awards_in(text)] == [3000000]


def test_a_whole_sum_that_reaches_so_much_is_the_budget():
    assert total_budget("对验收合格的村居,发放奖补资金,此项资金总额达到1500万元。", False) == 15000000


def test_each_kind_s_sum_in_a_list_set_out_by_anzhao_the_verb_after_the_whole_list():
    assert awards("对新开业的甲类商场,分别按照总额不超过15万元、40万元的额度,分两年按60%、40%比例给予运营主体开业奖励。") == [
        ("up_to", 150000, None, None), ("up_to", 400000, None, None)]
    assert awards("对运营主体,按照每家甲类示范站点每年2万元、每家乙类站点每年1万元进行补贴。") == [
        ("fixed", 20000, None, None), ("fixed", 10000, None, None)]


def test_a_notice_a_body_put_out_on_a_day_as_a_report_tells_it():
    text = ("某某市商务局12日印发《关于组织2026年某某市特色街区建设项目申报的通知》,决定设立专项资金。\n"
            "对街区新开设的特色门店奖励2万元。\n")
    doc = _doc(text)
    assert (doc.title, doc.kind, doc.issuer) == ("关于组织2026年某某市特色街区建设项目申报的通知", "notice", "某某市商务局")


def test_a_street_named_after_its_district_is_not_read_with_the_district_s_last_character():
    text = "钟楼区北港街道关于夜经济的扶持政策。钟楼区北港街道对入驻商户给予奖励。钟楼区北港街道设立专项资金。"
    assert town_named(text) == "北港街道"


def test_a_notice_a_report_reads_from_unquoted():
    text = ("某某市商务局发布征集2026年特色街区提升项目的通知显示,某某市鼓励商业企业升级改造。\n"
            "对完成改造的门店,按投资额的8%给予奖励。\n")
    doc = _doc(text)
    assert (doc.title, doc.kind) == ("征集2026年特色街区提升项目的通知", "notice")


def test_an_award_paid_in_stages_states_no_rates():
    text = ("资助资金分批次拨付,在立项、完成总投资的50%、竣工验收三个阶段,依次按资助金额的50%、25%、25%予以拨付。")
    assert awards(text) == []
