"""One registry column to the engine's arrays (values + known mask), checked in its own Arrow type.

Typed columns are read from their buffers with numpy (no text round trip; a decimal128 with
precision ≤ 18 is its int64 low words); text takes a vectorised fast path for canonical spellings
and the single-profile converter (profile.convert) for any other spelling. Bad values come back as
{position: Chinese message}; messages are built only for values that fail. See registry.py.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from zhengce.errors import InputError
from zhengce.rules import regions
from zhengce.money import format_fen
from zhengce.rules.amounts import MAX_YUAN
from zhengce.rules.dates import day_number
from zhengce.rules.profile import FactSpec, convert

MAX_INT = 10**9
MAX_PERCENT = 10**6  # percentage points (like the single path: |value × 100| ≤ 10^8)
FLOAT_EXACT = 2**53
_MONEY_RE = r"^\d{1,13}(\.\d{1,2})?$"
_PERCENT_RE = r"^-?\d{1,7}(\.\d{1,2})?$"
_INT_RE = r"^-?\d{1,10}$"
_DATE_RE = r"^\d{4}-\d{2}-\d{2}$"
_TRUE, _FALSE = ("true", "1", "是"), ("false", "0", "否")


def allowed_zh(spec: FactSpec) -> str:
    """What a column accepts, in Chinese (error messages)."""
    t = spec.type
    if t == "money":
        return f"金额(元), 如 150万、1.5亿、150,000 或 1234.50 (最多2位小数), 0 至 {format_fen(MAX_YUAN * 100)}"
    if t == "percent":
        return "百分比: 整数或最多2位小数, 如 5.5 表示 5.5%"
    if t == "int":
        lo = spec.minimum if spec.minimum is not None else 0
        hi = spec.maximum if spec.maximum is not None else MAX_INT
        return f"整数, {lo} 至 {hi}"
    if t == "date":
        return "日期 YYYY-MM-DD"
    if t == "bool":
        return "是/否 (true/false 或 1/0)"
    if t == "enum":
        return "以下之一: " + ", ".join(f"{k}({v})" for k, v in spec.values.items())
    if t == "region":
        return "浙江省的区县, 如 杭州市余杭区 或 余杭区"
    return "文本"


def why_zh(spec: FactSpec, text: str) -> str:
    """Why the single-profile converter refused a text value, in Chinese."""
    from decimal import Decimal, InvalidOperation
    t = spec.type
    if t == "money":
        from zhengce.money import MoneyError, parse_money
        try:
            parse_money(text)
        except MoneyError as exc:
            return exc.message
        return "超出允许范围"
    if t in ("percent", "int"):
        try:
            number = Decimal(text.strip().replace(",", ""))
        except InvalidOperation:
            return "不是数字"
        if not number.is_finite():
            return "不是数字"
        places = 0 if t == "int" else 2
        if number * 10**places != (number * 10**places).to_integral_value():
            return "不是整数" if t == "int" else "超过2位小数(分为最小单位)" if t == "money" else "超过2位小数"
        if t == "money" and number < 0:
            return "不能为负数"
        return "超出允许范围"
    if t == "date":
        return "不是有效日期"
    if t == "enum":
        return "不是可选值"
    if t == "bool":
        return "不是是/否"
    if t == "region":
        text = text.strip()
        if text in regions._table()["cities"]:
            return "是市, 请写到区县"
        return "不是已知区县"
    return "不可用"


class Col:
    """One converted column: values (int64 or bool), known mask, and bad positions with messages."""

    def __init__(self, n: int, values: np.ndarray, known: np.ndarray):
        self.n, self.values, self.known = n, values, known
        self.bad: dict[int, str] = {}


def _bits(buf: pa.Buffer, offset: int, n: int) -> np.ndarray:
    """An Arrow bitmap as a numpy bool array."""
    raw = np.frombuffer(buf, dtype=np.uint8, count=(offset + n + 7) // 8)
    return np.unpackbits(raw, bitorder="little")[offset:offset + n].view(bool)


def valid_mask(arr: pa.Array) -> np.ndarray:
    if arr.null_count == 0:
        return np.ones(len(arr), dtype=bool)
    return _bits(arr.buffers()[0], arr.offset, len(arr))


def _raw(arr: pa.Array) -> np.ndarray:
    """The values buffer of a fixed-width or boolean array as numpy, without copying where possible;
    slots under nulls hold whatever the buffer holds (callers mask them with the valid bits)."""
    n = len(arr)
    if pa.types.is_boolean(arr.type):
        return _bits(arr.buffers()[1], arr.offset, n)
    dtype = np.dtype(arr.type.to_pandas_dtype()) if not pa.types.is_date32(arr.type) else np.dtype(np.int32)
    return np.frombuffer(arr.buffers()[1], dtype=dtype, count=arr.offset + n)[arr.offset:]


def to_numpy(arr: pa.Array, dtype=None, fill=0) -> np.ndarray:
    """Values as numpy with nulls replaced by `fill`."""
    out = _raw(arr)
    if arr.null_count:
        out = np.where(valid_mask(arr), out, fill)
    return out if dtype is None else out.astype(dtype, copy=False)


def _shown(value) -> str:
    return str(value)


def zeros(spec: FactSpec, n: int) -> np.ndarray:
    return np.zeros(n, dtype=bool if spec.type == "bool" else np.int64)


def trimmed_text(arr) -> pa.Array:
    """Trimmed text with blanks as nulls (dictionary decoded)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if not pa.types.is_string(arr.type):  # large_string (Spark), numbers typed into a text fact
        arr = pc.cast(arr, pa.string())
    arr = pc.utf8_trim_whitespace(arr)
    return pc.if_else(pc.equal(arr, ""), pa.scalar(None, arr.type), arr)


