"""Forms met in the development rounds 11 and 16, each in a small text of its own (placeholder places
and sentences, none from a test document): what the reader must make of them."""

from __future__ import annotations

from decimal import Decimal

from zhengce.provisions import extract
from zhengce.provisions.deadlines import deadlines_in_sentence
from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of
from zhengce.reading.normalize import normalize
from zhengce.reading.regions import lookup, mentions


def _awards(text):
    return [(p.fields["form"], p.fields.get("amount_yuan"), p.fields.get("rate"), p.fields.get("per_unit"))
            for p in extract(text) if p.kind == "incentive"]


# ---- heads and titles ------------------------------------------------------------------------

def test_a_compilation_label_over_the_title_names_the_zone_and_is_no_article():
    text = ("(一)宁波高新区\n关于加快推进数字经济发展的措施\n为加快发展,制定如下措施。\n"
            "一、支持企业上云\n对新上云的企业,给予5万元奖励。\n二、支持平台建设\n对新建平台给予20万元补助。\n")
    doc = parse_text(text, source="label.txt")[0]
    assert doc.title == "关于加快推进数字经济发展的措施"
    assert (doc.region, doc.level) == ("宁波市宁波高新区", "district")
    assert [a.no for a in doc.articles] == [1, 2]


def test_a_title_broken_after_its_first_half_is_joined():
    text = ("关于转发某某省工信厅办公室\n《关于组织申报2024年度省级工业公共技术研发设计中心的通知》的通知\n各县(市)区工信局:\n"
            "现将有关通知转发给你们,请于2024年9月7前报送市工信局。\n联系人:张三\n附件:\n2024年8月21日\n")
    doc = parse_text(text, source="broken.txt")[0]
    assert doc.title == "关于转发某某省工信厅办公室《关于组织申报2024年度省级工业公共技术研发设计中心的通知》的通知"
    assert doc.issuer is None  # the title's first half is no issuer
    assert doc.issued == "2024-08-21"  # a date alone at the end, its signer left off the page
    assert [d["date"] for d in doc.deadlines] == ["2024-09-07"]  # "9月7前": 日 dropped
    assert any(w.code == "title_reconstructed" for w in doc.warnings)


def test_a_party_and_government_prefix_without_guanyu_is_the_issuer():
    doc = parse_text("衢江区委、区政府加强招商引资扶持政策\n一、用地政策\n1.对新项目给予10万元奖励。\n2.对扩建项目给予5万元奖励。\n",
                     source="joint.txt")[0]
    assert doc.title == "加强招商引资扶持政策"
    assert doc.issuer == "衢州市衢江区委、衢州市衢江区人民政府"  # (its city added, 区政府 by its full name)


def test_a_consultation_on_a_draft_reads_as_the_draft():
    text = ("3月5日,某某省发展和改革委员会发布关于公开征求《某某省促进民间投资若干举措(征求意见稿)》意见的公告。\n"
            "关于公开征求《某某省促进民间投资若干举措(征求意见稿)》意见的公告\n"
            "为推动民间投资,我委起草了若干举措,现向社会公开征求意见。公开征求意见时间为2025年3月5日至4月5日。\n")
    doc = parse_text(text, source="consult.txt")[0]
    assert (doc.title, doc.status, doc.kind) == ("某某省促进民间投资若干举措", "draft", "policy")
    assert doc.issuer == "某某省发展和改革委员会"


def test_a_headline_over_its_date_stamp_under_a_keyword_line():
    text = ("词语一二_词语三四_词语五六_词语七八\n\n某某区2024年度总部企业奖励申报时间、条件\n\n2024-05-30 14:11\n来源:某某咨询\n"
            "根据有关办法,现启动申报工作。有关事项通知如下:\n一、申报时间\n总部企业奖:2024年6月1日至2024年6月9日17:00前\n二、申报条件\n(一)在本区注册。\n")
    view = normalize(text).text
    assert "\n某某区2024年度" in view  # the keyword line is not joined to the headline
    doc = parse_text(text, source="stamp.txt")[0]
    assert doc.title == "某某区2024年度总部企业奖励申报时间、条件"
    assert [(d["date"], d["time"]) for d in doc.deadlines] == [("2024-06-09", "17:00")]


