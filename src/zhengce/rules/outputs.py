"""Batch outputs written as they are computed: Parquet or CSV tables beside OUT, or Excel sheets.

OUT holds the per-profile results; OUT's stem + .entitlements / .rules / .errors the others.
Money is int64 fen plus an exact decimal(20,2) yuan column built from the fen's integers.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa

from zhengce import outfiles
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
    """Appends tables by name; files are created on first write — as temporary files beside their names,
    renamed into place together by close() only when every table is complete, removed by abort()
    (zhengce.outfiles)."""

    def __init__(self, out: Path):
        self.out = out
        self.writers: dict = {}
        self.paths: list[Path] = []
        self.temps: dict[Path, Path] = {}  # final path -> temporary file being written

    def write(self, name: str, table: pa.Table) -> None:
        raise NotImplementedError

    def _temp(self, path: Path) -> Path:
        self.paths.append(path)
        self.temps[path] = outfiles.temp_beside(path)
        return self.temps[path]

    def _finish(self) -> None:
        """Flush and close the writers: the temporary files are complete."""
        for w in self.writers.values():
            w.close()

    def close(self) -> list[Path]:
        try:
            self._finish()
            # all tables this run's, or all as they were; an earlier run's table this run has not written (its
            # errors, when no row was bad this time) goes with them, not left to be taken for this run's
            outfiles.commit_all(self.temps, retire=self._companions())
        except BaseException:
            self.abort()
            raise
        return self.paths

    def _companions(self) -> list[Path]:
        return [table_path(self.out, name) for name in SHEETS if name != "profiles"]

    def _close_quietly(self) -> None:
        for w in self.writers.values():
            try:
                w.close()
            except Exception:  # already failing: keep the first error
                pass

    def abort(self) -> None:
        self._close_quietly()
        for tmp in self.temps.values():
            outfiles.discard(tmp)


class ParquetSink(TableSink):
    def write(self, name, table):
        import pyarrow.parquet as pq
        if name not in self.writers:
            tmp = self._temp(table_path(self.out, name))
            # unique ids do not dictionary-encode: only the rule and status columns are dictionaries
            dictionary = [f.name for f in table.schema if pa.types.is_dictionary(f.type)]
            self.writers[name] = pq.ParquetWriter(tmp, table.schema, use_dictionary=dictionary)
        self.writers[name].write_table(table)


class CsvSink(TableSink):
    """UTF-8 with a BOM, so that Excel in China reads it as UTF-8 (not GBK)."""

    def __init__(self, out):
        super().__init__(out)
        self.files: list = []

    def write(self, name, table):
        import pyarrow.csv as pcsv
        table = csv_safe(table)
        if name not in self.writers:
            fh = open(self._temp(table_path(self.out, name)), "wb")
            fh.write(b"\xef\xbb\xbf")
            self.files.append(fh)
            self.writers[name] = pcsv.CSVWriter(fh, table.schema)
        self.writers[name].write_table(table)

    def _finish(self):
        try:
            super()._finish()
        finally:
            for fh in self.files:
                fh.close()

    def _close_quietly(self):
        super()._close_quietly()
        for fh in self.files:
            try:
                fh.close()
            except OSError:
                pass


SHEETS = {"profiles": "逐行结果", "entitlements": "条款明细", "errors": "有问题的行", "rules": "按规则汇总",
          "rulebook": "规则文件", "sections": "按领域", "regions": "按地区", "industries": "按行业", "industry": "按行业",
          "sizes": "按规模", "size": "按规模", "region": "按地区", "section": "按领域", "budgets": "预算对照",
          "funds": "资金池分配"}
HEADINGS = {  # Chinese headings of output columns in Excel (CSV and Parquet keep the field names); money
    # columns are named without their unit: X_fen and X_yuan are both shown as one column "…（元）"
    "row": ("行号", "名册中的行号（表头为第 1 行）"), "id": ("编号", "名册的编号列"), "error": ("问题", "未能测算的原因"),
    "total": ("合计金额", "可享受金额合计，含“最高”额度"), "exact": ("确定金额", "不含“最高”额度的部分"),
    "eligible_rules": ("可享受条款数", "符合条件的条款数"), "needs_info_rules": ("缺少信息条款数", "缺少信息、无法判断的条款数"),
    "pending": ("待复核金额", "待复核规则的金额，未计入合计"), "pending_rules": ("待复核条款数", "待复核规则数"),
    "pending?": ("待复核", "规则是否待复核（是/否）"),
    "rule_id": ("规则编号", "规则集中的规则编号"),
    "status": ("状态", "可享受、缺少信息或因叠加规则未享受；改革对照中为不变、修改、新增或删除"),
    "amount": ("金额", "该条款金额"), "eligible": ("可享受企业数", "可享受该条款的行数"),
    "needs_info": ("缺少信息企业数", "缺少信息的行数"), "stacked_out": ("因叠加规则未享受数", "从高从优或封顶后未享受的行数"),
    "path": ("规则文件", "规则文件路径"), "sha256": ("文件校验值", "规则文件的 SHA-256"),
    "fingerprint": ("规则集指纹", "全部规则文件的指纹"), "region": ("所在区县", "区县"), "industry": ("主营行业", "行业"),
    "size": ("企业规模", "规模"), "baseline": ("基线金额", "现行规则下的金额"), "reform": ("改革金额", "改革后的金额"),
    "diff": ("差额", "改革金额减基线金额"), "baseline_count": ("基线企业数", "现行规则下可享受的企业数"),
    "reform_count": ("改革企业数", "改革后可享受的企业数"), "section": ("领域", "政策文件的章节"), "group": ("分组", "分组"),
    "document": ("政策文件", "政策文件"), "year": ("年度", "政策年度"), "quote": ("原文", "预算安排的原文"),
    "budget": ("预算安排", "文件写明的预算"), "covered": ("可覆盖", "预算是否覆盖改革金额"),
    "shortfall": ("缺口", "改革金额超出预算的部分"), "drivers": ("主要规则", "金额最大的规则"),
    "fund": ("资金池", "资金池名称"), "scenario": ("情景", "基线或改革"), "claim": ("申请金额", "按规则可得的金额"),
    "funded": ("拨付金额", "资金池实际拨付"),
}


def _excel_columns(table: pa.Table) -> list[tuple[str, object]]:
    """(field, how to read its cells) for Excel: money once, in 元 — an X_yuan column when there is one, else
    X_fen shown as 元 — so that an office sees one number per amount and SUM works."""
    from zhengce.spreadsheets import Column

    names = table.column_names
    out = []
    for f in table.schema:
        base, _, unit = f.name.rpartition("_")
        if unit == "fen" and f"{base}_yuan" in names:
            continue  # the same amount is in the X_yuan column
        if unit in ("fen", "yuan") and base:
            title, note = HEADINGS.get(base, (base, ""))
            out.append((f.name, Column(f.name, f"{title}（元）", "yuan", note)))
            continue
        flag = pa.types.is_boolean(f.type) and f"{f.name}?" in HEADINGS  # a yes/no column, not the amount
        title, note = HEADINGS.get(f"{f.name}?" if flag else f.name, (f.name, ""))
        kind = "int" if pa.types.is_integer(f.type) else "text"
        out.append((f.name, Column(f.name, title, kind, note)))
    return out


WORDS = {"status": {"eligible": "可享受", "needs_info": "缺少信息", "stacked_out": "因叠加规则未享受",
                   "unchanged": "不变", "changed": "修改", "added": "新增", "removed": "删除"},
         "scenario": {"baseline": "基线", "reform": "改革"}}


def _excel_value(name: str, value):
    """A cell for an office: fen as Decimal 元, codes in Chinese, true/false as 是/否."""
    from decimal import Decimal

    if value is None:
        return None
    if name.endswith("_fen"):
        return Decimal(int(value)) / 100
    if isinstance(value, bool):
        return "是" if value else "否"
    if not isinstance(value, str):
        return value
    if name in ("industry", "size"):  # enum facts: their Chinese labels (profile schema)
        from zhengce.rules.profile import schema

        spec = schema().facts.get(name)
        return spec.values.get(value, value) if spec is not None and spec.values else value
    return WORDS.get(name, {}).get(value, value)


class ExcelSink(TableSink):
    """Excel is for small registries: tables are kept and written as sheets at the end."""

    def __init__(self, out):
        super().__init__(out)
        self.tables: dict[str, list[pa.Table]] = {}

    def write(self, name, table):
        self.tables.setdefault(name, []).append(csv_safe(table))

    def _finish(self):
        """One sheet per table with Chinese headings, money in 元 as numbers (SUM works), frozen heading
        row and fitted widths (zhengce.spreadsheets), then a 说明 sheet naming every column."""
        import openpyxl

        from zhengce.spreadsheets import add_notes, add_sheet
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        described = []
        for name, parts in self.tables.items():
            fields = _excel_columns(parts[0])
            columns = [c for _, c in fields]
            rows = ([_excel_value(f, row[f]) for f, _ in fields] for part in parts for row in part.to_pylist())
            title = SHEETS.get(name, name)
            add_sheet(wb, title, columns, rows)
            described.append((title, columns))
        facts = [("金额", "“（元）”列为数值，单位元，两位小数，可直接求和（CSV 与 Parquet 另有整数分的 *_fen 列）")]
        rulebook = self.tables.get("rulebook")
        if rulebook and "fingerprint" in rulebook[0].column_names and rulebook[0].num_rows:
            facts.insert(0, ("规则集指纹", str(rulebook[0].column("fingerprint")[0].as_py())))
        add_notes(wb, facts, described)
        wb.save(self._temp(self.out))

    def _companions(self) -> list[Path]:
        return []  # (one workbook: its sheets are replaced with it)

    def abort(self):
        self.tables.clear()
        super().abort()


def refuse_overwrite(out: str | Path, *inputs: str | Path) -> None:
    """OUT and the tables written beside it (OUT stem + .name + suffix) must not be an input file: the
    input would be truncated before it is read (`batch r.csv --out r.csv`, or a symlink to it)."""
    out = Path(out)
    for given in inputs:
        src = Path(given)
        if not src.exists() or src.is_dir():
            continue
        for cand in [out] + [table_path(out, name) for name in SHEETS]:
            try:
                same = cand.exists() and cand.samefile(src)
            except OSError:
                same = False
            if same:
                raise InputError(f"--out {out}：会覆盖输入文件 {given}（{cand.name}）；请换一个输出文件名")


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
