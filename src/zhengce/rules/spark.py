"""The batch on Apache Spark: the same chunk evaluator, run by Spark over the registry's partitions.

Each partition's Arrow record batches go through ChunkEvaluator — the registry validation
(registry.py) and the compiled rules (vector.py, numpy) the embedded batch uses — inside
`DataFrame.mapInArrow`; nothing is re-expressed in Spark SQL, so both backends give the same
statuses and amounts to the fen. The mapped output is one long table (a `kind` column tells
profile, entitlement, bad row, per-rule stats and chunk counts apart); it is persisted once and
written as OUT (profiles), OUT.entitlements, OUT.errors and OUT.rules — Parquet folders, so OUT may
be an HDFS or S3 path — under temporary names, renamed in together only when all are complete
(spark_outputs). Per-rule totals are summed on the driver in Python ints (exact).
Row numbers come from Parquet's `_metadata.row_index` (+2: as a spreadsheet shows them).
"""

from __future__ import annotations

import glob
import os
import shutil
import sys
import time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pyarrow as pa

from zhengce import rx as re
from zhengce.errors import InputError, ZhengceError
from zhengce.rules.batch import (KEEP_ERRORS, BatchResult, ChunkEvaluator, add_stats, resolve_date,
                                 rules_table)
from zhengce.rules.outputs import YUAN, exact_sum
from zhengce.rules.period import NoRuleInForce, no_rule_in_force
from zhengce.rules.registry import HEADER_ROWS, RegistryPlan
from zhengce.rules.rulebook import Rulebook, load_rulebook
from zhengce.rules.spark_outputs import SparkOutputs
from zhengce.rules.spark_outputs import is_uri as _is_uri

PROFILE, ENTITLEMENT, ERROR, RULE_STATS, CHUNK = range(5)
OUT_SCHEMA = pa.schema([
    ("kind", pa.int8()), ("row", pa.int64()), ("id", pa.string()),
    ("total_fen", pa.int64()), ("total_yuan", YUAN), ("exact_fen", pa.int64()),
    ("eligible_rules", pa.int16()), ("needs_info_rules", pa.int16()),
    ("pending_fen", pa.int64()), ("pending_yuan", YUAN), ("pending_rules", pa.int16()),
    ("rule_id", pa.string()), ("status", pa.string()), ("amount_fen", pa.int64()), ("amount_yuan", YUAN),
    ("error", pa.string()),
    # RULE_STATS rows: counts and the exact total of one rule in one chunk; CHUNK rows: rows read, rows good
    ("n1", pa.int64()), ("n2", pa.int64()), ("n3", pa.int64()), ("sum_fen", pa.decimal128(38, 0)),
    # CHUNK rows only: what rules pending review (待复核) would pay in the chunk, never part of sum_fen
    ("pending_sum_fen", pa.decimal128(38, 0)),
])
PROFILE_COLUMNS = ["row", "id", "total_fen", "total_yuan", "exact_fen", "eligible_rules", "needs_info_rules",
                   "pending_fen", "pending_yuan", "pending_rules"]
ENT_COLUMNS = ["row", "id", "rule_id", "status", "amount_fen", "amount_yuan"]
ROW_INDEX = "__row_index"


def java_home() -> str | None:
    """JAVA_HOME for Spark: the environment's, else the `java` on PATH, else a JDK/JRE 17+ under /usr/lib/jvm."""
    env = os.environ.get("JAVA_HOME")
    if env and Path(env, "bin", "java").exists():
        return env
    java = shutil.which("java")
    if java:
        return str(Path(java).resolve().parent.parent)
    for pattern in ("/usr/lib/jvm/java-17-*", "/usr/lib/jvm/java-21-*", "/usr/lib/jvm/*"):
        for home in sorted(glob.glob(pattern)):
            if Path(home, "bin", "java").exists():
                return home
    return None


