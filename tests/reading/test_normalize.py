"""The normalized view and its map back to the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
