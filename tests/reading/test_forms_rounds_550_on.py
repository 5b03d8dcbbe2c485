"""Forms met from round 550 on, each in a small text of its own (placeholder sentences that copy no set
document): a page's field row naming issuer and date on one line, then the title; a sum stated for each
person or household, read both as what one receives and as a sum per head counted; a standards list's
sums per household with no award verb."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, extracted, incentives_of
from zhengce.web.explain import headline, provision_rows


def _both(text: str) -> list:
    return [(p.fields["form"], p.fields.get("amount_yuan"), (p.fields.get("per_unit") or {}).get("award_yuan"),
             (p.fields.get("per_unit") or {}).get("unit")) for p in extracted(text)]


def test_a_field_row_of_issuer_and_date_does_not_swallow_the_title_below_it():
    doc = doc_of("返回顶部\n"
                 "索引号 0012345/2024-00001 组配分类 通知公告 主题分类 农业\n"
                 "发布机构 某某县农业农村局 发文日期 2024-03-08\n\n"
                 "某某县耕地复垦奖补标准\n\n"
                 "一、复垦旱地:每亩800元;\n\n"
                 "二、复垦水田:每亩1200元。")
    assert doc.title == "某某县耕地复垦奖补标准"
    assert doc.issued == "2024-03-08"


def test_a_sum_for_each_household_is_what_one_receives_and_a_sum_per_household():
    assert _both("对搬迁的农户户均补助3万元。") == [("fixed", 30000, 30000, "户")]


def test_a_sum_per_person_paid_to_the_person_carries_what_each_receives():
    assert _both("对新招录的大学生村官给予每人每月800元生活补贴。") == [("per_unit", 800, 800, "人")]


def test_a_sum_per_person_paid_to_a_body_is_not_what_a_person_receives():
    assert _both("按实际培训人数给予培训机构每人600元补贴。") == [("per_unit", 600, 600, "人")]


def test_a_sum_for_each_firm_stays_a_firms_fixed_sum():
    assert _both("对首次入库的企业每户企业奖励5万元。") == [("fixed", 50000, 50000, "户")]


def test_a_standards_list_pays_each_household_without_an_award_verb():
    doc = doc_of("某某县受灾群众救助标准\n"
                 "一、紧急转移人员:每人200元;\n"
                 "二、房屋倒塌户:每户1.5万元;\n"
                 "三、房屋一般损坏户:每户1500元。")
    got = [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan")) for p in incentives_of(doc)]
    assert got == [("per_unit", 200), ("per_unit", 15000), ("per_unit", 1500)]


def test_the_web_explains_a_sum_per_household_and_a_sum_per_unit_of_money():
    each = {"kind": "incentive", "form": "fixed", "amount_yuan": 30000,
            "per_unit": {"unit_yuan": None, "award_yuan": 30000, "unit": "户"}}
    assert ("金额", "3万元（每户）") in provision_rows(each) and headline(each) == "3万元/户"
    step = {"kind": "incentive", "form": "per_unit", "amount_yuan": None,
            "per_unit": {"unit_yuan": 1000000, "award_yuan": 10000}}
    assert ("金额", "每100万元1万元") in provision_rows(step) and headline(step) == "每100万元1万元"


def test_the_places_after_a_semicolon_keep_their_sum_per_head():
    got = [(p.fields.get("amount_yuan"), (p.fields.get("per_unit") or {}).get("award_yuan")) for p in extracted(
        "对新招用人员的商户予以岗位补贴,其中,甲区、乙区每人每月700元;丙县、丁县每人每月450元。")]
    assert got == [(700, 700), (450, 450)]


def test_each_flight_each_kiln_pulled_down_and_each_item_taken_are_counted():
    got = [[(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan"), p.fields.get("amount_yuan"))
            for p in extracted(text)] for text in (
        "对新开国内航线的航空公司,每班奖励2万元。", "对完成整治的乡镇,每关停一座小窑补助工作经费0.8万元。",
        "被市级媒体采用的稿件,每条奖励150元。", "对评选出的优秀线路每条奖励不超过8万元。")]
    assert got == [[("per_unit", 20000, 20000)], [("per_unit", 8000, 8000)], [("per_unit", 150, 150)],
                   [("up_to", 80000, 80000)]]


def test_prize_money_by_grade_reads_the_first_grade_too():
    got = [p.fields.get("amount_yuan") for p in extracted("科技奖设三个等级,奖金数额分别为一等奖5万元、二等奖3万元、三等奖1万元。")]
    assert got == [50000, 30000, 10000]
