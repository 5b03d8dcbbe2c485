"""Limited funds: each allocation policy on hand-made claims, with ties and a pool that runs out midway."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.rules.reform.funds import first_come, pro_rata, ranked


def test_claims_that_fit_are_paid_in_full_under_every_policy():
    claims = [300, 200, 500]
    for alloc in (pro_rata(1000, claims), ranked(1000, claims, [1, 2, 3]), first_come(1000, claims)):
        assert alloc.funded == claims and alloc.left_fen == 0 and alloc.shortfall_fen == 0
    assert pro_rata(2000, claims).left_fen == 1000


def test_pro_rata_largest_remainder_to_the_fen():
    # pool 100 over 3 equal claims: 33 each, one fen left → the earliest claim (tie on remainders)
    assert pro_rata(100, [50, 50, 50]).funded == [34, 33, 33]
    # 1000 × claims / 1500: 200, 333.33, 466.67 → floors 200, 333, 466 (999); 1 fen to the largest remainder (.67)
    a = pro_rata(1000, [300, 500, 700])
    assert a.funded == [200, 333, 467] and a.paid_fen == 1000
    # remainders .5 and .5: tie → earlier claim
    assert pro_rata(3, [1, 1, 2, 2]).funded == [1, 0, 1, 1]


def test_pro_rata_ties_go_to_the_earlier_row():
    # pool 1 over claims 1, 1: each 0.5 → 0 each, 1 fen left → the first claim
    assert pro_rata(1, [1, 1]).funded == [1, 0]
    assert pro_rata(2, [1, 1, 1]).funded == [1, 1, 0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 10**12), min_size=1, max_size=30), st.integers(0, 10**13))
def test_pro_rata_properties(claims, pool):
    a = pro_rata(pool, claims)
    assert all(0 <= f <= c for f, c in zip(a.funded, claims))
    assert a.paid_fen == min(pool, sum(claims))
    total = sum(claims)
    if total > pool:  # nobody is more than one fen from the exact share
        assert all(abs(f * total - c * pool) < total for f, c in zip(a.funded, claims))


def test_ranked_pool_runs_out_mid_allocation():
    claims = [400, 300, 500, 200]
    scores = [70, 90, 80, 60]  # order: B(300) C(500) A(400) D(200); pool 1000
    assert ranked(1000, claims, scores, "partial").funded == [200, 300, 500, 0]  # A gets what is left
    assert ranked(1000, claims, scores, "skip").funded == [0, 300, 500, 200]  # A skipped, D fits
    assert ranked(1000, claims, scores, "stop").funded == [0, 300, 500, 0]


def test_ranked_ties_and_missing_scores():
    claims = [100, 100, 100]
    assert ranked(150, claims, [5, 5, 5], "partial").funded == [100, 50, 0]  # equal scores: earlier row first
    assert ranked(150, claims, [None, 1, 1], "partial").funded == [0, 100, 50]  # no score ranks last


def test_first_come_by_arrival_and_by_row():
    claims = [100, 200, 300]
    assert first_come(350, claims).funded == [100, 200, 50]
    assert first_come(350, claims, [20, 10, None]).funded == [100, 200, 50]  # day 10 first, then day 20
    assert first_come(350, claims, [30, 10, 20], "skip").funded == [100, 200, 0]  # 300 does not fit after 200, 100 does
    assert first_come(350, claims, [30, 10, 20], "stop").funded == [0, 200, 0]
