"""A hostile user's inputs, each once a 500, an English message, a hang or a bypass: now a one-line
Chinese error with a 4xx status (docs/web.md, "Errors"), and nothing applied."""

from __future__ import annotations

import base64
import json
import time

import pytest

from tests.web.conftest import login

REGION = "杭州市余杭区"


def _error(r, status: int) -> dict:
    assert r.status_code == status, r.text[:300]
    err = r.json()["error"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err["message"][:40]), err
    assert "Traceback" not in r.text and "\n" not in err["message"]
    return err


# -- JSON bodies --------------------------------------------------------------------------------------------

def test_lone_surrogate_in_json_is_refused_at_the_door(client):
    client.cookies.clear()
    body = '{"region": "\\ud800某某"}'.encode()
    err = _error(client.post("/api/check", content=body, headers={"content-type": "application/json"}), 400)
    assert "代理项" in err["message"]
    # a proper pair (an emoji) is text like any other
    ok = client.post("/api/check", content='{"region": "\\ud83d\\ude00"}'.encode(),
                     headers={"content-type": "application/json"})
    assert ok.status_code == 400 and "代理项" not in ok.text


def test_lone_surrogate_never_reaches_the_ledger(client):
    token = login(client, "qiye")
    before = client.get("/api/anxinbao/projects").json()
    body = json.dumps({"operation": "apply", "op_id": "\ud800", "args": {"project": "\ud800某某", "title": "x"}})
    r = client.post("/api/anxinbao/operations", content=body.encode("utf-8", "surrogatepass"),
                    headers={"content-type": "application/json", "x-csrf-token": token})
    _error(r, 400)
    assert client.get("/api/anxinbao/projects").json() == before


@pytest.mark.parametrize("body", ["[" * 10000 + "]" * 10000, '{"region": ' + "9" * 5000 + "}"])
def test_unreadable_json_is_said_in_chinese(client, body):
    client.cookies.clear()
    r = client.post("/api/check", content=body.encode(), headers={"content-type": "application/json"})
    assert "parsing" not in _error(r, 400)["message"]
    r = client.post("/api/check", content='{"region": "é"}'.encode("latin-1"), headers={"content-type": "application/json"})
    assert "UTF-8" in _error(r, 400)["message"]


def test_broken_json_names_the_body_not_a_character_offset(client):
    client.cookies.clear()
    r = client.post("/api/check", content=b'{"region": ', headers={"content-type": "application/json"})
    assert _error(r, 422)["field"] == "body"


@pytest.mark.parametrize("args", ['"ab"', "5", "[1, 2]"])
def test_program_args_that_are_not_an_object(client, args):
    token = login(client, "qiye")
    body = '{"operation": "pay_deposit", "op_id": "atk-args", "args": ' + args + "}"
    r = client.post("/api/anxinbao/operations", content=body.encode(),
                    headers={"content-type": "application/json", "x-csrf-token": token})
    assert "args" in _error(r, 422)["message"]
    r = client.post("/api/anxinbao/projects/DEMO-1/pay_deposit", content=('{"op_id": "atk-args2", "args": ' + args + "}").encode(),
                    headers={"content-type": "application/json", "x-csrf-token": token})
    _error(r, 422)


def test_echoed_input_is_one_short_line(client):
    client.cookies.clear()
    r = client.get("/api/check", params={"region": REGION, "fin.revenue_yuan": "某某\n伪造的第二行"})
    assert "伪造的第二行" in _error(r, 400)["message"]
    r = client.post("/api/check", content=('{"region": "%s", "financials": {"revenue_yuan": %s}}' % (REGION, "9" * 3000)).encode(),
                    headers={"content-type": "application/json"})
    err = _error(r, 400)
    assert len(err["message"]) < 700 and "截断" in err["message"]


# -- sessions and methods -----------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.mark.parametrize("payload", [{"csrf": "t", "iat": "x"}, {"csrf": "t", "iat": None}, {"csrf": "t", "iat": [1]},
                                     {"iat": 0}, {"csrf": ["t"], "iat": 0}, {"u": ["x"], "csrf": "t", "iat": 0}])
