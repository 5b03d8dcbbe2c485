"""Drafting rules from a document (issue 10): drafted files load, validate and evaluate; pending
amounts stay out of confirmed totals; documents of other places come out with the right amounts."""

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from zhengce.cli import main
from zhengce.errors import InputError
from zhengce.paths import CORPUS_DIR
from zhengce.rules import evaluate, load_rulebook
from zhengce.rules.amounts import stated_numbers
from zhengce.rules.draft import draft_source
from zhengce.rules.draft.lexicon import check_lexicon, lexicon, normal
from zhengce.rules.rulebook import load_rule_files

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "profiles"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """Every corpus file and the synthetic documents drafted once: {name: [Written]}."""
    out = tmp_path_factory.mktemp("drafts")
    files = sorted(CORPUS_DIR.glob("*.txt")) + sorted(DATA.glob("*.txt"))
    result = {}
    for f in files:
        try:
            result[f.name] = draft_source(str(f), str(out) + "/")
        except InputError:
            result[f.name] = []
    return result


def test_lexicon_names_only_known_facts():
    assert check_lexicon() == []


def test_longest_synonym_and_levels():
    lex = lexicon()
    hits = lex.find("recognitions", normal("對新認定的省級專精特新中小企業和國家級專精特新“小巨人”企業"))
    assert [(h.entry.id, h.level) for h in hits][:2] == [("zhuanjingtexin", "provincial"),
                                                         ("zhuanjingtexin_xiaojuren", "national")]
    hits = lex.find("recognitions", normal("新获得国家备案、省级备案的众创空间"))
    assert sorted(h.level for h in hits) == ["national", "provincial"]
    assert lex.when_of(normal("通過復審的高新技術企業")) == "renewal"
    assert lex.when_of(normal("新獲批的")) == "new"


def test_drafted_files_load_validate_and_evaluate(drafted):
    from zhengce.reading.readers import read_file
    from zhengce.rules.fidelity import check_numbers, check_quotes
    n_files = 0
    for name, written in drafted.items():
        for w in written:
            n_files += 1
            book = load_rule_files([w.path])
            assert book.rules and all(r.pending for r in book.rules)
            original = read_file(CORPUS_DIR / name if (CORPUS_DIR / name).exists() else DATA / name).text
            body = original[w.doc.span[0]:w.doc.span[1]]
            for r in book.rules:  # quotes verbatim, in the original script, inside the document
                assert r.quote in body, (r.id, r.quote)
                assert r.review_notes
            for q in (book.documents[0].period_quote, book.documents[0].stacking_quote):
                assert q is None or q in original
            assert check_numbers(book) == [], name
            assert check_quotes(book, {book.documents[0].key: body}) == [], name
            # without its text, a document that is not in the shipped corpus is reported, never a crash
            assert all("not found in the corpus" in p for p in check_quotes(book)), name
            data = yaml.safe_load(w.path.read_text(encoding="utf-8"))
            assert data["document"]["content_hash"] == w.doc.content_hash
    assert n_files >= 8


def test_unmapped_trigger_is_kept_and_never_pays(drafted):
    rules = [r for w in drafted["ouhai_2026.txt"] for r in w.data["rules"]]
    unmapped = [r for r in rules if any("needs_review" in c for c in r["conditions"])]
    assert unmapped and unmapped[0]["formula"]["amount_yuan"] == 500000
    book = load_rule_files([drafted["ouhai_2026.txt"][0].path])
    res = evaluate({"region": "瓯海区", "recognitions": [{"type": "gaoxin", "date": "2026-04-01"}]},
                   "2026-06-30", rulebook=book)
    outcome = next(o for o in res.pending if o.rule.id == unmapped[0]["id"])
    assert outcome.status == 3 and outcome.amount_fen is None  # needs_info, no amount
    assert any("待复核" in r for r in outcome.reasons)


def _pending(res, rule_id=None):
    return {o["rule_id"]: o["amount_yuan"] for o in res.to_json()["pending"] if o["status"] == "eligible"}


