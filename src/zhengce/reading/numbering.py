"""The numbering scheme of a document, recognised over the whole document.

Chinese official documents number their parts with a small set of markers whose order of rank
is fixed by convention (GB/T 9704): 第一章 > 第一条; 一、 > (一) > 1. > (1) > ①. A document uses
some of them, in any combination, and a level may be only a group heading ("(一)加快企业梯度
培育" above "1.…" items). Instead of keying rules to the first heading, this module:

1. finds every line that opens with a marker, and keeps only those that continue a numbered
   sequence of their kind (1, 2, 3 … restarting under a new parent), so that "3、" inside a
   sentence list or a stray "(2)" does not become structure;
2. decides, from what the items of each level look like, which level holds sections (titled
   groups) and which holds articles (the clauses that carry measures): a level whose items are
   short title lines, each followed by items of a lower level, is a grouping level; the first
   level whose items carry text of their own is the article level.

The result is a list of `Item` (a marker line with its kind, number and rank) and the chosen
section and article kinds; structure.parse_body turns it into sections and articles.
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass

from zhengce.reading.amounts import chinese_to_int
from zhengce.reading.fields import NUMBERED_FIELD_RE
from zhengce.reading.lines import CN_NUM, Line
from zhengce.reading.titles import title_like

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# kind -> (pattern at line start, rank). Lower rank = higher level.
_KINDS: list[tuple[str, re.Pattern[str], int]] = [
    # "第一部分 工业" over "第一章 供地…": a part groups chapters; alone, parts are the sections
    ("part", re.compile(rf"^第([{CN_NUM}]{{1,3}})部分[、.\s]*(.*)$"), -1),
    ("chapter", re.compile(rf"^第([{CN_NUM}]{{1,3}})章[、.\s]*(.*)$"), 0),
    # (and "第1条" in digits; and "附件1第四条:…", a card quoting an article of the policy it attaches)
    ("clause", re.compile(rf"^(?:附件\d{{1,2}})?第([{CN_NUM}]{{1,4}}|\d{{1,3}})条[、.:\s]*(.*)$"), 1),
    ("cn", re.compile(rf"^([{CN_NUM}]{{1,3}})(?:、|\.(?=[\u4e00-\u9fff“]))\s*(.*)$"), 2),
    ("pcn", re.compile(rf"^\(?([{CN_NUM}]{{1,4}})\)[、.]?\s*(.*)$"), 3),
    # "01、景区政策" over "1、…" items: a magazine-style layout's zero-padded heads rank above its plain numbers
    # (or "01" on a line of its own, its measure on the lines below)
    ("pad", re.compile(r"^0([1-9])(?:[.、](?!\d)|\s(?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff])|\s*$)\s*(.*)$"), 3.5),
    # "1." "1、" "1 支持…"
    ("num", re.compile(r"^(\d{1,3})(?:[.、](?!\d)|\s(?=[\u4e00-\u9fff])|(?<=^0\d)(?=[\u4e00-\u9fff]))\s*(.*)$"), 4),
    ("pnum", re.compile(r"^\((\d{1,3})\)\s*(.*)$"), 5),
    ("circ", re.compile(rf"^([{_CIRCLED}])\s*(.*)$"), 6),
]
RANK = {k: r for k, _, r in _KINDS}

# A marker inside a line, right after the end of a sentence: "…给予奖励。2.支持…" (text pasted
# without line breaks). Only split when the marker continues a sequence already open.
_INLINE = re.compile(rf"(?<=[。;!?:])\s*(?=(?:[{CN_NUM}]{{1,3}}、(?![{CN_NUM}]、)|\([{CN_NUM}]{{1,4}}\)|\d{{1,2}}[.、](?!\d)|"
                     rf"第[{CN_NUM}]{{1,4}}[条章]|第\d{{1,3}}条)\S)"  # ("一、二、三产融合": numerals listed, no item)
                     # a page spliced from snippets: "…协议,第二章某某标准第三条…" (第X章/第X条 only)
                     # (a unit list closed by ")" ends a spliced measure: "…(责任单位:…)(六)支持…")
                     rf"|(?<=[))])(?=(?:[{CN_NUM}]{{1,3}}、(?![{CN_NUM}]、)|\([{CN_NUM}]{{1,4}}\))[\u4e00-\u9fff])"
                     rf"|(?<=[,,])\s*(?=第[{CN_NUM}]{{1,4}}章\S)|(?<=[,,\u4e00-\u9fff])(?=第[{CN_NUM}]{{1,4}}条(?!第|规定|所列|中|的|之)[\u4e00-\u9fff])"
                     # ("《某通知》中第一条", "资格条件第三条第(二)项的": an article cited, or an item of it)
                     rf"(?<![依照根据按款项的之本中])")
# an item numbered after the units in charge of the one before, in brackets: "…(落实单位:某局)2.支持…"
_AFTER_UNITS = re.compile(r"(?:单位|部门)\s*[::][^()。;]{1,40}\)(?=\d{1,2}[.、][\u4e00-\u9fff])")
# "一、某某县民宿扶持奖励标准1、鼓励…": the first item of a list run on after its section title
# (or deep in a text that numbers its items throughout: "三、某某措施(4条)(十一)…")
# (and "(三)某某措施1.鼓励…": a group's title run into its first item)
_AFTER_TITLE = re.compile(rf"^((?:[{CN_NUM}]{{1,3}}、[^。;,:]{{2,30}}?|\([{CN_NUM}]{{1,3}}\)[^。;,:()]{{2,30}}?)"
                          rf"(?=(?<!\d)(?:1[、.]|\([{CN_NUM}]{{1,4}}\))[\u4e00-\u9fff])"
                          # (a group's title over items numbered throughout: "(二)某某发展4.某某")
                          rf"|\([{CN_NUM}]{{1,3}}\)[^。;,:()]{{4,30}}?(?<![\d“])(?=[1-9]\d?\.[\u4e00-\u9fff]))")
# a section's lead clause: "(由市发改委牵头实施)", "(牵头单位:区经信局)", "(牵头部门:区发改局,配合部门:…)" —
# the last also when the page was cut inside it
LEAD_RE = re.compile(r"[((](?:由)?([^()()]{2,80}?)(?:牵头实施|牵头负责|负责牵头|牵头)[))]\s*$"
                     r"|[((](?:牵头单位|牵头部门)[::]([^()()]{2,80}?)[))]\s*$"
                     r"|[((](?:牵头单位|牵头部门)[::]([^()(),,;;]{2,40})[,,;;]\s*(?:配合|协同|责任|参与)(?:单位|部门)[::]"
                     r"[^()()]*(?:[))]\s*)?$")



@dataclass
class Item:
    index: int  # line index
    kind: str
    no: int
    label: str
    rest: str

    @property
    def rank(self) -> int:
        return RANK[self.kind]


def marker(text: str) -> tuple[str, int, str, str] | None:
    """(kind, number, label, rest) of a line that opens with a numbering marker."""
    for kind, pattern, _ in _KINDS:
        m = pattern.match(text)
        if not m:
            continue
        raw = m.group(1)
        if kind in ("num", "pnum", "pad") or (kind == "clause" and raw.isascii() and raw.isdigit()):
            n = int(raw)
        elif kind == "circ":
            n = _CIRCLED.index(raw) + 1
        else:
            n = chinese_to_int(raw)
        if not n:
            continue
        if kind == "num" and (re.match(r"^\d{1,3}、【", text) or NUMBERED_FIELD_RE.match(text)):
            continue  # a digest's item label, or a page field in a numbered list ("2. [发文机构]"), not structure
        label = text[: m.start(2)].rstrip() if m.group(2) else text[: m.end(1) + 1]
        return kind, n, label, m.group(2)
    return None


def _cut_titles(ln: Line) -> list[Line]:
    """A part's title, its group's title and the first item run together ("一、某某(一)某某1.某某"): one line each."""
    out = []
    for _ in range(3):
        m = _AFTER_TITLE.match(ln.text)
        if not m:
            break
        out.append(Line(ln.start, m.group(1)))
        ln = Line(ln.start + m.end(1), ln.text[m.end(1):])
    return out + [ln]


def split_inline(lines: list[Line]) -> list[Line]:
    """Cut lines where a numbered item starts after a sentence end inside the line."""
    out: list[Line] = []
    for ln in (piece for line in lines for piece in _cut_titles(line)):
        cuts = sorted({m.start() for m in _INLINE.finditer(ln.text) if m.start() > 0}
                      | {m.end() for m in _AFTER_UNITS.finditer(ln.text)})
        if not cuts:
            out.append(ln)
            continue
        prev = 0
        for c in cuts + [len(ln.text)]:
            piece = ln.text[prev:c]
            if prev > 0:  # a section title cut out of the line, its first item run on after it
                out += [p for p in _cut_titles(Line(ln.start + prev, piece)) if p.text.strip()]
            elif piece.strip():
                out.append(Line(ln.start + prev, piece))
            prev = c
    return out


def _continued(marks: list, pos: int, kind: str, n: int) -> bool:
    """A fragment that starts deep in a document ("第二十一条", "(十七)"): a first number of any size
    opens the sequence when the next items of its kind go on from it (two of them; one for 第X条)."""
    following = [m[1] for _, m in marks[pos + 1:pos + 40] if m[0] == kind][:2]
    # (or the one item left before the page is cut: "70.…" then "71.…" at the end)
    need = [n + 1] if kind == "clause" or len(following) == 1 else [n + 1, n + 2]
    return following[:len(need)] == need


_HEADED = re.compile(r"[^。;,,:]{2,20}。")  # an item opening with a short heading sentence: "推动某某。对…"


def sequence_items(lines: list[Line]) -> list[Item]:
    """Marker lines that continue a numbered sequence of their kind.

    A kind's items either continue its last number (documents that number articles across the
    whole document) or restart at 1 after a marker of a higher level (numbering per section). A
    number that repeats the last one or skips up to three is still accepted (the warnings report
    it); a number that jumps further is text, not structure. A text that starts in the middle (a
    fragment) may open a sequence at a small number other than 1.
    """
    last: dict[str, int] = {}
    higher_since: dict[str, bool] = {}
    items: list[Item] = []
    marks = [(i, m) for i, ln in enumerate(lines) if (m := marker(ln.text))]
    for pos, (i, m) in enumerate(marks):
        kind, n, label, rest = m
        prev = last.get(kind)
        if prev is None:
            ok = n <= (5 if RANK[kind] <= RANK["cn"] else 3) or _continued(marks, pos, kind, n) or (
                # one article quoted from a rules text: "第九条 …" opening the page, nothing numbered above
                kind == "clause" and pos == 0 and i <= 1 and not re.match(r"(?:规定|所|的|中|之|款)", rest)) or (
                # the one item a cut page reaches under its part: "二、主要任务" / "8.支持甲类。对…给予…"
                pos == len(marks) - 1 and pos and RANK[marks[pos - 1][1][0]] < RANK[kind] and n <= 40
                and _HEADED.match(rest) is not None and _PAID.search(rest) is not None) or (
                # the one measure a page cut from the middle of a policy shows whole, after the tail of the one
                # before it: "…的奖励。" / "9.深入实施某某。对…"
                pos == 0 and i > 0 and 2 <= n <= 40 and kind in ("num", "cn", "pcn")
                and sum(1 for _, mm in marks if mm[0] == kind) == 1 and _HEADED.match(rest) is not None)
        else:
            ok = prev <= n <= prev + 3 or (n == 1 and higher_since.get(kind, False))
        if not ok:
            continue
        items.append(Item(i, kind, n, label, rest))
        last[kind] = n
        higher_since[kind] = False
        for other in last:
            if RANK[other] > RANK[kind]:
                higher_since[other] = True
    if any(RANK[it.kind] < RANK["pad"] for it in items):
        # a bare "01" over a part of its own numbered 一、/(一): a magazine's part mark, not an item of the text
        items = [it for it in items if not (it.kind == "pad" and not it.rest.strip())]
    return items


_LEAD_RUN_ON = re.compile(r"^([^。;,:()()]{2,30}?)\s*[((](?:由)?[^()()]{2,80}?(?:牵头实施|牵头负责|负责牵头|牵头)[))]")


def is_title_like(rest: str) -> bool:
    """A heading line: short, no sentence inside (a trailing 。 is tolerated). A title and its lead
    clause may run on into the section's first paragraph: "扩大有效投资政策(由市发改局牵头实施)全力推进…"."""
    run_on = _LEAD_RUN_ON.match(rest)
    if run_on:
        return True
    body = LEAD_RE.sub("", rest).strip()
    if not body or len(body) > 45:
        return False
    inner = body.rstrip("。")
    return "。" not in inner and ";" not in inner and not re.search(r"[::]$", inner)


