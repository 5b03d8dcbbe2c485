"""安心宝 console for every role (issue 15 item 7): the steps that were API-only (apply, premium,
premium subsidy, payout, audit, subsidy award/payment/revocation, pool top-up, bar, extension) are
forms shown to the role allowed to do them, with CSRF and the program's role checks; a refusal shows
its Chinese reason and changes nothing; accounts have Chinese names; times have no ISO "T"; the
bureau can search and page through hundreds of projects; 校验 reads in Chinese."""

from __future__ import annotations

import re
import warnings

import pytest

from tests.web.conftest import login


@pytest.fixture(scope="module")
def own_app(library_db, tmp_path_factory):
    """An app with its own 安心宝 book (the demo project DEMO-1 at approval), so these journeys do not
    move the shared book the other tests read."""
    from zhengce.web import create_app

    home = tmp_path_factory.mktemp("console-roles")
    return create_app(library_db, demo=True, secret=b"test-secret-console-0123456789abcdef",
                      anxinbao_url=home / "anxinbao.sqlite", users_path=home / "users.json")


@pytest.fixture()
def c(own_app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(own_app) as client:
        yield client


def prog(app):
    from zhengce.web.pages.console import program
    return program(app)


def forms(html: str) -> dict[str, list[str]]:
    """operation → the projects whose form for it is on the page ('' for program-level forms)."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r'<form method="post" action="/anxinbao/act"[^>]*data-operation="([^"]+)".*?</form>', html, re.S):
        project = re.search(r'name="project" value="([^"]+)"', m.group(0))
        out.setdefault(m.group(1), []).append(project.group(1) if project else "")
    return out


def op_id(html: str, operation: str, project: str | None = None) -> dict[str, str]:
    """The hidden fields of the form for `operation` (on `project`), as the browser would send them."""
    for m in re.finditer(r'<form method="post" action="/anxinbao/act"[^>]*data-operation="([^"]+)".*?</form>', html, re.S):
        if m.group(1) != operation:
            continue
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', m.group(0)))
        if project is None or fields.get("project") == project:
            return fields
    raise AssertionError(f"no {operation} form for {project}")


def act(c, user: str, operation: str, project: str | None = None, expect: int = 303, **fields: str):
    token = login(c, user)
    page = c.get("/anxinbao").text
    data = {**op_id(page, operation, project), **fields, "csrf_token": token}
    r = c.post("/anxinbao/act", data=data, follow_redirects=False)
    assert r.status_code == expect, r.text[-3000:]
    return r


def apply_form(token: str, **over) -> dict:
    data = {"csrf_token": token, "op_id": over.pop("op_id", "web-apply-1"), "project": "W-1", "platform": "P-demo",
            "title": "网页申请的项目", "form": "项目合作", "contract_total": "350", "equipment": "50",
            "m_goal": ["样机", "中试", ""], "m_amount": ["100", "200", ""], "m_months": ["6", "12", ""],
            "insurer": "I-demo", "premium": "12.5"}
    data.update(over)
    return data


def ledger(app) -> tuple:
    p = prog(app)
    return p.balances(), len(p.events("auditor:auditor", limit=100000))


def test_each_role_sees_only_its_forms_and_the_apply_form(c, own_app):
    login(c, "qiye")
    page = c.get("/anxinbao").text
    assert 'id="apply-form"' in page and 'action="/anxinbao/apply"' in page
    assert forms(page).get("pay_deposit") == ["DEMO-1"]
    assert 'data-tranche-fen="100000000"' in page and 'data-ratio-num="1" data-ratio-den="10"' in page
    assert "本期经费 100万元 × 10% = 最低保证金 10万元" in page
    login(c, "caizheng")
    page = c.get("/anxinbao").text
    assert 'id="apply-form"' not in page and forms(page).get("top_up_pool") == [""]
    login(c, "kejiju")
    page = c.get("/anxinbao").text
    assert {"bar_enterprise", "extend_period"} <= set(forms(page)) and "pay_deposit" not in forms(page)
    # named accounts with the sign convention; no internal keys shown as names
    balances = re.search(r'<table id="balances">.*?</table>', page, re.S).group(0)
    assert "科创风险池" in balances and "区财政" in balances and "1亿元" in balances
    assert not re.search(r">\s*(pool|finance|escrow:|platform:)", balances)
    assert "余额为负表示已付入计划的金额" in page
    trail = re.search(r'<ol class="timeline" id="audit-trail">.*?</ol>', page, re.S).group(0)
    assert re.search(r"#\d+ 2025-04-01 \d\d:\d\d<", trail) and "T00" not in trail


def test_apply_refused_then_applied_through_the_form(c, own_app):
    token = login(c, "qiye")
    before = ledger(own_app)
    # no CSRF token: refused before the program
    assert c.post("/anxinbao/apply", data={**apply_form(token), "csrf_token": ""}).status_code == 403
    # below 300万 once the fixed-asset equipment is taken out: a Chinese reason, nothing recorded
    r = c.post("/anxinbao/apply", data=apply_form(token, equipment="100", op_id="web-apply-low"))
    assert r.status_code == 422 and "申请立项未执行" in r.text and "300万元" in r.text
    assert "本次操作未生效" in r.text and 'value="网页申请的项目"' in r.text  # the form keeps what was typed
    assert ledger(own_app) == before
    # a platform may not apply: the role check of the program, in Chinese, nothing recorded
    ptoken = login(c, "pingtai")
    r = c.post("/anxinbao/apply", data=apply_form(ptoken, op_id="web-apply-platform"))
    assert r.status_code == 403 and "申请立项未执行" in r.text
    assert ledger(own_app) == before
    token = login(c, "qiye")
    r = c.post("/anxinbao/apply", data=apply_form(token), follow_redirects=False)
    assert r.status_code == 303, r.text[-2000:]
    p = prog(own_app).project("enterprise:E-demo", "W-1")
    assert [m["amount"] for m in p["milestones"]] == [100_000_000, 200_000_000]  # 万元 → fen, exact
    assert (p["contract_total"], p["eligible_total"]) == (350_000_000, 300_000_000)
    assert p["insurance"]["premium"] == 12_500_000 and p["state"] == "applied"
    # the same form sent twice (its op id): replayed, not a second project
    assert c.post("/anxinbao/apply", data=apply_form(token), follow_redirects=False).status_code == 303


def test_insurance_audit_and_subsidy_through_the_forms(c, own_app):
    p = prog(own_app)
    for actor, op, args in [("platform:P-demo", "accept", {}), ("bureau:bureau", "assign_experts", {"experts": ["X-demo"]}),
                            ("expert:X-demo", "expert_opinion", {"result": "pass"}), ("bureau:bureau", "approve", {})]:
        p.execute(actor, op, {"project": "W-1", **args}, op_id=f"setup-W-1-{op}")
    act(c, "baoxian", "confirm_policy", "W-1")
    # the enterprise pays the premium: its form offers the declared 12.5万
    login(c, "qiye")
    assert 'name="amount" value="12.5"' in c.get("/anxinbao").text
    act(c, "qiye", "pay_premium", "W-1")
    login(c, "caizheng")
    assert "应付 10万元" in c.get("/anxinbao").text  # 80% of 12.5万
    act(c, "caizheng", "pay_premium_subsidy", "W-1")
    assert p.project("auditor:auditor", "W-1")["insurance"]["premium_subsidy"] == 10_000_000
    # deposit: below the minimum is refused in Chinese with no effect; the minimum passes
    before = ledger(own_app)
    r = act(c, "qiye", "pay_deposit", "W-1", expect=422, amount="9.99")
    assert "存入保证金未执行" in r.text and ledger(own_app) == before
    act(c, "qiye", "pay_deposit", "W-1", amount="10")
    act(c, "pingtai", "start_milestone", "W-1")
    act(c, "kejiju", "review_milestone", "W-1", result="failed")
    act(c, "yunying", "forfeit", "W-1")
    # the insurer pays out on the failure
    act(c, "baoxian", "insurance_payout", "W-1", amount="30")
    # the operator submits the year's audit, the bureau awards, finance pays
    act(c, "yunying", "submit_audit", "W-1", actual_spending="80")
    login(c, "kejiju")
    assert "2025年审计实际投入 80万元" in c.get("/anxinbao").text
    act(c, "kejiju", "award_subsidy", "W-1")
    award = p.project("auditor:auditor", "W-1")["subsidies"]["2025"]
    assert (award["base"], award["amount"], award["state"]) == (50_000_000, 15_000_000, "awarded")  # (80−30)×30%
    act(c, "caizheng", "pay_subsidy", "W-1")
    assert p.project("auditor:auditor", "W-1")["subsidies"]["2025"]["state"] == "paid"
    login(c, "kejiju")
    assert "2025年 基数 50万元，核定 15万元，已拨付" in c.get("/anxinbao").text


def test_program_level_forms_and_role_checks(c, own_app):
    before = prog(own_app).balances()["pool"]["balance"]
    act(c, "caizheng", "top_up_pool", amount="200")
    assert prog(own_app).balances()["pool"]["balance"] == before + 200_000_000
    # the bureau's form sent by the enterprise: the program refuses it (role), in Chinese, no effect
    token = login(c, "kejiju")
    fields = op_id(c.get("/anxinbao").text, "extend_period")
    state = ledger(own_app)
    token = login(c, "qiye")
    r = c.post("/anxinbao/act", data={**fields, "csrf_token": token, "until": "2027-03-09", "reason": "试行延长"})
    assert r.status_code == 403 and "延长试行期未执行" in r.text and ledger(own_app) == state


def test_bureau_searches_and_pages_hundreds_of_projects(c, own_app):
    p = prog(own_app)
    for i in range(120):
        p.execute(f"enterprise:E-many-{i}", "apply",
                  {"project": f"M-{i:03d}", "platform": "P-many", "title": f"批量项目{i}", "contract_total": "300万",
                   "milestones": [{"goal": "一", "amount": "300万", "months": 12}]}, op_id=f"many-{i}")
    login(c, "kejiju")
    page = c.get("/anxinbao").text
    assert page.count('class="panel project"') == 20 and "第 1 / " in page
    total = len(p.projects("bureau:bureau"))
    last = -(-total // 20)
    page = c.get(f"/anxinbao?page={last}").text
    assert page.count('class="panel project"') == total - 20 * (last - 1)
    page = c.get("/anxinbao", params={"q": "批量项目17"}).text
    assert re.findall(r'id="p-([^"]+)"', page) == ["M-017"]
    page = c.get("/anxinbao", params={"q": "m-1", "state": "applied"}).text
    assert page.count('class="panel project"') == 20 and "符合条件 20 个" in page  # M-100…M-119
    assert c.get("/anxinbao", params={"page": "x"}).status_code == 200


def test_verify_page_in_chinese(c, own_app):
    login(c, "shenji")
    r = c.get("/anxinbao/verification")
    assert r.status_code == 200 and "校验通过" in r.text and "审计记录" in r.text
    login(c, "qiye")
    assert c.get("/anxinbao/verification").status_code == 403


def test_verify_page_names_a_tampered_book_in_the_verifiers_own_chinese(library_db, tmp_path):
    """The problems the page lists are the verifier's own Chinese messages, each with its stable code."""
    import sqlite3

    from zhengce.web import create_app

    app = create_app(library_db, demo=True, secret=b"test-secret-verify-0123456789abcdef0123",
                     anxinbao_url=tmp_path / "anxinbao.sqlite", users_path=tmp_path / "users.json")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as client:
        login(client, "shenji")
        assert "校验通过" in client.get("/anxinbao/verification").text
        conn = sqlite3.connect(tmp_path / "anxinbao.sqlite")
        conn.execute("""UPDATE entities SET doc = replace(doc, '"state": "active"', '"state": "completed"')
                        WHERE kind = 'project' AND id = 'DEMO-1'""")
        conn.commit()
        conn.close()
        report = client.get("/api/anxinbao/verify").json()
        assert not report["ok"] and [p["code"] for p in report["problems"]] == ["state_differs"]
        message = report["problems"][0]["message"]
        assert message == "project:DEMO-1 的当前状态与审计记录最后一次所记的不符"
        page = client.get("/anxinbao/verification").text
        assert "校验未通过：发现 1 处不一致" in page
        assert f'<li data-code="state_differs">{message}<br>' in page and "<code>state_differs</code>" in page
