"""Small value helpers shared by the drafter's modules: exact numbers as the YAML wants them."""

from __future__ import annotations

from decimal import Decimal

UNMAPPED_BASE = "fin.unmapped_base_yuan"  # a rate's base the lexicon does not know (always with needs_review)


def dec(value) -> Decimal:
    return Decimal(str(value)).normalize()


def yuan(value):
    """A YAML-friendly exact yuan value: int when whole, else a decimal string (never a float)."""
    d = dec(value)
    return int(d) if d == d.to_integral_value() else str(d)


def rate(value) -> str:
    return format(dec(value), "f")


def short(text: str, n: int = 40) -> str:
    text = text.strip(",;。 ")
    return text if len(text) <= n else text[:n] + "…"
