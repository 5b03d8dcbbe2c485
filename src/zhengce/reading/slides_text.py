"""The text of a PowerPoint presentation (.pptx, and WPS's .dps saved in that format): a 政策解读 deck read as it is
shown — slide by slide in the deck's order, each slide's shapes from top to bottom and left to right (where a shape
gives no place of its own, the place its layout's placeholder has), each paragraph a line with the number PowerPoint
draws before it ("1.", "一、", "(1)": a:buAutoNum, counted down the shape), a table's row a line (table_rows, a
merged cell as in a Word table), a SmartArt diagram's nodes, a sheet embedded in a slide its rows. Speaker notes, slide
numbers, dates and footers are the deck's furniture, not its text; a hidden slide is read (its text is the file's)."""

from __future__ import annotations

import io
import posixpath
import zipfile

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.docx_text import READ_OBJECTS
from zhengce.reading.list_numbers import format_number
from zhengce.reading.table_rows import MERGED, row_lines

_MAX_PART = 20 * 1024 * 1024  # a slide's XML is tens of KB
_MAX_TOTAL = 200 * 1024 * 1024  # all the slides', inflated
_MAX_SLIDES = 2000
_FURNITURE = {"sldNum", "dt", "ftr", "hdr"}
_TITLES = {"title", "ctrTitle"}
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_LAYOUT = "/slideLayout"
_MASTER = "/slideMaster"

# a:buAutoNum's scheme: (the format list_numbers prints the number in, before it, after it)
_SCHEMES = {"alphaLc": "lowerLetter", "alphaUc": "upperLetter", "arabic": "decimal", "romanLc": "lowerRoman",
            "romanUc": "upperRoman", "arabicDb": "decimalFullWidth", "circleNumDb": "decimalEnclosedCircle",
            "circleNumWdWhite": "decimalEnclosedCircle", "ea1Chs": "chineseCounting", "ea1Cht": "chineseCounting",
            "ea1JpnChsDb": "chineseCounting", "ea1JpnKor": "decimalFullWidth"}
_SCHEME = re.compile(r"(alphaLc|alphaUc|arabicDb|arabic|romanLc|romanUc|circleNumDb|circleNumWdWhite|circleNumWdBlack|"
                     r"ea1JpnChsDb|ea1JpnKor|ea1Chs|ea1Cht)(ParenBoth|ParenR|Period|Plain|Minus|1Minus|2Minus)?")


def is_presentation(names) -> bool:
    """Whether a zip's part names (lower-cased) are a PowerPoint package's (its presentation part, or slides)."""
    return "ppt/presentation.xml" in names or any(n.startswith("ppt/slides/slide") for n in names)


