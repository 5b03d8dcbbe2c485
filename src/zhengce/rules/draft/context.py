"""What a clause takes from the clause before it in the same article.

Chinese policy clauses lean on their neighbours: "…营收首次达到2000万元(含)至5000万元(不含)的,奖励30万元;
达到5000万元(含)及以上的,奖励50万元" (the second has no subject), "对首次认定的高新技术企业给予20万元,
对重新认定的给予10万元" (no 称号), "…国家级科技企业孵化器给予100万元奖励,省级给予50万元" (a level only),
"研发投入超过1000万元的按5%…;超过5000万元的按8%…" (bands: the lower one ends where the next begins).
"""

from __future__ import annotations

from zhengce import rx as re

from zhengce.money import format_yuan
from zhengce.provisions.numbers import find_amounts
from zhengce.rules.draft.clause import Draft
from zhengce.rules.draft.lexicon import lexicon, normal
from zhengce.rules.draft.values import short as _short, yuan as _yuan

_TIER_WORD = re.compile(r"首次突破|首次超过|首次达到|首次超|突破|超过|达到|首次迈上|迈上|跨上")


def adjacent(prev: str, clause: str, original: str, bounds: tuple[int, int]) -> bool:
    """Whether clause follows prev in the text with only punctuation between them."""
    at = original.find(prev, bounds[0], bounds[1])
    nxt = original.find(clause, at + len(prev), bounds[1]) if at >= 0 else -1
    return nxt >= 0 and bool(re.fullmatch(r"[\s,;。，；、]{0,3}", original[at + len(prev):nxt]))


_SUBJECTLESS = re.compile(r"^(?:对|凡)?(?:\d{4}年)?[^,;。\d]{0,8}?(?:首次)?(?:达到|超过|突破|高于|满|在)?\d")
_AWARD_VERB = re.compile(r"给予|奖励|补助|补贴|资助|奖补")


def continuation(previous: tuple[str, dict, str] | None, clause: str, p: dict, original: str | None,
                 bounds: tuple[int, int]) -> str:
    """The subject of the previous clause when this one has none and continues it in the same
    sentence ("…;达到5000万元(含)及以上的,…"): the previous clause up to its threshold word
    (keeping "首次"), in matching form. Empty when this clause stands on its own."""
    own = normal(clause)
    if previous is None or not original or not _SUBJECTLESS.match(own):
        return ""
    own_amounts = find_amounts(own)
    own_head = own[:own_amounts[0].span[0]] if own_amounts else own
    lex = lexicon()
    if any(lex.find(s, own_head) for s in ("recognitions", "subjects", "industries", "events", "purchases", "projects")):
        return ""  # it names its own applicant
    prev, prev_p, prev_shared = previous
    if prev_p.get("article") != p.get("article"):
        return ""
    if not adjacent(prev, clause, original, bounds):
        return ""
    text = prev_shared + normal(prev)  # a chain of bands shares the first one's applicant
    amounts = find_amounts(text)
    if not amounts:
        return ""
    head = text[:amounts[0].span[0]]
    if _AWARD_VERB.search(head):
        return ""  # the previous clause's first number is its award, not a threshold the two share
    if lex.find("bases", own_head):  # "2023年一季度营收20亿元(含)—…": only the applicant is shared
        return head[:head.rfind(",") + 1]
    words = list(_TIER_WORD.finditer(head))
    if words:
        return head[:words[-1].start()] + ("首次" if "首次" in words[-1].group(0) else "")
    return re.sub(r"(?:在|达到|超过)$", "", head)


