"""Shared by the hand-written entitlement tests (dev and held-back sets): draft each document once,
evaluate each case's profile on the drafted rules (review: pending, so what they pay is
`pending_total_fen`), and count the cases that come out right."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import yaml

from zhengce.errors import InputError
from zhengce.rules import evaluate
from zhengce.rules.draft.write import draft_source
from zhengce.rules.rulebook import load_rule_files

HERE = Path(__file__).parent
DOCS = HERE.parent / "data" / "reading_dev"


def load_cases(name: str) -> list[dict]:
    return yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["cases"]


def draft_books(cases: list[dict], tmp_path_factory) -> dict:
    books = {}
    for doc in sorted({c["document"] for c in cases}):
        out = tmp_path_factory.mktemp(Path(doc).stem)
        try:
            written = draft_source(str(DOCS / doc), str(out) + "/")
        except InputError as exc:  # the drafter refuses the document (one clear message): no rules
            books[doc] = exc
            continue
        books[doc] = load_rule_files([w.path for w in written if w.path is not None])
    return books


def _run(case: dict, books: dict) -> int:
    profile = {"schema": "zhengce.profile/1", "entity": "enterprise", "id": case["id"], **case["profile"]}
    date = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(str(case["date"]))
    result = evaluate(profile, date, rulebook=books[case["document"]], include_drafts=case["include_drafts"])
    return result.pending_total_fen


def score(cases: list[dict], books: dict) -> tuple[int, list[str]]:
    """(cases right, errors), printing one line per case."""
    right, errors = 0, []
    for case in cases:
        want = int(Decimal(str(case["expected_yuan"])) * 100)
        book = books[case["document"]]
        if isinstance(book, InputError):  # not drafted: counted wrong, whatever was expected
            print(f"✗  {case['id']:32} expected {want / 100:>12,.2f}  not drafted: {book.message}  {case['document']}")
            continue
        try:
            got = _run(case, books)
        except Exception as exc:  # every case must run: reported, then failed by the caller
            errors.append(f"{case['id']}: {type(exc).__name__}: {exc}")
            print(f"!  {case['id']:32} expected {want / 100:>12,.2f}  error {exc!r:.80}  {case['document']}")
            continue
        ok = got == want
        right += ok
        print(f"{'✓' if ok else '✗'}  {case['id']:32} expected {want / 100:>12,.2f}  got {got / 100:>12,.2f}  "
              f"{case['document']}")
    print(f"agreement {right}/{len(cases)} = {right / len(cases):.1%}")
    return right, errors


def assert_floor(cases: list[dict], drafted: dict, minimum: int, floor: int) -> None:
    """At least `minimum` cases, none raising, and at least `floor` of them right."""
    assert len(cases) >= minimum
    right, errors = score(cases, drafted)
    assert not errors, "cases that raised: " + "; ".join(errors)
    assert right >= floor, f"agreement {right}/{len(cases)} below the floor {floor}"

