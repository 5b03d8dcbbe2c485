"""Batch: a registry (Parquet, CSV, Excel) of profiles through all rules, streamed in chunks.

The registry is read as Arrow record batches (Parquet: ParquetFile.iter_batches; CSV: pyarrow's
streaming reader; Excel: read whole, small files only), each chunk validated in its own types
(registry.py) and evaluated by the compiled rules (vector.py, numpy). Per-profile results and
entitlements are written as they are computed (ParquetWriter / CSV writer); per-rule counts and
totals are summed exactly in Python ints. Memory is bounded by the chunk size, not the registry.
Row numbers are as a spreadsheet shows them (header = row 1). Columns are the flat fact names of
the profile schema (see `zhengce profile schema`).
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa

from zhengce.errors import InputError
from zhengce.rules.outputs import ENT_COLUMNS, BackgroundSink, decimal_yuan, exact_sum, open_sink
from zhengce.rules.period import NoRuleInForce, no_rule_in_force
from zhengce.rules.registry import HEADER_ROWS, Chunk, RegistryPlan
from zhengce.rules.result import ELIGIBLE, NAMES, NEEDS_INFO, STACKED_OUT
from zhengce.rules.rulebook import Rulebook, load_rulebook
from zhengce.rules.vector import Columns, VectorEngine

DEFAULT_CHUNK_ROWS = 1 << 16  # 65,536 rows: ~40 MB of typed columns per chunk; larger chunks are not faster
KEEP_ERRORS = 1000  # bad rows kept in memory for the summary (all are written to OUT.errors)
FORMATS = (".parquet", ".csv", ".xlsx", ".xlsm")


@dataclass
class BatchResult:
    rows: int
    evaluated: int
    errors: list[tuple[int, str]]  # the first KEEP_ERRORS bad rows
    outputs: list[Path]
    rule_stats: list[dict]
    total_fen: int
    seconds: dict = field(default_factory=dict)
    bad_rows: int = 0
    chunks: int = 0
    pending_total_fen: int = 0  # what rules pending review would pay; never in total_fen
    rulebook: dict | None = None  # provenance: {"fingerprint", "files"} of the rule files used

    def to_json(self) -> dict:
        return {"rows": self.rows, "evaluated": self.evaluated, "bad_rows": self.bad_rows,
                "errors": [{"row": r, "error": e} for r, e in self.errors[:100]],
                "outputs": [str(p) for p in self.outputs], "total_yuan": Decimal(self.total_fen) / 100,
                "pending_total_fen": self.pending_total_fen,
                "pending_total_yuan": Decimal(self.pending_total_fen) / 100,
                "rules": self.rule_stats, "chunks": self.chunks, "seconds": self.seconds,
                "rulebook": self.rulebook}


# -- reading ----------------------------------------------------------------------------------------

def open_registry(path: Path, chunk_rows: int) -> tuple[list[str], Iterator[pa.RecordBatch | pa.Table]]:
    """Column names and an iterator of chunks of at most `chunk_rows` rows, in file order."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"名册 {path}：文件不存在")
    if suffix == ".parquet":
        import pyarrow.parquet as pq
        try:
            meta = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError(f"名册 {path}: 不是可读的 Parquet 文件 ({exc})") from None
        sch = meta.schema_arrow
        names = list(sch.names)
        # enum/region/entity text is dictionary-encoded in Parquet: read the dictionary, not the strings
        text = [n for n in names if n not in ("id", "name") and pa.types.is_string(sch.field(n).type)]
        # pre_buffer would read ahead (and keep) the column chunks of every row group: memory
        # would grow with the file; plain buffered reads keep it bounded by the chunk
        pf = pq.ParquetFile(path, read_dictionary=text, pre_buffer=False, buffer_size=1 << 20)
        wanted = [n for n in names if n != "name"]
        _unique_columns(path, names)
        return names, _rechunk(pf.iter_batches(batch_size=chunk_rows, columns=wanted), chunk_rows)
    if suffix == ".csv":
        return _open_csv(path, chunk_rows)
    if suffix in (".xlsx", ".xlsm"):
        table = _read_excel(path)
        return table.column_names, _rechunk(iter(table.to_batches()), chunk_rows)
    raise InputError(f"名册 {path}: 不支持的格式 {suffix!r}; 请用 .parquet, .csv 或 .xlsx")


