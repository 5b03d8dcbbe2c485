"""More strings from files that reach text output escaped by the command itself (zhengce.terminal.shown), not
only by the stream filter: an ingested document's title and headings (show, search, docs, compare), a call file's
title (calls list), a rule file's ids, triggers and quotes (rules list, show, review). "\\x1b[31m" is printed as
the six characters \\x1b[31m (the filter alone would print \\u001b), a bidi override as \\u202e; --json keeps
the exact text. A quote of several lines written into the review editor's file stays a comment."""

from __future__ import annotations

import json
import shlex
import sys

import pytest
import yaml

from tests.cli.test_attacks import run
from tests.cli.test_attacks_text import _escaped, _home  # noqa: F401  (the same check; the home, autouse)
from zhengce.terminal import shown

ODD = "某某\x1b[31m红字\u202e反向"  # a colour escape and a right-to-left override
TEXT = (f"某某市关于{ODD}扶持小微企业的若干措施\n\n"
        "一、创业扶持\n"
        f"（一）{ODD}开业补助。对在某某市首次开办小微企业的，给予一次性补助3万元。\n"
        "（二）场地补贴。对入驻某某创业园的企业，按实际租金的40%给予补贴，每年最高8万元。\n")


def test_shown_can_keep_line_breaks_and_escape_the_rest():
    assert shown(f"甲{ODD}\n乙\t丙\r\n") == "甲某某\\x1b[31m红字\\u202e反向\\n乙\\t丙\\r\\n"
    kept = shown(f"甲{ODD}\n乙\t丙\r\n", keep_newlines=True)
    assert kept == "甲某某\\x1b[31m红字\\u202e反向\n乙\\t丙\\r\n" and _escaped(kept)


# ------------------------------------------------------------------------------------ show, search


@pytest.fixture()
def library(tmp_path, capsys):
    source = tmp_path / "某某措施.txt"
    source.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    code, out, _ = run(capsys, "ingest", source, "--db", db)
    assert code == 0 and "added" in out
    code, out, _ = run(capsys, "docs", "--db", db, "--json")
    (doc,) = json.loads(out)
    assert ODD in doc["title"]  # the file's own characters are kept in the library
    return db, doc


def test_show_escapes_a_documents_title_and_headings(library, capsys):
    db, doc = library
    code, out, _ = run(capsys, "show", doc["id"], "--db", db)
    assert code == 0 and _escaped(out)
    lines = out.splitlines()
    assert lines[0] == "《某某市关于某某\\x1b[31m红字\\u202e反向扶持小微企业的若干措施》"
    assert any(_escaped(line) and "开业补助" in line for line in lines[1:])
    code, out, _ = run(capsys, "show", doc["id"], "--db", db, "--json")
    data = json.loads(out)
    assert data["document"]["title"] == doc["title"]
    assert any(ODD in a["heading"] for s in data["document"]["sections"] for a in s["articles"])


def test_show_of_an_article_escapes_its_heading_and_text(library, capsys):
    db, doc = library
    code, out, _ = run(capsys, "show", doc["id"], "--db", db, "--json")
    article = next(a for s in json.loads(out)["document"]["sections"] for a in s["articles"] if ODD in a["heading"])
    code, out, _ = run(capsys, "show", article["id"], "--db", db)
    assert code == 0 and _escaped(out)
    text_line = next(line for line in out.splitlines() if "开业补助。" in line)
    assert _escaped(text_line) and "3万元" in text_line
    code, out, _ = run(capsys, "show", article["id"], "--db", db, "--json")
    data = json.loads(out)
    assert ODD in data["article"]["heading"] and ODD in data["article"]["text"]


def test_search_escapes_citations_headings_and_snippets(library, capsys):
    db, doc = library
    code, out, _ = run(capsys, "search", "开业", "--db", db)
    assert code == 0 and _escaped(out)
    head, snippet = out.splitlines()[:2]
    assert head.startswith("1. 《某某市关于某某\\x1b[31m红字\\u202e反向扶持") and _escaped(head)
    assert snippet.startswith("   ") and _escaped(snippet)
    code, out, _ = run(capsys, "search", "开业", "--db", db, "--json")
    (hit,) = json.loads(out)
    assert hit["document"]["title"] == doc["title"] and ODD in hit["article"]["heading"] and ODD in hit["snippet"]


