"""One document per real document.

A file may hold leading news ("…原文件如下:"), a web page's information-disclosure header, or a
digest of several documents under region and category headers ("某某区", "申报通知篇") with item
labels ("12、【政策文件】…"). This module finds where each real document starts and ends, and the
digest region header that stands over it.
"""

from __future__ import annotations

from zhengce import rx as re
from collections import Counter
from dataclasses import dataclass

from zhengce.reading.attachments import attached_policies
from zhengce.reading.lines import BASIS_LABEL, Line, table_cells
from zhengce.reading.page_copies import one_copy, without_interpretation
from zhengce.reading.placing import ZONE_RE
from zhengce.reading.regions import Region, lookup, mentions, most_specific

ITEM_LABEL_RE = re.compile(r"^(\d{1,3})、【([^】]{1,12})】\s*(.+)$")
CATEGORY_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}篇$")


@dataclass
class Chunk:
    lines: list[Line]
    label: str | None = None  # digest item label text (without number and 【category】)
    category: str | None = None  # 【政策文件】 → 政策文件
    header_region: Region | None = None
    dropped: list[Line] | None = None  # news or page chrome before the document
    digest: bool = False  # a block of a place-by-place digest: its numbered lines are items, not articles
    attached_to: int | None = None  # a second policy printed under the notice of chunk N: issued by it
    label_line: bool = True  # the label is the chunk's first line (an item label), not its last (政策依据)
    label_no: str | None = None  # the 文号 the item label cites ("…的意见(某政发〔2022〕8号)")
    header: str | None = None  # the digest block's header line ("某某市经济开发区…奖励政策"): it may name a zone


# "政策依据:关于…的意见", "依据文件 《…》": a digest names the policy its block comes from
BASIS_RE = re.compile(rf"^(?:{BASIS_LABEL}|官方原文|原文链接)\s*[::]?\s*《?([^《》]{{6,120}}?)》?\s*$")
# "——第1-4条摘自《…条例》": a digest whose blocks are closed by the document they were taken from
SOURCE_RE = re.compile(r"^[—\-–]{0,4}\s*(?:第[\d一二三四五六七八九十\-—~至、,]+条)?(?:摘自|摘录自|节选自|摘编自|引自|出自|来源于)"
                       r"\s*《([^《》]{6,120})》\s*(?:[((][^()()]{4,30}[))])?\s*$")
_NAMED_LINE = re.compile(r"^《([^《》]{6,80})》\s*[::]")
_SHORT_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、\S{2,16}$")
# "某某区:对首次通过…": a place of a digest with its measure on the same line
_INLINE_PLACE = re.compile(r"^(?:\d{1,2}[、.]\s*)?([\u4e00-\u9fff]{2,8}?(?:区|县|市|旗))"
                           r"(?:[::]\s*(?=\S{6,})|(?=根据|对|给予|按|\d))")


# a place header's number: "1、", "(一)", "一、"
_PLACE_NO = re.compile(r"^(?:\d{1,2}[、.]|[((][一二三四五六七八九十\d]{1,2}[))]|[一二三四五六七八九十]{1,2}、)\s*")


_PLACE_THEN_TOPIC = re.compile(r"(?:\d{1,2}[、.．]\s*)?([\u4e00-\u9fff]{2,12}?[省市区县旗州盟])([\u4e00-\u9fff]{2,12})")


def _repeated_tail(lines: list[Line]) -> str | None:
    """The words three or more short heading lines add after a place's name ("甲县高新认定奖励", "乙区高新认定奖励"):
    a digest's place headings, each over that place's measures."""
    tails: Counter = Counter()
    for ln in lines:
        m = _PLACE_THEN_TOPIC.fullmatch(ln.text.strip()) if len(ln.text) <= 40 else None  # (a heading is short)
        if m and lookup(m.group(1)) is not None:
            tails[m.group(2)] += 1
    tail, n = tails.most_common(1)[0] if tails else (None, 0)
    return tail if n >= 3 else None


