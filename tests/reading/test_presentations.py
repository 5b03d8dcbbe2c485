"""Presentations (a 政策解读 deck: PowerPoint's .pptx, LibreOffice's and WPS's .odp; the binary .ppt in
test_ppt_binary.py) read as they are shown: slide by
slide in the deck's order, each slide's shapes from top to bottom and left to right, the numbers PowerPoint draws,
a table's rows as table_rows writes them; notes, slide numbers and footers left out; a damaged or hostile deck is one
Chinese line, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from zhengce.errors import InputError
from zhengce.library.ingest import READABLE
from zhengce.reading import parse_text, read_path
from zhengce.reading.readers import read_bytes

from .made_slides import Deck

DATA = Path(__file__).resolve().parents[1] / "data" / "slides"
DECK_LINES = [
    "某某县关于支持制造业提质增效若干政策解读", "某某县经济和信息化局", "2026年3月",
    "一、支持企业技术改造",
    "1.对当年设备投入超过800万元的技改项目，按设备投入的12%给予补助，最高不超过200万元。（责任单位：县经信局）",
    "2.对新认定的省级智能工厂，一次性奖励60万元。（责任单位：县经信局）",
    "二、支持企业研发创新",
    "序号 支持事项 奖励金额（万元） 牵头部门",
    "1.新认定的国家级企业技术中心 奖励100万元 （牵头部门：县科技局）",
    "2.新认定的省级企业研究院 奖励50万元 （牵头部门：县科技局）",
]


@pytest.mark.parametrize("name,kind", [("explained_deck.pptx", "pptx"), ("explained_deck_lo.pptx", "pptx"),
                                       ("explained_deck.odp", "odp")])
def test_a_deck_reads_slide_by_slide_as_it_is_shown(name, kind):
    # the deck as our writer, LibreOffice's OpenDocument and LibreOffice's PowerPoint save it: the title the layout
    # puts on top first (the slide lists its body first), the numbers PowerPoint draws, the merged bureau in each row;
    # the speaker's notes, the footer and the slide number not read
    src = read_bytes((DATA / name).read_bytes(), name)
    assert src.format == kind
    assert src.text.split("\n") == DECK_LINES


def test_a_deck_is_read_as_a_policy_its_title_its_articles_and_awards():
    doc = read_path(DATA / "explained_deck.pptx")[0].to_json()
    assert doc["title"] == "某某县关于支持制造业提质增效若干政策"  # (the policy it explains)
    assert [s["title"] for s in doc["sections"]] == ["支持企业技术改造", "支持企业研发创新"]
    assert [[a["responsible"] for a in s["articles"]] for s in doc["sections"]] == \
        [[["县经信局"], ["县经信局"]], [["县科技局"], ["县科技局"]]]
    amounts = sorted((i.get("amount_yuan") or i.get("max_yuan") or 0) for i in doc["incentives"])
    assert amounts == [0, 500_000, 600_000, 1_000_000]  # (the first a rate: 12% up to 200万元)
    assert [i["cap_yuan"] for i in doc["incentives"]][0] == 2_000_000
    text = read_bytes((DATA / "explained_deck.pptx").read_bytes(), "a.pptx").text
    assert all(i["quote"] in text for i in doc["incentives"])  # (each quoted from the deck's text)


def test_the_deck_order_is_the_presentations_not_the_files():
    deck = Deck().add(("title", "第一页")).add(("title", "第二页")).add(("title", "第三页"))
    assert read_bytes(deck.pptx(order=[2, 0, 1]), "a.pptx").text.split("\n") == ["第三页", "第一页", "第二页"]


def test_shapes_read_down_then_across_a_group_where_it_stands():
    deck = Deck().add(
        ("box", ["右栏"], (2000000, 5000000)), ("box", ["左栏"], (2000000, 500000)),
        ("group", [("box", ["组内下"], (900000, 0)), ("box", ["组内上"], (100000, 0))], (4000000, 500000)),
        ("box", ["页眉说明"], (100000, 500000)), ("title", "标题"))
    assert read_bytes(deck.pptx(), "a.pptx").text.split("\n") == ["页眉说明", "标题", "左栏", "右栏", "组内上", "组内下"]


@pytest.mark.parametrize("scheme,start,labels", [
    ("arabicPeriod", None, ["1.", "2.", "3."]), ("arabicParenBoth", None, ["(1)", "(2)", "(3)"]),
    ("ea1ChsPeriod", None, ["一、", "二、", "三、"]), ("circleNumDbPlain", None, ["①", "②", "③"]),
    ("arabicParenR", 4, ["4)", "5)", "6)"]), ("romanUcPeriod", None, ["I.", "II.", "III."]),
    ("alphaLcParenR", None, ["a)", "b)", "c)"]), ("noSuchScheme", None, ["1.", "2.", "3."]),
])
def test_the_numbers_powerpoint_draws(scheme, start, labels):
    deck = Deck().add(("body", [(f"第{k}项", 0, f"{scheme}:{start}" if start else scheme) for k in "一二三"], (0, 0)))
    assert read_bytes(deck.pptx(), "a.pptx").text.split("\n") == [f"{lb}第{k}项" for lb, k in zip(labels, "一二三")]


def test_a_level_counts_on_under_its_parent_and_starts_again_after_an_unnumbered_line():
    deck = Deck().add(("body", [("甲", 0, "ea1ChsPeriod"), ("甲一", 1, "arabicPeriod"), ("甲二", 1, "arabicPeriod"),
                                ("乙", 0, "ea1ChsPeriod"), ("乙一", 1, "arabicPeriod"), ("说明", 0, None),
                                ("丙", 0, "ea1ChsPeriod")], (0, 0)))
    assert read_bytes(deck.pptx(), "a.pptx").text.split("\n") == \
        ["一、甲", "1.甲一", "2.甲二", "二、乙", "1.乙一", "说明", "一、丙"]


def test_a_line_break_inside_a_paragraph_and_a_table_spanning_columns():
    deck = Deck().add(("body", [("第一行\n第二行", 0, None)], (0, 0)),
                      ("table", [["事项", "<", "补助标准（元）"], ["对新建冷库", "每立方米", "80"]], (900000, 0)))
    assert read_bytes(deck.pptx(), "a.pptx").text.split("\n") == ["第一行", "第二行", "事项 补助标准（元）",
                                                                   "对新建冷库 每立方米 补助80元"]


def test_a_smartart_diagram_reads_its_nodes_where_it_stands():
    # (the words are in the diagram's data part; the points that only draw it — connections, presentation — are not)
    deck = Deck().add(("title", "四、申报流程"), ("box", ["咨询方式另行通知"], (5000000, 500000)),
                      ("diagram", ["企业申报", "部门初审", "专家评审", "公示兑现"], (1500000, 500000)))
    assert read_bytes(deck.pptx(), "a.pptx").text.split("\n") == ["四、申报流程", "企业申报", "部门初审", "专家评审",
                                                                   "公示兑现", "咨询方式另行通知"]


@pytest.mark.parametrize("name", ["sheet_deck.pptx", "sheet_deck.odp"])
def test_a_sheet_embedded_in_a_slide_reads_its_rows_where_it_stands(name):
    # (the .pptx's ppt/embeddings/…xlsx, an oleObj in a graphic frame; LibreOffice's .odp keeps the sheet whole,
    # draw:object-ole "./Obj…") — before, its picture only
    assert read_bytes((DATA / name).read_bytes(), name).text.split("\n") == [
        "三、支持标准", "序号 支持事项 奖励（万元）", "1.对新获评县级科技小巨人的企业给予奖励 30万元", "以上为单项最高额度"]


def test_an_embedded_object_that_cannot_be_read_leaves_the_slide_whole():
    deck = Deck().add(("title", "三、支持标准"), ("sheet", b"PK\x03\x04broken", (1500000, 500000)))
    assert read_bytes(deck.pptx(), "a.pptx").text == "三、支持标准"


def _patched(data: bytes, part: str, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            z.writestr(n, change(src.read(n)) if n == part else src.read(n))
    return out.getvalue()


def _without(data: bytes, part: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            if n != part:
                z.writestr(n, src.read(n))
    return out.getvalue()


def test_a_deck_without_its_slide_list_or_layout_reads_its_slides_by_number():
    deck = Deck().add(("title", "甲")).add(("title", "乙")).pptx()
    assert read_bytes(_without(deck, "ppt/presentation.xml"), "a.pptx").text == "甲\n乙"
    assert read_bytes(_without(deck, "ppt/slides/_rels/slide1.xml.rels"), "a.pptx").text == "甲\n乙"


_DECK = Deck().add(("title", "标题"), ("body", [("对企业奖励10万元", 0, "arabicPeriod")])).pptx()
_BOMB = b'<!DOCTYPE x [<!ENTITY a "' + b"x" * 1000 + b'"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'


@pytest.mark.parametrize("data,said", [
    (_patched(_DECK, "ppt/slides/slide1.xml", lambda x: x[:len(x) // 2]), "无法读取 PowerPoint"),
    (_patched(_DECK, "ppt/presentation.xml",
              lambda x: x.replace(b"</p:sldIdLst>", b'<p:sldId id="9" r:id="rId2"/>' * 2001 + b"</p:sldIdLst>")),
     "超过上限"),
    (_patched(_DECK, "ppt/slides/slide1.xml", lambda x: x[:x.index(b">") + 1] + b"</p:sld>"), "没有文字"),
    (_DECK[:len(_DECK) // 2], "无法读取"),
])
def test_a_damaged_or_hostile_deck_is_one_chinese_line(data, said):
    with pytest.raises(InputError) as err:
        read_bytes(data, "解读.pptx")
    assert str(err.value).startswith("解读.pptx") and said in str(err.value) and "\n" not in str(err.value)


def test_entities_in_a_slide_are_never_expanded():
    data = _patched(_DECK, "ppt/slides/slide1.xml", lambda x: _BOMB + x.replace("标题".encode(), b"&b;&b;&b;"))
    assert read_bytes(data, "a.pptx").text == "1.对企业奖励10万元"


def test_a_folder_ingest_picks_decks_up():
    assert {".pptx", ".ppt", ".odp", ".fodp", ".dps"} <= READABLE


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(
    st.tuples(st.just("box"), st.lists(st.text(alphabet="对企业奖励10万元一、（）\n ", max_size=12), max_size=3),
              st.tuples(st.integers(-10**9, 10**9), st.integers(-10**9, 10**9))),
    st.tuples(st.just("body"), st.lists(st.tuples(st.text(alphabet="奖励5万元", min_size=1, max_size=6),
                                                  st.integers(-3, 12), st.sampled_from([None, "arabicPeriod",
                                                                                         "ea1ChsPeriod", "x"])),
                                        max_size=4)),
    st.tuples(st.just("table"), st.lists(st.lists(st.sampled_from(["序号", "1", "奖励（万元）", "50", "^", "<", ""]),
                                                  min_size=2, max_size=2), min_size=1, max_size=4),
              st.tuples(st.integers(0, 10**7), st.integers(0, 10**7)))), max_size=6))
def test_any_slide_reads_to_its_words_or_a_clear_error(shapes):
    data = Deck().add(*shapes).pptx()
    try:
        src = read_bytes(data, "a.pptx")
    except InputError as exc:
        assert str(exc).startswith("a.pptx") and "\n" not in str(exc)
        return
    assert not any(ch in src.text for ch in "\ue010\ue011\ue012\ue013")
    for shape in shapes:  # every box's words are read
        if shape[0] == "box":
            for para in shape[1]:
                for part in para.split("\n"):
                    assert part.strip() in src.text
