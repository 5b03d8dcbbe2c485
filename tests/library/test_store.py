"""Storage: versions, no-op re-ingest, all-or-nothing files, series, migrations, exact money."""

from __future__ import annotations

import sqlite3

import pytest

from .library_fixtures import TALENT, TECH, Prov, build_doc, yuhang_doc
from zhengce.errors import InputError, NotFound
from zhengce.library import schema
from zhengce.library.store import Library


def _count(lib: Library, table: str) -> int:
    return lib.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_store_and_get(lib):
    doc = yuhang_doc()
    report = lib.store([doc], name="t1.txt", data=b"v1")
    assert report.status == "added"
    assert [(d.id, d.version, d.action) for d in report.documents] == [("t1_aaaa/d1", 1, "added")]
    got = lib.get("t1_aaaa/d1")
    assert got["type"] == "document"
    assert got["document"]["title"] == doc.title
    assert len(got["document"]["sections"]) == 2
    art = lib.get("t1_aaaa/d1/s1/a2")
    assert art["type"] == "article"
    assert art["article"]["no"] == 2 and "高新技术企业" in art["article"]["text"]
    assert [p["amount_yuan"] for p in art["article"]["provisions"]] == [2000000, 500000]
    sec = lib.get("t1_aaaa/d1/s2")
    assert sec["type"] == "section" and [a["no"] for a in sec["articles"]] == [4, 5]
    with pytest.raises(NotFound):
        lib.get("t1_aaaa/d9")
    with pytest.raises(NotFound):
        lib.get("t1_aaaa/d1/s7/a99")


def test_same_bytes_is_noop(lib):
    lib.store([yuhang_doc()], name="t1.txt", data=b"v1")
    before = {t: _count(lib, t) for t in ("sources", "documents", "articles", "provisions")}
    again = lib.store([yuhang_doc()], name="t1.txt", data=b"v1")
    assert again.status == "unchanged"
    assert {t: _count(lib, t) for t in before} == before


def test_same_content_other_bytes_keeps_version(lib):
    lib.store([yuhang_doc()], name="t1.txt", data=b"v1")
    report = lib.store([yuhang_doc()], name="t1.txt", data=b"v1 with different line ends")
    assert report.status == "unchanged"
    assert [d.action for d in report.documents] == ["unchanged"]
    assert _count(lib, "documents") == 1