def _open_csv(path: Path, chunk_rows: int):
    import csv

    import pyarrow.csv as pcsv
    with open(path, encoding="utf-8-sig", newline="") as f:
        try:
            header = next(csv.reader(f))
        except StopIteration:
            raise InputError(f"名册 {path}: 文件为空") from None
        except UnicodeDecodeError:
            raise InputError(f"名册 {path}: 不是 UTF-8 编码的 CSV") from None
    from zhengce.registry_input import fact_header

    header = fact_header([h.strip() for h in header])  # Chinese headings → field names
    _unique_columns(path, header)
    # every CSV cell is text: money stays exact (no float inference), blanks are unknown
    reader = pcsv.open_csv(path, read_options=pcsv.ReadOptions(column_names=header, skip_rows=1,
                                                                block_size=1 << 22),
                           convert_options=pcsv.ConvertOptions(column_types={h: pa.string() for h in header},
                                                               strings_can_be_null=False))

    def batches():
        try:
            yield from reader
        except pa.ArrowInvalid as exc:
            raise InputError(f"名册 {path}: CSV 无法读取 ({exc})") from None
    return header, _rechunk(batches(), chunk_rows)


def _unique_columns(path: Path, names: list[str]) -> None:
    seen: set[str] = set()
    twice = [n for n in names if n in seen or seen.add(n)]
    if twice:
        raise InputError(f"名册 {path}: 列名重复: {', '.join(sorted(set(twice)))}(每个字段只能有一列)")


def _read_excel(path: Path) -> pa.Table:
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise InputError(f"名册 {path}: 不是可读的 Excel 工作簿 ({type(exc).__name__})") from None
    from zhengce.registry_input import fact_header, is_names_row

    rows = wb.active.iter_rows(values_only=True)
    try:
        header = fact_header([str(h).strip() for h in next(rows)])  # Chinese headings → field names
    except StopIteration:
        raise InputError(f"名册 {path}: 工作表为空") from None
    _unique_columns(path, header)
    # Excel cells are read as text so that money stays exact (no float round-trip).
    cols: dict[str, list] = {h: [] for h in header}
    for n, row in enumerate(rows):
        if n == 0 and is_names_row(list(row), header):
            continue  # the template's second row: the field names under the Chinese headings
        for h, v in zip(header, row):
            cols[h].append(None if v is None else _excel_text(v))
    return pa.table({h: pa.array(v, pa.string()) for h, v in cols.items()})


def excel_names_row(path: Path) -> bool:
    """True when the workbook's second row repeats the field names (a filled-in registry template)."""
    import openpyxl

    from zhengce.registry_input import fact_header, is_names_row
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = wb.active.iter_rows(values_only=True, max_row=2)
        header = fact_header([str(h).strip() for h in next(rows)])
        second = next(rows, None)
        wb.close()
    except Exception:  # the reader itself will say what is wrong
        return False
    return second is not None and is_names_row(list(second), header)


def _excel_text(v) -> str:
    if isinstance(v, float):
        # Excel stores numbers as binary floats; keep the shortest decimal that round-trips
        return repr(v) if v != int(v) else str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.date().isoformat() if isinstance(v, dt.datetime) else v.isoformat()
    return str(v)


def _rechunk(batches, size: int):
    """Chunks of exactly `size` rows (the last may be shorter); slices are free, joins copy."""
    pending, count = [], 0
    for b in batches:
        while b.num_rows:
            take = min(size - count, b.num_rows)
            pending.append(b if take == b.num_rows else b.slice(0, take))
            count += take
            b = b.slice(take)
            if count == size:
                yield pending[0] if len(pending) == 1 else pa.Table.from_batches(pending).combine_chunks()
                pending, count = [], 0
    if pending:
        yield pending[0] if len(pending) == 1 else pa.Table.from_batches(pending).combine_chunks()


def _prefetch(chunks, depth: int = 1):
    """Read the next chunk in a thread while this one is evaluated (Arrow decoding releases the GIL)."""
    q: queue.Queue = queue.Queue(maxsize=depth)
    done = object()
    stop = threading.Event()

    def work():
        try:
            for c in chunks:
                if stop.is_set():
                    return
                q.put(c)
            q.put(done)
        except BaseException as exc:  # handed to the consumer
            q.put(exc)

    t = threading.Thread(target=work, daemon=True)
    t.start()
    try:
        while True:
            item = q.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while t.is_alive():  # unblock a producer waiting on a full queue
            try:
                q.get_nowait()
            except queue.Empty:
                t.join(0.01)


# -- evaluating -------------------------------------------------------------------------------------