def same_title(d: Draft, prev: Draft, clause: str) -> None:
    """"对首次认定的高新技术企业给予20万元;对重新认定的给予10万元": a clause naming only the occasion
    (重新认定/复审/首次认定) is about the 称号 of the clause before it."""
    text = normal(clause)
    head = re.split(r"给予|奖励|补助|资助", text)[0]
    if re.fullmatch(r"(?:并|同时|另|再|还|并可|同时可|另外)?", head) and prev.conditions and \
            all("needs_review" not in c or str(c["needs_review"]).startswith("触发条件") for c in d.conditions):
        # "对新认定的国家级企业技术中心给予20万元, 并给予最高100万元的研发资助": the same applicant
        d.conditions = [dict(c) for c in prev.conditions] + [c for c in d.conditions if "needs_review" not in c
                                                              and c not in prev.conditions]
        d.notes = [n for n in d.notes if not n.startswith("触发条件")]
        d.notes.append("「并给予…」: 按上一句的对象和条件起草, 请核对")
        d.trigger, d.concepts = prev.trigger, prev.concepts
        return
    named = [c for c in prev.conditions if "recognized" in c]
    level = re.fullmatch(r"(?:对)?(国家级|省级|市级|区级|县级)(?:的)?[,]?", head)
    if level and len(named) == 1 and len(prev.concepts) == 1 and not any("recognized" in c for c in d.conditions):
        # "对新认定的国家级科技企业孵化器给予100万元奖励,省级给予50万元奖励": the same 称号 at another level
        lex = lexicon()
        lvl = next((k for k, words in lex.levels.items() if level.group(1) in words), None)
        entry = next((e for e in lex.entries["recognitions"] if e.id == prev.concepts[0]), None)
        fact = ((entry.data.get("levels") or {}).get(lvl)) if entry else None
        if fact:
            d.conditions = [c for c in d.conditions if not str(c.get("needs_review", "")).startswith("触发条件")]
            d.notes = [n for n in d.notes if not n.startswith("触发条件")]
            d.conditions.insert(0, {"recognized": fact, "when": named[0].get("when", "new")})
            d.concepts = prev.concepts
            d.trigger = level.group(1) + entry.data["synonyms"][0]
            d.notes.append(f"「{level.group(1)}」未写称号: 按上一句的称号({entry.data['synonyms'][0]})起草, 请核对")
        return
    when = lexicon().when_of(head)
    if when is None or len(named) != 1 or any("recognized" in c for c in d.conditions) \
            or not re.fullmatch(r"(?:对|对于)?(?:当年|本年度)?(?:通过|经|被)?[^,;。]{0,8}?的?(?:企业|单位)?[,]?(?:再|另)?", head):
        return
    d.conditions = [c for c in d.conditions if not str(c.get("needs_review", "")).startswith("触发条件")]
    d.notes = [n for n in d.notes if not n.startswith("触发条件")]
    d.conditions.insert(0, {"recognized": named[0]["recognized"], "when": when})
    d.concepts = prev.concepts
    d.notes.append(f"「{_short(head)}」未写称号: 按上一句的称号起草, 请核对")


def own_part(p: dict, prev: dict | None, original: str | None) -> dict:
    """"对新认定的省级企业研究院给予50万元奖励,升级为省级重点企业研究院的再给予50万元奖励": the extractor
    may report the second award over the whole sentence with the first one's trigger; its own
    clause is the part after the first award."""
    if not prev or not original or not p.get("span") or not prev.get("span"):
        return p
    (s0, e0), (s1, e1) = (tuple(int(x) for x in prev["span"]), tuple(int(x) for x in p["span"]))
    if s1 != s0 or e1 <= e0 or original[s1:e1] != p.get("quote"):
        return p
    lead = len(original[e0:e1]) - len(original[e0:e1].lstrip(",，;； "))
    own = original[e0 + lead:e1]
    if not find_amounts(normal(own)):
        return p
    return {**p, "quote": own, "span": [e0 + lead, e1], "trigger": None}

