"""Documents from other places and years, written the way such documents are written: the
reader must not depend on the corpus's particular sentences."""

from __future__ import annotations

from zhengce.reading import parse_text

YINZHOU = """宁波市鄞州区人民政府关于印发鄞州区推动经济高质量发展若干政策的通知
鄞政发〔2026〕5号
各镇人民政府、街道办事处,区政府各部门、各直属单位:
现将《鄞州区推动经济高质量发展若干政策》印发给你们,请认真贯彻执行。
宁波市鄞州区人民政府
2026年3月1日
鄞州区推动经济高质量发展若干政策
一、科技创新政策(牵头单位:区科技局)
2026年安排区级财政专项资金3.5亿元。
1.支持企业研发。对首次认定的高新技术企业给予20万元奖励。(牵头单位:区科技局;配合单位:区财政局)
2.支持平台建设。对新认定的省级重点实验室给予最高300万元奖励。(责任单位:区科技局)
二、先进制造业政策(由区经信局牵头实施)
区财政2026年预算安排5亿元。
1.支持技术改造。按设备投资额的10%给予补助,最高不超过500万元。(责任单位:区经信局)
上述2个领域政策区财政2026年预算安排资金支持总额为8.5亿元。
本通知明确的各项政策除标明具体实施期限外,均为2026年全年实施有效。
"""


def test_a_district_policy_of_another_city_and_year():
    [doc] = parse_text(YINZHOU, source="yinzhou.txt", with_provisions=False)
    assert (doc.title, doc.issuer, doc.region, doc.level, doc.year) == (
        "鄞州区推动经济高质量发展若干政策", "宁波市鄞州区人民政府", "宁波市鄞州区", "district", 2026)
    assert (doc.doc_number, doc.issued, doc.status, doc.kind) == ("鄞政发〔2026〕5号", "2026-03-01", "final", "policy")
    assert doc.total_budget_yuan == 850_000_000
    assert [(s.title, s.lead, s.budget_yuan) for s in doc.sections] == [
        ("科技创新政策", ["区科技局"], 350_000_000), ("先进制造业政策", ["区经信局"], 500_000_000)]
    # numbering restarts in each section
    assert [[a.no for a in s.articles] for s in doc.sections] == [[1, 2], [1]]
    assert doc.sections[0].articles[0].responsible == ["区科技局", "区财政局"]
    assert doc.effective["from"] == "2026-01-01"
    assert not [w for w in doc.warnings if w.code != "budget_mismatch"]


def test_a_traditional_draft_with_its_comment_notice():
    text = ("關於公開徵求《紹興市柯橋區關於推動經濟高質量發展的若干政策(2026年)(征求意見稿)》意見的公告\n"
            "為廣泛聽取社會各界意見,現將征求意見稿全文公布。征求意見時間:2025年12月20日至2026年1月5日。\n"
            "聯系人:張三,聯系電話:0575-12345678\n"
            "關於推動經濟高質量發展的若干政策(2026年)\n(征求意見稿)\n"
            "一、科技創新(區科技局牽頭)\n"
            "(一)支持研發投入。對研發投入增長的企業給予最高100萬元獎勵。(責任單位:區科技局)\n"
            "(三)支持人才引進。對引進的頂尖人才給予500萬元安家補助。(責任單位:區委人才辦)\n")
    [doc] = parse_text(text, source="keqiao.txt", with_provisions=False)
    assert doc.status == "draft"
    assert doc.region == "绍兴市柯桥区"
    assert doc.year == 2026
    assert doc.comment_period == ["2025-12-20", "2026-01-05"]
    assert doc.title == "关于推动经济高质量发展的若干政策"
    codes = {w.code for w in doc.warnings}
    assert "numbering_gap" in codes and "comment_period_year" not in codes


