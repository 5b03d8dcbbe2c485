from decimal import Decimal
from fractions import Fraction

import pytest
import yaml

from zhengce.paths import CORPUS_DIR
from zhengce.programs.anxinbao import parameters
from zhengce.programs.anxinbao.errors import InvalidInput
from zhengce.programs.anxinbao.money import fen_times, parse_yuan, yuan


@pytest.mark.parametrize("text,fen", [("300万", 300_000_000), ("1亿", 10_000_000_000), ("3000000", 300_000_000),
                                      ("1234.56", 123456), ("1,234.5元", 123450), (Decimal("0.01"), 1),
                                      (7, 700), ("50萬", 50_000_000), ("0.5万", 500_000), ("-5万", -5_000_000)])
def test_parse_yuan_exact(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("bad,code", [("0.001", "fractional_fen"), ("1.234万元x", "invalid_amount"),
                                      (1.5, "invalid_amount"), (True, "invalid_amount"), ("abc", "invalid_amount"),
                                      ("0.0000001万", "fractional_fen")])
def test_parse_yuan_refuses(bad, code):
    with pytest.raises(InvalidInput) as err:
        parse_yuan(bad)
    assert err.value.code == code


def test_yuan_and_shares():
    assert yuan(123456) == "1234.56" and yuan(-5) == "-0.05" and yuan(0) == "0.00"
    assert fen_times(101, Fraction(3, 10)) == 30  # 30.3 fen rounds down


def test_parameters_carry_exact_quotes_from_the_corpus():
    doc = parameters.load_document()
    text = (CORPUS_DIR / doc["source"]["file"]).read_text(encoding="utf-8")
    first_doc = "\n".join(text.splitlines()[:24])  # the first document of the digest
    entries = {**doc["parameters"], **doc["choices"], "source": doc["source"]}
    for name, entry in entries.items():
        quote = entry["citation"]["quote"]
        assert quote in first_doc, f"{name}: quote not found verbatim: {quote!r}"
        assert entry["citation"]["section"].split("、")[1] in first_doc


def test_parameter_values_match_the_rules():
    p = parameters.load()
    assert p.min_contract_total == 300_000_000
    assert p.first_deposit_min_ratio == Fraction(1, 10) == p.next_deposit_min_ratio
    assert p.milestone_max_months == 12
    assert (p.premium_subsidy_rate, p.premium_subsidy_cap) == (Fraction(4, 5), 50_000_000)
    assert (p.funding_subsidy_rate, p.funding_subsidy_cap_per_enterprise_year) == (Fraction(3, 10), 300_000_000)
    assert p.pool_initial == 10_000_000_000


def test_overrides_are_checked():
    assert parameters.load({"pool_initial": "300万"}).pool_initial == 300_000_000
    with pytest.raises(InvalidInput):
        parameters.load({"no_such": 1})
    with pytest.raises(InvalidInput):
        parameters.load({"release_repays_pool_advance": "yes"})


def test_gold_facts_agree(shared_dir):
    import json

    gold = json.loads((shared_dir / "gold" / "004_c74db4dc4724db3b.json").read_text())["documents"][0]["program_facts"]
    p = parameters.load()
    assert p.min_contract_total == gold["min_total_contract_value_yuan"]["value"] * 100
    assert p.pool_initial == gold["risk_pool_initial_size_yuan"]["value"] * 100
    assert p.premium_subsidy_cap == gold["premium_subsidy_cap_yuan"]["value"] * 100
    assert p.funding_subsidy_cap_per_enterprise_year == gold["funding_subsidy_cap_yuan_per_enterprise_per_year"]["value"] * 100
    assert p.milestone_max_months == 12 * gold["max_milestone_period_years"]["value"]
    assert yaml.safe_load("x: 1")  # yaml available
