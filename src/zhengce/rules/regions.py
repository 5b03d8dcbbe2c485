"""Where a profile lives and which places a document's rules cover, on the national gazetteer
(zhengce.reading.regions): canonical district/county names and a city's or province's districts."""

from __future__ import annotations

from functools import lru_cache

from zhengce.errors import InputError
from zhengce.reading import regions as places
from zhengce.reading.divisions import Region, areas, divisions

FIELD = "所在区县"
EXAMPLES = "如 杭州市萧山区、萧山区、萧山、江苏省苏州市昆山市"


@lru_cache(maxsize=1)
def _leaves() -> dict[str, list[str]]:
    """full name of every place → the canonical districts/counties in it (a leaf: itself). A city
    with no county-level units under it (东莞市, 嘉峪关市) is its own leaf."""
    table = divisions()
    has_children = {d.parent for d in table.values() if d.region.level in ("district", "county")}
    out: dict[str, list[str]] = {}
    for code, d in table.items():
        r = d.region
        if r.level in ("district", "county") or (r.level == "city" and code not in has_children):
            for area in areas(r):
                out.setdefault(area.full, []).append(r.full)
    return out


def all_districts() -> list[str]:
    """Every canonical district/county name ('杭州市余杭区', '江苏省苏州市昆山市'), in code order."""
    leaves = _leaves()
    return [r.full for r in (d.region for d in divisions().values()) if leaves.get(r.full) == [r.full]]


def _example(r: Region) -> str:
    inner = _leaves().get(r.full, [])
    return inner[0] if inner else "杭州市萧山区"


def canonical(region: str) -> str:
    """'萧山', '萧山区', '杭州萧山', '杭州市萧山区', '浙江省杭州市萧山区' → '杭州市萧山区';
    '昆山市' → '江苏省苏州市昆山市'. A district or county is required; errors are one Chinese line."""
    text = str(region).strip()
    if not text:
        raise InputError(f"{FIELD}缺失; 请写区县, {EXAMPLES}")
    found = places.candidates(text)
    if not found:
        raise InputError(f"{FIELD}「{text}」不是已知的区县; 可写全称或简称, {EXAMPLES}")
    if len(found) > 1:
        cities = "、".join(dict.fromkeys(r.city or r.province or r.full for r in found))
        first = found[0]
        raise InputError(f"{FIELD}「{text}」有多个同名区县({cities}), 请写全称, "
                         f"如 {(first.city or first.province or '') + first.name}")
    r = found[0]
    if _leaves().get(r.full) == [r.full]:
        return r.full
    kind = {"province": "省级", "city": "地级市"}.get(r.level, r.level)
    raise InputError(f"{FIELD}「{text}」是{kind}, 请写到区县, 如 {_example(r)}")


# a rule file for a document that names no place covers every district until a reviewer sets it
NATIONWIDE = ("全国", "中国", "中华人民共和国")


def covered(jurisdiction: str) -> frozenset[str]:
    """The canonical districts a document of this region covers: a district itself, a city or a
    province all of its districts and counties."""
    if str(jurisdiction).strip() in NATIONWIDE:
        return frozenset(all_districts())  # a document whose place could not be told: everywhere
    r = places.lookup(jurisdiction)
    if r is None:
        canonical(jurisdiction)  # raises the one-line error (unknown or ambiguous)
        raise InputError(f"{FIELD}「{jurisdiction}」不是已知的地区")
    return frozenset(_leaves().get(r.full, ()))


def spelled(values: list[str]) -> dict[str, tuple[int | None, str | None]]:
    """Each distinct registry spelling → (region code in all_districts() order, or None; error)."""
    codes = {name: i for i, name in enumerate(all_districts())}
    out: dict[str, tuple[int | None, str | None]] = {}
    for v in values:
        try:
            out[v] = (codes[canonical(v)], None)
        except InputError as exc:
            out[v] = (None, exc.message)
    return out
