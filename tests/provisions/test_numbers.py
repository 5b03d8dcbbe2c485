"""The number reader: every form of number Chinese policy texts use, including OCR damage."""

from decimal import Decimal

import pytest

from zhengce.provisions.numbers import (find_amounts, find_percents, find_quantities, find_ratios,
                                        parse_amount, parse_chinese_int, parse_number, parse_percent)


@pytest.mark.parametrize("text,value", [
    ("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("一百九十六", 196), ("三千", 3000),
    ("两", 2), ("两千零五", 2005), ("一万二千", 12000), ("三千万", 30_000_000), ("一亿五千万", 150_000_000),
    ("二〇二五", 2025), ("一百零八", 108),
])
def test_chinese_integers(text, value):
    assert parse_chinese_int(text) == value


@pytest.mark.parametrize("text,value", [
    ("1.5", Decimal("1.5")), ("1,000", 1000), ("0.5万", 5000), ("1.5亿", 150_000_000), ("三千万", 30_000_000),
    ("一百九十六万", 1_960_000), ("十二点五", Decimal("12.5")), ("3千", 3000), ("2千万", 20_000_000),
])
def test_numbers_with_magnitudes(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text,yuan", [
    ("300万元", 3_000_000), ("1.5亿元", 150_000_000), ("0.5万元", 5000), ("三千万元", 30_000_000),
    ("一百九十六万元", 1_960_000), ("两万元", 20_000), ("5千元", 5000), ("2000元", 2000),
    ("最高不超过50万", 500_000), ("1.5万/辆", 15_000), ("1,200万元", 12_000_000), ("500 万元", 5_000_000),
    ("8.5元", Decimal("8.5")), ("1千万元", 10_000_000),
])
def test_amounts_in_yuan_exact(text, yuan):
    value = parse_amount(text)
    assert value == Decimal(yuan)
    assert isinstance(find_amounts(text)[0].yuan, (int, Decimal))
    assert not isinstance(find_amounts(text)[0].yuan, float)


def test_whole_amounts_are_ints_and_fractions_stay_decimal():
    assert find_amounts("1.5万元")[0].yuan == 15000 and type(find_amounts("1.5万元")[0].yuan) is int
    assert find_amounts("0.35元")[0].yuan == Decimal("0.35")


@pytest.mark.parametrize("text", ["1万人", "5万吨标准煤", "7.5万亩", "1.2万套", "千万级景区", "60亿美元", "1亿美元以上"])
def test_bare_wan_that_counts_things_or_foreign_money_is_not_yuan(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text,bound,word", [
    ("最高500万元", "max", "最高"), ("不超过300万元", "max", "不超过"), ("最高不超过50万", "max", "最高不超过"),
    ("最高补贴1.5万元/辆", "max", "最高"), ("单个企业全年最高补助20万元", "max", "最高"),
    ("不高于1000万元/个", "max", "不高于"), ("6000元以下的手机", "max", "以下"),
    ("不低于300万元", "min", "不低于"), ("至少100万元", "min", "至少"), ("1.4万元以上", "min", "以上"),
    ("2000万元及以上", "min", "及以上"), ("超过1亿元", "min", "超过"), ("150亿元左右", "approx", "左右"),
    ("20万元", None, None),
    # "不超" is short for 不超过 (at most), whatever 超 alone means
    ("每户补助不超3万元", "max", "不超"), ("年产值超5亿元", "min", "超"),
])
def test_bounds_and_what_they_bound(text, bound, word):
    a = find_amounts(text)[0]
    assert (a.bound, a.bound_word) == (bound, word)


def test_not_low_is_not_max():
    # "不低于" ends with "低于": the longer word wins
    assert find_amounts("不低于300万元")[0].bound == "min"
    assert find_percents("不低于60%的补助")[0].bound == "min"
    assert find_percents("不超过年度保费的50%")[0].bound is None


@pytest.mark.parametrize("text,low,high", [
    ("3万元-5万元", 30_000, 50_000), ("3-5万元", 30_000, 50_000), ("3万—5万元", 30_000, 50_000),
    ("三至五万元", 30_000, 50_000), ("10~20万元", 100_000, 200_000),
])
def test_ranges(text, low, high):
    a = find_amounts(text)[0]
    assert (a.low, a.value) == (Decimal(low), Decimal(high))
    assert a.bound == "range"


@pytest.mark.parametrize("text,per", [("1.5万元/辆", "/辆"), ("2000元/件", "/件"), ("20万元/家奖励", "/家"),
                                      ("196万元/年的帮扶补助", "/年"), ("1000万元/个给予补助", "/个")])
def test_per_unit_suffix(text, per):
    assert find_amounts(text)[0].per == per


@pytest.mark.parametrize("text,value", [
    ("30%", "0.3"), ("30 %", "0.3"), ("30％", "0.3"), ("百分之八十", "0.8"), ("百分之十五", "0.15"),
    ("30‰", "0.03"), ("千分之五", "0.005"), ("12.5%", "0.125"),
    # OCR damage seen in the corpus
    ("30%_{0}", "0.3"), ("30%_0", "0.3"), ("10%°", "0.1"), ("10% 。", "0.1"),
])
def test_percentages(text, value):
    assert parse_percent(text) == Decimal(value)


def test_fractions_are_exact():
    two_thirds = parse_percent("三分之二")
    assert two_thirds * 3 == Decimal(2) or abs(two_thirds - Decimal(2) / 3) < Decimal("1e-20")
    assert parse_percent("四分之一") == Decimal("0.25")


def test_several_percentages_in_a_list():
    assert [p.value for p in find_percents("分别按20%、15%补贴")] == [Decimal("0.2"), Decimal("0.15")]
    assert [p.value for p in find_percents("按售价15%或20%补贴")] == [Decimal("0.15"), Decimal("0.2")]


@pytest.mark.parametrize("text,label,value", [
    ("1:1配套", "1:1", "1"), ("1∶1", "1:1", "1"), ("1：0.5", "1:0.5", "0.5"), ("1比2", "1:2", "2"),
])
def test_ratios(text, label, value):
    r = find_ratios(text)[0]
    assert (r.label, r.value) == (label, Decimal(value))


def test_clock_times_are_not_ratios():
    assert find_ratios("3月10日16:00前") == []


def test_quantities():
    q = find_quantities("新增省级工业互联网平台5家,建设15项以上")
    assert [(x.value, x.unit, x.bound) for x in q] == [(Decimal(5), "家", None), (Decimal(15), "项", "min")]
    assert find_quantities("打造一批示范项目") == []  # 一批 is a word, not a figure
