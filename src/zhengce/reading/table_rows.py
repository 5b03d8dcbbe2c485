"""A table's rows as lines of text, for the readers that see a table's cells (Word's, a spreadsheet's).

A row is one line, its filled cells parted by a space; a row of one filled cell (a page laid out in a table, a
title set across a sheet) keeps its own lines. What a cell says only by where it stands is written into the
line, so the rest of the reader, which sees lines, reads a row as the statement it is:

- a column's unit in its heading ("支持标准（万元）", "比例（%）"): a bare number below it is written with it —
  "50" under "奖励（万元）" is "50万元", a sum, not a count;
- a column's name before a bare value whose meaning it gives: a percentage under a share ("补助比例", "补贴标准"):
  "15%" is "补助比例15%", the rate of the row's subsidy, not a figure standing alone; a date under a time
  ("申报截止", "截止日期"): "2025年6月30日" is "申报截止2025年6月30日", the row's deadline;
- a table's unit in a note over it ("单位：万元", a row of its own or the line before the table): a bare number under
  a heading that names money ("奖励金额", "补助资金", "支持标准") and gives no unit of its own takes it;
- a serial number in the first column ("序号" over it, or 1, 2, 3 down it): the row is an item of a numbered
  list, "1.对新认定的…" — so it starts a line of its own and is read as one of the list's articles;
- who carries the row's measure out, under a column so named ("牵头部门", "责任单位"): written as a text writes it,
  "（牵头部门：区经信局）", the row's article's responsible unit (not run into its sum: "奖励50万元区经信局").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from zhengce import rx as re

# a column heading that ends in its unit: "支持标准（万元）", "金额(元)", "比例（%）", "补助标准(元/亩)"
_UNIT_HEAD = re.compile(r"[（(]\s*((?:万|亿|千)?元(?:/[\u4e00-\u9fff]{1,3})?|%|％)\s*[)）]\s*$")
_SERIAL_HEAD = re.compile(r"(?:序号|编号|序|No\.?)")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?%?")
_SERIAL = re.compile(r"[1-9]\d{0,2}")
# (a column's name, the bare values it names): a share over percentages, a time over dates
_NAMED = (
    (re.compile(r"[\u4e00-\u9fff]{0,6}(?:比例|比率|标准|费率|补贴率|补助率|贴息率)"), re.compile(r"\d+(?:\.\d+)?%")),
    (re.compile(r"[\u4e00-\u9fff]{0,6}(?:截止|截至|期限|时间|日期|时限)[\u4e00-\u9fff]{0,4}"),
     re.compile(r"\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})")),
)

# "单位：万元", "(单位:元)": the unit of a table's sums, noted over it; and the headings of columns of money
_UNIT_NOTE = re.compile(r"[（(]?\s*(?:金额)?单位\s*[:：]\s*((?:万|亿|千)?元)\s*[)）]?")
_MONEY_HEAD = re.compile(r"[\u4e00-\u9fff]{0,8}(?:金额|奖励|补助|补贴|资助|奖补|资金|额度|标准)[\u4e00-\u9fff]{0,4}")

# a column naming who carries each row's measure out ("牵头部门", "责任单位"), and a value under it (bodies, not a
# sentence): written as the text would write it, "（牵头部门：区经信局）", so the row's article has its responsible unit
# (the labels the article reader takes a responsible unit from: structure.RESP_LABEL_RE)
_BODY_HEAD = re.compile(r"(?:牵头|责任|受理)(?:部门|单位)|责任处室|实施(?:部门|单位)|主管部门|承办单位")
_BODY_VALUE = re.compile(r"[一-鿿（）()、,，/\s]{2,60}")

# a column of money that names the award ("奖励金额（万元）", "补助标准", "扶持资金"): under it a bare sum in a row that
# says no award of its own ("新认定的国家级企业技术中心 | 100") is that award — written "奖励100万元" — in a list of
# what is rewarded (a column of 事项, 内容, 条件), not in a list of who was paid (a column of names: an allocation, a
# public notice of recipients, whose sums are not a policy's awards)
_AWARD_HEAD = re.compile(r"(奖励|补助|补贴|资助|奖补|扶持)(?:金额|资金|标准|额度)?\s*(?:[（(][^()（）]{1,8}[)）])?")
_AWARD_SAID = re.compile(r"奖|补|资助|扶持|给予|支持")
_MATTER_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:事项|内容|条件|对象|类别|类型|政策|措施|标准)")
_NAMES_HEAD = re.compile(r".*(?:名称|单位|企业|公司|姓名|主体|申报人|申请人|机构)")

# for a reader that finds cells and rows inside running text (a .doc's marks, an RTF's bars): a cell's end and a
# row's end, from the private use area, which no document's text holds
CELL_SEP, ROW_END = "\ue010", "\ue011"
# a cell merged into the one above it (its row's part of a cell several rows high): under a body's column it holds the
# body above (one bureau written once for two rows); elsewhere it is empty (a group's name is said once)
MERGED = "\ue012"
# a paragraph break inside a cell, for a reader whose cells run in a line (an RTF's): the cell's lines part there
CELL_LINE = "\ue013"


def row_lines(rows: Iterable[Sequence[Sequence[str]]], note: str = "") -> list[str]:
    """Each row a list of cells, each cell a list of lines (empty for an empty cell); note, the line before the
    table (it may say the table's unit)."""
    out: list[str] = []
    table_unit = m.group(1) if (m := _UNIT_NOTE.fullmatch(note.strip())) else None
    units: dict[int, str] = {}
    named: dict[int, tuple[str, re.Pattern[str]]] = {}
    bodies: dict[int, str] = {}  # (the columns naming who carries the measure out: 牵头部门, 责任单位)
    awards: dict[int, str] = {}  # (the columns of money naming the award: 奖励金额)
    serial_col: int | None = None
    last_serial = 0
    above: dict[int, str] = {}  # (each column's last value: a body's cell merged down several rows holds for each)
    seen = False  # (a row of several cells read: the first may be the table's headings)
    for row in rows:
        row = [[above.get(i, "")] if i in bodies and list(cell) == [MERGED] else [] if list(cell) == [MERGED] else cell
               for i, cell in enumerate(row)]
        filled = [(i, "".join(ln.strip() for ln in cell)) for i, cell in enumerate(row) if any(ln.strip() for ln in cell)]
        above.update(filled)
        if not filled:
            continue
        if len(filled) == 1:
            out += [ln for ln in row[filled[0][0]] if ln.strip()]
            if m := _UNIT_NOTE.fullmatch(filled[0][1]):
                table_unit = m.group(1)
            continue
        heads = _heading(filled, first=not seen)
        seen = True
        if heads is not None:  # a heading row: what it says holds for the rows below
            units = heads | {i: table_unit for i, v in filled if table_unit and i not in heads and _MONEY_HEAD.fullmatch(v)}
            named = {i: (v, value) for i, v in filled for head, value in _NAMED if head.fullmatch(v)}
            bodies = {i: v for i, v in filled if _BODY_HEAD.fullmatch(v)}
            listed = any(_MATTER_HEAD.fullmatch(v) and not _AWARD_HEAD.fullmatch(v) for _, v in filled) and \
                not any(_NAMES_HEAD.fullmatch(v) for i, v in filled if i not in bodies)
            awards = {i: m.group(1) for i, v in filled if listed and (m := _AWARD_HEAD.fullmatch(v)) and i in units}
            # (序号 first, or after a group's column: "类别 | 序号 | 事项")
            serial_col = next((i for k, (i, v) in enumerate(filled[:2]) if _SERIAL_HEAD.fullmatch(v)), None)
            last_serial = 0
            out.append(" ".join(v for _, v in filled))
            continue
        said = any(_AWARD_SAID.search(v) for i, v in filled if i not in awards)
        cells = [named[i][0] + v if i in named and named[i][1].fullmatch(v) else
                 f"（{bodies[i]}：{v}）" if i in bodies and _BODY_VALUE.fullmatch(v) else
                 awards[i] + _with_unit(v, units[i]) if i in awards and not said and _NUMBER.fullmatch(v)
                 else _with_unit(v, units.get(i)) for i, v in filled]
        at = next((k for k, (i, _) in enumerate(filled) if i == serial_col), 0) if serial_col is not None else 0
        first_col, first = filled[at]
        if _SERIAL.fullmatch(first) and (first_col == serial_col or int(first) == last_serial + 1) \
                and int(first) in (last_serial + 1, 1):
            last_serial = int(first)
            if at:  # (a group's name in a column before the numbers: a heading line over its items)
                out.append(" ".join(cells[:at]))
            out.append(f"{first}." + " ".join(cells[at + 1:]))
            continue
        last_serial = 0 if first_col != serial_col else last_serial
        out.append(" ".join(cells))
    return out


def _heading(filled: list[tuple[int, str]], first: bool = False) -> dict[int, str] | None:
    """A row of column headings (no bare number in it; a unit, 序号 or a named share or time among them; or, the
    table's first row, short names one of which names money — "兑现事项 | 奖励金额 | 受理部门"): the units its
    headings give, by column; None for a row of values."""
    if any(_NUMBER.fullmatch(v) for _, v in filled):
        return None
    heads = {i: m.group(1).replace("％", "%") for i, v in filled if (m := _UNIT_HEAD.search(v))}
    if heads or _SERIAL_HEAD.fullmatch(filled[0][1]) or any(h.fullmatch(v) for _, v in filled for h, _ in _NAMED) \
            or any(_BODY_HEAD.fullmatch(v) for _, v in filled) \
            or (first and all(len(v) <= 8 for _, v in filled) and any(_MONEY_HEAD.fullmatch(v) for _, v in filled)):
        return heads
    return None


def _with_unit(text: str, unit: str | None) -> str:
    # only a bare number takes its column's unit: "最高50万元" or "按50%" already says what it is
    if not unit or not _NUMBER.fullmatch(text) or text.endswith("%"):
        return text
    return text + unit


def marked_rows(text: str) -> str:
    """Text whose table rows are lines ending in ROW_END, their cells parted by CELL_SEP: each run of such
    lines written by row_lines, as one table."""
    if ROW_END not in text and CELL_SEP not in text:
        return text.replace(CELL_LINE, "\n").replace(MERGED, "")
    out: list[str] = []
    table: list[list[list[str]]] = []
    note = ""
    for line in text.split("\n"):
        if line.rstrip(" \t").endswith(ROW_END):
            if not table:
                note = next((ln for ln in reversed(out) if ln.strip()), "")  # (the line over the table)
            body = line.rstrip(" \t")[:-1].replace(ROW_END, "")
            table.append([[ln for ln in c.replace(MERGED, "").split(CELL_LINE) if ln.strip()]
                          if c.strip(" " + MERGED + CELL_LINE) else [MERGED] if MERGED in c else []
                          for c in body.split(CELL_SEP)])
            continue
        if table:
            out += row_lines(table, note)
            table = []
        out.append(line.replace(CELL_SEP, " ").replace(ROW_END, "").replace(MERGED, "").replace(CELL_LINE, "\n"))
    if table:
        out += row_lines(table, note)
    return "\n".join(out)


def span(value, most: int) -> int:
    """A cell's span as a page or file says it (colspan, number-rows-spanned…): 1 unless a number, at most `most`."""
    try:
        return max(1, min(int(str(value).strip()), most))
    except (TypeError, ValueError):
        return 1


def placed_row(cells: list[tuple[list[str], int, int]], down: dict[int, int]) -> list[list[str]]:
    """A row's cells — (lines, columns spanned, rows spanned) each — in the table's columns, as a browser lays them out
    (a web page's table, an OpenDocument table whose covered cells are left out): a cell spanning columns takes its first
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
