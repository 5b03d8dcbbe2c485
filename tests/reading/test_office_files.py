"""Files as offices and sites hand them out — Word 97–2003 (.doc), WPS (.wps), RTF, a web archive (.mht),
Word's and a web page's automatic list numbers — read as the same document in .txt or .docx does: on files
another program (LibreOffice) wrote, see tests/data/word97/README.md; a damaged or unsupported one gives a
one-line Chinese error, never a traceback."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from zhengce.errors import InputError
from zhengce.reading import parse_text
from zhengce.reading.readers import read_bytes
from zhengce.reading.word97 import _clip, _pieces, _plain, _text

from .conftest import signature

DATA = Path(__file__).resolve().parents[1] / "data" / "word97"
CORPUS = ["003_8ed54ab2f5c8896f", "004_c74db4dc4724db3b", "001_95e72363357eca1d"]


def _awards(docs):
    return [(i["article"], i["form"], i.get("amount_yuan"), i.get("rate"), i.get("cap_yuan"), i["quote"])
            for d in docs for i in d.to_json()["incentives"]]


@pytest.mark.parametrize("stem", CORPUS)
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_a_corpus_document_saved_as_word_97_reads_as_its_text(corpus_dir, stem, suffix):
    src = read_bytes((DATA / f"{stem}.doc").read_bytes(), stem + suffix)
    assert src.format == suffix[1:]
    text = (corpus_dir / f"{stem}.txt").read_text(encoding="utf-8")
    assert [ln for ln in src.text.split("\n") if ln.strip()] == [ln for ln in text.split("\n") if ln.strip()]
    got, want = parse_text(src.text, source=stem + suffix), parse_text(text, source=f"{stem}.txt")
    assert signature(got) == signature(want)
    assert _awards(got) == _awards(want)


def test_a_word_97_file_s_body_without_its_header_footer_and_footnotes():
    text = read_bytes((DATA / "policy_with_table.doc").read_bytes(), "policy_with_table.doc").text
    lines = text.split("\n")
    assert lines[:2] == ["某某县人民政府办公室文件", "某政办发〔2031〕7号"]
    assert "页眉不是正文" not in text and "脚注的文字" not in text and "第 1 页" not in text
    # a hyperlink is a field: its result is the text, its code (HYPERLINK "http://…") is not
    assert "最高不超过60万元。详见申报指南。" in text and "HYPERLINK" not in text and "http" not in text
    assert "文本框里的一句话（此处有一个文本框）" in lines  # a text box's words where it is anchored
    # an award table: a row a line, cells parted by a space, a cell of two paragraphs run together
    assert lines[lines.index("平台级别 奖励金额 备注") + 1:][:2] == ["国家级 200万元", "省级 50万元 含升级补差"]
    # a one-cell table laying out the signature: its paragraphs stay lines
    assert lines[-2:] == ["某某县人民政府办公室", "2030年12月20日"]


def _policy_read(suffix):
    name = "policy_with_table" + suffix
    return parse_text(read_bytes((DATA / name).read_bytes(), name).text, source=name)


def test_the_same_policy_as_doc_and_as_docx_reads_the_same():
    doc, docx = _policy_read(".doc"), _policy_read(".docx")
    assert signature(doc) == signature(docx)
    assert _awards(doc) == _awards(docx)
    (d,) = doc
    assert (d.doc_number, d.issued, d.kind) == ("某政办发〔2031〕7号", "2030-12-20", "policy")
    assert [(a[0], a[1], a[2], a[3], a[4]) for a in _awards(doc)] == [
        (1, "fixed", 800000, None, None), (2, "rate", None, 0.15, 600000)]


def _piece_table(pieces):
    """A Clx (a Prc of piece properties, then the piece table) for pieces (text, compressed?) laid one after
    another in a WordDocument stream from byte 512."""
    word, cps, pcds, cp = bytearray(512), [0], b"", 0
    for text, compressed in pieces:
        fc = len(word)
        word += text.encode("cp1252" if compressed else "utf-16-le")
        cp += len(text)
        cps.append(cp)
        pcds += struct.pack("<HIH", 0, (fc * 2) | 0x40000000 if compressed else fc, 0)
    plc = struct.pack(f"<{len(cps)}I", *cps) + pcds
    clx = b"\x01" + struct.pack("<h", 3) + b"\x00\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    return bytes(word), clx, cp


def test_pieces_of_one_byte_and_of_two_bytes_a_character():
    # Word stores a run with no character beyond Latin-1 one byte a character, at half its stated offset
    word, clx, n = _piece_table([("Article 1: ", True), ("给予10万元奖励。\r", False), ("(EUR)\r", True)])
    fib = {"fc_clx": 0, "lcb_clx": len(clx), "ccp_text": n}
    pieces = _pieces(word, clx, fib)
    assert [p[3] for p in pieces] == [True, False, True]
    assert _text(word, _clip(pieces, 0, n)) == "Article 1: 给予10万元奖励。\r(EUR)\r"
    assert _text(word, _clip(pieces, 3, 13)) == "icle 1: 给予"  # a range cut inside pieces


@pytest.mark.parametrize("raw,shown", [
    ('详见\x13 HYPERLINK "http://x.gov.cn" \x14申报指南\x15。\r', "详见申报指南。"),
    ("第\x13 PAGE \x15页\r", "第页"),  # a field without a result shows nothing
    ('\x13 IF \x13 PAGE \x141\x15 = 1 "甲" \x14甲\x15乙\r', "甲乙"),  # nested: the outer result only
    ("图\x01\x08片\x0b第二行\x0c第三页\r", "图片\n第二行\n第三页"),  # objects gone, breaks are lines
    ("不\x1f断\x1e行\r", "不断-行"),  # optional and non-breaking hyphens
])
def test_field_codes_objects_and_breaks(raw, shown):
    assert _plain(raw, {}, []) == shown


def _stream_start(data: bytes) -> int:
    # the WordDocument stream starts a sector with the FIB's magic number 0xA5EC
    return next(i for i in range(512, len(data), 512) if data[i:i + 2] == b"\xec\xa5")


def _patched(*changes: tuple[int, str, int]) -> bytes:
    data = bytearray((DATA / "policy_with_table.doc").read_bytes())
    for offset_in_fib, fmt, value in changes:
        struct.pack_into(fmt, data, _stream_start(data) + offset_in_fib, value)
    return bytes(data)


@pytest.mark.parametrize("data,message", [
    (lambda: _patched((0x0A, "<H", 0x0300)), "Word 文档已加密（设置了打开密码）：请去掉密码后另存再读取"),
    (lambda: _patched((0x00, "<H", 0x1234)), "不是 Word 文档（文档头标识不符）"),
    (lambda: _patched((0x4C, "<i", -5)), "Word 文档头记录的字数异常（-5）"),
    (lambda: _patched((0x1A2, "<I", 10 ** 9)), "Word 文档的文字索引（piece table）已损坏，无法读取"),
    (lambda: (DATA / "policy_with_table.doc").read_bytes()[:3000], "无法读取旧版 Word（.doc）或 WPS 文档"),
    (lambda: (DATA / "policy_with_table.doc").read_bytes().replace(
        "WordDocument".encode("utf-16-le"), "WordDocumenX".encode("utf-16-le")), "这个 Office 文件不是文字文档"),
])
def test_a_damaged_or_unsupported_word_97_file_is_one_chinese_line(data, message):
    with pytest.raises(InputError) as err:
        read_bytes(data(), "损坏.doc")
    assert message in str(err.value) and "\n" not in str(err.value)
    assert str(err.value).startswith("损坏.doc：")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 14847), st.integers(0, 255)), min_size=1, max_size=12),
       st.one_of(st.none(), st.integers(8, 14847)))
def test_bytes_changed_anywhere_give_text_or_a_chinese_error(changes, cut):
    data = bytearray((DATA / "policy_with_table.doc").read_bytes())
    for at, value in changes:
        data[at % len(data)] = value
    if cut is not None:
        data = data[:cut]
    try:
        src = read_bytes(bytes(data), "改动.doc")
    except InputError as err:
        assert str(err).startswith("改动.doc：") and "\n" not in str(err)
    else:
        assert isinstance(src.text, str) and src.text.strip()
        parse_text(src.text, source="改动.doc")  # and the reader takes whatever text came out


def test_zhengce_parse_takes_doc_and_wps_files(tmp_path, capsys):
    import json

    from zhengce.cli import main

    body = (DATA / "policy_with_table.doc").read_bytes()
    (tmp_path / "通知.doc").write_bytes(body)
    (tmp_path / "通知副本.WPS").write_bytes(body)  # (WPS writes Word's format; the suffix in any case)
    (tmp_path / "坏.doc").write_bytes(body[:2000])
    code = main(["parse", *(str(tmp_path / n) for n in ("通知.doc", "坏.doc", "通知副本.WPS")), "--json"])
    out = capsys.readouterr()
    assert code == 1  # the two good files read, the damaged one reported and skipped
    assert "坏.doc：无法读取旧版 Word（.doc）或 WPS 文档" in out.err and "Traceback" not in out.err
    docs = json.loads(out.out)
    docs = docs if isinstance(docs, list) else docs["documents"]
    assert sorted(Path(d["source"]).name for d in docs) == ["通知.doc", "通知副本.WPS"]
    assert {d["doc_number"] for d in docs} == {"某政办发〔2031〕7号"}
    from zhengce.library.ingest import expand  # a folder given to the library takes them too

    assert sorted(p.name for p in expand([tmp_path])) == ["坏.doc", "通知.doc", "通知副本.WPS"]


def _gbk(text: str) -> str:
    # as Word writes Chinese into RTF under \ansicpg936: each GBK byte a \'xx escape
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def test_an_rtf_file_in_gbk_with_its_header_footnote_link_and_table():
    rtf = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _gbk("宋体") + ";}}"
           "{\\header\\pard " + _gbk("页眉的字") + "\\par}"
           "\\pard " + _gbk("某某区支持乙类产业发展的若干措施") + "\\par"
           "\\pard " + _gbk("一、对新认定的乙类企业奖励30万元，一次性兑付。") +
           "{\\footnote\\pard " + _gbk("脚注的字") + "}\\par"
           "\\pard " + _gbk("详见") + "{\\field{\\*\\fldinst HYPERLINK \"http://x.gov.cn\"}{\\fldrslt " +
           _gbk("申报通知") + "}}" + _gbk("。") + "\\par"
           "\\trowd\\cellx2000\\cellx4000 " + _gbk("级别") + "\\cell " + _gbk("金额") + "\\cell\\row"
           "\\trowd\\cellx2000\\cellx4000 " + _gbk("市级") + "\\cell 10" + _gbk("万元") + "\\cell\\row}")
    for name in ("措施.rtf", "措施.doc"):  # (sites publish RTF under a .doc name too)
        src = read_bytes(rtf.encode("ascii"), name)
        assert src.format == "rtf"
        lines = [ln for ln in src.text.split("\n") if ln.strip()]
        assert lines == ["某某区支持乙类产业发展的若干措施", "一、对新认定的乙类企业奖励30万元，一次性兑付。",
                         "详见申报通知。", "级别 金额", "市级 10万元"]


def test_the_same_policy_as_rtf_reads_as_the_docx():
    rtf, docx = _policy_read(".rtf"), _policy_read(".docx")
    assert signature(rtf) == signature(docx)
    assert _awards(rtf) == _awards(docx)


@pytest.mark.parametrize("data", [b"{\\rtf1 \\u" + b"9" * 5000 + b" x}", b"{\\rtf1 " + b"{" * 100000])
def test_a_broken_rtf_file_is_one_chinese_line(data):
    with pytest.raises(InputError) as err:
        read_bytes(data, "坏.rtf")
    assert str(err.value).startswith("坏.rtf：") and "\n" not in str(err.value)


def test_a_web_archive_under_a_word_name_is_read_as_its_page():
    from .printed import saved_archive

    text = "某某区关于支持丙类企业的若干措施\n一、对新认定的丙类企业奖励20万元。"
    src = read_bytes(saved_archive(text), "措施.doc")  # (Word's "单个文件网页" kept under .doc)
    assert src.format == "mhtml"
    assert src.text.split("\n") == text.split("\n")  # the page's content, not its navigation or picture


def test_a_web_archive_without_a_page_is_one_chinese_line():
    data = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            b"Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlh\r\n--b--\r\n")
    with pytest.raises(InputError) as err:
        read_bytes(data, "页面.mht")
    assert str(err.value) == "页面.mht：网页存档（.mht）中没有网页内容（text/html 部分）"


_NUMBERED = ["某某县支持丁类产业发展若干政策", "一、支持企业做大做强",
             "（一）对新获评专精特新“小巨人”（国家级）企业奖励80万元。",
             "（二）对企业购置研发设备的，按设备实际投入的15%予以补助，最高不超过60万元。", "二、鼓励平台建设",
             "（一）对首次获评省级研发中心者，奖励50万元（一次性）。", "1.研发中心须在本县注册。", "2.奖励分两年拨付。",
             "本政策自2031年1月1日起施行。"]


@pytest.mark.parametrize("suffix", [".doc", ".docx"])
def test_word_s_automatic_list_numbers_are_read_as_printed(suffix):
    # the numbers are list formatting, not text: without them the articles would be no articles
    name = "numbered_policy" + suffix
    src = read_bytes((DATA / name).read_bytes(), name)
    assert src.text.split("\n") == _NUMBERED
    (doc,) = parse_text(src.text, source=name)
    assert [s.no for s in doc.sections] == [1, 2] and [a.no for a in doc.sections[0].articles] == [1, 2]


def _docx(body: str, numbering: str, styles: str = "") -> bytes:
    import io
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
        z.writestr("word/numbering.xml", f"<w:numbering {w}>{numbering}</w:numbering>")
        if styles:
            z.writestr("word/styles.xml", f"<w:styles {w}>{styles}</w:styles>")
    return buf.getvalue()


def _p(text: str, num: str | None = None, ilvl: int | None = None, style: str | None = None) -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "")
        + (f'<w:numId w:val="{num}"/>' if num else "") + "</w:numPr>" if num or ilvl is not None else "")
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/>{extra}</w:lvl>')


def test_docx_numbering_by_style_restart_legal_and_bullets():
    numbering = (
        '<w:abstractNum w:abstractNumId="7">' + _lvl(0, "chineseCounting", "第%1条") + _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")
        + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="8">' + _lvl(0, "bullet", "•") + _lvl(1, "chineseLegalSimplified", "%2、") + "</w:abstractNum>"
        '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        "</w:lvlOverride></w:num>"
        '<w:num w:numId="5"><w:abstractNumId w:val="8"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="Tiao"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="TiaoZi"><w:basedOn w:val="Tiao"/></w:style>')
    body = (_p("总则") + _p("甲。", style="Tiao") + _p("乙。", style="TiaoZi") + _p("乙之一。", style="Tiao", ilvl=1)
            + _p("丙。", num="3") + _p("第二部分") + _p("重新起算。", num="4") + _p("要点。", num="5")
            + _p("分项。", num="5", ilvl=1) + _p("不编号。", num="0"))
    text = read_bytes(_docx(body, numbering, styles), "条款.docx").text
    assert text.split("\n") == ["总则", "第一条甲。", "第二条乙。", "2.1乙之一。", "第三条丙。", "第二部分",
                                "第一条重新起算。", "要点。", "壹、分项。", "不编号。"]


def test_a_broken_numbering_part_loses_the_numbers_not_the_text():
    text = read_bytes(_docx(_p("甲。", num="3"), "<w:abstractNum"), "坏编号.docx").text
    assert text == "甲。"


def test_a_web_page_s_ordered_lists_show_their_numbers():
    # a browser draws an <ol>'s numbers; a page that numbers its articles so has them only there
    page = ("<html><body><div id='zoom'><p>某某区关于支持戊类企业的若干措施</p>"
            "<ol style='list-style-type: cjk-ideographic'><li>支持企业发展<ol><li>对新认定的戊类企业，给予奖励10万元。</li>"
            "<li value='5'>对升级的，给予补助5万元。</li></ol></li><li>附则</li></ol>"
            "<ol type='a' start='3'><li>其他</li></ol><ul><li>不编号</li></ul></div></body></html>")
    lines = read_bytes(page.encode("utf-8"), "措施.html").text.split("\n")
    assert lines == ["某某区关于支持戊类企业的若干措施", "一、支持企业发展", "1.对新认定的戊类企业，给予奖励10万元。",
                     "5.对升级的，给予补助5万元。", "二、附则", "c.其他", "不编号"]


@pytest.mark.parametrize("suffix", [".doc", ".docx"])
def test_chapters_and_articles_numbered_by_heading_styles(suffix):
    # 第一章 / 第一条 printed by the headings' outline numbering (in a .docx through the paragraph style)
    name = "chapters_policy" + suffix
    lines = read_bytes((DATA / name).read_bytes(), name).text.split("\n")
    assert lines == ["某某县甲类专项资金管理办法", "第一章总则", "第一条为规范专项资金管理，制定本办法。",
                     "第二条专项资金每年安排500万元。", "第二章支持内容", "第一条对认定为甲类的企业奖励30万元，一次性兑付。",
                     "本办法自2031年1月1日起施行。"]


@pytest.mark.parametrize("suffix", [".doc", ".docx", ".rtf"])
def test_a_draft_with_tracked_changes_reads_with_them_accepted(suffix):
    # a .doc and an RTF keep struck-out text in their text, marked deleted: "奖励5080万元" where the page shows 80
    name = "revised_draft" + suffix
    lines = [ln for ln in read_bytes((DATA / name).read_bytes(), name).text.split("\n") if ln.strip()]
    assert lines == ["某某县戊类产业扶持措施（征求意见稿）", "一、支持企业发展",
                     "（一）对新认定的戊类企业，奖励80万元。", "（三）本措施由县经信局负责解释。"]


def test_rtf_deletions_end_with_their_group_or_their_switch():
    from zhengce.reading.rtf_text import without_deletions

    rtf = r"{\rtf1 甲{\deleted 乙\'c1\u20013?丙\par}丁\deleted 戊\deleted0 己{\*\x 庚}\deleted 辛\plain 壬}"
    assert without_deletions(rtf) == r"{\rtf1 甲{}丁己{\*\x 庚}\plain 壬}"


def test_word_6_and_95_files_read_by_their_own_layout():
    # Word 6.0/95 files from Apache POI's test data (see tests/data/word97/README.md), one fast-saved
    plain = read_bytes((DATA / "poi_Word6.doc").read_bytes(), "poi_Word6.doc").text
    assert plain == "The quick brown fox jumps over the lazy dog"
    lines = read_bytes((DATA / "poi_Word6_sections2.doc").read_bytes(), "x.doc").text.split("\n")
    assert lines[0] == "STATEMENT  OF  INSOLVENCY  PRACTICE  10  (SCOTLAND)" and "PROXY  FORMS" in lines
    assert len("".join(lines).split()) > 400
    fast_saved = read_bytes((DATA / "poi_Bug60942.doc").read_bytes(), "x.doc").text  # its pieces, French
    assert "Suite à notre récent contact téléphonique" in fast_saved and "12/12/97" in fast_saved


def test_a_word_95_text_in_chinese_under_an_english_language_tag():
    from zhengce.reading.word6 import _decoded

    words = "对某某县新认定的企业给予资金奖励，支持企业发展。"
    assert _decoded(words.encode("gbk"), "cp1252") == words  # GBK bytes, not Latin-1 mojibake
    traditional = "對某某縣新認定的企業給予資金獎勵，支持企業發展。"
    assert _decoded(traditional.encode("big5"), "cp1252") == traditional
    latin = "Suite à notre récent contact téléphonique, nous confirmons le rendez-vous prévu."
    assert _decoded(latin.encode("cp1252"), "cp1252") == latin


def test_a_password_protected_docx_says_so():
    # OOXML with a password is an OLE container holding EncryptedPackage, not a zip (Apache POI's test file)
    name = "poi_bug53475-password-is-pass.docx"
    with pytest.raises(InputError) as err:
        read_bytes((DATA / name).read_bytes(), name)
    assert str(err.value) == f"{name}：文档已加密（设置了打开密码）：请去掉密码后另存再读取"
