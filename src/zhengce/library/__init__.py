"""The policy library: storage (SQLite), search (FTS5) and comparison of read documents."""

from zhengce.library.store import FileReport, Library, StoredDocument

__all__ = ["Library", "FileReport", "StoredDocument"]