# a paragraph that pays: an award verb, then money ("…分别奖励20万元、10万元", "每期补助1万元")
_PAID = re.compile(r"(?:给予|奖励|补助|补贴|资助|奖补)[^。;]{0,16}?\d[\d.]*\s*[万亿]?元")


@dataclass
class Scheme:
    items: list[Item]
    section_kind: str | None  # None: one untitled section
    article_kind: str | None  # None: no articles
    group_kinds: tuple[str, ...] = ()  # levels between section and article (group headings)


def _levels(items: list[Item]) -> list[str]:
    kinds = sorted({it.kind for it in items}, key=RANK.get)
    return kinds


def _is_grouping(items: list[Item], kind: str, lower: list[str], lines: list[Line] | None = None,
                 paragraphs: list[Line] | None = None) -> bool:
    """Items of `kind` are headings of groups: title-like and followed by a lower-level item.
    (`paragraphs`: the lines, only to see what a heading without sub-items pays)"""
    paragraphs = paragraphs or lines
    own = [k for k, it in enumerate(items) if it.kind == kind]
    if not own or not lower:
        return False
    hits = counted = parents = paid = childless_paying = paying_children = 0
    for k in own:
        nxt = items[k + 1] if k + 1 < len(items) else None
        # (the paragraph of its own below a heading — up to two lines — pays an award: see below)
        paid_below = bool(paragraphs) and any(
            _PAID.search(ln.text) for ln in paragraphs[items[k].index + 1:nxt.index if nxt else None][:2])
        if kind != "cn" and paid_below and (nxt is None or nxt.kind not in lower):
            childless_paying += 1  # "(一)种植补贴" over a paragraph paying an award, no sub-items: a measure
        pays = kind == "cn" and bool(lines) and paid_below
        if nxt is None and counted and is_title_like(items[k].rest):
            paid += pays  # (the last heading, a paragraph that pays below it)
            continue  # the last heading of a text cut short has nothing after it
        counted += 1
        # "一、高企相关奖励政策:" directly over its "(一)…" items: a heading that introduces them
        colon_head = bool(re.fullmatch(r"[^,,。;;::]{2,16}[::]", items[k].rest.strip()))
        # (or a short title, then one lead paragraph that pays nothing, then the sub-items: "1.租房补贴。" /
        # "对引进的人才给予租房补贴,连续资助3年。" / "(1)…每月补贴N元")
        short_lead = lines is not None and nxt is not None and nxt.index - items[k].index == 2 \
            and len(items[k].rest.strip().rstrip("。")) <= 12 and not re.search(r"\d\s*[万亿]?元", lines[items[k].index + 1].text)
        if (is_title_like(items[k].rest) or colon_head) and nxt is not None and nxt.kind in lower \
                and (kind == "cn" or nxt.index - items[k].index <= 1 or short_lead):
            hits += 1  # (a heading with a paragraph of its own before its sub-items is an article)
            parents += 1
            if kind == "cn" and paragraphs:
                paying_children += _paying_children(items, k, nxt.kind, paragraphs)
        elif kind == "cn" and is_title_like(items[k].rest) and (nxt is None or nxt.index - items[k].index > 1):
            hits += 1  # "一、政策背景" over a paragraph of its own: a section without articles
            paid += pays  # … unless its paragraph pays an award: then it is a measure
    # (below 一、, items that carry a measure of their own outweigh the headings beside them:
    # "48.发展某某企业。对…给予…" beside "49.支持某某。" over "(1)…(2)…" are both articles)
    # (and a heading with no items under it that goes on past its title on its own line: "(四)某某。对…")
    measures = childless_paying + sum(1 for k in own if (len(items[k].rest) > 45 and not is_title_like(items[k].rest)) or (
        re.search(r"^[^。]{2,16}。[^。]{10,}", items[k].rest) and (k + 1 >= len(items) or items[k + 1].kind not in lower)))
    if kind != "cn" and measures and hits <= measures:
        return False
    # (not when the one heading over items heads titled articles, "三、实施流程" over "(一)组织方式" …: the parts
    # beside it, paying or not, are sections too)
    headed = kind == "cn" and parents and _headed_children(items, own, lower)
    if kind == "cn" and 3 * parents < counted and paying_children < (2 if parents == 1 else 3) and not headed:
        # "一、活动时间" … "六、兑付方式", one of them over a list of dates: a plan's articles (not when
        # the one heading over items heads the measures that pay: "二、支持范围" over "(一)…给予…")
        return False
    if kind == "cn" and paid >= 2 and paid >= parents and not headed:
        return False  # as many headings pay an award in a paragraph of their own as head lists: measures
    return hits >= max(1, 0.5 * counted)


