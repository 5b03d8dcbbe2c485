"""The library over the shipped corpus: ingest, versions, search, comparison, bad input (CLI)."""

from __future__ import annotations

import json
import shutil

import pytest

from zhengce.cli import main
from zhengce.library.compare import compare, compare_topic
from zhengce.library.ingest import ingest
from zhengce.library.search import Filters, search
from zhengce.library.store import Library
from zhengce.library.text import simplified, traditional
from zhengce.paths import corpus_files

YH_DRAFT, YH_FINAL = "000_06e7bbbd202afb43/d1", "004_c74db4dc4724db3b/d2"
LA_2024, LA_2025 = "001_95e72363357eca1d/d1", "004_c74db4dc4724db3b/d3"


@pytest.fixture(scope="module")
def corpus_lib(tmp_path_factory):
    with Library(tmp_path_factory.mktemp("lib") / "corpus.sqlite") as lib:
        reports = ingest(lib, corpus_files())
        assert [r.status for r in reports] == ["added"] * 5, [r.error for r in reports]
        yield lib


def test_corpus_is_eleven_documents(corpus_lib):
    docs = corpus_lib.documents()
    assert len(docs) == 11
    assert sum(1 for d in docs if d["id"].startswith("004_")) == 7
    assert all(d["version"] == 1 for d in docs)


def test_reingest_is_noop(corpus_lib):
    before = corpus_lib.counts()
    reports = ingest(corpus_lib, corpus_files())
    assert [r.status for r in reports] == ["unchanged"] * 5
    assert corpus_lib.counts() == before


def test_modified_file_becomes_new_version(tmp_path):
    src = next(p for p in corpus_files() if p.name.startswith("004_"))
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(src, folder / src.name)
    with Library(tmp_path / "v.sqlite") as lib:
        ingest(lib, [folder])
        doc = lib.document(YH_FINAL)
        art = doc.articles[1]
        original = (folder / src.name).read_text(encoding="utf-8")
        # change one digit inside one article of one document of the file
        k = next(i for i in range(*art.span) if original[i].isdigit() and original[i] != "9")
        changed = original[:k] + str(int(original[k]) + 1) + original[k + 1:]
        (folder / src.name).write_text(changed, encoding="utf-8")
        [report] = ingest(lib, [folder])
        assert report.status == "updated"
        actions = {d.id: (d.version, d.action) for d in report.documents}
        assert actions[YH_FINAL] == (2, "new_version")
        assert sum(1 for v, a in actions.values() if a == "unchanged") == 6
        assert lib.get(YH_FINAL)["document"]["version"] == 2
        old = lib.get(YH_FINAL + "@1")["document"]
        assert not old["latest"] and old["version"] == 1
        assert len(lib.documents()) == 7 and len(lib.documents(all_versions=True)) == 8
        # the new version's article carries the changed text; the old one is kept as it was
        new_art = lib.get(f"{YH_FINAL}/{art.id.split('/', 2)[2]}")["article"]
        old_art = lib.get(f"{YH_FINAL}@1/{art.id.split('/', 2)[2]}")["article"]
        assert new_art["text"] != old_art["text"]
        assert new_art["quote"] == changed[art.span[0]:art.span[1]]


def test_search_across_scripts(corpus_lib):
    # 000 is in traditional script, 001 in simplified
    simp = {h.doc_id for h in search(corpus_lib, "高新技术企业", limit=200)}
    trad = {h.doc_id for h in search(corpus_lib, traditional("高新技术企业"), limit=200)}
    assert simp == trad
    assert YH_DRAFT in simp and LA_2024 in simp
    assert {h.doc_id for h in search(corpus_lib, "专精特新", limit=200)} >= {LA_2024, LA_2025}


