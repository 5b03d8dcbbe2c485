"""Ingest files into the library: read each one, store it in its own transaction, go on past
bad files and say why each failed in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from zhengce.errors import ZhengceError
from zhengce.library.store import FileReport, Library

# Extensions picked up when a folder is given (a file named explicitly is always tried).
READABLE = {".txt", ".text", ".html", ".htm", ".docx", ".pdf"}


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and readable files inside folders (sorted, hidden ones skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READABLE
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        else:
            out.append(p)  # missing ones are reported by ingest_file
    return out


def read_documents(path: Path):
    """The documents in a file and the original text their spans point into (None if unknown)."""
    from zhengce import reading

    docs = reading.read_path(path)
    original = None
    try:  # the decoded original text the spans point into (quotes are cut from it)
        from zhengce.reading.readers import read_file

        original = read_file(path).text
    except Exception:  # quotes are a convenience; the reading itself succeeded
        original = None
    return docs, original


def ingest_file(lib: Library, path: Path, *, force: bool = False) -> FileReport:
    name = str(path)
    try:
        if not path.exists():
            raise ZhengceError("no such file or directory")
        if not path.is_file():
            raise ZhengceError("not a regular file")
        data = path.read_bytes()
        import hashlib

        if not force and lib.has_source(hashlib.sha256(data).hexdigest()):
            return lib.store([], name=path.name, data=data, path=name)
        docs, original = read_documents(path)
        # Paragraphs alone (no title, no sections) are prose, not a policy: refuse rather than
        # fill the library with it.
        if not docs or not any(d.title or d.sections for d in docs):
            raise ZhengceError("not a policy document (no title or sections found)")
        return lib.store(docs, name=path.name, data=data, path=name, original=original, force=force)
    except ZhengceError as exc:
        return FileReport(name, "failed", error=str(exc))
    except MemoryError:
        return FileReport(name, "failed", error="file too large to read")
    except Exception as exc:  # a reader bug must not stop the batch; say what it was
        return FileReport(name, "failed", error=f"internal error while reading: {type(exc).__name__}: {exc}")


def ingest(lib: Library, paths: Iterable[str | Path], *, force: bool = False,
           progress: Callable[[int, int, Path], None] | None = None) -> list[FileReport]:
    files = expand(paths)
    reports = []
    for i, f in enumerate(files):
        if progress:
            progress(i, len(files), f)
        reports.append(ingest_file(lib, f, force=force))
    if progress:
        progress(len(files), len(files), None)
    return reports
