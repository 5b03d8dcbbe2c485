"""Browser journey: search → read a document → compare (Playwright driving Debian's Chromium)."""

from __future__ import annotations

import re

import pytest

from .conftest import shot

pytestmark = pytest.mark.browser


def test_search_read_compare(page):
    page.goto("/")
    assert page.locator(".brand-text strong").inner_text() == "浙江惠企政策服务"
    shot(page, "01-home")

    page.fill("form.header-search input[name=q]", "高新技术企业")
    page.click("form.header-search button")
    page.wait_for_url(re.compile(r"/search\?q="))
    marks = page.locator("#results mark.hit")
    assert marks.count() > 0 and marks.first.inner_text() == "高新技术企业"
    shot(page, "02-search")

    # narrow to 2025 awards of at least 10万元, then open the 余杭区 article
    page.fill("#year", "2025")
    page.fill("#min_wan", "10")
    page.click("#search-form button[type=submit]")
    page.wait_for_url(re.compile(r"min_wan=10"))
    result = page.locator("#results .result", has_text="余杭区").first
    result.locator(".title a").click()
    page.wait_for_url(re.compile(r"/docs/.+#s\d+-a\d+"))
    anchor = page.url.split("#", 1)[1]
    article = page.locator(f"[id='{anchor}']")
    assert "高新技术企业" in article.inner_text()
    # the provision in the cited article explains itself on click
    prov = article.locator(".prov.kind-incentive").first
    prov.click()
    tip = page.locator(".prov-tip")
    assert "原文" in tip.inner_text() and "万元" in tip.inner_text()
    shot(page, "03-document-article", full_page=False)

    # the draft of this policy: compare draft ↔ final from the versions panel
    page.locator("#versions a", has_text="对比变化").first.click()
    page.wait_for_url(re.compile(r"/compare\?a="))
    assert page.locator("#compare-table tr.cmp-row").count() > 10
    assert page.locator("#compare-table del.num").count() > 0 and page.locator("#compare-table ins.num").count() > 0
    page.locator("#compare-table del.num").first.scroll_into_view_if_needed()
    shot(page, "04-compare", full_page=False)


def test_topic_chart_renders(page):
    page.goto("/compare/topic?topic=高新技术企业&year=2025")
    page.wait_for_selector("#chart-topic[data-ready='1'] canvas")
    assert page.locator("#topic-table tr").count() > 3
    shot(page, "05-topic")


def test_budget_charts_render(page):
    page.goto("/budgets")
    page.wait_for_selector("#chart-totals[data-ready='1'] canvas")
    page.wait_for_selector("#chart-sections[data-ready='1'] canvas")
    shot(page, "06-budgets")
