"""For one enterprise: the calls it may apply to, what each pays, and the next deadline of each.

A call applies when the profile's entity and region match and every condition holds (the rules
engine's conditions, three-valued). Requirements the data cannot decide (项目已验收, 良好信用…) are
listed "to confirm". Results are sorted by the next deadline; every figure carries its quote.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from zhengce.errors import InputError
from zhengce.money import format_yuan
from zhengce.programs.calls.model import Call, CallBook, load_calls
from zhengce.programs.calls.schedule import schedule
from zhengce.rules.conditions import Ctx
from zhengce.rules.profile import Profile, parse_profile
from zhengce.terminal import shown

ELIGIBLE, TO_CONFIRM, NEEDS_INFO, NOT_ELIGIBLE = "eligible", "to_confirm", "needs_info", "not_eligible"
LABELS = {ELIGIBLE: "符合", TO_CONFIRM: "符合(待确认)", NEEDS_INFO: "缺少信息", NOT_ELIGIBLE: "不符合"}
MAX_DAYS = 3660


def parse_day(value, what: str = "日期") -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{what} {value!r} 应为 YYYY-MM-DD") from None


def parse_days(value) -> int:
    try:
        n = int(str(value))
    except ValueError:
        raise InputError(f"天数 {value!r} 应为整数") from None
    if not 0 <= n <= MAX_DAYS:
        raise InputError(f"天数应在0至{MAX_DAYS}之间, 实为 {n}")
    return n


def assess(call: Call, profile: Profile, on: dt.date) -> dict[str, Any]:
    """Whether the profile may apply to the call, with reasons (✓ ✗ ?)."""
    app = call.raw["applicants"]
    reasons: list[str] = []
    if profile.entity != app["entity"]:
        return {"status": NOT_ELIGIBLE, "reasons": [f"✗ 申报对象为{app['entity']}"], "missing": []}
    if call.covers is not None:
        if profile.region not in call.covers:
            return {"status": NOT_ELIGIBLE, "reasons": [f"✗ 申报范围为{app['region']}, 企业在{profile.region}"],
                    "missing": []}
        reasons.append(f"✓ 所在地{profile.region}属于{app['region']}")
    else:
        reasons.append("✓ 申报范围不限地区")
    last = max((d.date for d in call.deadlines), default=on)
    ctx = Ctx(dt.date(call.year, 1, 1), max(last, on), on)
    checks = [c.check(profile.facts, ctx) for c in call.conditions]
    reasons += [("✓ " if c.value else "✗ " if c.value is False else "? ") + c.text for c in checks]
    to_confirm = app.get("to_confirm") or []
    if any(c.value is False for c in checks):
        status = NOT_ELIGIBLE
    elif any(c.value is None for c in checks):
        status = NEEDS_INFO
    else:
        status = TO_CONFIRM if to_confirm else ELIGIBLE
    missing = [m for c in checks if c.value is None for m in c.missing]
    return {"status": status, "reasons": reasons, "missing": missing,
            "to_confirm": [{"text": t["text"], "quote": t["quote"]} for t in to_confirm]}


def _deadline_json(call: Call, d) -> dict:
    out = d.to_json()
    out["citation"] = call.citation(d.rule_quote or d.quote)
    if d.derived_from:
        out["counted_from_quote"] = d.quote
    return out


def for_profile(profile: Profile | dict, *, on: dt.date | str | None = None, days: int | str = 30,
                book: CallBook | None = None, include_not_eligible: bool = False) -> dict[str, Any]:
    """Calls the profile may apply to with a deadline in [on, on + days], sorted by that deadline."""
    if isinstance(profile, dict):
        profile = parse_profile(profile)
    on = parse_day(on or dt.date.today(), "--from")
    days = parse_days(days)
    if on > dt.date.max - dt.timedelta(days=days):
        raise InputError(f"--from {on} 加上 {days} 天超出日历范围（至 {dt.date.max} 止）")
    until = on + dt.timedelta(days=days)
    book = book or load_calls()
    items, warnings = [], []
    for call in book.reviewed():
        verdict = assess(call, profile, on)
        if verdict["status"] == NOT_ELIGIBLE and not include_not_eligible:
            continue
        try:
            sched = schedule(call)
        except InputError as exc:  # a year the calendar does not know: say so, never guess
            warnings.append(f"{call.id}: {exc.message}")
            sched = list(call.deadlines)
        upcoming = [d for d in sched if on <= d.date <= until and d.party != "prerequisite"]
        applicant_left = [d for d in sched if d.party == "applicant" and d.date >= on]
        if not upcoming or (any(d.party == "applicant" for d in sched) and not applicant_left):
            continue  # nothing due in the window, or the applicants' own deadlines have passed
        mine = [d for d in upcoming if d.party == "applicant"] or upcoming
        nxt = mine[0]
        awards = [{"id": a["id"], "what": a["what"], "amount_yuan": a["amount_yuan"], "per": a.get("per"),
                   "rule": a.get("rule"), "citation": call.citation(a["quote"])} for a in call.awards]
        items.append({
            "call": call.id, "title": call.title, "region": call.region, "kind": call.kind,
            "status": verdict["status"], "status_label": LABELS[verdict["status"]],
            "reasons": verdict["reasons"], "missing": verdict["missing"], "to_confirm": verdict.get("to_confirm", []),
            "awards": awards, "award_note": call.raw.get("award_note"),
            "total_award_yuan": sum(int(a["amount_yuan"]) for a in call.awards),
            "next_deadline": _deadline_json(call, nxt),
            "deadlines": [_deadline_json(call, d) for d in upcoming],
            "where": call.raw.get("where") or [], "contact": call.raw.get("contact") or [],
            "competent": call.raw.get("competent"),
        })
    items.sort(key=lambda x: (x["next_deadline"]["date"], x["next_deadline"]["time"] or "", x["call"]))
    return {"profile": profile.id, "region": profile.region, "from": on.isoformat(), "until": until.isoformat(),
            "days": days, "calls": items, "warnings": warnings}


def format_text(result: dict) -> str:
    lines = [f"{shown(result['profile'] or '企业')}({result['region']}) {result['from']}至{result['until']}可申报的通知:"]
    if not result["calls"]:
        lines.append("  (此期间没有截止的可申报通知)")
    for it in result["calls"]:
        nd = it["next_deadline"]
        money = "、".join(f"{a['what']} {format_yuan(a['amount_yuan'])}/{a.get('per') or '项'}" for a in it["awards"]) \
            or (it["award_note"] or "无资金")
        lines.append(f"- {nd['date']}{' ' + nd['time'] if nd['time'] else ''} [{it['status_label']}] {it['title']}")
        lines.append(f"    下一截止: {nd['what']}({nd['party_label']})")
        lines.append(f"    原文: “{nd['citation']['quote']}”")
        lines.append(f"    可得: {money}")
        for a in it["awards"]:
            lines.append(f"    原文: “{a['citation']['quote']}”")
        for t in it["to_confirm"]:
            lines.append(f"    待确认: {t['text']}")
    for w in result["warnings"]:
        lines.append(f"注意: {w}")
    return "\n".join(lines)
