"""A document as a PDF or a narrow page wraps it: lines cut wherever the margin falls — inside a sum, a
ratio, a page field's label, after a word that needs what follows, inside a title. Each cut must read as
the unbroken line does (small texts of our own, 某某 for every place)."""

from __future__ import annotations

from zhengce.reading import parse_text
from zhengce.reading.fields import spaced_fields
from zhengce.reading.normalize import normalize

from tests.reading.awards_of import awards_in


def _read(text: str) -> list[tuple]:
    docs = parse_text(text, source="wrapped.txt")
    return [(d.title, d.year, [(a.get("article"), a.get("amount_yuan"), a.get("rate"), a.get("cap_yuan"))
                               for a in (p.to_json() for p in d.provisions if p.kind == "incentive")]) for d in docs]


def _wrapped(text: str, width: int) -> str:
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


def test_a_short_notice_wrapped_at_one_margin_reads_as_unwrapped():
    # three lines of a short text end at the same margin: a layout, though too few lines for the page-wide measure
    text = ("某某县职业培训补贴办法\n补贴额度如下:\n"
            "1、甲档:参加培训并取得某某类(甲级)合格证明或同等资格凭证的,补贴标准为800元;\n"
            "2、乙档:参加培训并取得某某类(乙级)合格证明或同等资格凭证的,补贴标准为1200元;\n"
            "3、丙档:参加培训并取得某某类(丙级)合格证明或同等资格凭证的,补贴标准为1600元。\n")
    assert _read(_wrapped(text, 34)) == _read(text)
    assert sorted(a[1] or 0 for a in _read(text)[0][2]) == [800, 1200, 1600]


def test_a_sum_cut_from_its_unit_or_a_ratio_cut_at_its_colon_is_one():
    view = normalize("对评为国家级、省级、县级示范基地的,依次奖励80万元、30\n万元、5万元。\n").text
    assert "80万元、30万元、5万元" in view
    view = normalize("对入选省级试点项目的,由县、镇按2:\n1比例给予配套扶持,最多50万元。\n").text
    assert "按2:1比例" in view
    assert "2023\n元旦" in normalize("活动时间为2023\n元旦期间。\n").text  # (元旦 is no unit)


def test_a_page_field_cut_by_the_line_end_keeps_its_date():
    view = normalize("某某县关于扶持茶产业的若干意见\n信息来源:某某县人民政府 | 发文机关:某某县政府办 | 发\n"
                     "布时间:2021-05-10 | 浏览 88 次:\n").text
    assert "|发布时间:2021-05-10" in view.replace(" ", "")
    view = normalize("索引号: | 发布机关: | 某某镇农业服务中心 | 发布日期: \n| 2023-06-08 | |\n").text
    assert "发布日期:|2023-06-08" in view.replace(" ", "")
    # a label standing whole on the next line is a field of its own, not the tail of the title above it
    view = normalize("某某市出台支持家政服务业提质扩容的若干政策\n分类:服务业发布日期:2023-05-12\n").text
    assert "若干政策\n分类:" in view


def test_a_line_ending_on_a_word_that_needs_its_object_goes_on():
    text = ("某某县工业发展奖励办法\n一、对新投产企业的奖励。新投产企业首年缴纳增值税在8万元(含\n"
            "8万元)以上的,依缴纳增值税的3%向企业给予\n奖励,奖励上限为6万元。\n")
    assert [(str(a["rate"]), a["cap_yuan"]) for a in awards_in(text)] == [("0.03", 60000)]


def test_a_sentence_opening_with_a_field_label_is_no_field_row():
    # "时间" is a page field's label, but a sentence that opens with it and runs on past commas is text
    assert spaced_fields("时间满一年的,给予全额补贴;服务时间在半年至一年的,按60%") == []
    assert spaced_fields("发布机构 某市商务局 发布日期 2024-05-06") != []
    text = ("某某县引才奖励细则\n一、对引进的紧缺人才给予生活补贴,当年在本县服务\n"
            "时间满一年的,给予全额补贴;服务时间在半年至一年的,按60%\n给予补贴;服务时间不足半年的,按30%给予补贴。\n")
    assert sorted(str(a["rate"]) for a in awards_in(text) if a.get("rate")) == ["0.3", "0.6", "1"]


def test_a_notice_title_printed_in_two_lines_is_one_title():
    text = ("某某县对2022年度新评为省级农业龙头企业的\n经营主体给予奖补的通知\n某农〔2023〕5号\n各乡镇:\n"
            "经申报审核,对新评为省级农业龙头企业的某某农业公司给予8万元奖补资金。\n特此通知。\n")
    doc = parse_text(text, source="notice.txt")[0]
    assert doc.title == "某某县对2022年度新评为省级农业龙头企业的经营主体给予奖补的通知"
    assert "title_reconstructed" in [w.code for w in doc.warnings]


def test_a_title_whose_last_words_open_with_and_go_on_the_next_line():
    text = ("2024年某某县推动数字贸易集聚发展若干扶持举措\n及兑现细则\n一、支持主体引育\n"
            "(一)办公用房补助。对新落户的数字贸易企业,按实际租金的一半给予补助,每年至多30万元。\n")
    assert parse_text(text, source="policy.txt")[0].title == "2024年某某县推动数字贸易集聚发展若干扶持举措及兑现细则"


def test_a_currency_sign_before_a_sum_is_the_same_sum():
    plain = awards_in("某某市促进发展若干措施\n一、对首次评为省级工业设计中心的,一次性奖补80万元;新购冷藏车每辆补助3万元,最多不超过60万元。\n")
    signed = awards_in("某某市促进发展若干措施\n一、对首次评为省级工业设计中心的,一次性奖补¥80万元;新购冷藏车每辆补助￥3万元,最多不超过¥60万元。\n")
    assert [(a["form"], a.get("amount_yuan"), a.get("cap_yuan")) for a in signed] \
        == [(a["form"], a.get("amount_yuan"), a.get("cap_yuan")) for a in plain]
    assert len(signed) == 2 and "¥80万元" in signed[0]["quote"]  # the quote keeps the text as printed


def test_a_number_or_date_split_by_uneven_glyph_spacing_is_one():
    # pypdf sets a space inside a number where a PDF's glyphs stand a little apart
    assert normalize("补贴上限为3 0 0万元,依 1 5 %核定,自201 8年6月2 1日起执行").text \
        == "补贴上限为300万元,依15%核定,自2018年6月21日起执行"
    assert normalize("发布日期:201 8-06-2 1").text == "发布日期:2018-06-21"
    # a table's cells, numbers of their own, stay apart
    assert normalize("增长率:14 20 10 10%").text == "增长率:14 20 10 10%"
    assert normalize("2024 2025年").text == "2024 2025年"
    assert [a["cap_yuan"] for a in awards_in("某某市促进发展若干措施\n一、对企业购置研发仪器,按购置额的1 5%予以补贴,补贴上限为3 0 0万元。\n")] \
        == [3000000]
