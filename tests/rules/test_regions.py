"""Profiles' places and documents' coverage on the national gazetteer."""

from __future__ import annotations

import pytest

from zhengce.errors import InputError
from zhengce.rules import regions
from zhengce.rules.profile import parse_profile


@pytest.mark.parametrize("written,canonical", [
    ("萧山", "杭州市萧山区"),
    ("萧山区", "杭州市萧山区"),
    ("杭州萧山", "杭州市萧山区"),
    ("浙江省杭州市萧山区", "杭州市萧山区"),
    ("杭州市萧山区", "杭州市萧山区"),
    (" 杭州市 萧山区 ", "杭州市萧山区"),
    ("蕭山區", "杭州市萧山区"),
    ("义乌", "金华市义乌市"),
    ("景宁", "丽水市景宁畲族自治县"),
    ("江干区", "杭州市上城区"),
    ("昆山市", "江苏省苏州市昆山市"),
    ("昆山", "江苏省苏州市昆山市"),
    ("江苏省苏州市昆山市", "江苏省苏州市昆山市"),
    ("南京市鼓楼区", "江苏省南京市鼓楼区"),
    ("上海市浦东新区", "上海市浦东新区"),
    ("浦东", "上海市浦东新区"),
    ("舟山市普陀区", "舟山市普陀区"),
    ("仙桃市", "湖北省仙桃市"),
    ("东莞市", "广东省东莞市"),  # a city without counties is its own place
])
def test_canonical(written, canonical):
    assert regions.canonical(written) == canonical


@pytest.mark.parametrize("written,message", [
    ("鼓楼区", "所在区县「鼓楼区」有多个同名区县(南京市、徐州市、福州市、开封市), 请写全称, 如 南京市鼓楼区"),
    ("普陀区", "所在区县「普陀区」有多个同名区县(上海市、舟山市), 请写全称, 如 上海市普陀区"),
    ("火星区", "所在区县「火星区」不是已知的区县; 可写全称或简称, 如 杭州市萧山区、萧山区、萧山、江苏省苏州市昆山市"),
    ("杭州市", "所在区县「杭州市」是地级市, 请写到区县, 如 杭州市上城区"),
    ("浙江省", "所在区县「浙江省」是省级, 请写到区县, 如 杭州市上城区"),
    ("湖南省怀化市", "所在区县「湖南省怀化市」是地级市, 请写到区县, 如 湖南省怀化市鹤城区"),
    ("", "所在区县缺失; 请写区县, 如 杭州市萧山区、萧山区、萧山、江苏省苏州市昆山市"),
])
def test_canonical_errors_are_one_chinese_line(written, message):
    with pytest.raises(InputError) as exc:
        regions.canonical(written)
    assert exc.value.message == message
    assert "\n" not in exc.value.message


def test_profile_region_errors_name_the_field():
    with pytest.raises(InputError) as exc:
        parse_profile({"region": "鼓楼区"})
    assert exc.value.message.startswith("所在区县「鼓楼区」有多个同名区县")
    assert parse_profile({"region": "杭州萧山"}).region == "杭州市萧山区"
    assert parse_profile({"region": "昆山市"}).region == "江苏省苏州市昆山市"


def test_covered_nationally():
    hz = regions.covered("杭州市")
    assert {"杭州市萧山区", "杭州市临平区", "杭州市钱塘区", "杭州市建德市", "杭州市淳安县"} <= hz
    assert len(hz) == 13
    zj = regions.covered("浙江省")
    assert hz < zj and "温州市龙港市" in zj and "丽水市景宁畲族自治县" in zj and len(zj) == 90
    sz = regions.covered("江苏省苏州市")
    assert "江苏省苏州市昆山市" in sz and "江苏省苏州市姑苏区" in sz
    assert regions.covered("上海市") >= {"上海市浦东新区", "上海市普陀区"}
    assert "湖北省仙桃市" in regions.covered("湖北省")
    assert regions.covered("杭州市余杭区") == {"杭州市余杭区"}
    assert regions.covered("广东省东莞市") == {"广东省东莞市"}


def test_covered_refuses_unknown_and_shared_names():
    with pytest.raises(InputError, match="不是已知的区县"):
        regions.covered("火星市")
    with pytest.raises(InputError, match="有多个同名区县"):
        regions.covered("鼓楼区")


def test_all_districts_are_the_leaves():
    leaves = regions.all_districts()
    assert len(leaves) == len(set(leaves))
    assert 2800 <= len(leaves) <= 2900
    assert "杭州市萧山区" in leaves and "广东省东莞市" in leaves
    assert "杭州市" not in leaves and "浙江省" not in leaves
    for name in leaves[:: 97]:
        assert regions.canonical(name) == name


def test_registry_spellings_resolve_once_each():
    got = regions.spelled(["萧山", "杭州萧山", "鼓楼区", "月球区"])
    codes = {name: i for i, name in enumerate(regions.all_districts())}
    assert got["萧山"] == (codes["杭州市萧山区"], None) == got["杭州萧山"]
    assert got["鼓楼区"][0] is None and "有多个同名区县" in got["鼓楼区"][1]
    assert got["月球区"][0] is None and "不是已知的区县" in got["月球区"][1]


def test_profile_schema_says_short_names_are_accepted():
    from zhengce.rules.profile import json_schema

    region = json_schema()["properties"]["region"]
    assert "简称" in region["description"] and "萧山" in region["description"]
