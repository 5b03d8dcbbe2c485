"""The text of a PowerPoint 97–2003 presentation (.ppt, and WPS's older .dps), read as slides_text reads a .pptx: slide
by slide in the deck's order, each slide's shapes from top to bottom and left to right, the numbers PowerPoint draws,
a table's rows a line each; notes, masters, slide numbers, dates and footers left out.

[MS-PPT] in brief: the "PowerPoint Document" stream is a tree of records (an 8-byte header: version and instance,
type, length; a container's body is more records). The "Current User" stream points at the last edit, whose persist
directory maps each object's persist id to its record's offset (older edits' directories fill in what later ones did
not change). The document's slide list (SlideListWithText, instance 0) names the slides in order by persist id, with
the text of their title and body placeholders; each slide's drawing holds its shapes — an anchor (top, left), maybe a
placeholder kind, a text box holding its text or pointing to the slide list's (OutlineTextRefAtom). A table is a group
of shapes, one a cell. The numbers PowerPoint draws are in each text's paragraph and character runs (StyleTextPropAtom)
and, since PowerPoint 2002, in the shape's "___PPT9" tag (StyleTextProp9Atom: the scheme, "1." or "一、", and where to
start), which a character run's pp9rt points into.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

from zhengce.errors import InputError
from zhengce.reading.list_numbers import format_number
from zhengce.reading.table_rows import MERGED, row_lines

_DEPTH = 32  # containers nest a dozen deep at most
_EDITS = 1000  # a chain of saves longer than this is a loop or a forgery

# record types
_DOCUMENT, _SLIDE, _SLIDE_LIST, _SLIDE_PERSIST = 0x03E8, 0x03EE, 0x0FF0, 0x03F3
_USER_EDIT, _PERSIST_DIR = 0x0FF5, 0x1772
_TEXT_HEADER, _TEXT_CHARS, _TEXT_BYTES, _STYLE, _OUTLINE_REF = 0x0F9F, 0x0FA0, 0x0FA8, 0x0FA1, 0x0F9E
_GROUP, _SHAPE, _TEXTBOX, _ANCHOR, _CHILD_ANCHOR, _CLIENT_DATA = 0xF003, 0xF004, 0xF00D, 0xF010, 0xF00F, 0xF011
_PLACEHOLDER, _TAG_NAME, _TAG_BLOB, _STYLE9 = 0x0BC3, 0x0FBA, 0x138B, 0x0FAC
_FURNITURE = {0x07, 0x08, 0x09, 0x0A}  # placeholders: date, slide number, footer, header

# TextAutoNumberScheme: (format, before, after)
_SCHEMES = {0: ("lowerLetter", "", "."), 1: ("upperLetter", "", "."), 2: ("decimal", "", ")"), 3: ("decimal", "", "."),
            4: ("lowerRoman", "(", ")"), 5: ("lowerRoman", "", ")"), 6: ("lowerRoman", "", "."),
            7: ("upperRoman", "", "."), 8: ("lowerLetter", "(", ")"), 9: ("lowerLetter", "", ")"),
            10: ("upperLetter", "(", ")"), 11: ("upperLetter", "", ")"), 12: ("decimal", "(", ")"),
            13: ("decimal", "", " "), 14: ("upperRoman", "(", ")"), 15: ("upperRoman", "", ")"),
            16: ("chineseCounting", "", " "), 17: ("chineseCounting", "", "、"), 18: ("decimalEnclosedCircle", "", ""),
            19: ("decimalEnclosedCircle", "", ""), 21: ("chineseCounting", "", " "), 22: ("chineseCounting", "", "、"),
            23: ("decimal", "", "-"), 28: ("decimalFullWidth", "", " "), 29: ("decimalFullWidth", "", ".")}


def ppt_text(data: bytes, name: str) -> str:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        stream = ole.openstream("PowerPoint Document").read()
        user = ole.openstream("Current User").read() if ole.exists("Current User") else b""
    except Exception:  # not a compound file after all, or a damaged one
        raise InputError(f"{name}：无法读取旧版 PowerPoint（.ppt）演示文稿：文件已损坏或不完整") from None
    try:
        lines = _Deck(stream, user).lines()
    except (struct.error, IndexError, ValueError, RecursionError):  # a record's length past its stream, a bad offset
        raise InputError(f"{name}：无法读取旧版 PowerPoint（.ppt）演示文稿：文件已损坏") from None
    return "\n".join(ln for ln in lines if ln.strip())


@dataclass
class _Text:
    """A text box's text with its runs: paragraph runs (length, indent level, has a bullet) and character runs (length,
    pp9rt), and the shape's StyleTextProp9 entries (has a number, scheme, start)."""
    text: str
    paragraphs: list[tuple[int, int, bool]] = field(default_factory=list)
    characters: list[tuple[int, int]] = field(default_factory=list)
    numbers: list[tuple[bool, int, int]] = field(default_factory=list)


