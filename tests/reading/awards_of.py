"""What the forms tests compare of the incentives read from a text: (form, amount, rate, cap)."""

from __future__ import annotations

from zhengce.provisions import extract
from zhengce.reading import parse_text


def awards(text: str) -> list[tuple]:
    return [(p.fields["form"], p.fields.get("amount_yuan"), p.fields.get("rate"), p.fields.get("cap_yuan"))
            for p in extract(text) if p.kind == "incentive"]


def extracted(text: str) -> list:
    """The incentive provisions extract() reads from a text (no document around it)."""
    return [p for p in extract(text) if p.kind == "incentive"]


def incentives_of(doc) -> list:
    """The incentives read in one parsed document."""
    return [p for p in doc.provisions if p.kind == "incentive"]


def doc_of(text: str):
    """The first document parsed from a small text."""
    return parse_text(text, source="forms.txt")[0]


def awards_in(text: str) -> list[dict]:
    """Each incentive of a small text's first document: its fields, article and quote."""
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc_of(text))]


def awards_in_policy(body: str) -> list[dict]:
    """The incentives of `body` under a policy's title line."""
    return awards_in("某某市促进发展若干措施\n" + body)


def forms_of(text: str) -> list[tuple]:
    """(form, the sum per unit or the amount, the rate as text, the cap) of each incentive of a small text's document."""
    out = []
    for p in incentives_of(doc_of(text)):
        f = p.fields
        money = (f.get("per_unit") or {}).get("award_yuan") or f.get("amount_yuan")
        out.append((f["form"], money, str(f["rate"]) if f.get("rate") is not None else None, f.get("cap_yuan")))
    return out


def unit_sums(body: str) -> list[tuple]:
    """(form, the amount or the sum per unit, the unit, the cap) of each incentive of a policy's body."""
    out = []
    for a in awards_in_policy(body):
        pu = a.get("per_unit") or {}
        out.append((a["form"], a.get("amount_yuan") or pu.get("award_yuan"), pu.get("unit"), a.get("cap_yuan")))
    return out
