"""Batch outputs written as they are computed: Parquet or CSV tables beside OUT, or Excel sheets.

OUT holds the per-profile results; OUT's stem + .entitlements / .rules / .errors the others.
Money is int64 fen plus an exact decimal(20,2) yuan column built from the fen's integers.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
import pyarrow as pa

from zhengce.errors import InputError

ENT_COLUMNS = ["row", "id", "rule_id", "status", "amount_fen", "amount_yuan"]
YUAN = pa.decimal128(20, 2)


def decimal_yuan(fen: np.ndarray) -> pa.Array:
    """Exact yuan as decimal(20,2) from int64 fen: the fen are the unscaled values (no float, no text)."""
    fen = np.ascontiguousarray(fen, dtype=np.int64)
    words = np.empty((fen.size, 2), dtype=np.int64)
    words[:, 0] = fen
    words[:, 1] = fen >> 63  # sign extension to 128 bits
    return pa.Array.from_buffers(YUAN, fen.size, [None, pa.py_buffer(words)])


def exact_sum(values: np.ndarray) -> int:
    """Exact sum of an int64 array (no wrap-around even for sums beyond int64)."""
    if values.size == 0:
        return 0
    top = int(np.abs(values).max())
    if top * values.size < 2**63:
        return int(values.sum(dtype=np.int64))
    hi, lo = values >> 32, values & 0xFFFFFFFF  # each part sums inside int64 for < 2^31 rows
    return (int(hi.sum(dtype=np.int64)) << 32) + int(lo.sum(dtype=np.int64))


def table_path(out: Path, name: str) -> Path:
    return out if name == "profiles" else out.with_name(f"{out.stem}.{name}{out.suffix}")


class TableSink:
    """Appends tables by name; files are created on first write."""

    def __init__(self, out: Path):
        self.out = out
        self.writers: dict = {}
        self.paths: list[Path] = []

    def write(self, name: str, table: pa.Table) -> None:
        raise NotImplementedError

    def close(self) -> list[Path]:
        for w in self.writers.values():
            w.close()
        return self.paths

    def abort(self) -> None:
        for w in self.writers.values():
            try:
                w.close()
            except Exception:  # already failing: keep the first error
                pass


class ParquetSink(TableSink):
    def write(self, name, table):
        import pyarrow.parquet as pq
        if name not in self.writers:
            path = table_path(self.out, name)
            # unique ids do not dictionary-encode: only the rule and status columns are dictionaries
            dictionary = [f.name for f in table.schema if pa.types.is_dictionary(f.type)]
            self.writers[name] = pq.ParquetWriter(path, table.schema, use_dictionary=dictionary)
            self.paths.append(path)
        self.writers[name].write_table(table)


class CsvSink(TableSink):
    def write(self, name, table):
        import pyarrow.csv as pcsv
        table = csv_safe(table)
        if name not in self.writers:
            path = table_path(self.out, name)
            self.writers[name] = pcsv.CSVWriter(path, table.schema)
            self.paths.append(path)
        self.writers[name].write_table(table)


class ExcelSink(TableSink):
    """Excel is for small registries: tables are kept and written as sheets at the end."""

    def __init__(self, out):
        super().__init__(out)
        self.tables: dict[str, list[pa.Table]] = {}

    def write(self, name, table):
        self.tables.setdefault(name, []).append(csv_safe(table))

    def close(self):
        import openpyxl
        wb = openpyxl.Workbook(write_only=True)
        for name, parts in self.tables.items():
            ws = wb.create_sheet(name)
            ws.append(parts[0].column_names)
            for part in parts:
                for row in part.to_pylist():
                    ws.append([str(v) if isinstance(v, Decimal) else v for v in row.values()])
        wb.save(self.out)
        return [self.out]

    def abort(self):
        self.tables.clear()


def open_sink(out: Path) -> TableSink:
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        return ParquetSink(out)
    if suffix == ".csv":
        return CsvSink(out)
    if suffix == ".xlsx":
        return ExcelSink(out)
    raise InputError(f"--out {out}: 不支持的格式 {suffix!r}; 请用 .parquet, .csv 或 .xlsx")


def csv_safe(table: pa.Table) -> pa.Table:
    """Dictionary columns decoded for CSV and Excel writers, and text a spreadsheet would run as a
    formula (= + - @, tab, CR) neutralised (zhengce.spreadsheets)."""
    from zhengce.spreadsheets import safe_arrow_table

    cols = [col.cast(col.type.value_type) if pa.types.is_dictionary(col.type) else col for col in table.columns]
    return safe_arrow_table(pa.table(cols, names=table.column_names))


class BackgroundSink:
    """Writes in a thread while the next chunk is evaluated (Parquet/CSV encoding releases the GIL).
    At most `depth` chunks wait, so memory stays bounded."""

    def __init__(self, sink: TableSink, depth: int = 2):
        import queue
        import threading
        self.sink, self.error = sink, None
        self.queue: queue.Queue = queue.Queue(maxsize=depth)
        self.thread = threading.Thread(target=self._work, daemon=True)
        self.thread.start()

    def _work(self) -> None:
        while True:
            item = self.queue.get()
            if item is None:
                return
            if self.error is None:
                try:
                    self.sink.write(*item)
                except BaseException as exc:  # handed to the caller on its next write or close
                    self.error = exc

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def write(self, name: str, table: pa.Table) -> None:
        self._raise()
        self.queue.put((name, table))

    def close(self) -> list[Path]:
        self.queue.put(None)
        self.thread.join()
        self._raise()
        return self.sink.close()

    def abort(self) -> None:
        self.error = self.error or RuntimeError("aborted")
        self.queue.put(None)
        self.thread.join()
        self.sink.abort()
