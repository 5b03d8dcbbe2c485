"""The text of a Word 97–2003 binary document (.doc) and of a WPS text document (.wps, which Kingsoft
WPS writes in the same binary format): the files county and city sites still attach to their notices.

The format ([MS-DOC]) is an OLE compound file. Its "WordDocument" stream begins with the FIB, which says
which table stream ("0Table"/"1Table") holds the piece table (Clx) and how many characters the main text
has (ccpText). The piece table maps runs of character positions to bytes of the WordDocument stream,
each run stored either as UTF-16LE or as one byte a character (cp1252, for runs with no Chinese). Only
the main text is read: footnotes, headers and comments follow it and are not the document's body. What
the text alone does not say comes from beside it: tables and list numbers from the paragraphs' properties
(word97_paragraphs, word97_lists, word97_styles), deletions from the characters' (word97_revisions). A
Word 6.0/95 file is read by word6.
"""

from __future__ import annotations

import io
import struct

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.table_rows import CELL_SEP, MERGED, ROW_END, marked_rows
from zhengce.reading.word6 import is_word6, word6_text
from zhengce.reading.word_binary import piece_fc, piece_table
from zhengce.reading.word97_lists import list_labels
from zhengce.reading.word97_paragraphs import mark_props, table_marks
from zhengce.reading.word97_objects import embedded_sheets, object_storages
from zhengce.reading.word97_revisions import deleted_spans

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_CHARS = 20_000_000  # a policy document has tens of thousands of characters; this is no document
_WIDENT = 0xA5EC  # the FIB's magic number

_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
_CELL = "\x07"  # ends a table cell, and a row (as a paragraph of its own after the last cell)
_SHAPE = "\x08"  # where a drawn shape (a text box, a picture) is anchored
_OBJECT = "\x01"  # where an embedded object (a sheet, a picture inserted as an object) stands
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n",
                              "\x1e": "-", "\x1f": None})
_OBJECTS = re.compile(r"[\x00-\x06\x08\x10-\x12\x16-\x1d]")  # pictures, footnote marks, drawn objects


def is_word97(data: bytes) -> bool:
    return data[:8] == OLE_MAGIC


def word97_text(data: bytes, name: str, held: bool = False) -> str:
    """held: a document another holds, whose own embedded sheets are not read (one level deep)."""
    import olefile  # (imported here: only .doc/.wps files need it)

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # not a compound file after all, or a damaged one
        raise InputError(f"{name}：无法读取旧版 Word（.doc）或 WPS 文档：文件已损坏或不完整") from None
    try:
        if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):  # a password-protected .docx/.xlsx
            raise InputError(f"{name}：文档已加密（设置了打开密码）：请去掉密码后另存再读取")
        if not ole.exists("WordDocument"):
            raise InputError(f"{name}：这个 Office 文件不是文字文档（可能是 Excel、PowerPoint 或旧版 WPS 格式）："
                             "请另存为 .docx 或 PDF")
        word = ole.openstream("WordDocument").read()
        if len(word) >= 0x1AA and is_word6(word):
            return _word6(word, name)
        fib = _fib(word, name)
        table_name = "1Table" if fib["which_table"] else "0Table"
        if not ole.exists(table_name):
            raise InputError(f"{name}：Word 文档缺少表流（{table_name}），文件可能已损坏")
        table = ole.openstream(table_name).read()
        try:
            sheets = {} if held else embedded_sheets(ole)
        except Exception:  # (a damaged object pool: the sheets' pictures only, the text whole)
            sheets = {}
    except InputError:
        raise
    except Exception:  # a stream whose sectors point outside the file
        raise InputError(f"{name}：无法读取旧版 Word（.doc）或 WPS 文档：文件内部的数据流已损坏") from None
    finally:
        ole.close()
    try:
        pieces = _pieces(word, table, fib)
        main = _clip(pieces, 0, fib["ccp_text"])
        raw = _text(word, main)
    except (struct.error, IndexError, ValueError):
        raise InputError(f"{name}：Word 文档的文字索引（piece table）已损坏，无法读取") from None
    try:
        props = mark_props(word, table, main, raw)
        marks = table_marks(props, raw)
    except (struct.error, IndexError, ValueError):
        props, marks = {}, None  # (the text is whole; only where table rows end is guessed)
    try:
        labels = list_labels(word, table, props, raw)
    except (struct.error, IndexError, ValueError):
        labels = {}  # (a damaged list table loses Word's list numbers, not the text)
    try:
        deleted = deleted_spans(word, table, main)
    except (struct.error, IndexError, ValueError):
        deleted = []  # (a damaged character index: struck-out text, if any, stays in)
    try:
        boxes = _text_boxes(word, table, fib, pieces)
    except (struct.error, IndexError, ValueError):
        boxes = []  # (a damaged text-box index loses the boxes, not the document)
    merged = {cp: p.merged for cp, p in props.items() if p.merged and marks and marks.get(cp) == "row"}
    return _plain(raw, marks, boxes, labels, deleted, merged, _held(word, table, main, raw, sheets))


