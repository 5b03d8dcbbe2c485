"""The grammar of policy clauses the drafter reads (docs/rules.md, "Drafting rules from a new
document"): thresholds and ranges, bands, clauses that continue the one before, occasions and
levels of a 称号, stages, grades, shares. Each case is a short invented document; what matters is
what the drafted rules pay (pending) for a profile."""
from __future__ import annotations

import pytest

from zhengce.rules import evaluate
from zhengce.rules.conditions import Ctx, parse_condition
from zhengce.rules.draft import draft_source
from zhengce.rules.rulebook import load_rule_files

HEAD = "杭州市拱墅区人民政府关于推动经济高质量发展的若干政策\n各街道办事处:\n"
TAIL = "\n本政策自2025年1月1日起施行,有效期至2025年12月31日。\n杭州市拱墅区人民政府\n2025年2月1日\n"


def pays(tmp_path, body: str, profile: dict, date: str = "2025-06-30") -> int:
    src = tmp_path / "doc.txt"
    src.write_text(HEAD + body + TAIL, encoding="utf-8")
    written = draft_source(str(src), str(tmp_path / "out") + "/")
    book = load_rule_files([w.path for w in written if w.path is not None])
    p = {"schema": "zhengce.profile/1", "entity": "enterprise", "id": "x", "region": "杭州市拱墅区", **profile}
    return evaluate(p, date, rulebook=book).pending_total_fen // 100


def rec(t, date="2025-03-01", **kw):
    return {"type": t, "date": date, **kw}


RANGE = ("一、对软件企业全年营收首次达到2000万元(含)至5000万元(不含)的,一次性奖励30万元;"
         "达到5000万元(含)及以上的,一次性奖励50万元。")
BANDS = ("一、对当年工业项目完成投资额在5000万元及以上1亿元以下、1亿元及以上3亿元以下、3亿元及以上的,"
         "分别给予一次性奖励2万元、4万元、6万元。")
OPEN_BANDS = "一、对年度纳税额1000万元以上、3000万元以上、5000万元以上的工业企业,分别给予10万元、20万元、30万元奖励。"
RISING = "一、对年度研发投入超过1000万元的企业,按研发投入的5%给予补助,最高不超过200万元;研发投入超过5000万元的,按8%给予补助,最高不超过500万元。"


@pytest.mark.parametrize("body,profile,want", [
    (RANGE, {"industry": "software_it", "financials": {"revenue_yuan": "30000000", "revenue_prior_max_yuan": "15000000"}}, 300000),
    (RANGE, {"industry": "software_it", "financials": {"revenue_yuan": "60000000", "revenue_prior_max_yuan": "40000000"}}, 500000),
    (RANGE, {"industry": "software_it", "financials": {"revenue_yuan": "30000000", "revenue_prior_max_yuan": "25000000"}}, 0),
    (BANDS, {"financials": {"fixed_asset_investment_yuan": "100000000"}}, 40000),
    (BANDS, {"financials": {"fixed_asset_investment_yuan": "99999999"}}, 20000),
    (OPEN_BANDS, {"financials": {"tax_contribution_yuan": "60000000"}}, 300000),
    (OPEN_BANDS, {"financials": {"tax_contribution_yuan": "30000000"}}, 200000),
    (RISING, {"financials": {"rd_spend_yuan": "60000000"}}, 4800000),
    (RISING, {"financials": {"rd_spend_yuan": "20000000"}}, 1000000),
])
def test_thresholds_ranges_and_bands(tmp_path, body, profile, want):
    assert pays(tmp_path, body, profile) == want


OCCASIONS = "一、对首次认定的高新技术企业给予一次性奖励10万元,对再次认定的给予一次性奖励5万元。"
LEVEL_ONLY = "一、对新认定的国家级科技企业孵化器给予100万元奖励,省级给予50万元奖励。"
AFTER = "一、通过国家级专精特新“小巨人”企业、省“隐形冠军”企业复审,分别给予5万元、3万元奖励。"
STAGES = "一、对列入国家级制造业单项冠军示范企业、培育企业的,分别给予100万元、50万元奖励。"
OTHER_LEVEL = "一、首次获得国家级专精特新“小巨人”企业和台州市专精特新“小巨人”企业,分别给予100万元、10万元奖励。"
STARS = "一、对市级星级评定结果为四星、五星的新型研发机构,分别给予最高30万元、50万元奖励。"
ABOVE = "一、对首次入选省级以上专精特新企业的,给予20万元奖励。"
INCLUDING = "一、对当年认定(含重新认定)的高新技术企业给予10万元奖励。"


