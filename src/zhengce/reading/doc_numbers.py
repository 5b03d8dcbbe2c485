"""The 文号 a document prints of itself in its text, not in a field: in brackets after its own title quoted, or
run on beside its heading on a page flattened into one line."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.titles import SHARE_BUTTONS

_OWN_NO = r"([\u4e00-\u9fff]{1,10}[〔\[]\d{4}[〕\]]\d{1,4}号)"


def number_after(title: str | None, text: str) -> str | None:
    """The 文号 printed in brackets right after the document's own title quoted in its text."""
    if not title or len(title) < 6:
        return None
    m = re.search("《" + re.escape(title) + r"(?:\([^()]{1,8}\))?》\s*[((]\s*" + _OWN_NO + r"\s*[))]", text)
    # (not another's of the same name a notice passes on: "现将某局《X》(某号)转发你们")
    forwarded = m and (re.search(r"现将[^。]{0,30}$", text[max(0, m.start() - 30):m.start()]) or re.match(r"[^。]{0,12}转发", text[m.end():]))
    return m.group(1) if m and not forwarded else None


def number_run_on(text: str) -> str | None:
    """The 文号 run on between a covering notice's title and its addressees ("…的通知某政办字〔某年〕N号各县区人民政府:")."""
    m = re.search(r"的通知\s*" + _OWN_NO + r"\s*各", text[:600])
    # (or run into the heading after it, share buttons before it: "微信微博某综管办〔某年〕N号某某办公室关于…的通知",
    # "…QQ空间 某综〔某年〕N号某某管委会印发《…》的通知")
    m = m or re.search(r"(?:^|\s|" + SHARE_BUTTONS + r")" + SHARE_BUTTONS + "*" + _OWN_NO
                       + r"(?=[\u4e00-\u9fff]{2,40}?(?:关于[^。,,;;]{2,80}?|(?:印发|转发)[^。]{4,120}?)的(?:通知|意见|决定|公告|通告|批复|函))",
                       text[:600])
    return m.group(1) if m else None
