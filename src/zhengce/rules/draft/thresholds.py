"""Conditions a clause states with numbers: thresholds ("开发费100万元以上的"), growth ("同比增长20%以上")
and ratios the profile cannot hold (kept as needs_review, never dropped)."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.numbers import find_amounts, find_percents
from zhengce.rules.draft.lexicon import Lexicon
from zhengce.rules.draft.values import UNMAPPED_BASE, dec as _dec, short as _short, yuan as _yuan

_THRESHOLD_AFTER = re.compile(r"^(?:\(含\)|\(不含\))?(?:及以上|以上|以下|及以下|以内)?")
_THRESHOLD_BEFORE = re.compile(r"(?<!不)(?<!最高)(?:超过|达到|突破|不低于|不少于|高于|低于|不足|在|(?<![超])超)$")
# a number of things the award requires ("服务企业超30家", "连接设备超1千台", "新招用50人以上"): a condition
_COUNT_THRESHOLD = re.compile(r"(?<!每)(超过|超|达到|不少于|不低于|满|在)?(\d+(?:\.\d+)?)(千|万)?"
                              r"(家|台|套|人|名|个|项|件|款|间)(\(含\))?(?:及)?(以上)?")


def find_thresholds(lex: Lexicon, head: str, p: dict, formula: dict,
                    siblings: frozenset = frozenset()) -> tuple[list[dict], list[str]]:
    """"开发费100万元以上的" → {fact: fin.dev_fee_yuan, gte: 1000000}; unmapped ones need review.
    Numbers another award of the same list pays (siblings) are not thresholds."""
    paid = {_dec(v) for v in (p.get("amount_yuan"), p.get("cap_yuan")) if v is not None} | set(siblings)
    if p.get("per_unit"):
        paid |= {_dec(v) for k, v in p["per_unit"].items() if k.endswith("_yuan") and v is not None}
    out, notes = [], []
    amounts = find_amounts(head)
    for i, a in enumerate(amounts):
        if _dec(a.value) in paid:
            continue
        after, before = head[a.span[1]:a.span[1] + 6], head[max(0, a.span[0] - 4):a.span[0]]
        m_after, m_before = _THRESHOLD_AFTER.match(after), _THRESHOLD_BEFORE.search(before)
        upper = range_upper(head, amounts[i - 1], a) if i else None
        lower = i + 1 < len(amounts) and range_upper(head, a, amounts[i + 1])
        if not (m_after.group(0) or m_before or upper or lower):
            continue
        word_before, word_after = (m_before.group(0) if m_before else ""), m_after.group(0)
        word = word_before + word_after
        op = "gte" if re.search(r"不低于|不少于", word) else "lte" if re.search(r"以下|以内", word) else \
            "lt" if re.search(r"低于|不足", word) else "gt" if "超过" in word and "(含)" not in word else "gte"
        if "(不含)" in word:
            op = {"gte": "gt", "lte": "lt"}.get(op, op)
        if upper:  # "2000万元(含)至5000万元(不含)": the second number closes the range
            op, word_before = upper, head[amounts[i - 1].span[1]:a.span[0]]
        clause_start = max(head.rfind(c, 0, a.span[0]) for c in ",;。") + 1
        hits = lex.find("bases", head[clause_start:a.span[0]])
        if not hits:  # "5000万元以上的设备投资项目": the figure is named after the number
            hits = lex.find("bases", re.split(r"[,;。]", head[a.span[1]:a.span[1] + 16])[0])
        fact = hits[-1].entry.data["fact"] if hits else (
            formula.get("base") if formula.get("base") not in (None, UNMAPPED_BASE) else None)
        number = head[a.span[0]:a.span[1]]
        if fact is None:
            notes.append(f"门槛「{_short(head[clause_start:a.span[1] + len(word)])}」的计算对象不在词表中: 未编码, 请补上条件")
            out.append({"needs_review": f"门槛「{word_before}{number}{word_after}」的计算对象未映射"})
            continue
        reading = {"gte": "含本数", "gt": "不含本数", "lte": "含本数", "lt": "不含本数"}[op]
        prev = hits[-1].entry.data.get("prev") if hits else None
        said = head[clause_start:a.span[0]]
        if prev and re.search(r"(?:新增|净增)[^,;。\d]{0,6}$|(?:增量|增长额|增加额|新增额|净增加?额?)[^,;。\d]{0,4}$", said) \
                and not re.search(r"增长率|增速|增幅", said[-8:]):
            # "新增产值50亿元及以上", "营业收入增量超过1000万元": the increase over the year before
            out.append({"increase": [fact, prev], op: _yuan(a.value)})
            notes.append(f"门槛「{word_before}{number}{word_after}」是较上年的增加额, 按{reading}起草({op})")
            continue
        out.append({"fact": fact, op: _yuan(a.value)})
        notes.append(f"门槛「{word_before}{number}{word_after}」按{reading}起草({op})")
    for q in find_percents(head):
        if p.get("rate") is not None and _dec(q.value) == _dec(p["rate"]):
            continue
        if re.search(r"增长|增速|增幅|同比", head[max(0, q.span[0] - 12):q.span[0]]):
            growth = growth_condition(lex, head, q)
            if growth:
                out.append(growth)
                op = "gte_pct" if "gte_pct" in growth else "gt_pct"
                rel = "不低于" if op == "gte_pct" else "高于"
                notes.append(f"增长条件「{_short(head[max(0, q.span[0] - 14):q.span[1] + 3])}」按"
                             f"{growth['growth'][0]}较{growth['growth'][1]}增长{rel}{growth[op]}%起草, 请核对口径")
                continue
            note = f"增长条件「{_short(head[max(0, q.span[0] - 12):q.span[1] + 3])}」需人工编码(growth)"
            out.append({"needs_review": note})
            notes.append(note)
        elif re.search(r"^(?:\(含\))?(?:及)?以上|^以下|^以内", head[q.span[1]:q.span[1] + 5]) or re.search(
                r"比重|占比|比例|达到|超过|不低于", head[max(0, q.span[0] - 8):q.span[0]]):
            # "研发投入占营业收入比重达到3%以上": a share of two figures the lexicon knows; any other
            # ratio the profile does not hold is kept for review — never silently dropped
            share = share_condition(lex, head, q)
            if share:
                out.append(share)
                notes.append(f"比重条件「{_short(head[max(0, q.span[0] - 16):q.span[1] + 3])}」按"
                             f"{share['share'][0]}占{share['share'][1]}起草, 请核对")
                continue
            note = f"比例条件「{_short(head[max(0, q.span[0] - 12):q.span[1] + 3])}」需人工编码"
            out.append({"needs_review": note})
            notes.append(note)
    for m in _COUNT_THRESHOLD.finditer(head):
        if not (m.group(1) or m.group(6)) or head[max(0, m.start() - 1):m.start()] == "每":
            continue
        n = int(_dec(m.group(2)) * {"千": 1000, "万": 10000}.get(m.group(3) or "", 1))
        seg = head[max(head.rfind(c, 0, m.start()) for c in ",;。、") + 1:m.start()]
        hits = lex.find("counts", seg + m.group(4))
        word = m.group(0)
        if hits:
            op = "gt" if m.group(1) in ("超过", "超") and not m.group(5) else "gte"
            out.append({"fact": hits[-1].entry.data["fact"], op: n})
            notes.append(f"数量门槛「{word}」按{op}起草, 请核对")
        else:
            note = f"数量门槛「{_short(seg[-10:] + word)}」画像没有该数量: 需人工编码"
            out.append({"needs_review": note})
            notes.append(note)
    for m in _GROWTH_WORDS.finditer(head):
        cond = relative_growth(lex, head, m)
        if cond is None:
            note = f"增长条件「{_short(head[max(0, m.start() - 8):m.end()])}」需人工编码(growth)"
            out.append({"needs_review": note})
        else:
            out.append(cond)
            note = f"增长条件「{m.group(0)}」按{cond['growth'][0]}较{cond['growth'][1]}起草, 请核对口径"
        notes.append(note)
    return out, notes


def share_condition(lex: Lexicon, head: str, q) -> dict | None:
    """"研发投入占营业收入比重达到3%以上" → {share: [fin.rd_spend_yuan, fin.revenue_yuan], gte_pct: 3}."""
    seg = head[max(head.rfind(c, 0, q.span[0]) for c in ",;。、") + 1:q.span[0]]
    named = lex.find("shares", seg)  # "研发投入强度达到3%以上": a ratio the lexicon names
    m = re.search(r"(.+)占(.+?)(?:的)?(?:比重|比例|比)?(达到|不低于|不少于|超过|高于|低于|不足|不超过|在)?$", seg)
    if named:
        facts = list(named[-1].entry.data["share"])
        word = re.search(r"(达到|不低于|不少于|超过|高于|低于|不足|不超过|在)?$", seg).group(1) or ""
    elif m:
        part, whole = lex.find("bases", m.group(1)), lex.find("bases", m.group(2))
        if not part or not whole or part[-1].entry.data["fact"] == whole[-1].entry.data["fact"]:
            return None
        facts, word = [part[-1].entry.data["fact"], whole[-1].entry.data["fact"]], m.group(3) or ""
    else:
        return None
    after = head[q.span[1]:q.span[1] + 5]
    if re.search(r"低于|不足", word) or after.startswith("(不含)以下"):
        op = "lt_pct"
    elif re.search(r"不超过", word) or re.match(r"(?:\(含\))?(?:及)?以下|以内", after):
        op = "lte_pct"
    elif re.search(r"超过|高于", word) and not after.startswith("(含)"):
        op = "gt_pct"
    else:
        op = "gte_pct"
    pct = _dec(q.value) * 100
    return {"share": facts, op: int(pct) if pct == pct.to_integral_value() else str(pct)}


# "同比正增长" (growth above 0), "增速高于2022年一季度/上年同期" (growth above last year's growth)
_GROWTH_WORDS = re.compile(r"正增长|增速高于(?:\d{4}年|上年|去年|上一年)?度?(?:同期|一季度|上半年)?")


def relative_growth(lex: Lexicon, head: str, m) -> dict | None:
    clause_start = max(head.rfind(c, 0, m.start()) for c in ",;。、") + 1
    hits = [h for h in lex.find("bases", head[clause_start:m.start()]) if h.entry.data.get("prev")] or \
        [h for h in lex.find("bases", head[:m.start()]) if h.entry.data.get("prev")]
    if not hits:
        return None
    e = hits[-1].entry.data
    if m.group(0) == "正增长":
        return {"growth": [e["fact"], e["prev"]], "gt_pct": 0}
    if e.get("prev_growth"):
        return {"growth": [e["fact"], e["prev"]], "gt_fact": e["prev_growth"]}
    return None


def band_of(head: str, member: tuple[int, int]) -> str:
    """The k-th band of "营收5000万元(含)至1亿元、1亿元(含)至5亿元、5亿元以上的, 分别给予…": the clause
    with that band alone (after the words that name the figure), so each award gets its own
    thresholds. The clause unchanged when it lists no bands, one per award."""
    k, n = member
    if n < 2:
        return head
    starts = [0] + [m.end() for m in re.finditer(r"[,;。]", head)]
    for lo, hi in zip(reversed(starts), reversed(starts[1:] + [len(head)])):
        parts = head[lo:hi].split("、")
        if len(parts) == n and all(find_amounts(x) for x in parts):
            first = find_amounts(parts[0])[0].span[0]
            lead = re.sub(r"(?:在|为)$", "", parts[0][:first]) if k else ""  # "达到8000万元、6000万元…": 达到 for each
            band = parts[k]
            if k + 1 < n:  # "…1亿元以下、1亿元及以上…": a bound the next band includes is not in this one
                last, nxt = find_amounts(band)[-1], find_amounts(parts[k + 1])[0]
                if last.value == nxt.value and re.match(r"(?:\(含\))?(?:及以上|以上)", parts[k + 1][nxt.span[1]:]) \
                        and re.match(r"(?:及)?以下", band[last.span[1]:]):
                    band = band[:last.span[1]] + "(不含)" + band[last.span[1]:]
            return head[:lo] + lead + band + head[hi:]
    return head


_RANGE = re.compile(r"^(\(含\)|\(不含\))?(?:至|到|—|-|~|－|–|－)$")


def range_upper(head: str, lower, upper) -> str | None:
    """"2000万元(含)至5000万元(不含)", "3000万元(含)—1亿元": the op of the range's upper bound — lt when
    the text says (不含), lte for (含); unmarked, lt when the lower bound says (含) (bands that meet:
    "1亿元(含)—5亿元" then "5亿元(含)以上"), else lte. None when the two numbers are not a range."""
    m = _RANGE.match(head[lower.span[1]:upper.span[0]])
    if not m:
        return None
    mark = re.match(r"\((?:不)?含\)", head[upper.span[1]:upper.span[1] + 4])
    if mark:
        return "lt" if "不" in mark.group(0) else "lte"
    return "lt" if m.group(1) == "(含)" else "lte"


def growth_condition(lex: Lexicon, head: str, q) -> dict | None:
    """"研发投入同比增长20%以上" → {growth: [fin.rd_spend_yuan, fin.rd_spend_prev_yuan], gte_pct: 20}
    when the lexicon knows the figure and its value a year earlier."""
    clause_start = max(head.rfind(c, 0, q.span[0]) for c in ",;。、") + 1
    hits = [h for h in lex.find("bases", head[clause_start:q.span[0]]) if h.entry.data.get("prev")]
    if not hits:
        hits = [h for h in lex.find("bases", head[:q.span[0]]) if h.entry.data.get("prev")]
    if not hits:
        return None
    e = hits[-1].entry.data
    pct = _dec(q.value) * 100
    op = _growth_op(head[q.span[1]:q.span[1] + 4], head[max(0, q.span[0] - 4):q.span[0]])
    return {"growth": [e["fact"], e["prev"]], op: int(pct) if pct == pct.to_integral_value() else str(pct)}


def _growth_op(after: str, before: str) -> str:
    return "gt_pct" if re.search(r"超过|高于", before) and not re.match(r"\(含\)|及以上", after) else "gte_pct"
