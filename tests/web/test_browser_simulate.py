"""Browser: 政策模拟 — edit a parameter in the form, run, see the charts and the budget table, follow the share link."""

from __future__ import annotations

import pytest

from .conftest import shot

pytestmark = pytest.mark.browser


def test_simulate_journey(page):
    page.goto("/simulate")
    page.locator("#doc").select_option(label=next(
        o for o in page.locator("#doc option").all_inner_texts() if o.startswith("杭州市临安区2025")))
    page.click("#doc-form button[type=submit]")  # the form is rebuilt from that document's rule file
    page.fill("#n", "300")
    page.fill("#date", "2025-06-30")
    page.fill("input[name='p.linan-2025-a01-gaoxin-first.amount_yuan']", "150000")
    page.click("#simulate-form button[type=submit]")  # the parameters and the sample go with the run
    for chart in ("rules", "movers", "size", "industry", "budgets"):
        page.wait_for_selector(f"#chart-{chart}[data-ready='1'] canvas")
    assert "区财政" in page.inner_text("#budgets") or "區財政" in page.inner_text("#budgets")
    assert "15万元" in page.content()
    shot(page, "10-simulate")
    share = page.get_attribute("#share-link", "href")
    assert "p.linan-2025-a01-gaoxin-first.amount_yuan=150000" in share
    page.goto(share)
    page.wait_for_selector("#chart-rules[data-ready='1'] canvas")
    assert page.input_value("input[name='p.linan-2025-a01-gaoxin-first.amount_yuan']") == "150000"
