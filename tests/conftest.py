"""Shared test fixtures. Layer-specific fixtures live in tests/<layer>/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zhengce.paths import CORPUS_DIR

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ZHENGCE_SHARED") or REPO.parent / "shared")  # worktrees: set ZHENGCE_SHARED


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS_DIR


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is expected beside the repository (looked in {SHARED})")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def ledger_keys(tmp_path_factory):
    """The 安心宝 ledger key file of the test session (outside any database, as in production)."""
    import os

    if not os.environ.get("ZHENGCE_LEDGER_KEY_FILE"):
        os.environ["ZHENGCE_LEDGER_KEY_FILE"] = str(tmp_path_factory.mktemp("ledger-keys") / "anxinbao-ledger.keys")
    return os.environ["ZHENGCE_LEDGER_KEY_FILE"]
