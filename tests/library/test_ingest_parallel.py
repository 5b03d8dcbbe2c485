"""Ingest with reader processes: the same library as reading in-process, bad files reported in
order, a reader that dies takes only its own file with it."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from zhengce.library.ingest import ingest
from zhengce.library.store import Library
from zhengce.paths import corpus_files


def _rows(lib: Library) -> dict[str, list]:
    """The library's content, independent of primary keys."""
    q = {
        "documents": "SELECT doc_id, version, content_hash, series, title, region, year, reading FROM documents "
                     "ORDER BY doc_id, version",
        "articles": "SELECT d.doc_id, a.cite_id, a.kind, a.text, a.responsible, a.span_start FROM articles a "
                    "JOIN documents d ON d.pk = a.doc_pk ORDER BY a.cite_id",
        "provisions": "SELECT d.doc_id, a.cite_id, p.kind, p.quote, p.amount_fen, p.json FROM provisions p "
                      "JOIN documents d ON d.pk = p.doc_pk LEFT JOIN articles a ON a.pk = p.article_pk "
                      "ORDER BY d.doc_id, p.json",
    }
    return {k: [tuple(r) for r in lib.conn.execute(sql)] for k, sql in q.items()}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The corpus with bad files between its files."""
    folder = tmp_path_factory.mktemp("batch")
    files = []
    for i, src in enumerate(corpus_files()):
        files.append(shutil.copy(src, folder / src.name))
        if i == 1:
            blob = folder / "blob.txt"
            blob.write_bytes(bytes(range(256)) * 50)
            files += [blob, folder / "missing.txt"]
    return files


def test_workers_store_what_reading_here_stores(tmp_path, batch):
    with Library(tmp_path / "one.sqlite") as one, Library(tmp_path / "two.sqlite") as two:
        here = ingest(one, batch, workers=1)
        there = ingest(two, batch, workers=2)
        assert [(r.path, r.status, r.error) for r in there] == [(r.path, r.status, r.error) for r in here]
        assert [r.status for r in there] == ["added", "added", "failed", "failed", "added", "added", "added"]
        assert "missing.txt" in there[3].path and there[3].error
        assert _rows(two) == _rows(one)
        again = ingest(two, batch, workers=2)
        assert [r.status for r in again] == ["unchanged"] * 2 + ["failed"] * 2 + ["unchanged"] * 3


_DYING = """
import os, sys
from pathlib import Path
from zhengce.library import ingest as ingest_mod
from zhengce.library.store import Library

real = ingest_mod.read_documents

def deadly(path):  # the workers are forked: they run this too
    if path.name.startswith("002_"):
        os._exit(9)  # as a crash in C or the out-of-memory killer would
    return real(path)

assert ingest_mod.can_fork()  # else the reading would run (and die) in this process
ingest_mod.read_documents = deadly
with Library(Path(sys.argv[1])) as lib:
    reports = ingest_mod.ingest(lib, sys.argv[2:], workers=2)
    status = {r.path.rsplit("/", 1)[-1][:3]: (r.status, r.error) for r in reports}
    assert status.pop("002")[0] == "failed", status
    assert {s for s, _ in status.values()} == {"added"}, status
    assert [r for r in reports if r.status == "failed"][0].error.startswith("读取进程在这个文件上中止")
    assert lib.counts()["sources"] == 4
print("ok")
"""


def test_a_reader_that_dies_fails_only_its_file(tmp_path, batch):
    # (in a fresh interpreter: forking needs a process without threads, and a test run may have
    # left some — a JVM gateway's finalizer, a server's — that make ingest read in-process)
    good = [str(f) for f in batch if f.exists() and not f.name.startswith("blob")]
    run = subprocess.run([sys.executable, "-c", _DYING, str(tmp_path / "lib.sqlite"), *good],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]


def test_cli_workers(tmp_path, capsys, batch):
    from zhengce.cli import main

    db = str(tmp_path / "cli.sqlite")
    assert main(["ingest", *map(str, batch), "--workers", "2", "--db", db]) == 1  # two bad files
    out, err = capsys.readouterr()
    assert out.count("added") == 5 and err.count("zhengce: 未能入库：") == 2
    assert main(["ingest", str(batch[0]), "--workers", "0", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "zhengce: 错误：" in err and "Traceback" not in err
