"""Tables drawn with rules on a fixed-layout page (PDF, OFD): their cells told by the lines around them.

Read across the page, a table whose cells wrap interleaves them: "1 对当年新晋升为高 30 区科技局" then "新技术企业的，给",
"予一次性奖励" — the first line of every cell, then the second. A table drawn with rules (as Word, WPS and LibreOffice
draw one) says where its cells are: the horizontal and vertical rules that meet make a grid; a rule missing
between two cells of it merges them (a bureau written once for two rows); each character belongs to the cell
it stands in, and a cell's lines are its own. The rows then read as the rows of a Word table do
(`table_rows.row_lines`).

A frame around a page or a box around one paragraph (one cell) is no table; neither is a rule under a heading or
the 版记's lines (no vertical meets them). A page drawn with more rules than any table has is read as before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from zhengce import rx as re
from zhengce.reading.docsites import BARE_NUMBER, PAGE_LINE
from zhengce.reading.placed_text import Glyph, baselines, line_text, run_on
from zhengce.reading.table_rows import MERGED, row_lines

# a rule: (where it stands across its length, where it starts, where it ends) — a horizontal one (y, x0, x1), a
# vertical one (x, y0, y1), in the page's shown coordinates (y downwards)
Rule = tuple[float, float, float]

# in the page's characters' size (points in a PDF, millimetres in an OFD): rules closer than this are one (a
# border drawn as a thin filled rectangle has two sides); a shorter one is a rectangle's end, a tick — no rule
_NEAR = 0.15
_SHORTEST = 0.4
_MAX_RULES = 4000  # a page with more is a drawing, not a page of tables
_MAX_CELLS = 20000
_MAX_MEETINGS = 250_000  # pairs of rules looked at for where they meet
_MAX_LOOKS = 2_000_000  # characters looked at for the tables of a page (tables side by side each look at a band)


@dataclass
class Table:
    top: float
    bottom: float
    columns: list[float]  # the x of each vertical rule, left to right (a table going on over a page has the same)
    near: float  # how close two rules may be and be one
    rows: list[list[list[str]]] = field(default_factory=list)  # each row's cells, each cell its lines


def find_tables(glyphs: list[Glyph], horizontal: list[Rule], vertical: list[Rule]) -> tuple[list[Table], list[Glyph]]:
    """The ruled tables on a page, top to bottom, and the characters outside them."""
    if not glyphs or not horizontal or not vertical or len(horizontal) + len(vertical) > _MAX_RULES:
        return [], glyphs
    sizes = sorted(g[3] for g in glyphs)
    near = _NEAR * sizes[len(sizes) // 2]
    hs = _merged([r for r in horizontal if r[2] - r[1] >= _SHORTEST / _NEAR * near], near)
    vs = _merged([r for r in vertical if r[2] - r[1] >= _SHORTEST / _NEAR * near], near)
    if len(hs) * len(vs) > _MAX_MEETINGS:
        return [], glyphs
    # (each character's middle: its box's bottom less half its size, y running down the page; across, half its
    # width — no more than half its size for one character: a character set turned, in a column of vertical writing,
    # can be given a box as wide as its line), the characters in order down the page, for a table to find its own
    middles = [(g[0] - g[3] / 2, g[1] + (min(g[4] - g[1], g[3]) if len(g[2]) == 1 else g[4] - g[1]) / 2) for g in glyphs]
    order = sorted(range(len(glyphs)), key=lambda i: middles[i][0])
    downs = [middles[i][0] for i in order]
    taken = [False] * len(glyphs)
    tables: list[Table] = []
    looked = 0
    for h_group, v_group in _grids(hs, vs, near):
        ys, xs = _positions(h_group, near), _positions(v_group, near)
        lo, hi = bisect_right(downs, ys[0]), bisect_left(downs, ys[-1])
        looked += hi - lo
        if looked > _MAX_LOOKS:
            break  # (tables on tables: the rest of the page is read as lines)
        table = _read(h_group, v_group, ys, xs, near,
                      [(glyphs[i], middles[i], i) for i in order[lo:hi] if not taken[i]], taken)
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda t: t.top)
    return tables, [g for i, g in enumerate(glyphs) if not taken[i]]


def add_rule(p: tuple[float, float], q: tuple[float, float], horizontal: list[Rule], vertical: list[Rule]) -> None:
    """A straight line from p to q, kept as a rule if it runs across or down the page (a slant is none)."""
    (x0, y0), (x1, y1) = p, q
    if not abs(x0) + abs(y0) + abs(x1) + abs(y1) < 1e9:
        return  # (NaN, infinities: a hostile file's)
    if abs(y1 - y0) <= 0.5 and abs(x1 - x0) > 0.5:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) <= 0.5 and abs(y1 - y0) > 0.5:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _merged(rules: list[Rule], near: float) -> list[Rule]:
    """Rules on one line that touch or overlap made one (a border drawn cell by cell, or as a thin rectangle)."""
    out: list[list[float]] = []
    for at, start, end in sorted(rules):
        for r in reversed(out[-8:]):  # (rules are sorted by position: those on this line are the last few)
            if abs(r[0] - at) <= near and start <= r[2] + near and end >= r[1] - near:
                r[1], r[2] = min(r[1], start), max(r[2], end)
                break
        else:
            out.append([at, start, end])
    return [(a, s, e) for a, s, e in out]


def _grids(hs: list[Rule], vs: list[Rule], near: float) -> list[tuple[list[Rule], list[Rule]]]:
    """The rules that meet one another, in groups: each group one table's (or one frame's)."""
    sets = _Sets(len(hs) + len(vs))
    for i, (y, x0, x1) in enumerate(hs):
        for j, (x, y0, y1) in enumerate(vs):
            if x0 - near <= x <= x1 + near and y0 - near <= y <= y1 + near:
                sets.join(i, len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, r in enumerate(hs):
        groups.setdefault(sets.root(i), ([], []))[0].append(r)
    for j, r in enumerate(vs):
        groups.setdefault(sets.root(len(hs) + j), ([], []))[1].append(r)
    return [g for g in groups.values() if g[0] and g[1]]


class _Sets:
    """Disjoint sets of 0…n-1; a set is named by its least member (for cells: the top-left one)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        self.parent[max(ra, rb)] = min(ra, rb)