def _held(word: bytes, table: bytes, main, raw: str, sheets: dict[str, str]) -> dict[int, str]:
    """The embedded sheets by where their objects stand in the text (a sheet whose object is not found: at the end)."""
    if not sheets:
        return {}
    try:
        storages = object_storages(word, table, main)
    except (struct.error, IndexError, ValueError):
        storages = {}
    # (the storage is named on an EMBED field's separator, or on the object's own character)
    held = {cp: sheets[name] for cp, name in storages.items()
            if cp < len(raw) and raw[cp] in (_OBJECT, _FIELD_SEP) and name in sheets}
    placed = {storages[cp] for cp in held}
    rest = [text for name, text in sheets.items() if name not in placed]
    if rest:
        held[len(raw)] = "\n".join(rest)
    return held


def _word6(word: bytes, name: str) -> str:
    if struct.unpack_from("<H", word, 0x0A)[0] & 0x0100:
        raise InputError(f"{name}：Word 文档已加密（设置了打开密码）：请去掉密码后另存再读取")
    try:
        raw = word6_text(word, _MAX_CHARS)
    except (struct.error, IndexError, ValueError):
        raise InputError(f"{name}：Word 6.0/95 文档的文字索引已损坏，无法读取") from None
    return _plain(raw, None, [])


def _fib(word: bytes, name: str) -> dict:
    if len(word) < 0x1AA:
        raise InputError(f"{name}：Word 文档头（FIB）不完整，文件可能已损坏")
    ident = struct.unpack_from("<H", word, 0)[0]
    if ident != _WIDENT:
        raise InputError(f"{name}：不是 Word 文档（文档头标识不符），可能是其他软件的文件：请另存为 .docx 或 PDF")
    flags = struct.unpack_from("<H", word, 0x0A)[0]
    if flags & 0x0100:
        raise InputError(f"{name}：Word 文档已加密（设置了打开密码）：请去掉密码后另存再读取")
    # FibRgLw97 starts at 0x40 (after FibBase, csw and the 14 words of FibRgW97); ccpText is its 4th long.
    # FibRgFcLcb97 starts at 0x9A; the Clx is its 34th fc/lcb pair.
    # The stories follow each other: main text, footnotes, headers, comments, endnotes, then text boxes.
    ccp_text, ccp_ftn, ccp_hdd, _, ccp_atn, ccp_edn, ccp_txbx = struct.unpack_from("<7i", word, 0x4C)
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    if not 0 <= ccp_text <= _MAX_CHARS:
        raise InputError(f"{name}：Word 文档头记录的字数异常（{ccp_text}），文件可能已损坏")
    before_boxes = ccp_text + ccp_ftn + ccp_hdd + ccp_atn + ccp_edn
    boxes_ok = min(ccp_ftn, ccp_hdd, ccp_atn, ccp_edn, ccp_txbx) >= 0 and before_boxes + ccp_txbx <= 2 * _MAX_CHARS
    return {"which_table": bool(flags & 0x0200), "ccp_text": ccp_text, "fc_clx": fc_clx, "lcb_clx": lcb_clx,
            "boxes": (before_boxes, ccp_txbx if boxes_ok else 0)}


def _pieces(word: bytes, table: bytes, fib: dict) -> list[tuple[int, int, int, bool]]:
    """The pieces of all the stories: (first character, end, byte offset in WordDocument, one byte a character?)."""
    cps, plc, n = piece_table(table[fib["fc_clx"]:fib["fc_clx"] + fib["lcb_clx"]])
    out = []
    for i in range(n):
        if cps[i + 1] > cps[i]:
            fc_field = piece_fc(plc, n, i)
            compressed = bool(fc_field & 0x40000000)  # stored at half the offset, one byte a character
            fc = (fc_field & 0x3FFFFFFF) // 2 if compressed else fc_field & 0x3FFFFFFF
            out.append((cps[i], cps[i + 1], fc, compressed))
    return out


def _clip(pieces: list[tuple[int, int, int, bool]], first: int, end: int) -> list[tuple[int, int, int, bool]]:
    """The pieces of characters first..end, cut to that range."""
    out = []
    for start, stop, fc, compressed in pieces:
        a, b = max(start, first), min(stop, end)
        if a < b:
            out.append((a, b, fc + (1 if compressed else 2) * (a - start), compressed))
    return out


def _text(word: bytes, pieces: list[tuple[int, int, int, bool]]) -> str:
    out: list[str] = []
    for start, end, fc, compressed in pieces:
        width = 1 if compressed else 2
        chunk = word[fc:fc + width * (end - start)]
        if len(chunk) < width * (end - start):
            raise ValueError("a piece runs past the end of the stream")
        out.append(chunk.decode("cp1252" if compressed else "utf-16-le", errors="replace"))
    return "".join(out)


