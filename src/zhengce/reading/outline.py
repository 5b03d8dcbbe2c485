"""A document's outline from its parsed body: sections with their titles, leads and budgets,
articles with their headings and units in charge, and the lettered points of a text without
articles. The numbering itself is read in numbering.py and structure.py; this module builds the
model's Sections and Articles from it."""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal

from zhengce.reading.lines import Line
from zhengce.reading.model import Article, Document, Section, Warning_
from zhengce.reading.normalize import Normalized
from zhengce.reading.numbering import marker
from zhengce.reading.structure import (heading_of, parse_body, responsible_of, section_budget,
                                       section_title_and_lead)

POINT_RE = re.compile(r"^(?:\(([一二三四五六七八九十]{1,3})\)|([一二三四五六七八九十]{1,3})、|(\d{1,2})[.、](?!\d)|\((\d{1,2})\)|【([^】]{1,12})】)")


def _enumeration(raw) -> bool:
    """"主要包括:(一)…;(二)某类活动;(三)…;" and nothing else numbered: a list of what is
    covered, each item a few words closed by a semicolon — no articles."""
    if len(raw.sections) != 1 or raw.sections[0].heading_line is not None:
        return False
    arts = raw.sections[0].articles

    def short(a, closers: str) -> bool:  # a few words after its number, closed by one of closers
        first = a.lines[0].text.strip()
        return len(first) - len(a.label) <= 24 and first[-1:] in closers

    return len(arts) >= 3 and short(arts[-1], ";;。") and all(
        len(a.lines) == 1 and short(a, ";;") and not re.search(r"\d", a.lines[0].text) for a in arts[:-1])


def _never_counted_on(raw) -> bool:
    """"①对象…②程序…③标准…" run into one paragraph, "①…" again in the next: only the first of each run
    starts a line, so every item read is numbered one — lists inside paragraphs, no sequence of articles."""
    arts = [a for rs in raw.sections for a in rs.articles]
    return any(len(rs.articles) >= 2 for rs in raw.sections) and all(a.no == 1 and a.label.startswith("①") for a in arts)


# a field's label on a line of its own: "申领对象:", "申请条件:", "补贴标准:"
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:对象|条件|标准|材料|流程|程序|方式|时间|范围|要求)\s*[::]")


def _field_lists(body_lines: list[Line]) -> bool:
    """"申领对象:" over "(一)…(二)…", "申领条件:" over "(一)…" again: a guide's fields, each numbered list the
    field's entries (who, what conditions) — no articles, however they are numbered."""
    labels, under_label = 0, False
    for ln in body_lines:
        text = ln.text.strip()
        if _FIELD_LABEL.fullmatch(text):
            labels, under_label = labels + 1, True
        elif marker(text) is not None and not under_label:
            return False  # a numbered item before any field's label: the document's own numbering
    return labels >= 2


