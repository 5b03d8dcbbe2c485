"""The rule tree: documents found by content hash, quotes inside the cited article, groups quote
their clause, previous links, fingerprints, `rules diff` and `rules review`."""

import json
import shutil
from pathlib import Path

import pytest

from zhengce.cli import main
from zhengce.rules import corpus, fidelity, load_rulebook
from zhengce.rules.rulebook import POLICY_DIR, load_dir, load_paths, rule_files

LINAN = POLICY_DIR / "zhejiang" / "hangzhou" / "linan" / "2025.yaml"
HUZHOU = POLICY_DIR / "zhejiang" / "huzhou" / "2025.yaml"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_tree_by_place_and_year():
    keys = {d.key for d in load_rulebook().documents}
    assert {"zhejiang/hangzhou/linan/2025", "zhejiang/hangzhou/yuhang/2025", "zhejiang/hangzhou/yuhang/2025-draft",
            "zhejiang/hangzhou/xiaoshan/2025-anxinbao", "zhejiang/huzhou/2025"} <= keys
    for path in rule_files(POLICY_DIR):
        assert path.with_name(path.stem + ".tests.yaml").exists(), path
        text = path.read_text(encoding="utf-8")
        assert "content_hash:" in text and "\n  file:" not in text and "lines:" not in text


def test_document_found_by_content_not_file_name(tmp_path, monkeypatch):
    """The same text under another file name (another source) still validates."""
    src = corpus.index()
    doc = next(d for d in src.values() if d.reading.title and "临安" in (d.reading.region or "") and d.reading.year == 2025)
    renamed = tmp_path / "corpus"
    renamed.mkdir()
    (renamed / "999_other_source.txt").write_text(doc.original, encoding="utf-8")
    corpus.index.cache_clear()
    monkeypatch.setattr(corpus, "CORPUS_DIR", renamed)
    try:
        book = load_paths([LINAN], POLICY_DIR)
        assert fidelity.check_quotes(book) == []
        found, problem = corpus.find(book.documents[0].content_hash, book.documents[0].meta)
        assert problem is None and found.reading.source == "999_other_source.txt"
    finally:
        corpus.index.cache_clear()


def _copy(tmp_path, path, edit):
    text = edit(path.read_text(encoding="utf-8"))
    out = tmp_path / path.name
    out.write_text(text, encoding="utf-8")
    return load_paths([out])


def test_quote_from_another_article_is_refused(tmp_path):
    # 新雏鹰 quote is in article 1; cite it as article 2
    book = _copy(tmp_path, LINAN, lambda t: t.replace(
        "  - id: linan-2025-a01-xinchuying\n    article: 1\n", "  - id: linan-2025-a01-xinchuying\n    article: 2\n"))
    problems = fidelity.check_quotes(book)
    assert any("linan-2025-a01-xinchuying" in p and "not in the cited article 2" in p and "elsewhere" in p
               for p in problems)


def test_unknown_hash_is_reported_with_the_matching_document(tmp_path):
    book = _copy(tmp_path, LINAN, lambda t: t.replace("content_hash: 088da88f", "content_hash: 00000000"))
    problems = fidelity.check_quotes(book)
    assert any("not found in the corpus" in p and "088da88f" in p for p in problems)


def test_group_without_quote_fails_validate(tmp_path):
    book = _copy(tmp_path, HUZHOU, lambda t: t.replace(
        "    quote: 單個孵化載體單年度內獎勵額度最高30萬元\n", ""))
    assert any("huzhou-2025-cultivation-cap: no quote" in p for p in fidelity.check_quotes(book))


def test_every_shipped_group_quotes_its_clause():
    book = load_rulebook()
    assert all(g.quote for g in book.groups.values())
    assert "huzhou-2025-incubator" not in book.groups  # no clause creates it: both levels pay (30万+10万)


def test_ambiguous_article_needs_section(tmp_path):
    anxinbao = POLICY_DIR / "zhejiang" / "hangzhou" / "xiaoshan" / "2025-anxinbao.yaml"
    book = _copy(tmp_path, anxinbao, lambda t: t.replace("    section: 3\n", ""))
    assert any("ambiguous" in p and "section" in p for p in fidelity.check_quotes(book))