def _positions(rules: list[Rule], near: float) -> list[float]:
    out: list[float] = []
    for at in sorted(r[0] for r in rules):
        if not out or at - out[-1] > near:
            out.append(at)
    return out


def _by_position(rules: list[Rule], positions: list[float], near: float) -> list[list[Rule]]:
    """The rules standing at each position (for a grid of thousands of cells: each edge looks only at its own)."""
    out: list[list[Rule]] = [[] for _ in positions]
    for r in rules:
        k = bisect_right(positions, r[0] + near) - 1
        for j in (k - 1, k):  # (positions are more than `near` apart: a rule stands at one or two of them)
            if j >= 0 and abs(positions[j] - r[0]) <= near:
                out[j].append(r)
    return out


def _covers(rules: list[Rule], point: float, near: float) -> bool:
    return any(r[1] - near <= point <= r[2] + near for r in rules)


def _read(hs: list[Rule], vs: list[Rule], ys: list[float], xs: list[float], near: float,
          band: list[tuple[Glyph, tuple[float, float], int]], taken: list[bool]) -> Table | None:
    """The table of a grid, from the characters in its band down the page (each with its middle and its number,
    marked taken when it falls in the table)."""
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < 1 or n_cols < 1 or n_rows * n_cols < 2 or n_rows * n_cols > _MAX_CELLS:
        return None  # (a frame: one cell)
    # cells merged where no rule parts them: a cell's root is the top-left grid cell of the cell it belongs to
    sets = _Sets(n_rows * n_cols)
    root, join = sets.root, sets.join
    at_x, at_y = _by_position(vs, xs, near), _by_position(hs, ys, near)
    for r in range(n_rows):
        mid_y = (ys[r] + ys[r + 1]) / 2
        for c in range(1, n_cols):
            if not _covers(at_x[c], mid_y, near):
                join(r * n_cols + c - 1, r * n_cols + c)
    for c in range(n_cols):
        mid_x = (xs[c] + xs[c + 1]) / 2
        for r in range(1, n_rows):
            if not _covers(at_y[r], mid_x, near):
                join((r - 1) * n_cols + c, r * n_cols + c)
    if len({root(i) for i in range(n_rows * n_cols)}) < 2:
        return None  # (a box whose inner rules part nothing)
    inside: dict[int, list[Glyph]] = {}
    for g, (cy, cx), i in band:
        if xs[0] < cx < xs[-1] and ys[0] < cy < ys[-1]:
            cell = root((bisect_right(ys, cy) - 1) * n_cols + bisect_right(xs, cx) - 1)
            inside.setdefault(cell, []).append(g)
            taken[i] = True
    right: dict[int, float] = {}  # (each cell's right rule: the cell may span columns)
    for i in range(n_rows * n_cols):
        right[root(i)] = max(right.get(root(i), xs[0]), xs[i % n_cols + 1])
    rows: list[list[list[str]]] = []
    for r in range(n_rows):
        cells = [baselines(inside.get(r * n_cols + c, [])) if root(r * n_cols + c) == r * n_cols + c else []
                 for c in range(n_cols)]
        part = _row(cells, [right.get(r * n_cols + c, xs[-1]) for c in range(n_cols)])
        for c in range(n_cols):  # (a cell merged down from the row above: said so, for `row_lines` to decide)
            if r and root(r * n_cols + c) == root((r - 1) * n_cols + c) and root(r * n_cols + c) % n_cols == c:
                for line in part:
                    line[c] = [MERGED]
        rows += part
    return Table(ys[0], ys[-1], xs, near, rows)


