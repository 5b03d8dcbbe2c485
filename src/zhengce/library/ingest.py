"""Ingest files into the library: read each one, store it in its own transaction, go on past
bad files and say why each failed in one line.

Reading (and turning a reading into rows, zhengce.library.prepare) is most of the work and
needs no database, so a batch of files is read in worker processes, one per core, while this
process writes the results in file order, one transaction per file. A small batch is read
here: starting workers would cost more than it saves.
"""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from zhengce.errors import ZhengceError
from zhengce.library.prepare import PreparedDocument, prepare
from zhengce.library.store import FileReport, Library

# Extensions picked up when a folder is given (a file named explicitly is always tried).
READABLE = {".txt", ".text", ".html", ".htm", ".shtml", ".mht", ".mhtml", ".docx", ".doc", ".wps", ".rtf", ".pdf",
            ".ofd", ".xlsx", ".xls", ".et", ".odt", ".ods", ".fodt", ".fods", ".pptx", ".ppt", ".dps", ".odp", ".fodp", ".zip"}
# Fewer files to read than this: read them in this process.
PARALLEL_FROM = 8


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
    from zhengce.reading.readers import read_file

    source = read_file(path)  # read once: spans in the documents point into this decoded text
    return reading.parse_text(source.text, source=Path(path).name), source.text


@dataclass
class _Read:
    """One file read and prepared for storing, or why it could not be."""

    path: str
    sha256: str | None = None
    size: int = 0
    documents: list[PreparedDocument] = field(default_factory=list)
    original: str | None = None
    error: str | None = None


def _check(path: Path) -> bytes:
    if not path.exists():
        raise ZhengceError("文件或文件夹不存在")
    if not path.is_file():
        raise ZhengceError("不是普通文件")
    return path.read_bytes()


def _read(path: Path) -> _Read:
    """Read and prepare one file; every failure becomes a one-line error (runs in a worker)."""
    name = str(path)
    try:
        data = _check(path)
        docs, original = read_documents(path)
        # Paragraphs alone (no title, no sections) are prose, not a policy: refuse rather than
        # fill the library with it.
        if not docs or not any(d.title or d.sections for d in docs):
            raise ZhengceError("不是政策文件（没有找到标题或章节）")
        return _Read(name, hashlib.sha256(data).hexdigest(), len(data), [prepare(d) for d in docs], original)
    except ZhengceError as exc:
        return _Read(name, error=str(exc))
    except MemoryError:
        return _Read(name, error="文件过大，无法读取")
    except Exception as exc:  # a reader bug must not stop the batch; say what it was
        return _Read(name, error=f"读取时发生内部错误（程序缺陷）：{type(exc).__name__}: {exc}")


def _write(lib: Library, path: Path, read: _Read, force: bool) -> FileReport:
    if read.error is not None:
        return FileReport(read.path, "failed", error=read.error)
    try:
        return lib.store_prepared(read.documents, name=path.name, sha256=read.sha256, size=read.size,
                                  path=read.path, original=read.original, force=force)
    except ZhengceError as exc:
        return FileReport(read.path, "failed", error=str(exc))
    except Exception as exc:  # nothing of this file was written (one transaction); go on
        return FileReport(read.path, "failed", error=f"入库时发生内部错误（程序缺陷，本文件未写入）：{type(exc).__name__}: {exc}")


def _known(lib: Library, path: Path) -> FileReport | None:
    """The report for a file whose bytes the library already holds (nothing to read), else None."""
    try:
        data = _check(path)
    except (ZhengceError, OSError):
        return None  # the reader reports it
    sha = hashlib.sha256(data).hexdigest()
    return lib.store([], name=path.name, data=data, path=str(path)) if lib.has_source(sha) else None


def ingest_file(lib: Library, path: Path, *, force: bool = False) -> FileReport:
    if not force and (known := _known(lib, path)) is not None:
        return known
    return _write(lib, path, _read(path), force)


def ingest(lib: Library, paths: Iterable[str | Path], *, force: bool = False,
           progress: Callable[[int, int, Path | None], None] | None = None,
           workers: int | None = None) -> list[FileReport]:
    """Ingest files and folders; one report per file, in order. `workers`: reader processes
    (default: one per core for a batch of PARALLEL_FROM files or more; 1 reads here)."""
    files = expand(paths)
    reports: list[FileReport | None] = [None] * len(files)
    todo = []
    for i, f in enumerate(files):
        if not force and (known := _known(lib, f)) is not None:
            reports[i] = known
        else:
            todo.append(i)
    if workers is None:
        workers = min(os.cpu_count() or 1, len(todo)) if len(todo) >= PARALLEL_FROM else 1
    if not can_fork():
        workers = 1
    reads = _read_all([files[i] for i in todo], workers)
    done = 0
    try:
        for i, f in enumerate(files):
            if progress:
                progress(i, len(files), f)
            if reports[i] is None:
                reports[i] = _write(lib, f, next(reads), force)
                done += 1
    finally:
        reads.close()  # stops the workers at once if writing was interrupted
    if progress:
        progress(len(files), len(files), None)
    if done >= PARALLEL_FROM:
        lib.optimize()
    return reports  # type: ignore[return-value]


def _read_all(files: list[Path], workers: int):
    """The reads of `files`, in order, as they come (a generator: the caller writes each one
    while the workers read the next)."""
    if workers <= 1:
        for f in files:
            yield _read(f)
        return
    ctx = _context()
    ahead = 2 * workers  # reads in flight: bounds memory, keeps every worker busy
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    pending: dict[int, Future] = {}
    nxt = 0
    try:
        for k in range(len(files)):
            try:
                while nxt < len(files) and nxt < k + ahead:
                    pending[nxt] = pool.submit(_read, files[nxt])
                    nxt += 1
                result = pending.pop(k).result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, crashed in C) and took the pool with it.
                # Read this file alone (it fails only if it kills its own reader: the culprit may
                # be another file in flight), then go on with a new pool, resubmitting the rest.
                result = _finished(pending.pop(k, None))
                pool.shutdown(cancel_futures=True)
                result = result or _alone(files[k])
                pending.clear()
                nxt = k + 1
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
            yield result
    finally:
        pool.shutdown(cancel_futures=True)


def _finished(future: Future | None) -> _Read | None:
    """The result of a read that completed before its pool broke, else None."""
    if future is None or not future.done() or future.cancelled() or future.exception() is not None:
        return None
    return future.result()


def can_fork() -> bool:
    """Workers are forked (see _context); forking a process that runs threads is unsafe, so then
    ingest reads in-process."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _context():
    """Forked workers start at once with everything imported, and the caller needs no
    `if __name__ == "__main__"` guard (spawn and forkserver re-import the main module)."""
    import multiprocessing

    return multiprocessing.get_context("fork")


def _alone(path: Path) -> _Read:
    with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as pool:
        try:
            return pool.submit(_read, path).result()
        except BrokenProcessPool:
            return _Read(str(path), error="读取进程在这个文件上中止（程序崩溃或内存不足）")
