"""The number finders remember their last sentences (extraction asks several times per
sentence); each caller still gets its own list."""

from __future__ import annotations

from zhengce.provisions.clauses import clauses
from zhengce.provisions.numbers import find_amounts, find_percents, find_quantities, find_ratios


def test_each_call_gets_its_own_list():
    sent = "对新认定的企业给予最高500万元奖励,按1:1配套,补助比例30%,新增10家"
    for find in (find_amounts, find_percents, find_ratios, find_quantities, clauses):
        first = find(sent)
        assert first, find.__name__
        first.clear()  # a caller changing its list ...
        again = find(sent)
        assert again and again is not first  # ... changes nothing for the next caller
    assert [a.yuan for a in find_amounts(sent)] == [5000000]
    assert clauses(sent, 0, 10) == [(0, 10)]
