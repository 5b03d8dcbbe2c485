"""Sections (一、…) and articles ((一)… / 1.…) of a policy or implementation-rules document.

Input: the document's body lines (normalized view). Sections open on 一、… (or 第一章); each
article opens on the numbering style its section uses first: "(一)" or "1." (a document may
number across sections or restart in each). Lines that open nothing continue the current
article (a responsible-units clause on its own line, a paragraph broken by layout). After the
articles, closing paragraphs (上述…支持总额, 本通知明确的各项政策…有效) belong to the document.
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass, field

from zhengce.reading.amounts import AMOUNT_RE, matched_amount
from zhengce.reading.lines import CN_NUM, Line
from zhengce.reading.numbering import LEAD_RE, is_title_like, marker, scheme_of, split_inline

# (not "本办法申领对象为…": whom it is for, said at its start)
CLOSING_RE = re.compile(r"^(?:上述|以上|本通知|本政策|本文件|本意见|本措施|本办法|本细则|本实施细则|本方案|本规定|"
                        r"各领域政策|此前|如遇|除标明|政策执行中)(?![\u4e00-\u9fff]{0,4}对象为)")
# "扩大有效投资政策(由市发改局牵头实施)全力推进…": the title and its lead, then the first paragraph
LEAD_RUN_ON_RE = re.compile(r"^([^。;,:()()]{2,30}?)\s*[((](?:由)?([^()()]{2,80}?)(?:牵头实施|牵头负责|负责牵头|牵头)[))]")
BUDGET_RE = re.compile(r"(?:财政[^。;]{0,30}?(?:预算安排|安排预算|安排资金|预算资金)|安排(?:区级|市级|县级|省级)?财政(?:专项)?资金"
                       r"|财政(?:每年|年度|专项)?安排|(?:统筹|整合)(?:安排)?[^。;\d]{0,10}?资金|(?:全年|年度|本年度|当年)预算安排)"
                       r"(?:资金)?[^。;\d]{0,12}?" + AMOUNT_RE.pattern)
RESP_LABEL_RE = re.compile(r"[(\[〔【]?\s*(?:责任单位|牵头单位|责任部门|牵头部门|(?:政策)?执行(?:部门|单位)|实施部门|主管部门|"
                           r"责任主体|牵头责任单位|牵头考核单位|考核单位|责任处室|承办单位|牵头实施单位|实施单位|(?:政策)?落实单位)\s*[::]"
                           r"|【(?:政策)?落实单位】")  # (a card's "【政策落实单位】市某局、市财政局"; not a rule's "【主管部门】…")
# (and the unit that takes the applications, which a table's column may name: "(受理部门:县科技局)")
_UNITS_LABEL = re.compile(RESP_LABEL_RE.pattern + r"|[(\[〔【]\s*受理(?:部门|单位)\s*[::]")
_UNIT_END = re.compile(r"(?:局|办|委|部|部门|单位|中心|集团|公司|院|会|室|处|科|所|队|府|街道|镇|分局|新城|开发区|经开区|高新区|新区|园区|城|"
                       r"管委会|支行|分行|银行|协会|联合会|[残妇侨科文工]联|团|厅|署|站|台|社|馆)(?:\([^()]*\))?$")
_OPEN = "([〔【<〈"
_CLOSE = ")]〕】>〉"
# An article that starts in mid-line after an unclosed responsible clause: "…区财政局(四)支持…"
_MIDLINE_ARTICLE = re.compile(rf"(?<=[局办委部心团司院会府])(?=\([{CN_NUM}]{{1,4}}\)\S)")


@dataclass
class RawArticle:
    no: int
    label: str
    style: str
    lines: list[Line] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass
class RawSection:
    no: int
    label: str
    heading_line: Line | None  # None: an untitled section holding articles with no section above
    rest: str
    intro: list[Line] = field(default_factory=list)
    articles: list[RawArticle] = field(default_factory=list)
    style: str | None = None
    groups: list[Line] = field(default_factory=list)  # group headings between the articles


@dataclass
class RawBody:
    preamble: list[Line]
    sections: list[RawSection]
    closing: list[Line]
    ambiguous: list[Line] = field(default_factory=list)  # numbered lines that fit no sequence


def _split_midline_articles(lines: list[Line]) -> list[Line]:
    out = []
    for ln in lines:
        cuts = [m.start() for m in _MIDLINE_ARTICLE.finditer(ln.text)
                if RESP_LABEL_RE.search(ln.text[:m.start()]) and m.start() > 0]
        if not cuts:
            out.append(ln)
            continue
        prev = 0
        for c in cuts:
            out.append(Line(ln.start + prev, ln.text[prev:c]))
            prev = c
        out.append(Line(ln.start + prev, ln.text[prev:]))
    return out


def _group_lines(scheme) -> set[int]:
    """Lines of group headings: items of a group kind followed by an item of a lower level."""
    out = set()
    for k, it in enumerate(scheme.items):
        nxt = scheme.items[k + 1] if k + 1 < len(scheme.items) else None
        if it.kind in scheme.group_kinds and nxt is not None and nxt.rank > it.rank:
            out.add(it.index)
    return out


# ("具体措施如下" is a sentence leading into the items, not their section's name)
_BARE_HEADING = re.compile(r"(?![\u4e00-\u9fff“”]*如下$)[\u4e00-\u9fff“”]{2,12}")


def looks_like_section_title(rest: str) -> bool:
    """一、… opens a section when what follows is a title, not a sentence of a numbered list."""
    return is_title_like(rest)


def parse_body(lines: list[Line]) -> RawBody:
    """Sections and articles by the document's numbering scheme (zhengce.reading.numbering)."""
    lines = split_inline(_split_midline_articles(lines))
    scheme = scheme_of(lines)
    by_line = {it.index: it for it in scheme.items}
    article_kinds = set((scheme.article_kind or "").split("|")) - {""}
    group_lines = _group_lines(scheme)

    def _is_group(it, i: int) -> bool:
        return i in group_lines
    preamble: list[Line] = []
    sections: list[RawSection] = []
    closing: list[Line] = []
    article: RawArticle | None = None
    for i, ln in enumerate(lines):
        it = by_line.get(i)
        if closing and it is not None and (it.kind == scheme.section_kind or it.kind in article_kinds):
            # "以上奖励需经…确认" closed only its measure: numbering goes on, so the text was no closing
            (article.lines if article is not None else sections[-1].intro).extend(closing)
            closing = []
        if closing:
            closing.append(ln)
            continue
        if it is not None and it.kind == scheme.section_kind:
            sections.append(RawSection(it.no, it.label, ln, it.rest))
            article = None
            continue
        if it is not None and it.kind in article_kinds and not (it.kind in scheme.group_kinds and _is_group(it, i)):
            if not sections or (scheme.section_kind is None and sections[-1].heading_line is not None):
                # articles with no section above them; a short unnumbered heading right above the first
                # ("奖励标准") names their section
                named = (not sections and preamble and _BARE_HEADING.fullmatch(preamble[-1].text.strip())
                         and by_line.get(i - 1) is None)
                sections.append(RawSection(1, "", None, preamble.pop().text.strip() if named else ""))
            elif scheme.section_kind is None and sections[-1].heading_line is None and sections[-1].rest \
                    and article is not None and len(article.lines) > 1 and by_line.get(i - 1) is None \
                    and _BARE_HEADING.fullmatch(article.lines[-1].text.strip()):
                # a flat list under group names ("科技创新" over items 1–3, "人才引进" over 4 and 5, a table's merged
                # group cell): the first named their section, and so does each after it
                sections.append(RawSection(len(sections) + 1, "", None, article.lines.pop().text.strip()))
            cur = sections[-1]
            cur.style = it.kind
            article = RawArticle(it.no, it.label, it.kind, [ln])
            cur.articles.append(article)
            continue
        if not sections:
            preamble.append(ln)
            continue
        cur = sections[-1]
        if it is not None and it.kind in scheme.group_kinds:
            cur.groups.append(ln)
            article = None
            continue
        if cur.articles and CLOSING_RE.match(ln.text) and it is None:
            closing.append(ln)
            continue
        if article is not None:
            article.lines.append(ln)
        else:
            cur.intro.append(ln)
    kinds = {scheme.section_kind, *article_kinds} - {None}
    ambiguous = [ln for i, ln in enumerate(lines) if i not in by_line and (m := marker(ln.text)) and m[0] in kinds
                 and sections]
    return RawBody(preamble, sections, closing, ambiguous)