def _text_boxes(word: bytes, table: bytes, fib: dict, pieces: list[tuple[int, int, int, bool]]) -> list[str]:
    """Each text box's text, in the order of the text-box story (its PlcftxbxTxt, FibRgFcLcb97's 57th pair)."""
    first, count = fib["boxes"]
    if count <= 0:
        return []
    story = _text(word, _clip(pieces, first, first + count))
    fc, lcb = struct.unpack_from("<II", word, 0x9A + 56 * 8)
    n = (lcb - 4) // 26 if lcb >= 30 else 0
    cps = struct.unpack_from(f"<{n + 1}I", table, fc) if n and fc + lcb <= len(table) else ()
    if not cps or list(cps) != sorted(cps) or cps[-1] > count:
        cps = (0, count)  # (no usable index: the story is read as one box)
    boxes = [_field_results(story[a:b]).replace("\r", "\n").strip() for a, b in zip(cps, cps[1:])]
    return [_OBJECTS.sub("", " ".join(box.split("\n")).translate(_LINE_BREAKS)).strip() for box in boxes if box]


def _plain(raw: str, marks: dict[int, str] | None, boxes: list[str], labels: dict[int, str] | None = None,
           deleted: list[tuple[int, int]] = (), merged: dict[int, tuple[int, ...]] | None = None,
           held: dict[int, str] | None = None) -> str:
    """The text a reader sees: list numbers, field results without their codes, table cells as in a .docx,
    text boxes where they are anchored, tracked deletions gone, no marks; merged: a row's end → its cells that
    continue the cell above (written MERGED, as a .docx's <w:vMerge/> cell is); held: an embedded object's position →
    its sheet's text, read after the object's paragraph (after its table row, for an object in a cell)."""
    chars = list(raw)
    if marks is not None:
        for cp, kind in marks.items():
            chars[cp] = _MARK_TEXT[kind]
            if kind == "row" and marks.get(cp - 1) == "cell":
                chars[cp - 1] = ""  # (the last cell's mark parts it from no other cell)
        if merged:
            _mark_merged(raw, marks, merged, chars)
    chars.append("")
    for cp, text in sorted((held or {}).items()):
        end = raw.find("\r", cp)
        end = len(raw) if end < 0 else end
        if marks and marks.get(end, "line") != "line":  # (in a table: after its row)
            end = next((k for k in sorted(marks) if k >= end and marks[k] == "row"), end)
        before = chars[end] if end < len(raw) else raw[-1:]  # (at the end: after the last paragraph's mark)
        chars[end] += ("" if before.endswith(("\r", "\n")) else "\n") + text + "\n"
    anchors = [i for i, ch in enumerate(raw) if ch == _SHAPE] if boxes else []
    if boxes and len(anchors) == len(boxes):  # one box a shape: each where its shape is
        for i, box in zip(anchors, boxes):
            chars[i] = box
    for cp, label in (labels or {}).items():  # (in place, before anything shifts the positions)
        if cp < len(chars):
            chars[cp] = label + chars[cp]
    for start, end in deleted:  # struck out by a reviewer: the revision accepted
        chars[start:end] = [""] * len(chars[start:end])
    if boxes and len(anchors) != len(boxes):
        # shapes that are pictures, boxes grouped in one shape: the boxes' lines at the first shape
        where = anchors[0] if anchors else len(chars)
        chars.insert(where, "\r" + "\r".join(boxes) + "\r")
    text = "".join(chars)
    if marks is None:  # the paragraphs' properties could not be read: a row ends where two cell marks meet
        text = text.replace(_CELL + _CELL, ROW_END + "\r")
    text = _OBJECTS.sub("", _field_results(text.replace(_CELL, CELL_SEP)).translate(_LINE_BREAKS))
    # (empty paragraphs stay empty lines: like a text file's, they part a title from what follows)
    return marked_rows(text).strip("\n")


def _mark_merged(raw: str, marks: dict[int, str], merged: dict[int, tuple[int, ...]], chars: list[str]) -> None:
    cells: list[int] = []  # the row's cell marks so far
    row_start = 0
    for cp in sorted(marks):
        if marks[cp] == "cell":
            cells.append(cp)
        elif marks[cp] == "row":
            for k in merged.get(cp, ()):
                if k < len(cells) and not raw[cells[k - 1] + 1 if k else row_start:cells[k]].strip(" \r\x07"):
                    chars[cells[k]] = MERGED + chars[cells[k]]  # (an empty cell only: one that says something stands)
            cells, row_start = [], cp + 1


# How a paragraph mark inside a table reads, as the .docx reader reads the same table: a row on one
# line, its cells parted (table_rows writes them as a .docx row's), the paragraphs of one cell run
# together — but in a row of one cell (a page laid out in a table) each its own line.
_MARK_TEXT = {"row": ROW_END + "\n", "cell": CELL_SEP, "in_cell": "", "inner_cell": " ", "line": "\n"}


def _field_results(raw: str) -> str:
    # A field is BEGIN code [SEP result] END, nested at will: keep what a printed page shows, the result.
    if _FIELD_BEGIN not in raw:
        return raw
    out: list[str] = []
    stack: list[bool] = []  # per open field: are we past its separator (showing its result)?
    for ch in raw:
        if ch == _FIELD_BEGIN:
            stack.append(False)
        elif ch == _FIELD_SEP and stack:
            stack[-1] = True
        elif ch == _FIELD_END and stack:
            stack.pop()
        elif all(stack):
            out.append(ch)
    return "".join(out)
