"""对比: two documents side by side (articles aligned by meaning, changed numbers marked) and the
topic view (one measure, e.g. 高新技术企业 awards, in every document)."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Query, Request

from zhengce.errors import InputError
from zhengce.money import chart_axis
from zhengce.web.render import page
from zhengce.web.services import library

router = APIRouter()

ID = dict(max_length=300, description="文件引用编号，如 004_c74db4dc4724db3b/d2（可加 @版本号）")


def _load(lib, cite: str):
    from zhengce.library.rehydrate import document_from_json

    row, rest = lib.resolve(cite)
    if rest:
        raise InputError(f"{cite} 指向条款而非文件；对比需要两个文件")
    original = lib.conn.execute("SELECT original FROM sources WHERE pk = ?", (row["source_pk"],)).fetchone()[0]
    return document_from_json(json.loads(row["reading"])), original


def _marked_text(text: str, flagged: Counter, mark: str) -> list[dict[str, Any]]:
    """`text` cut into segments; numbers whose (kind, value) is in `flagged` carry `mark`."""
    from zhengce.library.numbers import numbers

    out: list[dict[str, Any]] = []
    at = 0
    left = Counter(flagged)
    for n in numbers(text):
        key = (n.kind, str(n.value))
        if left[key] <= 0 or n.start < at:
            continue
        left[key] -= 1
        if n.start > at:
            out.append({"text": text[at:n.start], "mark": None})
        out.append({"text": text[n.start:n.end], "mark": mark})
        at = n.end
    if at < len(text):
        out.append({"text": text[at:], "mark": None})
    return out


def _side(passages, flagged: Counter, mark: str) -> list[dict[str, Any]]:
    return [{**p.ref(), "segments": _marked_text(p.text, flagged, mark)} for p in passages]


def _key(n: dict[str, Any]) -> tuple[str, str]:
    return (n["kind"], str(n["value"]))


def side_by_side(cmp) -> list[dict[str, Any]]:
    """Rows of the comparison in the order of document B, removed articles after their neighbours."""
    rows: list[dict[str, Any]] = []
    for c in cmp.changes:
        info = c.to_json()
        nums = info.get("numbers") or {"changed": [], "removed": [], "added": []}
        left = Counter([_key(x["before"]) for x in nums["changed"]] + [_key(x) for x in nums["removed"]])
        right = Counter([_key(x["after"]) for x in nums["changed"]] + [_key(x) for x in nums["added"]])
        rows.append({"status": c.status, "similarity": c.similarity,
                     "a": _side(c.a, left, "del"), "b": _side(c.b, right, "ins"),
                     "numbers": nums, "heading": info.get("heading"), "responsible": info.get("responsible")})
    for p in cmp.added:
        rows.append({"status": "added", "a": [], "b": _side([p], Counter(), "ins"), "numbers": None})
    for p in cmp.removed:
        rows.append({"status": "removed", "a": _side([p], Counter(), "del"), "b": [], "numbers": None})

    def order(r):
        b_no = min((p["no"] or 0 for p in r["b"]), default=None)
        a_no = min((p["no"] or 0 for p in r["a"]), default=0)
        return (b_no if b_no is not None else a_no, 0 if r["b"] else 1)

    rows.sort(key=order)
    return rows


SHOWN_META = ("issuer", "doc_number", "issued", "status", "comment_period", "total_budget_yuan", "effective")


def _metadata_table(da, db, changed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The document facts a reader checks, by Chinese label, each marked changed or not."""
    from zhengce.library.compare import META_FIELDS, META_LABELS, meta_text

    by_field = {m["field"]: m for m in changed}
    out = []
    for f in META_FIELDS:
        if f in by_field:
            out.append({**by_field[f], "changed": True})
        elif f in SHOWN_META and getattr(da, f) not in (None, "", []):
            text = meta_text(f, getattr(db, f))
            out.append({"field": f, "label": META_LABELS[f], "a_text": meta_text(f, getattr(da, f)), "b_text": text,
                        "changed": False})
    return out


STATUS_ZH = {"unchanged": "未变", "changed": "有修改", "split": "拆分", "merged": "合并", "added": "新增",
             "removed": "删除"}


