"""Where a document is from: the place its issuer, title or page names, else what its text says of
itself (我市/全区, whom it addresses, the places it names most), and development zones as places of
their own."""

from __future__ import annotations

from zhengce import rx as re
from collections import Counter
from functools import lru_cache

from zhengce.reading.divisions import by_full, renamings_into
from zhengce.reading.numbering import marker
from zhengce.reading.regions import Region, lookup, mentions, most_specific, shared_names, spells_a_place


def level_language(text: str) -> str | None:
    # how the text names itself ("结合我区实际") outweighs the superiors it names ("市委市政府")
    own = {"district": len(re.findall(r"[我本](?:区|县)(?![级委])", text)),
           "city": len(re.findall(r"[我本]市(?![级委])", text)),
           "province": len(re.findall(r"[我本](?:省|自治区)(?![级委])", text))}
    top = max(own, key=own.get)
    if own[top] and sorted(own.values())[-2] < own[top]:
        return top
    scores = {
        "district": len(re.findall(r"我区|全区|区财政|区级|区委|区政府|我县|全县|县财政|县级|县委", text)),
        "city": len(re.findall(r"我市|全市|市财政|市级财政|市委|市政府", text)),
        "province": len(re.findall(r"我省|全省|省财政|省级财政|省委|省政府", text)),
    }
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else None


# places a mainland policy speaks to, never from ("对台交流合作", "吸引港澳人才"): no document here is theirs
_ACROSS = {"台湾省", "香港特别行政区", "澳门特别行政区"}


def _here(counts):
    return type(counts)({r: n for r, n in counts.items() if r.province not in _ACROSS})


def infer_region(text: str, issuer: str | None, header: Region | None, title: str | None,
                 bodies=(), named: str | None = None) -> Region | None:
    """named: a title the text names for the document (a report's policy), telling only its scope."""
    if header:
        return header
    context = None
    for candidate in (issuer, title, *bodies):
        if candidate:
            found = list(_here(mentions(candidate)))
            if not found and candidate is not issuer and spells_a_place(candidate):
                # a name several places share (鼓楼区: 南京, 福州, 徐州, 开封) placed by what the text names
                context = mentions(text) if context is None else context
                found = list(_here(mentions(candidate, context)))
            if found:
                named = most_specific(found)
                if candidate is not issuer and named.level == "province" and (level_language(
                        re.sub(r"《[^《》]{0,120}》", "", text)) == "city" or addressed_level(text) == "city"):
                    # a title naming its province's programme ("做好2024年某某省…项目推荐工作的通知")
                    # is a city's notice when the text speaks as a city and names a place inside it
                    inner = _region_from_text(text)
                    if inner and inner.level != "province" and inner.province == named.province:
                        return inner
                return named
    found = _region_from_text(text)
    if found is not None and found.level != "province" and found.province and re.search(r"全省|省级", title or named or "") \
            and not any(r.level != "province" for r in mentions(title or named)):
        return lookup(found.province) or found  # "某年全省某产业…若干政策措施": the province's, wherever the text is
    return found


# whom a notice is addressed to says what level sends it: "各省辖市…" a province, "各县(市、区)…" a city,
# "各乡镇(街道)…" a county or district
_ADDRESSED_LEVEL = [
    ("province", re.compile(r"^各(?:省辖市|地级以上市|设区市|市[((]州[))]|市州|市、县|市县|地市)")),
    ("city", re.compile(r"^各(?:辖市[((]?、?区[))]?|县级市[((]区[))]|旗县(?:市区|区|[((]市、?区[))])|县[((]市、?区[))]|县[((]市[))]区|县市区|区[((]县[))]|区县|县区|县[((]区[))]|区、县)")),
    ("district", re.compile(r"^各(?:乡镇|镇|街道|镇[((]街道[))]|乡[((]镇[))]|镇人民政府|乡镇人民政府)")),
]


