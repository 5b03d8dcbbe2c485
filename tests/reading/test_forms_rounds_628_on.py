"""Forms met from round 628 on, each in a small text of its own (placeholder sentences that copy no set
document): a rate for the first years and another for the years after, one award verb after both; an allowance
named in one sentence and its sums by kind two sentences on; a sum for each person a report turns out true; an
award of at most a sum written "A元以上B元以下"; an attachment's label run into the policy's title; and a window
"即日起开始,至某日截止" on a line under its label."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of, extracted
from zhengce.provisions import extract
from zhengce.reading.titles import clean_title


def test_a_rate_for_the_first_years_and_another_for_the_years_after():
    got = awards("对新落户企业的技术骨干,年缴纳个人所得税3万元以上的,前三年按其地方留成部分的70%,后两年按50%,给予人才贡献奖励。")
    assert [(f, r) for f, _, r, _ in got] == [("rate", Decimal("0.7")), ("rate", Decimal("0.5"))]


def test_an_allowance_named_then_its_sums_by_kind_after_a_sentence_of_terms():
    text = ("对重点企业新招用的技术人才,按在岗情况发放生活费。生活费发放期限最长两年,每人只享受一次。其中,中专生每人每年2000元,"
            "大专生每人每年3500元,本科或中级工的每人每年6000元。在岗不满半年的不予发放。")
    got = [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan")) for p in extracted(text)]
    assert got == [("per_unit", Decimal("2000")), ("per_unit", Decimal("3500")), ("per_unit", Decimal("6000"))]


def test_a_sum_for_each_person_found_and_the_cap_after_them():
    text = ("第五条 线索经核实的,依下列标准奖励举报人:(一)一般情形按每核实漏报1人奖励2万元计算;严重情形按每核实漏报1人奖励3万元计算。"
            "最高奖励不超过20万元;(二)其他情形的,给予举报人200元以上400元以下奖励。")
    got = [(p.fields["form"], p.fields.get("amount_yuan"), (p.fields.get("per_unit") or {}).get("award_yuan"), p.fields.get("cap_yuan"))
           for p in extracted(text)]
    assert got == [("per_unit", 20000, Decimal("20000"), Decimal("200000")), ("per_unit", 30000, Decimal("30000"), Decimal("200000")),
                   ("up_to", Decimal("400"), None, None)]


def test_an_award_of_at_most_a_sum_named_after_it():
    assert [(f, a) for f, a, _, _ in awards("线索被采纳的,给予纪念品或800元以下奖励。")] == [("up_to", Decimal("800"))]
    assert [(f, a) for f, a, _, _ in awards("对其他有效线索,奖励金额为2000元以下。")] == [("up_to", Decimal("2000"))]
    assert awards("对售价6000元以下的产品不予补贴。") == []


def test_an_attachments_label_run_into_the_policys_title():
    # (a one-line page: the notice's contact line, the label and the attached policy's title make one line)
    assert clean_title("某某县行政中心3楼科技局)附件1某某县科技型企业认定管理办法") == "某某县科技型企业认定管理办法"
    assert clean_title("附件2:某某县科技型企业认定管理办法") == "某某县科技型企业认定管理办法"


def test_a_window_from_today_under_its_label():
    got = [p.fields["date"] for p in extract("即日起开始,至2027年6月30日截止。", year=2027) if p.kind == "deadline"]
    assert got == ["2027-06-30"]
