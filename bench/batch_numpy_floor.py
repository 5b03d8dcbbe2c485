"""The numpy floor of `zhengce batch`: read the registry Parquet with pyarrow, compute the same rules'
per-profile totals with plain numpy, write them to Parquet. No validation, no statuses, no
entitlement table, unknown = false — what a hand-written numpy program for these rules would do.

    .venv/bin/python bench/batch_numpy_floor.py REG.parquet OUT.parquet --date 2025-06-30

Prints one JSON line: rows, total fen, seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_numpy_baseline import baseline  # noqa: E402

from zhengce.rules import load_rulebook  # noqa: E402
from zhengce.rules.profile import schema  # noqa: E402
from zhengce.rules.vector import ENTITIES, Columns, region_codes  # noqa: E402


def _bits(buf, offset, n):
    return np.unpackbits(np.frombuffer(buf, np.uint8), bitorder="little")[offset:offset + n].view(bool)


def _view(arr: pa.Array, fact: str) -> np.ndarray:
    """One chunk's values straight from its Arrow buffers (the registry is trusted: no checks)."""
    n, t = len(arr), arr.type
    if pa.types.is_decimal(t):  # decimal(18,2) yuan: the low 64 bits are the fen
        return np.frombuffer(arr.buffers()[1], np.int64)[2 * arr.offset:2 * (arr.offset + n):2]
    if pa.types.is_boolean(t):
        return _bits(arr.buffers()[1], arr.offset, n)
    if pa.types.is_dictionary(t):  # enum codes: look up the dictionary, gather by index
        return _codes(arr, list(schema().facts[fact].values))
    dtype = np.int32 if pa.types.is_date32(t) else np.int64
    return np.frombuffer(arr.buffers()[1], dtype)[arr.offset:arr.offset + n]


def _codes(arr: pa.DictionaryArray, values: list[str]) -> np.ndarray:
    lut = pc.index_in(arr.dictionary, value_set=pa.array(values)).fill_null(0).to_numpy().astype(np.int64)
    return lut[arr.indices.fill_null(0).to_numpy()]


def _known(arr: pa.Array) -> np.ndarray:
    return np.ones(len(arr), bool) if arr.null_count == 0 else _bits(arr.buffers()[0], arr.offset, len(arr))


def column(col: pa.ChunkedArray, fact: str):
    """(values, known) as contiguous numpy arrays: one copy of the column, chunk by chunk."""
    chunks = col.chunks
    if len(chunks) == 1:
        return _view(chunks[0], fact), _known(chunks[0])
    return (np.concatenate([_view(c, fact) for c in chunks]), np.concatenate([_known(c) for c in chunks]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("registry")
    ap.add_argument("out")
    ap.add_argument("--date", default="2025-06-30")
    args = ap.parse_args()
    t0 = time.perf_counter()
    book = load_rulebook()
    text = [f.name for f in pq.read_schema(args.registry) if pa.types.is_string(f.type) and f.name != "id"]
    table = pq.read_table(args.registry, read_dictionary=text)  # enums, region, entity as dictionaries
    n = table.num_rows
    data = {}
    facts = schema().facts
    ids = table.column("id")
    entity = np.concatenate([_codes(c, ENTITIES) for c in table.column("entity").chunks]).astype(np.int8)
    region = np.concatenate([_codes(c, list(region_codes())) for c in table.column("region").chunks])
    region = region.astype(np.int32)
    for name in table.column_names:
        if name in facts and facts[name].type not in ("string", "region"):
            data[name] = column(table.column(name), name)
            table = table.drop_columns([name])  # the Arrow copy goes as soon as numpy has its own
    cols = Columns(n, data, entity, region)
    total = baseline(book, cols, dt.date.fromisoformat(args.date))
    words = np.empty((n, 2), np.int64)
    words[:, 0], words[:, 1] = total, total >> 63
    yuan = pa.Array.from_buffers(pa.decimal128(20, 2), n, [None, pa.py_buffer(words)])
    pq.write_table(pa.table({"row": np.arange(2, n + 2), "id": ids, "total_fen": total,
                             "total_yuan": yuan}), args.out)
    print(json.dumps({"rows": n, "total_fen": int(total.sum()), "seconds": round(time.perf_counter() - t0, 3)}))


if __name__ == "__main__":
    main()
