"""Forms met from round 634 on, each in a small text of its own (placeholder sentences that copy no set
document): an article of another part cited inside a sentence ("按认定标准第三条第(二)项"), which opens no
article; a window to apply in with who applies after it; a lower-case l typed for a 1 in a sum; a total or a
per-head most after sums per head or a rate, which bounds them; an aid's share written "救助比例为某费用的X%";
a sum "在N元限额内" given, which is at most N; and a street office named after its road."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, awards_in_policy, doc_of
from zhengce.provisions import extract
from zhengce.reading.towns import town_named


def test_an_article_cited_inside_a_sentence_opens_no_article():
    doc = doc_of("某某镇困难家庭补助办法\n一、补助对象\n(一)户籍在本镇的居民。\n(二)常住本镇满两年的居民。\n"
                 "二、补助标准\n凡符合本办法资格条件第一条第(一)项的,给予每户最高不超过5000元补助。"
                 "符合资格条件第一条第(二)项的,给予每户最高不超过3000元补助。\n")
    assert [s.title for s in doc.sections] == ["补助对象", "补助标准"]
    assert [len(s.articles) for s in doc.sections] == [2, 0]
    got = [(p.fields["form"], p.fields["amount_yuan"]) for p in doc.provisions if p.kind == "incentive"]
    assert got == [("up_to", Decimal("5000")), ("up_to", Decimal("3000"))]


def _deadlines(text: str) -> list[str]:
    return [p.fields["date"] for p in extract(text, year=2027) if p.kind == "deadline"]


def test_a_window_to_apply_in_with_who_applies_after_it():
    assert _deadlines("居民迁出后,于2027年3月1日至2028年2月28日,由困难家庭本人向所在社区(服务站)提出书面申请。") == ["2028-02-28"]
    assert _deadlines("(二)2027年5月8日至2027年11月8日止,由申请人向户籍所在村委会提出书面申请。") == ["2027-11-08"]
    # (days a thing was done in, no one applying after them: no cut-off)
    assert _deadlines("于2027年3月1日至2027年4月30日,由区文旅局开展集中检查。") == []


def test_a_lower_case_l_typed_for_a_one_in_a_sum():
    # (the reader's normalized view mends it; the quote keeps the letter as printed)
    got = [(p["form"], p["amount_yuan"], p["quote"]) for p in awards_in_policy(
        "一、对参加高级研修的企业负责人,给予不超过l万元的学费补助。\n二、对新建冷库的,一次性奖励l5万元。\n")]
    assert [g[:2] for g in got] == [("up_to", Decimal("10000")), ("fixed", Decimal("150000"))]
    assert "l万元" in got[0][2]


def test_a_total_after_sums_per_head_bounds_them():
    got = [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields.get("cap_yuan")) for p in extract(
        "对吸纳就业的小微企业,退役军人可按人数给予每人1500元、其他人员按人数给予每人600元、总额不超过4万元的吸纳就业补贴。")
        if p.kind == "incentive"]
    assert got == [("per_unit", Decimal("1500"), Decimal("40000")), ("per_unit", Decimal("600"), Decimal("40000"))]


def test_a_most_per_head_after_a_rate_is_its_cap():
    assert awards("对参加职业技能提升培训的,按不超过实际学费60%且每人不超过3000元的标准给予补助。") == [
        ("rate", None, Decimal("0.6"), Decimal("3000"))]


def test_an_aids_share_of_a_cost_named_between():
    assert awards("门诊慢性病救助比例为医保报销后个人自付合规费用的65%。") == [("rate", None, Decimal("0.65"), None)]
    # (how much of a fund may be left over is no rate anyone is paid)
    assert awards("年度补贴资金结余不得超过全年补贴资金总额的5%。") == []


def test_a_sum_given_within_a_limit_is_at_most_that_sum():
    assert awards("对因灾住房受损的家庭,在8000元限额内给予补助。") == [("up_to", Decimal("8000"), None, None)]
    assert awards("对无力承担的,再由救助基金在6000元限额内按实际发生额给予救助。") == [("up_to", Decimal("6000"), None, None)]


def test_a_street_office_named_after_its_road():
    text = "东湖中路街道关于加装电梯的补贴办法。东湖中路街道辖区内的住宅小区适用。由东湖中路街道办事处负责解释。"
    assert town_named(text) == "东湖中路街道"
