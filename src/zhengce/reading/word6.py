"""The text of a Word 6.0/95 document (FIB versions below Word 97's): one byte or, in the East Asian
editions, a double-byte code a character, in the code page of the document's language, with no table
stream — the piece table of a fast-saved ("complex") file sits in the WordDocument stream itself
(FIB: fcMin 0x18, ccpText 0x34, fcClx 0x160). Tables read by their cell marks alone; Word 6 list numbers
(ANLD), text boxes and revision marks are not read.
"""

from __future__ import annotations

import struct

from zhengce.reading.common_chars import chinese_score
from zhengce.reading.word_binary import piece_fc, piece_table

_CODE_PAGE = {0x04: "gb18030", 0x11: "cp932", 0x12: "cp949", 0x19: "cp1251", 0x15: "cp1250", 0x05: "cp1250",
              0x0E: "cp1250", 0x1B: "cp1250", 0x24: "cp1250", 0x22: "cp1251", 0x23: "cp1251", 0x02: "cp1251",
              0x08: "cp1253", 0x1F: "cp1254", 0x0D: "cp1255", 0x01: "cp1256", 0x1E: "cp874", 0x2A: "cp1258",
              0x25: "cp1257", 0x26: "cp1257", 0x27: "cp1257"}
_BIG5_LIDS = {0x0404, 0x0C04, 0x1404}  # Chinese as written in Taiwan, Hong Kong, Macao


def is_word6(word: bytes) -> bool:
    ident, nfib = struct.unpack_from("<HH", word, 0)
    return ident in (0xA5DC, 0xA699) or (ident == 0xA5EC and nfib < 0x00C1 and
                                         struct.unpack_from("<H", word, 0x0C)[0] < 0x00C1)


def word6_text(word: bytes, max_chars: int) -> str:
    """The main text with its marks (paragraph ends, cell marks, fields), as word97 reads a piece table's."""
    lid, flags = struct.unpack_from("<H", word, 0x06)[0], struct.unpack_from("<H", word, 0x0A)[0]
    encoding = "big5" if lid in _BIG5_LIDS else _CODE_PAGE.get(lid & 0x3FF, "cp1252")
    fc_min = struct.unpack_from("<I", word, 0x18)[0]
    ccp_text = struct.unpack_from("<i", word, 0x34)[0]
    if not 0 <= ccp_text <= max_chars:
        raise ValueError("a character count out of bounds")
    if not flags & 0x0004:  # saved whole: the main text is one run from fcMin
        return _decoded(word[fc_min:fc_min + ccp_text], encoding)
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x160)
    cps, plc, n = piece_table(word[fc_clx:fc_clx + lcb_clx])
    out = bytearray()
    for i in range(n):
        start, end = cps[i], min(cps[i + 1], ccp_text)
        if start >= ccp_text:
            break
        fc = piece_fc(plc, n, i) & 0x3FFFFFFF
        out += word[fc:fc + max(end - start, 0)]
    return _decoded(bytes(out), encoding)


def _decoded(data: bytes, encoding: str) -> str:
    text = data.decode(encoding, errors="replace")
    if encoding in ("gb18030", "big5", "cp932", "cp949") or sum(b >= 0x80 for b in data) < 20:
        return text
    # A Chinese text in a document whose language says English (the characters' own fonts carry the code
    # page, which this reader does not follow): GBK or Big5 bytes read as Latin-1 are mojibake
    best = (chinese_score(text), text)
    for other in ("gb18030", "big5"):
        try:
            cand = data.decode(other)
        except UnicodeDecodeError:
            continue
        best = max(best, (chinese_score(cand), cand), key=lambda b: b[0])
    return best[1]
