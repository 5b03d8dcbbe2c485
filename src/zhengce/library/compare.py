"""Compare two documents article by article, and line up one measure across the library.

`compare(a, b)` aligns articles by meaning (zhengce.library.align) and reports added, removed,
changed (with the numbers that changed, each with its quote) and unchanged articles, 1→2 splits,
2→1 merges, section budget changes and metadata differences. `compare_topic(lib, query)` finds
the articles about one measure in every document and shows who gives how much, with quotes.
"""

from __future__ import annotations

from zhengce import rx as re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zhengce.library.align import align
from zhengce.library.numbers import Number, clause_at, numbers
from zhengce.money import format_rate, format_yuan
from zhengce.library.text import find_terms, query_terms, simplified, units
from zhengce.reading.model import Document

META_FIELDS = ["title", "issuer", "region", "level", "year", "doc_number", "issued", "status", "kind",
               "comment_period", "total_budget_yuan", "effective"]
META_LABELS = {"title": "标题", "issuer": "发文机关", "region": "地区", "level": "层级", "year": "政策年度",
               "doc_number": "文号", "issued": "成文日期", "status": "状态", "kind": "类型",
               "comment_period": "征求意见期", "total_budget_yuan": "资金总额", "effective": "有效期"}
_VALUE_ZH = {"status": {"final": "正式稿", "draft": "征求意见稿"},
             "kind": {"policy": "政策", "rules": "实施细则", "notice": "申报通知"},
             "level": {"province": "省级", "city": "市级", "district": "区县级", "county": "县级", "national": "国家级"}}


def meta_value(name: str, value: Any) -> Any:
    """What of a metadata value is compared: the validity's dates, not where the clause was printed."""
    if name == "effective" and isinstance(value, dict):
        return (value.get("from"), value.get("to"))
    return value


def meta_text(name: str, value: Any) -> str:
    """A metadata value as a reader writes it: 460亿元, 征求意见稿, 2025-01-01 至 2025-12-31; "—" when absent."""
    if value is None or value == "" or value == []:
        return "—"
    if name in _VALUE_ZH:
        return _VALUE_ZH[name].get(str(value), str(value))
    if name == "total_budget_yuan":
        return format_yuan(Decimal(str(value)))
    if name == "effective" and isinstance(value, dict):
        start, end = value.get("from"), value.get("to")
        return f"{start or '…'} 至 {end or '…'}" if (start or end) else str(value.get("text") or "—")
    if name == "comment_period" and isinstance(value, (list, tuple)):
        return " 至 ".join(str(v) for v in value)
    return str(value)


@dataclass
class Passage:
    """An article (or a point of a document without articles) as compared."""

    id: str
    no: int | None
    label: str | None
    heading: str
    section: str | None
    responsible: list[str]
    text: str  # simplified normalized text
    nums_text: str  # text the numbers were read from (the original when it maps 1:1, else `text`)
    quote_text: str  # same positions as nums_text, in the original script when known

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "no": self.no, "label": self.label, "heading": self.heading,
                "section": self.section}

    def numbers(self) -> list[dict[str, Any]]:
        out = []
        for n in numbers(self.nums_text):
            s, e = clause_at(self.nums_text, n.start, n.end)
            out.append({"kind": n.kind, "value": n.value, "text": self.quote_text[n.start:n.end],
                        "display": format_yuan(n.value) if n.kind == "amount" else format_rate(n.value),
                        "quote": self.quote_text[s:e].strip(), "article": self.id,
                        "_context": self.nums_text[s:e]})
        return out


def passages(doc: Document, original: str | None = None) -> list[Passage]:
    out = []
    items: list[tuple[Any, ...]] = [(a.id, a.no, a.label, a.heading, s.title, a.responsible, a.text, a.span)
                                    for s in doc.sections for a in s.articles]
    if not items:  # rules and notices: their numbered points or paragraphs
        items = [(p.get("id") or f"{doc.id}/p{k}", p.get("no"), p.get("label"), p.get("heading") or "", None,
                  p.get("responsible") or [], p.get("text") or "", p.get("span"))
                 for k, p in enumerate(doc.points, 1)]
    for pid, no, label, heading, sec, resp, text, span in items:
        nums_text = quote_text = text
        if original and span and 0 <= span[0] < span[1] <= len(original):
            orig = original[span[0]:span[1]]
            simp = simplified(orig)
            if len(simp) == len(orig):  # positions carry over: read numbers on it, quote the original
                nums_text, quote_text = simp, orig
        out.append(Passage(pid, no, label, heading or "", sec, list(resp or []), text, nums_text, quote_text))
    return out


