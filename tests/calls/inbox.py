"""An inbox with one notice in it: a subscription of the example auto-parts profile and one new call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seeded_inbox(member: str) -> dict:
    """Subscribe the example profile (in $ZHENGCE_HOME) and record one notification for `member`; the subscription."""
    from zhengce.programs.calls.subscriptions import Subscriptions

    subs = Subscriptions()
    sub = subs.subscribe(str(ROOT / "examples/profiles/hangzhou-auto-parts-2025.json"), "汽配", on=dt.date(2025, 5, 1))
    subs.conn.execute("INSERT INTO notifications(subscription, member, item, change, old_fen, new_fen, reason, created)"
                      " VALUES (?, ?, 'call:hangzhou-2025-szh-sample', 'new_call', NULL, 20000000, 'test',"
                      " '2026-12-01T00:00:00+00:00')", (sub["id"], member))
    subs.close()
    return sub
