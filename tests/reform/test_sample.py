"""The sample registry: deterministic, valid for `zhengce batch`, distributions as documented."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from zhengce.errors import InputError
from zhengce.rules.batch import run_batch
from zhengce.rules.sample import GAOXIN, SIZE, generate, write_sample


def test_same_seed_same_registry_and_other_seed_differs():
    a, b, c = generate(2000, "杭州市临安区", 5), generate(2000, "杭州市临安区", 5), generate(2000, "杭州市临安区", 6)
    assert a.equals(b) and not a.equals(c)


def test_every_row_is_valid_for_batch(tmp_path):
    write_sample(tmp_path / "s.parquet", 5000, "湖州市", 9)
    res = run_batch(tmp_path / "s.parquet", tmp_path / "o.parquet", dt.date(2025, 6, 30))
    assert res.rows == res.evaluated == 5000 and not res.errors and res.total_fen > 0
    write_sample(tmp_path / "s.csv", 300, "杭州市临安区", 9)
    res = run_batch(tmp_path / "s.csv", tmp_path / "o2.parquet", dt.date(2025, 6, 30))
    assert res.evaluated == 300 and not res.errors


def test_a_city_is_spread_over_its_districts():
    t = generate(20000, "湖州市", 1)
    regions = set(t.column("region").to_pylist())
    assert regions == {"湖州市吴兴区", "湖州市南浔区", "湖州市德清县", "湖州市长兴县", "湖州市安吉县"}


def test_distributions_as_documented():
    n = 200_000
    t = generate(n, "杭州市临安区", 2)
    size = np.array(t.column("size").to_pylist())
    for name, p in SIZE.items():
        assert abs((size == name).mean() - p) < 0.01
    held = t.column("rec.gaoxin").is_valid().to_numpy(zero_copy_only=False)
    expected = sum(SIZE[s] * GAOXIN[s] for s in SIZE)
    assert abs(held.mean() - expected) < 0.002
    # 高企 meet the R&D intensity floor of the 认定管理办法 (≥3% of revenue at least)
    rd = t.column("fin.rd_spend_yuan").to_numpy(zero_copy_only=False)
    rev = t.column("fin.revenue_yuan").to_numpy(zero_copy_only=False)
    assert (rd[held] >= np.floor(rev[held] * 0.03)).all()


@pytest.mark.parametrize("n, region", [(0, "杭州市临安区"), (10, "火星"), (10, "")])
def test_bad_arguments(n, region):
    with pytest.raises(InputError):
        generate(n, region)
