"""Thin adapter between the pages and the library layer.

One Library connection per worker thread (SQLite connections are not shared across threads).
Only reads here; ingesting is the CLI's job. The one query the library does not offer as a
function — every provision of a document grouped by the article holding it — reads the
library's tables directly (read-only).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from zhengce.errors import ZhengceError


class LayerMissing(ZhengceError):
    """A layer this page needs is not installed yet."""


class LibraryAccess:
    def __init__(self, db_path: Path, cache_size: int = 128):
        self.db_path = db_path
        self._local = threading.local()
        self._cache: OrderedDict[Any, Any] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

    def generation(self) -> tuple[int, int]:
        """Changes whenever documents are added (a new version, a new series member): cache key part."""
        row = self.lib().conn.execute("SELECT COALESCE(MAX(pk), 0), COUNT(*) FROM documents").fetchone()
        return int(row[0]), int(row[1])

    def cached(self, key: Any, make):
        """`make()` once per key (keys include generation(): stored documents never change)."""
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = make()
        with self._cache_lock:
            self._cache[key] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value

    def lib(self):
        lib = getattr(self._local, "lib", None)
        if lib is None:
            try:
                from zhengce.library.store import Library
            except ImportError as exc:  # pragma: no cover - only while layers land
                raise LayerMissing("政策库模块尚未就绪") from exc
            lib = Library(self.db_path)
            self._local.lib = lib
        return lib

    def provisions_by_article(self, doc_id: str) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
        """({article cite id: [provision json…]}, [provisions not placed in an article]) for the
        document version `doc_id` names."""
        lib = self.lib()
        row, _ = lib.resolve(doc_id)
        placed: dict[str, list[dict[str, Any]]] = {}
        loose: list[dict[str, Any]] = []
        for cite, pj in lib.conn.execute(
                "SELECT a.cite_id, p.json FROM provisions p LEFT JOIN articles a ON a.pk = p.article_pk "
                "WHERE p.doc_pk = ? ORDER BY p.pk", (row["pk"],)):
            prov = json.loads(pj)
            if cite:
                placed.setdefault(cite, []).append(prov)
            else:
                loose.append(prov)
        return placed, loose


def library(request) -> LibraryAccess:
    return request.app.state.library
