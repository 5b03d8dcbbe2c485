"""Single and batch are one semantics: generated profiles give the same status and amount to the fen."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhengce.rules import load_rulebook, parse_profile
from zhengce.rules.engine import evaluate
from zhengce.rules.result import ELIGIBLE, NOT_APPLICABLE
from zhengce.rules.vector import Columns, evaluate_columns
from zhengce.rules.profile import schema

SCH = schema()
REGIONS = ["杭州市临安区", "杭州市余杭区", "杭州市萧山区", "杭州市西湖区", "杭州市上城区", "湖州市吴兴区", "湖州市长兴县"]
DATES = st.dates(dt.date(2022, 10, 1), dt.date(2026, 3, 31))
MONEY = st.one_of(st.integers(0, 10**10), st.integers(0, 10**12).map(lambda f: f"{f // 100}.{f % 100:02d}"))


def _enum(name):
    return st.sampled_from(list(SCH.facts[name].values))


recognition = st.fixed_dictionaries({"type": st.sampled_from(list(SCH.recognition_types)), "date": DATES.map(str),
                                     "renewal": st.booleans()})
event = st.fixed_dictionaries({"type": st.sampled_from(list(SCH.event_types)), "date": DATES.map(str)})
fin_names = [n for n in SCH.raw["financials"]["fields"] if "enterprise" in SCH.raw["financials"]["fields"][n]["entities"]]


@st.composite
def enterprise(draw):
    fin = {}
    for name in draw(st.lists(st.sampled_from(fin_names), max_size=8, unique=True)):
        value = st.integers(-50, 80) if SCH.facts[f"fin.{name}"].type == "percent" else MONEY
        if draw(st.booleans()):
            fin[name] = draw(value)
        else:  # figures by year (read relative to each document's year)
            fin[name] = draw(st.dictionaries(st.sampled_from(["2022", "2023", "2024", "2025", "2026"]), value,
                                             min_size=1, max_size=3))
    p = {"entity": "enterprise", "region": draw(st.sampled_from(REGIONS)),
         "recognitions": draw(st.lists(recognition, max_size=5)), "events": draw(st.lists(event, max_size=3)),
         "financials": fin,
         "counts": draw(st.dictionaries(st.sampled_from(list(SCH.raw["counts"]["fields"])), st.integers(0, 20),
                                        max_size=3))}
    for name in ("industry", "size", "ownership", "org_kind"):
        if draw(st.booleans()):
            p[name] = draw(_enum(name))
    for name in ("above_scale", "listed_company"):
        if draw(st.booleans()):
            p[name] = draw(st.booleans())
    return p


@st.composite
def person(draw):
    item = {"category": draw(_enum("purchase.category")), "price_yuan": draw(st.one_of(st.integers(0, 300000), MONEY))}
    if draw(st.booleans()):
        item["energy_grade"] = draw(st.integers(1, 5))
    if draw(st.booleans()):
        item["trade_in"] = draw(st.booleans())
    if draw(st.booleans()):
        item["date"] = draw(DATES).isoformat()
    p = {"entity": "person", "region": draw(st.sampled_from(REGIONS)), "purchases": [item]}
    if draw(st.booleans()):
        p["is_maker"] = draw(st.booleans())
        p["financials"] = {"innovation_voucher_fee_yuan": draw(MONEY)}
    return p


@st.composite
def project(draw):
    block = {"type": draw(_enum("project.type"))}
    for name in ("investment_yuan", "premium_yuan"):
        if draw(st.booleans()):
            block[name] = draw(MONEY)
    return {"entity": "project", "region": draw(st.sampled_from(REGIONS)), "project": block}


PROFILES = st.lists(st.one_of(enterprise(), enterprise(), person(), project()), min_size=1, max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(PROFILES, DATES, st.booleans())
def test_single_and_vector_agree_to_the_fen(raw, date, drafts):
    book = load_rulebook()
    profiles = [parse_profile(p) for p in raw]
    vec = evaluate_columns(book, Columns.from_profiles(profiles), date, include_drafts=drafts)
    for i, p in enumerate(profiles):
        result = evaluate(p, date, book, include_drafts=drafts)
        single = {o.rule.id: (o.status, o.amount_fen or 0) for o in result.outcomes}
        total = 0
        for rid, (status, amount) in vec.items():
            if status[i] == NOT_APPLICABLE:
                assert rid not in single
                continue
            assert single[rid] == (int(status[i]), int(amount[i])), (rid, raw[i])
            if status[i] == ELIGIBLE:
                total += int(amount[i])
        assert total == result.total_fen


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(enterprise(), min_size=1, max_size=10), DATES)
def test_no_two_rules_of_a_best_group_both_pay(raw, date):
    book = load_rulebook()
    for p in raw:
        result = evaluate(p, date, book, include_drafts=True)
        paid = {}
        for o in result.entitlements:
            if o.rule.stacking:
                key = (o.rule.stacking, o.item)
                group = book.groups[o.rule.stacking]
                paid[key] = paid.get(key, 0) + (1 if group.mode == "best" else 0)
                if group.mode == "cap":
                    assert sum(x.amount_fen for x in result.entitlements if x.rule.stacking == o.rule.stacking
                               and x.item == o.item) <= group.cap_fen
        assert all(v <= 1 for v in paid.values())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(enterprise(), person(), project()), min_size=1, max_size=10), DATES)
def test_no_rule_pays_outside_its_period(raw, date):
    book = load_rulebook()
    for p in raw:
        for o in evaluate(p, date, book).entitlements:
            d = o.rule.document
            assert d.status == "final" and d.start <= date
            if date > d.end:  # after its period a rule pays only for what happened inside it
                assert o.rule.dated, o.rule.id


def _batch_view(out_path):
    """Per row: (total fen, {(rule, status): amount}) from a batch's profile and entitlement tables."""
    import pyarrow.parquet as pq
    totals = {r["row"]: r["total_fen"] for r in pq.read_table(out_path).to_pylist()}
    ents = {}
    ent_path = out_path.with_name(out_path.stem + ".entitlements.parquet")
    for e in pq.read_table(ent_path).to_pylist():
        ents.setdefault(e["row"], {})[e["rule_id"]] = (e["status"], e["amount_fen"])
    return totals, ents


