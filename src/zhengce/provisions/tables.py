"""Awards in a table whose money column names its unit in the header ("奖项名称 | 奖励金额(万元)" over
"新获得某某质量奖 | 100"): the cells hold bare numbers, so the sentence reader sees no money in them."""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal, InvalidOperation

from zhengce.provisions.model import Provision
from zhengce.provisions.triggers import beneficiary_of

# the money column's header: an award word, then its unit in brackets ("奖励金额(万元)", "补助标准(元)")
_MONEY_HEAD = re.compile(r"(?:奖励|补助|补贴|资助|奖补|扶持|支持)(?:金额|标准|资金|额度)?(?:上限)?\s*[((]\s*(万元|元)\s*[))]")
_NUMBER = re.compile(r"\s*(?:(最高|不超过)\s*)?(\d+(?:\.\d+)?)\s*")
_ROW_NO = re.compile(r"\s*\d{1,3}\s*")  # a 序号 cell


def table_awards(text: str) -> list[Provision]:
    """Fixed awards (or ones up to a sum) of the rows under a money header in `text`; spans relative to it."""
    out: list[Provision] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    column = unit = None
    width = 0
    for start, line in lines:
        if "|" not in line:
            column = None  # the table ended
            continue
        cells = _cells(line)
        if cells and not cells[-1][1]:
            cells = cells[:-1]  # the empty cell after a closing "|"
        heads = [(k, m) for k, (_, c) in enumerate(cells) if (m := _MONEY_HEAD.search(c))]
        if len(heads) == 1 and not re.search(r"\d", cells[heads[0][0]][1].replace("万元", "")):
            (column, m), width = heads[0], len(cells)
            unit = Decimal(10_000) if m.group(1) == "万元" else Decimal(1)
            continue
        if column is None:
            continue
        # (rows a layout ran together on one line: so many cells as the header has, again and again)
        rows = [cells[k:k + width] for k in range(0, len(cells), width)] if len(cells) % width == 0 else [cells]
        for row in rows:
            award = _award(line, row, column, unit)
            if award is not None:
                award.span = (start + award.span[0], start + award.span[1])
                out.append(award)
    return out


def _award(line: str, row: list[tuple[int, str]], column: int, unit: Decimal) -> Provision | None:
    if column >= len(row):
        return None
    m = _NUMBER.fullmatch(row[column][1])
    names = [(s, c) for s, c in row[:column] if c.strip() and not _ROW_NO.fullmatch(c)]
    if not m or not names:
        return None
    try:
        amount = Decimal(m.group(2)) * unit
    except InvalidOperation:
        return None
    if amount <= 0 or amount > Decimal(10) ** 11:
        return None
    name_start, trigger = names[-1][0], names[-1][1].strip()
    end = row[column][0] + len(row[column][1])
    fields = {"beneficiary": beneficiary_of(trigger, line), "trigger": trigger,
              "form": "up_to" if m.group(1) else "fixed",
              "amount_yuan": int(amount) if amount == amount.to_integral_value() else amount}
    return Provision("incentive", (name_start, end), line[name_start:end], fields)


def _cells(line: str) -> list[tuple[int, str]]:
    """(start within the line, text) of each cell, leading spaces dropped."""
    cells, at = [], 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        cells.append((at + lead, part.strip()))
        at += len(part) + 1
    return cells
