"""Fault injection for crash tests: ZHENGCE_ANXINBAO_FAULT="<point>@<n>" exits the process abruptly
(os._exit, as a kill would) the n-th time execution reaches <point> ("*" matches every point).

Points: after_ledger, after_audit, before_commit, after_commit. Unset in normal use: one dict lookup.
"""

from __future__ import annotations

import os

_hits = 0


def fault_point(name: str) -> None:
    spec = os.environ.get("ZHENGCE_ANXINBAO_FAULT")
    if not spec:
        return
    global _hits
    point, _, n = spec.partition("@")
    if point in ("*", name):
        _hits += 1
        if _hits >= int(n or 1):
            os._exit(86)
