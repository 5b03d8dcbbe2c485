"""The Spark backend (local[2]) gives the embedded batch's outputs to the fen, bad rows included."""

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings

from zhengce.errors import InputError
from zhengce.rules import evaluate, load_rulebook, parse_profile
from zhengce.rules.batch import run_batch
from tests.rules.registry_rows import flat_facts, typed_table
from tests.rules.test_differential import PROFILES

pytestmark = pytest.mark.spark
DATE = dt.date(2025, 6, 30)


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is in requirements.lock; run scripts/setup")
    from zhengce.rules.spark import spark_session
    session = spark_session("local[2]", chunk_rows=16)
    yield session
    session.stop()


def _read(path):
    table = pq.read_table(path)
    return sorted(table.to_pylist(), key=lambda r: tuple(str(v) for v in r.values()))


def _same_outputs(tmp_path, reg, spark, chunk_rows=16, rulebook=None):
    from zhengce.rules.spark import run_spark_batch
    emb = run_batch(reg, tmp_path / "emb.parquet", DATE, chunk_rows=chunk_rows, rulebook=rulebook)
    spk = run_spark_batch(reg, tmp_path / "spk.parquet", DATE, chunk_rows=chunk_rows, spark=spark,
                          rulebook=rulebook)
    assert (spk.rows, spk.evaluated, spk.bad_rows, spk.total_fen) == (emb.rows, emb.evaluated, emb.bad_rows,
                                                                       emb.total_fen)
    assert spk.pending_total_fen == emb.pending_total_fen  # 待复核 grand total, apart from total_fen
    assert spk.errors == emb.errors
    assert spk.rule_stats == emb.rule_stats
    for name in ("", ".entitlements", ".rules") + ((".errors",) if emb.bad_rows else ()):
        assert _read(tmp_path / f"spk{name}.parquet") == _read(tmp_path / f"emb{name}.parquet"), name
    return emb


def test_spark_equals_embedded_with_bad_rows(tmp_path, spark):
    rows = []
    for i in range(50):
        rows.append({"id": f"x{i}", "region": ["杭州市临安区", "湖州市吴兴区", "火星区", "杭州市余杭区"][i % 4],
                     "fin.dev_fee_yuan": f"{1000 * i}.{i % 100:02d}" if i % 11 else "1.234",
                     "industry": ["optoelectronics", "cars", None][i % 3],
                     "rec.gaoxin": f"2025-0{1 + i % 6}-15"})
    pq.write_table(pa.table({k: [r[k] for r in rows] for k in rows[0]}), tmp_path / "reg.parquet")
    emb = _same_outputs(tmp_path, tmp_path / "reg.parquet", spark)
    assert emb.bad_rows > 0 and emb.evaluated > 0 and emb.total_fen > 0


def _rows50():
    rows = []
    for i in range(50):
        rows.append({"id": f"x{i}", "region": ["杭州市临安区", "湖州市吴兴区", "火星区", "杭州市余杭区"][i % 4],
                     "fin.dev_fee_yuan": f"{1000 * i}.{i % 100:02d}" if i % 11 else "1.234",
                     "industry": ["optoelectronics", "cars", None][i % 3],
                     "rec.gaoxin": f"2025-0{1 + i % 6}-15"})
    return pa.table({k: [r[k] for r in rows] for k in rows[0]})


def test_spark_reports_pending_grand_total_like_embedded(tmp_path, spark):
    """Rules pending review (待复核): both engines give the same per-row pending_* columns AND the same
    grand pending total, kept apart from total_fen."""
    import shutil

    import yaml

    from zhengce.rules.rulebook import POLICY_DIR, load_dir
    tree = tmp_path / "policies"
    shutil.copytree(POLICY_DIR, tree)
    linan = tree / "zhejiang/hangzhou/linan/2025.yaml"
    data = yaml.safe_load(linan.read_text(encoding="utf-8"))
    for rule in data["rules"]:
        rule["review"] = "pending"
    linan.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    book = load_dir(tree)
    assert any(r.pending for r in book.rules)
    pq.write_table(_rows50(), tmp_path / "reg.parquet")
    emb = _same_outputs(tmp_path, tmp_path / "reg.parquet", spark, rulebook=book)
    assert emb.pending_total_fen > 0
    per_row = sum(r["pending_fen"] for r in pq.read_table(tmp_path / "spk.parquet").to_pylist())
    assert per_row == emb.pending_total_fen


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                HealthCheck.function_scoped_fixture])
@given(raw=PROFILES)
def test_single_batch_and_spark_agree_on_generated_profiles(tmp_path_factory, spark, raw):
    tmp = tmp_path_factory.mktemp("spark")
    profiles = [parse_profile(p) for p in raw]
    pq.write_table(typed_table([{"id": f"p{i}", **flat_facts(p)} for i, p in enumerate(profiles)]),
                   tmp / "reg.parquet")
    _same_outputs(tmp, tmp / "reg.parquet", spark, chunk_rows=7)
    totals = {r["row"]: r["total_fen"] for r in pq.read_table(tmp / "spk.parquet").to_pylist()}
    book = load_rulebook()
    assert [totals[i + 2] for i in range(len(profiles))] == [evaluate(p, DATE, book).total_fen for p in profiles]


def test_spark_reads_parquet_only(tmp_path, spark):
    from zhengce.rules.spark import run_spark_batch
    (tmp_path / "r.csv").write_text("region\n临安区\n", encoding="utf-8")
    with pytest.raises(InputError, match="Parquet"):
        run_spark_batch(tmp_path / "r.csv", tmp_path / "o.parquet", DATE, spark=spark)
