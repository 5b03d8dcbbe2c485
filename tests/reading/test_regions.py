"""The national gazetteer: every way a place is written, levels, full names, ambiguity, mentions."""

from __future__ import annotations

import pytest

from zhengce.reading.divisions import divisions, full_name
from zhengce.reading.regions import (
    Region, candidates, former, gazetteer, lookup, mentions, most_specific, qualify,
)

# written as → (full name, level, code)
TABLE = [
    # Zhejiang: province left out
    ("浙江省", "浙江省", "province", "330000"),
    ("浙江", "浙江省", "province", "330000"),
    ("湖州市", "湖州市", "city", "330500"),
    ("浙江省湖州市", "湖州市", "city", "330500"),
    ("余杭区", "杭州市余杭区", "district", "330110"),
    ("杭州市余杭区", "杭州市余杭区", "district", "330110"),
    ("浙江省杭州市余杭区", "杭州市余杭区", "district", "330110"),
    ("萧山", "杭州市萧山区", "district", "330109"),
    ("萧山区", "杭州市萧山区", "district", "330109"),
    ("杭州萧山", "杭州市萧山区", "district", "330109"),
    ("浙江杭州萧山", "杭州市萧山区", "district", "330109"),
    ("杭州市 萧山区", "杭州市萧山区", "district", "330109"),
    ("义乌", "金华市义乌市", "county", "330782"),
    ("义乌市", "金华市义乌市", "county", "330782"),
    ("金华市义乌市", "金华市义乌市", "county", "330782"),
    ("慈溪市", "宁波市慈溪市", "county", "330282"),
    ("临平区", "杭州市临平区", "district", "330113"),
    ("钱塘区", "杭州市钱塘区", "district", "330114"),
    ("龙港市", "温州市龙港市", "county", "330383"),
    ("桐庐县", "杭州市桐庐县", "county", "330122"),
    # autonomous county, with and without its ethnic part
    ("景宁畲族自治县", "丽水市景宁畲族自治县", "county", "331127"),
    ("景宁县", "丽水市景宁畲族自治县", "county", "331127"),
    ("景宁", "丽水市景宁畲族自治县", "county", "331127"),
    # other provinces: province written
    ("昆山市", "江苏省苏州市昆山市", "county", "320583"),
    ("江苏省苏州市昆山市", "江苏省苏州市昆山市", "county", "320583"),
    ("苏州市昆山市", "江苏省苏州市昆山市", "county", "320583"),
    ("广东省深圳市南山区", "广东省深圳市南山区", "district", "440305"),
    ("深圳市南山区", "广东省深圳市南山区", "district", "440305"),
    ("湖南省怀化市", "湖南省怀化市", "city", "431200"),
    ("怀化市", "湖南省怀化市", "city", "431200"),
    ("湖南省", "湖南省", "province", "430000"),
    ("湖南", "湖南省", "province", "430000"),
    ("黔南州", "贵州省黔南布依族苗族自治州", "city", "522700"),
    # a long transliterated prefecture name by its first character; a character two of them share
    # (黔东南, 黔西南) or a spelling another place has (巴州区) gives none
    ("博州", "新疆维吾尔自治区博尔塔拉蒙古自治州", "city", "652700"),
    ("巴州", "四川省巴中市巴州区", "district", "511902"),
    ("锡林郭勒盟", "内蒙古自治区锡林郭勒盟", "city", "152500"),
    ("内蒙古", "内蒙古自治区", "province", "150000"),
    ("广西", "广西壮族自治区", "province", "450000"),
    ("莫力达瓦达斡尔族自治旗", "内蒙古自治区呼伦贝尔市莫力达瓦达斡尔族自治旗", "county", "150722"),
    ("长阳土家族自治县", "湖北省宜昌市长阳土家族自治县", "county", "420528"),
    ("仙桃市", "湖北省仙桃市", "county", "429004"),  # governed by the province itself
    ("东莞市", "广东省东莞市", "city", "441900"),  # a city without counties
    # municipalities: written once
    ("上海市浦东新区", "上海市浦东新区", "district", "310115"),
    ("浦东新区", "上海市浦东新区", "district", "310115"),
    ("浦东", "上海市浦东新区", "district", "310115"),
    ("上海浦东", "上海市浦东新区", "district", "310115"),
    ("北京市海淀区", "北京市海淀区", "district", "110108"),
    ("海淀区", "北京市海淀区", "district", "110108"),
    ("北京市", "北京市", "province", "110000"),
    ("重庆市两江新区", "重庆市两江新区", "district", "500157"),
    # a place outranks what is inside it under the same short name
    ("抚顺", "辽宁省抚顺市", "city", "210400"),
    ("抚顺县", "辽宁省抚顺市抚顺县", "county", "210421"),
    ("吉林", "吉林省", "province", "220000"),
    ("吉林市", "吉林省吉林市", "city", "220200"),
    ("海南", "海南省", "province", "460000"),
    # former names
    ("江干区", "杭州市上城区", "district", "330102"),
    ("杭州市江干区", "杭州市上城区", "district", "330102"),
    ("下城区", "杭州市拱墅区", "district", "330105"),
    ("襄樊市", "湖北省襄阳市", "city", "420600"),
    # traditional characters
    ("義烏市", "金华市义乌市", "county", "330782"),
    ("蕭山區", "杭州市萧山区", "district", "330109"),
    ("浙江省杭州市餘杭區", "杭州市余杭区", "district", "330110"),
]


