"""A call's full schedule: its printed deadlines plus those counted in working days from them
("提前10个工作日(较截止时间)"), on the official calendar (workdays.py)."""

from __future__ import annotations

from zhengce.programs.calls import workdays
from zhengce.programs.calls.model import Call, Deadline


def schedule(call: Call) -> list[Deadline]:
    """Every deadline of the call, printed and derived, by date. A derived date in a year the calendar
    does not know raises the calendar's Chinese error (no weekend-only guess)."""
    out = list(call.deadlines)
    by_id = {d.id: d for d in call.deadlines}
    for r in call.raw.get("relative") or []:
        for ref in r["before"]:
            base = by_id[ref]
            date = workdays.before(base.date, int(r["working_days"]))
            out.append(Deadline(f"{r['id']}.{ref}", r["party"], date, None,
                                f"{r['what']} — 对应{base.what}", base.quote, base.batch, r.get("applies_to"),
                                derived_from=ref, working_days=int(r["working_days"]), rule_quote=r["quote"]))
    return sorted(out, key=lambda d: (d.date, d.time or "", d.id))