def test_page_fields_in_a_bar_separated_table():
    text = ("索引号 | 0001/2024-1 | 生成日期 | 2024-11-22 | |\n发布机构 | 某某市发展和改革委员会 | 公开形式 | 网站 |\n"
            "关于支持产业发展的政策意见\n为推进发展,提出如下意见。\n一、支持企业上规\n对新上规企业给予10万元奖励。\n二、支持企业创新\n对新认定企业给予5万元奖励。\n")
    doc = parse_text(text, source="bars.txt")[0]
    assert (doc.issuer, doc.issued) == ("某某市发展和改革委员会", "2024-11-22")


def test_an_application_window_printed_as_a_page_field_is_a_deadline():
    text = ("某某县人民政府办公室关于印发茶产业扶持办法的通知\n申报日期:2025-08-01 ~ 2026-07-31 查看原文\n"
            "某某县茶产业扶持办法\n一、做优茶基地\n(一)建设生态茶园。对新建茶园每亩补助300元。\n")
    doc = parse_text(text, source="window.txt")[0]
    assert "2026-07-31" in [d["date"] for d in doc.deadlines]


def test_a_publicity_notice_reads_as_a_notice():
    doc = parse_text("根据有关通知要求,拟对新上规企业进行奖励,每家企业奖励10万元。经审核,现将符合条件的12家企业进行公示,"
                     "请在2024年4月14日前提出意见。\n", source="gongshi.txt")[0]
    assert doc.kind == "notice"


def test_a_digest_block_names_its_basis_under_a_label_with_its_validity():
    text = ("某某市各区县奖励政策\n金华市\n奖励政策:\n对首次认定的高新技术企业,补助10万元/家。\n政策依据:\n"
            "某某专项资金管理办法(有效期至2027年04月22日止)\n婺城区\n奖励政策:\n对新认定企业奖励5万元。\n政策依据:\n"
            "婺城区高企奖励标准再次提升\n")
    docs = parse_text(text, source="basis.txt")
    assert [d.title for d in docs] == ["某某专项资金管理办法", "婺城区高企奖励标准再次提升"]
    assert docs[0].issued is None and docs[0].year != 2027  # when it lapses is no issue date


# ---- places ----------------------------------------------------------------------------------

def test_a_city_short_name_shared_with_districts_elsewhere_is_the_city():
    assert lookup("朝阳").full == "辽宁省朝阳市"
    assert lookup("朝阳", context="北京市").full == "北京市朝阳区"


def test_a_two_character_county_name_only_as_a_word_of_its_own():
    assert not any(r.name == "范县" for r in mentions("创建生态文明建设示范县,推动山区县域发展"))
    assert [r.name for r in mentions("江苏省沛县人民政府")] == ["沛县"]


def test_a_short_name_the_text_keeps_repeating_outweighs_one_slip():
    text = "凡被认定为吉安高新技术企业的,纳入吉安培育库;吉安高新技术企业培育期两年;未通过的取消合肥市资格。吉安科技局负责。"
    counts = mentions(text)
    assert max(counts, key=counts.get).full == "江西省吉安市"


# ---- structure -------------------------------------------------------------------------------

def test_a_heading_ending_in_a_colon_over_its_items_is_a_section():
    doc = parse_text("一、高企相关奖励政策:\n(一)被认定为高新技术企业的,给予补助10万元;\n(二)培育期为两年;\n(三)更名企业不重复享受。\n",
                     source="colon.txt")[0]
    assert [(s.title, len(s.articles)) for s in doc.sections] == [("高企相关奖励政策", 3)]


def test_a_plans_framework_part_makes_the_top_level_sections():
    doc = parse_text("关于支持现代产业发展的政策意见\n为推进发展,提出如下意见。\n一、总体要求\n坚持创新驱动,推进产业升级,构建现代体系。\n",
                     source="frame.txt")[0]
    assert [(s.title, len(s.articles)) for s in doc.sections] == [("总体要求", 0)]


