"""Fidelity of the rulebook to the corpus: quotes verbatim, numbers stated, every incentive covered.

Each check returns a list of problems (strings); `zhengce rules validate` and the tests run them.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import yaml

from zhengce.rules import corpus
from zhengce.rules.amounts import stated_numbers
from zhengce.rules.corpus import CorpusDocument
from zhengce.rules.rulebook import POLICY_DIR, Rulebook

UNENCODED = Path(__file__).resolve().parent / "data" / "unencoded.yaml"


def locate(doc) -> tuple[CorpusDocument | None, str | None]:
    """The corpus document a rule file encodes, found by content hash (see corpus.py)."""
    return corpus.find(doc.content_hash, doc.meta)


def article_text(found: CorpusDocument, article, section=None) -> tuple[str | None, str | None]:
    """(original text of the cited article, problem). Articles are the reading layer's: number as printed,
    with `section` when numbers restart per section."""
    if not isinstance(article, int) or isinstance(article, bool):
        return None, f"article must be the printed article number (an integer) or null, got {article!r}"
    matches = found.articles(article, section)
    if not matches:
        where = f"section {section} " if section is not None else ""
        return None, f"{where}article {article} not found in the document (its articles: " \
                     f"{', '.join(found.relative_id(a) for a in found.reading.articles[:60])})"
    if len(matches) > 1:
        return None, (f"article {article} is ambiguous (sections "
                      f"{', '.join(str(a.section_no) for a in matches)}); add `section:`")
    return found.article_text(matches[0]), None


def article_id(rule) -> str | None:
    """The reading layer's id of the article a rule cites, inside its document (e.g. "s2/a7"), or None."""
    found, _ = locate(rule.document)
    if found is None or rule.article is None:
        return None
    matches = found.articles(rule.article, rule.section)
    return found.relative_id(matches[0]) if len(matches) == 1 else None


def check_quotes(book: Rulebook, texts: dict[str, str] | None = None) -> list[str]:
    """Each document is found by its content hash; every quote is verbatim in it — a rule's quote in the
    article it cites (a quote from another article is an error), validity and stacking clauses and
    stacking-group quotes in the document. Every stacking group must quote the clause creating it.
    A document whose text is given in `texts` (document key -> text: a drafted file tried on its own
    document) is checked against that text instead."""
    texts = texts or {}
    problems = []
    found_of = {}
    for doc in book.documents:
        if doc.key in texts:
            problems += _quotes_in(book, doc, texts[doc.key])
            found_of[doc.key] = None
            continue
        found, problem = locate(doc)
        if problem:
            problems.append(f"{doc.key}: {problem}")
        found_of[doc.key] = found
        if found is None:
            continue
        body = found.text
        for what, quote in (("period_quote", doc.period_quote), ("stacking_quote", doc.stacking_quote)):
            if quote and quote not in body:
                problems.append(f"{doc.key}: {what} is not verbatim in the document: {quote}")
    for gid, group in book.groups.items():
        if group.document.key in texts:
            continue
        if not group.quote:
            problems.append(f"stacking group {gid}: no quote — a group must cite, verbatim, the clause that "
                            "creates it (从优/就高/不重复, a shared cap, or one rating's tiers)")
            continue
        found = found_of.get(group.document.key)
        if found is not None and group.quote not in found.text:
            problems.append(f"stacking group {gid}: quote is not verbatim in the document: {group.quote}")
    for rule in book.rules:
        found = found_of.get(rule.document.key)
        if found is None:
            continue
        if rule.article is None:
            if rule.quote not in found.text:
                problems.append(f"{rule.id}: quote is not verbatim in {rule.document.key}: {rule.quote}")
            continue
        text, problem = article_text(found, rule.article, rule.section)
        if problem:
            problems.append(f"{rule.id}: {problem}")
        elif rule.quote not in text:
            where = "elsewhere in the document" if rule.quote in found.text else "nowhere in the document"
            problems.append(f"{rule.id}: quote is not in the cited article {rule.article} (found {where}): "
                            f"{rule.quote}")
    return problems


IDENTITY = ("title", "region", "level", "year", "status", "kind", "doc_number", "issued")