_MEASURE_HEAD = re.compile(r"(?:实施|加大|加强|加快|优化|适当|取消|分期|支持|鼓励|推进|推动|提升|提高|完善|降低|减免|落实|强化|扩大|"
                           r"促进|实行|调整|延长|延缓|放宽|简化|培育|打造|深化|引导|开展|建立|健全|做好|用好|拓展|保障|规范|全力|持续)"
                           r"(?!流程|程序|步骤|范围|主体|时间|期限|方式|办法|细则|要求|对象|内容)")


def _headed_children(items: list[Item], own: list[int], lower: list[str]) -> bool:
    """Each heading over items has only short titled items, each over a paragraph of its own ("三、实施流程" /
    "(一)组织方式" / "…"): a section of titled articles, so the parts beside it are sections too."""
    kids = [c for k, nxt in zip(own, own[1:] + [len(items)]) if (c := [it for it in items[k + 1:nxt] if it.kind == lower[0]])]
    # (parts that open on a verb are measures, "一、加大某某支持" over "(一)调整某某规定": the policy's articles)
    verbs = sum(1 for k in own if _MEASURE_HEAD.match(items[k].rest.strip()))
    return bool(kids) and 2 * verbs < len(own) and all(len(c) >= 2 for c in kids) and all(
        re.fullmatch(r"[^,,;;。::\d]{2,12}[。]?", it.rest.strip()) for c in kids for it in c) and all(
        b.index - a.index > 1 for c in kids for a, b in zip(c, c[1:]))