def test_other_places_amounts(drafted):
    """Two documents written in the style of other districts' policies: the drafted rules pay what
    the text says (amounts computed by hand)."""
    book = load_rule_files([drafted["yinzhou_2026.txt"][0].path])
    profile = {"region": "鄞州区", "above_scale": True,
               "recognitions": [{"type": "gaoxin", "date": "2026-03-01"},
                                {"type": "zhuanjingtexin_provincial", "date": "2026-05-01"}],
               "events": [{"type": "became_above_scale", "date": "2026-02-01"}],
               "financials": {"rd_spend_yuan": "3000000", "equipment_investment_yuan": "40000000"}}
    res = evaluate(profile, "2026-06-30", rulebook=book)
    got = _pending(res)
    assert sorted(got.values()) == [Decimal(100000), Decimal(200000), Decimal(300000), Decimal(300000),
                                    Decimal(2000000)]
    assert res.total_fen == 0 and res.pending_total_fen == 290000000  # 30+20+10+30+200 万元
    # renewal: the 复审 rule pays 10万, the first-recognition one does not
    profile["recognitions"] = [{"type": "gaoxin", "date": "2026-03-01", "renewal": True}]
    profile["financials"] = {"equipment_investment_yuan": "4999999.99"}  # below 500万元以上
    got = _pending(evaluate(profile, "2026-06-30", rulebook=book))
    assert sorted(got.values()) == [Decimal(100000), Decimal(100000)]

    book = load_rule_files([drafted["ouhai_2026.txt"][0].path.parent])  # the folder: every drafted file
    assert len(book.documents) >= 8
    profile = {"region": "瓯海区", "above_scale": True,
               "recognitions": [{"type": "incubator_provincial", "date": "2020-01-01"}],
               "financials": {"revenue_yuan": "600000000", "revenue_prior_max_yuan": "90000000",
                              "export_credit_premium_yuan": "84000.50", "upper_grant_yuan": "1200000"},
               "counts": {"cultivated_gaoxin_first": 3}}
    got = _pending(evaluate(profile, "2026-06-30", rulebook=book))
    # 5亿档 50万; 3家×2万; 保费50%(不低于) 42000.25; 1:1配套 120万
    assert sorted(got.values()) == [Decimal("42000.25"), Decimal(60000), Decimal(500000), Decimal(1200000)]
    assert evaluate(profile, "2026-02-28", rulebook=book).pending_total_fen == 0  # before 2026-03-01


def test_corpus_stacking_groups_from_the_text(drafted):
    d3 = next(w for w in drafted["004_c74db4dc4724db3b.txt"] if w.doc.index == 3)
    groups = d3.data["stacking_groups"]
    stacking_quote = d3.data["document"]["stacking_quote"]
    by_group = {}
    for r in d3.data["rules"]:
        if r.get("stacking"):
            by_group.setdefault(r["stacking"], []).append(r)
    cited = [g for g in groups.values() if g["quote"] == stacking_quote]
    assert cited, "the 从高/不重复 clause makes groups"
    for gid, members in by_group.items():
        assert len(members) >= 2 and groups[gid]["quote"]
    book = load_rule_files([d3.path])
    res = evaluate({"region": "临安区", "recognitions": [
        {"type": "postdoc_station_provincial", "date": "2025-02-01"},
        {"type": "postdoc_station_national", "date": "2025-05-01"}]}, "2025-06-30", rulebook=book)
    paid = [o for o in res.pending if o.status == 4]
    assert [o.amount_fen for o in paid] == [100000000]  # 国家级 100万, not also 省级 50万


def test_pending_never_in_confirmed_totals_check(capsys, drafted):
    d3 = next(w for w in drafted["004_c74db4dc4724db3b.txt"] if w.doc.index == 3)
    profile = EXAMPLES / "linan-optoelectronics-2025.json"
    code, out, _ = run(capsys, "check", profile, "--date", "2025-06-30", "--json")
    shipped = json.loads(out)
    code, out, _ = run(capsys, "check", profile, "--date", "2025-06-30", "--json", "--rules", d3.path)
    only = json.loads(out)
    assert code == 0 and only["total"]["amount_yuan"] == 0 and only["entitlements"] == []
    assert Decimal(str(only["pending_total_yuan"])) > 0 and only["pending"]
    for o in only["pending"]:
        assert o["review"] == "pending" and o["citation"]["quote"] and "status" in o and o["reasons"]
    code, out, _ = run(capsys, "check", profile, "--date", "2025-06-30", "--json", "--rules", d3.path,
                       "--with-library-rules")
    both = json.loads(out)
    assert both["total"] == shipped["total"]
    assert both["pending_total_yuan"] == only["pending_total_yuan"]
    code, out, _ = run(capsys, "check", profile, "--date", "2025-06-30", "--rules", d3.path)
    assert "待复核" in out and "不计入合计" in out


