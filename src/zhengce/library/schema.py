"""The library's SQLite schema and its migrations (PRAGMA user_version counts applied steps).

A new step is appended to MIGRATIONS; existing steps never change, so an old database file
is brought up to date when it is opened. A step is SQL, or a function of the connection when
it needs Python (rebuilding the full-text index computes its tokens).
"""

from __future__ import annotations

import sqlite3
from typing import Callable

MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: sources, versioned documents, their sections, articles/points, provisions, full-text index
    """
    CREATE TABLE sources (
        pk INTEGER PRIMARY KEY,
        name TEXT NOT NULL,              -- file name as given
        path TEXT,                       -- where it was read from
        sha256 TEXT NOT NULL,            -- of the file's bytes
        size INTEGER NOT NULL,
        original TEXT,                   -- original text (quotes are cut from it by span), when known
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX sources_sha ON sources(sha256);

    CREATE TABLE documents (
        pk INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,            -- stable citation id, e.g. "004_c74db4dc4724db3b/d2"
        version INTEGER NOT NULL,        -- 1, 2, … ; "<doc_id>@<version>" addresses one version
        superseded_by INTEGER REFERENCES documents(pk),
        source_pk INTEGER NOT NULL REFERENCES sources(pk),
        content_hash TEXT NOT NULL,
        series TEXT,                     -- draft/final and successive years of one policy share it
        title TEXT, issuer TEXT, region TEXT, level TEXT, year INTEGER, doc_number TEXT,
        issued TEXT, status TEXT, kind TEXT,
        total_budget_yuan INTEGER,
        n_sections INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_points INTEGER NOT NULL,
        n_warnings INTEGER NOT NULL,
        reading TEXT NOT NULL,           -- JSON of the full reading (Document.to_json())
        ingested_at TEXT NOT NULL,
        UNIQUE (doc_id, version)
    );
    CREATE INDEX documents_latest ON documents(doc_id) WHERE superseded_by IS NULL;
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_series ON documents(series);

    CREATE TABLE sections (
        pk INTEGER PRIMARY KEY,
        doc_pk INTEGER NOT NULL REFERENCES documents(pk),
        cite_id TEXT NOT NULL,
        no INTEGER, label TEXT, title TEXT,
        lead TEXT NOT NULL,              -- JSON list of units
        budget_yuan INTEGER,
        span_start INTEGER, span_end INTEGER
    );
    CREATE INDEX sections_doc ON sections(doc_pk);

    -- Articles, and the numbered points/paragraphs of documents without articles (kind = 'point')
    CREATE TABLE articles (
        pk INTEGER PRIMARY KEY,
        doc_pk INTEGER NOT NULL REFERENCES documents(pk),
        section_pk INTEGER REFERENCES sections(pk),
        cite_id TEXT NOT NULL,
        kind TEXT NOT NULL,              -- 'article' | 'point'
        no INTEGER, label TEXT, heading TEXT,
        responsible TEXT NOT NULL,       -- JSON list of units
        text TEXT NOT NULL,              -- normalized (simplified) text
        span_start INTEGER, span_end INTEGER  -- original quote span in the source text
    );
    CREATE INDEX articles_doc ON articles(doc_pk);
    CREATE INDEX articles_cite ON articles(cite_id);

    CREATE TABLE provisions (
        pk INTEGER PRIMARY KEY,
        doc_pk INTEGER NOT NULL REFERENCES documents(pk),
        article_pk INTEGER REFERENCES articles(pk),
        kind TEXT,
        article_no INTEGER,
        quote TEXT,
        amount_yuan,                     -- INTEGER yuan, or TEXT Decimal when not whole (no affinity)
        amount_fen INTEGER,              -- exact, for filters and sorting
        rate TEXT,                       -- Decimal as text: "0.3"
        cap_yuan,
        cap_fen INTEGER,
        beneficiary TEXT,
        trigger TEXT,
        json TEXT NOT NULL
    );
    CREATE INDEX provisions_article ON provisions(article_pk);
    CREATE INDEX provisions_doc ON provisions(doc_pk);

    -- Full text over articles and points: bigrams of the simplified, punctuation-free text
    -- (see zhengce.library.text). Contentless: the text lives in `articles`.
    CREATE VIRTUAL TABLE article_fts USING fts5(
        body, content='', tokenize="unicode61 tokenchars '.'"
    );
    """,
    # 2: provision filters (kind, minimum amount) without scanning every provision
    """
    CREATE INDEX provisions_kind_amount ON provisions(kind, amount_fen);
    """,
    # 3: search filters inside the full-text index (zhengce.library.index); provision filters
    # answered from one covering index; superseded documents found without a scan
    """
    DROP INDEX provisions_kind_amount;
    CREATE INDEX provisions_filter ON provisions(kind, COALESCE(amount_fen, cap_fen), article_pk,
                                                 beneficiary, trigger);
    CREATE INDEX documents_superseded ON documents(superseded_by) WHERE superseded_by IS NOT NULL;
    DROP TABLE article_fts;
    """,
    lambda conn: _rebuild_fts(conn),
    # 5: the articles of superseded versions, which search leaves out: probed by primary key,
    # however many there are
    """
    CREATE TABLE superseded_articles (article_pk INTEGER PRIMARY KEY REFERENCES articles(pk));
    INSERT INTO superseded_articles (article_pk)
        SELECT a.pk FROM articles a JOIN documents d ON d.pk = a.doc_pk WHERE d.superseded_by IS NOT NULL;
    """,
]


def _rebuild_fts(conn: sqlite3.Connection) -> None:
    """Create the full-text index (zhengce.library.index) and fill it from the stored articles."""
    import json

    from zhengce.library import index

    conn.execute(index.CREATE)
    rows = conn.execute(
        "SELECT a.pk, a.text, a.responsible, s.title AS section_title, s.lead, d.region, d.year, d.level, "
        "d.status, d.kind FROM articles a JOIN documents d ON d.pk = a.doc_pk "
        "LEFT JOIN sections s ON s.pk = a.section_pk ORDER BY a.pk")
    conn.executemany(index.INSERT, (
        (r[0], *index.fts_row(section_title=r[3], text=r[1], lead=json.loads(r[4]) if r[4] else [],
                              responsible=json.loads(r[2]), region=r[5], year=r[6], level=r[7],
                              status=r[8], kind=r[9])) for r in rows.fetchall()))


def migrate(conn: sqlite3.Connection) -> int:
    """Apply missing steps, each in its own transaction. Returns the schema version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(MIGRATIONS):
        from zhengce.errors import InputError

        raise InputError(f"数据库结构版本 {current} 比当前 zhengce 支持的版本 {len(MIGRATIONS)} 新",
                         hint="请升级 zhengce")
    for step in range(current, len(MIGRATIONS)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(MIGRATIONS[step]):
                MIGRATIONS[step](conn)
            else:
                for stmt in _statements(MIGRATIONS[step]):
                    conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf)
        if sqlite3.complete_statement(joined):
            out.append(joined.strip())
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out
