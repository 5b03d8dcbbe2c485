"""Forms met in the development rounds 13–23 (rounds 17 and 18 once their blind measure was taken),
each in a small text of its own (placeholder sentences, none from a test document): what the reader
must make of them."""

from __future__ import annotations

from decimal import Decimal

from zhengce.provisions import extract
from zhengce.provisions.clauses import sentences
from zhengce.reading import parse_text
from tests.reading.awards_of import awards as _awards
from zhengce.reading.fields import spaced_fields
from zhengce.reading.lines import toc_lines
from zhengce.reading.normalize import normalize
from zhengce.reading.regions import mentions


# ---- places -----------------------------------------------------------------------------------

def test_a_city_notice_addressed_to_its_counties_is_the_citys_not_a_countys():
    text = ("各县(区)工业和信息化主管部门:\n现将省厅有关通知转发给你们,请组织辖区内企业申报。\n"
            "一、工作要求\n文峰区、滑县按要求于2025年7月25日前报送市工信局。\n")
    doc = parse_text(text, source="forward.txt")[0]
    assert (doc.region, doc.level) == ("河南省安阳市", "city")


def test_a_text_directing_its_counties_is_written_above_them():
    text = ("关于推进科技创新的若干措施\n结合我市实际,制定如下措施。\n一、研发投入\n"
            "(一)激励研发。对研发投入增长的给予20万元奖励。〔责任单位:市科技局,南宫市政府,各县(市、区)政府〕\n")
    doc = parse_text(text, source="directs.txt")[0]
    assert (doc.region, doc.level) == ("河北省邢台市", "city")


def test_a_place_of_another_province_named_once_in_passing_is_not_the_documents():
    text = ("泸州市科技局关于组织申报项目的通知\n各区科技局:\n请泸州市各单位于9月12日前申报。泸州市科技局负责汇总。"
            "各县经科局会同县财政部门于9月15日前将推荐函报送泸州市科技局。泸州高新区参照执行。泸州市财政局配合。\n")
    counts = mentions(normalize(text).text)
    assert any(r.full == "湖南省怀化市会同县" for r in counts)  # the scanner sees it…
    doc = parse_text(text, source="passing.txt")[0]
    assert doc.region == "四川省泸州市"  # …the reader does not take it


def test_a_city_and_a_place_inside_it_by_short_names_back_each_other():
    counts = mentions("(责任单位:市财政局,各县、区政府,廊坊开发区、广阳新区管委会)")
    assert {r.full for r in counts} == {"河北省廊坊市", "河北省廊坊市广阳区"}


def test_a_text_speaking_as_a_new_area_is_the_new_areas():
    text = ("为推动哈尔滨新区经济发展,根据《哈尔滨市推动经济发展若干措施》文件精神,结合新区实际,制定如下措施。\n"
            "一、科技创新\n(一)支持平台。对新认定的国家级平台,给予100万元奖励。(责任部门:科技局)\n")
    doc = parse_text(text, source="zone.txt")[0]
    assert (doc.region, doc.level) == ("黑龙江省哈尔滨市哈尔滨新区", "district")
    assert any(w.code == "region_inferred" for w in doc.warnings)


def test_a_zone_issuer_named_after_its_city():
    text = ("关于印发某某新区养老服务实施方案的通知\n各有关部门:\n现将实施方案印发给你们。\n"
            "大连金普新区发展和改革局\n大连金普新区民政局\n2025年4月28日\n某某实施方案\n一、总体要求\n(一)指导思想。坚持服务为本。\n")
    doc = parse_text(text, source="stacked.txt")[0]
    assert doc.issuer == "大连金普新区发展和改革局、大连金普新区民政局"  # joint signers, one per line
    assert (doc.region, doc.level) == ("辽宁省大连市大连金普新区", "district")
    assert doc.issued == "2025-04-28"


