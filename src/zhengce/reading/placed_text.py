"""Lines of text from characters placed on a page — what the readers of fixed-layout files (PDF, OFD) find:
each character where it is drawn, in whatever order the writer drew it. Writers do not draw in reading order:
LibreOffice draws a line's Chinese characters first and its quotation marks (another font) after them, a
template is drawn under its page, a table cell by cell. So the text is read as a viewer shows it: characters
on one baseline (give or take 0.4 of their size) make a line, read left to right; lines top to bottom.

A space is what the file draws as one, or a gap beyond the line's usual spacing between its characters (none
in most lines; in a line set spaced out, that spacing): wider than 0.15 of a character between two of a kind
(Chinese and Chinese, Latin and Latin: a word space is a fifth to a half), wider than 0.3 between a Chinese
character and a letter or digit (Word and LibreOffice set about a fifth there, "41 号", which is no space). A
character drawn twice on itself (bold faked by overprinting) is read once.
"""

from __future__ import annotations

from zhengce import rx as re

# a placed character — or a word whose characters' places are not known apart: (baseline y, downwards; x of
# its left edge; the character or word, " " for a space; its size as drawn; x of its right edge)
Glyph = tuple[float, float, str, float, float]


WIDE_FROM = 0x2E80  # from here on a character is a full em wide: CJK, full-width punctuation; before it, half
_WIDE = re.compile("[\u2e80-\U0010ffff]")


def wide(ch: str) -> bool:
    return ord(ch) >= WIDE_FROM


def width(text: str) -> float:
    """In ems: a Chinese character (or full-width sign) one, others half (where a file gives no widths)."""
    return (len(text) + len(_WIDE.findall(text))) / 2


def page_lines(glyphs: list[Glyph]) -> list[str]:
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs):
        if lines and abs(glyph[0] - lines[-1][0][0]) <= 0.4 * glyph[3]:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    out = []
    for line in lines:
        line.sort(key=lambda g: g[1])
        # a line set with its characters spaced out (letter-spacing, a justified short line): every gap holds
        # that spacing, which is no space; what a gap has beyond the line's usual one is
        gaps = sorted(b[1] - a[4] for a, b in zip(line, line[1:]) if not a[2].isspace() and not b[2].isspace())
        usual = max(0.0, gaps[len(gaps) // 2]) if gaps else 0.0
        parts: list[str] = []
        end, last_x, last, last_wide, space = 0.0, 0.0, "", False, False
        for _, x, ch, size, right in line:
            if ch.isspace():
                space = bool(parts)
                continue
            is_wide = ord(ch[0]) >= WIDE_FROM
            if parts:
                if ch == last and abs(x - last_x) < 0.3 * (size if size < end - last_x else end - last_x):
                    continue  # (drawn again on itself, not beside itself: "tt")
                if space or x - end - usual > (0.3 if is_wide != last_wide else 0.15) * size:
                    parts.append(" ")
                if right > end:
                    end = right
            else:
                end = right
            space = False
            parts.append(ch)
            last, last_x, last_wide = ch, x, ord(ch[-1]) >= WIDE_FROM
        if parts:
            out.append("".join(parts))
    return out
