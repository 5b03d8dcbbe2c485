"""A generated registry as a typed Parquet file (the columns `zhengce batch` reads).

    .venv/bin/python bench/registry_data.py OUT.parquet --n 3500000 [--seed 7] [--part-rows 1000000]

Same profiles as rules_data.generate (90 % enterprises, 7 % persons, 3 % projects, sparse facts),
stored the way a data team would: money as decimal(18,2) yuan, percentages decimal(9,2), dates
date32, flags bool, counts int64, enums/region/entity text, id text; unknown = null. Written part by
part (one row group per part), so 50 M rows need no more memory than one part.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_data import generate  # noqa: E402

from zhengce.rules.profile import schema  # noqa: E402
from zhengce.rules.vector import ENTITIES, region_codes  # noqa: E402


def _mask(known: np.ndarray) -> pa.Buffer | None:
    return None if known.all() else pa.array(known).buffers()[1]


def _decimal(fen: np.ndarray, known: np.ndarray, typ: pa.DataType) -> pa.Array:
    words = np.empty((fen.size, 2), dtype=np.int64)
    words[:, 0] = np.where(known, fen, 0)
    words[:, 1] = words[:, 0] >> 63
    return pa.Array.from_buffers(typ, fen.size, [_mask(known), pa.py_buffer(words)],
                                 null_count=int((~known).sum()))


def registry_table(n: int, seed: int, first_id: int = 0) -> pa.Table:
    cols = generate(n, seed)
    sch = schema()
    names = np.array(list(region_codes()))
    out = {"id": pa.array(np.char.add("E", np.char.zfill((np.arange(n) + first_id).astype(str), 9))),
           "entity": pa.array(np.array(ENTITIES)[cols.entity]),
           "region": pa.array(names[cols.region])}
    for fact, (values, known) in cols.data.items():
        t = sch.facts[fact].type
        mask = None if known.all() else ~known
        if t == "money":
            out[fact] = _decimal(values, known, pa.decimal128(18, 2))
        elif t == "percent":
            out[fact] = _decimal(values, known, pa.decimal128(9, 2))
        elif t == "date":
            out[fact] = pa.array(values.astype(np.int32), pa.date32(), mask=mask)
        elif t == "bool":
            out[fact] = pa.array(values, pa.bool_(), mask=mask)
        elif t == "enum":
            out[fact] = pa.array(np.array(list(sch.facts[fact].values))[values], pa.string(), mask=mask)
        else:
            out[fact] = pa.array(values, pa.int64(), mask=mask)
    return pa.table(out)


def write_registry(path: Path, n: int, seed: int = 7, part_rows: int = 1_000_000,
                   row_group_rows: int = 1 << 17) -> Path:
    writer = None
    done = 0
    while done < n:
        part = min(part_rows, n - done)
        table = registry_table(part, seed + done // part_rows, done)
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        writer.write_table(table, row_group_size=row_group_rows)
        done += part
    writer.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=3_500_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--part-rows", type=int, default=1_000_000)
    args = ap.parse_args()
    t = time.perf_counter()
    write_registry(Path(args.out), args.n, args.seed, args.part_rows)
    print(f"{args.n:,} rows -> {args.out} ({Path(args.out).stat().st_size / 1e6:.0f} MB) "
          f"in {time.perf_counter() - t:.1f}s")


if __name__ == "__main__":
    main()
