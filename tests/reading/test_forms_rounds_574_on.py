"""Forms met from round 574 on, each in a small text of its own (placeholder sentences that copy no set
document): a page field left empty over another field, things listed each with its own sum, a part's share of a
whole, a transfer under a numbered document, a standards list going on past its semicolon, a foundation as the
one who pays, a county whose name starts with 镇, closing hours of an application window, a page flattened into
one line, Markdown labels, and a cost split between levels."""

from __future__ import annotations

from decimal import Decimal

from zhengce.provisions import extract
from tests.reading.awards_of import awards, doc_of


def _per_unit(text: str) -> list[tuple]:
    return [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"].get("unit"))
            for p in extract(text) if p.kind == "incentive" and p.fields.get("per_unit")]


def _deadlines(text: str) -> list[tuple]:
    return [(p.fields["date"], p.fields["time"]) for p in extract(text) if p.kind == "deadline"]


def test_an_empty_number_field_takes_no_other_field_as_its_value():
    doc = doc_of("某某区政府办公室关于印发某某实施意见的通知\n"
                 "文号:\n"
                 "生效时间:2024-03-15\n"
                 "索引号 0001/2025-001 文号 某政办发〔2025〕35号\n"
                 "各镇、街道:\n"
                 "现将《某某实施意见》印发,请遵照执行。")
    assert doc.doc_number == "某政办发〔2025〕35号"


def test_things_listed_each_with_its_sum_before_the_verb_are_each_paid():
    assert _per_unit("对新建农家客栈的,按每个客房1500元、每个淋浴间2500元给予资金补助。") == [
        (1500, "客房"), (2500, "淋浴间")]


def test_a_parts_share_of_a_whole_is_no_rate():
    assert awards("社区工作者薪酬按岗位补贴占薪酬总额的85%、考核补贴占薪酬总额的15%发放。") == []
    # a share of a cost paid stays a rate
    got = awards("财政补贴占培训费用的比例不超过40%。")
    assert [(f, r) for f, _, r, _ in got] == [("rate", Decimal("0.4"))]


def test_a_transfer_under_a_numbered_document_is_no_award():
    assert awards("(其中,某财农〔2023〕8号中拨付公益林补偿资金320万元;某财农〔2023〕15号中下达管护补助12万元)。") == []


def test_a_standards_list_goes_on_past_its_semicolon_and_a_places_sum_in_brackets():
    got = _per_unit("补偿标准为:甲类林地8元/亩,乙类林地11.5元/亩(某乡13.5元/亩);丙类林地14元/亩,丁类林地9.25元/亩。")
    assert [a for a, _ in got] == [8, Decimal("11.5"), Decimal("13.5"), 14, Decimal("9.25")]


def test_a_foundation_pays_an_award_it_is_no_fund():
    got = awards("对受伤的见义勇为人员,基金会发放慰问金2万元至6万元。")
    assert [(f, a) for f, a, _, _ in got] == [("up_to", 60000)]


def test_a_county_whose_name_starts_with_zhen_is_no_town():
    doc = doc_of("关于举办2027年度宁波市镇海区家电促销活动的通知\n"
                 "在镇海区注册的企业可报名参加宁波市镇海区以旧换新活动。\n"
                 "报名材料寄送至宁波市镇海区某某路1号。\n"
                 "宁波市镇海区商务局")
    assert doc.region == "宁波市镇海区"


def test_closing_hours_of_an_application_window():
    assert _deadlines("第一批次报名时间:从本通知印发之日起到2025年12月29日17:00止。") == [("2025-12-29", "17:00")]
    assert _deadlines("从活动公告印发之日起到2025年12月26日17时30分。") == [("2025-12-26", "17:30")]
    assert _deadlines("报名时间:2025年12月24日至2025年12月25日17时,后期视情况开展。") == [("2025-12-25", "17:00")]
    # how long a notice runs is no deadline
    assert _deadlines("本通知自发布之日起至2026年6月30日止有效。") == []


def test_a_page_flattened_into_one_line_keeps_its_parts_and_items():
    items = "".join(f"{k}.某某措施{k}。推动某某工作,完善某某机制。责任单位:区某某局、某某委员会" for k in range(1, 4))
    more = "".join(f"{k}.某某措施{k}。加强某某建设,提升某某能力。责任单位:区某某局" for k in range(4, 6))
    body = ("各单位:《某某若干措施》已经会议通过,现予印发,请抓好落实。某某管委会2023年10月24日 "
            "某某关于促进民营经济发展的若干措施为推进某某发展,制定本措施。一、扶持市场主体" + items
            + "二、强化要素支持" + more)
    doc = doc_of("标题: 某某管委会印发某某若干措施的通知\n" + body + "某某" * 60)
    assert [s.title for s in doc.sections] == ["扶持市场主体", "强化要素支持"]
    assert [len(s.articles) for s in doc.sections] == [3, 2]


def test_markdown_labels_give_the_page_fields():
    doc = doc_of("# 某某市2025年某某补贴政策\n\n"
                 "**文号**: 某商务〔2025〕22号  \n"
                 "**发文机构**: 某某市商务委员会  \n"
                 "\n"
                 "各区县商务主管部门:\n"
                 "为促进汽车消费,现就有关事项通知如下。")
    assert doc.doc_number == "某商务〔2025〕22号"


def test_a_cost_split_between_levels_is_no_rate():
    assert awards("补贴资金由中央资金和市级财政资金按80%和20%比例共担,其中市级财政承担的20%配套资金由市财政局拨付。") == []


def test_things_listed_each_with_its_sum_many_times_over_do_not_backtrack_without_end():
    # (a hang guard, not a timing: each kind of a list before 标准 could end at any later sum, so 25 repeats of
    # this took minutes on f13de0f and more never returned; 400 now read in well under a second)
    import subprocess
    import sys
    code = ("import sys; from zhengce.reading import parse_text\n"
            "parse_text('某某县补助标准\\n' + sys.stdin.read() * 400 + '。', source='h.txt')")
    done = subprocess.run([sys.executable, "-c", code], input="按每个客房1500元、每个淋浴间2500元,", text=True,
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
