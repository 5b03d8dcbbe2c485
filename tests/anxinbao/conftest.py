"""Fixtures of the anxinbao tests: fresh SQLite files, and a throwaway PostgreSQL server started from the
machine's binaries (/usr/lib/postgresql/15/bin) for the whole session. If the server cannot start the
tests fail (never skip) with the server's log."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("ZHENGCE_PG_BIN", "/usr/lib/postgresql/15/bin"))
REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "anxinbao"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres() -> list[str]:
    """Command prefix: PostgreSQL refuses to run as root, so run its binaries as the `postgres` user."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def pg_url():
    """URL of a running throwaway PostgreSQL server (database `postgres`, user `postgres`, trust auth)."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail(f"PostgreSQL binaries not found in {PG_BIN} (set ZHENGCE_PG_BIN)")
    base = Path(tempfile.mkdtemp(prefix="anxinbao-pg-"))
    data, log = base / "data", base / "server.log"
    prefix = _as_postgres()
    if prefix:
        shutil.chown(base, "postgres", "postgres")
    os.chmod(base, 0o700)
    port = _free_port()
    try:
        subprocess.run(prefix + [str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                 "-E", "UTF8", "--no-sync", "--locale=C"],
                       check=True, capture_output=True, text=True, timeout=120)
        subprocess.run(prefix + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                                 "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c max_connections=60",
                                 "start"], check=True, capture_output=True, text=True, timeout=90)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        tail = log.read_text()[-2000:] if log.exists() else ""
        out = getattr(exc, "stderr", "") or ""
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"could not start the test PostgreSQL server: {exc}\n{out}\n{tail}")
    yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    subprocess.run(prefix + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                   capture_output=True, timeout=60)
    shutil.rmtree(base, ignore_errors=True)


def new_pg_database(pg_url: str) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "anxinbao.sqlite")
    return new_pg_database(request.getfixturevalue("pg_url"))


@pytest.fixture
def sqlite_url(tmp_path):
    return str(tmp_path / "anxinbao.sqlite")


@pytest.fixture
def program(sqlite_url):
    from zhengce.programs.anxinbao import Program

    prog = Program.open(sqlite_url)
    prog.init(mode="replay")
    yield prog
    prog.close()