def _without_tail(text: str, tail: str | None) -> str:
    return text[:-len(tail)] if tail and text.endswith(tail) and len(text) > len(tail) else text


def _region_header(text: str, context=None, tail: str | None = None) -> Region | None:
    # a digest's region header is a full place name on a line of its own ("某某区", "某某省"), maybe
    # numbered ("1、某某市某某区"), maybe with the topic every header repeats ("某某县高新认定奖励");
    # "全省"/"全市" is the place the digest is about
    text = _PLACE_NO.sub("", text.strip())
    text = _without_tail(text, tail)
    if text in ("全省", "全市", "省级", "市级", "省本级", "市本级") and context is not None:
        level = "province" if "省" in text else "city"
        return context if context.level == level else None
    if len(text) > 12 or not re.search(r"[省市区县旗州盟]$", text):
        return None
    return lookup(text, context) if context is not None else lookup(text)


def _context(lines: list[Line]) -> Region | None:
    """The place a digest is about, from its first lines ("某某省某某市各县区…政策汇总")."""
    head = " ".join(ln.text for ln in lines[:4])
    found = [r for r in mentions(head) if r.level in ("province", "city")]
    return most_specific(found) if found else None


_SECTIONED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]+[章条])")


def split_documents(lines: list[Line]) -> list[Chunk]:
    lines = without_interpretation(one_copy(lines))
    starts = attached_policies(lines)
    if starts:
        return [Chunk(lines[:starts[1]])] + [Chunk(lines[a:b], attached_to=0)
                                            for a, b in zip(starts[1:], starts[2:] + [len(lines)])]
    labels = [i for i, ln in enumerate(lines) if ITEM_LABEL_RE.match(ln.text)]
    toc = next((i for i, ln in enumerate(lines[:30]) if _TOC_RE.match(ln.text.strip())), None)
    if labels and toc is not None and toc < labels[0] and sum(
            1 for i in labels if _PAGE_NO.search(lines[i].text) or (i + 1 < len(lines) and _PAGE_NO.search(lines[i + 1].text))
    ) >= 0.6 * len(labels) and not any(_entry_printed_again(lines, i) for i in labels):
        # a compilation's table of contents ("3、【政策文件】…的通知……25") whose documents the page never
        # reaches: the compilation itself is the document
        return [_single(lines)]
    if labels:
        return _split_digest(lines)
    if sum(1 for ln in lines if SOURCE_RE.match(ln.text)) >= 2:
        return _split_sourced(lines)
    compiled = (_split_compiled(lines) or _split_titled_items(lines) or _split_stacked(lines)
                or _split_numbered_titles(lines) or _split_reported(lines))
    if compiled:
        return compiled
    headed = _split_headed(lines) or _split_run_on_places(lines) or _split_numbered_places(lines)
    if headed:
        return headed
    # cheap first: two lines shaped like place headers before looking places up
    cells = table_cells(lines)  # (a place in a table's row is no header of a digest)
    tail = _repeated_tail(lines)
    shaped = [ln for i, ln in enumerate(lines) if len(ln.text) <= 16 + len(tail or "") and i not in cells
              and re.search(r"[省市区县旗州盟]$|^全[省市]$", _without_tail(_PLACE_NO.sub("", ln.text.strip()), tail))]
    if len(shaped) < 2:
        return [_single(lines)]
    context = _context(lines) if len(lines) > 3 else None
    # (the same place twice — a page's field "发布机构 / 某某县" printed for two layouts — is no digest)
    if len({ln.text.strip() for ln in shaped if _region_header(ln.text, context, tail)}) >= 2:
        chunks = _split_digest(lines, context, tail)
        if sum(1 for c in chunks if c.header_region is not None and _worded(c)) < 2:
            return [_single(lines)]  # places over figures only: a table's rows, not a digest of measures
        for c in chunks:
            # a place's block of short measures ("1、…奖励20万元") is a list, not a document's articles
            c.digest = c.header_region is not None and not any(_SECTIONED.match(ln.text) for ln in c.lines)
        return chunks
    return [_single(lines)]


