"""测算: a form generated from the profile schema; the result lists entitlements with amounts,
reasons and links to the cited articles, then near misses. The profile lives in the URL (flat fact
names as query parameters), so a result is shareable as it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Body, Query, Request

from zhengce.errors import InputError
from zhengce.web.filters import anchor
from zhengce.web.profile_form import build_form, facts_from_query
from zhengce.web import models
from zhengce.web.errors import ERROR_RESPONSES
from zhengce.web.render import JSONUTF8Response, page
from zhengce.web.services import library

router = APIRouter()

DATE = Query(None, description="测算日期 YYYY-MM-DD；缺省为今天，今天无生效政策时取最近一期政策的有效期末日")


def default_date(region: str | None = None, today: dt.date | None = None) -> tuple[dt.date, str | None]:
    """Today, unless no final policy covering `region` is in force today: then the last day of the
    most recent one (and a note saying so)."""
    from zhengce.rules import load_rulebook
    from zhengce.rules.regions import canonical

    today = today or dt.date.today()
    try:
        place = canonical(region) if region else None
    except Exception:  # an unknown region is reported by the evaluation itself
        place = None
    docs = [d for r in load_rulebook().rules for d in [r.document]
            if d.status == "final" and (place is None or place in d.covers)]
    if not docs or any(d.start <= today <= d.end for d in docs):
        return today, None
    past = [d.end for d in docs if d.end < today]
    if not past:
        return today, None
    chosen = max(past)
    return chosen, f"今天（{today.isoformat()}）没有生效的政策，按最近一期政策的有效期末日 {chosen.isoformat()} 测算；可修改测算日期。"


def _parse_date(value: str | None, region: str | None = None) -> tuple[dt.date, str | None]:
    if not value:
        return default_date(region)
    try:
        return dt.date.fromisoformat(value), None
    except ValueError:
        raise InputError(f"测算日期 {value!r} 不是 YYYY-MM-DD 格式的日期") from None


def cited_link(request: Request, citation: dict[str, Any]) -> str | None:
    """Link to the cited article in the library (the document when the article is not numbered). The
    document is found by its content hash, whatever file it was ingested from."""
    if not citation.get("content_hash") and not (citation.get("file") and citation.get("document")):
        return None
    access = library(request)
    key = ("cite", citation.get("content_hash"), citation.get("file"), citation.get("document"),
           citation.get("article"), access.generation())
    return access.cached(key, lambda: _cited_link(access.lib(), citation))


def _cited_link(lib, citation: dict[str, Any]) -> str | None:
    hit = None
    if citation.get("content_hash"):
        hit = lib.conn.execute("SELECT doc_id FROM documents WHERE content_hash = ? ORDER BY version DESC LIMIT 1",
                               (citation["content_hash"],)).fetchone()
    if hit:
        doc_id = hit[0]
    elif citation.get("file") and citation.get("document"):
        doc_id = f"{Path(citation['file']).stem}/d{citation['document']}"
    else:
        return None
    try:
        row, _ = lib.resolve(doc_id)
    except Exception:
        return None
    url = f"/docs/{quote(doc_id, safe='/@')}"
    if citation.get("article") is not None:
        hit = lib.conn.execute("SELECT cite_id FROM articles WHERE doc_pk = ? AND no = ? AND kind = 'article' "
                               "ORDER BY pk LIMIT 1", (row["pk"], citation["article"])).fetchone()
        if hit:
            url += "#" + anchor(hit[0])
    return url


def _with_links(request: Request, result: dict[str, Any]) -> dict[str, Any]:
    for key in ("entitlements", "needs_info", "stacked_out", "near_misses"):
        for item in result.get(key) or []:
            if item.get("citation"):
                item["link"] = cited_link(request, item["citation"])
    return result


def run_check(request: Request, profile: Any, date: dt.date, include_drafts: bool) -> dict[str, Any]:
    from zhengce.cli.output import to_jsonable
    from zhengce.rules import evaluate

    result = evaluate(profile, date, include_drafts=include_drafts)
    return _with_links(request, to_jsonable(result.to_json()))


@page(router, "/check", "check.html", tags=["测算"])
def check(request: Request,
          entity: Literal["enterprise", "person", "project"] = Query("enterprise", description="主体类型"),
          region: str | None = Query(None, max_length=50, description="所在区县，如 杭州市余杭区"),
          date: str | None = DATE, include_drafts: bool = Query(False, description="是否按征求意见稿测算"),
          ) -> dict:
    """政策测算：画像以扁平字段名作为查询参数（region、rec.gaoxin=认定日期、fin.revenue_yuan=元…，见
    /api/check/schema），返回可享受的政策、金额、理由、引用条款和“接近可得”的政策。"""
    values = facts_from_query(request.query_params)
    data: dict[str, Any] = {"title": "政策测算", "entity": entity, "include_drafts": include_drafts,
                            "values": values, "result": None, "error": None, "note": None,
                            "date": date or ""}
    data["form"] = build_form(values)
    if not values.get("region"):
        return data
    try:
        when, note = _parse_date(date, values.get("region"))
        from zhengce.rules.profile import parse_flat_row

        profile = parse_flat_row({"entity": entity, **values})
        data["result"] = run_check(request, profile, when, include_drafts)
        data["date"], data["note"] = when.isoformat(), note
    except InputError as exc:
        data["error"], data["error_field"] = str(exc), getattr(exc, "field", None)
    data["share_url"] = str(request.url.path) + ("?" + request.url.query if request.url.query else "")
    return data


@router.post("/api/check", tags=["测算"], summary="政策测算（JSON 画像）", response_model=models.CheckResult, responses=ERROR_RESPONSES)
def api_check(request: Request, profile: dict[str, Any] = Body(..., description="画像，格式见 /api/check/schema",
                                                               examples=[{"entity": "enterprise", "region": "杭州市余杭区",
                                                                          "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}]}]),
              date: str | None = DATE, include_drafts: bool = Query(False)):
    """Evaluate a nested profile (the JSON Schema at /api/check/schema). Stateless: no session needed."""
    when, note = _parse_date(date, profile.get("region") if isinstance(profile.get("region"), str) else None)
    out = run_check(request, profile, when, include_drafts)
    if note:
        out["note"] = note
    return JSONUTF8Response(out)


@router.get("/api/check/schema", tags=["测算"], summary="画像的 JSON Schema")
def api_check_schema():
    from zhengce.rules import profile_schema

    return JSONUTF8Response(profile_schema())