def test_search_hits_are_real_and_cited(corpus_lib):
    for h in search(corpus_lib, "专精特新", limit=50):
        art = corpus_lib.get(h.article_id if h.latest else f"{h.doc_id}@{h.version}")
        text = art.get("article", {}).get("text") or ""
        assert "专精特新" in simplified(text).replace(" ", "")
        assert h.title and h.region and h.year
        assert art["article"]["quote"]  # the original text, cut by span


def test_corpus_filters(corpus_lib):
    q = "高新技术企业"
    assert {h.doc_id for h in search(corpus_lib, q, Filters(region="临安"), limit=100)} == {LA_2024, LA_2025}
    assert {h.doc_id for h in search(corpus_lib, q, Filters(region="临安", year=2025), limit=100)} == {LA_2025}
    assert {h.status for h in search(corpus_lib, q, Filters(status="draft"), limit=100)} == {"draft"}
    assert {h.doc_kind for h in search(corpus_lib, "申报", Filters(kind="notice"), limit=100)} == {"notice"}
    assert {h.level for h in search(corpus_lib, q, Filters(level="city"), limit=100)} <= {"city"}
    for h in search(corpus_lib, "", Filters(dept="科技局"), limit=30):
        got = corpus_lib.get(h.article_id)
        units = got["article"]["responsible"] + (got["section"] or {}).get("lead", [])
        assert any("科技局" in u for u in units)


def test_corpus_provision_filter(corpus_lib):
    hits = search(corpus_lib, "", Filters(min_amount=1000000, beneficiary="高新技术企业"), limit=50)
    for h in hits:
        assert h.provisions
        for p in h.provisions:
            assert max(p.get("amount_yuan") or 0, p.get("cap_yuan") or 0) >= 1000000
            assert "高新技术企业" in simplified(p.get("trigger") or "") + (p.get("beneficiary") or "")


def _compare(lib, a, b):
    return compare(lib.document(a), lib.document(b)).to_json()


def test_compare_yuhang_draft_and_final(corpus_lib):
    j = _compare(corpus_lib, YH_DRAFT, YH_FINAL)
    c = j["counts"]
    assert c["added"] >= 1 and c["removed"] >= 1 and c["changed"] >= 10
    paired = c["unchanged"] + c["changed"]
    assert paired >= 40  # most of the 50 draft articles are found again in the final text
    moved = [ch for ch in j["changed"] + j["unchanged"] if ch["a"][0]["no"] != ch["b"][0]["no"]]
    assert moved  # aligned by meaning, not by number
    number_changes = [x for ch in j["changed"] for x in ch.get("numbers", {}).get("changed", [])]
    number_changes += [x for ch in j["changed"] for k in ("added", "removed")
                       for x in ch.get("numbers", {}).get(k, [])]
    assert number_changes
    assert {"field": "status", "label": "状态", "a": "draft", "b": "final", "a_text": "征求意见稿",
            "b_text": "正式稿"} in j["metadata"]


def test_compare_linan_years(corpus_lib):
    j = _compare(corpus_lib, LA_2024, LA_2025)
    assert {"field": "year", "label": "政策年度", "a": 2024, "b": 2025, "a_text": "2024", "b_text": "2025"} in j["metadata"]
    assert j["counts"]["changed"] + j["counts"]["unchanged"] >= 15
    assert j["counts"]["added"] and j["counts"]["removed"]
    # same headings found again even where the text was rewritten
    for ch in j["changed"]:
        if ch["status"] == "changed":
            assert ch["similarity"] >= 0.3 or ch["a"][0]["heading"] == ch["b"][0]["heading"] \
                or "heading" not in ch


def test_topic_shows_every_award(corpus_lib):
    t = compare_topic(corpus_lib, "高新技术企业").to_json()
    docs = {r["document"]["id"] for r in t["rows"]}
    policies = {d["id"] for d in corpus_lib.documents(kind="policy")}
    assert policies <= docs  # every yearly policy mentions it
    with_money = {r["document"]["id"] for r in t["rows"]
                  if r.get("amount_yuan") or r.get("cap_yuan") or r.get("amounts")}
    assert {"003_8ed54ab2f5c8896f/d1", YH_FINAL, LA_2025} <= with_money
    for r in t["rows"]:
        assert r["quote"] and r["article"]["id"].startswith(r["document"]["id"])


