"""Time in the rules: recognition terms, first recognition, purchases and events in the period they
fall in, financial figures by year — the same on the single and the batch path."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.errors import InputError
from zhengce.rules import evaluate, load_rulebook, parse_profile
from zhengce.rules.batch import run_batch
from zhengce.rules.conditions import Ctx, Recognized
from zhengce.rules.dates import add_years, valid_from
from zhengce.rules.profile import parse_flat_row
from zhengce.rules.result import ELIGIBLE, NEEDS_INFO, NOT_APPLICABLE
from zhengce.rules.rulebook import load_paths
from zhengce.rules.vector import Columns, evaluate_columns

D = dt.date


def statuses(profile, date):
    r = evaluate(profile, date)
    return {o.rule.id if o.item is None else f"{o.rule.id}@{o.item + 1}": o for o in r.outcomes}


def agree(profiles, date, book=None):
    """Single and vector give the same status and amount for every rule."""
    book = book or load_rulebook()
    parsed = [p if not isinstance(p, dict) else parse_profile(p) for p in profiles]
    vec = evaluate_columns(book, Columns.from_profiles(parsed), date)
    for i, p in enumerate(parsed):
        single = {o.rule.id: (o.status, o.amount_fen or 0) for o in evaluate(p, date, book).outcomes}
        for rid, (status, amount) in vec.items():
            if status[i] != NOT_APPLICABLE:
                assert single[rid] == (int(status[i]), int(amount[i])), rid


def test_term_ends_the_day_before_the_anniversary():
    assert valid_from("gaoxin", D(2025, 6, 30)) == D(2022, 7, 1)
    assert valid_from("gaoxin", D(2024, 2, 29)) == D(2021, 3, 1)
    assert add_years(D(2020, 2, 29), 3) == D(2023, 3, 1)
    assert valid_from("keji_zhongxiao_provincial", D(2025, 6, 30)) == D.min  # no term in the data


@settings(max_examples=200, deadline=None)
@given(st.dates(D(2010, 1, 1), D(2030, 12, 31)), st.dates(D(2010, 1, 1), D(2030, 12, 31)))
def test_held_means_inside_the_term(recognised, asked):
    cond = Recognized(["gaoxin"], "held")
    ctx = Ctx(D(2000, 1, 1), D(2100, 1, 1), asked)
    held = cond.check({"rec.gaoxin": recognised}, ctx).value
    assert held == (recognised <= asked < add_years(recognised, 3))


def test_a_2015_gaoxin_never_renewed_is_not_held_in_2025_on_both_paths():
    old = {"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2015-11-01"}],
           "financials": {"rd_insurance_premium_yuan": 100000}}
    renewed = {**old, "recognitions": old["recognitions"] + [{"type": "gaoxin", "date": "2024-11-01", "renewal": True}]}
    assert statuses(old, D(2025, 6, 30))["linan-2025-a05-rd-insurance"].status != ELIGIBLE
    assert statuses(renewed, D(2025, 6, 30))["linan-2025-a05-rd-insurance"].amount_fen == 5_000_000
    agree([old, renewed], D(2025, 6, 30))


def test_first_recognition_is_not_new_when_an_earlier_one_exists():
    again = {"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2019-05-01"},
                                                {"type": "gaoxin", "date": "2025-03-01"}]}
    out = statuses(again, D(2025, 6, 30))
    assert out["linan-2025-a01-gaoxin-first"].status != ELIGIBLE
    assert out["linan-2025-a01-gaoxin-renewal"].amount_fen == 10_000_000
    assert "首次认定于2019-05-01" in " ".join(out["linan-2025-a01-gaoxin-first"].reasons)
    agree([again], D(2025, 6, 30))


def test_registry_column_for_the_first_recognition(tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,rec.gaoxin,rec.gaoxin.first\n"
                   "a,临安区,2025-03-01,2019-05-01\nb,临安区,2025-03-01,\n", encoding="utf-8")
    run_batch(reg, tmp_path / "o.csv", "2025-06-30")
    ents = (tmp_path / "o.entitlements.csv").read_text(encoding="utf-8").splitlines()
    # rows as a spreadsheet shows them: the header is row 1
    assert '2,"a","linan-2025-a01-gaoxin-renewal","eligible",10000000,100000.00' in ents
    assert '3,"b","linan-2025-a01-gaoxin-first","eligible",20000000,200000.00' in ents
    assert not any('"a","linan-2025-a01-gaoxin-first"' in ln for ln in ents)


def test_purchase_counts_in_the_period_it_falls_in():
    person = {"entity": "person", "region": "湖州市吴兴区", "purchases": [
        {"category": "appliance", "price_yuan": 5000, "energy_grade": 1, "date": "2024-12-28"},
        {"category": "appliance", "price_yuan": 5000, "energy_grade": 1, "date": "2025-12-20"}]}
    jan_2025 = statuses(person, D(2025, 1, 10))
    assert jan_2025["huzhou-2025-a17-appliance-grade1@1"].status != ELIGIBLE
    jan_2026 = statuses(person, D(2026, 1, 10))
    assert jan_2026["huzhou-2025-a17-appliance-grade1@2"].amount_fen == 100_000
    assert jan_2026["huzhou-2025-a17-appliance-grade1@1"].status != ELIGIBLE
    for when in (D(2025, 1, 10), D(2026, 1, 10)):  # the vector path sees one purchase per row
        agree([{**person, "purchases": [item]} for item in person["purchases"]], when)


def test_event_in_the_period_counts_when_asked_after_it():
    firm = {"region": "临安区", "events": [{"type": "tech_transaction", "date": "2025-12-20"}]}
    out = statuses(firm, D(2026, 1, 15))
    assert out["linan-2025-a02-tech-transaction"].status == ELIGIBLE
    later = {"region": "临安区", "events": [{"type": "tech_transaction", "date": "2026-01-05"}]}
    assert statuses(later, D(2026, 1, 15))["linan-2025-a02-tech-transaction"].status != ELIGIBLE
    # rules paid on a figure, not on a dated happening, are not evaluated after the period
    dev = {"region": "临安区", "industry": "optoelectronics", "financials": {"dev_fee_yuan": {"2025": 2000000}}}
    assert statuses(dev, D(2026, 1, 15))["linan-2025-a08-dev-fee"].status not in (ELIGIBLE, NEEDS_INFO)
    agree([firm, later, dev], D(2026, 1, 15))
    # no near miss of a period that is over
    assert all("linan-2025" not in n["rule_id"] for n in evaluate(later, D(2026, 1, 15)).near_misses())


def test_financial_figures_by_year():
    base = {"region": "萧山区", "events": [{"type": "anxinbao_cooperation", "date": "2025-05-01"}]}
    flat = {**base, "financials": {"anxinbao_agreement_total_yuan": 5000000, "kechuang_insurance_premium_yuan": 100000}}
    dated = {**base, "financials": {"anxinbao_agreement_total_yuan": {"2025": 5000000, "2024": 1},
                                    "kechuang_insurance_premium_yuan": {"2025": 100000}}}
    wrong_year = {**base, "financials": {"anxinbao_agreement_total_yuan": {"2026": 5000000},
                                         "kechuang_insurance_premium_yuan": {"2026": 100000}}}
    rid = "xiaoshan-2025-anxinbao-s3-4-insurance"
    # asked inside 2025: an undated figure is 2025's
    assert statuses(flat, D(2025, 6, 30))[rid].amount_fen == 8_000_000
    # asked in 2026 about the 2025 document: undated figures are 2026's, so the 2025 figure is needed, by name
    o = statuses(flat, D(2026, 2, 28))[rid]
    assert o.status == NEEDS_INFO and "fin.anxinbao_agreement_total_yuan@2025" in o.missing
    assert "2025年度" in o.to_json()["missing"][0]["label"]
    assert statuses(dated, D(2026, 2, 28))[rid].amount_fen == 8_000_000
    assert statuses(wrong_year, D(2026, 2, 28))[rid].status == NEEDS_INFO
    agree([flat, dated, wrong_year], D(2026, 2, 28))
    agree([flat, dated, wrong_year], D(2025, 6, 30))


def test_registry_columns_by_year(tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_text("id,region,event.anxinbao_cooperation,fin.anxinbao_agreement_total_yuan@2025,"
                   "fin.kechuang_insurance_premium_yuan@2025,fin.kechuang_insurance_premium_yuan\n"
                   "a,萧山区,2025-05-01,5000000,100000,999\n"
                   "b,萧山区,2025-05-01,5000000,,100000\n"
                   "c,萧山区,2025-05-01,5000000,x,\n", encoding="utf-8")
    res = run_batch(reg, tmp_path / "o.csv", "2026-02-28")
    assert [r for r, _ in res.errors] == [4] and "fin.kechuang_insurance_premium_yuan@2025" in res.errors[0][1]
    stats = {s["rule_id"]: s for s in res.rule_stats}
    assert stats["xiaoshan-2025-anxinbao-s3-4-insurance"]["eligible"] == 1  # a; b's figure has no year
    assert stats["xiaoshan-2025-anxinbao-s3-4-insurance"]["needs_info"] == 1
    single = evaluate(parse_flat_row({"region": "萧山区", "event.anxinbao_cooperation": "2025-05-01",
                                      "fin.anxinbao_agreement_total_yuan@2025": "5000000",
                                      "fin.kechuang_insurance_premium_yuan@2025": "100000"}), "2026-02-28")
    assert single.total_fen == 8_000_000


def test_bad_year_keys_are_clear_errors():
    with pytest.raises(InputError, match="不是年份"):
        parse_profile({"region": "萧山区", "financials": {"revenue_yuan": {"last year": 1}}})
    with pytest.raises(InputError, match="不认识的字段"):
        parse_flat_row({"region": "萧山区", "fin.revenue_yuan@prior": "1"})


def test_condition_on_the_prior_year(tmp_path):
    from zhengce.rules.rulebook import POLICY_DIR
    src = POLICY_DIR / "zhejiang" / "hangzhou" / "linan" / "2025.yaml"
    text = src.read_text(encoding="utf-8").replace(
        "      - {fact: fin.dev_fee_yuan, gte: 1000000}\n",
        "      - {fact: fin.dev_fee_yuan, gte: 1000000}\n      - {fact: fin.revenue_yuan, gte: 100, year: prior}\n")
    path = tmp_path / "2025.yaml"
    path.write_text(text, encoding="utf-8")
    book = load_paths([path])
    firm = {"region": "临安区", "industry": "optoelectronics",
            "financials": {"dev_fee_yuan": 1000000, "revenue_yuan": {"2024": 500, "2025": 1}}}
    out = {o.rule.id: o for o in evaluate(firm, D(2025, 6, 30), book).outcomes}
    assert out["linan-2025-a08-dev-fee"].amount_fen == 20_000_000
    low = {**firm, "financials": {"dev_fee_yuan": 1000000, "revenue_yuan": {"2024": 50, "2025": 1000}}}
    assert {o.rule.id: o for o in evaluate(low, D(2025, 6, 30), book).outcomes}["linan-2025-a08-dev-fee"].status \
        != ELIGIBLE
    none = {**firm, "financials": {"dev_fee_yuan": 1000000, "revenue_yuan": 1000}}  # undated = 2025, not 2024
    o = {o.rule.id: o for o in evaluate(none, D(2025, 6, 30), book).outcomes}["linan-2025-a08-dev-fee"]
    assert o.status == NEEDS_INFO and o.missing == ["fin.revenue_yuan@2024"]
    agree([firm, low, none], D(2025, 6, 30), book)


YEARS = st.sampled_from(["2021", "2022", "2023", "2024", "2026"])
MONEY = st.integers(0, 10**9)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["revenue_yuan", "dev_fee_yuan", "rd_insurance_premium_yuan",
                                        "kechuang_insurance_premium_yuan", "anxinbao_funding_yuan",
                                        "anxinbao_agreement_total_yuan", "innovation_voucher_fee_yuan"]),
                       st.dictionaries(YEARS, MONEY, min_size=1, max_size=2), min_size=1, max_size=4),
       st.dates(D(2025, 1, 1), D(2025, 12, 31)))
def test_figures_of_other_years_never_count_for_a_2025_document(fin, date):
    """Only 2025's figure (or, for 上年度, 2024's) may be read by a 2025 rule: figures of other years
    change nothing; and asked in 2025, an undated figure is the same as the 2025 one."""
    base = {"region": "临安区", "industry": "optoelectronics",
            "recognitions": [{"type": "gaoxin", "date": "2024-01-10"}],
            "events": [{"type": "anxinbao_cooperation", "date": "2025-03-10"}]}
    without = {name: {y: v for y, v in by_year.items() if y not in ("2025",)} for name, by_year in fin.items()}
    plain = evaluate({**base}, date)
    other = evaluate({**base, "financials": without}, date)
    key = lambda r: [(o.rule.id, o.status, o.amount_fen) for o in r.outcomes if o.rule.document.year == 2025]
    assert key(plain) == key(other)
    as_2025 = {name: {"2025": 123456} for name in fin}
    undated = {name: 123456 for name in fin}
    assert key(evaluate({**base, "financials": as_2025}, date)) == key(evaluate({**base, "financials": undated}, date))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.fixed_dictionaries({"type": st.just("gaoxin"), "date": st.dates(D(2015, 1, 1), D(2026, 3, 31)).map(str),
                                       "renewal": st.booleans()}), min_size=1, max_size=4),
       st.dates(D(2025, 1, 1), D(2026, 3, 31)))
def test_first_and_renewed_recognition_never_both_pay(recognitions, date):
    for region in ("湖州市吴兴区", "临安区"):
        paid = {o.rule.id for o in evaluate({"region": region, "recognitions": recognitions}, date).entitlements}
        assert not ({"huzhou-2025-a02-gaoxin-first", "huzhou-2025-a02-gaoxin-renewal"} <= paid)
        assert not ({"linan-2025-a01-gaoxin-first", "linan-2025-a01-gaoxin-renewal"} <= paid)
        if len({r["date"] for r in recognitions}) > 1:  # an earlier recognition exists: never 首次
            assert "huzhou-2025-a02-gaoxin-first" not in paid and "linan-2025-a01-gaoxin-first" not in paid