def test_pending_never_in_confirmed_totals_batch(tmp_path, drafted):
    import pyarrow.csv as pcsv
    from zhengce.rules.batch import run_batch
    d3 = next(w for w in drafted["004_c74db4dc4724db3b.txt"] if w.doc.index == 3)
    reg = tmp_path / "reg.csv"
    reg.write_text("id,region,rec.gaoxin,fin.dev_fee_yuan,industry\n"
                   "a,临安区,2025-03-01,2000000,optoelectronics\nb,临安区,,,\n", encoding="utf-8")
    alone = run_batch(reg, tmp_path / "a.csv", "2025-06-30")
    both = run_batch(reg, tmp_path / "b.csv", "2025-06-30",
                     rulebook=load_rule_files([d3.path], with_library=True))
    assert both.total_fen == alone.total_fen and both.pending_total_fen > 0
    table = pcsv.read_csv(tmp_path / "b.csv").to_pydict()
    assert {"pending_fen", "pending_yuan", "pending_rules"} <= set(table)
    assert table["total_fen"] == pcsv.read_csv(tmp_path / "a.csv").to_pydict()["total_fen"]
    assert table["pending_fen"][0] == both.pending_total_fen


def test_rejected_rules_are_not_loaded_and_review_is_checked(tmp_path, drafted):
    d3 = next(w for w in drafted["004_c74db4dc4724db3b.txt"] if w.doc.index == 3)
    data = yaml.safe_load(d3.path.read_text(encoding="utf-8"))
    for g in data["stacking_groups"].values():
        g.pop("x", None)
    data["rules"][0]["review"] = "rejected"
    data["rules"][1]["review"] = "accepted"
    data["rules"][1]["reviewed_by"] = "王科长"
    p = tmp_path / "r.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    book = load_rule_files([p])
    ids = {r.id for r in book.rules}
    assert data["rules"][0]["id"] not in ids and not book.rule(data["rules"][1]["id"]).pending
    data["rules"][2]["review"] = "maybe"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match="规则文件无效.*review"):
        load_rule_files([p])


def test_bad_inputs_one_chinese_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGCE_DB", str(tmp_path / "none.sqlite"))
    cases = [("rules", "draft", tmp_path / "missing.txt"),
             ("rules", "draft", "no_such_file/d9"),
             ("check", EXAMPLES / "linan-optoelectronics-2025.json", "--rules", tmp_path / "none.yaml")]
    notice = tmp_path / "notice.txt"
    notice.write_text("关于召开2026年科技工作会议的通知\n\n各单位：\n定于2026年3月5日召开会议，请准时参加。\n\n"
                      "杭州市科学技术局\n2026年3月1日\n", encoding="utf-8")
    cases.append(("rules", "draft", notice))
    bad = tmp_path / "bad.yaml"
    bad.write_text("document:\n  title: x\nrules: []\n", encoding="utf-8")
    cases.append(("check", EXAMPLES / "linan-optoelectronics-2025.json", "--rules", bad))
    bad2 = tmp_path / "bad2.yaml"
    bad2.write_text((Path(__file__).resolve().parents[2] / "src/zhengce/rules/policies/zhejiang/hangzhou/linan/2025.yaml")
                    .read_text(encoding="utf-8").replace("form: up_to, amount_yuan: 500000}", "form: maybe}"),
                    encoding="utf-8")
    cases.append(("check", EXAMPLES / "linan-optoelectronics-2025.json", "--rules", bad2))
    for argv in cases:
        code, out, err = run(capsys, *argv)
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1, (argv, err)
        assert "Traceback" not in err and "内部错误" not in err
        assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]), lines[0]
    assert "linan-2025-a01-xinchuying" in err and "formula" in err  # names the rule and the field


def test_draft_cli_writes_one_file_per_document(capsys, tmp_path):
    code, out, err = run(capsys, "rules", "draft", CORPUS_DIR / "004_c74db4dc4724db3b.txt", "--out",
                         tmp_path / "x.yaml")
    assert code == 0
    names = sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert "x-d3.yaml" in names and "x-d2.yaml" in names
    code, out, _ = run(capsys, "rules", "draft", DATA / "yinzhou_2026.txt", "--json")
    summary = json.loads(out)
    assert summary[0]["rules"] == 8 and summary[0]["region"] == "宁波市鄞州区"
    code, out, _ = run(capsys, "rules", "draft", DATA / "yinzhou_2026.txt")
    assert yaml.safe_load(out)["rules"][0]["review"] == "pending"


