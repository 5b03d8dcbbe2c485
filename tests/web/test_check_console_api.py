"""测算 and 安心宝 console through the API and the pages: same permissions on both."""

from __future__ import annotations

from .conftest import login


def test_check_profile_in_the_url(client):
    params = {"entity": "enterprise", "region": "杭州市余杭区", "rec.gaoxin": "2025-03-01", "date": "2025-06-01"}
    data = client.get("/api/check", params=params).json()
    res = data["result"]
    assert res["date"] == "2025-06-01" and res["profile"]["region"] == "杭州市余杭区"
    ents = res["entitlements"]
    assert ents and all(e["citation"]["quote"] for e in ents)
    gaoxin = [e for e in ents if "高新技术企业" in e["trigger"]]
    assert gaoxin and gaoxin[0]["amount_yuan"] > 0
    link = gaoxin[0]["link"]
    assert link.startswith("/docs/") and "#s" in link
    # the link names the article the rule cites
    doc_path, anchor = link[len("/docs/"):].split("#")
    doc = client.get(f"/api/docs/{doc_path}").json()
    art = [a for s in doc["sections"] for a in s["articles"] if a["anchor"] == anchor][0]
    assert art["no"] == gaoxin[0]["citation"]["article"]
    assert res["near_misses"]
    html = client.get("/check", params=params).text
    assert "测算结果" in html and gaoxin[0]["amount_text"] in html and 'id="share-link"' in html


def test_check_form_is_generated_from_the_schema(client):
    schema = client.get("/api/check/schema").json()
    assert schema["required"] == ["entity", "region"]
    html = client.get("/check").text
    for name in ("region", "industry", "rec.gaoxin", "rec.gaoxin.renewal", "fin.revenue_yuan"):
        assert f'name="{name}"' in html, name


def test_check_errors_are_shown_not_raised(client):
    bad = {"region": "杭州市余杭区", "fin.revenue_yuan": "1.234"}
    r = client.get("/api/check", params=bad)  # the API: a 4xx in the one error shape, naming the field
    err = r.json()["error"]
    assert r.status_code == 400 and err["field"] == "fin.revenue_yuan" and "本年度营业收入" in err["message"]
    page = client.get("/check", params=bad)  # the page: the message above the form, the form kept
    assert page.status_code == 400 and "本年度营业收入" in page.text and 'name="fin.revenue_yuan"' in page.text
    r = client.get("/api/check", params={"region": "杭州市余杭区", "date": "2025-13-01"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]["message"]


def test_check_post_json_profile(client):
    client.cookies.clear()
    body = {"entity": "enterprise", "region": "杭州市余杭区", "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}]}
    r = client.post("/api/check", json=body, params={"date": "2025-06-01"})
    assert r.status_code == 200
    total = r.json()["total"]
    assert isinstance(total["amount_yuan"], (int, str)) and int(total["amount_yuan"]) > 0
    assert client.post("/api/check", json={"entity": "enterprise"}).status_code == 400


def test_console_needs_sign_in(client):
    client.cookies.clear()
    r = client.get("/anxinbao", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    assert client.get("/api/anxinbao").status_code == 401
    assert client.get("/api/anxinbao/projects").status_code == 401
    # a header naming an actor is no way in: the signed-in user is the actor
    assert client.get("/api/anxinbao/projects", headers={"X-Actor-Role": "bureau", "X-Actor-Id": "bureau"}).status_code == 401


def test_each_role_sees_what_it_may(client):
    login(client, "qiye")
    mine = client.get("/api/anxinbao").json()
    assert mine["actor"] == {"role": "enterprise", "id": "E-demo"}
    assert {p["id"] for p in mine["projects"]} >= {"DEMO-1"} and mine["events"] is None
    assert client.get("/api/anxinbao/summary").status_code == 403
    assert client.get("/api/anxinbao/events").status_code == 403
    login(client, "shenji")
    audit = client.get("/api/anxinbao").json()
    assert audit["events"] and all(not p["actions"] for p in audit["projects"])
    assert client.get("/api/anxinbao/verify").json()["ok"] is True


def test_api_refuses_what_the_role_may_not_do(client):
    token = login(client, "pingtai")  # a platform may not pay the enterprise's deposit
    r = client.post("/api/anxinbao/projects/DEMO-1/pay_deposit", json={"op_id": "t-plat-dep", "args": {"amount": "10万"}},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"
    # and without the CSRF token a signed-in call is refused before it reaches the program
    r = client.post("/api/anxinbao/projects/DEMO-1/accept", json={"op_id": "t-no-csrf"})
    assert r.status_code == 403 and "CSRF" in r.json()["error"]["message"]


def test_console_form_refusal_is_shown(client):
    token = login(client, "qiye")
    r = client.post("/anxinbao/act", data={"csrf_token": token, "operation": "pay_deposit", "project": "DEMO-1",
                                           "milestone": "1", "amount": "1", "op_id": "t-low-deposit"})
    assert r.status_code == 422 and "存入保证金未执行" in r.text
    assert client.get("/api/anxinbao/projects/DEMO-1").json()["milestones"][0]["state"] == "planned"


def test_check_page_lists_the_conditions_not_met(client):
    """The rules that do not apply are listed on the page with the condition that fails, as in the
    JSON twin — not left to the JSON."""
    params = {"entity": "enterprise", "region": "杭州市余杭区", "rec.gaoxin": "2025-03-01", "date": "2025-06-01"}
    res = client.get("/api/check", params=params).json()["result"]
    assert res["not_eligible"]
    html = client.get("/check", params=params).text
    assert 'id="not-eligible"' in html and "见 JSON" not in html
    first = res["not_eligible"][0]
    assert first["trigger"] in html and first["reasons"][0] in html
