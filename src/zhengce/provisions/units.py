"""Where in a document provisions are read from: its articles, else its points or paragraphs, and
around them the page fields that give an application window, a section's paragraphs, a news lead's
own statements, and a measure numbered alone above the list of its conditions."""

from __future__ import annotations

from zhengce import rx as re
from typing import Any

from zhengce.reading.chrome import BREADCRUMB_RE, is_chrome
from zhengce.reading.header import UNIT_SUM

_STATES_AWARDS = re.compile(r"(?:给予|奖励|补助|补贴|奖金|资助)[^。;\n]{0,12}?\d[\d.]*\s*(?:万元|元|亿元)")


def _heading_in(title: str | None, above: str) -> bool:
    """Whether the text above the items prints the document's title as its heading line."""
    # (a sentence naming it in 《》 — "近日,某局印发《X》" — is a report's line, no heading)
    return bool(title) and any(title in ln and len(ln.strip()) <= len(title) + 30 and "《" + title not in ln
                               for ln in above.split("\n"))


_REPORTS_AWARDS = re.compile(r"(?:消息|获悉|记者|讯|报道|据了解|近日)[^\n]{0,300}?(?:给予|奖励|补助|扶持|补贴)[^\n]{0,20}?\d")


# a page's field giving the application window ("申报日期:2024-03-01 ~ 2024-09-30") above the text
_WINDOW_FIELD = re.compile(r"^\s*(?:申报|受理|报名|申请)(?:日期|时间|期限)\s*[::]\s*\d")


def _window_fields(doc: Any, norm: Any, arts: list):
    """Units of the page fields above the first article or point that give an application window."""
    start = getattr(doc, "norm_span", (0, 0))[0]
    firsts = [a.norm_span[0] for a in arts[:1]] + [(p.get("norm_span") or [0])[0] for p in (doc.points or [])[:1]]
    end = min([f for f in firsts if f > start] or [start])
    pos = start
    for line in norm.text[start:end].split("\n"):
        if _WINDOW_FIELD.match(line):
            yield line, pos, None, doc.id, {"deadline"}, None
        pos += len(line) + 1


_STAMPED = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*\d{1,2}:\d{2}")


def _page_top(points: list[dict]) -> set[int]:
    """The lines over a page's first sentence that only file the text or sum it up: a breadcrumb, a
    byline with its stamp, a headline ("某县某认证补贴10万和20万的政策文件") over a byline or the text's
    preamble — not a table's cells, one per line, nor an award line over its 政策依据."""
    skip: set[int] = set()
    for i, p in enumerate(points[:3]):
        t = p.get("text", "").strip()
        if p.get("label") or re.search(r"[。;;,,]", t):
            break
        nxt = points[i + 1].get("text", "").strip() if i + 1 < len(points) else ""
        if is_chrome(t) or BREADCRUMB_RE.match(t) or _STAMPED.search(t) or (
                len(t) <= 60 and (_STAMPED.search(nxt) or re.match(r"(?:为|根据|按照|近日|日前|\d{1,2}月\d{1,2}日)", nxt))):
            skip.add(i)
        else:
            break
    return skip


# a preamble that says by when: a cut-off word, or a day with 前 after it
_SAYS_BY_WHEN = re.compile(r"截止|截至|(?:日|号)(?:\s*\([^()]{1,8}\))?(?:\s*(?:[上下]午)?\s*\d{1,2}(?:[::]\d{2}|[时点]))?\s*(?:前|之前|以前)")  # ("某日(星期五)前", "某日下午5点前")


