"""Profiles: validation errors name the field and what is allowed; money is exact; JSON Schema export."""

import json

import pytest

from zhengce.errors import InputError
from zhengce.rules import parse_profile, profile_schema


def err(data) -> str:
    with pytest.raises(InputError) as exc:
        parse_profile(data)
    return str(exc.value)


def test_unknown_top_level_field():
    msg = err({"region": "临安区", "revenue": 1})
    assert "不认识的字段 'revenue'" in msg and "financials" in msg


def test_invalid_enum_names_allowed_values():
    msg = err({"region": "临安区", "industry": "car"})
    assert msg.startswith("主营行业：") and "software_it" in msg


def test_float_money_refused_and_decimals_exact():
    assert "浮点数无法精确表示金额" in err({"region": "临安区", "financials": {"revenue_yuan": 1.5}})
    assert "超过2位小数" in err({"region": "临安区", "financials": {"revenue_yuan": "1.234"}})
    p = parse_profile({"region": "临安区", "financials": {"revenue_yuan": "1234.56"}})
    assert p.facts["fin.revenue_yuan"] == 123456


def test_money_as_people_write_it():
    for text, fen in (("150万", 150_000_000), ("1.5亿", 15_000_000_000), ("150,000", 15_000_000),
                      ("150,000元", 15_000_000), ("１５０万", 150_000_000)):
        p = parse_profile({"region": "临安区", "financials": {"revenue_yuan": text}})
        assert p.facts["fin.revenue_yuan"] == fen, text
    msg = err({"region": "临安区", "financials": {"revenue_yuan": "abc"}})
    assert "金额「abc」无法识别：请写成 150万、1.5亿 或 150000 这样的数字" in msg and "营业收入" in msg


def test_region_must_be_a_district():
    assert "「杭州市」是地级市, 请写到区县" in err({"region": "杭州市"})
    assert "「火星区」不是已知的区县" in err({"region": "火星区"})
    assert parse_profile({"region": "浙江省湖州市吴兴区"}).region == "湖州市吴兴区"


def test_recognition_errors():
    assert "第1项认定的类型" in err({"region": "临安区", "recognitions": [{"type": "gaoxinqiye", "date": "2025-01-01"}]})
    assert "第1项认定的日期" in err({"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2025-02-30"}]})
    assert "第1项认定缺少日期" in err({"region": "临安区", "recognitions": [{"type": "gaoxin"}]})


def test_entity_specific_fields():
    assert "购买记录只适用于个人或家庭" in err({"region": "临安区", "purchases": []})
    assert "第1项购买的能效(水效)等级" in err({"entity": "person", "region": "临安区", "purchases": [{"energy_grade": 7}]})
    assert "创客(或创客团队成员)：企业或单位不填此项" in err({"region": "临安区", "is_maker": True})


def test_json_schema_is_complete_and_serialisable():
    schema = profile_schema()
    text = json.dumps(schema, ensure_ascii=False)
    assert "高新技术企业" in text and "x-unit" in text
    props = schema["properties"]
    assert {"recognitions", "events", "financials", "counts", "purchases", "project"} <= set(props)
    assert props["financials"]["properties"]["revenue_yuan"]["x-unit"] == "元"


def test_recognition_types_as_people_write_them():
    """A recognition may be given by its code or its Chinese label (simplified or traditional);
    an unknown one names the closest labels, not the whole list."""
    import pytest as _pytest

    from zhengce.errors import InputError as _InputError
    from zhengce.rules.profile import parse_profile as _load
    base = {"region": "杭州市余杭区"}
    by_code = _load({**base, "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}]})
    by_label = _load({**base, "recognitions": [{"type": "高新技术企业", "date": "2025-03-01"}]})
    by_trad = _load({**base, "recognitions": [{"type": "高新技術企業", "date": "2025-03-01"}]})
    assert by_code.facts == by_label.facts == by_trad.facts
    with _pytest.raises(_InputError) as err:
        _load({**base, "recognitions": [{"type": "高新企业认定", "date": "2025-03-01"}]})
    assert "高新技术企业（gaoxin）" in err.value.message and len(err.value.message) < 400
