"""Forms met from round 535 on, each in a small text of its own (placeholder sentences that copy no set
document): a standard of living paid a person, so much a month or a year, with no award verb beside it;
the old sum of a standard raised per unit; a rate per unit and its verb of support; who sent out the notice
a report's lead tells of; a body that 联合 another, the first body leading the sentence."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, extracted


def _per_unit(text: str) -> list:
    return [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan") or p.fields.get("amount_yuan"))
            for p in extracted(text)]


def test_a_standard_of_living_per_month_is_paid_per_person_without_an_award_verb():
    assert _per_unit("从今年起,分散供养特困人员的基本生活标准1180元/月,集中供养特困人员的基本生活标准为1260元/月。") == [
        ("per_unit", 1180), ("per_unit", 1260)]


def test_a_standard_of_living_per_year_is_paid_per_person_and_its_old_sum_is_not():
    assert _per_unit("新的农村低保标准由上年的5200元/年提高到5600元/年,当月起执行。") == [("per_unit", 5600)]


def test_a_threshold_of_income_is_no_standard_paid():
    assert _per_unit("低保边缘家庭认定标准按低保标准的1.5倍确定,即2100元/月。") == []


def test_the_old_sum_of_a_standard_raised_per_unit_is_no_award():
    assert _per_unit("两项补贴标准均从85元/人/月提高到95元/人/月。") == [("per_unit", 95)]


def test_a_rate_per_unit_then_its_verb_of_support_is_per_unit():
    assert _per_unit("对新建连栋温室按8000元/亩扶持,对新建冷库按每立方米100元给予补助。") == [
        ("per_unit", 8000), ("per_unit", 100)]


def test_a_reports_lead_names_who_sent_out_the_notice_its_city_written_out():
    doc = doc_of("宜宾市调整特困人员救助供养标准\n"
                 "近日,宜宾市民政局、市财政局共同印发通知,调整全市特困人员救助供养标准。\n"
                 "调整后,城镇特困人员的生活标准提高到每人每月1150元。")
    assert doc.issuer == "宜宾市民政局、宜宾市财政局"


def test_a_provinces_notice_that_a_county_follows_names_no_issuer_of_its_own():
    doc = doc_of("省人社厅、省财政厅日前印发通知,延长一次性岗位补贴的期限,本县参照执行。\n"
                 "企业招用登记失业人员的,每招用1人补贴1000元。")
    assert doc.issuer is None


def test_a_body_that_joins_another_has_the_sentences_first_body_beside_it():
    doc = doc_of("支持商贸企业参展,给补贴!\n"
                 "记者从某某市商务局获悉,为稳住外贸基本盘,某某市商务局聚焦企业出海,加大资金支持,"
                 "联合某某市财政局印发《某某市外贸企业参展补助资金申报指南》,支持企业拓展市场。\n"
                 "对参加境外展会的企业,每个展位补助1万元。")
    assert doc.issuer == "某某市商务局、某某市财政局"
