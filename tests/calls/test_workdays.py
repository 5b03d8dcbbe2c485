"""工作日 on the official calendar: 调休 weekends count, Golden Week does not; unknown years refuse."""

import datetime as dt

import pytest

from zhengce.errors import InputError
from zhengce.programs.calls import workdays

D = dt.date


def test_tiaoxiu_sunday_is_a_working_day():
    assert workdays.is_workday(D(2025, 9, 28))  # Sunday worked before 国庆
    assert workdays.is_workday(D(2025, 10, 11))  # Saturday worked after
    assert not workdays.is_workday(D(2025, 10, 3))


def test_ten_working_days_before_across_golden_week():
    # back from Fri 10/10: 10/9, 9/30, 9/29, 9/28(Sun, 调休), 9/26..9/22 (5), 9/19
    assert workdays.before(D(2025, 10, 10), 10) == D(2025, 9, 19)
    # a weekend-only count would give 9/26: the 8 days of 国庆 are holidays, 9/28 is worked
    assert workdays.before(D(2025, 10, 10), 10) != D(2025, 9, 26)


def test_publicity_five_working_days_across_a_tiaoxiu_weekend():
    # posted Thu 2025-09-25: 9/25, 9/26, 9/28 (Sunday, 调休), 9/29, 9/30 → ends 9/30
    assert workdays.period_end(D(2025, 9, 25), 5) == D(2025, 9, 30)
    # posted on 10/1 (holiday): starts 10/9, then 10/10, 10/11 (Saturday, 调休), 10/13, 10/14
    assert workdays.period_end(D(2025, 10, 1), 5) == D(2025, 10, 14)
    assert workdays.between(D(2025, 10, 1), D(2025, 10, 8)) == 0


def test_may_day_2025_with_sunday_0427_worked():
    assert workdays.before(D(2025, 5, 6), 1) == D(2025, 4, 30)
    assert workdays.before(D(2025, 4, 28), 1) == D(2025, 4, 27)


def test_unknown_year_is_a_clear_chinese_refusal_not_a_guess():
    with pytest.raises(InputError) as exc:
        workdays.before(D(2099, 6, 1), 3)
    assert "2099年" in str(exc.value) and "不按周末推算" in str(exc.value)
    assert not workdays.known(D(2099, 6, 1))


@pytest.mark.parametrize("n", [0, -1, 400, "5", True])
def test_bad_counts(n):
    with pytest.raises(InputError):
        workdays.before(D(2025, 6, 1), n)
