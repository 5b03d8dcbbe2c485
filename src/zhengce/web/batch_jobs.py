"""批量测算 jobs: a registry (CSV or Excel, one profile per row, columns named by the profile
schema's flat fact names) evaluated row by row in a background thread. Bad rows are reported with
their spreadsheet row number and every error they have, and skipped; money is summed in integer fen.

Jobs are kept in SQLite (a file beside the library, under ZHENGCE_HOME), addressed by an unguessable
id: a job survives a server restart (an unfinished one is run again from its stored rows) and expires
JOB_TTL_SECONDS after it was created.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from zhengce.errors import InputError, ZhengceError
from zhengce.registry_input import Registry, read_csv, read_xlsx, row_errors
from zhengce.money import format_fen
from zhengce.spreadsheets import MAX_WIDTH, Column, csv_bytes, display_width, safe_row, workbook

JOB_TTL_SECONDS = 24 * 3600
MAX_RUNNING = 2  # jobs evaluated at once (the others wait their turn): uploads cannot take every core
MAX_PENDING = 20  # queued or running; beyond that an upload is refused (429) instead of piling up threads
ALLOWED = {".csv": "csv", ".xlsx": "xlsx"}


def read_registry(name: str, data: bytes, max_rows: int) -> Registry:
    """Rows of a CSV (UTF-8, GBK/GB18030, UTF-16) or .xlsx registry, bounded before parsing."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = ALLOWED.get(suffix)
    if kind is None:
        raise InputError(f"不支持的文件类型 {suffix or '(无扩展名)'}：请上传 .csv 或 .xlsx 文件")
    if not data.strip():
        raise InputError("名册为空")
    reg = read_xlsx(data, max_rows) if kind == "xlsx" else read_csv(data, max_rows)
    if "region" not in reg.header:
        raise InputError("名册缺少 region 列（所在区县）；列名使用画像字段名，可下载模板参考")
    from zhengce.rules.profile import schema

    facts = schema().facts
    unknown = [h for h in reg.header if h and h not in facts and h not in ("entity", "id", "name")]
    if unknown:
        raise InputError(f"名册有未知列：{'、'.join(unknown[:10])}；列名使用画像字段名（见 zhengce profile schema）")
    return reg


@dataclass
class Job:
    id: str
    filename: str
    date: dt.date | None
    include_drafts: bool
    total: int
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    error: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)
    per_rule: dict[str, dict[str, Any]] = field(default_factory=dict)
    rulebook: dict[str, Any] | None = None  # fingerprint and files of the rules that produced the results
    created: str = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0).isoformat())

    def summary(self) -> dict[str, Any]:
        ok = [r for r in self.rows if r["status"] == "ok"]
        return {
            "id": self.id, "filename": self.filename, "state": self.state, "done": self.done, "total": self.total,
            "date": self.date.isoformat() if self.date else None, "include_drafts": self.include_drafts,
            "error": self.error, "created": self.created,
            "ok_rows": len(ok), "error_rows": len(self.rows) - len(ok),
            "total_fen": sum(r["total_fen"] for r in ok),
            "rulebook": self.rulebook,
        }

    def rule_totals(self) -> list[dict[str, Any]]:
        return sorted(self.per_rule.values(), key=lambda r: (-r["amount_fen"], r["rule_id"]))


_COLUMNS = "id, filename, date, include_drafts, total, state, done, error, created, rows, per_rule, rulebook"


