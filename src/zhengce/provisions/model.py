"""A provision: one number a policy states (an incentive, a budget, a target, a tax relief, a
threshold or a deadline) with the clause it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

KINDS = ("incentive", "budget", "target", "tax_relief", "threshold", "deadline")

# The SCHEMA.md INCENTIVE fields, in order; every incentive carries all of them (null when absent).
INCENTIVE_FIELDS = ("beneficiary", "trigger", "form", "amount_yuan", "rate", "base", "cap_yuan",
                    "cap_scope", "per_unit")


_FOUR_PLACES = Decimal("0.0001")


def _json_number(value: Any) -> Any:
    """Money and rates are Decimal inside; in JSON a whole number is an int, a fraction a number
    written from its exact decimal string (0.3, not 0.299999...). A fraction that never ends (a
    rate of 1/3) is written to four places, as people write it (0.3333); the exact value stays inside."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        if len(value.as_tuple().digits) <= 15:
            return float(str(value))
        return float(str(value.quantize(_FOUR_PLACES))) if abs(value) < 1 else str(value)
    if isinstance(value, dict):
        return {k: _json_number(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_number(v) for v in value]
    return value


@dataclass
class Provision:
    kind: str
    span: tuple[int, int]  # relative to the text given to extract(); in the original after attach()
    text: str  # the normalized clause
    fields: dict[str, Any] = field(default_factory=dict)  # kind-specific fields
    article: int | None = None
    quote: str | None = None
    citation: str | None = None

    def __getattr__(self, name: str) -> Any:  # p.amount_yuan, p.form ... read from fields
        fields = self.__dict__.get("fields")
        if fields is not None and name in fields:
            return fields[name]
        raise AttributeError(name)

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "article": self.article, "quote": self.quote,
                               "citation": self.citation, "span": list(self.span), "text": self.text}
        if self.kind == "incentive":
            for k in INCENTIVE_FIELDS:
                out[k] = self.fields.get(k)
        for k, v in self.fields.items():
            out.setdefault(k, v)
        return {k: _json_number(v) for k, v in out.items()}

    def __repr__(self) -> str:  # short, for test failures
        keys = ("form", "amount_yuan", "rate", "cap_yuan", "what", "date", "time", "value")
        shown = ", ".join(f"{k}={self.fields[k]!r}" for k in keys if self.fields.get(k) is not None)
        return f"Provision({self.kind}, {shown}, {self.text[:30]!r})"
