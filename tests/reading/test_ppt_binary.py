"""PowerPoint 97–2003 decks (.ppt, WPS's older .dps) read as the same deck saved as .pptx is: slide by slide in the
deck's order (its persist directory), shapes down then across, the numbers PowerPoint draws (the shape's ___PPT9 tag),
a table (a group of cells) a row a line; a damaged or forged stream is one Chinese line, never a traceback.

The fixtures are LibreOffice's .ppt of decks tests/reading/made_slides.py writes (tests/data/slides/make_decks.py),
repacked with only their two PowerPoint streams."""

from __future__ import annotations

import struct
from pathlib import Path

import olefile
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from zhengce.errors import InputError
from zhengce.reading import read_path
from zhengce.reading.readers import read_bytes

from .made_slides import ole_file, ppt_document
from .test_presentations import DECK_LINES

DATA = Path(__file__).resolve().parents[1] / "data" / "slides"


def _streams(name: str) -> dict[str, bytes]:
    with olefile.OleFileIO(str(DATA / name)) as ole:
        return {n: ole.openstream(n).read() for n in ("PowerPoint Document", "Current User")}


def test_a_ppt_deck_reads_as_its_pptx():
    src = read_bytes((DATA / "explained_deck.ppt").read_bytes(), "解读.ppt")
    assert src.format == "ppt"
    # (LibreOffice writes the footer and the slide number into a .ppt as plain text boxes, no longer placeholders)
    assert src.text.split("\n") == DECK_LINES[:6] + ["某某县经信局", "2"] + DECK_LINES[6:]


def test_the_numbers_powerpoint_draws_read_from_the_shapes_ppt9_tag():
    ppt = read_bytes((DATA / "numbered_deck.ppt").read_bytes(), "a.ppt").text
    assert ppt == read_bytes((DATA / "numbered_deck.pptx").read_bytes(), "a.pptx").text
    assert ppt.split("\n")[1:7] == ["一、申报主体", "(1)在本县注册的企业", "(2)上年度无重大违法记录", "二、申报材料",
                                    "①申请表", "②财务报表"]


def test_a_ppt_deck_is_read_as_a_policy():
    doc = read_path(DATA / "explained_deck.ppt")[0].to_json()
    assert doc["title"] == "某某县关于支持制造业提质增效若干政策"
    assert [len(s["articles"]) for s in doc["sections"]] == [2, 2]
    assert sorted(i["amount_yuan"] or 0 for i in doc["incentives"]) == [0, 500_000, 600_000, 1_000_000]


def test_a_deck_as_powerpoint_writes_it_placeholders_text_in_the_slide_list():
    # (PowerPoint keeps the title's and body's text in the document's slide list, a shape pointing to it; a footer
    # placeholder is furniture; the deck's order is the slide list's, not the stream's)
    streams = ppt_document([[("body", "对新认定的企业给予奖励10万元\n对新引进的人才给予补贴"), ("title", "一、支持企业创新"),
                             ("footer", "某某县经信局"), ("box", "具体以申报通知为准", (1500, 300))],
                            [("title", "二、支持人才引进")]], order=[1, 0])
    assert read_bytes(ole_file(streams), "a.ppt").text.split("\n") == [
        "二、支持人才引进", "一、支持企业创新", "对新认定的企业给予奖励10万元", "对新引进的人才给予补贴", "具体以申报通知为准"]


def test_without_current_user_the_slides_are_read_as_the_stream_holds_them():
    streams = _streams("explained_deck.ppt")
    del streams["Current User"]
    assert read_bytes(ole_file(streams), "a.ppt").text == read_bytes((DATA / "explained_deck.ppt").read_bytes(), "a.ppt").text


def test_an_edit_chain_that_loops_or_points_away_is_no_hang_and_no_traceback():
    streams = _streams("explained_deck.ppt")
    doc = bytearray(streams["PowerPoint Document"])
    edit = struct.unpack_from("<I", streams["Current User"], 16)[0]
    struct.pack_into("<I", doc, edit + 16, edit)  # (the edit before the last: itself)
    streams["PowerPoint Document"] = bytes(doc)
    assert read_bytes(ole_file(streams), "a.ppt").text.startswith("某某县关于支持制造业提质增效若干政策解读")
    streams["Current User"] = streams["Current User"][:16] + struct.pack("<I", 10 ** 9) + streams["Current User"][20:]
    assert "一、支持企业技术改造" in read_bytes(ole_file(streams), "a.ppt").text


@pytest.mark.parametrize("change,said", [
    (lambda s: {**s, "PowerPoint Document": b"\0" * 4096}, "没有文字"),
    (lambda s: {"Current User": s["Current User"]}, "不是文字文档"),  # (no PowerPoint Document: no deck)
])
def test_a_damaged_ppt_is_one_chinese_line(change, said):
    with pytest.raises(InputError) as err:
        read_bytes(ole_file(change(_streams("explained_deck.ppt"))), "坏.ppt")
    assert str(err.value).startswith("坏.ppt") and said in str(err.value) and "\n" not in str(err.value)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["explained_deck.ppt", "numbered_deck.ppt"]),
       st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 255)), min_size=1, max_size=10))
def test_a_ppt_changed_anywhere_gives_text_or_a_chinese_error(name, changes):
    # (record headers, lengths, offsets and runs broken where hypothesis says)
    streams = _streams(name)
    doc = bytearray(streams["PowerPoint Document"])
    for at, byte in changes:
        doc[at % len(doc)] = byte
    try:
        src = read_bytes(ole_file({**streams, "PowerPoint Document": bytes(doc)}), name)
    except InputError as exc:
        assert str(exc).startswith(name) and "\n" not in str(exc)
        return
    assert src.text.strip() and not any(ch in src.text for ch in "\ue010\ue011\ue012\ue013")
