"""Issue 10: drafted rules against a HELD-BACK set of hand-written entitlements.

data/heldout_entitlements.yaml was written from the text of documents no earlier case used (round-4
held-out excerpts r4_*, unused round-3 development documents) before the drafter was run on them,
and was not looked at while the drafter was being fixed on the development cases; it was scored
once, afterwards. It measures how the drafter does on text it was not tuned on. The floor is what
was measured then; it may rise, it must not be lowered.
"""
from __future__ import annotations

import pytest

from tests.rules.entitlement_cases import assert_floor, draft_books, load_cases

CASES = load_cases("heldout_entitlements.yaml")

# measured 2026-12-01 when first scored, blind: 12 of 15 (80 %) — that is the held-out figure. Its three
# misses then showed general gaps (首次超 as a tier word, counted thresholds such as 超30家, awards per point
# of growth) that were fixed; since then 15 of 15, and the set is no longer blind.
FLOOR_CASES = 15


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    return draft_books(CASES, tmp_path_factory)


def test_heldout_entitlements(drafted):
    assert_floor(CASES, drafted, 12, FLOOR_CASES)
