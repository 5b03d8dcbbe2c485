"""The normalized view and its map back to the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.reading.docsites import bare_page_numbers
from zhengce.reading.normalize import normalize


def test_traditional_becomes_simplified_and_punctuation_is_unified():
    n = normalize("對新認定的企業，給予最高５００萬元獎勵；")
    assert n.text == "对新认定的企业,给予最高500万元奖励;"


def test_page_number_inside_a_sentence_is_removed_and_line_rejoined():
    original = "(2)合作平臺圍繞企業需求進行立項,立項預算不少于首筆—2—\n合作經費,經費從“科創風險池”中列支。"
    n = normalize(original)
    assert "不少于首笔合作经费" in n.text
    i = n.text.index("首笔合作经费")
    assert n.quote(i, i + 6) == "首筆—2—\n合作經費"  # the quote keeps the original, noise included


def _pages(lines: list[str], per_page: int, number=str) -> str:
    out = []
    for n, start in enumerate(range(0, len(lines), per_page), 1):
        out += lines[start:start + per_page] + [number(n)]
    return "\n".join(out)


def test_a_bare_page_number_between_two_halves_of_a_sentence_is_removed():
    # a PDF's text layer: each page's number alone on its line, one page's last line cut mid-sentence
    body = ["某某区支持企业发展的若干措施", "一、支持技术改造"] + [
        f"{k}.对某某改造项目,按其设备投入的一定比例予以补助,单项补助比例最高不超过20" if k == 4 else
        f"{k}.对新认定的某某示范企业,一次性给予{k}0万元奖励,同一企业按就高原则不重复享受" for k in range(1, 12)]
    lines = [piece for line in body for piece in (line[i:i + 28] for i in range(0, len(line), 28))]
    cut = lines.index(next(x for x in lines if x.endswith("不超过20")))
    lines.insert(cut + 1, "%。")
    per_page = cut + 1  # the page ends right after the cut figure
    n = normalize(_pages(lines, per_page))
    assert "最高不超过20%。" in n.text
    assert all(not line.strip().isdigit() for line in n.text.split("\n"))


def test_numbers_that_are_not_pages_stay():
    # a table's row numbers after its cells' borders, a heading's "01", a list whose items end their sentences
    cells = ["|", "对新认定的某某示范企业给予一次性奖励每家十万元", "|", "某某局", "|"] * 2
    table = "\n".join(["序号", "|", "1", "|"] + cells + ["2", "|"] + cells + ["3", "|", "人才补贴"])
    headings = "\n".join(["01", "加强人才引育"] + ["对引进的高层次人才按规定给予安家补贴和生活补贴。"] * 9
                         + ["02", "支持平台建设"] + ["对新认定的省级以上研发平台给予一次性奖励。"] * 9 + ["03", "附则"])
    listed = "\n".join(["1", "对某某类甲级企业予以奖励。"] + ["同一企业按就高原则不重复享受。"] * 9
                       + ["2", "对某某类乙级企业予以奖励。"] + ["同一企业按就高原则不重复享受。"] * 9)
    for text in (table, headings, listed):
        assert bare_page_numbers(text) == []
        assert [x for x in text.split("\n") if x.isdigit()] == [x for x in normalize(text).text.split("\n") if x.isdigit()]


def test_dates_and_phone_numbers_are_not_page_numbers():
    n = normalize("公布日期 2023-03-15,电话:0571-87971371,3万元-5万元。")
    assert "2023-03-15" in n.text and "0571-87971371" in n.text and "3万元-5万元" in n.text


def test_ocr_debris():
    n = normalize("運用“平臺 ^+ 農業特色產業”的形式,補助30%_{0},減按 10%°優惠,全年實施有效。A\n下一行")
    assert "平台+农业特色产业" in n.text
    assert "补助30%," in n.text
    assert "减按10%优惠" in n.text
    assert "实施有效。\n下一行" in n.text


def test_spaces_between_numbers_and_units():
    n = normalize("2025 年2 月18 日(此件公開發布),給予500 萬元,REITs 一单")
    assert n.text.startswith("2025年2月18日(此件公开发布),给予500万元,REITs一单")


def test_lines_broken_inside_a_sentence_are_joined_but_titles_are_not():
    original = ("關于推動經濟高質量發展若干政策(2025年版)\n"
                "為深入貫徹落實中央和省市委經濟工作決策部署,增強宏觀政策取向一致性,進一步提振市場\n"
                "信心,制定以下政策。\n一、推進教育科技人才一體發展(由市科技局牽頭實施)")
    n = normalize(original)
    assert n.text.split("\n") == [
        "关于推动经济高质量发展若干政策(2025年版)",
        "为深入贯彻落实中央和省市委经济工作决策部署,增强宏观政策取向一致性,进一步提振市场信心,制定以下政策。",
        "一、推进教育科技人才一体发展(由市科技局牵头实施)",
    ]


def test_crlf():
    assert normalize("第一行。\r\n第二行。\r\n").text == "第一行。\n第二行。\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("關于對給予萬元億%—-2 \n,。()(),A^+{}_0123456789年月日區科技局責任單位:")),
               max_size=200))
def test_map_is_monotonic_and_in_bounds(text):
    n = normalize(text)
    assert len(n.pos) == len(n.text) + 1
    assert all(0 <= p <= len(text) for p in n.pos)
    assert all(a < b for a, b in zip(n.pos[:-1], n.pos[1:-1])) or len(n.text) < 2
    for i in range(len(n.text)):
        s, e = n.orig_span(i, i + 1)
        assert 0 <= s < e <= len(text)


def test_a_mirror_s_comma_before_each_mark_is_no_text():
    # (the mirror that adds pinyin writes a comma before marks too: "一,、 加强…,。", "单位,,现印发")
    n = normalize("一,、 积极培育外贸主体,。对新引进企业,,最高奖励500万元,、现有企业300万元。\n1,000万元")
    assert n.text.startswith("一、积极培育外贸主体。对新引进企业,最高奖励500万元、现有企业300万元。")
    assert n.text.endswith("1000万元")  # (a thousands separator is no such comma)
    assert n.original[slice(*n.orig_span(0, 2))] == "一,、"