def build_outline(doc: Document, body_lines: list[Line], norm: Normalized) -> None:
    if _field_lists(body_lines):
        return
    raw = parse_body(body_lines)
    if _enumeration(raw) or _never_counted_on(raw):
        return
    for k, rs in enumerate(raw.sections):
        if k and k == len(raw.sections) - 1 and not (rs.rest or "").strip() and not rs.articles and not rs.intro:
            break  # a page cut right after the next part's number ("二、"): no part printed
        title, lead = section_title_and_lead(rs.rest) if rs.heading_line is not None else (rs.rest or None, [])
        if title and rs.heading_line is not None:
            head = _spaced_head(norm, rs.heading_line.start, rs.heading_line.end, len(rs.label))
            if head and len(head) < len(title):
                title = head
        first = rs.heading_line or (rs.articles[0].lines[0] if rs.articles else rs.intro[0])
        sec_start = first.start
        last = rs.articles[-1].end if rs.articles else (rs.intro[-1].end if rs.intro else first.end)
        intro = "\n".join(ln.text for ln in rs.intro)
        if title and not lead and rs.intro:
            # "一、某某政策" over "(由市某局牵头实施)": the lead clause on a line of its own
            _, lead = section_title_and_lead("X" + rs.intro[0].text.strip())
            if not re.fullmatch(r"[((][^()()]{2,80}[))]", rs.intro[0].text.strip()):
                lead = []
        if title and rs.heading_line is not None:
            # "着力振兴某某经济市财政安排N万元专项资金。": the title runs on into its budget line
            pattern = r"(?<=[\u4e00-\u9fff”]{4})(?:[省市区县]级?)?财政(?:每年|年度|专项)?安排"
            run_on, in_title = re.search(pattern, rs.rest), re.search(pattern, title)
            if run_on and in_title and section_budget(rs.rest[run_on.start():]) is not None:
                intro = rs.rest[run_on.start():] + ("\n" + intro if intro else "")
                title = title[:in_title.start()]
            elif re.search(r"[。;]", title) and len(title) > 30 and rs.rest.strip() and not lead:
                # "五、考核奖惩考核实行某某制,…;…。" on a page flattened into lines: the heading runs on into
                # its paragraphs, which are the part's text (its awards among them)
                intro = rs.rest.strip() + ("\n" + intro if intro else "")
        budget = section_budget(intro, rs.heading_line is not None)
        capped = re.search(r"[((](?:不超过|不高于|最高|共|合计|总额)?\s*(\d+(?:\.\d+)?)\s*(万|亿)元[))]$", title or "")
        if capped:  # "一、支持某某发展(不超过N万元)": what the part may spend, beside its title
            title = title[:capped.start()]
            budget = budget if budget is not None else int(
                Decimal(capped.group(1)) * (10000 if capped.group(2) == "万" else 100000000))
        for ra in rs.articles if budget is None else ():
            # no budget line in the introduction: the first one stated in the section's articles
            budget = section_budget(norm.text[ra.start:ra.end], rs.heading_line is not None)
            if budget is not None:
                break
        if title and doc.title and len(doc.title) >= 8 and title.startswith(doc.title) and len(title) > len(doc.title):
            title = title[len(doc.title):].strip()  # "第一章 某某若干政策措施总则": the chapter is 总则
        if title:
            title = re.sub(r"(?<=\S)\s*[((](?:略|省略|内容略)[))]$", "", title)  # "一、指导思想(略)": text left out
            title = re.sub(r"(?<=\S)\s*[((](?:共)?\d{1,3}(?:项|条)[))]$", "", title)  # "一、某某政策(6项)": how many measures
        sid = f"{doc.id}/s{rs.no}"
        section = Section(id=sid, no=rs.no, label=rs.label, title=title or None, lead=lead, budget_yuan=budget,
                          intro=intro, span=norm.orig_span(sec_start, last), norm_span=(sec_start, last))
        for ra in rs.articles:
            text = norm.text[ra.start:ra.end]
            first_end = ra.lines[0].end
            for ln in ra.lines[1:]:  # pieces of one printed line, cut apart at inline items
                if ln.start != first_end:
                    break
                first_end = ln.end
            rest = text[len(ra.label):] if text.startswith(ra.label) else text
            responsible, _ = responsible_of(text)
            no, heading = ra.no, _shorter(heading_of(rest), _spaced_head(norm, ra.start, first_end, len(ra.label)))
            heading = _lead_in_on_its_line(norm, ra.start + len(text) - len(rest), rest, heading)
            amended = _AMENDED.match(rest)
            if amended:  # "一、将“N.…”修改为“N.支持某某建设。…”": the article as it now reads
                no, heading = int(amended.group(1)), amended.group(2).strip().removesuffix("”")
            section.articles.append(Article(
                id=f"{sid}/a{no}", no=no, label=ra.label,
                heading=heading,
                responsible=responsible, text=text, span=norm.orig_span(ra.start, ra.end),
                section_no=rs.no, norm_span=(ra.start, ra.end)))
        _share_closing_units(section)
        doc.sections.append(section)
    for ln in raw.ambiguous[:5]:
        doc.warnings.append(Warning_("numbering_ambiguous", f"编号与前后条款不连续,按正文处理,请核对:“{ln.text[:24]}”",
                                     norm.orig_span(ln.start, ln.end)))
    if raw.closing:
        c0, c1 = raw.closing[0].start, raw.closing[-1].end
        doc.closing = norm.text[c0:c1]


def _share_closing_units(section: Section) -> None:
    """"责任单位:…" on a line of its own after a section's last article (no brackets) closes the
    section: its units answer for every article of it that names none."""
    arts = section.articles
    if len(arts) < 2 or not arts[-1].responsible:
        return
    last_line = arts[-1].text.rstrip().split("\n")[-1]
    if re.match(r"[((〔\[]?\s*(?:责任单位|牵头单位|责任部门|牵头部门)\s*[::]", last_line) and "\n" in arts[-1].text.strip():
        for a in arts[:-1]:
            if not a.responsible:
                a.responsible = list(arts[-1].responsible)


