"""The text of a PDF, from where its characters are drawn: PDFium (Chrome's PDF engine, through pypdfium2)
opens the file — its fonts' character maps, encryption (RC4, AES: a file locked only against copying or
printing opens as in any viewer) — and gives each character with its place; `placed_text` makes the lines.
pypdf, which this replaces, gave characters in the order the file draws them: LibreOffice's PDFs draw a
line's quotation marks after its Chinese characters, so "关于推进“某某行动”计划" came out "“ ”关于推进 某某行动 计划".

Characters are placed as the page is shown: a page turned by /Rotate is turned back, so that its lines run
left to right. The straight lines the page draws are its tables' rules: a table is read cell by cell
(`ruled_tables`), one without rules by its columns (`aligned_tables`). PDFium is not thread-safe: one call into it at a time in a process (the web server reads uploads
in threads).
"""

from __future__ import annotations

import ctypes
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from zhengce.errors import InputError
from zhengce.reading.aligned_tables import aligned_tables
from zhengce.reading.placed_text import IDENTITY, Glyph, Matrix, page_items, then, wide
from zhengce.reading.ruled_tables import Rule, add_rule, find_tables, pages_lines

_LOCK = threading.Lock()
_MAX_PAGES = 2000
_MAX_CHARS = 5_000_000  # a policy document is tens of thousands; a file with more is no document


def pdf_text(data: bytes, name: str) -> str:
    # (the lock is held while PDFium works, not while the lines are made from what it gave)
    try:
        with _LOCK:
            doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(f"{name}：PDF 设有打开密码（已加密）：请用密码打开后另存为不加密的 PDF 再读取") from None
        raise InputError(f"{name}：无法读取 PDF，文件可能已损坏（{_reason(exc)}）") from None
    try:
        with _LOCK:
            count = len(doc)
        if count > _MAX_PAGES:
            raise InputError(f"{name}：PDF 超过 {_MAX_PAGES} 页，不像政策文件")
        # (columns: the last page's gutter, for a page whose columns show none; budget: path segments yet to look at)
        pages, placed, columns, budget = [], 0, {}, [_MAX_SEGMENTS_LOOKED]
        for i in range(count):
            with _LOCK:
                page = doc[i]
                try:
                    glyphs = _glyphs(page)
                    horizontal, vertical = _rules(page, budget) if glyphs else ([], [])
                finally:
                    page.close()
            placed += len(glyphs)
            if placed > _MAX_CHARS:
                raise InputError(f"{name}：PDF 中的文字超过 {_MAX_CHARS} 个，不像政策文件")
            tables, glyphs = find_tables(glyphs, horizontal, vertical)
            pages.append(page_items(glyphs, columns, tables, aligned_tables))
    except pdfium.PdfiumError as exc:
        raise InputError(f"{name}：无法读取 PDF，文件可能已损坏（{_reason(exc)}）") from None
    finally:
        with _LOCK:
            doc.close()
    text = "\n".join(pages_lines(pages))
    if not text.strip():
        raise InputError(f"{name}：PDF 没有文字层（是扫描图片）：请先做文字识别（OCR）")
    return text


def _reason(exc: Exception) -> str:
    message = str(exc)
    return message[message.find("(") + 1:message.rfind(")")] if "(" in message else type(exc).__name__


