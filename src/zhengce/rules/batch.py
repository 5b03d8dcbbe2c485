"""Batch: a registry (CSV, Parquet, Excel) of profiles through all rules, with DuckDB embedded.

DuckDB reads the registry and validates/converts every column in SQL (money to int fen, dates
to day numbers, enums to codes); rows with a bad value are reported with the column and skipped.
The compiled rules (vector.py, numpy) evaluate the typed columns; results are written as
per-profile totals, per-profile entitlements and per-rule counts/totals (Parquet, CSV or Excel).
Columns are the flat fact names of the profile schema (see `zhengce profile schema`).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from zhengce.errors import InputError
from zhengce.rules import regions
from zhengce.rules.amounts import MAX_YUAN
from zhengce.rules.profile import schema
from zhengce.rules.result import ELIGIBLE, NAMES, NEEDS_INFO, STACKED_OUT
from zhengce.rules.rulebook import Rulebook, load_rulebook
from zhengce.rules.vector import ENTITIES, Columns, VectorEngine

META_COLUMNS = ("entity", "id", "name", "region")


@dataclass
class BatchResult:
    rows: int
    evaluated: int
    errors: list[tuple[int, str]]
    outputs: list[Path]
    rule_stats: list[dict]
    total_fen: int
    seconds: dict = field(default_factory=dict)
    pending_total_fen: int = 0  # what rules pending review would pay; never in total_fen
    rulebook: dict | None = None  # provenance: {"fingerprint", "files"} of the rule files used

    def to_json(self) -> dict:
        return {"rows": self.rows, "evaluated": self.evaluated, "bad_rows": len(self.errors),
                "errors": [{"row": r, "error": e} for r, e in self.errors[:100]],
                "outputs": [str(p) for p in self.outputs], "total_yuan": Decimal(self.total_fen) / 100,
                "pending_total_fen": self.pending_total_fen,
                "pending_total_yuan": Decimal(self.pending_total_fen) / 100,
                "rules": self.rule_stats, "seconds": self.seconds,
                "rulebook": self.rulebook}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column_sql(fact: str, present: set[str]) -> tuple[str, str]:
    """(typed expression, error expression) for one fact column present in the registry."""
    spec = schema().rule_fact(fact)
    c = _q(fact)
    raw = f"NULLIF(trim(CAST({c} AS VARCHAR)), '')"
    t = spec.type
    if t in ("money", "percent", "int"):
        dec = f"TRY_CAST({raw} AS DECIMAL(38,6))"
        scale = 100 if t in ("money", "percent") else 1
        value = f"CAST({dec} * {scale} AS HUGEINT)"
        exact = f"({dec} * {scale} = CAST({dec} * {scale} AS HUGEINT))"
        lo = 0 if t != "percent" else -10**6
        hi = MAX_YUAN if t == "money" else 10**6 if t == "percent" else 10**9
        if t == "int" and spec.maximum is not None:
            hi = spec.maximum
        if t == "int" and spec.minimum is not None:
            lo = spec.minimum
        bad = f"({raw} IS NOT NULL AND ({dec} IS NULL OR NOT {exact} OR {dec} < {lo} OR {dec} > {hi}))"
        return f"CAST({value} AS BIGINT)", bad
    if t == "date":
        d = f"TRY_CAST({raw} AS DATE)"
        return f"CAST(date_diff('day', DATE '1970-01-01', {d}) AS BIGINT)", f"({raw} IS NOT NULL AND {d} IS NULL)"
    if t == "bool":
        low = f"lower({raw})"
        value = (f"CASE WHEN {low} IN ('true','1','是','t','yes') THEN TRUE "
                 f"WHEN {low} IN ('false','0','否','f','no') THEN FALSE END")
        return value, f"({raw} IS NOT NULL AND ({value}) IS NULL)"
    if t == "enum":
        values = list(spec.values)
        lst = "[" + ", ".join(_sql_literal(v) for v in values) + "]"
        value = f"CAST(list_position({lst}, {raw}) - 1 AS BIGINT)"
        return value, f"({raw} IS NOT NULL AND list_position({lst}, {raw}) IS NULL)"
    raise AssertionError(t)


def read_registry(path: Path, con: duckdb.DuckDBPyConnection) -> str:
    """Register the registry as view `registry` (with a 1-based row number `__row`)."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"registry {path}: file not found")
    if suffix == ".csv":
        con.execute(f"CREATE VIEW raw AS SELECT * FROM read_csv({_sql_literal(str(path))}, header=true, "
                    "all_varchar=true)")
    elif suffix == ".parquet":
        con.execute(f"CREATE VIEW raw AS SELECT * FROM read_parquet({_sql_literal(str(path))})")
    elif suffix in (".xlsx", ".xlsm"):
        import openpyxl
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = wb.active.iter_rows(values_only=True)
        header = [str(h) for h in next(rows)]
        # Excel cells are read as text so that money stays exact (no float round-trip).
        cols: dict[str, list] = {h: [] for h in header}
        for row in rows:
            for h, v in zip(header, row):
                cols[h].append(None if v is None else _excel_text(v))
        table = pa.table({h: pa.array(v, pa.string()) for h, v in cols.items()})
        con.register("raw_arrow", table)
        con.execute("CREATE VIEW raw AS SELECT * FROM raw_arrow")
    else:
        raise InputError(f"registry {path}: unsupported format {suffix!r}; use .csv, .parquet or .xlsx")
    con.execute("CREATE VIEW registry AS SELECT row_number() OVER () AS __row, * FROM raw")
    return "registry"