def _check_footers(registry: Path) -> None:
    """Every Parquet file Spark would read has a readable footer: a damaged or foreign file is refused here,
    in one line, instead of failing a task inside the JVM (a Java stack trace on the terminal)."""
    import pyarrow.parquet as pq

    files = [registry] if registry.is_file() else sorted(
        f for f in registry.rglob("*") if f.is_file() and not f.name.startswith(("_", ".")))
    if not files:
        raise InputError(f"名册 {registry}：文件夹中没有 Parquet 文件")
    for f in files:
        try:
            pq.ParquetFile(f).close()
        except Exception:  # ArrowInvalid, OSError: not Parquet, cut short, damaged footer
            raise InputError(f"名册 {f}：不是有效的 Parquet 文件（文件损坏、不完整或是其他格式）") from None


def spark_failure(exc: BaseException, registry: str) -> Exception:
    """A failure inside the JVM (Py4JJavaError, SparkException) as one line: Spark's error class, and
    whether it was reading the registry (a damaged file on a URI) or the job itself."""
    text = str(exc)
    found = re.search(r"\[([A-Z][A-Z_.]+)\]", text)
    cls = found.group(1) if found else type(exc).__name__
    if cls.startswith(("FAILED_READ_FILE", "PARQUET")) or "not a Parquet file" in text:
        return InputError(f"名册 {registry}：Spark 无法读取（文件损坏或不是 Parquet；{cls}）")
    return ZhengceError(f"Spark 作业失败（{cls}）：请检查名册与 Spark 环境（设置 ZHENGCE_DEBUG=1 可看到详情）")


