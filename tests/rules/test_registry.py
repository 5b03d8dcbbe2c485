"""Registry validation in the columns' own types: bad rows reported exactly, the rest computed."""

import datetime as dt
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from zhengce.errors import InputError
from zhengce.rules import evaluate
from zhengce.rules.batch import run_batch
from zhengce.rules.profile import parse_flat_row

DATE = "2025-06-30"


def _run(tmp_path, table, **kw):
    pq.write_table(table, tmp_path / "reg.parquet")
    res = run_batch(tmp_path / "reg.parquet", tmp_path / "out.parquet", DATE, **kw)
    return res, pq.read_table(tmp_path / "out.parquet").to_pylist()


def test_typed_parquet_bad_rows_are_reported_and_the_rest_computed(tmp_path):
    table = pa.table({
        "id": ["ok1", "neg", "huge", "cents", "ok2", "enum", "float", "date"],
        "region": ["临安区"] * 8,
        "industry": ["optoelectronics", None, None, None, None, "cars", None, None],
        "fin.dev_fee_yuan": pa.array([Decimal("3500000.00"), Decimal("-1"), Decimal("10000000000000"),
                                      Decimal("12.345"), None, None, None, None], pa.decimal128(18, 3)),
        "fin.rd_insurance_premium_yuan": pa.array([33333.33 * 0 + 33333.0, None, None, None, None, None, 0.1, None]),
        "rec.gaoxin": pa.array([dt.date(2025, 3, 1), None, None, None, dt.date(2025, 4, 1), None, None, None]),
        "count.patent_gold": pa.array([None, None, None, None, 2, None, None, None], pa.int64()),
        "event.listed": pa.array([None] * 7 + ["2025-02-30"], pa.string()),
    })
    res, profiles = _run(tmp_path, table)
    errors = dict(res.errors)
    assert res.rows == 8 and res.evaluated == 2 and res.bad_rows == 6
    assert sorted(errors) == [3, 4, 5, 7, 8, 9]  # spreadsheet rows: header is row 1
    assert errors[3] == ("fin.dev_fee_yuan: -1.000 不可用 — 不能为负数; "
                         "应为金额(元), 如 150万、1.5亿、150,000 或 1234.50 (最多2位小数), 0 至 10000亿元")
    assert errors[4].startswith("fin.dev_fee_yuan: 10000000000000.000 不可用 — 超出上限")
    assert errors[5].startswith("fin.dev_fee_yuan: 12.345 不可用 — 超过2位小数(分为最小单位)")
    assert errors[7].startswith("industry: cars 不可用 — 不是可选值; 应为以下之一: ") and "software_it" in errors[7]
    assert errors[8].startswith("fin.rd_insurance_premium_yuan: 0.1 不可用 — 浮点数") and "decimal(18,2)" in errors[8]
    assert errors[9].startswith("event.listed: 2025-02-30 不可用 — 不是有效日期; 应为日期 YYYY-MM-DD")
    assert [p["id"] for p in profiles] == ["ok1", "ok2"] and [p["row"] for p in profiles] == [2, 6]
    for p, flat in zip(profiles, [
            {"region": "临安区", "industry": "optoelectronics", "fin.dev_fee_yuan": "3500000",
             "fin.rd_insurance_premium_yuan": "33333", "rec.gaoxin": "2025-03-01"},
            {"region": "临安区", "rec.gaoxin": "2025-04-01", "count.patent_gold": "2"}]):
        single = evaluate(parse_flat_row(flat), dt.date(2025, 6, 30))
        assert p["total_fen"] == single.total_fen and p["total_yuan"] == Decimal(single.total_fen) / 100
    bad = pq.read_table(tmp_path / "out.errors.parquet").to_pylist()
    assert [(b["row"], b["error"]) for b in bad] == sorted(errors.items())


def test_whole_float_money_is_exact(tmp_path):
    table = pa.table({"region": ["临安区"], "fin.dev_fee_yuan": pa.array([1000000.0]),
                      "industry": ["optoelectronics"]})
    res, profiles = _run(tmp_path, table)
    assert res.bad_rows == 0 and profiles[0]["total_fen"] == 20_000_000  # 20 % of 1,000,000.00 元


def test_int_columns_in_yuan_and_wrong_types(tmp_path):
    table = pa.table({"region": ["临安区", "临安区", "临安区"],
                      "fin.dev_fee_yuan": pa.array([1000000, 10**13, None], pa.int64()),
                      "above_scale": pa.array([None, None, dt.date(2025, 1, 1)]),
                      "count.patent_gold": pa.array([1, 0, -1], pa.int64())})
    res, profiles = _run(tmp_path, table)
    errors = dict(res.errors)
    assert sorted(errors) == [3, 4]
    assert errors[3].startswith("fin.dev_fee_yuan: 10000000000000 不可用 — 超出上限")
    assert "above_scale: 2025-01-01 不可用 — 列类型为 date32[day]; 应为是/否" in errors[4]
    assert "count.patent_gold: -1 不可用 — 超出允许范围; 应为整数, 0 至" in errors[4]  # every bad column is named
    assert len(profiles) == 1