def test_odd_but_signed_session_cookies_are_no_session(app, client, payload):
    if payload.get("iat") == 0:
        payload = {**payload, "iat": int(time.time())}
    codec = app.state.codec
    raw = _b64(json.dumps(payload).encode())
    client.cookies.clear()
    client.cookies.set("zhengce_session", f"{raw}.{codec._sign(raw)}")
    assert client.get("/api/me").status_code == 401
    assert client.get("/").status_code == 200


def test_non_ascii_cookie_signature_is_no_session(app):
    assert app.state.codec.decode("abc.\u00e9\u00e9") is None


def test_head_answers_like_get_without_a_body(client):
    for url in ("/", "/docs", "/api/docs", "/api/nope"):
        g, h = client.get(url), client.head(url)
        assert h.status_code == g.status_code and h.content == b""
        assert h.headers["content-type"] == g.headers["content-type"]


def test_malformed_multipart_is_said_in_chinese(client):
    client.cookies.clear()
    r = client.post("/api/batch", content=b"hello", headers={"content-type": "multipart/form-data"})
    assert "boundary" in _error(r, 400)["message"]
    r = client.post("/api/batch", content=b"hello", headers={"content-type": "multipart/form-data; boundary=zz"})
    assert "Invalid" not in _error(r, 400)["message"]


# -- rule review --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def review_app(library_db, tmp_path_factory):
    """Its own app: a real (reviewer) account must not turn the shared demo home into a real one."""
    from zhengce.web import create_app

    home = tmp_path_factory.mktemp("attacks")
    app = create_app(library_db, demo=True, users_path=home / "users.sqlite", anxinbao_url=home / "anx.sqlite",
                     secret=b"a" * 32)
    app.state.users.add("shenhe-atk", "password-123", role="reviewer", display_name="审核员", replace=True)
    return app


@pytest.fixture()
def review_client(review_app):
    from fastapi.testclient import TestClient

    with TestClient(review_app) as c:
        yield c


@pytest.fixture()
def reviewer(review_client):
    return {"x-csrf-token": login(review_client, "shenhe-atk", "password-123")}


@pytest.mark.parametrize("text", [
    "document: {title: 某某}\nrules: [{id: a, amount: " + "9" * 6000 + "}]\n",  # int too long for Python
    "document: {title: 某某, start: 2025-13-45}\nrules: []\n",  # a date that does not exist
])
def test_rule_files_with_unreadable_values(review_client, reviewer, text):
    _error(review_client.post("/api/rules/review", json={"yaml": text}, headers=reviewer), 400)


def test_deeply_nested_rule_file_is_refused_fast(review_client, reviewer):
    t0 = time.monotonic()
    r = review_client.post("/api/rules/review", json={"yaml": "[" * 3000 + "]" * 3000}, headers=reviewer)
    assert "嵌套过深" in _error(r, 400)["message"]
    assert time.monotonic() - t0 < 2


def test_deeply_nested_edit_is_refused_fast(review_client, reviewer):
    client = review_client
    text = "document: {title: 某某, region: 杭州市余杭区}\nrules:\n  - id: a\n"
    token = client.post("/api/rules/review", json={"yaml": text}, headers=reviewer).json()["token"]
    t0 = time.monotonic()
    r = client.post(f"/api/rules/review/{token}/decide", headers=reviewer,
                    json={"rule_id": "a", "action": "edit", "conditions": "[" * 20000})
    assert "嵌套过深" in _error(r, 400)["message"]
    r = client.post(f"/api/rules/review/{token}/decide", headers=reviewer,
                    json={"rule_id": "a", "action": "edit", "formula": "{form: fixed, since: 2025-02-30}"})
    _error(r, 400)
    assert time.monotonic() - t0 < 2


# -- batch queue --------------------------------------------------------------------------------------------

def test_batch_uploads_beyond_the_queue_are_429(client, app, monkeypatch):
    from zhengce.web import batch_jobs

    monkeypatch.setattr(batch_jobs, "MAX_PENDING", 0)
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("r.csv", f"region\n{REGION}\n".encode(), "text/csv")})
    assert _error(r, 429) and r.headers["retry-after"]


# -- the console's forms ------------------------------------------------------------------------------------