def section_title_and_lead(rest: str) -> tuple[str, list[str]]:
    rest = re.sub(r"\s*\(\d{1,4}条\)\s*$", "", rest)  # "产业发展支持政策(81条)": a count, not the title
    # a contact note after the lead clause: "(由区发改局牵头)(联系人:闫新宇,0574-…)"
    rest = re.sub(r"\s*[((](?:联系人|联系电话|咨询电话)[::][^()()]*[))]\s*$", "", rest)
    m = LEAD_RE.search(rest)
    if not m:
        run_on = LEAD_RUN_ON_RE.match(rest)
        if run_on:
            return run_on.group(1).strip(), split_units(run_on.group(2))
        return rest.strip().rstrip("::。").rstrip(), []  # "一、…奖励政策:" over its items, "1、某某补贴。"
    title = rest[: m.start()].strip()
    return title, split_units(m.group(1) or m.group(2) or m.group(3))


# "安排58亿元财政资金保障…": the amount before the money it is
BUDGET_BEFORE_RE = re.compile(r"安排" + AMOUNT_RE.pattern + r"(?:的)?(?:财政|专项)资金")
# other verbs and word orders: "每年设立某某专项资金N万元", "县财政每年拿出N万元", "本部分政策资金N亿元,由县财政预算列支"
BUDGET_OTHER_RE = re.compile(r"(?:(?:每年|每年度|年度)(?:设立|安排)[^。;,,\d]{0,16}?专项资金(?:规模)?(?:为|达)?"
                             r"|财政(?:每年|年度)?拿出(?:不少于|不低于)?"
                             r"|(?:本部分|本章|本条|本项|上述|以上|该部分)(?:政策|所需|专项)?资金(?:规模|总额)?(?:约|为|共|计)?)"
                             + AMOUNT_RE.pattern + r"(?![\d.])(?=(?:[^。;]{0,4}?[,,]?[^。;,,]{0,24}?预算|[^。;]{0,12}?用于))")


