"""Awards stated twice count once: a news page's bullet summary, a paragraph printed twice, a report's
lead that sums up what its body says again, a paragraph said again in other words. The body's own statement
is the one that counts.
"""

from __future__ import annotations

import difflib

from zhengce import rx as re
from zhengce.provisions.model import Provision
from zhengce.reading.normalize import to_simplified


_SUMMARY_BULLET = "◎●■◆▲★☆◇□"


def _numbers(p: Provision) -> tuple:
    """What makes two awards the same award: form, sums, rate, cap, and the unit of a sum per unit."""
    per = p.fields.get("per_unit") or {}  # (two rates per unit in one clause are two awards)
    return tuple(str(p.fields.get(k)) for k in ("form", "amount_yuan", "rate", "cap_yuan")) + (
        str(per.get("award_yuan")), str(per.get("unit_yuan")), str(per.get("unit")))  # (N元/吨 and N元/立方米: two)


_EDITORS_SUMMARY = re.compile(r"\s*(?:【\s*(?:导语|导读|摘要|内容摘要|内容提要)\s*】|(?:导语|导读|内容提要)(?=[\s::]))")


def without_editors_summary(provs: list[Provision], original: str) -> list[Provision]:
    """The editor's summary above a report ("【导语】:…", "导语 …", a flash's 【headline】) says again what the page
    states below: its awards count where the page states them (those the page does not state again stay)."""
    def summarised(p: Provision) -> bool:
        # (or a news flash's headline in 【】 opening the paragraph: "【某县:购房按契税的X%补贴】某县发布…")
        return bool(_EDITORS_SUMMARY.match(original, original.rfind("\n", 0, p.span[0]) + 1)
                    or re.match(r"\s*【[^【】]{0,60}\d[^【】]{0,60}】", p.quote or ""))

    incs = [p for p in provs if p.kind == "incentive"]
    stated = {_numbers(p) for p in incs if not summarised(p)}
    return [p for p in provs if not (p.kind == "incentive" and summarised(p) and _numbers(p) in stated)]


def without_summary_repeats(provs: list[Provision], original: str,
                             first_line: tuple[int, int, str] | None = None) -> list[Provision]:
    """Awards stated twice count once. A news page's bullet summary ("◎ …最高奖补可达N万元") restates
    awards its report states again: an award on a bullet line whose numbers the report repeats counts
    where the report says it. A paragraph a page prints twice states its awards once."""
    def bulleted(p: Provision) -> bool:
        start = original.rfind("\n", 0, p.span[0]) + 1
        first = original[start:p.span[0]].lstrip()[:1]
        return bool(first) and first in _SUMMARY_BULLET

    incs = [p for p in provs if p.kind == "incentive"]
    plain = {_numbers(p) for p in incs if not bulleted(p)}

    # (the same paragraph, the same award and trigger: printed twice)
    para_of = {id(p): paragraph_of(p, original) for p in incs}
    seen: set[tuple] = set()
    printed_at: dict[tuple, tuple[int, int]] = {}  # where each award's paragraph starts, and where it was last said
    first_para: dict[tuple, str] = {}  # the paragraph each award was first said in
    group_of: dict[tuple, str | None] = {}  # the group heading each award was first said under
    kept_spans: dict[tuple[int, int], set] = {}  # each clause whose awards were kept: the bases of its rates
    leads: dict[tuple, list[str]] = {}  # the first awards' quotes: a report's lead, which its body may say again in a few more words
    out = []
    for p in provs:
        if p.kind == "incentive":
            para = para_of[id(p)]
            key = (para, re.sub(r"\s+", "", p.quote or ""), _numbers(p), p.fields.get("trigger"))
            # (or the same long sentence, the same award, in a report's lead and again in its body — not one that
            # refers back, "对其…", whose award is another's each time)
            said = (re.sub(r"\s+", "", p.quote or ""), _numbers(p), p.fields.get("trigger"))
            again = len(said[0]) >= 60 and said in seen and not re.match(r"(?:对其|其|该|上述)", said[0])
            # (or a shorter one in a paragraph that opens as the one it was first said in: the paragraph printed
            # again, cut at another place)
            again = again or (len(said[0]) >= 16 and said in first_para and len(para) >= 60
                              and para is not first_para[said]
                              and (para[:60] in first_para[said] or first_para[said][:60] in para))
            # (the same clause again close by in one paragraph, another award between — "甲类…县补助不低于N万元;乙类…
            # 补助M万元,县补助不低于N万元" — is another award: a page printed twice repeats it a whole block later, and a
            # copy's slip repeats it at once, "X,X")
            at = original.rfind("\n", 0, p.span[0])
            first = printed_at.get(key)
            reprinted = key in seen and not (first and first[0] == at and p.span[0] - first[1] <= 80
                                             and re.search(r"\d", original[first[1]:p.span[0]]))
            # (the same clause under another group's heading — "(一)甲类项目政策 … (二)乙类项目政策", each item
            # word for word the same — is each group's own award: a page printed twice repeats its headings too)
            group = _group_heading(original, p.span[0])
            reprinted = reprinted and not (group and group_of.get(key) and group != group_of[key])
            # (one clause's rates side by side on other bases — "分别给予甲额2‰、乙额2‰" — are each its own, however
            # alike: a reprint is another clause. Same sums in one list, "分别奖励A万元、A万元", stay one: counting each
            # gained two looked-at sums and three false ones in a round held back)
            sibling = p.fields.get("base") is not None and p.span in kept_spans and p.fields["base"] not in kept_spans[p.span]
            if not sibling and ((bulleted(p) and _numbers(p) in plain) or (len(para) >= 30 and reprinted) or again
                                or (p.article is None and any(_reworded(lead, said[0]) for lead in leads.get(_numbers(p), ())))):
                continue
            kept_spans.setdefault(p.span, set()).add(p.fields.get("base"))
            seen.update((key, said))
            group_of.setdefault(key, group)
            first_para.setdefault(said, para)
            printed_at[key] = (at, p.span[1])
            if len(leads) < 2 and len(said[0]) >= 30 and p.article is None:  # (articles' parallel awards stay apart)
                leads.setdefault(_numbers(p), []).append(said[0])
        out.append(p)
    out = _without_lead_restated(out, para_of, original)
    out = _without_spokesman_restating(out, original)
    return without_headline_sum(_without_restated_paragraphs(out, para_of), para_of, first_line, original)