_PAGE_NO = re.compile(r"(?:\.{2,}|…+|\s)\s*\.*\s*\d{1,3}\s*$|[\u4e00-\u9fff》)]\s?\.?\d{1,3}$")


def _entry_printed_again(lines: list[Line], i: int) -> bool:
    m = ITEM_LABEL_RE.match(lines[i].text)
    head = re.sub(r"[\s.…·\d]+$", "", m.group(3))[:12] if m else ""
    return bool(head) and any(ln.text.strip().startswith(head) for ln in lines[i + 1:])


def _split_digest(lines: list[Line], context: Region | None = None, tail: str | None = None) -> list[Chunk]:
    chunks: list[Chunk] = []
    region: Region | None = None
    heading: str | None = None  # the place's heading line as printed ("某某县"): it names the place as it was then
    current: Chunk | None = Chunk([])
    for ln in lines:
        reg = _region_header(ln.text, context, tail)
        inline = _INLINE_PLACE.match(ln.text) if context is not None and region is not None else None
        place = lookup(inline.group(1), region or context) if inline else None
        if place is not None and place.level in ("district", "county") and current is not None:
            # "某某区:对首次…": that place's own measure, a document of its own under the city
            if current.lines:
                chunks.append(current)
            chunks.append(Chunk([ln], header_region=place))
            current = Chunk([], header_region=region)
            continue
        basis = BASIS_RE.match(ln.text) if context is not None else None
        if basis and current is not None and current.lines:
            # the policy this block comes from closes the block: the next block is another document
            current.lines.append(ln)
            if current.label is None:
                current.label, current.label_line = basis.group(1), False
            chunks.append(current)
            current = Chunk([], header_region=region)
            continue
        zone_head = (context is not None and not reg and len(ln.text.strip()) <= 16
                     and re.fullmatch(r"[\u4e00-\u9fff]{2,10}(?:经开区|高新区|开发区|新区|产业园区|工业园区|综保区)", ln.text.strip()))
        if zone_head:
            # "某某经开区" among the places of a digest: a block of its own, the zone named by its header
            if current is not None and current.lines:
                chunks.append(current)
            current = Chunk([], header_region=context, header=ln.text.strip())
            continue
        if reg or CATEGORY_RE.match(ln.text):
            if reg:
                region, heading = reg, ln.text.strip()
            if current is not None and current.lines:
                chunks.append(current)
            current = None
            continue
        m = ITEM_LABEL_RE.match(ln.text)
        if m:
            if current is not None and current.lines:
                chunks.append(current)
            current = Chunk([ln], label=m.group(3).strip(), category=m.group(2), header_region=region)
            continue
        named = _NAMED_LINE.match(ln.text) if context is not None else None
        if named:  # "《某某省…奖励办法》:对…给予…": a measure quoted with the document it is from
            if current is not None and current.lines:
                chunks.append(current)
            current = Chunk([ln], label=named.group(1), header_region=region, label_line=False)  # its text is a measure
            continue
        if current is None:  # text under a header with no item label: a document of its own
            current = Chunk([], header_region=region, header=heading)
        current.lines.append(ln)
    if current is not None and current.lines:
        chunks.append(current)
    if (context is not None or sum(c.header_region is not None for c in chunks) >= 2) and chunks \
            and chunks[0].header_region is None and chunks[0].label is None \
            and not re.search(r"\d\s*(?:万|元|%)", "".join(ln.text for ln in chunks[0].lines
                                                      if not re.search(r"简介|摘要|导读", ln.text[:40]))):
        chunks = chunks[1:]  # the digest page's own head (breadcrumbs, its title, date), before the first place
    return [c for c in chunks if _substantive(c)]


