"""规则审核 page and API: reviewer role only, CSRF on forms, each rule beside its quote and article,
accept / edit / reject, download of the reviewed YAML; the rulebook fingerprint on API responses."""

import re

import pytest

from zhengce.rules.rulebook import POLICY_DIR, load_rulebook
from tests.web.conftest import login

LINAN = POLICY_DIR / "zhejiang" / "hangzhou" / "linan" / "2025.yaml"


def drafted() -> str:
    text = LINAN.read_text(encoding="utf-8")
    return text.replace("  - id: linan-2025-a08-dev-fee\n",
                        "  - id: linan-2025-a08-dev-fee\n    review: pending\n    review_notes: [比例与上限请核对]\n")


@pytest.fixture()
def reviewer(app, client):
    for name in ("shenhe", "shenhe2"):
        app.state.users.add(name, "password-123", role="reviewer", display_name=f"审核员{name}", replace=True)
    return login(client, "shenhe", "password-123")


def test_review_needs_a_signed_in_reviewer(client):
    client.cookies.clear()
    assert client.get("/api/rules/review").status_code == 401
    assert client.get("/rules/review", follow_redirects=False).status_code in (302, 303, 401)
    login(client, "qiye")  # an enterprise user
    r = client.get("/api/rules/review")
    assert r.status_code == 403 and "审核员" in r.text


def test_api_review_flow(client, reviewer):
    h = {"x-csrf-token": reviewer}
    assert client.post("/api/rules/review", json={"yaml": drafted()}).status_code == 403  # no CSRF token
    r = client.post("/api/rules/review", json={"yaml": drafted()}, headers=h)
    assert r.status_code == 201, r.text
    data = r.json()
    token = data["token"]
    rule = next(x for x in data["rules"] if x["id"] == "linan-2025-a08-dev-fee")
    assert rule["review"] == "pending" and rule["quote_in_article"] and rule["review_notes"] == ["比例与上限请核对"]
    assert "(八)" in rule["article_text"]
    assert r.headers["x-rulebook-fingerprint"] == load_rulebook().fingerprint

    bad = client.post(f"/api/rules/review/{token}/decide", headers=h,
                      json={"rule_id": "linan-2025-a08-dev-fee", "action": "edit", "formula": "{form: nope}"})
    assert bad.status_code == 400 and "form" in bad.text
    r = client.post(f"/api/rules/review/{token}/decide", headers=h,
                    json={"rule_id": "linan-2025-a08-dev-fee", "action": "edit",
                          "formula": {"form": "rate", "rate": "0.2", "base": "fin.dev_fee_yuan", "cap_yuan": 1000000}})
    assert r.status_code == 200, r.text
    rule = next(x for x in r.json()["rules"] if x["id"] == "linan-2025-a08-dev-fee")
    assert rule["review"] == "accepted" and rule["reviewed_by"] == "审核员shenhe" and rule["formula"]["cap_yuan"] == 1000000
    r = client.post(f"/api/rules/review/{token}/decide", headers=h,
                    json={"rule_id": "linan-2025-a01-xinchuying", "action": "reject"})
    assert r.json()["summary"] == {"accepted": 24, "rejected": 1}
    assert client.post(f"/api/rules/review/{token}/decide", headers=h,
                       json={"rule_id": "nope", "action": "accept"}).status_code == 404

    yaml_text = client.get(f"/rules/review/{token}/download").text
    assert "reviewed_by: 审核员shenhe" in yaml_text and "review: rejected" in yaml_text
    assert yaml_text.splitlines()[0] == LINAN.read_text(encoding="utf-8").splitlines()[0]  # comments kept

    # another reviewer cannot open this file
    other = login(client, "shenhe2", "password-123")
    assert client.get(f"/api/rules/review/{token}").status_code == 404
    assert other


def test_api_review_of_a_shipped_file_and_bad_input(client, reviewer):
    h = {"x-csrf-token": reviewer}
    r = client.post("/api/rules/review", json={"path": "zhejiang/huzhou/2025.yaml"}, headers=h)
    assert r.status_code == 201 and r.json()["summary"] == {"accepted": len(
        [x for x in load_rulebook().rules if x.document.key == "zhejiang/huzhou/2025"])}
    assert client.post("/api/rules/review", json={"path": "../../etc/passwd"}, headers=h).status_code == 400
    r = client.post("/api/rules/review", json={"yaml": "rules: ["}, headers=h)
    assert r.status_code == 400 and "YAML" in r.text and "Traceback" not in r.text
    assert client.post("/api/rules/review", json={"yaml": "a: 1"}, headers=h).status_code == 400