def _without_lead_restated(provs: list[Provision], para_of: dict[int, str], original: str) -> list[Provision]:
    """A report's lead names the document it reports and sums up its awards ("近日,某局印发《…》,对…再给予1%的
    贴息", "《…办法》日前印发。其规定,…A元,…B元"); the body states the same awards with their terms: the body's
    statements count, the lead's go (each lead award said again later, one for one)."""
    incs = [p for p in provs if p.kind == "incentive"]
    if not incs or incs[0].article is not None:
        return provs
    lead = incs[0]
    # (the lead's sentence and the one after it, read whatever the script or line breaks of the original; or its
    # whole paragraph)
    before = to_simplified(re.sub(r"\s+", "", original[max(0, lead.span[0] - 300):lead.span[0]])).split("。")[-1]
    after = "。".join(to_simplified(re.sub(r"\s+", "", original[lead.span[0]:lead.span[1] + 300])).split("。")[:2])
    if not (re.search(r"(?:印发|出台|发布|制定|起草)了?《", before + after)
            or _NAMED_PUT_OUT.search(to_simplified(para_of[id(lead)]), 0, 300)):
        return provs
    # (the lead's paragraph ends at a sentence's end before a line break: a copy wrapped at a page's width keeps it)
    # (not a headline's line, which ends with no stop: its award is its own paragraph)
    line = original[original.rfind("\n", 0, lead.span[0]) + 1:(original + "\n").find("\n", lead.span[0])]
    m = _PARAGRAPH_END.search(original, lead.span[0], lead.span[0] + 400) if len(line) >= 30 else None
    end = m.end() if m else lead.span[1]
    if (blank := _BLANK_LINE.search(original, lead.span[0], end)) is not None:
        end = blank.start()  # (nor past a blank line: the next paragraph's awards are the body's)
    in_lead = [p for p in incs if p.span[0] < end or para_of[id(p)] == para_of[id(lead)]]
    lead_ids = {id(p) for p in in_lead}
    later = [p for p in incs if p.article is None and id(p) not in lead_ids]
    gone = set()
    for p in in_lead:
        again = next((q for q in later if _numbers(q) == _numbers(p)), None)
        if again is not None:
            later.remove(again)
            gone.add(id(p))
    return [p for p in provs if id(p) not in gone] if gone else provs


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "《某某办法》(下称某某)日前印发", "记者从某局获悉,《…》已印发": the document a report's lead names, put out
_NAMED_PUT_OUT = re.compile(r"》(?:[((][^()()]{1,20}[))])?(?:已经?|于|已于)?(?:近日|日前|近期|今天|昨天|\d{1,2}日)?(?:正式)?(?:印发|出台|发布|公布)")


# an official's words on the text a report quotes: "某局负责人介绍,《细则》明确每户每年N元的补助…"
_SPOKESMAN = re.compile(r"(?:负责人|有关人士|工作人员|局长|主任|处长|科长|发言人)[^。;;]{0,6}?(?:表示|介绍|指出|解释|说)[,,::]?"
                        r"[^。;;]{0,12}?《[^《》]{1,20}》(?:规定|明确|提出)")