def _glyphs(page: pdfium.PdfPage) -> list[Glyph]:
    turn = page.get_rotation() % 360
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        box, m = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
        unicode, generated = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated
        loose = pdfium_c.FPDFText_GetLooseCharBox
        font_size, matrix = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetMatrix
        out: list[Glyph] = []
        sizes: dict[float, float] = {}
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            code = unicode(raw, i)
            if code <= 0x20 or code in (0xA0, 0x3000):
                # (a space the file draws is one; those PDFium guesses, and its line breaks, are not — the
                # gaps between the characters decide)
                if code not in (0x20, 0xA0, 0x3000) or generated(raw, i) == 1:
                    continue
                ch = " "
            elif code in (0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
                continue
            else:
                ch = chr(code)
            if not loose(raw, i, box):
                continue
            # (its size as drawn: the font size PDFium reports is the text state's, before the text matrix
            # scales it — 199 for a 10-point letter; asked again only when the loose box's height changes,
            # which it does with the font or the size)
            height = box.top - box.bottom
            em = sizes.get(height)
            if em is None:
                em = sizes[height] = font_size(raw, i) * abs(m.a * m.d - m.b * m.c) ** 0.5 \
                    if matrix(raw, i, m) else 0.0
            # (where it sits: the loose box's bottom, its baseline less the font's descent, as the page is
            # shown — one call fewer a character than its origin, and the same for the characters of a font)
            if turn == 90:  # (the page is shown turned a quarter right: its x runs down the screen)
                down, left, right, across = box.right, box.bottom, box.top, box.right - box.left
            elif turn == 180:
                down, left, right, across = box.top, -box.right, -box.left, box.top - box.bottom
            elif turn == 270:
                down, left, right, across = -box.left, -box.top, -box.bottom, box.right - box.left
            else:  # (y downwards, as lines are read)
                down, left, right, across = -box.bottom, box.left, box.right, box.top - box.bottom
            if not abs(down) + abs(left) + abs(right) < 1e12:
                continue  # (NaN, infinities)
            size = em if 0 < em < 1000 else across if 0 < across < 1000 else 10.0
            if right <= left:
                right = left + size * (1.0 if wide(ch) else 0.5)
            out.append((down, left, ch, size, right))
        return out
    finally:
        textpage.close()


_MAX_OBJECTS = 20000  # drawing objects looked at on a page for a table's rules (a map or a chart has more)
_MAX_SEGMENTS = 64  # a path with more is a shape or a letter drawn as outlines, not a rule
_MAX_FORM_DEPTH = 4
_MAX_SEGMENTS_LOOKED = 1_000_000  # in a document: a few seconds' work
_THIN = 2.5  # points: a filled shape no thicker than this is a rule drawn as a rectangle


def _rules(page: pdfium.PdfPage, budget: list[int]) -> tuple[list[Rule], list[Rule]]:
    """The straight horizontal and vertical lines the page draws (paths' line segments, a rectangle's sides), in
    the page's shown coordinates like its characters: what a table's rules are made of (`ruled_tables`). budget: the
    path segments the document may still have looked at (a file of drawings is read as text, not searched for
    tables, once it is spent)."""
    turn = page.get_rotation() % 360
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    seen = [0]
    m = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    box = [ctypes.c_float() for _ in range(4)]  # (left, bottom, right, top on the page)

    def shown(px: float, py: float) -> tuple[float, float]:  # (x across, y down) as the page is shown
        if turn == 90:
            return py, px
        if turn == 180:
            return -px, py
        if turn == 270:
            return -py, -px
        return px, -py

    def walk(count: int, get, outer: Matrix, depth: int) -> None:
        for k in range(count):
            seen[0] += 1
            if seen[0] > _MAX_OBJECTS:
                return
            obj = get(k)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM) or not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
                continue
            mat = then((m.a, m.b, m.c, m.d, m.e, m.f), outer)  # (an object inside a form: the form's matrix after its own)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                if depth < _MAX_FORM_DEPTH:
                    walk(pdfium_c.FPDFFormObj_CountObjects(obj),
                         lambda i, o=obj: pdfium_c.FPDFFormObj_GetObject(o, i), mat, depth + 1)
                continue
            n = pdfium_c.FPDFPath_CountSegments(obj)
            if not 1 < n <= _MAX_SEGMENTS or budget[0] < n:
                continue
            budget[0] -= n
            if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not stroke.value:
                # (a shape filled, not stroked, is a rule only if thin — a cell's or a paragraph's shading is none)
                if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box)) \
                        or min(box[2].value - box[0].value, box[3].value - box[1].value) > _THIN:
                    continue
            start = last = None
            for i in range(n):
                seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
                if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                    break
                px, py = x.value, y.value
                point = shown(mat[0] * px + mat[2] * py + mat[4], mat[1] * px + mat[3] * py + mat[5])
                kind_seg = pdfium_c.FPDFPathSegment_GetType(seg)
                if kind_seg == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
                    add_rule(last, point, horizontal, vertical)
                if kind_seg == pdfium_c.FPDF_SEGMENT_MOVETO:
                    start = point
                last = point
                if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                    add_rule(last, start, horizontal, vertical)
                    last = start

    walk(pdfium_c.FPDFPage_CountObjects(page.raw), lambda i: pdfium_c.FPDFPage_GetObject(page.raw, i), IDENTITY, 0)
    return horizontal, vertical
