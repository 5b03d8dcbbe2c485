"""Streaming: a registry read in chunks of 1, 7 or all rows gives the same outputs to the fen."""

import pyarrow.parquet as pq
import pytest

from zhengce.rules.batch import run_batch
from tests.rules.registry_rows import write_csv, write_parquet

ROWS = []
for i in range(40):
    row = {"id": f"r{i}", "region": ["杭州市临安区", "湖州市吴兴区", "杭州市余杭区", "临安区"][i % 4],
           "rec.gaoxin": f"2025-0{1 + i % 6}-1{i % 10}", "fin.dev_fee_yuan": str(1000 * i + i % 7) + ".5",
           "industry": ["optoelectronics", "software_it", None][i % 3], "count.patent_gold": str(i % 3)}
    if i % 9 == 4:
        row["fin.dev_fee_yuan"] = "12.345"  # bad rows spread over chunks
    if i % 13 == 5:
        row["region"] = "火星区"
    if i % 5 == 0:
        row.update({"entity": "person", "purchase.category": "furniture", "purchase.price_yuan": str(3000 + i),
                    "purchase.energy_grade": "1"})
    ROWS.append(row)


def _outputs(out):
    tables = {}
    for name in ("", ".entitlements", ".rules", ".errors"):
        path = out.with_name(out.stem + name + out.suffix)
        tables[name] = pq.read_table(path).to_pylist() if path.suffix == ".parquet" else path.read_text()
    return tables


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_chunk_sizes_give_identical_outputs(tmp_path, fmt):
    reg = tmp_path / f"reg.{fmt}"
    if fmt == "csv":
        write_csv(reg, ROWS)
    else:
        write_parquet(reg, _typed_rows())
    results, outputs = [], []
    for size in (1, 7, 1_000_000):
        out = tmp_path / f"out{size}.parquet"
        results.append(run_batch(reg, out, "2025-06-30", chunk_rows=size))
        outputs.append(_outputs(out))
    assert results[0].chunks == 40 and results[1].chunks == 6 and results[2].chunks == 1
    assert outputs[0] == outputs[1] == outputs[2]
    assert len({(r.rows, r.evaluated, r.bad_rows, r.total_fen) for r in results}) == 1
    assert results[0].bad_rows == (6 if fmt == "csv" else 3) and results[0].total_fen > 0
    assert [s["total_fen"] for s in results[0].rule_stats] == [s["total_fen"] for s in results[2].rule_stats]
    # per-rule totals equal the sum of the written entitlements, exactly
    paid = {}
    for e in outputs[0][".entitlements"]:
        if e["status"] == "eligible":
            paid[e["rule_id"]] = paid.get(e["rule_id"], 0) + e["amount_fen"]
    assert {r["rule_id"]: r["total_fen"] for r in outputs[0][".rules"] if r["total_fen"]} == paid


def _typed_rows():
    """The same rows with typed money/date/count values, bad values kept as text where Parquet allows."""
    import datetime as dt
    from decimal import Decimal
    out = []
    for r in ROWS:
        t = dict(r)
        t["rec.gaoxin"] = dt.date.fromisoformat(r["rec.gaoxin"][:8] + r["rec.gaoxin"][8:].zfill(2))
        t["fin.dev_fee_yuan"] = int(Decimal(r["fin.dev_fee_yuan"]) * 100) if r["fin.dev_fee_yuan"] != "12.345" \
            else 12345  # 123.45 元, valid here
        t["count.patent_gold"] = int(r["count.patent_gold"])
        for k in ("purchase.price_yuan",):
            if k in t:
                t[k] = int(t[k]) * 100
        if "purchase.energy_grade" in t:
            t["purchase.energy_grade"] = int(t["purchase.energy_grade"])
        out.append(t)
    return out