def _substantive(chunk: Chunk) -> bool:
    """A block worth a document: long enough, or a short measure with its sum ("4、市中区20万"), and not a
    service firm's advertisement standing between the blocks."""
    text = "".join(ln.text for ln in chunk.lines)
    has_sum = bool(re.search(r"\d\s*(?:万|元|%)", text))
    if re.search(r"有限公司.{0,8}(?:提供|专业|代理|代办)", text) and not has_sum:
        return False
    return len(text) >= 20 or (has_sum and chunk.header_region is not None)


def _worded(chunk: Chunk) -> bool:
    """A block with words below its place ("对新认定的…"), not a table row's figures ("62.5" / "1" / "10.0")."""
    return any(re.search(r"[\u4e00-\u9fff]{4}", ln.text) and not _PLACE_SHAPED.search(ln.text.strip())
               for ln in chunk.lines)


_PLACE_SHAPED = re.compile(r"^(?:\d{1,2}[、.]\s*)?\S{2,14}[省市区县旗州盟]$")


_TOC_RE = re.compile(r"^目\s*录$")
_ENTRY_NO = re.compile(r"^(?:\d{1,2}[.、.]|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\))\s*")


def _entry(text: str) -> str:
    return re.sub(r"[\s.…·]+\d*$", "", _ENTRY_NO.sub("", text.strip()))  # "2.某某办法……12" → "某某办法"


def _split_compiled(lines: list[Line]) -> list[Chunk] | None:
    """A compilation (汇编) opening with a table of contents: each document starts where its entry is
    printed again as a heading; the page's head and the contents themselves are not documents."""
    toc = next((i for i, ln in enumerate(lines[:30]) if _TOC_RE.match(ln.text.strip())), None)
    if toc is None:
        return None
    entries: list[str] = []
    body = None
    for i in range(toc + 1, min(len(lines), toc + 60)):
        e = _entry(lines[i].text)
        if e in entries:
            body = i  # the first entry printed again: the contents have ended
            break
        if not (4 <= len(e) <= 60) or re.search(r"[。;]", e):
            return None
        entries.append(e)
    if body is None or len(entries) < 2:
        return None
    chunks: list[Chunk] = []
    for ln in lines[body:]:
        e = _entry(ln.text)
        if e in entries and (not chunks or chunks[-1].label != e):
            chunks.append(Chunk([], label=e, label_line=False))  # its heading is its label, not its text
        elif chunks:
            chunks[-1].lines.append(ln)
    chunks = [c for c in chunks if c.lines]
    return chunks or None


# "一、某某区推动…的若干政策措施" over "为深入贯彻…": a compilation's item that is a whole policy —
# its title numbered as an item, its preamble or first chapter below
_TITLED_ITEM = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*([^。,,;;::]{8,60}?(?:若干政策措施|政策措施|若干措施|若干政策|"
                          r"实施细则|管理办法|暂行办法|实施办法|办法|细则|实施意见|若干意见|规定))\s*$")
_OPENS_A_POLICY = re.compile(r"^(?:为|根据|按照|第一章|第一条)")


# "(一)某省人民政府关于加快…发展的意见(某政发〔2022〕8号)": an item that is a whole document, cited by its 文号
_CITED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))\s*"
                         r"([^。;;《》()()]{2,40}?关于[^。;;《》]{4,80}?的(?:若干)?(?:意见|通知|决定|办法|措施|政策|细则|规定))\s*"
                         r"[((]\s*[\u4e00-\u9fff]{1,12}[〔\[]\d{4}[〕\]]\d{1,4}号\s*[))]?\s*$")