# "…,省政府各部门:": the departments of the sender's own government among the addressees
_OWN_DEPARTMENTS = [("province", re.compile(r"[,,、]\s*(?:省政府各|省直各|省直有关|省级各)")),
                    ("city", re.compile(r"[,,、]\s*(?:市政府各|市直各|市直有关|市级各)")),
                    ("district", re.compile(r"[,,、]\s*(?:[县区]政府各|[县区]直各|[县区]直有关|[县区]级各)"))]


def reported_place(lead: str, region: Region | None) -> Region | None:
    """The county a news report speaks for ("日前,本县印发《…》") when the text it quotes names only
    its city (or nothing): that county, if the report names one inside the city."""
    if not lead or level_language(lead) != "district" or not re.search(r"[我本][县区](?![级委])", lead):
        return None
    inner = _region_from_text(lead)
    if inner is None or inner.level not in ("district", "county"):
        return None
    if region is None or (region.level == "city" and getattr(inner, "city", None) == region.name):
        return inner
    return None


def titled_place(title: str | None, region: Region | None) -> Region | None:
    """The district or county a report's policy names in its title ("某市某区关于…的若干措施") when the report's own
    words place it only in that city."""
    if not title or region is None or region.level != "city":
        return None
    inner = most_specific(list(_here(mentions(title))))
    return inner if inner is not None and getattr(inner, "city", None) == region.name else None


def publisher_place(lead: str, title: str | None, region: Region | None) -> Region | None:
    """The place whose government a report says put out the policy it names ("某市某区人民政府办公室网站
    公布《…》"), where the report's other words name only its city ("市委经济工作会议精神")."""
    if not title or len(title) < 6:
        return None
    # (or the place itself: "近日,某区出台《…》")
    m = re.search(r"([\u4e00-\u9fff]{2,16}?)(?:(?:人民政府|政府)(?:办公室|办公厅)?(?:门户)?(?:网站|官网)?)?(?:正式)?(?:公布|印发|出台|发布)了?《"
                  + re.escape(title[:8]), lead)
    inner = most_specific(mentions(m.group(1))) if m else None
    if inner is None or region is None or inner == region:
        return inner
    return inner if inner.province == region.province and inner.level != "province" and (
        region.level == "province" or getattr(inner, "city", None) == region.name) else None


def as_named(region: Region | None, text: str) -> tuple[str, str, str] | None:
    """(full name, level, note) of the former division a document names (江干区, now in 上城区): a
    text of its time is that place's, as it calls itself; the note says where it lies today."""
    if region is None or region.name in text:
        return None
    for old in renamings_into(region):
        if old.former in text:
            level = ("city" if not old.city else "district" if old.former.endswith("区")
                     else "county" if old.former.endswith(("县", "市", "旗")) else region.level)
            return old.full, level, old.note
    return None


_BARE_ZONE_BODY = re.compile(r"(高新区|经开区|开发区|保税区)((?:管理委员会|管委会)[\u4e00-\u9fff]{0,6})")
_ZONE_FULL = {"高新区": r"高新技术产业开发区|高新区", "经开区": r"经济技术开发区|经济开发区|经开区",
              "开发区": r"经济技术开发区|经济开发区|开发区", "保税区": r"保税区"}


def zone_body(issuer: str, title: str | None, text: str) -> str:
    """"高新区管委会" over a zone's text: the zone's committee, by the zone's name as the text writes it
    in full ("某某高新技术产业开发区党委") or, failing that, as its title does ("某某高新区…措施")."""
    m = _BARE_ZONE_BODY.fullmatch(issuer)
    if not m:
        return issuer
    for kind, source in ((k, src) for k in _ZONE_FULL[m.group(1)].split("|") for src in (text, title or "")):
        for z in re.finditer(r"([\u4e00-\u9fff]{2,8}?)" + kind, source):
            # the zone's name starts where its place's does ("已经某某高新技术产业开发区党委…")
            at = next((i for i in range(len(z.group(1)) - 1)
                       if any(lookup(z.group(1)[i:i + n]) is not None for n in (2, 3))), None)
            name = z.group(1)[at:] if at is not None else ""
            if len(name) >= 2 and not _ACTED_ON.search(name):
                return z.group(0)[at:] + m.group(2)
    return issuer


