"""Untrusted text is escaped, forms need CSRF tokens, passwords are hashed, sessions are signed
HttpOnly/SameSite cookies, sign-in is rate limited, bodies are size limited."""

from __future__ import annotations

import warnings

import pytest

from zhengce.reading.model import Article, Document, Section
from zhengce.web import sessions
from zhengce.web.ratelimit import LoginLimiter
from zhengce.web.users import UserStore, hash_password, verify_password

EVIL = "<script>alert('x')</script>"


@pytest.fixture()
def evil_client(tmp_path):
    """A library holding one document whose every text field tries to inject markup."""
    from zhengce.library.store import Library
    from zhengce.web import create_app

    db = tmp_path / "evil.sqlite"
    art = Article(id="evil/d1/s1/a1", no=1, label="(一)", heading=f"{EVIL}标题", responsible=['<img src=x onerror="alert(1)">'],
                  text=f"(一){EVIL}对新认定的企业给予最高100万元奖励。", span=(0, 40), section_no=1)
    sec = Section(id="evil/d1/s1", no=1, label="一、", title=f"<b>{EVIL}</b>", lead=["<i>局</i>"], budget_yuan=10_000_000,
                  intro="", span=(0, 50), articles=[art])
    doc = Document(id="evil/d1", source="evil.txt", index=1, span=(0, 60), title=f"{EVIL}关于政策", region="杭州市<余杭区>",
                   year=2025, level="district", status="final", kind="policy", sections=[sec], text=art.text,
                   content_hash="e" * 64)
    with Library(db) as lib:
        lib.store([doc], name="evil.txt", data=b"evil", original=art.text)
    app = create_app(db, secret=b"k" * 32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as c:
        yield c


def test_document_text_renders_as_text(evil_client):
    for path in ["/docs/evil/d1", "/docs", "/search?q=企业", "/", "/budgets", "/compare/topic?topic=企业"]:
        r = evil_client.get(path)
        assert r.status_code == 200, path
        assert "<script>alert" not in r.text, path
        assert "<img src=x" not in r.text and "<b><script" not in r.text, path
    page = evil_client.get("/docs/evil/d1").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    # and the JSON twin returns the data unchanged (JSON is not HTML)
    assert evil_client.get("/api/docs/evil/d1").json()["document"]["title"].startswith(EVIL)


def test_content_security_policy_forbids_inline_and_remote_scripts(client):
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_passwords_are_scrypt_hashed(tmp_path):
    h = hash_password("correct horse")
    assert h.startswith("scrypt$") and "correct" not in h
    assert verify_password("correct horse", h) and not verify_password("wrong horse", h)
    store = UserStore(tmp_path / "u.sqlite")
    store.add("alice", "s3cret-pass", role="enterprise", party="E1")
    raw = store._conn.execute("SELECT password_hash FROM web_user").fetchone()[0]
    assert "s3cret" not in raw
    assert store.authenticate("alice", "s3cret-pass").party == "E1"
    assert store.authenticate("alice", "nope-nope") is None and store.authenticate("bob", "s3cret-pass") is None


def test_session_cookie_is_signed_httponly_samesite(client):
    r = client.post("/api/login", json={"username": "qiye", "password": "qiye-demo2025"})
    assert r.status_code == 200
    cookie = r.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    value = client.cookies.get(sessions.COOKIE_NAME)
    payload, sig = value.rsplit(".", 1)
    forged = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + "." + sig
    client.cookies.set(sessions.COOKIE_NAME, forged)
    assert client.get("/api/me").status_code == 401


def test_forms_need_the_csrf_token(client):
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "qiye", "password": "qiye-demo2025", "csrf_token": "forged"},
                    follow_redirects=False)
    assert r.status_code == 403
    r = client.post("/login", data={"username": "qiye", "password": "qiye-demo2025", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303
    # signed in: the API too needs the (new) token on state-changing calls
    assert client.post("/api/logout").status_code == 403
    me = client.get("/api/me").json()
    assert client.post("/api/logout", headers={"X-CSRF-Token": me["csrf_token"]}).status_code == 200
    assert client.get("/api/me").status_code == 401


def test_login_is_rate_limited(app, client):
    limiter = app.state.limiter
    for _ in range(limiter.max_failures):
        r = client.post("/api/login", json={"username": "shenji", "password": "wrong-password"})
        assert r.status_code == 401
    r = client.post("/api/login", json={"username": "shenji", "password": "shenji-demo2025"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    limiter.succeeded("ip:testclient", "user:shenji")  # leave the shared app usable


def test_limiter_window_expires():
    now = [0.0]
    lim = LoginLimiter(max_failures=2, window_seconds=60, clock=lambda: now[0])
    lim.failed("ip:a")
    lim.failed("ip:a")
    assert lim.retry_after("ip:a") == 61 or 0 < lim.retry_after("ip:a") <= 61
    assert lim.retry_after("ip:b") == 0
    now[0] = 61.0
    assert lim.retry_after("ip:a") == 0


def test_wrong_password_page_says_so(client):
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "caizheng", "password": "bad-password", "csrf_token": token})
    assert r.status_code == 401 and "用户名或密码错误" in r.text


def test_open_redirect_refused(client):
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "yunying", "password": "yunying-demo2025", "csrf_token": token,
                                    "next": "//evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and not r.headers["location"].startswith("//")


def test_oversized_body_is_refused_before_parsing(client, app):
    limit = app.state.settings.max_upload_bytes
    r = client.post("/api/login", content=b"x" * (limit + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "上限" in r.json()["error"]["message"]


def test_demo_accounts_shown_only_in_dev_mode(client, tmp_path, library_db):
    assert "qiye-demo2025" in client.get("/login").text
    from zhengce.web import create_app

    prod = create_app(library_db, users_path=tmp_path / "u.sqlite", secret=b"p" * 32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(prod) as c:
        assert "demo2025" not in c.get("/login").text
        c.cookies.clear()  # a cookie-less API client needs no CSRF token
        assert c.post("/api/login", json={"username": "qiye", "password": "qiye-demo2025"}).status_code == 401