def test_missing_region_column_and_missing_region_value(tmp_path):
    with pytest.raises(InputError, match="缺少 region 列"):
        _run(tmp_path, pa.table({"id": ["a"], "fin.dev_fee_yuan": ["1"]}))
    res, _ = _run(tmp_path, pa.table({"region": ["临安区", None, "湖州市"]}))
    assert dict(res.errors) == {3: "region: 缺少 — 每行都需要所在区县",
                                4: "region: 所在区县「湖州市」是地级市, 请写到区县, 如 湖州市吴兴区"}


def test_text_values_follow_the_single_converter(tmp_path):
    """Spellings outside the fast path (thousands separators, 是/否, padded text) are accepted exactly
    when `zhengce check` accepts them."""
    path = tmp_path / "r.csv"
    path.write_text("region,industry,fin.dev_fee_yuan,above_scale,rec.gaoxin\n"
                    " 临安区 ,optoelectronics,\"1,000,000.5\",是,2025-03-01\n"
                    "临安区,optoelectronics,1e3,maybe,2025-3-1\n", encoding="utf-8")
    res = run_batch(path, tmp_path / "o.parquet", DATE)
    errors = dict(res.errors)
    assert list(errors) == [3]
    assert "above_scale: maybe 不可用 — 不是是/否" in errors[3]
    assert "rec.gaoxin: 2025-3-1 不可用" in errors[3]
    out = pq.read_table(tmp_path / "o.parquet").to_pylist()
    single = evaluate(parse_flat_row({"region": "临安区", "industry": "optoelectronics",
                                      "fin.dev_fee_yuan": "1000000.5", "above_scale": "是",
                                      "rec.gaoxin": "2025-03-01"}), dt.date(2025, 6, 30))
    assert out[0]["total_fen"] == single.total_fen > 0


def test_unknown_column_is_refused_before_reading(tmp_path):
    with pytest.raises(InputError, match="未知列 revenue"):
        _run(tmp_path, pa.table({"region": ["临安区"], "revenue": ["1"]}))


def test_entity_column_dictionary_encoded(tmp_path):
    """Parquet text columns are read as dictionaries: each distinct value is checked once, rows gather."""
    table = pa.table({"id": ["p", "blank", "robot", "spaces"],
                      "entity": ["person", None, "robot", "  "],
                      "region": ["湖州市吴兴区", "湖州市吴兴区", "临安区", "临安区"],
                      "purchase.category": ["furniture", None, None, None],
                      "purchase.price_yuan": ["8000", None, None, None],
                      "purchase.energy_grade": pa.array([1, None, None, None], pa.int64())})
    res, profiles = _run(tmp_path, table)
    assert dict(res.errors) == {4: "entity: robot 不可用 — 不是可选值; 应为 enterprise, person, project 之一"}
    person = evaluate(parse_flat_row({"entity": "person", "region": "湖州市吴兴区", "purchase.category": "furniture",
                                      "purchase.price_yuan": "8000", "purchase.energy_grade": "1"}),
                      dt.date(2025, 6, 30))
    assert [p["id"] for p in profiles] == ["p", "blank", "spaces"]
    assert profiles[0]["total_fen"] == person.total_fen > 0


def test_enum_columns_take_the_chinese_label_as_the_code(tmp_path):
    """A registry that writes 主营行业 as its Chinese label (光电, 软件和信息服务业, 制造业（其他） with
    full-width brackets) is read as the code the label stands for, on the fast path and in the single
    converter alike; a label of no value is still refused."""
    path = tmp_path / "r.csv"
    path.write_text("id,region,industry,fin.dev_fee_yuan\n"
                    "code,临安区,optoelectronics,1000000\n"
                    "label,临安区,光电,1000000\n"
                    "padded,临安区, 光电 ,1000000\n"
                    "software,临安区,软件和信息服务业,1000000\n"
                    "fullwidth,临安区,制造业（其他）,1000000\n"
                    "unknown,临安区,汽车,1000000\n", encoding="utf-8")
    res = run_batch(path, tmp_path / "o.parquet", DATE)
    errors = dict(res.errors)
    assert list(errors) == [7] and errors[7].startswith("industry: 汽车 不可用 — 不是可选值")
    out = {p["id"]: p["total_fen"] for p in pq.read_table(tmp_path / "o.parquet").to_pylist()}
    assert out["code"] == out["label"] == out["padded"] == 20_000_000  # 20 % of 1,000,000.00 元, as for the code
    for row_id, code in (("software", "software_it"), ("fullwidth", "manufacturing")):
        single = evaluate(parse_flat_row({"region": "临安区", "industry": code, "fin.dev_fee_yuan": "1000000"}),
                          dt.date(2025, 6, 30))
        assert out[row_id] == single.total_fen
    profile = parse_flat_row({"region": "临安区", "industry": "软件和信息服务业"})
    assert profile.facts["industry"] == "software_it"
    with pytest.raises(InputError, match="主营行业"):
        parse_flat_row({"region": "临安区", "industry": "汽车"})
