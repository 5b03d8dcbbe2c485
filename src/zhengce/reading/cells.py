"""A table flattened to one cell per line: its cells go back on one line, its title stays its own."""

from __future__ import annotations

from zhengce import rx as re

# A table flattened to one cell per line ("列入…项目 |" / "工业企业 |" / "10万元 |", rows parted by
# a line of bars): the cells of a row go back on one line, so a row reads as one statement.
_CELL_LINE = re.compile(r"(?m)^[^\n|]*\S[^\n|]*\|[ \t]*$")
TABLE_JOIN = re.compile(r"(?m)(?<=\|)[ \t]*\n(?=[ \t]*[^|\s][^\n]*\|[ \t]*$)")
_TITLE_CELL = re.compile(r"^[ \t|]*(?:[^\n|]{0,30}?关于)[^\n|]{4,100}?(?:通知|公告|通告|意见|办法|细则|措施|方案|决定|函)[ \t]*\|?[ \t]*$")


def table_join(m: re.Match[str]) -> str:
    text, s = m.string, m.start()
    line = text[text.rfind("\n", 0, s) + 1:s]
    if not line.strip(" \t|"):
        return m.group(0)  # a line of bars parts two rows
    if _TITLE_CELL.match(line) or _TITLE_CELL.match(text[m.end():m.end() + 200].split("\n", 1)[0]):
        return m.group(0)  # a page's title set as a one-cell row between its field rows stays a line
    start = text.rfind("\n", 0, max(0, s - len(line) - 1))
    window = text[max(0, start):m.end() + 200]
    # only inside a table: several cell lines around, not one title line that ends in a bar
    return "" if len(_CELL_LINE.findall(window)) >= 3 else m.group(0)