def _without_spokesman_restating(provs: list[Provision], original: str) -> list[Provision]:
    """An award an official restates from the text the report has quoted ("某局负责人介绍,《细则》明确每户每年N元的
    补助") is the award stated before, once: the official's words go when an earlier award has the same numbers."""
    incs = [p for p in provs if p.kind == "incentive"]
    gone = set()
    for k, p in enumerate(incs):
        start = max(original.rfind("。", 0, p.span[0]) + 1, p.span[0] - 200)  # (its sentence, whatever the line breaks)
        if k and _SPOKESMAN.search(to_simplified(re.sub(r"\s+", "", original[start:p.span[1]]))) \
                and any(_numbers(q) == _numbers(p) for q in incs[:k] if id(q) not in gone):
            gone.add(id(p))
    return [p for p in provs if id(p) not in gone] if gone else provs


def _reworded(lead: str, later: str) -> bool:
    """A lead's award sentence said again with a few words added or left out ("对企业投资…" then
    "对投资…"), nothing changed: the same award."""
    if lead == later or abs(len(lead) - len(later)) > 8 or len(lead) > 600:
        return False  # (a lead is a sentence or two: a run of clauses that long is no restated lead)
    return _words_added(lead, later, 0.9)


def _words_added(a: str, b: str, share: float) -> bool:
    """Whether one text is the other with only words added or left out, none changed, and at least `share`
    of the shorter kept."""
    short, long_ = sorted((a, b), key=len)
    ops = difflib.SequenceMatcher(None, short, long_, autojunk=False).get_opcodes()
    kept = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    return all(op != "replace" for op, *_ in ops) and kept >= share * len(short)


_GROUP_HEADING = re.compile(r"^\s*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、)[^。;;\n]{2,30}$")


def _group_heading(original: str, at: int) -> str | None:
    """The nearest heading line above a place ("(二)乙类项目的扶持"): a short numbered line, no sentence."""
    end = original.rfind("\n", 0, at)
    for _ in range(40):
        if end < 0:
            return None
        start = original.rfind("\n", 0, end) + 1
        line = original[start:end]
        if _GROUP_HEADING.match(line):
            return re.sub(r"\s+", "", line)
        end = start - 1
    return None


def paragraph_of(p: Provision, original: str) -> str:
    """The paragraph of the original text a provision lies in, whitespace dropped."""
    start, end = original.rfind("\n", 0, p.span[0]) + 1, original.find("\n", p.span[1])
    return re.sub(r"\s+", "", original[start:end if end >= 0 else len(original)])


def _sum_of(p: Provision):
    """The sum an incentive states (a sum per unit is its award for one unit: "最高补贴60元/平方米")."""
    return p.fields.get("amount_yuan") or (p.fields.get("per_unit") or {}).get("award_yuan")


def without_headline_sum(provs: list[Provision], para_of: dict[int, str],
                          first_line: tuple[int, int, str] | None = None, original: str = "") -> list[Provision]:
    """A report's lead sums up its best award ("…,每个项目最高可达N万元", a headline's
    "入驻某街最高奖励N万!") that a later paragraph states with its own terms (a rate capped at N, or N
    itself): the lead's sum is no award of its own. (first_line: where the document's first line lies in
    the original text, and its words — a headline there, no sentence and no 对 in it, is one whatever its words.)"""
    incs = [p for p in provs if p.kind == "incentive"]
    # (a first line with a number in it and neither a full stop nor a 对 is a headline)
    headline_at = first_line[:2] if first_line and re.search(r"\d", first_line[2]) and not re.search(r"[。对]", first_line[2]) \
        else None
    heads = []
    lead_end = _report_lead_end(incs, original) if original else None
    for p in incs[:4]:
        headline = headline_at is not None and headline_at[0] <= p.span[0] < headline_at[1]
        summed = lead_end is not None and p.span[0] < lead_end and p.fields.get("form") == "up_to"
        if p.fields.get("form") not in ("up_to", "per_unit", "fixed") \
                or not (headline or summed or _HEADLINE_SUM.search((p.text or "").split("\n")[0])) \
                or (heads and p.fields.get("form") == "fixed" and para_of.get(id(p)) != para_of.get(id(heads[0]))):
            break
        heads.append(p)
    later = [p for p in incs[len(heads):] if para_of.get(id(p)) not in {para_of.get(id(h)) for h in heads}]
    gone = {id(h) for h in heads if _sum_of(h)
            and any(_sum_of(h) in (p.fields.get("cap_yuan"), _sum_of(p)) for p in later)}
    return [p for p in provs if id(p) not in gone] if gone else provs


