"""The budgets a document states, and which of its sections (policy domains) each rule belongs to.

Both come from the reading layer, run on the corpus document a rule file names: a section's
财政预算安排 (`budget_yuan`) and the document's 支持总额 (`total_budget_yuan`), each with the
verbatim quote of the budget provision; a rule belongs to the section whose text contains its
quote (rule quotes are verbatim), else to the section holding its article number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from zhengce.paths import CORPUS_DIR
from zhengce.rules.rulebook import Document, Rule


@dataclass
class Section:
    id: str  # citation id, e.g. 004_…/d3/s1
    label: str  # 一、
    title: str
    budget_fen: int | None
    quote: str | None  # the budget clause, verbatim
    span: tuple[int, int]
    articles: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # (no, span)

    @property
    def name(self) -> str:
        return f"{self.label}{self.title}"


@dataclass
class Budgets:
    document: str  # rule file document key
    reading_id: str | None
    total_fen: int | None
    total_quote: str | None
    sections: list[Section]
    text: str  # original text of the source file
    span: tuple[int, int]

    def section_of(self, rule: Rule) -> Section | None:
        lo, hi = self.span
        start = self.text.find(rule.quote, lo, hi) if rule.quote else -1
        if start >= 0:
            for s in self.sections:
                if s.span[0] <= start < s.span[1]:
                    return s
        if rule.article is not None:
            hits = [s for s in self.sections if any(no == rule.article for no, _ in s.articles)]
            if len(hits) == 1:
                return hits[0]
        return None


@lru_cache(maxsize=16)
def _read(file: str):
    from zhengce.reading.pipeline import read_path
    path = CORPUS_DIR / file
    if not file or not path.exists():
        return None, ""
    return read_path(path), path.read_text(encoding="utf-8")


@lru_cache(maxsize=32)
def _budgets(file: str, index: int, key: str) -> Budgets:
    docs, text = _read(file)
    doc = next((d for d in docs or [] if d.index == index), None)
    if doc is None:
        return Budgets(key, None, None, None, [], text, (0, len(text)))
    quotes = {}
    for p in doc.provisions:
        if p.kind == "budget" and p.citation:
            quotes.setdefault((p.citation, int(p.fields.get("amount_yuan") or -1)), p.quote)
    sections = []
    for s in doc.sections:
        q = quotes.get((s.id, s.budget_yuan)) if s.budget_yuan is not None else None
        sections.append(Section(s.id, s.label, s.title, None if s.budget_yuan is None else int(s.budget_yuan) * 100,
                                q, tuple(s.span), [(a.no, tuple(a.span)) for a in s.articles]))
    total = doc.total_budget_yuan
    return Budgets(key, doc.id, None if total is None else int(total) * 100,
                   quotes.get((doc.id, total)) if total is not None else None, sections, text, tuple(doc.span))


def budgets(document: Document) -> Budgets:
    """The stated budgets of a rule file's document (empty when its text is not in the shipped corpus).
    The document is found by what it is (content hash, then metadata), not by a file name."""
    from zhengce.rules import corpus

    found, _ = corpus.find(document.content_hash, document.meta)
    if found is None:
        return _budgets(document.file or "", document.index or 1, document.key)
    return _budgets(found.reading.source, found.reading.index, document.key)