def zone_unit(unit: str, zone: str, province: str | None) -> str | None:
    """"区某某局" signing in a zone read as a district ("某省某某试验区"): the zone's bureau, "某某试验区某某局"."""
    if not zone.endswith("区") or not re.match(r"区[^\d\W]{2,}", unit) or unit.startswith("区域"):
        return None
    return zone.removeprefix(province or "") + unit[1:]


def region_named(text: str) -> Region | None:
    return _region_from_text(text) if text else None


def addressed_level(text: str) -> str | None:
    for line in text.split("\n")[:40]:
        line = line.strip()
        if line.startswith("各"):
            for level, pattern in _ADDRESSED_LEVEL:
                if pattern.match(line):
                    return level
            if re.search(r"[,,、]\s*各(?:乡镇|镇|街道)", line[:120]) and not re.search(r"各(?:县|区县|旗县)", line[:120]):
                return "district"  # ("各园区、各镇…,市直各部门": towns addressed, a county-level city's text)
        head = line[:120].split(":")[0] if ":" in line[:120] else None
        if head and len(head) < 100:
            for level, pattern in _OWN_DEPARTMENTS:
                if pattern.search(head):
                    return level
    return None


_DIRECTS_COUNTIES = re.compile(r"各(?:旗县(?:市区|区)|县[((]市、?区[))]|县[((]区[))]|县市区|区县|县区)"
                               r"(?=(?:人民)?政府|[\u4e00-\u9fff]{0,8}?(?:局|部门|主管|管委会))")


# a zone named with its district in brackets ("某某高新区(某某)"): the zone and the district are one place
_ZONE_WITH_DISTRICT = re.compile(r"(?:高新区|开发区|新区|园区)[((]([\u4e00-\u9fff]{2,3})[))]")


def _bracketed_districts(text: str) -> Counter:
    found = (lookup(m.group(1)) for m in _ZONE_WITH_DISTRICT.finditer(text))
    return Counter(r for r in found if r is not None and r.level in ("district", "county"))


_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,3})(?<![省市县区州])(?:热线|在线|日报|晚报|都市报|商报|新闻网|电视台|广播电视台)"
                     r"(?![\u4e00-\u9fff]{0,2}(?:局|委|厅|办|政府|中心))")


