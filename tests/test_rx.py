"""zhengce.rx, the `re` with a cache large enough for the reader: the same answers as `re`, and after
reading many documents every pattern still in the cache (no pattern compiled twice)."""

from __future__ import annotations

import re
from pathlib import Path

from zhengce import rx
from zhengce.reading import parse_text

SET = Path(__file__).parent / "data" / "reading_dev"


def test_the_same_answers_as_re():
    text = "对新认定的企业给予最高50万元奖励,按投入的30%给予补助。"
    for pattern in (r"最高(\d+)万元", r"(\d+)%", r"^对", r"奖励|补助"):
        assert [m.span() for m in rx.finditer(pattern, text)] == [m.span() for m in re.finditer(pattern, text)]
        assert rx.sub(pattern, "#", text) == re.sub(pattern, "#", text)
        assert rx.split(pattern, text) == re.split(pattern, text)
        assert bool(rx.match(pattern, text)) == bool(re.match(pattern, text))
    assert rx.fullmatch(r"\d+", "123") and rx.search(r"x", "abc") is None
    assert rx.compile(r"a", rx.I).flags & re.I


def test_reading_many_documents_compiles_each_pattern_once():
    # (measured on this run alone: the tests before it in the same process — the development set read whole,
    # 2,500+ files with their per-document patterns — may have filled the cache, and least-recently-used eviction
    # of those is by design)
    rx.compile.cache_clear()
    files = sorted(SET.glob("*/*.txt"))[::7][:150]
    for i, f in enumerate(files):
        parse_text(f.read_text(encoding="utf-8"), source=f"doc{i}.txt")
    info = rx.compile.cache_info()
    # the reader's patterns all fit: nothing was evicted, so nothing compiled again
    assert info.currsize < info.maxsize
    assert info.misses == info.currsize
