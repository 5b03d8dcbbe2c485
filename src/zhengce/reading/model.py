"""The reading of a policy document: what `zhengce parse --json` prints.

Field names and value conventions follow shared/gold/SCHEMA.md (title, issuer, region, level, year,
doc_number, issued, status, kind, comment_period, total_budget_yuan, sections[].articles[]) and
add ids, spans into the original text, full text and warnings.

Spans are (start, end) character offsets into the *original* text of the source file, so that
`source.text[start:end]` is the exact quote. Analysis happens on a normalized view (simplified,
unified punctuation, noise removed); see zhengce.reading.normalize.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


# What each warning code means, in the words a reader sees (pages, CLI and API show it beside the code).
WARNING_MEANINGS = {
    "missing_title": "未找到标题",
    "title_reconstructed": "标题由正文推断",
    "title_guessed": "标题按版式推断",
    "region_inferred": "地区由正文推断",
    "region_former": "地区为旧称（已撤并或更名）",
    "issuer_masked": "发文机关名称被改写",
    "no_sections": "未识别出章节",
    "fragment": "文件不完整（缺前文）",
    "truncated": "文件可能被截断",
    "comment_period_order": "征求意见期日期有误",
    "comment_period_year": "征求意见期年份存疑",
    "budget_mismatch": "各领域预算与总额不符",
    "numbering_repeat": "条款编号重复",
    "numbering_gap": "条款编号不连续",
    "numbering_ambiguous": "条款编号存疑",
    "provisions_failed": "数字条款未能提取",
    "incentive_without_trigger": "奖励缺少对象或条件",
    "amount_repaired": "金额经修补（疑缺小数点）",
    "doc_number_repaired": "文号经修补（原文残缺）",
    "bundle_unread": "压缩包内有文件未读取",
}


def warning_meaning(code: str | None) -> str:
    """The Chinese meaning of a warning code (a code not in the table reads as a generic note)."""
    return WARNING_MEANINGS.get(code or "", "解读提示")


@dataclass
class Warning_:
    """Something a careful reader would flag. code is stable (for tests and filters)."""

    code: str  # e.g. "numbering_gap", "truncated", "comment_period_year", "budget_mismatch"
    message: str  # Chinese or English sentence for people
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "meaning": warning_meaning(self.code), "message": self.message,
                "span": list(self.span) if self.span else None}


@dataclass
class Article:
    id: str  # citation id: "<file stem>/d<n>/s<k>/a<m>"
    no: int  # number as printed: (十七) -> 17, "17." -> 17
    label: str  # the printed number, e.g. "(十七)" or "17."
    heading: str  # first sentence up to 。, without the number, simplified
    responsible: list[str]  # 责任单位, simplified
    text: str  # normalized article text (simplified, unified punctuation), number included
    span: Span  # in the original text
    section_no: int | None = None
    norm_span: Span = (0, 0)  # offsets of `text` in the normalized text of the source file
    provisions: list[Any] = field(default_factory=list)  # filled by zhengce.provisions

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "no": self.no, "label": self.label, "heading": self.heading or None,
            "responsible": self.responsible, "text": self.text, "span": list(self.span),
        }


@dataclass
class Section:
    id: str  # "<file stem>/d<n>/s<k>"
    no: int  # 一 -> 1
    label: str  # "一、"
    title: str  # without the lead clause, simplified
    lead: list[str]  # units in (…牵头) / (由…牵头实施)
    budget_yuan: int | None  # the section's first 财政…预算安排 amount
    intro: str  # normalized text between the title and the first article
    span: Span
    articles: list[Article] = field(default_factory=list)
    norm_span: Span = (0, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "no": self.no, "label": self.label, "title": self.title, "lead": self.lead,
            "budget_yuan": self.budget_yuan, "intro": self.intro, "span": list(self.span),
            "articles": [a.to_json() for a in self.articles],
        }


@dataclass
class Document:
    id: str  # "<file stem>/d<n>"
    source: str  # file name, e.g. "004_c74db4dc4724db3b.txt"
    index: int  # 1-based position of the document in its source file
    span: Span  # in the original text of the source
    title: str | None = None
    issuer: str | None = None
    region: str | None = None
    level: str | None = None  # province | city | district | national
    year: int | None = None
    doc_number: str | None = None
    issued: str | None = None  # ISO date
    status: str = "final"  # final | draft
    kind: str = "policy"  # policy | rules | notice
    comment_period: list[str] | None = None  # [start, end] ISO dates
    total_budget_yuan: int | None = None
    effective: dict[str, Any] | None = None  # validity clause: {"from","to","quote","span"}
    stacking: dict[str, Any] | None = None  # "从优、就高、不重复" clause: {"rule","quote","span"}
    contact: dict[str, Any] | None = None  # drafts: 联系人, 电话, 邮箱, 地址
    cites: list[dict[str, Any]] = field(default_factory=list)  # upper-level docs: {"title","doc_number"}
    sections: list[Section] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)  # rules/notices: numbered points, paragraphs
    provisions: list[Any] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    text: str = ""  # normalized text of the whole document
    content_hash: str = ""  # sha256 of the original text of the document
    series: str | None = None  # key shared by draft/final and successive years of one policy
    norm_span: Span = (0, 0)  # offsets of `text` in the normalized text of the source file
    closing: str = ""  # normalized closing paragraphs (total budget, validity, stacking)

    @property
    def articles(self) -> list[Article]:
        return [a for s in self.sections for a in s.articles]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "source": self.source, "index": self.index,
            "title": self.title, "issuer": self.issuer, "region": self.region, "level": self.level,
            "year": self.year, "doc_number": self.doc_number, "issued": self.issued,
            "status": self.status, "kind": self.kind, "comment_period": self.comment_period,
            "total_budget_yuan": self.total_budget_yuan, "effective": self.effective,
            "stacking": self.stacking, "contact": self.contact, "cites": self.cites,
            "series": self.series, "content_hash": self.content_hash, "span": list(self.span),
            "closing": self.closing,
            "sections": [s.to_json() for s in self.sections],
            "points": self.points,
            "provisions": [p.to_json() if hasattr(p, "to_json") else p for p in self.provisions],
            "deadlines": self.deadlines,
            "warnings": [w.to_json() for w in self.warnings],
        }
        incentives = [p for p in out["provisions"] if p.get("kind") == "incentive"]
        out["incentives"] = incentives
        return out