def section_budget(intro_text: str, titled: bool = True) -> int | None:
    """The part's budget; the other phrasings only under a part's heading (articles with no part above them: a fund
    so phrased is the document's, its total budget)."""
    return matched_amount(BUDGET_RE, intro_text) or matched_amount(BUDGET_BEFORE_RE, intro_text) \
        or (matched_amount(BUDGET_OTHER_RE, intro_text) if titled else None)


# a measure's short name (verb and object, "强化某某保障") run on into a sentence that opens as a measure's text does
# ("对于…", "根据…", "充分发挥…"), the first clause going on to a comma: the break a flattened page lost
_BODY_OPENS = re.compile(r"((?:强化|加强|加快|加大|提升|提高|推进|推动|完善|健全|落实|优化|规范|促进|建立|统筹|培育|深化|扩大)"
                         r"[\u4e00-\u9fff“”]{2,12}?)(?=(?:对于|根据|按照|依托|充分发挥|充分运用|建立健全|要(?!求)|切实|全面落实|将|一是)"
                         r"[^。,]{4,}[,,])")


def heading_of(rest: str) -> str:
    """The article's first sentence, up to the first 。 (or the end of its first line)."""
    rest = rest.lstrip()  # "第一条" alone on its line: the heading is on the next
    rest = re.sub(r"^【(?:优惠|政策|支持|扶持|奖补|奖励|补贴)?内容】\s*", "", rest)  # a card's field label, not the measure's name
    bracketed = re.match(r"【([^【】]{7,30})】", rest)  # (not a rule's short label, "【宗旨】为…")
    if bracketed:  # "【更大力度支持某某】切实抓好…": the heading in its brackets
        return bracketed.group(1).strip()
    run_on = re.match(r"([\u4e00-\u9fff]{2,12}|[\u4e00-\u9fff]{2,12}\([\u4e00-\u9fff]{2,12}\))(?=1[.、][\u4e00-\u9fff])"
                      r"|([\u4e00-\u9fff“”]{4,20})(?=\([一1]\)[\u4e00-\u9fff])", rest)  # ("某某名录(某某状态)1.因…")
    if run_on:  # "第四条 技术创新1.技术改造项目…", "建设某某中心(1)每年…": a short title run on into its first point
        return run_on.group(1) or run_on.group(2)
    spoken = _BODY_OPENS.match(rest)
    if spoken:  # "强化某某保障对于…,纳入…": a measure's name run into its text where a flattened page lost the break
        return spoken.group(1)
    first = rest.split("\n", 1)[0]
    if "。" not in first and re.search(r"[:,]\s*$", first):
        first = rest.replace("\n", "")  # "…须同时符合以下条件:" goes on to its items, up to the 。
    cut = first.find("。")
    head = first[:cut] if cut >= 0 else first
    listed = re.search(r"[::]\s*(?=[((][一二三四五六七八九十1-9]{1,2}[))]|[1-9][.、](?!\d))", head)
    if listed:
        head = head[:listed.start()]  # "…须符合下列条件:(一)…": the lead-in, not the list it opens
    units = [m for m in _UNITS_LABEL.finditer(head) if m.start() > 0]
    if units:  # "…奖励30万元(牵头部门:县科技局)", no 。 before it (a table's row): the units are no part of the heading
        head = head[:units[-1].start()]
    return head.strip()