def _paying_children(items: list[Item], k: int, child: str, paragraphs: list[Line]) -> int:
    """How many of heading k's items of kind `child` pay an award in their own words or paragraph."""
    n = 0
    for j in range(k + 1, len(items)):
        it = items[j]
        if it.kind == items[k].kind:
            break
        if it.kind == child:
            end = next((x.index for x in items[j + 1:] if x.kind in (child, items[k].kind)), None)
            # (or one named as an award: "1.品牌培育奖励" over a table of the sums)
            n += any(_PAID.search(ln.text) for ln in paragraphs[it.index:end][:3]) \
                or bool(re.fullmatch(r"[\u4e00-\u9fff“”()()]{2,16}(?:奖励|补贴|补助|资助|奖补)[。::]?", it.rest.strip()))
    return n


def scheme_of(lines: list[Line]) -> Scheme:
    items = sequence_items(lines)
    if any(it.kind == "part" for it in items):
        first_part = min(it.index for it in items if it.kind == "part")
        parts = [k for k, it in enumerate(items) if it.kind == "part"]
        # (each part opening its own count of 一、: the parts are the sections, after an introduction
        # numbered on its own — "一、指导思想 … 四、考核方式" / "第一部分 …" / "一、…")
        restarts = sum(1 for k in parts if k + 1 < len(items) and items[k + 1].kind == "cn" and items[k + 1].no == 1) >= 2
        if any(it.kind == "chapter" for it in items) or (any(it.index < first_part for it in items) and not restarts):
            # parts over chapters, or parts inside a numbered section ("一、…清单" / "第一部分:…"): the
            # chapters or sections are the structure, a part line is text
            items = [it for it in items if it.kind != "part"]
        else:
            items = [Item(it.index, "chapter", it.no, it.label, it.rest) if it.kind == "part" else it for it in items]
    clauses = [it for it in items if it.kind == "clause"]
    prev = lines[clauses[0].index - 1] if clauses and clauses[0].index > 0 else None
    # (cut out of the line before it, in mid-sentence, not after a chapter's title)
    cut = prev is not None and prev.end == lines[clauses[0].index].start and re.search(r"[\u4e00-\u9fff]$", prev.text.rstrip()) \
        and not re.match(rf"\s*第[{CN_NUM}]+[章节]", prev.text)
    if len(clauses) == 1 and len(items) - 1 >= 3 and clauses[0].index > min(it.index for it in items) and cut:
        # one "第一条" cut out of a sentence below an outline of other numbers ("…享受本意见第一条中…"):
        # a reference, not the article level
        items = [it for it in items if it.kind != "clause"]
    levels = _levels(items)
    while len(levels) >= 2 and _questions([it for it in items if it.kind == levels[0]]):
        # "(一)哪些单位可以申请?" over "1.…": a Q&A page's prompts are neither sections nor articles
        items = [it for it in items if it.kind != levels[0]]
        levels = levels[1:]
    if not levels:
        return Scheme(items, None, None)
    if "chapter" in levels:
        below = [k for k in levels if k != "chapter"]
        art = "clause" if "clause" in below else (below[0] if below else None)
        return Scheme(_keep(items, ["chapter", art]), "chapter", art)
    if "clause" in levels:
        heads = [it for it in items if it.kind == "cn"]
        first_clause = min(it.index for it in items if it.kind == "clause")
        if heads and heads[0].index < first_clause and all(is_title_like(h.rest) and _heads_clauses(items, h)
                                                            for h in heads):
            # "一、某某支持力度" over "第一条 …" (through group headings "(一)某某奖励" or not): titled
            # parts over articles numbered 第X条
            return Scheme(_keep(items, ["cn", "clause"]), "cn", "clause")
        return Scheme(_keep(items, ["clause"]), None, "clause")
    top, lower = levels[0], levels[1:]
    if _labelled_lists(lines, top):
        # "适用对象:" 1. 2. / "政策内容:" 1. 2.: lists under labels (a policy card), not articles
        return Scheme([], None, None)
    tops = [it for it in items if it.kind == top]
    # (not the parts of a rules text that says what it is first: "…制定本办法。" / "一、适用范围" / "二、奖励对象")
    preamble = " ".join(ln.text for ln in lines[max(0, tops[0].index - 3):tops[0].index]) if tops else ""
    if len(tops) >= 2 and all(_CARD_FIELD.match(it.rest.strip()) for it in tops) \
            and not re.search(r"制定本[\u4e00-\u9fff]{0,6}?(?:办法|细则|规定|政策|措施|意见|方案)。?\s*$", preamble):
        # "一、政策内容 二、适用对象 三、操作流程", "(一)资助对象和条件 (二)资助范围和标准": the fields
        # of a policy card or a call, not measures
        return Scheme([], None, None)
    subs = [it for it in items if lower and it.kind == lower[0]]
    if len(tops) >= 2 and len(subs) >= 2 and sum(1 for it in subs if _CARD_FIELD.match(it.rest.strip())) >= 0.8 * len(subs):
        # "八、某某奖励" / "1.申报条件" / "2.支持标准" under each: the fields of each measure, so the measures
        # are the articles
        return Scheme(_keep(items, [top]), None, top)
    if _is_grouping(items, top, lower, lines):
        return _per_section(items, top, lines)
    first = next(it for it in items if it.kind == top)
    if top == "cn" and (_FRAMEWORK.fullmatch(first.rest.strip().rstrip("。::"))
                        or (re.search(r"[((](?:由)?[^()()]{2,40}?牵头[^()()]{0,4}[))]\s*$|[((]牵头(?:部门|单位)[::]",
                                      first.rest.strip()) and is_title_like(first.rest))):
        # "一、总体要求" / "一、指导思想": a plan's framework parts, not measures — the level is sections;
        # so is "一、某某发展(由某局牵头)": a domain and the bureau leading it
        return _per_section(items, top, lines)
    # the top level carries the measures itself (a heading line and its paragraph, or a
    # sentence): it is the article level, in one untitled section
    return Scheme(_keep(items, [top]), None, top)


