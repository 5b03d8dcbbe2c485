"""批量测算: upload a registry (CSV/Excel) → progress → results to download (CSV/Excel) and per-rule
totals with a chart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, FastAPI, File, Form, Path, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from zhengce.errors import InputError
from zhengce.money import chart_axis
from zhengce.web import models
from zhengce.web.batch_jobs import JobStore, results_csv, results_xlsx, template_csv, template_xlsx
from zhengce.web.errors import ERROR_RESPONSES
from zhengce.web.render import JSONUTF8Response, page, render_html

router = APIRouter()
JOB_ID = Path(..., min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")


def setup(app: FastAPI) -> None:
    s = app.state.settings
    path = s.extra.get("batch_jobs_path") or s.db_path.with_name(s.db_path.stem + "-batch-jobs.sqlite")
    app.state.batch_jobs = JobStore(path, s.max_batch_rows)


def jobs(request: Request) -> JobStore:
    return request.app.state.batch_jobs


def job_view(job) -> dict[str, Any]:
    totals = job.rule_totals()
    chart = None
    if totals:
        top = totals[:15]
        unit, (values,) = chart_axis([r["amount_fen"] for r in top])
        chart = {
            "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
            "grid": {"left": 20, "right": 70, "top": 20, "bottom": 20, "containLabel": True},
            "xAxis": {"type": "value", "name": unit},
            "yAxis": {"type": "category", "inverse": True, "data": [f"{r['region']}{r['year']} 第{r['article']}条" for r in top]},
            "series": [{"type": "bar", "name": "金额合计", "itemStyle": {"color": "#0b4f9c"},
                        "label": {"show": True, "position": "right"}, "data": values}],
        }
    return {"title": f"批量测算：{job.filename}", "job": job.summary(), "rule_totals": totals,
            "rows": job.rows[:200] if job.state == "done" else [], "chart": chart,
            "downloads": {"csv": f"/batch/{job.id}/results.csv", "xlsx": f"/batch/{job.id}/results.xlsx"}}


@page(router, "/batch", "batch.html", tags=["批量测算"])
def batch_home(request: Request) -> dict:
    """批量测算：上传页说明（字段、大小与行数上限）。"""
    s = request.app.state.settings
    return {"title": "批量测算", "max_mb": s.max_upload_bytes // (1024 * 1024), "max_rows": s.max_batch_rows,
            "error": None}


def _start(request: Request, registry: UploadFile, date: str | None, include_drafts: bool):
    when = None
    if date:
        try:
            when = dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f"测算日期 {date!r} 不是 YYYY-MM-DD 格式") from None
    data = registry.file.read(request.app.state.settings.max_upload_bytes + 1)
    if len(data) > request.app.state.settings.max_upload_bytes:
        raise InputError("上传文件过大")
    return jobs(request).start(registry.filename or "registry", data, when, include_drafts)


@router.post("/batch", include_in_schema=False)
def batch_upload(request: Request, registry: UploadFile = File(...), date: str | None = Form(None, max_length=10),
                 include_drafts: bool = Form(False)):
    try:
        job = _start(request, registry, date, include_drafts)
    except InputError as exc:
        data = batch_home(request)
        data["error"] = str(exc)
        return render_html(request, "batch.html", data, status_code=400)
    return RedirectResponse(f"/batch/{job.id}", status_code=303)


@router.post("/api/batch", tags=["批量测算"], summary="上传名册（CSV 或 .xlsx），开始批量测算", response_model=models.BatchJob, responses=ERROR_RESPONSES)
def api_batch_upload(request: Request, registry: UploadFile = File(..., description="名册：.csv（UTF-8）或 .xlsx"),
                     date: str | None = Form(None, max_length=10), include_drafts: bool = Form(False)):
    job = _start(request, registry, date, include_drafts)
    return JSONUTF8Response(job_view(job), status_code=202)


@page(router, "/batch/{job_id}", "batch_job.html", tags=["批量测算"])
def batch_job(request: Request, job_id: str = JOB_ID) -> dict:
    """批量测算任务：进度、每行结果（前 200 行）、按规则汇总和下载链接。"""
    return job_view(jobs(request).get(job_id))


def _download(request: Request, job_id: str, kind: str) -> Response:
    job = jobs(request).get(job_id)
    if job.state != "done":
        raise InputError("任务尚未完成")
    if kind == "csv":
        return Response(results_csv(job), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="zhengce-batch-{job.id[:8]}.csv"'})
    return Response(results_xlsx(job),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="zhengce-batch-{job.id[:8]}.xlsx"'})


@router.get("/batch/{job_id}/results.csv", include_in_schema=False)
def download_csv(request: Request, job_id: str = JOB_ID):
    return _download(request, job_id, "csv")


@router.get("/batch/{job_id}/results.xlsx", include_in_schema=False)
def download_xlsx(request: Request, job_id: str = JOB_ID):
    return _download(request, job_id, "xlsx")


@router.get("/batch-template.csv", include_in_schema=False)
def template():
    return Response(template_csv(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="zhengce-registry-template.csv"'})


@router.get("/batch-template.xlsx", include_in_schema=False)
def template_workbook():
    return Response(template_xlsx(), media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": 'attachment; filename="zhengce-registry-template.xlsx"'})
