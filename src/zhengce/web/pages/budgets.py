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


# Policy domains (章节) go by different names from place to place and year to year; each is grouped by
# the words that say what it funds. A title matching none stays a group of its own.
DOMAINS = [("科技创新", ("科技", "创新", "人才")), ("对外开放与内需", ("开放", "内需", "外贸")),
           ("服务业", ("服务业",)), ("先进制造业与产业", ("制造", "产业", "工业")),
           ("交通", ("交通", "枢纽", "港")), ("有效投资", ("投资",)), ("城乡融合与乡村振兴", ("城乡", "乡村", "农业")),
           ("民生保障", ("民生", "社会事业")), ("营商环境", ("营商",)), ("绿色低碳", ("绿色", "低碳", "生态环境"))]


def domain_of(title: str | None) -> str:
    """The domain a section title belongs to (first matching entry of DOMAINS), else the title."""
    text = title or "其他"
    for name, words in DOMAINS:
        if any(w in text for w in words):
            return name
    return text


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
                     "budget_yuan": s.get("budget_yuan"), "domain": domain_of(s.get("title"))}
                    for s in reading.get("sections") or []]
        section_sum = sum(int(s["budget_yuan"]) for s in sections if s["budget_yuan"] is not None)
        total = d["total_budget_yuan"]
        over = section_sum - int(total) if total is not None and section_sum > int(total) else None
        rows.append({"id": d["id"], "title": d["title"], "region": d["region"], "year": d["year"],
                     "status": d["status"], "doc_number": d.get("doc_number"), "total_budget_yuan": total,
                     "section_sum_yuan": section_sum or None, "over_total_yuan": over, "sections": sections})
    rows.sort(key=lambda r: (r["year"] or 0, r["region"] or ""))
    labels = [f"{r['region'] or '?'}{r['year'] or ''}{'（征求意见稿）' if r['status'] == 'draft' else ''}" for r in rows]
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
            if s["budget_yuan"] is not None and s["domain"] not in domains:
                domains.append(s["domain"])

    def domain_sum(r: dict[str, Any], name: str) -> int | None:
        vals = [int(s["budget_yuan"]) for s in r["sections"] if s["domain"] == name and s["budget_yuan"] is not None]
        return sum(vals) if vals else None

    grouped = [{"domain": t, "cells": [{"budget_yuan": domain_sum(r, t),
                                        "titles": [s["title"] for s in r["sections"] if s["domain"] == t]}
                                       for r in rows]} for t in domains]
    s_unit, s_values = chart_axis(*([_fen(c["budget_yuan"]) for c in g["cells"]] for g in grouped))
    sections_chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"type": "scroll", "top": 0},
        "grid": {"left": 60, "right": 20, "top": 60, "bottom": 60, "containLabel": True},
        "xAxis": {"type": "category", "data": labels, "axisLabel": {"interval": 0, "rotate": 20}},
        "yAxis": {"type": "value", "name": s_unit},
        "series": [{"name": g["domain"], "type": "bar", "stack": "total", "data": v}
                   for g, v in zip(grouped, s_values)],
    }
    return {"title": "资金预算", "year": year, "include_drafts": include_drafts, "documents": rows,
            "labels": labels, "domains": grouped,
            "charts": {"totals": totals_chart, "sections": sections_chart}}
