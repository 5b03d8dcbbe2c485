"""PDF text read from where each character is drawn (PDFium), in the order a viewer shows it: a line's
quotation marks that LibreOffice draws after its Chinese characters stand where they are printed; a page
turned by /Rotate reads upright; a line set spaced out (letter-spacing) keeps its words together and its real
spaces (tests/data/pdf/README.md)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject

from zhengce.errors import InputError
from zhengce.reading import parse_text, read_path
from zhengce.reading.placed_text import page_lines
from zhengce.reading.readers import read_bytes

from .printed import pdf_of, printed_pdf

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


def _awards(docs):
    return [(i["article"], i["form"], i.get("amount_yuan"), i.get("rate"), i.get("cap_yuan"))
            for d in docs for i in d.to_json()["incentives"]]


def test_quotation_marks_drawn_after_their_line_are_read_where_they_stand():
    text = read_bytes((DATA / "quoted_policy.pdf").read_bytes(), "quoted_policy.pdf").text
    lines = text.split("\n")
    assert lines[0] == "某某县人民政府办公室关于实施“链长制”推动“专精特新”企业发展的若干意见"
    assert "为深入实施“链长制”，经县政府同意，提出如下意见。" in lines
    assert not any(line.startswith("“") for line in lines)
    pdf, = read_path(DATA / "quoted_policy.pdf")
    docx, = read_path(DATA / "quoted_policy.docx")
    assert (pdf.title, pdf.doc_number) == (docx.title, "某政办发〔2026〕18号")
    assert _awards([pdf]) == _awards([docx]) and len(_awards([pdf])) == 5


def _turned(pdf: bytes, turn: int) -> bytes:
    """The same pages with /Rotate set and their content drawn turned back: shown upright, as scanners and
    printing to a landscape page write them."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        move, box = {90: ((h, 0), (h, w)), 180: ((w, h), (w, h)), 270: ((0, w), (h, w))}[turn]
        page.add_transformation(Transformation().rotate(turn).translate(*move))
        page.mediabox = page.cropbox = RectangleObject((0, 0, *box))
        page.rotate(turn)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_turned_by_rotate_reads_upright(corpus_dir, turn):
    text = (corpus_dir / "004_c74db4dc4724db3b.txt").read_text(encoding="utf-8")[:3000]
    pdf = printed_pdf(text)
    upright = read_bytes(pdf, "a.pdf").text
    assert read_bytes(_turned(pdf, turn), "a.pdf").text == upright
    assert _awards(parse_text(upright, source="a.txt")) == _awards(parse_text(read_bytes(_turned(pdf, turn), "a.pdf").text,
                                                                              source="a.txt"))


def test_lines_from_placed_characters():
    # (baseline down, left, character, size, right)
    def at(x, y, s, size=10.0, w=None):
        out = []
        for ch in s:
            step = w or (size if ord(ch) >= 0x2E80 else size / 2)
            out.append((y, x, ch, size, x + step))
            x += step
        return out
    # drawn out of order: the quotes (full width) after the words, the second line before the first
    second = at(0, 20, "关于推进") + at(50, 20, "行动") + at(40, 20, "“", w=10) + at(70, 20, "”", w=10)
    assert page_lines(second + at(0, 5, "标题")) == ["标题", "关于推进“行动”"]
    # a word space is a gap of a quarter character; letter-spacing is no space, a space beyond it is
    spaced = [(0.0, 6.0 * k, ch, 10.0, 6.0 * k + 5) for k, ch in enumerate("ab cd")]
    assert page_lines([g for g in spaced if g[2] != " "]) == ["ab cd"]
    assert page_lines(at(0, 0, "Word") + at(22.5, 0, "space")) == ["Word space"]
    # overprinted (faked bold): read once; a letter beside itself is two
    assert page_lines(at(0, 0, "奖励") + at(0.3, 0, "奖励")) == ["奖励"]
    assert page_lines(at(0, 0, "http")) == ["http"]


def test_pdfs_read_in_threads_at_once_read_as_one_at_a_time(corpus_dir):
    # (PDFium is not thread-safe; the web server reads uploads in threads: a lock takes them in turn)
    from concurrent.futures import ThreadPoolExecutor

    pdfs = [printed_pdf((corpus_dir / name).read_text(encoding="utf-8")[:4000]) for name in
            ("001_95e72363357eca1d.txt", "003_8ed54ab2f5c8896f.txt", "004_c74db4dc4724db3b.txt")]
    alone = [read_bytes(p, "a.pdf").text for p in pdfs]
    with ThreadPoolExecutor(6) as pool:
        together = list(pool.map(lambda k: read_bytes(pdfs[k % 3], "a.pdf").text, range(24)))
    assert together == [alone[k % 3] for k in range(24)]


def _pdf_with_unicode_map(codes: bytes, to_unicode: dict[int, int]) -> bytes:
    """One line of text in a standard font whose ToUnicode map sends each byte where `to_unicode` says: as a
    converter writes a subset font whose characters it maps to their glyph numbers (the private-use area)."""
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(to_unicode)} beginbfchar " + " ".join(f"<{c:02X}> <{u:04X}>" for c, u in to_unicode.items())
            + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    content = b"BT /F1 12 Tf 72 720 Td (" + codes + b") Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    return pdf_of(objects)


