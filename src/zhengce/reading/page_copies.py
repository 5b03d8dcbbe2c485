"""A page's text printed twice (a viewer's teaser, then "文本内容" and the text again) and an interpretation
printed below a policy's signature: what the splitter drops before it looks for documents."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.lines import Line


def one_copy(lines: list[Line]) -> list[Line]:
    """A viewer page printing its text twice — a teaser paragraph cut with "…[收起]", then "文本内容" and the
    text again, each cut somewhere by the page: the longer copy is read, the other dropped."""
    teaser = next((i for i, ln in enumerate(lines) if ln.text.rstrip().endswith("[收起]")), None)
    again = next((i for i, ln in enumerate(lines) if ln.text.strip() == "文本内容"), None) if teaser is not None else None
    if teaser is None or again is None or again < teaser:
        return lines
    first = teaser  # (a long teaser is cut into lines at its numbered items: "…。70.鼓励…")
    while first > 0 and lines[first - 1].text.rstrip().endswith(("。", ";")):
        first -= 1
    copy = sum(len(ln.text) for ln in lines[again + 1:])
    if sum(len(ln.text) for ln in lines[first:teaser + 1]) >= copy:
        return lines[:teaser + 1]
    return lines[:first] + lines[teaser + 1:]


# "《某某办法》政策解读", "政策解读:" after the policy's signature: the interpretation printed below it
# restates the policy's measures in its own words, it sets none
_EXPLAINED_BELOW = re.compile(r"^(?:《[^《》]{4,80}》\s*(?:的)?)?(?:政策)?解读[::]?$|^(?:政策|文件)解读[::]")
_SIGNED = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")


def without_interpretation(lines: list[Line]) -> list[Line]:
    signed = next((i for i, ln in enumerate(lines) if _SIGNED.match(ln.text)), None)
    if signed is None or signed < 3:
        return lines
    cut = next((i for i in range(signed + 1, len(lines)) if _EXPLAINED_BELOW.match(lines[i].text.strip())), None)
    return lines[:cut] if cut is not None else lines