def test_draft_from_library_document(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGCE_DB", str(tmp_path / "lib.sqlite"))
    from zhengce.reading import read_path
    from zhengce.library import Library
    path = DATA / "ouhai_2026.txt"
    with Library() as lib:
        lib.store(read_path(path), name=path.name, data=path.read_bytes(), path=str(path),
                  original=path.read_text(encoding="utf-8"))
    code, out, err = run(capsys, "rules", "draft", "ouhai_2026/d1", "--out", tmp_path / "o.yaml")
    assert code == 0, err
    book = load_rule_files([tmp_path / "o.yaml"])
    assert len(book.rules) == 7
    text = path.read_text(encoding="utf-8")
    assert all(r.quote in text for r in book.rules)


def test_shipped_rulebook_unchanged():
    book = load_rulebook()
    assert not any(r.pending for r in book.rules)


def test_every_formula_number_is_stated(drafted):
    for written in drafted.values():
        for w in written:
            for r in w.data["rules"]:
                f = r["formula"]
                if f.get("amount_yuan") is not None:
                    assert Decimal(str(f["amount_yuan"])) in stated_numbers(r["quote"])["money"]


def test_city_document_of_another_place(drafted):
    """温州市 (a city: every district of the city is covered)."""
    w = drafted["wenzhou_2026.txt"][0]
    assert w.data["document"]["stacking_quote"]  # "…不重复享受" found in the text
    book = load_rule_files([w.path])
    profile = {"region": "温州市瓯海区",
               "recognitions": [{"type": "gaoxin", "date": "2026-04-01"},
                                {"type": "keji_zhongxiao_provincial", "date": "2026-05-01"}],
               "events": [{"type": "standard_national", "date": "2026-03-03"}],
               "financials": {"fixed_asset_investment_yuan": "50000000", "equipment_investment_yuan": "9000000",
                              "loan_interest_yuan": "3000000"},
               "counts": {"invention_patents": 7}}
    got = _pending(evaluate(profile, "2026-06-30", rulebook=book))
    # 高企最高50万; 科小2万; 发明专利7件×1万; 贴息 300万×50% 封顶100万; 国家标准30万;
    # 固定资产投资恰为5000万元: "超过" 不含本数, 设备补助不计
    assert sorted(got.values()) == [Decimal(20000), Decimal(70000), Decimal(300000), Decimal(500000),
                                    Decimal(1000000)]
    profile["financials"]["fixed_asset_investment_yuan"] = "50000000.01"
    got = _pending(evaluate(profile, "2026-06-30", rulebook=book))
    assert Decimal(900000) in got.values()
    assert _pending(evaluate({**profile, "region": "杭州市临安区"}, "2026-06-30", rulebook=book)) == {}


def test_batch_cli_with_rules(capsys, tmp_path, drafted):
    w = drafted["yinzhou_2026.txt"][0]
    reg = tmp_path / "reg.csv"
    reg.write_text("id,region,rec.gaoxin,fin.rd_spend_yuan,above_scale\nA,鄞州区,2026-03-01,500000,true\n"
                   "B,鄞州区,2026-13-01,,\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", reg, "--out", tmp_path / "r.csv", "--date", "2026-06-30",
                         "--rules", w.path, "--json")
    summary = json.loads(out)
    assert code == 0 and summary["bad_rows"] == 1
    assert Decimal(str(summary["total_yuan"])) == 0
    assert Decimal(str(summary["pending_total_yuan"])) == 350000  # 高企首次30万 + 研发费用10% 5万


def test_growth_increase_and_first_time_threshold(drafted):
    """南湖区: articles without section headings (read paragraph by paragraph), 首次突破, 同比增长…以上,
    按增量部分计奖."""
    w = drafted["nanhu_2026.txt"][0]
    book = load_rule_files([w.path])
    profile = {"region": "嘉兴市南湖区", "above_scale": True,
               "financials": {"revenue_yuan": "1200000000", "revenue_prior_max_yuan": "800000000",
                              "rd_spend_yuan": "6000000", "rd_spend_prev_yuan": "4800000",
                              "tax_contribution_yuan": "2300000", "tax_contribution_prev_yuan": "2000000"}}
    got = _pending(evaluate(profile, "2026-06-30", rulebook=book))
    # 首次突破10亿 100万; 研发增长25% ≥ 20%: 120万×10% = 12万; 税收增长15% ≥ 15%: 30万×30% = 9万
    assert sorted(got.values()) == [Decimal(90000), Decimal(120000), Decimal(1000000)]
    profile["financials"].update(revenue_prior_max_yuan="1100000000", rd_spend_prev_yuan="5000001")
    got = _pending(evaluate(profile, "2026-06-30", rulebook=book))
    assert sorted(got.values()) == [Decimal(90000)]  # 已突破过; 研发增长不足20%


def test_levels_after_the_name_and_ratio_conditions_kept(drafted):
    """柯桥区: "首台(套)…, 国家级、省级、市级分别给予…" pairs each level with its amount; a ratio condition
    ("研发投入占营业收入比重达到3%以上") is kept — as a share of two figures, never dropped: a profile
    without revenue cannot show it, so the rule is not paid."""
    w = drafted["keqiao_2026.txt"][0]
    rules = {r["id"]: r for r in w.data["rules"]}
    assert [rules[f"keqiao-2026-a01-{k}"]["conditions"][0]["recognized"] for k in (1, 2, 3)] == [
        "first_set_national", "first_set_provincial", "first_set_municipal"]
    ratio = next(r for r in rules.values() if r["formula"].get("rate") == "0.05")
    assert {"share": ["fin.rd_spend_yuan", "fin.revenue_yuan"], "gte_pct": 3} in ratio["conditions"]
    book = load_rule_files([w.path])
    profile = {"region": "柯桥区", "above_scale": True, "financials": {"rd_spend_yuan": "1000000"},
               "recognitions": [{"type": "first_set_provincial", "date": "2026-02-01"}],
               "events": [{"type": "became_above_scale", "date": "2026-01-15"}]}
    res = evaluate(profile, "2026-06-30", rulebook=book)
    assert sorted(_pending(res).values()) == [Decimal(100000), Decimal(500000)]
    assert ratio["id"] in {o.rule.id for o in res.pending if o.status == 3}  # needs review, not paid


def test_region_and_title_from_the_first_line(drafted):
    """莲都区 办法 with 第X条 articles whose title line the reader did not take: the region and the title
    come from the first line (with a review note), article numbers from 第X条."""
    w = drafted["liandu_2026.txt"][0]
    head = w.data["document"]
    assert head["region"] == "丽水市莲都区" and head["title"] == "丽水市莲都区科技创新券管理办法"
    # the reader now takes the title line itself; when it does not, the drafter's fallback says so
    assert "interpretation" not in head or "请核对" in head["interpretation"]
    rule = next(r for r in w.data["rules"] if r["formula"].get("amount_yuan") == 10000)
    assert rule["id"] == "liandu-2026-a03-1" and rule["article"] == 3 and not rule["quote"].startswith("第")
    res = evaluate({"region": "莲都区", "recognitions": [{"type": "keji_zhongxiao_national", "date": "2026-06-01"}]},
                   "2026-06-30", rulebook=load_rule_files([w.path]))
    assert _pending(res) == {rule["id"]: Decimal(10000)}
    assert _pending(evaluate({"region": "莲都区", "recognitions": [
        {"type": "keji_zhongxiao_national", "date": "2026-04-30"}]}, "2026-06-30",
        rulebook=load_rule_files([w.path]))) == {}  # before the 2026-05-01 start


def test_a_document_that_names_no_place_is_drafted_for_everywhere(tmp_path, capsys):
    """No issuer, title or text names a place: the draft covers every district (region 全国) with a
    note for the reviewer, so it can still be tried on any profile before review."""
    src = tmp_path / "noplace.txt"
    src.write_text("关于支持企业发展的若干措施\n一、支持企业创新\n1.对新认定的高新技术企业,给予一次性奖励20万元。\n"
                   "本措施自2025年1月1日起施行。", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    code, _, err = run(capsys, "rules", "draft", src, "--out", out)
    assert code == 0, err
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["document"]["region"] == "全国" and data["document"]["level"] == "national"
    assert "未写明发文地区" in data["document"]["interpretation"]
    book = load_rule_files([out])
    assert all("江苏省苏州市昆山市" in d.covers and "杭州市萧山区" in d.covers for d in book.documents)
