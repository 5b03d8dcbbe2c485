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
    assert "unknown field 'revenue'" in msg and "financials" in msg


def test_invalid_enum_names_allowed_values():
    msg = err({"region": "临安区", "industry": "car"})
    assert msg.startswith("industry:") and "software_it" in msg


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
    assert "recognitions[0].type" in err({"region": "临安区", "recognitions": [{"type": "gaoxinqiye", "date": "2025-01-01"}]})
    assert "recognitions[0].date" in err({"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2025-02-30"}]})
    assert "recognitions[0].date: missing" in err({"region": "临安区", "recognitions": [{"type": "gaoxin"}]})


def test_entity_specific_fields():
    assert "purchases" in err({"region": "临安区", "purchases": []})
    assert "energy_grade" in err({"entity": "person", "region": "临安区", "purchases": [{"energy_grade": 7}]})
    assert "is_maker" in err({"region": "临安区", "is_maker": True})


def test_json_schema_is_complete_and_serialisable():
    schema = profile_schema()
    text = json.dumps(schema, ensure_ascii=False)
    assert "高新技术企业" in text and "x-unit" in text
    props = schema["properties"]
    assert {"recognitions", "events", "financials", "counts", "purchases", "project"} <= set(props)
    assert props["financials"]["properties"]["revenue_yuan"]["x-unit"] == "元"
