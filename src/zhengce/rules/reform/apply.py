"""Apply a reform: pick the baseline rule files, change their data, load both through the rulebook loader.

The changes are made to the rule files' YAML data (never to compiled objects), and the changed
files are loaded by `rulebook.load_dir` like any rule file, so a reformed rule is checked exactly
as a hand-written one would be. Unchanged rules keep their ids; the diff lists each change with the
rule's original quote so that an officer sees what the text said and what the reform makes of it.
"""

from __future__ import annotations

import copy
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from zhengce import yaml_input
from zhengce.errors import InputError
from zhengce.money import format_yuan
from zhengce.rules.conditions import parse_condition
from zhengce.rules.reform.spec import FIELD_LABELS, FORMULA_FIELDS, Change, Reform, _fail
from zhengce.rules.rulebook import Rulebook, load_dir, load_rulebook

FORM_LABELS = {"fixed": "固定金额", "up_to": "最高金额", "rate": "按比例", "per_unit": "按单位计奖",
               "tiered": "分档", "matching": "配套"}


@dataclass
class Applied:
    reform: Reform
    baseline: Rulebook
    reformed: Rulebook
    diff: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"reform": self.reform.name, "baseline": self.reform.baseline.describe(),
                "documents": [d.key for d in self.baseline.documents], "changes": self.diff}


def baseline_files(reform: Reform) -> dict[str, dict]:
    """Document key → rule file data (deep copies) of the baseline."""
    b = reform.baseline
    if b.kind == "files":
        out = {}
        for p in b.files:
            try:
                data = yaml_input.load(yaml_input.decode(p.read_bytes(), p.name), p.name)
            except InputError as exc:
                raise InputError(f"改革文件: baseline: 规则文件 {exc.message}") from None
            except OSError as exc:
                raise InputError(f"改革文件: baseline: 规则文件 {p.name} 无法读取（{exc.strerror}）") from None
            if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
                raise InputError(f"改革文件: baseline: {p.name} 不是规则文件(缺少 document 头)")
            d = data["document"]
            out[f"{Path(str(d.get('file'))).stem}-d{d.get('index')}"] = data
        return out
    book = load_rulebook()
    docs = book.documents
    if b.kind == "place":
        from zhengce.rules import regions
        try:
            wanted = regions.covered(b.region)
        except InputError:
            raise InputError(f"改革文件: baseline: 地区「{b.region}」不是已知的地区") from None
        docs = [d for d in docs if d.covers == wanted and (b.year is None or d.year == b.year)]
        if not docs:
            have = "、".join(sorted({f"{d.region}{d.year}" for d in book.documents}))
            raise InputError(f"改革文件: baseline: 没有{b.region}{b.year or ''}年的规则文件; 现有: {have}")
    return {d.key: copy.deepcopy(yaml_input.load(yaml_input.decode(d.source.read_bytes(), d.key), d.key))
            for d in docs}


def _load(files: dict[str, dict], what: str) -> Rulebook:
    with tempfile.TemporaryDirectory(prefix="zhengce-reform-") as tmp:
        for i, (key, data) in enumerate(files.items()):
            # keys are paths in the place/year tree (zhejiang/hangzhou/linan/2025): kept as folders, so the
            # reformed documents keep their keys
            path = Path(tmp, f"{key}.yaml")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        try:
            return load_dir(Path(tmp))
        except InputError as exc:
            msg = exc.message
            raise InputError(f"{what}无效: {msg}") from None
        except ValueError as exc:
            raise InputError(f"{what}无效: {exc}") from None


def _find(files: dict[str, dict], rule_id: str):
    for key, data in files.items():
        for i, r in enumerate(data.get("rules") or []):
            if isinstance(r, dict) and r.get("id") == rule_id:
                return key, i, r
    return None


def _rule_view(key: str, data: dict, rule: dict) -> dict:
    d = data["document"]
    return {"rule_id": rule["id"], "document": key, "region": d.get("region"), "year": d.get("year"),
            "title": d.get("title"), "article": rule.get("article"), "quote": rule.get("quote"),
            "trigger": rule.get("trigger")}


def apply_reform(reform: Reform) -> Applied:
    files = baseline_files(reform)
    baseline = _load(copy.deepcopy(files), "基线规则")
    diff = []
    for ch in reform.changes:
        diff.append(_apply(ch, files, reform))
    reformed = _load(files, "改革后的规则")
    before = {r.id: r for r in baseline.rules}
    after = {r.id: r for r in reformed.rules}
    for entry in diff:  # describe formulas with the loader's own wording
        rid = entry.get("rule_id")
        if rid in before:
            entry.setdefault("before", before[rid].formula.describe())
        if rid in after and entry["change"] != "remove":
            entry.setdefault("after", after[rid].formula.describe())
    return Applied(reform, baseline, reformed, diff)


