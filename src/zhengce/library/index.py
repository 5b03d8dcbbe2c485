"""The full-text index row of an article or point, and MATCH expressions over it.

Besides the searchable text (`body`), each row carries what search filters on, so that FTS5
intersects a query with its filters inside the index and ranks only the rows left:

    body     section title + article text (what a query matches and bm25 ranks)
    section  section (policy domain) title        -- filter "section"
    dept     section lead units + responsible units -- filter "dept"
    region   the document's region                -- filter "region"
    facets   one token per document attribute: y2025 lvdistrict stfinal kdpolicy

All but `facets` are bigram text (see zhengce.library.text), so filters are substring matches,
insensitive to script and punctuation like the query. A document's attributes never change after
it is stored (a new version is a new row), so the index rows never need updating; only "latest"
changes, and search checks it against the documents table.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from zhengce.library.text import fts_query, index_text

COLUMNS = ("body", "section", "dept", "region", "facets")
# bm25 weights, one per column: only the text ranks; filter columns weigh nothing
BM25 = "bm25(article_fts, 1.0, 0.0, 0.0, 0.0, 0.0)"
CREATE = ("CREATE VIRTUAL TABLE article_fts USING fts5(" + ", ".join(COLUMNS)
          + ", content='', tokenize=\"unicode61 tokenchars '.'\")")
INSERT = f"INSERT INTO article_fts (rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)"

_FACET_PREFIX = {"year": "y", "level": "lv", "status": "st", "kind": "kd"}


def facet_token(name: str, value: Any) -> str:
    """One unicode61 token for an attribute value (letters and digits only; others hex-coded)."""
    text = str(value).strip().lower()
    return _FACET_PREFIX[name] + "".join(c if c.isascii() and c.isalnum() else f"x{ord(c):x}x" for c in text)


@lru_cache(maxsize=4096)
def _name_text(name: str) -> str:
    # titles, unit names and regions repeat across a document's rows: tokenize each once
    return index_text(name)


def units_text(units: Iterable[str]) -> str:
    """Bigram text of a list of names, no bigram spanning two names (a match stays inside one)."""
    return " ".join(t for t in (_name_text(u) for u in units if u) if t)


@lru_cache(maxsize=256)
def _facets(year: Any, level: Any, status: Any, kind: Any) -> str:
    return " ".join(facet_token(n, v) for n, v in (("year", year), ("level", level), ("status", status),
                                                    ("kind", kind)) if v not in (None, ""))


def fts_row(*, section_title: str | None, text: str, lead: Iterable[str], responsible: Iterable[str],
            region: str | None, year: Any, level: Any, status: Any, kind: Any) -> tuple[str, ...]:
    """Values of the index columns, in COLUMNS order."""
    # Heading is part of the text; the section title helps a query like "人才 住房" find the article.
    body = index_text(f"{section_title or ''} {text}")
    return (body, _name_text(section_title or ""), units_text([*lead, *responsible]), _name_text(region or ""),
            _facets(year, level, status, kind))


def column_match(column: str, words: str) -> str | None:
    """MATCH expression: every term of `words` occurs in `column`; None if it holds no unit."""
    expr = fts_query(words)
    return f"{column} : ({expr})" if expr else None
