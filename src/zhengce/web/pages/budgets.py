"""预算: section budgets (财政预算安排) and totals by region and year, as charts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from zhengce.money import chart_axis
from zhengce.web.render import page
from zhengce.web.services import library

router = APIRouter()


def _fen(yuan) -> int | None:
    return None if yuan is None else int(yuan) * 100


@page(router, "/budgets", "budgets.html", tags=["预算"])
def budgets(request: Request, year: int | None = Query(None, ge=1949, le=2100),
            include_drafts: bool = Query(False, description="是否包含征求意见稿")) -> dict:
    """资金预算：各地各年度政策的资金总额与各领域（章节）预算安排，单位元（图表用万元）。"""
    lib = library(request).lib()
    rows: list[dict[str, Any]] = []
    for d in lib.documents(year=year, kind="policy"):
        if d["status"] == "draft" and not include_drafts:
            continue
        reading = lib.get(d["id"])["document"]
        sections = [{"id": s["id"], "label": s.get("label"), "title": s.get("title"), "lead": s.get("lead") or [],
                     "budget_yuan": s.get("budget_yuan")} for s in reading.get("sections") or []]
        section_sum = sum(int(s["budget_yuan"]) for s in sections if s["budget_yuan"] is not None)
        rows.append({"id": d["id"], "title": d["title"], "region": d["region"], "year": d["year"],
                     "status": d["status"], "total_budget_yuan": d["total_budget_yuan"],
                     "section_sum_yuan": section_sum or None, "sections": sections})
    rows.sort(key=lambda r: (r["year"] or 0, r["region"] or ""))
    labels = [f"{r['region'] or '?'}{r['year'] or ''}{'（草案）' if r['status'] == 'draft' else ''}" for r in rows]
    unit, (totals, sums) = chart_axis([_fen(r["total_budget_yuan"]) for r in rows],
                                      [_fen(r["section_sum_yuan"]) for r in rows])
    totals_chart = {
        "tooltip": {"trigger": "axis"},
        "legend": {"data": ["资金总额", "各领域预算合计"]},
        "grid": {"left": 60, "right": 20, "bottom": 60, "containLabel": True},
        "xAxis": {"type": "category", "data": labels, "axisLabel": {"interval": 0, "rotate": 20}},
        "yAxis": {"type": "value", "name": unit},
        "series": [
            {"name": "资金总额", "type": "bar", "data": totals,
             "itemStyle": {"color": "#c8161d"}},
            {"name": "各领域预算合计", "type": "bar", "data": sums,
             "itemStyle": {"color": "#0b4f9c"}},
        ],
    }
    domains: list[str] = []
    for r in rows:
        for s in r["sections"]:
            if s["budget_yuan"] is not None and s["title"] and s["title"] not in domains:
                domains.append(s["title"])
    s_unit, s_values = chart_axis(*([next((_fen(s["budget_yuan"]) for s in r["sections"] if s["title"] == t), None)
                                     for r in rows] for t in domains))
    sections_chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"type": "scroll", "top": 0},
        "grid": {"left": 60, "right": 20, "top": 60, "bottom": 60, "containLabel": True},
        "xAxis": {"type": "category", "data": labels, "axisLabel": {"interval": 0, "rotate": 20}},
        "yAxis": {"type": "value", "name": s_unit},
        "series": [{"name": t, "type": "bar", "stack": "total", "data": v} for t, v in zip(domains, s_values)],
    }
    return {"title": "资金预算", "year": year, "include_drafts": include_drafts, "documents": rows,
            "charts": {"totals": totals_chart, "sections": sections_chart}}