def test_a_page_filed_under_a_city_for_a_text_speaking_as_one():
    text = ("首页>城市要览>潍坊>政策支持\n贯彻落实省政府《支持实体经济发展的若干政策》\n"
            "为加大招商力度,贯彻落实省政府文件精神,结合我市实际,制定本激励办法。\n"
            "新引进的项目,按实际投资额的1%给予奖励。\n")
    doc = parse_text(text, source="filed.txt")[0]
    assert doc.region == "山东省潍坊市"
    assert doc.kind == "rules"  # "制定本激励办法": the preamble says what it is


# ---- heads, titles, fields -------------------------------------------------------------------------

def test_a_field_row_without_colons_or_bars():
    assert spaced_fields("索引号01525522-5-/2019-0911001发布机构某市商务局") == [
        ("index", "01525522-5-/2019-0911001"), ("issuer", "某市商务局")]
    assert spaced_fields("公开目录 通知公告 发布日期 2019-09-10") == [("ui", "通知公告"), ("published", "2019-09-10")]
    assert spaced_fields("发布日期是本文件印发之日起三十日后的第一个工作日,届时另行通知各有关单位和个人知悉") == []


def test_a_summary_naming_its_notice_in_the_lead():
    text = ("当前位置:首页>资讯>某市项目申报要求\n2023年8月21日,某某市科学技术局 某某市财政局关于转发《某省科学技术厅关于发布项目申报指南的通知》"
            "的通知,相关单位按要求组织申报。\n(一)项目申报截止时间:2023年9月12日。\n")
    doc = parse_text(text, source="lead.txt")[0]
    assert doc.title.endswith("关于转发《某省科学技术厅关于发布项目申报指南的通知》的通知")
    assert doc.issuer == "某某市科学技术局、某某市财政局"
    assert doc.issued == "2023-08-21"
    assert any(w.code == "title_reconstructed" for w in doc.warnings)


def test_a_news_lead_naming_the_policy_it_reports():
    text = ("近日,《某某省推动经济稳中求进若干政策举措》,将从促进消费等方面推动经济发展。\n"
            "积极打造消费场景。对获评的美食街,每个给予30万元一次性奖励。\n")
    doc = parse_text(text, source="news.txt")[0]
    assert (doc.title, doc.kind) == ("某某省推动经济稳中求进若干政策举措", "policy")


def test_an_explanation_page_is_read_for_the_policy_it_explains_and_its_fields():
    text = ("关于《某县科技创新奖励资金管理办法》制定政策文件的解读说明\n解读单位:某县科技局解读时间:2025-04-24\n"
            "一、起草背景\n为落实省级细则,制定了本办法。\n二、起草过程\n3月初形成管理办法(征求意见稿),并公示征集意见。\n")
    doc = parse_text(text, source="explain.txt")[0]
    assert (doc.title, doc.kind, doc.status) == ("某县科技创新奖励资金管理办法", "rules", "final")
    assert doc.issued == "2025-04-24"


def test_a_policy_summary_titled_by_its_form():
    text = ("某市优惠政策摘要\n目录\n一、农业产业优惠政策 1\n(一)油茶产业 1\n二、工业优惠政策 3\n(一)机器人产业 3\n"
            "一、农业产业优惠政策\n(一)油茶产业\n1.油茶造林补助。对于油茶新造林,按照3500元/亩的标准给予补助。\n")
    doc = parse_text(text, source="toc.txt")[0]
    assert (doc.title, doc.kind) == ("某市优惠政策摘要", "policy")
    assert [s.title for s in doc.sections] == ["农业产业优惠政策"]  # the table of contents is no structure
    assert [a.heading for a in doc.articles] == ["油茶造林补助"]


def test_toc_lines_need_a_table_of_contents():
    assert toc_lines(["目录", "一、总则 1", "二、支持措施 3", "三、附则 9", "一、总则"]) == {0, 1, 2, 3}
    assert toc_lines(["一、总则 1", "二、支持措施 3", "三、附则 9"]) == set()