class JobStore:
    """Jobs in a SQLite file; a thread per running job writes its progress there."""

    def __init__(self, path: Path | str, max_rows: int, ttl_seconds: float = JOB_TTL_SECONDS, resume: bool = True):
        self.path, self.max_rows, self.ttl = str(path), max_rows, ttl_seconds
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._running = threading.BoundedSemaphore(MAX_RUNNING)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS batch_job (id TEXT PRIMARY KEY, filename TEXT NOT NULL,"
                           " date TEXT, include_drafts INTEGER NOT NULL, total INTEGER NOT NULL, state TEXT NOT NULL,"
                           " done INTEGER NOT NULL, error TEXT, created TEXT NOT NULL, created_ts REAL NOT NULL,"
                           " input TEXT NOT NULL, rows TEXT NOT NULL, per_rule TEXT NOT NULL)")
        if "rulebook" not in {r[1] for r in self._conn.execute("PRAGMA table_info(batch_job)")}:
            self._conn.execute("ALTER TABLE batch_job ADD COLUMN rulebook TEXT")  # stores made before it
        self._conn.commit()
        if resume:  # the server stopped while these ran: run them again from their stored rows
            for (job_id,) in self._sql("SELECT id FROM batch_job WHERE state IN ('queued', 'running')"):
                self._spawn(self._load(job_id), self._input(job_id))

    def _sql(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
            self._conn.commit()
        return rows

    def _expire(self) -> None:
        self._sql("DELETE FROM batch_job WHERE created_ts < ?", (time.time() - self.ttl,))

    def _load(self, job_id: str) -> Job | None:
        rows = self._sql(f"SELECT {_COLUMNS} FROM batch_job WHERE id = ?", (job_id,))
        if not rows:
            return None
        (jid, filename, date, drafts, total, state, done, error, created, rows_json, per_rule, rulebook) = rows[0]
        return Job(jid, filename, dt.date.fromisoformat(date) if date else None, bool(drafts), total, state, done,
                   error, json.loads(rows_json), json.loads(per_rule), json.loads(rulebook) if rulebook else None,
                   created=created)

    def _input(self, job_id: str) -> list:
        return json.loads(self._sql("SELECT input FROM batch_job WHERE id = ?", (job_id,))[0][0])

    def _save(self, job: Job, *, final: bool = False) -> None:
        sql = ("UPDATE batch_job SET state = ?, done = ?, error = ?, rows = ?, per_rule = ?, rulebook = ?"
               + (", input = '[]'" if final else "") + " WHERE id = ?")
        self._sql(sql, (job.state, job.done, job.error, json.dumps(job.rows, ensure_ascii=False),
                        json.dumps(job.per_rule, ensure_ascii=False),
                        json.dumps(job.rulebook, ensure_ascii=False) if job.rulebook else None, job.id))

    def get(self, job_id: str) -> Job:
        from zhengce.errors import NotFound

        self._expire()
        job = self._load(job_id)
        if job is None:
            raise NotFound(f"没有这个批量测算任务（任务保留 {self.ttl / 3600:g} 小时）")
        return job

    def start(self, filename: str, data: bytes, date: dt.date | None, include_drafts: bool) -> Job:
        self._expire()
        pending = self._sql("SELECT COUNT(*) FROM batch_job WHERE state IN ('queued', 'running')")[0][0]
        if pending >= MAX_PENDING:
            from zhengce.web.app import TooManyRequests

            raise TooManyRequests(f"正在排队的批量测算任务已有 {pending} 个，请稍后再上传", 30)
        reg = read_registry(filename, data, self.max_rows)
        job = Job(secrets.token_urlsafe(16), filename[:200], date, include_drafts, len(reg.rows) + len(reg.bad_rows))
        job.rows = [{"row": n, "id": "", "name": "", "region": "", "status": "error", "error": why,
                     "entitlements": 0, "total_fen": 0, "exact_fen": 0, "text": "", "rules": [], "unread": True}
                    for n, why in reg.bad_rows]
        job.done = len(job.rows)
        self._sql("INSERT INTO batch_job (id, filename, date, include_drafts, total, state, done, error, created,"
                  " created_ts, input, rows, per_rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                  (job.id, job.filename, date.isoformat() if date else None, int(include_drafts), job.total,
                   job.state, job.done, None, job.created, time.time(), json.dumps(reg.rows, ensure_ascii=False,
                                                                                    default=str),
                   json.dumps(job.rows, ensure_ascii=False), "{}"))
        self._spawn(job, reg.rows)
        return job

    def _spawn(self, job: Job, rows: list) -> None:
        threading.Thread(target=self._run, args=(job, rows), daemon=True, name=f"batch-{job.id[:6]}").start()

    def _run(self, job: Job, rows: list) -> None:
        with self._running:
            self._evaluate(job, rows)

    def _evaluate(self, job: Job, rows: list) -> None:
        from zhengce.rules import evaluate, load_rulebook
        from zhengce.rules.profile import parse_flat_row

        job.state = "running"
        job.rows = [r for r in job.rows if r.get("unread")]  # rows the reader refused; the rest are (re)evaluated
        job.done, job.per_rule = len(job.rows), {}
        try:
            book = load_rulebook()
            job.rulebook = book.provenance()
            when = job.date or dt.date.today()
            for n, (number, raw) in enumerate(rows):
                out = {"row": number, "id": _s(raw.get("id")), "name": _s(raw.get("name")),
                       "region": _s(raw.get("region"))}
                try:
                    errors = row_errors(raw)
                    if errors:
                        raise InputError("; ".join(errors))
                    profile = parse_flat_row(dict(raw))
                    result = evaluate(profile, when, rulebook=book, include_drafts=job.include_drafts)
                    ents = result.entitlements
                    out.update(status="ok", entitlements=len(ents), total_fen=result.total_fen,
                               exact_fen=result.exact_fen, text=result.total_text(),
                               rules=[{"rule_id": o.rule.id, "amount_fen": o.amount_fen} for o in ents])
                    for o in ents:
                        agg = job.per_rule.setdefault(o.rule.id, {
                            "rule_id": o.rule.id, "trigger": o.rule.trigger, "region": o.rule.document.region,
                            "year": o.rule.document.year, "article": o.rule.article, "count": 0, "amount_fen": 0})
                        agg["count"] += 1
                        agg["amount_fen"] += o.amount_fen
                except ZhengceError as exc:
                    out.update(status="error", error=str(exc), entitlements=0, total_fen=0, exact_fen=0, text="",
                               rules=[])
                job.rows.append(out)
                job.done += 1
                if n % 500 == 499:
                    self._save(job)
            job.rows.sort(key=lambda r: r["row"])
            job.state = "done"
        except Exception as exc:  # a bug or a broken rulebook: the job says so instead of hanging
            job.state = "failed"
            job.error = str(exc) if isinstance(exc, ZhengceError) else f"程序缺陷：{type(exc).__name__}: {exc}"
        self._save(job, final=True)


