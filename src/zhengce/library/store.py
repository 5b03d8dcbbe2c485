"""The policy library: one SQLite file holding sources, versioned documents, their sections,
articles (and points), provisions and a full-text index.

Each file is stored in one transaction: a file that fails leaves nothing behind. Storing the
same bytes again is a no-op; a document whose content changed becomes a new version of its
citation id ("…/d2" is the latest, "…/d2@1" the first), the old version kept and marked
superseded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from zhengce import rx as re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from zhengce.errors import InputError, NotFound
from zhengce.library import index, schema
from zhengce.library.prepare import identity, renamed, DOC_COLUMNS, PreparedDocument, prepare
from zhengce.library.text import like_pattern
from zhengce.reading.model import Document

CITE_RE = re.compile(r"^(?P<doc>.+?/d\d+)(?:@(?P<version>\d{1,9}))?(?P<rest>/.+)?$")


@dataclass
class StoredDocument:
    """What ingest did with one document."""

    id: str
    version: int
    action: str  # "added" | "new_version" | "unchanged"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "action": self.action}


@dataclass
class FileReport:
    """What ingest did with one file: status "added" | "updated" | "unchanged" | "failed"."""

    path: str
    status: str
    documents: list[StoredDocument] = field(default_factory=list)
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "error": self.error,
                "documents": [d.to_json() for d in self.documents]}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class Library:
    """An open library database. Use as a context manager or call close()."""

    def __init__(self, path: str | Path | None = None):
        from zhengce.paths import default_db_path

        self.path = Path(path) if path else default_db_path()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if str(self.path) != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # a 1,000-document library is ~200 MB: keep the hot index pages in memory
                self.conn.execute("PRAGMA cache_size = -65536")
                self.conn.execute("PRAGMA mmap_size = 268435456")
                self.conn.execute("PRAGMA temp_store = MEMORY")  # search's IN lists and sorts
            schema.migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path}：不是 zhengce 政策库数据库（{exc}）") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ----------------------------------------------------------------------------- writing

    def has_source(self, sha256: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sources WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def store(self, docs: Iterable[Document], *, name: str, data: bytes, path: str | None = None,
              original: str | None = None, force: bool = False) -> FileReport:
        """Store the documents read from one file, all or nothing."""
        sha = hashlib.sha256(data).hexdigest()
        if not force and self.has_source(sha):
            return self._unchanged(sha, path or name)
        prepared = [prepare(doc) for doc in docs]  # before the transaction: a failure here writes nothing
        return self.store_prepared(prepared, name=name, sha256=sha, size=len(data), path=path,
                                   original=original, force=force)

    def _unchanged(self, sha: str, where: str) -> FileReport:
        existing = [StoredDocument(r["doc_id"], r["version"], "unchanged") for r in self.conn.execute(
            "SELECT d.doc_id, d.version FROM documents d JOIN sources s ON s.pk = d.source_pk "
            "WHERE s.sha256 = ? ORDER BY d.pk", (sha,))]
        return FileReport(where, "unchanged", existing)

    def store_prepared(self, prepared: list[PreparedDocument], *, name: str, sha256: str, size: int,
                       path: str | None = None, original: str | None = None, force: bool = False) -> FileReport:
        """Store documents already turned into rows (zhengce.library.prepare), in one transaction."""
        if not force and self.has_source(sha256):
            return self._unchanged(sha256, path or name)
        now = _now()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            src = self.conn.execute(
                "INSERT INTO sources (name, path, sha256, size, original, ingested_at) VALUES (?,?,?,?,?,?)",
                (name, path, sha256, size, original, now)).lastrowid
            stored = [self._write_document(doc, src, now) for doc in prepared]
            actions = {s.action for s in stored}
            if actions <= {"unchanged"}:
                status = "unchanged"
            elif "new_version" in actions or self._had_documents_before(stored):
                status = "updated"
            else:
                status = "added"
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return FileReport(path or name, status, stored)

    def _had_documents_before(self, stored: list[StoredDocument]) -> bool:
        return any(s.version > 1 for s in stored)

    def _latest(self, doc_id: str):
        return self.conn.execute(f"SELECT pk, version, content_hash, {', '.join(DOC_COLUMNS[:-1])} FROM documents "
                                 "WHERE doc_id = ? AND superseded_by IS NULL", (doc_id,)).fetchone()

    def _same_document(self, doc: PreparedDocument) -> str | None:
        """The citation id under which the library already holds this document (by what it is)."""
        ident = identity(doc.columns)
        if ident is None:
            return None
        title, who, year, status, kind = ident
        row = self.conn.execute(
            "SELECT doc_id FROM documents WHERE superseded_by IS NULL AND title = ? AND year IS ? AND status IS ? "
            "AND kind IS ? AND (issuer IS ? OR (issuer IS NULL AND region IS ?)) ORDER BY pk LIMIT 1",
            (title, year, status, kind, who, who)).fetchone()
        return row["doc_id"] if row else None

    def _place(self, doc: PreparedDocument) -> PreparedDocument:
        """Versions are decided by what documents are, not by file name: a document the library
        holds under another id becomes a version of it; a different document whose file shares a
        name with an earlier one (2024/policy.txt, 2025/policy.txt) gets an id of its own."""
        same = self._same_document(doc)
        if same and same != doc.id:
            return renamed(doc, same)
        latest = self._latest(doc.id)
        if latest is None:
            return doc
        mine, theirs = identity(doc.columns), identity(tuple(latest[k] for k in DOC_COLUMNS[:-1]) + ("",))
        if mine is None or theirs is None or mine == theirs:
            return doc
        stem, _, rest = doc.id.rpartition("/")
        k = 2
        while self._latest(f"{stem}~{k}/{rest}") is not None:
            k += 1
        return renamed(doc, f"{stem}~{k}/{rest}")

    def _write_document(self, doc: PreparedDocument, source_pk: int, now: str) -> StoredDocument:
        c = self.conn
        doc = self._place(doc)
        latest = self._latest(doc.id)
        if latest and latest["content_hash"] == doc.content_hash:
            return StoredDocument(doc.id, latest["version"], "unchanged")
        version = (c.execute("SELECT COALESCE(MAX(version), 0) FROM documents WHERE doc_id = ?",
                             (doc.id,)).fetchone()[0]) + 1
        doc_pk = c.execute(
            f"INSERT INTO documents (doc_id, version, source_pk, content_hash, {', '.join(DOC_COLUMNS)}, "
            f"ingested_at) VALUES ({', '.join('?' * (len(DOC_COLUMNS) + 5))})",
            (doc.id, version, source_pk, doc.content_hash, *doc.columns, now)).lastrowid
        if latest:
            c.execute("UPDATE documents SET superseded_by = ? WHERE pk = ?", (doc_pk, latest["pk"]))
            c.execute("INSERT INTO superseded_articles (article_pk) SELECT pk FROM articles WHERE doc_pk = ?",
                      (latest["pk"],))
        section_pks = [c.execute(
            "INSERT INTO sections (doc_pk, cite_id, no, label, title, lead, budget_yuan, span_start, span_end) "
            "VALUES (?,?,?,?,?,?,?,?,?)", (doc_pk, *row)).lastrowid for row in doc.sections]
        # The write lock is held (BEGIN IMMEDIATE): the next primary keys are ours to hand out, so
        # articles, their index rows and provisions go in as batches.
        first = c.execute("SELECT COALESCE(MAX(pk), 0) + 1 FROM articles").fetchone()[0]
        c.executemany(
            "INSERT INTO articles (pk, doc_pk, section_pk, cite_id, kind, no, label, heading, responsible, text, "
            "span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(first + i, doc_pk, None if p[0] is None else section_pks[p[0]], *p[1:10])
             for i, p in enumerate(doc.passages)])
        c.executemany(index.INSERT, [(first + i, *p[10]) for i, p in enumerate(doc.passages)])
        c.executemany(
            "INSERT INTO provisions (doc_pk, article_pk, kind, article_no, quote, amount_yuan, amount_fen, "
            "rate, cap_yuan, cap_fen, beneficiary, trigger, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc_pk, None if p[0] is None else first + p[0], *p[1:]) for p in doc.provisions])
        return StoredDocument(doc.id, version, "new_version" if latest else "added")

    def optimize(self) -> None:
        """After a bulk ingest: merge the full-text index into one segment and refresh the
        planner's statistics (both make searches faster; neither changes results)."""
        self.conn.execute("INSERT INTO article_fts (article_fts) VALUES ('optimize')")
        self.conn.execute("ANALYZE")

    # ----------------------------------------------------------------------------- reading

    def resolve(self, cite: str) -> tuple[sqlite3.Row, str | None]:
        """The document row a citation id names (latest version unless "@n" given), and the rest."""
        m = CITE_RE.match(cite.strip())
        if not m:
            raise NotFound(f"没有这个文件：{cite}（引用编号形如“来源编号/d2”，可在政策库中查到）")
        if m["version"]:
            row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ? AND version = ?",
                                    (m["doc"], int(m["version"]))).fetchone()
        else:
            row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ? AND superseded_by IS NULL",
                                    (m["doc"],)).fetchone()
        if row is None:
            raise NotFound(f"库中没有文件 {m['doc']}" + (f" 的第 {m['version']} 版" if m["version"] else "")
                           + "（可用 zhengce docs 或政策库页面查看已有文件）")
        return row, m["rest"]

    def document(self, cite: str) -> Document:
        from zhengce.library.rehydrate import document_from_json

        row, _ = self.resolve(cite)
        return document_from_json(json.loads(row["reading"]))

    def get(self, cite: str) -> dict[str, Any]:
        """A document, section, article or point by citation id, as JSON with its context."""
        row, rest = self.resolve(cite)
        doc = self._doc_summary(row)
        if not rest:
            reading = json.loads(row["reading"])
            reading.update(version=row["version"], latest=row["superseded_by"] is None,
                           versions=self.versions(row["doc_id"]), series_members=self.series(row["series"]))
            return {"type": "document", "document": reading}
        target = row["doc_id"] + rest
        sec = self.conn.execute("SELECT * FROM sections WHERE doc_pk = ? AND cite_id = ?",
                                (row["pk"], target)).fetchone()
        if sec:
            arts = self.conn.execute("SELECT * FROM articles WHERE section_pk = ? ORDER BY pk",
                                     (sec["pk"],)).fetchall()
            return {"type": "section", "document": doc, "section": self._section_json(sec),
                    "articles": [self._article_json(a) for a in arts]}
        art = self.conn.execute("SELECT * FROM articles WHERE doc_pk = ? AND cite_id = ?",
                                (row["pk"], target)).fetchone()
        if art:
            sec = (self.conn.execute("SELECT * FROM sections WHERE pk = ?", (art["section_pk"],)).fetchone()
                   if art["section_pk"] else None)
            out = {"type": art["kind"], "document": doc,
                   "section": self._section_json(sec) if sec else None, "article": self._article_json(art)}
            out["article"]["provisions"] = self.article_provisions(art["pk"])
            out["article"]["quote"] = self.quote(row["source_pk"], art["span_start"], art["span_end"])
            return out
        raise NotFound(f"库中没有这个章节或条款：{cite}")

    def quote(self, source_pk: int, start: int | None, end: int | None) -> str | None:
        if start is None or end is None:
            return None
        r = self.conn.execute("SELECT substr(original, ?, ?) FROM sources WHERE pk = ?",
                              (start + 1, end - start, source_pk)).fetchone()
        return r[0] if r else None

    def article_provisions(self, article_pk: int) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT json FROM provisions WHERE article_pk = ? ORDER BY pk", (article_pk,))]

    def versions(self, doc_id: str) -> list[dict[str, Any]]:
        return [{"id": f"{r['doc_id']}@{r['version']}", "version": r["version"], "latest": r["superseded_by"] is None,
                 "content_hash": r["content_hash"], "ingested_at": r["ingested_at"]}
                for r in self.conn.execute("SELECT * FROM documents WHERE doc_id = ? ORDER BY version", (doc_id,))]

    def series(self, key: str | None) -> list[dict[str, Any]]:
        """Latest versions of the documents of one series, oldest policy year first, drafts before finals."""
        if not key:
            return []
        rows = self.conn.execute(
            "SELECT * FROM documents WHERE series = ? AND superseded_by IS NULL "
            "ORDER BY year, CASE status WHEN 'draft' THEN 0 ELSE 1 END, issued, pk", (key,)).fetchall()
        return [self._doc_summary(r) for r in rows]

    def documents(self, *, region: str | None = None, year: int | None = None, level: str | None = None,
                  status: str | None = None, kind: str | None = None, all_versions: bool = False
                  ) -> list[dict[str, Any]]:
        where, params = ([], []) if all_versions else (["superseded_by IS NULL"], [])
        if region:
            where.append(r"region LIKE ? ESCAPE '\'")
            params.append(like_pattern(region))
        for col, val in (("year", year), ("level", level), ("status", status), ("kind", kind)):
            if val is not None:
                where.append(f"{col} = ?")
                params.append(val)
        sql = "SELECT * FROM documents" + (" WHERE " + " AND ".join(where) if where else "") + \
              " ORDER BY doc_id, version"
        return [self._doc_summary(r) for r in self.conn.execute(sql, params)]

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "sources": one("SELECT COUNT(*) FROM sources"),
            "documents": one("SELECT COUNT(*) FROM documents WHERE superseded_by IS NULL"),
            "versions": one("SELECT COUNT(*) FROM documents"),
            "articles": one("SELECT COUNT(*) FROM articles a JOIN documents d ON d.pk = a.doc_pk "
                            "WHERE d.superseded_by IS NULL AND a.kind = 'article'"),
            "provisions": one("SELECT COUNT(*) FROM provisions p JOIN documents d ON d.pk = p.doc_pk "
                              "WHERE d.superseded_by IS NULL"),
        }

    @staticmethod
    def _doc_summary(r: sqlite3.Row) -> dict[str, Any]:
        return {
            "id": r["doc_id"], "version": r["version"], "latest": r["superseded_by"] is None,
            "title": r["title"], "issuer": r["issuer"], "region": r["region"], "level": r["level"],
            "year": r["year"], "doc_number": r["doc_number"], "issued": r["issued"], "status": r["status"],
            "kind": r["kind"], "series": r["series"], "total_budget_yuan": r["total_budget_yuan"],
            "sections": r["n_sections"], "articles": r["n_articles"], "points": r["n_points"],
            "warnings": r["n_warnings"], "content_hash": r["content_hash"],
        }

    @staticmethod
    def _section_json(s: sqlite3.Row) -> dict[str, Any]:
        return {"id": s["cite_id"], "no": s["no"], "label": s["label"], "title": s["title"],
                "lead": json.loads(s["lead"]), "budget_yuan": s["budget_yuan"],
                "span": [s["span_start"], s["span_end"]] if s["span_start"] is not None else None}

    @staticmethod
    def _article_json(a: sqlite3.Row) -> dict[str, Any]:
        return {"id": a["cite_id"], "kind": a["kind"], "no": a["no"], "label": a["label"],
                "heading": a["heading"], "responsible": json.loads(a["responsible"]), "text": a["text"],
                "span": [a["span_start"], a["span_end"]] if a["span_start"] is not None else None}
