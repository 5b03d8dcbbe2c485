"""Bad reform files: one Chinese line naming the change, the rule and the field."""

from __future__ import annotations

import pytest

from zhengce.errors import InputError
from zhengce.rules.reform import apply_reform, load_reform, parse_reform

LINAN = {"region": "杭州市临安区", "year": 2025}


def _error(data) -> str:
    with pytest.raises(InputError) as exc:
        apply_reform(parse_reform(data))
    msg = str(exc.value)
    assert "\n" not in msg and "Traceback" not in msg
    return msg


@pytest.mark.parametrize("change, words", [
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": "15万多"}}, ["linan-2025-a01-gaoxin-first", "amount_yuan", "金额"]),
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": 1.5}}, ["amount_yuan"]),
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": -1}}, ["amount_yuan", "不为负"]),
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": "100.001"}}, ["amount_yuan"]),
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {"rate": "0.5"}}, ["linan-2025-a01-gaoxin-first", "fixed", "rate", "amount_yuan"]),
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {"colour": 1}}, ["colour", "不可修改"]),
    ({"rule": "linan-2025-a01-gaoxin-first", "set": {}}, ["set 为空"]),
    ({"rule": "linan-2025-a05-rd-insurance", "set": {"rate": "half"}}, ["linan-2025-a05-rd-insurance", "rate"]),
    ({"rule": "linan-2025-a05-rd-insurance", "set": {"rate": "-0.5"}}, ["rate", "范围"]),
    ({"rule": "no-such-rule", "set": {"amount_yuan": 1}}, ["no-such-rule", "没有这条规则"]),
    ({"rule": "linan-2025-a08-dev-fee", "threshold": {"fact": "fin.revenue_yuan", "gte": 1}}, ["linan-2025-a08-dev-fee", "fin.revenue_yuan", "fin.dev_fee_yuan"]),
    ({"rule": "linan-2025-a08-dev-fee", "threshold": {"fact": "fin.dev_fee_yuan", "gte": "many"}}, ["linan-2025-a08-dev-fee", "门槛"]),
    ({"rule": "linan-2025-a08-dev-fee", "threshold": {"gte": 1}}, ["threshold"]),
    ({"rule": "linan-2025-a08-dev-fee", "stacking": "no-group"}, ["no-group"]),
    ({"rule": "linan-2025-a08-dev-fee"}, ["set、threshold 或 stacking"]),
    ({"remove": "no-such-rule"}, ["no-such-rule"]),
    ({"remove": "linan-2025-a08-dev-fee", "set": {}}, ["remove"]),
    ({"add": {"id": "linan-2025-a01-gaoxin-first"}}, ["已存在"]),
    ({"add": {"id": "x-new", "quote": "q", "beneficiary": "enterprise", "trigger": "t", "formula": {"form": "fixed"}}},
     ["x-new", "amount_yuan"]),
    ({"add": {"id": "x-new"}, "document": "nope-d1"}, ["nope-d1"]),
    ({"add": {"id": "x-new", "quote": "q", "trigger": "t", "formula": {"form": "fixed", "amount_yuan": 1}}},
     ["x-new", "beneficiary", "受益对象"]),
    ({"add": {"id": "x-new", "quote": "q", "beneficiary": "enterprise", "trigger": "t", "colour": 1,
              "formula": {"form": "fixed", "amount_yuan": 1}}}, ["colour", "不认识"]),
    ({"add": {"id": "x-new", "quote": "q", "beneficiary": "enterprise", "trigger": "t", "stacking": "nope",
              "formula": {"form": "fixed", "amount_yuan": 1}}}, ["nope", "叠加组"]),
    ({"add": {"id": "x-new", "quote": "q", "beneficiary": "alien", "trigger": "t", "formula": {"form": "fixed"}}},
     ["beneficiary", "alien"]),
    ({"add": {"id": "x-new", "quote": "q", "beneficiary": "enterprise", "trigger": "t", "formula": {"form": "magic"}}},
     ["formula.form"]),
    ({"add": {"id": "x-new", "quote": "q", "beneficiary": "enterprise", "trigger": "t",
              "formula": {"form": "fixed", "amount_yuan": 1}, "conditions": [{"fact": "iq", "gte": 1}]}}, ["x-new", "条件"]),
    ({"group": "no-group", "set": {"mode": "best"}}, ["no-group"]),
    ({"group": "linan-2025-gaoxin", "set": {"mode": "sum"}}, ["linan-2025-gaoxin", "mode"]),
    ({"group": "linan-2025-gaoxin", "set": {"mode": "cap"}}, ["cap_yuan"]),
    ({"document": "zhejiang/hangzhou/linan/2025", "period": ["2026-01-01", "2025-01-01"]}, ["结束日期"]),
    ({"document": "zhejiang/hangzhou/linan/2025", "period": ["2026-13-01", "2026-12-31"]}, ["2026-13-01"]),
    ({"document": "nope-d1", "period": ["2026-01-01", "2026-12-31"]}, ["nope-d1"]),
    ({"period": ["2026-01-01", "2026-12-31"]}, ["document"]),
    ("not a mapping", ["第1项修改"]),
])
def test_bad_change(change, words):
    msg = _error({"baseline": LINAN, "changes": [change]})
    for w in words:
        assert w in msg, msg
    assert msg.startswith("改革文件") or msg.startswith("改革后的规则")


