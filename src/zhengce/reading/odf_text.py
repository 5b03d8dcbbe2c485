"""The text of an OpenDocument file — a text document (.odt, or flat .fodt), a spreadsheet (.ods, .fods) or a
presentation (.odp, .fodp), as LibreOffice and WPS save them: content.xml's paragraphs and headings a line each, with the numbers their list
styles print ("一、", "（二）", "1."; ODF keeps them in the styles, not the text); a table's row on one line, read
as a Word table's or a sheet's is (table_rows) — a cell spanning rows marking the rows under it as merged into it.
A reviewer's tracked deletions (kept apart in text:tracked-changes), notes and annotations are not the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.list_numbers import format_number
from zhengce.reading.table_rows import MERGED, placed_row, row_lines, span

_MAX_PART = 50 * 1024 * 1024  # content.xml of a policy is a few MB at most
_MAX_REPEAT = 1000  # a row or cell "repeated" a million times (a sheet's empty tail) is read this often at most
_MAX_COLUMNS = 1024
_MAX_CELLS = 2_000_000
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}
# a list level's num-format, as ODF and LibreOffice write it, by the name list_numbers knows it by
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
            "一, 二, 三, ...": "chineseCounting", "壹, 贰, 叁, ...": "chineseLegalSimplified",
            "甲, 乙, 丙, ...": "ideographTraditional", "子, 丑, 寅, ...": "ideographZodiac",
            "①, ②, ③, ...": "decimalEnclosedCircle", "１, ２, ３, ...": "decimalFullWidth",
            "〇, 一, 二, 三, ...": "ideographDigital"}
_SKIPPED = {"tracked-changes", "note", "annotation", "sequence-decls", "variable-decls", "user-field-decls",
            "table-columns", "table-column", "number"}  # (text:number: a cache of a label the styles give again)
MIMETYPES = {"application/vnd.oasis.opendocument.text": "odt", "application/vnd.oasis.opendocument.spreadsheet": "ods",
             "application/vnd.oasis.opendocument.presentation": "odp"}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _tag(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def odf_kind(mimetype: str) -> str | None:
    """"odt" or "ods" for an OpenDocument text or sheet by its mimetype (a package's "mimetype" part, a flat file's
    office:mimetype); "odf" for another OpenDocument kind (a presentation, a drawing); None for no OpenDocument."""
    mimetype = mimetype.strip()
    return MIMETYPES.get(mimetype, "odf" if "opendocument" in mimetype else None)


def flat_odf_kind(head: bytes) -> str | None:
    """The kind of a flat OpenDocument file (.fodt, .fods: one XML document) from its first bytes."""
    start = head.find(b'office:mimetype="')
    if b"<office:document" not in head or start < 0:
        return None
    return odf_kind(head[start + 17:head.find(b'"', start + 17)].decode("ascii", "replace"))


def _root(data: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if archive.getinfo("content.xml").file_size > _MAX_PART:
                    raise InputError(f"{name}：OpenDocument 文件的正文部分过大，不是政策文件")
                content = etree.fromstring(archive.read("content.xml"), parser=parser)
                styles = None
                if "styles.xml" in archive.namelist() and archive.getinfo("styles.xml").file_size <= _MAX_PART:
                    styles = etree.fromstring(archive.read("styles.xml"), parser=parser)
                return content, styles
        if len(data) > _MAX_PART:
            raise InputError(f"{name}：OpenDocument 文件过大，不是政策文件")
        return etree.fromstring(data, parser=parser), None
    except InputError:
        raise
    except Exception as exc:  # a corrupt zip or XML
        raise InputError(f"{name}：无法读取 OpenDocument 文档，文件可能已损坏（{type(exc).__name__}）") from None


def _body(content, name: str, kind: str):
    body = content.find(_q("office", "body"))
    part = body.find(_q("office", {"odt": "text", "ods": "spreadsheet"}.get(kind, "presentation"))) \
        if body is not None else None
    if part is None:
        raise InputError(f"{name}：OpenDocument 文档中没有正文（content.xml 缺少 office:body）")
    return part


# ---- text documents -------------------------------------------------------------------------------------------

class _Lists:
    """The labels list styles print: each style's levels (format, prefix, suffix, start, levels shown), counted as
    the document goes."""

    def __init__(self, *roots):
        self.styles: dict[str, dict[int, tuple[str, str, str, int, int]]] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(_q("text", "list-style"), _q("text", "outline-style")):
                levels = self.styles.setdefault(style.get(_q("style", "name")) or "", {})
                for lvl in style.iter(_q("text", "list-level-style-number"), _q("text", "outline-level-style")):
                    fmt = lvl.get(_q("style", "num-format")) or ""
                    levels[_int(lvl.get(_q("text", "level")), 1)] = (
                        _FORMATS.get(fmt, "decimal" if fmt else ""), lvl.get(_q("style", "num-prefix")) or "",
                        lvl.get(_q("style", "num-suffix")) or "", _int(lvl.get(_q("text", "start-value")), 1),
                        _int(lvl.get(_q("text", "display-levels")), 1))
        self.counts: dict[str, list[int]] = {}
        self.object_lines = lambda obj: []  # (an embedded object's lines: set by odt_text for a document that has some)

    def label(self, style: str, level: int, start: int | None = None) -> str:
        levels = self.styles.get(style, {})
        counts = self.counts.setdefault(style, [0] * 11)
        level = max(1, min(level, 10))
        fmt, prefix, suffix, first, shown = levels.get(level, ("", "", "", 1, 1))
        counts[level] = start if start is not None else (counts[level] + 1 if counts[level] else first)
        for deeper in range(level + 1, 11):
            counts[deeper] = 0
        if not fmt:
            return ""

        def number(k: int) -> str:  # (a level above, shown with this one — "1.2" — in its own format)
            above = levels.get(k, (fmt, "", "", 1, 1))
            return format_number(counts[k] or above[3], above[0] or fmt)

        return prefix + ".".join(number(k) for k in range(max(1, level - shown + 1), level + 1)) + suffix

    def restart(self, style: str) -> None:
        self.counts.pop(style, None)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def odt_text(data: bytes, name: str, read_part=None) -> str:
    """read_part(bytes, name): the text of an object embedded whole in another format (an Excel sheet kept as
    LibreOffice keeps it, "Obj100"), the readers' own; None for a document embedded in another, whose own objects
    are not read (one level deep)."""
    content, styles = _root(data, name)
    lists = _Lists(content, styles)
    if read_part is not None:
        lists.object_lines = _Embedded(data, read_part)
    outline = next((style.get(_q("style", "name")) or "" for root in (content, styles) if root is not None
                    for style in root.iter(_q("text", "outline-style"))), "")
    try:
        lines = _blocks(_body(content, name, "odt"), lists, outline)
    except InputError as exc:
        raise InputError(str(exc) if str(exc).startswith(name) else f"{name}：{exc}") from None
    return "\n".join(line for line in lines if line.strip())


class _Embedded:
    """The lines of objects embedded in a document (an "Object 1" folder of the package holding a sheet or a text of
    its own; in a flat file, the object's own office:document; an object kept whole in another format, draw:object-ole,
    read by read_part): a sheet as the sheet readers write it, a text as a text is read; a chart, a formula or a
    drawing has no lines. 50 objects and 50 MB at most."""

    def __init__(self, data: bytes, read_part):
        self.data, self.read_part, self.count, self.size = data, read_part, 0, 0
        self.archive: zipfile.ZipFile | None = None  # (the package, opened at its first object, once)

    def __call__(self, obj) -> list[str]:
        from lxml import etree

        self.count += 1
        if self.count > 50:
            return []
        inline = next(iter(obj), None)
        try:
            if inline is not None and _tag(inline) == "document":
                body = etree.tostring(inline)
            elif self.data[:2] == b"PK":
                href = (obj.get("{http://www.w3.org/1999/xlink}href") or "").removeprefix("./").strip("/")
                self.archive = self.archive or zipfile.ZipFile(io.BytesIO(self.data))
                info = self.archive.getinfo(href if _tag(obj) == "object-ole" else f"{href}/content.xml")
                self.size += info.file_size
                if self.size > _MAX_PART:
                    return []
                body = self.archive.read(info)
            else:
                return []
            if _tag(obj) == "object-ole":
                return self.read_part(body, "嵌入对象").split("\n")
            kind = _body_kind(body)
            if kind == "spreadsheet":
                from zhengce.reading.sheet_text import ods_text

                return ods_text(body, "嵌入表格").split("\n")
            return odt_text(body, "嵌入文档").split("\n") if kind == "text" else []  # (its own objects not read)
        except Exception:  # (an object that cannot be read: its picture only, as before)
            return []


def _body_kind(body: bytes) -> str | None:
    # what an embedded document holds: office:spreadsheet, office:text, office:chart…, from its first bytes
    m = re.search(rb"<office:(spreadsheet|text|chart|drawing|presentation|formula)[\s>/]", body[:200_000])
    return m.group(1).decode() if m else None


# ---- presentations --------------------------------------------------------------------------------------------

_FURNITURE = {"page-number", "footer", "date-time", "header", "notes"}  # (a slide's furniture, and its notes)
_UNITS = {"cm": 10.0, "mm": 1.0, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "px": 25.4 / 96}


def odp_text(data: bytes, name: str, read_part=None) -> str:
    """A presentation (.odp): slide by slide, each slide's shapes from top to bottom and left to right (a title
    first), a shape's paragraphs and lists as a text document's, its table's rows a line each; speaker notes and the
    slides' numbers, dates and footers left out — as slides_text reads a .pptx; a sheet embedded in a frame its rows."""
    content, styles = _root(data, name)
    lists = _Lists(content, styles)
    if read_part is not None:
        lists.object_lines = _Embedded(data, read_part)
    lines: list[str] = []
    for page in _body(content, name, "odp"):
        if _tag(page) == "page":
            lines += _shapes(page, lists)
    return "\n".join(line for line in lines if line.strip())


