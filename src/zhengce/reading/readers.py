"""Get the text out of a file as users bring it: .txt (UTF-8, GB18030, Big5), saved web page (.html, or .mht in one
file), Word (.docx, and the older binary .doc), WPS text (.wps), Excel (.xlsx, .xls, .csv), RTF, PDF with a text layer
or OFD (版式文件), OpenDocument (.odt, .ods, .odp), PowerPoint (.pptx, .ppt), and a zip of such files (bundle). Returns the
text untouched apart from decoding; every later step works on this text and quotes come from it.
"""

from __future__ import annotations

import io
import zipfile
from zhengce import rx as re
from dataclasses import dataclass
from pathlib import Path

from zhengce.errors import InputError
from zhengce.reading.bundle import bundle_text
from zhengce.reading.common_chars import chinese_score
from zhengce.reading.docx_text import docx_text
from zhengce.reading.html_tables import rows_as_lines
from zhengce.reading.list_numbers import format_number
from zhengce.reading.odf_text import flat_odf_kind, odf_kind, odp_text, odt_text
from zhengce.reading.ofd import is_ofd, ofd_text
from zhengce.reading.pdf_text import pdf_text
from zhengce.reading.ppt_binary import ppt_text
from zhengce.reading.rtf_text import rtf_text
from zhengce.reading.slides_text import is_presentation, pptx_text
from zhengce.reading.sheet_text import csv_text, ods_text, xls_text, xlsx_text
from zhengce.reading.word97 import is_word97, word97_text

MAX_BYTES = 50 * 1024 * 1024  # a policy document is a few hundred KB; 50 MB is generous
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
_ARCHIVE_SUFFIXES = {".mht", ".mhtml"}  # a web page saved as one file (IE's, Word's "单个文件网页")
_ARCHIVE_HEADS = (b"mime-version:", b"from:", b"date:", b"subject:", b"content-type:", b"x-mimeole:")


@dataclass
class SourceText:
    name: str  # file name (the source id in citations)
    format: str  # txt | html | mhtml | docx | doc | wps | xlsx | xls | csv | rtf | pdf | ofd | odt | ods | odp | pptx | ppt | zip
    text: str
    encoding: str | None = None