@pytest.mark.parametrize("data, words", [
    ({"baseline": {"region": "火星市"}}, ["火星市"]),
    ({"baseline": {"region": "杭州市临安区", "year": 1999}}, ["没有", "现有"]),
    ({"baseline": {"region": "杭州市临安区", "year": "2025年"}}, ["year"]),
    ({"baseline": {"files": ["/nonexistent.yaml"]}}, ["不存在"]),
    ({"baseline": 7}, ["baseline"]),
    ({"baseline": LINAN, "colour": 1}, ["colour"]),
    ({"baseline": LINAN, "changes": {"a": 1}}, ["changes"]),
    ({"baseline": LINAN, "date": "tomorrow"}, ["tomorrow"]),
    ({"baseline": LINAN, "funds": [{"name": "x", "rules": ["a"], "pool_yuan": 1, "policy": "lottery"}]}, ["policy", "lottery"]),
    ({"baseline": LINAN, "funds": [{"name": "x", "rules": ["a"], "pool_yuan": "1万多", "policy": "pro_rata"}]}, ["pool_yuan"]),
    ({"baseline": LINAN, "funds": [{"name": "x", "rules": [], "pool_yuan": 1, "policy": "pro_rata"}]}, ["rules"]),
    ({"baseline": LINAN, "funds": [{"name": "x", "rules": ["a"], "pool_yuan": 1, "policy": "ranked", "score": "iq"}]}, ["iq"]),
    ({"baseline": LINAN, "funds": [{"name": "x", "rules": ["a"], "pool_yuan": 1, "policy": "ranked", "on_short": "x"}]}, ["on_short"]),
    ({"baseline": LINAN, "funds": [{"rules": ["a"]}]}, ["name"]),
])
def test_bad_file(data, words):
    msg = _error(data)
    for w in words:
        assert w in msg, msg


def test_bad_yaml_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="不存在"):
        load_reform(tmp_path / "none.yaml")
    p = tmp_path / "bad.yaml"
    p.write_text("changes: [\n  - {rule: x", encoding="utf-8")
    with pytest.raises(InputError, match="不是有效的 YAML"):
        load_reform(p)
    p.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="UTF-8|YAML"):
        load_reform(p)


def test_unknown_fund_rule_is_named_when_simulating(tmp_path):
    from zhengce.rules.reform import simulate_registry
    (tmp_path / "r.csv").write_text("region\n杭州市临安区\n", encoding="utf-8")
    applied = apply_reform(parse_reform({"baseline": LINAN, "funds": [
        {"name": "额度", "rules": ["nope"], "pool_yuan": 1, "policy": "pro_rata"}]}))
    with pytest.raises(InputError, match="资金池「额度」.*nope"):
        simulate_registry(tmp_path / "r.csv", applied)


def test_files_baseline_and_added_rule(tmp_path):
    import shutil

    from zhengce.rules import load_rulebook
    src = load_rulebook().rule("linan-2025-a01-gaoxin-first").document.source
    shutil.copy(src, tmp_path / "linan.yaml")
    applied = apply_reform(parse_reform({"baseline": {"files": ["linan.yaml"]}, "changes": [
        {"add": {"id": "linan-2026-new-award", "article": 1, "quote": "新增", "beneficiary": "enterprise",
                 "trigger": "新增奖励", "conditions": [{"recognized": "gaoxin", "when": "held"}],
                 "formula": {"form": "fixed", "amount_yuan": 10000}}},
        {"rule": "linan-2025-a01-xinchuying", "stacking": "linan-2025-gaoxin"},
        {"group": "linan-2025-furniture", "remove": True},
    ]}, tmp_path))
    ids = [r.id for r in applied.reformed.rules]
    assert "linan-2026-new-award" in ids and len(ids) == len(applied.baseline.rules) + 1
    assert applied.reformed.rule("linan-2025-a01-xinchuying").stacking == "linan-2025-gaoxin"
    assert "linan-2025-furniture" not in applied.reformed.groups
    assert [c["change"] for c in applied.diff] == ["add", "stacking", "group"]
