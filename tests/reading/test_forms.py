"""The same document in another form — other script, full-width punctuation, CRLF, Word, PDF, a web archive,
a saved web page, GB18030 or Big5 bytes — reads to the same structure."""

from __future__ import annotations


import opencc
import pytest

from zhengce.reading import parse_text
from zhengce.reading.readers import read_bytes

from .conftest import signature
from .printed import printed_ofd, printed_pdf, saved_archive, saved_page, word_file

FILES = ["003_8ed54ab2f5c8896f.txt", "004_c74db4dc4724db3b.txt", "001_95e72363357eca1d.txt"]
_FULLWIDTH = {ord(c): ord(c) + 0xFEE0 for c in "(),:;!?%"}


def _read(data: bytes, name: str):
    src = read_bytes(data, name)
    return parse_text(src.text, source=name, with_provisions=False)


@pytest.fixture(scope="module")
def originals(corpus_dir):
    return {n: (corpus_dir / n).read_text(encoding="utf-8") for n in FILES}


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("form", ["s2t", "t2s", "fullwidth", "crlf", "gb18030", "big5"])
def test_text_forms(originals, corpus_readings, name, form):
    text = originals[name]
    if form in ("s2t", "t2s"):
        text = opencc.OpenCC(form).convert(text)
        data = text.encode("utf-8")
    elif form == "fullwidth":
        data = text.translate(_FULLWIDTH).encode("utf-8")
    elif form == "crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    elif form == "gb18030":
        data = text.encode("gb18030")
    else:
        text = opencc.OpenCC("s2t").convert(text)
        data = text.encode("big5", errors="replace")
    if form == "big5":  # Big5 lacks a few characters; structure must still hold
        got = _read(data, name)
        assert [(len(d.sections), len(d.articles)) for d in got] == \
            [(len(d.sections), len(d.articles)) for d in corpus_readings[name]]
        return
    assert signature(_read(data, name)) == signature(corpus_readings[name])


def _pdf(text: str) -> bytes:
    """A PDF with a text layer, long lines wrapped as a printed page wraps them."""
    return printed_pdf(text, width=84, lines=54, footer=None, size=10)


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("fmt", ["docx", "docx_breaks", "pdf", "html", "mht", "ofd", "ofd_chars", "ofd_scaled",
                                 "ofd_composite", "ofd_composite_chars"])
def test_file_formats(originals, corpus_readings, name, fmt):
    text = originals[name]
    data = {"docx": word_file, "docx_breaks": lambda t: word_file(t, soft_breaks=True), "pdf": _pdf, "html": saved_page,
            "mht": saved_archive,
            "ofd": printed_ofd,
            "ofd_chars": lambda t: printed_ofd(t, by_character=True),
            "ofd_scaled": lambda t: printed_ofd(t, style="scaled"),  # (数科: size 200, scaled by the CTM)
            "ofd_composite": lambda t: printed_ofd(t, style="composite"),
            "ofd_composite_chars": lambda t: printed_ofd(t, style="composite", by_character=True)}[fmt](text)
    stem = name.removesuffix(".txt")
    got = _read(data, f"{stem}.{fmt.split('_')[0]}")
    assert signature(got) == signature(corpus_readings[name])


def _awards(docs):
    return [(i["article"], i["form"], i.get("amount_yuan"), i.get("rate"), i.get("cap_yuan"), i["quote"])
            for d in docs for i in d.to_json()["incentives"]]


@pytest.mark.parametrize("name", sorted(FILES + ["000_06e7bbbd202afb43.txt", "002_ba667cb6117721d2.txt"]))
@pytest.mark.parametrize("footer,head,spread", [("— {n} —", None, 0), ("- {n} -", "某某市人民政府公报", 0),
                                                ("{n}", "某某市人民政府公报", 0), ("{n}", None, 6)])
def test_a_pdf_printed_on_numbered_pages_reads_the_same(corpus_dir, corpus_readings, name, footer, head, spread):
    # a government page's layout (28 characters a line, 22 a page), each page numbered below its text and,
    # in a gazette, its name over it: page after page cuts a sentence, a sum or a word ("预" / "— 22 —" / "算"),
    # and neither number nor name is part of the document; nor are the gaps a justified line sets between
    # its characters ("给 予 2 0 万 元")
    text = (corpus_dir / name).read_text(encoding="utf-8")
    printed = read_bytes(printed_pdf(text, footer=footer, head=head, spread=spread), name.replace(".txt", ".pdf")).text
    got = parse_text(printed, source=name)
    assert signature(got) == signature(corpus_readings[name])
    assert [a[:5] for a in _awards(got)] == [a[:5] for a in _awards(parse_text(text, source=name))]