def _excel_text(v) -> str:
    if isinstance(v, float):
        # Excel stores numbers as binary floats; keep the shortest decimal that round-trips
        return repr(v) if v != int(v) else str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.date().isoformat() if isinstance(v, dt.datetime) else v.isoformat()
    return str(v)


def load_columns(con: duckdb.DuckDBPyConnection) -> tuple[Columns, np.ndarray, list, list[tuple[int, str]], int]:
    """Validated typed columns of the good rows, their row numbers and ids, and the bad rows."""
    names = [r[0] for r in con.execute("DESCRIBE registry").fetchall() if r[0] != "__row"]
    sch = schema()  # schema facts, plus financial figures of a year (fin.revenue_yuan@2024)
    facts = {**sch.facts, **{n: sch.rule_fact(n) for n in names if "@" in n and not n.endswith("@prior")
                             and sch.rule_fact(n) is not None}}
    unknown = [n for n in names if n not in facts and n != "entity"]
    if unknown:
        raise InputError(f"registry: unknown column(s) {', '.join(unknown)}; columns are profile fact names "
                         "(see `zhengce profile schema` and docs/profile.md)")
    if "region" not in names:
        raise InputError("registry: a 'region' column is required")
    present = set(names)
    selects, errors = [], []
    ent_list = "[" + ", ".join(_sql_literal(e) for e in ENTITIES) + "]"
    ent_raw = "coalesce(NULLIF(trim(CAST(entity AS VARCHAR)), ''), 'enterprise')" if "entity" in present \
        else "'enterprise'"
    selects.append(f"CAST(list_position({ent_list}, {ent_raw}) - 1 AS TINYINT) AS __entity")
    errors.append(f"CASE WHEN list_position({ent_list}, {ent_raw}) IS NULL THEN 'entity: ' || {ent_raw} || "
                  f"' is not allowed; expected one of {', '.join(ENTITIES)}' END")
    region_raw = "NULLIF(trim(CAST(region AS VARCHAR)), '')"
    # each distinct spelling is resolved once on the national gazetteer (萧山, 杭州萧山, 昆山市 …)
    spellings = [r[0] for r in con.execute(f"SELECT DISTINCT {region_raw} FROM registry").fetchall() if r[0]]
    spell = regions.spelled(spellings)
    con.register("region_map", pa.table({
        "spelling": pa.array(list(spell), pa.string()),
        "code": pa.array([c for c, _ in spell.values()], pa.int32()),
        "error": pa.array([e for _, e in spell.values()], pa.string())}))
    selects.append(f"(SELECT code FROM region_map WHERE spelling = {region_raw}) AS __region")
    errors.append(f"CASE WHEN {region_raw} IS NULL THEN 'region: missing' WHEN (SELECT code FROM region_map "
                  f"WHERE spelling = {region_raw}) IS NULL THEN 'region: ' || (SELECT error FROM region_map "
                  f"WHERE spelling = {region_raw}) END")
    fact_cols = [n for n in names if n in facts and facts[n].type not in ("string", "region")]
    for fact in fact_cols:
        value, bad = _column_sql(fact, present)
        selects.append(f"{value} AS {_q(fact)}")
        errors.append(f"CASE WHEN {bad} THEN {_sql_literal(fact + ': ')} || CAST({_q(fact)} AS VARCHAR) || "
                      f"{_sql_literal(' is not allowed; expected ' + facts[fact].describe_allowed())} END")
    id_col = "CAST(id AS VARCHAR)" if "id" in present else "CAST(__row AS VARCHAR)"
    error_expr = "coalesce(" + ", ".join(errors) + ")" if len(errors) > 1 else errors[0]
    con.execute(f"CREATE TABLE typed AS SELECT __row, {id_col} AS __id, {error_expr} AS __error, "
                + ", ".join(selects) + " FROM registry")
    bad = con.execute("SELECT __row, __error FROM typed WHERE __error IS NOT NULL ORDER BY __row").fetchall()
    total = con.execute("SELECT count(*) FROM typed").fetchall()[0][0]
    table = con.sql("SELECT * EXCLUDE (__error) FROM typed WHERE __error IS NULL ORDER BY __row").to_arrow_table()
    if hasattr(table, "read_all"):
        table = table.read_all()
    n = table.num_rows
    data = {}
    for fact in fact_cols:
        col = table.column(fact)
        known = col.is_valid().to_numpy(zero_copy_only=False)
        if facts[fact].type == "bool":
            values = col.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)
        else:
            values = col.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
        data[fact] = (values, known)
    entity = table.column("__entity").to_numpy(zero_copy_only=False).astype(np.int8)
    region = table.column("__region").to_numpy(zero_copy_only=False).astype(np.int32)
    rows = table.column("__row").to_numpy(zero_copy_only=False)
    ids = table.column("__id")
    return Columns(n, data, entity, region), rows, ids, [(int(r), e) for r, e in bad], total