def _heads_clauses(items: list[Item], head: Item) -> bool:
    """The part headed by `head` opens on its articles (第X条), or on group headings over them."""
    for it in items[items.index(head) + 1:]:
        if it.kind == "clause":
            return True
        if it.kind == "cn" or not is_title_like(it.rest):
            return False
    return False


def _questions(items: list[Item]) -> bool:
    # (one mark after a word: a page whose lost characters became "?" asks nothing)
    return len(items) >= 2 and all(re.search(r"[\u4e00-\u9fff”》)][??]\s*$", it.rest)
                                   and len(re.findall(r"[??]", it.rest)) == 1 for it in items)


_FRAMEWORK = re.compile(r"总体要求|总体思路|工作思路|指导思想|基本原则|总体目标|主要目标|工作目标|发展目标|制定背景|起草背景|修订背景|背景情况|"
                        r"起草过程|起草经过|制定过程|"
                        r"背景(?:和|与)?(?:意义|依据)?|修订主要内容|主要内容|总则|目的(?:和|与)?依据|适用范围|(?:制定|编制)(?:目的|依据)")


_CARD_FIELD = re.compile(r"(?:政策内容|政策依据|适用对象|适用范围|支持对象|资助对象|申报对象|扶持对象|奖励对象|操作流程|办理流程|"
                         r"申报流程|申报程序|兑现时间|兑现方式|联系方式|咨询电话|申报条件|申报材料|申报时间|办理时限|"
                         r"扶持标准|资助标准|奖励标准|支持标准|资助范围|支持内容|扶持内容)(?:和[\u4e00-\u9fff]{2,4})?(?:$|\s|[::])")


