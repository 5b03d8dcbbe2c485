"""A registry chunk (Arrow record batch) to the engine's typed columns, validated in its own types.

Typed columns (Parquet integers, decimals, dates, booleans) are checked with numpy on their
buffers — no text round trip; a decimal128 with scale ≤ 2 and precision ≤ 18 is read as int64
fen straight from its low words. Text columns (CSV, Excel, Parquet strings) take a vectorised
fast path for the canonical spellings (`1234.50`, `2025-03-01`, `software_it`); any other
spelling goes, value by value, through the single-profile converter (profile.convert), so a
registry row is accepted exactly when `zhengce check` would accept the same value. Error messages
are built only for rows that fail: spreadsheet row, column, value, what is allowed (Chinese).

Floats: a float column is accepted value by value only where the value is a whole number
(|v| ≤ 2^53, exact in binary, as `parse_flat_row` does); a value with a fractional part is a bad
row — binary floats cannot carry fen exactly (store money as decimal(18,2), integer or text).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from zhengce.errors import InputError
from zhengce.rules import regions
from zhengce.rules.amounts import MAX_YUAN
from zhengce.rules.conditions import day_number
from zhengce.rules.profile import FactSpec, convert, schema
from zhengce.rules.vector import ENTITIES, Columns, region_codes

HEADER_ROWS = 1  # row numbers are as a spreadsheet shows them: the header is row 1
META_COLUMNS = ("entity", "id", "name")
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
        return f"金额(元): 整数或最多2位小数, 0 至 {MAX_YUAN}; 不接受带小数的浮点数"
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


def _why_zh(spec: FactSpec, text: str) -> str:
    """Why the single-profile converter refused a text value, in Chinese."""
    from decimal import Decimal, InvalidOperation
    t = spec.type
    if t in ("money", "percent", "int"):
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


@dataclass
class Chunk:
    """One validated chunk: typed columns of its good rows, their row numbers and ids, its bad rows."""

    cols: Columns
    rows: np.ndarray  # int64 spreadsheet row numbers of the good rows
    ids: pa.Array  # string
    errors: list[tuple[int, str]]  # (row, message) in row order
    n_rows: int


class _Col:
    """One converted column: values (int64 or bool), known mask, and bad positions with messages."""

    def __init__(self, n: int, values: np.ndarray, known: np.ndarray):
        self.n, self.values, self.known = n, values, known
        self.bad: dict[int, str] = {}


def _np(arr: pa.Array, dtype=None) -> np.ndarray:
    out = arr.to_numpy(zero_copy_only=False)
    return out if dtype is None else out.astype(dtype, copy=False)


def _valid(arr: pa.Array) -> np.ndarray:
    if arr.null_count == 0:
        return np.ones(len(arr), dtype=bool)
    return _np(arr.is_valid(), bool)


def _shown(value) -> str:
    return str(value)


class RegistryPlan:
    """Which converter each registry column takes; built once from the registry's column names."""

    def __init__(self, names: list[str]):
        facts = schema().facts
        unknown = [n for n in names if n not in facts and n != "entity" and not n.startswith("__")]
        if unknown:
            raise InputError(f"名册: 未知列 {', '.join(unknown)}; 列名应为画像字段名(见 `zhengce profile schema` "
                             "和 docs/profile.md) — unknown column(s)")
        if "region" not in names:
            raise InputError("名册: 缺少 region 列(所在区县), 每行都需要 — a 'region' column is required")
        self.names = names
        self.facts = [n for n in names if n in facts and facts[n].type not in ("string", "region")]
        codes = region_codes()
        spell: dict[str, int] = {}
        for full, code in codes.items():
            spell[full] = code
            spell[regions._table()["province"] + full] = code
        for short, fulls in regions._table()["short"].items():
            if len(fulls) == 1:
                spell[short] = codes[fulls[0]]
        self._region_names = pa.array(list(spell), pa.string())
        self._region_codes = np.array(list(spell.values()), dtype=np.int32)

    # -- one chunk -------------------------------------------------------------------------------
    def validate(self, batch: pa.RecordBatch | pa.Table, rows: np.ndarray) -> Chunk:
        """`rows`: the spreadsheet row number of each row of the batch."""
        n = batch.num_rows
        facts = schema().facts
        bad: dict[int, list[str]] = {}

        def note(col: _Col, name: str) -> None:
            for pos, msg in col.bad.items():
                bad.setdefault(pos, []).append(msg)

        entity = self._entity(batch)
        note(entity, "entity")
        region = self._region(batch.column("region"))
        note(region, "region")
        data = {}
        for name in self.facts:
            col = self.convert(facts[name], batch.column(name))
            note(col, name)
            data[name] = (col.values, col.known)
        ids = self._ids(batch, rows)
        if bad:
            positions = np.array(sorted(bad), dtype=np.int64)
            good = np.ones(n, dtype=bool)
            good[positions] = False
            keep = np.flatnonzero(good)
            data = {k: (v[keep], m[keep]) for k, (v, m) in data.items()}
            cols = Columns(keep.size, data, entity.values[keep], region.values[keep])
            errors = [(int(rows[p]), "; ".join(bad[p])) for p in positions]
            return Chunk(cols, rows[keep], ids.take(pa.array(keep)), errors, n)
        return Chunk(Columns(n, data, entity.values, region.values), rows, ids, [], n)

    def _ids(self, batch, rows) -> pa.Array:
        if "id" in self.names:
            col = batch.column("id")
            col = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
            if pa.types.is_dictionary(col.type):
                col = col.dictionary_decode()
            return col if col.type == pa.string() else pc.cast(col, pa.string())
        return pa.array(rows, pa.int64()).cast(pa.string())

    def _entity(self, batch) -> _Col:
        n = batch.num_rows
        if "entity" not in self.names:
            return _Col(n, np.zeros(n, dtype=np.int8), np.ones(n, dtype=bool))
        arr = _text(batch.column("entity"))
        idx = pc.index_in(arr, value_set=pa.array(ENTITIES))
        values = _np(idx.fill_null(0), np.int8)
        col = _Col(n, values, np.ones(n, dtype=bool))
        for pos in np.flatnonzero(~_valid(idx) & _valid(arr)):
            col.bad[int(pos)] = (f"entity: {arr[pos].as_py()} 不可用 — 不是可选值; 应为 "
                                 f"{', '.join(ENTITIES)} 之一")
        return col

    def _region(self, arr) -> _Col:
        arr = _text(arr)
        n = len(arr)
        idx = pc.index_in(arr, value_set=self._region_names)
        hit = _valid(idx)
        values = self._region_codes[_np(idx.fill_null(0), np.int64)]
        col = _Col(n, values, hit)
        spec = schema().facts["region"]
        codes = region_codes()
        for pos in np.flatnonzero(~hit):
            text = arr[pos].as_py()
            if text is None:
                col.bad[int(pos)] = "region: 缺少 — 每行都需要所在区县"
                continue
            try:
                values[pos] = codes[regions.canonical(text)]
                hit[pos] = True
            except InputError:
                col.bad[int(pos)] = f"region: {text} 不可用 — {_why_zh(spec, text)}; 应为{allowed_zh(spec)}"
        col.values = values.astype(np.int32, copy=False)
        return col

    # -- one column --------------------------------------------------------------------------------
    def convert(self, spec: FactSpec, arr) -> _Col:
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        t = arr.type
        if pa.types.is_dictionary(t):  # convert the (small) dictionary once, then gather
            inner = self.convert(spec, arr.dictionary)
            idx = arr.indices
            valid = _valid(idx)
            pos = _np(idx.fill_null(0), np.int64)
            col = _Col(len(arr), inner.values[pos], inner.known[pos] & valid)
            if inner.bad:
                for p in np.flatnonzero(np.isin(pos, list(inner.bad)) & valid):
                    col.bad[int(p)] = inner.bad[int(pos[p])]
            return self._counts(spec, col)
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            col = _TextColumn(spec, arr).convert()
        elif pa.types.is_null(t):
            col = _Col(len(arr), _zeros(spec, len(arr)), np.zeros(len(arr), dtype=bool))
        else:
            col = _typed(spec, arr)
        return self._counts(spec, col)

    @staticmethod
    def _counts(spec: FactSpec, col: _Col) -> _Col:
        if spec.name.startswith("count."):  # a blank count is zero, as in profiles
            col.values = np.where(col.known, col.values, 0)
            col.known = np.ones(col.n, dtype=bool)
        return col


