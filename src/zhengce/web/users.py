"""Web accounts: who may sign in to the 安心宝 console, and as which role; and their sessions.

Passwords are hashed with scrypt (hashlib.scrypt, random 16-byte salt, N=2**14, r=8, p=1) and
compared in constant time. Accounts live in their own small SQLite file beside the library
database, so rebuilding the library never loses them. A signed-in session is a row here too (its
random id travels in the signed cookie): signing out, disabling the account or changing its password
deletes the rows, so a copied cookie is dead from then on.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from zhengce.errors import InputError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt_hex, digest_hex = stored.split("$")
        if algo != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
                                p=int(p), dklen=len(digest_hex) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


# A hash to verify against when the user does not exist, so both cases cost the same time.
_DUMMY_HASH = hash_password("not-a-password", salt=b"\0" * 16)


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: str  # a 安心宝 role, e.g. "enterprise", "bank", "bureau", "auditor"
    party: str | None = None  # the organisation the user acts for (enterprise name, bank…)

    def to_json(self) -> dict[str, str | None]:
        return {"username": self.username, "display_name": self.display_name, "role": self.role,
                "party": self.party}


class UserStore:
    def __init__(self, path: Path | str):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS web_user (username TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
            " role TEXT NOT NULL, party TEXT, password_hash TEXT NOT NULL)")
        columns = {r[1] for r in self._conn.execute("PRAGMA table_info(web_user)")}
        if "disabled" not in columns:
            self._conn.execute("ALTER TABLE web_user ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0")
        self._conn.execute("CREATE TABLE IF NOT EXISTS web_session (sid TEXT PRIMARY KEY, username TEXT NOT NULL,"
                           " expires REAL NOT NULL)")
        self._conn.commit()

    def add(self, username: str, password: str, *, role: str, display_name: str | None = None,
            party: str | None = None, replace: bool = False) -> User:
        username = username.strip()
        if not username or len(username) > 64:
            raise InputError("用户名须为 1–64 个字符")
        if len(password) < 8:
            raise InputError("密码至少 8 位")
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        with self._lock:
            try:
                self._conn.execute(f"{verb} INTO web_user(username, display_name, role, party, password_hash,"
                                   " disabled) VALUES (?,?,?,?,?,0)",
                                   (username, display_name or username, role, party, hash_password(password)))
                self._conn.execute("DELETE FROM web_session WHERE username = ?", (username,))
                self._conn.commit()
            except sqlite3.IntegrityError:
                raise InputError(f"用户 {username} 已存在") from None
        return User(username, display_name or username, role, party)

    def get(self, username: str) -> User | None:
        with self._lock:
            row = self._conn.execute("SELECT username, display_name, role, party FROM web_user WHERE username=?"
                                     " AND disabled = 0", (username,)).fetchone()
        return User(*row) if row else None

    def authenticate(self, username: str, password: str) -> User | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT username, display_name, role, party, password_hash FROM web_user WHERE username=?"
                " AND disabled = 0", (username,)).fetchone()
        if row is None:
            verify_password(password, _DUMMY_HASH)
            return None
        return User(*row[:4]) if verify_password(password, row[4]) else None

    def count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM web_user").fetchone()[0]

    def all(self) -> list[User]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT username, display_name, role, party FROM web_user ORDER BY username").fetchall()
        return [User(*r) for r in rows]

    def disabled(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._conn.execute("SELECT username FROM web_user WHERE disabled = 1")}

    def exists(self, username: str) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM web_user WHERE username = ?", (username,)).fetchone() is not None

    def set_password(self, username: str, password: str) -> None:
        """A new password; every session of the account ends."""
        if len(password) < 8:
            raise InputError("密码至少 8 位")
        with self._lock:
            cur = self._conn.execute("UPDATE web_user SET password_hash = ? WHERE username = ?",
                                     (hash_password(password), username))
            self._conn.execute("DELETE FROM web_session WHERE username = ?", (username,))
            self._conn.commit()
        if cur.rowcount == 0:
            raise InputError(f"没有用户 {username}")

    def set_disabled(self, username: str, disabled: bool = True) -> None:
        """Disable (or enable) an account; disabling ends its sessions at once."""
        with self._lock:
            cur = self._conn.execute("UPDATE web_user SET disabled = ? WHERE username = ?", (int(disabled), username))
            self._conn.execute("DELETE FROM web_session WHERE username = ?", (username,))
            self._conn.commit()
        if cur.rowcount == 0:
            raise InputError(f"没有用户 {username}")

    def remove(self, usernames: list[str]) -> list[str]:
        """Delete accounts (and their sessions); returns those that existed."""
        gone = []
        with self._lock:
            for name in usernames:
                if self._conn.execute("DELETE FROM web_user WHERE username = ?", (name,)).rowcount:
                    gone.append(name)
                self._conn.execute("DELETE FROM web_session WHERE username = ?", (name,))
            self._conn.commit()
        return gone

    # -- sessions ---------------------------------------------------------------------------------
    def open_session(self, username: str, max_age: float) -> str:
        sid = secrets.token_urlsafe(24)
        now = time.time()
        with self._lock:
            self._conn.execute("DELETE FROM web_session WHERE expires < ?", (now,))
            self._conn.execute("INSERT INTO web_session VALUES (?,?,?)", (sid, username, now + max_age))
            self._conn.commit()
        return sid

    def session_user(self, sid: str | None, username: str | None) -> User | None:
        """The user of a live session whose id and user match the cookie's; else None."""
        if not isinstance(sid, str) or not isinstance(username, str):
            return None
        with self._lock:
            row = self._conn.execute("SELECT username FROM web_session WHERE sid = ? AND expires >= ?",
                                     (sid, time.time())).fetchone()
        if row is None or row[0] != username:
            return None
        return self.get(username)

    def close_session(self, sid: str | None) -> None:
        if isinstance(sid, str):
            with self._lock:
                self._conn.execute("DELETE FROM web_session WHERE sid = ?", (sid,))
                self._conn.commit()
