"""The text of an OFD file (版式文档, GB/T 33190), the fixed-layout format Chinese government sites
publish beside or instead of PDF: a zip whose OFD.xml names each document's Document.xml, which lists
its pages and template pages; a page's Content.xml places text objects (TextObject) and composite objects
(CompositeObject, a drawing kept once in the resources and placed by reference). Each character's place
on the page is worked out as a viewer draws it — the text code's X/Y and per-character advances (DeltaX,
DeltaY, "g n v" for n repeats), the object's matrix (CTM), its Boundary, the composite object's matrix
around it — because converters differ: some write sizes in millimetres, others (数科 and converters from
PDF) a size of 1 or 200 scaled by the matrix. A page's template (the 红头 a page is printed on, an invoice's
labels) is drawn with it; the lines are made from the placed characters as a viewer shows them
(`placed_text`, as for a PDF), a table's cells from the rules its paths draw (`ruled_tables`).
"""

from __future__ import annotations

import io
import math
import posixpath
import zipfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from defusedxml.ElementTree import fromstring as _safe_xml  # (an uploaded file: no entities, no external loads)

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.aligned_tables import aligned_tables
from zhengce.reading.placed_text import IDENTITY, WIDE_FROM, Glyph, Matrix, page_items, then, width
from zhengce.reading.ruled_tables import Rule, add_rule, find_tables, pages_lines

_MAX_PART = 20 * 1024 * 1024  # one XML part of a policy document is kilobytes; more is no document
_MAX_PAGES = 2000
_MAX_CHARS = 5_000_000  # characters placed in all (a composite drawn within itself must not run away)
_MAX_DEPTH = 8  # composite objects inside composite objects
_MAX_OBJECTS = 2_000_000  # objects drawn in all
_MAX_SEGMENTS = 64  # a path with more is a shape or a letter drawn as outlines, not a table's rule
_THIN = 1.0  # mm: a filled shape no thicker than this is a rule drawn as a rectangle

_WORDS = re.compile(r"\s+|\S+")


def is_ofd(data: bytes, suffix: str) -> bool:
    return suffix == ".ofd" or b"OFD.xml" in data[:4096]