def _encode(spec: FactSpec, value) -> int | bool:
    t = spec.type
    if t == "date":
        return day_number(value)
    if t == "enum":
        return list(spec.values).index(value)
    return value


class TextColumn:
    """Text values: vectorised fast path for canonical spellings, the single converter for the rest."""

    def __init__(self, spec: FactSpec, arr: pa.Array):
        self.spec, self.text = spec, trimmed_text(arr)
        self.n = len(arr)

    def convert(self) -> Col:
        spec, text, n = self.spec, self.text, self.n
        present = valid_mask(text)
        values, ok = getattr(self, "_" + spec.type)(text)
        col = Col(n, values, ok)
        for pos in np.flatnonzero(present & ~ok):  # the rest: exactly as a single profile
            raw = text[pos].as_py()
            try:
                value = convert(spec, raw, spec.name)
                if spec.type == "int" and abs(value) > MAX_INT:
                    raise ValueError("out of range")
            except (InputError, ValueError):
                col.bad[int(pos)] = f"{spec.name}: {raw} 不可用 — {why_zh(spec, raw)}; 应为{allowed_zh(spec)}"
                continue
            values[pos] = _encode(spec, value)
            ok[pos] = True
        return col

    def _decimal_fen(self, text, pattern, places: int) -> tuple[np.ndarray, np.ndarray]:
        ok = to_numpy(pc.match_substring_regex(text, pattern), bool, False)
        if not ok.any():
            return np.zeros(self.n, dtype=np.int64), ok
        picked = pc.if_else(pa.array(ok), text, pa.scalar(None, text.type))
        dec = pc.cast(picked, pa.decimal128(18, places))
        values = _decimal_low_words(dec, places)
        return np.where(ok, values, 0), ok

    def _money(self, text):
        values, ok = self._decimal_fen(text, _MONEY_RE, 2)
        ok &= values <= MAX_YUAN * 100
        return values, ok

    def _percent(self, text):
        values, ok = self._decimal_fen(text, _PERCENT_RE, 2)
        ok &= np.abs(values) <= MAX_PERCENT * 100
        return values, ok

    def _int(self, text):
        values, ok = self._decimal_fen(text, _INT_RE, 0)
        lo = self.spec.minimum if self.spec.minimum is not None else -MAX_INT
        hi = min(self.spec.maximum if self.spec.maximum is not None else MAX_INT, MAX_INT)
        ok &= (values >= lo) & (values <= hi)
        return values, ok

    def _date(self, text):
        ok = to_numpy(pc.match_substring_regex(text, _DATE_RE), bool, False)
        picked = pc.if_else(pa.array(ok), text, pa.scalar(None, text.type))
        ts = pc.strptime(picked, format="%Y-%m-%d", unit="s", error_is_null=True)
        # strptime may roll 2025-02-30 over; a date is accepted only if it prints back the same
        ok = to_numpy(pc.equal(pc.strftime(ts, format="%Y-%m-%d"), picked), bool, False)
        days = to_numpy(pc.cast(ts, pa.date32()), np.int64)
        return days, ok

    def _bool(self, text):
        idx = pc.index_in(pc.utf8_lower(text), value_set=pa.array(_TRUE + _FALSE))
        ok = valid_mask(idx)
        values = to_numpy(idx, np.int64, len(_TRUE)) < len(_TRUE)
        return values, ok

    def _enum(self, text):
        """Codes, and the Chinese labels as the schema writes them (软件和信息服务业 for software_it); other
        spellings of a label go through the single converter."""
        codes = list(self.spec.values)
        idx = pc.index_in(text, value_set=pa.array(codes + [self.spec.values[c] for c in codes]))
        return to_numpy(idx, np.int64) % len(codes), valid_mask(idx)


def _decimal_low_words(arr: pa.Array, scale: int) -> np.ndarray:
    """Unscaled values of a decimal128 array whose values fit int64, as an int64 view (no copy)."""
    buf = arr.buffers()[1]
    words = np.frombuffer(buf, dtype=np.int64, count=2 * (arr.offset + len(arr)))
    return words[2 * arr.offset::2]


def _decimal_fits(arr: pa.Array) -> np.ndarray:
    buf = arr.buffers()[1]
    words = np.frombuffer(buf, dtype=np.int64, count=2 * (arr.offset + len(arr)))
    lo, hi = words[2 * arr.offset::2], words[2 * arr.offset + 1::2]
    return hi == (lo >> 63)