def test_console_form_with_a_word_for_a_milestone(client):
    token = login(client, "qiye")
    r = client.post("/anxinbao/act", data={"csrf_token": token, "operation": "pay_deposit", "project": "DEMO-1",
                                           "milestone": "abc", "amount": "10", "op_id": "atk-ms"})
    assert r.status_code in (404, 409, 422) and "未执行" in r.text
    assert "invalid literal" not in r.text and "int()" not in r.text
    r = client.post("/anxinbao/act", data={"csrf_token": token, "operation": "pay_deposit", "project": "DEMO-1",
                                           "milestone": "123456", "op_id": "atk-ms2"})
    assert r.status_code == 422 and "里程碑期数最多 5 个字" in r.text


# -- rule review: the page's messages are the server's own, never the URL's ---------------------------------

RULE_FILE = "document: {title: 某某, region: 杭州市余杭区}\nrules:\n  - id: a\n"


def _review(client, headers) -> str:
    return client.post("/api/rules/review", json={"yaml": RULE_FILE}, headers=headers).json()["token"]


def test_review_page_shows_no_text_from_the_url(review_client, reviewer):
    token = _review(review_client, reviewer)
    forged = "审核已通过，请拨打 400-000-0000 领取补贴"
    params = {"error": forged, "done": forged, "subs": "5", "notified": "7", "m": forged}
    r = review_client.get(f"/rules/review/{token}", params=params)
    assert r.status_code == 200 and "请拨打" not in r.text  # (the twin's link keeps the query, percent-encoded)
    for notice in ("review-error", "review-done", "review-notified"):
        assert f'id="{notice}"' not in r.text
    api = review_client.get(f"/api/rules/review/{token}", params=params)
    assert api.status_code == 200 and "请拨打" not in api.text


def test_review_decision_outcome_is_kept_on_the_server(review_client, reviewer):
    from urllib.parse import unquote

    client, token = review_client, _review(review_client, reviewer)
    r = client.post(f"/rules/review/{token}/decide", headers=reviewer, follow_redirects=False,
                    data={"rule_id": "a", "action": "edit", "formula": "{form: fixed, since: 2025-02-30}"})
    where = r.headers["location"]
    assert r.status_code == 303 and "error" not in where and "无法读取" not in unquote(where)
    page = client.get(where).text
    assert 'id="review-error"' in page and "无法读取" in page
    r = client.post(f"/rules/review/{token}/decide", headers=reviewer, follow_redirects=False,
                    data={"rule_id": "a", "action": "reject"})
    done = r.headers["location"]
    assert "done" not in done and 'id="review-done"' in client.get(done).text
    # a key names one file's outcome: on another file, or made up, it shows nothing
    other = _review(client, reviewer)
    key = done.split("?m=", 1)[1].split("#")[0]
    assert 'id="review-done"' not in client.get(f"/rules/review/{other}?m={key}").text
    assert 'id="review-done"' not in client.get(f"/rules/review/{token}?m=made-up").text


# -- 安心宝 ids and text (checked by the program: docs/anxinbao.md, "Ids and text") --------------------------

APPLY = {"platform": "P-demo", "contract_total": "300万", "title": "联合研发",
         "milestones": [{"goal": "样机", "amount": "300万", "months": 12}]}


def _apply(client, token, op_id, **over):
    return client.post("/api/anxinbao/operations", headers={"x-csrf-token": token},
                       json={"operation": "apply", "op_id": op_id, "args": {**APPLY, **over}})


@pytest.mark.parametrize("over, code", [
    ({"project": "ATK-T", "title": "某" * 100_000}, "text_too_long"),
    ({"project": "../../x"}, "invalid_id"),
    ({"project": "a/b"}, "invalid_id"),
    ({"project": "x" * 65}, "invalid_id"),
    ({"project": "ATK-C", "title": "正常\u202e称名"}, "control_character"),
    ({"project": "ATK-N", "title": "第一行\n第二行"}, "control_character"),
])
def test_anxinbao_text_fields_are_checked(review_client, over, code):
    token = login(review_client, "qiye")
    before = review_client.get("/api/anxinbao/projects").json()
    err = _error(_apply(review_client, token, f"atk-{code}-{len(str(over))}", **over), 422)
    assert err["code"] == code and len(err["message"]) < 300
    assert review_client.get("/api/anxinbao/projects").json() == before


def test_an_accepted_id_can_be_fetched_back(review_client):
    token = login(review_client, "qiye")
    r = _apply(review_client, token, "atk-ok", project="ATK_OK.1")
    assert r.status_code == 200, r.text
    assert review_client.get("/api/anxinbao/projects/ATK_OK.1").json()["title"] == "联合研发"


