"""Money as people read and write it: the one formatter and the one parser of zhengce.

Money inside zhengce is an int of fen (分). Every text a user sees is written by ``format_fen``
(or ``format_yuan`` for an exact Decimal in yuan) and every amount a user types is read by
``parse_money``. The house style is documented in docs/money.md; tests check its examples.

House style (``format_fen``)
----------------------------
* below 1万元: 元, thousands separated, 分 only when there are any: ``9,999元``, ``1,234.50元``
* from 1万元, a whole number of 元: 万元 with up to 4 decimals, trailing zeros dropped:
  ``24.2万元``, ``150万元``, ``12345.6789万元``
* from 1亿元, a whole number of 万元: 亿元 with up to 4 decimals: ``460亿元``, ``538.35亿元``
* from 1万元 with 分 (a computed figure, e.g. 3% of a revenue): exact, in 元 with separators:
  ``242,000.25元`` — never rounded silently, never ``24.200025万元``
* negative amounts (differences) get a leading ``-``; ``signed=True`` also writes ``+`` for gains.

``format_rate`` writes a fraction (0.3) as a percent (``30%``); ``chart_axis`` chooses one unit (元, 万元
or 亿元) for a chart's values and rounds them to 2 decimals of that unit, 3 significant digits below 1 (a
chart is a picture; the table beside it carries the exact figure). ``plain_yuan`` is the machine form (``1234.56``) used in JSON
and CSV cells; ``plain_wan`` the same in 万元 (``0.001234``) for form inputs whose unit is 万元.

Input (``parse_money``)
-----------------------
``150万``, ``1.5亿``, ``150,000``, ``150,000元``, ``１５０万`` (full width), ``¥1,234.50``, ``300萬元`` and
integers or Decimals (in 元) are read exactly to fen. Floats are refused (they cannot hold money
exactly), as are more than 2 decimals of 元, negative amounts (unless allowed) and amounts above
``MAX_YUAN``. Errors are Chinese and say how to write the amount.
"""

from __future__ import annotations

from zhengce import rx as re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Iterable

FEN_PER_YUAN = 100
WAN_FEN = 10_000 * FEN_PER_YUAN
YI_FEN = 100_000_000 * FEN_PER_YUAN
MAX_YUAN = 10**12  # 1万亿元: above any real figure, far inside int64 fen
MAX_TEXT = 40

UNITS = {"": 1, "元": 1, "万": 10_000, "万元": 10_000, "亿": 100_000_000, "亿元": 100_000_000}


# -- formatting --------------------------------------------------------------------------------------

def _trim(d: Decimal) -> str:
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_fen(fen: int | None, *, signed: bool = False, empty: str = "—") -> str:
    """An amount in fen in the house style; None → ``empty``."""
    if fen is None:
        return empty
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"format_fen takes int fen, not {type(fen).__name__}")
    sign = "-" if fen < 0 else ("+" if signed and fen > 0 else "")
    f = abs(fen)
    if f >= WAN_FEN and f % FEN_PER_YUAN == 0:
        if f >= YI_FEN and f % WAN_FEN == 0:
            return f"{sign}{_trim(Decimal(f) / YI_FEN)}亿元"
        return f"{sign}{_trim(Decimal(f) / WAN_FEN)}万元"
    yuan, cents = divmod(f, FEN_PER_YUAN)
    return f"{sign}{yuan:,}" + (f".{cents:02d}" if cents else "") + "元"