def _split_titled_items(lines: list[Line]) -> list[Chunk] | None:
    starts = [i for i, ln in enumerate(lines[:-1])
              if (_TITLED_ITEM.match(ln.text) and _OPENS_A_POLICY.match(lines[i + 1].text.strip()))
              or _CITED_ITEM.match(ln.text.strip())]
    if not starts or any(SOURCE_RE.match(ln.text) for ln in lines):
        return None
    chunks = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        title = (_TITLED_ITEM.match(lines[i].text) or _CITED_ITEM.match(lines[i].text.strip())).group(1)
        no = re.search(r"[\u4e00-\u9fff]{1,12}[〔\[]\d{4}[〕\]]\d{1,4}号", lines[i].text)
        chunks.append(Chunk(lines[i + 1:end], label=title, label_line=False, label_no=no.group(0) if no else None))
    return [c for c in chunks if c.lines] or None


# "某发〔某年〕N号  某年某月某日" under a title: a document's head as a yearbook or a gazette prints it
_NUMBER_LINE = re.compile(r"^\s*([\u4e00-\u9fff]{1,14}〔\d{4}〕\d{1,4}号)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*$")
_JOINT_BODIES = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,20}(?:委员会|市委|县委|区委|人民政府|办公室|办公厅|局)"
                           r"(?:、(?:中共)?[\u4e00-\u9fff]{2,20}(?:委员会|市委|县委|区委|人民政府|办公室|办公厅|局))*$")


def _split_stacked(lines: list[Line]) -> list[Chunk] | None:
    """Whole documents printed one after another (a yearbook, a gazette): each opens with its title over
    its 文号 line, its issuers maybe above the title; two such heads with different 文号 or more."""
    from zhengce.reading.header import title_like  # (header reads a chunk's head; split only needs the form)
    starts: list[int] = []
    numbers: set[str] = set()
    for j, ln in enumerate(lines):
        m = _NUMBER_LINE.match(ln.text) if j else None
        if m is None or m.group(1) in numbers or not title_like(lines[j - 1].text):
            continue
        numbers.add(m.group(1))
        starts.append(j - 2 if j >= 2 and _JOINT_BODIES.match(lines[j - 2].text.strip()) else j - 1)
    if len(starts) < 2 or any(b - a < 4 for a, b in zip(starts, starts[1:])):
        return None
    starts[0] = 0  # what stands before the first head is the page's: its head reader drops it
    return [Chunk(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]


# "7.某省某厅关于做好…申报工作的通知" over its text, "8.某局关于发布…的公告" over its: a list of whole documents
_NUMBERED_TITLE = re.compile(r"^(\d{1,3})[.、]\s*([^。;;::]{2,40}?关于[^。;;]{4,120}?的(?:通知|公告|通告|意见|决定|批复|函))\s*$")


def _split_numbered_titles(lines: list[Line]) -> list[Chunk] | None:
    """A page listing whole documents, each numbered and titled with its issuer, its text below it."""
    starts = [i for i, ln in enumerate(lines[:-1]) if _NUMBERED_TITLE.match(ln.text.strip())]
    numbers = [int(_NUMBERED_TITLE.match(lines[i].text.strip()).group(1)) for i in starts]
    if len(starts) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:])) \
            or any(b - a < 2 for a, b in zip(starts, starts[1:])):
        return None
    return [Chunk(lines[i:end], label=_NUMBERED_TITLE.match(lines[i].text.strip()).group(2))
            for i, end in zip(starts, starts[1:] + [len(lines)])]


# "某区经信委发布《…措施》,文件指出:…" / "某园区管委会发布《关于…的通知》,对象为…": a paragraph
# reporting one document, opened by the body that put it out
_REPORTED_OPENING = re.compile(r"^(?:(?:近日|日前|近期)[,,]?)?[\u4e00-\u9fff]{2,30}?(?:委员会|委|局|厅|办公室|人民政府|政府|管委会)"
                               r"(?:近日|日前|正式)?(?:发布|印发|出台)了?《([^《》]{6,80})》[,,]")