def _lead_in_on_its_line(norm: Normalized, at: int, rest: str, heading: str) -> str:
    """A lead-in and its first item printed on one line ("…要求如下:(一)某某,某某。…", a flattened page's
    line): the heading is the whole sentence up to its 。 as printed, as for any article; where the item opens a
    line of its own, the lead-in alone is the heading (heading_of)."""
    m = _LEAD_THEN_ITEM.match(rest)
    if not heading or not m or re.sub(r"\s+", "", m.group(1)) != re.sub(r"\s+", "", heading):
        return heading
    s, e = norm.orig_span(at + m.end(1), at + m.end())
    if "\n" in norm.original[s:e]:
        return heading  # (the item on a line of its own in the text as printed)
    end = rest.find("。", m.end())
    if end < 0 or "\n" in rest[m.end():end] or re.search(r"[((]二[))]|(?<![\d.])2[.、](?!\d)", rest[m.end():end]):
        # (no full stop to end it, the item's sentence running over lines of its own, or the whole list in one
        # sentence, "…条件:(一)…;(二)…。": the lead-in alone)
        return heading
    return re.sub(r"\s*\n\s*", "", rest[:end]).strip()


# a lead-in ending in a colon, then the first item of the list it opens
_LEAD_THEN_ITEM = re.compile(r"\s*([^\n。]{2,60}?)[::]\s*(?=[((][一二三四五六七八九十1-9]{1,2}[))]|[1-9][.、](?!\d))")


_AMENDED = re.compile(r"\s*将“.+?”\s*(?:修改为|调整为|修订为|变更为)“\s*(?:第)?(\d{1,3})[.、条]\s*([^。]+?)(?:。|$)", re.S)
_SPACED_HEAD = re.compile(r"^[ \t\u3000\u00a0]*([^\s。,;:,;:]{4,30}?)[ \t\u3000\u00a0]+(?=\S[^\n]{10,})")
# (a rule's article may name itself in two characters: "第一条 宗旨 为…", "第二条 定义 本办法所称…")
_SPACED_HEAD_OF_RULE = re.compile(r"^[ \t\u3000\u00a0]*([\u4e00-\u9fff]{2,3})[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff][^\n]{10,})")


def _spaced_head(norm: Normalized, start: int, end: int, label_len: int) -> str | None:
    """"(一)鼓励某某建设 支持企业某某改造,…": a heading set off from its paragraph by a
    space on the page (the analysed view drops spaces between Chinese characters)."""
    s, e = norm.orig_span(start, end)
    original = norm.original[s:e]
    # skip the printed label in the original ("(一)", "1.", "一、"), whatever its width
    m = re.match(r"^\s*(?:[((][^()()]{1,4}[))]|[^\s、.,。]{1,4}[、.．])", original)
    body = original[m.end():] if m else original[label_len:]
    h = _SPACED_HEAD.match(body) or (_SPACED_HEAD_OF_RULE.match(body) if re.match(r"\s*第[一二三四五六七八九十百零〇\d]{1,5}条", original) else None)
    if not h:
        return None
    head, after = h.group(1), body[h.end():]
    # a PDF's lost line breaks and spaced digits are no heading's end: "…城维税、 教育附加", "达到 50 万元",
    # "…其他成员 各 50%"
    if (head.endswith(("、", "(", "(")) or head.count("(") + head.count("(") != head.count(")") + head.count(")")
            or after[:1].isdigit() or re.match(r"\S{1,2}[ \t\u3000\u00a0]", after)
            # (or a word a PDF broke: "…甲类工业 企业,按照…")
            or re.match(r"[\u4e00-\u9fff]{1,2}[,,、]", after)):
        return None
    from zhengce.reading.normalize import to_simplified
    return to_simplified(head)


def _shorter(heading: str, spaced: str | None) -> str:
    return spaced if spaced and len(spaced) < len(heading) and heading.startswith(spaced) else heading


def points_of(lines: list[Line], norm: Normalized) -> list[dict]:
    """Numbered points or paragraphs of a notice: the units its provisions cite."""
    points = []
    k = 0
    while k < len(lines):
        ln, end = lines[k], lines[k].end
        m = POINT_RE.match(ln.text)
        label = m.group(0) if m else None
        # a heading that only names a date ("一、申报时间") and the dates on the next line are one point
        if k + 1 < len(lines) and _DATE_LABEL.match(ln.text[len(label or ""):]) and re.match(r"^(?:\d{4}|\d{1,2}月\d{1,2}日)", lines[k + 1].text):
            k += 1
            end = lines[k].end
        text = norm.text[ln.start:end]
        points.append({"no": len(points) + 1, "label": label, "text": text,
                       "norm_span": [ln.start, end], "span": list(norm.orig_span(ln.start, end))})
        k += 1
    return points


_DATE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:时间|时限|期限|日期|截止|(?:受理|申报|申请|申领)期)[::]?$")
