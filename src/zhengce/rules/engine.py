"""Evaluate one profile on a date: every rule's status, amount, reasons, stacking, near misses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zhengce.errors import InputError
from zhengce.rules.profile import Profile, parse_profile
from zhengce.rules.result import (ELIGIBLE, NEEDS_INFO, NOT_ELIGIBLE, NOT_IN_FORCE, STACKED_OUT, Outcome,
                                  Result)
from zhengce.rules.rulebook import Rule, Rulebook, load_rulebook
from zhengce.rules.years import dated_name, relative, year_facts


def uses_purchase(rule: Rule) -> bool:
    facts = [f for c in rule.conditions for f in c.facts()] + rule.formula.inputs()
    return any(f.startswith("purchase.") for f in facts)


def evaluate_rule(rule: Rule, facts: dict[str, Any], date: dt.date, include_drafts: bool = False,
                  item: int | None = None, year_view: dict | None = None) -> Outcome:
    """One rule for one set of facts (region and entity already match). `year_view`: the facts as
    the rule's document year reads them, when the caller has them already (see years.py)."""
    doc = rule.document
    if not rule.active_on(date, include_drafts):
        why = ("征求意见稿, 未生效" if doc.status == "draft" and not include_drafts
               else f"{date}不在文件有效期({doc.start}至{doc.end})内")
        return Outcome(rule, NOT_IN_FORCE, None, [why], [], item)
    ctx = rule.ctx(date)
    facts = year_view if year_view is not None else year_facts(facts, doc.year, date.year)
    checks = [c.check(facts, ctx) for c in rule.conditions]
    reasons = [("✓ " if c.value else "✗ " if c.value is False else "? ") + c.text for c in checks]
    failed = [i for i, c in enumerate(checks) if c.value is False]
    if failed:
        return Outcome(rule, NOT_ELIGIBLE, None, reasons, [], item, failed=failed,
                       unknown=[i for i, c in enumerate(checks) if c.value is None])
    missing = [m for c in checks if c.value is None for m in c.missing]
    if missing or any(c.value is None for c in checks):  # unknown without a field: needs review
        return Outcome(rule, NEEDS_INFO, None, reasons, _dated(missing, doc.year, date), item)
    amount = rule.formula.compute(facts)
    if amount.fen is None:
        return Outcome(rule, NEEDS_INFO, None, reasons + ["? " + amount.text], _dated(amount.missing, doc.year, date),
                       item)
    if amount.fen == 0:
        return Outcome(rule, NOT_ELIGIBLE, 0, reasons + ["✗ 按公式计算金额为0: " + amount.text], [], item,
                       failed=[len(checks)])
    return Outcome(rule, ELIGIBLE, amount.fen, reasons + ["= " + amount.text], [], item)


def _unique(items):
    return list(dict.fromkeys(items))


def _dated(missing: list[str], doc_year: int, date: dt.date) -> list[str]:
    """Missing financial facts named with the year the document reads them for (fin.x@2025)."""
    return _unique(dated_name(m, doc_year, date.year) if relative(m) else m for m in missing)


def apply_stacking(outcomes: list[Outcome], book: Rulebook) -> None:
    """Within a stacking group only the best pays (mode best), or the sum is capped (mode cap).
    Groups are per purchase item for item rules. Ties go to the rule listed first."""
    buckets: dict[tuple, list[Outcome]] = {}
    for o in outcomes:
        if o.status == ELIGIBLE and o.rule.stacking:
            # pending rules stack among themselves: an unreviewed rule never displaces a confirmed one
            buckets.setdefault((o.rule.stacking, o.item, o.rule.pending), []).append(o)
    for (gid, _, _), members in buckets.items():
        group = book.groups[gid]
        members.sort(key=lambda o: o.rule.order)
        if group.mode == "best":
            best = max(members, key=lambda o: (o.amount_fen, -o.rule.order))
            for o in members:
                if o is not best:
                    o.status = STACKED_OUT
                    o.stacked_by = best.rule.id
                    o.reasons.append(f"✗ 与{best.rule.id}同属“{gid}”组, 从高从优、不重复享受 — 不另行发放")
        else:
            left = group.cap_fen
            for o in members:
                pay = min(o.amount_fen, left)
                if pay < o.amount_fen:
                    o.reasons.append(f"= 与同组合计不超过{_fmt(group.cap_fen)}, 本项计{_fmt(pay)}")
                    o.capped_from = o.amount_fen
                    o.amount_fen = pay
                left -= pay
                if pay == 0:
                    o.status = STACKED_OUT
                    o.stacked_by = gid


def _fmt(fen):
    from zhengce.money import format_fen
    return format_fen(fen)


def evaluate(profile: Profile | dict, date: dt.date | str | None = None, rulebook: Rulebook | None = None,
             include_drafts: bool = False) -> Result:
    """Everything the rulebook says about this profile on this date."""
    if isinstance(profile, dict):
        profile = parse_profile(profile)
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f"日期：{date!r} 不是有效日期，应写成 YYYY-MM-DD") from None
    date = date or dt.date.today()
    book = rulebook or load_rulebook()
    outcomes: list[Outcome] = []
    region = profile.region
    items = profile.purchases or [{}]
    views: dict[tuple, dict] = {}  # (item, document year) -> facts as that year reads them

    def view(facts: dict, item, year: int) -> dict:
        if (item, year) not in views:
            views[(item, year)] = year_facts(facts, year, date.year)
        return views[(item, year)]

    for rule in book.rules:
        if rule.entity != profile.entity or region not in rule.document.covers:
            continue
        year = rule.document.year
        if rule.per_item and uses_purchase(rule):
            for i, item in enumerate(items):
                facts = {**profile.facts, **item}
                outcomes.append(evaluate_rule(rule, facts, date, include_drafts, i if profile.purchases else None,
                                              view(facts, i, year)))
        else:
            outcomes.append(evaluate_rule(rule, profile.facts, date, include_drafts,
                                          year_view=view(profile.facts, None, year)))
    apply_stacking(outcomes, book)
    return Result(profile, date, outcomes, include_drafts, book.provenance())