def _region_from_text(text: str) -> Region | None:
    # places named inside a cited document's title (《某某市…意见》) are the other document's
    own = re.sub(r"《[^《》]{0,120}》", "", text)
    # and a postal address (a site's contact block, "地址:" over "某市某区某路18号") is where an office sits
    own = re.sub(r"(?:联系|通讯|办公)?地址\s*[::]\s*(?:\n\s*)?[^\n]*", "", own)
    # and a place left out of those addressed ("各市(不含某市)…") is the one place it is not
    own = re.sub(r"[((](?:不含|不包括|除)[^()()\n]{1,20}[))]", "", own)
    # and a news outlet named after a place ("当前位置:某省热线 > 资讯", "关注某某在线") is where the site is, not
    # the document's place (a bare short name and the outlet's word: "某某日报", "某某新闻网")
    own = _OUTLET.sub(lambda m: "" if any(lookup(m.group(1)[-n:]) is not None for n in (2, 3)) else m.group(0), own)
    counts = _here(mentions(own) + _bracketed_districts(own)) or _here(mentions(text))
    if not counts and (said := re.findall(r"(?:我|本|全)([县区旗])", own)):
        # "我县…某某大米": a name several places share, told apart by the kind of place the text says it is
        kind = Counter(said).most_common(1)[0][0]
        fits = {r for options in shared_names(own) for r in options if r.name.endswith(kind)}
        if len(fits) == 1:
            return fits.pop()
    if not counts:
        if addressed_level(text) == "city":
            # "各县级市(区)…,某某工业园区规建委:": a city's notice naming only its zone, called after the city
            for z in ZONE_RE.finditer(own[:600]):
                city = next((c for n in (2, 3) if (c := lookup(z.group(1)[:n])) is not None), None)
                if city is not None and city.level == "city":
                    return city
        return None
    # a place of another province named in passing beside one the text keeps naming is a slip of
    # the scanner or a visit, not the document's place ("会同县级部门": together with…)
    top = max(counts, key=counts.get)
    counts = Counter({r: n for r, n in counts.items() if r.province == top.province or 3 * n > counts[top]})
    addressed = addressed_level(text)
    if addressed == "province":
        provinces = {lookup(r.province) if r.province else None for r in counts} - {None}
        named = [r for r in counts if r.level == "province"]
        if named or len(provinces) == 1:
            return max(named, key=lambda r: counts[r]) if named else provinces.pop()
    level = addressed if addressed in ("city", "district") else level_language(own)
    # "我市" is said in county-level cities (某某市 under its prefecture) as well as in prefecture cities; a text
    # that directs its counties ("各县(市、区)…", "责任单位:各县区政府") is written above them
    directs = addressed == "city" or (level != "province" and _DIRECTS_COUNTIES.search(own))
    level = "city" if directs else level
    # "我市" over three or more counties of one city, each with its own measure: the city's text (and so is a
    # report naming its city and four or more of the city's districts side by side: their city's news)
    under = Counter(r.city for r in counts if r.level in ("district", "county") and getattr(r, "city", None))
    parent = lookup(under.most_common(1)[0][0]) if under and under.most_common(1)[0][1] >= 3 else None
    if parent is not None and parent.level == "city" and (
            level == "city" or (under.most_common(1)[0][1] >= 4 and parent in counts and level != "province")):
        return parent
    if under and level != "province" and not re.search(r"[我本全](?:区|县|旗)(?![级委])", own) \
            and (city := lookup(under.most_common(1)[0][0])) is not None and city.level == "city":
        # "甲区、乙区、丙区", "某市、某县等地": places of one city listed side by side, the city's text
        if _listed_together(own, [r for r in counts if getattr(r, "city", None) == city.name] + [city]):
            return city
    fits = {"district": {"district", "county"}, "city": {"city"} if directs else {"city", "county"}}.get(level, {level})
    pool = [r for r in counts if r.level in fits] if level else list(counts)
    if level == "city":  # "我市" is said in a county-level city (某某市), never in a 县, 旗 or 区
        pool = [r for r in pool if r.level == "city" or r.name.endswith("市")]
    if level == "city" and not pool:
        # a city's document that names only its own districts ("市区企业(不包括某某区)"): their city
        parents = {lookup(r.city) for r in counts if r.level in ("district", "county") and getattr(r, "city", None)}
        parents.discard(None)
        if len(parents) == 1:
            parent = parents.pop()
            # in a municipality (直辖市) "本市" is said by its districts too: one district the text
            # keeps naming is where the document is from, the municipality only where its people live
            kept = [r for r in counts if counts[r] >= 3]
            if parent.level == "province" and len(counts) == 1 and kept:
                return kept[0]
            return parent
    pool = pool or list(counts)
    best = max(pool, key=lambda r: counts[r])
    if level == "province" and best.level == "province" and not re.search(r"[我本](?:省|自治区)(?![级委])", own):
        # "全省…试点" said once in a policy whose purpose clause names one of its places, named more often
        # than the province ("为贯彻某某市会议精神…,制定本政策"): the province is the
        # scale of a programme, the place named is the document's
        preamble = re.search(r"为[^。]{0,240}?(?:制定|制订|出台)本", own[:400])  # the policy's own purpose clause
        opening = _here(mentions(preamble.group(0))) if preamble else {}
        inside = [r for r in counts if r.level != "province" and r.province == best.name and counts[r] > counts[best]
                  and r in opening]
        if inside:
            return max(inside, key=lambda r: counts[r])
    if level == "city" and not directs and not re.search(r"[我本]市(?![级委])", own):
        # "全市首创" said of a district the text keeps naming (某某区 five times, its city once): the
        # district's text, the city only the scale of a comparison
        kept = [r for r in counts if r.level in ("district", "county") and getattr(r, "city", None) == best.name
                and counts[r] >= max(3, 3 * counts[best])]
        if len(kept) == 1:
            return kept[0]
    if best.level == "province" and not re.search(r"[我本全](?:省|自治区)(?![级委])", own):
        # "获某省某奖" said of local winners in a text that names one city and its counties more: the city's text,
        # the province only the level of a prize or programme
        weight = {c: counts[c] + sum(n for r, n in counts.items() if r.level in ("district", "county")
                                     and getattr(r, "city", None) == c.name)
                  for c in counts if c.level == "city" and c.province == best.name}
        local = [c for c, w in weight.items() if w > counts[best] and counts[c] >= 2]
        if len(local) == 1:
            return local[0]
        # one place inside the province, and the only one below it the text names ("为贯彻某省委精神…让企业在某市
        # 发展安心"): a province's own text seldom names a single city, a city's names its province for its basis
        below = [r for r in counts if r.level != "province" and r.province == best.name]
        if len(below) == 1 and len(counts) == 2 and not re.search(r"[我本全](?:省|自治区)|省[直级]|各(?:市|地)|盟市|地市|市县|市州|各地", own):
            return below[0]
    # a place inside the best one, named nearly as often, is where the document is from: a
    # county-level city names its prefecture in passing ("按某某市要求"), rarely the reverse
    inner = [r for r in pool if r is not best and getattr(r, "city", None) == best.name and r.level != "city"
             and counts[r] >= 0.6 * counts[best]]
    return max(inner, key=lambda r: counts[r]) if len(inner) == 1 else best


