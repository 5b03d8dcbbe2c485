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

A page set in two columns (a gazette's) is read column by column: a gutter found in the middle half of the page,
prose on both sides of it (`_gutter`); the lines that cross it (a masthead, a heading, a page number) stand where
they are, the columns between them are read left then right, their paragraphs told by where their lines end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from zhengce import rx as re
from zhengce.reading.numbering import marker

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


def page_lines(glyphs: list[Glyph], before: dict | None = None) -> list[str]:
    """`before`, kept by the reader across a document's pages, carries the last gutter found: a page whose
    right column is too short to show one (an article's last page) is read with it, if no more lines cross it
    than would cross a gutter of its own."""
    return [t for t in page_items(glyphs, before) if isinstance(t, str)]


def page_items(glyphs: list[Glyph], before: dict | None = None, tables: Sequence[Any] = (),
               aligned: Callable[[list[list[Glyph]]], list[tuple[int, int, Any]]] | None = None) -> list[Any]:
    """The page's lines, top to bottom, with its ruled tables (`ruled_tables.Table`, their characters already
    taken out of glyphs) standing where they are drawn, between the lines above and below them; `aligned` finds
    tables without rules among a run of lines (on a page not set in two columns)."""
    lines = baselines(glyphs)
    gutter = _gutter(lines)
    if before is not None:
        if gutter is not None:
            before["gutter"] = gutter
        elif before.get("gutter") is not None and _holds(lines, *before["gutter"]):
            gutter = before["gutter"]
    out: list[Any] = []
    pending = sorted(tables, key=lambda t: t.top)
    band: list[list[Glyph]] = []
    for line in lines:
        # (a line whose middle is below a table's top rule comes after the table)
        while pending and pending[0].top <= line[0][0] - line[0][3] / 2:
            out += _band(band, gutter, aligned)
            out.append(pending.pop(0))
            band = []
        band.append(line)
    return out + _band(band, gutter, aligned) + pending


def _band(lines: list[list[Glyph]], gutter: tuple[float, float] | None, aligned=None) -> list[Any]:
    if gutter is None:
        out: list[Any] = []
        at = 0
        for start, end, table in aligned(lines) if aligned is not None else ():
            out += [t for t in map(line_text, lines[at:start]) if t]
            out.append(table)
            at = end
        return out + [t for t in map(line_text, lines[at:]) if t]
    # two columns (a gazette's page): between lines that run across the gutter (a masthead, a heading, a page
    # number), the left column's lines are read, then the right's
    lo, hi = gutter
    out: list[str] = []
    left: list[Glyph] = []
    right: list[Glyph] = []
    for line in lines:
        if any(_crosses(g, lo, hi) for g in line):
            out += _columns(left, right)
            left, right = [], []
            out.extend(t for t in [line_text(line)] if t)
            continue
        for g in line:
            (left if g[1] < (lo + hi) / 2 else right).append(g)
    return out + _columns(left, right)


def _columns(left: list[Glyph], right: list[Glyph]) -> list[str]:
    """The lines of a band of two columns, the left's then the right's, each column's characters making their
    own lines (its baselines need not be the other's). A column is too narrow for the width a line is cut at to
    tell where a paragraph ends (a heading as wide as the column is no sentence going on), but where its lines
    end does: one that runs to the column's right edge goes on in the next (joined here — unless it closes a
    sentence, ends as a contents entry "某某的通知……3", is centred with room to spare, or the next opens a
    numbered item or is set in another size, a heading over its text); one that stops short ends its paragraph
    (an empty line after it)."""
    out: list[str] = []
    going_on, last_size = False, 0.0
    for column in (baselines(left), baselines(right)):
        ends = sorted(max(g[4] for g in line) for line in column)
        starts = sorted(line[0][1] for line in column)
        edge_x = ends[len(ends) * 2 // 3] if ends else 0.0
        left_x = starts[len(starts) // 3] if starts else 0.0
        for k, line in enumerate(column):
            t = line_text(line)
            if not t:
                continue
            size = sorted(g[3] for g in line)[len(line) // 2]
            if going_on and out and out[-1] and marker(t) is None and abs(size - last_size) <= 0.1 * size:
                out[-1] = run_on(out[-1], t)
            else:
                out.append(t)
            end = max(g[4] for g in line)
            indent, room = line[0][1] - left_x, edge_x - end
            centred = indent >= 0.5 * size and room >= 0.3 * size and abs(indent - room) <= size
            full = end >= edge_x - 1.5 * size and not centred
            going_on = full and t[-1] not in "。！？；：!?;:" and not _LEADER_END.search(t)
            last_size = size
            if not full and k < len(column) - 1:
                out.append("")
    return out


_LEADER_END = re.compile(r"(?:[.…·．]\s*){2,}[(（]?\s*\d+\s*[)）]?$|\s[(（]?\d{1,4}[)）]?$")


def _holds(lines: list[list[Glyph]], lo: float, hi: float) -> bool:
    """Whether a gutter found on an earlier page holds on this one: few of its lines cross it (a fifth at most),
    some stand on each side, and those on the left run up to it (prose, not a page of short lines)."""
    crossing = sum(1 for line in lines if any(_crosses(g, lo, hi) for g in line))
    ends = sorted(max(g[4] for g in line if g[4] <= lo + 1) for line in lines
                  if any(g[4] <= lo + 1 and not g[2].isspace() for g in line))
    right = sum(1 for line in lines if any(g[1] >= hi - 1 and not g[2].isspace() for g in line))
    if not ends or not right or crossing > len(lines) // 5:
        return False
    size = sorted(g[3] for line in lines for g in line)[sum(map(len, lines)) // 2]
    return ends[len(ends) * 2 // 3] >= lo - 2.5 * size


def _crosses(g: Glyph, lo: float, hi: float) -> bool:
    return not g[2].isspace() and g[1] < hi and g[4] > lo


def baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs):
        if lines and abs(glyph[0] - lines[-1][0][0]) <= 0.4 * glyph[3]:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    for line in lines:
        line.sort(key=lambda g: g[1])
    return lines


def _gutter(lines: list[list[Glyph]]) -> tuple[float, float] | None:
    """The gap between two columns of text, if the page is set in two: an interval in the middle half of the
    page that most lines leave empty, with prose on both sides of it — lines on the left that run up to it, lines
    on the right that start at it and run to the margin (a table's cells, a signature set to the right, a short
    list, do not)."""
    # (places a hostile file makes absurd, NaN or infinite, take no part)
    ink = [[g for g in line if not g[2].isspace() and abs(g[1]) < 1e9 and abs(g[4]) < 1e9 and 0 < g[3] < 1e4]
           for line in lines]
    ink = [line for line in ink if line]
    if len(ink) < 8:
        return None
    sizes = sorted(g[3] for line in ink for g in line)
    size = sizes[len(sizes) // 2]
    if not size > 0:
        return None
    x0 = min(line[0][1] for line in ink)
    x1 = max(max(g[4] for g in line) for line in ink)
    page = x1 - x0
    if page < 16 * size or page > 1e6:
        return None
    step = size / 4
    bins = int(page / step) + 1
    if bins > 20000:
        return None
    # (how many lines cover each strip: each line's characters merged into runs where they touch, the runs
    # counted as differences and summed — a page of text gone through once)
    diff = [0] * (bins + 1)
    for line in ink:
        runs: list[list[float]] = []
        for g in line:
            if runs and g[1] <= runs[-1][1] + step:
                runs[-1][1] = max(runs[-1][1], g[4])
            else:
                runs.append([g[1], g[4]])
        for left, right in runs:
            a, b = int((left - x0) / step), int((right - x0) / step)
            if b >= a:
                diff[max(a, 0)] += 1
                diff[min(b, bins - 1) + 1] -= 1
    cover, run = [0] * bins, 0
    for k in range(bins):
        run += diff[k]
        cover[k] = run
    # the longest run of bins in the middle half that the fewest lines cross (those that run across both
    # columns, a heading or a page number) — at most a fifth of them
    middle = range(int(bins * 0.25), min(int(bins * 0.75) + 1, bins))
    least = min((cover[k] for k in middle), default=len(ink))
    if least > len(ink) // 5:
        return None
    limit = least  # (a line running into the gap part way is a column's longest line, not one across both)
    best, run_start = (0, 0), None
    for k in range(int(bins * 0.25), int(bins * 0.75) + 1):
        if k < bins and cover[k] <= limit:
            run_start = k if run_start is None else run_start
            if k - run_start + 1 > best[1] - best[0]:
                best = (run_start, k + 1)
        else:
            run_start = None
    if (best[1] - best[0]) * step < 0.8 * size:
        return None
    lo, hi = x0 + best[0] * step, x0 + best[1] * step
    lefts = [line for line in ink if not any(_crosses(g, lo, hi) for g in line) and line[0][1] < lo]
    rights = [[g for g in line if g[1] >= hi] for line in ink if not any(_crosses(g, lo, hi) for g in line)]
    rights = [line for line in rights if line]
    if len(lefts) < 4 or len(rights) < 4:
        return None
    ends_l = sorted(max(g[4] for g in line if g[4] <= hi) for line in lefts)
    starts_l = sorted(line[0][1] for line in lefts)
    ends_r = sorted(max(g[4] for g in line) for line in rights)
    starts_r = sorted(line[0][1] for line in rights)

    # (a third of each column's lines run full: a paragraph's last line is short, a column may end early)
    def upper(xs: list[float]) -> float:
        return xs[len(xs) * 2 // 3]
    if upper(ends_l) < lo - 2.5 * size or starts_l[len(starts_l) // 2] > x0 + 2.5 * size \
            or upper(ends_r) < x1 - 2.5 * size or starts_r[len(starts_r) // 2] > hi + 2.5 * size:
        return None  # (not prose filling both columns)
    return lo, hi


def run_on(before: str, after: str) -> str:
    """A line going on into the next: joined as they stand, with a space only between two letters or digits ("Word"
    / "space"), never between Chinese characters."""
    space = before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum()
    return before + (" " if space else "") + after


# an object's place on the page in a fixed-layout file: (a b c d e f), x' = a·x + c·y + e, y' = b·x + d·y + f
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def then(inner: Matrix, outer: Matrix) -> Matrix:
    """inner applied first, then outer (an object drawn inside a form or a composite object)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def line_text(line: list[Glyph]) -> str:
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
    return "".join(parts)
