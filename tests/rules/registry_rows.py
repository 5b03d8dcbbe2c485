"""Parsed profiles written back as registry rows: text (CSV) and typed Parquet, for batch tests."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq

from zhengce.rules.profile import Profile, schema


def flat_facts(p: Profile) -> dict:
    """The profile's facts as one registry row (internal forms: fen, 1/100 %, dates, codes)."""
    facts = {k: v for k, v in p.facts.items() if k not in ("name",)}
    if p.purchases:
        facts.update(p.purchases[0])
    return {"entity": p.entity, **facts}


def _yuan(fen: int) -> str:
    return f"{'-' if fen < 0 else ''}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def text_value(fact: str, value) -> str:
    if isinstance(value, str):
        return value
    spec = schema().rule_fact(fact)  # schema facts and figures of a year (fin.x@2025)
    t = spec.type if spec is not None else "string"
    if t in ("money", "percent"):
        return _yuan(value)
    if t == "bool":
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(path, rows: list[dict]) -> None:
    cols = sorted({k for r in rows for k in r}, key=lambda k: (k not in ("id", "entity", "region"), k))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else text_value(c, r[c]) for c in cols])


def typed_table(rows: list[dict]) -> pa.Table:
    """Registry rows in the types a data team would store: decimal yuan, date32, bool, int64, text."""
    sch = schema().facts
    cols = sorted({k for r in rows for k in r}, key=lambda k: (k not in ("id", "entity", "region"), k))
    out = {}
    for c in cols:
        values = [r.get(c) for r in rows]
        spec = schema().rule_fact(c)
        t = spec.type if spec is not None else "string"
        if t in ("money", "percent"):
            out[c] = pa.array([None if v is None else Decimal(v) / 100 for v in values], pa.decimal128(18, 2))
        elif t == "date":
            out[c] = pa.array(values, pa.date32())
        elif t == "bool":
            out[c] = pa.array(values, pa.bool_())
        elif t == "int":
            out[c] = pa.array(values, pa.int64())
        else:
            out[c] = pa.array([None if v is None else str(v) for v in values], pa.string())
    return pa.table(out)


def write_parquet(path, rows: list[dict]) -> None:
    pq.write_table(typed_table(rows), path)
