"""What the forms tests compare of the incentives read from a text: (form, amount, rate, cap)."""

from __future__ import annotations

from zhengce.provisions import extract


def awards(text: str) -> list[tuple]:
    return [(p.fields["form"], p.fields.get("amount_yuan"), p.fields.get("rate"), p.fields.get("cap_yuan"))
            for p in extract(text) if p.kind == "incentive"]


def incentives_of(doc) -> list:
    """The incentives read in one parsed document."""
    return [p for p in doc.provisions if p.kind == "incentive"]
