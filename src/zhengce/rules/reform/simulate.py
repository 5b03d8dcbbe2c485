"""Baseline and reform over one registry: the columns are read once, both compiled rulebooks evaluated on them.

A stacking unit (a rule, or the rules of one stacking group) whose rule data, document period
and group are the same in both rulebooks gives the same result on the same columns, so it is
evaluated once and shared; only the units a reform touches are evaluated twice. Every sum is an
int64 (or Python int) of fen; grouped sums use `np.add.at` on integers, never float weights.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import numpy as np

from zhengce.rules import regions
from zhengce.rules.reform.apply import Applied
from zhengce.rules.reform.budget import budgets
from zhengce.rules.reform.funds import Allocation, allocate
from zhengce.rules.result import ELIGIBLE, NEEDS_INFO
from zhengce.rules.profile import schema
from zhengce.rules.rulebook import Rule, Rulebook
from zhengce.rules.vector import Columns, VectorEngine

UNKNOWN = "未填"
NO_SECTION = "未归入领域"


@dataclass
class Paid:
    """One rule's eligible rows and amounts (stacking applied) in one scenario."""

    rule: Rule
    rows: np.ndarray  # int64, ascending
    fen: np.ndarray  # int64
    needs_info: int


@dataclass
class Scenario:
    book: Rulebook
    total: np.ndarray  # int64 fen per registry row
    paid: dict[str, Paid]  # rule id → eligible rows

    def rule_fen(self, rule_id: str) -> int:
        p = self.paid.get(rule_id)
        return int(p.fen.sum(dtype=np.int64)) if p is not None else 0


def _unit_key(members: list[Rule], book: Rulebook) -> tuple:
    parts = []
    for r in members:
        d = r.document
        parts.append((json.dumps(r.raw, sort_keys=True, default=str, ensure_ascii=False), d.key, d.start, d.end,
                      d.status, d.region))
    g = book.groups.get(members[0].stacking) if members[0].stacking else None
    return tuple(parts), (g.mode, g.cap_fen) if g else None


def _present(cols: Columns) -> dict:
    """The (entity, district) pairs the registry holds, to skip documents no row can use."""
    from zhengce.rules.vector import ENTITIES
    names = regions.all_districts()
    codes = cols.entity.astype(np.int64) * len(names) + cols.region.astype(np.int64)
    pairs = np.flatnonzero(np.bincount(codes)) if cols.n else []
    held: dict = {}
    for code in pairs:
        e, r = divmod(int(code), len(names))
        held.setdefault(ENTITIES[e], set()).add(names[r])
    return {"held": held}


def _applies(rule: Rule, present: dict) -> bool:
    places = present["held"].get(rule.entity)
    return bool(places) and not places.isdisjoint(rule.document.covers)


def evaluate(book: Rulebook, cols: Columns, date: dt.date, include_drafts: bool, cache: dict) -> Scenario:
    """One rulebook on the columns; units already in `cache` (same key) are not evaluated again."""
    engine = VectorEngine(book, date, include_drafts)
    masks: dict = {}
    total = np.zeros(cols.n, dtype=np.int64)
    paid: dict[str, Paid] = {}
    present = _present(cols)
    for members in engine.units:
        if not any(r.active_on(date, include_drafts) for r in members):
            continue  # rules not in force pay nothing
        if not any(_applies(r, present) for r in members):
            continue  # no row of this entity lives where the document applies: nothing to evaluate
        key = _unit_key(members, book)
        if key not in cache:
            cache[key] = [(s.idx[s.status == ELIGIBLE], s.amount[s.status == ELIGIBLE],
                           int((s.status == NEEDS_INFO).sum())) for s in engine.unit_sparse(members, cols, masks)]
        for rule, (rows, fen, needs) in zip(members, cache[key]):
            total[rows] += fen  # rows are unique within a rule
            paid[rule.id] = Paid(rule, rows, fen, needs)
    if (total < 0).any():
        raise OverflowError("money total overflowed int64")
    return Scenario(book, total, paid)


@dataclass
class Simulation:
    applied: Applied
    date: dt.date
    n: int
    rows: np.ndarray  # registry row numbers (1-based)
    ids: list | object  # pyarrow array or list of ids
    base: Scenario
    reform: Scenario
    cols: Columns
    errors: list = field(default_factory=list)
    total_rows: int = 0
    sections: dict[str, str] = field(default_factory=dict)  # rule id → section label
    funds: list[dict] = field(default_factory=list)
    allocations: list[tuple] = field(default_factory=list)  # (fund, scenario, rows, claims, Allocation)
    seconds: dict = field(default_factory=dict)

    @property
    def diff(self) -> np.ndarray:
        return self.reform.total - self.base.total

    def id_of(self, i: int) -> str:
        ids = self.ids
        v = ids[int(i)]
        return str(v.as_py() if hasattr(v, "as_py") else v)


def section_map(*books: Rulebook) -> dict[str, str]:
    out = {}
    for book in books:
        for r in book.rules:
            if r.id in out:
                continue
            s = budgets(r.document).section_of(r)
            out[r.id] = f"{r.document.region}{r.document.year} {s.name if s else NO_SECTION}"
    return out


