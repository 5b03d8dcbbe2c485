"""What a simulation tells: totals, per rule / section / region / industry / size, gainers and losers,
budget coverage and limited funds — as JSON (exact fen), terminal text (house style, zhengce.money) and
output tables."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from zhengce.money import format_fen
from zhengce.rules.reform.coverage import coverage
from zhengce.rules.reform.simulate import Simulation, by_fact, by_region


def by_rule(sim: Simulation) -> list[dict]:
    base_ids = [r.id for r in sim.base.book.rules]
    reform_ids = {r.id for r in sim.reform.book.rules}
    ids = base_ids + [r.id for r in sim.reform.book.rules if r.id not in set(base_ids)]
    changed = {c.get("rule_id") for c in sim.applied.diff}
    out = []
    for rid in ids:
        b, r = sim.base.paid.get(rid), sim.reform.paid.get(rid)
        row = {"rule_id": rid, "section": sim.sections.get(rid),
               "status": ("removed" if rid not in reform_ids else "added" if rid not in base_ids
                          else "changed" if rid in changed else "unchanged"),
               "baseline_count": int(b.rows.size) if b else 0, "baseline_fen": sim.base.rule_fen(rid),
               "reform_count": int(r.rows.size) if r else 0, "reform_fen": sim.reform.rule_fen(rid)}
        row["diff_fen"] = row["reform_fen"] - row["baseline_fen"]
        out.append(row)
    return out


def by_section(rules: list[dict]) -> list[dict]:
    out: dict[str, dict] = {}
    for r in rules:
        s = out.setdefault(r["section"], {"group": r["section"], "rules": 0, "baseline_fen": 0, "reform_fen": 0})
        s["rules"] += 1
        s["baseline_fen"] += r["baseline_fen"]
        s["reform_fen"] += r["reform_fen"]
    for s in out.values():
        s["diff_fen"] = s["reform_fen"] - s["baseline_fen"]
    return list(out.values())


def movers(sim: Simulation, top: int = 10) -> dict:
    d = sim.diff
    out = {}
    for name, mask in (("gain", d > 0), ("lose", d < 0), ("unchanged", d == 0)):
        out[name] = {"count": int(mask.sum()), "diff_fen": int(d[mask].sum(dtype=np.int64))}
    for name, sign in (("largest_gains", 1), ("largest_losses", -1)):
        cand = np.flatnonzero(d * sign > 0)
        if cand.size > top:
            cand = cand[np.argpartition(-(d[cand] * sign), top - 1)[:top]]
        cand = sorted(cand.tolist(), key=lambda i: (-(int(d[i]) * sign), i))  # ties: earlier row first
        out[name] = [{"row": int(sim.rows[i]), "id": sim.id_of(i), "baseline_fen": int(sim.base.total[i]),
                      "reform_fen": int(sim.reform.total[i]), "diff_fen": int(d[i])} for i in cand]
    return out


def summary(sim: Simulation, top: int = 10) -> dict:
    base, reform = int(sim.base.total.sum(dtype=np.int64)), int(sim.reform.total.sum(dtype=np.int64))
    rules = by_rule(sim)

    def at_most(sc):  # amounts of rules that state only a maximum (最高…): the cost is at most this
        return sum(sc.rule_fen(r.id) for r in sc.book.rules if not r.formula.exact)
    return {
        "reform": sim.applied.reform.name, "baseline": sim.applied.reform.baseline.describe(),
        "date": sim.date.isoformat(), "rows": sim.total_rows or sim.n, "evaluated": sim.n,
        "bad_rows": len(sim.errors), "errors": [{"row": r, "error": e} for r, e in sim.errors[:100]],
        "changes": sim.applied.diff,
        "total": {"baseline_fen": base, "reform_fen": reform, "diff_fen": reform - base,
                  "baseline_paid": int((sim.base.total > 0).sum()), "reform_paid": int((sim.reform.total > 0).sum()),
                  "baseline_at_most_fen": at_most(sim.base), "reform_at_most_fen": at_most(sim.reform)},
        "by_rule": rules, "by_section": by_section(rules), "by_region": by_region(sim),
        "by_industry": by_fact(sim, "industry"), "by_size": by_fact(sim, "size"),
        "movers": movers(sim, top), "budgets": coverage(sim), "funds": sim.funds, "seconds": sim.seconds,
    }


def text(s: dict) -> str:
    t = s["total"]
    lines = [f"改革「{s['reform']}」 基线: {s['baseline']}  测算日期 {s['date']}",
             f"名册 {s['rows']} 行, 评估 {s['evaluated']} 行, 跳过 {s['bad_rows']} 行错误",
             f"总成本: 基线 {format_fen(t['baseline_fen'])} → 改革 {format_fen(t['reform_fen'])}, "
             f"差额 {format_fen(t['diff_fen'], signed=True)}",
             f"  其中按“最高”额计(条文只写上限, 实际可能更低): 基线 {format_fen(t['baseline_at_most_fen'])}, "
             f"改革 {format_fen(t['reform_at_most_fen'])}", "", "修改:"]
    for c in s["changes"]:
        lines.append(f"  {c.get('rule_id') or c.get('group') or c.get('document')}: {c.get('before')} → {c.get('after')}")
    lines += ["", "按规则 (基线 → 改革):"]
    for r in s["by_rule"]:
        if r["baseline_fen"] or r["reform_fen"] or r["status"] != "unchanged":
            lines.append(f"  {r['rule_id']} [{r['status']}]: {r['baseline_count']} 家 {format_fen(r['baseline_fen'])} → "
                         f"{r['reform_count']} 家 {format_fen(r['reform_fen'])} (差 {format_fen(r['diff_fen'], signed=True)})")
    for key, title in (("by_section", "按领域"), ("by_region", "按地区"), ("by_industry", "按行业"), ("by_size", "按规模")):
        rows = [g for g in s[key] if g["baseline_fen"] or g["reform_fen"]]
        if rows:
            lines += ["", f"{title}:"]
            lines += [f"  {g['group']}: {format_fen(g['baseline_fen'])} → {format_fen(g['reform_fen'])} (差 {format_fen(g['diff_fen'], signed=True)})"
                      for g in sorted(rows, key=lambda g: -abs(g["diff_fen"]))[:15]]
    m = s["movers"]
    lines += ["", f"受益 {m['gain']['count']} 家 ({format_fen(m['gain']['diff_fen'], signed=True)}), "
                  f"受损 {m['lose']['count']} 家 ({format_fen(m['lose']['diff_fen'])}), 不变 {m['unchanged']['count']} 家"]
    for name, title in (("largest_gains", "增加最多"), ("largest_losses", "减少最多")):
        if m[name]:
            lines.append(f"  {title}: " + "; ".join(f"{x['id']} {format_fen(x['diff_fen'], signed=True)}" for x in m[name][:5]))
    for doc in s["budgets"]:
        lines += ["", f"预算对照 {doc['region']}{doc['year']} {doc['title']}:"]
        tot = doc["total"]
        if tot["budget_fen"] is not None:
            lines.append(f"  支持总额 {format_fen(tot['budget_fen'])}(“{tot['quote']}”): 测算 {format_fen(tot['reform_fen'])}, "
                         + ("可覆盖" if tot["covered"] else f"缺口 {format_fen(tot['shortfall_fen'])}"))
        for sec in doc["sections"]:
            if sec["budget_fen"] is None:
                head = f"  {sec['name']}: 未写预算"
            else:
                head = (f"  {sec['name']}: 预算 {format_fen(sec['budget_fen'])}(“{sec['quote']}”), 测算 {format_fen(sec['reform_fen'])}"
                        f" " + ("可覆盖" if sec["covered"] else f"缺口 {format_fen(sec['shortfall_fen'])}"))
            drivers = ", ".join(f"{d['rule_id']} {format_fen(d['reform_fen'])}" for d in sec["drivers"])
            lines.append(head + (f"; 主要: {drivers}" if drivers else ""))
    for f in s["funds"]:
        lines += ["", f"资金池「{f['name']}」 {format_fen(f['pool_fen'])}, 分配方式 {f['policy']}:"]
        for label, name in (("baseline", "基线"), ("reform", "改革")):
            a = f[label]
            lines.append(f"  {name}: 申请 {a['claimants']} 家 {format_fen(a['claimed_fen'])}, 拨付 {format_fen(a['paid_fen'])}; "
                         f"全额 {a['funded_in_full']} 家, 部分 {a['funded_in_part']} 家, 未获 {a['unfunded']} 家")
    return "\n".join(lines)


def _yuan(fen) -> pa.Array:
    from zhengce.rules.batch import _decimal_yuan
    return _decimal_yuan(np.asarray(fen, dtype=np.int64))


def tables(sim: Simulation, s: dict) -> dict[str, pa.Table]:
    """Per-profile results and the summaries, for Parquet (tables beside OUT) or Excel (sheets)."""
    from zhengce.rules.profile import schema
    cols = {"row": pa.array(sim.rows, pa.int64()),
            "id": sim.ids if isinstance(sim.ids, (pa.Array, pa.ChunkedArray)) else pa.array([str(i) for i in sim.ids])}
    from zhengce.rules import regions
    names = regions.all_districts()
    used = np.flatnonzero(np.bincount(sim.cols.region.astype(np.int64)))
    lut = np.zeros(int(used.max(initial=0)) + 1, dtype=np.int32)
    lut[used] = np.arange(used.size, dtype=np.int32)
    cols["region"] = pa.DictionaryArray.from_arrays(pa.array(lut[sim.cols.region]), pa.array([names[i] for i in used]))
    for fact in ("industry", "size"):
        v, k = sim.cols.get(fact)
        labels = list(schema().facts[fact].values)
        cols[fact] = pa.DictionaryArray.from_arrays(pa.array(v.astype(np.int32), mask=~k), pa.array(labels))
    d = sim.diff
    cols.update({"baseline_fen": pa.array(sim.base.total), "reform_fen": pa.array(sim.reform.total),
                 "diff_fen": pa.array(d), "baseline_yuan": _yuan(sim.base.total), "reform_yuan": _yuan(sim.reform.total),
                 "diff_yuan": _yuan(d)})
    out = {"profiles": pa.table(cols)}

    def plain(rows: list[dict], keys: list[str]) -> pa.Table:
        data = {k: [r.get(k) for r in rows] for k in keys}
        for k in keys:
            if k.endswith("_fen"):
                data[k] = pa.array([v for v in data[k]], pa.int64())
        return pa.table(data)

    money = ["baseline_fen", "reform_fen", "diff_fen"]
    out["rules"] = plain(s["by_rule"], ["rule_id", "section", "status", "baseline_count", "reform_count"] + money)
    for key in ("by_section", "by_region", "by_industry", "by_size"):
        out[key.replace("by_", "")] = plain(s[key], ["group"] + money)
    budget_rows = []
    for doc in s["budgets"]:
        for sec in [{"name": "支持总额", **doc["total"]}] + doc["sections"]:
            budget_rows.append({"document": doc["document"], "region": doc["region"], "year": doc["year"],
                                "section": sec["name"], "quote": sec.get("quote"), "budget_fen": sec["budget_fen"],
                                "baseline_fen": sec["baseline_fen"], "reform_fen": sec["reform_fen"],
                                "covered": sec["covered"], "shortfall_fen": sec["shortfall_fen"],
                                "drivers": ", ".join(x["rule_id"] for x in sec["drivers"])})
    if budget_rows:
        out["budgets"] = plain(budget_rows, list(budget_rows[0]))
    if sim.allocations:
        fr = {"fund": [], "scenario": [], "row": [], "id": [], "claim_fen": [], "funded_fen": []}
        for name, label, rows, claims, funded in sim.allocations:
            n = int(rows.size)
            fr["fund"] += [name] * n
            fr["scenario"] += [label] * n
            fr["row"] += [int(sim.rows[r]) for r in rows]
            fr["id"] += [sim.id_of(r) for r in rows]
            fr["claim_fen"] += claims.tolist()
            fr["funded_fen"] += funded.tolist()
        out["funds"] = pa.table({k: (pa.array(v, pa.int64()) if k.endswith("_fen") else v) for k, v in fr.items()})
    return out
