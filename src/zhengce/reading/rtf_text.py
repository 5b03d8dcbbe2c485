"""The text of an RTF file, through striprtf (code pages, \\uN characters, header and footnote groups
skipped, a field's result) — with a reviewer's tracked deletions left out first, as a .docx's w:del and a
.doc's deleted runs are: RTF keeps struck-out text in place under \\deleted.
"""

from __future__ import annotations

from zhengce import rx as re
from zhengce.errors import InputError
from zhengce.reading.table_rows import CELL_SEP, ROW_END, marked_rows

# control word (with its parameter and the one space that ends it), hex byte, control symbol, brace, text
_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'[0-9a-fA-F]{2}|\\[^a-zA-Z]|[{}]|[^\\{}]+")
_DROPPED_WHEN_DELETED = {"par", "line", "tab", "emdash", "endash", "bullet", "lquote", "rquote", "ldblquote",
                         "rdblquote", "emspace", "enspace", "qmspace"}  # words that stand for text


def rtf_text(rtf: str, name: str) -> str:
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(without_deletions(rtf) if "\\deleted" in rtf else rtf, errors="replace")
    except Exception:  # a control word striprtf cannot follow (an unknown code page, a broken group)
        raise InputError(f"{name}：无法读取 RTF 文档，文件可能已损坏") from None
    # striprtf ends a table cell with "|": a row is a line ending in one, read as a .docx row is (table_rows)
    return marked_rows("\n".join(line.rstrip().rstrip("|").replace("|", CELL_SEP) + ROW_END if line.rstrip().endswith("|")
                                 else line.replace("|", " ") for line in text.split("\n")))


def without_deletions(rtf: str) -> str:
    """The RTF with the text under \\deleted (until \\deleted0, \\plain or its group's end) taken out."""
    out: list[str] = []
    stack: list[bool] = []
    deleted = False
    for m in _TOKEN.finditer(rtf):
        token, word = m.group(), m.group(1)
        if token == "{":
            stack.append(deleted)
        elif token == "}":
            deleted = stack.pop() if stack else False
        elif word == "deleted":
            deleted = m.group(2) != "0"
            continue  # (the mark itself goes: what is left is not deleted)
        elif word == "plain":
            deleted = False
        elif deleted and (word in _DROPPED_WHEN_DELETED or word == "u" or word is None and token[:2] != "\\*"):
            continue  # a character struck out: text, a hex byte, a symbol, \\uN with its fallback
        out.append(token)
    return "".join(out)