@page(router, "/compare", "compare.html", tags=["对比"])
def compare(request: Request, a: str | None = Query(None, **ID), b: str | None = Query(None, **ID),
            changed_only: bool = Query(False, description="只看有变化的条款")) -> dict:
    """两份文件逐条对比：按含义对齐条款，标出修改、新增、删除的条款和变化的金额、比例。"""
    lib = library(request).lib()
    docs = lib.documents()
    data: dict[str, Any] = {"title": "政策对比", "a": a, "b": b, "changed_only": changed_only, "documents": docs,
                            "suggestions": [], "result": None, "status_zh": STATUS_ZH}
    if a and not b:  # offer the other texts of the same policy (draft ↔ final, year ↔ year)
        got = lib.get(a)
        if got["type"] == "document":
            data["suggestions"] = [m for m in got["document"].get("series_members") or [] if m["id"] != got["document"]["id"]]
    if not (a and b):
        return data
    from zhengce.library.compare import compare as run_compare

    da, oa = _load(lib, a)
    db, ob = _load(lib, b)
    cmp = run_compare(da, db, original_a=oa, original_b=ob)
    summary = cmp.to_json()
    rows = side_by_side(cmp)
    if changed_only:
        rows = [r for r in rows if r["status"] != "unchanged"]
    data.update(title=f"对比：{da.region or ''}{da.year or ''} ↔ {db.region or ''}{db.year or ''}",
                result={"a": summary["a"], "b": summary["b"], "counts": summary["counts"],
                        "metadata": summary["metadata"], "metadata_table": _metadata_table(da, db, summary["metadata"]),
                        "sections": summary["sections"], "rows": rows})
    data["documents"] = []  # the JSON twin need not repeat the picker
    return data


@page(router, "/compare/topic", "topic.html", tags=["对比"])
def topic(request: Request, topic: str = Query("", max_length=100, description="事项，如 高新技术企业"),
          year: int | None = Query(None, ge=1949, le=2100), region: str | None = Query(None, max_length=50),
          include_drafts: bool = Query(False, description="是否包含征求意见稿")) -> dict:
    """专题对比：同一事项（如高新技术企业奖励）在各地各年政策中的标准，附原文和条款链接。"""
    data: dict[str, Any] = {"title": f"专题对比：{topic}" if topic else "专题对比", "topic": topic, "year": year,
                            "region": region, "include_drafts": include_drafts, "rows": [], "documents_without": [],
                            "chart": None, "chart_values": []}
    if not topic.strip():
        return data
    from zhengce.library.compare import compare_topic, max_amount, topic_awards, topic_rank
    from zhengce.library.search import Filters

    filters = Filters(year=year, region=region or None, status=None if include_drafts else "final")
    try:
        result = compare_topic(library(request).lib(), topic, filters=filters)
    except InputError as exc:
        data["error"] = str(exc)
        return data
    rows = []
    for r in result.rows:
        blank = dict.fromkeys(("amount_yuan", "rate", "cap_yuan", "trigger", "form", "per_unit"))
        rows.append({**blank, "amounts": [], **r, "max_amount_yuan": max_amount(r), "chart_pick": False})
    picks = topic_awards(rows, topic)
    for r in picks:
        r["chart_pick"] = True
    data["rows"] = rows
    data["documents_without"] = result.documents_without
    if picks:
        values = []
        amounts = [r["amount_yuan"] if r.get("amount_yuan") is not None else r["max_amount_yuan"] for r in picks]
        # one unit for the chart (万元 or 亿元, zhengce.money.chart_axis); "wan" is the value in that unit
        unit, (shown,) = chart_axis([None if a is None else int(Decimal(str(a)) * 100) for a in amounts])
        for r, amount, wan in zip(picks, amounts, shown):
            d = r["document"]
            values.append({"label": f"{d['region'] or '?'}{d['year'] or ''}", "document": d, "article": r["article"],
                           "amount_yuan": amount, "wan": wan, "trigger": r.get("trigger"),
                           "form": r.get("form"), "shared": topic_rank(r, topic) > 1})
        data["chart_values"] = values
        data["chart"] = {
            "tooltip": {"trigger": "axis"},
            "grid": {"left": 50, "right": 20, "bottom": 40, "containLabel": True},
            "xAxis": {"type": "category", "data": [f"{v['document']['region'] or '?'}\n{v['document']['year'] or ''}"
                                                   for v in values], "axisLabel": {"interval": 0}},
            "yAxis": {"type": "value", "name": unit},
            "series": [{"name": f"{topic} 奖励", "type": "bar", "itemStyle": {"color": "#c8161d"},
                        "label": {"show": True, "position": "top"}, "data": [v["wan"] for v in values]}],
        }
    return data


