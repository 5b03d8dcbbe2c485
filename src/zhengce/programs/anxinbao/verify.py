"""verify for 安心宝: the shared reconciliation (zhengce.programs.core.verify) plus this program's meta:
the parameters and mode the book runs under are those its init event recorded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from zhengce.programs.core import verify as _core
from zhengce.programs.core.storage import Tx

from . import ledger as _ledger  # noqa: F401 - registers the program's account kinds
from .keys import Keyring


def verify(tx: Tx, keyring: Keyring, checkpoints: str | Path | None = None) -> dict[str, Any]:
    return _core.verify(tx, keyring, checkpoints, init_operation="init_program", verify_meta=_verify_meta)


def _verify_meta(tx: Tx, init_result: dict | None) -> list[str]:
    """The parameters and mode the book runs under are those its init event recorded."""
    from .ops_project import parameters_digest

    meta = dict(tx.all("SELECT key, value FROM meta"))
    if init_result is None:
        return [] if "parameters" not in meta else ["meta: parameters are stored but no init event records them"]
    problems = []
    try:
        digest = parameters_digest(json.loads(meta.get("parameters", "null")))
    except ValueError:
        digest = None
    if digest != init_result.get("parameters_sha256"):
        problems.append("meta: the stored parameters differ from those the init event recorded (edited)")
    if meta.get("mode") != init_result.get("mode"):
        problems.append(f"meta: the book's mode {meta.get('mode')!r} differs from its init event's "
                        f"{init_result.get('mode')!r} (edited)")
    return problems
