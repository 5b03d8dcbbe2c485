"""A read document turned into the rows the library stores, without touching the database.

Everything costly about storing (JSON of the reading and of each provision, full-text tokens,
exact money) happens here, so that ingest can do it in worker processes next to the reading;
the writer (Library.store_prepared) then only inserts rows. A PreparedDocument is plain data
(picklable).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from zhengce.library import index
from zhengce.library.series import series_key
from zhengce.library.text import simplified


def _json_default(value: Any) -> Any:
    """For json.dumps: exact money (Decimal → int or str), dates, objects with to_json()."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def money(value: Any) -> tuple[Any, int | None]:
    """(value to store: int yuan or Decimal text, exact fen or None). Floats are refused upstream."""
    if value is None or value == "":
        return None, None
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None, None
    stored: Any = int(d) if d == d.to_integral_value() else str(d)
    fen = d * 100
    return stored, int(fen) if fen == fen.to_integral_value() else None


def rate_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    try:
        return str(Decimal(str(value)).normalize())
    except (InvalidOperation, ValueError):
        return str(value)


@dataclass
class PreparedDocument:
    id: str
    content_hash: str
    columns: tuple  # documents columns from series to reading (see DOC_COLUMNS)
    # (cite_id, no, label, title, lead JSON, budget_yuan, span_start, span_end)
    sections: list[tuple] = field(default_factory=list)
    # (section index | None, cite_id, kind, no, label, heading, responsible JSON, text, span_start,
    #  span_end, full-text row)
    passages: list[tuple] = field(default_factory=list)
    # (passage index | None, kind, article_no, quote, amount_yuan, amount_fen, rate, cap_yuan, cap_fen,
    #  beneficiary, trigger, JSON)
    provisions: list[tuple] = field(default_factory=list)


DOC_COLUMNS = ("series", "title", "issuer", "region", "level", "year", "doc_number", "issued", "status", "kind",
               "total_budget_yuan", "n_sections", "n_articles", "n_points", "n_warnings", "reading")


def identity(columns: tuple) -> tuple | None:
    """What a document is, whatever file it came in: title, issuer (or region), year, status and
    kind. None when the document prints no title (then only its file can tell)."""
    c = dict(zip(DOC_COLUMNS, columns))
    if not c.get("title"):
        return None
    return (c["title"], c.get("issuer") or c.get("region"), c.get("year"), c.get("status"), c.get("kind"))


def renamed(doc: PreparedDocument, new_id: str) -> PreparedDocument:
    """The same rows under another citation id (every id of the document starts with it)."""
    old = doc.id

    def sub(value: Any) -> Any:
        if isinstance(value, str) and (value == old or value.startswith(old + "/") or value.startswith(old + "@")):
            return new_id + value[len(old):]
        return value

    reading = doc.columns[-1].replace(f'"{old}/', f'"{new_id}/').replace(f'"{old}"', f'"{new_id}"')
    return PreparedDocument(
        new_id, doc.content_hash, doc.columns[:-1] + (reading,),
        [(sub(r[0]), *r[1:]) for r in doc.sections],
        [(r[0], sub(r[1]), *r[2:]) for r in doc.passages],
        [(*r[:-1], r[-1].replace(f'"{old}/', f'"{new_id}/').replace(f'"{old}"', f'"{new_id}"')
          if isinstance(r[-1], str) else r[-1]) for r in doc.provisions])