def ofd_text(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = {n.lower(): n for n in archive.namelist()}  # (paths inside an OFD are matched without case)
        budget, columns = [_MAX_OBJECTS], {}  # (the last page's gutter, for a page whose columns show none)
        pages = [_page_items(page, budget, columns) for page in _pages(archive, names)]
    except InputError as exc:
        raise InputError(f"{name}：{exc}") from None
    except Exception as exc:  # a damaged zip or XML
        raise InputError(f"{name}：无法读取 OFD 版式文件，文件可能已损坏（{type(exc).__name__}）") from None
    text = "\n".join(pages_lines(pages))
    if not text.strip():
        raise InputError(f"{name}：OFD 文件中没有文字（可能是扫描图片）：请先做文字识别（OCR）")
    return text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(elem: ET.Element, tag: str) -> list[ET.Element]:
    return [e for e in elem if _local(e.tag) == tag]


def _part(archive: zipfile.ZipFile, names: dict[str, str], path: str) -> ET.Element:
    path = path.strip().lstrip("/")
    real = names.get(path.lower())
    if real is None:
        raise InputError(f"OFD 文件缺少其中的部分：{path}")
    if archive.getinfo(real).file_size > _MAX_PART:
        raise InputError(f"OFD 文件中的 {path} 过大，不像政策文件")
    return _safe_xml(archive.read(real))


def _resolve(folder: str, loc: str) -> str:
    loc = loc.strip()
    return loc.lstrip("/") if loc.startswith("/") else posixpath.normpath(posixpath.join(folder, loc))


class _Page:
    """One page to read: its content, the template pages under (and over) it, the composite drawings it may use."""

    def __init__(self, content: ET.Element, templates: list[ET.Element], units: dict[str, ET.Element]):
        self.content, self.templates, self.units = content, templates, units


def _pages(archive: zipfile.ZipFile, names: dict[str, str]) -> Iterator[_Page]:
    """The pages in order, each parsed when its turn comes (a template page once, however many pages use it)."""
    count = 0
    root = _part(archive, names, "OFD.xml")
    for doc_root in (e.text for e in root.iter() if _local(e.tag) == "DocRoot" and e.text):
        doc_path = doc_root.strip().lstrip("/")
        folder = posixpath.dirname(doc_path)
        doc = _part(archive, names, doc_path)
        units: dict[str, ET.Element] = {}
        templates: dict[str, str] = {}
        drawn: dict[str, ET.Element] = {}
        for common in (e for e in doc.iter() if _local(e.tag) == "CommonData"):
            for e in common:
                if _local(e.tag) in ("PublicRes", "DocumentRes") and e.text:
                    _add_units(archive, names, _resolve(folder, e.text), units)
                elif _local(e.tag) == "TemplatePage" and e.get("BaseLoc") and e.get("ID"):
                    templates[e.get("ID")] = _resolve(folder, e.get("BaseLoc"))
        for entry in (e for e in doc.iter() if _local(e.tag) == "Page" and e.get("BaseLoc")):
            path = _resolve(folder, entry.get("BaseLoc"))
            page = _part(archive, names, path)
            page_units = units
            for res in (e for e in page if _local(e.tag) == "PageRes" and e.text):
                page_units = dict(units)
                _add_units(archive, names, _resolve(posixpath.dirname(path), res.text), page_units)
            under, over = [], []
            for use in (e for e in page if _local(e.tag) == "Template" and e.get("TemplateID") in templates):
                tid = use.get("TemplateID")
                if tid not in drawn:
                    drawn[tid] = _part(archive, names, templates[tid])
                (over if use.get("ZOrder") == "Foreground" else under).append(drawn[tid])
            count += 1
            if count > _MAX_PAGES:
                raise InputError(f"OFD 文件超过 {_MAX_PAGES} 页，不像政策文件")
            yield _Page(page, under + over, page_units)


def _add_units(archive: zipfile.ZipFile, names: dict[str, str], path: str, units: dict[str, ET.Element]) -> None:
    if path.lower() not in names:
        return  # (a resource file named but left out: its drawings are lost, the text objects on the page are not)
    for unit in (e for e in _part(archive, names, path).iter() if _local(e.tag) == "CompositeGraphicUnit"):
        content = next(iter(_children(unit, "Content")), None)
        if unit.get("ID") and content is not None:
            units[unit.get("ID")] = content


def _numbers(value: str | None, most: int = 64) -> list[float]:
    """An OFD array of numbers, "g n v" standing for v written n times (as DeltaX abbreviates equal advances);
    no more than `most` of them (a text code needs one advance a character)."""
    if not value:
        return []
    words = value.replace(",", " ").split()
    if "g" not in words:
        return [float(w) for w in words[:most]]
    out: list[float] = []
    i = 0
    while i < len(words) and len(out) < most:
        if words[i] == "g" and i + 2 < len(words):
            out.extend([float(words[i + 2])] * max(0, min(int(float(words[i + 1])), most - len(out))))
            i += 3
        else:
            out.append(float(words[i]))
            i += 1
    return out


def _matrix(value: str | None) -> Matrix:
    m = _numbers(value)
    return tuple(m[:6]) if len(m) >= 6 and all(map(math.isfinite, m[:6])) else IDENTITY  # type: ignore[return-value]


def _placed(obj: ET.Element, parent: Matrix) -> Matrix:
    """An object's own space on the page: its matrix, moved to its Boundary's corner, inside its parent's."""
    box = _numbers(obj.get("Boundary") or "0 0")[:2] + [0.0, 0.0]
    return then(then(_matrix(obj.get("CTM")), (1.0, 0.0, 0.0, 1.0, box[0], box[1])), parent)


def _walk(elem: ET.Element, at: Matrix, units: dict[str, ET.Element], out: list[Glyph], budget: list[int],
          rules: tuple[list[Rule], list[Rule]], depth: int = 0) -> None:
    for child in elem:
        budget[0] -= 1  # (objects drawn in all, composites counted each time they are placed: no run-away)
        if budget[0] < 0:
            raise InputError(f"OFD 文件中的图形对象超过 {_MAX_OBJECTS} 个，不像政策文件")
        tag = _local(child.tag)
        if tag == "TextObject":
            _text_object(child, at, out)
        elif tag == "PathObject":
            _path_object(child, at, rules)
        elif tag == "CompositeObject":
            unit = units.get(child.get("ResourceID") or "")
            if unit is not None and depth < _MAX_DEPTH:
                _walk(unit, _placed(child, at), units, out, budget, rules, depth + 1)
        elif tag in ("Content", "Layer", "PageBlock"):
            _walk(child, at, units, out, budget, rules, depth)


def _text_object(obj: ET.Element, parent: Matrix, out: list[Glyph]) -> None:
    at = _placed(obj, parent)
    a, b, c, d = at[:4]
    size = (abs((_numbers(obj.get("Size")) or [3.5])[0]) or 3.5)
    hscale = abs((_numbers(obj.get("HScale")) or [1.0])[0]) or 1.0
    on_page = size * (math.sqrt(abs(a * d - b * c)) or 1.0)  # the characters' size as drawn
    x = y = 0.0
    for code in _children(obj, "TextCode"):
        chars = code.text or ""
        # (X or Y left out: the text goes on where the last code ended)
        x = (_numbers(code.get("X")) or [x])[0]
        y = (_numbers(code.get("Y")) or [y])[0]
        if len(out) + len(chars) > _MAX_CHARS:
            raise InputError(f"OFD 文件中的文字超过 {_MAX_CHARS} 个，不像政策文件")
        dx, dy = _numbers(code.get("DeltaX"), len(chars)), _numbers(code.get("DeltaY"), len(chars))
        em, e, f, n_dx, n_dy, last = size * hscale, at[4], at[5], len(dx), len(dy), len(chars) - 1
        if not dx and not dy and b == 0 and c == 0:
            # (upright text at its own widths — most codes: its words placed whole, as the characters' places are
            # only the widths guessed here; a page's characters one at a time cost three times as much)
            for word in _WORDS.finditer(chars):
                start = x + em * width(chars[:word.start()])
                px, py = a * start + e, d * y + f
                if abs(px) + abs(py) < 1e12:
                    text = " " if word.group().isspace() else word.group()
                    out.append((py, px, text, on_page, a * (start + em * max(width(text), 1.0)) + e))
            x += em * width(chars)
            continue
        for i, ch in enumerate(chars):
            # (the advance to the next character as written, or the character's own width when none is)
            step_x = dx[i] if i < n_dx else 0.0 if i < n_dy else em if ord(ch) >= WIDE_FROM else 0.5 * em
            px, py = a * x + c * y + e, b * x + d * y + f
            if abs(px) + abs(py) < 1e12:  # (not NaN, not infinite)
                # its right edge: where the next character of the code starts, but no further than a full character
                # (the font's widths are not read: an advance beyond that is a gap the writer left, a form's "名  称")
                ahead = step_x if 0 < step_x < em and i < last else em
                out.append((py, px, ch, on_page, a * (x + ahead) + c * y + e))
            x += step_x
            if i < n_dy:
                y += dy[i]


def _path_object(obj: ET.Element, parent: Matrix, rules: tuple[list[Rule], list[Rule]]) -> None:
    """The straight lines a path draws (AbbreviatedData: "M x y L x y … C"), as rules a table may be made of
    (`ruled_tables`); curves only move the pen."""
    data = next(iter(_children(obj, "AbbreviatedData")), None)
    words = (data.text or "").split() if data is not None else []
    if not words or len(words) > 4 * _MAX_SEGMENTS:
        return  # (a shape or a letter drawn as outlines, not a rule)
    try:  # (a path's numbers written wrong lose its rules, not the page: its text is read without them)
        box = _numbers(obj.get("Boundary"))
        a, b, c, d, e, f = _placed(obj, parent)
    except ValueError:
        return
    if obj.get("Stroke", "true").strip() == "false" and not (len(box) == 4 and min(box[2], box[3]) <= _THIN):
        return  # (a shape filled, not stroked, is a rule only if thin — a cell's shading is none)
    args = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
    start = last = None
    i = 0
    while i < len(words):
        op = words[i]
        n = args.get(op)
        if n is None or (n and i + n >= len(words)):
            return  # (a path this reader does not know how to follow: no rules from it)
        try:
            nums = [float(w) for w in words[i + 1:i + 1 + n]]
        except ValueError:
            return
        i += 1 + n
        if op == "C":
            point = start
        else:
            x, y = nums[-2], nums[-1]
            point = (a * x + c * y + e, b * x + d * y + f)
        if op == "L" or (op == "C" and point is not None):
            if last is not None and point is not None:
                add_rule(last, point, *rules)
        if op in ("S", "M"):
            start = point
        last = point


def _page_items(page: _Page, budget: list[int], columns: dict) -> list:
    glyphs: list[Glyph] = []
    rules: tuple[list[Rule], list[Rule]] = ([], [])
    for layer in page.templates + [page.content]:
        for content in (e for e in layer if _local(e.tag) == "Content"):
            _walk(content, IDENTITY, page.units, glyphs, budget, rules)
    tables, glyphs = find_tables(glyphs, *rules)
    return page_items(glyphs, columns, tables, aligned_tables)
