"""A program's book storage: SQLite (default; WAL, synchronous=FULL) or PostgreSQL (psycopg), one
transaction per operation. A program subclasses Store to name its database (PROGRAM, DB_ENV, LOCK_KEY).

SQL is written once with `?` placeholders. Every write transaction is serialised — SQLite by
`BEGIN IMMEDIATE`, PostgreSQL by a transaction-scoped advisory lock — because the audit chain and
the ledger's books are one sequence, as in TigerBeetle. Transfers and audit events are append-only:
triggers refuse UPDATE and DELETE on them.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterator

from zhengce.errors import InputError
from zhengce.paths import data_dir

from .faults import fault_point
from .money import MAX_AMOUNT_FEN, MAX_BALANCE_FEN, MAX_TOTAL_FEN


SCHEMA_VERSION = "2"

# Bounds in the database as well as in code (money.py): an amount ≤ 1万亿 yuan, running totals ≤ 100万亿
# yuan, a balance within ±1万亿 yuan — so no sum ever leaves 64-bit integers on either backend.
_TOTAL = f"BIGINT NOT NULL DEFAULT 0 CHECK (%s BETWEEN 0 AND {MAX_TOTAL_FEN})"

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS accounts (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, no_negative INTEGER NOT NULL,
        debits_posted {_TOTAL % 'debits_posted'}, credits_posted {_TOTAL % 'credits_posted'},
        debits_pending {_TOTAL % 'debits_pending'}, credits_pending {_TOTAL % 'credits_pending'},
        CHECK (credits_posted - debits_posted BETWEEN -{MAX_BALANCE_FEN} AND {MAX_BALANCE_FEN}))""",
    f"""CREATE TABLE IF NOT EXISTS transfers (
        id BIGINT PRIMARY KEY, op_id TEXT NOT NULL, kind TEXT NOT NULL,
        debit_account TEXT NOT NULL REFERENCES accounts(id),
        credit_account TEXT NOT NULL REFERENCES accounts(id),
        amount BIGINT NOT NULL CHECK (amount > 0 AND amount <= {MAX_AMOUNT_FEN}),
        pending_id BIGINT UNIQUE REFERENCES transfers(id),
        code TEXT NOT NULL, project TEXT, milestone INTEGER, at TEXT NOT NULL)""",
    # Op ids are scoped per actor: one party cannot take (or learn about) another's id.
    """CREATE TABLE IF NOT EXISTS operations (
        actor TEXT NOT NULL, op_id TEXT NOT NULL, request_hash TEXT NOT NULL, outcome TEXT NOT NULL,
        result TEXT NOT NULL, at TEXT NOT NULL, mac TEXT NOT NULL, PRIMARY KEY (actor, op_id))""",
    """CREATE TABLE IF NOT EXISTS entities (
        kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (kind, id))""",
    """CREATE TABLE IF NOT EXISTS events (
        seq BIGINT PRIMARY KEY, op_id TEXT NOT NULL, at TEXT NOT NULL, actor_role TEXT NOT NULL,
        actor_id TEXT NOT NULL, operation TEXT NOT NULL, args TEXT NOT NULL, before TEXT NOT NULL,
        after TEXT NOT NULL, transfers TEXT NOT NULL, result TEXT NOT NULL, key_id TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL)""",
    """CREATE INDEX IF NOT EXISTS transfers_project ON transfers(project, milestone)""",
]

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS {t}_no_{act} BEFORE {act.upper()} ON {t}
        BEGIN SELECT RAISE(ABORT, '{t} are append-only'); END"""
    for t in ("transfers", "events") for act in ("update", "delete")
]

PG_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION {name}_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql""",
    *[f"""DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '{t}_append_only') THEN
             CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t}
               FOR EACH ROW EXECUTE FUNCTION {{name}}_append_only();
           END IF; END $$""" for t in ("transfers", "events")],
]


def default_url(program: str, env_var: str) -> str:
    env = os.environ.get(env_var)
    return env or str(data_dir() / f"{program}.sqlite")


class Tx:
    """A transaction's cursor: `?` placeholders, rows as tuples."""

    def __init__(self, store: "Store", raw):
        self.store, self.raw = store, raw
        self._savepoints = 0

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        if self.store.dialect == "postgresql":
            if not params:  # no placeholders: psycopg must not read '%' in the SQL as one
                return self.raw.execute(sql)
            sql = sql.replace("?", "%s")
        return self.raw.execute(sql, tuple(params))

    def one(self, sql: str, params: tuple | list = ()) -> tuple | None:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return list(self.execute(sql, params).fetchall())

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """Undo everything inside on exception (the transaction itself goes on)."""
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        self.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.execute(f"RELEASE SAVEPOINT {name}")


class Store:
    """One connection. Thread-safe by a lock; use one Store per thread/process for parallelism."""

    dialect = "sqlite"
    # What a program sets in its subclass: its name (default file, messages, PG trigger function),
    # the environment variable of its database, its advisory lock key and the label in messages.
    PROGRAM = "book"
    DB_ENV = "ZHENGCE_BOOK_DB"
    LOCK_KEY = 0x626F6F6B  # "book"
    LABEL = "账本"

    def __init__(self, url: str | os.PathLike | None = None):
        self.url = str(url) if url else default_url(self.PROGRAM, self.DB_ENV)
        self._lock = threading.RLock()
        if self.url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            import psycopg

            self.conn = psycopg.connect(self.url, autocommit=True)
        else:
            path = self.url.removeprefix("sqlite:///").removeprefix("sqlite://")
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.path = path
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=60, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")  # every commit reaches the disk
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=60000")
        self.create_schema()

    def create_schema(self) -> None:
        with self.transaction() as tx:
            for sql in SCHEMA:
                tx.execute(sql)
            for sql in ([s.replace("{name}", self.PROGRAM) for s in PG_TRIGGERS] if self.dialect == "postgresql"
                        else SQLITE_TRIGGERS):
                tx.execute(sql)
            row = tx.one("SELECT value FROM meta WHERE key = 'schema'")
            if row is None:
                if tx.one("SELECT COUNT(*) FROM events")[0]:
                    raise InputError(f"此{self.LABEL}数据库由旧版 zhengce 创建（审计链没有密钥签名）："
                                     "请把其中的操作重放到一个新数据库")
                tx.execute("INSERT INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))

    @contextlib.contextmanager
    def transaction(self, write: bool = True) -> Iterator[Tx]:
        """All or nothing: commit at the end of the block, roll back on any exception."""
        with self._lock:
            if self.dialect == "postgresql":
                self.conn.execute("BEGIN")
                if write:
                    self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (self.LOCK_KEY,))
            else:
                self.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            tx = Tx(self, self.conn)
            try:
                yield tx
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            fault_point("before_commit")
            self.conn.execute("COMMIT")
            fault_point("after_commit")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()


def open_store(url: str | os.PathLike | None = None, store_class: type[Store] = Store) -> Store:
    try:
        return store_class(url)
    except (sqlite3.Error, OSError) as exc:
        where = url or default_url(store_class.PROGRAM, store_class.DB_ENV)
        raise InputError(f"无法打开 {store_class.PROGRAM} 数据库 {where}：{exc}") from exc
