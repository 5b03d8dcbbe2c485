"""Where zhengce keeps things: the shipped corpus, the default database, the rule files."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CORPUS_DIR = PACKAGE_DIR / "corpus"


def data_dir() -> Path:
    """Folder for databases and outputs: $ZHENGCE_HOME, else ./var (created on demand)."""
    return Path(os.environ.get("ZHENGCE_HOME") or Path.cwd() / "var")


def default_db_path() -> Path:
    """The embedded SQLite library: $ZHENGCE_DB, else <data_dir>/zhengce.sqlite."""
    env = os.environ.get("ZHENGCE_DB")
    return Path(env) if env else data_dir() / "zhengce.sqlite"


def corpus_files() -> list[Path]:
    """The shipped corpus, in file-name order (the names are the documents' ids)."""
    return sorted(p for p in CORPUS_DIR.glob("*.txt"))
