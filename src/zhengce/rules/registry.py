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
from zhengce.registry_input import join_errors
from zhengce.rules import regions
from zhengce.rules.profile import FactSpec, schema
from zhengce.rules.registry_values import (Col, TextColumn, allowed_zh, to_numpy, trimmed_text, typed_column,
                                           valid_mask, why_zh, zeros)
from zhengce.rules.vector import ENTITIES, Columns, region_codes

HEADER_ROWS = 1  # row numbers are as a spreadsheet shows them: the header is row 1


@dataclass
class Chunk:
    """One validated chunk: typed columns of its good rows, their row numbers and ids, its bad rows."""

    cols: Columns
    rows: np.ndarray  # int64 spreadsheet row numbers of the good rows
    ids: pa.Array  # string
    errors: list[tuple[int, str]]  # (row, message) in row order
    n_rows: int


class RegistryPlan:
    """Which converter each registry column takes; built once from the registry's column names."""

    def __init__(self, names: list[str]):
        sch = schema()  # schema facts, plus financial figures of a year (fin.revenue_yuan@2024)
        facts = {**sch.facts, **{n: sch.rule_fact(n) for n in names if "@" in n and not n.endswith("@prior")
                                 and sch.rule_fact(n) is not None}}
        self._facts = facts
        unknown = [n for n in names if n not in facts and n != "entity" and not n.startswith("__")]
        if unknown:
            raise InputError(f"名册：未知列 {', '.join(unknown)}；列名应为画像字段名（见 `zhengce profile schema` "
                             "和 docs/profile.md）")
        if "region" not in names:
            raise InputError("名册：缺少 region 列（所在区县），每行都需要")
        self.names = names
        self.facts = [n for n in names if n in facts and facts[n].type not in ("string", "region")]
        # canonical names map by a vectorised lookup; any other spelling (萧山, 杭州萧山, 昆山市 …) is
        # resolved once per distinct value on the national gazetteer (see _region)
        codes = region_codes()
        self._region_names = pa.array(list(codes), pa.string())
        self._region_codes = np.array(list(codes.values()), dtype=np.int32)
        self._spelled: dict[str, tuple[int | None, str | None]] = {}

    # -- one chunk -------------------------------------------------------------------------------
    def validate(self, batch: pa.RecordBatch | pa.Table, rows: np.ndarray) -> Chunk:
        """`rows`: the spreadsheet row number of each row of the batch."""
        n = batch.num_rows
        facts = self._facts
        bad: dict[int, list[str]] = {}

        def note(col: Col, name: str) -> None:
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
            errors = [(int(rows[p]), join_errors(bad[p])) for p in positions]
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

    @staticmethod
    def _gather(inner: Col, arr: pa.DictionaryArray, when_null: str | None) -> Col:
        """A dictionary column's result from its dictionary's (each distinct value checked once)."""
        valid = valid_mask(arr.indices)
        pos = to_numpy(arr.indices, np.int64)
        col = Col(len(arr), inner.values[pos], inner.known[pos] & valid)
        entry_bad = np.zeros(len(inner.values), dtype=bool)
        entry_bad[list(inner.bad)] = True
        for p in np.flatnonzero(valid & entry_bad[pos]):
            col.bad[int(p)] = inner.bad[int(pos[p])]
        if when_null:
            for p in np.flatnonzero(~valid):
                col.bad[int(p)] = when_null
        return col

    def _entity(self, batch) -> Col:
        n = batch.num_rows
        if "entity" not in self.names:
            return Col(n, np.zeros(n, dtype=np.int8), np.ones(n, dtype=bool))
        arr = batch.column("entity")
        arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
        if pa.types.is_dictionary(arr.type):
            col = self._gather(self._entity(pa.table({"entity": arr.dictionary})), arr, None)
            col.values[~col.known] = 0  # blank = enterprise (bad rows are dropped anyway)
            col.known = np.ones(n, dtype=bool)
            return col
        arr = trimmed_text(arr)
        idx = pc.index_in(arr, value_set=pa.array(ENTITIES))
        values = to_numpy(idx, np.int8)
        col = Col(n, values, np.ones(n, dtype=bool))
        for pos in np.flatnonzero(~valid_mask(idx) & valid_mask(arr)):
            col.bad[int(pos)] = (f"entity: {arr[pos].as_py()} 不可用 — 不是可选值; 应为 "
                                 f"{', '.join(ENTITIES)} 之一")
        return col

    def _region(self, arr) -> Col:
        arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
        if pa.types.is_dictionary(arr.type):
            return self._gather(self._region(arr.dictionary), arr, "region: 缺少 — 每行都需要所在区县")
        arr = trimmed_text(arr)
        n = len(arr)
        idx = pc.index_in(arr, value_set=self._region_names)
        hit = valid_mask(idx)
        values = self._region_codes[to_numpy(idx, np.int64)]
        col = Col(n, values, hit)
        misses = [arr[int(pos)].as_py() for pos in np.flatnonzero(~hit)]
        new = sorted({t for t in misses if t is not None and t not in self._spelled})
        self._spelled.update(regions.spelled(new))
        for pos in np.flatnonzero(~hit):
            text = arr[pos].as_py()
            if text is None:
                col.bad[int(pos)] = "region: 缺少 — 每行都需要所在区县"
                continue
            code, why = self._spelled[text]
            if code is not None:
                values[pos] = code
                hit[pos] = True
            else:
                col.bad[int(pos)] = f"region: {why}"
        col.values = values.astype(np.int32, copy=False)
        return col

    # -- one column --------------------------------------------------------------------------------
    def convert(self, spec: FactSpec, arr) -> Col:
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        t = arr.type
        if pa.types.is_dictionary(t):  # convert the (small) dictionary once, then gather
            return self._counts(spec, self._gather(self.convert(spec, arr.dictionary), arr, None))
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            col = TextColumn(spec, arr).convert()
        elif pa.types.is_null(t):
            col = Col(len(arr), zeros(spec, len(arr)), np.zeros(len(arr), dtype=bool))
        else:
            col = typed_column(spec, arr)
        return self._counts(spec, col)

    @staticmethod
    def _counts(spec: FactSpec, col: Col) -> Col:
        if spec.name.startswith("count."):  # a blank count is zero, as in profiles
            col.values = np.where(col.known, col.values, 0)
            col.known = np.ones(col.n, dtype=bool)
        return col