def read_file(path: str | Path) -> SourceText:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}：文件不存在")
    if path.is_dir():
        raise InputError(f"{path}：这是文件夹，不是文件（请给出文件的路径）")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name}：文件为空")
    if size > MAX_BYTES:
        raise InputError(f"{path.name}：文件有 {size // (1024 * 1024)} MB，超过政策文件的上限 "
                         f"{MAX_BYTES // (1024 * 1024)} MB")
    data = path.read_bytes()
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str, *, bundled: bool = False, held: bool = False) -> SourceText:
    """bundled: a file inside a zip being read (bundle.py), which may not be a zip itself (one level: a zip bomb nests);
    held: a part a .docx holds (an altChunk, an embedded sheet), whose own held parts are not read (one level too)."""
    if not data:
        raise InputError(f"{name}：文件为空")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}：文件过大，超过政策文件的上限 {MAX_BYTES // (1024 * 1024)} MB")
    suffix = Path(name).suffix.lower()
    if image := next((kind for magic, kind in _IMAGES if magic.match(data[:16])), None):
        raise InputError(f"{name}：这是一张图片（{image}），不是带文字的文档：请使用原始的 Word 或 PDF 文件，"
                         "或先做文字识别（OCR）")
    kind = _sniff(data, suffix)
    if kind == "docx":
        text = docx_text(data, name, None if held else _held_part)
    elif kind == "pdf":
        text = pdf_text(data, name)
    elif kind == "ofd":
        text = ofd_text(data, name)
    elif kind in ("doc", "wps"):
        text = word97_text(data, name, held)
    elif kind == "xlsx":
        text = xlsx_text(data, name)
    elif kind == "xls":
        text = xls_text(data, name)
    elif kind == "odt":
        text = odt_text(data, name, None if held else _held_part)
    elif kind == "ods":
        text = ods_text(data, name)
    elif kind == "odp":
        text = odp_text(data, name, None if held else _held_part)
    elif kind == "pptx":
        text = pptx_text(data, name, None if held else _held_part)
    elif kind == "ppt":
        text = ppt_text(data, name)
    elif kind == "odf":
        raise InputError(f"{name}：这是 OpenDocument 绘图或公式，不是文字文档、表格或演示文稿：请另存为 .docx、.pdf 或 .xlsx")
    elif kind == "rtf":
        text = rtf_text(decode_text(data, name)[0], name)
    elif kind == "html":
        text = _html_text(decode_text(data, name)[0])
    elif kind == "mhtml":
        text = _html_text(_archived_page(data, name))
    elif kind == "zip":
        if bundled:
            raise InputError(f"{name}：压缩包中的压缩包")
        text = bundle_text(data, name, lambda body, member: read_bytes(body, member, bundled=True).text, MAX_BYTES)
    elif kind == "csv":
        text = csv_text(decode_text(data, name)[0], name)
    else:
        text, enc = decode_text(data, name)
        return _checked(SourceText(name, "txt", text, enc))
    return _checked(SourceText(name, kind, text))


def _held_part(body: bytes, name: str) -> str:
    # a part another document holds (a .docx's altChunk or embedded sheet, an object in an .odt, .odp or .pptx), read by
    # its own format's reader; its own held parts are not read (one level deep)
    return read_bytes(body, name, bundled=True, held=True).text


# characters a fixed-layout file's text layer gives when its font carries no map back to Unicode: the font's own
# glyph numbers in the private-use area, or U+FFFD
_UNDECODED = re.compile("[\ue000-\uf8ff\ufffd]")


def _checked(src: SourceText) -> SourceText:
    if not src.text.strip():
        raise InputError(f"{src.name}：这个 {src.format} 文件中没有文字")
    if src.format in ("pdf", "ofd"):
        undecoded = len(_UNDECODED.findall(src.text))
        if undecoded >= 10 and undecoded * 2 >= len(re.sub(r"\s", "", src.text)):
            # (most of the text is glyph numbers: reading it would give a document of nonsense, no error)
            raise InputError(f"{src.name}：{src.format.upper()} 文件的文字层无法解码（字体没有附带文字编码，只有字形编号）："
                             "请改用原始的 Word 文件，或先做文字识别（OCR）")
    return src


def _sniff(data: bytes, suffix: str) -> str:
    head = data[:2048]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # (an entry's header; an empty archive's end)
        if is_ofd(data, suffix):
            return "ofd"
        return _package_kind(data, suffix)
    if head.startswith((b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")):
        raise InputError("RAR/7z 压缩包无法直接读取：请解压后读取其中的文件，或改用 zip 格式")
    if is_word97(head):
        streams = _ole_streams(data)
        if "workbook" in streams or "book" in streams:
            return "xls"
        if "powerpoint document" in streams:
            return "ppt"
        return "wps" if suffix == ".wps" else "doc"
    if head.lstrip()[:5] == b"{\\rtf":  # (sites also publish RTF under a .doc name)
        return "rtf"
    if flat := flat_odf_kind(data[:8192]):  # (a flat OpenDocument file, .fodt or .fods: its namespaces first)
        return flat
    lowered = head.lower()
    if suffix in _ARCHIVE_SUFFIXES or (lowered.lstrip().startswith(_ARCHIVE_HEADS)
                                       and b"multipart/related" in lowered):
        return "mhtml"
    if suffix in _HTML_SUFFIXES or b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    if suffix == ".csv":
        return "csv"
    return "txt"


# a scan or a 图解 saved as a picture: its format by its first bytes (a policy image has no text layer to read)
_IMAGES = ((re.compile(rb"\x89PNG\r\n\x1a\n"), "PNG"), (re.compile(rb"\xff\xd8\xff"), "JPEG"),
           (re.compile(rb"GIF8[79]a"), "GIF"), (re.compile(rb"BM.{4}\x00\x00\x00\x00", re.S), "BMP"),
           (re.compile(rb"II\*\x00|MM\x00\*"), "TIFF"), (re.compile(rb"RIFF.{4}WEBP", re.S), "WebP"))


def _package_kind(data: bytes, suffix: str) -> str:
    # a zip is what its parts say: a workbook holds xl/workbook.xml (a .xlsx, .xlsm, or WPS's .et in that
    # format), a presentation ppt/presentation.xml (.pptx, WPS's .dps), a Word document word/document.xml, an
    # OpenDocument file its "mimetype" and content.xml, whatever the name says; any other zip is a bundle of files
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {n.lower() for n in archive.namelist()}
            odf = odf_kind(archive.read("mimetype")[:200].decode("ascii", "replace")) \
                if "mimetype" in names and "content.xml" in names else None
    except Exception:  # (not a readable zip: left to the reader its name points to, which says so)
        return "xlsx" if suffix in (".xlsx", ".xlsm", ".et") else "zip" if suffix == ".zip" else "docx"
    if odf:
        return odf
    if "xl/workbook.xml" in names:
        return "xlsx"
    if is_presentation(names):
        return "pptx"
    if "word/document.xml" in names or "[content_types].xml" in names or suffix == ".docx":
        return "docx"
    return "zip"  # a zip of documents (a notice's 附件)


def _ole_streams(data: bytes) -> set[str]:
    # an OLE compound file's top streams, lower-cased: "Workbook" (Excel 97–2003, WPS's .et) or "Book" (Excel 5/95),
    # "PowerPoint Document" (PowerPoint 97–2003, WPS's older .dps), "WordDocument"
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:
        return set()
    try:
        return {entry[0].lower() for entry in ole.listdir(streams=True, storages=False) if len(entry) == 1}
    except Exception:  # (a damaged directory: left to the Word reader, which says so)
        return set()
    finally:
        ole.close()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode_text(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), GB18030 or Big5, whichever reads as Chinese."""
    if b"\x00" in data[:65536] and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        if (wide := _utf16_without_bom(data)) is not None:
            return wide
        raise InputError(f"{name}：不是文本、Word 或 PDF 文件（二进制内容）")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError as cut:
        if cut.reason == "unexpected end of data" and cut.start >= len(data) - 3:
            # a file stopped inside its last character (a copy or download cut at a byte count): the rest is
            # UTF-8, and the "truncated" warning tells the user the text ends early
            return data[:cut.start].decode("utf-8"), "utf-8"
        best = None
        # (UTF-8 with a stray bad byte competes too: it reads as Chinese where GB18030 reads as mojibake)
        for enc_try in ("gb18030", "big5", "utf-8"):
            try:
                cand = data.decode(enc_try)
                bad = 0
            except UnicodeDecodeError:
                cand = data.decode(enc_try, errors="replace")
                bad = cand.count("\ufffd")
            score = chinese_score(cand) - 50 * bad
            if best is None or score > best[0]:
                best = (score, cand, enc_try, bad)
        _, text, enc, bad = best
        if bad > max(10, len(text) // 100):
            raise InputError(f"{name}：无法识别文字编码（不是 UTF-8、GB18030 或 Big5 编码的文本）：请另存为 UTF-8 文本")
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > 20:
        raise InputError(f"{name}：不是文本、Word 或 PDF 文件（二进制内容）")
    return text, enc


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """A text saved as UTF-16 with no byte-order mark (some Windows tools): the zero bytes of its ASCII characters
    (newlines, digits) fall on one side of each pair. Taken only if it decodes whole, has no control characters and
    reads as Chinese — a binary file decoded so gives rare characters, stray surrogates or controls."""
    sample = data[:65536]
    enc = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    try:
        text = data[:len(data) - len(data) % 2].decode(enc)
    except UnicodeDecodeError:
        return None
    head = text[:20000]
    letters = len(re.sub(r"\s", "", head))
    if _CONTROL.search(head) or not letters or chinese_score(head) * 2 < letters:
        return None
    return text, enc


def _archived_page(data: bytes, name: str) -> str:
    """The page of a web archive (MIME multipart/related): its first text/html part, decoded."""
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.compat32)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        payload = part.get_payload(decode=True) if part is not None else None
    except Exception:  # a header or transfer encoding the parser cannot follow
        raise InputError(f"{name}：无法读取网页存档（.mht）文件，文件可能已损坏") from None
    if not payload:
        raise InputError(f"{name}：网页存档（.mht）中没有网页内容（text/html 部分）")
    charset = (part.get_content_charset() or "").lower()
    if charset in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
        charset = "gb18030"  # (pages labelled gb2312 use GBK's characters too)
    try:
        return payload.decode(charset) if charset else decode_text(payload, name)[0]
    except (LookupError, UnicodeDecodeError):  # a wrong or unknown label: read the bytes as any text file
        return decode_text(payload, name)[0]


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "svg", "nav", "header",
                     "footer", "form", "button", "select"]):
        tag.decompose()
    _number_lists(soup)
    # Government sites put the article in a content container; prefer it when one is clearly there.
    body = None
    for selector in ("#zoom", ".zoom", "#content", ".article-content", ".TRS_Editor", "article",
                     ".content", "#article", ".main-content"):
        found = soup.select_one(selector)
        if found and len(found.get_text(strip=True)) > 200:
            body = found
            break
    fields = ""
    if body is None:
        body = _densest(soup)
        # (the page's fields — 文号, 发布机关, dates — may stand in a block of their own before it)
        fields = _fields_before(body) if body is not None else ""
    head = _head_before(body, soup) if body is not None else ""
    head = head + ("\n" + fields if fields else "")
    whole = body is None
    body = body or soup.body or soup
    for br in soup.find_all("br"):
        br.replace_with("\n")
    rows_as_lines(body, soup, _block_text)
    text = _lines(_block_text(body))
    if whole:
        # no content container: the page's title goes first when the page prints it again as its
        # headline among the chrome (the headline reader then knows it by being printed twice)
        title = _page_title(soup)
        if title and ("\n" + title + "\n") in ("\n" + text + "\n"):
            head = title
    return _lines(head + "\n" + text)


# An ordered list's numbers are drawn by the browser, not in the page's text: "1." by default, by its type
# attribute or its CSS list-style-type ("一、" for the Chinese counting styles).
_OL_TYPES = {"1": ("decimal", "."), "a": ("lowerLetter", "."), "A": ("upperLetter", "."), "i": ("lowerRoman", "."),
             "I": ("upperRoman", ".")}
_OL_STYLES = {"decimal": ("decimal", "."), "lower-alpha": ("lowerLetter", "."), "lower-latin": ("lowerLetter", "."),
              "upper-alpha": ("upperLetter", "."), "upper-latin": ("upperLetter", "."),
              "lower-roman": ("lowerRoman", "."), "upper-roman": ("upperRoman", "."),
              "cjk-ideographic": ("chineseCounting", "、"), "simp-chinese-informal": ("chineseCounting", "、"),
              "trad-chinese-informal": ("chineseCounting", "、"), "cjk-decimal": ("decimal", "、"),
              "cjk-heavenly-stem": ("ideographTraditional", "、"), "cjk-earthly-branch": ("ideographZodiac", "、"),
              "none": None}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)")


def _number_lists(soup) -> None:
    for ol in soup.find_all("ol"):
        style = _LIST_STYLE.search((ol.get("style") or "").lower())
        how = _OL_STYLES.get(style.group(1), ("decimal", ".")) if style else _OL_TYPES.get(ol.get("type") or "1",
                                                                                          ("decimal", "."))
        if how is None:
            continue
        try:
            n = int(ol.get("start") or 1)
        except ValueError:
            n = 1
        n = max(-1, min(n, 100_000))
        for li in ol.find_all("li", recursive=False):
            if li.get("value", "").lstrip("-").isdigit():
                n = max(-1, min(int(li["value"]), 100_000))
            li.insert(0, format_number(n, how[0]) + how[1])
            n += 1


def _densest(soup):
    """A page whose content container has no usual name: the block holding most of the page's text
    that is not links, as deep as it goes while it keeps most of that text (its own 'info_cont')."""
    def plain(el) -> int:
        return len(el.get_text(strip=True)) - sum(len(a.get_text(strip=True)) for a in el.find_all("a"))

    top = soup.body or soup
    if len(top.find_all("a")) < 30:
        return None  # a page without a site's links around its text has no chrome to leave out
    node, node_plain = top, plain(top)
    while True:
        blocks = [c for c in node.find_all(["div", "article", "section", "main", "td"], recursive=False)]
        if not blocks and node.find("div") is not None:
            blocks = [c for c in node.find_all(["div", "article", "section", "main", "td"])
                      if c.find_parent(["div", "article", "section", "main", "td"]) in (None, node)]
        scored = [(plain(c), c) for c in blocks]
        best = max(scored, key=lambda x: x[0], default=(0, None))
        if best[1] is None:
            break
        # (a page that keeps a hidden second copy of its text in another block: the copy does not count)
        inside = re.sub(r"\s+", "", best[1].get_text())
        copies = sum(n for n, c in scored if c is not best[1] and n >= 200 and _copy_of(re.sub(r"\s+", "", c.get_text()), inside))
        if best[0] < 0.8 * (node_plain - copies):
            break
        node, node_plain = best[1], best[0]
    # (only a block that leaves out the page's chrome and still holds a document is a container)
    return node if node is not top and node_plain >= 300 else None


def _fields_before(container) -> str:
    """The labelled page fields printed before a content container ("文　　号：" / "某发〔2019〕6号"), one
    "label:value" line each."""
    from bs4 import NavigableString

    from zhengce.reading.fields import bare_label, field_of

    wanted = ("issuer", "doc_number", "issued", "published", "source")
    strings = [re.sub(r"[\s\u3000]+", "", str(el)).replace("：", ":") for el in container.find_all_previous(string=True)
               if isinstance(el, NavigableString)][::-1]
    strings = [t for t in strings if t]
    out = []
    for i, t in enumerate(strings):
        label = bare_label(t)
        if label and i + 1 < len(strings) and not field_of(strings[i + 1]) and len(strings[i + 1]) <= 60 \
                and field_of(t)[0] in wanted:
            out.append(label + ":" + strings[i + 1])  # "文号:" / "某发〔2019〕6号", set side by side
        elif (f := field_of(t)) and f[1] and f[0] in wanted:
            out.append(t)
    return "\n".join(out[-12:])


def _copy_of(text: str, other: str) -> bool:
    """Whether `text` is printed in `other` too: pieces from its quarter, middle and three quarters are."""
    probes = [text[k * len(text) // 4:k * len(text) // 4 + 30] for k in (1, 2, 3)]
    return sum(p in other for p in probes) >= 2


def _page_title(soup) -> str:
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    # "某某办法｜某某区人民政府": the page's title less the site's name
    title = re.sub(r"[ \t\u00a0]+", " ", re.split(r"\s*[|｜_]\s*|\s+-\s+", title)[0]).strip() if title else ""
    # "关于…的通知-公告信息-某某局": the column and the site after bare hyphens, once the title has ended
    ended = re.match(r"(.+?(?:通知|意见|办法|措施|方案|细则|规定|决定|公告|通告|政策|条例))(?:-[^-]{2,30}){1,3}$", title)
    return ended.group(1) if ended else title


_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "table", "article",
           "blockquote", "pre", "dd", "dt"}


def _block_text(node) -> str:
    for tag in node.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return node.get_text()


def _lines(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _head_before(container, soup) -> str:
    """A content container holds the text; the page prints the title (its last heading before the
    container) and fields such as 来源 and 发布日期 between that heading and the container."""
    from bs4 import NavigableString

    heading = container.find_previous(["h1", "h2", "h3"])
    if heading is None:
        return _page_title(soup)
    if not heading.get_text(strip=True):
        heading.string = _page_title(soup)  # an empty heading the page fills by script: the page's title
    inside = set(map(id, heading.descendants))
    # (each piece of text its own line: the fields are set in elements side by side)
    parts = [str(el).strip() for el in _until(heading.next_elements, container)
             if isinstance(el, NavigableString) and id(el) not in inside and str(el).strip()]
    head = "\n".join(parts)
    return heading.get_text(" ", strip=True) + ("\n" + head if len(head) <= 600 else "")


def _until(elements, stop):
    for el in elements:
        if el is stop:
            return
        yield el