def check_metadata(book: Rulebook) -> list[str]:
    """The header agrees with the reading of the document it names (where both say something): a
    draft encoded as final would be in force, a wrong region would pay the wrong places."""
    problems = []
    for doc in book.documents:
        found, _ = locate(doc)
        if found is None:
            continue
        for key in IDENTITY:
            mine, read = getattr(doc, key), getattr(found.reading, key, None)
            if mine is None or read is None:
                continue
            if key == "title":
                mine, read = ("".join(str(x).split()).replace("的", "") for x in (mine, read))
            if str(mine) != str(read):
                problems.append(f"{doc.key}: document.{key} is {getattr(doc, key)!r} but the document reads "
                                f"{getattr(found.reading, key)!r}")
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
        ident = entry.get("document") if isinstance(entry.get("document"), dict) else {}
        if not entry.get("reason"):
            problems.append(f"unencoded {entry.get('quote')}: reason missing")
        found, problem = corpus.find(ident.get("content_hash"), ident)
        if problem:
            problems.append(f"unencoded {entry.get('quote')}: {problem}")
        if found is None:
            continue
        if entry.get("article") is not None:
            text, problem = article_text(found, entry["article"], entry.get("section"))
            if problem:
                problems.append(f"unencoded {entry['quote']}: {problem}")
            elif entry["quote"] not in text:
                problems.append(f"unencoded quote is not in the cited article {entry['article']}: {entry['quote']}")
        elif entry["quote"] not in found.text:
            problems.append(f"unencoded quote is not verbatim in its document: {entry['quote']}")
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


def covered(book: Rulebook, content_hash: str, quote: str, numbers: set[Decimal]) -> str | None:
    """The rule id (or 'unencoded') that covers an incentive of a document, matched by overlapping
    quote and a shared number."""
    def overlaps(a: str, b: str) -> bool:
        return a in b or b in a
    for rule in book.rules:
        if rule.document.content_hash != content_hash:
            continue
        if overlaps(rule.quote, quote) and (not numbers or numbers & _rule_numbers(rule)):
            return rule.id
    for entry in unencoded():
        if (entry.get("document") or {}).get("content_hash") == content_hash and overlaps(entry["quote"], quote):
            return "unencoded"
    return None


def check_gold(book: Rulebook, gold_dir: Path) -> list[str]:
    """Every incentive of the hand-checked gold readings is encoded or listed as unencoded. Gold readings
    are keyed by corpus file and position; the document they describe is found there and matched by hash."""
    problems = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for i, doc in enumerate(gold["documents"], start=1):
            found = corpus.by_source(gold["file"], i)
            for inc in doc.get("incentives", []):
                if found is None or covered(book, found.content_hash, inc["quote"], _numbers_of(inc)) is None:
                    problems.append(f"{gold['file']} d{i} art {inc.get('article')}: not encoded nor listed: "
                                    f"{inc['trigger']} — {inc['quote']}")
    return problems


def check_previous(book: Rulebook) -> list[str]:
    """`previous:` links a rule to the same entitlement in last year's document: the target exists, is of
    an earlier document year, and pays the same beneficiary in the same form."""
    problems = []
    ids = {r.id: r for r in book.rules}
    for rule in book.rules:
        if not rule.previous:
            continue
        prev = ids.get(rule.previous)
        if prev is None:
            problems.append(f"{rule.id}: previous {rule.previous!r} is not a rule of the rulebook")
            continue
        if prev.document.year >= rule.document.year:
            problems.append(f"{rule.id}: previous {prev.id} is of {prev.document.year}, not an earlier year")
        if prev.beneficiary != rule.beneficiary:
            problems.append(f"{rule.id}: previous {prev.id} pays a {prev.beneficiary}, this rule a {rule.beneficiary}")
        if prev.formula.form != rule.formula.form:
            problems.append(f"{rule.id}: previous {prev.id} is a {prev.formula.form} formula, this one "
                            f"{rule.formula.form}")
    return problems


def check_all(book: Rulebook, gold_dir: Path | None = None) -> dict[str, list[str]]:
    out = {"quotes": check_quotes(book), "metadata": check_metadata(book), "numbers": check_numbers(book), "groups": check_groups(book),
           "periods": check_periods(book), "unencoded": check_unencoded(), "previous": check_previous(book)}
    if gold_dir and gold_dir.is_dir():
        out["gold"] = check_gold(book, gold_dir)
    return out


def default_gold_dir() -> Path | None:
    """$ZHENGCE_SHARED/gold, else ../shared/gold beside the repository, when present (development checkouts)."""
    import os
    if os.environ.get("ZHENGCE_SHARED") and (Path(os.environ["ZHENGCE_SHARED"]) / "gold").is_dir():
        return Path(os.environ["ZHENGCE_SHARED"]) / "gold"
    for base in (Path.cwd(), POLICY_DIR):
        for parent in [base, *base.parents]:
            candidate = parent.parent / "shared" / "gold"
            if (parent / "pyproject.toml").exists() and candidate.is_dir():
                return candidate
    return None
