"""YAML test cases (OpenFisca style): profile + date -> expected entitlements.

A rule file `policies/…/2025.yaml` has its cases beside it in `2025.tests.yaml`: a list of
    - name: …
      date: 2025-06-30
      include_drafts: false        # optional
      profile: {…}                 # as in docs/profile.md
      eligible: {rule-id: amount_yuan, …}   # the complete set of paid entitlements (all rule files)
      stacked_out: [rule-id, …]    # optional, complete set when given
      needs_info: [rule-id, …]     # optional, must be included
      not_eligible: [rule-id, …]   # optional, must be included
      total_yuan: 123              # optional
Person purchases: a key `rule-id@2` means the rule for the 2nd purchase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from zhengce import yaml_input
from zhengce.errors import InputError
from zhengce.rules.engine import evaluate
from zhengce.rules.result import ELIGIBLE, NEEDS_INFO, NOT_ELIGIBLE, STACKED_OUT
from zhengce.rules.rulebook import POLICY_DIR, Rulebook


@dataclass
class Case:
    file: Path
    name: str
    data: dict


def load_cases(directory: Path | None = None) -> list[Case]:
    out = []
    for path in sorted(Path(directory or POLICY_DIR).rglob("*.tests.yaml")):
        # a user's folder (`rules validate --dir`): bounded like every YAML a user hands us
        data = yaml_input.load(yaml_input.decode(path.read_bytes(), path.name), path.name) or []
        if not isinstance(data, list):
            raise InputError(f"{path.name}：测试文件应为用例列表")
        for i, case in enumerate(data):
            if not isinstance(case, dict):
                raise InputError(f"{path.name}：第{i + 1}个用例应为映射（name: …, date: …, profile: …）")
            _check_case(case, f"{path.name}：第{i + 1}个用例")
            out.append(Case(path, str(case.get("name") or f"case {i + 1}"), case))
    return out


def _check_case(case: dict, where: str) -> None:
    """The shape of one case (the module docstring), so that a wrong one is a line, not a crash."""
    from zhengce.rules.amounts import to_decimal
    from zhengce.rules.rulefile import kind_of

    def bad(key, wanted, value):
        raise InputError(f"{where}的 {key} 应为{wanted}，实为{kind_of(value)}")
    date = case.get("date")
    if not isinstance(date, dt.date):
        try:
            dt.date.fromisoformat(date if isinstance(date, str) else "")
        except ValueError:
            bad("date", "日期 YYYY-MM-DD", date)
    if not isinstance(case.get("profile"), dict):
        bad("profile", "映射（主体画像）", case.get("profile"))
    amounts = dict(case.get("eligible") or {}) if isinstance(case.get("eligible") or {}, dict) else None
    if amounts is None:
        bad("eligible", "映射（规则编号: 金额）", case.get("eligible"))
    if "total_yuan" in case:
        amounts["total_yuan"] = case["total_yuan"]
    for key, value in amounts.items():
        if not isinstance(key, str):
            bad("eligible", "以规则编号为键的映射", key)
        try:
            to_decimal(value, str(key))
        except ValueError:
            bad(key if key == "total_yuan" else f"eligible.{key}", "金额（元）", value)
    for key in ("stacked_out", "needs_info", "not_eligible"):
        ids = case.get(key) or []
        if not isinstance(ids, list) or not all(isinstance(x, str) for x in ids):
            bad(key, "规则编号的列表", ids)
    if not isinstance(case.get("include_drafts", False), bool):
        bad("include_drafts", "true 或 false", case.get("include_drafts"))


def _key(o) -> str:
    return o.rule.id if o.item is None else f"{o.rule.id}@{o.item + 1}"


def run_case(case: Case, book: Rulebook) -> list[str]:
    """Problems (empty when the case passes)."""
    d = case.data
    date = d.get("date")
    date = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date))
    try:
        result = evaluate(d["profile"], date, book, include_drafts=bool(d.get("include_drafts")))
    except InputError as exc:
        return [f"profile rejected: {exc}"]
    got = {_key(o): Decimal(o.amount_fen) / 100 for o in result.outcomes if o.status == ELIGIBLE}
    want = {k: Decimal(str(v)) for k, v in (d.get("eligible") or {}).items()}
    problems = []
    for k in sorted(set(got) | set(want)):
        if got.get(k) != want.get(k):
            problems.append(f"{k}: expected {want.get(k, 'not paid')}, got {got.get(k, 'not paid')}")
    by = {s: {_key(o) for o in result.outcomes if o.status == s} for s in (STACKED_OUT, NEEDS_INFO, NOT_ELIGIBLE)}
    if "stacked_out" in d and set(d["stacked_out"] or []) != by[STACKED_OUT]:
        problems.append(f"stacked_out: expected {sorted(d['stacked_out'] or [])}, got {sorted(by[STACKED_OUT])}")
    for field, status in (("needs_info", NEEDS_INFO), ("not_eligible", NOT_ELIGIBLE)):
        missing = set(d.get(field) or []) - by[status]
        if missing:
            problems.append(f"{field}: expected to include {sorted(missing)}")
    if "total_yuan" in d and Decimal(str(d["total_yuan"])) != Decimal(result.total_fen) / 100:
        problems.append(f"total: expected {d['total_yuan']}, got {Decimal(result.total_fen) / 100}")
    return problems


def rules_covered(cases: list[Case]) -> set[str]:
    """Rule ids named in some case's expectations."""
    out = set()
    for c in cases:
        for field in ("eligible", "stacked_out", "needs_info", "not_eligible"):
            for k in c.data.get(field) or []:
                out.add(k.split("@")[0])
    return out