def _records(data: bytes, start: int, end: int):
    end = min(end, len(data))
    while start + 8 <= end:
        head, kind, length = struct.unpack_from("<HHI", data, start)
        body = start + 8
        yield kind, head & 0xF == 0xF, body, min(body + length, end)
        start = body + length


def _find(data: bytes, start: int, end: int, kind: int, depth: int = 0):
    """Every record of this type under [start, end), in order."""
    if depth > _DEPTH:
        return
    for k, container, body, stop in _records(data, start, end):
        if k == kind:
            yield body, stop
        if container or k == _TAG_BLOB:  # (a tag's data blob is records too)
            yield from _find(data, body, stop, kind, depth + 1)


class _Deck:
    def __init__(self, stream: bytes, user: bytes):
        self.data = stream
        self.document: int | None = None  # (the persist id of the document's record, as the last edit names it)
        self.persist = self._persist(user)

    def _persist(self, user: bytes) -> dict[int, int]:
        # the last edit (Current User's offsetToCurrentEdit), then each edit before it: its persist directory's entries,
        # the newest kept
        out: dict[int, int] = {}
        if len(user) < 20:
            return out
        edit = struct.unpack_from("<I", user, 16)[0]
        seen: set[int] = set()
        while edit and edit not in seen and len(seen) < _EDITS and edit + 36 <= len(self.data):
            seen.add(edit)
            if struct.unpack_from("<H", self.data, edit + 2)[0] != _USER_EDIT:
                break
            last, directory, document = struct.unpack_from("<III", self.data, edit + 16)
            self.document = document if self.document is None else self.document
            for body, stop in _find(self.data, directory, directory + 8 + struct.unpack_from("<I", self.data, directory + 4)[0],
                                    _PERSIST_DIR) if directory + 8 <= len(self.data) else []:
                at = body
                while at + 4 <= stop:
                    entry = struct.unpack_from("<I", self.data, at)[0]
                    first, count = entry & 0xFFFFF, entry >> 20
                    for k in range(count):
                        if at + 8 + 4 * k <= stop:
                            out.setdefault(first + k, struct.unpack_from("<I", self.data, at + 4 + 4 * k)[0])
                    at += 4 + 4 * count
            edit = last
        return out

    def _record(self, offset: int) -> tuple[int, int, int] | None:
        if offset + 8 > len(self.data):
            return None
        _, kind, length = struct.unpack_from("<HHI", self.data, offset)
        return kind, offset + 8, min(offset + 8 + length, len(self.data))

    def slides(self) -> list[tuple[int, int, list[_Text]]]:
        """Each slide's record (body, end) and the texts the slide list holds for it, in the deck's order."""
        doc = self._record(self.persist[self.document]) if self.document in self.persist else None
        out = []
        if doc is not None and doc[0] == _DOCUMENT:
            for k, container, body, stop in _records(self.data, doc[1], doc[2]):
                if k != _SLIDE_LIST or struct.unpack_from("<H", self.data, body - 8)[0] >> 4 != 0:
                    continue  # (instance 0: the slides; 1 the masters, 2 the notes)
                current: list[_Text] | None = None
                for kind, _, b, s in _records(self.data, body, stop):
                    if kind == _SLIDE_PERSIST and s - b >= 4:
                        offset = self.persist.get(struct.unpack_from("<I", self.data, b)[0])
                        slide = self._record(offset) if offset is not None else None
                        current = []
                        if slide is not None and slide[0] == _SLIDE:
                            out.append((slide[1], slide[2], current))
                    elif current is not None:
                        _add_text(current, self.data, kind, b, s)
        if not out:  # (no directory to follow: the slides as the stream holds them)
            out = [(b, s, []) for k, _, b, s in _records(self.data, 0, len(self.data)) if k == _SLIDE]
        return out

    def lines(self) -> list[str]:
        out: list[str] = []
        for body, stop, outline in self.slides():
            # (the drawing's top group: the rest are inside it)
            group = next(_find(self.data, body, stop, _GROUP), None)
            if group is not None:
                out += [ln for _, lines, _ in sorted(self._shapes(*group, outline), key=lambda s: s[0]) for ln in lines]
        return out

    def _shapes(self, body: int, stop: int, outline: list[_Text], depth: int = 0):
        placed = []
        for k, (kind, _, b, s) in enumerate(_records(self.data, body, stop)):
            if kind == _SHAPE and k > 0:
                shape = self._shape(b, s, outline)
                if shape is not None:
                    placed.append(((shape[0], shape[1], k), shape[2], shape[3]))
            elif kind == _GROUP and depth < _DEPTH:
                first = next(iter(_records(self.data, b, s)), None)  # (the group's own shape: its place)
                at = self._anchor(first[2], first[3]) if first and first[0] == _SHAPE else (1 << 40, 0)
                inner = self._shapes(b, s, outline, depth + 1)
                placed.append(((at[0], at[1], k), _as_table(inner) or
                               [ln for _, lines, _ in sorted(inner, key=lambda x: x[0]) for ln in lines], None))
        return placed

    def _anchor(self, body: int, stop: int) -> tuple[int, int]:
        for kind, _, b, s in _records(self.data, body, stop):
            if kind == _ANCHOR and s - b >= 8:
                top, left = struct.unpack_from("<ii" if s - b >= 16 else "<hh", self.data, b)
                return top, left
            if kind == _CHILD_ANCHOR and s - b >= 16:
                left, top = struct.unpack_from("<ii", self.data, b)
                return top, left
        return 1 << 40, 0

    def _shape(self, body: int, stop: int, outline: list[_Text]):
        texts: list[_Text] = []
        numbers: list[tuple[bool, int, int]] = []
        bottom = None
        for kind, _, b, s in _records(self.data, body, stop):
            if kind == _CLIENT_DATA:
                for pb, ps in _find(self.data, b, s, _PLACEHOLDER):
                    if ps - pb >= 5 and self.data[pb + 4] in _FURNITURE:
                        return None
                numbers = _numbers(self.data, b, s)
            elif kind == _TEXTBOX:
                for k, _, tb, ts in _records(self.data, b, s):
                    if k == _OUTLINE_REF and ts - tb >= 4:
                        index = struct.unpack_from("<I", self.data, tb)[0]
                        if index < len(outline):
                            texts.append(outline[index])
                    else:
                        _add_text(texts, self.data, k, tb, ts)
            elif kind == _CHILD_ANCHOR and s - b >= 16:
                bottom = struct.unpack_from("<i", self.data, b + 12)[0]
        if not texts:
            return None
        top, left = self._anchor(body, stop)
        for text in texts:
            text.numbers = text.numbers or numbers
        return top, left, [ln for text in texts for ln in _lines(text)], (top, left, bottom)


