"""/calls and its JSON twin, the per-profile calendar, the inbox with its feeds, the selection REST API."""

import datetime as dt
import json
import warnings
from xml.etree import ElementTree

import pytest
from icalendar import Calendar

Q = "region=杭州市萧山区&industry=auto_parts&from=2025-06-01&days=30"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    home = tmp_path_factory.mktemp("calls-web")
    mp = pytest.MonkeyPatch()
    mp.setenv("ZHENGCE_HOME", str(home))
    from zhengce.web import create_app

    app = create_app(home / "library.sqlite", secret=b"test-secret-0123456789abcdef0123456789",
                     anxinbao_url=home / "anxinbao.sqlite")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as c:
        c.home = home
        yield c
    mp.undo()


def test_calls_page_and_json_twin(client):
    api = client.get(f"/api/calls?{Q}")
    assert api.status_code == 200
    data = api.json()
    (c,) = data["result"]["calls"]
    assert c["call"] == "hangzhou-2025-szh-sample" and c["awards"][0]["amount_yuan"] == 200000
    assert c["next_deadline"]["date"] == "2025-06-06"
    page = client.get(f"/calls?{Q}")
    assert page.status_code == 200
    assert "2025-06-06" in page.text and "20万元/家" in page.text
    assert "20 萬元/家" in page.text


def test_calls_bad_input_is_a_chinese_message(client):
    r = client.get("/api/calls?region=杭州市萧山区&from=2025-99-01")
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]["message"]
    r = client.get("/api/calls?region=火星&from=2025-06-01")
    assert r.status_code == 400 and "火星" in r.json()["error"]["message"]


def test_calendar_url_per_profile(client):
    r = client.get(f"/calls.ics?{Q}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    assert [e.decoded("dtstart") for e in cal.walk("VEVENT")] == [dt.date(2025, 6, 6), dt.date(2025, 6, 11)]


def test_inbox_and_feeds(client, tmp_path):
    from tests.calls.inbox import seeded_inbox

    sub = seeded_inbox("E-HZ-AP-001")
    t = sub["token"]
    page = client.get(f"/inbox/{t}")
    assert page.status_code == 200 and "数字化转型" in page.text
    assert client.get(f"/api/inbox/{t}").json()["notifications"][0]["new_yuan"] == "200000.00"
    atom = ElementTree.fromstring(client.get(f"/inbox/{t}/feed.atom").content)
    assert atom.tag.endswith("feed")
    assert json.loads(client.get(f"/inbox/{t}/feed.json").content)["items"]
    assert client.get(f"/inbox/{t}/calendar.ics").status_code == 200
    assert client.get("/inbox/not-a-token").status_code == 404


def test_selection_rest_requires_sign_in(client):
    assert client.get("/api/calls/selection/operations").status_code == 200
    r = client.get("/api/calls/selection/state")
    assert r.status_code == 401


def test_selection_console_requires_sign_in(client):
    r = client.get("/api/selection")
    assert r.status_code in (401, 403)
    assert client.get("/selection", follow_redirects=False).status_code in (303, 401, 403)


def test_selection_console_per_role(client):
    users = client.app.state.users
    users.add("hzjxj", "password-123", role="city", party="hz-jxj", replace=True)
    users.add("qiye1", "password-123", role="enterprise", party="E1", replace=True)
    client.cookies.clear()
    r = client.post("/api/login", json={"username": "hzjxj", "password": "password-123"})
    csrf = r.json()["csrf_token"]
    h = {"X-CSRF-Token": csrf}
    r = client.post("/api/calls/selection/init", json={"call": "hangzhou-2025-szh-sample", "mode": "replay",
                                                       "at": "2025-06-01"}, headers=h)
    assert r.status_code == 200, r.text
    page = client.get("/api/selection").json()
    assert page["role"] == "city" and "close_panel" in [o["operation"] for o in page["operations"]]
    assert "score" not in [o["operation"] for o in page["operations"]]
    client.cookies.clear()
    csrf = client.post("/api/login", json={"username": "qiye1", "password": "password-123"}).json()["csrf_token"]
    r = client.post("/selection/act", data={"operation": "apply", "op_id": "w1", "csrf_token": csrf,
                                            "args": json.dumps({"application": "W1", "group": "auto_parts",
                                                                "district": "萧山区"})},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    mine = client.get("/api/selection").json()["state"]["applications"]
    assert [a["id"] for a in mine] == ["W1"]
    r = client.post("/selection/act", data={"operation": "score", "op_id": "w2", "csrf_token": csrf, "args": "{}"})
    assert r.status_code == 403 and "未执行" in r.text
