"""A policy's attachments: the policies a notice issues together, each under its 附件N line and
title (one document each, issued by the notice), and the attachments printed after a policy's last
article (forms, tables of standards), where that article ends."""

from __future__ import annotations

from zhengce import rx as re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhengce.reading.lines import Line
    from zhengce.reading.model import Document


_ATTACHMENT = re.compile(r"^附件\s*\d{1,2}\s*[::]?$")
# what a policy attached to a notice is titled as (not a form: 申请表, 汇总表, 承诺书)
_POLICY_TITLE = re.compile(r"(?:办法|细则|规则|规定|政策|措施|意见|方案|指南)(?:\((?:试行|暂行|修订)\))?$")


def attached_policies(lines: list[Line]) -> list[int] | None:
    """A notice that issues two policies or more ("关于印发甲办法和乙细则的通知"), each printed under
    its 附件N line and title: where each policy's 附件N line is (one document each, the first with
    the notice above it)."""
    starts = []
    for i, ln in enumerate(lines[:-1]):
        if _ATTACHMENT.match(ln.text.strip()) and _POLICY_TITLE.search(lines[i + 1].text.strip()) \
                and len(lines[i + 1].text.strip()) <= 60:
            starts.append(i)
    titles = [lines[i + 1].text.strip() for i in starts]
    return starts if len(starts) >= 2 and len(set(titles)) == len(titles) else None


_ATTACHMENT_LINE = re.compile(r"^附件\s*\d{0,2}\s*(?:[::]|$)")
_ARTICLE_START = re.compile(r"^(?:第[一二三四五六七八九十百\d]+条|[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、])")


def attachments_start(lines: list[Line], body_start: int) -> int:
    """Where the attachments printed after a policy's last article begin ("附件:某某奖补标准表"):
    the last article ends there."""
    seen = False
    for k in range(body_start, len(lines)):
        t = lines[k].text.strip()
        if seen and _ATTACHMENT_LINE.match(t):
            return k
        seen = seen or bool(_ARTICLE_START.match(t))
    return len(lines)


_CHAPTER_OR_CLAUSE = re.compile(r"^第[一二三四五六七八九十]{1,3}[章条]")


def attached_rules(lines: list[Line], body_start: int) -> int | None:
    """"附件:…关于印发《某某办法》的通知" over "第一章 总则" / "第一条 …": the rules a covering notice attaches,
    printed whole below it — the document's text starts under the 附件 line (the notice's own points above
    are no articles of the rules)."""
    for k in range(body_start, len(lines) - 1):
        if _ATTACHMENT_LINE.match(lines[k].text.strip()) \
                and any(_CHAPTER_OR_CLAUSE.match(lines[j].text.strip()) for j in range(k + 1, min(k + 4, len(lines)))):
            # (not when the text above is rules already: then the attachment is a form after the last article)
            return None if any(_CHAPTER_OR_CLAUSE.match(ln.text.strip()) for ln in lines[body_start:k]) else k + 1
    return None


def issued_by(doc: Document, notice: Document) -> None:
    """A policy printed under the notice that issues it with another: what the notice says of its
    issuing is the policy's, where the policy's own text does not say."""
    for key in ("issuer", "doc_number", "issued", "region", "level"):
        if getattr(doc, key) is None:
            setattr(doc, key, getattr(notice, key))