def test_a_closing_responsible_line_answers_for_its_sections_articles():
    text = ("一、加大财政扶持\n(一)设立专项资金。县财政每年统筹安排专项资金。\n(二)设立风险补偿基金。与银行合作。\n"
            "责任单位:县发改局、县财政局。\n二、支持品牌建设\n(一)对新获中国驰名商标的企业,给予一次性奖励20万元。\n")
    doc = parse_text(text, source="resp.txt")[0]
    first = doc.sections[0].articles
    assert [a.responsible for a in first] == [["县发改局", "县财政局"]] * 2


def test_a_page_flattened_into_bullets_and_source_marks_gets_its_breaks_back():
    text = ("某区出台扶商新政\n某某网·2025-07-14 06:17\n"
            "先进制造业 - 对营业收入突破亿元的工业企业,按新增投资额的5%给予奖励,最高300万元 [2] - 对符合条件的企业给予最高50万元奖励 [2] "
            "现代服务业 - 对年销售额首次突破10亿元、20亿元的批发企业,分别给予50万元、100万元一次性奖励 [3] - "
            "住宿餐饮企业年营业收入每增加1000万元,可获得5万元奖励 [3] " + "其他内容说明 " * 20)
    doc = parse_text(text, source="bullets.txt")[0]
    got = sorted((p.fields["form"], p.fields.get("amount_yuan") or 0) for p in incentives_of(doc))
    assert got == [("fixed", 500000), ("fixed", 1000000), ("per_unit", 0), ("rate", 0), ("up_to", 500000)]
    assert doc.year == 2025  # the stamp after "·"


# ---- provisions ------------------------------------------------------------------------------

def test_prize_bands_stated_as_the_prize_amount():
    assert _awards("一等奖,奖金额为人民币30万元,奖励投资额在1亿元以上的项目;") == [("fixed", 300000, None, None)]


