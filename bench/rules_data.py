"""Generated registry columns for the rules benchmarks (typed, as the batch reader produces them)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from zhengce.rules.dates import day_number
from zhengce.rules.profile import schema
from zhengce.rules.vector import ENTITIES, Columns, region_codes

DISTRICTS = ["杭州市临安区", "杭州市余杭区", "杭州市萧山区", "杭州市西湖区", "杭州市上城区", "杭州市滨江区",
             "湖州市吴兴区", "湖州市南浔区", "湖州市德清县", "湖州市长兴县", "湖州市安吉县", "宁波市鄞州区"]


def generate(n: int, seed: int = 7) -> Columns:
    rng = np.random.default_rng(seed)
    sch = schema()
    codes = region_codes()
    region = np.array([codes[d] for d in DISTRICTS], dtype=np.int32)[rng.integers(0, len(DISTRICTS), n)]
    entity = rng.choice(np.array([0, 1, 2], dtype=np.int8), n, p=[0.9, 0.07, 0.03])
    lo, hi = day_number(dt.date(2023, 1, 1)), day_number(dt.date(2025, 12, 31))
    data = {}

    def present(p):
        return rng.random(n) < p

    for code in sch.recognition_types:
        known = present(0.015)
        data[f"rec.{code}"] = (rng.integers(lo, hi, n), known)
        data[f"rec.{code}.renewal"] = (rng.random(n) < 0.3, known.copy())
    for code in sch.event_types:
        data[f"event.{code}"] = (rng.integers(lo, hi, n), present(0.02))
    for name, spec in sch.raw["financials"]["fields"].items():
        if spec["type"] == "percent":
            data[f"fin.{name}"] = (rng.integers(-2000, 5000, n), present(0.1))
        else:
            data[f"fin.{name}"] = (rng.integers(0, 5 * 10**10, n), present(0.1))  # up to 5亿元 in fen
    for name in sch.raw["counts"]["fields"]:
        data[f"count.{name}"] = (rng.integers(0, 6, n) * present(0.02), np.ones(n, dtype=bool))
    for name in ("industry", "size", "ownership", "org_kind"):
        k = len(sch.facts[name].values)
        data[name] = (rng.integers(0, k, n), present(0.8))
    for name in ("above_scale", "listed_company", "is_maker"):
        data[name] = (rng.random(n) < 0.3, present(0.7))
    person = entity == ENTITIES.index("person")
    project = entity == ENTITIES.index("project")
    data["purchase.category"] = (rng.integers(0, 7, n), person)
    data["purchase.price_yuan"] = (rng.integers(100_00, 300_000_00, n), person)
    data["purchase.energy_grade"] = (rng.integers(1, 4, n), person & present(0.8))
    data["purchase.trade_in"] = (rng.random(n) < 0.7, person)
    data["project.type"] = (rng.integers(0, len(sch.facts["project.type"].values), n), project)
    data["project.investment_yuan"] = (rng.integers(0, 10**10, n), project & present(0.7))
    data["project.premium_yuan"] = (rng.integers(0, 10**8, n), project & present(0.5))
    data = {k: (v.astype(bool) if v.dtype == bool else v.astype(np.int64), m) for k, (v, m) in data.items()}
    return Columns(n, data, entity, region)
