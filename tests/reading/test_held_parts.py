"""A document that holds a part of another format: a .docx holding a web page whole (<w:altChunk>, as some office
systems build a .docx from a page), read where it stands; a sheet embedded as an object (Excel's, WPS's, LibreOffice's)
in a .docx, a .doc or an .odt, read after its paragraph — each by its own format's reader, one level deep, in a zip
too."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from zhengce.errors import InputError
from zhengce.reading.readers import read_bytes

from .made_sheets import workbook as _workbook


def _docx_holding(paragraphs: list[str], patch, relationship: bytes, part_name: str, part: bytes) -> bytes:
    # a .docx of these paragraphs, its document.xml patched, a relationship added and the part it names written
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            body = src.read(n)
            if n == "word/document.xml":
                body = patch(body)
            elif n == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", relationship + b"</Relationships>")
            z.writestr(n, body)
        z.writestr("word/" + part_name, part)
    return out.getvalue()


def _with_chunk(part_name: str, part: bytes) -> bytes:
    # a .docx whose body holds a whole part of another format (<w:altChunk r:id="…"/>), as some office systems build
    # a .docx from a web page: a paragraph, the chunk, a paragraph
    def patch(body: bytes) -> bytes:
        return body.replace(b"<w:p>", b'<w:altChunk r:id="rIdChunk1"/><w:p>', 2).replace(
            b'<w:altChunk r:id="rIdChunk1"/><w:p>', b"<w:p>", 1)

    return _docx_holding(["某某县关于支持企业发展的若干措施", "本措施自发布之日起施行。"], patch,
                         b'<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         b'relationships/aFChunk" Target="/word/' + part_name.encode() + b'"/>', part_name, part)


def test_a_docx_holding_a_web_page_whole_reads_the_page_where_it_stands():
    page = ("<html><body><p>支持事项如下：</p><table><tr><td>序号</td><td>事项</td><td>奖励（万元）</td></tr>"
            "<tr><td>1</td><td>对新建的平台给予补助</td><td>20</td></tr></table></body></html>").encode("utf-8")
    data = _with_chunk("afchunk.htm", page)
    assert b"altChunk" in data
    assert read_bytes(data, "a.docx").text.split("\n") == [
        "某某县关于支持企业发展的若干措施", "支持事项如下：", "序号 事项 奖励（万元）", "1.对新建的平台给予补助 20万元",
        "本措施自发布之日起施行。"]
    # (a chunk that cannot be read — a picture under a page's name — is left out; the document still reads)
    assert read_bytes(_with_chunk("afchunk.htm", b"\x89PNG\x00\x00"), "a.docx").text.split("\n") == [
        "某某县关于支持企业发展的若干措施", "本措施自发布之日起施行。"]


def test_an_excel_table_embedded_in_a_docx_is_read_after_its_paragraph():
    sheet = _workbook(lambda wb: [wb.active.append(r) for r in (["序号", "事项", "奖励（万元）", "牵头部门"],
                                                               [1, "对新认定的智能工厂给予奖励", 50, "县经信局"])])
    obj = (b'<w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" '
           b'ProgID="Excel.Sheet.12" r:id="rIdObj1"/></w:object></w:r>')

    def patch(body: bytes) -> bytes:
        end = body.index(b"</w:p>", body.index("支持事项见下表：".encode()))
        return body[:end] + obj + body[end:]

    data = _docx_holding(["某某县关于支持企业发展的若干措施", "支持事项见下表：", "本措施自发布之日起施行。"], patch,
                         b'<Relationship Id="rIdObj1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         b'relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>',
                         "embeddings/Microsoft_Excel_Worksheet.xlsx", sheet)
    # (before: only the sheet's picture stood there, the table's text not read at all)
    assert read_bytes(data, "a.docx").text.split("\n") == [
        "某某县关于支持企业发展的若干措施", "支持事项见下表：", "序号 事项 奖励（万元） 牵头部门",
        "1.对新认定的智能工厂给予奖励 50万元 （牵头部门：县经信局）", "本措施自发布之日起施行。"]
    # (and so in a zip of a notice's attachments)
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as z:
        z.writestr("附件1.docx", data)
    assert "1.对新认定的智能工厂给予奖励 50万元 （牵头部门：县经信局）" in read_bytes(bundle.getvalue(), "附件.zip").text


_SHEETS = Path(__file__).resolve().parents[1] / "data" / "sheets"
_EMBEDDED = ["某某县关于支持企业发展的若干措施", "支持事项见下表：", "序号 事项 奖励（万元） 牵头部门",
             "1.对新认定的智能工厂给予奖励 50万元 （牵头部门：县经信局）",
             "2.对新认定的数字化车间给予奖励 20万元 （牵头部门：县经信局）", "本措施自发布之日起施行。"]


@pytest.mark.parametrize("name", ["embedded_sheet.odt", "embedded_sheet.doc", "embedded_sheet.docx"])
def test_a_sheet_embedded_as_an_object_reads_after_its_paragraph_in_every_word_format(name):
    # (the .odt's "Object 1" folder; the .doc's ObjectPool storage, named on the EMBED field's separator; the .docx's
    # embedded .xlsx — before, the .odt and the .doc read the paragraph and not the sheet)
    assert read_bytes((_SHEETS / name).read_bytes(), name).text.split("\n") == _EMBEDDED


def test_a_text_embedded_in_an_odt_reads_after_its_paragraph_its_own_objects_not_read():
    # (an "Object 1" holding office:text, which embeds a sheet of its own: one level deep, that sheet is not read)
    with zipfile.ZipFile(_SHEETS / "embedded_sheet.odt") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    inner = parts["content.xml"].replace("支持事项见下表：".encode(), "附注".encode()).replace(
        "本措施自发布之日起施行。".encode(), "由县经信局负责解释。".encode())
    parts["Object 1/content.xml"] = inner
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, body in parts.items():
            z.writestr(n, body)
    assert read_bytes(out.getvalue(), "a.odt").text.split("\n") == [
        _EMBEDDED[0], _EMBEDDED[1], _EMBEDDED[0], "附注", "由县经信局负责解释。", _EMBEDDED[5]]


def test_a_doc_whose_object_is_not_found_in_the_text_reads_its_sheet_at_the_end():
    # (the object's character properties changed so they name no storage: the sheet is read, after the text)
    data = bytearray((_SHEETS / "embedded_sheet.doc").read_bytes())
    at = data.index(b"\x03\x6a\xff\xff\xff\x7f")  # (sprmCPicLocation 0x7FFFFFFF, as LibreOffice names the storage)
    data[at + 2:at + 6] = b"\x01\x00\x00\x00"
    assert read_bytes(bytes(data), "a.doc").text.split("\n") == _EMBEDDED[:2] + _EMBEDDED[5:] + _EMBEDDED[2:5]


def test_an_object_pool_of_damaged_or_foreign_objects_gives_no_sheet_and_no_traceback():
    from zhengce.reading.word97_objects import embedded_sheets

    class Pool:  # (an ObjectPool as olefile shows it: a damaged workbook, a chart's package, a huge stream)
        streams = {"ObjectPool/_1/Workbook": b"\x09\x08garbage", "ObjectPool/_2/Package": b"PK\x03\x04broken",
                   "ObjectPool/_3/Workbook": b"\0" * 10}

        def listdir(self, streams=True, storages=False):
            return [p.split("/") for p in self.streams]

        def exists(self, path):
            return path in self.streams

        def get_size(self, path):
            return 10 ** 9 if path.endswith("_3/Workbook") else len(self.streams[path])

        def openstream(self, path):
            return io.BytesIO(self.streams[path])

    assert embedded_sheets(Pool()) == {}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["embedded_sheet.doc", "embedded_sheet.odt"]),
       st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 255)), min_size=1, max_size=10))
def test_a_document_with_an_embedded_sheet_changed_anywhere_gives_text_or_a_chinese_error(name, changes):
    data = bytearray((_SHEETS / name).read_bytes())
    for at, byte in changes:
        data[at % len(data)] = byte
    try:
        src = read_bytes(bytes(data), name)
    except InputError as exc:
        assert str(exc).startswith(name) and "\n" not in str(exc)
        return
    assert src.text.strip() and not any(ch in src.text for ch in "\ue010\ue011\ue012\ue013")