def _zeros(spec: FactSpec, n: int) -> np.ndarray:
    return np.zeros(n, dtype=bool if spec.type == "bool" else np.int64)


def _text(arr) -> pa.Array:
    """Trimmed text with blanks as nulls (dictionary decoded)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
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


class _TextColumn:
    """Text values: vectorised fast path for canonical spellings, the single converter for the rest."""

    def __init__(self, spec: FactSpec, arr: pa.Array):
        self.spec, self.text = spec, _text(arr)
        self.n = len(arr)

    def convert(self) -> _Col:
        spec, text, n = self.spec, self.text, self.n
        present = _valid(text)
        values, ok = getattr(self, "_" + spec.type)(text)
        col = _Col(n, values, ok)
        for pos in np.flatnonzero(present & ~ok):  # the rest: exactly as a single profile
            raw = text[pos].as_py()
            try:
                value = convert(spec, raw, spec.name)
                if spec.type == "int" and abs(value) > MAX_INT:
                    raise ValueError("out of range")
            except (InputError, ValueError):
                col.bad[int(pos)] = f"{spec.name}: {raw} 不可用 — {_why_zh(spec, raw)}; 应为{allowed_zh(spec)}"
                continue
            values[pos] = _encode(spec, value)
            ok[pos] = True
        return col

    def _decimal_fen(self, text, pattern, places: int) -> tuple[np.ndarray, np.ndarray]:
        ok = _np(pc.fill_null(pc.match_substring_regex(text, pattern), False), bool)
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
        ok = _np(pc.fill_null(pc.match_substring_regex(text, _DATE_RE), False), bool)
        picked = pc.if_else(pa.array(ok), text, pa.scalar(None, text.type))
        ts = pc.strptime(picked, format="%Y-%m-%d", unit="s", error_is_null=True)
        # strptime may roll 2025-02-30 over; a date is accepted only if it prints back the same
        same = pc.fill_null(pc.equal(pc.strftime(ts, format="%Y-%m-%d"), picked), False)
        ok = _np(same, bool)
        days = _np(pc.fill_null(pc.cast(pc.cast(ts, pa.date32()), pa.int32()), 0), np.int64)
        return days, ok

    def _bool(self, text):
        idx = pc.index_in(pc.utf8_lower(text), value_set=pa.array(_TRUE + _FALSE))
        ok = _valid(idx)
        values = _np(idx.fill_null(len(_TRUE)), np.int64) < len(_TRUE)
        return values, ok

    def _enum(self, text):
        idx = pc.index_in(text, value_set=pa.array(list(self.spec.values)))
        return _np(idx.fill_null(0), np.int64), _valid(idx)


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


def _typed(spec: FactSpec, arr: pa.Array) -> _Col:
    """A column in a non-text Arrow type: checked and converted with numpy."""
    n, t, ty = len(arr), arr.type, spec.type
    known = _valid(arr)
    values = None
    bad = np.zeros(n, dtype=bool)
    why = "列类型为 " + str(t)
    if pa.types.is_boolean(t):
        if ty == "bool":
            values = _np(arr.fill_null(False), bool) if arr.null_count else _np(arr, bool)
    elif pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
        values, bad, why = _numeric(spec, arr, known)
    elif pa.types.is_date(t) or pa.types.is_timestamp(t):
        if ty == "date":
            days = pc.cast(pc.cast(arr, pa.date32()) if not pa.types.is_date32(t) else arr, pa.int32())
            values = _np(days.fill_null(0), np.int64)
    if values is None:  # a type this fact cannot take: every given value is a bad row
        values, bad = _zeros(spec, n), known.copy()
    col = _Col(n, values, known & ~bad)
    if bad.any():
        for pos in np.flatnonzero(bad):
            col.bad[int(pos)] = (f"{spec.name}: {_shown(arr[pos].as_py())} 不可用 — {why}; "
                                 f"应为{allowed_zh(spec)}")
    if (~col.known).any() and spec.type != "bool":
        col.values = np.where(col.known, col.values, 0)
    return col


def _numeric(spec: FactSpec, arr: pa.Array, known: np.ndarray):
    """Numbers (integer, float, decimal) for money / percent / int / bool facts; else None."""
    t, ty = arr.type, spec.type
    scale_to = {"money": 2, "percent": 2, "int": 0}.get(ty)
    if ty == "bool" and pa.types.is_integer(t):
        v = _np(arr.fill_null(0), np.int64)
        return v == 1, known & ~np.isin(v, (0, 1)), "应为 0 或 1"
    if scale_to is None:
        return None, None, None
    why = "超出允许范围"
    if pa.types.is_integer(t):
        raw = _np(arr.fill_null(0), np.int64) if not pa.types.is_uint64(t) else \
            np.minimum(_np(arr.fill_null(0), np.uint64), np.uint64(2**62)).astype(np.int64)
        unscaled, exact = raw, np.ones(len(arr), dtype=bool)
        units = raw
    elif pa.types.is_floating(t):
        f = _np(arr.fill_null(0), np.float64)
        exact = np.isfinite(f) & (np.abs(f) <= FLOAT_EXACT) & (np.floor(f) == f)
        units = np.where(exact, f, 0).astype(np.int64)
        why = "浮点数只在为整数时可精确表示; 带小数的金额请存为 decimal(18,2)、整数(分需换算)或文本"
    else:  # decimal128 / decimal256
        if not pa.types.is_decimal128(t) or t.precision > 18:
            arr = pc.cast(arr, pa.decimal128(38, t.scale))
        if arr.type.precision > 18:
            fits = _decimal_fits(arr)
            unscaled = np.where(fits, _decimal_low_words(arr, t.scale), 0)
        else:  # the low words are the values: no copy
            fits, unscaled = True, _decimal_low_words(arr, t.scale)
        scale = t.scale
        if scale <= scale_to:
            scaled = unscaled * 10**(scale_to - scale) if scale < scale_to else unscaled
            exact = fits & (np.abs(unscaled) <= 10**(16 + scale - scale_to))
        else:
            div = 10**(scale - scale_to)
            scaled, rem = np.divmod(unscaled, div)
            exact = fits & (rem == 0)
        if not np.all(exact):
            why = "超过2位小数(分为最小单位)" if ty == "money" else "超过允许的小数位"
        return _ranged(spec, scaled, exact, known, why)
    value = units * (100 if scale_to == 2 else 1)
    in_range = np.abs(units) <= MAX_YUAN
    return _ranged(spec, np.where(in_range, value, 0), exact & in_range, known, why)


def _ranged(spec: FactSpec, value: np.ndarray, exact: np.ndarray, known: np.ndarray, why: str):
    ty = spec.type
    if ty == "money":
        ok = exact & (value >= 0) & (value <= MAX_YUAN * 100)
    elif ty == "percent":
        ok = exact & (np.abs(value) <= MAX_PERCENT * 100)
    else:
        lo = spec.minimum if spec.minimum is not None else -MAX_INT
        hi = min(spec.maximum if spec.maximum is not None else MAX_INT, MAX_INT)
        ok = exact & (value >= lo) & (value <= hi)
    bad = known & ~ok
    if bad.any() and why == "超出允许范围" and ty == "money" and (value[bad] < 0).any():
        why = "不能为负数或超出上限"
    return value.astype(np.int64, copy=False), bad, why
