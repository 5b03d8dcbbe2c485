"""Issue 10: drafted rules against hand-written entitlements on development documents.

The expectations in data/dev_entitlements.yaml were written from the document text before looking
at the drafter's output. Drafted rules are `review: pending`, so what they pay is compared with
`pending_total_fen`. The floor below is the agreement measured when the cases were written (rounded
down to the case); it may rise, it must not be lowered to hide a regression.
"""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from zhengce.errors import InputError
from zhengce.rules import evaluate
from zhengce.rules.draft.write import draft_source
from zhengce.rules.rulebook import load_rule_files

HERE = Path(__file__).parent
DEV = HERE.parent / "data" / "reading_dev"
CASES = yaml.safe_load((HERE / "data" / "dev_entitlements.yaml").read_text(encoding="utf-8"))["cases"]

FLOOR_CASES = 26  # measured 2026-12-01: 16 of 32 when written (50 %), 26 of 32 after drafter fixes (不低于 as ≥, a year or an open period when none is printed); the target is >= 90 %


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    books = {}
    for doc in sorted({c["document"] for c in CASES}):
        out = tmp_path_factory.mktemp(Path(doc).stem)
        try:
            written = draft_source(str(DEV / doc), str(out) + "/")
        except InputError as exc:  # the drafter refuses the document (one clear message): no rules
            books[doc] = exc
            continue
        paths = [w.path for w in written if w.path is not None]
        books[doc] = load_rule_files(paths)
    return books


def _run(case, books):
    profile = {"schema": "zhengce.profile/1", "entity": "enterprise", "id": case["id"], **case["profile"]}
    date = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(str(case["date"]))
    result = evaluate(profile, date, rulebook=books[case["document"]], include_drafts=case["include_drafts"])
    return result.pending_total_fen


def test_dev_entitlements(drafted):
    assert len(CASES) >= 30
    right, errors = 0, []
    for case in CASES:
        want = int(Decimal(str(case["expected_yuan"])) * 100)
        book = drafted[case["document"]]
        if isinstance(book, InputError):  # not drafted: counted wrong, whatever was expected
            print(f"✗  {case['id']:32} expected {want / 100:>12,.2f}  not drafted: {book.message}  {case['document']}")
            continue
        try:
            got = _run(case, drafted)
        except Exception as exc:  # every case must run: reported, then failed below
            errors.append(f"{case['id']}: {type(exc).__name__}: {exc}")
            print(f"!  {case['id']:32} expected {want / 100:>12,.2f}  error {exc!r:.80}  {case['document']}")
            continue
        ok = got == want
        right += ok
        print(f"{'✓' if ok else '✗'}  {case['id']:32} expected {want / 100:>12,.2f}  got {got / 100:>12,.2f}  "
              f"{case['document']}")
    rate = right / len(CASES)
    print(f"agreement {right}/{len(CASES)} = {rate:.1%}")
    assert not errors, "cases that raised: " + "; ".join(errors)
    assert right >= FLOOR_CASES, f"agreement {right}/{len(CASES)} below the floor {FLOOR_CASES}"
