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


def _entries(folder):
    """Every file and folder under folder, hidden ones too, with the files' bytes."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("uri", [False, True], ids=["local", "file-uri"])
def test_a_failed_spark_run_leaves_the_earlier_folders_as_they_were(tmp_path, spark, monkeypatch, uri):
    """Profiles and entitlements are written before the per-rule table: a failure there used to leave new
    OUT and OUT.entitlements beside the earlier OUT.rules; now the earlier folders stay, byte for byte."""
    from zhengce.rules import spark as spark_batch
    pq.write_table(_rows50(), tmp_path / "reg.parquet")
    out_dir = tmp_path / "结果"
    out = f"file://{out_dir}/spk.parquet" if uri else out_dir / "spk.parquet"
    spark_batch.run_spark_batch(tmp_path / "reg.parquet", out, DATE, chunk_rows=16, spark=spark)
    spark_batch.run_spark_batch(tmp_path / "reg.parquet", out, DATE, chunk_rows=16, spark=spark)  # replaced
    before = _entries(out_dir)
    assert "spk.rules.parquet" in before and not any(name.startswith(".") for name in before)

    def broken(stats):
        raise RuntimeError("按规则汇总时出错")
    monkeypatch.setattr(spark_batch, "rules_table", broken)
    with pytest.raises(RuntimeError):
        spark_batch.run_spark_batch(tmp_path / "reg.parquet", out, dt.date(2025, 3, 31), chunk_rows=16, spark=spark)
    assert _entries(out_dir) == before  # no partial folder, no temporary one


def test_a_spark_folder_rename_failing_puts_the_earlier_ones_back(tmp_path, spark, monkeypatch):
    import os

    from zhengce.rules.spark import run_spark_batch
    pq.write_table(_rows50(), tmp_path / "reg.parquet")
    out = tmp_path / "spk.parquet"
    run_spark_batch(tmp_path / "reg.parquet", out, DATE, chunk_rows=16, spark=spark)
    before = _entries(tmp_path)
    real, renamed = os.replace, []

    def replace(src, dst):  # the second finished folder cannot take its name (disk full)
        if str(src).endswith(".part"):
            renamed.append(dst)
            if len(renamed) == 2:
                raise OSError(28, "No space left on device", str(dst))
        return real(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        run_spark_batch(tmp_path / "reg.parquet", out, dt.date(2025, 3, 31), chunk_rows=16, spark=spark)
    assert len(renamed) == 2 and _entries(tmp_path) == before


def test_spark_never_writes_over_its_registry(tmp_path, spark):
    from zhengce.rules.spark import run_spark_batch
    folder = tmp_path / "名册.parquet"
    folder.mkdir()
    pq.write_table(_rows50(), folder / "part-0.parquet")
    before = _entries(tmp_path)
    for out in (folder, tmp_path / "名册.parquet" / ".." / "名册.parquet"):
        with pytest.raises(InputError, match="会覆盖名册"):
            run_spark_batch(folder, out, DATE, spark=spark)
    with pytest.raises(InputError, match="会覆盖名册"):
        run_spark_batch(folder / "part-0.parquet", tmp_path / "名册.parquet", DATE, spark=spark)
    assert _entries(tmp_path) == before


@pytest.mark.parametrize("uri", [False, True], ids=["local", "file-uri"])
def test_an_earlier_spark_run_s_errors_go_when_this_run_has_none(tmp_path, spark, uri):
    from zhengce.rules.spark import run_spark_batch
    bad = pa.table({"id": ["甲", "乙"], "region": ["杭州市余杭区", "火星区"]})
    pq.write_table(bad, tmp_path / "reg.parquet")
    out_dir = tmp_path / "结果"
    out = f"file://{out_dir}/spk.parquet" if uri else out_dir / "spk.parquet"
    assert run_spark_batch(tmp_path / "reg.parquet", out, DATE, spark=spark).bad_rows == 1
    assert (out_dir / "spk.errors.parquet").is_dir()
    pq.write_table(bad.slice(0, 1), tmp_path / "reg.parquet")  # every row good this time
    assert run_spark_batch(tmp_path / "reg.parquet", out, DATE, spark=spark).bad_rows == 0
    assert not any(name.startswith((".", "spk.errors")) for name in _entries(out_dir))  # no temporary either


def test_a_damaged_registry_is_one_chinese_line_not_a_java_stack(tmp_path, spark):
    from zhengce.rules.spark import run_spark_batch
    (tmp_path / "cut.parquet").write_bytes(b"PAR1" + b"\x00" * 100)  # no footer: refused before Spark reads
    with pytest.raises(InputError, match="不是有效的 Parquet 文件"):
        run_spark_batch(tmp_path / "cut.parquet", tmp_path / "o.parquet", DATE, spark=spark)
    # a footer intact, its data pages overwritten: only a task finds out — its Java error becomes one line
    pq.write_table(_rows50(), tmp_path / "pages.parquet", compression="snappy")
    data = bytearray((tmp_path / "pages.parquet").read_bytes())
    data[4:len(data) // 2] = b"\xff" * (len(data) // 2 - 4)
    (tmp_path / "pages.parquet").write_bytes(bytes(data))
    with pytest.raises(Exception) as err:
        run_spark_batch(tmp_path / "pages.parquet", tmp_path / "o.parquet", DATE, spark=spark)
    assert isinstance(err.value, InputError) or type(err.value).__name__ == "ZhengceError", type(err.value)
    assert "\n" not in str(err.value) and str(err.value).startswith(("名册", "Spark 作业失败"))
    assert not (tmp_path / "o.parquet").exists()
