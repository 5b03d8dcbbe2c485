"""Money amounts as printed in policy text ("17.25亿元", "460亿元", "5.9 亿元", "三千万元").

The reading layer needs these for budgets (section budgets, the total); the provisions layer has
the full number reader and builds on this. Amounts are exact: Decimal arithmetic, integer yuan.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
UNIT_YUAN = {"元": 1, "万元": 10_000, "亿元": 100_000_000, "千元": 1000, "万": 10_000, "亿": 100_000_000}

CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
NUMBER = rf"(?:\d+(?:\.\d+)?|[{CN_NUMERAL}]+)"
AMOUNT_RE = re.compile(rf"({NUMBER})\s*(亿元|万元|千元|元|亿|万)")


def chinese_to_int(text: str) -> int | None:
    """一百九十六 → 196, 三千 → 3000, 十二 → 12, 一二三 → 123 (digit by digit)."""
    if not text or any(ch not in _DIGITS and ch not in _SMALL_UNITS and ch not in _BIG_UNITS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            total = (total + section) * _BIG_UNITS[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


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


def first_amount(text: str) -> tuple[int | Decimal, tuple[int, int]] | None:
    m = AMOUNT_RE.search(text)
    if not m:
        return None
    value = amount_yuan(m.group(1), m.group(2))
    return (value, m.span()) if value is not None else None
