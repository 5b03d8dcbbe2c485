"""Forms met from round 363 on, each in a small text of its own (placeholder sentences that copy no set
document): a high-tech zone's region by its short name (某某高新区, as the zone's own pages call it); one rate
with a cap per kind after "申领总额不超过"."""

from __future__ import annotations

from tests.reading.awards_of import doc_of as _doc, incentives_of


def test_a_high_tech_zone_named_in_full_is_placed_by_its_short_name():
    doc = _doc("南昌高新技术产业开发区关于甲类企业的扶持办法的通知\n各有关单位:\n现将办法印发给你们。\n"
               "一、甲类企业新认定的,奖8万元。\n")
    assert (doc.region, doc.level) == ("江西省南昌市南昌高新区", "district")


def test_an_economic_zone_keeps_its_full_name():
    doc = _doc("南昌经济技术开发区关于甲类企业的扶持办法的通知\n各有关单位:\n现将办法印发给你们。\n"
               "一、甲类企业新认定的,奖8万元。\n")
    assert (doc.region, doc.level) == ("江西省南昌市南昌经济技术开发区", "district")


def test_one_rate_with_a_cap_per_kind_after_what_may_be_claimed_in_all():
    doc = _doc("一、对甲类和乙类企业,分别按照服务费用20%申领总额不超过80万元、40万元的服务券奖励。\n")
    assert [(p.fields["form"], str(p.fields["rate"]), p.fields["cap_yuan"]) for p in incentives_of(doc)] == [
        ("rate", "0.2", 800000), ("rate", "0.2", 400000)]
