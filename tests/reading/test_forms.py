"""The same document in another form — other script, full-width punctuation, CRLF, Word, PDF,
a saved web page, GB18030 or Big5 bytes — reads to the same structure."""

from __future__ import annotations

import io

import opencc
import pytest

from zhengce.reading import parse_text
from zhengce.reading.readers import read_bytes

from .conftest import signature

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


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    """A PDF with a text layer, long lines wrapped as a printed page wraps them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 10)
    y = 800
    for line in text.split("\n"):
        for piece in _wrap(line, 84) or [""]:
            if y < 40:
                c.showPage()
                c.setFont("STSong-Light", 10)
                y = 800
            c.drawString(30, y, piece)
            y -= 14
    c.save()
    return buf.getvalue()


def _wrap(line: str, width: int) -> list[str]:
    """Break a line where a printed page would: at the margin, anywhere (CJK has no spaces)."""
    pieces, cur, w = [], [], 0
    for ch in line:
        cw = 1 if ord(ch) < 0x2E80 else 2
        if w + cw > width:
            pieces.append("".join(cur))
            cur, w = [], 0
        cur.append(ch)
        w += cw
    if cur:
        pieces.append("".join(cur))
    return pieces


def _html(text: str) -> bytes:
    from html import escape

    body = "\n".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line.strip())
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>政府信息公开</title>"
        "<script>var x = '<p>不是正文</p>';</script><style>p{margin:0}</style></head><body>"
        "<header><nav><a href='/'>首页</a> | <a href='/zwgk'>政务公开</a></nav></header>"
        f"<div id='zoom'>{body}</div>"
        "<footer>主办单位:某某人民政府办公室 网站标识码 3301000000</footer></body></html>"
    )
    return page.encode("utf-8")


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_file_formats(originals, corpus_readings, name, fmt):
    text = originals[name]
    data = {"docx": _docx, "pdf": _pdf, "html": _html}[fmt](text)
    stem = name.removesuffix(".txt")
    got = _read(data, f"{stem}.{fmt}")
    assert signature(got) == signature(corpus_readings[name])