def _single_view(result):
    from zhengce.rules.result import NAMES, NEEDS_INFO, STACKED_OUT
    listed = {o.rule.id: (NAMES[o.status], o.amount_fen or 0) for o in result.outcomes
              if o.status in (ELIGIBLE, NEEDS_INFO, STACKED_OUT)}
    return result.total_fen, listed


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                 HealthCheck.function_scoped_fixture])
@given(PROFILES, DATES, st.booleans())
def test_single_and_batch_registries_agree_to_the_fen(tmp_path_factory, raw, date, drafts):
    """The same profiles as registry rows, as text (CSV) and as typed Parquet: `zhengce batch` ≡ `zhengce check`."""
    from zhengce.rules.batch import run_batch
    from zhengce.rules.period import NoRuleInForce
    from tests.rules.registry_rows import flat_facts, write_csv, write_parquet
    book = load_rulebook()
    profiles = [parse_profile(p) for p in raw]
    rows = [{"id": f"p{i}", **flat_facts(p)} for i, p in enumerate(profiles)]
    tmp = tmp_path_factory.mktemp("reg")
    write_csv(tmp / "reg.csv", rows)
    write_parquet(tmp / "reg.parquet", rows)
    singles = [_single_view(evaluate(p, date, book, include_drafts=drafts)) for p in profiles]
    for reg in ("reg.csv", "reg.parquet"):
        out = tmp / f"out-{reg}.parquet"
        try:
            res = run_batch(tmp / reg, out, date, include_drafts=drafts, chunk_rows=7)
        except NoRuleInForce:
            assert all(total == 0 and not listed for total, listed in singles)
            continue
        assert res.bad_rows == 0, res.errors
        totals, ents = _batch_view(out)
        for i, (total, listed) in enumerate(singles):
            assert totals[i + 2] == total, (reg, raw[i])
            assert ents.get(i + 2, {}) == listed, (reg, raw[i])