# ------------------------------------------------------------------------------------ docs, compare


def test_docs_escapes_titles_in_its_table(library, capsys):
    db, doc = library
    code, out, _ = run(capsys, "docs", "--db", db)
    assert code == 0 and _escaped(out)
    header, row = out.splitlines()
    assert row.startswith(doc["id"]) and "某某市关于某某\\x1b[31m红字\\u202e反向扶" in row
    code, out, _ = run(capsys, "docs", "--db", db, "--json")
    assert json.loads(out)[0]["title"] == f"某某市关于{ODD}扶持小微企业的若干措施"


OLD = (f"某某县关于{ODD}促进个体经营的若干办法\n\n一、经营支持\n"
       f"（一）{ODD}开店补贴。对首次在某某县开店的个体户，给予{ODD}一次性补贴2万元。\n"
       "（二）房租减免。对入驻某某集市的商户，按房租的30%给予减免，每年最多6万元。\n")
NEW = (OLD.replace("促进个体经营", "支持个体经营").replace("补贴2万元", "补贴4万元")
       + f"（三）{ODD}带动就业奖励。每吸纳一名本地居民就业，奖励1千元。\n")


def test_compare_escapes_titles_metadata_headings_and_quotes(tmp_path, capsys):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    argv = ("compare", tmp_path / "old.txt", tmp_path / "new.txt", "--db", tmp_path / "lib.sqlite")
    code, out, _ = run(capsys, *argv)
    assert code == 0 and _escaped(out)
    lines = out.splitlines()
    odd = "某某\\x1b[31m红字\\u202e反向"
    assert lines[0] == f"A: old/d1   正式稿《某某县关于{odd}促进个体经营的若干办法》"
    assert f"  标题: 某某县关于{odd}促进个体经营的若干办法 → 某某县关于{odd}支持个体经营的若干办法" in lines
    assert f"[修改] (一){odd}开店补贴 → (一){odd}开店补贴" in lines
    assert f"    数字 2万元「给予{odd}一次性补贴2万元」 → 4万元「给予{odd}一次性补贴4万元」" in lines
    assert any(line.startswith(f"[新增] (三){odd}带动就业奖励  [") for line in lines)
    code, out, _ = run(capsys, *argv, "--json")
    data = json.loads(out)
    (meta,) = data["metadata"]
    assert meta["a"] == f"某某县关于{ODD}促进个体经营的若干办法" and meta["b_text"] == data["b"]["title"]
    (changed,) = data["changed"]
    assert changed["a"][0]["heading"] == f"{ODD}开店补贴"
    assert changed["numbers"]["changed"][0]["after"]["quote"] == f"给予{ODD}一次性补贴4万元"


def test_compare_topic_escapes_the_topic_quotes_and_citations(library, capsys):
    db, doc = library
    code, out, _ = run(capsys, "compare", "--topic", "开业补助", "--db", db)
    assert code == 0 and _escaped(out)
    row = out.splitlines()[2]
    assert "（一）某某\\x1b[31m红字\\u202e反向开业补助" in row and "《某某市关于某某\\x1b[31m红字" in row
    topic = f"补助{ODD}"
    code, out, _ = run(capsys, "compare", "--topic", topic, "--db", db)
    assert code == 0 and _escaped(out)
    lines = out.splitlines()
    assert lines[0].startswith("“补助某某\\x1b[31m红字\\u202e反向” 在库中各文件的规定")
    assert lines[-1] == "未提及: 《某某市关于某某\\x1b[31m红字\\u202e反向扶持小微企业的若干措施》"
    code, out, _ = run(capsys, "compare", "--topic", "开业补助", "--db", db, "--json")
    (hit,) = json.loads(out)["rows"]
    assert hit["document"]["title"] == doc["title"] and ODD in hit["quote"] and ODD in hit["article"]["heading"]
    code, out, _ = run(capsys, "compare", "--topic", topic, "--db", db, "--json")
    data = json.loads(out)
    assert data["query"] == topic and data["documents_without_mention"][0]["title"] == doc["title"]


