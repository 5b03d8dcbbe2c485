"""Place names: which region a name points to, its full name and its level."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Region:
    full: str  # "杭州市余杭区"; the province itself is "浙江省"; cities "湖州市"
    name: str  # "余杭区"
    level: str  # province | city | district
    city: str | None


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Region]:
    """Every way a region is written → Region: full names, bare names, short names (余杭)."""
    data = yaml.safe_load((Path(__file__).with_name("regions.yaml")).read_text(encoding="utf-8"))
    prov = data["province"]
    names: dict[str, Region] = {}
    p = Region(prov, prov, "province", None)
    names[prov] = p
    names[prov[:-1]] = p
    for city, counties in data["cities"].items():
        c = Region(city, city, "city", city)
        names[city] = c
        names[prov + city] = c
        for county in counties:
            r = Region(city + county, county, "district", city)
            names[city + county] = r
            names[county] = r
            short = county[:-1] if len(county) >= 3 else None
            if county.endswith("自治县"):
                short = county[:2]
            if short and short not in names:
                names.setdefault("~" + short, r)  # short forms only count in context (余杭经验)
    return names


def lookup(name: str) -> Region | None:
    name = name.strip()
    g = gazetteer()
    return g.get(name) or g.get(name.removeprefix("浙江省"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted((n for n in gazetteer() if not n.startswith("~")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@lru_cache(maxsize=1)
def _short_pattern() -> re.Pattern[str]:
    shorts = sorted((n[1:] for n in gazetteer() if n.startswith("~")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, shorts)))


def mentions(text: str) -> Counter:
    """How often each region is named in text (full or bare names; short names like 萧山 too)."""
    counts: Counter = Counter()
    g = gazetteer()
    for m in _pattern().finditer(text):
        counts[g[m.group(0)]] += 1
    for m in _short_pattern().finditer(text):
        if text[m.end():m.end() + 1] in ("区", "县", "市"):
            continue  # already counted as a full name
        counts[g["~" + m.group(0)]] += 0.5
    return counts


def most_specific(regions: list[Region]) -> Region | None:
    order = {"district": 0, "city": 1, "province": 2}
    return min(regions, key=lambda r: order[r.level]) if regions else None
