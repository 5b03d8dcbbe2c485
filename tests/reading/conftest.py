from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from zhengce.reading import read_path


@pytest.fixture(scope="session")
def corpus_readings(corpus_dir):
    """Every corpus file read once (without provisions: structure only)."""
    return {p.name: read_path(p, with_provisions=False) for p in sorted(corpus_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def scorer(shared_dir):
    path = shared_dir / "tools" / "score_reading.py"
    spec = importlib.util.spec_from_file_location("score_reading", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def signature(docs):
    """What must not change when the same document comes in another form."""
    out = []
    for d in docs:
        out.append((d.title, d.region, d.level, d.year, d.status, d.kind, d.doc_number, d.issued,
                    tuple(d.comment_period or ()), d.total_budget_yuan,
                    tuple((s.no, s.title, tuple(s.lead), s.budget_yuan,
                           tuple((a.no, a.heading, tuple(a.responsible)) for a in s.articles))
                          for s in d.sections)))
    return out