def _s(v: Any) -> str:
    return "" if v is None else str(v)


STATUS_ZH = {"ok": "成功", "error": "有问题"}
RESULT_COLUMNS = [
    Column("row", "行号", "int", "名册中的行号（表头为第 1 行）"),
    Column("id", "编号", note="名册的编号列"),
    Column("name", "名称", note="名册的名称列"),
    Column("region", "所在区县", note="名册的所在区县"),
    Column("status", "状态", note="成功：已测算；有问题：见“问题”列，未测算"),
    Column("entitlements", "可享受条款数", "int", "符合条件的政策条款数"),
    Column("total_yuan", "可享受金额合计", "yuan", "各条款金额之和，含“最高”额度"),
    Column("exact_yuan", "其中确定金额", "yuan", "不含“最高”额度的部分"),
    Column("text", "金额说明", note="合计金额的文字说明（万元、亿元等写法）"),
    Column("rules", "条款与金额", note="每条可享受的规则编号及金额"),
    Column("citations", "政策依据", note="每条可享受条款的出处：地区、年度、条款号、事项"),
    Column("error", "问题", note="未能测算的原因"),
]
RULE_COLUMNS = [
    Column("rule_id", "规则编号", note="规则集中的规则编号"),
    Column("trigger", "事项", note="条款奖励的事项"),
    Column("region", "地区", note="政策文件的地区"),
    Column("year", "年度", "int", "政策文件的年度"),
    Column("article", "条款", note="政策文件中的条款号"),
    Column("count", "企业数", "int", "可享受该条款的行数"),
    Column("amount_yuan", "金额合计", "yuan", "该条款金额之和，含“最高”额度"),
]


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def _citation(rule: dict[str, Any] | None, rule_id: str) -> str:
    if not rule:
        return rule_id
    return f"{rule['region'] or ''}{rule['year'] or ''}年政策 第{rule['article']}条 {rule['trigger'] or ''}".strip()


def _result_rows(job: Job) -> list[list[Any]]:
    return [[r["row"], r["id"], r["name"], r["region"], STATUS_ZH.get(r["status"], r["status"]), r["entitlements"],
             _yuan(r["total_fen"]), _yuan(r["exact_fen"]), r["text"],
             "；".join(f"{x['rule_id']}：{format_fen(x['amount_fen'])}" for x in r["rules"]),
             "\n".join(_citation(job.per_rule.get(x["rule_id"]), x["rule_id"]) for x in r["rules"]),
             r.get("error", "")]
            for r in job.rows]


def _rule_rows(job: Job) -> list[list[Any]]:
    return [[r["rule_id"], r["trigger"], r["region"], r["year"], f"第{r['article']}条", r["count"], _yuan(r["amount_fen"])]
            for r in job.rule_totals()]


