"""Times of a book's events: ISO strings 'YYYY-MM-DDTHH:MM:SS' in the district's time (UTC+8)."""

from __future__ import annotations

import datetime as dt

from .errors import InvalidInput


def parse_at(value) -> str:
    """ISO date or datetime (string or object) → 'YYYY-MM-DDTHH:MM:SS'; None → now (UTC+8, the district's)."""
    if value is None:
        return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None, microsecond=0).isoformat()
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day).isoformat()
    try:
        text = str(value).strip()
        parsed = dt.datetime.fromisoformat(text) if "T" in text or " " in text else \
            dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
    except ValueError:
        raise InvalidInput(f"无法读取时间 {value!r}（请写日期 2025-03-01 或时间 2025-03-01 14:05）", code="invalid_time") from None
    return parsed.replace(tzinfo=None, microsecond=0).isoformat()
