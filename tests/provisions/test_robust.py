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


# a sum as damaged text prints it: a leading zero before a point ("给予06.8万元" from a PDF that spread its
# digits, "0 6 . 8"), two points, a point alone — read as a number or passed over, never an error
DAMAGED_SUM = st.from_regex(r"\A0?\d{0,3}(?:\.\d{0,2}){0,2}(?:万元|元|万|亿元|%)\Z")


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=20), DAMAGED_SUM, st.text(ALPHABET, max_size=20))
def test_a_damaged_sum_is_read_or_passed_over(before, sum_, after):
    from zhengce.provisions.numbers import find_amounts
    from zhengce.reading import parse_text

    text = before + "给予" + sum_ + after
    for a in find_amounts(text):
        assert not isinstance(a.value, float)
    extract(text, year=2025)
    for doc in parse_text("关于某某的若干政策\n一、支持企业\n1." + text + "。\n2.最高不超过" + sum_ + "。", source="x.txt"):
        doc.to_json()


def test_a_sum_with_a_leading_zero_and_a_point_is_that_sum():
    from zhengce.provisions.numbers import find_amounts, parse_number

    assert [a.value for a in find_amounts("给予06.8万元")] == [68000]
    assert [a.value for a in find_amounts("给予08万元")] == [8000]  # (a lost point: 0.8万元)
    for damaged in ("1.2.3", "."):
        try:
            parse_number(damaged)
        except ValueError:
            continue
        raise AssertionError(f"{damaged!r} read as a number")
