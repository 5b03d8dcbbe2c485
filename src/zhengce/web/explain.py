"""Provisions explained for readers: Chinese labels, amounts in 万元, and article text cut into
segments so the template can wrap each provision (autoescaped) in a highlight."""

from __future__ import annotations

import json
from typing import Any

from zhengce.money import format_rate
from zhengce.web.filters import yuan

PROVISION_KINDS = {"incentive": "奖励补助", "budget": "资金预算", "target": "目标", "tax_relief": "税收优惠",
                   "threshold": "门槛条件", "deadline": "时限"}
FORMS = {"fixed": "定额", "up_to": "最高", "rate": "按比例", "matching": "配套", "per_unit": "按单位计"}
BENEFICIARIES = {"enterprise": "企业", "individual": "个人", "institution": "机构", "platform": "平台",
                 "project": "项目", "team": "团队", "other": "其他"}
COMPARATORS = {">=": "不低于", ">": "超过", "<=": "不超过", "<": "低于", "==": "等于"}


def _rate_text(rate: Any) -> str:
    try:
        return format_rate(rate)
    except (TypeError, ValueError):
        return str(rate)


def _unit_of(p: dict[str, Any]) -> str:
    # (a reading's per_unit is {unit_yuan, award_yuan, unit}; older records held the unit's name alone)
    pu = p.get("per_unit")
    return str(pu.get("unit") or "单位") if isinstance(pu, dict) else str(pu)


def _per_unit_text(p: dict[str, Any]) -> str | None:
    """The award per unit counted, "每100万元1万元", "每人300元" (None when the provision states none)."""
    pu = p.get("per_unit")
    if not isinstance(pu, dict) or pu.get("award_yuan") is None:
        return None
    unit = yuan(pu["unit_yuan"]) if pu.get("unit_yuan") is not None else pu.get("unit") or "单位"
    return f"每{unit}{yuan(pu['award_yuan'])}"


def provision_rows(p: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs explaining a provision, most useful first."""
    rows: list[tuple[str, str]] = [("类型", PROVISION_KINDS.get(p.get("kind"), p.get("kind") or "—"))]
    if p.get("beneficiary"):
        rows.append(("对象", BENEFICIARIES.get(p["beneficiary"], str(p["beneficiary"]))))
    if p.get("trigger"):
        rows.append(("条件", str(p["trigger"])))
    if p.get("form"):
        rows.append(("方式", FORMS.get(p["form"], str(p["form"]))))
    if p.get("amount_yuan") is not None:
        per = f"（每{_unit_of(p)}）" if p.get("per_unit") else ""
        rows.append(("金额", yuan(p["amount_yuan"]) + per))
    elif each := _per_unit_text(p):
        rows.append(("金额", each))
    if p.get("rate") is not None:
        base = f"（{p['base']}）" if p.get("base") else ""
        rows.append(("比例", _rate_text(p["rate"]) + base))
    if p.get("cap_yuan") is not None:
        scope = f"（{p['cap_scope']}）" if p.get("cap_scope") else ""
        rows.append(("上限", yuan(p["cap_yuan"]) + scope))
    if p.get("metric") or p.get("field"):
        rows.append(("指标", str(p.get("metric") or p.get("field"))))
    if p.get("value") is not None:
        cmp = COMPARATORS.get(p.get("comparator") or "", "")
        rows.append(("数值", f"{cmp}{p['value']}{p.get('unit') or ''}"))
    if p.get("description"):
        rows.append(("内容", str(p["description"])))
    if p.get("subject"):
        rows.append(("适用", str(p["subject"])))
    for key, label in (("what", "事项"), ("date", "日期"), ("time", "时间")):
        if p.get(key) not in (None, ""):
            rows.append((label, str(p[key])))
    if p.get("quote"):
        rows.append(("原文", str(p["quote"])))
    return rows


def headline(p: dict[str, Any]) -> str:
    """One short phrase: "最高500万元", "30%（上限100万元）"."""
    parts = []
    if p.get("amount_yuan") is not None:
        per = f"/{_unit_of(p)}" if p.get("per_unit") else ""
        parts.append(("最高" if p.get("form") == "up_to" else "") + yuan(p["amount_yuan"]) + per)
    elif each := _per_unit_text(p):
        parts.append(each)
    if p.get("rate") is not None:
        parts.append(_rate_text(p["rate"]))
    if p.get("cap_yuan") is not None:
        parts.append(f"最高{yuan(p['cap_yuan'])}")
    if not parts and p.get("value") is not None:
        parts.append(f"{COMPARATORS.get(p.get('comparator') or '', '')}{p['value']}{p.get('unit') or ''}")
    if not parts and p.get("date"):
        parts.append(str(p["date"]))
    if not parts and p.get("description"):
        parts.append(str(p["description"]))
    return "，".join(parts) or PROVISION_KINDS.get(p.get("kind"), "")


def segments(text: str, provisions: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Cut `text` into [{"text", "prov"}] where `prov` is the explained provision found there (or
    None), and return the provisions whose clause was not found in the text."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    missing: list[dict[str, Any]] = []
    for p in provisions:
        clause = (p.get("text") or "").strip()
        pos = text.find(clause) if clause else -1
        if pos < 0 or any(s < pos + len(clause) and pos < e for s, e, _ in found):
            missing.append(explained(p))
            continue
        found.append((pos, pos + len(clause), p))
    found.sort(key=lambda t: t[0])
    out: list[dict[str, Any]] = []
    at = 0
    for s, e, p in found:
        if s > at:
            out.append({"text": text[at:s], "prov": None})
        out.append({"text": text[s:e], "prov": explained(p)})
        at = e
    if at < len(text):
        out.append({"text": text[at:], "prov": None})
    return out, missing


def whose(p: dict[str, Any], width: int = 30) -> str:
    """Who or what the amount is for: the trigger (shortened), else the beneficiary."""
    text = str(p.get("trigger") or "").strip(" ,，;；")
    if not text and p.get("beneficiary"):
        text = BENEFICIARIES.get(p["beneficiary"], str(p["beneficiary"]))
    return text if len(text) <= width else text[:width - 1] + "…"


def explained(p: dict[str, Any]) -> dict[str, Any]:
    rows = provision_rows(p)
    return {"kind": p.get("kind"), "kind_zh": PROVISION_KINDS.get(p.get("kind"), p.get("kind")),
            "headline": headline(p), "whose": whose(p), "rows": rows,
            "data": json.dumps({"rows": rows}, ensure_ascii=False), "raw": p}


def marked(text: str, spans: list[tuple[int, int]] | list[list[int]],
           brackets: tuple[str, str] = ("【", "】")) -> list[dict[str, Any]]:
    """Segments of `text` with the search hits in `spans` flagged (for <mark>); the plain-text
    brackets the library puts around hits are dropped, the <mark> shows them."""
    out: list[dict[str, Any]] = []
    at = 0
    for s, e in sorted((int(a), int(b)) for a, b in spans):
        if s < at:
            continue
        before_end = s - 1 if s > 0 and text[s - 1] == brackets[0] else s
        if before_end > at:
            out.append({"text": text[at:before_end], "hit": False})
        out.append({"text": text[s:e], "hit": True})
        at = e + 1 if e < len(text) and text[e] == brackets[1] else e
    if at < len(text):
        out.append({"text": text[at:], "hit": False})
    return out
