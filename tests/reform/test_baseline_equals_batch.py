"""An empty reform is the baseline, and the baseline is `zhengce batch`, to the fen, on generated registries."""

from __future__ import annotations

import csv
import datetime as dt

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhengce.rules.batch import run_batch
from zhengce.rules.reform import apply_reform, parse_reform, simulate_registry

REGIONS = ["杭州市临安区", "杭州市余杭区", "杭州市西湖区", "湖州市吴兴区", "湖州市德清县", "杭州市萧山区"]
DATES = ["", "2023-01-01", "2023-06-30", "2024-12-31", "2025-01-01", "2025-03-01", "2025-12-31"]
MONEY = ["", "0", "0.01", "999999.99", "1000000", "1000000.01", "300000", "12000000", "800000", "50000"]
INDUSTRIES = ["", "optoelectronics", "composite_decoration", "software_it", "manufacturing", "hr_service"]


def enterprise():
    return st.fixed_dictionaries({
        "entity": st.just("enterprise"), "region": st.sampled_from(REGIONS), "industry": st.sampled_from(INDUSTRIES),
        "rec.gaoxin": st.sampled_from(DATES), "rec.gaoxin.renewal": st.sampled_from(["", "true", "false"]),
        "rec.xinchuying": st.sampled_from(DATES), "rec.keji_zhongxiao_national": st.sampled_from(DATES),
        "rec.provincial_key_lab": st.sampled_from(DATES), "rec.incubator_provincial": st.sampled_from(DATES),
        "fin.rd_insurance_premium_yuan": st.sampled_from(MONEY), "fin.dev_fee_yuan": st.sampled_from(MONEY),
        "fin.innovation_voucher_fee_yuan": st.sampled_from(MONEY),
        "fin.export_credit_premium_yuan": st.sampled_from(MONEY), "event.tech_transaction": st.sampled_from(DATES),
        "count.patent_excellent": st.sampled_from(["", "0", "1", "3"]),
        "count.cultivated_gaoxin_first": st.sampled_from(["", "0", "2"]),
    })


def person():
    return st.fixed_dictionaries({
        "entity": st.just("person"), "region": st.sampled_from(REGIONS),
        "purchase.category": st.sampled_from(["nev", "fuel_car", "appliance", "furniture", "phone"]),
        "purchase.price_yuan": st.sampled_from(["100", "5999.99", "6000", "13333.33", "200000"]),
        "purchase.energy_grade": st.sampled_from(["", "1", "2", "3"]),
        "purchase.trade_in": st.sampled_from(["true", "false"]),
    })


def _write(path, rows):
    header = sorted({k for r in rows for k in r})
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id"] + header)
        for i, r in enumerate(rows):
            w.writerow([f"R{i}"] + [r.get(h, "") for h in header])


EMPTY = apply_reform(parse_reform({"reform": "空改革", "baseline": "shipped", "changes": []}))


def _batch(registry, out, date, **kw):
    """`zhengce batch`; on a date where no rule can be evaluated it refuses (exit 3) and the simulation
    must pay nothing either."""
    from zhengce.rules.period import NoRuleInForce
    try:
        return run_batch(registry, out, date, **kw)
    except NoRuleInForce:
        return None


def _same_as_batch(registry, out_dir, date):
    res = _batch(registry, out_dir / "batch.parquet", date)
    if res is None:
        sim, summary = simulate_registry(registry, EMPTY, date)
        assert summary["total"]["baseline_fen"] == summary["total"]["reform_fen"] == 0
        return
    batch = pq.read_table(out_dir / "batch.parquet").to_pydict()
    sim, summary = simulate_registry(registry, EMPTY, date)
    assert [int(x) for x in sim.base.total] == batch["total_fen"]
    assert [int(x) for x in sim.reform.total] == batch["total_fen"]
    assert summary["total"]["baseline_fen"] == summary["total"]["reform_fen"] == res.total_fen
    stats = {s["rule_id"]: (s["eligible"], s["total_fen"]) for s in res.rule_stats}
    for r in summary["by_rule"]:
        assert (r["baseline_count"], r["baseline_fen"]) == stats[r["rule_id"]]
        assert r["diff_fen"] == 0
    assert summary["movers"]["unchanged"]["count"] == sim.n


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(enterprise(), enterprise(), person()), min_size=1, max_size=40),
       st.sampled_from([dt.date(2025, 6, 30), dt.date(2025, 12, 31), dt.date(2023, 6, 30), dt.date(2024, 3, 1)]))
def test_empty_reform_equals_batch(tmp_path, rows, date):
    _write(tmp_path / "reg.csv", rows)
    _same_as_batch(tmp_path / "reg.csv", tmp_path, date)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10**6), st.sampled_from(["杭州市临安区", "湖州市", "杭州市余杭区"]))
def test_empty_reform_equals_batch_on_sample_registries(tmp_path, seed, region):
    from zhengce.rules.sample import write_sample
    write_sample(tmp_path / "s.parquet", 3000, region, seed)
    _same_as_batch(tmp_path / "s.parquet", tmp_path, dt.date(2025, 6, 30))


CHANGED = apply_reform(parse_reform({"reform": "多项修改", "baseline": "shipped", "changes": [
    {"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": 150000}},
    {"rule": "linan-2025-a05-rd-insurance", "set": {"cap_yuan": 800000, "rate": "0.6"}},
    {"rule": "linan-2025-a08-dev-fee", "threshold": {"fact": "fin.dev_fee_yuan", "gte": 800000}},
    {"remove": "linan-2025-a01-xinchuying"},
    {"group": "linan-2025-gaoxin", "set": {"mode": "cap", "cap_yuan": 250000}},
    {"document": "zhejiang/huzhou/2025", "period": ["2025-07-01", "2026-06-30"]},
]}))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(enterprise(), person()), min_size=1, max_size=40),
       st.sampled_from([dt.date(2025, 6, 30), dt.date(2025, 12, 31), dt.date(2026, 3, 1)]))
def test_reform_side_equals_batch_on_the_reformed_rules(tmp_path, rows, date):
    """Units shared between the two rulebooks are evaluated once; the reform side must still be a full batch."""
    _write(tmp_path / "reg.csv", rows)
    b = _batch(tmp_path / "reg.csv", tmp_path / "b.parquet", date, rulebook=CHANGED.reformed)
    a = _batch(tmp_path / "reg.csv", tmp_path / "a.parquet", date, rulebook=CHANGED.baseline)
    sim, _ = simulate_registry(tmp_path / "reg.csv", CHANGED, date)
    if a is None or b is None:
        assert not any(int(x) for x in sim.reform.total) and not any(int(x) for x in sim.base.total)
        return
    assert [int(x) for x in sim.reform.total] == pq.read_table(tmp_path / "b.parquet").column("total_fen").to_pylist()
    assert [int(x) for x in sim.base.total] == pq.read_table(tmp_path / "a.parquet").column("total_fen").to_pylist()
