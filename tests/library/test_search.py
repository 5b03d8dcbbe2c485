"""Search: script- and punctuation-insensitive full text, filters, citations, snippets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .library_fixtures import TECH, build_doc, yuhang_doc
from zhengce.errors import InputError
from zhengce.library.search import Filters, search
from zhengce.library.text import fts_query, traditional


@pytest.fixture
def filled(lib):
    lib.store([yuhang_doc("yh/d1")], name="yh", data=b"yh")
    trad = build_doc("lh/d1", title=traditional("关于推动经济高质量发展的若干政策"), region="杭州市临安区", year=2024,
                     status="draft", sections=[(traditional(TECH[0]), ["区科技局"],
                                                [(traditional(h), traditional(b), r) for h, b, r in TECH[2]])])
    notice = build_doc("nt/d1", title="关于组织申报2025年度项目的通知", region="浙江省", year=2025, level="province",
                       kind="notice", sections=[], points=["申报对象为高新技术企业。", "截止时间为2025年3月10日16:00。"])
    lib.store([trad], name="lh", data=b"lh")
    lib.store([notice], name="nt", data=b"nt")
    return lib


def ids(hits):
    return sorted(h.article_id for h in hits)


def test_simplified_query_finds_traditional_text_and_back(filled):
    assert "lh/d1/s1/a2" in ids(search(filled, "高新技术企业"))
    assert "yh/d1/s1/a2" in ids(search(filled, "高新技術企業"))
    assert ids(search(filled, "高新技术企业")) == ids(search(filled, "高新技術企業"))


def test_punctuation_and_width_insensitive(filled):
    # the text reads "省级重点实验室,给予最高500万元奖励"
    assert ids(search(filled, "重点实验室给予最高")) == ["lh/d1/s1/a1", "yh/d1/s1/a1"]
    assert ids(search(filled, "最高５００万元")) == ids(search(filled, "最高500万元"))
    with pytest.raises(InputError):
        search(filled, "，。、")


def test_cjk_terms_hit_and_are_anded(filled):
    assert ids(search(filled, "专精特新")) == ["lh/d1/s1/a2", "yh/d1/s1/a2"]
    assert ids(search(filled, "专精特新 实验室")) == []
    assert ids(search(filled, "人才")) == ["yh/d1/s2/a4", "yh/d1/s2/a5"]  # one-word query; section title too
    assert search(filled, "量子计算") == []


def test_hit_cites_document_and_article(filled):
    hit = next(h for h in search(filled, "高新技术企业") if h.doc_id == "yh/d1")
    j = hit.to_json()
    assert j["document"] == {"id": "yh/d1", "version": 1, "latest": True, "title": "关于推动经济高质量发展的若干政策",
                             "region": "杭州市余杭区", "year": 2025, "level": "district", "status": "final",
                             "kind": "policy", "doc_number": None}
    assert j["citation"] == "杭州市余杭区2025《关于推动经济高质量发展的若干政策》第2条"  # named, never by file
    assert j["article"]["id"] == "yh/d1/s1/a2" and j["article"]["no"] == 2
    assert "【高新技术企业】" in j["snippet"]
    s, e = j["highlights"][0]
    assert j["snippet"][s:e] == "高新技术企业"
    assert "第2条" in j["citation"]


def test_points_of_documents_without_articles(filled):
    hits = search(filled, "高新技术企业", Filters(kind="notice"))
    assert [(h.article_id, h.kind) for h in hits] == [("nt/d1/p1", "point")]


def test_document_filters(filled):
    q = "高新技术企业"
    assert {h.doc_id for h in search(filled, q, Filters(region="余杭"))} == {"yh/d1"}
    assert {h.doc_id for h in search(filled, q, Filters(region="臨安"))} == {"lh/d1"}
    assert {h.doc_id for h in search(filled, q, Filters(year=2024))} == {"lh/d1"}
    assert {h.doc_id for h in search(filled, q, Filters(status="draft"))} == {"lh/d1"}
    assert {h.doc_id for h in search(filled, q, Filters(level="province"))} == {"nt/d1"}


def test_section_and_department_filters(filled):
    assert ids(search(filled, "", Filters(section="人才"))) == ["yh/d1/s2/a4", "yh/d1/s2/a5"]
    assert ids(search(filled, "", Filters(dept="住建局"))) == ["yh/d1/s2/a4"]  # responsible unit
    assert ids(search(filled, "", Filters(dept="人才办", region="余杭"))) == ["yh/d1/s2/a4", "yh/d1/s2/a5"]  # lead


def test_provision_filters(filled):
    hits = search(filled, "", Filters(min_amount=Decimal(1000000), beneficiary="高新技术企业"))
    assert ids(hits) == ["yh/d1/s1/a2"]
    assert [p["amount_yuan"] for p in hits[0].provisions] == [2000000]
    assert ids(search(filled, "", Filters(min_amount=Decimal(3000000), beneficiary="高新技术企业"))) == []
    assert ids(search(filled, "", Filters(min_amount=Decimal(10000)))) == ["yh/d1/s1/a1", "yh/d1/s1/a2",
                                                                          "yh/d1/s2/a4"]
    assert ids(search(filled, "企业", Filters(trigger="專精特新"))) == ["yh/d1/s1/a2"]


def test_superseded_versions_left_out_unless_asked(filled):
    newer = build_doc("yh/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                      sections=[("加快人才集聚", ["区人才办"], [("支持人才安居", "给予补贴。", [])])])
    filled.store([newer], name="yh", data=b"yh2")
    assert search(filled, "高新技术企业", Filters(region="余杭")) == []
    old = search(filled, "高新技术企业", Filters(region="余杭", all_versions=True))
    assert [(h.doc_id, h.version, h.latest) for h in old] == [("yh/d1", 1, False)]


def test_query_building():
    assert fts_query("高新技术企业") == '"高新 新技 技术 术企 企业"'
    assert fts_query("企") == '"企"*'
    assert fts_query("  ") is None


def test_filters_are_script_insensitive_and_stay_inside_one_unit_name(filled):
    # lh/d1 lists its responsible units in traditional script: 區科技局, 區財政局
    assert ids(search(filled, "", Filters(dept="財政局"))) == ["lh/d1/s1/a1", "yh/d1/s1/a1"]
    assert ids(search(filled, "奖励", Filters(dept="科技局", year=2024))) == ["lh/d1/s1/a1", "lh/d1/s1/a2"]
    assert search(filled, "", Filters(dept="局区")) == []  # "区科技局、区财政局": no unit is named 局区
    assert ids(search(filled, "", Filters(section="科技創新", status="draft"))) == [
        "lh/d1/s1/a1", "lh/d1/s1/a2", "lh/d1/s1/a3"]
    with pytest.raises(InputError):
        search(filled, "奖励", Filters(dept="、"))


def test_words_and_filters_rank_by_the_words(filled):
    hits = search(filled, "奖励", Filters(region="余杭", kind="policy"))
    assert [h.doc_id for h in hits] == ["yh/d1", "yh/d1"]
    assert all(h.score is not None and h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # the same two articles, the same order and scores whatever the filters
    plain = [(h.article_id, h.score) for h in search(filled, "奖励") if h.doc_id == "yh/d1"]
    assert [(h.article_id, h.score) for h in hits] == plain


def test_filters_alone_leave_superseded_versions_out(filled):
    newer = build_doc("yh/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                      sections=[("加快人才集聚", ["区人才办"], [("支持人才安居", "给予补贴。", [])])])
    filled.store([newer], name="yh", data=b"yh2")
    assert {h.doc_id for h in search(filled, "", Filters(dept="科技局"))} == {"lh/d1"}
    old = search(filled, "", Filters(dept="科技局", all_versions=True))
    assert {(h.doc_id, h.version) for h in old} == {("lh/d1", 1), ("yh/d1", 1)}
    assert ids(search(filled, "", Filters(min_amount=Decimal(10000)))) == []  # only yh/d1@1 had provisions