def evaluate_registry(cols: Columns, book: Rulebook, date: dt.date, include_drafts: bool = False,
                      engine: VectorEngine | None = None):
    """Per-profile totals, entitlement triples and per-rule stats (numpy only)."""
    engine = engine or VectorEngine(book, date, include_drafts)
    n = cols.n
    total = np.zeros(n, dtype=np.int64)
    exact = np.zeros(n, dtype=np.int64)
    n_eligible = np.zeros(n, dtype=np.int16)
    n_needs = np.zeros(n, dtype=np.int16)
    ent_rows, ent_rules, ent_status, ent_amount = [], [], [], []
    stats = []
    rule_index = {r.id: i for i, r in enumerate(book.rules)}
    for rule in book.rules:  # rules not in force pay nothing: counted, not evaluated
        if not rule.active_on(date, include_drafts):
            stats.append({"rule_id": rule.id, "eligible": 0, "needs_info": 0, "stacked_out": 0, "total_fen": 0,
                          "pending": rule.pending})
    for sp in engine.run(cols, active_only=True):
        el = sp.status == ELIGIBLE
        rows_el, paid = sp.idx[el], sp.amount[el]
        if not sp.rule.pending:  # pending rules: reported apart (pending_* columns), never in totals
            total[rows_el] += paid  # row numbers are unique within a rule: plain fancy-index add is exact
            if sp.rule.formula.exact:
                exact[rows_el] += paid
            n_eligible[rows_el] += 1
            n_needs[sp.idx[sp.status == NEEDS_INFO]] += 1
        if sp.idx.size:
            ent_rows.append(sp.idx)
            ent_rules.append(np.full(sp.idx.size, rule_index[sp.rule.id], dtype=np.int16))
            ent_status.append(sp.status)
            ent_amount.append(sp.amount)
        stats.append({"rule_id": sp.rule.id, "eligible": int(el.sum()),
                      "needs_info": int((sp.status == NEEDS_INFO).sum()),
                      "stacked_out": int((sp.status == STACKED_OUT).sum()), "total_fen": exact_sum(paid),
                      "pending": sp.rule.pending})
    order = {r.id: i for i, r in enumerate(book.rules)}
    stats.sort(key=lambda s: order[s["rule_id"]])
    if (total < 0).any():  # per-profile sums of bounded amounts cannot wrap; check anyway
        raise OverflowError("money total overflowed int64")
    cat = (lambda parts, dtype: np.concatenate(parts) if parts else np.zeros(0, dtype=dtype))
    ents = (cat(ent_rows, np.int64), cat(ent_rules, np.int16), cat(ent_status, np.int8), cat(ent_amount, np.int64))
    return total, exact, n_eligible, n_needs, ents, stats


class ChunkEvaluator:
    """Validate + evaluate one chunk to output tables and per-rule stats (shared by the Spark backend)."""

    def __init__(self, names: list[str], book: Rulebook, date: dt.date, include_drafts: bool,
                 dictionary_ids: bool = True):
        self.plan = RegistryPlan(names)
        self.book, self.date, self.include_drafts = book, date, include_drafts
        self.engine = VectorEngine(book, date, include_drafts)
        self.rule_ids = pa.array([r.id for r in book.rules])
        self.status_names = pa.array([NAMES[i] for i in range(len(NAMES))])
        self.dictionary_ids = dictionary_ids

    def run(self, batch, rows: np.ndarray) -> tuple[Chunk, dict[str, pa.Table], list[dict]]:
        chunk = self.plan.validate(batch, rows)
        total, exact, n_el, n_ni, (e_rows, e_rules, e_status, e_amount), stats = \
            evaluate_registry(chunk.cols, self.book, self.date, self.include_drafts, self.engine)
        pending_fen, pending_rules = _pending_per_row(self.book, chunk.cols.n, e_rows, e_rules, e_status, e_amount)
        profiles = pa.table({"row": pa.array(chunk.rows, pa.int64()), "id": chunk.ids,
                             "total_fen": pa.array(total), "total_yuan": decimal_yuan(total),
                             "exact_fen": pa.array(exact), "eligible_rules": pa.array(n_el),
                             "needs_info_rules": pa.array(n_ni),
                             "pending_fen": pa.array(pending_fen), "pending_yuan": decimal_yuan(pending_fen),
                             "pending_rules": pa.array(pending_rules)})
        # entitlements by row, then rule order (a stable sort of rows listed rule by rule): the same
        # file whatever the chunk size; row positions < 65536 sort as uint16 (radix sort)
        key = e_rows.astype(np.uint16) if chunk.cols.n <= 1 << 16 else e_rows
        order = np.argsort(key, kind="stable")
        e_rows, e_rules, e_status, e_amount = e_rows[order], e_rules[order], e_status[order], e_amount[order]
        rule = pa.DictionaryArray.from_arrays(pa.array(e_rules.astype(np.int32)), self.rule_ids)
        status = pa.DictionaryArray.from_arrays(pa.array(e_status.astype(np.int32)), self.status_names)
        if not self.dictionary_ids:
            rule, status = rule.dictionary_decode(), status.dictionary_decode()
        ents = pa.table([pa.array(chunk.rows[e_rows], pa.int64()), chunk.ids.take(pa.array(e_rows)), rule, status,
                         pa.array(e_amount), decimal_yuan(e_amount)], names=ENT_COLUMNS)
        tables = {"profiles": profiles, "entitlements": ents}
        if chunk.errors:
            tables["errors"] = pa.table({"row": pa.array([r for r, _ in chunk.errors], pa.int64()),
                                         "error": pa.array([e for _, e in chunk.errors], pa.string())})
        return chunk, tables, stats


