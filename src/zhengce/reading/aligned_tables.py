"""Tables drawn without rules on a fixed-layout page (PDF, OFD): columns told by where their text starts.

A Word table with no borders prints as text standing in columns: "1 对首次入选国家级 50 区经信局", then lines holding
only the second column's rest ("专精特新“小巨", "人”名单的企业") — read across the page, a row's cells come apart line
by line. Where lines of three runs of text or more (parted by gaps wider than a character) start their runs at the
same places, those places are the table's columns; the lines after them whose runs start at those places and stay
inside their columns belong to it, a line with text in the first column opening a row, the others going on with the
row above. The rows are then written as a ruled table's (`ruled_tables`, `table_rows.row_lines`).

Kept narrow on purpose, as prose must never read as a table: three columns at least, two lines of three runs or more,
every run inside its column (a prose line runs across them), and not on a page set in two columns (whose gutter makes
two runs of every line).
"""

from __future__ import annotations

from zhengce.reading.placed_text import Glyph, line_text
from zhengce.reading.ruled_tables import Table

_GAP = 1.0  # in the line's character size: a gap wider than this parts two cells (a word space is a fifth)
_ALIGN = 0.6  # in character size: run starts this close stand in one column
_LOOK = 6  # lines: a second line of three runs must come this soon for the first to open a table


def _runs(line: list[Glyph]) -> list[list[Glyph]]:
    runs: list[list[Glyph]] = []
    end = 0.0  # (the right edge of the run so far)
    for g in line:
        if g[2].isspace():
            continue
        if runs and g[1] - end <= _GAP * g[3]:
            runs[-1].append(g)
            end = max(end, g[4])
        else:
            runs.append([g])
            end = g[4]
    return runs


def aligned_tables(lines: list[list[Glyph]]) -> list[tuple[int, int, Table]]:
    """The tables among a page's lines (top to bottom, as `baselines` gives them): (first line, line after the last,
    the table) for each."""
    runs = [_runs(line) for line in lines]
    out: list[tuple[int, int, Table]] = []
    i = 0
    while i < len(lines):
        if len(runs[i]) < 3 or not any(len(runs[k]) >= 3 for k in range(i + 1, min(i + 1 + _LOOK, len(lines)))):
            i += 1
            continue
        size = sorted(g[3] for g in lines[i])[len(lines[i]) // 2]
        columns = [r[0][1] for r in runs[i]]
        end, wide = i + 1, 1
        while end < len(lines) and (cols := _fit(runs[end], columns, size)) is not None:
            wide += len(runs[end]) >= 3
            end += 1
        if wide < 2:
            i += 1
            continue
        rows: list[list[list[str]]] = []
        for k in range(i, end):
            cols = _fit(runs[k], columns, size) if k > i else list(range(len(columns)))
            if not rows or 0 in cols:
                rows.append([[] for _ in columns])
            for c, run in zip(cols, runs[k]):
                rows[-1][c].append(line_text(run))
        top = min(g[0] - g[3] for g in lines[i])
        bottom = max(g[0] for g in lines[end - 1])
        out.append((i, end, Table(top, bottom, columns + [max(g[4] for line in lines[i:end] for g in line)],
                                  0.15 * size, rows)))
        i = end
    return out


def _fit(runs: list[list[Glyph]], columns: list[float], size: float) -> list[int] | None:
    """The column each run stands in, if every run starts at a column and stays inside it, and the line is no
    prose starting at the left (a single run in the first column is a row of one cell, or the text after the
    table: it must hold to its column's width to belong)."""
    if not runs:
        return None
    cols: list[int] = []
    for run in runs:
        start, end = run[0][1], max(g[4] for g in run)
        c = next((k for k, x in enumerate(columns) if abs(start - x) <= _ALIGN * size), None)
        if c is None or (cols and c <= cols[-1]):
            return None
        if c + 1 < len(columns) and end > columns[c + 1] - 0.3 * size:
            return None  # (it runs into the next column: prose across the page)
        cols.append(c)
    return cols
