"""Browser journey: a reviewer uploads a drafted rule file, accepts one rule, rejects another and
downloads the reviewed YAML (Debian Chromium driven by Playwright)."""

import re

from tests.web.conftest import shot
from zhengce.rules.rulebook import POLICY_DIR

LINAN = POLICY_DIR / "zhejiang" / "hangzhou" / "linan" / "2025.yaml"


def test_review_a_drafted_file(page, web_home, tmp_path):
    from zhengce.web.users import UserStore
    UserStore(web_home / "live-users.sqlite").add("shenhe-b", "password-123", role="reviewer",
                                                   display_name="审核员丙", replace=True)
    draft = tmp_path / "linan-2025-draft.yaml"
    draft.write_text(LINAN.read_text(encoding="utf-8").replace(
        "  - id: linan-2025-a08-dev-fee\n", "  - id: linan-2025-a08-dev-fee\n    review: pending\n"
        "    review_notes: [比例与上限请核对]\n"), encoding="utf-8")
    page.context.clear_cookies()
    page.goto("/login?next=/rules/review")
    page.fill("#username", "shenhe-b")
    page.fill("#password", "password-123")
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(r"/rules/review"))
    page.set_input_files("#file", str(draft))
    page.click("#review-upload button[type=submit]")
    page.wait_for_url(re.compile(r"/rules/review/[A-Za-z0-9_-]{16,}"))
    rule = page.locator("#r-linan-2025-a08-dev-fee")
    assert "審核" not in rule.inner_text() and "审核提示：比例与上限请核对" in rule.inner_text()
    assert "對復合裝飾材料企業原創版輥開發" in rule.locator("blockquote.quote").inner_text()
    shot(page, "rules-review")
    rule.locator("button[value=accept]").click()
    page.wait_for_selector("#review-done")
    assert "已接受" in page.locator("#r-linan-2025-a08-dev-fee h2").inner_text()
    page.locator("#r-linan-2025-a01-xinchuying button[value=reject]").click()
    page.wait_for_selector("#review-done")
    with page.expect_download() as info:
        page.click("#review-download")
    text = open(info.value.path(), encoding="utf-8").read()
    assert "reviewed_by: 审核员丙" in text and "review: rejected" in text