def split_units(text: str) -> list[str]:
    """Split a list of units on 、 and commas at bracket depth 0: 区财政局(国资办)、区科技局."""
    units, depth, cur = [], 0, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and ch in "、,;;":
            units.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    units.append("".join(cur))
    # "各区、县(市)政府": kinds of place sharing one 各 and one body are one unit, not two
    merged: list[str] = []
    for u in units:
        if merged and re.fullmatch(r"\s*各[区县市乡镇]", merged[-1]) and re.match(r"\s*[区县市乡镇街]", u):
            merged[-1] = merged[-1] + "、" + u
        else:
            merged.append(u)
    # ("牵头单位:市某委 协办单位:市财政局、…": the second label opens a unit of its own)
    merged = [p for u in merged for p in re.split(r"(?<=\S)\s*(?=(?:协办|配合|协同|参与)(?:单位|部门)[::])", u)]
    cleaned = []
    for u in merged:
        u = u.strip().strip("。.")
        if re.match(r"(?:以下|下同|其他[^,]{0,6}不再|如无特别说明|如无特殊说明)", u) or re.search(r"均需|均由|以下不再|不再列出", u):
            break  # "以下均需…落实,不再列出", "…等;各项措施均需各区落实": a note that ends the list
        u = re.sub(r"(?<=[局委办府院会心厅部])等$", "", u)  # "…政府等": the list's own 等
        u = RESP_LABEL_RE.sub("", u)
        u = re.sub(r"^(?:配合|协同|协办|参与|责任|牵头)(?:单位|部门)[::]", "", u)  # "配合单位:区财政局"
        if re.search(r"下同|为牵头|牵头单位$|列第一|排名第一|排在首位", u):
            continue  # "列第一位的为牵头单位,下同": a note on the list, not a unit
        # drop brackets left open or unmatched at either end
        while u and u[0] in _OPEN + _CLOSE and not _balanced(u):
            u = u[1:]
        while u and u[-1] in _OPEN + _CLOSE and not _balanced(u):
            u = u[:-1]
        if u:
            cleaned.append(u)
    return cleaned


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# "某局按职责分工负责", "某局配合": a unit with its role (and the list's 等 before it, "某局等按职责分工负责")
_ROLE_END = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:(?<=[局委办府院会心厅部])等)?(?:按职责分工|按职能分工|按职责|分别|共同)?(?:牵头|配合|负责|参与|协同|协助|落实)+$")