def test_changed_document_becomes_new_version(lib):
    lib.store([yuhang_doc()], name="t1.txt", data=b"v1")
    changed = build_doc("t1_aaaa/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                        sections=[TECH])
    report = lib.store([changed], name="t1.txt", data=b"v2")
    assert report.status == "updated"
    assert [(d.version, d.action) for d in report.documents] == [(2, "new_version")]
    latest = lib.get("t1_aaaa/d1")["document"]
    assert latest["version"] == 2 and len(latest["sections"]) == 1
    old = lib.get("t1_aaaa/d1@1")["document"]
    assert old["version"] == 1 and not old["latest"] and len(old["sections"]) == 2
    assert [v["id"] for v in latest["versions"]] == ["t1_aaaa/d1@1", "t1_aaaa/d1@2"]
    # the old version's articles stay addressable
    assert lib.get("t1_aaaa/d1@1/s2/a4")["article"]["heading"] == "支持人才安居"
    with pytest.raises(NotFound):
        lib.get("t1_aaaa/d1/s2/a4")
    assert [d["id"] for d in lib.documents()] == ["t1_aaaa/d1"]
    assert len(lib.documents(all_versions=True)) == 2


class Boom:
    def to_json(self):
        raise RuntimeError("provision cannot be serialized")


def test_failing_file_leaves_nothing(lib):
    good = yuhang_doc("t3/d1")
    bad = yuhang_doc("t3/d2")
    bad.provisions.append(Boom())
    with pytest.raises(RuntimeError):
        lib.store([good, bad], name="t3.txt", data=b"t3")
    for table in ("sources", "documents", "sections", "articles", "provisions"):
        assert _count(lib, table) == 0, table
    assert lib.conn.execute("SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH '企业'").fetchone()[0] == 0
    # and the library still works afterwards
    assert lib.store([good], name="t3.txt", data=b"t3").status == "added"


def test_series_links_draft_final_and_years(lib):
    draft = build_doc("a/d1", title="关于推动经济高质量发展的若干政策(2025年)(征求意见稿)", region="杭州市余杭区",
                      year=2025, status="draft", sections=[TECH])
    final = build_doc("b/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                      sections=[TECH])
    before = build_doc("c/d1", title="關於進一步推動經濟高質量發展若干政策", region="杭州市余杭区", year=2024,
                       sections=[TALENT])
    other = build_doc("d/d1", title="关于推动经济高质量发展的若干政策", region="杭州市临安区", year=2025,
                      sections=[TECH])
    for d in (draft, final, before, other):
        lib.store([d], name=d.id, data=d.id.encode())
    members = lib.get("b/d1")["document"]["series_members"]
    assert [(m["id"], m["year"], m["status"]) for m in members] == [
        ("c/d1", 2024, "final"), ("a/d1", 2025, "draft"), ("b/d1", 2025, "final")]


def test_reading_layer_series_wins(lib):
    d = yuhang_doc()
    d.series = "custom-key"
    lib.store([d], name="x", data=b"x")
    assert lib.get("t1_aaaa/d1")["document"]["series"] == "custom-key"


def test_money_is_exact(lib):
    d = build_doc("m/d1", title="电价补贴", region="湖州市", year=2025, level="city", sections=[TECH],
                  provisions={1: [{"kind": "incentive", "amount_yuan": "0.05", "rate": 0.3, "cap_yuan": 3000000,
                                   "quote": "每度0.05元"}]})
    lib.store([d], name="m", data=b"m")
    row = lib.conn.execute("SELECT amount_yuan, typeof(amount_yuan), amount_fen, rate, cap_yuan, "
                           "typeof(cap_yuan), cap_fen FROM provisions").fetchone()
    assert tuple(row) == ("0.05", "text", 5, "0.3", 3000000, "integer", 300000000)


def test_schema_version_and_reopen(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.store([yuhang_doc()], name="t1.txt", data=b"v1")
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    with Library(path) as lib:  # reopening migrates nothing and keeps the data
        assert lib.counts()["documents"] == 1
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(InputError, match="数据库结构版本 .* 新"):
        Library(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError):
        Library(path)


def test_provision_placed_by_article_number_when_not_attached(lib):
    d = yuhang_doc("p/d1")
    d.provisions.append(Prov({"kind": "target", "article": 5, "quote": "x", "amount_yuan": None}))
    lib.store([d], name="p", data=b"p")
    pk = lib.conn.execute("SELECT article_pk FROM provisions WHERE kind = 'target'").fetchone()[0]
    assert lib.conn.execute("SELECT cite_id FROM articles WHERE pk = ?", (pk,)).fetchone()[0] == "p/d1/s2/a5"


def test_library_of_schema_2_gets_the_filtered_index(tmp_path):
    from zhengce.library.search import Filters, search

    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.store([yuhang_doc()], name="t1.txt", data=b"v1")
        changed = build_doc("t1_aaaa/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                            sections=[TECH])
        lib.store([changed], name="t1.txt", data=b"v2")  # version 2 supersedes 1
        lib.store([yuhang_doc("t2/d1", year=2026)], name="t2.txt", data=b"t2")  # next year's: another document
        expected = [h.to_json() for h in search(lib, "奖励", Filters(dept="科技局", region="余杭"))]
        assert {(h["document"]["id"], h["document"]["version"]) for h in expected} == {("t1_aaaa/d1", 2),
                                                                                      ("t2/d1", 1)}
        # back to what schema 2 had: a one-column index, the old provisions index
        lib.conn.executescript(
            "DROP TABLE article_fts; DROP INDEX provisions_filter; DROP INDEX documents_superseded;"
            "DROP TABLE superseded_articles;"
            "CREATE INDEX provisions_kind_amount ON provisions(kind, amount_fen);"
            "CREATE VIRTUAL TABLE article_fts USING fts5(body, content='', tokenize=\"unicode61 tokenchars '.'\");"
            "PRAGMA user_version = 2;")
    with Library(path) as lib:  # opening migrates: the index is rebuilt from the stored articles
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert [h.to_json() for h in search(lib, "奖励", Filters(dept="科技局", region="余杭"))] == expected


def test_files_that_share_a_name_are_different_documents(tmp_path):
    """2024/policy.txt and 2025/policy.txt: two documents, not two versions of one."""
    with Library(tmp_path / "n.sqlite") as lib:
        first = lib.store([yuhang_doc("policy/d1", year=2024)], name="policy.txt", data=b"2024")
        second = lib.store([yuhang_doc("policy/d1", year=2025)], name="policy.txt", data=b"2025")
        assert [(d.id, d.version, d.action) for d in first.documents] == [("policy/d1", 1, "added")]
        assert [(d.id, d.version, d.action) for d in second.documents] == [("policy~2/d1", 1, "added")]
        assert {d["year"] for d in lib.documents()} == {2024, 2025}
        # every id of the second document was renamed with it
        got = lib.get("policy~2/d1")["document"]
        assert got["year"] == 2025
        assert lib.conn.execute("SELECT COUNT(*) FROM articles WHERE cite_id LIKE 'policy/%'").fetchone()[0] == \
            lib.conn.execute("SELECT COUNT(*) FROM articles WHERE cite_id LIKE 'policy~2/%'").fetchone()[0]


def test_the_same_document_from_another_file_is_a_new_version_of_it(tmp_path):
    """Versions follow what a document is (title, issuer, year, status), not its file's name."""
    with Library(tmp_path / "v.sqlite") as lib:
        lib.store([yuhang_doc("a/d1")], name="a.txt", data=b"a")
        changed = build_doc("b/d1", title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=2025,
                            sections=[TECH])
        report = lib.store([changed], name="b.txt", data=b"b")
        assert [(d.id, d.version, d.action) for d in report.documents] == [("a/d1", 2, "new_version")]
        assert len(lib.documents()) == 1
