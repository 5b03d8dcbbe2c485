"""A realistic sample registry of enterprises for a place, for simulations and demos (docs/reforms.md).

Every rate below is a documented assumption (docs/reforms.md, "Sample registry") anchored where
possible on public figures; none is read from the corpus. Columns are the flat profile fact names
`zhengce batch` reads, so the output runs through `zhengce batch` and `zhengce simulate` unchanged.
Money is whole yuan (int64), dates are dates: no float anywhere.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa

from zhengce import outfiles
from zhengce.errors import InputError

# industry mix of registered enterprises (assumption; the three named local industries of 临安 —
# 电线电缆, 复合装饰材料, 光电 — are given a visible share so that their rules are exercised)
INDUSTRY = {"services": 0.34, "manufacturing": 0.27, "other": 0.09, "software_it": 0.06, "agriculture": 0.05,
            "culture": 0.04, "biomedicine_health": 0.03, "composite_decoration": 0.03, "optoelectronics": 0.02,
            "auto_parts": 0.02, "communication_equipment": 0.01, "finance": 0.01, "hr_service": 0.01,
            "intelligent_connected_vehicle": 0.005, "ic_design": 0.002, "ic_manufacturing": 0.002,
            "ic_packaging": 0.001}
# enterprise size (micro dominates: the 2018 economic census counts 小微企业 as the great majority of
# enterprise legal units; the split below is an assumption of that order)
SIZE = {"micro": 0.82, "small": 0.14, "medium": 0.035, "large": 0.005}
# median annual revenue per size in yuan (assumption), log-normal spread
REVENUE_MEDIAN = {"micro": 1_000_000, "small": 15_000_000, "medium": 120_000_000, "large": 1_200_000_000}
ABOVE_SCALE = {"micro": 0.01, "small": 0.35, "medium": 0.9, "large": 1.0}  # 规上: 年主营业务收入2000万元及以上工业
# 高新技术企业 held, by size (national ≈ 46万 高企 among tens of millions of enterprises ≈ 1%; higher for
# larger firms: assumption)
GAOXIN = {"micro": 0.008, "small": 0.07, "medium": 0.2, "large": 0.3}
KEJI_ZHONGXIAO = {"micro": 0.02, "small": 0.08, "medium": 0.12, "large": 0.0}  # 科技型中小企业 (SMEs only)
# other recognitions: share of all enterprises (assumptions; rare titles)
RARE = {"xinchuying": 0.004, "provincial_key_lab": 0.0004, "postdoc_station_provincial": 0.0003,
        "postdoc_station_national": 0.00005, "postdoc_independent_recruitment": 0.0001, "leading_team_city": 0.0002,
        "history_classic_studio": 0.0001, "industrial_internet_platform_provincial": 0.0001,
        "hq_enterprise_starred": 0.0003, "key_software_enterprise": 0.0001, "incubator_national": 0.00005,
        "incubator_provincial": 0.0002, "maker_space_provincial": 0.0003, "new_rd_institution_4star": 0.0001,
        "new_rd_institution_5star": 0.00005, "tech_innovation_center": 0.00005, "award_provincial_sci_first": 0.00005,
        "award_provincial_sci_second": 0.0001, "award_provincial_sci_third": 0.0002,
        "hr_service_agency_qualified": 0.0003}
ONLY_IN = {"key_software_enterprise": "software_it", "hr_service_agency_qualified": "hr_service"}
NEW_SHARE, RENEWAL_SHARE = 0.15, 0.2  # of holders: first recognised this year / renewed this year (3-year titles)
RD_INSURANCE = 0.06  # of recognised tech enterprises buying 研发类科技保险 (assumption)
TECH_TRANSACTION = 0.03  # of recognised tech enterprises with a registered 技术交易 this year (assumption)
VOUCHER = 0.1  # of recognised tech SMEs using 创新券 this year (assumption)
EXPORT_INSURED = 0.12  # of manufacturers with 短期出口信用保险 (assumption)
PATENT_AWARD = 0.0005  # of recognised tech enterprises winning a 中国专利优秀奖 this year (assumption)
DEV_FEE = 0.1  # of 复合装饰材料/光电 enterprises developing 版辊/模具 this year (assumption)


def _choice(rng, table: dict, n: int) -> tuple[np.ndarray, list[str]]:
    names = list(table)
    p = np.array([table[k] for k in names], dtype=float)
    return rng.choice(len(names), n, p=p / p.sum()), names


def _lognormal(rng, median, sigma, n) -> np.ndarray:
    return np.maximum(np.rint(median * np.exp(rng.normal(0.0, sigma, n))), 0).astype(np.int64)


def generate(n: int, region: str, seed: int = 7, year: int = 2025) -> pa.Table:
    from zhengce.rules import regions
    from zhengce.rules.profile import schema
    if not 1 <= n <= 50_000_000:
        raise InputError(f"--n 应在 1 至 50000000 之间, 得到 {n}")
    if not 1900 <= year <= 2200:  # dates are drawn years around it: keep them inside the calendar
        raise InputError(f"--year 应在 1900 至 2200 之间, 得到 {year}")
    if seed < 0:
        raise InputError(f"--seed 应为非负整数, 得到 {seed}")
    try:
        districts = sorted(regions.covered(region))
    except InputError:
        raise InputError(f"--region「{region}」不是已知的地区; 写区县或城市全称, 如 杭州市临安区、湖州市") from None
    if not districts:
        raise InputError(f"--region「{region}」下没有区县")
    rng = np.random.default_rng(seed)
    sch = schema()
    ind, ind_names = _choice(rng, INDUSTRY, n)
    size, size_names = _choice(rng, SIZE, n)
    size_name = np.array(size_names)[size]

    def by_size(table):
        return np.array([table[s] for s in size_names])[size]

    revenue = _lognormal(rng, by_size(REVENUE_MEDIAN), 0.9, n)
    manufacturing = np.isin(np.array(ind_names)[ind], ["manufacturing", "composite_decoration", "optoelectronics",
                                                       "auto_parts", "communication_equipment", "ic_manufacturing",
                                                       "ic_packaging", "biomedicine_health"])
    above = rng.random(n) < np.where(manufacturing, by_size(ABOVE_SCALE), by_size(ABOVE_SCALE) * 0.5)
    start = dt.date(year, 1, 1)
    day0 = (start - dt.date(1970, 1, 1)).days

    def dated(held: np.ndarray):
        """(date days, renewal flag): held titles are new this year, renewed this year, or older."""
        u = rng.random(n)
        new, renewal = held & (u < NEW_SHARE), held & (u >= NEW_SHARE) & (u < NEW_SHARE + RENEWAL_SHARE)
        this_year = day0 + rng.integers(0, 300, n)
        earlier = day0 - rng.integers(1, 3 * 365, n)
        return np.where(new | renewal, this_year, earlier), renewal

    cols: dict[str, pa.Array] = {
        "id": pa.array([f"E{i:08d}" for i in range(1, n + 1)]),
        "region": pa.DictionaryArray.from_arrays(pa.array(rng.integers(0, len(districts), n).astype(np.int32)),
                                                 pa.array(districts)),
        "entity": pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, dtype=np.int32)), pa.array(["enterprise"])),
        "industry": pa.DictionaryArray.from_arrays(pa.array(ind.astype(np.int32)), pa.array(ind_names)),
        "size": pa.DictionaryArray.from_arrays(pa.array(size.astype(np.int32)), pa.array(size_names)),
        "above_scale": pa.array(above),
        "fin.revenue_yuan": pa.array(revenue),
    }
    gaoxin = rng.random(n) < by_size(GAOXIN)
    days, renewal = dated(gaoxin)
    cols["rec.gaoxin"] = pa.array(days.astype(np.int32), pa.int32(), mask=~gaoxin).cast(pa.date32())
    cols["rec.gaoxin.renewal"] = pa.array(renewal, mask=~gaoxin)
    kzx = (rng.random(n) < by_size(KEJI_ZHONGXIAO)) & (size_name != "large")
    days, _ = dated(kzx)
    cols["rec.keji_zhongxiao_national"] = pa.array(days.astype(np.int32), pa.int32(), mask=~kzx).cast(pa.date32())
    tech = gaoxin | kzx
    for code, p in RARE.items():
        if code not in sch.recognition_types:
            continue
        held = rng.random(n) < (p * (8 if code == "xinchuying" else 1) * np.where(tech, 3, 0.5) / 4)
        if code in ONLY_IN:
            held = (rng.random(n) < p * 100) & (np.array(ind_names)[ind] == ONLY_IN[code])
        days, renewal = dated(held)
        cols[f"rec.{code}"] = pa.array(days.astype(np.int32), pa.int32(), mask=~held).cast(pa.date32())
        tech |= held if code == "xinchuying" else False
    # R&D: 高企 meet the recognition's intensity floor (≥5% / 4% / 3% of revenue by revenue band, 高新技术企业
    # 认定管理办法 第十一条); others do some R&D with a 15% chance (assumption)
    floor = np.where(revenue < 50_000_000, 0.05, np.where(revenue <= 200_000_000, 0.04, 0.03))
    does_rd = gaoxin | (rng.random(n) < 0.15)
    intensity = np.where(gaoxin, floor + rng.random(n) * 0.03, rng.random(n) * 0.04)
    cols["fin.rd_spend_yuan"] = pa.array(np.rint(revenue * intensity).astype(np.int64), mask=~does_rd)
    insured = tech & (rng.random(n) < RD_INSURANCE)
    cols["fin.rd_insurance_premium_yuan"] = pa.array(_lognormal(rng, 30_000, 1.3, n), mask=~insured)
    dev = np.isin(np.array(ind_names)[ind], ["composite_decoration", "optoelectronics"]) & (rng.random(n) < DEV_FEE)
    cols["fin.dev_fee_yuan"] = pa.array(_lognormal(rng, 800_000, 0.8, n), mask=~dev)
    voucher = tech & (size_name != "large") & (rng.random(n) < VOUCHER)
    cols["fin.innovation_voucher_fee_yuan"] = pa.array(_lognormal(rng, 50_000, 0.8, n), mask=~voucher)
    exporter = manufacturing & (rng.random(n) < EXPORT_INSURED)
    cols["fin.export_credit_premium_yuan"] = pa.array(_lognormal(rng, 20_000, 1.0, n), mask=~exporter)
    cols["count.patent_excellent"] = pa.array((tech & (rng.random(n) < PATENT_AWARD)).astype(np.int64))
    incubator = np.zeros(n, dtype=bool)
    for code in ("incubator_national", "incubator_provincial", "maker_space_provincial"):
        if f"rec.{code}" in cols:
            incubator |= cols[f"rec.{code}"].is_valid().to_numpy(zero_copy_only=False)
    cols["count.cultivated_gaoxin_first"] = pa.array(np.where(incubator, rng.integers(0, 6, n), 0).astype(np.int64))
    cols["count.cultivated_kzx_national_first"] = pa.array(np.where(incubator, rng.integers(0, 10, n), 0).astype(np.int64))
    trade = tech & (rng.random(n) < TECH_TRANSACTION)
    cols["event.tech_transaction"] = pa.array((day0 + rng.integers(0, 300, n)).astype(np.int32), pa.int32(),
                                              mask=~trade).cast(pa.date32())
    return pa.table(cols)


def write_sample(out: str | Path, n: int, region: str, seed: int = 7, year: int = 2025) -> Path:
    out = Path(out)
    table = generate(n, region, seed, year)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise InputError(f"--out {out}: 只支持 .parquet 或 .csv")
    with outfiles.replacing(out) as tmp:  # a failed write leaves an earlier sample as it was
        if suffix == ".parquet":
            import pyarrow.parquet as pq
            pq.write_table(table, tmp)
        else:
            import pyarrow.csv as pcsv
            pcsv.write_csv(pa.table([c.cast(pa.string()) if pa.types.is_dictionary(c.type) else c
                                     for c in table.columns], names=table.column_names), tmp)
    return out