def test_a_page_control_left_open_joins_nothing():
    text = "【字体:\n来源:某省财政厅\n\n某省财政厅 某省科技厅\n关于印发《某省科技奖补资金管理办法》的通知\n"
    assert "来源:某省财政厅\n" in normalize(text).text


def test_a_digest_of_documents_each_cited_by_its_number():
    text = ("一、生物医药\n(一)某省人民政府关于加快疫苗产业发展的意见(某政发〔2022〕15号\n"
            "对疫苗产业化项目,按照已完成投资的20%给予企业补助,单个项目最高不超过5000万元。\n"
            "(二)某省发展和改革委员会关于印发生物医药产业政策措施的通知(某发改〔2022〕564号)\n"
            "对新获得临床批件的品种,给予100万元奖励。\n")
    docs = parse_text(text, source="digest.txt")
    assert [d.doc_number for d in docs] == ["某政发〔2022〕15号", "某发改〔2022〕564号"]
    first = [p for p in docs[0].provisions if p.kind == "incentive"]
    assert [(p.fields["rate"], p.fields["cap_yuan"]) for p in first] == [(Decimal("0.2"), 50000000)]
    assert not first[0].quote.startswith("(一)")  # the heading line is not part of the award


# ---- provisions --------------------------------------------------------------------------------

def test_a_bracket_never_closed_holds_no_sentence():
    text = "(一)某某意见(某政发〔2022〕15号。对项目给予补助。每个品种奖励500万元。"
    assert len(sentences(text)) == 3


def test_a_cap_naming_its_unit_caps_the_rate_before_it():
    awards = _awards("按实际费用给予70%的补助(超过标准的,按标准的70%给予补助)。每个单位最多补助3人,对单个人的补助不超过5000元。")
    assert awards == [("rate", None, Decimal("0.7"), 5000)]  # the note on the excess is no second award


def test_levels_of_government_sharing_an_award_are_not_awards():
    awards = _awards("对于新建基地,按照3000元/亩的标准给予补助,具体如下:在省级按800元/亩给予补助的基础上,"
                     "市级按1200元/亩给予补助,县级按1000元/亩给予补助。")
    assert [a[0] for a in awards] == ["per_unit"] and len(awards) == 1


def test_a_deadline_before_the_end_of_the_working_day():
    dls = [p for p in extract("请各区科技局于2月29日(星期四)下班前将申报意向报送至市科技局。", year=2024) if p.kind == "deadline"]
    assert [p.fields["date"] for p in dls] == ["2024-02-29"]


def test_a_call_for_a_past_years_approvals_falls_in_the_next_year():
    text = ("关于开展2023年度自主创新政策兑现工作的通知\n各有关企业:\n"
            "申报范围:本次申报的项目为2023年1月1日至2023年12月31日新批准的项目。\n企业申报时间截止至4月30日,逾期不再受理。\n")
    doc = parse_text(text, source="past.txt")[0]
    assert doc.year == 2023
    assert [d["date"] for d in doc.deadlines] == ["2024-04-30"]


# ---- rounds 26 and 27 ---------------------------------------------------------------------------

def test_one_level_topping_up_an_award_is_an_award():
    awards = _awards("对获得省级专项奖励资金的企业,市级财政按照1:1的比例给予配套奖励。")
    assert [a[0] for a in awards] == ["matching"]


def test_a_digest_flattened_into_one_line_is_a_document_per_place():
    text = ("浙江省某某奖励政策汇总\n浙江省某某奖励政策汇总湖州市对新认定的企业,每家给予20万元奖励。"
            "吴兴区对新认定的企业,一次性给予30万元补助。德清县对新认定的企业给予10万元奖励。"
            "安吉县对新认定的企业,分别给予国家级25万元、省级20万元的奖励。\n")
    docs = parse_text(text, source="runon.txt")
    assert [d.region for d in docs] == ["湖州市", "湖州市吴兴区", "湖州市德清县", "湖州市安吉县"]
    assert [len([p for p in d.provisions if p.kind == "incentive"]) for d in docs] == [1, 1, 1, 2]