def units_of(doc: Any, norm: Any):
    """(text, norm_start, article_no, citation, kinds) for every unit of the document that
    provisions are read from: articles; else numbered points / paragraphs; plus section intros,
    the closing paragraphs (budgets and targets only) and a final text's preamble that says by when
    (deadlines only)."""
    arts = [a for s in doc.sections for a in s.articles]
    yield from _window_fields(doc, norm, arts)
    if arts:
        start, end = getattr(doc, "norm_span", (0, 0))[0], doc.sections[0].norm_span[0]
        above = norm.text[start:end] if 0 <= start < end else ""
        if _REPORTS_AWARDS.search(above) or (not _heading_in(getattr(doc, "title", None), above)
                                              and _STATES_AWARDS.search(above)):
            # a news report above the text it attaches ("附:…若干措施" / 第一条…) states awards of its own
            # in its paragraphs (its headline, "…最高扶持5000万元", only repeats one)
            pos = start
            for line in above.split("\n"):
                stamp = list(re.finditer(r"\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?", line))
                cut = stamp[-1].end() if stamp else 0  # a headline run into its date stamp is no statement
                if re.search(r"[。,;]", line[cut:]):
                    yield line[cut:], pos + cut, None, doc.id, {"incentive"}, None
                pos += len(line) + 1
        elif above and len(items := list(re.finditer(r"(?m)^\s*(?:\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、)", above))) == 1 \
                and re.search(r"[。;]", above[(item := items[0]).start():]) and _STATES_AWARDS.search(above, item.start()) \
                and not doc.sections[0].title and not re.search(r"修改为|调整[至为]|修订", above):
            # a measure numbered on its own above the first list ("1、…给予最高N万元奖励。奖励标准:…" / "(一)…
            # 不享受…的情形"): the list is its conditions, the awards are the measure's
            yield above[item.start():], start + item.start(), None, doc.id, {"incentive"}, None
        elif above and not doc.sections[0].title and (arts[0].no or 1) > 1:
            # a page starting deep inside a document ("…分别补助A元、B元。(三)…"): the paragraph
            # above the first article is the end of one cut off above it, with its awards
            kept = above.rstrip("\n")
            last = kept.rsplit("\n", 1)[-1]
            title = (getattr(doc, "title", None) or "").strip()
            at = kept.find(title) if title else -1
            under = kept[at:] if at >= 0 else ""  # (the heading with them: "某某奖补政策" says what they are)
            if under.count("\n") >= 3 and sum(1 for ln in under.split("\n") if UNIT_SUM.search(ln) or _STATES_AWARDS.search(ln)) >= 3:
                # lines of standards under the heading before the first surviving number: they are read too
                yield under, start + at, None, doc.id, {"incentive"}, None
            elif "。" in last and _STATES_AWARDS.search(last):
                yield last, start + len(kept) - len(last), None, doc.id, {"incentive"}, None
        if above and getattr(doc, "status", "") != "draft" and _SAYS_BY_WHEN.search(above):
            # a call's preamble above its numbered parts says by when to apply ("截止时间为某月某日", "请于某月某日前报送";
            # a draft's says by when to comment, no deadline of the measure)
            yield above, start, None, doc.id, {"deadline"}, None
        for s in doc.sections:
            if s.articles and s.intro and _STATES_AWARDS.search(s.intro) and (
                    s.articles[0].no == 2 or not any(_STATES_AWARDS.search(a.text) for a in s.articles)):
                # "一、…" / "对…给予5万元奖励。" / "2.…": the first item's number lost, its awards not; or a
                # part's own standard stated before items that state none ("一、补贴标准" / "…N元/瓦。" / "1.补贴对象")
                start = norm.text.find(s.intro, s.norm_span[0]) if s.norm_span != (0, 0) else -1
                if start >= 0:
                    yield s.intro, start, None, s.id, {"incentive"}, None
        for a in arts:
            yield a.text, a.norm_span[0], a.no, a.id, None, a
        # a section printed as paragraphs with no numbered articles carries its awards itself
        for s in doc.sections:
            if not s.articles and s.intro:
                start = norm.text.find(s.intro, s.norm_span[0]) if s.norm_span != (0, 0) else -1
                if start >= 0 and re.search(r"(?:申报|申请|受理|报送|征集)(?:截止|截至)?(?:时间|期限|日期)$", s.title or ""):
                    # "一、申报时间" over "某月某日-某月某日": the heading says what the dates are
                    yield norm.text[s.norm_span[0]:start + len(s.intro)], s.norm_span[0], None, s.id, None, None
                elif start >= 0:
                    yield s.intro, start, None, s.id, None, None
    else:
        points = doc.points or []
        skip = _page_top(points)
        # a digest's points of interest above the title it took them from ("- 对…给予一次性奖励N万元。" /
        # "政策提取自:关于印发《…》的通知"): each a stated award of that document
        first = (points[0].get("norm_span") or [0])[0] if points else getattr(doc, "norm_span", (0, 0))[1]
        start = getattr(doc, "norm_span", (0, 0))[0]
        stated = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", norm.text[start:first] if 0 <= start < first else "")
                  if _STATES_AWARDS.search(m.group(0)) and m.group(0).rstrip().endswith("。")]
        if len(stated) >= 2:
            for at, line in stated:
                yield line, start + at, None, doc.id, {"incentive"}, None
        above = norm.text[start:first] if 0 <= start < first else ""
        if above and getattr(doc, "status", "") != "draft" and _SAYS_BY_WHEN.search(above):
            yield above, start, None, doc.id, {"deadline"}, None  # (a call's preamble above its points, as above its parts)
        for i, p in enumerate(points):
            if i in skip:
                continue
            ns = p.get("norm_span") or [0, 0]
            yield p.get("text", ""), ns[0], None, f"{doc.id}/p{p.get('no', i + 1)}", None, None
    figures_only = {"budget", "target", "threshold", "tax_relief"}
    for s in doc.sections:
        if s.intro and (s.articles or not arts):
            start = norm.text.find(s.intro, s.norm_span[0]) if s.norm_span != (0, 0) else -1
            if start >= 0:
                yield s.intro, start, None, s.id, figures_only, None
    closing = getattr(doc, "closing", "")
    if closing and getattr(doc, "norm_span", (0, 0)) != (0, 0):
        start = norm.text.rfind(closing, 0, doc.norm_span[1])
        if start >= 0:
            yield closing, start, None, doc.id, {"budget"}, None
