"""The numbers of a policy that are not awards: budgets, targets, thresholds and tax reliefs.

- budget: money a government sets aside (预算安排X亿元, 统筹安排5000万元, 设立2亿元…基金,
  支持总额为X亿元, 资金规模1亿元);
- tax_relief: 两免三减半, 五免后减按10%, 减按15%的税率, 免征, 减半征收;
- threshold: a number that conditions something — a floor or ceiling in a relative clause or a
  requirement (协议约定的总合作经费不低于300万元, 开发费100万元以上的, 售价6000元以下的);
- target: what the government aims to reach (力争…以上, 达到…, 增长6.5%), money, percentages and
  counts alike.
"""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.clauses import clause_at, clauses
from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import find_amounts, find_percents, find_quantities
from zhengce.reading.amounts import TASK_FUND

_BUDGET = re.compile(r"(预算安排资金|预算安排|安排预算|安排资金|统筹安排|统筹|专项资金|资金规模|规模(?!以上)|支持总额为|总额为|"
                     r"设立|安排)[^,;。]{0,10}$")
_ALLOCATED = re.compile(TASK_FUND + r"(?:共计|合计|总额)?\s*$")  # (the money sent down with a task, right before its sum)
_TAX = re.compile(r"[两二三四五六七八九十]免[两二三四五六七八九十]减半|[两二三四五六七八九十]免后减按\s*\d+(?:\.\d+)?\s*%"
                  r"|减按\s*\d+(?:\.\d+)?\s*%(?:的税率)?(?:征收)?|免征[\u4e00-\u9fff]{0,8}税|减半征收[\u4e00-\u9fff]{0,6}"
                  r"|加计扣除(?:比例)?(?:提高到|按)?\s*\d+(?:\.\d+)?\s*%")
_TARGET = re.compile(r"力争|争取|达到|达|实现|完成|确保|突破|增长|超过|超|提升至|提高到|新增|培育|引进|招引|建设|"
                     r"建成|新建|计划|目标|以上|左右|控制在")
_CONDITION = re.compile(r"需|须|应当|应|要求|条件|约定|不得|门槛|准入|满足|符合|对象")
_YEAR = re.compile(r"(20\d\d)\s*年")
_LEAD_WORDS = re.compile(r"^(?:(?:20\d\d\s*年)?(?:,)?(?:全市|全区|全县|全省|全年|年度)?(?:力争|争取|确保|计划|实现|推动)?)+")


def tax_reliefs(sent: str, offset: int) -> list[Provision]:
    out = []
    for m in _TAX.finditer(sent):
        pcts = find_percents(m.group(0))
        f = {"description": m.group(0).replace(" ", ""),
             "rate": pcts[0].value if pcts else None}
        s, e = clause_at(clauses(sent), m.start())
        f["subject"] = re.split(r"享受|执行", sent[s:m.start()])[0].strip(" ,“") or None
        out.append(Provision("tax_relief", (offset + s, offset + max(e, m.end())), sent[s:max(e, m.end())], f))
    return out


def _metric(clause: str, num_start: int) -> str:
    head = clause[:num_start]
    head = _LEAD_WORDS.sub("", head.strip())
    head = re.sub(r"(?:力争|争取|达到|达|实现|完成|确保|突破|增长|超过|超|提升至|提高到|不低于|不少于|不超过|低于|高于|为)+$",
                  "", head).strip(" ,的")
    return head


_ANY_NUMBER = re.compile(r"[\d一二三四五六七八九十百千万亿两零〇○]")