def evaluate_registry(cols: Columns, book: Rulebook, date: dt.date, include_drafts: bool = False):
    """Per-profile totals, entitlement triples and per-rule stats (numpy only)."""
    engine = VectorEngine(book, date, include_drafts)
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
                      "stacked_out": int((sp.status == STACKED_OUT).sum()), "total_fen": int(paid.sum(dtype=np.int64)),
                      "pending": sp.rule.pending})
    order = {r.id: i for i, r in enumerate(book.rules)}
    stats.sort(key=lambda s: order[s["rule_id"]])
    if (total < 0).any():  # int64 sums cannot wrap with MAX_YUAN bounds; check anyway
        raise OverflowError("money total overflowed int64")
    cat = (lambda parts, dtype: np.concatenate(parts) if parts else np.zeros(0, dtype=dtype))
    ents = (cat(ent_rows, np.int64), cat(ent_rules, np.int16), cat(ent_status, np.int8), cat(ent_amount, np.int64))
    return total, exact, n_eligible, n_needs, ents, stats


def _decimal_yuan(fen: np.ndarray) -> pa.Array:
    """Exact yuan as decimal(23,2) from int64 fen (no float on the way)."""
    import pyarrow.compute as pc
    return pc.multiply(pa.array(fen, pa.int64()).cast(pa.decimal128(19, 0)),
                       pa.scalar(Decimal("0.01"), pa.decimal128(3, 2)))


def write_outputs(out: Path, tables: dict[str, pa.Table]) -> list[Path]:
    """Main table to OUT; others beside it (OUT stem + .entitlements/.rules/.errors), or Excel sheets."""
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".csv", ".xlsx"):  # text a spreadsheet would run as a formula is neutralised
        from zhengce.spreadsheets import safe_arrow_table
        tables = {name: safe_arrow_table(table) for name, table in tables.items()}
    if suffix in (".xlsx",):
        import openpyxl
        wb = openpyxl.Workbook(write_only=True)
        for name, table in tables.items():
            ws = wb.create_sheet(name)
            ws.append(table.column_names)
            for row in table.to_pylist():
                ws.append([str(v) if isinstance(v, Decimal) else v for v in row.values()])
        wb.save(out)
        return [out]
    paths = []
    for name, table in tables.items():
        path = out if name == "profiles" else out.with_name(f"{out.stem}.{name}{out.suffix}")
        if suffix == ".parquet":
            import pyarrow.parquet as pq
            pq.write_table(table, path)
        elif suffix == ".csv":
            import pyarrow.csv as pcsv
            pcsv.write_csv(table, path)
        else:
            raise InputError(f"--out {out}: unsupported format {suffix!r}; use .parquet, .csv or .xlsx")
        paths.append(path)
    return paths


