"""The text of an RTF file, through striprtf (code pages, \\uN characters, header and footnote groups
skipped, a field's result) — with a reviewer's tracked deletions left out first, as a .docx's w:del and a
.doc's deleted runs are: RTF keeps struck-out text in place under \\deleted. A table's cells are marked first
too: a paragraph inside a cell (\\par under \\intbl) stays in its cell, and a cell merged into the one above
(\\clvmrg in its row's definition) reads as a .docx's <w:vMerge/> cell does.
"""

from __future__ import annotations

from collections.abc import Iterator

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.table_rows import CELL_LINE, CELL_SEP, MERGED, ROW_END, marked_rows

# control word (with its parameter and the one space that ends it), hex byte, control symbol, brace, text
_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'[0-9a-fA-F]{2}|\\[^a-zA-Z]|[{}]|[^\\{}]+")
_DROPPED_WHEN_DELETED = {"par", "line", "tab", "emdash", "endash", "bullet", "lquote", "rquote", "ldblquote",
                         "rdblquote", "emspace", "enspace", "qmspace"}  # words that stand for text


def rtf_text(rtf: str, name: str) -> str:
    from striprtf.striprtf import rtf_to_text

    try:
        if "\\deleted" in rtf:
            rtf = without_deletions(rtf)
        text = rtf_to_text(with_cells_marked(rtf) if "\\intbl" in rtf else rtf, errors="replace")
    except Exception:  # a control word striprtf cannot follow (an unknown code page, a broken group)
        raise InputError(f"{name}：无法读取 RTF 文档，文件可能已损坏") from None
    # striprtf ends a table cell with "|": a row is a line ending in one, read as a .docx row is (table_rows)
    return marked_rows("\n".join(line.rstrip().rstrip("|").replace("|", CELL_SEP) + ROW_END if line.rstrip().endswith("|")
                                 else line.replace("|", " ") for line in text.split("\n")))


def _u(ch: str) -> str:  # a character as RTF writes it: \\uN (N signed, 16 bits) and its one-byte fallback
    n = ord(ch)
    return f"\\u{n - 0x10000 if n > 0x7FFF else n}?"


def with_cells_marked(rtf: str) -> str:
    """The RTF with each paragraph break inside a table cell written CELL_LINE (striprtf would end the row's line
    there) and each cell its row's definition merges into the cell above written MERGED."""
    out: list[str] = []
    state = {"in_table": False}
    merged_cells: list[bool] = []  # (the row's cell definitions: \\clvmrg … \\cellxN, one a cell)
    pending = False
    cell = 0
    for token, word, param in _grouped(rtf, state):
        if word == "trowd":
            merged_cells, pending = [], False
        elif word == "clvmrg":
            pending = True
        elif word == "cellx":
            merged_cells.append(pending)
            pending = False
        elif word == "intbl":
            state["in_table"] = param != "0"
        elif word == "pard":
            state["in_table"] = False
        elif word == "par" and state["in_table"]:
            out.append(_u(CELL_LINE))
            continue
        elif word == "cell":
            if cell < len(merged_cells) and merged_cells[cell]:
                out.append(_u(MERGED))
            cell += 1
        elif word == "row":  # (a paragraph after the row is in no table until \\intbl says so again)
            cell, state["in_table"] = 0, False
        out.append(token)
    return "".join(out)


def without_deletions(rtf: str) -> str:
    """The RTF with the text under \\deleted (until \\deleted0, \\plain or its group's end) taken out."""
    out: list[str] = []
    state = {"deleted": False}
    for token, word, param in _grouped(rtf, state):
        if word == "deleted":
            state["deleted"] = param != "0"
            continue  # (the mark itself goes: what is left is not deleted)
        if word == "plain":
            state["deleted"] = False
        elif state["deleted"] and (word in _DROPPED_WHEN_DELETED or word == "u" or word is None and token[:2] != "\\*"
                                   and token not in ("{", "}")):
            continue  # a character struck out: text, a hex byte, a symbol, \\uN with its fallback
        out.append(token)
    return "".join(out)


def _grouped(rtf: str, state: dict) -> Iterator[tuple[str, str | None, str | None]]:
    """The RTF's tokens (token, control word, its parameter), state's values saved at each "{" and given back at its
    "}": an RTF property lasts to its group's end."""
    first = dict(state)
    stack: list[dict] = []
    for m in _TOKEN.finditer(rtf):
        token = m.group()
        if token == "{":
            stack.append(dict(state))
        elif token == "}":
            state.update(stack.pop() if stack else first)
        yield token, m.group(1), m.group(2)
