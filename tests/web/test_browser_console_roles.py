"""Browser journeys of the 安心宝 console forms (issue 15 item 7): an enterprise applies — the page
computes each milestone's minimum deposit as the tranches are typed — then pays a deposit checked as it
is typed; a refused amount shows its Chinese reason; the bureau searches; 校验 reads in Chinese."""

from __future__ import annotations

import pytest

from .conftest import shot
from .test_browser_check_console import sign_in

pytestmark = pytest.mark.browser


def test_enterprise_applies_and_pays_a_deposit(page):
    sign_in(page, "qiye")
    page.click("#apply-panel > summary")
    form = page.locator("#apply-form")
    form.locator("[name=project]").fill("WB-1")
    form.locator("[name=platform]").fill("P-demo")
    form.locator("[name=title]").fill("浏览器申请：柔性传感器中试")
    form.locator("[name=contract_total]").fill("360")
    form.locator("[name=equipment]").fill("60")
    goals, amounts, months = form.locator("[name=m_goal]"), form.locator("[name=m_amount]"), form.locator("[name=m_months]")
    for i, (g, a, m) in enumerate([("样机", "120.5", "6"), ("中试", "179.5", "12")]):
        goals.nth(i).fill(g)
        amounts.nth(i).fill(a)
        months.nth(i).fill(m)
    # computed before submitting: 10% of each tranche, exactly
    assert page.locator("#apply-milestones tr[data-row='0'] .m-deposit").inner_text() == "12.05万元"
    assert page.locator("#apply-milestones tr[data-row='1'] .m-deposit").inner_text() == "17.95万元"
    assert page.locator("#apply-sum").inner_text() == "300万元"
    assert "✓ 合作经费 300万元，第1期应先存入保证金 12.05万元" in page.locator("#apply-check").inner_text()
    amounts.nth(1).fill("170")
    assert "应等于合作经费 300万元" in page.locator("#apply-check").inner_text()
    amounts.nth(1).fill("179.5")
    shot(page, "12-console-apply-form")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#console-message")
    assert "申请立项" in page.locator("#console-message").inner_text()
    assert page.locator("#p-WB-1 .tag").inner_text() == "已申请"

    # the other roles take it to approval with their forms
    sign_in(page, "pingtai")
    do(page, "accept")
    sign_in(page, "kejiju")
    do(page, "assign_experts", experts="X-demo")
    sign_in(page, "zhuanjia")
    do(page, "expert_opinion", result="pass")
    sign_in(page, "kejiju")
    do(page, "approve")

    # the deposit: checked as it is typed, refused by the server in Chinese with no effect, then paid
    sign_in(page, "qiye")
    form = page.locator("#p-WB-1 form[data-operation='pay_deposit']")
    amount, check = form.locator("[name=amount]"), form.locator(".deposit-check")
    assert "最低保证金 12.05万元（本期经费 120.5万元 × 10%）" in check.inner_text()
    amount.fill("12.04")
    assert "✗ 低于最低保证金" in check.inner_text()
    shot(page, "13-console-deposit-too-low")
    form.locator("button[type=submit]").click()  # the server refuses too, in Chinese, with no effect
    page.wait_for_selector("#console-error")
    error = page.locator("#console-error").inner_text()
    assert "存入保证金未执行" in error and "本次操作未生效" in error
    assert page.locator("#p-WB-1 tr[data-milestone='1'] .m-state").inner_text() == "待存入保证金"
    shot(page, "14-console-refused")
    form = page.locator("#p-WB-1 form[data-operation='pay_deposit']")
    form.locator("[name=amount]").fill("12.05")
    assert "✓" in form.locator(".deposit-check").inner_text()
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#console-message")
    assert page.locator("#p-WB-1 tr[data-milestone='1'] .m-state").inner_text() == "保证金已存入"


def do(page, operation: str, **fields: str) -> None:
    form = page.locator(f"#p-WB-1 form[data-operation='{operation}']").first
    for name, value in fields.items():
        field = form.locator(f"[name='{name}']")
        field.select_option(value) if name == "result" else field.fill(value)
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#console-message, #console-error")
    assert page.locator("#console-error").count() == 0, page.locator("#console-error").inner_text()


def test_bureau_console_and_verify(page):
    sign_in(page, "kejiju")
    page.fill("#project-search [name=q]", "DEMO-1")
    page.click("#project-search button[type=submit]")
    page.wait_for_selector("#p-DEMO-1")
    assert page.locator("section.project").count() == 1
    balances = page.locator("#balances").inner_text()
    assert "科创风险池" in balances and "区财政" in balances and "pool" not in balances
    shot(page, "15-console-bureau")
    page.click("#verify-link")
    page.wait_for_selector("#verify-result")
    assert "校验通过" in page.locator("#verify-result").inner_text()
    shot(page, "16-console-verify", full_page=False)
