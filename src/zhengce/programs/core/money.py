"""Money as integer fen. Inputs are yuan ("300万", "1亿", "3000000", "1234.56元"), parsed exactly."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from zhengce.money import MoneyError, plain_yuan, read_amount

from zhengce.programs.core import zh

from .errors import InvalidInput

# Ceilings (docs/anxinbao.md "Money input"): one amount and one balance at most 1万亿 yuan; an account's
# running totals at most 100万亿 yuan. Far above any real 安心宝 figure, far below 2**63 fen, so that no sum
# the program forms can leave 64-bit integers (SQLite would silently turn an overflowing sum into REAL).
MAX_AMOUNT_FEN = 10**12 * 100
MAX_BALANCE_FEN = MAX_AMOUNT_FEN
MAX_TOTAL_FEN = 10**14 * 100
MAX_TEXT = 40


def parse_yuan(value, *, what: str = "amount") -> int:
    """Yuan (int, Decimal or string) → fen. Floats are refused: they cannot hold money exactly."""
    if isinstance(value, bool) or value is None:
        raise InvalidInput(f"{zh.field(what)}：应为以元为单位的金额，收到 {value!r}", code="invalid_amount")
    if isinstance(value, float):
        raise InvalidInput(f"{zh.field(what)}：金额请写成字符串或整数（如 \"20万\"、\"1234.56\"），不用浮点数（{value!r}）",
                           code="invalid_amount")
    if isinstance(value, int):
        return _bounded(value * 100, value, what)
    if isinstance(value, Decimal):
        number, unit = value, 1
    else:
        if len(str(value)) > MAX_TEXT:
            raise InvalidInput(f"{zh.field(what)}：{str(value)[:20]}… 太长，不是金额", code="invalid_amount")
        try:  # the one reader of amounts as people write them (zhengce.money): 300万, 1.5亿, 150,000元, １５０万
            number, unit = read_amount(str(value)), 1
        except MoneyError as exc:
            raise InvalidInput(f"{zh.field(what)}：{exc.message}", code="invalid_amount") from None
    if not number.is_finite() or abs(number.adjusted()) > 20:
        raise InvalidInput(f"{zh.field(what)}：{value!r} 不是金额", code="invalid_amount")
    fen = number * unit * 100
    if fen != fen.to_integral_value():
        raise InvalidInput(f"{zh.field(what)}：{value} 不足一分（金额最小单位为分）", code="fractional_fen")
    return _bounded(int(fen), value, what)


def _bounded(fen: int, value, what: str) -> int:
    if abs(fen) > MAX_AMOUNT_FEN:
        raise InvalidInput(f"{zh.field(what)}：{value} 超过单笔金额上限 {zh.money(MAX_AMOUNT_FEN)}",
                           code="amount_too_large")
    return fen


def parse_positive_yuan(value, *, what: str = "amount") -> int:
    fen = parse_yuan(value, what=what)
    if fen <= 0:
        raise InvalidInput(f"{zh.field(what)}应大于0，收到 {value}", code="non_positive_amount")
    return fen


def parse_ratio(value, *, what: str = "ratio") -> Fraction:
    """'0.1', '10%', Decimal or int → exact Fraction."""
    if isinstance(value, (bool, float)) or value is None:
        raise InvalidInput(f"{zh.field(what)}：比例请写成字符串，如 \"0.1\" 或 \"10%\"，收到 {value!r}")
    text = str(value).strip()
    try:
        if text.endswith("%"):
            return Fraction(Decimal(text[:-1].strip())) / 100
        return Fraction(Decimal(text))
    except (InvalidOperation, ValueError):
        raise InvalidInput(f"{zh.field(what)}：无法把 {value!r} 读作比例") from None


def fen_times(fen: int, ratio: Fraction) -> int:
    """fen × ratio rounded down to a whole fen (money paid out never exceeds the exact share)."""
    product = Fraction(fen) * ratio
    return product.numerator // product.denominator


def yuan(fen: int) -> str:
    """Exact yuan string with two decimals, the machine form of JSON and records: 123456 → '1234.56'
    (zhengce.money.plain_yuan; what a person reads is zhengce.money.format_fen)."""
    return plain_yuan(fen)
