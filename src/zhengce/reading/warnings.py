"""Warnings a careful reader would raise about a document."""

from __future__ import annotations

import datetime as dt
from zhengce import rx as re

from zhengce.money import format_yuan
from zhengce.reading.model import Document, Warning_

_TERMINAL = set("。!?;)]】”》:")
# a whole document's own last line: a date signed or printed ("…办公室 2023年4月21日印发"), a form's row
_COMPLETE_END = re.compile(r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:印发|印制|发布))?|\|)\s*$")


def check_document(doc: Document, *, has_overlap: bool, truncated_tail: str) -> None:
    w = doc.warnings
    if not doc.title:
        w.append(Warning_("missing_title", "未找到文件标题"))
    if doc.kind in ("policy", "rules"):
        if not doc.sections:
            w.append(Warning_("no_sections", "未识别出章节(一、二、…)"))
        elif doc.sections[0].no != 1:
            w.append(Warning_("fragment", f"文件从第{doc.sections[0].no}部分开始,前面的部分缺失"))
        _numbering(doc)
    tail = truncated_tail.rstrip()
    if tail and tail[-1] not in _TERMINAL and len(tail) > 15 and not _COMPLETE_END.search(tail):
        w.append(Warning_("truncated", f"文件似乎在句中截断:“…{tail[-20:]}”"))
    elif _open_list_at_end(doc):
        w.append(Warning_("truncated", "文件结尾处的编号列表只有第一项,后文似乎缺失"))
    if doc.comment_period and doc.year:
        start = dt.date.fromisoformat(doc.comment_period[0])
        end = dt.date.fromisoformat(doc.comment_period[1])
        if end < start:
            w.append(Warning_("comment_period_order", "征求意见期结束早于开始"))
        # a yearly policy is put out for comment in the autumn before or during its own year
        if not (dt.date(doc.year - 1, 7, 1) <= start <= dt.date(doc.year, 12, 31)):
            w.append(Warning_("comment_period_year",
                              f"征求意见期 {doc.comment_period[0]}—{doc.comment_period[1]} 与政策年度 {doc.year} 不符"))
    budgets = [s.budget_yuan for s in doc.sections if s.budget_yuan is not None]
    if doc.total_budget_yuan and budgets:
        total = sum(budgets)
        if total != doc.total_budget_yuan and not has_overlap:
            w.append(Warning_("budget_mismatch", f"各领域预算合计 {format_yuan(total)},与支持总额 {format_yuan(doc.total_budget_yuan)}不符,"
                                                 "且未说明交叉重叠"))


def _numbering(doc: Document) -> None:
    prev = None
    for sec in doc.sections:
        for i, art in enumerate(sec.articles):
            if prev is not None:
                restart = i == 0 and art.no == 1
                if not restart:
                    if art.no == prev:
                        doc.warnings.append(Warning_("numbering_repeat", f"条款编号重复:{art.label}", art.span))
                    elif art.no != prev + 1:
                        doc.warnings.append(Warning_("numbering_gap", f"条款编号不连续:{prev} 之后是 {art.no}", art.span))
            prev = art.no


_FIRST_MARKERS = ("(一)", "一、", "1.", "1、", "(1)")


def _open_list_at_end(doc: Document) -> bool:
    """A list opened near the end ((一)…, 1.…) whose second item never comes: the text was cut."""
    labeled = [i for i, p in enumerate(doc.points) if p.get("label")]
    if not labeled:
        return False
    last = labeled[-1]
    return doc.points[last]["label"] in _FIRST_MARKERS and last >= len(doc.points) - 3