def spark_session(master: str | None = None, chunk_rows: int = 65536):
    """A SparkSession (local[*] unless a master is given or spark-submit set one)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("--engine spark：未安装 pyspark（请运行 `pip install 'zhengce[spark]'`）") from None
    home = java_home()
    if not home:
        raise InputError("--engine spark：找不到 Java（需要 Java 17+；Debian 上运行 "
                         "`apt-get install openjdk-17-jre-headless`，或设置 JAVA_HOME）")
    os.environ["JAVA_HOME"] = home
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # under spark-submit, which sets the master
    master = master or (None if submitted else os.environ.get("SPARK_MASTER", "local[*]"))
    builder = SparkSession.builder.appName("zhengce-batch")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # one machine: workers run this interpreter, a few shuffle partitions (200 is for clusters), no web UI
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.sql.shuffle.partitions", "4").config("spark.ui.enabled", "false")
    spark = (builder.config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(chunk_rows))
             .getOrCreate())
    # a failed task's Java stack is not for the terminal: the run ends with its one-line error (spark_failure)
    spark.sparkContext.setLogLevel("ERROR" if os.environ.get("ZHENGCE_DEBUG") else "FATAL")
    return spark


def _mapper(names: list[str], book: Rulebook, date, include_drafts: bool):
    """The function each Spark task runs: Arrow batches of the registry in, long output batches out."""
    def run(batches):
        ev = ChunkEvaluator(names, book, date, include_drafts, dictionary_ids=False)
        for batch in batches:
            batch = batch.rename_columns(names + [ROW_INDEX])
            rows = batch.column(ROW_INDEX).to_numpy(zero_copy_only=False).astype(np.int64) + 1 + HEADER_ROWS
            chunk, tables, stats = ev.run(batch.drop_columns([ROW_INDEX]), rows)
            yield _long(PROFILE, tables["profiles"])
            if tables["entitlements"].num_rows:
                yield _long(ENTITLEMENT, tables["entitlements"])
            if "errors" in tables:
                yield _long(ERROR, tables["errors"])
            live = [s for s in stats if s["eligible"] or s["needs_info"] or s["stacked_out"]]
            yield _long(RULE_STATS, pa.table({
                "rule_id": pa.array([s["rule_id"] for s in live], pa.string()),
                "n1": pa.array([s["eligible"] for s in live], pa.int64()),
                "n2": pa.array([s["needs_info"] for s in live], pa.int64()),
                "n3": pa.array([s["stacked_out"] for s in live], pa.int64()),
                "sum_fen": pa.array([Decimal(s["total_fen"]) for s in live], pa.decimal128(38, 0))}))
            grand = exact_sum(tables["profiles"].column("total_fen").to_numpy())
            pending = exact_sum(tables["profiles"].column("pending_fen").to_numpy())
            yield _long(CHUNK, pa.table({"n1": pa.array([chunk.n_rows], pa.int64()),
                                         "n2": pa.array([chunk.cols.n], pa.int64()),
                                         "n3": pa.array([len(chunk.errors)], pa.int64()),
                                         "sum_fen": pa.array([Decimal(grand)], pa.decimal128(38, 0)),
                                         "pending_sum_fen": pa.array([Decimal(pending)], pa.decimal128(38, 0))}))
    return run


def _long(kind: int, table: pa.Table) -> pa.RecordBatch:
    n = table.num_rows
    cols = []
    for f in OUT_SCHEMA:
        if f.name == "kind":
            cols.append(pa.array(np.full(n, kind, dtype=np.int8)))
        elif f.name in table.column_names:
            cols.append(table.column(f.name).combine_chunks().cast(f.type))
        else:
            cols.append(pa.nulls(n, f.type))
    return pa.RecordBatch.from_arrays(cols, schema=OUT_SCHEMA)


def run_spark_batch(registry: str | Path, out: str | Path, date=None, include_drafts: bool = False,
                    master: str | None = None, chunk_rows: int = 65536, rulebook: Rulebook | None = None,
                    spark=None) -> BatchResult:
    """`zhengce batch --engine spark`: the registry (a Parquet file or folder, local or a URI) on Spark."""
    from pyspark.sql import functions as F
    from pyspark import StorageLevel
    registry, out = str(registry), str(out)
    date = resolve_date(date)
    book = rulebook or load_rulebook()
    notice = no_rule_in_force(book, date, include_drafts)
    if notice:
        raise NoRuleInForce(notice)
    if not _is_uri(registry):
        if not Path(registry).exists():
            raise InputError(f"名册 {registry}：文件不存在")
        if Path(registry).is_file() and Path(registry).suffix.lower() != ".parquet":
            raise InputError(f"名册 {registry}: Spark 后端读取 Parquet (文件或文件夹); CSV/Excel 请用默认引擎 "
                             "或先转换为 Parquet")
    if not _is_uri(registry):
        _check_footers(Path(registry))
    if not out.lower().endswith(".parquet"):
        raise InputError(f"--out {out}: Spark 后端写 Parquet 文件夹; 请用 .parquet 结尾的路径")
    if not _is_uri(registry) and not _is_uri(out):
        _refuse_overwrite(registry, out)
    own = spark is None
    t0 = time.perf_counter()
    spark = spark or spark_session(master, chunk_rows)
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(chunk_rows))
    written = SparkOutputs(spark, out)
    try:
        try:
            df = spark.read.parquet(registry)
        except Exception as exc:  # AnalysisException (path not found, not Parquet): a user's input error
            if type(exc).__name__ != "AnalysisException":
                raise
            raise InputError(f"名册 {registry}: Spark 无法读取 ({str(exc).splitlines()[0][:200]})") from None
        names = list(df.columns)
        RegistryPlan(names)  # unknown or missing columns: refused before any task runs
        df = df.select(*[F.col(f"`{c}`") for c in names], F.col("_metadata.row_index").alias(ROW_INDEX))
        # mapInArrow cannot resolve dotted names (fin.revenue_yuan): columns travel as c0, c1, …
        df = df.toDF(*[f"c{i}" for i in range(len(names) + 1)])
        mapped = df.mapInArrow(_mapper(names, book, date, include_drafts), _spark_schema())
        mapped = mapped.persist(StorageLevel.MEMORY_AND_DISK)
        kind = F.col("kind")
        # one pass computes and caches the mapped table; counts and per-rule stats come back with it
        small = mapped.filter(kind >= RULE_STATS).select("kind", "rule_id", "n1", "n2", "n3", "sum_fen",
                                                         "pending_sum_fen").collect()
        chunks = [r for r in small if r["kind"] == CHUNK]
        outputs = [out]
        mapped.filter(kind == PROFILE).select(*PROFILE_COLUMNS).write.mode("overwrite").parquet(written.temp(out))
        ent_path = _beside(out, "entitlements")
        mapped.filter(kind == ENTITLEMENT).select(*ENT_COLUMNS).write.mode("overwrite").parquet(
            written.temp(ent_path))
        outputs.append(ent_path)
        n_bad = sum(int(r["n3"]) for r in chunks)
        errors = []
        if n_bad:
            err_path = _beside(out, "errors")
            bad = mapped.filter(kind == ERROR).select("row", "error")
            bad.write.mode("overwrite").parquet(written.temp(err_path))
            errors = [(int(r["row"]), r["error"]) for r in bad.orderBy("row").limit(KEEP_ERRORS).collect()]
        acc: dict[str, dict] = {}
        add_stats(acc, [{"rule_id": r.id, "eligible": 0, "needs_info": 0, "stacked_out": 0, "total_fen": 0,
                         "pending": r.pending} for r in book.rules])
        add_stats(acc, [{"rule_id": r["rule_id"], "eligible": int(r["n1"]), "needs_info": int(r["n2"]),
                         "stacked_out": int(r["n3"]), "total_fen": int(r["sum_fen"])}
                        for r in small if r["kind"] == RULE_STATS])
        stats = list(acc.values())
        rules_path = _beside(out, "rules")
        spark.createDataFrame(rules_table(stats)).coalesce(1).write.mode("overwrite").parquet(
            written.temp(rules_path))
        outputs += [rules_path] + ([_beside(out, "errors")] if n_bad else [])
        mapped.unpersist()
        written.commit(retire=[] if n_bad else [_beside(out, "errors")])
    except BaseException as exc:
        written.abort()
        if type(exc).__name__ in ("Py4JJavaError", "SparkException", "SparkRuntimeException"):
            raise spark_failure(exc, registry) from exc
        raise
    finally:
        if own:
            spark.stop()
    for s in stats:
        s["total_yuan"] = Decimal(s["total_fen"]) / 100
    rows = sum(int(r["n1"]) for r in chunks)
    good = sum(int(r["n2"]) for r in chunks)
    grand = sum(int(r["sum_fen"]) for r in chunks)
    pending_grand = sum(int(r["pending_sum_fen"]) for r in chunks)  # as the embedded engine: apart from grand
    return BatchResult(rows, good, errors, [Path(p) if not _is_uri(p) else p for p in outputs], stats, grand,
                       {"total": round(time.perf_counter() - t0, 3)}, n_bad, len(chunks),
                       pending_total_fen=pending_grand, rulebook=book.provenance())


def _refuse_overwrite(registry: str, out: str) -> None:
    """The folders replaced at the end must not hold the registry: it would be gone after the run."""
    src = Path(registry).resolve()
    for name in ("", "entitlements", "errors", "rules"):
        cand = Path(_beside(out, name) if name else out).resolve()
        if src == cand or cand in src.parents:
            raise InputError(f"--out {out}：会覆盖名册 {registry}（{cand.name}）；请换一个输出路径")


def _beside(out: str, name: str) -> str:
    stem = out[: -len(".parquet")]
    return f"{stem}.{name}.parquet"


def _spark_schema():
    from pyspark.sql.pandas.types import from_arrow_schema
    return from_arrow_schema(OUT_SCHEMA)