def test_console_apply_refuses_a_long_title_instead_of_cutting_it(review_client):
    token = login(review_client, "qiye")
    before = review_client.get("/api/anxinbao/projects").json()
    r = review_client.post("/anxinbao/apply", data={
        "csrf_token": token, "op_id": "web-atk-long", "project": "ATK-L", "platform": "P-demo", "title": "某" * 201,
        "contract_total": "300", "m_goal": ["样机"], "m_amount": ["300"], "m_months": ["12"]})
    assert r.status_code == 422 and "至多200个字符" in r.text and "本次操作未生效" in r.text
    assert review_client.get("/api/anxinbao/projects").json() == before


def test_events_after_a_huge_number_is_an_empty_list(client):
    login(client, "kejiju")
    r = client.get("/api/anxinbao/events", params={"after": "9" * 30})
    assert r.status_code == 200 and r.json() == []


# -- feeds: links from the configured site address, never from the Host header ------------------------------

@pytest.fixture(scope="module")
def feed_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("feeds")
    mp = pytest.MonkeyPatch()
    mp.setenv("ZHENGCE_HOME", str(home))
    mp.delenv("ZHENGCE_BASE_URL", raising=False)
    from tests.calls.inbox import seeded_inbox

    sub = seeded_inbox("E-1")
    yield home, sub["token"]
    mp.undo()


def _feeds(home, token, **kw) -> tuple[str, dict]:
    from fastapi.testclient import TestClient

    from zhengce.web import create_app

    app = create_app(home / "library.sqlite", secret=b"f" * 32, anxinbao_url=home / "anx.sqlite", **kw)
    forged = {"host": "evil.example:666"}
    with TestClient(app) as c:
        atom = c.get(f"/inbox/{token}/feed.atom", headers=forged)
        feed = c.get(f"/inbox/{token}/feed.json", headers=forged)
    assert atom.status_code == feed.status_code == 200
    return atom.text, feed.json()


def test_feeds_never_copy_a_forged_host(feed_home):
    home, token = feed_home
    atom, feed = _feeds(home, token)
    assert "evil.example" not in atom + json.dumps(feed) and "testserver" not in atom
    assert f'href="/inbox/{token}/feed.atom"' in atom and feed["feed_url"] == f"/inbox/{token}/feed.json"
    atom, feed = _feeds(home, token, base_url="https://zc.example.gov.cn/")
    assert "evil.example" not in atom + json.dumps(feed)
    assert f'href="https://zc.example.gov.cn/inbox/{token}/feed.atom"' in atom
    assert feed["home_page_url"] == f"https://zc.example.gov.cn/inbox/{token}"


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "zc.example.gov.cn", "https://", "https://a.b/?x=1",
                                 'https://a.b/"><x', "https://u:p@a.b", "https://a.b:port", "https://a b"])
def test_a_malformed_site_address_is_refused_in_chinese(bad):
    from zhengce.errors import InputError
    from zhengce.web.app import parse_base_url

    with pytest.raises(InputError, match="站点地址无效"):
        parse_base_url(bad)
    assert parse_base_url(" http://10.0.0.5:8000/zc/ ") == "http://10.0.0.5:8000/zc" and parse_base_url("") == ""


@pytest.mark.parametrize("args", ["{bad", "[" * 20000])
def test_selection_form_with_unreadable_args_is_said_in_chinese(review_client, args):
    token = login(review_client, "qiye")
    r = review_client.post("/selection/act", data={"csrf_token": token, "operation": "apply", "op_id": "atk-sel",
                                                   "args": args})
    assert r.status_code == 422 and "不是有效的 JSON" in r.text
    assert "Expecting" not in r.text and "recursion" not in r.text.lower()


def test_calendar_download_errors_have_the_one_shape(client):
    client.cookies.clear()
    err = _error(client.get("/calls.ics", params={"region": "杭州市萧山区", "from": "2025-99-99"}), 422)
    assert "起始日期" in err["message"] and "--from" not in err["message"]
    err = _error(client.get("/calls.ics", params={"region": "杭州市萧山区", "from": "9999-12-30", "days": "30"}), 422)
    assert "超出日历范围" in err["message"]
