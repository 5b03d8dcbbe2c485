"""Rebuild reading objects (Document/Section/Article) from the JSON the library stores."""

from __future__ import annotations

from typing import Any

from zhengce.reading.model import Article, Document, Section, Warning_


def _span(v: Any) -> tuple[int, int]:
    return (int(v[0]), int(v[1])) if v else (0, 0)


def document_from_json(d: dict[str, Any]) -> Document:
    sections = []
    for s in d.get("sections") or []:
        arts = [
            Article(id=a["id"], no=a.get("no"), label=a.get("label", ""), heading=a.get("heading", ""),
                    responsible=list(a.get("responsible") or []), text=a.get("text", ""),
                    span=_span(a.get("span")), section_no=s.get("no"))
            for a in s.get("articles") or []
        ]
        sections.append(Section(id=s["id"], no=s.get("no"), label=s.get("label", ""), title=s.get("title", ""),
                                lead=list(s.get("lead") or []), budget_yuan=s.get("budget_yuan"),
                                intro=s.get("intro", ""), span=_span(s.get("span")), articles=arts))
    doc = Document(
        id=d["id"], source=d.get("source", ""), index=d.get("index", 1), span=_span(d.get("span")),
        title=d.get("title"), issuer=d.get("issuer"), region=d.get("region"), level=d.get("level"),
        year=d.get("year"), doc_number=d.get("doc_number"), issued=d.get("issued"),
        status=d.get("status") or "final", kind=d.get("kind") or "policy",
        comment_period=d.get("comment_period"), total_budget_yuan=d.get("total_budget_yuan"),
        effective=d.get("effective"), stacking=d.get("stacking"), contact=d.get("contact"),
        cites=list(d.get("cites") or []), sections=sections, points=list(d.get("points") or []),
        provisions=list(d.get("provisions") or []), deadlines=list(d.get("deadlines") or []),
        warnings=[Warning_(w.get("code", ""), w.get("message", ""), _span(w["span"]) if w.get("span") else None)
                  for w in d.get("warnings") or []],
        text=d.get("text", ""), content_hash=d.get("content_hash", ""), series=d.get("series"),
    )
    # Provisions as stored are plain dicts; hand each article the ones citing it.
    by_id = {a.id: a for a in doc.articles}
    for p in doc.provisions:
        aid = p.get("article_id") if isinstance(p, dict) else None
        if aid in by_id:
            by_id[aid].provisions.append(p)
    return doc