@pytest.mark.parametrize("written,full,level,code", TABLE)
def test_every_spelling_resolves(written, full, level, code):
    r = lookup(written)
    assert r is not None, written
    assert (r.full, r.level, r.code) == (full, level, code)


@pytest.mark.parametrize("written", ["黔州", "西州", "火星区", "", "   ", "人民政府", "杭州市人民政府", "区科技局", "abc", "萧山区科技局"])
def test_non_places(written):
    assert lookup(written) is None
    assert candidates(written) == ()


def test_region_fields():
    r = lookup("昆山")
    assert r == Region("江苏省苏州市昆山市", "昆山市", "county", "苏州市", "江苏省", "320583")
    assert lookup("浦东").city == "上海市" and lookup("浦东").province == "上海市"
    assert lookup("浙江省").city is None and lookup("浙江省").province == "浙江省"
    assert lookup("湖州市").city == "湖州市"


def test_full_name_rule_in_one_place():
    assert full_name("余杭区", "district", "杭州市", "浙江省") == "杭州市余杭区"
    assert full_name("湖州市", "city", "湖州市", "浙江省") == "湖州市"
    assert full_name("浙江省", "province") == "浙江省"
    assert full_name("昆山市", "county", "苏州市", "江苏省") == "江苏省苏州市昆山市"
    assert full_name("怀化市", "city", "怀化市", "湖南省") == "湖南省怀化市"
    assert full_name("浦东新区", "district", "上海市", "上海市") == "上海市浦东新区"
    assert full_name("北京市", "province") == "北京市"


def test_table_is_national_and_complete():
    table = divisions()
    levels = [d.region.level for d in table.values()]
    assert levels.count("province") == 34
    assert 330 <= levels.count("city") <= 340
    assert 2800 <= levels.count("district") + levels.count("county") <= 2900
    assert all(len(code) == 6 for code in table)
    assert len({d.region.full for d in table.values()}) == len(table)  # full names are unique


@pytest.mark.parametrize("name,cities", [
    ("鼓楼区", {"南京市", "福州市", "徐州市", "开封市"}),
    ("普陀区", {"上海市", "舟山市"}),
    ("朝阳区", {"上海市", "北京市", "长春市"} - {"上海市"}),
    ("普陀", {"上海市", "舟山市"}),
])
def test_shared_names_are_never_guessed(name, cities):
    assert lookup(name) is None
    assert {r.city for r in candidates(name)} == cities


@pytest.mark.parametrize("name,context,full", [
    ("鼓楼区", "南京市", "江苏省南京市鼓楼区"),
    ("鼓楼区", "福建省", "福建省福州市鼓楼区"),
    ("鼓楼区", "江苏省", None),  # 南京 and 徐州 are both in 江苏
    ("鼓楼区", ["江苏省", "徐州市"], "江苏省徐州市鼓楼区"),
    ("普陀区", "浙江省", "舟山市普陀区"),
    ("普陀区", "上海市", "上海市普陀区"),
    ("普陀", "舟山市定海区", "舟山市普陀区"),  # a neighbouring district's city decides
    ("朝阳区", "北京市", "北京市朝阳区"),
    ("朝阳区", "湖南省", None),
    ("南山区", "深圳市", "广东省深圳市南山区"),
])
def test_context_decides(name, context, full):
    if isinstance(context, list):
        ctx = context
    else:
        ctx = lookup(context) if context.endswith("区") else context
    r = lookup(name, context=ctx)
    assert (r.full if r else None) == full