def _split_reported(lines: list[Line]) -> list[Chunk] | None:
    """A page of reports one after another, each paragraph opening with the body that put out the
    document it tells of ("甲区某委发布《A》,文件指出…" then "乙园区管委会发布《B》,申报对象为…"): one
    document each, when they name different documents and each paragraph says more than its opening."""
    opened = {i: m for i, ln in enumerate(lines) if (m := _REPORTED_OPENING.match(ln.text.strip()))}
    starts = list(opened)
    if len(starts) < 2 or len({m.group(1) for m in opened.values()}) < len(starts) or any(
            sum(len(ln.text.strip()) for ln in lines[a:b]) - opened[a].end() < 40
            for a, b in zip(starts, starts[1:] + [len(lines)])):
        return None
    starts[0] = 0  # (a headline or the page's chrome above the first report is the first's)
    return [Chunk(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]


_BLOCK_HEADER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])\s*([^。,,;;:]{4,30})$")


def _header_place(head: str) -> Region | None:
    """The place a digest block's header names first ("某某市某某区高新技术企业奖励政策" → 某某区)."""
    found = list(mentions(head))
    starts = [i for r in found for i in (head.find(r.name[:2]), head.find((r.city or r.province or "~")[:2])) if i >= 0]
    return most_specific(found) if starts and min(starts) <= 2 else None


# "…汇总某某市对新认定的…给予N万元奖励。某某区对…": a digest flattened into one line, each place
# opening its sentence
_RUN_ON_PLACE = re.compile(r"(?:(?<=[。;])|(?<=汇总)|(?<=如下[::])|^)\s*([\u4e00-\u9fff]{2,7}?(?:市|区|县|旗))(?=对|凡|建立|按照?|给予|设立|每年)")


def _split_run_on_places(lines: list[Line]) -> list[Chunk] | None:
    """A digest whose places each open a sentence of one long line: a document per place."""
    if not any(len(ln.text) > 40 and len(_RUN_ON_PLACE.findall(ln.text)) >= 3 for ln in lines):
        return None  # (cheap first: no line with three sentences opening on a place-shaped name)
    context = _context(lines)
    chunks: list[Chunk] = []
    found: set[Region] = set()
    for ln in lines:
        starts = []
        for m in _RUN_ON_PLACE.finditer(ln.text):
            place = lookup(m.group(1), context)
            if place is not None and (context is None or place.province == context.province):
                starts.append((m.start(1), place))
        if len(starts) < 3:
            if chunks:
                chunks[-1].lines.append(ln)  # what follows the flattened line goes with its last place
            continue
        for k, (at, place) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(ln.text)
            chunks.append(Chunk([Line(ln.start + at, ln.text[at:end])], header_region=place, digest=True))
            found.add(place)
    return chunks if len(found) >= 3 else None


# "1、某某区:对新认定的…给予N万元": a digest's numbered items, each a place and its measures
_NUMBERED_PLACE = re.compile(r"^\s*\d{1,2}[、.]\s*([\u4e00-\u9fff]{2,8}?(?:市|区|县|旗))[::]\s*(?=\S{6,})")


def _split_numbered_places(lines: list[Line]) -> list[Chunk] | None:
    """A digest numbering its places, each with its measures on its line: a document per place (the
    page's words above the first go with it, as a flattened digest's words after its last go with that)."""
    at = [(i, m) for i, ln in enumerate(lines) if (m := _NUMBERED_PLACE.match(ln.text))]
    if len(at) < 2:
        return None
    context = _context(lines)
    places = [lookup(m.group(1), context) for _, m in at]
    if any(p is None for p in places) or len(set(places)) < len(places):
        return None  # (an unknown or repeated name: items of one document, not places)
    if context is not None and any(p.province != context.province for p in places):
        return None
    chunks = []
    for k, ((i, _), place) in enumerate(zip(at, places)):
        end = at[k + 1][0] if k + 1 < len(at) else len(lines)
        chunks.append(Chunk(lines[0 if k == 0 else i:end], header_region=place, digest=True))
    return chunks