def _listed_together(text: str, places: list[Region]) -> bool:
    """Three or more of the places in one list ("甲区、乙区、丙区"), or two or more and "等地"."""
    names = {n for r in places for n in (r.name, r.name[:-1] if len(r.name) > 2 and r.name[-1] in "市区县" else r.name)}
    item = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    return bool(re.search(item + r"(?:[、和及与]" + item + r"){2,}|" + item + r"(?:[、和及与]" + item + r")+等地", text))


ZONE_KIND = (r"(?:国家)?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|科创大走廊|产业园区|工业园区|新片区|"
              r"科技产业园|产业园|科技园|科创园|综合保税区|保税区|新区|示范区|综合实验区|综合试验区|特别合作区|(?:现代)?服务业合作区|自贸片区|(?<!保税)港区)")
ZONE_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?" + ZONE_KIND + ")")
_ZONE_KIND_END = re.compile(ZONE_KIND + "$")
# what a policy does to a zone ("支持产业园区…", "加快推进…示范区建设"): the zone is its subject, not its place
_ACTED_ON = re.compile(r"我[市区县省]|促进|推动|推进|加快|支持|建设|打造|培育|发展|若干|各类|全市|全省|全力")


def _district_run_on(zone: str) -> bool:
    """A 新区 the gazetteer knows as a district at the end of a longer run of characters."""
    return any(zone.endswith("新区") and (r := lookup(zone[k:])) is not None and r.level == "district"
               for k in range(1, len(zone) - 3))