def _same_text(a: str, b: str) -> bool:
    strip = re.compile(r"^\s*(?:[((][一二三四五六七八九十百零〇\d]+[))]|\d+[.、.])")
    return units(strip.sub("", a)) == units(strip.sub("", b))


def _context_sim(a: str, b: str) -> float:
    ga = {x + y for x, y in zip(units(a), units(a)[1:]) if not x[0].isdigit() and not y[0].isdigit()}
    gb = {x + y for x, y in zip(units(b), units(b)[1:]) if not x[0].isdigit() and not y[0].isdigit()}
    return len(ga & gb) / len(ga | gb) if ga | gb else 0.0


def number_diff(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Numbers only on one side; a removed and an added number in similar clauses are a change."""
    ca = Counter((n["kind"], n["value"]) for n in before)
    cb = Counter((n["kind"], n["value"]) for n in after)
    gone, new = ca - cb, cb - ca
    removed, added = [], []
    for n in before:
        if gone[(n["kind"], n["value"])] > 0:
            gone[(n["kind"], n["value"])] -= 1
            removed.append(n)
    for n in after:
        if new[(n["kind"], n["value"])] > 0:
            new[(n["kind"], n["value"])] -= 1
            added.append(n)
    changed = []
    for n in list(removed):
        best, score = None, 0.3
        for m in added:
            if m["kind"] == n["kind"]:
                s = _context_sim(n["_context"], m["_context"])
                if s > score:
                    best, score = m, s
        if best is not None:
            changed.append({"before": n, "after": best})
            removed.remove(n)
            added.remove(best)
    clean = lambda n: {k: v for k, v in n.items() if not k.startswith("_")}  # noqa: E731
    return {"changed": [{"before": clean(c["before"]), "after": clean(c["after"])} for c in changed],
            "removed": [clean(n) for n in removed], "added": [clean(n) for n in added]}


@dataclass
class ArticleChange:
    status: str  # "unchanged" | "changed" | "split" | "merged"
    a: list[Passage]
    b: list[Passage]
    similarity: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "a": [p.ref() for p in self.a],
                               "b": [p.ref() for p in self.b], "similarity": self.similarity}
        if self.status == "unchanged":
            return out
        ha, hb = " / ".join(p.heading for p in self.a), " / ".join(p.heading for p in self.b)
        if ha != hb:
            out["heading"] = {"a": ha, "b": hb}
        sa = sorted({p.section for p in self.a if p.section})
        sb = sorted({p.section for p in self.b if p.section})
        if sa != sb:
            out["section"] = {"a": sa, "b": sb}
        ra = {u for p in self.a for u in p.responsible}
        rb = {u for p in self.b for u in p.responsible}
        if ra != rb:
            out["responsible"] = {"removed": sorted(ra - rb), "added": sorted(rb - ra)}
        out["numbers"] = number_diff([n for p in self.a for n in p.numbers()],
                                     [n for p in self.b for n in p.numbers()])
        out["text"] = {"a": "\n".join(p.text for p in self.a), "b": "\n".join(p.text for p in self.b)}
        return out


def _doc_summary(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "title": doc.title, "region": doc.region, "year": doc.year, "status": doc.status,
            "kind": doc.kind, "level": doc.level, "doc_number": doc.doc_number,
            "sections": len(doc.sections), "articles": len(doc.articles)}


@dataclass
class Comparison:
    a: Document
    b: Document
    changes: list[ArticleChange]
    added: list[Passage]
    removed: list[Passage]
    metadata: list[dict[str, Any]] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)

    def by_status(self, status: str) -> list[ArticleChange]:
        return [c for c in self.changes if c.status == status]

    def to_json(self) -> dict[str, Any]:
        counts = Counter(c.status for c in self.changes)
        return {
            "a": _doc_summary(self.a), "b": _doc_summary(self.b),
            "counts": {"unchanged": counts["unchanged"], "changed": counts["changed"], "split": counts["split"],
                       "merged": counts["merged"], "added": len(self.added), "removed": len(self.removed)},
            "metadata": self.metadata, "sections": self.sections,
            "added": [dict(p.ref(), text=p.text, numbers=[_public(n) for n in p.numbers()]) for p in self.added],
            "removed": [dict(p.ref(), text=p.text, numbers=[_public(n) for n in p.numbers()]) for p in self.removed],
            "changed": [c.to_json() for c in self.changes if c.status != "unchanged"],
            "unchanged": [c.to_json() for c in self.changes if c.status == "unchanged"],
        }


def _public(n: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in n.items() if not k.startswith("_")}


def _metadata_diff(a: Document, b: Document) -> list[dict[str, Any]]:
    out = []
    for f in META_FIELDS:
        va, vb = getattr(a, f), getattr(b, f)
        if meta_value(f, va) != meta_value(f, vb):
            out.append({"field": f, "label": META_LABELS[f], "a": va, "b": vb,
                        "a_text": meta_text(f, va), "b_text": meta_text(f, vb)})
    return out


def _section_diff(a: Document, b: Document) -> list[dict[str, Any]]:
    """Sections lined up by title (same alignment as articles); budget and size changes."""
    if not a.sections or not b.sections:
        return []
    al = align([s.title for s in a.sections], [s.title for s in a.sections],
               [s.title for s in b.sections], [s.title for s in b.sections])
    out = []
    for i, j, sim in al.pairs:
        sa, sb = a.sections[i], b.sections[j]
        row: dict[str, Any] = {"a": {"id": sa.id, "title": sa.title, "budget_yuan": sa.budget_yuan,
                                     "articles": len(sa.articles)},
                               "b": {"id": sb.id, "title": sb.title, "budget_yuan": sb.budget_yuan,
                                     "articles": len(sb.articles)}}
        row["budget_changed"] = sa.budget_yuan != sb.budget_yuan
        out.append(row)
    for i in al.removed:
        out.append({"a": {"id": a.sections[i].id, "title": a.sections[i].title}, "b": None})
    for j in al.added:
        out.append({"a": None, "b": {"id": b.sections[j].id, "title": b.sections[j].title}})
    return out


def compare(a: Document, b: Document, *, original_a: str | None = None,
            original_b: str | None = None) -> Comparison:
    pa, pb = passages(a, original_a), passages(b, original_b)
    al = align([p.text for p in pa], [p.heading for p in pa], [p.text for p in pb], [p.heading for p in pb])
    changes = []
    for i, j, sim in al.pairs:
        status = "unchanged" if _same_text(pa[i].text, pb[j].text) else "changed"
        changes.append(ArticleChange(status, [pa[i]], [pb[j]], sim))
    for i, js in al.splits:
        changes.append(ArticleChange("split", [pa[i]], [pb[j] for j in js]))
    for is_, j in al.merges:
        changes.append(ArticleChange("merged", [pa[i] for i in is_], [pb[j]]))
    changes.sort(key=lambda c: [p.no or 0 for p in c.b])
    return Comparison(a, b, changes, [pb[j] for j in al.added], [pa[i] for i in al.removed],
                      _metadata_diff(a, b), _section_diff(a, b))


# --------------------------------------------------------------------------------- topic


@dataclass
class TopicComparison:
    query: str
    rows: list[dict[str, Any]]
    documents_without: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "rows": self.rows, "documents_without_mention": self.documents_without,
                "awards": [{"document": r["document"], "article": r["article"], "amount_yuan": max_amount(r),
                            "trigger": r.get("trigger"), "shared": topic_rank(r, self.query) > 1}
                           for r in topic_awards(self.rows, self.query)]}


_SENTENCE = re.compile(r"[^。;;!?\n]+[。;;!?]?")


def _amount_fields(p: dict[str, Any]) -> dict[str, Any]:
    keep = ("kind", "form", "amount_yuan", "rate", "cap_yuan", "cap_scope", "beneficiary", "trigger", "per_unit")
    return {k: p.get(k) for k in keep if p.get(k) is not None}


def compare_topic(lib: Any, query: str, *, filters: Any = None, limit: int = 1000) -> TopicComparison:
    """Every article (latest versions) about `query`, with the money it names and the quote."""
    from zhengce.library.search import search

    terms = query_terms(query)
    hits = search(lib, query, filters, limit=limit)
    rows: list[dict[str, Any]] = []
    seen_docs = set()
    for h in hits:
        seen_docs.add(h.doc_id)
        art = lib.conn.execute(
            "SELECT a.pk, a.text, a.span_start, a.span_end, d.source_pk FROM articles a "
            "JOIN documents d ON d.pk = a.doc_pk WHERE a.cite_id = ? AND d.doc_id = ? AND d.version = ?",
            (h.article_id, h.doc_id, h.version)).fetchone()
        doc = {"id": h.doc_id, "title": h.title, "region": h.region, "year": h.year, "level": h.level,
               "status": h.status, "kind": h.doc_kind, "doc_number": h.doc_number}
        article = {"id": h.article_id, "no": h.article_no, "heading": h.heading, "section": h.section_title}
        provs = [p for p in lib.article_provisions(art["pk"])
                 if p.get("kind") in (None, "incentive")
                 and find_terms(simplified(f"{p.get('trigger') or ''} {p.get('quote') or ''}"), terms)]
        if provs:
            for p in provs:
                rows.append({"document": doc, "article": article, "source": "provision",
                             "quote": p.get("quote"), **_amount_fields(p)})
            continue
        # No extracted provision names it: the sentences that do, with the money they state.
        original = lib.quote(art["source_pk"], art["span_start"], art["span_end"])
        p = Passage(h.article_id, h.article_no, h.label, h.heading or "", h.section_title, [], art["text"],
                    art["text"], art["text"])
        if original and len(simplified(original)) == len(original):
            p.nums_text, p.quote_text = simplified(original), original
        for m in _SENTENCE.finditer(p.nums_text):
            if not find_terms(m.group(), terms):
                continue
            nums = [n for n in numbers(m.group())]
            rows.append({"document": doc, "article": article, "source": "text",
                         "quote": p.quote_text[m.start():m.end()].strip(),
                         "amounts": [{"value": n.value, "display": format_yuan(n.value)} for n in nums
                                     if n.kind == "amount"],
                         "rates": [n.value for n in nums if n.kind == "rate"]})
    rows.sort(key=lambda r: (r["document"]["region"] or "", r["document"]["year"] or 0, r["document"]["id"],
                             r["article"]["no"] or 0))
    f = filters
    listed = lib.documents(region=f.region, year=f.year, level=f.level, kind=f.kind, status=f.status) if f else \
        lib.documents()  # a document the filters leave out is not "without mention"
    without = [d for d in listed if d["id"] not in seen_docs]
    return TopicComparison(query, rows, [{"id": d["id"], "title": d["title"], "region": d["region"],
                                          "year": d["year"], "doc_number": d.get("doc_number")} for d in without])


_LIST_MARK = re.compile(r"[、/或]|等")  # the topic named among others
_PER_UNIT = re.compile(r"每\S{0,8}?\d*\s*[家个项户名]")  # "每培育1家…": paid to another, per unit of the topic


def topic_rank(row: dict[str, Any], query: str) -> int:
    """How surely `row` is the award for the topic itself (0 best): 0 an incentive whose trigger is the
    topic alone; 1 one whose trigger lists the topic among others (the cap may be another's); 2 an
    incentive whose quote merely mentions it; 3 a sentence of text with amounts. A rate with only a cap
    ranks one step lower than a stated amount."""
    terms = query_terms(query)
    if row.get("source") != "provision":
        return 6
    trigger = simplified(str(row.get("trigger") or ""))
    hits = find_terms(trigger, terms) if trigger else []
    if hits:
        # (a fixed sum carries a per_unit too when paid for each recipient, "每家给予20万元": that is the topic's own award)
        per_unit = row.get("form") == "per_unit" or isinstance(row.get("per_unit"), str) \
            or any(m.start() < hits[0][0] for m in _PER_UNIT.finditer(trigger))
        rank = 2 if _LIST_MARK.search(trigger) or per_unit else 0
    else:
        rank = 4
    if row.get("amount_yuan") is None:
        rank += 1
    return rank


def topic_awards(rows: list[dict[str, Any]], query: str) -> list[dict[str, Any]]:
    """Per document, the row that is the topic's own award: the best topic_rank, then the highest amount.
    Documents whose rows name no amount are left out. In the order of `rows`."""
    best: dict[str, tuple[tuple[int, Decimal], int]] = {}
    for i, r in enumerate(rows):
        top = max_amount(r)
        if top is None:
            continue
        key = (-topic_rank(r, query), top)
        doc = r["document"]["id"]
        if doc not in best or key > best[doc][0]:
            best[doc] = (key, i)
    return [rows[i] for _, i in sorted(best.values(), key=lambda t: t[1])]


def max_amount(row: dict[str, Any]) -> Decimal | None:
    vals = [Decimal(str(row[k])) for k in ("amount_yuan", "cap_yuan") if row.get(k) is not None]
    vals += [Decimal(str(a["value"])) for a in row.get("amounts", [])]
    return max(vals) if vals else None


__all__ = ["compare", "compare_topic", "Comparison", "TopicComparison", "ArticleChange", "Number"]
