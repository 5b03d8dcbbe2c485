"""政策模拟: edit a place's rule parameters, run baseline and reform over a registry (a generated sample
or an upload), see cost and distribution charts, the budget comparison and downloads.

The reform lives in the query string (p.<rule>.<field>, t.<rule>.<fact>.<op>, rm.<rule>), so a run
is shareable by URL and its JSON twin (/api/simulate) takes the same parameters.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from zhengce.errors import InputError, ZhengceError
from zhengce.money import chart_axis
from zhengce.web import models
from zhengce.web.errors import ERROR_RESPONSES
from zhengce.web.render import JSONUTF8Response, page, render_html

router = APIRouter()


def _params(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items() if k.startswith(("p.", "t.", "rm."))}


def _document(key: str | None):
    from zhengce.rules import load_rulebook
    from zhengce.rules.reform.params import documents
    book = load_rulebook()
    docs = documents(book)
    if key is None:
        return book, docs, docs[0]
    for d in docs:
        if d.key == key:
            return book, docs, d
    raise InputError(f"文件 {key} 没有规则; 可选: {', '.join(d.key for d in docs)}")


def _date(text: str | None, doc) -> dt.date:
    if not text:
        return min(max(dt.date.today(), doc.start), doc.end)  # a day the document is in force
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"测算日期 {text!r} 不是 YYYY-MM-DD 格式") from None


def _charts(s: dict) -> dict[str, Any]:
    rules = [r for r in s["by_rule"] if r["baseline_fen"] or r["reform_fen"]]
    bar = {"tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}}, "legend": {"data": ["基线", "改革"]},
           "grid": {"left": 20, "right": 30, "top": 30, "bottom": 20, "containLabel": True}}

    def pair(labels, base, reform, horizontal=False):
        unit, (base, reform) = chart_axis(base, reform)
        cat = {"type": "category", "data": labels, "inverse": horizontal}
        val = {"type": "value", "name": unit}
        return {**bar, "xAxis": val if horizontal else cat, "yAxis": cat if horizontal else val,
                "series": [{"name": "基线", "type": "bar", "data": base, "itemStyle": {"color": "#0b4f9c"}},
                           {"name": "改革", "type": "bar", "data": reform, "itemStyle": {"color": "#c8161d"}}]}

    charts = {"rules": pair([r["rule_id"] for r in rules], [r["baseline_fen"] for r in rules],
                            [r["reform_fen"] for r in rules], horizontal=True)}
    for key in ("by_size", "by_industry"):
        rows = [g for g in s[key] if g["baseline_fen"] or g["reform_fen"]]
        charts[key] = pair([g["group"] for g in rows], [g["baseline_fen"] for g in rows], [g["reform_fen"] for g in rows])
    m = s["movers"]
    charts["movers"] = {"tooltip": {"trigger": "item"}, "series": [{"type": "pie", "radius": ["40%", "70%"], "data": [
        {"name": "受益", "value": m["gain"]["count"], "itemStyle": {"color": "#2e7d32"}},
        {"name": "受损", "value": m["lose"]["count"], "itemStyle": {"color": "#c8161d"}},
        {"name": "不变", "value": m["unchanged"]["count"], "itemStyle": {"color": "#9e9e9e"}}]}]}
    secs = [x for doc in s["budgets"] for x in doc["sections"] if x["budget_fen"] is not None]
    names = (("预算安排", "budget_fen"), ("基线测算", "baseline_fen"), ("改革测算", "reform_fen"))
    unit, values = chart_axis(*([x[k] or None for x in secs] for _, k in names))  # log axis: no zeros
    charts["budgets"] = {**bar, "legend": {"data": ["预算安排", "基线测算", "改革测算"]},
                         "xAxis": {"type": "category", "data": [x["name"] for x in secs], "axisLabel": {"interval": 0, "rotate": 20}},
                         "yAxis": {"type": "log", "name": unit},
                         "series": [{"name": n, "type": "bar", "data": v} for (n, _), v in zip(names, values)]}
    return charts


def _run(registry: Path, applied, date: dt.date, out: Path | None = None):
    from zhengce.rules.reform import simulate_registry
    try:
        return simulate_registry(registry, applied, date, out)
    except ZhengceError:
        raise
    except Exception as exc:  # the registry reader's own errors: one line
        if type(exc).__module__.lstrip("_").split(".")[0] not in ("duckdb", "pyarrow", "openpyxl", "zipfile"):
            raise
        from zhengce.cli.batch_input import reader_error
        raise reader_error(exc, "上传的名册") from None


def _prepare(doc_key, date, params):
    from zhengce.rules.reform import apply_reform, parse_reform
    from zhengce.rules.reform.params import editable, reform_data
    book, docs, doc = _document(doc_key)
    data = reform_data(book, doc, params)
    applied = apply_reform(parse_reform(data))
    return book, docs, doc, data, applied, _date(date, doc), editable(book, doc)


def _view(request, doc_key, n, seed, date, run, params, upload=None) -> dict:
    book, docs, doc, data, applied, when, rules = _prepare(doc_key, date, params)
    for r in rules:  # the form shows what was submitted
        for f in r["fields"] + r["thresholds"]:
            f["submitted"] = params.get(f["name"], f["value"])
        r["removed"] = params.get(r["remove"], "") in ("1", "true", "on", "yes")
    query = urlencode({"doc": doc.key, "n": n, "seed": seed, **({"date": date} if date else {}), **params})
    out = {"title": "政策模拟", "documents": [{"key": d.key, "label": f"{d.region}{d.year} {d.title}"} for d in docs],
           "doc": doc.key, "n": n, "seed": seed, "date": when.isoformat(), "rules": rules, "params": params,
           "reform": data, "reform_yaml": yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
           "changes": applied.diff, "summary": None, "charts": None, "upload": upload[0] if upload else None,
           "share_url": f"/simulate?{query}&run=1",
           "downloads": {"reform_yaml": f"/simulate/reform.yaml?{query}", "results_xlsx": f"/simulate/results.xlsx?{query}"}}
    if not run and upload is None:
        return out
    with tempfile.TemporaryDirectory(prefix="zhengce-sim-") as tmp:
        numbers = None
        if upload is None:
            from zhengce.rules.sample import write_sample
            registry = write_sample(Path(tmp) / "sample.parquet", n, doc.region, seed, doc.year)
        else:
            registry, numbers, set_aside = _uploaded(request, upload, Path(tmp))
        sim, summary = _run(registry, applied, when)
        if numbers is not None:  # errors by spreadsheet row, those the reader set aside included
            from zhengce.rules.registry import HEADER_ROWS
            # the reader numbers rows as its file shows them (header = row 1): data row k is row k + 1
            errors = set_aside + [(numbers[r - HEADER_ROWS - 1], e) for r, e in sim.errors]
            summary["errors"] = [{"row": r, "error": e} for r, e in sorted(errors)]
            summary["rows"], summary["bad_rows"] = summary["rows"] + len(set_aside), len(errors)
    summary["errors"] = summary["errors"][:50]
    out.update({"summary": summary, "charts": _charts(summary)})
    return out


def _uploaded(request: Request, upload: tuple[str, bytes], tmp: Path):
    """The upload read by the web batch reader (encodings, size, rows, cells, xlsx checked there), the good
    rows written to a clean CSV for the simulation; returns (path, spreadsheet row per CSV row, bad rows)."""
    import csv

    from zhengce.web.batch_jobs import read_registry
    name, data = upload
    reg = read_registry(name or "registry", data, request.app.state.settings.max_batch_rows)
    path = tmp / "registry.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(reg.header)
        for _, row in reg.rows:
            w.writerow(["" if row.get(h) is None else str(row.get(h)) for h in reg.header])
    return path, [n for n, _ in reg.rows], reg.bad_rows


@page(router, "/simulate", "simulate.html", tags=["政策模拟"])
def simulate_page(request: Request, doc: str | None = Query(None, max_length=80, description="规则文件的文件键"),
                  n: int = Query(2000, ge=10, le=20000, description="生成的样本名册企业数"),
                  seed: int = Query(7, ge=0, le=2**31 - 1), date: str | None = Query(None, max_length=10),
                  run: bool = Query(False, description="是否运行模拟")) -> dict:
    """政策模拟：修改一地规则的金额、比例、上限、门槛, 在样本名册上比较基线与改革的成本、受益受损与预算覆盖。

    改革参数放在查询串中: p.<规则编号>.<字段>=新值(amount_yuan、rate、cap_yuan、award_yuan、unit_yuan),
    t.<规则编号>.<事实>.<gte|gt|lte|lt>=新门槛(元), rm.<规则编号>=1 删除规则; 与规则文件相同的值不算修改。
    金额以分(整数)返回, 图表用万元。
    """
    return _view(request, doc, n, seed, date, run, _params(request))


async def _upload_view(request: Request, registry: UploadFile):
    form = await request.form()
    params = {k: str(v) for k, v in form.items() if k.startswith(("p.", "t.", "rm."))}
    limit = request.app.state.settings.max_upload_bytes
    data = await registry.read(limit + 1)
    if len(data) > limit:
        raise InputError("上传文件过大")
    doc, date = form.get("doc") or None, form.get("date") or None
    if not isinstance(doc, (str, type(None))) or not isinstance(date, (str, type(None))) or len(doc or "") > 80 \
            or len(date or "") > 10:
        raise InputError("doc 或 date 字段无效")
    return _view(request, doc, 2000, 7, date, True, params, upload=(registry.filename or "", data))


@router.post("/simulate", include_in_schema=False)
async def simulate_upload(request: Request, registry: UploadFile = File(...)):
    return render_html(request, "simulate.html", await _upload_view(request, registry))


@router.post("/api/simulate", tags=["政策模拟"], summary="上传名册（CSV 或 .xlsx）运行政策模拟", response_model=models.SimulateResult, responses=ERROR_RESPONSES)
async def api_simulate_upload(request: Request, registry: UploadFile = File(..., description="名册：.csv 或 .xlsx"),
                              doc: str | None = Form(None, max_length=80), date: str | None = Form(None, max_length=10)):
    """表单字段同 /api/simulate 的查询参数 (p.…, t.…, rm.…)。"""
    return JSONUTF8Response(await _upload_view(request, registry))


@router.get("/simulate/reform.yaml", include_in_schema=False)
def download_reform(request: Request, doc: str | None = Query(None, max_length=80), date: str | None = Query(None, max_length=10)):
    _, _, d, data, _, _, _ = _prepare(doc, date, _params(request))
    return Response(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), media_type="application/yaml; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="reform.yaml"'})


@router.get("/simulate/results.xlsx", include_in_schema=False)
def download_results(request: Request, doc: str | None = Query(None, max_length=80), n: int = Query(2000, ge=10, le=20000),
                     seed: int = Query(7, ge=0, le=2**31 - 1), date: str | None = Query(None, max_length=10)):
    from zhengce.rules.sample import write_sample
    _, _, d, _, applied, when, _ = _prepare(doc, date, _params(request))
    with tempfile.TemporaryDirectory(prefix="zhengce-sim-") as tmp:
        registry = write_sample(Path(tmp) / "sample.parquet", n, d.region, seed, d.year)
        _run(registry, applied, when, Path(tmp) / "results.xlsx")
        body = (Path(tmp) / "results.xlsx").read_bytes()
    return Response(body, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": 'attachment; filename="zhengce-simulate.xlsx"'})