_REPORTS_A_TEXT = re.compile(r"(?:印发|出台|发布|制定)了?《")
_PARAGRAPH_END = re.compile(r"[。!?！？:：]\s*\n")


def _report_lead_end(incs: list[Provision], original: str) -> int | None:
    """Where a report's lead paragraph ends, when its first award lies in it and it names the document it reports
    ("近日,某市印发《…》。通知提到,…最高补贴N万元。"): its awards sum up what the body states with their terms.
    (Paragraphs end at a sentence's end before a line break, so a copy wrapped at a page's width keeps them.)"""
    if not incs or incs[0].article is not None:
        return None
    at = incs[0].span[0]
    start = max((m.end() for m in _PARAGRAPH_END.finditer(original, 0, at)), default=0)
    # (the report's words in the award's sentence or the one before it, within its paragraph)
    before = "。".join(to_simplified(re.sub(r"\s+", "", original[max(start, at - 300):at])).split("。")[-2:])
    end = _PARAGRAPH_END.search(original, at)
    return (end.end() if end else len(original)) if _REPORTS_A_TEXT.search(before) else None
# a lead's or headline's best award: "…最高可达N万元" ("最高补助达N万元"), or a sentence with no trigger that ends on its sum
# ("入驻某街最高奖励N万", "某区绿色建筑最高补贴N元/平方米"), or a teaser ("大家有机会申请A万、B万元的补贴")
_HEADLINE_SUM = re.compile(r"最高可(?:达|获得?|享受?|奖补|奖励|补贴|补助|资助)|最高(?:奖励|补贴|补助|资助|奖补)?达|有机会(?:申请|获得|拿到|享受)|(?:可以|能)拿到|^[^对每单。;;]{0,40}?最高(?:奖励|补贴|补助|资助|奖补)[\d.]+(?:[万亿]元?|元/[\u4e00-\u9fff]{1,4})[!!]?$"
                           r"|^[^对每单。;;]{0,40}?(?:奖励|补贴|补助|资助|奖补)(?:资金|金额)最高[\d.]+[万亿]?元[!!]?$")  # "奖励资金最高N万元"


def _without_restated_paragraphs(provs: list[Provision], para_of: dict[int, str]) -> list[Provision]:
    """A page that states a paragraph's awards again in another wording of it (the same words with a few
    added or left out: "对年营业收入…" then "对有效期内年营业收入…") states them once: the second goes.
    (para_of: each incentive's paragraph, whitespace dropped, by id.)"""
    by_para: dict[str, list[Provision]] = {}
    for p in provs:
        if p.kind == "incentive":
            by_para.setdefault(para_of[id(p)], []).append(p)
    paras = [(t, ps) for t, ps in by_para.items() if len(t) >= 40 and len(ps) >= 2]
    dropped: set[int] = set()
    for i, (first, fps) in enumerate(paras):
        for later, lps in paras[i + 1:]:
            if [_numbers(p) for p in fps] != [_numbers(p) for p in lps] or {p.article for p in fps} != {p.article for p in lps}:
                continue
            if _words_added(first, later, 0.8):  # (only words added or left out, most of the shorter kept)
                dropped.update(id(p) for p in lps)
    return [p for p in provs if id(p) not in dropped]


# (on the original text, its full-width colons kept: "原文内容：")
_ORIGINAL_FOLLOWS = re.compile(r"(?:原文|全文)(?:内容|如下)\s*[:：]|以下为(?:政策)?原文|(?:附|附件)[:：]?\s*(?:政策)?原文\s*[:：]?\s*$", re.M)


def without_restated_above(provs: list[Provision], original: str) -> list[Provision]:
    """Sums read above a document's articles, outside any, that an article states again, when the page says the
    text below is the original it reports ("原文内容:", "全文如下:"): a report's summary ("①…给予每户最高N万元…")
    above the article that states the award with its terms ("2、…给予每户最高N万元…") is no award of its own."""
    incs = [p for p in provs if p.kind == "incentive"]
    starts = [p.span[0] for p in incs if p.article is not None]
    if not starts:
        return provs

    def sums(p: Provision) -> set:
        return {x for x in (_sum_of(p), p.fields.get("cap_yuan")) if x}

    stated = set().union(*(sums(p) for p in incs if p.article is not None))
    first = min(starts)
    gone = {id(p) for p in incs if p.article is None and p.span[0] < first and sums(p) and sums(p) <= stated
            and _ORIGINAL_FOLLOWS.search(original, p.span[1], first)}
    return [p for p in provs if id(p) not in gone] if gone else provs
