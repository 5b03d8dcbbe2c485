"""A reform on a registry of 13 enterprises, every amount computed by hand from the 临安 2025 text.

Reform: 高企首次认定 20万 → 15万; 研发险补助上限 50万 → 80万; 开发费门槛 100万 → 80万 (临安 2025, date 2025-06-30).
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from zhengce.rules.reform import apply_reform, parse_reform, simulate_registry

HEADER = ("id,region,industry,rec.gaoxin,rec.gaoxin.renewal,rec.xinchuying,rec.keji_zhongxiao_national,"
          "fin.rd_insurance_premium_yuan,fin.dev_fee_yuan")
ROWS = """\
E01,杭州市临安区,services,2025-03-01,false,,,,
E02,杭州市临安区,services,2025-03-01,true,,,,
E03,杭州市临安区,manufacturing,2023-05-01,false,,,1200000,
E04,杭州市临安区,manufacturing,,,,2024-01-01,2000000,
E05,杭州市临安区,manufacturing,2023-05-01,false,,,300000,
E06,杭州市临安区,optoelectronics,,,,,,900000
E07,杭州市临安区,composite_decoration,,,,,,12000000
E08,杭州市临安区,optoelectronics,,,,,,799999.99
E09,杭州市临安区,optoelectronics,,,,,,800000.00
E10,杭州市临安区,services,,,,,,
E11,杭州市临安区,software_it,2025-03-01,false,2025-04-01,,,
E12,杭州市余杭区,software_it,2025-03-01,false,,,,
E13,杭州市临安区,manufacturing,2023-05-01,false,,,1000000.01,
"""
# yuan, computed from the clauses: 高企 20万/10万; 研发险 50% 最高50万; 开发费 ≥100万 20% 最高200万; 新雏鹰 最高50万
BASE = {"E01": 200000, "E02": 100000, "E03": 500000, "E04": 500000, "E05": 150000, "E06": 0, "E07": 2000000,
        "E08": 0, "E09": 0, "E10": 0, "E11": 700000, "E12": 0, "E13": 500000}
REFORM = {"E01": 150000, "E02": 100000, "E03": 600000, "E04": 800000, "E05": 150000, "E06": 180000,
          "E07": 2000000, "E08": 0, "E09": 160000, "E10": 0, "E11": 650000, "E12": 0, "E13": "500000.01"}

REFORM_YAML = textwrap.dedent("""
    reform: 高企奖励下调、研发险上限提高、开发费门槛降低
    baseline: {region: 杭州市临安区, year: 2025}
    date: 2025-06-30
    changes:
      - {rule: linan-2025-a01-gaoxin-first, set: {amount_yuan: 150000}}
      - {rule: linan-2025-a05-rd-insurance, set: {cap_yuan: 800000}}
      - {rule: linan-2025-a08-dev-fee, threshold: {fact: fin.dev_fee_yuan, gte: 800000}}
