"""Forms met while building rounds 175 and on: a voucher paying a share of a cost, one rate with a cap per
kind listed before the caps, lists of kinds then a base standard, monthly sums per person listed, a raise
worked out as an example, deposits of public money, a report's lead naming the text it quotes, a portal's
tabs, office hours closing a window (each in a small text of its own, placeholder sentences and places)."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in as _awards, awards_in_policy as _one, doc_of as _doc
from zhengce.reading import parse_text


def test_a_voucher_paying_a_share_of_a_cost_is_a_rate_capped_per_firm_and_year():
    awards = _one("1.甲类券最高可抵扣不超过40%的服务购买费用,每家需求方每年累计可领取最高200万元甲类券。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"], p["cap_scope"]) for p in awards] == [
        ("rate", Decimal("0.4"), 2000000, "per_enterprise_per_year")]


def test_one_rate_then_kinds_then_their_caps_is_one_rate_per_cap():
    awards = _one("1.举办甲类活动,按实际经费40%分别给予一类、二类项目(分类见某某办法,下同)最高300万元、100万元资助。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.4"), 3000000), ("rate", Decimal("0.4"), 1000000)]


def test_kinds_listed_with_their_sums_then_a_base_standard_are_each_an_award():
    awards = _one("1.高层次人才,按照甲类较高200万元、乙类较高100万元基础标准给予购房奖励。\n"
                  "2.对企业引进的青年人才,按照博士10万元、硕士6万元的标准追加购房奖励。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [
        ("up_to", 2000000), ("up_to", 1000000), ("fixed", 100000), ("fixed", 60000)]


def test_monthly_sums_per_person_listed_before_one_standard_are_each_per_unit():
    awards = _one("1.甲类老人按每人每月50元、乙类老人按每人每月90元、丙类老人按每人每月700元的标准发放津贴。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 50), ("per_unit", 90), ("per_unit", 700)]


def test_so_much_for_each_person_taken_on_or_each_point_exceeded_is_per_unit():
    awards = _one("1.企业每招用1人可领取1200元补助。\n2.对甲类单位,每超出计划1个百分点,奖励3000元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 1200), ("per_unit", 3000)]


def test_a_most_per_meal_and_a_matched_sum_after_who_qualifies_are_awards():
    awards = _one("1.就餐补贴甲类对象以每餐12元为上限,乙类对象以每餐4元为上限。\n"
                  "2.新认定的甲类企业,县级配套奖补资金6万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 12), ("up_to", 4), ("fixed", 60000)]


def test_a_worked_example_a_deposit_and_a_payout_report_are_no_awards():
    awards = _one("1.对甲类人才给予一次性购房补贴30万元。即夫妻均符合条件者,最高可享受30万*2=60万的补贴。\n"
                  "2.甲类机构落户本市的,本级财政给予3000万元的财政性资金存款。\n"
                  "3.该政策已实施两年,累计为本区60户发放补贴40万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 300000)]


def test_a_tax_share_returned_in_equal_amount_is_a_one_to_one_match():
    awards = _one("1.甲类机构缴纳税金的地方留成部分,3年内由本级财政以同等数额的资金奖励该机构。\n")
    assert [(p["form"], p["rate"]) for p in awards] == [("matching", 1.0)]


def test_a_report_whose_lead_names_the_text_on_the_line_above_reads_that_text():
    doc = _doc("发表时间:2025-03-02\n近日,某某市人民政府发布《某某市促进甲类产业发展若干政策》(以下简称《若干政策》),"
               "以推动甲类产业发展。\n《若干政策》全文如下:\n为推动甲类产业发展,特制定本政策。\n一、支持平台建设\n"
               "对新获批的国家级平台给予100万元一次性奖励。\n二、支持人才\n对新引进的甲类人才给予50万元奖励。\n")
    assert (doc.title, doc.year) == ("某某市促进甲类产业发展若干政策", 2025)


def test_a_report_that_turns_to_the_text_with_its_short_name_reads_that_text():
    doc = _doc("某某产业新腾飞\n近日,我县出台《关于扶持某某产业发展的若干意见》,从多个方面作出奖励规定。\n"
               "该《意见》规定\n对新引进的甲类企业,实际投资在500万元以上的,给予落户补助15万元。\n"
               "对年纳税额首次超过100万元的企业,一次性给予10万元奖励。\n"
               + "落户的甲类企业可以享受五年房租补助,具体标准按照有关规定执行,由相关部门负责审核兑现。\n" * 8)
    assert doc.title == "关于扶持某某产业发展的若干意见"  # (the lead's words are a report, over 300 characters of text)


def test_a_portals_tabs_are_no_title():
    doc = _doc("甲类专利奖励\n来源: 某某区科学技术局\n政策简读 政策原文\n扶持标准\n对授权的甲类专利每件奖励1万元。\n")
    assert doc.title != "政策简读政策"


def test_a_bureau_alone_over_its_notice_title_sends_it():
    doc = _doc("关于申报2021年度甲类企业奖励的通知\n发布时间:2022-06-24\n重庆市江北区科学技术局\n"
               "关于申报2021年度甲类企业奖励的通知\n各有关企业\n一、申报条件\n在本区注册的甲类企业。\n")
    assert (doc.issuer, doc.region) == ("重庆市江北区科学技术局", "重庆市江北区")


def test_a_letter_titled_as_a_han_has_its_title():
    doc = _doc("某某市工业和信息化局关于做好2023年甲类专项资金申报工作的函\n发布时间:2023年02月27日\n各县(市、区)政府:\n"
               "为做好甲类专项资金申报工作,相关事项通知如下:\n")
    assert (doc.title, doc.kind) == ("某某市工业和信息化局关于做好2023年甲类专项资金申报工作的函", "notice")


def test_office_hours_after_a_window_close_it_at_the_last_hour():
    doc = _doc("关于开展2025年甲类项目申报的通知\n(二)纸质材料受理时间:2025年2月25日至3月28日9:00-12:00、14:00-17:30(工作日)。\n")
    assert [(d.fields["date"], d.fields["time"]) for d in doc.provisions if d.kind == "deadline"] == [("2025-03-28", "17:30")]


def test_a_date_before_which_something_was_not_yet_so_is_no_deadline():
    awards = _one("1.对贫困县(截止2018年12月31日前未脱贫)的出口企业,按保费的100%给予支持。\n")
    doc = _doc("某某市促进发展若干措施\n1.对贫困县(截止2018年12月31日前未脱贫)的企业缴纳保费按100%给予支持。\n")
    assert [p["rate"] for p in awards] == [Decimal("1")]
    assert not [d for d in doc.provisions if d.kind == "deadline"]


def test_a_payout_information_page_is_a_notice():
    doc = _doc("2023年8月某某区高龄老人生活津贴发放信息\n发布日期:2023-09-13 09:40\n一、享受人数\n"
               "2023年8月,全区支出津贴73万元。\n二、保障标准\n甲类老人按每人每月60元的标准发放津贴。\n")
    assert doc.kind == "notice" and _awards("2023年8月某某区高龄老人生活津贴发放信息\n发布日期:2023-09-13 09:40\n"
                                            "甲类老人按每人每月60元的标准发放津贴。\n")[0]["article"] is None


def test_a_digests_points_above_the_title_it_took_them_from_are_its_awards():
    doc = _doc("政策关注点:\n- 对区内企业被首次认定为甲类企业的给予一次性奖励 30 万元。\n- 对新引进的甲类企业给予一次性奖励 15 万元。\n"
               "政策提取自:关于印发《某某区促进甲类产业发展政策》的通知\n发文号:某府规〔2021〕2号\n发文日期:2021-04-01\n")
    assert sorted(p.fields["amount_yuan"] for p in doc.provisions if p.kind == "incentive") == [150000, 300000]


def test_a_raise_on_a_monthly_standard_is_paid_as_the_standard_is():
    doc = _doc("某某区引进人才生活补贴标准\n对新引进的甲类人才、乙类人才,分别按照每人每月3000元、1500元标准发放生活补贴。\n"
               "对新引进到本区工业企业工作的甲类人才、乙类人才,生活补贴标准分别提高2000元、500元。\n")
    awards = [p.fields for p in doc.provisions if p.kind == "incentive"]
    assert [(a["form"], a["per_unit"]["award_yuan"]) for a in awards] == [
        ("per_unit", 3000), ("per_unit", 1500), ("per_unit", 2000), ("per_unit", 500)]


def test_a_page_posted_with_an_upload_time_only_is_of_that_year():
    doc = _doc("关于支持甲类产业发展的若干政策\n上传时间:2023-04-16\n"
               "一、对新认定的甲类企业,给予10万元奖励。\n二、对新引进的乙类企业,给予5万元奖励。\n")
    assert doc.year == 2023


def test_a_report_placed_by_its_lead_when_the_text_it_quotes_names_no_place():
    doc = _doc("某县出台加快甲类产业发展若干措施\n来源:某某协会 时间:2023-07-21\n"
               "近日,德化县出台《加快甲类产业发展若干措施》,从六个方面推动甲类产业发展。具体内容如下:\n"
               "(一)扶持载体建设。对新增甲类企业给予一次性奖励10万元。\n")
    assert (doc.region, doc.level) == ("福建省泉州市德化县", "county")


def test_a_run_in_signature_of_a_zone_named_after_its_city():
    doc = _doc("各相关企业:请各企业于8月17日下午5:00前将《甲类项目基本情况表》通过邮箱反馈至abc@example.com,"
               "逾期未反馈的视为无项目提报,附件:1.甲类项目基本情况表.xlsx烟台黄渤海新区农业农村局2023年8月15日(联系人:某某)。")
    assert (doc.issuer, doc.issued, doc.kind) == ("烟台黄渤海新区农业农村局", "2023-08-15", "notice")
    assert [(d.fields["date"], d.fields["time"]) for d in doc.provisions if d.kind == "deadline"] == [("2023-08-17", "17:00")]


def test_a_zones_committee_signing_without_its_name_is_named_as_the_text_names_the_zone():
    doc = _doc("高新区管委会关于印发《某某高新区支持甲类产业发展若干措施》的通知\n高新区各有关单位:\n"
               "《某某高新区支持甲类产业发展若干措施》已经郑州高新技术产业开发区党委会议审议通过,现予以印发。\n"
               "2025年9月29日\n一、对新认定的甲类企业,给予10万元奖励。\n")
    assert doc.issuer == "郑州高新技术产业开发区管委会"


def test_an_application_page_of_a_platform_is_a_call_of_the_year_its_forms_carry():
    doc = _doc("申报信息\n申报条件\n在本区依法经营的中小企业。\n事项描述\n"
               "支持条件1:对于2024年1月1日至2024年12月31日新增的甲类企业,给予最高200万元一次性奖励。\n"
               "支持条件2:对于2024年新增的乙类企业,给予最高50万元一次性奖励。\n申报材料\n序号\n材料名称\n1\n"
               "2025年某某区支持甲类企业发展专项申报表\n")
    assert (doc.kind, doc.year) == ("notice", 2025)


def test_a_news_headline_over_a_notice_that_sets_out_measures_yields_to_the_notice():
    doc = _doc("名称: 最新!德化发布促进消费措施\n发布机构: 德化县某某局\n最新!德化发布促进消费措施\n"
               "德化县人民政府办公室关于一季度促进甲类消费若干措施\n的通知\n各乡、镇人民政府,县政府各部门:\n"
               "为促进甲类消费,现提出如下措施:\n一、促进市场主体升级\n对新增限上甲类企业,给予5万元一次性奖补。\n")
    assert (doc.title, doc.issuer) == ("关于一季度促进甲类消费若干措施的通知", "德化县人民政府办公室")


def test_a_digest_numbering_its_places_is_a_document_per_place():
    docs = parse_text("甲类中心开始申报了,申报时间截止2022年4月20日前。小编整理了几个地方对甲类中心的奖励政策。\n"
                      "一、各区县甲类中心奖励政策\n1、宁波市:对新认定的国家甲类中心,给予400万元一次性奖励。\n"
                      "2、鄞州区:对新认定的国家甲类中心,给予50万元一次性奖励;对新认定的省级甲类中心给予20万元一次性奖励。\n",
                      source="digest.txt")
    assert [(d.region, sorted(p.fields["amount_yuan"] for p in d.provisions if p.kind == "incentive")) for d in docs] == [
        ("宁波市", [4000000]), ("宁波市鄞州区", [200000, 500000])]


def test_zero_padded_heads_over_plain_numbers_are_sections():
    doc = _doc("某某州冬季旅游奖励办法\n奖励办法及标准\n01、甲类景区政策\n1、甲类景区冬季门票半价。\n2、乙类景区免门票。\n"
               "02、旅行社组团奖励政策\n1. 包机奖励。游客人数在50人及以上的,奖励2万元。\n2. 专列奖励。按每位游客180元标准奖励。\n")
    assert [(s.title, [a.no for a in s.articles]) for s in doc.sections] == [
        ("甲类景区政策", [1, 2]), ("旅行社组团奖励政策", [1, 2])]


def test_a_bracket_left_open_does_not_hold_the_rest_of_a_flattened_notice():
    doc = _doc("现就开展2024年度某某区甲类企业奖励的有关事项通知如下:一、奖励范围1.2024年度首次认定的甲类企业(某某园范围内的资助,"
               "二、奖励标准1.对首次认定的甲类企业,给予20万元奖励,分三年度拨付,即2025年5万元、2026年5万元、2027年10万元,"
               "2.对重新认定的甲类企业,给予5万元奖励,三、奖励流程本年度奖励采取“免申即享”方式。")
    assert doc.kind == "notice"
    assert [(p.fields["amount_yuan"], p.quote) for p in doc.provisions if p.kind == "incentive"] == [
        (200000, "二、奖励标准1.对首次认定的甲类企业,给予20万元奖励"), (50000, "2.对重新认定的甲类企业,给予5万元奖励")]


def test_a_window_in_which_what_qualifies_happened_is_no_deadline():
    doc = _doc("现就办理某某县2025年度一次性创业补贴申报有关事宜予以公告。\n一、补贴对象和标准\n"
               "(一)补贴对象:2019年1月1日以后至2024年3月1日以前在我县首次创办小微企业的创业人员。\n"
               "(二)补贴标准:对符合条件的创业人员,给予一次性创业补贴,补贴标准为每人5000元。\n")
    assert doc.kind == "notice" and not [d for d in doc.provisions if d.kind == "deadline"]


def test_a_bureau_and_a_date_alone_under_the_title_put_the_page_out():
    doc = _doc("某某:关于开展2022年甲类企业奖励申报工作的通知\n宁波市鄞州区经济和信息化局\n2022-05-24\n申报通知\n公示公告\n"
               "各企业:\n一、申报条件\n首次进入规模以上工业名录库的企业,一次性给予10万元奖励。\n")
    assert (doc.issuer, doc.region) == ("宁波市鄞州区经济和信息化局", "宁波市鄞州区")


def test_a_report_naming_the_measures_without_brackets_and_two_bodies_together():
    doc = _doc("某市多项奖励措施推进甲类业发展\n2021-07-16 12:27 某某报\n"
               "记者近日获悉:日前,宁波市商务局、宁波市财政局发布宁波市推进甲类业高质量发展若干措施。内容包括鼓励发展首店经济。\n"
               "对成功引进首店的企业,每个给予10万元奖励。\n")
    assert (doc.title, doc.issuer) == ("宁波市推进甲类业高质量发展若干措施", "宁波市商务局、宁波市财政局")
    doc = _doc("近日,重庆市发展改革委联合市财政局正式印发了《重庆市支持甲类服务业发展若干政策措施》。\n"
               "对年度评估达A级的集聚区,给予100万元奖励。\n")
    assert doc.issuer == "重庆市发展改革委、重庆市财政局"


def test_a_range_of_rates_is_its_upper_end_and_the_bands_it_depends_on_are_no_awards():
    awards = _one("1.以企业贸易额为基础,按照万分之1.5-2.19的比例给予奖励。\n"
                  "2.对建成投产的项目,根据投资强度(180万元/亩-260万元/亩、260万元/亩以上)给予最低2%、最高9.5%的奖励。\n")
    assert [(p["form"], p["rate"]) for p in awards] == [("rate", Decimal("0.000219")), ("rate", Decimal("0.095"))]


def test_a_signature_cut_inside_its_date_still_names_the_signer():
    doc = _doc("现就发放一次性吸纳就业补贴有关事宜通知如下:\n一、政策标准\n按新招用员工数给予一次性吸纳就业补贴,补贴标准为每人1000元。\n"
               "二、联系电话\n某某科 69580015\n宁波市鄞州区人力资源和社会保障局\n2023年2")
    assert doc.issuer == "宁波市鄞州区人力资源和社会保障局"


def test_a_run_in_signature_after_an_attachment_before_a_disclaimer():
    doc = _doc("现就兑现2023年度甲类企业奖励资金有关事项通知如下:\n一、奖励标准对新认定的甲类企业奖励25万元。\n"
               "二、请于9月6日前报送材料。\n附件:甲类企业奖励资金汇总表\n宁波市鄞州区科学技术局2024年8月21日\n免责声明:版权归原创所有。\n")
    assert (doc.issuer, doc.issued) == ("宁波市鄞州区科学技术局", "2024-08-21")
    assert [d.fields["date"] for d in doc.provisions if d.kind == "deadline"] == ["2024-09-06"]


def test_a_call_window_given_by_its_length_then_its_days():
    doc = _doc("现对项目公开征集申报。\n一、公开征集时间\n申报征集期为5个工作日,即2025年8月15日至8月21日止。\n")
    assert [d.fields["date"] for d in doc.provisions if d.kind == "deadline"] == ["2025-08-21"]


def test_a_provincial_office_as_the_source_of_a_county_report_is_no_issuer():
    doc = _doc("某县财政助力甲类产业高质量发展\n发布日期:2024-08-01 09:29 访问次数: 信息来源:省财政厅\n"
               "近年来,德化县财政局积极发挥资金引导作用。全县已形成甲类产业集群。\n"
               "对评定为甲类主题项目的,给予最高100万元补助。\n")
    assert (doc.issuer, doc.region) == (None, "福建省泉州市德化县")


def test_rates_by_kind_in_one_clause_pair_with_their_caps_listed_after():
    awards = _one("1.对技改项目按照设备投资额给予奖补,其中甲类产业奖励10%、乙类产业奖励8%、丙类产业奖励5%,"
                  "单个项目最高奖励额度分别为400万元、300万元、200万元。\n"
                  "2.销售收入首次达到10亿元的奖励20万元,每新上一个10亿元台阶再奖励20万元。\n"
                  "3.对新引进项目按实际投资额的7%(不超过8%),给予最高400万元的补助。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"], p["amount_yuan"]) for p in awards] == [
        ("rate", Decimal("0.1"), 4000000, None), ("rate", Decimal("0.08"), 3000000, None),
        ("rate", Decimal("0.05"), 2000000, None), ("fixed", None, None, 200000), ("per_unit", None, None, None),
        ("rate", Decimal("0.08"), 4000000, None)]


def test_a_title_set_as_a_one_cell_row_among_field_rows_and_a_card_whose_preamble_names_the_policy():
    doc = _doc("索引号 | 002969149/2022-101162 | ||\n组配分类 | 通知公告 | 发布机构 | 区经信局 |\n"
               "关于组织申报2022年度甲类技术改造项目的通知 |\n发布日期: 2022-10-17 15:03 信息来源: 区经信局 |\n"
               "各镇(街道)经发办: 现就组织申报的有关事项通知如下: 一、申报条件 企业在本区注册。\n")
    assert doc.title == "关于组织申报2022年度甲类技术改造项目的通知"
    doc = _doc("为进一步助推某某商务区核心区发展,特制定本政策实施意见。\n一、适用范围\n本意见适用于核心区范围内的企业。\n"
               "二、政策内容\n(一)鼓励投资兴业\n1.新引进总部企业购置自用办公用房的,给予1000元/平方米的补助,最高补助1000万元。\n"
               "2.新引进总部企业租用办公用房的,按前两年100%给予租金补助,单个企业年度不超过100万元。\n")
    assert [(s.title, [a.no for a in s.articles]) for s in doc.sections] == [("适用范围", []), ("政策内容", [1, 2])]


def test_where_things_stood_on_a_day_is_no_deadline():
    doc = _doc("关于某某项目补助资金的公示\n序号 | 项目名称 | 截至2025年4月30日累计完成投资(万元) | 拟补助金额(万元) |\n")
    assert not [d for d in doc.provisions if d.kind == "deadline"]


def test_a_consultation_notice_then_its_draft_with_a_trial_mark_and_so_much_per_item():
    doc = _doc("依据有关规定,我市起草了《关于推动甲类产业发展的若干举措(试行)(征求意见稿)》,现向社会公开征求意见。\n"
               "一、在线留言:请在“我要留言”中留言。\n二、电子邮件:请将反馈意见发送至abc@example.com。\n"
               "反馈意见截止日期为2024年11月6日,逾期视为无意见。\n某某市人民政府办公室\n2024年10月8日\n"
               "关于推动甲类产业发展的若干举措(试行)(征求意见稿)\n为推动甲类产业发展,特制定如下若干举措。\n"
               "一、支持企业数转智改\n1.对列入甲类产品的,按照产品类别每项产品给予5万元的一次性奖励。\n")
    assert [(s.title, [a.no for a in s.articles]) for s in doc.sections] == [("支持企业数转智改", [1])]
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in doc.provisions if p.kind == "incentive"] == [
        ("per_unit", 50000)]
