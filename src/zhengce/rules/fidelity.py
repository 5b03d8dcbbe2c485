"""Fidelity of the rulebook to the corpus: quotes verbatim, numbers stated, every incentive covered.

Each check returns a list of problems (strings); `zhengce rules validate` and the tests run them.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from zhengce.paths import CORPUS_DIR
from zhengce.rules.amounts import stated_numbers
from zhengce.rules.rulebook import POLICY_DIR, Rulebook

UNENCODED = Path(__file__).resolve().parent / "data" / "unencoded.yaml"


@lru_cache(maxsize=16)
def corpus_text(file: str) -> str:
    return (CORPUS_DIR / file).read_text(encoding="utf-8")


def _lines_of(doc) -> str:
    text = corpus_text(doc.file)
    if not doc.lines:
        return text
    lines = text.splitlines()
    return "\n".join(lines[doc.lines[0] - 1: doc.lines[1]])


def check_quotes(book: Rulebook, texts: dict[str, str] | None = None) -> list[str]:
    """Every quote (rules, validity clauses, stacking clauses) is a verbatim substring of its document.
    A document identified by content_hash only (a drafted file) is checked when its text is given
    in `texts` (document key -> text), else skipped."""
    texts = texts or {}
    problems = []
    for doc in book.documents:
        if doc.key in texts:
            problems += _quotes_in(book, doc, texts[doc.key])
            continue
        if not doc.file:
            continue
        if not (CORPUS_DIR / doc.file).exists():
            problems.append(f"{doc.key}: corpus file {doc.file} not found")
            continue
        body = _lines_of(doc)
        for what, quote in (("period_quote", doc.period_quote), ("stacking_quote", doc.stacking_quote)):
            if quote and quote not in body:
                problems.append(f"{doc.key}: {what} is not verbatim in the document: {quote}")
    for gid, group in book.groups.items():
        if not group.document.file or group.document.key in texts:
            continue
        if group.quote and group.quote not in _lines_of(group.document):
            problems.append(f"stacking group {gid}: quote is not verbatim in the document")
    for rule in book.rules:
        if not rule.document.file or rule.document.key in texts or not (CORPUS_DIR / rule.document.file).exists():
            continue
        if rule.quote not in _lines_of(rule.document):
            problems.append(f"{rule.id}: quote is not verbatim in {rule.document.key}: {rule.quote}")
    return problems


def _quotes_in(book: Rulebook, doc, body: str) -> list[str]:
    problems = [f"{doc.key}: {what} is not verbatim in the document: {quote}"
                for what, quote in (("period_quote", doc.period_quote), ("stacking_quote", doc.stacking_quote))
                if quote and quote not in body]
    problems += [f"stacking group {gid}: quote is not verbatim in the document" for gid, g in book.groups.items()
                 if g.document is doc and g.quote and g.quote not in body]
    problems += [f"{r.id}: quote is not verbatim in {doc.key}: {r.quote}" for r in book.rules
                 if r.document is doc and r.quote not in body]
    return problems


def check_numbers(book: Rulebook) -> list[str]:
    """Every number a formula uses (amounts, caps, units, tiers, rates, years) is stated in its quote."""
    problems = []
    for rule in book.rules:
        stated = stated_numbers(rule.quote)
        f = rule.formula
        for money in f.stated_money_yuan():
            if money.normalize() not in stated["money"]:
                problems.append(f"{rule.id}: {money} yuan is not stated in the quote")
        if f.rate is not None:
            rate = (Decimal(f.rate.numerator) / Decimal(f.rate.denominator)).normalize()
            if rate not in stated["rates"]:
                problems.append(f"{rule.id}: rate {rate} is not stated in the quote")
        if f.years and Decimal(f.years) not in stated["plain"]:
            problems.append(f"{rule.id}: {f.years} years is not stated in the quote")
    for gid, group in book.groups.items():
        if group.mode == "cap":
            if not group.quote or Decimal(group.cap_fen) / 100 not in stated_numbers(group.quote)["money"]:
                problems.append(f"stacking group {gid}: cap is not stated in its quote")
    return problems


def check_groups(book: Rulebook) -> list[str]:
    return [f"stacking group {gid} has {len(g.rules)} rule(s); a group needs at least two"
            for gid, g in book.groups.items() if len(g.rules) < 2]


def check_periods(book: Rulebook) -> list[str]:
    """No rule can be in force outside its document's period, and drafts never are."""
    problems = []
    for doc in book.documents:
        if doc.start > doc.end:
            problems.append(f"{doc.key}: period starts after it ends")
        for day in (doc.start - dt.timedelta(days=1), doc.end + dt.timedelta(days=1)):
            if doc.in_force(day):
                problems.append(f"{doc.key}: in force on {day}, outside its period")
        if doc.status == "draft" and doc.in_force(doc.start):
            problems.append(f"{doc.key}: a draft must never be in force")
        if str(doc.year) not in doc.period_quote and str(doc.start.year) not in doc.period_quote:
            problems.append(f"{doc.key}: period_quote does not name the year")
    return problems