def typed_column(spec: FactSpec, arr: pa.Array) -> Col:
    """A column in a non-text Arrow type: checked and converted with numpy on its buffers."""
    n, t, ty = len(arr), arr.type, spec.type
    known = valid_mask(arr)
    values, bad, why = None, None, None
    if pa.types.is_boolean(t):
        if ty == "bool":
            values, bad = _raw(arr), np.zeros(n, dtype=bool)
    elif pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
        values, bad, why = _numeric(spec, arr, known)
    elif pa.types.is_date(t) or pa.types.is_timestamp(t):
        if ty == "date":  # day numbers stay int32: dates are only compared, never multiplied
            values = _raw(arr if pa.types.is_date32(t) else pc.cast(arr, pa.date32()))
            bad = np.zeros(n, dtype=bool)
    if values is None:  # a type this fact cannot take: every given value is a bad row
        values, bad = zeros(spec, n), known.copy()
        why = lambda pos: "列类型为 " + str(t)  # noqa: E731
    col = Col(n, values, known & ~bad)
    for pos in np.flatnonzero(bad):
        col.bad[int(pos)] = (f"{spec.name}: {_shown(arr[pos].as_py())} 不可用 — {why(int(pos))}; "
                             f"应为{allowed_zh(spec)}")
    return col  # slots of unknown values are not zeroed: the engine reads values only where known


def _bounds(spec: FactSpec) -> tuple[int, int]:
    """Allowed range in the engine's unit (fen, 1/100 %, count)."""
    if spec.type == "money":
        return 0, MAX_YUAN * 100
    if spec.type == "percent":
        return -MAX_PERCENT * 100, MAX_PERCENT * 100
    lo = spec.minimum if spec.minimum is not None else -MAX_INT
    return lo, min(spec.maximum if spec.maximum is not None else MAX_INT, MAX_INT)


def _in_range(values: np.ndarray, lo: int, hi: int) -> np.ndarray:
    if lo == 0:  # negative int64 are huge as uint64: one comparison checks both ends
        return values.view(np.uint64) <= np.uint64(hi)
    return (values >= lo) & (values <= hi)


def _numeric(spec: FactSpec, arr: pa.Array, known: np.ndarray):
    """Integers, floats and decimals for money / percent / int / bool facts: (values, bad rows, why)."""
    t, ty = arr.type, spec.type
    if ty == "bool" and pa.types.is_integer(t):
        v = _raw(arr).astype(np.int64, copy=False)
        return v == 1, known & ~np.isin(v, (0, 1)), lambda pos: "应为 0 或 1"
    places = {"money": 2, "percent": 2, "int": 0}.get(ty)
    if places is None:
        return None, None, None
    lo, hi = _bounds(spec)
    inexact, inexact_why = None, None
    if pa.types.is_decimal(t) and t.scale > places:
        if not pa.types.is_decimal128(t) or t.precision > 18:
            arr = pc.cast(arr, pa.decimal128(38, t.scale))
        values, rem = np.divmod(_decimal_low_words(arr, t.scale), 10**(t.scale - places))
        inexact = rem != 0
        if arr.type.precision > 18:
            inexact |= ~_decimal_fits(arr)
        inexact_why = "超过2位小数(分为最小单位)" if ty == "money" else "不是整数" if ty == "int" else "超过2位小数"
        ok = _in_range(values, lo, hi) & ~inexact
    else:
        if pa.types.is_decimal(t):
            if not pa.types.is_decimal128(t) or t.precision > 18:
                arr = pc.cast(arr, pa.decimal128(38, t.scale))
            units = _decimal_low_words(arr, t.scale)  # the low words are the values: no copy
            if arr.type.precision > 18:
                inexact, inexact_why = ~_decimal_fits(arr), "超出允许范围"
            factor = 10**(places - t.scale)
        elif pa.types.is_floating(t):
            f = _raw(arr).astype(np.float64, copy=False)
            inexact = ~(np.isfinite(f) & (np.abs(f) <= FLOAT_EXACT) & (np.floor(f) == f))
            inexact_why = ("浮点数只有整数值能精确表示; 带小数的金额请存为 decimal(18,2) 或文本"
                           if ty == "money" else "浮点数不是整数")
            units = np.where(inexact, 0, f).astype(np.int64)
            factor = 10**places
        else:
            units = _raw(arr)
            if pa.types.is_uint64(t):
                units = np.minimum(units, np.uint64(2**62))
            units = units.astype(np.int64, copy=False)
            factor = 10**places
        # range first, in the column's own unit, so that scaling cannot wrap around
        ok = _in_range(units, -(-lo // factor), hi // factor)
        if inexact is not None:
            ok &= ~inexact
        values = units * factor if factor != 1 else units
    bad = known & ~ok

    def why(pos: int) -> str:
        if inexact is not None and inexact[pos]:
            return inexact_why
        if ty == "money":
            return "不能为负数" if values[pos] < 0 else f"超出上限 {format_fen(MAX_YUAN * 100)}"
        return "超出允许范围"
    return values, bad, why
