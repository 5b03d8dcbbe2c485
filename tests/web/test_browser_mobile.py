"""Small screens and pasteable quotes in a real browser (Playwright driving Debian's Chromium).

Every main page at 390 px wide (a phone) must fit the screen: nothing scrolls sideways. Screenshots of
compare, topic, document and search at 1280 and 390 px go to test-artifacts/screenshots/."""

from __future__ import annotations

import pytest

from .conftest import shot

pytestmark = pytest.mark.browser

YUHANG_FINAL = "004_c74db4dc4724db3b/d2"  # the corpus's 余杭区 2025 policy and its draft (ids, not rules)
YUHANG_DRAFT = "000_06e7bbbd202afb43/d1"

PAGES = {
    "home": "/",
    "docs": "/docs",
    "document": f"/docs/{YUHANG_FINAL}",
    "search": "/search?q=高新技术企业",
    "compare": f"/compare?a={YUHANG_DRAFT}&b={YUHANG_FINAL}",
    "compare-pick": "/compare",
    "topic": "/compare/topic?topic=高新技术企业&year=2025",
    "budgets": "/budgets",
    "check": "/check",
    "calls": "/calls",
    "batch": "/batch",
    "simulate": "/simulate",
    "login": "/login",
    "not-found": "/docs/no-such-document/d1",
}
SHOTS = ("compare", "topic", "document", "search")
LONG = {"compare": "#compare-table", "document": "#text"}  # long pages: the top, then a screen of the body


def _shots(pg, name: str, prefix: str) -> None:
    if name in LONG:
        shot(pg, f"{prefix}-{name}", full_page=False)
        pg.locator(LONG[name]).scroll_into_view_if_needed()
        shot(pg, f"{prefix}-{name}-body", full_page=False)
    else:
        shot(pg, f"{prefix}-{name}")


@pytest.fixture()
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server, locale="zh-CN", viewport={"width": 390, "height": 844},
                                  device_scale_factor=1, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


def _overflow(pg) -> dict:
    return pg.evaluate("""() => {
        const w = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter(el => {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= w + 1) return false;
            for (let p = el.parentElement; p; p = p.parentElement) {  // inside a box that scrolls itself: fine
                const ox = getComputedStyle(p).overflowX;
                if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') return false;
            }
            return true;
        }).slice(0, 5).map(el => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right));
        return {scroll: document.documentElement.scrollWidth, wide};
    }""")


@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_390px(phone, name):
    phone.goto(PAGES[name])
    phone.wait_for_load_state("load")
    got = _overflow(phone)
    if name in SHOTS:
        _shots(phone, name, "mobile")
    assert got["scroll"] <= 390, f"{PAGES[name]} is {got['scroll']} px wide at 390: {got['wide']}"


@pytest.mark.parametrize("name", SHOTS)
def test_desktop_screenshots(page, name):
    page.goto(PAGES[name])
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    _shots(page, name, "desktop")


def test_quote_copy_buttons(page, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    page.goto("/compare/topic?topic=高新技术企业&year=2025")
    pair = page.locator("#topic-table .quote-pair", has=page.locator(".q-plain")).first
    plain = pair.locator(".q-plain q").inner_text()
    assert " " not in plain and plain  # de-noised: no OCR spaces
    pair.locator(".q-plain button.copy").click()
    page.wait_for_function("document.querySelector('.q-plain button.copy.done') !== null")
    assert page.evaluate("navigator.clipboard.readText()") == plain
    pair.locator(".q-orig button.copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == pair.locator(".q-orig q").inner_text()


def test_topic_chart_shows_each_documents_own_award(page):
    page.goto("/compare/topic?topic=高新技术企业&year=2025")
    page.wait_for_selector("#chart-topic[data-ready='1'] canvas")
    values = {row.get_attribute("data-doc"): row.get_attribute("data-wan")
              for row in page.locator("#chart-values tr[data-doc]").all()}
    option = page.evaluate("JSON.parse(document.getElementById('data-topic').textContent)")
    assert [str(v) for v in option["series"][0]["data"]] == list(values.values())
    assert "最高" in page.locator("#chart-values").inner_text() or "万元" in page.locator("#chart-values").inner_text()


# the signed-in consoles (issue 15): each 安心宝 role's console, the bureau's and the auditor's 校验 page, and
# the calls selection console, at 390 px, signed in the way tests/web/test_browser_console_roles.py does
CONSOLES = [(u, "/anxinbao") for u in ("qiye", "pingtai", "kejiju", "zhuanjia", "yunying", "caizheng", "baoxian",
                                       "shenji")]
CONSOLES += [("kejiju", "/anxinbao/verification"), ("shenji", "/anxinbao/verification")]
CONSOLES += [(u, "/selection") for u in ("qiye", "zhuanjia", "caizheng", "shenji")]


@pytest.mark.parametrize(("username", "path"), CONSOLES, ids=[f"{u}{p.replace('/', '-')}" for u, p in CONSOLES])
def test_console_fits_390px(phone, username, path):
    from .test_browser_check_console import sign_in

    sign_in(phone, username)
    phone.goto(path)
    phone.wait_for_load_state("load")
    for details in phone.locator("details:not([open]) > summary").all():  # the folded forms count too
        if details.is_visible():
            details.click()
    got = _overflow(phone)
    shot(phone, f"mobile-console-{username}{path.replace('/', '-')}")
    assert got["scroll"] <= 390, f"{path} as {username} is {got['scroll']} px wide at 390: {got['wide']}"
