"""verify for 安心宝: the shared reconciliation (zhengce.programs.core.verify) plus this program's meta:
the parameters and mode the book runs under are those its init event recorded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from zhengce.programs.core import verify as _core
from zhengce.programs.core.storage import Tx
from zhengce.programs.core.zh import problem

from . import ledger as _ledger  # noqa: F401 - registers the program's account kinds
from .keys import Keyring


def verify(tx: Tx, keyring: Keyring, checkpoints: str | Path | None = None) -> dict[str, Any]:
    return _core.verify(tx, keyring, checkpoints, init_operation="init_program", verify_meta=_verify_meta)


def _verify_meta(tx: Tx, init_result: dict | None) -> list[dict]:
    """The parameters and mode the book runs under are those its init event recorded."""
    from .ops_project import parameters_digest

    meta = dict(tx.all("SELECT key, value FROM meta"))
    if init_result is None:
        return [] if "parameters" not in meta else [
            problem("meta_parameters_without_init", "账本存有参数，但没有初始化记录记载它们")]
    problems = []
    try:
        digest = parameters_digest(json.loads(meta.get("parameters", "null")))
    except ValueError:
        digest = None
    if digest != init_result.get("parameters_sha256"):
        problems.append(problem("meta_parameters_edited", "账本存储的参数与初始化记录所记的不同（被改动）"))
    if meta.get("mode") != init_result.get("mode"):
        problems.append(problem("meta_mode_edited", f"账本的运行模式 {meta.get('mode')!r} 与初始化记录所记的 "
                                f"{init_result.get('mode')!r} 不同（被改动）"))
    return problems
