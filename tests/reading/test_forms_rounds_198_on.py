"""Forms met from round 198 on (each in a small text of its own, placeholder sentences): a municipality's
district that says "本市" as its people do."""

from __future__ import annotations

from tests.reading.awards_of import awards_in_policy as _one, doc_of as _doc


def test_a_district_report_in_a_municipality_saying_ben_shi_is_the_districts():
    doc = _doc("  近日,上海市松江区召开营商环境大会,对外发布一批助企举措。松江区今年安排专项资金2亿元。\n"
               "  经认定的企业在本市注册满一年的,松江区再给予最高50万元奖励。松江区各部门将抓好落实。\n")
    assert doc.region == "上海市松江区" and doc.level == "district"


def test_a_sum_reached_before_its_award_is_the_threshold_not_an_award():
    awards = _one("1.企业年销售收入首次达到五十亿元的奖励100万元,首次达到8亿元的奖励30万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 1000000), ("fixed", 300000)]


def test_each_new_one_added_names_its_unit_without_the_verb():
    awards = _one("1.对连锁经营企业每新增加1个社区网点,给予不超过3万元奖励,每户企业最高奖励30万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 30000, "社区网点", 300000)]