def test_context_from_the_text():
    text = "南京市人民政府办公厅 … 南京市玄武区 …"
    assert lookup("鼓楼区", context=mentions(text)).full == "江苏省南京市鼓楼区"
    assert lookup("鼓楼区", context=mentions("没有地名的一段话")) is None


def test_former_names_carry_a_note():
    assert former("江干区") == "杭州市江干区已于2021-04-09撤并/更名, 今属杭州市上城区"
    assert "今属杭州市拱墅区" in former("下城区")
    assert former("上城区") is None and former("火星区") is None


def test_most_specific():
    assert most_specific([lookup("浙江省"), lookup("义乌"), lookup("金华市")]).full == "金华市义乌市"
    assert most_specific([lookup("浙江省"), lookup("湖州市")]).full == "湖州市"
    assert most_specific([]) is None


@pytest.mark.parametrize("unit,region,expected", [
    ("婺城区人民政府", "金华市", "金华市婺城区人民政府"),
    ("婺城区人民政府", "金华市金东区", "金华市婺城区人民政府"),
    ("南山区科技局", "深圳市", "深圳市南山区科技局"),
    ("鼓楼区发展和改革局", "南京市", "南京市鼓楼区发展和改革局"),
    ("浦东新区科技和经济委员会", "上海市", "上海市浦东新区科技和经济委员会"),
    ("义乌市人民政府", "金华市", "金华市义乌市人民政府"),
    ("杭州市萧山区人民政府", "杭州市", "杭州市萧山区人民政府"),  # already qualified
    ("湖州市人民政府", "湖州市", "湖州市人民政府"),  # a city
    ("浙江省科学技术厅", "浙江省", "浙江省科学技术厅"),
    ("区科技局", "杭州市", "区科技局"),  # no place
    ("婺城区人民政府", "杭州市", "金华市婺城区人民政府"),  # one 婺城区 in the document's province
    ("婺城区人民政府", "深圳市", "婺城区人民政府"),  # not in the document's province: left alone
    ("南山区科技局", "杭州市", "南山区科技局"),  # shared name, neither in 浙江: left alone
    ("萧山科技局", "杭州市", "萧山科技局"),  # only a written name (…区/县/市) is qualified
    ("仙桃市人民政府", "湖北省", "仙桃市人民政府"),  # a county of the province itself: no city
])
def test_qualify(unit, region, expected):
    r = lookup(region) if region.endswith(("市", "省", "区")) else None
    assert qualify(unit, r) == expected


def test_qualify_without_region():
    assert qualify("婺城区人民政府", None) == "婺城区人民政府"
    assert qualify("", lookup("金华市")) == ""


def _full(counts):
    return {r.full: n for r, n in counts.items()}


def test_mentions_names_chains_and_shorts():
    text = "为推进杭州市萧山区和余杭区发展, 浙江省人民政府…萧山经验…杭州萧山…金华市义乌市"
    got = _full(mentions(text))
    assert got == {"杭州市萧山区": 2.5, "杭州市余杭区": 1, "浙江省": 1, "金华市义乌市": 1}


def test_mentions_short_name_needs_its_city_or_province():
    # 龙井 is a city in 吉林; in Hangzhou text it is tea — and it is no place named alone
    assert _full(mentions("杭州市西湖区龙井茶产业")) == {"杭州市西湖区": 1}
    # a short name whose province is named counts half
    assert _full(mentions("浙江省推广萧山经验")) == {"浙江省": 1, "杭州市萧山区": 0.5}
    # … and not when another province is the only place named
    assert _full(mentions("江苏省推广萧山经验")) == {"江苏省": 1}
    # a short name inside a longer word is no place: 东阳 in 东阳光, 龙井 in 龙井茶
    assert _full(mentions("浙江省支持东阳光药业")) == {"浙江省": 1}
    assert _full(mentions("浙江省推广东阳木雕")) == {"浙江省": 1, "金华市东阳市": 0.5}
    # the only place a text names counts on its own
    assert _full(mentions("形成“萧山经验”")) == {"杭州市萧山区": 0.5}


