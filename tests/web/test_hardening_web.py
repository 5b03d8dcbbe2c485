"""Issue 14, web: sessions revoked server-side, demo only in a demo home, no open redirect, trusted proxies,
a bounded login limiter, formula-safe downloads, no 500s, no messages taken from the query string."""

from __future__ import annotations

import csv
import io
import time
import warnings

import pytest

from zhengce.cli import main
from zhengce.errors import InputError

from .conftest import login


def _client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app)


def test_sign_out_kills_a_copied_cookie_and_token(client):
    token = login(client, "shenji")
    stolen = dict(client.cookies)
    assert client.get("/api/me").status_code == 200
    assert client.post("/api/logout", headers={"X-CSRF-Token": token}).status_code == 200
    client.cookies.clear()
    for k, v in stolen.items():
        client.cookies.set(k, v)
    assert client.get("/api/me").status_code == 401
    r = client.post("/api/anxinbao/operations", headers={"X-CSRF-Token": token},
                    json={"op_id": "x", "operation": "top_up_pool", "args": {"amount": "1"}})
    assert r.status_code in (401, 403)


@pytest.mark.parametrize("target", [
    "/%09/evil.example/", "/\t/evil.example/", "//evil.example/", "/\\evil.example/", "/%2F%2Fevil.example",
    "/%5Cevil.example", "/%252F%252Fevil.example", "/%0a/evil.example", "https://evil.example/",
    "/\r\n/evil.example", "%2F%2Fevil.example", "/%2f/evil.example", "/%25252F%25252F%25252Fevil"])
def test_next_only_same_site(target):
    from zhengce.web.pages.auth import safe_next

    assert safe_next(target) == "/anxinbao"


@pytest.mark.parametrize("target", ["/anxinbao", "/docs/004_c74db4dc4724db3b/d1", "/search?q=%E9%AB%98%E6%96%B0"])
def test_next_keeps_site_paths(target):
    from zhengce.web.pages.auth import safe_next

    assert safe_next(target) == target


def test_login_redirect_with_tab_trick_stays_on_site(client):
    client.cookies.clear()
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "yunying", "password": "yunying-demo2025", "csrf_token": token,
                                    "next": "/\t/evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/anxinbao"


def test_forwarded_for_only_from_trusted_proxies(app):
    from starlette.requests import Request

    from zhengce.web.app import client_ip, parse_proxies

    def req(peer, xff):
        return Request({"type": "http", "client": (peer, 1), "app": app,
                        "headers": [(b"x-forwarded-for", xff.encode())]})

    saved = app.state.settings.trusted_proxies
    try:
        app.state.settings.trusted_proxies = ()
        assert client_ip(req("203.0.113.9", "1.2.3.4")) == "203.0.113.9"
        app.state.settings.trusted_proxies = parse_proxies("10.0.0.0/8")
        assert client_ip(req("10.0.0.2", "1.2.3.4, 10.0.0.7")) == "1.2.3.4"
        assert client_ip(req("203.0.113.9", "1.2.3.4")) == "203.0.113.9"  # not a proxy: header ignored
        assert client_ip(req("10.0.0.2", "not-an-ip")) == "10.0.0.2"
    finally:
        app.state.settings.trusted_proxies = saved
    with pytest.raises(InputError):
        parse_proxies("10.0.0.0/33")


def test_login_limiter_memory_is_bounded():
    from zhengce.web.ratelimit import LoginLimiter

    lim = LoginLimiter(max_failures=3, window_seconds=60, max_keys=100)
    for i in range(5000):
        lim.failed(f"user:nobody{i}")
    assert len(lim) <= 100


def test_unknown_usernames_do_not_grow_the_limiter(app, client):
    before = len(app.state.limiter)
    client.cookies.clear()
    for i in range(4):
        client.post("/api/login", json={"username": f"made-up-{i}-{time.time()}", "password": "x" * 8})
    assert len(app.state.limiter) <= before + 1  # the address only
    app.state.limiter.succeeded("ip:testclient")  # leave the shared app usable


def test_web_user_disable_and_passwd(tmp_path, library_db, monkeypatch, capsys):
    db = tmp_path / "lib.sqlite"
    db.write_bytes(library_db.read_bytes())
    monkeypatch.setenv("ZHENGCE_PASSWORD", "first-pass-1")
    assert main(["web-user", "add", "alice", "--role", "auditor", "--db", str(db)]) == 0
    from zhengce.web import create_app

    app = create_app(db, secret=b"s" * 32, anxinbao_url=tmp_path / "a.sqlite")
    c = _client(app)
    assert c.post("/api/login", json={"username": "alice", "password": "first-pass-1"}).status_code == 200
    assert c.get("/api/me").status_code == 200
    monkeypatch.setenv("ZHENGCE_PASSWORD", "second-pass-2")
    assert main(["web-user", "passwd", "alice", "--db", str(db)]) == 0
    assert c.get("/api/me").status_code == 401  # the session ended with the old password
    c.cookies.clear()
    assert c.post("/api/login", json={"username": "alice", "password": "first-pass-1"}).status_code == 401
    assert c.post("/api/login", json={"username": "alice", "password": "second-pass-2"}).status_code == 200
    assert main(["web-user", "disable", "alice", "--db", str(db)]) == 0
    assert c.get("/api/me").status_code == 401
    c.cookies.clear()
    assert c.post("/api/login", json={"username": "alice", "password": "second-pass-2"}).status_code == 401
    assert main(["web-user", "disable", "nobody", "--db", str(db)]) == 2
    assert "没有用户" in capsys.readouterr().err


