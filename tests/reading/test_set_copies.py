"""The reading set's real documents as users also get them: copied in traditional characters (a
Hong Kong or Taiwan mirror, a converted page) or out of a PDF that spaced every number off its
words ("给予 10 万元", "2023 年 1 月 3 日"). Either way a document must read the same: the same
kind, place and year, and the same awards at the same articles.

Every fourth file of the set is read three ways. A few are allowed to differ, each for a reason
found by hand (a flattened one-line page whose PDF spaces open an item the plain copy runs on;
opencc's s2t writing 覆函 for 复函, which no traditional page does) — the floor below says how many.
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc

from zhengce.reading import parse_text

SET = Path(__file__).resolve().parents[1] / "data" / "reading_dev"
_S2T = opencc.OpenCC("s2t")


def _pdf_spaced(text: str) -> str:
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", text)
    return re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", " ", text)


def _reading(text: str) -> list[tuple]:
    out = []
    for doc in parse_text(text, source="copy.txt"):
        j = doc.to_json()
        awards = tuple((i["article"], i["form"], str(i.get("amount_yuan")), str(i.get("rate")), str(i.get("cap_yuan")))
                       for i in j["incentives"])
        out.append((j.get("kind"), j.get("region"), j.get("year"), awards))
    return out


def test_a_copy_in_traditional_characters_or_with_pdf_spaces_reads_the_same():
    files = sorted(SET.glob("*/*.txt"))[::4]
    assert len(files) >= 150
    differ = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        plain = _reading(text)
        for name, copy in (("traditional", _S2T.convert(text)), ("pdf-spaced", _pdf_spaced(text))):
            if _reading(copy) != plain:
                differ.append(f"{path.name} ({name})")
    assert len(differ) <= 2, differ
