"""Forms seen in rounds 113–115 and not read at the last stop, each in a small text of its own
(placeholder sentences and places, none from a test document)."""

from __future__ import annotations

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _awards(body: str, head: str = "某某区产业扶持办法\n") -> list[dict]:
    doc = parse_text(head + body, source="forms116.txt")[0]
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def test_a_share_bound_on_the_award_named_in_the_clause_before_is_a_rate():
    awards = _awards("第一条 区级资金安排给单个项目的补助或贴息资金,原则上不超过项目总投资的40%、额度上限不超过2000万元。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [("rate", "0.4", 20000000)]


def test_an_award_as_large_as_the_one_it_follows_is_a_one_to_one_match():
    awards = _awards("第一条 对获得市级认定的甲类企业,再给予相同额度资金奖励,每年最高不超过100万元。\n"
                     "第二条 对获得省级奖励的乙类企业,区财政给予与省同等额度的资金支持。\n")
    assert [(p["form"], str(p["rate"]), p.get("cap_yuan")) for p in awards] == [
        ("matching", "1", 1000000), ("matching", "1", None)]


def test_a_cap_on_the_matching_in_the_next_sentence_bounds_each_share():
    awards = _awards("第一条 对甲类机构获得国家立项的项目资金给予100%配套;对获得省、市立项的项目资金分别给予60%、40%配套。"
                     "原则上单个项目最高配套额度为300万元,每个机构每年可申请一项。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [
        ("matching", "1", 3000000), ("matching", "0.6", 3000000), ("matching", "0.4", 3000000)]


def test_an_upper_limit_stated_as_so_much_for_the_awards_above_caps_them():
    awards = _awards("第一条 甲类企业年度产值达到1亿元以上的,以年度产值为基数,给予0.05%的奖励;"
                     "年度产值增长的部分,以此为基数,另给予0.1%的奖励。上述奖励金额以500万元为上限,且不超过其对本区贡献的50%。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [
        ("rate", "0.0005", 5000000), ("rate", "0.001", 5000000)]


def test_rates_listed_under_a_section_titled_the_standard_are_awards():
    awards = _awards("一、补贴对象\n(一)在本区工作的甲类人才。\n二、补贴标准\n(一)甲类人才,每人每月1200元;\n"
                     "(二)乙类人才,每人每月900元。\n三、其他\n(一)本细则自发布之日起施行。\n", head="某某区人才租房补贴实施细则\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 1200), ("per_unit", 900)]


def test_a_line_of_rates_without_a_standard_above_it_is_no_award():
    awards = _awards("一、补贴对象\n(一)甲类人才,每人每月1200元;\n(二)乙类人才,每人每月900元。\n",
                     head="某某区人才租房补贴实施细则\n")
    assert awards == []


def test_who_pays_and_how_after_the_condition_is_not_part_of_the_trigger():
    awards = _awards("第一条 对首次认定的甲类企业,市财政一次性给予5万元奖励。\n第二条 对新认定的乙类企业,每家奖励3万元。\n"
                     "第三条 对获得市级奖励的丙类项目,再给予一次性奖励2万元。\n第四条 对评为一等奖的丁类企业,各奖励1万元。\n")
    assert [p["trigger"] for p in awards] == ["首次认定的甲类企业", "新认定的乙类企业", "获得市级奖励的丙类项目",
                                              "评为一等奖的丁类企业"]