def _shapes(group, lists: _Lists) -> list[str]:
    placed = []
    for k, shape in enumerate(group):
        tag = _tag(shape)
        if not tag or tag in ("notes", "forms", "animations") \
                or shape.get(_q("presentation", "class")) in _FURNITURE:
            continue
        at = (_length(shape.get(_q("svg", "y"))), _length(shape.get(_q("svg", "x"))), k)
        placed.append((at, _shapes(shape, lists) if tag == "g" else _blocks(shape, lists, "") + [
            line for obj in shape if _tag(obj) in ("object", "object-ole") for line in lists.object_lines(obj)]))
    return [line for _, shape_lines in sorted(placed, key=lambda s: s[0]) for line in shape_lines]


def _length(value) -> float:
    # "2.5cm", "10mm", "1in": in millimetres (a shape without a place goes last)
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*([a-z]*)\s*", value or "")
    return float(m.group(1)) * _UNITS.get(m.group(2), 1.0) if m else 1e9


def _blocks(element, lists: _Lists, outline: str, style: str = "", level: int = 0) -> list[str]:
    lines: list[str] = []
    for block in element:
        tag = _tag(block)
        if tag in ("p", "h"):
            label = ""
            if tag == "h" and outline and not style:
                label = lists.label(outline, _int(block.get(_q("text", "outline-level")), 1))
            lines += (label + _runs(block, lists, outline)).split("\n")
            for obj in block.iter(_q("draw", "object"), _q("draw", "object-ole")):  # (a sheet in it: rows after it)
                lines += lists.object_lines(obj)
        elif tag == "list":
            own = block.get(_q("text", "style-name")) or style
            if level == 0 and block.get(_q("text", "continue-numbering")) != "true" \
                    and block.get(_q("text", "continue-list")) is None:
                lists.restart(own)
            for item in block:
                if _tag(item) not in ("list-item", "list-header"):
                    continue
                start = item.get(_q("text", "start-value"))
                first = True
                for part in item:
                    if _tag(part) in ("p", "h") and first and _tag(item) == "list-item":
                        lines.append(lists.label(own, level + 1, _int(start, 1) if start else None)
                                     + _runs(part, lists, outline))
                        first = False
                    else:  # (a list inside the item, one level deeper; a table, a further paragraph)
                        lines += _blocks([part], lists, outline, own, level + (_tag(part) == "list"))
        elif tag == "table":
            lines += row_lines(_table_rows(block, lambda cell: [ln for ln in _blocks(cell, lists, outline) if ln.strip()]),
                               next((ln for ln in reversed(lines) if ln.strip()), ""))
        elif tag in ("section", "index-body", "table-of-content", "illustration-index", "alphabetical-index",
                     "change-start", "soft-page-break") or tag.endswith("-index"):
            lines += _blocks(block, lists, outline, style, level)
        elif tag in ("frame", "text-box"):
            lines += _blocks(block, lists, outline, style, level)
    return lines