def test_mentions_shared_names_need_the_text_or_context():
    assert mentions("鼓楼区人民政府") == {}
    assert _full(mentions("南京市人民政府 … 鼓楼区人民政府")) == {"江苏省南京市": 1, "江苏省南京市鼓楼区": 1}
    assert _full(mentions("鼓楼区人民政府", context="福州市")) == {"福建省福州市鼓楼区": 1}
    assert _full(mentions("舟山市定海区、普陀区")) == {"舟山市定海区": 1, "舟山市普陀区": 1}
    assert _full(mentions("上海市普陀区")) == {"上海市普陀区": 1}


def test_mentions_traditional_text():
    assert _full(mentions("杭州市餘杭區人民政府")) == {"杭州市余杭区": 1}


ORDINARY = [
    "加快发展战略性新兴产业, 推进产学研合作, 优化资源配置, 提升公共服务水平。",
    "坚持和平发展, 建设平安中国, 推进乡村振兴, 实现共同富裕。",
    "企业举止大方, 大方向正确, 加大对城区、郊区和矿区的投入。",
    "支持老城区改造和新城区建设, 打造产业新城, 完善城关镇配套。",
    "依托高新区、经济开发区和各类开发区, 推进新区建设, 鼓励企业在东阳光等品牌基础上合作。",
    "通过公安、通道、友好合作、东方文化、长安街、中山路、新华书店、红旗渠等场景开展宣传。",
    "对符合条件的企业给予一次性奖励, 最高不超过50万元, 由区科技局负责解释。",
    "推进灯塔工厂、凤凰行动、惠农政策、安居工程和富民政策落地, 保障长治久安。",
    "绿水青山就是金山银山, 要守护好江山, 让天台的花草和白云更美。",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_policy_sentences_name_no_place(sentence):
    assert mentions(sentence) == {}


def test_gazetteer_keeps_its_shape():
    g = gazetteer()
    assert g["杭州市余杭区"].full == "杭州市余杭区"
    assert g["余杭区"].full == "杭州市余杭区"
    assert g["~余杭"].full == "杭州市余杭区"
    assert "鼓楼区" not in g  # shared names are not keys
    assert g["江苏省苏州市昆山市"].level == "county"


def test_odd_input_is_no_place():
    assert lookup(None) is None and candidates(123) == ()
    assert lookup("萧山" * 100) is None
    assert mentions(None) == {} and mentions("") == {}


def test_place_command(capsys):
    from zhengce.cli import main

    assert main(["place", "杭州萧山", "江干区", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"full": "杭州市萧山区"' in out and "今属杭州市上城区" in out
    assert main(["place", "鼓楼区"]) == 1
    out = capsys.readouterr().out
    assert "有多个同名区县(南京市、徐州市、福州市、开封市)" in out and "河南省开封市鼓楼区" in out
    assert main(["place", "鼓楼区", "--context", "南京市"]) == 0
    assert "江苏省南京市鼓楼区\tdistrict\t320106" in capsys.readouterr().out


def test_a_document_naming_a_former_district_is_that_districts_with_a_note():
    from zhengce.reading import parse_text
    text = ("江干区科学技术局关于印发科技企业培育奖励办法的通知\n"
            "一、对新认定的高新技术企业,给予20万元奖励。\n二、对首次入库的科技型中小企业,给予1万元奖励。\n"
            "江干区科学技术局\n2018年11月13日\n")
    doc = parse_text(text, source="t.txt")[0]
    assert (doc.region, doc.level) == ("杭州市江干区", "district")
    assert any(w.code == "region_former" and "上城区" in w.message for w in doc.warnings)
    from zhengce.reading.model import warning_meaning
    assert warning_meaning("region_former") == "地区为旧称（已撤并或更名）"
    # the same text naming today's district is today's
    doc = parse_text(text.replace("江干区", "上城区"), source="t.txt")[0]
    assert doc.region == "杭州市上城区" and not any(w.code == "region_former" for w in doc.warnings)