def test_a_work_report_titled_under_its_issuer_line():
    # a yearly report (工作年度报告), its government's name alone on the line above: before, no title was found and
    # the report was taken for a news page retelling the regulation it cites
    text = ("某某市某某区人民政府\n2024年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制,"
            "所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n全年主动公开政府信息八百余条。\n")
    [doc] = parse_text(text, source="report.txt", with_provisions=False)
    assert (doc.title, doc.issuer) == ("2024年政府信息公开工作年度报告", "某某市某某区人民政府")


def test_a_unit_in_brackets_under_a_label_of_its_own_is_the_unit_without_its_label():
    # "(受理部门:…)" after an article: the bureau (before: "受理部门:县科技局" as the unit's name)
    text = "某某县关于加快发展的若干措施\n1.对新认定的企业按每家30万元给予奖励（受理部门：县科技局、县财政局）\n"
    [doc] = parse_text(text, source="a.txt", with_provisions=False)
    assert [a.responsible for s in doc.sections for a in s.articles] == [["县科技局", "县财政局"]]


def test_an_attachment_mark_alone_under_the_signature_is_no_field_label():
    # "附件" alone (no colon) under the notice's date heads the attachment, whose title follows in two lines: the
    # title is those two lines (before: the first half was taken for the label's value and the date for the title's
    # first half, "2026年5月8日指导意见")
    text = ("某某市农业农村局关于印发某类企业奖补指导意见的通知\n各县市区农业农村局:\n"
            "现将某类企业奖补指导意见发给你们,望遵照执行。\n某某市农业农村局\n2026年5月8日\n附件\n"
            "首次入库的市级林果示范基地奖补\n指导意见\n对首次入库的市级林果示范基地每个奖补20万元。\n一、目标任务\n"
            "建成一批带动力强的示范基地。\n")
    [doc] = parse_text(text, source="a.txt", with_provisions=False)
    assert doc.title == "首次入库的市级林果示范基地奖补指导意见"


def test_a_flat_list_under_group_names_has_a_section_for_each_group():
    # items numbered on through the list, a short name over each group of them: the first name was its section's
    # title before; the later ones ran into the item above them
    text = ("某某县关于支持实体经济发展的若干措施\n产业升级\n1.对新认定的智能工厂给予50万元奖励。\n"
            "2.对新认定的数字化车间给予20万元奖励。\n人才支撑\n3.对新引进的博士给予5万元安家补贴。\n")
    [doc] = parse_text(text, source="a.txt", with_provisions=False)
    assert [(s.title, [a.no for a in s.articles]) for s in doc.sections] == [("产业升级", [1, 2]), ("人才支撑", [3])]
    assert doc.sections[0].articles[-1].text.endswith("20万元奖励。")


def test_a_text_named_as_passed_by_a_meeting_is_the_page_s_document():
    # a page flattened to one line: the addressee, "《X》已经…会议审议通过," and X's own articles after it
    text = ("县级各部门:《某某县鼓励企业挂牌上市奖励办法》已经县政府第5次常务会议审议通过,第一条为鼓励企业上市,"
            "制定本办法。第二条对在境内上市的企业,给予一次性奖励200万元。")
    [doc] = parse_text(text, source="a.txt", with_provisions=False)
    assert doc.title == "某某县鼓励企业挂牌上市奖励办法"


def test_an_article_s_units_in_brackets_are_no_part_of_its_heading_without_a_full_stop():
    # (a table's row, "…奖励30万元（牵头部门：县科技局）", has no 。 before its units: they close it all the same)
    text = "某某县关于支持企业发展的若干措施\n1.对新认定的企业给予奖励30万元（牵头部门：县科技局）\n2.对新认定的平台给予奖励20万元。（责任单位：县发改局）\n"
    [doc] = parse_text(text, source="a.txt", with_provisions=False)
    assert [(a.heading, a.responsible) for s in doc.sections for a in s.articles] == [
        ("对新认定的企业给予奖励30万元", ["县科技局"]), ("对新认定的平台给予奖励20万元", ["县发改局"])]