def _add_text(texts: list[_Text], data: bytes, kind: int, body: int, stop: int) -> None:
    # a text atom starts a text; a style atom after it gives its runs
    if kind == _TEXT_CHARS:
        texts.append(_Text(data[body:stop - (stop - body) % 2].decode("utf-16-le", "replace")))
    elif kind == _TEXT_BYTES:
        texts.append(_Text(data[body:stop].decode("latin-1")))
    elif kind == _STYLE and texts and not texts[-1].paragraphs:
        texts[-1].paragraphs, texts[-1].characters = _runs(data, body, stop, len(texts[-1].text) + 1)


# the optional fields of a paragraph's exception (TextPFException), in order: (the mask bits any of which has it, bytes)
_PF_FIELDS = ((0x000F, 2), (0x0080, 2), (0x0010, 2), (0x0040, 2), (0x0020, 4), (0x0800, 2), (0x1000, 2), (0x2000, 2),
              (0x4000, 2), (0x0100, 2), (0x0400, 2), (0x8000, 2), (0x100000, -1), (0x10000, 2), (0xE0000, 2),
              (0x200000, 2))
# and of a character run's (TextCFException): fontStyle first (its bits 10–13 the pp9rt)
_CF_FIELDS = ((0x3EB7, 2), (0x10000, 2), (0x200000, 2), (0x400000, 2), (0x800000, 2), (0x20000, 2), (0x40000, 4),
              (0x80000, 2), (0x100000, 4), (0x1000000, 2), (0x2000000, 2), (0x4000000, 4))


def _runs(data: bytes, at: int, stop: int, length: int):
    paragraphs, characters = [], []
    covered = 0
    while covered < length and at + 10 <= stop:
        count, level, masks = struct.unpack_from("<IHI", data, at)
        at += 10
        flags = struct.unpack_from("<H", data, at)[0] if masks & 0x000F else 0
        for bits, size in _PF_FIELDS:
            if masks & bits:
                at += 2 + 4 * struct.unpack_from("<H", data, at)[0] if size < 0 else size  # (tab stops: a count, 4 each)
        paragraphs.append((max(count, 1), level, bool(flags & 1 and masks & 1)))
        covered += max(count, 1)
    covered = 0
    while covered < length and at + 8 <= stop:
        count, masks = struct.unpack_from("<II", data, at)
        at += 8
        style = struct.unpack_from("<H", data, at)[0] if masks & 0x3EB7 else 0
        for bits, size in _CF_FIELDS:
            if masks & bits:
                at += size
        characters.append((max(count, 1), (style >> 10) & 0xF))
        covered += max(count, 1)
    return paragraphs, characters