def _apply(ch: Change, files: dict[str, dict], reform: Reform) -> dict:
    where = ch.where()
    if ch.kind == "add":
        if _find(files, ch.target):
            raise _fail(where, f"规则编号 {ch.target} 在基线中已存在; 新增规则需用新编号")
        key = ch.document
        if key is None:
            if len(files) != 1:
                raise _fail(where, f"基线有多个规则文件, 请用 document 指明新规则所属文件: {', '.join(files)}")
            key = next(iter(files))
        if key not in files:
            raise _fail(where, f"document {key!r} 不在基线中; 基线文件: {', '.join(files)}")
        _check_new_rule(where, ch.values["rule"])
        gid = ch.values["rule"].get("stacking")
        if gid is not None and not any(gid in (d.get("stacking_groups") or {}) for d in files.values()):
            raise _fail(where, f"stacking: 基线中没有叠加组 {gid}")
        files[key].setdefault("rules", []).append(copy.deepcopy(ch.values["rule"]))
        return {"change": "add", **_rule_view(key, files[key], ch.values["rule"]), "before": None}
    if ch.kind == "group":
        for key, data in files.items():
            groups = data.get("stacking_groups") or {}
            if ch.target in groups:
                g = groups[ch.target]
                old = dict(g)
                if ch.values.get("remove"):
                    del groups[ch.target]
                    for r in data.get("rules") or []:
                        if r.get("stacking") == ch.target:
                            r.pop("stacking")
                    return {"change": "group", "group": ch.target, "document": key, "quote": old.get("quote"),
                            "before": _group_text(old), "after": "取消该组(组内规则各自全额叠加)"}
                g.update(ch.values)
                if g.get("mode") == "best":
                    g.pop("cap_yuan", None)
                return {"change": "group", "group": ch.target, "document": key, "quote": old.get("quote"),
                        "before": _group_text(old), "after": _group_text(g)}
        raise _fail(where, f"基线中没有叠加组 {ch.target}")
    if ch.kind == "period":
        if ch.target not in files:
            raise _fail(where, f"document {ch.target!r} 不在基线中; 基线文件: {', '.join(files)}")
        d = files[ch.target]["document"]
        old = [str(x) for x in d["period"]]
        d["period"] = ch.values["period"]
        return {"change": "period", "document": ch.target, "quote": d.get("period_quote"),
                "before": "至".join(old), "after": "至".join(ch.values["period"])}
    found = _find(files, ch.target)
    if not found:
        raise _fail(where, f"基线({reform.baseline.describe()})中没有这条规则; 用 `zhengce rules list` 查看编号")
    key, index, rule = found
    view = _rule_view(key, files[key], rule)
    if ch.kind == "remove":
        files[key]["rules"].pop(index)
        return {"change": "remove", **view, "after": "删除"}
    if ch.kind == "stacking":
        gid = ch.values["stacking"]
        if gid is not None and not any(gid in (data.get("stacking_groups") or {}) for data in files.values()):
            raise _fail(where, f"stacking: 基线中没有叠加组 {gid}")
        old = rule.get("stacking")
        if gid is None:
            rule.pop("stacking", None)
        else:
            rule["stacking"] = gid
        return {"change": "stacking", **view, "before": f"叠加组 {old or '无'}", "after": f"叠加组 {gid or '无'}"}
    formula = rule["formula"]
    if ch.kind == "set":
        form = formula.get("form")
        changed = []
        for name, value in ch.values.items():
            if form not in FORMULA_FIELDS[name]:
                allowed = [k for k, forms in FORMULA_FIELDS.items() if form in forms]
                raise _fail(where, f"公式为 {form}({FORM_LABELS.get(form, form)}), 没有 {name}({FIELD_LABELS[name]}) "
                                   f"字段; 可修改: {', '.join(allowed)}")
            if value is None:
                formula.pop(name, None)
            else:
                formula[name] = value
            changed.append(name)
        return {"change": "set", **view, "fields": changed}
    # threshold: the condition on that fact with that operator, at the rule's top level
    fact, op, value = ch.values["fact"], ch.values["op"], ch.values["value"]
    for i, c in enumerate(rule.get("conditions") or []):
        if isinstance(c, dict) and c.get("fact") == fact and op in c:
            old = parse_condition(c).describe()
            new = dict(c)
            new[op] = value
            try:
                text = parse_condition(new).describe()
            except (InputError, ValueError) as exc:
                raise _fail(where, f"threshold {fact} {op}: 新门槛 {value!r} 无效 ({exc})") from None
            rule["conditions"][i] = new
            return {"change": "threshold", **view, "before": old, "after": text, "fields": [f"{fact}.{op}"]}
    conds = [c.get("fact") for c in rule.get("conditions") or [] if isinstance(c, dict) and c.get("fact")]
    raise _fail(where, f"规则没有对 {fact} 的 {op} 条件; 其数值条件: {', '.join(conds) or '无'}")


def _check_new_rule(where: str, rule: dict) -> None:
    """The keys a rule file's rule needs, checked in Chinese before the loader sees it."""
    from zhengce.rules.formulas import FORMS, Formula
    from zhengce.rules.rulebook import BENEFICIARIES
    labels = {"quote": "原文引文", "beneficiary": "受益对象", "trigger": "触发情形", "formula": "公式"}
    for key, label in labels.items():
        if key not in rule:
            raise _fail(where, f"新增规则缺少 {key}({label}); 格式同规则文件, 见 docs/rules.md")
    known = {"id", "article", "quote", "beneficiary", "entity", "trigger", "conditions", "formula", "stacking",
             "interpretation"}
    if set(rule) - known:
        raise _fail(where, f"新增规则有不认识的键 {sorted(set(rule) - known)}; 可写 {', '.join(sorted(known))}")
    if rule["beneficiary"] not in BENEFICIARIES:
        raise _fail(where, f"beneficiary(受益对象) 应为 {', '.join(BENEFICIARIES)} 之一, 得到 {rule['beneficiary']!r}")
    f = rule["formula"]
    if not isinstance(f, dict) or f.get("form") not in FORMS:
        raise _fail(where, f"formula.form(公式形式) 应为 {', '.join(FORMS)} 之一")
    try:
        Formula(f)
        for c in rule.get("conditions") or []:
            parse_condition(c)
    except (InputError, ValueError) as exc:
        raise _fail(where, f"新增规则的公式或条件无效: {exc}") from None


def _group_text(g: dict) -> str:
    if g.get("mode", "best") == "cap":
        return f"合计封顶 {format_yuan(g.get('cap_yuan'))}"
    return "从高从优(只享受最高一项)"
