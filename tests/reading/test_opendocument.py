"""OpenDocument files (LibreOffice's and WPS's .odt and .ods, and their flat .fodt and .fods) read as the same
document saved by Word or Excel is: paragraphs a line each, the numbers a list style prints ("一、", "（二）"), a
table's rows as table_rows writes them; a damaged or unsupported one is one Chinese line, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from zhengce.errors import InputError
from zhengce.reading import parse_text
from zhengce.reading.readers import read_bytes

from .conftest import signature

DATA = Path(__file__).resolve().parents[1] / "data" / "word97"


def test_a_corpus_document_saved_as_opendocument_reads_as_its_text(corpus_dir):
    stem = "003_8ed54ab2f5c8896f"
    src = read_bytes((DATA / f"{stem}.odt").read_bytes(), f"{stem}.odt")
    assert src.format == "odt"
    text = (corpus_dir / f"{stem}.txt").read_text(encoding="utf-8")
    assert [ln for ln in src.text.split("\n") if ln.strip()] == [ln for ln in text.split("\n") if ln.strip()]
    assert signature(parse_text(src.text, source=f"{stem}.odt")) == signature(parse_text(text, source=f"{stem}.txt"))


@pytest.mark.parametrize("stem", ["numbered_policy", "chapters_policy", "revised_draft"])
def test_a_flat_opendocument_reads_as_the_docx_made_from_it(stem):
    # list numbers from the list styles (一、 / （一） / 1.), chapters and articles numbered by the outline style,
    # a reviewer's deletions (kept apart under text:tracked-changes) left out
    flat = read_bytes((DATA / f"{stem}.fodt").read_bytes(), f"{stem}.fodt")
    assert flat.format == "odt"
    assert flat.text == read_bytes((DATA / f"{stem}.docx").read_bytes(), f"{stem}.docx").text


def test_an_opendocument_table_reads_as_the_word_table():
    flat = read_bytes((DATA / "policy_with_table.fodt").read_bytes(), "a.fodt").text.split("\n")
    word = read_bytes((DATA / "policy_with_table.docx").read_bytes(), "a.docx").text.split("\n")
    # (the one difference: a text box anchored at its paragraph's start is read where ODF anchors it)
    assert [ln for ln in flat if "文本框" not in ln] == [ln for ln in word if "文本框" not in ln]
    assert sorted("".join(ln for ln in flat if "文本框" in ln)) == sorted("".join(ln for ln in word if "文本框" in ln))


def _package(mimetype: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", mimetype)
        z.writestr("content.xml", content)
    return out.getvalue()


_TEXT = "application/vnd.oasis.opendocument.text"
_DOC = (b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>%s'
        b'</office:text></office:body></office:document-content>')


@pytest.mark.parametrize("data,said", [
    (_package("application/vnd.oasis.opendocument.graphics", b"<x/>"), "绘图"),
    (_package(_TEXT, b"<office:document-content"), "无法读取 OpenDocument"),
    (_package(_TEXT, b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
     "没有正文"),
    (_package(_TEXT, b'<!DOCTYPE x [<!ENTITY a "' + b"x" * 1000 + b'"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              + _DOC % b"<text:p>&b;&b;&b;</text:p>"), "没有文字"),  # (entities never expanded)
])
def test_a_damaged_or_unsupported_opendocument_is_one_chinese_line(data, said):
    with pytest.raises(InputError) as err:
        read_bytes(data, "文件.odt")
    assert said in str(err.value) and "\n" not in str(err.value)


def test_spaces_tabs_breaks_and_spans_inside_a_paragraph():
    body = (b'<text:p>\xe5\xaf\xb9<text:span>\xe4\xbc\x81\xe4\xb8\x9a</text:span><text:s text:c="2"/>'
            b'\xe5\xa5\x96\xe5\x8a\xb110\xe4\xb8\x87\xe5\x85\x83<text:line-break/>\xe5\x8f\xa6\xe8\xa1\x8c'
            b'<text:note><text:note-body><text:p>\xe8\x84\x9a\xe6\xb3\xa8</text:p></text:note-body></text:note></text:p>')
    assert read_bytes(_package(_TEXT, _DOC % body), "a.odt").text == "对企业  奖励10万元\n另行"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([b"<text:p>", b"</text:p>", b"<text:list>", b"</text:list>", b"<text:list-item>",
                                 b"</text:list-item>", b"<table:table>", b"</table:table>", b"<table:table-row>",
                                 b"</table:table-row>", b'<table:table-cell table:number-rows-spanned="3">',
                                 b"<table:table-cell>", b"</table:table-cell>", b"<table:covered-table-cell/>",
                                 b'<text:s text:c="999999"/>', "奖励10万元".encode()]), max_size=40))
def test_any_opendocument_body_reads_to_text_or_a_clear_error(parts):
    try:
        src = read_bytes(_package(_TEXT, _DOC % b"".join(parts)), "a.odt")
    except InputError as exc:
        assert "a.odt" in str(exc) and "\n" not in str(exc)
        return
    assert not any(ch in src.text for ch in "\ue010\ue011\ue012\ue013")


def test_a_table_repeating_rows_past_every_bound_is_refused_in_one_line():
    row = b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024">' \
          b'<text:p>1</text:p></table:table-cell></table:table-row>'
    body = b"<table:table>" + row * 3 + b"</table:table>"
    with pytest.raises(InputError) as err:
        read_bytes(_package(_TEXT, _DOC % body), "大表.odt")
    assert str(err.value).startswith("大表.odt：") and "上限" in str(err.value)


_SHEETS = Path(__file__).resolve().parents[1] / "data" / "sheets"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["merged_table.odt", "merged_list.ods"]),
       st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_real_opendocument_changed_anywhere_gives_text_or_a_chinese_error(name, changes):
    # (LibreOffice's files, their content.xml's bytes changed where hypothesis says: a broken tag, a stray byte)
    with zipfile.ZipFile(_SHEETS / name) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    content = bytearray(parts["content.xml"])
    for at, byte in changes:
        content[at % len(content)] = byte
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, body in parts.items():
            z.writestr(n, bytes(content) if n == "content.xml" else body)
    try:
        src = read_bytes(out.getvalue(), name)
    except InputError as exc:
        assert str(exc).startswith(name) and "\n" not in str(exc)
        return
    assert src.text.strip() and not any(ch in src.text for ch in "\ue010\ue011\ue012\ue013")
