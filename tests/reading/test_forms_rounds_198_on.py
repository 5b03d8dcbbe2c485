"""Forms met from round 198 on (each in a small text of its own, placeholder sentences): a municipality's
district that says "本市" as its people do."""

from __future__ import annotations

from decimal import Decimal

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


def test_each_booth_and_each_dollar_are_units_and_an_actual_cost_below_a_sum_is_no_cap():
    awards = _one("1.参加境外展会的企业,补助金额最高为每标准展位2万元人民币;参加境内展会的,每个展位资助6000元"
                  "(实际费用低于6000元的按实资助)。\n2.对出口额超过基数的部分,每美元奖励0.02元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 20000, "标准展位", None), ("per_unit", 6000, "展位", None),
        ("per_unit", Decimal("0.02"), "美元", None)]


def test_a_sum_in_wan_followed_by_renminbi_is_money_that_caps_the_rates_before_it():
    awards = _one("1.对投保出口信用保险的企业,一般市场按实际保费的20%予以奖励;新兴市场按实际保费的35%予以奖励。"
                  "单一企业奖励总额不超过80万人民币。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.2"), 800000), ("rate", Decimal("0.35"), 800000)]


def test_joint_signers_on_one_line_are_each_named():
    doc = _doc("发布单位: | 市科技局 |\n某某县发展和改革局 某某县科学技术局 关于印发《某某县科技创新发展规划》的通知 |\n"
               "各乡镇人民政府:现将《某某县科技创新发展规划》印发给你们,请认真组织实施。\n"
               "嘉善县发展和改革局 嘉善县科学技术局 2022年6月7日\n")
    assert doc.issuer == "嘉善县发展和改革局、嘉善县科学技术局" and doc.issued == "2022-06-07"
    assert doc.kind == "policy"  # a 规划 is a plan of measures, as the set's readings have it


def test_a_sum_already_halved_is_no_rate():
    awards = _one("1.对通过备案的研发机构给予每家4万元资金奖励,其中2家给予每家2万元减半奖励。\n")
    assert [(p["form"], p["amount_yuan"], p["rate"]) for p in awards] == [("fixed", 40000, None), ("fixed", 20000, None)]


def test_a_cap_per_firm_in_its_own_part_caps_the_rates_of_a_text_without_articles():
    doc = _doc("某某市支持企业参加展会资助标准\n(一)支持内容\n1.境外展会项目\n支持展位费,其中一般市场按照40%给予支持,"
               "重点市场按照60%给予支持。\n(二)支持标准\n1.单家企业年度资助不超过30万元。\n2.以外币支付的,按汇率折算。\n")
    awards = [p.fields for p in doc.provisions if p.kind == "incentive"]
    assert [(f["form"], f["rate"], f["cap_yuan"]) for f in awards] == [
        ("rate", Decimal("0.4"), 300000), ("rate", Decimal("0.6"), 300000)]