def results_csv(job: Job) -> bytes:
    """UTF-8 with BOM (Excel opens it correctly), Chinese headings, money in 元 as exact decimals."""
    return csv_bytes(RESULT_COLUMNS, _result_rows(job))


def results_xlsx(job: Job) -> bytes:
    """测算结果 and 按规则汇总 (money as numbers in 元: SUM works), and a 说明 sheet."""
    book = job.rulebook or {}
    facts = [("文件", f"批量测算结果：{job.filename}"),
             ("测算日期", job.date.isoformat() if job.date else f"提交当日（{job.created[:10]}）"),
             ("导出时间", dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")),
             ("规则集指纹", book.get("fingerprint") or "—"),
             ("规则文件", "；".join(f["path"] for f in book.get("files") or []) or "—"),
             ("是否含征求意见稿", "是" if job.include_drafts else "否"),
             ("金额", "金额列为数值，单位元，保留两位小数，可直接求和；“金额说明”列为文字"),
             ("合计", f"成功 {sum(1 for r in job.rows if r['status'] == 'ok')} 行，金额合计 "
                      f"{format_fen(sum(r['total_fen'] for r in job.rows if r['status'] == 'ok'))}")]
    return workbook([("测算结果", RESULT_COLUMNS, _result_rows(job)),
                     ("按规则汇总", RULE_COLUMNS, _rule_rows(job))], facts)


TEMPLATE_COLUMNS = ["id", "name", "entity", "region", "industry", "above_scale", "rec.gaoxin", "rec.gaoxin.renewal",
                    "fin.revenue_yuan", "fin.rd_spend_yuan"]
TEMPLATE_ROWS = [
    ["Q001", "示例科技有限公司", "enterprise", "杭州市余杭区", "software_it", "是", "2025-03-01", "否",
     "5200万", "3100000.50"],
    ["Q002", "示例制造有限公司", "enterprise", "湖州市吴兴区", "manufacturing", "是", "", "", "1.2亿", ""],
]


def template_csv() -> bytes:
    """The registry template: Chinese headings, the field names on the second row (the reader skips it)."""
    from zhengce.registry_input import heading

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(safe_row(heading(c) for c in TEMPLATE_COLUMNS))
    w.writerow(safe_row(TEMPLATE_COLUMNS))
    w.writerows(safe_row(r) for r in TEMPLATE_ROWS)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def template_xlsx() -> bytes:
    """The registry template as a workbook: 名册 (Chinese headings, field names on row 2, two example
    rows), and 说明 (every column the reader accepts: heading, field name, how to write a value)."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from zhengce.registry_input import heading
    from zhengce.rules.profile import schema
    from zhengce.rules.registry_values import allowed_zh

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名册"
    ws.append([heading(c) for c in TEMPLATE_COLUMNS])
    ws.append(TEMPLATE_COLUMNS)
    for r in TEMPLATE_ROWS:
        ws.append(safe_row(r))
    for cell in ws[1]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F3")
    for cell in ws[2]:
        cell.font = Font(italic=True, color="808080")
    for i, c in enumerate(TEMPLATE_COLUMNS, start=1):
        width = max(display_width(str(ws.cell(r, i).value or "")) for r in range(1, ws.max_row + 1))
        ws.column_dimensions[get_column_letter(i)].width = min(width + 2, MAX_WIDTH)
    ws.freeze_panes = "A3"
    notes = wb.create_sheet("说明")
    notes.append(["第 1 行为中文列名，第 2 行为字段名（读取时自动跳过）；从第 3 行起每行一家企业，空白单元格表示未知。"])
    notes.append(["金额可写成 150万、1.5亿、150,000、1234.50，或直接填数值（单位元）；日期写成 2025-03-01；是/否 写“是”或“否”。"])
    notes.append([])
    notes.append(["列名", "字段", "填写方式"])
    for cell in notes[notes.max_row]:
        cell.font = Font(bold=True)
    sch = schema()
    names = [n for n in sch.facts if n not in ("id", "name")]
    for name in ["id", "name", "entity"] + names:
        spec = sch.facts.get(name)
        how = ("enterprise（企业）、person（个人）或 project（项目）" if name == "entity"
               else "文本" if spec is None or name in ("id", "name") else allowed_zh(spec))
        notes.append([heading(name), name, how])
    for col, width in (("A", 40), ("B", 44), ("C", 80)):
        notes.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
