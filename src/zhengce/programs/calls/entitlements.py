"""What a population (one profile, or a registry of a million) is entitled to and may apply for, as
sparse (member, item, amount) arrays — the batch engine's vector path (zhengce.rules.vector) for the
rules, the same condition objects' `vector` for the calls. Used by subscriptions to find what is new.

Items: "rule:<id>" (an eligible rule, amount in fen; rules pending review are left out), "call:<id>" (a call the member may apply for,
with a deadline ahead), "deadline:<call>/<deadline>" (each applicant deadline ahead, amount 0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from zhengce.programs.calls.model import CallBook
from zhengce.programs.calls.schedule import schedule
from zhengce.rules.conditions import Ctx
from zhengce.rules.result import ELIGIBLE
from zhengce.rules.rulebook import Rulebook
from zhengce.rules.vector import ENTITIES, Columns, VectorEngine, region_codes


@dataclass
class Entitlements:
    items: list[str]  # item code → name
    member: np.ndarray  # int64 row of each entitlement
    item: np.ndarray  # int32 index into items
    amount: np.ndarray  # int64 fen

    def keys(self) -> np.ndarray:
        return (self.member.astype(np.int64) << 20) | self.item.astype(np.int64)


def _call_mask(call, cols: Columns, on: dt.date) -> np.ndarray:
    """Rows surely eligible for the call (unknown facts do not notify)."""
    mask = cols.entity == ENTITIES.index(call.raw["applicants"]["entity"])
    if call.covers is not None:
        codes = region_codes()
        lut = np.zeros(len(codes), dtype=bool)
        lut[[codes[d] for d in call.covers if d in codes]] = True
        mask &= lut[cols.region]
    last = max((d.date for d in call.deadlines), default=on)
    ctx = Ctx(dt.date(call.year, 1, 1), max(last, on), on)
    for cond in call.conditions:
        t, _ = cond.vector(cols, ctx)
        mask &= t
    return mask


def compute(cols: Columns, rulebook: Rulebook, calls: CallBook, on: dt.date) -> Entitlements:
    items: list[str] = []
    members, idx, amounts = [], [], []

    def add(name: str, rows: np.ndarray, amount: np.ndarray) -> None:
        items.append(name)
        members.append(rows.astype(np.int64))
        idx.append(np.full(rows.size, len(items) - 1, dtype=np.int32))
        amounts.append(amount.astype(np.int64))

    engine = VectorEngine(rulebook, on)
    for sp in engine.run(cols, active_only=True):
        if sp.rule.pending:  # 待复核: not a confirmed entitlement; accepting it makes it new
            continue
        el = sp.status == ELIGIBLE
        if el.any():
            add(f"rule:{sp.rule.id}", sp.idx[el], sp.amount[el])
    for call in calls.reviewed():
        ahead = [d for d in schedule(call) if d.party == "applicant" and d.date >= on]
        if not ahead:
            continue
        rows = np.flatnonzero(_call_mask(call, cols, on))
        if rows.size == 0:
            continue
        award = sum(int(a["amount_yuan"]) for a in call.awards) * 100
        add(f"call:{call.id}", rows, np.full(rows.size, award, dtype=np.int64))
        for d in ahead:
            add(f"deadline:{call.id}/{d.id}@{d.date.isoformat()}", rows, np.zeros(rows.size, dtype=np.int64))
    cat = (lambda parts, dtype: np.concatenate(parts) if parts else np.zeros(0, dtype=dtype))
    return Entitlements(items, cat(members, np.int64), cat(idx, np.int32), cat(amounts, np.int64))
