"""Comparison by meaning on hand-built documents: moves, splits, merges, changed numbers."""

from __future__ import annotations

from decimal import Decimal

from .library_fixtures import build_doc, yuhang_doc
from zhengce.library.compare import compare, compare_topic
from zhengce.library.numbers import numbers
from zhengce.money import format_yuan

FINAL_SECTIONS = [
    ("加快人才集聚", ["区人才办"], [
        ("引进高层次人才", "给予顶尖人才团队最高2亿元项目资助。", ["区人才办"]),
        ("支持人才安居", "给予人才住房补贴每人每年3万元。", ["区人才办", "区住建局"])]),
    ("高水平打造科技创新高地", ["区科技局"], [
        ("加强创新平台建设", "对新认定的省级重点实验室,给予最高500万元奖励。", ["区科技局", "区财政局"]),
        ("强化企业创新主体地位", "对新认定的高新技术企业给予最高300万元奖励。", ["区科技局"]),
        ("培育专精特新企业", "对专精特新企业给予50万元奖励。", ["区科技局"]),
        ("支持数字经济", "对数字经济企业给予最高100万元奖励。", ["区经信局"])]),
]


def final_doc():
    return build_doc("f/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                     sections=FINAL_SECTIONS)


def test_moved_changed_added_removed_split():
    c = compare(yuhang_doc("a/d1", status="draft"), final_doc())
    j = c.to_json()
    assert j["counts"] == {"unchanged": 2, "changed": 1, "split": 1, "merged": 0, "added": 1, "removed": 1}
    unchanged = {(ch["a"][0]["heading"], ch["b"][0]["id"]) for ch in j["unchanged"]}
    # matched by meaning although their numbers and sections moved
    assert unchanged == {("加强创新平台建设", "f/d1/s2/a3"), ("支持人才安居", "f/d1/s1/a2")}
    changed = next(ch for ch in j["changed"] if ch["status"] == "changed")
    assert changed["a"][0]["no"] == 5 and changed["b"][0]["no"] == 1
    [num] = changed["numbers"]["changed"]
    assert (num["before"]["value"], num["after"]["value"]) == (Decimal(100000000), Decimal(200000000))
    assert num["after"]["quote"] == "给予顶尖人才团队最高2亿元项目资助"
    split = next(ch for ch in j["changed"] if ch["status"] == "split")
    assert [p["no"] for p in split["a"]] == [2] and [p["no"] for p in split["b"]] == [4, 5]
    assert [(x["before"]["display"], x["after"]["display"]) for x in split["numbers"]["changed"]] == [
        ("200万元", "300万元")]
    assert [p["heading"] for p in j["added"]] == ["支持数字经济"]
    assert [p["heading"] for p in j["removed"]] == ["支持技术攻关"]
    assert {"field": "status", "label": "状态", "a": "draft", "b": "final", "a_text": "征求意见稿",
            "b_text": "正式稿"} in j["metadata"]


def test_merge_is_the_reverse_of_split():
    j = compare(final_doc(), yuhang_doc("a/d1")).to_json()
    merged = [ch for ch in j["changed"] if ch["status"] == "merged"]
    assert len(merged) == 1
    assert [p["no"] for p in merged[0]["a"]] == [4, 5] and [p["no"] for p in merged[0]["b"]] == [2]


def test_identical_documents_are_all_unchanged():
    j = compare(yuhang_doc("a/d1"), yuhang_doc("b/d1")).to_json()
    assert j["counts"]["unchanged"] == 5 and j["counts"]["changed"] == 0
    assert j["added"] == [] and j["removed"] == [] and j["metadata"] == []


def test_unrelated_articles_are_not_paired():
    other = build_doc("o/d1", title="关于促进农业发展的政策", region="湖州市", year=2025, level="city", sections=[
        ("发展现代农业", ["市农业农村局"], [("支持粮食生产", "对种粮大户按每亩100元给予补贴。", [])])])
    j = compare(yuhang_doc("a/d1"), other).to_json()
    assert j["counts"]["changed"] == j["counts"]["unchanged"] == 0
    assert len(j["removed"]) == 5 and len(j["added"]) == 1


def test_topic_lines_up_every_document(lib):
    lib.store([yuhang_doc("a/d1", status="draft")], name="a", data=b"a")
    lib.store([final_doc()], name="f", data=b"f")
    lib.store([build_doc("o/d1", title="农业政策", region="湖州市", year=2025, level="city", sections=[
        ("发展现代农业", [], [("支持粮食生产", "对种粮大户按每亩100元给予补贴。", [])])])], name="o", data=b"o")
    t = compare_topic(lib, "高新技術企業").to_json()
    by_doc = {r["document"]["id"]: r for r in t["rows"]}
    assert set(by_doc) == {"a/d1", "f/d1"}
    assert by_doc["a/d1"]["source"] == "provision" and by_doc["a/d1"]["amount_yuan"] == 2000000
    # no provision extracted in f/d1: the sentence naming the measure, with its amount
    assert by_doc["f/d1"]["source"] == "text"
    assert [a["value"] for a in by_doc["f/d1"]["amounts"]] == [Decimal(3000000)]
    assert by_doc["f/d1"]["quote"] == "对新认定的高新技术企业给予最高300万元奖励。"
    assert [d["id"] for d in t["documents_without_mention"]] == ["o/d1"]


def test_number_reader_for_comparison():
    found = [(n.kind, n.value) for n in numbers("最高500万元,按30%资助,不超过50万,1.5亿元,百分之八十,2025年")]
    assert found == [("amount", Decimal(5000000)), ("rate", Decimal("0.3")), ("amount", Decimal(500000)),
                     ("amount", Decimal(150000000)), ("rate", Decimal("0.8"))]
    assert format_yuan(Decimal(150000000)) == "1.5亿元" and format_yuan(Decimal(3000)) == "3,000元"
