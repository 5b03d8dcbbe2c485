"""Drafting a call file from a notice's text with the reading and provisions layers: title, region,
level, year, deadlines (doc.deadlines with their quotes), awards (incentive provisions), quotas (shares
and counts "不超过…%", "前N名"), periods in working days, links, e-mail and telephone lines (points).

The draft is a starting point with `review: {status: draft}`: a person checks every field against the
text, sets each deadline's party (applicant / recommender / prerequisite), links awards to rules,
then marks it reviewed. Drafts are never used to tell enterprises what to apply for.
"""

from __future__ import annotations

from zhengce import rx as re
from pathlib import Path

import yaml

from zhengce.errors import InputError, NotFound
from zhengce.paths import CORPUS_DIR

_WORKDAYS = re.compile(r"[^,。;\n]{0,30}?(\d+)\s*[个個]\s*工作日[^,。;\n]{0,20}")
_SHARE = re.compile(r"[^,。;\n]{0,30}不超[过過][^,。;\n]{0,20}?\d+(?:\.\d+)?\s*%")
_TOP = re.compile(r"[^,。;\n]{0,20}前\s*(\d+)\s*(?:名|位)[^,。;\n]{0,30}")
_URL = re.compile(r"[^,。;\n]{0,30}\((https?://[^)\s]+)\)[^,。;\n]{0,10}")
_PHONE = re.compile(r"[^。\n]{0,40}(?:[电電][话話]|手[机機])[::]\s*[\d\-、]{6,}[^。\n]{0,60}")
_RECOMMENDER = re.compile(r"推荐单位|主管部门|经信部门|汇总|审核")


def _party(what: str, quote: str) -> str:
    return "recommender" if _RECOMMENDER.search(what) or "推薦單位" in quote or "主管部門" in quote else "applicant"


def draft_call(path: str | Path, index: int) -> dict:
    """A draft call (a dict ready for YAML) from document `index` (1-based) of a file."""
    from zhengce.reading import read_path

    p = Path(path)
    if not p.exists() and (CORPUS_DIR / str(path)).exists():
        p = CORPUS_DIR / str(path)
    if not p.exists():
        raise NotFound(f"文件 {path} 不存在")
    docs = read_path(p)
    if not 1 <= index <= len(docs):
        raise InputError(f"{p.name} 含 {len(docs)} 篇文件, 没有第 {index} 篇")
    doc = docs[index - 1]
    original = p.read_text(encoding="utf-8", errors="replace")
    text = original[doc.span[0]:doc.span[1]]
    first = original.count("\n", 0, doc.span[0]) + 1
    last = original.count("\n", 0, doc.span[1]) + 1
    deadlines, awards, quotas, periods, where, contact = [], [], [], [], [], []
    for i, pr in enumerate(doc.provisions):
        kind, f = pr.kind, pr.fields
        if kind == "deadline":
            d = {"id": f"d{len(deadlines) + 1}", "party": _party(f.get("what") or "", pr.quote),
                 "date": f["date"], "what": f.get("what"), "quote": pr.quote}
            if f.get("time"):
                d["time"] = f["time"]
            if f.get("note"):
                d["note"] = f["note"]
            if f.get("year_inferred"):
                d["year_note"] = f"原文未写年份, 按文件年度{doc.year}年计。"
            deadlines.append(d)
        elif kind == "incentive" and f.get("amount_yuan"):
            awards.append({"id": f"a{len(awards) + 1}", "what": f.get("trigger") or "奖励",
                           "amount_yuan": int(f["amount_yuan"]), "per": "家", "rule": None, "quote": pr.quote})
    for m in _SHARE.finditer(text):
        pct = re.search(r"(\d+(?:\.\d+)?)\s*%", m.group(0)).group(1)
        quotas.append({"id": f"q{len(quotas) + 1}", "kind": "share", "value": f"{pct}%", "of": None,
                       "rounding": "down", "quote": m.group(0).strip()})
    for m in _TOP.finditer(text):
        quotas.append({"id": f"q{len(quotas) + 1}", "kind": "top_per_group", "value": int(m.group(1)),
                       "per": None, "quote": m.group(0).strip()})
    for m in _WORKDAYS.finditer(text):
        periods.append({"id": f"p{len(periods) + 1}", "what": None, "working_days": int(m.group(1)),
                        "quote": m.group(0).strip()})
    for m in _URL.finditer(text):
        where.append({"text": None, "url": m.group(1), "quote": m.group(0).strip()})
    for m in _PHONE.finditer(text):
        contact.append({"text": None, "quote": m.group(0).strip().lstrip(":")})
    return {
        "call": {"id": f"{Path(p).stem}-d{index}", "title": doc.title,
                 "source": {"file": p.name, "document": index, "lines": [first, last]},
                 "region": doc.region, "level": doc.level, "year": doc.year, "kind": "application"},
        "issuer": {"name": doc.issuer, "note": None},
        "competent": {"name": None, "quote": None},
        "applicants": {"entity": "enterprise", "region": doc.region, "quote": None, "conditions": [],
                       "to_confirm": []},
        "awards": awards, "deadlines": deadlines, "periods": periods, "materials": [], "where": where,
        "contact": contact, "quotas": quotas,
        "review": {"status": "draft", "by": None, "date": None,
                   "note": "由阅读层自动起草: 逐项核对原文, 设定各截止日期的 party, 关联规则后改为 reviewed"},
    }


def draft_yaml(path: str | Path, index: int) -> str:
    return yaml.safe_dump(draft_call(path, index), allow_unicode=True, sort_keys=False, width=120)