_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}[::]$")


def _labelled_lists(lines: list[Line], kind: str) -> bool:
    """The only numbering is short lists, each under a label line ("政策内容:"), restarting at 1."""
    if kind not in ("num", "pnum", "circ"):
        return False
    starts = 0
    for i, ln in enumerate(lines):
        m = marker(ln.text)
        if m and m[0] == kind and m[1] == 1:
            prev = next((lines[j].text.strip() for j in range(i - 1, -1, -1) if lines[j].text.strip()), "")
            if not _LABEL_LINE.match(prev):
                return False
            starts += 1
    return starts >= 2


def _per_section(items: list[Item], section: str, lines: list[Line] | None = None) -> Scheme:
    """Sections of kind `section`; inside each, its own article level (a document may number
    articles 1. in one section and (一) in another) below any level of group headings."""
    kept: list[Item] = []
    groups: set[str] = set()
    kinds: set[str] = set()
    segment: list[Item] = []

    def close() -> None:
        if not segment:
            return
        local = _levels(segment)
        rest, local_groups = local, []
        # one level of group headings at most: below section, group and article come points
        while len(rest) >= 2 and not local_groups and _is_grouping(segment, rest[0], rest[1:], paragraphs=lines):
            local_groups.append(rest[0])
            rest = rest[1:]
        wanted = set(local_groups) | ({rest[0]} if rest else set())
        kept.extend(it for it in segment if it.kind in wanted)
        groups.update(local_groups)
        if rest:
            kinds.add(rest[0])

    for it in items:
        if it.kind == section:
            close()
            segment = []
            kept.append(it)
        else:
            segment.append(it)
    close()
    kept.sort(key=lambda it: it.index)
    return Scheme(kept, section, "|".join(sorted(kinds, key=RANK.get)) or None, tuple(sorted(groups)))


def _keep(items: list[Item], kinds: list[str | None]) -> list[Item]:
    wanted = {k for k in kinds if k}
    return [it for it in items if it.kind in wanted]


def first_item_line(texts: list[str]) -> int:
    """The line of the first item numbered 1 — passing over a compilation's label at the very top
    ("(一)某某高新区" over the policy's own title), which only names whose document follows."""
    ones = (i for i, t in enumerate(texts) if (m := marker(t)) and m[1] == 1
            and m[0] in ("chapter", "clause", "cn", "pcn", "pad", "num")
            and t.count(">") < 2)  # (nor a breadcrumb a page numbered "1.": "1.首页>资助项目>")
    first = next(ones, len(texts))
    if first > 2 or first >= len(texts):
        return first
    label = marker(texts[first])[3] or ""
    nxt = next((t.strip() for t in texts[first + 1:first + 3] if t.strip()), "")
    if len(label) <= 16 and not re.search(r"[。,,;;::]", label) and title_like(nxt) and not marker(nxt):
        return next(ones, len(texts))
    return first
