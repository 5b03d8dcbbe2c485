"""Is any rule in force on a date? If not, the nearest period to suggest (check and batch say so)."""

from __future__ import annotations

import datetime as dt

from zhengce.errors import ZhengceError
from zhengce.rules.rulebook import Rulebook

EXIT_NO_RULE_IN_FORCE = 3


class NoRuleInForce(ZhengceError):
    """No rule of the rulebook is in force on the evaluation date (exit code 3)."""

    exit_code = EXIT_NO_RULE_IN_FORCE


def no_rule_in_force(book: Rulebook, date: dt.date, include_drafts: bool = False) -> str | None:
    """None when some rule is in force on `date`; else a one-line Chinese notice with the nearest period."""
    docs = {r.document.key: r.document for r in book.rules}.values()
    # a rule is evaluated on dates in its period, and after it for what happened inside it (dated rules)
    if any(r.active_on(date, include_drafts) for r in book.rules):
        return None
    usable = [d for d in docs if d.status != "draft" or include_drafts]
    if not usable:
        return f"所选日期 {date} 无有效政策: 规则库中没有已生效的文件"

    def distance(d) -> int:
        return (d.start - date).days if date < d.start else (date - d.end).days

    near = min(usable, key=lambda d: (distance(d), d.start))
    return (f"所选日期 {date} 无有效政策; 最近有效期: {near.start} 至 {near.end} "
            f"(用 --date YYYY-MM-DD 指定评估日期, 如 --date {min(near.end, max(near.start, date))})")
