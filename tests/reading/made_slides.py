"""PowerPoint decks the tests write (.pptx), part by part as PowerPoint lays a package out: a master and a layout
that place the title and body placeholders, slides whose shapes are placeholders (placed by the layout, or by
themselves), text boxes, tables and groups, notes pages. `Deck.add` takes a slide's shapes, each a small tuple:

    ("title", "一、支持技术改造")                       a title placeholder, placed by the layout
    ("body", [("对…给予奖励", 0, "arabicPeriod")], (y, x))  paragraphs (text, level, a:buAutoNum type or None,
                                                         "arabicPeriod:4" to start at 4);
                                                         the place (EMU) optional: by the layout if not given
    ("box", ["说明文字"], (y, x))                         a text box, not a placeholder
    ("table", [["序号", "事项"], ["1", "…"]], (y, x))      a cell "^" is merged into the one above, "<" into the one left
    ("group", [shape, ...], (y, x))                      shapes grouped
    ("diagram", ["第一步", "第二步"], (y, x))              a SmartArt diagram, its nodes' words in its data part
    ("sheet", xlsx_bytes, (y, x))                        an Excel sheet embedded as an object (ppt/embeddings/)
    ("footer", "某某局"), ("sldNum", "3")                 the slide's furniture
    ("notes", "讲解要点")                                 the slide's notes page
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.presentationml"


def _xfrm(at, tag="a:xfrm") -> str:
    return f'<{tag}><a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="8000000" cy="900000"/></{tag}>' if at else ""


def _paragraph(text: str, level: int = 0, auto: str | None = None) -> str:
    # (auto: a:buAutoNum's type, ":n" after it to start at n)
    scheme, _, start = (auto or "").partition(":")
    number = f'<a:buAutoNum type="{scheme}"' + (f' startAt="{start}"' if start else "") + "/>"
    props = f'<a:pPr lvl="{level}">' + (number if auto else "<a:buNone/>") + "</a:pPr>"
    runs = "<a:br/>".join(f"<a:r><a:t>{escape(part)}</a:t></a:r>" for part in text.split("\n"))
    return f"<a:p>{props}{runs}</a:p>"


def _sp(k: int, ph: str | None, paragraphs, at=None) -> str:
    idx = "" if ph == "title" else f' idx="{1 if ph == "body" else 10 + k}"'  # (as PowerPoint numbers them)
    nv = f'<p:nvPr><p:ph type="{ph}"{idx}/></p:nvPr>' if ph else "<p:nvPr/>"
    body = "".join(_paragraph(*p) if isinstance(p, tuple) else _paragraph(p) for p in paragraphs)
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{k + 2}" name="s{k}"/><p:cNvSpPr/>{nv}</p:nvSpPr>'
            f"<p:spPr>{_xfrm(at)}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{body}</p:txBody></p:sp>")


def _table(k: int, rows, at) -> str:
    def cell(r: int, c: int) -> str:
        v = rows[r][c]
        down = next((n for n in range(1, len(rows) - r) if rows[r + n][c] != "^"), len(rows) - r)
        across = next((n for n in range(1, len(rows[r]) - c) if rows[r][c + n] != "<"), len(rows[r]) - c)
        merge = ' vMerge="1"' if v == "^" else ' hMerge="1"' if v == "<" else \
            (f' rowSpan="{down}"' if down > 1 else "") + (f' gridSpan="{across}"' if across > 1 else "")
        text = "" if v in ("^", "<") else v
        return f'<a:tc{merge}><a:txBody><a:bodyPr/>{_paragraph(text)}</a:txBody></a:tc>'

    grid = "".join('<a:gridCol w="1000000"/>' for _ in rows[0])
    body = "".join('<a:tr h="300000">' + "".join(cell(r, c) for c in range(len(row))) + "</a:tr>"
                   for r, row in enumerate(rows))
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{k + 2}" name="t{k}"/><p:cNvGraphicFramePr/><p:nvPr/>'
            f'</p:nvGraphicFramePr>{_xfrm(at, "p:xfrm")}<a:graphic><a:graphicData '
            f'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblGrid>{grid}</a:tblGrid>{body}'
            "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")


def shape_xml(k: int, shape) -> str:
    kind = shape[0]
    if kind == "title":
        return _sp(k, "title", [shape[1]], shape[2] if len(shape) > 2 else None)
    if kind == "body":
        return _sp(k, "body", shape[1], shape[2] if len(shape) > 2 else None)
    if kind == "box":
        return _sp(k, None, shape[1], shape[2])
    if kind == "table":
        return _table(k, shape[1], shape[2])
    if kind == "group":
        inner = "".join(shape_xml(k * 10 + j + 1, s) for j, s in enumerate(shape[1]))
        return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{k + 2}" name="g{k}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
                f"<p:grpSpPr>{_xfrm(shape[2])}</p:grpSpPr>{inner}</p:grpSp>")
    if kind == "diagram":
        return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{k + 2}" name="d{k}"/><p:cNvGraphicFramePr/><p:nvPr/>'
                f'</p:nvGraphicFramePr>{_xfrm(shape[2], "p:xfrm")}<a:graphic><a:graphicData '
                'uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds '
                'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdDm" r:lo="rIdLo" '
                'r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic></p:graphicFrame>')
    if kind == "sheet":
        return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{k + 2}" name="o{k}"/><p:cNvGraphicFramePr/><p:nvPr/>'
                f'</p:nvGraphicFramePr>{_xfrm(shape[2], "p:xfrm")}<a:graphic><a:graphicData '
                'uri="http://schemas.openxmlformats.org/presentationml/2006/ole"><p:oleObj name="Worksheet" '
                'r:id="rIdSheet" progId="Excel.Sheet.12"><p:embed/></p:oleObj></a:graphicData></a:graphic></p:graphicFrame>')
    if kind in ("footer", "sldNum", "dt"):
        return _sp(k, {"footer": "ftr"}.get(kind, kind), [shape[1]], (6500000, 300000))
    return ""


def _tree(shapes: str) -> str:
    return (f'<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            f"<p:grpSpPr/>{shapes}</p:spTree></p:cSld>")


class Deck:
    def __init__(self, title_at=(300000, 500000), body_at=(1500000, 500000)):
        self.slides: list[tuple[str, str | None]] = []
        self.diagrams: list[list[str] | None] = []
        self.sheets: list[bytes | None] = []
        self.places = (title_at, body_at)

    def add(self, *shapes) -> "Deck":
        notes = next((s[1] for s in shapes if s[0] == "notes"), None)
        diagram = next((s[1] for s in shapes if s[0] == "diagram"), None)
        self.sheets.append(next((s[1] for s in shapes if s[0] == "sheet"), None))
        self.slides.append(("".join(shape_xml(k, s) for k, s in enumerate(shapes) if s[0] != "notes"), notes))
        self.diagrams.append(diagram)
        return self

    def pptx(self, order: list[int] | None = None) -> bytes:
        """The package; order: the deck's order of the slides (by their index in the order added), if not that."""
        order = order if order is not None else list(range(len(self.slides)))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            over = "".join(f'<Override PartName="/ppt/slides/slide{i + 1}.xml" ContentType="{CT}.slide+xml"/>'
                           for i in range(len(self.slides)))
            z.writestr("[Content_Types].xml",
                       '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                       '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                       'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                       f'<Override PartName="/ppt/presentation.xml" ContentType="{CT}.presentation.main+xml"/>'
                       f'<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{CT}.slideMaster+xml"/>'
                       f'<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{CT}.slideLayout+xml"/>'
                       f"{over}</Types>")
            z.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                       'Target="ppt/presentation.xml"/></Relationships>')
            ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 2}"/>' for i in order)
            z.writestr("ppt/presentation.xml",
                       f'<p:presentation {P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/>'
                       f'</p:sldMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/>'
                       '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
            rels = "".join(f'<Relationship Id="rId{i + 2}" Type="{REL}/slide" Target="slides/slide{i + 1}.xml"/>'
                           for i in range(len(self.slides)))
            z.writestr("ppt/_rels/presentation.xml.rels",
                       f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{REL}/slideMaster" Target="slideMasters/slideMaster1.xml"/>'
                       f"{rels}</Relationships>")
            title_at, body_at = self.places
            holders = _sp(0, "title", ["标题"], title_at) + _sp(1, "body", ["正文"], body_at)
            z.writestr("ppt/slideMasters/slideMaster1.xml", f"<p:sldMaster {P}>{_tree(holders)}</p:sldMaster>")
            z.writestr("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                       f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
                       "</Relationships>")
            z.writestr("ppt/slideLayouts/slideLayout1.xml", f"<p:sldLayout {P}>{_tree(holders)}</p:sldLayout>")
            z.writestr("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                       f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{REL}/slideMaster" Target="../slideMasters/slideMaster1.xml"/>'
                       "</Relationships>")
            for i, (shapes, notes) in enumerate(self.slides):
                z.writestr(f"ppt/slides/slide{i + 1}.xml", f"<p:sld {P}>{_tree(shapes)}</p:sld>")
                extra = (f'<Relationship Id="rId2" Type="{REL}/notesSlide" '
                         f'Target="../notesSlides/notesSlide{i + 1}.xml"/>') if notes else ""
                if self.sheets[i]:
                    extra += (f'<Relationship Id="rIdSheet" Type="{REL}/package" '
                              f'Target="../embeddings/Microsoft_Excel_Worksheet{i + 1}.xlsx"/>')
                    z.writestr(f"ppt/embeddings/Microsoft_Excel_Worksheet{i + 1}.xlsx", self.sheets[i])
                if self.diagrams[i]:
                    extra += f'<Relationship Id="rIdDm" Type="{REL}/diagramData" Target="../diagrams/data{i + 1}.xml"/>'
                    # (a point of each kind: the document, the nodes, a connection, a point only for drawing)
                    points = '<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>图</a:t></a:r></a:p></dgm:t></dgm:pt>'
                    points += "".join(f'<dgm:pt modelId="{j + 1}"><dgm:t>{_paragraph(t)}</dgm:t></dgm:pt>'
                                      for j, t in enumerate(self.diagrams[i]))
                    points += ('<dgm:pt modelId="90" type="parTrans"><dgm:t><a:p><a:r><a:t>连线</a:t></a:r></a:p></dgm:t>'
                               '</dgm:pt><dgm:pt modelId="91" type="pres"><dgm:t><a:p/></dgm:t></dgm:pt>')
                    z.writestr(f"ppt/diagrams/data{i + 1}.xml",
                               '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
                               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                               f"<dgm:ptLst>{points}</dgm:ptLst></dgm:dataModel>")
                z.writestr(f"ppt/slides/_rels/slide{i + 1}.xml.rels",
                           f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                           f'<Relationship Id="rId1" Type="{REL}/slideLayout" '
                           f'Target="../slideLayouts/slideLayout1.xml"/>{extra}</Relationships>')
                if notes:
                    z.writestr(f"ppt/notesSlides/notesSlide{i + 1}.xml",
                               f"<p:notes {P}>{_tree(_sp(1, 'body', [notes]))}</p:notes>")
        return out.getvalue()


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding these streams at its root — as the tests need a
    PowerPoint 97 file: its "PowerPoint Document" and "Current User" streams and nothing else (LibreOffice's own file
    carries a 600 KB preview). Each stream is padded to 4096 bytes, so none goes to the mini stream."""
    import struct

    free, end, fat_mark = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    names = list(streams)
    bodies = [streams[n] + b"\0" * max(0, 4096 - len(streams[n])) for n in names]
    sectors, chains, starts = [], [], []
    for body in bodies:
        padded = body + b"\0" * (-len(body) % 512)
        starts.append(len(sectors))
        count = len(padded) // 512
        chains += [len(sectors) + k + 1 for k in range(count - 1)] + [end]
        sectors += [padded[k * 512:(k + 1) * 512] for k in range(count)]
    entries = [("Root Entry", 5, end, 0, 1 if names else free, free)]
    entries += [(n, 2, starts[k], len(streams[n]) if len(streams[n]) >= 4096 else 4096, free,
                 k + 2 if k + 1 < len(names) else free) for k, n in enumerate(names)]
    directory = b""
    for name, kind, start, size, child, right in entries:
        encoded = name.encode("utf-16-le") + b"\0\0"
        directory += encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, free, right, child)
        directory += b"\0" * 36 + struct.pack("<IQ", start, size)
    directory += b"\0" * (-len(directory) % 512)
    dir_start = len(sectors)
    dir_count = len(directory) // 512
    chains += [dir_start + k + 1 for k in range(dir_count - 1)] + [end]
    sectors += [directory[k * 512:(k + 1) * 512] for k in range(dir_count)]
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * 128:
        fat_count += 1
    fat_start = len(sectors)
    chains += [fat_mark] * fat_count
    fat = struct.pack(f"<{len(chains)}I", *chains) + b"\xff" * (fat_count * 512 - 4 * len(chains))
    sectors += [fat[k * 512:(k + 1) * 512] for k in range(fat_count)]
    difat = [fat_start + k for k in range(fat_count)] + [free] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, fat_count, dir_start, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", *difat))
    return header + b"".join(sectors)


def ppt_document(slides: list[list[tuple]], order: list[int] | None = None) -> dict[str, bytes]:
    """The two streams of a PowerPoint 97 deck as PowerPoint itself writes one ([MS-PPT]): the slides' title and body
    placeholders keep their text in the document's slide list (a shape points to it: OutlineTextRefAtom), other
    shapes in their own text box; a persist directory and a user edit say where each slide is. A slide's shapes:
    ("title", text), ("body", text) placeholders (title at the top, body under it); ("box", text, (top, left)) a text
    box; ("footer", text) a footer placeholder. order: the deck's order of the slides, if not as listed. For ole_file."""
    import struct

    def rec(kind: int, body: bytes = b"", inst: int = 0, container: bool = False) -> bytes:
        return struct.pack("<HHI", inst << 4 | (0xF if container else 0), kind, len(body)) + body

    def chars(text: str) -> bytes:
        return rec(0x0FA0, text.replace("\n", "\r").encode("utf-16-le"))

    order = order if order is not None else list(range(len(slides)))
    outline, drawn = [], []
    for k, shapes in enumerate(slides):
        listed = [s for s in shapes if s[0] in ("title", "body")]
        outline.append(rec(0x03F3, struct.pack("<IIiII", 2 + k, 0, len(listed), 256 + k, 0)) + b"".join(
            rec(0x0F9F, struct.pack("<I", 0 if s[0] == "title" else 1)) + chars(s[1]) for s in listed))
        inner = [rec(0xF004, b"", container=True)]  # (the group's own shape)
        for s in shapes:
            top, left = {"title": (100, 300), "body": (700, 300), "footer": (3000, 300)}.get(s[0], s[2] if len(s) > 2 else (0, 0))
            anchor = rec(0xF010, struct.pack("<hhhh", top, left, left + 4000, top + 400))
            if s[0] in ("title", "body"):
                kind = 0x0D if s[0] == "title" else 0x0E
                data = rec(0xF011, rec(0x0BC3, struct.pack("<iBBH", 0, kind, 0, 0)), container=True)
                box = rec(0xF00D, rec(0x0F9E, struct.pack("<I", listed.index(s))), container=True)
            else:
                data = rec(0xF011, rec(0x0BC3, struct.pack("<iBBH", 0, 0x09, 0, 0)), container=True) \
                    if s[0] == "footer" else b""
                box = rec(0xF00D, rec(0x0F9F, struct.pack("<I", 4)) + chars(s[1]), container=True)
            inner.append(rec(0xF004, anchor + data + box, container=True))
        group = rec(0xF003, b"".join(inner), container=True)
        drawn.append(rec(0x03EE, rec(0x040C, rec(0xF002, group, container=True), container=True), container=True))
    document = rec(0x03E8, rec(0x0FF0, b"".join(outline[i] for i in order), container=True), container=True)
    stream, offsets = document, []
    for slide in drawn:
        offsets.append(len(stream))
        stream += slide
    directory_at = len(stream)
    stream += rec(0x1772, struct.pack(f"<I{1 + len(drawn)}I", 1 | (1 + len(drawn)) << 20, 0, *offsets))
    edit_at = len(stream)
    stream += rec(0x0FF5, struct.pack("<IHBBIIIIHH", 256, 0, 0, 3, 0, directory_at, 1, 2 + len(drawn), 1, 0))
    user = rec(0x0FF6, struct.pack("<III", 0x14, 0xE391C05F, edit_at) + b"\0" * 8)
    return {"PowerPoint Document": stream, "Current User": user}
