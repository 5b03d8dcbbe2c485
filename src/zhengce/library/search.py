"""Full-text search over the library's articles (and the points of documents without articles).

Insensitive to script and punctuation (see zhengce.library.text); filters on the document
(region, year, level, status, kind), its section (domain title), departments (section lead or
article's responsible units) and provisions (minimum amount, beneficiary/trigger keyword).
Every hit cites document id, article id and number, and the document's title, region and year.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zhengce.errors import InputError
from zhengce.library.store import Library
from zhengce.library.text import find_terms, fts_query, like_pattern, query_terms, simplified, snippet


@dataclass
class Filters:
    region: str | None = None
    year: int | None = None
    level: str | None = None
    status: str | None = None
    kind: str | None = None
    section: str | None = None  # section (policy domain) title keyword
    dept: str | None = None  # lead unit of the section or responsible unit of the article
    min_amount: Decimal | None = None  # yuan; an incentive of at least this amount (or cap)
    beneficiary: str | None = None  # keyword in an incentive's beneficiary or trigger
    trigger: str | None = None  # keyword in a provision's trigger
    provision_kind: str | None = None  # provisions filters apply to this kind (default incentive)
    all_versions: bool = False  # include superseded versions

    def provisions_wanted(self) -> bool:
        return any(v is not None for v in (self.min_amount, self.beneficiary, self.trigger, self.provision_kind))


@dataclass
class Hit:
    doc_id: str
    version: int
    latest: bool
    title: str | None
    region: str | None
    year: int | None
    level: str | None
    status: str | None
    doc_kind: str | None
    article_id: str
    kind: str  # article | point
    article_no: int | None
    label: str | None
    heading: str | None
    section_id: str | None
    section_title: str | None
    snippet: str
    highlights: list[tuple[int, int]]
    score: float | None
    provisions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def citation(self) -> str:
        where = f"第{self.article_no}条" if self.kind == "article" and self.article_no is not None else "段"
        return f"{self.region or ''}{self.year or ''}《{self.title or ''}》{where} [{self.article_id}]"

    def to_json(self) -> dict[str, Any]:
        return {
            "document": {"id": self.doc_id, "version": self.version, "latest": self.latest, "title": self.title,
                         "region": self.region, "year": self.year, "level": self.level, "status": self.status,
                         "kind": self.doc_kind},
            "article": {"id": self.article_id, "kind": self.kind, "no": self.article_no, "label": self.label,
                        "heading": self.heading},
            "section": {"id": self.section_id, "title": self.section_title} if self.section_id else None,
            "citation": self.citation, "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights], "score": self.score,
            "provisions": self.provisions,
        }


def _provision_clause(f: Filters, params: list[Any]) -> str:
    cond = ["p.article_pk = a.pk"]
    if f.provision_kind:
        cond.append("p.kind = ?")
        params.append(f.provision_kind)
    elif f.min_amount is not None or f.beneficiary:
        cond.append("p.kind = 'incentive'")
    if f.min_amount is not None:
        cond.append("COALESCE(p.amount_fen, p.cap_fen) >= ?")
        params.append(int(Decimal(f.min_amount) * 100))
    if f.beneficiary:
        cond.append(r"(p.beneficiary LIKE ? ESCAPE '\' OR p.trigger LIKE ? ESCAPE '\')")
        params += [like_pattern(f.beneficiary)] * 2
    if f.trigger:
        cond.append(r"p.trigger LIKE ? ESCAPE '\'")
        params.append(like_pattern(f.trigger))
    return " AND ".join(cond)


def search(lib: Library, query: str = "", filters: Filters | None = None, limit: int = 20,
           offset: int = 0) -> list[Hit]:
    """Articles matching every term of `query` (may be empty when filters are given), best first."""
    f = filters or Filters()
    match = fts_query(query or "")
    if match is None and query and query.strip():
        raise InputError(f"nothing to search for in {query!r}", hint="type words, not only punctuation")
    if limit <= 0:
        return []
    params: list[Any] = []
    where: list[str] = []
    if match:
        base = "FROM article_fts f JOIN articles a ON a.pk = f.rowid"
        where.append("article_fts MATCH ?")
        params.append(match)
        score = "f.rank"
    else:
        base = "FROM articles a"
        score = "NULL"
    base += " JOIN documents d ON d.pk = a.doc_pk LEFT JOIN sections s ON s.pk = a.section_pk"
    if not f.all_versions:
        where.append("d.superseded_by IS NULL")
    if f.region:
        where.append(r"d.region LIKE ? ESCAPE '\'")
        params.append(like_pattern(f.region))
    for col, val in (("d.year", f.year), ("d.level", f.level), ("d.status", f.status), ("d.kind", f.kind)):
        if val is not None:
            where.append(f"{col} = ?")
            params.append(val)
    if f.section:
        where.append(r"s.title LIKE ? ESCAPE '\'")
        params.append(like_pattern(f.section))
    if f.dept:
        where.append(r"(s.lead LIKE ? ESCAPE '\' OR a.responsible LIKE ? ESCAPE '\')")
        params += [like_pattern(f.dept)] * 2
    if f.provisions_wanted():
        clause = _provision_clause(f, params)
        if match:  # the text match drives; check each hit's provisions
            where.append(f"EXISTS (SELECT 1 FROM provisions p WHERE {clause})")
        else:  # the provisions drive: only articles holding a matching one
            clause = clause.replace("p.article_pk = a.pk AND ", "").replace("p.article_pk = a.pk", "1")
            where.append(f"a.pk IN (SELECT p.article_pk FROM provisions p WHERE {clause})")
    order = "f.rank" if match else "d.doc_id, d.version, a.pk"
    sql = (f"SELECT a.pk, a.cite_id, a.kind, a.no, a.label, a.heading, a.text, d.doc_id, d.version, "
           f"d.superseded_by IS NULL AS latest, d.title, d.region, d.year, d.level, d.status, d.kind AS doc_kind, "
           f"s.cite_id AS section_id, s.title AS section_title, {score} AS score {base} "
           f"WHERE {' AND '.join(where) if where else '1'} ORDER BY {order} LIMIT ? OFFSET ?")
    rows = lib.conn.execute(sql, [*params, limit, offset]).fetchall()
    terms = query_terms(query or "")
    hits = []
    for r in rows:
        text = r["text"] or ""
        snip, marks = snippet(text, find_terms(text, terms))
        hit = Hit(doc_id=r["doc_id"], version=r["version"], latest=bool(r["latest"]), title=r["title"],
                  region=r["region"], year=r["year"], level=r["level"], status=r["status"],
                  doc_kind=r["doc_kind"], article_id=r["cite_id"], kind=r["kind"], article_no=r["no"],
                  label=r["label"], heading=r["heading"], section_id=r["section_id"],
                  section_title=r["section_title"], snippet=snip, highlights=marks,
                  score=round(-r["score"], 3) if r["score"] is not None else None)
        if f.provisions_wanted():
            pparams: list[Any] = []
            clause = _provision_clause(f, pparams).replace("p.article_pk = a.pk", "p.article_pk = ?")
            hit.provisions = [json.loads(x[0]) for x in lib.conn.execute(
                f"SELECT json FROM provisions p WHERE {clause} ORDER BY pk", [r["pk"], *pparams])]
        hits.append(hit)
    return hits


def normalize_filter_text(value: str | None) -> str | None:
    return simplified(value).strip() if value else value