def prepare(doc: Any) -> PreparedDocument:
    """The rows of one document (a zhengce.reading.model.Document)."""
    reading = doc.to_json()
    content_hash = doc.content_hash or hashlib.sha256((doc.text or dumps(reading)).encode()).hexdigest()
    # each provision's JSON once: the reading holds those of doc.provisions, in order
    prov_json = {id(p): j for p, j in zip(doc.provisions, reading.get("provisions") or [])}
    reading.setdefault("text", doc.text)
    reading["content_hash"] = content_hash
    series = doc.series or series_key(doc.region, doc.title, doc.kind)
    reading["series"] = series
    articles = doc.articles
    columns = (series, doc.title, doc.issuer, doc.region, doc.level, doc.year, doc.doc_number, doc.issued,
               doc.status, doc.kind, doc.total_budget_yuan, len(doc.sections), len(articles), len(doc.points),
               len(doc.warnings), dumps(reading))
    out = PreparedDocument(doc.id, content_hash, columns)
    facets = {"region": doc.region, "year": doc.year, "level": doc.level, "status": doc.status, "kind": doc.kind}

    passage_of: dict[str, int] = {}
    spans: list[tuple[int, int, int]] = []  # (start, end, passage index) to place provisions by span
    numbers: dict[int, list[int]] = {}
    for k, s in enumerate(doc.sections):
        out.sections.append((s.id, s.no, s.label, s.title, json.dumps(s.lead, ensure_ascii=False), s.budget_yuan,
                             *(s.span or (None, None))))
        for a in s.articles:
            i = _passage(out, k, a.id, "article", a.no, a.label, a.heading, a.responsible, a.text, a.span,
                         index.fts_row(section_title=s.title, text=a.text, lead=s.lead, responsible=a.responsible,
                                       **facets))
            passage_of[a.id] = i
            if a.span:
                spans.append((a.span[0], a.span[1], i))
            numbers.setdefault(a.no, []).append(i)
    for n, p in enumerate(doc.points, 1):
        pid = p.get("id") or f"{doc.id}/p{n}"
        text = p.get("text") or ""
        responsible = p.get("responsible") or []
        i = _passage(out, None, pid, "point", p.get("no"), p.get("label"), p.get("heading") or p.get("title"),
                     responsible, text, p.get("span"),
                     index.fts_row(section_title="", text=text, lead=[], responsible=responsible, **facets))
        passage_of[pid] = i
        if p.get("span"):
            spans.append((p["span"][0], p["span"][1], i))

    for art_id, prov in _provisions(doc, prov_json):
        pj = prov_json.get(id(prov))
        if pj is None:
            pj = prov.to_json() if hasattr(prov, "to_json") else prov
        where = passage_of.get(art_id) if art_id else None
        if where is None:
            where = _place(pj, spans, numbers)
        amount, amount_fen = money(pj.get("amount_yuan"))
        cap, cap_fen = money(pj.get("cap_yuan"))
        out.provisions.append((where, pj.get("kind"), pj.get("article"), pj.get("quote"), amount, amount_fen,
                               rate_text(pj.get("rate")), cap, cap_fen, pj.get("beneficiary"),
                               simplified(pj["trigger"]) if pj.get("trigger") else None, dumps(pj)))
    return out


def _passage(out: PreparedDocument, section: int | None, cite_id, kind, no, label, heading, responsible, text,
             span, fts: tuple[str, ...]) -> int:
    span = span or (None, None)
    out.passages.append((section, cite_id, kind, no, label, heading,
                         json.dumps(list(responsible), ensure_ascii=False), text, span[0], span[1], fts))
    return len(out.passages) - 1


def _provisions(doc: Any, prov_json: dict[int, Any]) -> list[tuple[str | None, Any]]:
    """Each provision once, with the id of the article that holds it when known."""
    out: list[tuple[str | None, Any]] = []
    seen: set[int] = set()
    for a in doc.articles:
        for p in a.provisions:
            seen.add(id(p))
            out.append((a.id, p))
    for p in doc.provisions:
        if id(p) in seen:
            continue
        pj = prov_json.get(id(p)) or (p.to_json() if hasattr(p, "to_json") else p)
        aid = (pj.get("article_id") or pj.get("citation")) if isinstance(pj, dict) else None
        out.append((aid if isinstance(aid, str) else None, p))
    return out


def _place(pj: dict[str, Any], spans: list[tuple[int, int, int]], numbers: dict[int, list[int]]) -> int | None:
    span = pj.get("span")
    if span:
        for s, e, i in spans:
            if s <= span[0] and span[1] <= e:
                return i
    cands = numbers.get(pj.get("article")) or []
    return cands[0] if len(cands) == 1 else None
