"""Fixtures for the library layer: an empty library in a temporary folder."""

from __future__ import annotations

import pytest

from zhengce.library.store import Library


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        yield library
