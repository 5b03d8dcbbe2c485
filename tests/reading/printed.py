"""A document printed to a PDF with a text layer, as users download it: lines broken at the page's
margin, pages of a fixed number of lines, each page's number below its text. A government page
(GB/T 9704) holds 28 characters a line and 22 lines a page and prints its number as "— 1 —"; other
PDFs print "- 1 -" or a bare "1"; a gazette prints its name over every page. The text layer is what `read_bytes` gets back from it.
"""

from __future__ import annotations

import io


def wrap(line: str, width: int) -> list[str]:
    """Break a line where a printed page would: at the margin, anywhere (CJK has no spaces); `width`
    in half-width columns (a Chinese character takes two)."""
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


def printed_lines(text: str, width: int = 56) -> list[str]:
    """The lines of text a page of `width` columns prints (a page flattened onto one long line is no
    layout: a PDF of it holds the line as it is)."""
    rows: list[str] = []
    for line in text.split("\n"):
        rows += wrap(line, width) if len(line) < 300 else [line]
    return [row for row in rows if row.strip()]


def printed_pdf(text: str, *, width: int = 56, lines: int = 22, footer: str | None = "— {n} —",
                head: str | None = None, size: int = 15, spread: float = 0, columns: int = 1,
                offset: float = 0) -> bytes:
    """`footer` is the page's number as printed ("{n}" the number); `head` a running head over every
    page (a gazette's name); `spread` points between characters, as a justified line sets them (wide
    enough, and the text layer reads a space between each two). `columns=2` sets each page in two columns
    (a gazette's), `width` then the width of one; `offset` points the right column's lines sit lower."""
    if columns == 2:
        return _two_columns(text, width, lines, footer, head, size, offset)
    from reportlab.pdfbase import pdfmetrics

    c, buf, A4 = _canvas()
    rows = printed_lines(text, width)
    pages = [rows[i:i + lines] for i in range(0, len(rows), lines)] or [[]]
    step = (A4[1] - 140) / lines
    for n, page in enumerate(pages, 1):
        if head is not None:
            c.setFont("STSong-Light", 10)
            c.drawCentredString(A4[0] / 2, A4[1] - 40, head)
        c.setFont("STSong-Light", size)
        y = A4[1] - 70
        for row in page:
            if spread:
                line = c.beginText(60, y)
                line.setFont("STSong-Light", size)
                for ch in row:
                    line.textOut(ch)
                    line.moveCursor(pdfmetrics.stringWidth(ch, "STSong-Light", size) + spread, 0)
                c.drawText(line)
            else:
                c.drawString(60, y, row)
            y -= step
        _end_page(c, A4, footer, n)
    c.save()
    return buf.getvalue()


def _end_page(c, A4, footer: str | None, n: int) -> None:
    if footer is not None:
        c.setFont("STSong-Light", 12)
        c.drawCentredString(A4[0] / 2, 40, footer.format(n=n))
    c.showPage()