def zone_of(issuer: str | None, title: str | None, region: Region | None, text: str) -> tuple[str, str] | None:
    """A development zone's own document (某某高新区, 某某经济技术开发区, 某某科创大走廊): the zone is its
    place, under the city it belongs to — when the gazetteer does not know the zone as a district."""
    # "某某高新开发区(某某)管委会": a zone run together with a district names the district
    for source in (issuer or "", title or ""):
        m = re.search(r"(?:开发区|高新区|新区|园区)\(([\u4e00-\u9fff]{2,6})\)", source)
        if m:
            inner = lookup(m.group(1), region or source)
            if inner is not None and inner.level in ("district", "county"):
                return inner.full, inner.level
    # an issuer that is also a county or district government places the document there, not in the zone
    zone_issuer = "" if "人民政府" in (issuer or "") else re.sub(r"(?:管理委员会|管委会).*$", "", issuer or "")
    # a government's policy about a zone ("某市人民政府关于全力推进某某高新区…的意见") is the government's
    governed = bool(re.search(r"人民政府|[市县区]委", issuer or ""))
    for source in (zone_issuer, "" if governed else (title or "")):
        m = ZONE_RE.search(source)
        if not m:
            continue
        zone = re.sub(r"^(?:关于|印发|进一步|年度|年)+", "", m.group(1))  # ("2022年某某示范区…": the year's 年)
        # "中国(某某)自由贸易试验区某某新片区": the area of the free-trade zone, by its own name
        zone = re.sub(r"^[^,,。]*?自由贸易试验区(?=[\u4e00-\u9fff]{2,4}新?片区$)", "", zone)
        name = _ZONE_KIND_END.sub("", zone)
        if _ACTED_ON.search(source[max(0, m.start() - 1):m.start()] + name) or len(name) < 2 or re.search(r"[省市县区]级", zone):
            # ("促进我市开发区…", "加快推进…示范区建设", "支持某某示范区…" cut after 支: what a policy is about;
            # "产业园区": no name of its own; "区级某类产业园": a rank of zones the text recognises, none its place)
            continue
        if lookup(zone) is not None or _district_run_on(zone):
            # a district the gazetteer knows (a 新区 that is a county-level division of its city), or one run
            # together with the words before it ("开展第三届某某新区…": the district, not a zone so named)
            return None
        # "某市某某新区" where 某某 is a district of 某市 and nothing else follows: the district itself
        district = _district_named(zone)
        if district is not None:
            return district.full, district.level
        # "某省某某新兴产业示范区": a zone named after its county (after any province) is that county's
        for i in (0, 2, 3):
            county = next((c for n in (2, 3) if (c := lookup(zone[i:i + n], region)) is not None), None)
            if county is not None and county.level == "county" and i == 0 and re.fullmatch(
                    r"[\u4e00-\u9fff]{2,3}综合(?:实验|试验)区", zone) and county.province:
                # a comprehensive experimental zone made of a whole county answers to its province
                return county.province + zone, "district"
            if county is not None and county.level in ("district", "county") and len(zone) > i + 4:
                return county.full, county.level
            if county is not None and county.level != "province":
                break
        lead_city = next((c for n in (2, 3, 4) if (c := lookup(zone[:n])) is not None and c.level == "city"), None)
        written_under = None
        # (the text writes the zone under its city somewhere, "某某市某某新区管委会" signing): the city's
        if lead_city is None and (m := re.search(r"([\u4e00-\u9fff]{2,4}市)" + re.escape(zone), text)) \
                and (c := lookup(m.group(1))) is not None and c.level == "city":
            written_under = lead_city = c
        named_own = written_under is not None or (
            lead_city is not None and zone[len(lead_city.name.removesuffix("市")):] != "新区")
        # (a city's new area by its name alone, 某某新区, when its text acts on the city's own measures —
        # "根据《某某市…措施》" — or tops up the city's more than the province's)
        named_own = named_own or (lead_city is not None and (
            re.search(r"(?:根据|依据|按照|落实)《" + lead_city.name, text) is not None
            or len(re.findall(r"市级|全市", text)) > len(re.findall(r"省级|全省", text))))
        if zone.endswith("新区") and not zone.endswith("高新区") and not named_own:
            # a state-level new area (贵安新区, 赣江新区) answers to its province; one named after
            # its city and more (某某市某某新区) stays under the city
            province = most_specific(list(mentions(zone))) or region
            province = lookup(province.province) if province is not None and province.province else province
            if province is None:
                counts = mentions(text)
                found = [r for r in counts if r.level == "province"]
                province = max(found, key=counts.get) if found else None
            if province is not None and province.level == "province":
                bare = zone
                for name in (province.full, province.name, re.sub(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "", province.name)):
                    bare = bare.removeprefix(name)
                if len(bare) > 2:
                    return province.full + bare, "district"
        head = ZONE_RE.sub("", zone) or zone
        named = re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:国家|经济|高新|城西|城东|城南|城北|科创|产业|综合|保税|$)", zone)
        # "天津港保税区": the zone's name starts with its city's short name
        city = (most_specific(list(mentions(zone))) or (lookup(named.group(1)) if named else None)
                or (lookup(named.group(1)[:2]) if named and len(named.group(1)) > 2 else None)
                or lookup(head) or lead_city or region)
        if city is None:
            city = most_specific(list(mentions(text)))
        if city is None:
            return None
        parent = city if city.level in ("city", "province") else lookup(city.city) or city
        if parent.level == "province" and parent.full not in ("北京市", "上海市", "天津市", "重庆市"):
            return None  # a zone needs its city
        for name in (parent.province or "", parent.full, parent.name):
            zone = zone.removeprefix(name) if name else zone  # "某某市某某新区" under 某某市 is 某某新区
        if re.fullmatch(ZONE_KIND, zone) and parent.level == "city":
            zone = parent.name.removesuffix("市") + zone  # "某某市高新区" is the city's own: 某某高新区
        # a high-tech zone goes by its short name, as its own pages and the gazetteer's users call it
        return parent.full + re.sub(r"高新技术产业开发区$", "高新区", zone), "district"
    return None


