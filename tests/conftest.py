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
