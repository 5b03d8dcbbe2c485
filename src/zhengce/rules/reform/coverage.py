"""Budget coverage: simulated entitlements against the budgets the documents state.

Per document and per section (policy domain): the section's 财政预算安排 with its quote, the
simulated cost of the encoded rules in that section under baseline and reform, whether the budget
covers the reform's cost, the shortfall, and the rules that drive the cost. The same for the
document's 支持总额. A section budget also pays for measures that are not encoded (infrastructure,
funds, named projects), so "covered" here means the encoded entitlements alone fit in it.
"""

from __future__ import annotations

from zhengce.rules.reform.budget import budgets
from zhengce.rules.reform.simulate import Simulation


def _drivers(sim: Simulation, rule_ids: list[str], top: int = 3) -> list[dict]:
    rows = [{"rule_id": r, "baseline_fen": sim.base.rule_fen(r), "reform_fen": sim.reform.rule_fen(r)} for r in rule_ids]
    rows = [r for r in rows if r["reform_fen"] or r["baseline_fen"]]
    rows.sort(key=lambda r: (-r["reform_fen"], -r["baseline_fen"], r["rule_id"]))
    for r in rows:
        r["diff_fen"] = r["reform_fen"] - r["baseline_fen"]
    return rows[:top]


def _line(sim: Simulation, budget_fen: int | None, rule_ids: list[str]) -> dict:
    base = sum(sim.base.rule_fen(r) for r in rule_ids)
    reform = sum(sim.reform.rule_fen(r) for r in rule_ids)
    out = {"budget_fen": budget_fen, "baseline_fen": base, "reform_fen": reform, "diff_fen": reform - base,
           "rules": len(rule_ids), "drivers": _drivers(sim, rule_ids)}
    if budget_fen is None:
        out.update({"covered": None, "shortfall_fen": None, "baseline_covered": None})
    else:
        out.update({"covered": reform <= budget_fen, "shortfall_fen": max(reform - budget_fen, 0),
                    "baseline_covered": base <= budget_fen, "headroom_fen": max(budget_fen - reform, 0)})
    return out


def coverage(sim: Simulation) -> list[dict]:
    docs = {}
    for book in (sim.base.book, sim.reform.book):
        for d in book.documents:
            docs.setdefault(d.key, d)
    out = []
    for key, doc in docs.items():
        b = budgets(doc)
        rules = {r.id: r for book in (sim.base.book, sim.reform.book) for r in book.rules if r.document.key == key}
        by_section: dict[str, list[str]] = {}
        unplaced = []
        for rid, r in rules.items():
            s = b.section_of(r)
            (by_section.setdefault(s.id, []) if s else unplaced).append(rid)
        sections = []
        for s in b.sections:
            ids = by_section.get(s.id, [])
            if s.budget_fen is None and not ids:
                continue
            sections.append({"section": s.id, "name": s.name, "quote": s.quote, **_line(sim, s.budget_fen, ids)})
        entry = {"document": key, "title": doc.title, "region": doc.region, "year": doc.year,
                 "reading": b.reading_id, "total": {"quote": b.total_quote, **_line(sim, b.total_fen, list(rules))},
                 "sections": sections}
        if unplaced:
            entry["unplaced"] = _line(sim, None, unplaced)
        if not b.sections and b.total_fen is None:
            entry["note"] = "文件未读出预算安排(语料中无此文件或未写预算)"
        out.append(entry)
    return out
