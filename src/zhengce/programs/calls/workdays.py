"""Working days (工作日) on the official Chinese calendar, with 调休 (package `chinese-calendar`).

"提前10个工作日" and "公示5个工作日" count the days the State Council's holiday arrangement makes
working days: weekdays that are not holidays, plus the weekend days moved to work (调休). The package
knows the years the State Council has published; for any other year we refuse with a Chinese message
rather than guess from weekends alone (a guess would be wrong around every Golden Week).

Conventions (docs/calls.md):
- `before(deadline, n)`: the n-th working day before `deadline`, the deadline day itself not counted
  ("提前10个工作日(较截止时间)": the latest day the application may be made).
- `period_end(start, n)`: a period of n working days that begins on `start` (or, if `start` is not a
  working day, on the next working day) ends at the close of its n-th working day.
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar

from zhengce.errors import InputError

MAX_STEPS = 3660  # no count of working days in a notice spans ten years


def _version() -> str:
    return getattr(chinese_calendar, "__version__", "?")


def is_workday(day: dt.date) -> bool:
    """True on a working day (调休 weekend days included), False on a weekend or public holiday."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        raise InputError(
            f"{day.year}年的法定节假日与调休安排不在日历数据中（chinese-calendar {_version()}），"
            "无法按工作日计算；请升级 chinese-calendar 后重试，不按周末推算") from None


def known(day: dt.date) -> bool:
    try:
        chinese_calendar.is_workday(day)
        return True
    except NotImplementedError:
        return False


def _check_n(n) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1 or n > 366:
        raise InputError(f"工作日数应为1至366的整数，实为 {n!r}")
    return n


def before(deadline: dt.date, n: int) -> dt.date:
    """The n-th working day before `deadline` (not counting the deadline day)."""
    n = _check_n(n)
    day, count = deadline, 0
    for _ in range(MAX_STEPS):
        day -= dt.timedelta(days=1)
        if is_workday(day):
            count += 1
            if count == n:
                return day
    raise InputError("工作日计算超出范围")  # pragma: no cover - bounded by _check_n


def after(start: dt.date, n: int) -> dt.date:
    """The n-th working day after `start` (not counting `start`)."""
    n = _check_n(n)
    day, count = start, 0
    for _ in range(MAX_STEPS):
        day += dt.timedelta(days=1)
        if is_workday(day):
            count += 1
            if count == n:
                return day
    raise InputError("工作日计算超出范围")  # pragma: no cover


def first_on_or_after(day: dt.date) -> dt.date:
    for _ in range(MAX_STEPS):
        if is_workday(day):
            return day
        day += dt.timedelta(days=1)
    raise InputError("工作日计算超出范围")  # pragma: no cover


def period_end(start: dt.date, n: int) -> dt.date:
    """Last day of a period of n working days beginning on `start` (公示5个工作日)."""
    n = _check_n(n)
    first = first_on_or_after(start)
    return first if n == 1 else after(first, n - 1)


def between(start: dt.date, end: dt.date) -> int:
    """Working days in [start, end]."""
    if end < start:
        return 0
    if (end - start).days > MAX_STEPS:
        raise InputError("日期区间过长（上限十年）")
    return sum(is_workday(start + dt.timedelta(days=i)) for i in range((end - start).days + 1))
