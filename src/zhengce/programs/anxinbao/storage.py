"""The 安心宝 book's storage: the shared zhengce.programs.core.storage under this program's name
($ZHENGCE_ANXINBAO_DB, else <ZHENGCE_HOME>/anxinbao.sqlite)."""

from __future__ import annotations

import os

from zhengce.programs.core import storage as _core
from zhengce.programs.core.storage import SCHEMA, SCHEMA_VERSION, Tx  # noqa: F401

ADVISORY_LOCK_KEY = 0x616E7862  # "anxb"


class Store(_core.Store):
    PROGRAM = "anxinbao"
    DB_ENV = "ZHENGCE_ANXINBAO_DB"
    LOCK_KEY = ADVISORY_LOCK_KEY
    LABEL = "安心宝"


def default_url() -> str:
    return _core.default_url(Store.PROGRAM, Store.DB_ENV)


def open_store(url: str | os.PathLike | None = None) -> Store:
    return _core.open_store(url, Store)
