"""Money amounts as printed in policy text ("17.25亿元", "460亿元", "5.9 亿元", "三千万元").

The reading layer needs these for budgets (section budgets, the total); the provisions layer has
the full number reader and builds on this. Amounts are exact: Decimal arithmetic, integer yuan.
"""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal, InvalidOperation

CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9,
            # (the capital forms a sum is written in on cheques and notices: "伍万元", "贰拾万元")
            "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
UNIT_YUAN = {"元": 1, "万元": 10_000, "亿元": 100_000_000, "千元": 1000, "万": 10_000, "亿": 100_000_000}

CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
NUMBER = rf"(?:\d+(?:\.\d+)?|[{CN_NUMERAL}]+)"
AMOUNT_RE = re.compile(rf"({NUMBER})\s*(亿元|万元|千元|元|亿|万)")
# "下达某地某项推广任务N万亩,补贴资金": the money sent down with a task, named just before its sum — the whole fund
# of the notice (read as its total in metadata.py and as a cited budget in provisions/figures.py)
# the money a notice hands down, by its name ("下达某补助资金", "现下达某助学金", "现将某经费…下达")
FUNDS = r"(?:资金|经费|助学金)"
TASK_FUND = r"(?:下达|下拨|分配)[^。;]{0,40}?任务[^。;,]{0,16}[,,]\s*(?:补贴|补助|奖补|扶持|专项)资金"
# "本次下达某类补助资金N万元", "市级下达我县资金N万元": the fund allocated, before its sum (no award, nor a sum per mu)
HANDED_DOWN_FUND = re.compile(r"(?:此次|本次|今年|现)?(?:下达|下拨|分配)[^,;。]{0,24}?" + FUNDS + r"(?:共计|总计|合计|总量|总额)?(?:为)?\s*$")


def parse_chinese_int(text: str) -> int:
    """一百九十六 -> 196, 三千 -> 3000, 十五 -> 15, 两 -> 2, 一亿五千万 -> 150000000, 二〇二五 -> 2025
    (digit by digit). Raises ValueError on anything else."""
    if not text:
        raise ValueError("empty numeral")
    if all(c in CN_DIGIT for c in text):
        return int("".join(str(CN_DIGIT[c]) for c in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_SMALL:
            section += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


def chinese_to_int(text: str) -> int | None:
    """parse_chinese_int, or None when text is not a Chinese numeral."""
    try:
        return parse_chinese_int(text)
    except ValueError:
        return None


def to_decimal(number: str) -> Decimal | None:
    try:
        return Decimal(number)
    except InvalidOperation:
        value = chinese_to_int(number)
        return Decimal(value) if value is not None else None


def amount_yuan(number: str, unit: str) -> int | Decimal | None:
    """("17.25", "亿元") → 1725000000. Whole yuan come back as int, fractions as Decimal."""
    value = to_decimal(number)
    if value is None:
        return None
    # a Chinese numeral may carry its own 万/亿 ("三千万元" read as 三千万 + 元)
    yuan = value * UNIT_YUAN[unit]
    return int(yuan) if yuan == yuan.to_integral_value() else yuan


def matched_amount(pattern: re.Pattern[str], text: str) -> int | None:
    """Whole yuan of the first match of a pattern ending in AMOUNT_RE's two groups (number, unit)."""
    m = pattern.search(text)
    if not m:
        return None
    value = amount_yuan(m.group(m.re.groups - 1), m.group(m.re.groups))
    return int(value) if value is not None else None


def first_amount(text: str) -> tuple[int | Decimal, tuple[int, int]] | None:
    m = AMOUNT_RE.search(text)
    if not m:
        return None
    value = amount_yuan(m.group(1), m.group(2))
    return (value, m.span()) if value is not None else None