""")


def fen(yuan) -> int:
    from decimal import Decimal
    return int(Decimal(str(yuan)) * 100)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    import yaml
    d = tmp_path_factory.mktemp("hand")
    reg = d / "registry.csv"
    reg.write_text(HEADER + "\n" + ROWS, encoding="utf-8")
    applied = apply_reform(parse_reform(yaml.safe_load(REFORM_YAML)))
    sim, summary = simulate_registry(reg, applied, out=d / "out.parquet")
    return sim, summary, d


def test_per_enterprise_amounts(result):
    sim, _, _ = result
    ids = [sim.id_of(i) for i in range(sim.n)]
    assert {i: int(v) for i, v in zip(ids, sim.base.total)} == {k: fen(v) for k, v in BASE.items()}
    assert {i: int(v) for i, v in zip(ids, sim.reform.total)} == {k: fen(v) for k, v in REFORM.items()}


def test_totals_and_difference_to_the_fen(result):
    _, s, _ = result
    assert s["total"]["baseline_fen"] == fen(4_650_000)
    assert s["total"]["reform_fen"] == fen("5290000.01")
    assert s["total"]["diff_fen"] == 64_000_001  # 640000.01 yuan
    # 新雏鹰 (最高50万) and 研发险 (不超过50%) state maxima: E11's 50万 + 研发险 165万 / 205万0.01
    assert s["total"]["baseline_at_most_fen"] == fen(500000 + 1650000)
    assert s["total"]["reform_at_most_fen"] == fen("2550000.01")


def test_gainers_and_losers(result):
    _, s, _ = result
    m = s["movers"]
    assert m["gain"] == {"count": 5, "diff_fen": fen("740000.01")}  # E03 E04 E06 E09 E13
    assert m["lose"] == {"count": 2, "diff_fen": -fen(100000)}  # E01 E11
    assert m["unchanged"]["count"] == 6
    assert [x["id"] for x in m["largest_gains"]] == ["E04", "E06", "E09", "E03", "E13"]
    assert [x["id"] for x in m["largest_losses"]] == ["E01", "E11"]  # tie: earlier row first
    assert m["largest_gains"][-1]["diff_fen"] == 1  # half-up of 500000.005 → 500000.01, no longer capped at 50万


def test_per_rule_and_section(result):
    _, s, _ = result
    rules = {r["rule_id"]: r for r in s["by_rule"]}
    assert rules["linan-2025-a01-gaoxin-first"]["baseline_fen"] == fen(400000)  # E01, E11
    assert rules["linan-2025-a01-gaoxin-first"]["reform_fen"] == fen(300000)
    assert rules["linan-2025-a05-rd-insurance"]["reform_fen"] == fen("2050000.01")  # 60万+80万+15万+50万0.01
    assert rules["linan-2025-a08-dev-fee"]["reform_count"] == 3 and rules["linan-2025-a08-dev-fee"]["baseline_count"] == 1
    assert rules["linan-2025-a08-dev-fee"]["status"] == "changed"
    sections = {g["group"]: g for g in s["by_section"]}
    manu = sections["杭州市临安区2025 二、加快先进制造业发展"]
    assert (manu["baseline_fen"], manu["reform_fen"]) == (fen(2_000_000), fen(2_340_000))


def test_per_region_industry_size(result):
    _, s, _ = result
    regions = {g["group"]: g for g in s["by_region"]}
    assert regions["杭州市余杭区"]["baseline_fen"] == 0 and regions["杭州市余杭区"]["rows"] == 1
    assert regions["杭州市临安区"]["reform_fen"] == fen("5290000.01")
    ind = {g["group"]: g for g in s["by_industry"]}
    assert ind["光电"]["diff_fen"] == fen(340000)
    assert {g["group"] for g in s["by_size"]} == {"未填"}


def test_outputs_written(result):
    import pyarrow.parquet as pq
    _, _, d = result
    t = pq.read_table(d / "out.parquet").to_pydict()
    assert t["diff_fen"][t["id"].index("E13")] == 1
    assert str(t["reform_yuan"][t["id"].index("E13")]) == "500000.01"
    rules = pq.read_table(d / "out.rules.parquet").to_pydict()
    assert "linan-2025-a01-gaoxin-first" in rules["rule_id"]
    assert (d / "out.budgets.parquet").exists()


def test_budget_of_touched_sections(result):
    _, s, _ = result
    doc = s["budgets"][0]
    first = next(x for x in doc["sections"] if x["name"].startswith("一、"))
    assert first["budget_fen"] == 590_000_000 * 100
    assert first["quote"] == "區財政2025 年預算安排資金5.9 億元"
    assert first["covered"] is True and first["shortfall_fen"] == 0
    assert first["reform_fen"] == fen(300000 + 100000 + 500000) + fen("2050000.01")  # 高企 + 新雏鹰 + 研发险
