"""What the forms tests (test_forms_rounds_*.py) share: a small text read whole, or its provisions alone."""

from __future__ import annotations


def parse(text: str):
    from zhengce.reading import parse_text
    return parse_text(text, source="x.txt")


def awards(doc) -> list:
    return [p for p in doc.provisions if p.kind == "incentive"]


def extract(text: str) -> list:
    from zhengce.provisions import extract as extract_provisions
    return [p for p in extract_provisions(text) if p.kind == "incentive"]