def figures_in_sentence(sent: str, offset: int, taken: list[tuple[int, int]],
                        year: int | None) -> list[Provision]:
    """Budgets, thresholds and targets of one sentence; `taken` are spans (sentence-relative)
    already read as incentives or tax reliefs, left alone here."""
    if not _ANY_NUMBER.search(sent):
        return []  # no figure without a number
    cb = clauses(sent)
    out: list[Provision] = []

    def free(span):
        return not any(s < span[1] and span[0] < e for s, e in taken)

    yr = _YEAR.search(sent)
    for a in find_amounts(sent):
        if not free(a.span):
            continue
        s, e = clause_at(cb, a.span[0])
        before, after, clause = sent[s:a.span[0]], sent[a.span[1]:e], sent[s:e]
        quote = (offset + s, offset + e)
        # ("设立注册资本1000万元以上的…公司": a threshold of the firm set up, no money set aside)
        if (_BUDGET.search(before) and not re.match(r"\s*(?:\(含\))?(?:以上|及以上|以下)的", after)) \
                or re.match(r"^[\u4e00-\u9fff“”]{0,20}基金", after) or ("任务" in sent and _ALLOCATED.search(sent, max(0, a.span[0] - 80), a.span[0])):
            what = re.sub(r"^[,\s]*(?:用于|重点)?", "", after).strip() or None
            if not what:
                nxt = [c for c in cb if c[0] >= e]
                if nxt and re.match(r"(用于|重点支持|支持)", sent[nxt[0][0]:nxt[0][1]]):
                    what = sent[nxt[0][0]:nxt[0][1]]
            out.append(Provision("budget", quote, clause, {
                "amount_yuan": a.yuan, "what": what,
                "year": int(yr.group(1)) if yr else year, "bound": a.bound}))
            continue
        kind = _number_kind(sent, clause, before, after, a.bound)
        if kind:
            out.append(Provision(kind, quote, clause, _fields(kind, clause, a.span[0] - s, a.bound,
                                                               a.bound_word, a.yuan, "元")))
    for p in find_percents(sent):
        if not free(p.span):
            continue
        s, e = clause_at(cb, p.span[0])
        before, after, clause = sent[s:p.span[0]], sent[p.span[1]:e], sent[s:e]
        kind = _number_kind(sent, clause, before, after, p.bound)
        if kind:
            out.append(Provision(kind, (offset + s, offset + e), clause,
                                 _fields(kind, clause, p.span[0] - s, p.bound, p.bound_word, p.value, "%")))
    money_spans = [a.span for a in find_amounts(sent)]
    for q in find_quantities(sent):
        if not free(q.span) or any(s < q.span[1] and q.span[0] < e for s, e in money_spans):
            continue
        if q.unit in ("年", "天") and not q.bound:
            continue  # durations and dates, not figures
        if sent[max(0, q.span[0] - 4):q.span[0]].find("每") >= 0:
            continue  # "每培育1家": the unit of a rule, not a figure
        s, e = clause_at(cb, q.span[0])
        before, after, clause = sent[s:q.span[0]], sent[q.span[1]:e], sent[s:e]
        kind = _number_kind(sent, clause, before, after, q.bound)
        if kind:
            out.append(Provision(kind, (offset + s, offset + e), clause,
                                 _fields(kind, clause, q.span[0] - s, q.bound, q.bound_word, q.value, q.unit)))
    return out


def _number_kind(sent, clause, before, after, bound) -> str | None:
    if re.match(r"^(?:及以上|以上|及以下|以下|以内)?的", after) or (
            bound in ("min", "max") and _CONDITION.search(clause) and not re.search(r"力争|争取", clause)):
        return "threshold"
    if _TARGET.search(clause) or bound in ("min", "approx"):
        return "target"
    return None


_COMPARATOR = {"min": ">=", "max": "<=", "approx": "~", "range": "between", None: "="}


def _fields(kind, clause, pos, bound, word, value, unit) -> dict:
    comparator = _COMPARATOR.get(bound, "=")
    if word in ("超过", "高于", "突破", "超", "多于"):
        comparator = ">"
    elif word in ("低于", "少于"):
        comparator = "<"
    if kind == "threshold":
        return {"field": _metric(clause, pos) or None, "comparator": comparator, "value": value, "unit": unit}
    return {"metric": _metric(clause, pos) or None, "value": value, "unit": unit, "comparator": comparator}
