"""Sheets embedded in a Word 97–2003 document (an Excel or WPS table inserted as an object, its picture on the page):
the .doc keeps each object in a storage of its ObjectPool ("_<id>"), the sheet as a "Workbook" stream (Excel 97's
BIFF, which xlrd reads as it stands) or a "Package" stream (a whole .xlsx); the text holds a 0x01 character where the
object stands, and character properties that name its storage (sprmCPicLocation, with sprmCFOle2). Read so, a sheet's rows go after the
paragraph that holds it, as a .docx's embedded sheet does (docx_text). (Word names the storage on the EMBED field's
separator character; the 0x01 after it is the object's picture.)"""

from __future__ import annotations

import struct

from zhengce.reading.word_binary import character_runs, sprms, text_spans

_SPRM_PIC_LOCATION = 0x6A03  # (the storage's number, or a picture's offset in the Data stream)
_SPRM_OLE2 = 0x080A  # (the character is an OLE object's: its location is a storage)
_MAX_OBJECTS = 50
_MAX_BYTES = 50 * 1024 * 1024


def embedded_sheets(ole) -> dict[str, str]:
    """Each sheet the ObjectPool holds, by its storage's name ("_1234"): its text as the sheet readers write it;
    objects that are not sheets (a chart, a picture, a Word document) or cannot be read are left out."""
    from zhengce.reading.sheet_text import xls_text, xlsx_text

    out: dict[str, str] = {}
    total = 0
    storages = sorted({entry[1] for entry in ole.listdir(streams=True, storages=False)
                       if len(entry) == 3 and entry[0] == "ObjectPool"})
    for storage in storages[:_MAX_OBJECTS]:
        for stream, read in (("Workbook", xls_text), ("Package", xlsx_text)):
            path = f"ObjectPool/{storage}/{stream}"
            if not ole.exists(path):
                continue
            total += ole.get_size(path)
            if total > _MAX_BYTES:
                return out
            try:
                out[storage] = read(ole.openstream(path).read(), "嵌入表格")
            except Exception:  # (an object that is not a sheet after all, a damaged one: its picture only)
                pass
            break
    return out


def object_storages(word: bytes, table: bytes, pieces: list[tuple[int, int, int, bool]]) -> dict[int, str]:
    """The main text's positions of embedded objects' characters → the ObjectPool storage each names."""
    return {cp: f"_{location}" for start, end, location in text_spans(character_runs(word, table, _location), pieces)
            for cp in range(start, end)}


def _location(grpprl: bytes) -> int | None:
    ole = location = None
    for sprm, at in sprms(grpprl):
        if sprm == _SPRM_OLE2:
            ole = grpprl[at] in (1, 0x81)
        elif sprm == _SPRM_PIC_LOCATION and at + 4 <= len(grpprl):
            location = struct.unpack_from("<I", grpprl, at)[0]
    return location if ole else None