# ------------------------------------------------------------------------------------ calls list


def test_calls_list_escapes_a_call_files_title(tmp_path, monkeypatch, capsys):
    call = {"call": {"id": "mm-2025-odd", "title": f"某某园区{ODD}申报通知", "region": "杭州市", "level": "city",
                     "year": 2025, "kind": "application", "source": {"file": "mm.txt", "document": 1}},
            "review": {"status": "draft"},
            "applicants": {"entity": "enterprise", "region": None, "quote": "某某园区内注册的企业均可申报"},
            "deadlines": [{"id": "application", "party": "applicant", "date": "2025-09-30",
                           "what": "提交申报材料", "quote": "请于9月30日前提交材料"}]}
    folder = tmp_path / "calls" / "mm" / "2025"
    folder.mkdir(parents=True)
    (folder / "odd.yaml").write_text(yaml.safe_dump(call, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr("zhengce.programs.calls.model.DATA_DIR", tmp_path / "calls")  # `calls list` has no --dir
    code, out, _ = run(capsys, "calls", "list")
    assert code == 0 and _escaped(out)
    assert out.splitlines() == ["mm-2025-odd  [draft] 杭州市 某某园区某某\\x1b[31m红字\\u202e反向申报通知",
                                "    2025-09-30(a)"]
    code, out, _ = run(capsys, "calls", "list", "--json")
    assert [c["title"] for c in json.loads(out)] == [f"某某园区{ODD}申报通知"]


# ------------------------------------------------------------------------------------ rules list, show, review


def _rule_file(path, review: str | None = None, quote: str = f"对某某企业{ODD}给予奖励\n另起一行",
               rule_id: str = f"mm-2025-a01-{ODD}"):
    rule = {"id": rule_id, "article": 1, "quote": quote,
            "beneficiary": "enterprise", "trigger": f"某某企业{ODD}", "conditions": [],
            "formula": {"form": "fixed", "amount_yuan": 50000}, "review_notes": [f"请核对{ODD}"]}
    if review:
        rule["review"] = review
    data = {"document": {"title": f"某某市{ODD}扶持办法", "issuer": "某某市人民政府", "region": "湖州市",
                         "level": "city", "year": 2025, "status": "final", "kind": "policy",
                         "issued": "2025-03-01", "period": ["2025-01-01", "2025-12-31"],
                         "period_quote": "本办法全年有效", "content_hash": "0" * 64},
            "rules": [rule]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return rule


@pytest.fixture()
def policies(tmp_path, monkeypatch):
    rule = _rule_file(tmp_path / "policies" / "zhejiang" / "mm" / "2025.yaml")
    monkeypatch.setattr("zhengce.rules.rulebook.POLICY_DIR", tmp_path / "policies")  # no --dir for list/show
    return rule


def test_rules_list_escapes_ids_and_triggers(policies, capsys):
    code, out, _ = run(capsys, "rules", "list")
    assert code == 0 and _escaped(out) and out.splitlines()[-1] == "1 rules"
    line = out.splitlines()[0]
    assert line.startswith("mm-2025-a01-某某\\x1b[31m红字\\u202e反向")
    assert line.endswith("— 某某企业某某\\x1b[31m红字\\u202e反向")
    code, out, _ = run(capsys, "rules", "list", "--json")
    (rule,) = json.loads(out)
    assert rule["id"] == policies["id"] and rule["trigger"] == policies["trigger"] and rule["quote"] == policies["quote"]


def test_rules_show_escapes_every_field(policies, capsys):
    code, out, _ = run(capsys, "rules", "show", policies["id"])
    assert code == 0 and _escaped(out)
    lines = out.splitlines()
    assert lines[0] == "id: mm-2025-a01-某某\\x1b[31m红字\\u202e反向"
    assert "quote: 对某某企业某某\\x1b[31m红字\\u202e反向给予奖励\\n另起一行" in lines  # one line per field
    code, out, _ = run(capsys, "rules", "show", policies["id"], "--json")
    data = json.loads(out)
    assert data["id"] == policies["id"] and data["quote"] == policies["quote"]


def test_rules_review_keeps_a_quotes_line_breaks_and_escapes_the_rest(tmp_path, monkeypatch, capsys):
    path = tmp_path / "drafted.yaml"
    rule = _rule_file(path, review="pending")
    monkeypatch.setattr("builtins.input", lambda prompt="": "s")  # skip: the rule is only shown
    monkeypatch.setenv("ZHENGCE_REVIEW_PROMPTS", "1")
    code, out, _ = run(capsys, "rules", "review", path, "--by", "审核员", "--out", tmp_path / "out.yaml")
    assert code == 0 and _escaped(out)
    lines = out.splitlines()
    quote = lines.index("  原文引用: 「对某某企业某某\\x1b[31m红字\\u202e反向给予奖励")
    assert lines[quote + 1].startswith("另起一行」")  # the quote's own line break stays one
    assert lines[quote - 1].startswith("mm-2025-a01-某某\\x1b[31m红字\\u202e反向  [pending]")
    assert "  审核提示: 请核对某某\\x1b[31m红字\\u202e反向" in lines
    code, out, _ = run(capsys, "rules", "review", path, "--json")
    (pending,) = json.loads(out)["pending"]
    assert pending["id"] == rule["id"] and pending["quote"] == rule["quote"] and pending["trigger"] == rule["trigger"]


def test_review_shows_an_article_of_several_lines_line_by_line(capsys):
    from zhengce.cli.review import _show

    ctx = {"id": "r1", "review": "pending", "article": 2, "trigger": ODD, "quote": "给予补贴",
           "quote_in_article": True, "article_text": f"（二）场地补贴。\n对{ODD}入驻企业\t给予补贴。\r\n第三行",
           "document_problem": None, "beneficiary": "enterprise", "formula": {"form": "fixed"},
           "conditions": [f"位于{ODD}"], "review_notes": [], "problem": f"无法载入{ODD}"}
    _show(ctx)
    out = capsys.readouterr().out
    assert _escaped(out)
    lines = out.splitlines()
    start = lines.index("  条款全文: （二）场地补贴。")
    assert lines[start + 1:start + 3] == ["对某某\\x1b[31m红字\\u202e反向入驻企业\\t给予补贴。\\r", "第三行"]
    assert "  条件: 位于某某\\x1b[31m红字\\u202e反向" in lines


ESCAPED = "某某\\x1b[31m红字\\u202e反向"


@pytest.mark.parametrize("rule_id, quote, comments", [
    ("mm-2025-a01", "对某某企业给予奖励\namount_yuan: 999\nformula: {form: fixed, amount_yuan: 999}",
     ["# mm-2025-a01: 修改条件或公式后保存退出", "# 原文: 对某某企业给予奖励", "# amount_yuan: 999",
      "# formula: {form: fixed, amount_yuan: 999}"]),
    (f"mm-2025-a01-{ODD}", f"对某某企业{ODD}给予奖励\namount_yuan: 999\r\nformula: {{form: fixed, amount_yuan: 999}}\n",
     [f"# mm-2025-a01-{ESCAPED}: 修改条件或公式后保存退出", f"# 原文: 对某某企业{ESCAPED}给予奖励",
      "# amount_yuan: 999\\r", "# formula: {form: fixed, amount_yuan: 999}"])])  # ruamel refuses ESC even in a comment
def test_review_edit_keeps_every_line_of_a_quote_a_comment(tmp_path, monkeypatch, capsys, rule_id, quote, comments):
    """The editor's file holds the quote as comments: a second line that reads as YAML is not an edit."""
    path = tmp_path / "drafted.yaml"
    rule = _rule_file(path, review="pending", quote=quote, rule_id=rule_id)
    editor = tmp_path / "editor.py"  # saves the file unchanged, keeps a copy of what it was given
    editor.write_text("import shutil, sys\nshutil.copy(sys.argv[2], sys.argv[1])\n", encoding="utf-8")
    seen = tmp_path / "seen.yaml"
    monkeypatch.setenv("EDITOR", shlex.join([sys.executable, str(editor), str(seen)]))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("ZHENGCE_REVIEW_PROMPTS", "1")
    monkeypatch.setattr("builtins.input", lambda prompt="": "e")
    out_file = tmp_path / "out.yaml"
    code, out, _ = run(capsys, "rules", "review", path, "--by", "审核员", "--out", out_file)
    assert code == 0 and "✗" not in out
    given = seen.read_text(encoding="utf-8").splitlines()
    assert given[:4] == comments and not given[4].startswith("#")
    assert "999" not in "".join(line for line in given if not line.startswith("#"))
    (saved,) = yaml.safe_load(out_file.read_text(encoding="utf-8"))["rules"]
    assert saved["review"] == "accepted" and saved["reviewed_by"] == "审核员"
    assert saved["formula"] == rule["formula"] and saved["conditions"] == [] and saved["quote"] == quote
    assert not set(saved) - set(rule) - {"review", "reviewed_by", "reviewed_at"}


def test_review_edit_that_is_not_yaml_is_refused_and_asked_again(tmp_path, monkeypatch, capsys):
    path = tmp_path / "drafted.yaml"
    _rule_file(path, review="pending", rule_id="mm-2025-a01")
    editor = tmp_path / "editor.py"  # the reviewer leaves an unclosed bracket
    editor.write_text("import sys\nopen(sys.argv[1], 'w').write('formula: {form: fixed, amount_yuan: [\\n')\n",
                      encoding="utf-8")
    monkeypatch.setenv("EDITOR", shlex.join([sys.executable, str(editor)]))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("ZHENGCE_REVIEW_PROMPTS", "1")
    answers = iter(["e", "q"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    code, out, _ = run(capsys, "rules", "review", path, "--by", "审核员", "--out", tmp_path / "out.yaml")
    assert code == 0 and "  ✗ 修改内容不是有效的 YAML（" in out
    (saved,) = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))["rules"]
    assert saved["review"] == "pending" and saved["formula"] == {"form": "fixed", "amount_yuan": 50000}


def test_review_says_why_subscriptions_were_not_recomputed_on_one_escaped_line(tmp_path, monkeypatch, capsys):
    from zhengce.errors import InputError

    def refuse(*args, **kwargs):
        raise InputError(f"某某订阅{ODD}无法重算\n第二行")
    monkeypatch.setattr("zhengce.programs.calls.subscriptions.notify_after_review", refuse)
    path = tmp_path / "drafted.yaml"
    rule = _rule_file(path, review="pending")
    code, out, err = run(capsys, "rules", "review", path, "--reject", rule["id"], "--by", "审核员",
                         "--out", tmp_path / "out.yaml")
    assert code == 0 and err.endswith("\n") and _escaped(err)
    assert err.splitlines() == ["政策找企业: 某某订阅某某\\x1b[31m红字\\u202e反向无法重算 第二行"]


def test_an_internal_error_is_one_escaped_line(tmp_path, capsys, monkeypatch):
    # a defect's message may hold several lines and a terminal escape (a parser's error, a user's text)
    from zhengce.cli import main

    def broken(*args, **kwargs):
        raise RuntimeError("第一行\n第二行\x1b[31m")
    monkeypatch.setattr("zhengce.reading.read_path", broken)  # (the command imports it when it runs)
    (tmp_path / "a.txt").write_text("某某县关于某事的通知\n一、给予奖励1万元。", encoding="utf-8")
    code = main(["parse", str(tmp_path / "a.txt")])
    err = capsys.readouterr().err
    assert code == 70
    assert err.count("\n") == 1 and "\x1b" not in err and "第一行 第二行\\x1b[31m" in err, err