def _numbers(data: bytes, body: int, stop: int) -> list[tuple[bool, int, int]]:
    # the shape's "___PPT9" tag: its StyleTextProp9 entries, each a paragraph's numbering (TextPFException9), then a
    # character (TextCFException9) and a special-info exception, read only to step over
    for b, s in _find(data, body, stop, _STYLE9):
        out, at = [], b
        while at + 4 <= s:
            masks = struct.unpack_from("<I", data, at)[0]
            at += 4
            if masks & 0x800000:
                at += 2  # (a picture bullet's index)
            has = bool(struct.unpack_from("<H", data, at)[0]) if masks & 0x2000000 and at + 2 <= s else False
            at += 2 if masks & 0x2000000 else 0
            scheme, start = struct.unpack_from("<Hh", data, at) if masks & 0x1000000 and at + 4 <= s else (3, 1)
            at += 4 if masks & 0x1000000 else 0
            out.append((has, scheme, start))
            if at + 4 <= s:  # (the character exception: its pp10 run)
                at += 4 + (4 if struct.unpack_from("<I", data, at)[0] & 0x100000 else 0)
            if at + 4 <= s:  # (the special info: spelling, languages, a pp10 run, bidi, smart tags)
                m = struct.unpack_from("<I", data, at)[0]
                at += 4 + sum(2 for bit in (0x1, 0x2, 0x4, 0x40) if m & bit) + (4 if m & 0x20 else 0)
                if m & 0x200 and at + 4 <= s:
                    at += 4 + 4 * min(struct.unpack_from("<I", data, at)[0], 1 << 20)
        return out
    return []


def _lines(text: _Text) -> list[str]:
    # each paragraph ("\r") a line, a vertical tab a line break; numbered by its character run's pp9rt entry where its
    # paragraph run has a bullet, each indent level counting on until a paragraph of that level without one
    out: list[str] = []
    counts: dict[int, int] = {}
    at = 0
    for para in text.text.split("\r"):
        level, bullet = _at(text.paragraphs, at)
        rt = _at_char(text.characters, at)
        at += len(para) + 1
        words = "".join(ch for ch in para if ch >= " " or ch == "\x0b").replace("\x0b", "\n")
        if not words.strip():
            continue
        for deeper in [lv for lv in counts if lv > level]:
            del counts[deeper]
        label = ""
        number = text.numbers[rt] if bullet and rt < len(text.numbers) else None
        if number and number[0]:
            fmt, before, after = _SCHEMES.get(number[1], ("decimal", "", "."))
            counts[level] = counts[level] + 1 if level in counts else max(1, min(number[2], 100_000))
            label = before + format_number(counts[level], fmt) + after
        else:
            counts.pop(level, None)
        out += (label + words).split("\n")
    return out


def _at(runs: list[tuple[int, int, bool]], at: int) -> tuple[int, bool]:
    for count, level, bullet in runs:
        if at < count:
            return min(level, 8), bullet
        at -= count
    return 0, False


def _at_char(runs: list[tuple[int, int]], at: int) -> int:
    for count, rt in runs:
        if at < count:
            return rt
        at -= count
    return 0


def _as_table(shapes) -> list[str] | None:
    """A group of text shapes in a grid (two rows or more of two cells or more: PowerPoint writes a table so) as a
    table's rows; a cell spanning rows is MERGED in the rows under its top."""
    cells = [(box, lines) for _, lines, box in shapes if box is not None]
    if not 4 <= len(cells) <= 2000 or len(cells) != len(shapes):  # (a table of more cells is no slide's)
        return None
    tops = sorted({box[0] for box, _ in cells})
    lefts = sorted({box[1] for box, _ in cells})
    if len(tops) < 2 or len(lefts) < 2 or len(tops) * len(lefts) > 10_000:
        return None
    rows = []
    for top in tops:
        row = []
        for left in lefts:
            cell = next((lines for box, lines in cells if box[0] == top and box[1] == left), None)
            above = any(box[1] == left and box[0] < top and box[2] is not None and box[2] > top for box, _ in cells)
            row.append(cell if cell is not None else [MERGED] if above else [])
        rows.append(row)
    return row_lines(rows)