def test_a_text_layer_of_glyph_numbers_is_refused_in_one_line_not_read_as_nonsense():
    codes = bytes(range(0x41, 0x41 + 24))
    glyphs = _pdf_with_unicode_map(codes, {c: 0xE000 + c for c in codes})
    with pytest.raises(InputError) as err:
        read_bytes(glyphs, "扫描件.pdf")
    assert str(err.value).startswith("扫描件.pdf：PDF 文件的文字层无法解码") and "\n" not in str(err.value)
    # a few such characters among readable ones (a symbol font's bullets) are kept: the text reads
    words = {0x41: 0x7B2C, 0x42: 0x4E00, 0x43: 0x6761, 0x44: 0x5956, 0x45: 0x52B1, 0x46: 0xF06C}
    assert read_bytes(_pdf_with_unicode_map(b"ABCDEF" * 3, words), "a.pdf").text == "第一条奖励\uf06c" * 3


# ---- pages set in two columns (a gazette's) ------------------------------------------------------------

def test_a_gazettes_two_column_page_reads_column_by_column_as_the_word_file_does():
    # LibreOffice's PDF of a Word file whose body is set in two columns under a masthead across the page
    # (tests/data/pdf/README.md): read as the Word file reads, not left and right lines run together
    pdf, = read_path(DATA / "two_column_policy.pdf")
    docx, = read_path(DATA / "two_column_policy.docx")
    for field in ("title", "doc_number", "issued", "issuer", "kind"):
        assert getattr(pdf, field) == getattr(docx, field), field
    assert pdf.title == "某某市支持先进制造业发展若干政策" and pdf.doc_number == "某政办发〔2026〕7号"
    assert _awards([pdf]) == _awards([docx]) and len(_awards([pdf])) == 9
    text = read_bytes((DATA / "two_column_policy.pdf").read_bytes(), "two_column_policy.pdf").text
    assert text.split("\n")[:2] == ["某某市人民政府公报", "2026年第3期（总第120期）"]  # (the masthead, across the page)


POLICY = ("关于某某的若干政策\n一、支持创新\n(一)对新认定的国家级某某中心，一次性奖励230万元，对新认定的省级某某中心"
          "奖励40万元。\n(二)对企业购置研发仪器的，按仪器投入的17%予以补助，最高不超过90万元。\n二、支持人才\n"
          "(三)对引进的顶尖团队，给予最高900万元项目资助。\n")


@pytest.mark.parametrize("offset", [0, 5, 13])  # (the right column's baselines level with the left's, or between them)
def test_two_columns_read_left_then_right_whatever_their_baselines(offset):
    pdf = printed_pdf(POLICY * 4, width=28, lines=30, size=10.5, columns=2, offset=offset, head="某某市人民政府公报")
    text = read_bytes(pdf, "gazette.pdf").text
    assert text.split("\n")[0] == "某某市人民政府公报"
    assert text.replace("\n", "").replace("某某市人民政府公报", "").replace("— 1 —", "").replace("— 2 —", "") \
        == (POLICY * 4).replace("\n", "")
    assert _awards(parse_text(text, source="gazette.txt")) == _awards(parse_text(POLICY * 4, source="p.txt"))


def test_a_tables_columns_and_a_single_columns_short_lines_are_no_page_columns():
    def at(x, y, s, size=10.0):
        return [(y, x + size * k, ch, size, x + size * (k + 1)) for k, ch in enumerate(s)]
    # a table of short cells with a wide gap between its columns: read row by row
    rows = [at(0, 20 * k, f"第{k}项") + at(300, 20 * k, f"奖励{k}万元") for k in range(1, 13)]
    assert page_lines([g for row in rows for g in row]) == [f"第{k}项 奖励{k}万元" for k in range(1, 13)]
    # a single column's lines, some of them short, and a signature set to the right: as before
    body = [at(0, 20 * k, "对新认定的某某企业给予一次性奖励十万元整" if k % 3 else "附则") for k in range(1, 13)]
    sign = at(250, 300, "某某市人民政府") + at(250, 320, "2026年3月2日")
    lines = page_lines([g for line in body for g in line] + sign)
    assert lines[-2:] == ["某某市人民政府", "2026年3月2日"] and len(lines) == 14


def test_a_contents_page_in_two_columns_keeps_its_entries_apart():
    def at(x, y, s, size=10.0):
        return [(y, x + size * k, ch, size, x + size * (k + 1)) for k, ch in enumerate(s)]
    left = [at(0, 20 * k, f"关于某某工作的通知……{k}") for k in range(1, 11)]
    right = [at(160, 20 * k, f"某某办法的解读……{k + 10:02d}") for k in range(1, 11)]
    lines = [t for t in page_lines([g for row in left + right for g in row]) if t]
    assert lines == [f"关于某某工作的通知……{k}" for k in range(1, 11)] + [f"某某办法的解读……{k + 10:02d}" for k in range(1, 11)]


def test_an_articles_last_page_with_a_short_right_column_keeps_the_columns_of_the_page_before():
    # the last page's right column holds three lines: too few to show a gutter of its own, read with the first page's
    tail = "三、附则\n(四)本政策的各项条款由某某局作出说明，有效期为三年。\n(五)同一项目不重复享受。\n"
    text = POLICY * 8 + tail
    pdf = printed_pdf(text, width=28, lines=30, size=10.5, columns=2, head="某某市人民政府公报")
    got = read_bytes(pdf, "gazette.pdf").text.replace("\n", "").replace("某某市人民政府公报", "")
    assert got.replace("— 1 —", "").replace("— 2 —", "") == text.replace("\n", "")
    # (a page set in one column after them crosses that gutter: read line by line, as always)
    assert page_lines([(0.0, 10.0 * k, "某", 10.0, 10.0 * k + 10) for k in range(40)], {"gutter": (150.0, 170.0)}) \
        == ["某" * 40]
