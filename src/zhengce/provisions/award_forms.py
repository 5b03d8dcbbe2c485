"""Where an award's number stands outside running prose: the amount column of a table flattened one
cell per line ("列入…项目|工业企业|定额类补助|10万元|"), and a step of money an award is paid per
("每跨越一个百亿台阶")."""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal

from zhengce.provisions.numbers import Amount, find_amounts


def _amount_cell(sent: str, a: Amount) -> bool:
    """The amount fills its table cell, with at most a short label per amount ("国家级500万元")."""
    if re.search(r"满\s*$", sent[max(0, a.span[0] - 2):a.span[0]]):
        return False  # "满300元立减100元": what one spends to use a voucher, not what one gets
    start = sent.rfind("|", 0, a.span[0]) + 1
    end = sent.find("|", a.span[1])
    cell = sent[start:len(sent) if end < 0 else end]
    found = find_amounts(cell)
    rest = cell
    for x in reversed(found):
        rest = rest[:x.span[0]] + rest[x.span[1]:]
    rest = re.sub(r"\([^()]*\)", "", rest).strip(" ,、;")
    return (bool(found) and len(rest) <= 6 * len(found)
            and not re.search(r"以上|以下|以内|超过|达到|不低于|不少于|投资|营业|收入|产值|销售|规模|总额|资金", rest))


_STEP_RE = re.compile(r"^一个\s*(\d+(?:\.\d+)?|[十百千])?\s*(万|亿)元?(?:台阶|档次?|级)$")


def _money_step(unit: str) -> int | None:
    """"一个百亿台阶" → 10,000,000,000 yuan; None when the unit is no amount of money."""
    m = _STEP_RE.match(unit.strip())
    if not m:
        return None
    n = {"十": Decimal(10), "百": Decimal(100), "千": Decimal(1000), None: Decimal(1)}.get(m.group(1))
    if n is None:
        n = Decimal(m.group(1))
    value = n * (10_000 if m.group(2) == "万" else 100_000_000)
    return int(value) if value == value.to_integral_value() else None