def _district_named(zone: str) -> Region | None:
    for n in (2, 3):
        city = lookup(zone[:n])
        if city is None or city.level != "city":
            continue
        for k in (2, 3):
            inner = lookup(zone[n:n + k], city)
            if inner is not None and inner.level == "district" and inner.city == city.name \
                    and re.fullmatch(ZONE_KIND, zone[n + k:]):
                return inner
    return None


def numbered_place(doc_number: str | None, region: Region | None, text: str) -> Region | None:
    """The place a 文号 abbreviates ("甲政发〔某年〕N号" of a text addressed to "各镇…": the one district or
    county of the province whose name begins with 甲), when the text names only its province: the one place
    of that province, at the level its addressees say, whose name begins with the 文号's first character."""
    if doc_number and (region is None or region.level != "county" and region.level != "district"):
        # "甲乙政办发〔某年〕N号": 甲 the city's first character, 乙 the county's or district's — the one
        # such pair in the country (or in the province or city the text names)
        pair = re.match(r"([\u4e00-\u9fff])([\u4e00-\u9fff])(?:政|府|委|办|财)", doc_number)
        found = [r for r in by_full().values() if pair and r.level in ("district", "county") and r.city
                 and r.city[0] == pair.group(1) and r.name[0] == pair.group(2) and r.name != r.city
                 and (region is None or r.province == region.province and region.level != "city"
                      or region.level == "city" and r.city == region.name)] if pair else []
        if len(found) == 1:
            return found[0]
    if not doc_number or region is None or region.level != "province":
        return None
    level = addressed_level(text)
    fits = {"district": ("district", "county"), "city": ("city",)}.get(level or "")
    if not fits or not re.match(r"[\u4e00-\u9fff](?:政|府|委|办|财|发)", doc_number):
        return None
    found = [r for r in by_full().values()
             if r.province == region.name and r.level in fits and r.name[0] == doc_number[0]]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=512)
def without_counties(region: Region | None) -> bool:
    """A prefecture city with no districts or counties under it: its towns and streets are its own."""
    if region is None or region.level != "city":
        return False
    return not any(r.city == region.name and r.province == region.province and r.level in ("district", "county")
                   for r in by_full().values())


def zone_label(text: str) -> str | None:
    m = marker(text.strip())
    name = (m[3] if m else text).strip()
    return name if ZONE_RE.fullmatch(name) else None