def _runs(element, lists: _Lists, outline: str) -> str:
    # a paragraph's text: spans, links and fields by their text, "<text:s c="3"/>" spaces, a tab, a line break; a
    # text box anchored in it read where it stands
    out = [element.text or ""] if _tag(element) not in _SKIPPED else []
    for node in element:
        tag = _tag(node)
        if tag == "s":
            out.append(" " * max(1, min(_int(node.get(_q("text", "c")), 1), 100)))
        elif tag == "tab":
            out.append("\t")
        elif tag == "line-break":
            out.append("\n")
        elif tag in ("frame", "text-box"):
            out.append("".join(_blocks(node, lists, outline)))
        elif tag and tag not in _SKIPPED:
            out.append(_runs(node, lists, outline))
        out.append(node.tail or "")
    return "".join(out)


def _table_rows(table, cell_lines) -> Iterator[list[list[str]]]:
    """A table's rows, each its cells' lines, in the table's columns: ODF writes a covered cell for each column a span
    covers, which the spans themselves say — so, left out, the cells are placed as a web page's are
    (table_rows.placed_row: a cell spanning columns takes its first, a column a cell above still covers holds MERGED)."""
    down: dict[int, int] = {}
    cells = 0
    for row in _rows(table):
        repeat = min(_int(row.get(_q("table", "number-rows-repeated")), 1), _MAX_REPEAT)
        spans: list[tuple[list[str], int, int]] = []
        for cell in row:
            if _tag(cell) != "table-cell":
                continue
            times = min(_int(cell.get(_q("table", "number-columns-repeated")), 1), _MAX_COLUMNS - len(spans))
            lines = cell_lines(cell) if times > 0 else []
            spans += [(lines, span(cell.get(_q("table", "number-columns-spanned")), _MAX_COLUMNS),
                       span(cell.get(_q("table", "number-rows-spanned")), _MAX_REPEAT))] * max(times, 0)
        out = placed_row(spans, down)
        while out and not out[-1]:
            out.pop()  # (a sheet's empty columns to its edge)
        cells += len(out) * (repeat if any(out) else 1)
        if cells > _MAX_CELLS:
            raise InputError(f"表格的单元格超过上限（{_MAX_CELLS} 个），不是政策文件")
        for _ in range(repeat if any(out) else 1):
            yield out