def pptx_text(data: bytes, name: str, read_part=None) -> str:
    """read_part(bytes, name): the text of a sheet or document embedded in a slide (the readers' own, one level deep;
    None: embedded objects are not read)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            deck = _Deck(archive, parser, name, read_part)
            lines = [ln for slide in deck.slides() for ln in deck.slide_lines(slide)]
    except InputError:
        raise
    except Exception as exc:  # a corrupt zip or XML part
        raise InputError(f"{name}：无法读取 PowerPoint 演示文稿，文件可能已损坏（{type(exc).__name__}）") from None
    return "\n".join(ln for ln in lines if ln.strip())


def _tag(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _kids(el, *tags: str):
    return [c for c in el if _tag(c) in tags] if el is not None else []


def _kid(el, tag: str):
    return next(iter(_kids(el, tag)), None)


def _int(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class _Deck:
    def __init__(self, archive: zipfile.ZipFile, parser, name: str, read_part=None):
        self.archive, self.parser, self.name, self.read_part = archive, parser, name, read_part
        self.names = {info.filename: info for info in archive.infolist()}
        self.inflated = 0
        self.objects = 0
        self.places: dict[str, dict[tuple[str, str], tuple[int, int]]] = {}

    def part(self, path: str):
        info = self.names.get(path)
        if info is None:
            return None
        self.inflated += info.file_size
        if info.file_size > _MAX_PART or self.inflated > _MAX_TOTAL:
            raise InputError(f"{self.name}：演示文稿的内容部分过大，不是政策文件")
        from lxml import etree

        return etree.fromstring(self.archive.read(info), parser=self.parser)

    def rels(self, path: str) -> dict[str, tuple[str, str]]:
        """A part's relationships: id → (type, the target's path in the package)."""
        folder, base = posixpath.split(path)
        root = self.part(posixpath.join(folder, "_rels", base + ".rels"))
        out = {}
        for rel in root if root is not None else []:
            target = rel.get("Target") or ""
            full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id") or ""] = (rel.get("Type") or "", full)
        return out

    def slides(self) -> list[str]:
        # the deck's order: presentation.xml's list of slide ids, each a relationship to its slide's part
        rels = self.rels("ppt/presentation.xml")
        root = self.part("ppt/presentation.xml")
        order = [rels[rid][1] for el in root.iter() if _tag(el) == "sldId"
                 if (rid := el.get(f"{{{_NS_R}}}id")) in rels] if root is not None else []
        if not order:  # (no list: the slides by their numbers)
            order = sorted((n for n in self.names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
                           key=lambda n: _int(re.sub(r"\D", "", n)))
        if len(order) > _MAX_SLIDES:
            raise InputError(f"{self.name}：演示文稿有 {len(order)} 页，超过上限 {_MAX_SLIDES} 页，不是政策文件")
        return order

    def slide_lines(self, path: str) -> list[str]:
        root = self.part(path)
        tree = next((el for el in root.iter() if _tag(el) == "spTree"), None) if root is not None else None
        if tree is None:
            return []
        rels = self.rels(path)
        layout = next((target for kind, target in rels.values() if kind.endswith(_LAYOUT)), None)
        places = self.placeholder_places(layout) if layout else {}
        return [ln for _, lines in sorted(self.shapes(tree, places, rels), key=lambda s: s[0]) for ln in lines]

    def placeholder_places(self, layout: str) -> dict[tuple[str, str], tuple[int, int]]:
        # where a layout (and its master under it) puts each placeholder, by its type and by its index: a slide's
        # placeholder that gives no place of its own is there
        if layout not in self.places:
            self.places[layout] = {}
            master = next((t for kind, t in self.rels(layout).values() if kind.endswith(_MASTER)), None)
            for part in (master, layout):
                root = self.part(part) if part else None
                for sp in (el for el in root.iter() if _tag(el) == "sp") if root is not None else []:
                    ph, at = _placeholder(sp), _offset(sp)
                    if ph is not None and at is not None:
                        self.places[layout][("type", ph[0])] = at
                        if ph[1]:
                            self.places[layout][("idx", ph[1])] = at
        return self.places[layout]

    def shapes(self, tree, places, rels, depth: int = 0) -> list[tuple[tuple[int, int, int], list[str]]]:
        out = []
        for k, el in enumerate(tree):
            tag = _tag(el)
            if tag == "AlternateContent":  # (a newer shape and its fallback: the first choice only, where it stands)
                choice = next((c for c in el if _tag(c) == "Choice"), None)
                out += self.shapes(choice, places, rels, depth + 1) if choice is not None and depth < 32 else []
            elif tag == "sp":
                ph = _placeholder(el)
                if ph is not None and ph[0] in _FURNITURE:
                    continue
                at = _offset(el) or (_place(ph, places) if ph is not None else None) \
                    or (0 if ph and ph[0] in _TITLES else 1 << 40, 0)
                out.append(((at[0], at[1], k), _paragraphs(_kid(el, "txBody"))))
            elif tag == "graphicFrame":
                at = _offset(el, "xfrm") or (1 << 40, 0)
                table = next((t for t in el.iter() if _tag(t) == "tbl"), None)
                # (a SmartArt diagram: its words are in the diagram's data part, each point a node of it)
                data = next((ids.get(f"{{{_NS_R}}}dm") for ids in el.iter() if _tag(ids) == "relIds"), None)
                # (a sheet or document embedded as an object: its part read by its own format's reader)
                obj = next((o.get(f"{{{_NS_R}}}id") for o in el.iter() if _tag(o) == "oleObj"
                            and READ_OBJECTS.match(o.get("progId") or "")), None)
                if table is not None:
                    out.append(((at[0], at[1], k), row_lines(_table_rows(table))))
                elif data in rels:
                    out.append(((at[0], at[1], k), self.diagram_lines(rels[data][1])))
                elif obj in rels:
                    out.append(((at[0], at[1], k), self.object_lines(rels[obj][1])))
            elif tag == "grpSp" and depth < 32:  # (a group, at its own place, its shapes in their order inside it)
                at = _offset(el, "grpSpPr") or (1 << 40, 0)
                inner = sorted(self.shapes(el, places, rels, depth + 1), key=lambda s: s[0])
                out.append(((at[0], at[1], k), [ln for _, lines in inner for ln in lines]))
        return out

    def object_lines(self, path: str) -> list[str]:
        info = self.names.get(path)
        self.objects += 1
        if self.read_part is None or info is None or self.objects > 50:
            return []
        self.inflated += info.file_size
        if self.inflated > _MAX_TOTAL:
            return []
        try:
            return self.read_part(self.archive.read(info), posixpath.basename(path)).split("\n")
        except InputError:  # (an object that cannot be read: its picture only)
            return []

    def diagram_lines(self, path: str) -> list[str]:
        # a diagram's points in its data model's order (the order they were typed in): the nodes' and assistants'
        # text, not the points that only say how it is drawn (pres, parTrans, sibTrans)
        root = self.part(path)
        return [ln for pt in (root.iter() if root is not None else []) if _tag(pt) == "pt"
                and (pt.get("type") or "node") in ("node", "asst") for ln in _paragraphs(_kid(pt, "t"))]


def _place(ph: tuple[str, str], places) -> tuple[int, int] | None:
    # a title is its layout's title; another placeholder the layout's of its index, else of its type
    kind, idx = ph
    if kind in _TITLES:
        return places.get(("type", kind)) or places.get(("type", "title")) or places.get(("type", "ctrTitle"))
    return (places.get(("idx", idx)) if idx else None) or places.get(("type", kind)) or places.get(("type", "body"))


def _placeholder(sp) -> tuple[str, str] | None:
    ph = next((el for el in sp.iter() if _tag(el) == "ph"), None)
    return None if ph is None else (ph.get("type") or "body", ph.get("idx") or "")


def _offset(el, props: str = "spPr") -> tuple[int, int] | None:
    # a shape's top and left (EMU), from its own properties: (y, x) so that sorting reads down, then across
    box = _kid(el, props) if props != "xfrm" else el
    xfrm = next((x for x in box.iter() if _tag(x) == "xfrm"), None) if box is not None else None
    off = _kid(xfrm, "off")
    if off is None:
        return None
    return _int(off.get("y")), _int(off.get("x"))


def _paragraphs(body) -> list[str]:
    # each paragraph a line (a line break in it, another); numbered as PowerPoint draws it, each level counting
    # on until a paragraph of that level without a number, a deeper level starting again under each higher one
    lines: list[str] = []
    counts: dict[int, int] = {}
    for p in _kids(body, "p"):
        props = _kid(p, "pPr")
        level = max(0, min(_int(props.get("lvl") if props is not None else None), 8))
        text = _runs(p)
        if not text.strip():
            continue
        auto = _kid(props, "buAutoNum")
        for deeper in [lv for lv in counts if lv > level]:
            del counts[deeper]
        label = ""
        if auto is not None:
            start = max(1, min(_int(auto.get("startAt"), 1), 100_000))
            counts[level] = counts[level] + 1 if level in counts else start
            label = _label(counts[level], auto.get("type") or "arabicPeriod")
        else:
            counts.pop(level, None)
        lines += (label + text).split("\n")
    return lines


def _label(n: int, scheme: str) -> str:
    m = _SCHEME.fullmatch(scheme)
    if not m:
        return f"{n}."
    kind, after = m.group(1), m.group(2) or "Plain"
    if kind == "circleNumWdBlack":
        number = chr(0x2776 + n - 1) if 1 <= n <= 10 else str(n)
    else:
        number = format_number(n, _SCHEMES[kind])
    if kind.startswith("ea1") and after == "Period":
        return number + "、"  # (一、 as a Chinese document writes its first level)
    if kind.startswith("circleNum"):
        return number
    return {"ParenBoth": f"({number})", "ParenR": f"{number})", "Period": f"{number}.",
            "Minus": f"{number}-"}.get(after, number + " ")  # (Plain: the number, then the gap PowerPoint leaves)


def _runs(p) -> str:
    out = []
    for node in p:
        tag = _tag(node)
        if tag == "r":
            out.append("".join(t.text or "" for t in node if _tag(t) == "t"))
        elif tag == "br":
            out.append("\n")
        elif tag == "fld" and (node.get("type") or "") != "slidenum":
            out.append("".join(t.text or "" for t in node if _tag(t) == "t"))
    return "".join(out)


def _table_rows(table):
    # each a:tc in the table's grid columns: a cell a span above covers (vMerge) is MERGED, one a span to its left
    # covers (hMerge) empty — so a value stays under its column's heading
    for tr in _kids(table, "tr"):
        yield [[MERGED] if tc.get("vMerge") in ("1", "true") else [] if tc.get("hMerge") in ("1", "true")
               else [ln for ln in _paragraphs(_kid(tc, "txBody")) if ln.strip()] for tc in _kids(tr, "tc")]
