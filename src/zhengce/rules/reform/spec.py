"""A reform as data: a baseline rule set and the changes made to it (PolicyEngine-style, on rule files).

The file (docs/reforms.md):

    reform: 高企奖励下调、研发险上限提高
    baseline: {region: 杭州市临安区, year: 2025}     # or: shipped | {files: [a.yaml, …]}
    changes:
      - {rule: linan-2025-a01-gaoxin-first, set: {amount_yuan: 150000}}
      - {rule: linan-2025-a08-dev-fee, threshold: {fact: fin.dev_fee_yuan, gte: 800000}}
      - {remove: linan-2025-a17-car-fuel}
      - {add: {…a rule as in a rule file…}, document: 004_…-d3}
      - {group: linan-2025-gaoxin, set: {mode: cap, cap_yuan: 250000}}
      - {rule: linan-2025-a01-xinchuying, stacking: linan-2025-gaoxin}
      - {document: 004_…-d3, period: [2026-01-01, 2026-12-31]}
    funds: [{name: …, rules: […], pool_yuan: …, policy: pro_rata | ranked | first_come}]

Parsing checks the shape and every value (money exact, rates as decimals) and says, in Chinese,
which change, rule and field is wrong. Whether a named rule exists is checked when applied.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from zhengce import yaml_input
from zhengce.errors import InputError
from zhengce.rules.amounts import rate_fraction, yuan_to_fen

# formula fields a reform may set, and the forms that have them (cap_yuan may be added to a form that caps)
FORMULA_FIELDS = {
    "amount_yuan": ("fixed", "up_to"),
    "rate": ("rate", "matching"),
    "cap_yuan": ("rate", "matching", "per_unit", "tiered"),
    "award_yuan": ("per_unit",),
    "unit_yuan": ("per_unit",),
    "offset_yuan": ("per_unit", "rate"),
    "tiers": ("tiered",),
}
FIELD_LABELS = {"amount_yuan": "金额", "rate": "比例", "cap_yuan": "上限", "award_yuan": "每单位奖励",
                "unit_yuan": "计奖单位", "offset_yuan": "扣除基数", "tiers": "分档"}
THRESHOLD_OPS = ("gte", "gt", "lte", "lt", "eq")
POLICIES = ("pro_rata", "ranked", "first_come")
ON_SHORT = ("partial", "skip", "stop")


@dataclass
class Change:
    n: int  # 1-based position in the file, for messages
    kind: str  # set | threshold | remove | add | group | stacking | period
    target: str | None  # rule id, group id or document key
    values: dict[str, Any] = field(default_factory=dict)
    document: str | None = None  # for add: the document the new rule belongs to

    def where(self) -> str:
        what = {"group": "组", "period": "文件"}.get(self.kind, "规则")
        return f"第{self.n}项修改({what} {self.target})" if self.target else f"第{self.n}项修改"


@dataclass
class Fund:
    name: str
    rules: list[str]
    pool_fen: int
    policy: str
    score: str | None = None  # a fact to rank by (ranked), or None = the claim itself
    order_by: str | None = None  # first_come: a date fact; None = registry order
    on_short: str = "partial"
    quote: str | None = None


@dataclass
class Baseline:
    kind: str  # shipped | place | files
    region: str | None = None
    year: int | None = None
    files: list[Path] = field(default_factory=list)

    def describe(self) -> str:
        if self.kind == "place":
            return f"{self.region}{self.year or ''}年的规则"
        if self.kind == "files":
            return "规则文件 " + "、".join(p.name for p in self.files)
        return "全部现行规则文件"


@dataclass
class Reform:
    name: str
    baseline: Baseline
    changes: list[Change]
    funds: list[Fund]
    date: dt.date | None = None
    include_drafts: bool = False
    raw: dict = field(default_factory=dict)

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.raw, allow_unicode=True, sort_keys=False, width=120)


def _fail(where: str, message: str) -> InputError:
    return InputError(f"改革文件: {where}: {message}")


def money(value: Any, where: str, label: str) -> int:
    try:
        return yuan_to_fen(value, label)
    except ValueError:
        raise _fail(where, f"{label} 应为以元计的金额(整数或最多两位小数, 不为负), 得到 {value!r}") from None


def rate(value: Any, where: str) -> str:
    try:
        r = rate_fraction(value)
    except ValueError:
        raise _fail(where, f"rate(比例) 应为小数字符串, 如 \"0.5\" 表示 50%, 得到 {value!r}") from None
    if r < 0 or r > 100:
        raise _fail(where, f"rate(比例) {value} 超出 0 至 100 的范围")
    return str(value)


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(where, f"{value!r} 不是 YYYY-MM-DD 格式的日期") from None


def _mapping(value: Any, where: str, what: str) -> dict:
    if not isinstance(value, dict):
        raise _fail(where, f"{what} 应为键值对(如 {{amount_yuan: 150000}}), 得到 {value!r}")
    return value


def _set_values(values: dict, where: str) -> dict:
    out = {}
    for key, value in values.items():
        if key not in FORMULA_FIELDS:
            raise _fail(where, f"set 中的字段 {key!r} 不可修改; 可修改: {', '.join(FORMULA_FIELDS)}")
        if key == "rate":
            out[key] = rate(value, where)
        elif key == "tiers":
            if not isinstance(value, list) or not value:
                raise _fail(where, "tiers(分档) 应为列表, 每档 {at_least_yuan, amount_yuan}")
            for t in value:
                t = _mapping(t, where, "tiers 的每一档")
                if set(t) != {"at_least_yuan", "amount_yuan"}:
                    raise _fail(where, "tiers 的每一档应恰好有 at_least_yuan 与 amount_yuan")
                money(t["at_least_yuan"], where, "tiers.at_least_yuan")
                money(t["amount_yuan"], where, "tiers.amount_yuan")
            out[key] = value
        elif value is None and key == "cap_yuan":
            out[key] = None  # remove the cap
        else:
            money(value, where, key)
            out[key] = value
    if not out:
        raise _fail(where, "set 为空, 至少修改一个字段")
    return out


def _change(n: int, item: Any) -> Change:
    where = f"第{n}项修改"
    item = _mapping(item, where, "每项修改")
    if "remove" in item and "group" not in item:
        if set(item) != {"remove"}:
            raise _fail(where, "remove 项只写要删除的规则编号, 如 {remove: linan-2025-a17-car-fuel}")
        return Change(n, "remove", str(item["remove"]))
    if "add" in item:
        extra = set(item) - {"add", "document"}
        if extra:
            raise _fail(where, f"add 项只能有 add 与 document, 多出 {sorted(extra)}")
        rule = _mapping(item["add"], where, "add(新增规则, 格式同规则文件)")
        if not rule.get("id"):
            raise _fail(where, "新增规则缺少 id")
        return Change(n, "add", str(rule["id"]), {"rule": rule}, document=item.get("document"))
    if "group" in item:
        where = f"第{n}项修改(组 {item['group']})"
        extra = set(item) - {"group", "set", "remove"}
        if extra:
            raise _fail(where, f"不认识的键 {sorted(extra)}; 组的修改写 set: {{mode, cap_yuan}} 或 remove: true")
        if item.get("remove") is True:
            return Change(n, "group", str(item["group"]), {"remove": True})
        values = _mapping(item.get("set"), where, "set")
        bad = set(values) - {"mode", "cap_yuan", "note"}
        if bad:
            raise _fail(where, f"组只可修改 mode、cap_yuan、note, 不认识 {sorted(bad)}")
        if "mode" in values and values["mode"] not in ("best", "cap"):
            raise _fail(where, f"mode 应为 best(从高从优) 或 cap(合计封顶), 得到 {values['mode']!r}")
        if values.get("mode") == "cap" and "cap_yuan" not in values:
            raise _fail(where, "mode: cap 需同时给出 cap_yuan(合计上限)")
        if "cap_yuan" in values:
            money(values["cap_yuan"], where, "cap_yuan")
        return Change(n, "group", str(item["group"]), dict(values))
    if "period" in item:
        where = f"第{n}项修改(文件 {item.get('document')})"
        if not item.get("document"):
            raise _fail(where, "修改有效期需写明 document(规则文件的文件键, 如 zhejiang/hangzhou/linan/2025)")
        p = item["period"]
        if not isinstance(p, list) or len(p) != 2:
            raise _fail(where, "period 应为 [开始日期, 结束日期]")
        start, end = _date(p[0], where), _date(p[1], where)
        if end < start:
            raise _fail(where, f"period 结束日期 {end} 早于开始日期 {start}")
        return Change(n, "period", str(item["document"]), {"period": [start.isoformat(), end.isoformat()]})
    if "rule" not in item:
        raise _fail(where, "每项修改应为 rule(改规则)、remove、add、group 或 document+period 之一")
    rid = str(item["rule"])
    where = f"第{n}项修改(规则 {rid})"
    keys = set(item) - {"rule"}
    if keys == {"set"}:
        return Change(n, "set", rid, _set_values(_mapping(item["set"], where, "set"), where))
    if keys == {"threshold"}:
        t = _mapping(item["threshold"], where, "threshold")
        ops = [k for k in t if k in THRESHOLD_OPS]
        if not t.get("fact") or len(ops) != 1 or len(t) != 2:
            raise _fail(where, "threshold 应写 {fact: 事实名, gte|gt|lte|lt|eq: 新门槛}, 如 {fact: fin.dev_fee_yuan, gte: 800000}")
        return Change(n, "threshold", rid, {"fact": str(t["fact"]), "op": ops[0], "value": t[ops[0]]})
    if keys == {"stacking"}:
        return Change(n, "stacking", rid, {"stacking": item["stacking"]})
    raise _fail(where, "规则的修改写 set、threshold 或 stacking 之一(每项一种)")


def _fund(n: int, item: Any) -> Fund:
    where = f"funds 第{n}项"
    item = _mapping(item, where, "资金池")
    known = {"name", "rules", "pool_yuan", "policy", "score", "order_by", "on_short", "quote"}
    extra = set(item) - known
    if extra:
        raise _fail(where, f"不认识的键 {sorted(extra)}; 可写 {', '.join(sorted(known))}")
    for key in ("name", "rules", "pool_yuan", "policy"):
        if key not in item:
            raise _fail(where, f"缺少 {key}")
    where = f"资金池「{item['name']}」"
    rules = item["rules"]
    if not isinstance(rules, list) or not rules or not all(isinstance(r, str) for r in rules):
        raise _fail(where, "rules 应为规则编号列表")
    if item["policy"] not in POLICIES:
        raise _fail(where, f"policy 应为 pro_rata(按比例)、ranked(按评分择优) 或 first_come(先到先得), 得到 {item['policy']!r}")
    on_short = item.get("on_short", "partial")
    if on_short not in ON_SHORT:
        raise _fail(where, f"on_short 应为 partial(余额给下一家)、skip(跳过不足者)或 stop(到此为止), 得到 {on_short!r}")
    from zhengce.rules.profile import schema
    for key in ("score", "order_by"):
        if item.get(key) is not None and item[key] not in schema().facts:
            raise _fail(where, f"{key}: {item[key]!r} 不是画像字段(见 zhengce profile schema)")
    return Fund(str(item["name"]), list(rules), money(item["pool_yuan"], where, "pool_yuan"), item["policy"],
                item.get("score"), item.get("order_by"), on_short, item.get("quote"))


def _baseline(value: Any, base_dir: Path) -> Baseline:
    if value in (None, "shipped"):
        return Baseline("shipped")
    value = _mapping(value, "baseline", "baseline")
    if "files" in value:
        files = value["files"]
        if not isinstance(files, list) or not files:
            raise _fail("baseline", "files 应为规则文件路径列表")
        paths = [(base_dir / str(f)) if not Path(str(f)).is_absolute() else Path(str(f)) for f in files]
        for p in paths:
            if not p.exists():
                raise _fail("baseline", f"规则文件 {p} 不存在")
        return Baseline("files", files=paths)
    if "region" in value:
        year = value.get("year")
        if year is not None and (not isinstance(year, int) or not 1949 <= year <= 2100):
            raise _fail("baseline", f"year 应为年份, 如 2025, 得到 {year!r}")
        return Baseline("place", region=str(value["region"]), year=year)
    raise _fail("baseline", "应为 shipped、{region: 地区, year: 年份} 或 {files: [规则文件…]}")


def parse_reform(data: Any, base_dir: Path | None = None) -> Reform:
    """A Reform from its YAML data (validated; errors in Chinese name the change, rule and field)."""
    if data is None:
        data = {}
    data = _mapping(data, "顶层", "改革文件")
    known = {"reform", "baseline", "changes", "funds", "date", "include_drafts", "description"}
    extra = set(data) - known
    if extra:
        raise _fail("顶层", f"不认识的键 {sorted(extra)}; 可写 {', '.join(sorted(known))}")
    changes = data.get("changes") or []
    if not isinstance(changes, list):
        raise _fail("changes", "应为修改项列表")
    funds = data.get("funds") or []
    if not isinstance(funds, list):
        raise _fail("funds", "应为资金池列表")
    date = _date(data["date"], "date") if data.get("date") else None
    return Reform(str(data.get("reform") or "未命名改革"), _baseline(data.get("baseline"), base_dir or Path.cwd()),
                  [_change(i + 1, c) for i, c in enumerate(changes)], [_fund(i + 1, f) for i, f in enumerate(funds)],
                  date, bool(data.get("include_drafts", False)), data)


def load_reform(path: str | Path) -> Reform:
    path = Path(path)
    if not path.exists():
        raise InputError(f"改革文件 {path} 不存在")
    if path.is_dir():
        raise InputError(f"改革文件 {path} 是文件夹，不是 YAML 文件")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"改革文件 {path}：无法读取（{exc.strerror}）") from None
    where = f"改革文件 {path.name}"
    data = yaml_input.load(yaml_input.decode(raw, where), where)  # bounded: depth, aliases, duplicate keys
    return parse_reform(data, path.parent)
