"""The text of a Word document (.docx): word/document.xml's paragraphs a line each, with the numbers Word
prints before list items ("一、", "（二）"); a table's row on one line with its cells parted by a space —
except a row of one cell, a page laid out in a table (as a saved web page is), whose paragraphs stay lines
of their own; a column's unit and a row's serial number written into the row (table_rows).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.docx_numbering import Numbering
from zhengce.reading.table_rows import MERGED, row_lines

_MAX_PART = 50 * 1024 * 1024  # the document part of a policy is a few MB at most
_MAX_CHUNKS = 50  # parts of other formats a document holds whole (altChunk)
_WRAPPERS = ("sdt", "sdtContent", "customXml", "smartTag")  # content controls and tags around blocks


def docx_text(data: bytes, name: str, chunk_text: Callable[[bytes, str], str] | None = None) -> str:
    """chunk_text(bytes, name): the text of a part of another format the document holds (an altChunk — a web page,
    an .mht, an RTF, another .docx — as some office systems build a .docx from a page; a sheet or document embedded as
    an object, an Excel table in the text)."""
    body, numbering = _parts(data, name)
    if chunk_text is not None:
        _parts_as_paragraphs(body, data, chunk_text)
    return "\n".join(line for line in _block_lines(body, numbering) if line.strip())


# an embedded object whose part a reader reads: Excel's and WPS's sheets, Word's and WPS's documents
READ_OBJECTS = re.compile(r"^(?:Excel|Ket|Word|KWPS|WPS)\.")


def _parts_as_paragraphs(body, data: bytes, chunk_text: Callable[[bytes, str], str]) -> None:
    # each <w:altChunk r:id="…"/> replaced by paragraphs of its part's text, and each embedded sheet or document
    # (<o:OLEObject ProgID="Excel.Sheet.12" r:id="…"/>) followed by them, read by the reader of its format; a part
    # missing, too large or unreadable is left out (the rest of the document still reads)
    found = [(el, el) for el in body.iter() if _tag(el) == "altChunk"]
    for el in body.iter():
        if _tag(el) == "OLEObject" and READ_OBJECTS.match(el.get("ProgID", "")):
            anchor = next((a for a in el.iterancestors() if _tag(a) == "p"), None)
            if anchor is not None:
                found.append((el, anchor))
    if not found:
        return
    from lxml import etree

    w = body.tag.rsplit("}", 1)[0] + "}" if body.tag.startswith("{") else ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {n.lower(): n for n in archive.namelist()}
            rels = names.get("word/_rels/document.xml.rels")
            targets = {r.get("Id"): r.get("Target", "") for r in etree.fromstring(archive.read(rels)).iter()
                       if r.get("Id")} if rels else {}
            budget = _MAX_PART  # (all parts together: a package of many large parts is read this far)
            placed: dict[int, int] = {}  # (lines already put after a paragraph: two objects in it keep their order)
            for el, anchor in found[:_MAX_CHUNKS]:
                rid = next((v for k, v in el.attrib.items() if k.rsplit("}", 1)[-1] == "id"), None)
                member = names.get(("word/" + targets.get(rid, "")).replace("word//", "").lower().lstrip("/"))
                text = ""
                if member and archive.getinfo(member).file_size <= budget:
                    budget -= archive.getinfo(member).file_size
                    try:
                        text = chunk_text(archive.read(member), member.rsplit("/", 1)[-1])
                    except InputError:
                        text = ""
                parent = anchor.getparent()
                at = parent.index(anchor) + (anchor is not el) + placed.get(id(anchor), 0)  # (an object's after its paragraph)
                if anchor is el:
                    parent.remove(el)
                lines = [ln for ln in text.split("\n") if ln.strip()]
                placed[id(anchor)] = placed.get(id(anchor), 0) + len(lines)
                for k, line in enumerate(lines):
                    p = etree.Element(w + "p")
                    etree.SubElement(etree.SubElement(p, w + "r"), w + "t").text = line
                    parent.insert(at + k, p)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return


def _parts(data: bytes, name: str):
    # The body of word/document.xml, read straight from the zip: a package whose other parts are broken (a
    # relationship to a part it lacks, as some converters write for a "#" link) still has its text. The
    # numbering and styles parts say how Word numbers its lists; a broken one loses the numbers only.
    from lxml import etree  # (python-docx's own XML library)

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {n.lower(): n for n in archive.namelist()}
            if "word/document.xml" not in names:
                raise InputError(f"{name}：不是 Word 文档（压缩包中没有 word/document.xml）")
            if archive.getinfo(names["word/document.xml"]).file_size > _MAX_PART:
                raise InputError(f"{name}：Word 文档的正文部分过大，不是政策文件")
            root = etree.fromstring(archive.read(names["word/document.xml"]), parser=parser)
            lists = [_optional_part(archive, names.get(f"word/{part}.xml"), parser) for part in ("numbering", "styles")]
    except InputError:
        raise
    except Exception as exc:  # corrupt zip or XML
        raise InputError(f"{name}：无法读取 Word 文档，文件可能已损坏（{type(exc).__name__}）") from None
    body = next((el for el in root if _tag(el) == "body"), None)
    if body is None:
        raise InputError(f"{name}：Word 文档中没有正文（document.xml 缺少 body）")
    return body, Numbering(*lists)


def _optional_part(archive, member: str | None, parser):
    if member is None or archive.getinfo(member).file_size > _MAX_PART:
        return None
    from lxml import etree

    try:
        return etree.fromstring(archive.read(member), parser=parser)
    except Exception:  # (a damaged numbering or styles part: the text without Word's list numbers)
        return None


def _tag(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""  # ("" for comments)


def _children(element, *names: str) -> list:
    # direct children of those names, looking through the wrappers they may sit in
    out = []
    for el in element:
        tag = _tag(el)
        if tag in names:
            out.append(el)
        elif tag in _WRAPPERS:
            out += _children(el, *names)
    return out


def _block_lines(element, numbering: Numbering) -> list[str]:
    lines: list[str] = []
    for block in _children(element, "p", "tbl"):
        if _tag(block) == "p":
            lines += (numbering.label(block) + _runs(block, numbering)).split("\n")
        else:
            lines += _table_lines(block, numbering, next((ln for ln in reversed(lines) if ln.strip()), ""))
    return lines


def _table_lines(table, numbering: Numbering, note: str) -> list[str]:
    # (a table nested in a cell is read once, inside its cell; note, the line over it: "单位：万元")
    return row_lines((_row_cells(row, numbering) for row in _children(table, "tr")), note)


def _row_cells(row, numbering: Numbering) -> list[list[str]]:
    # each cell in the table's grid columns: a cell spanning columns (<w:gridSpan w:val="2"/>) takes its first, the
    # others empty, and grid columns the row skips before its first cell (<w:gridBefore/>) are empty — so a value
    # stays under its column's heading (its unit, its name)
    cells: list[list[str]] = [[] for _ in range(_grid(row, "trPr", "gridBefore", 0))]
    for cell in _children(row, "tc"):
        cells.append([MERGED] if _merged_above(cell) else [ln for ln in _block_lines(cell, numbering) if ln.strip()])
        cells += [[] for _ in range(_grid(cell, "tcPr", "gridSpan", 1) - 1)]
    return cells


def _grid(element, props_tag: str, name: str, default: int) -> int:
    # a row's or cell's count of grid columns (default if not said; at most 64, a table's widest)
    props = next(iter(_children(element, props_tag)), None)
    el = next(iter(_children(props, name)), None) if props is not None else None
    value = next((v for k, v in el.attrib.items() if k.rsplit("}", 1)[-1] == "val"), None) if el is not None else None
    try:
        return max(0, min(int(value), 64)) if value is not None else default
    except ValueError:
        return default


def _merged_above(cell) -> bool:
    # "<w:vMerge/>" without val="restart": the cell goes on from the one above it
    props = next(iter(_children(cell, "tcPr")), None)
    merge = next(iter(_children(props, "vMerge")), None) if props is not None else None
    return merge is not None and all(v != "restart" for k, v in merge.attrib.items() if k.rsplit("}", 1)[-1] == "val")


def _runs(element, numbering: Numbering) -> str:
    # a paragraph's text; a line break inside it (Shift+Enter, "<w:br/>") is one in the text too, a tab a tab;
    # a text box written twice (mc:Choice and its mc:Fallback copy) is read once
    out = []
    for node in element:
        tag = _tag(node)
        if tag == "t":
            out.append(node.text or "")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "tab" and _tag(element) == "r":
            out.append("\t")
        elif tag == "txbxContent":  # a text box's own paragraphs, one after another in the line
            out.append("".join(_block_lines(node, numbering)))
        elif tag and tag not in ("Fallback", "delText", "instrText"):
            out.append(_runs(node, numbering))
    return "".join(out)