def close_band(prev: Draft, d: Draft) -> None:
    """"研发投入超过1000万元的,按5%…;研发投入超过5000万元的,按8%…": consecutive awards on rising
    thresholds of one figure (or of its increase, "新增产值…") are bands — the lower one ends where
    the higher begins."""
    def key(c: dict):
        return ("fact", c["fact"]) if "fact" in c else ("increase", tuple(c["increase"])) if "increase" in c else None

    def lows(x: Draft) -> dict:
        out = {}
        for c in x.conditions:
            ops = [k for k in ("gt", "gte") if k in c]
            if key(c) and ops and not any(k in c for k in ("lt", "lte")):
                out[key(c)] = (ops[0], c[ops[0]])
        return out
    mine, theirs = lows(prev), lows(d)
    for k, (op, low) in mine.items():
        if k not in theirs or any(key(c) == k and ("lt" in c or "lte" in c) for c in prev.conditions):
            continue
        op2, high = theirs[k]
        if high > low:
            what = {k[0]: k[1] if k[0] == "fact" else list(k[1])}
            prev.conditions.append({**what, "lte" if op2 == "gt" else "lt": _yuan(high)})
            prev.notes.append(f"下一句对更高门槛({format_yuan(_yuan(high))})另给奖励: 本档按区间上限起草, 两档不叠加, 请核对")


def growth_points(prev: Draft, d: Draft, p: dict) -> None:
    """"增速不低于25%的企业,给予3万元奖励,在此基础上,增速每增加一个百分点追加0.5万元奖励,每家企业每年奖励
    不超过30万元": the increment is per point of the same growth above the same threshold, for the same
    applicant; the cap binds the two awards together (a stacking group of mode cap)."""
    pu = p.get("per_unit") or {}
    if p.get("form") != "per_unit" or pu.get("unit_yuan") is not None or "百分点" not in str(pu.get("unit") or ""):
        return
    growth = [c for c in prev.conditions if "growth" in c and ("gte_pct" in c or "gt_pct" in c)]
    if len(growth) != 1:
        return
    g = growth[0]
    f = {"form": "per_unit", "base": g["growth"][0], "growth_over": g["growth"][1],
         "offset_pct": g.get("gte_pct", g.get("gt_pct")), "unit": 1, "award_yuan": _yuan(pu["award_yuan"])}
    d.conditions = [dict(c) for c in prev.conditions]
    d.notes = [n for n in d.notes if not n.startswith(("触发条件", "计算基数", "按每"))]
    d.notes.append(f"按增速每增加一个百分点计奖: 增速超过{f['offset_pct']}%的部分, 每满1个百分点"
                   f"{format_yuan(_yuan(pu['award_yuan']))}, 请核对")
    cap = p.get("cap_yuan")
    if cap is not None:
        m = re.search(r"[^,，;；。]*(?:不超过|不高于|最高)[^,，;；。]*", d.quote)
        if m and prev.formula.get("form") in ("fixed", "up_to"):
            d.shared_cap = (prev, _yuan(cap), m.group(0).strip())  # type: ignore[attr-defined]
        else:
            f["cap_yuan"] = _yuan(cap)
    d.formula = f
    d.trigger = prev.trigger


def close_bands(group: list[Draft]) -> None:
    """A list of thresholds paired with 分别 amounts, in either order ("50亿元及以上、30亿元及以上…的,
    分别给予300万元、200万元…"): each band ends where the next higher one begins, so one firm gets
    the award of its band, not the sum of every band below it."""
    def low(x: Draft):  # the band's own threshold: the last one stated (a shared one comes first)
        found = None
        for c in x.conditions:
            for k in ("gt", "gte"):
                if ("fact" in c or "increase" in c) and k in c:
                    found = c[k]
        return found
    lows = [low(d) for d in group]
    if any(v is None for v in lows):
        for lower, higher in zip(group, group[1:]):
            close_band(lower, higher)
        return
    ordered = [d for _, d in sorted(zip(lows, group), key=lambda t: t[0])]
    for lower, higher in zip(ordered, ordered[1:]):
        close_band(lower, higher)