def _row(cells: list[list[list[Glyph]]], rights: list[float]) -> list[list[list[str]]]:
    """A grid row's cells (each its lines of characters) as the rows they hold. A cell's lines that wrap — each but
    the last running to the cell's right rule — are one paragraph; lines that stop short are lines of their own.
    Where cells of several lines stand line by line beside one another and one of them at least is such a list (an
    invoice's items, a list set in one cell a column), each line across is a row of its own, as printed."""
    # (room: a line breaks short of its rule by up to a character and the cell's margin, or by two characters where
    # a mark may not start a line and takes the character before it down with it: "…企业" / "的，给予")
    def fills(line: list[Glyph], right_x: float, room: float = 2.5) -> bool:
        return max(g[4] for g in line) >= right_x - room * line[0][3]

    def beside(line: list[Glyph], c: int) -> bool:  # (a line of another cell of several on the same baseline)
        return any(abs(ln[0][0] - line[0][0]) <= 0.4 * line[0][3] for k in many if k != c for ln in cells[k])

    many = [c for c, lines in enumerate(cells) if len(lines) > 1]
    # (a list: a cell of several lines, none but the last running to within a character of its right rule)
    lists = [c for c in many if not any(fills(ln, rights[c], 1.0) for ln in cells[c][:-1])]
    if len(many) >= 2 and lists and all(beside(ln, c) for c in many for ln in cells[c]):
        heights: list[float] = []
        for line in sorted((ln for lines in cells for ln in lines), key=lambda ln: ln[0][0]):
            if not heights or line[0][0] - heights[-1] > 0.4 * line[0][3]:
                heights.append(line[0][0])
        return [[[line_text(ln) for ln in lines if 0 <= ln[0][0] - y <= 0.4 * ln[0][3]] if lines else []
                 for lines in cells] for y in heights]
    row: list[list[str]] = []
    for c, lines in enumerate(cells):
        paragraphs: list[str] = []
        going_on = False
        for line in lines:
            text = line_text(line)
            if going_on and paragraphs:
                paragraphs[-1] = run_on(paragraphs[-1], text)
            elif text:
                paragraphs.append(text)
            going_on = bool(text) and fills(line, rights[c])
        row.append(paragraphs)
    if sum(1 for paragraphs in row if paragraphs) > 1:
        # (a cell's lines of their own, in a row of several cells: parted by a space, as a viewer shows them apart —
        # a row of one cell, a page laid out in a table, keeps its lines)
        row = [[" ".join(paragraphs)] if paragraphs else [] for paragraphs in row]
    return [row]




