"""Cells zhengce writes into CSV and Excel files: text that a spreadsheet would run as a formula is
neutralised (OWASP "CSV injection"). One helper for every writer.

A text cell starting with = + - @ (or a tab or carriage return, which Excel strips before looking) is
prefixed with an apostrophe, so Excel and WPS show it as text. Numbers are left alone.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row) -> list[Any]:
    return [safe_cell(v) for v in row]


def safe_arrow_table(table):
    """The same for a pyarrow table: every string column, vectorised."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = []
    for col in table.columns:
        if pa.types.is_dictionary(col.type):
            col = col.cast(pa.string())
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            risky = pc.fill_null(pc.match_substring_regex(col, r"^[=+\-@\t\r]"), False)
            col = pc.if_else(risky, pc.binary_join_element_wise(pa.scalar("'"), col, ""), col)
        cols.append(col)
    return pa.table(cols, names=table.column_names)
