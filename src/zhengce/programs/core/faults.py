"""Fault injection for crash tests: ZHENGCE_FAULT (or, as before, ZHENGCE_ANXINBAO_FAULT)="<point>@<n>"
exits the process abruptly
(os._exit, as a kill would) the n-th time execution reaches <point> ("*" matches every point).

Points: after_ledger, after_audit, before_commit, after_commit. Unset in normal use: one dict lookup.
In-process simulators (tests/anxinbao/test_simulator.py) install a hook instead: `set_hook(fn)` calls
fn(point) at every point, e.g. to raise a simulated crash.
"""

from __future__ import annotations

import os

_hits = 0
_hook = None


def set_hook(fn) -> None:
    global _hook
    _hook = fn


def fault_point(name: str) -> None:
    if _hook is not None:
        _hook(name)
    spec = os.environ.get("ZHENGCE_FAULT") or os.environ.get("ZHENGCE_ANXINBAO_FAULT")
    if not spec:
        return
    global _hits
    point, _, n = spec.partition("@")
    if point in ("*", name):
        _hits += 1
        if _hits >= int(n or 1):
            os._exit(86)