def _split_headed(lines: list[Line]) -> list[Chunk] | None:
    """A digest whose blocks are headed by a numbered line naming a place ("一、某某省…奖励政策",
    "(一)某某市某某区…") and closed by "政策依据:《…》": one document per block with text; a header
    with nothing under it (a city over its districts) and the page's own head are not documents."""
    heads: dict[int, tuple[str, Region]] = {}  # line → (header text, the place it names)
    for i, ln in enumerate(lines):
        m = _BLOCK_HEADER.match(ln.text.strip())
        place = _header_place(m.group(1)) if m else None
        if place is not None:
            heads[i] = (m.group(1), place)
    if len(heads) < 2 or not any("。" in ln.text for ln in lines):
        return None  # (headers over lists of names and no sentence: an outline, no digest of texts)
    places = {place.full + (z.group(1) if (z := ZONE_RE.search(text)) else "") for text, place in heads.values()}
    if len(places) < 2 and sum(1 for ln in lines if BASIS_RE.match(ln.text)) < 2:
        return None  # one place's numbered parts are its sections; a digest names several places or sources
    starts = sorted(heads)
    chunks: list[Chunk] = []
    seen: set[tuple] = set()
    for k, i in enumerate(starts):
        body = lines[i + 1:starts[k + 1] if k + 1 < len(starts) else len(lines)]
        basis = next((m for ln in body if (m := BASIS_RE.match(ln.text))), None)
        header, place = heads[i]
        key = (header, basis.group(1) if basis else None)
        if not body or key in seen:
            continue  # a header over nothing; a page that prints a block twice holds one document
        seen.add(key)
        # "某某市:…" / "某某县:…" inside the block: each county of the city with its own measure
        parts: list[tuple[Region, list[Line]]] = [(place, [])]
        for ln in body:
            inline = _INLINE_PLACE.match(ln.text)
            sub = lookup(inline.group(1), place) if inline else None
            if sub is not None and sub != place and sub.level in ("district", "county") and parts[-1][1]:
                parts.append((sub, [ln]))
            else:
                parts[-1][1].append(ln)
        for k2, (where, part) in enumerate(parts):
            chunks.append(Chunk(part, label=key[1] if k2 == 0 else None, label_line=False, header_region=where,
                                digest=True, header=header if k2 == 0 else None))
    chunks = [c for c in chunks if _substantive(c)]
    # blocks before the first numbered header, each closed by its 政策依据 under a place header line
    # ("某某市" / measure / "政策依据:《…》" …, then "(四)某某市某某县"): documents of their own too
    before = lines[:starts[0]]
    if chunks and any(BASIS_RE.match(ln.text) for ln in before):
        blocks = [c for c in _split_digest(before, _context(lines)) if c.label or c.header_region]
        for c in blocks:
            c.digest = True
        chunks = blocks + chunks
    return chunks if len(chunks) >= 2 else None


def _split_sourced(lines: list[Line]) -> list[Chunk]:
    """Blocks of excerpts, each closed by "——摘自《X》": one document per source; the digest's own head,
    its category headers ("二、土地税费优惠政策") and a block cut before its source are not documents."""
    chunks: list[Chunk] = []
    current: list[Line] = []
    for ln in lines:
        m = SOURCE_RE.match(ln.text)
        if m:
            if current:
                chunks.append(Chunk(current + [ln], label=m.group(1), label_line=False, digest=True))
            current = []
        elif _SHORT_SECTION.match(ln.text):
            current = []  # a category header opens the next block; what stood before it was the page's head
        else:
            current.append(ln)
    return chunks


def _single(lines: list[Line]) -> Chunk:
    # leading news and page chrome are told apart from the title by zhengce.reading.header
    return Chunk(lines)