def pages_lines(pages: list[list[str | Table]]) -> list[str]:
    """A document's lines from its pages' lines and tables: each table written as its rows (`row_lines`, the line
    over it as its note). A table that goes on at the top of the next page — the same columns, nothing but page
    numbers between — is one table, so its heading row (its unit, its 序号) holds for the rows on every page; a
    heading row repeated at the top of each page is read once."""
    furniture = _furniture(pages)

    def aside(it: str | Table) -> bool:  # (a page's number, its running head or foot)
        return isinstance(it, str) and (_is_mark(it) or it in furniture)

    items: list[str | Table] = []
    for page in pages:
        first = next((k for k, it in enumerate(page) if not aside(it)), None)
        last = next((k for k in range(len(items) - 1, -1, -1) if not aside(items[k])), None)
        if first is not None and last is not None:
            before, after = items[last], page[first]
            if isinstance(before, Table) and isinstance(after, Table) and _same_columns(before, after):
                rows = after.rows[1:] if after.rows and before.rows and after.rows[0] == before.rows[0] else after.rows
                if rows and before.rows and _broken(before.rows, rows[0]):
                    before.rows[-1] = [a + [ln for ln in b if ln != MERGED] for a, b in zip(before.rows[-1], rows[0])]
                    rows = rows[1:]
                before.rows += rows
                # (the running foot and head the table ran across are no text of it, nor of the page)
                items[last + 1:] = [it for it in items[last + 1:] if _is_mark(it) or not aside(it)]
                page = [it for it in page[:first] if _is_mark(it) or not aside(it)] + page[first + 1:]
        items += page
    out: list[str] = []
    for it in items:
        if isinstance(it, Table):
            out += row_lines(it.rows, next((ln for ln in reversed(out) if ln.strip()), ""))
        else:
            out.append(it)
    return out


def _broken(rows: list[list[list[str]]], first: list[list[str]]) -> bool:
    """Whether a page's first row is the rest of the last row of the page before (a row broken over the page): in
    a table numbered down its first column, a row with no number goes on with the numbered row above it; in any
    table of three rows or more, a row whose text stands only in columns of long text, empty in columns every row
    above fills (its short cells — a sum, a bureau — said all they had on the page before)."""
    last = rows[-1]
    if len(last) != len(first) or not any(first):
        return False
    if not first[0] and last[0] and _SERIAL.fullmatch("".join(last[0])) is not None:
        return True
    body = rows[1:]
    empty = [c for c, cell in enumerate(first) if not cell]
    return len(body) >= 3 and bool(empty) and all(r[c] and r[c] != [MERGED] for r in body for c in empty) \
        and all(sum(len("".join(r[c])) for r in body) >= 12 * len(body) for c, cell in enumerate(first) if cell)


_SERIAL = re.compile(r"\d{1,3}\.?")


def _furniture(pages: list[list[str | Table]]) -> set[str]:
    """A running head or foot: a short line printed first or last on two pages or more (a unit's note excepted:
    each table under one says it again)."""
    seen: dict[str, set[int]] = {}
    for n, page in enumerate(pages):
        lines = [it for it in page if isinstance(it, str) and not _is_mark(it)]
        for line in {*lines[:1], *lines[-1:]}:
            if len(line.strip()) <= 40 and not _UNIT_NOTE_LINE.fullmatch(line.strip()):
                seen.setdefault(line, set()).add(n)
    return {line for line, on in seen.items() if len(on) >= 2}


_UNIT_NOTE_LINE = re.compile(r"[（(]?\s*(?:金额)?单位\s*[:：][^()（）]{1,8}[)）]?")


def _is_mark(item: str | Table) -> bool:
    # (a page's number between a table's part on one page and its part on the next: "— 3 —", "第3页", "3")
    return isinstance(item, str) and bool(PAGE_LINE.fullmatch(item) or BARE_NUMBER.fullmatch(item))


def _same_columns(a: Table, b: Table) -> bool:
    return len(a.columns) == len(b.columns) and all(abs(x - y) <= 2 * a.near for x, y in zip(a.columns, b.columns))
