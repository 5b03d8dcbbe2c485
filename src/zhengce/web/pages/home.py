"""首页: what the library holds and where to start."""

from __future__ import annotations

from fastapi import APIRouter, Request

from zhengce.web.render import page
from zhengce.web.services import library

router = APIRouter()

# Starting points shown on the home page (queries, not data: any corpus answers them).
TOPICS = ["高新技术企业", "专精特新", "人才", "研发投入", "首台套", "上市", "数字经济", "外贸"]


@page(router, "/", "home.html", tags=["首页"])
def home(request: Request) -> dict:
    """首页：政策库概况（文件数、条款数、金额条款数）和按地区、年份的文件清单。"""
    lib = library(request).lib()
    docs = lib.documents()
    by_region: dict[str, int] = {}
    for d in docs:
        by_region[d["region"] or "未识别"] = by_region.get(d["region"] or "未识别", 0) + 1
    years = sorted({d["year"] for d in docs if d["year"]}, reverse=True)
    return {"title": "首页", "counts": lib.counts(), "regions": by_region, "years": years,
            "latest": sorted(docs, key=lambda d: (d["year"] or 0, d["issued"] or ""), reverse=True)[:8],
            "topics": TOPICS}
