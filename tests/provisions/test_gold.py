"""The full reading of the hand-checked corpus files, scored by ../shared/tools/score_reading.py:
incentives precision and recall at least 0.95 and every deadline found with its date and time.
Also: the draft and the 2024 policy (no gold) yield no invented incentives from budgets/targets."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from zhengce.cli.output import to_jsonable
from zhengce.paths import CORPUS_DIR

GOLD = ["003_8ed54ab2f5c8896f", "004_c74db4dc4724db3b"]


def _read(stem):
    if importlib.util.find_spec("zhengce.reading.pipeline") is None:
        pytest.fail("zhengce.reading.read_path is needed to score provisions against the gold files")
    from zhengce.reading import read_path

    return read_path(CORPUS_DIR / f"{stem}.txt")


@pytest.mark.parametrize("stem", GOLD)
def test_scores_against_gold(stem, shared_dir, tmp_path):
    docs = _read(stem)
    reading = tmp_path / f"{stem}.json"
    reading.write_text(json.dumps([to_jsonable(d.to_json()) for d in docs], ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_reading.py"),
                          "--gold", str(shared_dir / "gold" / f"{stem}.json"), "--reading", str(reading)],
                         capture_output=True, text=True, check=False)
    last = [ln for ln in run.stdout.splitlines() if ln.startswith("score:")]
    assert last, run.stdout + run.stderr
    scores = dict(kv.split("=") for kv in last[-1].split()[1:])
    diffs = "\n".join(ln for ln in run.stdout.splitlines() if "incentive" in ln or "deadline" in ln)
    assert float(scores["incentives_p"]) >= 0.95, diffs
    assert float(scores["incentives_r"]) >= 0.95, diffs
    assert float(scores["deadlines"]) == 1.0, diffs


@pytest.mark.parametrize("stem", GOLD)
def test_quotes_are_exact_original_substrings(stem):
    original = (CORPUS_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    for doc in _read(stem):
        for p in doc.provisions:
            assert original[p.span[0]:p.span[1]] == p.quote
            assert p.citation


def test_no_awards_invented_where_the_text_states_none():
    """临安 2024 (001) names awards without amounts only: every incentive would be invented."""
    docs = _read("001_95e72363357eca1d")
    incs = [p for d in docs for p in d.provisions if p.kind == "incentive"]
    assert incs == []
    kinds = {p.kind for d in docs for p in d.provisions}
    assert {"budget", "target"} <= kinds


def test_notice_deadlines_are_in_doc_deadlines():
    docs = _read("004_c74db4dc4724db3b")
    notices = [d for d in docs if d.kind == "notice"]
    assert notices and all(isinstance(x, dict) and set(x) == {"date", "time", "what", "article", "citation", "quote"}
                           for d in notices for x in d.deadlines)
    original = (CORPUS_DIR / "004_c74db4dc4724db3b.txt").read_text(encoding="utf-8")
    assert all(x["quote"] in original and x["citation"].startswith("004_c74db4dc4724db3b/") for d in notices for x in d.deadlines)
    assert any(x["time"] == "16:00" for d in notices for x in d.deadlines)