def unencoded() -> list[dict]:
    return yaml.safe_load(UNENCODED.read_text(encoding="utf-8")) or []


def check_unencoded() -> list[str]:
    problems = []
    for entry in unencoded():
        if not entry.get("reason"):
            problems.append(f"unencoded {entry.get('quote')}: reason missing")
        if entry["quote"] not in corpus_text(entry["file"]):
            problems.append(f"unencoded quote is not verbatim in {entry['file']}: {entry['quote']}")
    return problems


def _numbers_of(incentive: dict) -> set[Decimal]:
    out = set()
    for key in ("amount_yuan", "cap_yuan"):
        if incentive.get(key) is not None:
            out.add(Decimal(str(incentive[key])).normalize())
    if incentive.get("rate") is not None:
        out.add(Decimal(str(incentive["rate"])).normalize())
    return out


def _rule_numbers(rule) -> set[Decimal]:
    f = rule.formula
    out = {m.normalize() for m in f.stated_money_yuan()}
    if f.rate is not None:
        out.add((Decimal(f.rate.numerator) / Decimal(f.rate.denominator)).normalize())
    return out


def covered(book: Rulebook, file: str, document: int | None, quote: str, numbers: set[Decimal]) -> str | None:
    """The rule id (or 'unencoded') that covers an incentive, matched by overlapping quote and a shared number."""
    def overlaps(a: str, b: str) -> bool:
        return a in b or b in a
    for rule in book.rules:
        if rule.document.file != file or (document is not None and rule.document.index != document):
            continue
        if overlaps(rule.quote, quote) and (not numbers or numbers & _rule_numbers(rule)):
            return rule.id
    for entry in unencoded():
        if entry["file"] == file and (document is None or entry.get("document") == document) \
                and overlaps(entry["quote"], quote):
            return "unencoded"
    return None


def check_gold(book: Rulebook, gold_dir: Path) -> list[str]:
    """Every incentive of the hand-checked gold readings is encoded or listed as unencoded."""
    problems = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for i, doc in enumerate(gold["documents"], start=1):
            for inc in doc.get("incentives", []):
                if covered(book, gold["file"], i, inc["quote"], _numbers_of(inc)) is None:
                    problems.append(f"{gold['file']} d{i} art {inc.get('article')}: not encoded nor listed: "
                                    f"{inc['trigger']} — {inc['quote']}")
    return problems


def check_all(book: Rulebook, gold_dir: Path | None = None) -> dict[str, list[str]]:
    out = {"quotes": check_quotes(book), "numbers": check_numbers(book), "groups": check_groups(book),
           "periods": check_periods(book), "unencoded": check_unencoded()}
    if gold_dir and gold_dir.is_dir():
        out["gold"] = check_gold(book, gold_dir)
    return out


def default_gold_dir() -> Path | None:
    """../shared/gold beside the repository, when present (development checkouts)."""
    for base in (Path.cwd(), POLICY_DIR):
        for parent in [base, *base.parents]:
            candidate = parent.parent / "shared" / "gold"
            if (parent / "pyproject.toml").exists() and candidate.is_dir():
                return candidate
    return None
