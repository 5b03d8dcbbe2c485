"""Browser journeys: check a profile; a 安心宝 milestone from deposit to release across roles."""

from __future__ import annotations

import re

import pytest

from zhengce.web.demo import demo_password

from .conftest import shot

pytestmark = pytest.mark.browser


def test_check_a_profile(page):
    page.goto("/check")
    page.select_option("#entity", "enterprise")
    page.fill("#f-region", "杭州市余杭区")
    page.click("details[data-group='rec.'] > summary")  # 认定、称号: folded until needed
    page.fill("[id='f-rec.gaoxin']", "2025-03-01")
    page.fill("#date", "2025-06-01")
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#check-result")
    assert "rec.gaoxin=2025-03-01" in page.url and "fin." not in page.url  # blank fields stay out of the link
    total = page.locator("#check-total").inner_text()
    assert "万元" in total
    shot(page, "07-check-result")
    shared = page.locator("#share-link").get_attribute("href")
    page.locator(".ent .cite-link").first.click()
    page.wait_for_url(re.compile(r"/docs/.+#s\d+-a\d+"))
    assert page.locator(".article:target").count() == 1
    page.goto(shared)  # the shared link reproduces the result
    assert page.locator("#check-total").inner_text() == total


def sign_in(page, username: str) -> None:
    page.context.clear_cookies()
    page.goto("/login?next=/anxinbao")
    page.fill("#username", username)
    page.fill("#password", demo_password(username))
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(r"/anxinbao"))


def do(page, operation: str, **fields: str) -> None:
    form = page.locator(f"#p-DEMO-1 form[data-operation='{operation}']").first
    for name, value in fields.items():
        form.locator(f"[name='{name}']").fill(value) if name != "result" else form.locator("[name=result]").select_option(value)
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#console-message, #console-error")
    assert page.locator("#console-error").count() == 0, page.locator("#console-error").inner_text()


def milestone_state(page) -> str:
    return page.locator("#p-DEMO-1 tr[data-milestone='1'] .m-state").inner_text()


def test_milestone_from_deposit_to_release(page):
    page.goto("/login")
    assert page.locator("table.demo-accounts").count() == 1  # dev mode lists the demo accounts
    shot(page, "08-login", full_page=False)

    sign_in(page, "qiye")  # enterprise: deposit (the minimum is offered)
    shot(page, "09-console-enterprise")
    do(page, "pay_deposit")
    assert milestone_state(page) == "保证金已存入"

    sign_in(page, "pingtai")  # platform: start with a budget from the risk pool, then report completion
    do(page, "start_milestone")
    do(page, "report_completion")
    assert milestone_state(page) == "已完成"

    sign_in(page, "qiye")  # enterprise: the rest of the tranche
    do(page, "pay_rest")

    sign_in(page, "zhuanjia")  # expert: acceptance opinion
    do(page, "assess_milestone", result="pass")

    sign_in(page, "kejiju")  # bureau: review passed
    do(page, "review_milestone", result="passed")
    assert milestone_state(page) == "审核通过待拨付"

    sign_in(page, "yunying")  # operator: release to the platform
    do(page, "release")
    assert milestone_state(page) == "已拨付"
    trail = page.locator("#audit-trail").inner_text()
    for step in ("存入保证金", "启动里程碑", "报告完成", "支付剩余经费", "专家验收意见", "里程碑审核", "拨付资金"):
        assert step in trail
    shot(page, "10-console-operator")

    sign_in(page, "pingtai")  # the platform sees the money arrive
    balances = page.locator("#balances").inner_text()
    assert "平台 P-demo" in balances


def test_upload_a_registry(page, tmp_path):
    reg = tmp_path / "名册.csv"
    rows = ["id,name,region,rec.gaoxin,fin.revenue_yuan"] + \
        [f"E{i:03d},企业{i},杭州市余杭区,2025-0{1 + i % 5}-01,{1000000 + i}" for i in range(40)] + \
        ["BAD,坏行,,,"]
    reg.write_text("\n".join(rows) + "\n", encoding="utf-8")
    page.goto("/batch")
    page.set_input_files("#registry", str(reg))
    page.fill("#date", "2025-06-01")
    page.click("#batch-form button[type=submit]")
    page.wait_for_selector("#batch-summary", timeout=60000)
    assert "40" in page.locator("#batch-summary").inner_text()
    page.wait_for_selector("#chart-rules[data-ready='1'] canvas")
    assert page.locator("#batch-rows tr.error").count() == 1
    shot(page, "11-batch-result")
    with page.expect_download() as dl:
        page.click("#download-xlsx")
    assert dl.value.suggested_filename.endswith(".xlsx")
