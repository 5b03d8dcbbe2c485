"""Place names: which region a name points to, its full name and its level — nationally.

Every spelling of a division is known: its name (余杭区), its short name (余杭, 景宁), its former
name (江干区 → 杭州市上城区), and any chain of them from the top ("浙江省杭州市余杭区", "杭州萧山",
"江苏省苏州市昆山市"). A name several divisions share (鼓楼区: 南京, 福州, 徐州, 开封) is never
guessed: it is resolved by a context region (the document's city or province, or the places named
elsewhere in the text), otherwise lookup() returns None and candidates() lists them all.
"""

from __future__ import annotations

from zhengce import rx as re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from zhengce.reading.divisions import (
    LEVELS, Region, areas, by_full, divisions, full_name, inside, place_words, renamings, renamings_into,
)

__all__ = ["Region", "full_name", "gazetteer", "lookup", "candidates", "mentions", "most_specific",
           "qualify", "former", "shared_names", "LEVELS"]

Context = Region | str | Iterable[Region | str] | None


@dataclass(frozen=True)
class _Spelling:
    region: Region
    kind: str  # name | short | former
    word: bool  # an ordinary word when standing alone (大方, 城区): never counted alone in free text
    proper: bool = True  # no general-dictionary word (萧山; not 东阳, 南岸)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[_Spelling, ...]]:
    """Every single spelling (no chains) → what it may mean."""
    words = place_words()
    out: dict[str, list[_Spelling]] = {}

    def add(text: str, region: Region, kind: str, word: bool = False, proper: bool = True) -> None:
        if len(text) >= 2:
            out.setdefault(text, []).append(_Spelling(region, kind, word or text in words, proper))

    table = divisions()
    for d in table.values():
        r = d.region
        add(r.name, r, "name")
        if d.short:
            add(d.short, r, "short", d.word, not d.headword)
            if r.name.endswith("自治州"):
                add(d.short + "州", r, "name")  # "某某州": the level written, no ordinary word
            if r.name.endswith("自治县"):
                add(d.short + "县", r, "name")  # 景宁县, 城步县: the level written, no ordinary word
    # a prefecture with a long transliterated name is written by its first character and 州 —
    # unless that spelling is another place's (巴州区) or the character starts two of them
    long_named = [d for d in table.values() if d.region.name.endswith("自治州") and len(d.short) >= 4]
    firsts = Counter(d.short[0] for d in table.values() if d.region.name.endswith("自治州") and d.short)
    for d in long_named:
        if firsts[d.short[0]] == 1 and d.short[0] not in "东西南北" and d.short[0] + "州" not in out:
            add(d.short[0] + "州", d.region, "short", d.word)
    for old in renamings():
        if old.former not in out or all(s.kind == "former" for s in out[old.former]):
            add(old.former, old.region, "former")
    # a place outranks the places inside it written the same way: 吉林 is the province (not 吉林市),
    # 抚顺 the city (not 抚顺县), 荆州 the city (not 荆州区) — those have their full names
    # and a province's short name outranks any other place: 海南 is 海南省 (not 青海's 海南州)
    for text, found in out.items():
        if len(found) > 1:
            found = [s for s in found if s.region.level == "province"] or found
            out[text] = [s for s in found
                         if not any(o.region != s.region and inside(s.region, o.region) for o in found)]
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class _Scanner:
    """Leftmost-longest search for ~6,000 spellings. A regular expression of two character classes
    (a first character, then a second one, both from some spelling) finds the few places a name may
    start; the spellings sharing those two characters are tried there, longest first. A single
    alternation of all names costs the number of names at every position (see bench/regions.py)."""
    start: re.Pattern[str]
    by_pair: dict[str, tuple[str, ...]]
    short_only: frozenset[str]  # spellings that are nothing but short names (萧山, 广东)

    def _at(self, text: str, i: int) -> str | None:
        for word in self.by_pair.get(text[i:i + 2], ()):
            if text.startswith(word, i):
                return word
        return None

    def find(self, text: str, running: bool = False) -> list[tuple[int, int, str]]:
        """(start, end, spelling) of each place written. running: text is prose, where a short name
        must be a word of its own (推广东阳 is 推广|东阳, not 广东) unless a place follows it."""
        out: list[tuple[int, int, str]] = []
        after = -1  # end of the last place found: a place starting there continues it (杭州萧山)
        for m in self.start.finditer(text):
            i = m.start()
            if i < after:
                continue
            word = self._at(text, i)
            if word is None:
                continue
            end = i + len(word)
            # (a two-character full name as well: 示范县 holds 范县, 城区县 no place)
            if running and (word in self.short_only or len(word) == 2) and i != after \
                    and not self._at(text, end) and not _own_word(text, i, end):
                continue
            after = end
            out.append((i, end, word))
        return out


@lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    by_pair: dict[str, list[str]] = {}
    for word in _spellings():
        by_pair.setdefault(word[:2], []).append(word)

    def chars(pos: int) -> str:
        return "".join(re.escape(c) for c in sorted({w[pos] for w in _spellings()}))

    short_only = frozenset(w for w, found in _spellings().items() if all(s.kind == "short" for s in found))
    return _Scanner(re.compile(f"[{chars(0)}](?=[{chars(1)}])"),
                    {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_pair.items()}, short_only)


def _own_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of its own: the word segmenter (jieba) cuts the few
    characters around it at both its ends (萧山|经验, but 东|阳光, 龙井茶, 推|广东|阳)."""
    import rjieba

    left = max(0, start - 6)
    cuts, pos = {left}, left
    for token in rjieba.cut(text[left:end + 6]):
        pos += len(token)
        cuts.add(pos)
    return start in cuts and end in cuts


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


def _clean(name: str) -> str:
    text = re.sub(r"\s+", "", str(name))
    return _t2s().convert(text) if text and not text.isascii() else text


# ---- chains: "浙江省杭州市萧山区", "杭州萧山", "金华市义乌市" ---------------------------------------

@dataclass
class _Mention:
    start: int
    end: int
    options: tuple[Region, ...]  # what it may be; one when resolved
    kind: str  # kind of its last spelling
    word: bool
    chained: bool  # written under its city or province (杭州萧山): a full mention
    proper: bool = True


def _narrow(found: tuple[_Spelling, ...], scope: Region | None) -> tuple[_Spelling, ...]:
    if scope is None:
        return found
    return tuple(s for s in found if s.region != scope and inside(s.region, scope))


def _chains(text: str, running: bool = False) -> list[_Mention]:
    """The places written in text, adjacent spellings joined into one place when they nest."""
    spell = _spellings()
    out: list[_Mention] = []
    for start, end, word in _scanner().find(text, running):
        found = spell[word]
        last = out[-1] if out else None
        if last and last.end == start and len(last.options) == 1:
            deeper = _narrow(found, last.options[0])
            if deeper:
                last.end, last.chained = end, True
                last.options = tuple(dict.fromkeys(s.region for s in deeper))
                last.kind, last.word = deeper[0].kind, False
                continue
        out.append(_Mention(start, end, tuple(dict.fromkeys(s.region for s in found)),
                            found[0].kind, all(s.word for s in found), False, all(s.proper for s in found)))
    return out


def _context(context) -> list[Region]:
    """Context regions, most telling first; mentions() counts may be passed as they are."""
    if context is None:
        return []
    if isinstance(context, (Region, str)):
        context = [context]
    elif isinstance(context, Mapping):
        context = sorted(context, key=lambda r: -context[r])
    out = []
    for c in context:
        r = c if isinstance(c, Region) else lookup(c)
        if r is not None:
            out.append(r)
    return out


def _resolve(options: tuple[Region, ...], context: list[Region]) -> Region | None:
    """The one option a context points to: the first context region holding exactly one option
    (its city before its province); None when nothing decides."""
    if len(options) == 1:
        return options[0]
    for c in context:
        for area in areas(c):
            hit = [o for o in options if inside(o, area)]
            if len(hit) == 1:
                return hit[0]
    # a short name shared by one prefecture city and districts elsewhere (朝阳: 朝阳市 of 辽宁, and
    # 北京's 朝阳区) means the city unless the context places it
    cities = [o for o in options if o.level == "city"]
    return cities[0] if len(cities) == 1 else None


# ---- the public API -----------------------------------------------------------------------------

def candidates(name: str) -> tuple[Region, ...]:
    """Every region `name` may mean when written alone: () when it is no place, one when it is
    unambiguous, several for 鼓楼区 (南京市, 福州市, 徐州市, 开封市)."""
    text = _clean(name) if isinstance(name, str) else ""
    if not text or len(text) > 60:  # no place name is longer (内蒙古自治区呼伦贝尔市莫力达瓦…自治旗: 26)
        return ()
    if text in by_full():
        return (by_full()[text],)
    found = _chains(text)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        return ()
    return found[0].options


def shared_names(text: str) -> list[tuple[Region, ...]]:
    """The places each name in text may mean, for names several places share (清河: 河北省邢台市清河县,
    辽宁省铁岭市清河区), ordinary words left out."""
    if not isinstance(text, str) or not text:
        return []
    if not text.isascii():
        text = _t2s().convert(text)
    return [m.options for m in _chains(text, running=True) if len(m.options) > 1 and not m.word]


def spells_a_place(text: str) -> bool:
    """Whether text holds any spelling of a place at all, however ambiguous (cheap: no resolving)."""
    return bool(text) and bool(_scanner().find(_clean(text)))


def lookup(name: str, context: Context = None) -> Region | None:
    """The region `name` is written for — "余杭区", "萧山", "杭州萧山", "浙江省杭州市余杭区", "昆山市",
    "浦东", "江干区" (former name), "義烏市" — or None when it is no place or stays ambiguous.
    context (a Region, a name, several of them most telling first, or mentions() of the text)
    decides between same-named places: lookup("鼓楼区", context="南京市") → 江苏省南京市鼓楼区."""
    return _resolve(candidates(name), _context(context))


def former(name: str, context: Context = None) -> str | None:
    """A note when `name` is a former name: "杭州市江干区已于2021-04-09撤并/更名, 今属杭州市上城区"."""
    text = _clean(name) if isinstance(name, str) else ""
    region = lookup(text, context)
    if region is None:
        return None
    return next((old.note for old in renamings_into(region) if text.endswith(old.former)), None)


_ZONE_AFTER = re.compile(r"经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|产业园区|新区")


def mentions(text: str, context: Context = None) -> Counter:
    """How often each region is named in text (traditional characters are read as simplified).

    A name or a chain (杭州市余杭区, 杭州萧山) counts 1, a province's short name (浙江) 1. A short
    name alone (萧山) counts ½, and only when it is a word of its own there (not 东阳 in 东阳光, 龙井
    in 龙井茶) and its city or province is named too (or given as context) — or it is the one place
    the whole text names and no dictionary word (萧山, not 南岸). Ordinary words (大方, 资源, 城区)
    never count alone; a name several places share (鼓楼区) counts only when the other places named
    in the text (or context) decide."""
    if not isinstance(text, str) or not text:
        return Counter()
    if not text.isascii():
        text = _t2s().convert(text)
    found = _chains(text, running=True)
    # "对新建区级科技园区…": a name run into 区级/县级 ("新建" + "区级") is that place only when the text
    # also names it standing on its own
    leveled = {text[m.start:m.end] for m in found if text[m.end:m.end + 1] == "级" and text[m.end - 1:m.end] in "区县"}
    if leveled:
        alone_too = {text[m.start:m.end] for m in found if text[m.end:m.end + 1] != "级"}
        found = [m for m in found if text[m.start:m.end] not in leveled - alone_too]
    ctx = _context(context)
    sure = [m.options[0] for m in found if len(m.options) == 1 and not m.word
            and (m.chained or m.kind != "short" or m.options[0].level == "province")]
    held = {a for r in ctx + sure for a in areas(r)}
    named = ctx + sorted(set(sure), key=lambda r: LEVELS.index(r.level), reverse=True)
    # a city by its short name alone places a shared short name beside it (one county of that city,
    # not a district of the same name in another province) after every surer name
    named += [r for r in dict.fromkeys(m.options[0] for m in found if len(m.options) == 1 and not m.word
                                       and m.kind == "short" and m.options[0].level == "city") if r not in named]
    counts: Counter = Counter()
    alone: dict[Region, int] = {}  # short names standing alone, with nothing else named to back them
    for m in found:
        if m.word and not m.chained:
            continue
        if m.kind == "short" and not m.chained and text.startswith(("街道", "镇"), m.end):
            continue  # "某城街道", "某阳镇": a street or a town named after a place, in whatever city it lies
        if m.kind == "short" and not m.chained and _ZONE_AFTER.match(text, m.end) \
                and any(o.end == m.start for o in found if o is not m):
            continue  # "甲市乙河经济开发区": the zone's own name after its city's, no place of its own
        region = _resolve(m.options, named) if len(m.options) > 1 else m.options[0]
        if region is None:
            continue
        if m.chained or m.kind != "short" or region.level == "province":
            counts[region] += 1
        elif any(a in held for a in areas(region)[1:]):
            counts[region] += 0.5
        elif m.proper:
            alone[region] = alone.get(region, 0) + 1
    if not held and len(alone) == 1:  # one place, however often, in a text that names no other: “萧山经验”
        region, n = alone.popitem()
        counts[region] += 0.5 * n
    elif not held and alone and any(all(r == top or top in areas(r) for r in alone) for top in alone):
        # a city and places inside it, each by its short name (某市开发区、某区新区): they back each other
        for region, n in list(alone.items()):
            counts[region] += 0.5 * n
        alone.clear()
    for region, n in alone.items():
        if held and n >= 3:  # a place the text keeps naming by its short name (某地…某地…某地) is no slip
            counts[region] += 0.5 * n
    if not held and alone and not counts:
        # nothing else named: the short name the text keeps repeating, far more than any other, is its place
        top = max(alone, key=alone.get)
        if alone[top] >= 3 and alone[top] >= 2 * (sum(alone.values()) - alone[top]):
            counts[top] += 0.5 * alone[top]
    return counts



def most_specific(regions: Iterable[Region]) -> Region | None:
    order = {"district": 0, "county": 0, "city": 1, "province": 2}
    regions = list(regions)
    return min(regions, key=lambda r: order.get(r.level, 3)) if regions else None


def qualify(unit: str, region: Region | None) -> str:
    """A unit printed without its city, qualified by the document's region: ("婺城区人民政府",
    金华市) → "金华市婺城区人民政府"; ("南山区科技局", 深圳市) → "深圳市南山区科技局". A unit that
    starts with its city or province, or with no place, is returned as it is."""
    if not unit or region is None:
        return unit
    found = _chains(unit)
    if not found or found[0].start != 0 or found[0].chained or found[0].kind != "name":
        return unit
    place = _resolve(found[0].options, [region])
    if place is None or place.level not in ("district", "county") or not place.city \
            or not any(inside(place, a) for a in areas(region)):
        return unit
    return place.city + unit


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Region]:
    """Every unambiguous single spelling → Region (full names too). Short names are keyed "~萧山",
    as before: they only count in context."""
    out: dict[str, Region] = dict(by_full())
    for text, found in _spellings().items():
        regions = {s.region for s in found}
        if len(regions) == 1:
            key = "~" + text if found[0].kind == "short" and found[0].region.level != "province" else text
            out.setdefault(key, found[0].region)
    return out


NATION = "中华人民共和国"  # the region of a document the central government issues (level "national")
# the State Council, the Party centre and the ministries, commissions and administrations under them
_NATIONAL_BODY = re.compile(r"(?:中共中央|国务院|全国人大常委会|中国人民银行|海关总署|(?:国家|中央)[\u4e00-\u9fff]{1,12}?(?:委员会|委|总局|局|署|部)"
                            r"|(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|公安|民政|司法|财政|人力资源(?:和)?社会保障|人社|自然资源"
                            r"|生态环境|住房(?:和)?城乡建设|交通运输|水利|农业农村|商务|文化(?:和)?旅游|退役军人事务|应急管理)部)(?:办公厅|办公室)?")


def national(issuer: str | None) -> bool:
    """Whether every body that signs is a national one ("国务院办公厅", "国家卫生健康委、财政部"), no place's."""
    units = [u.strip() for u in re.split(r"[、,,]", issuer or "") if u.strip()]  # (not at 和: "文化和旅游部" is one)
    return bool(units) and all(_NATIONAL_BODY.fullmatch(u) and not mentions(u) for u in units)
