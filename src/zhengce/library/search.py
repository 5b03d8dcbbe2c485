"""Full-text search over the library's articles (and the points of documents without articles).

Insensitive to script and punctuation (see zhengce.library.text); filters on the document
(region, year, level, status, kind), its section (domain title), departments (section lead or
article's responsible units) and provisions (minimum amount, beneficiary/trigger keyword).
Every hit cites document id, article id and number, and the document's title, region and year.

Filters the full-text index holds (region, section, department, year, level, status, kind; see
zhengce.library.index) are part of the MATCH, so FTS5 intersects them with the words and bm25 is
computed only for the rows left; provision filters come from a covering index; the display
columns and snippets are fetched for the returned page only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zhengce.errors import InputError
from zhengce.library import index
from zhengce.library.index import column_match, facet_token
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

    doc_number: str | None = None

    @property
    def citation(self) -> str:
        from zhengce.citations import cite_text

        where = f"第{self.article_no}条" if self.kind == "article" and self.article_no is not None else \
            (f"第{self.article_no}项" if self.article_no is not None else "")
        return cite_text(self.region, self.year, self.title, self.doc_number, where=where)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": {"id": self.doc_id, "version": self.version, "latest": self.latest, "title": self.title,
                         "doc_number": self.doc_number,
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
    """WHERE of the provisions a hit must hold (answered from the covering index provisions_filter)."""
    cond = []
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
    return " AND ".join(cond) if cond else "1"


def _index_match(f: Filters, query: str) -> str | None:
    """One MATCH expression for the query words and every filter the full-text index holds
    (zhengce.library.index): FTS5 intersects them before anything is ranked."""
    match = fts_query(query or "")
    if match is None and query and query.strip():
        raise InputError(f"关键词“{query.strip()}”中没有可检索的字词：请输入文字，而不只是标点", hint=None)
    parts = [f"body : ({match})"] if match else []
    for column, value in (("region", f.region), ("section", f.section), ("dept", f.dept)):
        if value:
            m = column_match(column, value)
            if m is None:
                raise InputError(f"筛选条件“{value.strip()}”中没有可检索的字词：请输入文字，而不只是标点")
            parts.append(m)
    facets = [facet_token(n, v) for n, v in (("year", f.year), ("level", f.level), ("status", f.status),
                                              ("kind", f.kind)) if v is not None]
    if facets:
        parts.append("facets : (" + " AND ".join(f'"{t}"' for t in facets) + ")")
    return " AND ".join(parts) or None


# Articles of superseded versions (kept by Library.store): the NOT IN probes that table's
# primary key for each candidate, cheaper than looking up every candidate's document.
_SUPERSEDED = "SELECT article_pk FROM superseded_articles"


def _ranked(lib: Library, f: Filters, query: str, limit: int, offset: int) -> list[tuple[int, float | None]]:
    """(article pk, bm25 score or None) of the hits, best first (document order without words)."""
    match = _index_match(f, query)
    params: list[Any] = []
    where: list[str] = []
    if match:
        where.append("article_fts MATCH ?")
        params.append(match)
    if not f.all_versions and match:
        where.append(f"+f.rowid NOT IN ({_SUPERSEDED})")  # "+": filter the matches, do not drive from it
    if f.provisions_wanted():
        clause = _provision_clause(f, pparams := [])
        col = "+f.rowid" if match else "a.pk"
        where.append(f"{col} IN (SELECT p.article_pk FROM provisions p WHERE {clause})")
        params += pparams
    if match and query and query.strip():
        # bm25 only for rows that pass every filter; the text column alone ranks
        sql = (f"SELECT f.rowid, {index.BM25} AS score FROM article_fts f WHERE {' AND '.join(where)} "
               f"ORDER BY score, f.rowid LIMIT ? OFFSET ?")
    else:
        if match:
            source = "article_fts f CROSS JOIN articles a ON a.pk = f.rowid"
        else:
            source = "articles a"
            if not f.all_versions:
                where.append("d.superseded_by IS NULL")
        sql = (f"SELECT a.pk, NULL FROM {source} CROSS JOIN documents d ON d.pk = a.doc_pk "
               f"WHERE {' AND '.join(where) or '1'} ORDER BY d.doc_id, d.version, a.pk LIMIT ? OFFSET ?")
    return [(r[0], r[1]) for r in lib.conn.execute(sql, [*params, limit, offset])]


def search(lib: Library, query: str = "", filters: Filters | None = None, limit: int = 20,
           offset: int = 0) -> list[Hit]:
    """Articles matching every term of `query` (may be empty when filters are given), best first."""
    f = filters or Filters()
    if limit <= 0:
        _index_match(f, query)  # still refuse a query of punctuation only
        return []
    ranked = _ranked(lib, f, query, limit, offset)
    if not ranked:
        return []
    pks = [pk for pk, _ in ranked]
    marks = ",".join("?" * len(pks))
    rows = {r["pk"]: r for r in lib.conn.execute(
        f"SELECT a.pk, a.cite_id, a.kind, a.no, a.label, a.heading, a.text, d.doc_id, d.version, "
        f"d.superseded_by IS NULL AS latest, d.title, d.doc_number, d.region, d.year, d.level, d.status, d.kind AS doc_kind, "
        f"s.cite_id AS section_id, s.title AS section_title FROM articles a JOIN documents d ON d.pk = a.doc_pk "
        f"LEFT JOIN sections s ON s.pk = a.section_pk WHERE a.pk IN ({marks})", pks)}
    provisions: dict[int, list[dict[str, Any]]] = {}
    if f.provisions_wanted():
        clause = _provision_clause(f, pparams := [])
        for pk, j in lib.conn.execute(f"SELECT p.article_pk, p.json FROM provisions p WHERE p.article_pk IN "
                                      f"({marks}) AND {clause} ORDER BY p.pk", [*pks, *pparams]):
            provisions.setdefault(pk, []).append(json.loads(j))
    terms = query_terms(query or "")
    if not f.provisions_wanted():  # plain search: the awards of each hit, those about the query first
        for pk, j in lib.conn.execute(f"SELECT p.article_pk, p.json FROM provisions p WHERE p.article_pk IN "
                                      f"({marks}) AND p.kind = 'incentive' ORDER BY p.pk", pks):
            provisions.setdefault(pk, []).append(json.loads(j))
        for pk, provs in provisions.items():
            about = [p for p in provs if terms and find_terms(simplified(f"{p.get('trigger') or ''} "
                                                                         f"{p.get('beneficiary') or ''}"), terms)]
            provisions[pk] = (about or provs)[:4]
    hits = []
    for pk, score in ranked:
        r = rows[pk]
        text = r["text"] or ""
        snip, marks_ = snippet(text, find_terms(text, terms))
        hits.append(Hit(doc_id=r["doc_id"], version=r["version"], latest=bool(r["latest"]), title=r["title"],
                        region=r["region"], year=r["year"], level=r["level"], status=r["status"],
                        doc_kind=r["doc_kind"], article_id=r["cite_id"], kind=r["kind"], article_no=r["no"],
                        label=r["label"], heading=r["heading"], section_id=r["section_id"],
                        section_title=r["section_title"], snippet=snip, highlights=marks_,
                        score=round(-score, 3) if score is not None else None,
                        provisions=provisions.get(pk, []), doc_number=r["doc_number"]))
    return hits


def normalize_filter_text(value: str | None) -> str | None:
    return simplified(value).strip() if value else value