def add_stats(acc: dict[str, dict], stats: list[dict]) -> None:
    """Per-rule counts and totals summed exactly (Python ints) across chunks."""
    for s in stats:
        a = acc.setdefault(s["rule_id"], {"rule_id": s["rule_id"], "eligible": 0, "needs_info": 0,
                                          "stacked_out": 0, "total_fen": 0, "pending": s.get("pending", False)})
        for k in ("eligible", "needs_info", "stacked_out", "total_fen"):
            a[k] += s[k]


def rules_table(stats: list[dict]) -> pa.Table:
    fen = [s["total_fen"] for s in stats]
    fits = all(-(2**63) <= f < 2**63 for f in fen)
    return pa.table({"rule_id": [s["rule_id"] for s in stats],
                     "eligible": pa.array([s["eligible"] for s in stats], pa.int64()),
                     "needs_info": pa.array([s["needs_info"] for s in stats], pa.int64()),
                     "stacked_out": pa.array([s["stacked_out"] for s in stats], pa.int64()),
                     "pending": pa.array([bool(s.get("pending", False)) for s in stats], pa.bool_()),
                     "total_fen": pa.array(fen, pa.int64() if fits else pa.decimal128(38, 0)),
                     "total_yuan": pa.array([Decimal(f) / 100 for f in fen], pa.decimal128(38, 2))})


def read_columns(path: str | Path, numbering=None) -> tuple[Columns, np.ndarray, pa.Array, list[tuple[int, str]], int]:
    """A whole registry at once, validated like `zhengce batch` (for registries that fit in memory:
    subscriptions, simulations): (typed columns of the good rows, their spreadsheet rows, their ids,
    bad rows, rows read). `numbering`: as for run_batch."""
    path = Path(path)
    names, chunks = open_registry(path, 1 << 40)  # one chunk: the whole file
    plan = RegistryPlan(names)
    parts = list(chunks)
    batch = parts[0] if parts else pa.table({n: pa.array([], pa.string()) for n in names})
    rows = np.arange(1 + HEADER_ROWS, 1 + HEADER_ROWS + batch.num_rows, dtype=np.int64)
    chunk = plan.validate(batch, numbering.rows_of(rows) if numbering else rows)
    errors = [(r, numbering.explain(r, e)) for r, e in chunk.errors] if numbering else chunk.errors
    return chunk.cols, chunk.rows, chunk.ids, errors, chunk.n_rows


def write_outputs(out: str | Path, tables: dict[str, pa.Table]) -> list[Path]:
    """Tables to OUT (the first) and beside it (OUT stem + .name), or as sheets of one Excel file."""
    sink = open_sink(Path(out))
    try:
        for name, table in tables.items():
            sink.write(name, table)
        return sink.close()
    except BaseException:
        sink.abort()
        raise


_decimal_yuan = decimal_yuan  # the name other modules used before the streamed reader


def resolve_date(date: dt.date | str | None) -> dt.date:
    if isinstance(date, str):
        try:
            return dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f"--date: {date!r} 不是日期 YYYY-MM-DD") from None
    return date or dt.date.today()