def test_demo_only_in_a_demo_home(tmp_path, library_db):
    from zhengce.web import create_app
    from zhengce.web.users import UserStore

    db = tmp_path / "lib.sqlite"
    db.write_bytes(library_db.read_bytes())
    book = tmp_path / "book.sqlite"
    demo_app = create_app(db, demo=True, secret=b"s" * 32, anxinbao_url=book)
    assert demo_app.state.settings.extra["demo_accounts"]
    with pytest.raises(InputError, match="--remove-demo"):
        create_app(db, demo=False, secret=b"s" * 32, anxinbao_url=book)
    app = create_app(db, demo=False, remove_demo=True, secret=b"s" * 32, anxinbao_url=book)
    removed = app.state.settings.extra["demo_removed"]
    assert any("演示账户" in r for r in removed) and any("演示账本" in r for r in removed)
    assert not book.exists() and not UserStore(tmp_path / "lib-web-users.sqlite").all()
    UserStore(tmp_path / "lib-web-users.sqlite").add("real", "real-pass-1", role="bureau")
    with pytest.raises(InputError, match="不能以演示模式运行"):
        create_app(db, demo=True, secret=b"s" * 32, anxinbao_url=book)


def test_serve_no_demo_refuses_a_former_demo_home(tmp_path, library_db, capsys, monkeypatch):
    from zhengce.web import create_app

    db = tmp_path / "lib.sqlite"
    db.write_bytes(library_db.read_bytes())
    monkeypatch.setenv("ZHENGCE_ANXINBAO_DB", str(tmp_path / "anx.sqlite"))
    create_app(db, demo=True, secret=b"s" * 32)
    assert main(["serve", "--no-demo", "--db", str(db), "--port", "1"]) == 2
    assert "演示" in capsys.readouterr().err


def test_no_500_for_huge_versions(client):
    r = client.get("/api/docs/004_c74db4dc4724db3b/d1@99999999999999999999999")
    assert r.status_code == 404
    assert client.get("/docs/004_c74db4dc4724db3b/d1@99999999999999999999999").status_code == 404


def test_query_string_messages_are_not_shown(client):
    login(client, "kejiju")
    page = client.get("/anxinbao", params={"done": "<b>您的账户已冻结，请拨打 400-000</b>"})
    assert page.status_code == 200 and "账户已冻结" not in page.text and 'id="console-message"' not in page.text
    page = client.get("/anxinbao", params={"done": "approve"})
    assert "准予立项" in page.text


def test_batch_downloads_neutralise_formulas(client):
    client.cookies.clear()
    data = "id,name,region\n=HYPERLINK(\"http://evil\"),+cmd,杭州市余杭区\n@x,-1+2,杭州市余杭区\n".encode()
    r = client.post("/api/batch", files={"registry": ("f.csv", data)})
    assert r.status_code == 202
    job = r.json()["job"]["id"]
    for _ in range(200):
        if client.get(f"/api/batch/{job}").json()["job"]["state"] == "done":
            break
        time.sleep(0.05)
    text = client.get(f"/batch/{job}/results.csv").content.decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'=HYPERLINK(\"http://evil\")" in cells and "'+cmd" in cells and "'@x" in cells and "'-1+2" in cells
    assert not any(c.startswith(("=", "+", "@", "-")) for c in cells)
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(client.get(f"/batch/{job}/results.xlsx").content))
    values = [c.value for row in wb["测算结果"].iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "@", "-")) for v in values)


def test_safe_cell_helper():
    from zhengce.spreadsheets import safe_cell

    assert [safe_cell(v) for v in ["=1", "+1", "-1", "@a", "\t=1", "\r=1", "a=1", 5, -5, None]] == \
        ["'=1", "'+1", "'-1", "'@a", "'\t=1", "'\r=1", "a=1", 5, -5, None]


def test_batch_jobs_survive_a_restart_and_expire(tmp_path):
    from zhengce.web.batch_jobs import JobStore

    path = tmp_path / "jobs.sqlite"
    store = JobStore(path, 100)
    job = store.start("r.csv", "region\n杭州市余杭区\n".encode(), None, False)
    for _ in range(200):
        if store.get(job.id).state == "done":
            break
        time.sleep(0.05)
    again = JobStore(path, 100)  # a new server process
    assert again.get(job.id).state == "done" and again.get(job.id).rows
    expired = JobStore(path, 100, ttl_seconds=0)
    time.sleep(0.01)
    from zhengce.errors import NotFound

    with pytest.raises(NotFound):
        expired.get(job.id)


def test_unfinished_job_runs_again_after_restart(tmp_path):
    import json
    import sqlite3

    from zhengce.web.batch_jobs import JobStore

    path = tmp_path / "jobs.sqlite"
    JobStore(path, 100)
    conn = sqlite3.connect(path)
    rows = [[2, {"region": "杭州市余杭区", "id": "A"}]]
    conn.execute("INSERT INTO batch_job (id, filename, date, include_drafts, total, state, done, error, created,"
                 " created_ts, input, rows, per_rule) VALUES ('interrupted-job-1', 'r.csv', NULL, 0, 1, 'running', 0, NULL,"
                 " '2026-01-01T00:00:00', ?, ?, '[]', '{}')", (time.time(), json.dumps(rows)))
    conn.commit()
    store = JobStore(path, 100)
    for _ in range(200):
        if store.get("interrupted-job-1").state == "done":
            break
        time.sleep(0.05)
    job = store.get("interrupted-job-1")
    assert job.state == "done" and [r["row"] for r in job.rows] == [2]
