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