def check_out(out: Path) -> None:
    if out.suffix.lower() not in (".parquet", ".csv", ".xlsx"):
        raise InputError(f"--out {out}: 不支持的格式; 请用 .parquet, .csv 或 .xlsx")


def run_batch(registry: str | Path, out: str | Path, date: dt.date | str | None = None,
              include_drafts: bool = False, rulebook: Rulebook | None = None,
              chunk_rows: int = DEFAULT_CHUNK_ROWS, numbering=None) -> BatchResult:
    """`numbering` (when the reader reads a cleaned copy of the registry: cli/batch_input.Prepared) gives
    the registry's own row numbers (`rows_of`) and the reason a row was set aside (`explain`), so that
    the output files and the summary name the rows as the user's spreadsheet shows them."""
    registry, out = Path(registry), Path(out)
    check_out(out)
    if chunk_rows < 1:
        raise InputError("--chunk-rows: 至少为 1")
    date = resolve_date(date)
    book = rulebook or load_rulebook()
    notice = no_rule_in_force(book, date, include_drafts)
    if notice:
        raise NoRuleInForce(notice)
    t0 = time.perf_counter()
    names, chunks = open_registry(registry, chunk_rows)
    ev = ChunkEvaluator(names, book, date, include_drafts)
    sink = BackgroundSink(open_sink(out))
    acc: dict[str, dict] = {}
    errors: list[tuple[int, str]] = []
    n_rows = n_good = n_bad = n_chunks = 0
    grand = pending_grand = 0
    busy = 0.0
    try:
        for batch in _prefetch(chunks):
            t = time.perf_counter()
            rows = np.arange(n_rows + 1 + HEADER_ROWS, n_rows + 1 + HEADER_ROWS + batch.num_rows, dtype=np.int64)
            chunk, tables, stats = ev.run(batch, numbering.rows_of(rows) if numbering else rows)
            if numbering and chunk.errors:
                chunk.errors = [(r, numbering.explain(r, e)) for r, e in chunk.errors]
                tables["errors"] = pa.table({"row": pa.array([r for r, _ in chunk.errors], pa.int64()),
                                             "error": pa.array([e for _, e in chunk.errors], pa.string())})
            add_stats(acc, stats)
            grand += exact_sum(tables["profiles"].column("total_fen").to_numpy())
            pending_grand += exact_sum(tables["profiles"].column("pending_fen").to_numpy())
            for name, table in tables.items():
                sink.write(name, table)
            n_rows += chunk.n_rows
            n_good += chunk.cols.n
            n_bad += len(chunk.errors)
            if len(errors) < KEEP_ERRORS:
                errors += chunk.errors[:KEEP_ERRORS - len(errors)]
            n_chunks += 1
            busy += time.perf_counter() - t
        order = {r.id: i for i, r in enumerate(book.rules)}
        stats = sorted(acc.values(), key=lambda s: order[s["rule_id"]])
        if not acc:
            stats = [{"rule_id": r.id, "eligible": 0, "needs_info": 0, "stacked_out": 0, "total_fen": 0,
                      "pending": r.pending} for r in book.rules]
        sink.write("rules", rules_table(stats))
        prov = book.provenance()  # which rule files produced these results
        sink.write("rulebook", pa.table({"path": [f["path"] for f in prov["files"]],
                                         "sha256": [f["sha256"] for f in prov["files"]],
                                         "fingerprint": [prov["fingerprint"]] * len(prov["files"])}))
        outputs = sink.close()
    except BaseException:
        sink.abort()
        raise
    t1 = time.perf_counter()
    for s in stats:
        s["total_yuan"] = Decimal(s["total_fen"]) / 100
    seconds = {"validate_evaluate_write": round(busy, 3), "total": round(t1 - t0, 3)}
    return BatchResult(n_rows, n_good, errors, outputs, stats, grand, seconds, n_bad, n_chunks, pending_grand, prov)


def _pending_per_row(book: Rulebook, n: int, e_rows, e_rules, e_status, e_amount) -> tuple[np.ndarray, np.ndarray]:
    """Per row: what rules pending review would pay (fen) and how many of them pay."""
    mask = np.array([r.pending for r in book.rules] or [False], dtype=bool)
    hit = mask[e_rules.astype(np.int64)] & (e_status == ELIGIBLE)
    count = np.bincount(e_rows[hit], minlength=n).astype(np.int16)
    amount = np.zeros(n, dtype=np.int64)
    np.add.at(amount, e_rows[hit], e_amount[hit])  # exact int64 (bincount weights would go through float)
    return amount, count
