"""A web page's data tables read as a Word table's rows are (table_rows): before, a row's cells ran together with
nothing between them ("1对新认定的…给予一次性奖励50区经信局" — 50 of what, and the next row's "2" glued on).

Only a table holding no other table and no cell of page length is a data table; a page laid out in a table
(a navigation cell beside the article's) is left to be read block by block, as before.
"""

from __future__ import annotations

from zhengce.reading.table_rows import placed_row, row_lines, span

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
            rows.append(placed_row([([ln.strip() for ln in block_text(cell).split("\n") if ln.strip()],
                                     span(cell.get("colspan"), _MAX_COLSPAN), span(cell.get("rowspan"), _MAX_ROWSPAN))
                                    for cell in tr.find_all(["td", "th"], recursive=False)], down))
        if not rows or any(len("".join(c)) > _LAYOUT_CELL for r in rows for c in r):
            continue
        above = table.find_previous(string=lambda t: t.strip())  # (the line over it: "单位：万元")
        block = soup.new_tag("div")
        block.string = "\n".join(row_lines(rows, str(above).strip().split("\n")[-1] if above else ""))
        table.replace_with(block)