def run(applied: Applied, cols: Columns, rows: np.ndarray, ids, date: dt.date) -> Simulation:
    import time
    t0 = time.perf_counter()
    inc = applied.reform.include_drafts
    cache: dict = {}
    base = evaluate(applied.baseline, cols, date, inc, cache)
    t1 = time.perf_counter()
    reform = evaluate(applied.reformed, cols, date, inc, cache)
    t2 = time.perf_counter()
    sim = Simulation(applied, date, cols.n, rows, ids, base, reform, cols)
    sim.sections = section_map(applied.baseline, applied.reformed)  # reads the documents (cached)
    t3 = time.perf_counter()
    for fund in applied.reform.funds:
        _run_fund(sim, fund)
    sim.seconds = {"baseline": round(t1 - t0, 3), "reform": round(t2 - t1, 3), "sections": round(t3 - t2, 3),
                   "funds": round(time.perf_counter() - t3, 3)}
    return sim


def _claims(sc: Scenario, rule_ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    parts = [sc.paid[r] for r in rule_ids if r in sc.paid]
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows = np.concatenate([p.rows for p in parts])
    fen = np.concatenate([p.fen for p in parts])
    uniq, inv = np.unique(rows, return_inverse=True)
    claims = np.zeros(uniq.size, dtype=np.int64)
    np.add.at(claims, inv, fen)
    keep = claims > 0
    return uniq[keep], claims[keep]


def _run_fund(sim: Simulation, fund) -> None:
    from zhengce.errors import InputError
    known = {r.id for r in sim.base.book.rules} | {r.id for r in sim.reform.book.rules}
    unknown = [r for r in fund.rules if r not in known]
    if unknown:
        raise InputError(f"改革文件: 资金池「{fund.name}」: 规则 {', '.join(unknown)} 不在基线或改革后的规则中")
    entry = {"name": fund.name, "rules": fund.rules, "pool_fen": fund.pool_fen, "policy": fund.policy,
             "score": fund.score, "order_by": fund.order_by, "on_short": fund.on_short, "quote": fund.quote}
    for label, sc in (("baseline", sim.base), ("reform", sim.reform)):
        rows, claims = _claims(sc, fund.rules)
        alloc = allocate(fund, claims, sim.cols, rows)
        funded = np.array(alloc.funded, dtype=np.int64) if alloc.funded else np.zeros(0, dtype=np.int64)
        sim.allocations.append((fund.name, label, rows, claims, funded))
        entry[label] = _fund_summary(sim, rows, claims, funded, alloc)
    sim.funds.append(entry)


def _fund_summary(sim: Simulation, rows, claims, funded, alloc: Allocation) -> dict:
    full = int((funded == claims).sum()) if claims.size else 0
    some = int(((funded > 0) & (funded < claims)).sum()) if claims.size else 0
    order = [i for i in alloc.order if alloc.funded[i] > 0][:20]
    return {"claimants": int(claims.size), "claimed_fen": alloc.claimed_fen, "paid_fen": alloc.paid_fen,
            "left_fen": alloc.left_fen, "shortfall_fen": alloc.shortfall_fen, "funded_in_full": full,
            "funded_in_part": some, "unfunded": int(claims.size) - full - some,
            "first_funded": [{"row": int(sim.rows[rows[i]]), "id": sim.id_of(rows[i]), "claim_fen": int(claims[i]),
                              "funded_fen": int(funded[i])} for i in order]}


# --- grouped sums -------------------------------------------------------------------------------

def group_sums(codes: np.ndarray, known: np.ndarray | None, values: list[np.ndarray], labels: list[str]) -> list[dict]:
    """Exact int sums of each values array per code (unknown → UNKNOWN), plus row counts with a value > 0."""
    k = len(labels)
    c = np.where(known, codes, k) if known is not None else codes
    out = []
    sums = [np.zeros(k + 1, dtype=np.int64) for _ in values]
    counts = [np.zeros(k + 1, dtype=np.int64) for _ in values]
    rows_all = np.bincount(c, minlength=k + 1)  # counts without weights are exact integers
    for v, s, n in zip(values, sums, counts):
        nz = np.flatnonzero(v)
        np.add.at(s, c[nz], v[nz])
        np.add.at(n, c[nz], 1)
    for i in range(k + 1):
        if rows_all[i] == 0:
            continue
        out.append({"group": labels[i] if i < k else UNKNOWN, "rows": int(rows_all[i]),
                    **{f"{name}_fen": int(s[i]) for name, s in zip(("baseline", "reform"), sums)},
                    **{f"{name}_paid": int(n[i]) for name, n in zip(("baseline", "reform"), counts)}})
    for o in out:
        o["diff_fen"] = o["reform_fen"] - o["baseline_fen"]
    return out


def by_fact(sim: Simulation, fact: str) -> list[dict]:
    spec = schema().facts[fact]
    labels = [spec.values[v] for v in spec.values]
    v, k = sim.cols.get(fact)
    return group_sums(v.astype(np.int64), k, [sim.base.total, sim.reform.total], labels)


def by_region(sim: Simulation) -> list[dict]:
    codes = sim.cols.region.astype(np.int64)
    used = np.flatnonzero(np.bincount(codes))  # the districts present, without sorting the rows
    names = regions.all_districts()
    lut = np.zeros(int(codes.max(initial=0)) + 1, dtype=np.int64)
    lut[used] = np.arange(used.size)
    local = lut[codes]
    return group_sums(local, None, [sim.base.total, sim.reform.total], [names[i] for i in used])
