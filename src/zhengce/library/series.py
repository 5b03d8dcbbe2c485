"""Series keys: the draft and final text of one policy, and a place's successive yearly policies,
share a key so the library can list them as versions of one series."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.library.text import simplified

# Parts of a title that change between drafts, finals and years without changing the policy.
_YEAR = re.compile(r"[((]?\s*(?:19|20)\d{2}\s*(?:[-—–至]\s*(?:19|20)?\d{2,4})?\s*年?(?:度|版)?\s*[))]?")
_DRAFT = re.compile(r"[((]?\s*(?:公开)?征求意见稿\s*[))]?|[((]?\s*(?:试行|修订稿|送审稿|草案)\s*[))]?")
# Wrappers and fillers of policy titles: "关于印发…的通知", "关于进一步…", "的".
_FILLERS = re.compile(r"^关于印发|^关于|的通知$|进一步|的")
_PUNCT = re.compile(r"[\W_]+")


def title_key(title: str | None) -> str:
    t = simplified(title or "")
    t = _DRAFT.sub("", t)
    t = _YEAR.sub("", t)
    t = _PUNCT.sub("", t)
    t = _FILLERS.sub("", t)
    return t


def series_key(region: str | None, title: str | None, kind: str | None) -> str | None:
    """region | normalized title | kind; None when the title says nothing."""
    key = title_key(title)
    if not key:
        return None
    return f"{simplified(region or '').strip()}|{key}|{kind or ''}"
