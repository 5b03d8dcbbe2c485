"""How close drafted rules come to hand-curated ones (the corpus test and `bench/draft.py`).

A curated rule is matched to the drafted rule of the same document with an overlapping quote, the
same article and a shared number; then its formula (form, numbers, base, qualifier, years) and its
conditions are compared after putting both in one canonical form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from zhengce.rules.draft.values import dec as _dec
from zhengce.rules.draft.document import amount_numbers
from zhengce.rules.draft.lexicon import normal


@dataclass
class Match:
    curated: dict
    drafted: dict | None
    same_formula: bool
    same_conditions: bool


def canonical_formula(f: dict) -> dict:
    out = {"form": f["form"], "qualifier": f.get("qualifier", "up_to" if f["form"] == "up_to" else "exact")}
    for k in ("amount_yuan", "rate", "cap_yuan", "unit_yuan", "award_yuan", "offset_yuan"):
        if f.get(k) not in (None, 0):
            out[k] = str(_dec(f[k]))
    if f["form"] == "per_unit" and "unit_yuan" not in f:
        out["unit"] = str(f.get("unit", 1))
    for k in ("base", "minus", "first_time_prior", "bounded_by"):
        if f.get(k):
            out[k] = f[k]
    if f.get("tiers"):
        out["tiers"] = [[str(_dec(t["at_least_yuan"])), str(_dec(t["amount_yuan"]))] for t in f["tiers"]]
    if f.get("years"):
        out["years"] = [int(f["years"]), bool(f.get("years_total", False))]
    return out


def _canon_condition(c: dict):
    if "recognized" in c:
        t = c["recognized"]
        return {"recognized": sorted(t if isinstance(t, list) else [t]), "when": c.get("when", "new")}
    if "event" in c:
        t = c["event"]
        return {"event": sorted(t if isinstance(t, list) else [t]), "between": c.get("between")}
    if "any" in c:
        return {"any": sorted(json.dumps(_canon_condition(x), sort_keys=True, default=str) for x in c["any"])}
    if "fact" in c:
        out = dict(c)
        for k, v in c.items():
            if k in ("in", "not_in"):
                out[k] = sorted(str(x) for x in v)
            elif k != "fact":
                out[k] = str(_dec(v)) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else v
        if "in" in out and len(out["in"]) == 1:
            out["eq"] = out.pop("in")[0]
        return out
    return c


def canonical_conditions(conds: list[dict]) -> list[str]:
    return sorted(json.dumps(_canon_condition(c), sort_keys=True, ensure_ascii=False, default=str)
                  for c in conds or [])


def _numbers(rule: dict) -> set[Decimal]:
    out = amount_numbers(rule)
    if rule["formula"].get("rate") is not None:
        out.add(_dec(rule["formula"]["rate"]))
    return out


def _overlap(a: str, b: str) -> bool:
    a, b = normal(a), normal(b)
    return a in b or b in a


def match_rules(curated: list[dict], drafted: list[dict]) -> list[Match]:
    out, used = [], set()
    for c in curated:
        best, best_score = None, -1
        for i, d in enumerate(drafted):
            if not _overlap(c["quote"], d["quote"]) or not (_numbers(c) & _numbers(d)):
                continue
            if c.get("article") is not None and d.get("article") is not None and c["article"] != d["article"]:
                continue
            same_f = canonical_formula(c["formula"]) == canonical_formula(d["formula"])
            same_c = canonical_conditions(c.get("conditions")) == canonical_conditions(d.get("conditions"))
            score = 4 * same_f + 2 * same_c + (i not in used)
            if score > best_score:
                best, best_score = i, score
        if best is None:
            out.append(Match(c, None, False, False))
            continue
        used.add(best)
        d = drafted[best]
        out.append(Match(c, d, canonical_formula(c["formula"]) == canonical_formula(d["formula"]),
                         canonical_conditions(c.get("conditions")) == canonical_conditions(d.get("conditions"))))
    return out


def compare_file(curated_path: Path, corpus_dir: Path) -> list[Match]:
    """Draft the document a curated rule file encodes and match its rules."""
    from zhengce.reading import parse_text
    from zhengce.reading.readers import read_file
    from zhengce.rules.draft.document import draft_document
    from zhengce.rules import corpus

    data = yaml.safe_load(curated_path.read_text(encoding="utf-8"))
    head = data["document"]
    # the curated file names its document by what it is (content hash, then metadata)
    found, _ = corpus.find(head.get("content_hash"), {k: head.get(k) for k in (
        "title", "issuer", "doc_number", "region", "level", "year", "status", "kind", "issued", "content_hash")})
    if found is not None:  # the corpus index reads structure only: read it again with its provisions
        text = found.original
        doc = next(d for d in parse_text(text, source=found.reading.source) if d.index == found.reading.index)
    else:  # an older file that still names its corpus file
        src = head.get("source") if isinstance(head.get("source"), dict) else {}
        name = head.get("file") or src.get("file")
        text = read_file(corpus_dir / name).text
        docs = parse_text(text, source=name)
        doc = next(d for d in docs if d.index == int(head.get("index") or src.get("document") or 1))
    drafted = draft_document(doc, text)
    curated = [r for r in data.get("rules") or [] if r.get("review", "accepted") != "rejected"]
    return match_rules(curated, drafted["rules"])


def table(matches: list[Match]) -> str:
    lines = [f"{'curated rule':<48} {'drafted':<22} formula conditions"]
    for m in matches:
        lines.append(f"{m.curated['id']:<48} {(m.drafted or {}).get('id', '—'):<22} "
                     f"{'✓' if m.same_formula else '✗':<7} {'✓' if m.same_conditions else '✗'}")
    n = len(matches) or 1
    lines.append(f"formula/amounts {sum(m.same_formula for m in matches)}/{len(matches)} "
                 f"({100 * sum(m.same_formula for m in matches) / n:.0f}%), conditions "
                 f"{sum(m.same_conditions for m in matches)}/{len(matches)} "
                 f"({100 * sum(m.same_conditions for m in matches) / n:.0f}%)")
    return "\n".join(lines)
