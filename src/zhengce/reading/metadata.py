"""Document metadata read from the text: title, issuer, region, level, year, document number,
issue date, status, comment period and contact, validity and stacking clauses and the upper-level
documents cited (what kind of document it is: kinds.py; its whole money: budgets.py). All values are
simplified Chinese (normalized view).
"""

from __future__ import annotations

import datetime as dt
from zhengce import rx as re
from functools import lru_cache
from collections import Counter

from zhengce.reading.chrome import posting_year
from zhengce.reading.regions import Region, mentions
from zhengce.reading.signature import BRANCH_OF_NATION, DOC_NO_BEFORE_NAME, PLACE_RUN, date_of_line, shared_place
# (what a title is lives in titles.py; these names are read from here too)
from zhengce.reading.titles import _ISSUERS_BEFORE_RE, _JOINT_PREFIX_RE, clean_title, cover_title, strip_issuer_prefix

DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}〔\d{4}〕\d{1,4}号")
DOC_NUMBER_LINE_RE = re.compile(rf"^{DOC_NUMBER_RE.pattern}$")
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
HEADING_RE = re.compile(r"^(?:关于)?[^。:;,]{2,70}?(?:若干政策|政策措施|若干措施|实施细则|实施办法|管理办法|办法|细则|意见|措施|方案|规定)"
                        r"(?:\([^()]{1,12}\))*$")
COVER_RE = re.compile(r"印发《?(.+?)》?的通知$")
QUOTED_TITLE_RE = re.compile(r"《([^《》]{4,80})》")
ISSUER_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}(?:人民政府|人民政府办公室|人民政府办公厅|政府办公室|办公室|办事处|办公厅|委员会|"
                       r"常委会|局|厅|委))$")
OVERLAP_RE = re.compile(r"除(?:交叉|重叠|交叉重叠|交叉重复)(?:部分)?外")
VALID_YEAR_RE = re.compile(r"(?:均为|为)?(\d{4})年(?:全年|度内|1月1日至12月31日)?实施有效")
EFFECTIVE_FROM_RE = re.compile(r"自(\d{4})年(\d{1,2})月(\d{1,2})日起(?:施行|实施|执行)(?:[^。]{0,6}?(?:试行期|有效期)"
                               r"(?:为)?(一|二|两|三|五|\d)年)?")
VALID_UNTIL_RE = re.compile(r"有效期(?:至|到)(\d{4})年(\d{1,2})月(\d{1,2})日")
_STACKING_WORD = re.compile(r"从优、就高、不重复|就高不重复|从高或从优|不得重复享受|不重复享受|不可叠加|可叠加|叠加享受")
PERIOD_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?\s*(?:—|-|~|至|到)+\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
CITE_RE = re.compile(r"《([^《》]{4,80})》\s*\(([^()]{0,20}〔\d{4}〕?\d{1,4}号)\)")

_CN_YEARS = {"一": 1, "二": 2, "两": 2, "三": 3, "五": 5}


