"""Text keys: finding a query's terms in an article for the snippet."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.library.text import _find_terms_by_units, find_terms, query_terms

# ideographs, digits and decimals, Latin letters either case, punctuation of both widths
ALPHABET = list("企业高新技术奖励万元资助人才哈哈") + list("0123456789..") + list("abXY_-") + list(",。、 ( )５Ａ١")


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=30), query=st.text(alphabet=ALPHABET, min_size=1, max_size=6),
       cut=st.integers(min_value=0, max_value=30))
def test_find_terms_matches_reading_unit_by_unit(text, query, cut):
    # half of the time the query is a piece of the text, so that there is something to find
    if cut % 2 and len(text) > 1:
        query = text[cut % len(text):cut % len(text) + 1 + cut % 5]
    terms = query_terms(query)
    if terms:
        assert find_terms(text, terms) == _find_terms_by_units(text, terms)


def test_find_terms_examples():
    text = "对新认定的高新技术企业,给予最高1500万元奖励;500万元以下的不予支持"
    assert find_terms(text, query_terms("高新技术企业")) == [(5, 11)]
    assert [text[s:e] for s, e in find_terms(text, query_terms("500万元"))] == ["500万元"]  # not 1500万元
    assert [text[s:e] for s, e in find_terms(text, query_terms("15"))] == ["15"]  # a number's prefix