# ------------------------------------------------------------------------------------ CLI


def test_cli_ingest_reports_bad_files_and_goes_on(tmp_path, capsys, corpus_dir):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    prose = tmp_path / "prose.txt"
    prose.write_text("今天天气很好,我们去公园散步,然后回家吃饭。\n" * 5, encoding="utf-8")
    good = corpus_dir / "003_8ed54ab2f5c8896f.txt"
    db = str(tmp_path / "cli.sqlite")
    rc = main(["ingest", str(tmp_path / "missing.txt"), str(binary), str(prose), str(good), "--db", db])
    out, err = capsys.readouterr()
    assert rc == 1
    failed = [line for line in err.splitlines() if line.startswith("zhengce: 未能入库：")]
    assert len(failed) == 3
    assert all("Traceback" not in line for line in err.splitlines())
    assert "missing.txt" in failed[0] and "blob.txt" in failed[1] and "prose.txt" in failed[2]
    assert "文件或文件夹不存在" in failed[0] and "不是文本、Word 或 PDF 文件" in failed[1] and "不是政策文件" in failed[2]
    assert "003_8ed54ab2f5c8896f/d1" in out
    rc = main(["docs", "--json", "--db", db])
    docs = json.loads(capsys.readouterr().out)
    assert rc == 0 and [d["id"] for d in docs] == ["003_8ed54ab2f5c8896f/d1"]
    assert main(["ingest", str(good), "--db", db]) == 0
    assert "unchanged" in capsys.readouterr().out


def test_cli_views(tmp_path, capsys, corpus_dir):
    db = str(tmp_path / "cli.sqlite")
    assert main(["ingest", str(corpus_dir), "--db", db]) == 0
    capsys.readouterr()
    assert main(["docs", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "编号" in out and YH_FINAL in out and "征求意见稿" in out
    assert main(["show", YH_FINAL + "/s1/a2", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "强化科技企业创新主体地位" in out and "责任单位" in out
    assert main(["show", YH_FINAL, "--json", "--db", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["type"] == "document" and len(shown["document"]["sections"]) == 8
    assert main(["search", "專精特新", "--region", "临安", "--json", "--db", db]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all("临安" in h["document"]["region"] for h in hits)
    assert main(["search", "专精特新", "--year", "2025", "--db", db]) == 0
    assert "【专精特新】" in capsys.readouterr().out
    assert main(["compare", YH_DRAFT, YH_FINAL, "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["changed"] > 0
    assert main(["compare", YH_DRAFT, YH_FINAL, "--db", db]) == 0
    assert "修改" in capsys.readouterr().out
    path = str(corpus_dir / "004_c74db4dc4724db3b.txt")
    assert main(["compare", YH_DRAFT, path + "#d2", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["b"]["id"] == YH_FINAL
    assert main(["compare", "--topic", "高新技术企业", "--db", db]) == 0
    assert "湖州市" in capsys.readouterr().out


def test_cli_user_errors(tmp_path, capsys, corpus_dir):
    db = str(tmp_path / "cli.sqlite")
    assert main(["show", "nothing/d1", "--db", db]) == 2
    assert main(["compare", "only-one", "--db", db]) == 2
    assert main(["search", "--db", db]) == 2
    assert main(["search", "x", "--min-amount", "lots", "--db", db]) == 2
    path = str(corpus_dir / "004_c74db4dc4724db3b.txt")
    assert main(["compare", path, path, "--db", db]) == 2  # a file of seven documents needs #dN
    err = capsys.readouterr().err
    assert err.count("zhengce: 错误：") == 5 and "Traceback" not in err
