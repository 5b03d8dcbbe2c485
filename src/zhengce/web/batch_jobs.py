"""批量测算 jobs: a registry (CSV or Excel, one profile per row, columns named by the profile
schema's flat fact names) evaluated row by row in a background thread. Bad rows are reported and
skipped; money is summed in integer fen. Jobs live in memory (the last MAX_JOBS), addressed by an
unguessable id.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zhengce.errors import InputError, ZhengceError

MAX_JOBS = 20
ALLOWED = {".csv": "csv", ".xlsx": "xlsx"}


def read_registry(name: str, data: bytes, max_rows: int) -> list[dict[str, Any]]:
    """Rows of a CSV (UTF-8 or GB18030) or .xlsx registry as {column: value}; type checked by content."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = ALLOWED.get(suffix)
    if kind is None:
        raise InputError(f"不支持的文件类型 {suffix or '(无扩展名)'}：请上传 .csv 或 .xlsx 文件")
    if kind == "xlsx":
        if not data.startswith(b"PK"):
            raise InputError("文件扩展名为 .xlsx，但内容不是 Excel 工作簿")
        rows = _xlsx_rows(data)
    else:
        if data[:4] == b"PK\x03\x04" or b"\x00" in data[:1024]:
            raise InputError("文件扩展名为 .csv，但内容不是文本")
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes nearly anything
            raise InputError("无法识别 CSV 文件的编码（请使用 UTF-8）")
        rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if any(str(c).strip() for c in r if c is not None)]
    if not rows:
        raise InputError("名册为空")
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    if "region" not in header:
        raise InputError("名册缺少 region 列（所在区县）；列名使用画像字段名，可下载模板参考")
    body = rows[1:]
    if len(body) > max_rows:
        raise InputError(f"名册有 {len(body)} 行，超过上限 {max_rows} 行")
    return [{h: (row[i] if i < len(row) else None) for i, h in enumerate(header) if h} for row in body]


def _xlsx_rows(data: bytes) -> list[list[Any]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"无法读取 Excel 文件：{exc}") from None
    ws = wb.worksheets[0]
    out = []
    for row in ws.iter_rows(values_only=True):
        out.append([_cell(v) for v in row])
    wb.close()
    return out


def _cell(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


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


class JobStore:
    def __init__(self, max_rows: int):
        self.max_rows = max_rows
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, job_id: str) -> Job:
        from zhengce.errors import NotFound

        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise NotFound("没有这个批量测算任务（任务只在服务运行期间保留）")
        return job

    def start(self, filename: str, data: bytes, date: dt.date | None, include_drafts: bool) -> Job:
        rows = read_registry(filename, data, self.max_rows)
        job = Job(secrets.token_urlsafe(16), filename, date, include_drafts, len(rows))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                self._jobs.popitem(last=False)
        threading.Thread(target=self._run, args=(job, rows), daemon=True, name=f"batch-{job.id[:6]}").start()
        return job

    def _run(self, job: Job, rows: list[dict[str, Any]]) -> None:
        from zhengce.rules import evaluate, load_rulebook
        from zhengce.rules.profile import parse_flat_row

        job.state = "running"
        try:
            book = load_rulebook()
            job.rulebook = book.provenance()
            when = job.date or dt.date.today()
            for i, raw in enumerate(rows, start=2):  # row 1 is the header
                out = {"row": i, "id": _s(raw.get("id")), "name": _s(raw.get("name")), "region": _s(raw.get("region"))}
                try:
                    profile = parse_flat_row({k: v for k, v in raw.items()})
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
            job.state = "done"
        except Exception as exc:  # a bug or a broken rulebook: the job says so instead of hanging
            job.state, job.error = "failed", f"{type(exc).__name__}: {exc}"


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def _yuan_text(fen: int) -> str:
    return format(Decimal(fen) / 100, "f")


RESULT_COLUMNS = ["row", "id", "name", "region", "status", "entitlements", "total_yuan", "exact_yuan", "text",
                  "rules", "error"]
RULE_COLUMNS = ["rule_id", "trigger", "region", "year", "article", "count", "amount_yuan"]


def _result_rows(job: Job) -> list[list[Any]]:
    return [[r["row"], r["id"], r["name"], r["region"], r["status"], r["entitlements"], _yuan_text(r["total_fen"]),
             _yuan_text(r["exact_fen"]), r["text"], "; ".join(f"{x['rule_id']}={_yuan_text(x['amount_fen'])}"
                                                               for x in r["rules"]), r.get("error", "")]
            for r in job.rows]


def _rule_rows(job: Job) -> list[list[Any]]:
    return [[r["rule_id"], r["trigger"], r["region"], r["year"], r["article"], r["count"], _yuan_text(r["amount_fen"])]
            for r in job.rule_totals()]


def results_csv(job: Job) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(RESULT_COLUMNS)
    w.writerows(_result_rows(job))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 CSV correctly


def results_xlsx(job: Job) -> bytes:
    """Two sheets: one row per registry row, and totals per rule. Money as exact decimal text."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "测算结果"
    ws.append(RESULT_COLUMNS)
    for row in _result_rows(job):
        ws.append([str(c) if isinstance(c, str) else c for c in row])
    ws2 = wb.create_sheet("按规则汇总")
    ws2.append(RULE_COLUMNS)
    for row in _rule_rows(job):
        ws2.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


TEMPLATE_COLUMNS = ["id", "name", "entity", "region", "industry", "above_scale", "rec.gaoxin", "rec.gaoxin.renewal",
                    "fin.revenue_yuan", "fin.rd_spend_yuan"]


def template_csv() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(TEMPLATE_COLUMNS)
    w.writerow(["Q001", "示例科技有限公司", "enterprise", "杭州市余杭区", "software_it", "true", "2025-03-01", "false",
                "52000000", "3100000.50"])
    w.writerow(["Q002", "示例制造有限公司", "enterprise", "湖州市吴兴区", "manufacturing", "true", "", "", "120000000", ""])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