def _rows(table) -> Iterator:
    for el in table:
        tag = _tag(el)
        if tag == "table-row":
            yield el
        elif tag in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _rows(el)


# ---- spreadsheets ---------------------------------------------------------------------------------------------

def ods_rows(data: bytes, name: str) -> list[Iterator[list[str]]]:
    """Each visible sheet's rows, each a list of cells' shown text (MERGED under a cell spanning rows), for
    sheet_text to write as a policy list's lines."""
    content, _ = _root(data, name)
    hidden = {style.get(_q("style", "name")) for style in content.iter(_q("style", "style"))
              if any(props.get(_q("table", "display")) == "false" for props in style.iter(_q("style", "table-properties")))}
    sheets = []
    for table in _body(content, name, "ods"):
        if _tag(table) == "table" and table.get(_q("table", "style-name")) not in hidden:
            sheets.append(["\n".join(c) if c != [MERGED] else MERGED for c in row]
                          for row in _table_rows(table, _shown))
    return sheets


def _shown(cell) -> list[str]:
    # a cell as the sheet shows it: its paragraphs' text (the number already formatted: "15%", "12.5"); a date,
    # in Chinese, as the other sheets' readers write it
    if cell.get(_q("office", "value-type")) == "date" and (value := cell.get(_q("office", "date-value"))):
        y, m, d = (value[:10].split("-") + ["", "", ""])[:3]
        if y.isdigit() and m.isdigit() and d.isdigit():
            return [f"{int(y)}年{int(m)}月{int(d)}日"]
    return [line for p in cell if _tag(p) == "p" for line in _runs(p, _Lists(), "").split("\n") if line.strip()]