def run_batch(registry: str | Path, out: str | Path, date: dt.date | str | None = None,
              include_drafts: bool = False, rulebook: Rulebook | None = None) -> BatchResult:
    registry, out = Path(registry), Path(out)
    if out.suffix.lower() not in (".parquet", ".csv", ".xlsx"):
        raise InputError(f"--out {out}: unsupported format; use .parquet, .csv or .xlsx")
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    date = date or dt.date.today()
    book = rulebook or load_rulebook()
    timings = {}
    t0 = time.perf_counter()
    con = duckdb.connect()
    read_registry(registry, con)
    cols, rows, ids, errors, total_rows = load_columns(con)
    t1 = time.perf_counter()
    total, exact, n_el, n_ni, (e_rows, e_rules, e_status, e_amount), stats = \
        evaluate_registry(cols, book, date, include_drafts)
    t2 = time.perf_counter()
    pending_fen, pending_rules = _pending_per_row(book, cols.n, e_rows, e_rules, e_status, e_amount)
    rule_ids = pa.array([r.id for r in book.rules])
    status_names = pa.array([NAMES[i] for i in range(len(NAMES))])
    profiles = pa.table({"row": pa.array(rows, pa.int64()), "id": ids,
                         "total_fen": pa.array(total), "total_yuan": _decimal_yuan(total),
                         "exact_fen": pa.array(exact), "eligible_rules": pa.array(n_el),
                         "needs_info_rules": pa.array(n_ni),
                         "pending_fen": pa.array(pending_fen), "pending_yuan": _decimal_yuan(pending_fen),
                         "pending_rules": pa.array(pending_rules)})
    entitlements = pa.table({
        "row": pa.array(rows[e_rows], pa.int64()),
        "id": ids.take(pa.array(e_rows)),
        "rule_id": pa.DictionaryArray.from_arrays(pa.array(e_rules.astype(np.int32)), rule_ids),
        "status": pa.DictionaryArray.from_arrays(pa.array(e_status.astype(np.int32)), status_names),
        "amount_fen": pa.array(e_amount), "amount_yuan": _decimal_yuan(e_amount)})
    by_rule = pa.table({"rule_id": [s["rule_id"] for s in stats],
                        "eligible": [s["eligible"] for s in stats],
                        "needs_info": [s["needs_info"] for s in stats],
                        "stacked_out": [s["stacked_out"] for s in stats],
                        "pending": [s["pending"] for s in stats],
                        "total_fen": pa.array([s["total_fen"] for s in stats], pa.int64()),
                        "total_yuan": _decimal_yuan(np.array([s["total_fen"] for s in stats], dtype=np.int64))})
    tables = {"profiles": profiles, "entitlements": entitlements, "rules": by_rule}
    prov = book.provenance()  # which rule files produced these results
    tables["rulebook"] = pa.table({"path": [f["path"] for f in prov["files"]],
                                   "sha256": [f["sha256"] for f in prov["files"]],
                                   "fingerprint": [prov["fingerprint"]] * len(prov["files"])})
    if errors:
        tables["errors"] = pa.table({"row": [r for r, _ in errors], "error": [e for _, e in errors]})
    if out.suffix.lower() == ".csv":
        tables = {k: _csv_safe(v) for k, v in tables.items()}
    outputs = write_outputs(out, tables)
    t3 = time.perf_counter()
    timings.update({"read_validate": round(t1 - t0, 3), "evaluate": round(t2 - t1, 3), "write": round(t3 - t2, 3),
                    "total": round(t3 - t0, 3)})
    for s in stats:
        s["total_yuan"] = Decimal(s["total_fen"]) / 100
    return BatchResult(total_rows, cols.n, errors, outputs, stats, int(total.sum(dtype=np.int64)), timings,
                       int(pending_fen.sum(dtype=np.int64)), prov)


def _pending_mask(book: Rulebook) -> np.ndarray:
    return np.array([r.pending for r in book.rules] or [False], dtype=bool)


def _pending_per_row(book: Rulebook, n: int, e_rows, e_rules, e_status, e_amount) -> tuple[np.ndarray, np.ndarray]:
    """Per row: what rules pending review would pay (fen) and how many of them pay."""
    hit = _pending_mask(book)[e_rules.astype(np.int64)] & (e_status == ELIGIBLE)
    count = np.bincount(e_rows[hit], minlength=n).astype(np.int16)
    amount = np.zeros(n, dtype=np.int64)
    np.add.at(amount, e_rows[hit], e_amount[hit])  # exact int64 (bincount weights would go through float)
    return amount, count


def _csv_safe(table: pa.Table) -> pa.Table:
    """Dictionary columns decoded for CSV writers."""
    cols = []
    for col in table.columns:
        cols.append(col.cast(pa.string()) if pa.types.is_dictionary(col.type) else col)
    return pa.table(cols, names=table.column_names)
