"""China's administrative divisions as Regions: the national code table (data/divisions.csv, generated
by scripts/regions_data.py from a pinned package) and the one rule for writing a region's full name."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
HOME_PROVINCE = "浙江省"  # its places are written without the province (杭州市余杭区), as in our gold
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
LEVELS = ("province", "city", "district", "county")


@dataclass(frozen=True)
class Region:
    full: str  # "杭州市余杭区", "江苏省苏州市昆山市", "上海市浦东新区", "湖州市", "浙江省" — see full_name()
    name: str  # "余杭区"
    level: str  # province | city (地级: 市, 自治州, 地区, 盟) | district (市辖区) | county (县, 自治县, 旗, 县级市)
    city: str | None  # the prefecture city's name ("杭州市"; a municipality for its districts); None above it
    province: str | None = None  # "浙江省"; a province is its own province
    code: str | None = field(default=None, compare=False)  # 行政区划代码, 6 digits: "330110"


def full_name(name: str, level: str, city: str | None = None, province: str | None = None) -> str:
    """How a region is written in full: the province is left out for Zhejiang's places and a
    municipality is written once ("上海市浦东新区"); everywhere else province + city + name."""
    if level == "province":
        return name
    parts = [province if province and province != HOME_PROVINCE and province != city else ""]
    if level != "city" and city:
        parts.append(city)
    return "".join(parts) + name


@dataclass(frozen=True)
class Division:
    region: Region
    short: str  # 萧山, 景宁; '' when the name has no shorter form (忠县, 城区)
    word: bool  # the short name is also an ordinary word (大方, 和平): free text never counts it alone
    parent: str
    headword: bool = False  # the short name is in the general dictionary at all (东阳, 南岸; not 萧山)  # code of the city or province holding it; '' for a province


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """code → Division, for every province, prefecture and county-level unit (about 3,200)."""
    with (DATA / "divisions.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))
    names = {r["code"]: r for r in rows}
    out: dict[str, Division] = {}
    for r in rows:
        parent = names.get(r["parent"])
        grand = names.get(parent["parent"]) if parent else None
        if r["level"] == "province":
            city, province = None, r["name"]
        elif r["level"] == "city":
            city, province = r["name"], parent["name"]
        elif parent["level"] == "city":
            city, province = parent["name"], grand["name"]
        else:  # a municipality's district, or a county governed by the province itself (湖北省仙桃市)
            province = parent["name"]
            city = province if province in MUNICIPALITIES else None
        region = Region(full_name(r["name"], r["level"], city, province), r["name"], r["level"],
                        city if r["level"] != "province" else None, province, r["code"])
        out[r["code"]] = Division(region, r["short"], r["word"] == "1", r["parent"], r["word"] != "")
    return out


@dataclass(frozen=True)
class Renaming:
    former: str  # 江干区
    region: Region  # the unit that carries it today: 杭州市上城区
    date: str  # approval date, ISO
    city: str  # the city the former name belonged to ("" for a former city name)
    province: str

    @property
    def full(self) -> str:
        """The former unit's full name as it then was: "杭州市江干区"."""
        return (self.city if self.province == HOME_PROVINCE else self.province + self.city) + self.former

    @property
    def note(self) -> str:
        return f"{self.full}已于{self.date}撤并/更名, 今属{self.region.full}"


@lru_cache(maxsize=1)
def renamings() -> list[Renaming]:
    table = divisions()
    with (DATA / "renamings.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))
    return [Renaming(r["former"], table[r["code"]].region, r["date"], r["city"], r["province"])
            for r in rows if r["code"] in table]


@lru_cache(maxsize=1)
def _renamed_into() -> dict[Region, list[Renaming]]:
    out: dict[Region, list[Renaming]] = {}
    for old in renamings():
        if old.former != old.region.name:
            out.setdefault(old.region, []).append(old)
    return out


def renamings_into(region: Region) -> list[Renaming]:
    """The former names a unit of today carries (上城区: 江干区, …), with when they went."""
    return _renamed_into().get(region, [])


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Spellings that in running text are usually ordinary words (data/place_words.txt, hand-kept)."""
    text = (DATA / "place_words.txt").read_text(encoding="utf-8")
    return frozenset(w for ln in text.splitlines() for w in [ln.split("#", 1)[0].strip()] if w)


@lru_cache(maxsize=1)
def by_full() -> dict[str, Region]:
    return {d.region.full: d.region for d in divisions().values()}


def areas(region: Region) -> list[Region]:
    """region, then the city and the province holding it (most specific first)."""
    table = divisions()
    d = table.get(region.code or "")
    if d is None:
        known = by_full().get(region.full)
        d = table.get(known.code) if known else None
        if d is None:
            return [region]
    out = [region]
    while d.parent:
        d = table[d.parent]
        out.append(d.region)
    return out


def inside(region: Region, area: Region) -> bool:
    """Whether region lies in area (or is it): 杭州市余杭区 in 杭州市, in 浙江省."""
    if region == area:
        return True
    if area.level == "province":
        return region.province == area.name
    if area.level == "city":
        return region.level in ("district", "county") and region.city == area.name \
            and region.province == area.province
    return False