def _canvas():
    """An A4 canvas with reportlab's predefined Chinese font: (canvas, its buffer, the page size)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    return canvas.Canvas(buf, pagesize=A4), buf, A4


def _two_columns(text: str, width: int, lines: int, footer: str | None, head: str | None, size: float,
                 offset: float) -> bytes:
    c, buf, A4 = _canvas()
    rows = printed_lines(text, width)
    per_page = 2 * lines
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    step = (A4[1] - 140) / lines
    column = width * size / 2  # (a Chinese character is `size` points wide, two of `width`'s columns)
    margin = (A4[0] - 2 * column - 2 * size) / 2  # (the columns centred on the page, the gutter two characters)
    for n, page in enumerate(pages, 1):
        if head is not None:
            c.setFont("STSong-Light", 12)
            c.drawCentredString(A4[0] / 2, A4[1] - 45, head)
        c.setFont("STSong-Light", size)
        for k, row in enumerate(page):
            right = k >= lines
            x = margin + (column + 2 * size if right else 0)
            y = A4[1] - 70 - (k - lines if right else k) * step - (offset if right else 0)
            c.drawString(x, y, row)
        _end_page(c, A4, footer, n)
    c.save()
    return buf.getvalue()


_OFD = "http://www.ofdspec.org/2016"


def printed_ofd(text: str, *, width: int = 56, lines: int = 22, by_character: bool = False,
                style: str = "millimetres") -> bytes:
    """The same pages as an OFD file (GB/T 33190): OFD.xml → Doc_0/Document.xml → one Content.xml a page, a
    text object a line (or, as some writers set them, a text code a character, each at its own X).

    `style` is how the writer sets the text: "millimetres" (sizes and places in mm); "scaled" (as 数科 and
    converters from PDF write it: a font size of 200 and the text's own units, scaled to the page by each
    object's CTM, characters advanced by DeltaX, "g n v" for equal advances); "composite" (each line drawn once
    as a CompositeGraphicUnit in DocumentRes.xml and placed by a CompositeObject with its own CTM, the first
    line of every page on a template page the pages are printed on)."""
    import zipfile
    from xml.sax.saxutils import escape

    rows = printed_lines(text, width)
    pages = [rows[i:i + lines] for i in range(0, len(rows), lines)] or [[]]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{_OFD}" Version="1.0" DocType="OFD">'
                              "<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        listed = "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        templates = "".join(f'<ofd:TemplatePage ID="t{n}" BaseLoc="Tpls/Tpl_{n}/Content.xml"/>' for n in range(len(pages))
                            ) if style == "composite" else ""
        res = "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>" if style == "composite" else ""
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{_OFD}">'
                                         f"<ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID>{templates}{res}</ofd:CommonData>"
                                         f"<ofd:Pages>{listed}</ofd:Pages></ofd:Document>")
        units = []
        for n, page in enumerate(pages):
            objects = []
            for k, row in enumerate(page):
                y = 30 + 10 * k
                if style == "scaled":  # 200 units a character, 0.0175 mm a unit: 3.5 mm on the page
                    advances = f"g {len(row) - 1} 200" if len(row) > 1 else ""
                    objects.append(f'<ofd:TextObject ID="{k + 2}" CTM="0.0175 0 0 0.0175 0 0" Boundary="25 {y} 160 5" '
                                   f'Font="1" Size="200"><ofd:TextCode X="0" Y="200" DeltaX="{advances}">'
                                   f"{escape(row)}</ofd:TextCode></ofd:TextObject>")
                    continue
                if by_character:
                    codes = "".join(f'<ofd:TextCode X="{3.5 * i:.2f}" Y="3.5">{escape(ch)}</ofd:TextCode>'
                                    for i, ch in enumerate(row))
                else:
                    codes = f'<ofd:TextCode X="0" Y="3.5">{escape(row)}</ofd:TextCode>'
                line = f'<ofd:TextObject ID="{k + 2}" Boundary="25 {y} 160 5" Font="1" Size="3.5">{codes}</ofd:TextObject>'
                if style == "composite":  # the unit in points, placed by a CTM that makes them mm
                    unit = f"u{n}_{k}"
                    inner = line.replace(f'Boundary="25 {y} 160 5"', 'Boundary="0 0 454 14" CTM="2.835 0 0 2.835 0 0"')
                    units.append(f'<ofd:CompositeGraphicUnit ID="{unit}" Width="454" Height="14"><ofd:Content>{inner}'
                                 f"</ofd:Content></ofd:CompositeGraphicUnit>")
                    line = (f'<ofd:CompositeObject ID="c{n}_{k}" ResourceID="{unit}" CTM="0.3528 0 0 0.3528 0 0" '
                            f'Boundary="25 {y} 160 5"/>')
                objects.append(line)
            own = objects[1:] if style == "composite" else objects
            template = f'<ofd:Template TemplateID="t{n}" ZOrder="Background"/>' if style == "composite" else ""
            z.writestr(f"Doc_0/Pages/Page_{n}/Content.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_OFD}">{template}<ofd:Content>'
                       f'<ofd:Layer ID="1">{"".join(own)}</ofd:Layer></ofd:Content></ofd:Page>')
            if style == "composite":
                z.writestr(f"Doc_0/Tpls/Tpl_{n}/Content.xml",
                           f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_OFD}"><ofd:Content>'
                           f'<ofd:Layer ID="1">{"".join(objects[:1])}</ofd:Layer></ofd:Content></ofd:Page>')
        if style == "composite":
            z.writestr("Doc_0/DocumentRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{_OFD}" '
                                                f'BaseLoc="Res"><ofd:CompositeGraphicUnits>{"".join(units)}'
                                                f"</ofd:CompositeGraphicUnits></ofd:Res>")
    return buf.getvalue()


def word_file(text: str, *, soft_breaks: bool = False) -> bytes:
    """A .docx of the text: a paragraph a line, or (`soft_breaks`, typed with Shift+Enter) every line a
    break inside one paragraph."""
    import docx

    document = docx.Document()
    if soft_breaks:
        paragraph = document.add_paragraph()
        for line in text.split("\n"):
            paragraph.add_run(line).add_break()
    else:
        for line in text.split("\n"):
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def saved_page(text: str) -> bytes:
    """The text as a government site's page saved from a browser: its lines in the content container, with
    a script, navigation and a footer around them."""
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


def saved_archive(text: str) -> bytes:
    """The saved page as a browser's one-file web archive (.mht): MIME multipart/related, the page in
    GB2312 quoted-printable, a picture beside it in base64."""
    import base64
    import quopri

    page = saved_page(text).decode("utf-8").replace("charset='utf-8'", "charset='gb2312'")
    boundary = "----=_NextPart_000_0000_01DA0000.00000000"
    parts = [
        "From: <Saved by a browser>\r\nSubject: =?gb2312?B?" + base64.b64encode("政府信息公开".encode("gb2312")).decode()
        + "?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
        f"\tboundary=\"{boundary}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n",
        f"--{boundary}\r\nContent-Type: text/html;\r\n\tcharset=\"gb2312\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://www.example.gov.cn/art/1.html\r\n\r\n"
        + quopri.encodestring(page.encode("gb18030")).decode("ascii").replace("\n", "\r\n") + "\r\n",
        f"--{boundary}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.example.gov.cn/logo.gif\r\n\r\n"
        + base64.encodebytes(b"GIF89a" + bytes(range(64))).decode("ascii").replace("\n", "\r\n") + "\r\n",
        f"--{boundary}--\r\n",
    ]
    return "".join(parts).encode("ascii")


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file of these objects written by hand (1 0 R the catalog), with its cross-reference table: for a file
    no writer would make (a font's map gone wrong, thousands of strokes)."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
