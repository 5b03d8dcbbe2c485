"""文件: a document's structured text — sections, articles, responsible units — with its
provisions highlighted and explained, its warnings, and its versions (draft ↔ final, year ↔ year)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse

from zhengce.citations import cite_text
from zhengce.reading.model import warning_meaning
from zhengce.web.explain import explained, segments
from zhengce.web.filters import anchor
from zhengce.web.render import page
from zhengce.web.services import library

router = APIRouter()

DOC_ID = Path(..., max_length=300, description="引用编号，如 004_c74db4dc4724db3b/d2，可加 @版本号或条款路径")


def _article_view(a: dict[str, Any], provs: list[dict[str, Any]]) -> dict[str, Any]:
    segs, loose = segments(a.get("text") or "", provs)
    return {**a, "anchor": anchor(a["id"]), "segments": segs, "other_provisions": loose,
            "provision_count": len(provs)}


@page(router, "/docs/{doc_id:path}", "document.html", tags=["政策库"])
def document(request: Request, doc_id: str = DOC_ID) -> Any:
    """文件：章节、条款、责任单位；条款中的金额等数字条款高亮并解释；解读提示；版本与系列（征求意见稿↔正式稿、逐年）。"""
    access = library(request)
    lib = access.lib()
    row, rest = lib.resolve(doc_id)
    if not rest:  # a document version never changes: build its page once per library generation
        key = ("document", row["pk"], row["content_hash"], access.generation())
        return access.cached(key, lambda: _document_data(access, doc_id))
    got = lib.get(doc_id)
    if got["type"] != "document":  # a section or article id: show it in its document
        doc = got["document"]
        target = (got.get("article") or got.get("section") or {}).get("id", "")
        if request.url.path.startswith("/api"):
            if isinstance(doc.get("warnings"), list):
                doc["warnings"] = [{**w, "meaning": warning_meaning(w.get("code"))} for w in doc["warnings"]]
            return got_json(got)
        return RedirectResponse(f"/docs/{quote(doc['id'], safe='/@')}#{anchor(target)}", status_code=303)
    return _document_data(access, doc_id)


def _document_data(access, doc_id: str) -> dict[str, Any]:
    got = access.lib().get(doc_id)
    reading = got["document"]
    placed, loose = access.provisions_by_article(doc_id)
    sections = []
    for s in reading.get("sections") or []:
        sections.append({**{k: v for k, v in s.items() if k != "articles"}, "anchor": anchor(s["id"]),
                         "articles": [_article_view(a, placed.get(a["id"], [])) for a in s.get("articles") or []]})
    points = [_article_view({**p, "kind": "point", "id": p.get("id") or f"{reading['id']}/p{i}"},
                            placed.get(p.get("id") or f"{reading['id']}/p{i}", []))
              for i, p in enumerate(reading.get("points") or [], 1)]
    cite_id = reading["id"] if reading.get("latest", True) else f"{reading['id']}@{reading.get('version')}"
    others = [m for m in reading.get("series_members") or [] if m["id"] != reading["id"]]
    n_incentives = sum(1 for ps in placed.values() for p in ps if p.get("kind") == "incentive") + \
        sum(1 for p in loose if p.get("kind") == "incentive")
    meta = {k: reading.get(k) for k in ("id", "source", "title", "issuer", "region", "level", "year", "doc_number",
                                         "issued", "status", "kind", "comment_period", "total_budget_yuan",
                                         "effective", "stacking", "contact", "cites", "series", "version",
                                         "latest", "content_hash")}
    return {
        "title": reading.get("title") or reading["id"],
        "document": meta,
        "cite_id": cite_id,
        "doc_cite": cite_text(reading.get("region"), reading.get("year"), reading.get("title"), reading.get("doc_number")),
        "warnings": [{**w, "meaning": warning_meaning(w.get("code"))} for w in reading.get("warnings") or []],
        "deadlines": reading.get("deadlines") or [],
        "sections": sections,
        "points": points,
        "unplaced_provisions": [explained(p) for p in loose],
        "incentive_count": n_incentives,
        "versions": reading.get("versions") or [],
        "series_members": others,
    }


def got_json(got: dict[str, Any]):
    from zhengce.web.render import JSONUTF8Response

    return JSONUTF8Response(got)
