"""The reader on real documents from places it was not written for (tests/data/reading_dev).

Each document there was saved as a government site served it and read by hand into the JSON
contract before the reader saw it (sources in the README_*.md files). The `dev` part is what the
reader was developed against; the `heldout` part was scored only at the end, to tell a general
fix from a fit. Both are scored with ../shared/tools/score_reading.py, summed over the files.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.reading.dev_set_floors import FLOORS

REPO = Path(__file__).resolve().parents[2]
SCORES = ("documents", "metadata", "sections", "articles", "inc_p", "inc_r", "deadlines")


def _score_module():
    spec = importlib.util.spec_from_file_location("score_reading_set", REPO / "scripts" / "score_reading_set.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def score_set(shared_dir):
    mod = _score_module()

    def run(split: str):
        lines: list[str] = []
        scores, per_file = mod.score_set(split, shared_dir, out=lines.append)
        return scores, per_file, lines

    return run


def test_the_set_is_real_and_big_enough():
    root = REPO / "tests" / "data" / "reading_dev"
    golds = sorted(root.glob("*/*.json"))
    assert len(golds) >= 20
    sources = {gold: _score_module().source_of(gold) for gold in golds}
    for gold, source in sources.items():
        assert source.exists(), gold
    readmes = "".join(p.read_text(encoding="utf-8") for p in root.glob("README*.md"))
    for gold, source in sources.items():
        assert source.name in readmes, f"{gold.name}: source not listed in a README"


@pytest.mark.parametrize("split", list(FLOORS))
def test_reader_scores_on_documents_of_other_places(score_set, split):
    scores, per_file, lines = score_set(split)
    print(f"{split}: " + " ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    low = {k: round(v, 3) for k, v in scores.items() if v < FLOORS[split][k]}
    assert not low, f"{split} below its floor: {low}\n" + "\n".join(lines[:60])


def test_no_clause_of_a_real_document_breaks_the_provision_reader():
    """A clause the provision reader fails on is skipped with a warning (the document is kept); on the
    real documents of the set none may fail — a failure here is a bug, not a hard sentence."""
    from zhengce.reading import read_path

    failed = []
    root = REPO / "tests" / "data" / "reading_dev"
    for txt in sorted([*root.glob("*/*.txt"), *root.glob("*/*.html")]):
        for doc in read_path(txt):
            failed += [f"{txt.name}: {w.message}" for w in doc.warnings if w.code == "provisions_failed"]
    assert not failed, "\n".join(failed[:20])