def iso(y: int | str, m: int | str, d: int | str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def issuer_in(title: str) -> str | None:
    m = re.match(r"^(?:日前|近日|近期|今日|今天|最近)?[,,]?([\u4e00-\u9fff]{2,20}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室))(?:关于|印发)", title)
    return m.group(1) if m else None


# "某市某某局某类补贴实施细则": a bureau of a place, then the rules' own name with no 关于 between
_BUREAU_THEN_NAME = re.compile(r"^((?:[\u4e00-\u9fff]{1,10}?[省市县区])[\u4e00-\u9fff]{2,14}?(?:局|厅|委员会))(?!关于)"
                               r"([\u4e00-\u9fff“”()()]{4,60}(?:办法|细则|规定|措施|政策|方案|指南|规程))$")


def issuers_of_heading(heading: str | None) -> str | None:
    """"中共某某市某某区委 某某市某某区人民政府 关于…若干政策意见" → the bodies before 关于, joined by 、."""
    if not heading:
        return None
    heading = DOC_NO_BEFORE_NAME.sub("", heading)
    m = _ISSUERS_BEFORE_RE.match(heading.strip()) or _JOINT_PREFIX_RE.match(heading.strip()) or _BUREAU_THEN_NAME.match(heading.strip())
    if not m or re.search(r"关于|转发|印发", m.group(1)):
        return None  # ("关于转发某局《…》的通知": the title's own words, no issuer)
    bodies = []
    for part in re.split(r"[\s、]+", m.group(1)):
        # bodies printed side by side without a space: "中共某某区委某某区人民政府"
        split = [b for b in re.split(r"(?<=区委|县委|市委|省委)(?=[\u4e00-\u9fff])", part) if b]
        for b in split:
            # "某市发展和改革局某市财政局": bodies run together, each opening with the same place (or the nation's)
            place = re.match(r"[\u4e00-\u9fff]{2,8}?[省市县区]", b)
            bodies += [y for x in re.split(r"(?<=[局委厅办府室心])(?=" + "|".join(map(re.escape, (place.group(0), *BRANCH_OF_NATION))) + ")", b)
                       if x for y in shared_place(x)] if place else [b]  # ("某区甲局乙局": one place named once)
    return "、".join(bodies)


@lru_cache(maxsize=1)
def _short_units() -> dict[str, str]:
    """Bureaus' usual short names (科技局 → 科学技术局), expanded where a signer writes one under its
    level's first character ("州科技局"); a signer writing the place in full keeps its own spelling.
    (Read on first use, not at import.)"""
    import csv
    from importlib.resources import files
    with files("zhengce.reading").joinpath("data/unit_short_names.csv").open(encoding="utf-8") as fh:
        return {row["short"]: row["full"] for row in csv.DictReader(fh)}


def qualify_unit(unit: str, region: Region) -> str:
    """"某某区人民政府" in a 某某市 document → "某某市某某区人民政府": a district printed without its city."""
    if unit.startswith("中共"):
        return "中共" + qualify_unit(unit[2:], region)  # 中共某某区委 → 中共某某市某某区委
    if re.fullmatch(r"[\u4e00-\u9fff]{0,12}[省市县区]政府(?:办公室|办公厅)?", unit):
        unit = re.sub(r"政府", "人民政府", unit, count=1)  # "某某市政府" is the 人民政府 by its usual short name
    # "安徽省某某市生态环境局" as a report writes it: the city's body goes by the city's name alone
    prov, city = getattr(region, "province", None), getattr(region, "city", None)
    if prov and city and city != prov and region.level != "province":
        short = re.sub(r"(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", prov)
        for p in (prov, short):
            if unit.startswith(p + city) and len(unit) > len(p + city):
                return qualify_unit(unit[len(p):], region)
    # "省发展和改革委员会" in a province's document: the province (or city) it speaks for
    if unit.startswith("省") and region.level == "province" and region.name.endswith("省"):
        return region.name + unit[1:]
    if unit.startswith("自治区") and region.level == "province" and region.name.endswith("自治区"):
        return region.name + unit[3:]  # "自治区工业和信息化厅" in an autonomous region's document
    if unit.startswith("市") and region.name.endswith("市") and (region.level in ("city", "county") or region.province == region.name):
        return region.name + unit[1:]
    # "州科技局" under a prefecture, "县发改局" in a county: the level's first character stands for the place
    if unit[:1] in "州县区旗盟" and len(unit) >= 3 and region.name.endswith(unit[0]) and region.level != "province":
        return qualify_unit(region.name + _short_units().get(unit[1:], unit[1:]), region)
    if region.level in ("county", "district") and re.fullmatch(r"[^省市县区州镇乡旗委]{2,10}局", unit) \
            and not mentions(unit):
        return qualify_unit(region.name + unit, region)  # "发布单位:农业农村局" on a county's site: the county's bureau
    city = getattr(region, "city", None)
    name = getattr(region, "name", None)
    if (region.level == "district" and city and name and name.endswith("区") and unit.startswith(name)
            and not unit.startswith(city) and city != name):
        return city.split("省")[-1] + unit if "省" in city else city + unit
    return unit


def joint_places(units: list[str]) -> list[str]:
    """"某市甲局、乙局、丙局": joint issuers printed after the first without a place of their own share its place."""
    head = (m.group(0) if units and (m := PLACE_RUN.match(units[0])) else "")
    if len(units) < 2 or not head or not mentions(head) or units[0].startswith("中共"):  # (a committee's own organs)
        return units
    return [units[0]] + [head + u if re.fullmatch(r"[^省市县区州旗]{2,12}(?:局|委员会|委|厅)", u) and not mentions(u) else u
                         for u in units[1:]]


def defined_name(text: str, short: str) -> str | None:
    """The full name a text gives for its abbreviation: "…科学技术局(以下简称“区科技局”)"."""
    m = re.search(r"([\u4e00-\u9fff]{4,30})\((?:以下)?简称[“\"']?" + re.escape(short) + r"[”\"']?\)", text)
    if not m:
        return None
    full = m.group(1)
    # the definition starts where its place does, not at the start of the sentence it sits in
    starts = [full.find(r.name) for r in mentions(full) if full.find(r.name) >= 0]
    if not starts:
        return None
    full = full[min(starts):]
    return full if len(full) > len(short) else None


def title_from_label(label: str) -> str:
    """"X人民政府关于印发《Y》的通知" → Y; "X印发Y的通知" → Y; otherwise the label itself."""
    m = re.search(r"印发《(.+)》的通知$", label) or re.search(r"印发(.+?)的通知$", label)
    if m:
        inner = m.group(1)
        return clean_title(strip_issuer_prefix(inner))
    return clean_title(strip_issuer_prefix(label))


def find_heading(lines: list[str], limit: int) -> int | None:
    """The policy's own heading line (not the covering notice's title, not a sentence)."""
    for i, text in enumerate(lines[:limit]):
        if len(text) <= 80 and HEADING_RE.match(text) and not COVER_RE.search(text) and not text.endswith("通知"):
            return i
    return None


def cover_titles(lines: list[str]) -> list[str]:
    """Titles named by a covering notice's own title line: "X人民政府关于印发Y的通知" → Y."""
    out = []
    for text in lines:
        if len(text) <= 120 and "。" not in text:
            m = COVER_RE.search(text)
            if m:
                out.append(clean_title(strip_issuer_prefix(m.group(1))))
    return out


def quoted_titles(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        for m in QUOTED_TITLE_RE.finditer(t):
            q = clean_title(strip_issuer_prefix(m.group(1)))
            if q.startswith("关于"):
                out.append(q)
    return out


def _title_core(title: str) -> str:
    return re.sub(r"^关于", "", title.replace("的", ""))


def choose_title(heading: str | None, quoted: list[str], named: list[str] = ()) -> str | None:
    """The title as the covering notice names it when it names the same policy, else the heading.
    A heading that is only the last line of a title broken over lines ("高质量发展若干措施") is
    completed from the title the notice or the text names in 《》 ending with it."""
    if heading:
        h = clean_title(strip_issuer_prefix(heading))
        inner = cover_title(h)[0]
        for q in quoted:
            if _title_core(q) in (_title_core(h), inner and _title_core(clean_title(inner))):
                return q  # (a notice titled "关于印发X的通知" whose letter names X again: the text is X)
        core = _title_core(h)

        def completes(q: str) -> bool:
            return (len(core) >= 4 and _title_core(q).endswith(core) and len(_title_core(q)) > len(core)
                    # not only a place before 关于: "某某市某某区关于推动…" names the same title
                    and _title_core(re.sub(r"^[^关]{0,30}?(?=关于)", "", q)) != core)
        # what the covering notice names comes before any other title the text cites (the province's
        # policy of the same name, say)
        # (a title from its 关于 is whole: a longer one the text only cites is another document)
        for pool in (quoted, [] if h.startswith("关于") else [clean_title(strip_issuer_prefix(n)) for n in named]):
            longer = [q for q in pool if completes(q) and not re.match(r"关于(?:印发|转发|发布)", q)]  # (a notice's own wording)
            if longer:
                return max(longer, key=len)
        return h
    return quoted[0] if quoted else None


_NAMED_IN_PREAMBLE = re.compile(r"(?:特|现)?制定(?:了)?《?([\u4e00-\u9fff“”][\u4e00-\u9fff“”\d ]{3,50}?(实施细则|实施办法|管理办法|办法|细则|"
                                r"措施|若干政策|政策|意见|方案|规定))》?(?:[((](?:试行|暂行)[))])?(?:[,,。]|如下)")


def reconstruct_title(text: str) -> tuple[str | None, str | None]:
    """A fragment without its heading: name it from how it refers to itself (本实施细则, 该制度)."""
    named = _NAMED_IN_PREAMBLE.search(text[:800])
    if named and (re.match(r"(?![全本我各该的])[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗|自治州)(?![级场域民])", named.group(1))
                  or any(named.group(1).startswith(r.name) for r in mentions(named.group(1)[:12]))):
        # "…,制定某某县促进某某发展奖励办法,…": the text names itself, its place first (spaces a page put
        # around its digits dropped: "某某市 2020 年…办法(试行)")
        return named.group(1).replace(" ", ""), named.group(2)
    m = re.search(r"本(实施细则|实施办法|管理办法|办法|细则|规定|方案|意见)", text)
    if not m:
        return None, None
    suffix = m.group(1)
    # (a short name the text defines for something else — "(以下简称“园区”)" — names no document)
    defined = set(re.findall(r"简称[::]?\s*“([^“”]{1,12})”", text))
    # (not words quoted inside a cited document's name: 《…“十四五”规划》)
    names = Counter(q for q in re.findall(r"“([^“”]{2,12})”", re.sub(r"《[^《》]{0,120}》", "", text))
                    if not re.search(r"\d", q) and q not in defined)
    if not names or names.most_common(1)[0][1] < 2:
        return None, suffix  # (a word quoted once, "“六稳”", is what the text speaks of, not its name)
    name = names.most_common(1)[0][0]
    system = "制度" if re.search(r"(?:该|本)制度", text) else ""
    # (the name must be what the text is: "本制度"/"本细则" beside it, or "“某某”制度…", "“某某”办法" printed;
    # a scheme the text only works through — "根据“某某体系”按照…" — names no document)
    if not system and not re.search("“" + re.escape(name) + r"”(?:制度|工作|项目|工程|行动)?(?:实施细则|实施办法|管理办法|办法|细则|规定|方案|意见)", text):
        return None, suffix
    return f"“{name}”{system}{suffix}", suffix


_ATTACHED_FILE = re.compile(r"^(?:附件\d*[::]?\s*)?(?:\d[.、]\s*)?((?!附件)[^\s《》/|::]{6,80}?(?:办法|细则|规定|方案|意见|措施|政策|规划|指南))"
                            r"((?:[((][^()()]{1,10}[))])*)\.(?:pdf|docx?|wps|ofd|xlsx?)\s*\|?$", re.I)


# "附件:某市民政局印发《关于…的实施意见》的通知": the notice the page attaches, naming its policy and issuer
_ATTACHED_NOTICE = re.compile(r"^附件\d*[::]\s*(?P<body>[\u4e00-\u9fff、]{4,40}?(?:局|厅|委员会|人民政府|办公室|办公厅))"
                              r"(?:关于)?印发《(?P<title>[^《》]{6,80})》的?通知")


def attached_file_title(lines: list[str]) -> tuple[str, str, str | None] | None:
    """(title, the parentheses after it, its issuer if named) of a document the page offers as a file
    ("…管理办法(试行)(征求意见稿).pdf", "附件:某局印发《…》的通知"): for a page whose own text never
    prints the title (not a letter's list of attachments, "附件:附件1:申报指南.pdf": no name with a label in it)."""
    for line in lines:
        m = _ATTACHED_FILE.match(line.strip())
        if m:
            return m.group(1), m.group(2), None
        m = _ATTACHED_NOTICE.match(line.strip())
        if m:
            return clean_title(m.group("title")), "", m.group("body")
    return None


def years_in(text: str) -> Counter:
    # years inside document numbers (〔2023〕) say when another paper was issued, not the policy year
    cleaned = re.sub(r"〔\d{4}〕?", "", text)
    cleaned = re.sub(r"《[^《》]{0,120}》", "", cleaned)  # a cited document's own years
    cleaned = re.sub(r"有效期(?:至|到|截至)\s*\d{4}年|(?:相比|相较|对比|较)于?\s*\d{4}年版", "", cleaned)  # when it lapses; an edition compared
    # (nor when an advertiser was founded, "某公司创始于某年"; nor a target's year, "到2027年底前完成…")
    cleaned = re.sub(r"(?:创始|创立|创办|成立|始创)(?:于|在)\s*\d{4}年|(?<![\d年月])(?:力争|争取)?到\s*\d{4}年(?:底|末)?", "", cleaned)
    return Counter(int(y) for y in re.findall(r"(20\d{2})年", cleaned))


def infer_year(text: str, title_raw: str | None, doc_number: str | None, issued: str | None,
               effective: dict | None, published: str | None = None, draft: bool = False,
               call: bool = False) -> int | None:
    """The policy year: the validity clause, a year in the title, the year of the budget, then the
    year the document was numbered or issued (targets name later years, so the years most often
    mentioned come last). A call for a later year's programme ("2024年度…项目", issued in 2023) is
    that year's."""
    found = _infer_year(text, title_raw, doc_number, issued, effective, published, draft)
    if call and found is not None and not (title_raw and re.search(r"20\d{2}年", title_raw)):
        # (or the year its own forms carry: "2025年某某专项申报表")
        # ("现组织开展2022年某某资金申报工作": the year of the call it opens)
        programme = Counter(int(y) for y in re.findall(r"(20\d{2})\s*年(?:度|第[一二三四五六]批|[^。\n《》]{2,30}?专项(?:资金)?申报表"
                                                       r"|[^。\n《》,,]{2,30}?申报工作)", text))
        if programme and programme.most_common(1)[0][0] > found:
            return programme.most_common(1)[0][0]
    return found


def _infer_year(text: str, title_raw: str | None, doc_number: str | None, issued: str | None,
                effective: dict | None, published: str | None, draft: bool) -> int | None:
    if effective and effective.get("from"):
        return int(effective["from"][:4])
    if title_raw:
        title_raw = re.sub(r"[((]有效期[^()()]{0,40}[))]", "", title_raw)  # when it lapses says nothing of its year
        # a span of years ("(2017-2019年)", "2024—2027年", "(2024-2025)") is the policy's from its first year
        m = (re.search(r"(20\d{2})年?\s*[-—–~至到]+\s*20\d{2}(?:年|(?=[))]))", title_raw)
             or re.search(r"(20\d{2})年(?:版|度)?", title_raw))
        if m:
            return int(m.group(1))
    m = re.search(r"财政(20\d{2})年预算安排", text) or re.search(r"(20\d{2})年(?:,|,)?(?:全市|全区|全县|全省)?财政预算安排", text)
    if m:
        return int(m.group(1))
    if doc_number:
        m = re.search(r"[〔\[(](\d{4})[〕\])]", doc_number)
        if m:
            return int(m.group(1))
    if issued:
        # a policy signed in the last days of a year is the next year's ("2024年12月31日" → 2025)
        # (a draft's date is its call for comments, not the policy's)
        late = (not draft and issued[5:7] == "12" and int(issued[8:10]) >= 20
                and str(int(issued[:4]) + 1) + "年" in text)
        return int(issued[:4]) + (1 if late else 0)
    counts = years_in(text)
    if published:
        return int(published[:4])
    if not counts:
        # a call's own forms carry its year ("填报《2024年…申报表》") when nothing else does
        counts = Counter(int(y) for y in re.findall(r"《(20\d{2})年[^《》]{0,60}(?:申报表|汇总表|申请表|报名表)》", text))
    if not counts and (posted := posting_year(text[:600])):
        return posted  # a report's posting stamp ("2021-11-30 来源:某网"), no other date
    return counts.most_common(1)[0][0] if counts else None


def effective_clause(text: str, base: int) -> dict | None:
    m = VALID_YEAR_RE.search(text)
    if m:
        y = int(m.group(1))
        return {"from": f"{y}-01-01", "to": f"{y}-12-31", "text": _sentence(text, m.start(), m.end()),
                "norm_span": [base + m.start(), base + m.end()]}
    m = EFFECTIVE_FROM_RE.search(text)
    if m:
        start = iso(m.group(1), m.group(2), m.group(3))
        to = None
        if start and m.group(4):
            years = _CN_YEARS.get(m.group(4)) or int(m.group(4))
            d = dt.date.fromisoformat(start)
            try:
                to = (d.replace(year=d.year + years) - dt.timedelta(days=1)).isoformat()
            except ValueError:
                to = (d.replace(year=d.year + years, day=28)).isoformat()
        until = VALID_UNTIL_RE.search(text)
        if until:
            to = iso(*until.groups())
        return {"from": start, "to": to, "text": _sentence(text, m.start(), m.end()),
                "norm_span": [base + m.start(), base + m.end()]}
    return None


def stacking_clause(text: str, base: int) -> dict | None:
    # the sentence around the first rule word (found first: scanning every sentence for it is slow)
    k = _STACKING_WORD.search(text)
    if not k:
        return None
    start = text.rfind("。", 0, k.start()) + 1
    stop = text.find("。", k.end())
    end = stop + 1 if stop >= 0 else len(text)
    s = text[start:end].strip()
    allows = bool(re.search(r"可叠加|叠加享受|叠加奖励", s)) and not re.search(r"不可叠加|不得叠加", s)
    return {"rule": "stack" if allows else "best_only", "text": s,
            "norm_span": [base + start, base + end]}


def _sentence(text: str, s: int, e: int) -> str:
    a = max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1
    b = text.find("。", e)
    return text[a: (b + 1 if b >= 0 else len(text))].strip()


_COMMENT_BY_RE = re.compile(r"(?:意见|建议)[^。]{0,30}?(?:请于|于|在)\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:前|之前|以前)"
                            # "意见反馈截止时间为某年某月某日", "征求意见截止日期为某年某月某日"
                            r"|(?:意见|建议)(?:反馈|征集|征求)?的?截止(?:时间|日期)?(?:为|是|[::])?\s*(\d{4})年(\d{1,2})月(\d{1,2})日"
                            # "请于某日前把修改意见…寄送…": the date first
                            # ("可在某年某月某日(星期日)前提出意见": a bracketed weekday between)
                            r"|(?:请|可)\s*(?:于|在)\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:\([^()]{1,4}\))?\s*(?:前|之前|以前)[^。]{0,12}?(?:意见|建议)")


def comment_period(text: str, opened: str | None = None) -> list[str] | None:
    """The comment period of a draft: "2024年2月8日至3月8日", or — when only the last day is
    printed ("意见建议请于2018年1月8日前发送…") — from `opened` (the notice's date) to that day."""
    period = _comment_period(text)
    if period or not opened:
        return period
    m = _COMMENT_BY_RE.search(text)
    # ("意见请于11月23日前…": the year is the notice's)
    if m and m.group(8):  # (the date-first form: its groups are the last three)
        end = iso(m.group(7) or opened[:4], m.group(8), m.group(9))
    else:
        end = iso(*((m.group(1) or opened[:4]), m.group(2), m.group(3)) if m.group(2) else m.group(4, 5, 6)) if m else None
    return [opened, end] if end and end >= opened else None


def _comment_period(text: str) -> list[str] | None:
    # "一、征求意见时间" over "某年3月1日—3月15日。": the label and its dates are one line
    text = re.sub(r"((?:征求意见|意见反馈|反馈意见|公示)的?(?:时间|期限|期|日期)\s*[::]?)\s*\n", r"\1", text)
    # ("征集时间:…" in a call for comments, its only period)
    asked = r"|征集(?:时间|期限|日期)" if "征求意见" in text else ""
    for line in text.split("\n"):
        if not re.search(r"公示|征求意见|意见|反馈" + asked, line):
            continue
        for m in PERIOD_RE.finditer(line):
            # the period of comments, not any other period on the line ("活动时间2023年1月1日至12月31日")
            near = line[max(0, m.start() - 30):m.start()] + " " + line[m.end():m.end() + 20]
            if not re.search(r"公示|征求意见|意见|反馈|期限|期间|时间为" + asked, near):
                continue
            y1, m1, d1, y2, m2, d2 = m.groups()
            start = iso(y1, m1, d1)
            end = iso(y2 or y1, m2, d2)
            if start and end:
                return [start, end]
    return None


def contact(text: str) -> dict | None:
    out = {}
    for key, pat in (("name", r"联系人[::]\s*([^\s,;。]{2,12})"),
                     ("phone", r"(?:联系电话|电话)[::]\s*([^\n;。]{5,60})"),
                     ("email", r"(?:电子邮箱|邮箱|电子邮件)[::]\s*([\w.\-]+@[\w.\-]+)"),
                     ("address", r"(?:联系地址|通讯地址|地址)[::]\s*([^\n;。]{4,80})")):
        m = re.search(pat, text)
        if m:
            out[key] = m.group(1).strip()
    return out or None


def has_overlap_clause(text: str) -> bool:
    return bool(OVERLAP_RE.search(text))


def cites(text: str) -> list[dict]:
    seen, out = set(), []
    for m in CITE_RE.finditer(text):
        key = (m.group(1), m.group(2))
        if key not in seen:
            seen.add(key)
            out.append({"title": m.group(1), "doc_number": re.sub(r"\s+", "", m.group(2))})
    return out


def signature(lines: list[str]) -> tuple[str | None, str | None]:
    """(issuer, issued) from a signature: an issuing body's line followed by a date line."""
    for i in range(1, len(lines)):
        m = DATE_RE.match(lines[i])  # (or a date whose 年月日 were lost, "202256", when it reads one way)
        date = iso(*m.groups()) if m else date_of_line(lines[i])
        if date and ISSUER_RE.match(lines[i - 1]):
            return lines[i - 1], date
    return None, None


def series_key(region: str | None, kind: str, title: str | None) -> str | None:
    if not title:
        return None
    core = re.sub(r"的|进一步|\d{4}年(?:版|度)?", "", title)
    return f"{region or '?'}|{kind}|{core}"
