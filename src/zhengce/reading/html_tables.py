"""A web page's data tables read as a Word table's rows are (table_rows): before, a row's cells ran together with
nothing between them ("1对新认定的…给予一次性奖励50区经信局" — 50 of what, and the next row's "2" glued on).

Only a table holding no other table and no cell of page length is a data table; a page laid out in a table
(a navigation cell beside the article's) is left to be read block by block, as before.
"""

from __future__ import annotations

from zhengce.reading.table_rows import MERGED, row_lines

_LAYOUT_CELL = 1000  # characters: a cell this long holds a page's text, not a table's entry
_MAX_COLSPAN, _MAX_ROWSPAN = 100, 1000  # (a page's own numbers: a hostile "rowspan=99999999" spans no further)


def rows_as_lines(node, soup, block_text) -> None:
    """Each data table under node replaced by its rows, a line each. block_text(node) gives a node's text with
    its blocks on lines of their own (the page reader's)."""
    for table in node.find_all("table"):
        if table.find("table") is not None or table.find_parent("table") is not None:
            continue  # (a table in a table, or one holding one: the page's layout)
        rows = []
        down: dict[int, int] = {}  # (columns a cell above still covers: rows to go)
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            rows.append(_placed([([ln.strip() for ln in block_text(cell).split("\n") if ln.strip()],
                                  _span(cell.get("colspan"), _MAX_COLSPAN), _span(cell.get("rowspan"), _MAX_ROWSPAN))
                                 for cell in tr.find_all(["td", "th"], recursive=False)], down))
        if not rows or any(len("".join(c)) > _LAYOUT_CELL for r in rows for c in r):
            continue
        above = table.find_previous(string=lambda t: t.strip())  # (the line over it: "单位：万元")
        block = soup.new_tag("div")
        block.string = "\n".join(row_lines(rows, str(above).strip().split("\n")[-1] if above else ""))
        table.replace_with(block)


def _span(value, most: int) -> int:
    try:
        return max(1, min(int(str(value).strip()), most))
    except (TypeError, ValueError):
        return 1


def _placed(cells: list[tuple[list[str], int, int]], down: dict[int, int]) -> list[list[str]]:
    """A row's cells in the table's columns, as a browser lays them out: a cell spanning columns takes its first
    (the others empty), a column a cell of a row above still covers (rowspan) holds MERGED — so each column keeps
    its heading's unit and name whatever the rows above span."""
    row: list[list[str]] = []

    def covered() -> None:  # (the columns a cell above still covers, from here on)
        while down.get(len(row), 0) > 0:
            down[len(row)] -= 1
            row.append([MERGED])

    for lines, colspan, rowspan in cells:
        covered()
        for k in range(colspan):
            if rowspan > 1:
                down[len(row)] = rowspan - 1
            row.append(lines if k == 0 else [])
    end = max((c + 1 for c, n in down.items() if n > 0), default=0)  # (covered columns after the row's last cell)
    while len(row) < end:
        covered()
        if len(row) < end:
            row.append([])
    return row