def test_a_flattened_table_with_serial_cells_and_units_in_charge():
    text = ("某某市人民政府关于印发某某市产业政策的通知\n各县(市、区)人民政府:\n制定如下政策。\n奖补项目名称\n条款内容\n执行方式\n责任单位\n"
            "一、全面加快科技创新\n(一)支持科技创新\n1\n应用研究项目补助\n市财政给予单个项目最高10万元补助。\n资格定补\n市科技局\n"
            "2\n攻关项目补助\n按项目经费总投入的20%、最高200万元补助。\n资格定补\n市科技局、市财政局\n")
    doc = parse_text(text, source="table.txt")[0]
    assert [(a.no, a.heading, a.responsible) for a in doc.articles] == [
        (1, "应用研究项目补助", ["市科技局"]), (2, "攻关项目补助", ["市科技局", "市财政局"])]


def test_titled_parts_over_articles_numbered_by_tiao_and_a_parts_budget_beside_its_title():
    text = ("某某区关于促进产业发展的若干政策\n一、加大项目引入支持力度(不超过300万元)\n第一条 加快引进项目。对新引进项目给予最高50万元奖励。\n"
            "第二条 强化贡献奖励。对贡献大的项目给予最高20万元奖励。\n二、支持企业做强\n第三条 鼓励升级。对升级企业给予10万元奖励。\n")
    doc = parse_text(text, source="tiao.txt")[0]
    assert [(s.title, s.budget_yuan, [a.no for a in s.articles]) for s in doc.sections] == [
        ("加大项目引入支持力度", 3000000, [1, 2]), ("支持企业做强", None, [3])]


def test_a_part_led_by_a_bureau_over_a_paragraph_is_a_section():
    text = ("某某区推动经济高质量发展若干政策\n为推动发展,制定以下政策。\n一、推进科技创新(由科技局牵头)\n"
            "统筹推进科技创新。2025年,区级财政预算安排1亿元。\n")
    doc = parse_text(text, source="led.txt")[0]
    assert [(s.title, s.lead, len(s.articles)) for s in doc.sections] == [("推进科技创新", ["科技局"], 0)]


def test_a_draft_attached_below_its_consultation_notice():
    text = ("某某市农业农村局关于《某某市乡村振兴支持政策三十条》 第二次公开征求意见的公告\n"
            "起草了《某某市乡村振兴支持政策三十条(征求意见稿)》,现公开征求意见。公众可通过以下方式提出意见:\n"
            "1.登陆某某市农业农村局网站,对征求意见稿提出意见。\n2.通过电子邮件提出意见。\n意见反馈截止时间为2023年6月13日。\n"
            "某某市农业农村局\n2023年6月2日\n附件1:\n某某市乡村振兴支持政策(三十条)\n(征求意见稿)\n为推进乡村振兴,制定以下支持政策。\n"
            "一、保障有效供给\n1.稳定粮食生产。对规模经营主体,给予每亩200元的补贴。\n")
    doc = parse_text(text, source="consult2.txt")[0]
    assert (doc.title, doc.status) == ("某某市乡村振兴支持政策三十条", "draft")
    assert [a.heading for a in doc.articles] == ["稳定粮食生产"]


def test_a_party_and_government_over_the_title_and_its_adoption_date():
    text = ("中共某某区委 某某区人民政府\n关于促进经济高质量发展的若干政策意见\n(2022年11月3日)\n为推动发展,制定如下意见。\n"
            "一、支持制造业\n1.对新认定的企业给予10万元奖励。\n")
    doc = parse_text(text, source="party.txt")[0]
    assert doc.title == "关于促进经济高质量发展的若干政策意见"
    assert doc.issued == "2022-11-03"
    assert doc.issuer == "中共某某区委、某某区人民政府"


