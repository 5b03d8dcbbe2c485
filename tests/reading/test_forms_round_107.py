"""Forms met in rounds 107–109 (whole documents kept in code repositories, one as the page's HTML)
once they were scored blind; each in a small text of its own (placeholder sentences and places, none
from a test document)."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _doc(text: str):
    return parse_text(text, source="forms107.txt")[0]


def _awards(body: str, head: str = "某某区产业扶持办法\n") -> list[dict]:
    doc = _doc(head + body)
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def _outline(doc) -> list[tuple]:
    return [(s.no, s.title, [a.no for a in s.articles]) for s in doc.sections]


def test_an_article_number_spaced_out_digit_by_digit_is_one_number():
    doc = _doc("某某县产业扶持办法\n第 9 条 对新认定的甲类企业,给予企业20万元奖励。\n"
               "第 1 0 条 对新认定的乙类企业,给予企业10万元奖励。\n第 1 1 条 本办法自发布之日起施行。\n")
    assert [a.no for s in doc.sections for a in s.articles] == [9, 10, 11]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(9, 200000), (10, 100000)]


def test_titled_parts_over_group_headings_over_articles_numbered_throughout():
    doc = _doc("某某县关于支持重点产业发展的实施意见\n为支持产业发展,制定如下意见。\n一、资金保障\n"
               "第1条 设立产业发展引导资金,由县财政安排。\n二、支持范围\n(一)投资奖励\n"
               "第2条 对新上的工业项目,按设备投资额的5%给予企业奖励。\n第3条 对重大项目实行一事一议。\n"
               "(二)创新奖励\n第4条 鼓励企业研发。对取得专利的产品,给予企业30万元奖励。\n三、其他\n"
               "第5条 本意见自发布之日起施行。\n")
    assert _outline(doc) == [(1, "资金保障", [1]), (2, "支持范围", [2, 3, 4]), (3, "其他", [5])]


def test_the_unit_that_carries_out_a_measure_is_its_responsible_unit():
    doc = _doc("某某区绿色发展若干措施\n一、支持范围\n1.节能改造项目\n对节能改造项目,给予10万元补贴。(执行单位:区甲委)\n"
               "2.清洁生产项目\n对清洁生产项目,给予5万元补贴。(执行单位:区乙局)\n")
    assert [a.responsible for s in doc.sections for a in s.articles] == [["区甲委"], ["区乙局"]]


def test_a_year_said_before_an_application_window_is_its_year():
    doc = _doc("关于申报2017年度甲类企业奖励的办事指南\n一、申报时间\n2018年本批受理时间为5月6日-5月20日。\n")
    assert [d.fields["date"] for d in doc.provisions if d.kind == "deadline"] == ["2018-05-20"]


def test_the_years_an_award_is_paid_over_are_not_awards_of_their_own():
    awards = _awards("第一条 对新入统的服务业企业,给予企业10万元奖励(第一年奖励5万元,第二年奖励3万元,第三年奖励2万元)。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 100000)]


def test_shares_of_the_award_due_paid_by_stages_are_no_rates():
    awards = _awards("第一条 对新建项目,按设备投资额的10%给予企业奖励。\n"
                     "第二条 奖励按项目开工、竣工和投产3个阶段,依次按应补助额的30%、30%和40%予以兑现。\n")
    assert [(p["article"], p["form"], p["rate"]) for p in awards] == [(1, "rate", Decimal("0.1"))]


# Whole documents show what a page's first 2,000 bytes never do: a table of contents, the printing
# colophon at the very end, an interpretation printed below the signature.

def test_a_table_of_contents_is_not_the_documents_outline():
    doc = _doc("某某市促进商贸发展若干政策\n目  录\n一、支持甲类企业发展……………………1\n二、支持乙类消费………………………2\n"
               "为促进商贸发展,制定本政策。\n一、支持甲类企业发展\n(一)对新引进的甲类企业,给予一次性奖励100万元。\n"
               "二、支持乙类消费\n(二)对新评定的乙类街区,给予50万元奖励。\n")
    assert _outline(doc) == [(1, "支持甲类企业发展", [1]), (2, "支持乙类消费", [2])]
    assert [p.fields["amount_yuan"] for p in incentives_of(doc)] == [1000000, 500000]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


def test_a_contents_page_whose_entries_the_page_never_reaches_keeps_them():
    doc = _doc("某某汇编\n目录\n1、【政策文件】关于印发甲类办法的通知……………25\n2、【政策文件】关于印发乙类细则的通知……………38\n")
    assert "甲类办法" in doc.text and "乙类细则" in doc.text


def test_the_printing_colophon_ends_a_whole_document():
    doc = _doc("某某县产业政策\n一、对新认定的甲类企业,给予一次性奖励10万元。\n二、本政策自发布之日起施行。\n"
               "抄送:县委办,县人大办。\n某某县人民政府办公室 2023年4月21日印发\n")
    assert "truncated" not in {w.code for w in doc.warnings}


def test_an_interpretation_printed_below_the_signature_sets_no_measures():
    doc = _doc("某某区支持数字经济发展的若干政策\n第一条 对新认定的甲类企业,给予一次性奖励50万元。\n"
               "第二条 本政策自2024年3月1日起施行。\n某某区人民政府\n2024年2月20日\n"
               "《某某区支持数字经济发展的若干政策》政策解读\n一、主要内容\n一是对新认定的甲类企业,给予一次性奖励50万元。\n")
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(1, 500000)]
    assert [a.no for s in doc.sections for a in s.articles] == [1, 2]


def test_a_notice_issuing_two_policies_gives_one_document_each_issued_by_it():
    docs = parse_text("某某市人民政府办公室关于印发甲类产业扶持办法和乙类人才奖励细则的通知\n某政办规〔2024〕3号\n"
                      "各县(市、区)人民政府:\n《甲类产业扶持办法》《乙类人才奖励细则》已经市政府同意,现印发给你们。\n"
                      "附件:1.甲类产业扶持办法\n2.乙类人才奖励细则\n某某市人民政府办公室\n2024年3月5日\n"
                      "附件1\n甲类产业扶持办法\n第一条 为促进甲类产业发展,制定本办法。\n第二条 对新落户的甲类企业,给予一次性奖励200万元。\n"
                      "附件2\n乙类人才奖励细则\n第一条 为吸引乙类人才,制定本细则。\n第二条 对新引进的甲类团队,给予一次性奖励30万元。\n"
                      "附件3\n甲类企业申请表\n企业名称 | 联系人 |\n", source="forms107.txt")
    assert [(d.title, d.doc_number, d.issued) for d in docs] == [
        ("甲类产业扶持办法", "某政办规〔2024〕3号", "2024-03-05"), ("乙类人才奖励细则", "某政办规〔2024〕3号", "2024-03-05")]
    assert [[(p.article, p.fields["amount_yuan"]) for p in incentives_of(d)] for d in docs] == [[(2, 2000000)], [(2, 300000)]]


def test_the_title_and_fields_a_page_prints_above_its_content_container(tmp_path):
    from zhengce.reading import read_path

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>某某区甲类产业扶持办法｜某某区人民政府</title></head><body><div>首页 &gt; 政策</div>"
                    "<h2>某某区甲类产业扶持办法</h2><div><span>来源:某某区发改局</span><span>发布日期:2017-10-13</span></div>"
                    "<div class=\"TRS_Editor\"><p>为促进甲类产业发展,推动产业集聚,提升产业链水平,培育一批具有竞争力的骨干企业,"
                    "结合本区实际,制定本办法。</p><p>一、对新落户的甲类企业,给予一次性奖励"
                    "200万元。</p><p>二、对新认定的乙类企业,给予一次性奖励50万元。</p><p>三、本办法自发布之日起施行,"
                    "由区发改局负责解释,有效期三年,期满后根据实施情况另行评估。</p></div></body></html>", encoding="utf-8")
    (doc,) = read_path(page)
    assert doc.title == "某某区甲类产业扶持办法"
    assert [p.fields["amount_yuan"] for p in incentives_of(doc)] == [2000000, 500000]


def test_a_new_area_named_by_its_city_and_one_of_its_districts_is_that_district():
    doc = _doc("广州南沙新区(自贸片区)促进甲类产业发展扶持办法\n一、对新落户的甲类企业,给予一次性奖励100万元。\n")
    assert (doc.region, doc.level) == ("广东省广州市南沙区", "district")


def test_a_share_that_marks_where_the_part_paid_on_starts_is_no_rate():
    awards = _awards("第一条 对骨干人才,按其年度贡献的40%给予奖励;境外人才可按超过15%部分的差额给予补贴。\n")
    assert [(p["form"], p["rate"]) for p in awards] == [("rate", Decimal("0.4"))]


def test_a_share_paid_in_before_the_award_is_due_is_no_rate():
    awards = _awards("第一条 对引荐项目的机构,按项目实缴注册资本的3‰给予奖励,奖励金需在项目注册资本实缴30%后申请。\n")
    assert [(p["form"], p["rate"]) for p in awards] == [("rate", Decimal("0.003"))]


def test_each_kinds_sum_of_an_award_named_before_them():
    awards = _awards("第一条 对新引进落户的人才发放租房补贴,其中甲类2万元,乙类4万元,丙类6万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 20000), ("fixed", 40000), ("fixed", 60000)]


# Rounds 110–111: whole official documents of districts, kept as Markdown or as the page's HTML.

def test_a_ratio_to_the_award_granted_before_is_a_matching_award():
    awards = _awards("第一条 按上级补贴金额,对项目给予1:1匹配补贴,单个项目配套金额最高不超过80万元。\n"
                     "第二条 根据项目成效,最高按1:0.5比例给予奖励,单个项目最高不超过200万元。\n")
    assert [(p["article"], p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        (1, "matching", Decimal("1"), 800000), (2, "matching", Decimal("0.5"), 2000000)]


def test_what_each_one_of_a_kind_receives_under_a_standard_stated_before_the_verb():
    awards = _awards("第一条 按每年每个甲类示范点1.5万元的标准给予运营支持。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 15000)]


def test_the_first_instalment_of_an_award_is_no_rate():
    awards = _awards("第一条 对甲类项目按市级资金的1:1给予配套。\n第二条 项目验收后按照配套部分的40%拨付首款。\n")
    assert [(p["article"], p["form"]) for p in awards] == [(1, "matching")]


def test_a_markdown_heading_and_joint_issuers_set_apart_by_spaces():
    doc = _doc("# 某某区甲局  某某区乙委员会  某某区丙局关于印发《某某区甲类扶持办法》的通知\n各有关单位:\n"
               "现将《某某区甲类扶持办法》印发给你们,请遵照执行。\n某某区甲局  某某区乙委员会\n某某区丙局\n2024年5月6日\n"
               "某某区甲类扶持办法\n第一条 对新认定的甲类企业,给予一次性奖励20万元。\n")
    assert doc.title == "某某区甲类扶持办法"
    assert doc.issuer == "某某区甲局、某某区乙委员会、某某区丙局"
    assert doc.issued == "2024-05-06"


def test_a_share_of_the_base_stated_as_the_most_the_support_may_be():
    awards = _awards("第一条 专项资金资助比例最高为设备投资额的20%,资助金额原则上最高150万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.2"), 1500000)]


def test_a_rate_with_its_own_cap_after_a_matching_award_is_an_award_of_its_own():
    awards = _awards("第一条 支持方式\n(一)获得上级资金支持的项目,按照上级补助资金1:0.5的比例安排本级配套经费。\n"
                     "(二)通过评审的其他项目,给予区级资助。单个项目资助资金最高不超过设备投资额的20%,"
                     "资助金额最高不超过80万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("matching", Decimal("0.5"), None), ("rate", Decimal("0.2"), 800000)]


def test_the_last_article_ends_where_the_attachments_begin():
    doc = _doc("某某县甲类产业奖补办法\n第一条 对新建甲类设施50亩以上的,每亩补助2000元。\n第二条 本办法自2024年1月1日起施行。\n"
               "附件:某某县甲类奖补标准表\n项目 | 标准 | 备注 |\n甲类设施 | 2000元/亩 | 50亩以上 |\n乙类合作社 | 5万元 | 省级 |\n")
    assert [(p.article, p.fields["form"]) for p in incentives_of(doc)] == [(1, "per_unit")]
    assert doc.sections[-1].articles[-1].heading.startswith("本办法自2024年1月1日起施行")


def test_a_bound_on_all_the_awards_of_the_text_together_is_no_award():
    doc = _doc("某某市甲类扶持办法\n第一章 总则\n第一条 为推动甲类产业发展,制定本办法。\n第二章 扶持措施\n"
               "第二条 对新认定的甲类企业,给予一次性奖励30万元。\n第三章 附则\n"
               "第三条 同一企业同一年度享受本办法各项奖励总额不超过500万元。\n")
    assert [(p.article, p.fields["form"], p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(2, "fixed", 300000)]


# Rounds 112–113.

def test_one_heading_over_the_measures_that_pay_heads_a_section_of_articles():
    doc = _doc("某某县关于支持甲类产业发展的实施意见\n一、财政支持\n设立甲类产业引导资金,由县财政安排。\n二、支持范围\n"
               "(一)投资支持。\n1.新上项目投资5000万元以上的,按投资额的5%给予奖励。\n2.重大项目实行一事一议。\n"
               "(二)研发支持。对取得甲类证书的新产品,给予企业10万元资金支持。\n(三)品牌支持。对新认定的甲类商标,给予企业3万元奖励。\n"
               "(四)升规支持。对新纳入统计的规上企业,一次性给予5万元奖励。\n三、政策兑现\n年末集中兑付。\n"
               "四、组织保障\n成立领导小组。\n五、其他规定\n本意见自发布之日起施行。\n")
    assert _outline(doc) == [(1, "财政支持", []), (2, "支持范围", [1, 2, 3, 4]), (3, "政策兑现", []), (4, "组织保障", []),
                             (5, "其他规定", [])]


def test_parts_each_opening_their_own_count_after_an_introduction_numbered_on_its_own():
    doc = _doc("某镇甲类考核奖励实施办法\n为加强甲类管理,制定本办法。\n一、指导思想\n提升甲类服务水平。\n二、考核对象\n辖区内甲类项目。\n"
               "第一部分 甲类考核奖励办法\n一、甲类项目奖励\n一等奖给予甲类项目奖励5万元。\n二、评优奖励\n获评优秀的,一次性奖励2万元。\n"
               "第二部分 乙类补贴办法\n一、补贴范围及标准\n乙类项目每月补贴1000元。\n二、资金拨付\n按季度拨付。\n")
    assert _outline(doc) == [(1, None, [1, 2]), (1, "甲类考核奖励办法", [1, 2]), (2, "乙类补贴办法", [1, 2])]


def test_an_area_of_a_free_trade_zone_is_the_documents_place():
    doc = _doc("中国(上海)自由贸易试验区临港新片区管理委员会关于印发甲类扶持操作办法的通知\n"
               "第一条 对新建甲类项目,按0.2元/千瓦时给予奖励。\n")
    assert (doc.region, doc.level) == ("上海市临港新片区", "district")


def test_rates_per_unit_of_shipping():
    awards = _awards("第一条 对甲类企业新增部分按每TEU给予50元的补贴。\n第二条 对新登记的甲类船舶,一次性给予60元/总吨的补贴。\n"
                     "第三条 对开展甲类检验的,按5000元/艘给予奖励。\n"
                     "第四条 每新增一条甲类航线(年度货量超过1万TEU)给予最高300万元的奖励。\n")
    assert [(p["article"], (p["per_unit"] or {}).get("unit"), (p["per_unit"] or {}).get("unit_yuan")) for p in awards][:3] == [
        (1, "TEU", None), (2, "总吨", None), (3, "艘", None)]
    assert all((p["per_unit"] or {}).get("unit_yuan") is None for p in awards)  # 1万TEU is a condition, no money step


def test_a_capital_letter_a_wrap_cut_from_its_word_is_kept():
    # (a page layout wraps every line at the same width: "…按每T" / "EU给予…")
    text = ("第一条 对年货运量超过两千标箱并在本区结算的甲类企业,其当年新增的部分按每TEU给予50元的补贴,"
            "每家甲类企业年度补贴最高不超过30万元。")
    width = text.index("每T") + 2
    wrapped = "\n".join(text[i:i + width] for i in range(0, len(text), width))
    assert "每T\nEU" in wrapped
    awards = _awards(wrapped + "\n")
    assert [((p["per_unit"] or {}).get("unit"), (p["per_unit"] or {}).get("award_yuan")) for p in awards] == [("TEU", 50)]


def test_the_field_lines_of_a_markdown_copy_are_fields_not_titles():
    doc = _doc("---\n标题: 某某市人民政府关于调整本市甲类补贴标准的通知\n文号: 某府规〔2021〕17号\n发布单位: 某某市人民政府\n"
               "发布日期: 2021-05-06\n层级: 市级\n类型: 通知公告\n分类: 房屋与住房\n状态: 有效\n官方链接: https://example.org/1\n---\n\n"
               "# 某某市人民政府关于调整本市甲类补贴标准的通知\n\n各区人民政府:\n经研究,市政府决定调整甲类补贴标准。\n"
               "一、补贴标准\n对符合条件的家庭,每月给予补贴500元。\n")
    assert doc.title.endswith("关于调整本市甲类补贴标准的通知")
    assert doc.doc_number == "某府规〔2021〕17号"


def test_a_towns_government_printed_without_its_district_is_written_out():
    doc = _doc("闵行区某镇甲类工作实施方案\n为做好甲类工作,结合某某镇实际,制定本方案。\n一、对评为五星的甲类组织,奖励1万元。\n"
               "二、某某镇各居委会按要求组织申报,某某镇社区办负责审核。\n某某镇人民政府\n2025年3月3日\n")
    assert doc.region == "上海市闵行区某某镇"
    assert doc.issuer == "上海市闵行区某某镇人民政府"


# Round 115.

def test_a_list_of_shares_shares_its_matching_word_and_its_caps():
    awards = _awards("第一条 对获得国家、省、市甲类资金的企业,分别按上级资金的100%、70%、50%给予区级配套,"
                     "最高分别不超过500万元、300万元、100万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("matching", Decimal("1"), 5000000), ("matching", Decimal("0.7"), 3000000), ("matching", Decimal("0.5"), 1000000)]


def test_so_much_per_item_is_per_unit_but_at_most_so_much_per_item_bounds_a_rate():
    awards = _awards("第一条 甲类专利申请时资助1000元/件,授权后再资助8000元/件。\n"
                     "第二条 乙类商品按售价的15%给予补贴,最高补贴2000元/件。\n")
    assert [(p["article"], p["form"], p["cap_yuan"]) for p in awards] == [
        (1, "per_unit", None), (1, "per_unit", None), (2, "rate", 2000)]


def test_a_scheme_the_text_works_through_does_not_name_the_text():
    doc = _doc("为促进甲类产业发展,制定本办法。\n第一条 甲类企业注册资本达到3亿元的,根据“甲类奖励账户体系”给予奖励。\n"
               "第二条 乙类企业管理规模达到5亿元的,根据“甲类奖励账户体系”给予奖励。\n第三条 本办法自发布之日起施行。\n")
    assert doc.title is None


def test_rates_per_unit_labelled_under_the_standards_lead_line():
    awards = _awards("第一条 甲类项目补贴标准如下:\n1、甲类设施: 0.3元/千瓦时。\n2、乙类设施。建设单位:0.3元/千瓦时。屋顶业主:0.1元/瓦。\n")
    assert [((p["per_unit"] or {}).get("unit"), (p["per_unit"] or {}).get("award_yuan")) for p in awards] == [
        ("千瓦时", Decimal("0.3")), ("千瓦时", Decimal("0.3")), ("瓦", Decimal("0.1"))]
