"""Dates a page prints in pieces, put back together for the reader: Chinese numerals, a date whose
年 and 月 were lost, a date set one part per line, a date spaced out by PDF extraction. Each is a
substitution (pattern, replacement) applied by normalize() with its map back to the original."""

from __future__ import annotations

from zhengce import rx as re

# A date in Chinese numerals ("二○一○年六月七日", "二〇〇八年九月十一日") reads as 2010年6月7日.
CN_DATE = re.compile(r"([〇○零О0一二三四五六七八九][〇○零О0一二三四五六七八九]{3})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,4})日")


def cn_date(m: re.Match[str]) -> str:
    from zhengce.reading.amounts import chinese_to_int
    year = chinese_to_int(m.group(1).replace("О", "〇").replace("0", "〇"))
    month, day = chinese_to_int(m.group(2)), chinese_to_int(m.group(3))
    if not year or not month or not day or month > 12 or day > 31:
        return m.group(0)
    return f"{year}年{month}月{day}日"


def date_splits(year: int, digits: str) -> list[tuple[str, str]]:
    """The ways the digits after a year whose 月 and 日 were lost ("2013225": 225) split into a valid
    month and day — as printed (2/25). A date is read only when there is exactly one."""
    import datetime as dt
    out = []
    for cut in (1, 2):
        mo, d = digits[:cut], digits[cut:]
        if not d or len(d) > 2:
            continue
        try:
            dt.date(year, int(mo), int(d))
        except ValueError:
            continue
        out.append((mo, d))
    return out


# "于2023624日11:00之前": 年 and 月 lost from a date; read when only one split of the digits is a date
RUN_DATE = re.compile(r"(2(?<!\d2)0\d\d)(\d{3,4})日")
# a date set one part per line, as a signature's table cells come out ("2020" / "年" / "3" / "月" / "5" / "日")
STACKED_DATE = re.compile(r"(?m)^[ \t]*((?:19|20)\d\d)[ \t]*\n[ \t]*年[ \t]*\n[ \t]*(\d{1,2})[ \t]*\n[ \t]*月[ \t]*\n"
                           r"[ \t]*(\d{1,2})[ \t]*\n[ \t]*日[ \t]*$")


def run_date(m: re.Match[str]) -> str:
    year = int(m.group(1))
    found = [(mo, d) for mo, d in date_splits(year, m.group(2)) if not mo.startswith("0") and not d.startswith("0")]
    if len(found) != 1:
        return m.group(0)
    return f"{year}年{int(found[0][0])}月{int(found[0][1])}日"


# a date spaced out by PDF extraction: "2023 年 1 月 3 日" is "2023年1月3日"
# (and the space before it, after a word: "某某局 2023 年…" was "某某局2023年…")
SPACED_DATE = re.compile(r"[ \t]*(?<!\d)(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月(?:[ \t]*(\d{1,2})[ \t]*日)?")


def spaced_date(m: re.Match[str]) -> str:
    found = m.group(0)
    if " " not in found.lstrip(" \t") and "\t" not in found.lstrip(" \t"):
        return found  # no space inside the date: as printed
    y, mo, d = m.group(1, 2, 3)
    lead = found[:len(found) - len(found.lstrip(" \t"))]
    before = m.string[m.start() - 1:m.start()]
    if lead and "\u4e00" <= before <= "\u9fff":
        lead = ""
    return lead + f"{y}年{mo}月" + (f"{d}日" if d else "")


def stacked_date(m: re.Match[str]) -> str:
    return f"{m.group(1)}年{m.group(2)}月{m.group(3)}日"
