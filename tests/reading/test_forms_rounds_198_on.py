"""Forms met from round 198 on (each in a small text of its own, placeholder sentences): a municipality's
district saying 本市; a sum reached before its award; units counted (每新增加1个X, booths, dollars, meals, heads by
child, certified products); no awards where a sum is a condition, a start, a halved sum, a share in brackets or a
fund's spending share; caps (万人民币, a cap per kind after one rate, a sum and a share bound together, a cap in its
own part of a text without articles); a list lead's items; question pages and service guides as notices; joint
signers on one line; 规划 a policy; an explained rule's title; a covered list; a posting stamp's year; an attached
notice's title and issuer; a paper's byline; a dated lead with a quoted title; a county's bare bureau; a policy card
with its source at its foot; a report's lead summing up a later cap; a deadline before the afternoon ends."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in_policy as _one, doc_of as _doc


def test_a_district_report_in_a_municipality_saying_ben_shi_is_the_districts():
    doc = _doc("  近日,上海市松江区召开营商环境大会,对外发布一批助企举措。松江区今年安排专项资金2亿元。\n"
               "  经认定的企业在本市注册满一年的,松江区再给予最高50万元奖励。松江区各部门将抓好落实。\n")
    assert doc.region == "上海市松江区" and doc.level == "district"


def test_a_sum_reached_before_its_award_is_the_threshold_not_an_award():
    awards = _one("1.企业年销售收入首次达到五十亿元的奖励100万元,首次达到8亿元的奖励30万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 1000000), ("fixed", 300000)]


def test_each_new_one_added_names_its_unit_without_the_verb():
    awards = _one("1.对连锁经营企业每新增加1个社区网点,给予不超过3万元奖励,单个企业累计最高30万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 30000, "社区网点", 300000)]


def test_each_booth_and_each_dollar_are_units_and_an_actual_cost_below_a_sum_is_no_cap():
    awards = _one("1.参加境外展会的企业,补助金额最高为每标准展位2万元人民币;参加境内展会的,每个展位资助6000元"
                  "(实际费用低于6000元的按实资助)。\n2.对出口额超过基数的部分,每美元奖励0.02元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 20000, "标准展位", None), ("per_unit", 6000, "展位", None),
        ("per_unit", Decimal("0.02"), "美元", None)]


def test_a_sum_in_wan_followed_by_renminbi_is_money_that_caps_the_rates_before_it():
    awards = _one("1.对投保出口信用保险的企业,一般市场按实际保费的20%予以奖励;新兴市场按实际保费的35%予以奖励。"
                  "单一企业奖励总额不超过80万人民币。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.2"), 800000), ("rate", Decimal("0.35"), 800000)]


def test_joint_signers_on_one_line_are_each_named():
    doc = _doc("发布单位: | 市科技局 |\n某某县发展和改革局 某某县科学技术局 关于印发《某某县科技创新发展规划》的通知 |\n"
               "各乡镇人民政府:现将《某某县科技创新发展规划》印发,请结合实际抓好落实。\n"
               "嘉善县发展和改革局 嘉善县科学技术局 2022年6月7日\n")
    assert doc.issuer == "嘉善县发展和改革局、嘉善县科学技术局" and doc.issued == "2022-06-07"
    assert doc.kind == "policy"  # a 规划 is a plan of measures, as the set's readings have it


def test_a_sum_already_halved_is_no_rate():
    awards = _one("1.对通过备案的研发机构给予每家4万元资金奖励,其中2家给予每家2万元减半奖励。\n")
    assert [(p["form"], p["amount_yuan"], p["rate"]) for p in awards] == [("fixed", 40000, None), ("fixed", 20000, None)]


def test_a_cap_per_firm_in_its_own_part_caps_the_rates_of_a_text_without_articles():
    doc = _doc("某某市支持企业参加展会资助标准\n(一)支持内容\n1.境外展会项目\n支持展位费,其中一般市场按照40%给予支持,"
               "重点市场按照60%给予支持。\n(二)支持标准\n1.每家企业每年资助总额不超过30万元。\n2.以外币支付的,按汇率折算。\n")
    awards = [p.fields for p in doc.provisions if p.kind == "incentive"]
    assert [(f["form"], f["rate"], f["cap_yuan"]) for f in awards] == [
        ("rate", Decimal("0.4"), 300000), ("rate", Decimal("0.6"), 300000)]


def test_a_page_opening_with_a_question_is_a_notice_and_a_grade_starting_sum_is_no_award():
    doc = _doc("来源: 最后更新:某日\n问:某某县人才购房补贴怎么申请?\n补贴标准:\n补贴标准自500元/平方米起,分级上浮。\n"
               "1.甲类人才:按补贴面积给予1500元/平方米补贴。\n2.乙类人才:按补贴面积给予1200元/平方米补贴。\n")
    assert doc.kind == "notice" and doc.sections == []
    assert [(f["form"], f["per_unit"]["award_yuan"]) for f in (p.fields for p in doc.provisions if p.kind == "incentive")] == [
        ("per_unit", 1500), ("per_unit", 1200)]


def test_sums_per_meal_and_per_head_listed_by_child_are_per_unit_and_a_meal_bound_is_not():
    awards = _one("1.基本助餐补贴标准,60至69周岁老年人每餐补贴1元,70周岁以上老年人每餐补贴3元。\n"
                  "2.发放育儿补贴,第一个孩子每人每月200元,第二个孩子每人每月400元,第三个孩子每人每月600-900元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        ("per_unit", 1, "餐"), ("per_unit", 3, "餐"), ("per_unit", 200, "人"), ("per_unit", 400, "人"), ("per_unit", 900, "人")]
    bounded = _one("1.重点对象以每餐12元为上限给予补贴。\n")
    assert [(p["form"], p["amount_yuan"]) for p in bounded] == [("up_to", 12)]


def test_one_rate_with_a_cap_per_kind_after_it_when_fen_bie_stands_before_the_rate():
    awards = _one("1.对新建的社区食堂、助餐点,由区财政分别给予建设投入的40%,最高不超过8万元、4万元的建设补助。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.4"), 80000), ("rate", Decimal("0.4"), 40000)]


def test_a_service_guide_with_application_parts_is_a_notice():
    doc = _doc("上市奖励补贴\n▲适用对象\n首发上市的企业。\n▲支持措施\n一、上市奖励\n(一)境内上市\n1.完成股份制改造的奖励30万元;\n"
               "2.上市成功的奖励300万元。\n二、融资奖励\n融资额1亿元以内的,奖励20万元;融资额1亿元以上的,奖励60万元。\n▲政策依据\n"
               "1.《某某省企业上市奖补资金管理办法》\n▲申请途径\n省地方金融管理局初审。\n▲申请材料\n1.书面申请。\n")
    assert doc.kind == "notice"
    assert [p.fields["amount_yuan"] for p in doc.provisions if p.kind == "incentive"] == [300000, 3000000, 200000, 600000]


def test_whom_a_rule_is_for_is_no_closing_and_the_explained_rule_names_the_page():
    doc = _doc("《某某街道特色农家乐扶持办法》自印发之日起施行,现就文件解读如下:\n一、出台背景\n为推动乡村旅游发展。\n"
               "二、主要内容\n本办法申领对象为在本街道登记的经营主体。\n1.评为星级农家乐的,分别奖励8万元、5万元;\n"
               "2.入围的奖励1万元。\n")
    assert doc.title == "某某街道特色农家乐扶持办法" and doc.kind == "rules"
    assert [p.fields["amount_yuan"] for p in doc.provisions if p.kind == "incentive"] == [80000, 50000, 10000]


def test_a_list_of_what_is_covered_is_no_articles_and_a_posting_stamp_gives_the_year():
    doc = _doc("某省出台文化产业专项资金管理办法 发表时间:2023-05-06 10:19 近日,某省文化厅印发了《某省文化产业专项资金管理办法》。"
               "支持范围主要包括:\n(二)演艺活动;\n(三)数字文化;\n(四)文化装备制造;\n(五)文化场馆建设。\n"
               "扶持方式:对使用银行贷款的项目给予贴息,对同一项目年贴息金额不超过80万元。\n")
    assert doc.sections == [] and doc.year == 2023


def test_a_report_by_a_policys_short_name_takes_the_title_and_issuer_its_attached_notice_names():
    doc = _doc("《意见》提出了建设社区食堂的三项原则\n一是政府主导原则。\n二是多方参与原则。\n"
               "附件:丽水市民政局印发《关于加强社区老年食堂建设的实施意见》的通知\n")
    assert doc.title == "关于加强社区老年食堂建设的实施意见" and doc.issuer == "丽水市民政局"


def test_items_of_a_list_opened_by_its_lead_each_read_under_it():
    awards = _one("1.按评定星级分档补助:二星级企业最高不超过20万元;三星级企业最高不超过40万人民币;"
                  "四星级企业最高不超过80万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 200000), ("up_to", 400000), ("up_to", 800000)]


def test_an_award_named_by_jinxing_a_share_in_brackets_and_a_step_broken_through():
    awards = _one("1.对提供检测认证服务的项目进行激励,每家企业最高30万元。\n"
                  "2.对首次入统的企业,分别奖励12万元、4万元(含给统计人员的1000元)。\n"
                  "3.超过5亿元后每突破一个5亿元台阶的,再给予8万元的一次性奖励。\n")
    assert [(p["form"], p["amount_yuan"], (p["per_unit"] or {}).get("award_yuan")) for p in awards] == [
        ("up_to", 300000, 300000), ("fixed", 120000, None), ("fixed", 40000, None), ("per_unit", None, 80000)]


def test_a_papers_byline_is_no_title_and_a_lead_with_a_date_and_a_quoted_title_names_the_issuer():
    doc = _doc("某某日报客户端记者 某甲 某乙 通讯员 某丙\n近日,某市举行惠企政策宣讲会,对设备投资给予不高于20%的补助。\n")
    assert doc.title is None
    doc = _doc("关于印发湖州市中小企业数字化改造专项资金实施细则的通知\n"
               "湖州市经济和信息化局于2024年5月6日印发“关于印发湖州市中小企业数字化改造专项资金实施细则的通知”。"
               "细则明确对改造企业最高补助30万元。\n")
    assert doc.issuer == "湖州市经济和信息化局"


def test_a_share_a_fund_must_spend_is_no_rate_and_a_sum_and_share_bound_together_are_one_capped_rate():
    awards = _one("1.对入选团队给予项目经费支持,其中用于资助引进人员的不低于25%。\n"
                  "2.对认定的平台按实际支出核定,每个平台补助不超过200万元且不超过其建设投入的40%。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.4"), 2000000)]


def test_a_deadline_due_before_the_afternoon_ends():
    doc = _doc("关于组织申报某某产业集群的通知\n各有关单位:\n纸质材料一式三份请于2023年9月8日下午下班前交到市商务局外贸科。\n")
    assert [d["date"] for d in doc.deadlines] == ["2023-09-08"]


def test_each_certified_product_is_a_unit_unless_bounded():
    awards = _one("1.有机认证新通过的主体每个获证产品给予一次性补助3万元。\n2.按每个产品最高8万元对企业予以奖励。\n")
    assert [(p["form"], p["amount_yuan"], (p["per_unit"] or {}).get("award_yuan")) for p in awards] == [
        ("per_unit", 30000, 30000), ("up_to", 80000, 80000)]


def test_a_county_sites_bare_bureau_is_the_countys():
    doc = _doc("索引号: | 001/2025-1 | 公开方式: | 主动公开 |\n发布单位: | 商务局 | 有效性: |\n各乡镇人民政府:\n"
               "现将《泰顺县电商直播扶持办法》印发,请遵照执行。\n泰顺县电商直播扶持办法\n第一条 为推动电商直播发展,制定本办法。\n")
    assert doc.issuer == "泰顺县商务局"


def test_a_policy_card_naming_its_source_at_its_foot_reads_the_card():
    doc = _doc("特色养殖发展奖补\n来源: 某某区人民政府\n扶持标准\n对新建标准化养殖基地面积不低于100亩的,按照不超过其投资额25%予以"
               "补助,每个基地补助最多60万元。对已建成的示范基地,每年每亩给予80元运维费。\n申报材料\n"
               "项目实施方案和申报书,经街镇审核后报区主管部门。\n政策文件\n(某政发〔2022〕5号)区人民政府关于印发某某区支持特色农业发展实施办法的通知\n")
    awards = [p.fields for p in doc.provisions if p.kind == "incentive"]
    assert [(f["form"], f["rate"], f["cap_yuan"], (f["per_unit"] or {}).get("award_yuan")) for f in awards] == [
        ("rate", Decimal("0.25"), 600000, None), ("per_unit", None, None, 80)]


def test_a_reports_lead_summing_up_a_cap_stated_later_is_no_award_of_its_own():
    doc = _doc("某市发布智能制造扶持计划\n  某市经信局日前发布年度智能制造扶持计划,每个项目资助最高可达400万元。\n"
               "  对符合条件的示范项目,采用事后资助,每个项目资助不超过400万元且不超过其实际投资的25%。\n")
    awards = [p.fields for p in doc.provisions if p.kind == "incentive"]
    assert [(f["form"], f["rate"], f["cap_yuan"]) for f in awards] == [("rate", Decimal("0.25"), 4000000)]