def test_money_taken_out_for_a_purpose_is_a_budget_and_per_set_awards_count_sets():
    doc = parse_text("为促进茶产业,某某县出台若干意见:县财政每年拿出1000万元补助茶农,给予改植茶园每亩补助700元,"
                     "给予每套加工设备购置补助2万元。\n", source="tea.txt")[0]
    assert doc.total_budget_yuan == 10_000_000
    got = sorted((p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in incentives_of(doc))
    assert got == [("per_unit", 700), ("per_unit", 20000)]


def test_per_unit_awards_with_the_award_verb_after_the_amount_and_per_area():
    assert _awards("企业年营业收入每增加1000万元,可获得5万元奖励。") == [
        ("per_unit", None, None, {"unit_yuan": 10_000_000, "award_yuan": 50000})]
    (form, _, _, per), = _awards("货物贸易类展会,每平方米展位面积展位费支持上限4000元。")
    assert (form, per["award_yuan"], per["unit"]) == ("per_unit", 4000, "平方米")


def test_conditions_in_clauses_of_their_own_are_one_award_each():
    got = _awards("对入选全国物流50强的,或新晋3A级及以上的,或新晋物流标杆企业的,给予最高1000万元的资金奖励。")
    assert got == [("up_to", 10_000_000, None, None)] * 3


def test_interest_at_a_share_of_the_benchmark_rate():
    assert _awards("对贷款企业按银行同期基准利率50%给予贴息。") == [("rate", None, Decimal("0.5"), None)]


def test_a_deadline_sent_by_fax_and_the_end_of_a_window_before_a_time():
    got = deadlines_in_sentence("请填写需求表,务必于7月6日前,加盖公章传真至省农机局。", 0, 2016)
    assert [p.fields["date"] for p in got] == ["2016-07-06"]
    got = deadlines_in_sentence("申报时间:2023年6月1日至2023年6月9日17:00前", 0, 2023)
    assert [(p.fields["date"], p.fields["time"]) for p in got] == [("2023-06-09", "17:00")]


def test_a_headline_naming_no_kind_of_document_over_numbered_measures_is_a_policy():
    text = ("拿出真金白银 全力做优服务\n某某网 2022-02-14 19:26:13\n近日,某某区推出惠企政策包,助力企业复工复产。\n"
            "一、促进工业生产\n1.对一季度产值增量500万元以上的企业,给予5万元奖励;\n2.对新投产纳统的企业给予3万元奖励。\n"
            "二、助力商贸发展\n3.对新增限上企业给予2万元奖励。\n")
    doc = parse_text(text, source="headline.txt")[0]
    assert doc.kind == "policy"
    assert [a.no for a in doc.articles] == [1, 2, 3]


def test_the_fields_of_a_policy_card_are_no_articles():
    text = ("某某区行业组织服务资助\n(一)资助对象和条件\n申报主体应同时具备下列条件:\n1.依法登记的行业组织;\n2.服务工作已完成。\n"
            "(二)资助范围和标准\n1.资助范围:课题研究、论坛等服务工作。\n2.资助标准:按实际投入费用的50%、最高50万元予以资助。\n")
    doc = parse_text(text, source="card.txt")[0]
    assert not doc.articles
    assert [(p.fields["form"], p.fields["cap_yuan"]) for p in incentives_of(doc)] == [("rate", 500000)]


def test_an_issuer_a_mirror_site_wrote_over_is_left_empty_with_a_warning():
    text = ("发文部门:abc高清字幕商务厅\nabc高清字幕商务厅关于2024年展会项目申报的通知\n各有关单位:\n"
            "现将有关事项通知如下:请于2024年5月10日前报送申报材料。\n")
    doc = parse_text(text, source="masked.txt")[0]
    assert doc.issuer is None
    assert any(w.code == "issuer_masked" for w in doc.warnings)


def test_a_table_flattened_one_cell_per_line_numbers_its_rows_by_the_serial_column():
    text = ("某某区支持实体经济政策分工表\n序号\n政策内容\n责任单位\n1\n支持新兴产业。对列入省领军企业的,给予一次性奖励100万元。\n"
            "区财政局\n2\n支持技术改造。对技术改造项目,按设备投资额的10%给予补助、最高不超过500万元。\n区工信局\n")
    assert "\n1.支持新兴产业" in normalize(text).text
    doc = parse_text(text, source="serial.txt")[0]
    assert [a.no for a in doc.articles] == [1, 2]
    assert sorted((p.article, p.fields["form"]) for p in incentives_of(doc)) == [(1, "fixed"), (2, "rate")]


def test_a_title_from_the_file_a_page_offers_and_a_comment_period_to_its_cut_off():
    text = ("为规范某某开发区(以下简称“园区”)产业基金管理,制定本办法。现面向社会公开征求意见。\n1.通过信函方式寄至园区管委会;\n"
            "2.通过电话反馈:0573-12345678。\n意见反馈截止时间为2024年7月8日。\n某某开发区管委会\n2024年6月28日\n"
            "某某开发区产业基金管理办法(试行)(征求意见稿).pdf|\n")
    doc = parse_text(text, source="file.txt")[0]
    assert (doc.title, doc.status) == ("某某开发区产业基金管理办法(试行)", "draft")
    assert doc.comment_period == ["2024-06-28", "2024-07-08"]
    assert doc.deadlines == []  # the last day for comments is no deadline to apply by


def test_a_cut_off_with_a_note_in_brackets_before_its_date():
    got = deadlines_in_sentence("网上填报起始时间为2026年3月2日9:00,截止时间(含申报单位网上审核提交)为2026年3月25日16:00。", 0, 2026)
    assert [(p.fields["date"], p.fields["time"]) for p in got] == [("2026-03-25", "16:00")]


def test_a_state_level_new_area_answers_to_its_province():
    text = ("关于征求《某某发展规划》意见的公告\n现面向社会公开征求意见。征求意见截止日期为2022年9月5日。\n四川天府新区管委会\n2022年8月30日\n")
    doc = parse_text(text, source="newarea.txt")[0]
    assert (doc.region, doc.level) == ("四川省天府新区", "district")


def test_an_enterprise_paid_per_person_and_a_port_that_closes():
    (form, _, _, per), = _awards("对春节期间连续生产的企业,按加班一天以上的职工给予500元/人奖励,单个企业最高不超过50万元。")
    assert (form, per["award_yuan"], per["unit"]) == ("per_unit", 500, "人")
    got = deadlines_in_sentence("企业网上申报端口将于9月18日24时关闭。", 0, 2020)
    assert [(p.fields["date"], p.fields["time"]) for p in got] == [("2020-09-18", "24:00")]


def test_a_notice_signed_by_provincial_bureaus_is_the_provinces():
    text = ("长春市、吉林市、延边州长吉图办、财政局,省直有关部门:\n现将《2018年专项资金申报指南》印发给你们,请于2017年12月25日前,"
            "将申报材料报送省长吉图办。长春市、吉林市要认真组织。长春市重点推荐。\n省长吉图办 省财政厅\n2017年12月1日\n")
    doc = parse_text(text, source="prov.txt")[0]
    assert (doc.region, doc.level) == ("吉林省", "province")


def test_a_compilation_item_that_is_a_whole_policy_is_the_document():
    text = ("某某省行业资讯\n2023年某区财政奖补汇编,如需申报欢迎咨询小编。\n一、某某市某某区推动先进制造业高质量发展的若干政策措施\n"
            "为深入贯彻落实有关决策部署,制定本政策措施。\n第一章 某某市某某区推动先进制造业高质量发展的若干政策措施总则\n"
            "第一条 适用范围 本政策扶持对象为区内企业。\n第二章 支持创新发展\n第二条 首台套突破 对首台套产品给予50万元奖励。\n")
    doc = parse_text(text, source="item.txt")[0]
    assert doc.title == "某某市某某区推动先进制造业高质量发展的若干政策措施"
    assert [s.title for s in doc.sections] == ["总则", "支持创新发展"]


def test_a_kind_of_company_is_no_named_firm():
    assert _awards("改制设立一家实收资本500万元以上的股份有限公司奖励企业10万元。") == [("fixed", 100000, None, None)]
    assert _awards("经审核,某某科技有限公司、某某机械有限公司各奖励10万元。") == []  # a grant to named firms


def test_awards_by_grade_under_a_stated_standard_and_per_run():
    got = _awards("对新评定的国家A级旅游景区一次性给予奖励,具体标准为:5A级60万元,4A级30万元,3A级10万元;")
    assert [a for _, a, _, _ in got] == [600000, 300000, 100000]
    (form, _, _, per), = _awards("组织游客600人以上的旅游专列来本市,每趟专列奖励该旅行社3万元;")
    assert (form, per["award_yuan"]) == ("per_unit", 30000)


def test_a_digest_with_blocks_before_its_numbered_place_headers():
    text = ("某某市及各县区高新技术企业奖励政策汇总\n发布时间:2025-07-28\n金华市\n对新认定的高新技术企业,一次性奖励20万元。\n"
            "政策依据:《金华市加快推进创新驱动工作方案》\n对重新通过认定的高新技术企业给予奖励10万元。\n"
            "政策依据:《婺城区科技创新专项资金管理办法》\n(三)金华市武义县\n对首次认定的高新技术企业,给予20万元一次性奖励\n"
            "武义县科技创新奖补办法\n(四)金华市浦江县\n对认定为高新技术企业的奖励10万元\n政策依据:《浦江县投资政策》\n")
    docs = parse_text(text, source="digest2.txt")
    assert [(d.region, d.title) for d in docs] == [
        ("金华市", "金华市加快推进创新驱动工作方案"), ("金华市婺城区", "婺城区科技创新专项资金管理办法"),
        ("金华市武义县", "武义县科技创新奖补办法"), ("金华市浦江县", "浦江县投资政策")]


def test_a_digest_block_whose_counties_state_their_own_measures():
    text = ("某省高新技术企业奖励政策汇总\n一、河北省高新技术企业奖励\n1、河北省高新技术企业奖励补贴政策\n对认定的高新技术企业给予10万元奖励性补助。\n"
            "2、保定市高新技术企业奖励补贴政策\n保定市:对新认定的高新技术企业奖励10万元。\n定州市:对新增的高新技术企业,一次性补助20万元。\n"
            "安国市:被认定为国家高新技术企业的,一次性补助100万元。\n")
    docs = parse_text(text, source="counties.txt")
    got = [(d.region, sorted(p.fields["amount_yuan"] for p in incentives_of(d))) for d in docs]
    assert got[-3:] == [("河北省保定市", [100000]), ("河北省保定市定州市", [200000]), ("河北省保定市安国市", [1000000])]
