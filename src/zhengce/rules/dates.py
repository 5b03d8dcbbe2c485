"""Dates as rules count them: day numbers for column stores, and the term of validity of a
recognition (高新技术企业 three years…) from the profile schema."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from zhengce.errors import InputError
from zhengce.rules.profile import schema

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def day_number(date: dt.date) -> int:
    return date.toordinal() - EPOCH_ORDINAL


def recognition_term(code: str) -> dict | None:
    """A recognition's term of validity ({years, source}) from the profile schema, or None (no term)."""
    return (schema().raw["recognitions"].get("terms") or {}).get(code)


def add_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February in a year without one: the term ends with February
        return dt.date(date.year + years, 3, 1)


@lru_cache(maxsize=4096)
def valid_from(code: str, on: dt.date) -> dt.date:
    """The earliest recognition date still valid on `on` (a term of N years from the date of recognition
    ends the day before its N-th anniversary). Without a term, any earlier date."""
    term = recognition_term(code)
    if not term:
        return dt.date.min
    lo = dt.date(on.year - term["years"], 1, 1) - dt.timedelta(days=1)
    while add_years(lo, term["years"]) <= on:  # at most ~366 steps, once per rule and date
        lo += dt.timedelta(days=1)
    return lo


def iso_date(value, where: str) -> dt.date:
    """A date written in a data file (YYYY-MM-DD, or already a date as YAML reads it)."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: 日期 {value!r} 应为 YYYY-MM-DD") from None