@pytest.mark.parametrize("body,recs,want", [
    (OCCASIONS, [rec("gaoxin")], 100000),
    (OCCASIONS, [rec("gaoxin", "2022-03-01"), rec("gaoxin", renewal=True)], 50000),
    (LEVEL_ONLY, [rec("incubator_provincial")], 500000),
    (AFTER, [rec("zhuanjingtexin_xiaojuren", "2022-03-01"), rec("zhuanjingtexin_xiaojuren", renewal=True)], 50000),
    (AFTER, [rec("zhuanjingtexin_xiaojuren")], 0),
    (STAGES, [rec("danxiang_guanjun_national")], 1000000),
    (OTHER_LEVEL, [rec("zhuanjingtexin_xiaojuren")], 1000000),
    (STARS, [rec("new_rd_institution_5star")], 500000),
    (ABOVE, [rec("zhuanjingtexin_xiaojuren")], 200000),
    (INCLUDING, [rec("gaoxin", "2022-03-01"), rec("gaoxin", renewal=True)], 100000),
])
def test_recognitions(tmp_path, body, recs, want):
    assert pays(tmp_path, body, {"recognitions": recs}) == want


def test_share_condition(tmp_path):
    body = "一、对研发费用占营业收入比重达到3%以上的企业,按研发费用增量的10%给予补助,最高50万元。"
    fin = {"rd_spend_yuan": "4000000", "rd_spend_prev_yuan": "3000000"}
    assert pays(tmp_path, body, {"financials": {**fin, "revenue_yuan": "100000000"}}) == 100000
    assert pays(tmp_path, body, {"financials": {**fin, "revenue_yuan": "200000000"}}) == 0


def test_share_condition_exact():
    c = parse_condition({"share": ["fin.rd_spend_yuan", "fin.revenue_yuan"], "gte_pct": 3})
    ctx = Ctx.__new__(Ctx)
    assert c.check({"fin.rd_spend_yuan": 300, "fin.revenue_yuan": 10000}, ctx).value is True
    assert c.check({"fin.rd_spend_yuan": 299, "fin.revenue_yuan": 10000}, ctx).value is False
    assert c.check({"fin.rd_spend_yuan": 299}, ctx).value is None


def test_counted_threshold_is_never_paid_unreviewed(tmp_path):
    body = "一、对服务县内企业超30家的省级工业互联网平台,奖励100万元。"
    assert pays(tmp_path, body, {"recognitions": [rec("industrial_internet_platform_provincial")]}) == 0


GROWTH = ("一、对年度营收在3000万元(含)—1亿元、当年增速不低于25%的企业,给予3万元奖励,在此基础上,"
          "增速每增加一个百分点追加0.5万元奖励,每家企业每年奖励不超过30万元。")


@pytest.mark.parametrize("cur,prev,want", [
    ("50000000", "40000000", 30000),    # 25 %: the base award only
    ("52000000", "40000000", 55000),    # 30 %: 3万 + 5 points × 0.5万
    ("51990000", "40000000", 50000),    # 29.975 %: 4 full points
    ("76000000", "40000000", 300000),   # 90 %: 3万 + 65 × 0.5万, capped at 30万 for the two together
    ("49000000", "40000000", 0),        # 22.5 %: below the threshold
])
def test_award_per_point_of_growth(tmp_path, cur, prev, want):
    assert pays(tmp_path, GROWTH, {"financials": {"revenue_yuan": cur, "revenue_prev_yuan": prev}}) == want


def test_growth_points_vector_matches_single():
    import numpy as np

    from zhengce.rules.formulas import Formula
    f = Formula({"form": "per_unit", "base": "fin.revenue_yuan", "growth_over": "fin.revenue_prev_yuan",
                 "offset_pct": 25, "unit": 1, "award_yuan": 5000})
    cur = np.array([5_200_000_000, 5_199_000_000, 4_900_000_000, 100, 0], dtype=np.int64)
    prev = np.array([4_000_000_000, 4_000_000_000, 4_000_000_000, 0, 4_000_000_000], dtype=np.int64)

    class Cols:
        def get(self, name):
            v = cur if name == "fin.revenue_yuan" else prev
            return v, np.ones(len(v), dtype=bool)
    fen, known = f.vector(Cols(), len(cur))
    single = [f.compute({"fin.revenue_yuan": int(c), "fin.revenue_prev_yuan": int(p)}).fen for c, p in zip(cur, prev)]
    assert fen.tolist() == single == [2_500_000, 2_000_000, 0, 0, 0]


def test_alternatives_the_profile_cannot_tell_apart_and_add_ons(tmp_path):
    listing = "一、对企业在境内主板上市的,给予800万元奖励;在北京证券交易所上市的,给予500万元奖励。"
    assert pays(tmp_path, listing, {"events": [{"type": "listed", "date": "2025-05-01"}]}) == 8000000
    add_on = "一、对新认定的国家级企业技术中心给予一次性奖励20万元,并给予最高100万元的研发资助。"
    assert pays(tmp_path, add_on, {"recognitions": [rec("national_enterprise_tech_center")]}) == 1200000