def responsible_of(text: str) -> tuple[list[str], tuple[int, int] | None]:
    """Units of the trailing (责任单位:…) clause, and its span within text.

    Tolerates 〔…〕 and […] brackets, a clause never closed, and a trailing bracket of units with no
    label at all ("〔区委宣传部(文创中心)、区财政局〕").
    """
    labels = list(RESP_LABEL_RE.finditer(text))
    if labels:
        m = labels[-1]
        # several labels in one bracket: "〔牵头单位:区新经济局;责任单位:各产业链牵头部门…〕"
        for earlier in reversed(labels[:-1]):
            between = text[earlier.end():m.start()]
            if len(between) <= 80 and "。" not in between and not any(ch in _CLOSE for ch in between):
                m = earlier
            else:
                break
        start = m.start()
        body_start = m.end()
        depth, end = 0, len(text)
        for i in range(body_start, len(text)):
            ch = text[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                if depth == 0:
                    end = i
                    break
                depth -= 1
            elif ch in "。\n" and depth == 0:
                end = i
                break
        # ("责任单位:某局;联系人:某某;联系方式:某号": who to call is no unit)
        units = [_ROLE_END.sub("", u) for u in split_units(text[body_start:end])
                 if not re.match(r"\s*(?:联系人|联系方式|联系电话|电话|咨询电话)\s*[::]", u)]
        if end == len(text) and units and not _UNIT_END.search(units[-1]):
            units = units[:-1]  # a list cut off with the text: its last word is no unit
        return units, (start, min(len(text), end + 1))
    # (a page cut just after the next item's opening bracket leaves it on a line of its own: "…)。" / "(")
    stripped = re.sub(r"\n\s*[((\[〔【]\s*$", "", text.rstrip()).rstrip().rstrip("。")
    stripped = re.sub(r"〔(?=\d{5,8}号)", "#", stripped)  # a 文号 whose 〕 was lost opens no bracket ("某发〔20229号")
    if stripped and stripped[-1] in _CLOSE:
        # find the matching opening bracket of the trailing group
        depth = 0
        for i in range(len(stripped) - 1, -1, -1):
            ch = stripped[i]
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                depth -= 1
                if depth == 0:
                    # (a label the responsible labels do not name, "(受理部门:县科技局)": the units after it)
                    inner = re.sub(r"^\s*[\u4e00-\u9fff]{2,6}(?:部门|单位|处室)\s*[::]\s*", "", stripped[i + 1:-1])
                    # "(区政务服务局牵头,区发改局、区级相关部门配合)": units with their roles
                    # (…牵头 / …配合 / "某局按职责分工负责": each unit with its role)
                    units = [_ROLE_END.sub("", u)
                             for u in split_units(inner)
                             # (its 文号 first, "〕" maybe lost: "某发〔20229号")
                             if not re.fullmatch(r"[\u4e00-\u9fff]{1,12}[〔\[(#]\d{4}(?:[〕\])]\d{1,4}|\d{1,4})号", u)]
                    # "(皖发〔2021〕9号,省经济和信息化厅等负责)": a list closed by 等 is still units
                    # ("各市(地)": the governments of each city, a unit whatever its last word)
                    if units and all((_UNIT_END.search(u.removesuffix("等")) and len(u) >= 3)
                                     or re.fullmatch(r"各[市县区州盟旗](?:\([^()]*\))?", u) for u in units) \
                            and len(inner) <= 200:
                        return units, (i, len(stripped))
                    break
    # a table's last cells, one per line after the clause ("核定补助" / "市某局"): the units in
    # charge, written by their short names (a signer writes its place in full)
    cells = text.rstrip().split("\n")
    if len(cells) > 2 and "。" not in cells[-1]:
        last = cells[-1].strip()
        units = split_units(last)
        if units and all(re.fullmatch(r"[市区县省州][\u4e00-\u9fff]{1,14}", u) and _UNIT_END.search(u) for u in units):
            start = text.rstrip().rfind(last)
            return units, (start, start + len(last))
    return [], None
