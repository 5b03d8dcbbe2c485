"""Zones a text speaks as or names in its head: "结合新区实际", "我开发区", a headline "某某高新区:关于…",
a report's lead "某某高新区出台《…》" — the zone is then the document's place (placing.py places the rest)."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.placing import _ACTED_ON, ZONE_KIND, ZONE_RE
from zhengce.reading.regions import Region, lookup, mentions


# a text that speaks as a zone ("结合新区实际", "我开发区") is the zone's, named where the text names it
_SPEAKS_AS_ZONE = re.compile(r"(?:结合|立足)(?:本|我)?(新区|开发区|高新区|园区|示范区)实际|我(新区|开发区|高新区|园区)|"
                             r"^(高新区|开发区|经开区|港区)各(?:企业|有关单位|相关单位|部门)", re.M)


def zone_speaking(text: str, region: Region | None = None) -> str | None:
    """The zone a text speaks as ("结合新区实际", "高新区各企业:", or "我区" in a city's text that names
    no district of it but a zone: "…某某经济技术开发区管委会…")."""
    m = _SPEAKS_AS_ZONE.search(text)
    if not m and region is not None and region.level == "city" and re.search(r"[我本全]区(?!级)", text) \
            and not any(r.level == "district" for r in mentions(text)):
        for z in ZONE_RE.finditer(text):
            zone = z.group(1)
            start = next((i for i in range(len(zone) - 3) if lookup(zone[i:i + 2], region) is not None
                          or lookup(zone[i:i + 3], region) is not None), None)
            if start is not None and not _ACTED_ON.search(zone[start:]):
                return zone[start:]
        return None
    if not m:
        return None
    kind = m.group(1) or m.group(2) or m.group(3)
    named = []
    for hit in re.finditer(r"([\u4e00-\u9fff]{2,8})" + kind, text):
        before = hit.group(1)
        # the zone's name starts with a place ("推动某某新区" → 某某新区)
        for i in range(len(before) - 1):
            if any(lookup(before[i:i + n]) is not None for n in (2, 3)):
                named.append(before[i:] + kind)
                break
    if not named and m.group(3):
        # "高新区各企业:" addressed by a zone that never writes its name: the zone of the one city named
        cities = [r for r in mentions(text) if r.level == "city"]
        if len(cities) == 1:
            return cities[0].name.removesuffix("市") + kind
    return max(set(named), key=named.count) if named else None


_ZONE_HEADLINE = re.compile(r"^[^::,,。]{2,16}[::]\s*关于")
_ZONE_BEFORE_TITLE = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?" + ZONE_KIND + r")(?:贯彻落实|关于|出台|印发)")
# a report's headline led by its zone and a colon ("某某高新区:某类车辆淘汰可申领补贴")
_ZONE_COLON = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?" + ZONE_KIND + r")\s*[::]")
_ZONE_ISSUES = re.compile(r"([\u4e00-\u9fff]{2,12}?" + ZONE_KIND + r")(?:日前|近日)?(?:正式)?(?:出台|印发|发布)了?《")


def zone_in_head(heading: str | None, texts: list[str], head_end: int, body: str, issuer: str | None) -> str | None:
    """A zone the page names before the document's title: a headline "某某高新区:关于…措施"; and, when no
    issuer is known, "某某高新区贯彻落实《…》实施细则" or a report's lead "某某高新区出台《…》"."""
    headline = next((t for t in [heading or ""] + texts[:min(head_end + 2, 12)]
                     if _ZONE_HEADLINE.match(t) and ZONE_RE.match(t)), None)
    if headline is not None or issuer:
        return headline
    zoned = next((m for t in [heading] + texts[:3] if (m := _ZONE_BEFORE_TITLE.match(t or "") or _ZONE_COLON.match(t or ""))), None) \
        or _ZONE_ISSUES.search(body[:400])
    return zoned.group(1) if zoned else None
