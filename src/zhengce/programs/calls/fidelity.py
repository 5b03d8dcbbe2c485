"""Checks of a call file against its corpus text: every quote verbatim inside the document's lines,
every date, amount, count and share of a field present in that field's own quote, linked rules exist
and pay the same amount. `zhengce calls validate` runs them; tests run them on every shipped call."""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal

from zhengce.money import format_yuan
from zhengce.paths import CORPUS_DIR
from zhengce.programs.calls.model import Call
from zhengce.provisions.deadlines import DATE, _date as read_date


def _text(call: Call) -> str:
    path = CORPUS_DIR / call.file
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()
    if call.lines:
        lines = lines[call.lines[0] - 1:call.lines[1]]
    return "\n".join(lines)


def _quotes(value, path=""):
    """(where, quote) for every `quote`-like key in the call's data."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in ("quote", "payment_quote", "panel_quote", "scale_quote", "threshold_quote",
                     "ranking_quote") and isinstance(v, str):
                yield f"{path}.{k}".lstrip("."), v
            else:
                yield from _quotes(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _quotes(v, f"{path}[{i}]")


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _number_in(quote: str, number) -> bool:
    q = _compact(quote)
    return str(number) in q


def _yuan_in(quote: str, yuan: int) -> bool:
    """The quote states this amount (as 元, 万元 or 亿元, simplified or traditional)."""
    from zhengce.rules.amounts import stated_numbers

    return Decimal(yuan) in stated_numbers(_compact(quote))["money"]


def check_call(call: Call, rulebook=None) -> list[str]:
    """Problems found (Chinese, one line each); empty when the call is faithful to its text."""
    problems: list[str] = []
    text = _text(call)
    if not text:
        return [f"{call.id}: 找不到语料文件 {call.file}"]
    for where, q in _quotes(call.raw):
        if q not in text:
            problems.append(f"{call.id}: {where} 引文不在原文(第{call.lines}行)中: {q[:40]}")
    for d in call.deadlines:
        found = False
        for m in DATE.finditer(d.quote):
            date, time = read_date(m, call.year)
            printed_year = m.group("y") is not None
            if date == d.date.isoformat() and (d.time is None or time == d.time):
                found = True
                if not printed_year and not call.raw_deadline_note(d.id):
                    problems.append(f"{call.id}: 截止日期 {d.id} 原文未写年份, 需 year_note 说明")
        if not found:
            problems.append(f"{call.id}: 截止日期 {d.id} ({d.date} {d.time or ''}) 不在其引文中")
    for r in call.raw.get("relative") or []:
        if not _number_in(r["quote"], r["working_days"]) or "工作日" not in r["quote"].replace("個", "个"):
            problems.append(f"{call.id}: relative {r['id']} 的工作日数不在引文中")
    for p in call.raw.get("periods") or []:
        n = p.get("working_days") or p.get("years")
        if n is not None and not _number_in(p["quote"], n):
            problems.append(f"{call.id}: period {p['id']} 的数目 {n} 不在引文中")
    for a in call.awards:
        if not _yuan_in(a["quote"], int(a["amount_yuan"])):
            problems.append(f"{call.id}: 奖励 {a['id']} 金额 {format_yuan(a['amount_yuan'])}不在引文中")
        if a.get("rule") and rulebook is not None:
            try:
                rule = rulebook.rule(a["rule"])
            except Exception:
                problems.append(f"{call.id}: 奖励 {a['id']} 关联的规则 {a['rule']} 不存在")
            else:
                amount = rule.formula.amount if rule.formula.form in ("fixed", "up_to") else None
                if amount is None or amount != int(a["amount_yuan"]) * 100:
                    problems.append(f"{call.id}: 奖励 {a['id']} 与规则 {a['rule']} 的金额不一致")
    for q in call.raw.get("quotas") or []:
        values = q["value"].values() if isinstance(q["value"], dict) else [q["value"]]
        for v in values:
            if not _number_in(q["quote"], str(v).rstrip("%")):
                problems.append(f"{call.id}: 名额 {q['id']} 的数值 {v} 不在引文中")
    sel = call.raw.get("selection")
    if sel:
        for st in sel.get("stages") or []:
            if not _number_in(st["quote"], str(st["weight"]).rstrip("%")):
                problems.append(f"{call.id}: 评审环节 {st['id']} 的权重不在引文中")
        for key, qk in (("panel_size", "panel_quote"), ("scale", "scale_quote"), ("threshold", "threshold_quote")):
            if key in sel and not _number_in(sel[qk], sel[key]):
                problems.append(f"{call.id}: selection.{key} 不在引文中")
    if not call.reviewed:
        problems.append(f"{call.id}: 尚未复核(review.status: draft)")
    return problems