def test_previous_links_are_checked(tmp_path):
    last = tmp_path / "2024.yaml"
    this = tmp_path / "2025.yaml"
    text = LINAN.read_text(encoding="utf-8")
    last.write_text(text, encoding="utf-8")
    this.write_text(text.replace("linan-2025-", "linan-2026-").replace("  year: 2025", "  year: 2026").replace(
        "  - id: linan-2026-a08-dev-fee\n", "  - id: linan-2026-a08-dev-fee\n    previous: linan-2025-a08-dev-fee\n").replace(
        "  - id: linan-2026-a01-xinchuying\n", "  - id: linan-2026-a01-xinchuying\n    previous: linan-2025-a07-leading-team\n").replace(
        "  - id: linan-2026-a02-key-lab\n", "  - id: linan-2026-a02-key-lab\n    previous: nope\n"), encoding="utf-8")
    book = load_paths([last, this])
    problems = fidelity.check_previous(book)
    assert not any("a08-dev-fee" in p for p in problems)
    assert any("linan-2026-a01-xinchuying" in p and "pays a team" in p for p in problems)
    assert any("linan-2026-a02-key-lab" in p and "not a rule" in p for p in problems)


def test_fingerprint_changes_with_any_file(tmp_path):
    shutil.copytree(POLICY_DIR, tmp_path / "p")
    a = load_dir(tmp_path / "p")
    assert a.fingerprint == load_dir(POLICY_DIR).fingerprint and len(a.files) == len(rule_files(POLICY_DIR))
    f = tmp_path / "p" / "zhejiang" / "huzhou" / "2025.yaml"
    f.write_text(f.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert load_dir(tmp_path / "p").fingerprint != a.fingerprint


def test_check_and_batch_record_the_rulebook(capsys, tmp_path):
    profile = tmp_path / "p.json"
    profile.write_text('{"region": "湖州市吴兴区", "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}]}',
                       encoding="utf-8")
    code, out, _ = run(capsys, "check", profile, "--date", "2025-06-30", "--json")
    data = json.loads(out)
    assert data["rulebook"]["fingerprint"] == load_rulebook().fingerprint
    assert {"path", "sha256"} <= set(data["rulebook"]["files"][0])
    assert data["entitlements"][0]["citation"]["content_hash"]
    reg = tmp_path / "r.csv"
    reg.write_text("region,rec.gaoxin\n湖州市吴兴区,2025-03-01\n", encoding="utf-8")
    code, out, _ = run(capsys, "batch", reg, "--out", tmp_path / "o.csv", "--date", "2025-06-30", "--json")
    assert json.loads(out)["rulebook"]["fingerprint"] == load_rulebook().fingerprint
    assert (tmp_path / "o.rulebook.csv").read_text(encoding="utf-8").count(load_rulebook().fingerprint) == \
        len(load_rulebook().files)


def test_list_json_exposes_per_unit_and_tier_amounts(capsys):
    code, out, _ = run(capsys, "rules", "list", "--json")
    rules = {r["id"]: r for r in json.loads(out)}
    for r in rules.values():
        if r["form"] == "per_unit":
            assert r["per_unit"]["award_yuan"] and (r["per_unit"]["unit"] or r["per_unit"]["unit_yuan"])
        if r["form"] == "tiered":
            assert r["tiers"] and all(t["amount_yuan"] and t["at_least_yuan"] for t in r["tiers"])
    assert rules["huzhou-2025-a04-cultivate-gaoxin"]["per_unit"]["award_yuan"] == 30000
    assert rules["xihu-2023d-a18-above-scale-output"]["per_unit"] == {
        "award_yuan": 10000, "unit": None, "unit_yuan": 10000000, "offset_yuan": 20000000,
        "unit_label": "本年一季度产值"}


def test_diff_two_files(capsys, tmp_path):
    changed = tmp_path / "h.yaml"
    changed.write_text(HUZHOU.read_text(encoding="utf-8").replace(
        "huzhou-2025-a02-gaoxin-first", "huzhou-2026-a02-gaoxin-first").replace(
        "    formula: {form: up_to, amount_yuan: 100000}\n    interpretation: 国家级、省级",
        "    formula: {form: up_to, amount_yuan: 50000}\n    interpretation: 国家级、省级"), encoding="utf-8")
    code, out, _ = run(capsys, "rules", "diff", HUZHOU, changed, "--json")
    report = json.loads(out)
    by_new = {r["new"]: r for r in report["rules"]}
    assert by_new["huzhou-2026-a02-gaoxin-first"]["matched_by"] == "quote"
    assert by_new["huzhou-2026-a02-gaoxin-first"]["status"] == "same"
    inc = by_new["huzhou-2025-a04-incubator-provincial"]
    assert inc["status"] == "changed" and inc["changes"]["formula"] == {"old": "最高10万元", "new": "最高5万元"}
    code, out, _ = run(capsys, "rules", "diff", HUZHOU, changed)
    assert "| 有变化 | huzhou-2025-a04-incubator-provincial" in out and "最高10万元 → 最高5万元" in out
    code, out, err = run(capsys, "rules", "diff", HUZHOU, tmp_path / "missing.yaml")
    assert code == 2 and "missing.yaml：文件不存在" in err


def _pending_copy(tmp_path):
    text = LINAN.read_text(encoding="utf-8")
    text = text.replace("  - id: linan-2025-a08-dev-fee\n",
                        "  - id: linan-2025-a08-dev-fee\n    review: pending\n    review_notes: [比例与上限请核对]\n")
    text = text.replace("  - id: linan-2025-a01-xinchuying\n", "  - id: linan-2025-a01-xinchuying\n    review: pending\n")
    path = tmp_path / "linan-draft.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_review_by_flags_keeps_the_file_and_records_who_and_when(capsys, tmp_path):
    path, before = _pending_copy(tmp_path)
    code, out, _ = run(capsys, "rules", "review", path, "--json")
    pending = json.loads(out)["pending"]
    dev = next(p for p in pending if p["id"] == "linan-2025-a08-dev-fee")
    assert dev["quote_in_article"] and "(八)" in dev["article_text"] and dev["review_notes"] == ["比例与上限请核对"]
    assert dev["article_id"].endswith("/a8")
    code, out, _ = run(capsys, "rules", "review", path, "--accept", "linan-2025-a08-dev-fee",
                       "--reject", "linan-2025-a01-xinchuying", "--by", "张三")
    assert code == 0
    after = path.read_text(encoding="utf-8")
    # only the decided rules' review lines change; comments and layout survive
    added = [ln for ln in after.splitlines() if ln not in before.splitlines()]
    assert len(added) == 6 and all(ln.startswith(("    review:", "    reviewed_by:", "    reviewed_at:")) for ln in added)
    assert after.splitlines()[0] == before.splitlines()[0]
    book = load_paths([path])
    ids = {r.id for r in book.rules}
    assert "linan-2025-a01-xinchuying" not in ids  # rejected rules are not loaded
    dev = book.rule("linan-2025-a08-dev-fee")
    assert dev.review == "accepted" and dev.raw["reviewed_by"] == "张三" and "T" in str(dev.raw["reviewed_at"])


def test_review_errors_are_one_line(capsys, tmp_path):
    path, _ = _pending_copy(tmp_path)
    code, _, err = run(capsys, "rules", "review", path, "--accept", "nope", "--by", "x")
    assert code == 2 and "没有规则 'nope'" in err
    code, _, err = run(capsys, "rules", "review", path, "--accept", "linan-2025-a08-dev-fee")
    assert code == 2 and "--by" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [", encoding="utf-8")
    code, _, err = run(capsys, "rules", "review", bad, "--accept", "x", "--by", "y")
    assert code == 2 and "bad.yaml：不是有效的 YAML" in err and "Traceback" not in err


def test_review_interactive_edit(monkeypatch, capsys, tmp_path):
    path, _ = _pending_copy(tmp_path)
    answers = iter(["审核员乙", "r", "e", "formula", '{form: rate, rate: "0.2", base: fin.dev_fee_yuan, cap_yuan: 1000000}'])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    monkeypatch.setenv("ZHENGCE_REVIEW_PROMPTS", "1")
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    code, out, _ = run(capsys, "rules", "review", path)
    assert code == 0 and "原文引用" in out and "审核提示: 比例与上限请核对" in out
    dev = load_paths([path]).rule("linan-2025-a08-dev-fee")
    assert dev.formula.cap == 100000000 and dev.raw["reviewed_by"] == "审核员乙"


def test_review_refuses_a_bad_edit(tmp_path):
    from zhengce.errors import InputError
    from zhengce.rules.review import ReviewFile
    path, text = _pending_copy(tmp_path)
    review = ReviewFile(text, path.name)
    with pytest.raises(InputError, match="未知字段 'fin.nope'"):
        review.decide("linan-2025-a08-dev-fee", "edit", "x", {"conditions": "[{fact: fin.nope, gte: 1}]"})
    assert review.rule("linan-2025-a08-dev-fee").get("review") == "pending"


def test_rehash_reattaches_only_when_every_quote_holds(capsys, tmp_path):
    shutil.copytree(POLICY_DIR, tmp_path / "p")
    f = tmp_path / "p" / "zhejiang" / "hangzhou" / "linan" / "2025.yaml"
    good = f.read_text(encoding="utf-8")
    f.write_text(good.replace("content_hash: 088da88f", "content_hash: 00000000"), encoding="utf-8")
    code, out, _ = run(capsys, "rules", "rehash", "--dir", tmp_path / "p", "--write")
    assert code == 0 and "✓ zhejiang/hangzhou/linan/2025" in out
    assert f.read_text(encoding="utf-8") == good  # only the hash line changed back
    f.write_text(good.replace("content_hash: 088da88f", "content_hash: 00000000").replace(
        "對首次認定的新雛鷹企業,給予最高50萬元獎勵", "對首次認定的新雛鷹企業,給予最高60萬元獎勵"), encoding="utf-8")
    code, out, err = run(capsys, "rules", "rehash", "--dir", tmp_path / "p", "--write")
    assert code == 2 and "✗ zhejiang/hangzhou/linan/2025" in out and "个文件需要人工处理" in err
    assert "content_hash: 00000000" in f.read_text(encoding="utf-8")


def test_header_must_agree_with_the_reading(tmp_path):
    book = _copy(tmp_path, POLICY_DIR / "zhejiang" / "hangzhou" / "yuhang" / "2025-draft.yaml",
                 lambda t: t.replace("  status: draft\n", "  status: final\n"))
    assert any("document.status is 'final' but the document reads 'draft'" in p for p in fidelity.check_metadata(book))
    assert fidelity.check_metadata(load_rulebook()) == []


def test_a_drafted_rule_that_does_not_load_can_still_be_reviewed(tmp_path):
    from zhengce.errors import InputError
    from zhengce.rules.review import ReviewFile
    _, text = _pending_copy(tmp_path)
    text = text.replace("      - {fact: fin.dev_fee_yuan, gte: 1000000}\n", "      - {fact: fin.dev_fee, gte: 1000000}\n")
    review = ReviewFile(text, "draft.yaml")
    ctx = review.context(review.rule("linan-2025-a08-dev-fee"))
    assert ctx["problem"] == "条件：未知字段 'fin.dev_fee'"
    with pytest.raises(InputError, match="linan-2025-a08-dev-fee：按现在的写法不能通过——条件：未知字段 'fin.dev_fee'；请修改或驳回"):
        review.decide("linan-2025-a08-dev-fee", "accept", "x")
    review.decide("linan-2025-a08-dev-fee", "edit", "x",
                  {"conditions": "[{fact: industry, in: [optoelectronics]}, {fact: fin.dev_fee_yuan, gte: 1000000}]"})
    assert review.context(review.rule("linan-2025-a08-dev-fee"))["problem"] is None
    review.decide("linan-2025-a01-xinchuying", "reject", "x")
    out = tmp_path / "reviewed.yaml"
    out.write_text(review.dump(), encoding="utf-8")
    assert load_paths([out]).rule("linan-2025-a08-dev-fee").review == "accepted"


def test_diff_last_year_by_previous(capsys, tmp_path):
    this = tmp_path / "2026.yaml"
    this.write_text(LINAN.read_text(encoding="utf-8").replace("linan-2025-", "linan-2026-").replace(
        "  year: 2025", "  year: 2026").replace("[2025-01-01, 2025-12-31]", "[2026-01-01, 2026-12-31]").replace(
        "  - id: linan-2026-a08-dev-fee\n", "  - id: linan-2026-a08-dev-fee\n    previous: linan-2025-a08-dev-fee\n").replace(
        "cap_yuan: 2000000, cap_scope: per_enterprise_per_year}", "cap_yuan: 1500000, cap_scope: per_enterprise_per_year}"),
        encoding="utf-8")
    code, out, _ = run(capsys, "rules", "diff", LINAN, this, "--json")
    rows = {r["new"]: r for r in json.loads(out)["rules"]}
    dev = rows["linan-2026-a08-dev-fee"]
    assert dev["matched_by"] == "previous" and dev["old"] == "linan-2025-a08-dev-fee"
    assert dev["changes"]["period"] == {"old": "2025-01-01至2025-12-31", "new": "2026-01-01至2026-12-31"}
    assert dev["changes"]["amounts"]["old"]["cap_yuan"] == "2000000" and dev["changes"]["amounts"]["new"]["cap_yuan"] == "1500000"