def test_a_list_item_that_is_a_whole_document_with_its_issuers():
    text = ("一、中共某某县委、某某县人民政府关于促进工业经济发展的若干规定(某发[2008]11号)\n"
            "1、降低收费标准。对新项目免收县级行政事业性收费。\n2、奖励纳税大户。对年纳税500万元以上的企业,奖励企业50万元。\n")
    doc = parse_text(text, source="item.txt")[0]
    assert (doc.title, doc.kind, doc.doc_number) == ("关于促进工业经济发展的若干规定", "policy", "某发[2008]11号")
    assert doc.issuer == "中共某某县委、某某县人民政府"


def test_a_sum_with_a_leading_zero_lost_its_decimal_point():
    assert _awards("对年度营销额首次达10万元以上的给予05万元奖励。") == [("fixed", 5000, None, None)]
    doc = parse_text("某某县电商奖励办法\n一、奖励标准\n1.对年度营销额首次达10万元以上的给予05万元奖励。\n", source="zero.txt")[0]
    assert any(w.code == "amount_repaired" for w in doc.warnings)  # the reader says what it repaired


def test_a_step_in_brackets_and_a_rate_of_what_was_paid_out():
    assert _awards("对年产值10亿元以上的企业,每上一个台阶(10亿元),给予20万元奖励,单个企业最高奖励200万元。") == [
        ("per_unit", None, None, 2000000)]
    assert _awards("对各县(市)区按照发放补贴总金额的50%给予奖励,每个县(市)区最高不超过100万元。") == [
        ("rate", None, Decimal("0.5"), 1000000)]
    assert _awards("第一年拨付奖励资金的60%,第二年拨付40%。") == []  # a payment schedule stays none


def test_a_document_number_that_lost_its_bracket_and_hao():
    text = "某某县人民政府办公室关于印发某某办法的通知\n某政办〔201616\n各乡镇人民政府:\n现将办法印发给你们。\n"
    doc = parse_text(text, source="no.txt")[0]
    assert doc.doc_number == "某政办〔2016〕16号"
    assert any(w.code == "doc_number_repaired" and "某政办〔201616" in w.message for w in doc.warnings)


def test_a_report_naming_the_party_and_government_that_issued_the_policy():
    text = ("政策扶持\n为激发茶农积极性,某某县委、县政府因势利导,出台了《关于进一步促进茶产业发展的若干意见》:"
            "县财政每年拿出1000万元补助茶农,给予改植每亩补助700元。\n")
    doc = parse_text(text.replace("某某县", "安溪县"), source="report.txt")[0]
    assert doc.title == "关于进一步促进茶产业发展的若干意见"
    assert doc.issuer == "中共安溪县委、安溪县人民政府"


def test_a_headline_naming_the_zone_before_the_title():
    text = ("当前位置:主页>新闻中心>\n厦门高新区:关于加快企业培育发展的六条措施\n来源:某网 日期:2023-03-06\n"
            "关于加快企业培育发展的六条措施\n为发展壮大企业,加快推动我区产业发展,特制定如下措施。\n一、支持认定\n对新认定的企业给予20万元奖励。\n")
    doc = parse_text(text, source="headline.txt")[0]
    assert (doc.region, doc.level) == ("福建省厦门市厦门高新区", "district")


def test_a_city_speaking_as_one_is_not_a_county_it_names():
    text = ("某某对新认定的绿色工厂给予100万元奖励\n为全面贯彻落实全市经济工作会议精神,结合我市实际,制定本措施。"
            "支持达拉特旗、准格尔旗创建示范园区。\n一、支持绿色工厂\n对新认定为国家级绿色工厂的给予100万元一次性奖励。\n")
    doc = parse_text(text.replace("某某", "鄂尔多斯"), source="city.txt")[0]
    assert (doc.region, doc.level) == ("内蒙古自治区鄂尔多斯市", "city")


