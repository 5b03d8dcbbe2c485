"""Signed session cookies and CSRF tokens.

The session lives in the cookie itself (no server table): a base64 JSON payload plus an
HMAC-SHA256 signature with the app's secret. The cookie is HttpOnly and SameSite=Lax; Secure
when the app is served over https. Each session carries a random CSRF token that every
state-changing form must echo (hidden field `csrf_token`, or header `X-CSRF-Token` for scripts).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from pathlib import Path
from typing import Any

COOKIE_NAME = "zhengce_session"
MAX_AGE_SECONDS = 8 * 3600  # a working day; then sign in again


def load_secret(path: Path | None) -> bytes:
    """The signing key: $ZHENGCE_SECRET, else a random key kept (0600) in `path`, else ephemeral."""
    env = os.environ.get("ZHENGCE_SECRET")
    if env:
        return env.encode("utf-8")
    if path is None:
        return secrets.token_bytes(32)
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionCodec:
    def __init__(self, secret: bytes, max_age: int = MAX_AGE_SECONDS):
        self.secret = secret
        self.max_age = max_age

    def _sign(self, payload: str) -> str:
        return _b64(hmac.new(self.secret, payload.encode("ascii"), hashlib.sha256).digest())

    def encode(self, data: dict[str, Any]) -> str:
        body = dict(data)
        body["iat"] = int(time.time())
        payload = _b64(json.dumps(body, separators=(",", ":"), ensure_ascii=True).encode("ascii"))
        return f"{payload}.{self._sign(payload)}"

    def decode(self, cookie: str | None) -> dict[str, Any] | None:
        """The session, or None when missing, tampered with or expired."""
        if not cookie or "." not in cookie:
            return None
        payload, sig = cookie.rsplit(".", 1)
        try:
            if not hmac.compare_digest(sig, self._sign(payload)):
                return None
            data = json.loads(_unb64(payload))
        except (ValueError, UnicodeError, TypeError):  # TypeError: compare_digest on a non-ASCII signature
            return None
        # A well-formed session only (a cookie from another version or key format is no session, not a 500)
        iat = data.get("iat") if isinstance(data, dict) else None
        if not isinstance(iat, int) or isinstance(iat, bool) or not isinstance(data.get("csrf"), str) \
                or not data["csrf"] or not -300 <= time.time() - iat <= self.max_age:  # expired, or from the future
            return None
        if not isinstance(data.get("u"), (str, type(None))) or not isinstance(data.get("sid"), (str, type(None))):
            return None
        return data


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))
