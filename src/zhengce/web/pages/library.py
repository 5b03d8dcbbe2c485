"""政策库 (documents by region/year/level/kind/status) and 全文检索 (highlighted snippets, filters
including incentives by amount and beneficiary)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from fastapi import APIRouter, Query, Request

from zhengce.errors import InputError
from zhengce.web.explain import explained, marked
from zhengce.web.render import page
from zhengce.web.services import library

router = APIRouter()

Level = Literal["province", "city", "district", "county", "national"]
Kind = Literal["policy", "rules", "notice"]
Status = Literal["final", "draft"]
PAGE_SIZE = 20


def _facet(docs: list[dict], key: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for d in docs:
        v = d.get(key)
        if v is not None:
            counts[str(v)] = counts.get(str(v), 0) + 1
    return sorted(counts.items(), key=lambda kv: (-int(kv[0]) if kv[0].isdigit() else 0, kv[0]))


@page(router, "/docs", "docs.html", tags=["政策库"])
def docs(request: Request, region: str | None = Query(None, max_length=50, description="地区（包含匹配）"),
         year: int | None = Query(None, ge=1949, le=2100), level: Level | None = None, kind: Kind | None = None,
         status: Status | None = None) -> dict:
    """政策库：按地区、年份、层级、类型、状态筛选文件（每个文件给出最新版本）。"""
    lib = library(request).lib()
    everything = lib.documents()
    chosen = lib.documents(region=region or None, year=year, level=level, kind=kind, status=status)
    return {
        "title": "政策库",
        "filters": {"region": region, "year": year, "level": level, "kind": kind, "status": status},
        "documents": chosen,
        "facets": {"region": _facet(everything, "region"), "year": _facet(everything, "year"),
                   "level": _facet(everything, "level"), "kind": _facet(everything, "kind"),
                   "status": _facet(everything, "status")},
        "total": len(everything),
    }


@page(router, "/search", "search.html", tags=["政策库"])
def search(request: Request, q: str = Query("", max_length=200, description="关键词（繁简、标点不敏感）"),
           region: str | None = Query(None, max_length=50), year: int | None = Query(None, ge=1949, le=2100),
           level: Level | None = None, kind: Kind | None = None, status: Status | None = None,
           min_wan: Decimal | None = Query(None, ge=0, le=10**8, max_digits=14, decimal_places=4,
                                           description="奖励补助金额（或上限）不低于，单位万元"),
           beneficiary: str | None = Query(None, max_length=50, description="奖励对象或条件关键词，如 高新技术企业"),
           dept: str | None = Query(None, max_length=50, description="牵头或责任单位关键词"),
           section: str | None = Query(None, max_length=50, description="政策领域（章节标题）关键词"),
           page_no: int = Query(1, alias="page", ge=1, le=1000)) -> dict:
    """全文检索：命中条款及高亮摘要，可按地区、年份、层级、类型、状态、金额、对象、单位筛选。"""
    from zhengce.library.search import Filters, search as run_search

    filters = Filters(region=region or None, year=year, level=level, kind=kind, status=status,
                      section=section or None, dept=dept or None,
                      min_amount=(min_wan * 10000) if min_wan is not None else None,
                      beneficiary=beneficiary or None)
    searched = bool(q.strip()) or any(v not in (None, "") for v in
                                      (region, year, level, kind, status, min_wan, beneficiary, dept, section))
    hits: list = []
    error = None
    if searched:
        try:
            hits = run_search(library(request).lib(), q, filters, limit=PAGE_SIZE + 1,
                              offset=(page_no - 1) * PAGE_SIZE)
        except InputError as exc:
            error = str(exc)
    more = len(hits) > PAGE_SIZE
    results = []
    for h in hits[:PAGE_SIZE]:
        item = h.to_json()
        item["marked"] = marked(h.snippet, h.highlights)
        item["explained"] = [explained(p) for p in item.get("provisions") or []]
        results.append(item)
    topic_url = None
    if q.strip():  # the same question across places, for the same year and place filters
        from zhengce.web.filters import link

        topic_url = link(request, "page_topic", topic=q, year=year, region=region,
                         include_drafts="true" if status == "draft" else None)
    return {
        "title": f"检索：{q}" if q else "全文检索",
        "topic_url": topic_url,
        "q": q,
        "filters": {"region": region, "year": year, "level": level, "kind": kind, "status": status,
                    "min_wan": min_wan, "beneficiary": beneficiary, "dept": dept, "section": section},
        "page": page_no, "more": more, "results": results, "searched": searched, "error": error,
    }
