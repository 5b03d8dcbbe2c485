"""Where a policy lists its award standards ("补贴标准如下:" / "甲类:新建N元/亩;"): lines that state a
rate per unit, labelled, with no award verb of their own, are awards under a line that names the award —
the document's heading, a section titled for it, a paragraph of its own or a lead sentence."""

from __future__ import annotations

from zhengce import rx as re
from typing import Any

from zhengce.reading.header import UNIT_SUM  # (a sum per unit: "800元/亩")
from zhengce.reading.numbering import marker

# a section titled for the standard ("补贴标准", "奖补标准")
STANDARD_TITLE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:补贴|奖励|补助|资助|扶持|奖补|支持)(?:标准|额度)")
# a title that names the standard itself ("某年度某某补贴标准")
STANDARD_END = re.compile(r"(?:补贴|奖励|补助|资助|扶持|奖补|救助)(?:资金)?标准$")
# a sentence leading into the standards ("补贴标准如下:", "对甲类给予补贴,具体标准如下:")
STANDARD_LEAD = re.compile(r"(?:奖励|补贴|补助|资助|扶持|奖补)(?:[^。,,]{0,3}[,,]具体)?标准(?:如下|为)\s*[::]\s*$")
# a heading line naming the award ("某某奖补政策", "种植补贴"), or a lead ending in "标准如下:"
AWARD_HEAD = re.compile(r"[^。,,;;]{0,24}(?:奖补|补贴|补助|奖励|资助)(?:政策|标准|项目|办法)?|[^。]*标准(?:如下|为)\s*[::]")

# a paragraph opening on a label that names the award, before a colon ("某某业务扶持:")
_LABELLED_AWARD = re.compile(r"[\u4e00-\u9fff]{2,14}(?:扶持|补贴|补助|奖励|奖补)\s*[::]")
_UNIT_SUM_ANY = re.compile(r"\d[\d.]*\s*万?元\s*/\s*[\u4e00-\u9fffA-Za-z]")  # (a unit in letters too: "元/TEU")

# a sum for each one ("每人每月100元", "每亩300元")
_EACH_SUM = re.compile(r"每\d?[\u4e00-\u9fff]{1,2}(?:每(?:年|月|学年))?\s*\d[\d.]*\s*万?元")


def opens_standards(sent: str, text: str, end: int | None = None) -> bool:
    """The sentence leads into a list of standards: "补贴标准如下:", or a heading line naming the award
    inside a text of several lines (`end`: where the sentence ends in `text`)."""
    if "标准" in sent and STANDARD_LEAD.search(sent) is not None:
        return True
    # (cheap first: a heading is short, a lead ends with its colon)
    head = sent.strip()
    if re.fullmatch(r"(?:\d{1,2}[.、]|[((][一二三四五六七八九十\d]{1,3}[))])?\s*" + STANDARD_TITLE.pattern, head):
        return True  # "3.补助标准。日托每人每月N元;…": an item titled for the standard, its sums after
    if re.match(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[((][一二三四五六七八九十\d]{1,3}[))])\s*" + STANDARD_TITLE.pattern + r"\s*[::]", head):
        return True  # "四、补助额度:…" an item titled for the standard before a colon, its sums in the sentences after
    if _LABELLED_AWARD.match(head) and _UNIT_SUM_ANY.search(head):
        return True  # "某某业务扶持:甲N元/TEU;乙M元/TEU": a label naming the award, its rates per unit after
    if (lead := _LEAD_INSIDE.search(head)) and _UNIT_SUM_ANY.search(head, lead.end()) and end is not None and _GOES_ON.match(text, end):
        return True  # "补助标准为:甲N元/亩,乙M元/亩;丙…": the lead opens the first item, the list goes on past the semicolon
    return "\n" in text and (len(head) <= 30 or head.endswith(":")) and AWARD_HEAD.fullmatch(head) is not None


_LEAD_INSIDE = re.compile(r"(?:奖励|补贴|补助|资助|扶持|奖补|补偿)标准(?:如下|为)\s*[::]")
_GOES_ON = re.compile(r"\s*[;;]")
# a labelled sum per unit: "甲类:N元/件"
_LABELLED_UNIT_SUM = re.compile(r"[\u4e00-\u9fff)]\s*[::]\s*\d[\d.]*\s*万?元\s*/\s*[\u4e00-\u9fff]")
_AWARD_BEFORE = re.compile(r"(?:给予|予以)[^。]{0,12}(?:奖励|资助|补助|补贴|奖补)|(?:奖励|资助|补助|补贴|奖补)(?:标准|办法|资金)")
_PRICE_WORDS = re.compile(r"收费|价格|售价|单价|费用|租金|报价")


def rate_card(text: str, at: int) -> bool:
    """"甲类:N元/件;乙类:M元/件": two or more kinds, each with its sum per unit after a colon, in the
    run of items the sentence at `at` belongs to, after text that speaks of the award ("给予奖励") — a
    card of the award's rates, read as its standard. (Not a list of prices or fees.)"""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    run = text[start:min(ends) if ends else len(text)]
    return len(_LABELLED_UNIT_SUM.findall(run)) >= 2 and _AWARD_BEFORE.search(text, max(0, start - 300), start) is not None \
        and _PRICE_WORDS.search(run) is None


def standard_scope(doc: Any) -> tuple[set[int], set[str]]:
    """The numbers of the sections titled for the award's standard, and the citations of the units read
    as standards: those sections, and paragraphs of rates per unit under the heading or a paragraph that
    names the award."""
    # (a document titled as the standard itself, "某年度某某补贴标准": every part of it states the standard)
    whole = bool(STANDARD_END.search((getattr(doc, "title", None) or "").strip()))
    sections = {sec.no for sec in getattr(doc, "sections", []) if whole or sec.title and (
        STANDARD_TITLE.fullmatch(sec.title.strip()) or AWARD_HEAD.fullmatch(sec.title.strip()))}
    cites = {sec.id for sec in getattr(doc, "sections", []) if sec.no in sections}
    if not doc.articles:
        under = bool(AWARD_HEAD.fullmatch((getattr(doc, "title", None) or "").strip()))
        for i, p in enumerate(doc.points or []):
            text = p.get("text", "").strip()
            if (UNIT_SUM.search(text) or _EACH_SUM.search(text)) and "给予" not in text:
                if under:
                    cites.add(f"{doc.id}/p{p.get('no', i + 1)}")
                continue
            # (a plain paragraph without sums between the standard's heading and its list, "以某文件为准。",
            # leaves the list under the heading; a numbered item or another heading does not)
            if not (under and re.search(r"[。;;]$", text) and not re.search(r"\d\s*[万亿]?元", text)
                    and marker(text) is None):
                # (a numbered heading may close on its full stop: "一、补助标准。")
                under = bool(AWARD_HEAD.fullmatch(text[:-1] if text.endswith("。") and marker(text) else text))
    return sections, cites
