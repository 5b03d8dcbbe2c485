"""The region table: canonical district names and which districts a city's or province's rules cover."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from zhengce.errors import InputError

# One gazetteer for the whole project: the reading layer's table of Zhejiang's divisions.
_DATA = Path(__file__).resolve().parent.parent / "reading" / "regions.yaml"


@lru_cache(maxsize=1)
def _table() -> dict:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    districts: dict[str, str] = {}  # "杭州市余杭区" -> city
    short: dict[str, list[str]] = {}  # "余杭区" -> ["杭州市余杭区"]
    for city, names in data["cities"].items():
        for name in names:
            full = city + name
            districts[full] = city
            short.setdefault(name, []).append(full)
    return {"province": data["province"], "cities": data["cities"], "districts": districts, "short": short}


def all_districts() -> list[str]:
    """Every canonical district/county name, e.g. '杭州市余杭区', in table order."""
    return list(_table()["districts"])


def canonical(region: str) -> str:
    """'余杭区', '杭州市余杭区' or '浙江省杭州市余杭区' -> '杭州市余杭区'. A district is required."""
    table = _table()
    text = str(region).strip().replace(" ", "")
    if text.startswith(table["province"]):
        text = text[len(table["province"]):]
    if text in table["districts"]:
        return text
    if text in table["short"] and len(table["short"][text]) == 1:
        return table["short"][text][0]
    if text in table["cities"]:
        raise InputError(f"region: {region!r} is a city; give the district or county (e.g. {text}{table['cities'][text][0]})")
    raise InputError(f"region: {region!r} is not a known district/county of {table['province']} "
                     f"(e.g. 杭州市余杭区, 湖州市吴兴区; see zhengce/reading/regions.yaml)")


def covered(jurisdiction: str) -> frozenset[str]:
    """The canonical districts a document of this region covers: a district itself, a city all its districts."""
    table = _table()
    text = jurisdiction.strip()
    if text.startswith(table["province"]):
        text = text[len(table["province"]):]
    if text == "":  # the province itself
        return frozenset(table["districts"])
    if text in table["cities"]:
        return frozenset(text + d for d in table["cities"][text])
    return frozenset([canonical(text)])
