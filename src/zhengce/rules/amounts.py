"""Exact money and rates: yuan <-> fen, and the numbers a Chinese clause states.

Money inside the rules layer is an int of fen (分). Profiles give yuan as int or decimal
string; floats are refused because they cannot carry exact money.
"""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from zhengce.money import MAX_YUAN, format_fen, parse_money

FEN_PER_YUAN = 100
# Every money fact is bounded (MAX_YUAN, zhengce.money) so that fen × (rate numerator ≤ 10^4) stays inside int64.

_T2S = str.maketrans({"萬": "万", "億": "亿", "圓": "元", "％": "%", "：": ":", "．": "."})
_NUM = r"(\d+(?:\.\d+)?)"
_AMOUNT_RE = re.compile(_NUM + r"\s*(万元|万|亿元|亿|元)")
_PERCENT_RE = re.compile(_NUM + r"\s*%")
_RATIO_RE = re.compile(r"(\d+)\s*:\s*(\d+)")
_PLAIN_RE = re.compile(_NUM)
_CN_DIGITS = "〇一二三四五六七八九十"
_UNIT = {"万元": 10_000, "万": 10_000, "亿元": 100_000_000, "亿": 100_000_000, "元": 1}


_PLAIN_DECIMAL = re.compile(r"^[+-]?[0-9]{1,30}(\.[0-9]{1,30})?$")


def to_decimal(value, field: str = "value") -> Decimal:
    """A Decimal from int, Decimal or numeric string; floats are refused (not exact)."""
    if isinstance(value, bool):
        raise ValueError(f"{field}：应为数字，收到的是布尔值")
    if isinstance(value, float):
        raise ValueError(f"{field}：JSON 小数不精确，请写成整数或带引号的小数，如 \"1234.50\"")
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if not _PLAIN_DECIMAL.match(text):  # "1e7", "NaN", "0x10", "１２" are not amounts a person writes
            raise ValueError(f"{field}：{value!r} 不是数字（请用阿拉伯数字书写，如 \"1234.50\"）")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"{field}：{value!r} 不是数字") from None
        if not number.is_finite():
            raise ValueError(f"{field}：{value!r} 不是有限的数字")
        return number
    raise ValueError(f"{field}：应为数字，收到的是 {type(value).__name__}")


def yuan_to_fen(value, field: str = "amount") -> int:
    """Yuan as people write it ("150万", "1.5亿", "150,000元", 1234, Decimal("1234.50")) to int fen:
    zhengce.money.parse_money (exact, bounded, Chinese errors; floats refused)."""
    return parse_money(value, field=field, max_yuan=MAX_YUAN)


def fen_to_yuan(fen: int) -> Decimal:
    return Decimal(fen) / FEN_PER_YUAN


def format_yuan(fen: int) -> str:
    """The house style (zhengce.money.format_fen): 2000000 fen -> '2万元', 1234 fen -> '12.34元'."""
    return format_fen(fen)


def rate_fraction(value) -> Fraction:
    """A rate such as '0.15' or 1 as an exact fraction."""
    return Fraction(to_decimal(value, "rate"))


def round_half_up(numerator: int, denominator: int) -> int:
    """Round a non-negative fraction to the nearest int, halves up (the usual rule for fen)."""
    return (2 * numerator + denominator) // (2 * denominator)


def stated_numbers(quote: str) -> dict[str, set]:
    """The numbers a clause states: money in yuan, rates (30% -> 0.3, 1:1 -> 1, 全额 -> 1), plain numbers."""
    text = quote.translate(_T2S)
    money = {Decimal(n) * _UNIT[u] for n, u in _AMOUNT_RE.findall(text)}
    rates = {Decimal(n) / 100 for n in _PERCENT_RE.findall(text)}
    rates |= {Decimal(a) / Decimal(b) for a, b in _RATIO_RE.findall(text) if int(b)}
    if "全额" in text or "全額" in quote:
        rates.add(Decimal(1))
    plain = {Decimal(n) for n in _PLAIN_RE.findall(text)}
    plain |= {Decimal(_CN_DIGITS.index(c)) for c in re.findall(r"([一二三四五六七八九十])年", text)}
    return {"money": {m.normalize() for m in money}, "rates": {r.normalize() for r in rates},
            "plain": {p.normalize() for p in plain}}


def parse_amount_yuan(text: str) -> Decimal:
    """'500萬元' -> 5000000, '1.5亿' -> 150000000."""
    match = _AMOUNT_RE.fullmatch(text.strip().translate(_T2S))
    if not match:
        raise ValueError(f"不是中文金额写法：{text!r}（应如 500万元、1.5亿）")
    return Decimal(match.group(1)) * _UNIT[match.group(2)]
