"""Limited funds: share a pool among claims when the claims exceed it, to the fen.

Policies (a reform file's `funds:`, docs/reforms.md):
- pro_rata: each claim × pool / total claims, rounded down to the fen; the fen left over go one
  each to the largest remainders (Hamilton / largest-remainder), ties to the earlier registry row.
  Nobody receives more than the claim, and the pool is used exactly.
- ranked: by a score, highest first (ties: earlier registry row); each claim is paid in full
  while the pool lasts. The claim the pool cannot cover in full (`on_short`): `partial` gets
  what is left and allocation ends; `skip` is passed over and smaller claims further down the
  ranking may still be paid; `stop` ends allocation there.
- first_come: like ranked, in order of arrival: a date fact ascending (earliest first) when
  `order_by` is given, else registry order (row order = arrival order).

When the claims fit in the pool, every claim is paid in full under every policy.
Amounts are Python ints (claim × pool can exceed int64), so exactness never depends on numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Allocation:
    funded: list[int]  # fen per claim, same order as the claims
    pool_fen: int
    claimed_fen: int
    paid_fen: int
    order: list[int]  # claim positions in the order they were considered (ranked/first come)

    @property
    def left_fen(self) -> int:
        return self.pool_fen - self.paid_fen

    @property
    def shortfall_fen(self) -> int:
        return max(self.claimed_fen - self.pool_fen, 0)


def pro_rata(pool: int, claims: list[int]) -> Allocation:
    total = sum(claims)
    if total <= pool:
        return Allocation(list(claims), pool, total, total, list(range(len(claims))))
    shares, rems = [], []
    for c in claims:
        q, r = divmod(c * pool, total)
        shares.append(q)
        rems.append(r)
    left = pool - sum(shares)
    # largest remainders first; equal remainders: the earlier claim (row) first
    for i in sorted(range(len(claims)), key=lambda i: (-rems[i], i))[:left]:
        shares[i] += 1
    return Allocation(shares, pool, total, sum(shares), list(range(len(claims))))


def in_order(pool: int, claims: list[int], order: list[int], on_short: str = "partial") -> Allocation:
    funded = [0] * len(claims)
    left = pool
    for i in order:
        c = claims[i]
        if c <= left:
            funded[i] = c
            left -= c
            continue
        if on_short == "partial":
            funded[i] = left
            left = 0
            break
        if on_short == "stop":
            break
        # skip: a smaller claim further down may still fit
    return Allocation(funded, pool, sum(claims), pool - left, list(order))


def ranked(pool: int, claims: list[int], scores: list, on_short: str = "partial") -> Allocation:
    """Highest score first; a missing score (None) ranks last; ties keep claim order."""
    order = sorted(range(len(claims)), key=lambda i: (scores[i] is None, -(scores[i] or 0), i))
    return in_order(pool, claims, order, on_short)


def first_come(pool: int, claims: list[int], arrival: list | None = None, on_short: str = "partial") -> Allocation:
    """Earliest arrival first (None = unknown arrival, last); without arrivals, claim order."""
    if arrival is None:
        order = list(range(len(claims)))
    else:
        order = sorted(range(len(claims)), key=lambda i: (arrival[i] is None, arrival[i] or 0, i))
    return in_order(pool, claims, order, on_short)


def allocate(fund, claims: np.ndarray, cols=None, rows: np.ndarray | None = None) -> Allocation:
    """Allocate `fund` (spec.Fund) over claims (int64 fen, one per claimant row `rows` of `cols`)."""
    amounts = [int(c) for c in claims]
    if fund.policy == "pro_rata":
        return pro_rata(fund.pool_fen, amounts)
    if fund.policy == "ranked":
        if fund.score is None:
            scores = amounts
        else:
            v, k = cols.get(fund.score)
            scores = [int(v[r]) if k[r] else None for r in rows]
        return ranked(fund.pool_fen, amounts, scores, fund.on_short)
    arrival = None
    if fund.order_by is not None:
        v, k = cols.get(fund.order_by)
        arrival = [int(v[r]) if k[r] else None for r in rows]
    return first_come(fund.pool_fen, amounts, arrival, fund.on_short)
