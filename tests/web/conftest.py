"""Web fixtures: a library built from the shipped corpus, the app over it (TestClient), and for
browser tests a live server (uvicorn in a thread) with Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import threading
import time
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def web_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("web-home")


@pytest.fixture(scope="session")
def library_db(web_home, corpus_dir) -> Path:
    """The shipped corpus ingested into a fresh library (once per session)."""
    from zhengce.library.ingest import ingest
    from zhengce.library.store import Library

    db = web_home / "library.sqlite"
    with Library(db) as lib:
        reports = ingest(lib, [corpus_dir])
    failed = [r for r in reports if r.status == "failed"]
    assert not failed, f"corpus files failed to ingest: {failed}"
    return db


@pytest.fixture(scope="session")
def app(library_db, web_home):
    from zhengce.web import create_app

    return create_app(library_db, demo=True, secret=b"test-secret-0123456789abcdef0123456789",
                      anxinbao_url=web_home / "anxinbao.sqlite")


@pytest.fixture()
def client(app):
    with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what the project ships
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def login(client, username: str, password: str | None = None) -> str:
    """Sign in through the JSON API; returns the CSRF token for later state-changing calls."""
    from zhengce.web.demo import demo_password

    client.cookies.clear()  # a fresh session: an API client without cookies needs no CSRF token to sign in
    r = client.post("/api/login", json={"username": username, "password": password or demo_password(username)})
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(library_db, web_home):
    """`zhengce serve`'s app on 127.0.0.1:<free port> in a background thread (own users file)."""
    import uvicorn

    from zhengce.web import create_app

    app = create_app(library_db, demo=True, users_path=web_home / "live-users.sqlite",
                     anxinbao_url=web_home / "live-anxinbao.sqlite")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, locale="zh-CN", viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


def shot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture(autouse=True)
def _fresh_login_limiter(request):
    """The app is shared by the session; each test starts with no failed sign-ins counted against the
    test client's address (what one test tries must not lock out the next)."""
    if "app" in request.fixturenames or "client" in request.fixturenames:
        from zhengce.web.ratelimit import LoginLimiter

        app = request.getfixturevalue("app")
        old = app.state.limiter
        app.state.limiter = LoginLimiter(old.max_failures, old.window, max_keys=old.max_keys)
    yield