def fen_of_yuan(value: int | Decimal) -> int | None:
    """Exact fen of a yuan amount (int or Decimal), or None when it has a fraction of a fen."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("money is never a float or bool")
    d = Decimal(value) * FEN_PER_YUAN
    if not d.is_finite() or d != d.to_integral_value():
        return None
    return int(d)


def format_yuan(value: int | Decimal | str | None, *, signed: bool = False, empty: str = "—") -> str:
    """An amount in yuan (int, Decimal or a decimal string) in the house style; None or "" → ``empty``."""
    if value is None or value == "":
        return empty
    d = value if isinstance(value, (int, Decimal)) and not isinstance(value, bool) else _decimal(value)
    fen = fen_of_yuan(d)
    if fen is None:  # a fraction of a fen (only in stated rates × bases): exact, in 元
        sign = "-" if d < 0 else ("+" if signed and d > 0 else "")
        return f"{sign}{_trim(abs(Decimal(d)))}元"
    return format_fen(fen, signed=signed, empty=empty)


def _decimal(value) -> Decimal:
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError("money is never a float or bool")
    try:
        d = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not d.is_finite():
        raise ValueError(f"not a number: {value!r}")
    return d


def plain_yuan(fen: int | None) -> str | None:
    """The machine form of an amount, exact, always with 2 decimals: 123456 → '1234.56' (JSON, CSV)."""
    if fen is None:
        return None
    sign = "-" if fen < 0 else ""
    q, r = divmod(abs(int(fen)), FEN_PER_YUAN)
    return f"{sign}{q}.{r:02d}"


def plain_wan(fen: int) -> str:
    """The machine form of an amount in 万元, exact (1 fen = 0.000001万), for inputs whose unit is 万元:
    1000000 → '1', 1234 → '0.001234', -2500000 → '-2.5'."""
    sign = "-" if fen < 0 else ""
    q, r = divmod(abs(int(fen)), WAN_FEN)
    return sign + (str(q) if r == 0 else f"{q}.{r:06d}".rstrip("0"))


def yuan_decimal(fen: int | None) -> Decimal | None:
    """Fen → Decimal yuan (exact), for numeric spreadsheet cells and JSON."""
    return None if fen is None else Decimal(int(fen)) / FEN_PER_YUAN


def format_rate(value: Fraction | Decimal | int | str | None, *, empty: str = "—") -> str:
    """A rate as a percent: 0.3 → '30%', 0.125 → '12.5%'; exact to 4 decimals of a percent, else rounded.
    A rate is not money: a float (a rate read back from SQLite or JSON) is taken as the decimal it prints as."""
    if value is None or value == "":
        return empty
    if isinstance(value, bool):
        raise TypeError("a rate is never a bool")
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Fraction):
        pct = Decimal(value.numerator * 100) / Decimal(value.denominator)
    else:
        pct = (value if isinstance(value, Decimal) else _decimal(value)) * 100
    q = pct.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return f"{_trim(q)}%"


def format_percent(value: Decimal | int | str | None, *, empty: str = "—") -> str:
    """A number already in percent (15 → '15%')."""
    if value is None or value == "":
        return empty
    d = value if isinstance(value, Decimal) else _decimal(value)
    return f"{_trim(d.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP))}%"


# -- charts -------------------------------------------------------------------------------------------

def chart_unit(fens: Iterable[int | None]) -> tuple[str, int]:
    """(unit name, fen per unit) for a chart of these amounts: 亿元 from 1亿, 万元 from 1万, else 元."""
    top = max((abs(int(f)) for f in fens if f is not None), default=0)
    if top >= YI_FEN:
        return "亿元", YI_FEN
    if top >= WAN_FEN:
        return "万元", WAN_FEN
    return "元", FEN_PER_YUAN


def chart_value(fen: int | None, per: int) -> int | Decimal | None:
    """An amount in the chart's unit, rounded half up to 2 decimals — 3 significant digits below 1 (so that a
    small bar on a log axis is not 0) — trailing zeros dropped."""
    if fen is None:
        return None
    d = Decimal(int(fen)) / per
    if d == 0:
        return 0
    places = max(2, 2 - d.adjusted())
    d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return int(d) if d == d.to_integral_value() else d.normalize()


def chart_axis(*series: Iterable[int | None]) -> tuple[str, list[list]]:
    """One unit for several series of fen, and each series in that unit: ("万元", [[15, 24.2], …])."""
    lists = [list(s) for s in series]
    name, per = chart_unit(f for s in lists for f in s)
    return name, [[chart_value(f, per) for f in s] for s in lists]


# -- parsing -----------------------------------------------------------------------------------------

_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(万元|万|亿元|亿|元)?$")
_TRANSLATE = str.maketrans({"萬": "万", "億": "亿", "圓": "元", "，": ",", "。": ".", "．": ".",
                            "¥": "", "￥": "", " ": "", "\u3000": "", "\u00a0": "", "_": ""})


class MoneyError(ValueError):
    """An amount a user wrote that cannot be read; the message is Chinese and says how to write it."""

    def __init__(self, message: str, code: str = "invalid_amount"):
        super().__init__(message)
        self.message = message
        self.code = code


def hint(text: str) -> str:
    return f"金额「{text}」无法识别：请写成 150万、1.5亿 或 150000 这样的数字"


def read_amount(text: str) -> Decimal:
    """The yuan a person wrote ("150万", "1.5亿", "150,000元", "１５０万"), exact, unbounded, signed."""
    raw = str(text)
    if len(raw) > MAX_TEXT:
        raise MoneyError(f"金额「{raw[:20]}…」过长，不是一个金额")
    t = unicodedata.normalize("NFKC", raw).translate(_TRANSLATE)
    m = _AMOUNT.match(t)
    if not m or (m.group(2) is None and m.group(3) is None):
        raise MoneyError(hint(raw.strip() or raw))
    whole = (m.group(2) or "0").replace(",", "")
    number = Decimal(whole + ("." + m.group(3) if m.group(3) else ""))
    number *= UNITS[m.group(4) or ""]
    return -number if m.group(1) == "-" else number


def parse_money(value, *, field: str | None = None, allow_negative: bool = False, max_yuan: int = MAX_YUAN) -> int:
    """Fen of an amount in yuan: int, Decimal or text as people write it; floats are refused.
    Errors (MoneyError, a ValueError) start with ``field`` when given: "营业收入：金额「abc」无法识别：…"."""
    try:
        return _parse_money(value, allow_negative, max_yuan)
    except MoneyError as exc:
        if field:
            raise MoneyError(f"{field}：{exc.message}", exc.code) from None
        raise


def _parse_money(value, allow_negative: bool, max_yuan: int) -> int:
    if isinstance(value, bool) or value is None:
        raise MoneyError(f"应为金额（元），而不是 {value!r}")
    if isinstance(value, float):
        raise MoneyError("浮点数无法精确表示金额：请写成文字，如 \"1234.50\" 或 \"150万\"", "float_amount")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise MoneyError(hint(str(value)))
        number = value
    elif isinstance(value, str):
        number = read_amount(value)
    else:
        raise MoneyError(f"应为金额（元），而不是 {type(value).__name__}")
    fen = number * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise MoneyError(f"{value} 超过2位小数（分是最小单位）", "fractional_fen")
    if number < 0 and not allow_negative:
        raise MoneyError(f"金额不能为负数（{value}）", "negative_amount")
    if abs(number) > max_yuan:
        raise MoneyError(f"{value} 超过上限 {format_fen(max_yuan * FEN_PER_YUAN)}", "amount_too_large")
    return int(fen)