def test_html_review_forms(client, reviewer):
    page = client.get("/rules/review")
    assert page.status_code == 200 and "zhejiang/huzhou/2025.yaml" in page.text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post("/rules/review", data={"csrf_token": csrf}, files={"file": ("linan.yaml", drafted().encode(), "application/yaml")},
                    follow_redirects=False)
    assert r.status_code == 303
    url = r.headers["location"]
    page = client.get(url)
    assert "對復合裝飾材料企業原創版輥開發" in page.text and "审核提示：比例与上限请核对" in page.text
    token = url.rsplit("/", 1)[-1]
    r = client.post(f"/rules/review/{token}/decide", data={"rule_id": "linan-2025-a08-dev-fee", "action": "accept"},
                    follow_redirects=False)
    assert r.status_code == 403  # no CSRF token in the form
    r = client.post(f"/rules/review/{token}/decide", data={"csrf_token": csrf, "rule_id": "linan-2025-a08-dev-fee",
                                                           "action": "accept"}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert "已记录：linan-2025-a08-dev-fee" in page.text
    r = client.post(f"/rules/review/{token}/decide", data={"csrf_token": csrf, "rule_id": "linan-2025-a08-dev-fee",
                                                           "action": "edit", "conditions": "[{fact: nope, eq: 1}]"},
                    follow_redirects=True)
    assert "条件：未知字段" in r.text and "nope" in r.text


def test_every_api_response_names_the_rulebook(client):
    r = client.post("/api/check", json={"entity": "enterprise", "region": "湖州市吴兴区",
                                        "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}]},
                    params={"date": "2025-06-30"})
    assert r.status_code == 200
    assert r.json()["rulebook"]["fingerprint"] == r.headers["x-rulebook-fingerprint"] == load_rulebook().fingerprint


def test_check_url_takes_figures_by_year(client):
    params = {"region": "萧山区", "event.anxinbao_cooperation": "2025-05-01", "date": "2026-02-28",
              "fin.anxinbao_agreement_total_yuan@2025": "5000000", "fin.kechuang_insurance_premium_yuan@2025": "100000"}
    r = client.get("/api/check", params=params)
    assert r.status_code == 200 and r.json()["result"]["total"]["amount_yuan"] == 80000
    undated = {k.replace("@2025", ""): v for k, v in params.items()}  # asked in 2026: not 2025's figures
    data = client.get("/api/check", params=undated).json()["result"]
    assert data["total"]["amount_yuan"] == 0
    missing = {m["field"] for o in data["needs_info"] for m in o.get("missing", [])}
    assert "fin.anxinbao_agreement_total_yuan@2025" in missing


def test_web_batch_job_names_its_rulebook(client):
    from tests.web.test_batch import wait_done
    client.cookies.clear()
    r = client.post("/api/batch", files={"registry": ("r.csv", "region,rec.gaoxin\n湖州市吴兴区,2025-03-01\n".encode())},
                    data={"date": "2025-06-30"})
    assert r.status_code == 202
    job = wait_done(client, r.json()["job"]["id"])["job"]
    assert job["state"] == "done" and job["rulebook"]["fingerprint"] == load_rulebook().fingerprint


def test_hostile_rule_files_are_refused(client, reviewer):
    h = {"x-csrf-token": reviewer}
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
    r = client.post("/api/rules/review", json={"yaml": laughs}, headers=h)
    assert r.status_code == 400 and "规则文件中不允许使用 YAML 锚点和别名" in r.text
    deep = "document: " + "[" * 20000 + "]" * 20000 + "\nrules: []\n"
    r = client.post("/api/rules/review", json={"yaml": deep}, headers=h)
    assert r.status_code == 400 and "Traceback" not in r.text
    script = drafted().replace("    review_notes: [比例与上限请核对]", "    review_notes: [\"<script>alert(1)</script>\"]")
    r = client.post("/api/rules/review", json={"yaml": script}, headers=h)
    page = client.get(f"/rules/review/{r.json()['token']}")
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text


def test_reviewing_on_the_page_notifies_subscribers_once(client, reviewer, tmp_path, monkeypatch):
    """政策找企业 (issue 11): a decision on /rules/review recomputes the subscriptions by itself; the
    newly qualifying subscriber is notified once, never twice for the same review."""
    import datetime as dt
    import json

    import yaml

    from zhengce.programs.calls import subscriptions as mod
    monkeypatch.setenv("ZHENGCE_SUBSCRIPTIONS_DB", str(tmp_path / "subs.sqlite"))
    monkeypatch.setattr(mod, "today", lambda: dt.date(2025, 8, 1))
    from tests.calls.test_subscriptions import PROFILE
    profile = json.loads(PROFILE.read_text(encoding="utf-8"))
    profile["recognitions"] = [{"type": "digital_transformation_sample", "date": "2025-07-01"}]
    (tmp_path / "p.json").write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    subs = mod.Subscriptions(tmp_path / "subs.sqlite")
    sub = subs.subscribe(str(tmp_path / "p.json"), "样本企业", on=dt.date(2025, 8, 1))
    data = yaml.safe_load((POLICY_DIR / "zhejiang/hangzhou/2025-digital-sample.yaml").read_text(encoding="utf-8"))
    data["rules"][0].update(id="szh-drafted", review="pending")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)

    page = client.get("/rules/review")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post("/rules/review", data={"csrf_token": csrf}, files={"file": ("szh.yaml", text.encode(), "application/yaml")},
                    follow_redirects=False)
    token = r.headers["location"].rsplit("/", 1)[-1]
    for expected in (1, 0):  # the same decision twice: the second notifies nobody
        r = client.post(f"/rules/review/{token}/decide", data={"csrf_token": csrf, "rule_id": "szh-drafted",
                                                               "action": "accept"}, follow_redirects=True)
        assert f"已重新计算 1 个订阅，新通知 {expected} 条" in r.text, r.text[-2000:]
    (n,) = subs.notifications(sub["id"])
    assert (n["change"], n["item"], n["new_yuan"]) == ("new_eligible", "rule:szh-drafted", "200000.00")
    subs.close()
