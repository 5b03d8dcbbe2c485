"""Forms met in rounds 46–59 (the stop before's final blind rounds, looked at this stop), each in a small
text of its own (placeholder sentences and places, none from a test document)."""

from __future__ import annotations

from zhengce.reading import parse_text


def _incentives(doc):
    return [p for p in doc.provisions if p.kind == "incentive"]


def test_a_question_and_answer_pages_prompts_are_neither_sections_nor_articles():
    text = ("《某某市扶持骨干企业奖励办法》问答\n发布时间:2024-05-06\n"
            "(一)办法适用于哪些企业?\n本办法适用于在本市纳税的工业企业。\n"
            "(二)可以获得哪些奖励?\n共有两项:\n"
            "1.奖励规模企业。对年营业收入首次超过10亿元的企业,给予一次性奖励50万元。\n"
            "2.奖励创新企业。对首次认定为省级创新型企业的,给予一次性奖励20万元。\n")
    doc = parse_text(text, source="qa.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(1, "奖励规模企业"), (2, "奖励创新企业")]
    assert [(p.article, p.fields["amount_yuan"]) for p in _incentives(doc)] == [(1, 500000), (2, 200000)]


def test_question_marks_standing_for_lost_characters_ask_nothing():
    # a page whose spaces became "?": its chapters stay chapters
    text = ("某某县促进旅游发展奖励办法\n第一章??总?则\n第一条?为促进旅游发展,制定本办法。\n"
            "第二条?本办法适用于本县旅游企业。\n第二章??奖励标准\n第三条?对新评为4A级景区的,奖励20万元。\n")
    doc = parse_text(text, source="marks.txt")[0]
    assert [s.no for s in doc.sections] == [1, 2]
    assert [a.no for a in doc.articles] == [1, 2, 3]


def test_a_measure_spliced_on_after_its_units_closing_bracket_is_the_next_article():
    text = ("某某市支持商贸物流发展若干措施\n一、支持市场主体壮大\n"
            "(一)支持企业上规模。对首次入统的商贸企业给予5万元奖励。(责任单位:市商务局、市财政局)"
            "(二)支持仓储设施建设。对新建冷库的企业给予10万元补助。(责任单位:市商务局)"
            "二、支持品牌建设(三)支持老字号。对新认定的老字号企业给予3万元奖励。\n")
    doc = parse_text(text, source="splice.txt")[0]
    assert [s.title for s in doc.sections] == ["支持市场主体壮大", "支持品牌建设"]
    assert [(p.article, p.fields["amount_yuan"]) for p in _incentives(doc)] == [(1, 50000), (2, 100000), (3, 30000)]


def test_a_subsidy_scale_is_titled_by_its_line_and_is_rules():
    text = ("某某新区果树种植补贴标准2023(某某新区农业局)\n\n2023年某某新区果树种植补贴标准\n"
            "补贴对象:本区从事果树种植的单位和个人。\n补贴标准:新栽果树按照300元/亩的标准补贴。\n")
    doc = parse_text(text, source="scale.txt")[0]
    assert doc.title == "2023年某某新区果树种植补贴标准"
    assert doc.kind == "rules"


def test_a_call_listing_its_subsidy_scale_stays_a_notice():
    text = ("某某区设备更新补助申报时间、条件、补助标准\n一、申报时间\n即日起至2024年5月31日。\n"
            "二、补助标准\n按设备投资额的10%给予补助,最高不超过50万元。\n")
    assert parse_text(text, source="call.txt")[0].kind == "notice"
