"""Every corpus file reads into the documents its README lists, with the expected structure."""

from __future__ import annotations

import json

import pytest

EXPECTED = {
    # file: [(kind, status, region, year, sections, articles), ...]
    "000_06e7bbbd202afb43.txt": [("policy", "draft", "杭州市余杭区", 2025, 8, 50)],
    "001_95e72363357eca1d.txt": [("policy", "final", "杭州市临安区", 2024, 8, 74)],
    "002_ba667cb6117721d2.txt": [("policy", "draft", "杭州市西湖区", 2023, 7, 52)],
    "003_8ed54ab2f5c8896f.txt": [("policy", "final", "湖州市", 2025, 8, 52)],
    "004_c74db4dc4724db3b.txt": [
        ("rules", "final", "杭州市萧山区", 2025, 5, 13),
        ("policy", "final", "杭州市余杭区", 2025, 8, 52),
        ("policy", "final", "杭州市临安区", 2025, 8, 49),
        ("notice", "final", "浙江省", 2025, 0, 0),
        ("notice", "final", "杭州市", 2025, 0, 0),
        ("notice", "final", "杭州市", 2025, 0, 0),
        ("notice", "final", "杭州市上城区", 2025, 0, 0),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_documents_sections_articles(corpus_readings, name):
    got = [(d.kind, d.status, d.region, d.year, len(d.sections), len(d.articles)) for d in corpus_readings[name]]
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", ["003_8ed54ab2f5c8896f", "004_c74db4dc4724db3b"])
def test_gold_structure_and_metadata(corpus_readings, scorer, shared_dir, name):
    gold = json.loads((shared_dir / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    reading = [d.to_json() for d in corpus_readings[f"{name}.txt"]]
    diffs: list[str] = []
    scores = scorer.score(gold, reading, out=diffs.append)
    structural = [d for d in diffs if "incentive" not in d and "deadline" not in d]
    assert structural == []
    for key in ("documents", "metadata", "sections", "articles"):
        assert scores[key] == 1.0, key


def test_spans_quote_the_original(corpus_dir, corpus_readings):
    """Every article's span is a slice of the original file that starts with its printed number."""
    import opencc

    t2s = opencc.OpenCC("t2s").convert
    for name, docs in corpus_readings.items():
        original = (corpus_dir / name).read_text(encoding="utf-8")
        for d in docs:
            for a in d.articles:
                quote = original[a.span[0]:a.span[1]]
                first = t2s(quote.replace(" ", ""))[: len(a.label)]
                assert first.replace("(", "(").replace(")", ")") == a.label, (a.id, quote[:20])


def test_citation_ids_are_stable_and_unique(corpus_readings):
    ids = [x.id for docs in corpus_readings.values() for d in docs for x in [d, *d.sections, *d.articles]]
    assert len(ids) == len(set(ids))
    d2 = corpus_readings["004_c74db4dc4724db3b.txt"][1]
    assert d2.id == "004_c74db4dc4724db3b/d2"
    assert d2.sections[0].articles[0].id == "004_c74db4dc4724db3b/d2/s1/a1"


def test_metadata_of_drafts_and_series(corpus_readings):
    draft = corpus_readings["000_06e7bbbd202afb43.txt"][0]
    final = corpus_readings["004_c74db4dc4724db3b.txt"][1]
    assert draft.comment_period == ["2024-01-20", "2024-02-05"]
    assert draft.contact["name"] == "王卓群"
    assert draft.series == final.series  # draft and final of one policy
    lin24 = corpus_readings["001_95e72363357eca1d.txt"][0]
    lin25 = corpus_readings["004_c74db4dc4724db3b.txt"][2]
    assert lin24.series == lin25.series  # successive years of one place's policy
    xihu = corpus_readings["002_ba667cb6117721d2.txt"][0]
    assert xihu.comment_period == ["2023-03-15", "2023-03-22"]
    assert {"title": "浙江省人民政府印发关于推动经济高质量发展若干政策的通知", "doc_number": "浙政发〔2023〕2号"} in xihu.cites


def test_validity_and_stacking_clauses(corpus_readings):
    yuhang = corpus_readings["004_c74db4dc4724db3b.txt"][1]
    assert yuhang.effective["from"] == "2025-01-01" and yuhang.effective["to"] == "2025-12-31"
    assert "2025 年全年實施有效" in yuhang.effective["quote"]
    assert yuhang.stacking["rule"] == "best_only"
    rules = corpus_readings["004_c74db4dc4724db3b.txt"][0]
    assert rules.effective["from"] == "2025-03-09" and rules.effective["to"] == "2026-03-08"


def test_warnings(corpus_readings):
    codes = lambda d: {w.code for w in d.warnings}  # noqa: E731
    assert "comment_period_year" in codes(corpus_readings["000_06e7bbbd202afb43.txt"][0])
    docs = corpus_readings["004_c74db4dc4724db3b.txt"]
    assert "fragment" in codes(docs[0])
    assert "truncated" in codes(docs[6])
    # 余杭's section budgets exceed its total, but the text excludes overlaps: no warning
    assert "budget_mismatch" not in codes(docs[1])
    assert not codes(corpus_readings["003_8ed54ab2f5c8896f.txt"][0])
