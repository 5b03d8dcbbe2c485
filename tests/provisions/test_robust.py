"""Any text: extract() never fails, spans stay inside the text, money is never a float."""

from hypothesis import given, settings, strategies as st

from zhengce.provisions import extract

ALPHABET = st.sampled_from(list("对给予最高不超过分别按的万元亿%、,。;:()每年家1234567890.一二三五十百千两补助奖励资金预算安排力争以上前月日截止"))


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_extract_is_total(text):
    for p in extract(text, year=2025):
        assert 0 <= p.span[0] <= p.span[1] <= len(text)
        assert text[p.span[0]:p.span[1]] == p.text
        for k in ("amount_yuan", "cap_yuan", "min_yuan"):
            assert not isinstance(p.fields.get(k), float)
        assert isinstance(p.to_json(), dict)
