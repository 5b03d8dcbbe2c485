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


def _forms(text: str) -> list[tuple]:
    return [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan") or p.fields.get("amount_yuan"))
            for p in incentives_of(_doc(text))]


def test_one_apprentice_counted_then_a_monthly_sum_and_the_other_ranks_sums_after_a_semicolon():
    text = "补贴分三档,一级导师每带1名学员实习,每月发给带教补贴900元;二级导师、三级导师则分别为600元、400元。"
    assert _forms(text) == [("per_unit", 900), ("per_unit", 600), ("per_unit", 400)]


def test_the_other_kinds_sums_after_a_semicolon_follow_a_fixed_award():
    text = "甲级站点每年发给运营补贴9000元;乙级站点、丙级站点则分别为7000元、3000元。"
    assert _forms(text) == [("fixed", 9000), ("fixed", 7000), ("fixed", 3000)]


def test_a_sentence_after_a_semicolon_without_then_is_read_alone():
    # (no 则: a sum of its own sentence with no award word is no award)
    text = "甲级站点每年发给运营补贴9000元;乙级站点的面积为300平方米、造价为50万元。"
    assert _forms(text) == [("fixed", 9000)]


def test_the_stages_shares_of_an_award_paid_in_stages_are_no_awards():
    text = "一、甲类企业增资的,按增资额的3%分阶段予以奖励。其中,受理阶段奖励40%;完成登记后再奖励60%。"
    doc = _doc(text)
    assert [(p.fields["form"], str(p.fields["rate"])) for p in incentives_of(doc)] == [("rate", "0.03")]


def test_a_share_of_its_own_base_after_a_staged_award_is_an_award():
    text = "一、甲类企业增资的,按增资额的3%分阶段予以奖励。对乙类企业,按其研发投入的20%给予补助。"
    doc = _doc(text)
    assert [(p.fields["form"], str(p.fields["rate"])) for p in incentives_of(doc)] == [("rate", "0.03"), ("rate", "0.2")]


def test_a_total_at_most_up_to_a_sum_caps_the_rate_before_it():
    text = "一、甲类企业分红再投入的,按再投资金额的3%予以奖励。\n甲类再投资奖励合计额最高至150万元。\n"
    assert [(p.fields["form"], p.fields["cap_yuan"]) for p in incentives_of(_doc(text))] == [("rate", 1500000)]


def test_a_kinds_list_after_the_general_cap_restated_gives_the_rate_once_per_kind():
    text = ("对符合条件的甲类企业发生的贷款利息,按实际支付利息的40%进行补贴。每家企业每年所获贴息最高不超过60万元。"
            "其中:承担省级项目的企业,每年贴息最高60万元;承担市级项目的企业,每年贴息最高45万元;其他企业,每年最高补贴额不超过20万元。")
    got = [(str(p.fields["rate"]), p.fields["cap_yuan"]) for p in incentives_of(_doc(text))]
    assert got == [("0.4", 600000), ("0.4", 450000), ("0.4", 200000)]
    assert [p.text for p in incentives_of(_doc(text))][1] == "承担市级项目的企业,每年贴息最高45万元"


def test_a_masked_superlative_before_a_sum_is_read_as_the_most():
    doc = _doc("对甲类企业,按实际支付利息的40%进行补贴,每家每年*高60万元。")
    assert [(str(p.fields["rate"]), p.fields["cap_yuan"]) for p in incentives_of(doc)] == [("0.4", 600000)]
    assert "*高60万元" in doc.to_json()["incentives"][0]["quote"]  # (the quote as printed)


def test_a_rule_s_article_named_in_two_characters_set_off_by_a_space():
    doc = _doc("第一条 目的 为落实某类机制,支持辖区企业开展直接融资,制定本措施。\n第二条 对象 本措施适用于在辖区登记的企业。\n"
               "第三条 对 首次发行的甲类企业,给予12万元支持。\n")
    assert [a.heading for s in doc.sections for a in s.articles] == ["目的", "对象", "对首次发行的甲类企业,给予12万元支持"]