def test_a_part_with_its_lead_bureau_labelled_is_a_section():
    text = ("某某区推动经济发展若干政策\n一、扩大有效投资政策(牵头部门:区发改局,配合部门:区经信局)\n"
            "全力推进项目建设。区财政安排资金1亿元。\n二、推动制造业发展政策(牵头部门:区经信局)\n支持企业技术改造。\n")
    doc = parse_text(text, source="lead2.txt")[0]
    assert [s.title for s in doc.sections] == ["扩大有效投资政策", "推动制造业发展政策"]
    assert not doc.articles


def test_a_zone_addressing_its_firms_under_the_city_it_names():
    text = ("高新区各企业:\n根据沈阳市数据局有关通知要求,现开展我区相关申报工作,现将具体事宜通知如下:\n"
            "一、申报时间\n请于2025年5月20日前报送沈阳市高新区经发局。\n")
    doc = parse_text(text, source="gxq.txt")[0]
    assert (doc.region, doc.level) == ("辽宁省沈阳市沈阳高新区", "district")
    assert any(w.code == "region_inferred" for w in doc.warnings)


def test_html_a_scraper_left_behind_numbers_nothing():
    text = ('<legend id="h4"></legend><samp id="h4"></samp>\n  1. <blockquote id="h4"><rt id="h4"></rt></blockquote>\n'
            '  2. <meter id="h4"></meter>\n某某市人民政府关于印发稳定经济工作举措的通知\n某府发〔2022〕6号\n各县(市)、区人民政府:\n'
            '现将《稳定经济工作举措》印发给你们。\n稳定经济工作举措\n一、落实财政支持政策\n1.落实好留抵退税政策。对符合条件的企业,及时退还。\n')
    doc = parse_text(text, source="html.txt")[0]
    assert doc.title == "稳定经济工作举措"
    assert [s.title for s in doc.sections] == ["落实财政支持政策"]
    assert [a.heading for a in doc.articles] == ["落实好留抵退税政策"]


def test_a_section_title_run_on_by_an_item_deep_in_the_list():
    from zhengce.reading.lines import split_lines
    from zhengce.reading.numbering import scheme_of, split_inline
    text = normalize("248(二十三)促进平台经济发展。支持平台企业。五、强化稳外贸措施(5条)(二十四)支持市场开拓。给予展位费补助。\n"
                     "(二十五)培育外贸新增长点。加快探索。\n").text
    scheme = scheme_of(split_inline(split_lines(text)))
    assert (scheme.section_kind, scheme.article_kind) == ("cn", "pcn")
    assert [(i.kind, i.no) for i in scheme.items] == [("pcn", 23), ("cn", 5), ("pcn", 24), ("pcn", 25)]


def test_the_award_verb_its_beneficiary_and_the_sum():
    assert _awards("对新认定的省级平台,奖励平台100万元。") == [("fixed", 1000000, None, None)]
    assert _awards("对获得中国驰名商标的企业,奖励企业现金5万元。") == [("fixed", 50000, None, None)]
    assert _awards("市政府每年安排工业园区综合奖励资金1000万元。") == []  # a budget, not an award


def test_a_window_the_notice_opens_and_a_date_closes():
    dls = [p.fields["date"] for p in extract("一、征集日期 自公告发布之日起至2021年11月20日止。", year=2021) if p.kind == "deadline"]
    assert dls == ["2021-11-20"]
    for text in ("本办法自印发之日起至2025年12月31日止有效。", "营业收入累计达到100万元之日起至2023年5月11日止的企业。"):
        assert not [p for p in extract(text, year=2023) if p.kind == "deadline"]  # a validity, a definition


def test_an_award_per_ton_to_whom_it_goes_and_a_rate_whose_verb_follows_its_cap():
    assert _awards("每收购1吨茶青,对收购企业奖励3元。") == [("per_unit", 3, None, None)]
    assert _awards("单个项目按照实际发生费用的40%,最高不超过50万元予以补助。") == [("rate", None, Decimal("0.4"), 500000)]


def test_a_zone_naming_itself_before_its_title_or_in_a_report():
    text = ("岳阳高新区贯彻落实《关于振兴工业实体经济的若干意见》实施细则\n岳高新管发〔2017〕12号\n"
            "为贯彻落实市委、市政府文件精神,制定本实施细则。\n第一条 对新认定的企业给予10万元奖励。\n")
    assert parse_text(text, source="zoned.txt")[0].region == "湖南省岳阳市岳阳高新区"
    report = ("湘潭高新区出台新政促进产业发展\n某报讯 12月28日,湘潭高新区出台《关于促进产业高质量发展的若干政策措施》。"
              "此项政策分为6个部分。\n")
    assert parse_text(report, source="zone_report.txt")[0].region == "湖南省湘潭市湘潭高新区"


def test_a_title_naming_a_district_several_cities_have_placed_by_the_text():
    text = ("鼓楼区支持产业发展专项资金项目指南\n对落户鼓楼的企业总部,按照南京市有关政策给予奖励扶持。\n"
            "对新认定的企业总部,给予300万元的资金支持。\n")
    doc = parse_text(text, source="gulou.txt")[0]
    assert doc.region == "江苏省南京市鼓楼区"


def test_bracketed_field_labels_and_a_plan_titled_with_its_years():
    text = ("您当前的位置: 首页>政务公开>政策文件\n[ 索引号 ] 1150011100/2022-00151 [ 发文字号 ] 某府办发〔2022〕92号\n"
            "[ 发布机构 ] 某某区政府办公室 [ 发布日期 ] 2022-07-22\n[ 成文日期 ] 2022-07-04 [ 有效性 ]\n"
            "渝北区促进企业高质量发展实施方案(2022—2025)\n为促进企业发展,制定本方案。\n一、支持认定\n对新认定的企业给予10万元奖励。\n")
    doc = parse_text(text, source="bracket.txt")[0]
    assert (doc.doc_number, doc.issued, doc.kind) == ("某府办发〔2022〕92号", "2022-07-04", "policy")


def test_a_page_quoting_a_drafts_section():
    text = ("某市高企认定补贴政策是什么\n《某市推动企业高质量发展行动方案(2021—2023年)征求意见稿》中“加强培育认定工作”一节提及:\n"
            "“当年度第1次认定通过的企业,给予20万元奖励金。”\n")
    doc = parse_text(text, source="quoted.txt")[0]
    assert (doc.title, doc.status, doc.kind) == ("某市推动企业高质量发展行动方案(2021—2023年)", "draft", "policy")


def test_a_call_for_comments_on_revising_a_policy_with_its_window_as_page_fields():
    text = ("您现在所在的位置: 首页 > 互动交流 > 意见征集\n关于征求统筹谋划修订《某某区促进产业政策》意见的公告\n"
            "征集开始日期:2021-05-10 00:00\n征集结束日期:2021-05-20 00:00\n状态: 已经结束\n"
            "为更好地修订《某某区促进产业政策》,现面向社会公开征集意见和建议。\n一、支持企业\n对新认定的企业给予10万元奖励。\n")
    doc = parse_text(text, source="revise.txt")[0]
    assert (doc.title, doc.status, doc.comment_period) == ("某某区促进产业政策", "draft", ["2021-05-10", "2021-05-20"])


def test_a_window_labelled_without_its_time_word_and_a_clock_time_with_dian():
    dls = [(p.fields["date"], p.fields["time"]) for p in extract("首次受理:8月3日至8月5日(9:00-17:00)", year=2019) if p.kind == "deadline"]
    assert dls == [("2019-08-05", "17:00")]  # the office hours' close on the last day
    dls = [(p.fields["date"], p.fields["time"]) for p in extract("于2023年11月20日(星期一)17:00点前提交至区科技局。") if p.kind == "deadline"]
    assert dls == [("2023-11-20", "17:00")]
