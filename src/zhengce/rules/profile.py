"""Profiles: the typed, versioned description of who asks (enterprise, person, project).

The schema lives in data/profile_schema.yaml. A profile (JSON) is validated against it and
normalised to flat *facts* (e.g. "rec.gaoxin", "fin.revenue_yuan") that rule conditions read;
batch registries use the same flat names as columns, so single and batch see the same facts.
"""

from __future__ import annotations

from zhengce import rx as re

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from zhengce.errors import InputError
from zhengce.money import MoneyError
from zhengce.rules import amounts, regions

_DATA = Path(__file__).resolve().parent / "data" / "profile_schema.yaml"
SCHEMA_ID = "zhengce.profile/1"
UNITS = {"money": "元", "percent": "%", "date": "日期", "int": "个"}


@dataclass(frozen=True)
class FactSpec:
    name: str  # flat name, e.g. "fin.revenue_yuan"
    type: str  # string | region | enum | bool | money | percent | int | date
    label: str
    entities: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)  # enum code -> Chinese label
    minimum: int | None = None
    maximum: int | None = None
    help: str | None = None

    @property
    def unit(self) -> str | None:
        return UNITS.get(self.type)

    def enum_code(self, value: Any) -> str | None:
        """The code an enum value stands for: the code itself, or its Chinese label as the schema writes it
        (软件和信息服务业 → software_it; full-width and half-width brackets alike, spaces around ignored)."""
        if not isinstance(value, str):
            return None
        if value in self.values:
            return value
        wanted = _label_key(value)
        found = [code for code, label in self.values.items() if _label_key(label) == wanted]
        return found[0] if len(found) == 1 else None

    def describe_allowed(self) -> str:
        """What the field accepts, in Chinese (error messages say it)."""
        if self.type == "enum":
            return "以下之一：" + "、".join(f"{v}（{k}）" for k, v in self.values.items())
        if self.type == "money":
            return "金额（元），如 150万、1.5亿、150000 或 1234.50（最多 2 位小数，不接受浮点数）"
        if self.type == "percent":
            return "百分数，整数或小数，如 5.5 表示 5.5%"
        if self.type == "date":
            return "日期，格式 YYYY-MM-DD，如 2025-03-01"
        if self.type == "bool":
            return "是或否（true / false）"
        if self.type == "int":
            return f"整数，不小于 {self.minimum if self.minimum is not None else 0}" + (
                f"、不大于 {self.maximum}" if self.maximum is not None else "")
        if self.type == "region":
            return "区县名称，全称或简称均可，如 杭州市萧山区、萧山区、萧山、江苏省苏州市昆山市"
        return "文字"


@dataclass
class Schema:
    raw: dict
    facts: dict[str, FactSpec]
    recognition_types: dict[str, str]
    event_types: dict[str, str]

    def label(self, fact: str) -> str:
        spec = self.rule_fact(fact) or self.facts.get(fact)
        return spec.label if spec else fact

    def rule_fact(self, name: str) -> FactSpec | None:
        """The spec of a fact name as rules and registries write it: a schema fact, or a financial fact of
        a year — relative (`fin.revenue_yuan@prior`, 上年度) or absolute (`fin.revenue_yuan@2024`)."""
        if name is None or name in self.facts:
            return self.facts.get(name)
        base, sep, year = name.partition("@")
        if not sep or not base.startswith("fin.") or base not in self.facts:
            return None
        spec = self.facts[base]
        if year == "prior":
            return FactSpec(name, spec.type, f"上年度{_yearless(spec.label)}", spec.entities)
        if year.isdigit() and len(year) == 4:
            return FactSpec(name, spec.type, f"{year}年度{_yearless(spec.label)}", spec.entities)
        return None


def _yearless(label: str) -> str:
    return label[3:] if label.startswith("本年度") else label


def year_key(value, where: str) -> int:
    """A year a financial figure belongs to: 4 digits, 1990-2100."""
    text = str(value).strip()
    if not (text.isdigit() and len(text) == 4 and 1990 <= int(text) <= 2100):
        raise InputError(f"{where_zh(where)}：“{value}”不是年份（应为 4 位数字，如 2025）")
    return int(text)


@lru_cache(maxsize=1)
def schema() -> Schema:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    facts: dict[str, FactSpec] = {}
    for name, spec in raw["fields"].items():
        facts[name] = FactSpec(name, spec["type"], spec["label"], tuple(spec.get("entities") or raw["entities"]),
                               dict(spec.get("values") or {}), help=spec.get("help"))
    rec = raw["recognitions"]
    for code, label in rec["types"].items():
        facts[f"rec.{code}"] = FactSpec(f"rec.{code}", "date", f"{label}(认定日期)", tuple(rec["entities"]))
        facts[f"rec.{code}.renewal"] = FactSpec(f"rec.{code}.renewal", "bool", f"{label}(是否复审/重新认定)",
                                                tuple(rec["entities"]))
        facts[f"rec.{code}.first"] = FactSpec(f"rec.{code}.first", "date", f"{label}(首次认定日期)",
                                              tuple(rec["entities"]))
    ev = raw["events"]
    for code, label in ev["types"].items():
        facts[f"event.{code}"] = FactSpec(f"event.{code}", "date", f"{label}(日期)", tuple(ev["entities"]))
    for name, spec in raw["financials"]["fields"].items():
        facts[f"fin.{name}"] = FactSpec(f"fin.{name}", spec["type"], spec["label"], tuple(spec["entities"]))
    counts = raw["counts"]
    for name, label in counts["fields"].items():
        facts[f"count.{name}"] = FactSpec(f"count.{name}", "int", label, tuple(counts["entities"]), minimum=0)
    for group in ("purchase", "project"):
        for name, spec in raw[group]["fields"].items():
            facts[f"{group}.{name}"] = FactSpec(
                f"{group}.{name}", spec["type"], spec["label"], tuple(raw[group]["entities"]),
                dict(spec.get("values") or {}), spec.get("min", 0 if spec["type"] == "int" else None),
                spec.get("max"), spec.get("help"))
    return Schema(raw, facts, dict(rec["types"]), dict(ev["types"]))


@dataclass
class Profile:
    """A validated profile: its entity type and flat facts (money in fen, percent in 1/100 %)."""

    entity: str
    facts: dict[str, Any]
    purchases: list[dict[str, Any]] = field(default_factory=list)  # person: one fact dict per item
    raw: dict = field(default_factory=dict)

    @property
    def id(self) -> str | None:
        return self.facts.get("id")

    @property
    def region(self) -> str:
        return self.facts["region"]


_GROUP_PREFIX = {"financials": "fin", "counts": "count", "project": "project"}
_LIST_ZH = {"recognitions": "认定", "events": "事项", "purchases": "购买"}


def where_zh(where: str) -> str:
    """A field path of a profile ("financials.revenue_yuan", "recognitions[0].date") named as a form names it."""
    sch = schema()
    if where in sch.facts or sch.rule_fact(where) is not None:
        return sch.label(where)
    m = re.fullmatch(r"(recognitions|events|purchases)\[(\d+)\](?:\.(\w+))?", where)
    if m:
        head = f"第{int(m.group(2)) + 1}项{_LIST_ZH[m.group(1)]}"
        sub = m.group(3)
        if sub and m.group(1) == "purchases" and f"purchase.{sub}" in sch.facts:
            return f"{head}的{sch.label('purchase.' + sub)}"
        return head + ({"type": "的类型", "date": "的日期", "renewal": "是否重新认定"}.get(sub or "", f"的 {sub}" if sub else ""))
    parts = where.split(".")
    if parts[0] in _GROUP_PREFIX and len(parts) >= 2:
        name = f"{_GROUP_PREFIX[parts[0]]}.{parts[1]}"
        if name in sch.facts:
            return sch.label(name) + (f"（{parts[2]}年）" if len(parts) > 2 else "")
    return {"profile": "企业信息", "region": "所在区县", "entity": "主体类型", "schema": "画像格式",
            "financials": "财务数据", "counts": "人数等数量", "project": "项目信息",
            "purchases": "购买记录"}.get(where, where)


def _label_key(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text).strip()


def convert(spec: FactSpec, value: Any, where: str) -> Any:
    """A raw JSON/CSV value to the internal form of the fact; errors name the field and what is allowed."""
    def bad(why: str = "") -> InputError:
        shown = f"“{value}”" if isinstance(value, str) else str(value)
        exc = InputError(f"{where_zh(where)}：不能填 {shown}{('（' + why + '）') if why else ''}；"
                         f"应填{spec.describe_allowed()}")
        exc.field = where  # type: ignore[attr-defined]  (the API's error names it)
        return exc

    t = spec.type
    try:
        if t == "string":
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise bad()
            return str(value)
        if t == "region":
            if not isinstance(value, str):
                raise bad()
            try:
                return regions.canonical(value)
            except InputError as exc:
                inner = exc.message.split(': ', 1)[-1]
                label = where_zh(where)
                raise InputError(inner if inner.startswith(label) else f"{label}：{inner}") from None
        if t == "enum":
            code = spec.enum_code(value)
            if code is None:
                raise bad()
            return code
        if t == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.strip().lower() in {"true", "false", "是", "否", "1", "0"}:
                return value.strip().lower() in {"true", "是", "1"}
            if isinstance(value, int) and value in (0, 1):
                return bool(value)
            raise bad()
        if t == "money":  # as people write it: 150万, 1.5亿, 150,000元 (zhengce.money.parse_money)
            try:
                return amounts.yuan_to_fen(value, where_zh(where))
            except MoneyError as exc:
                err = InputError(exc.message)
                err.field = where  # type: ignore[attr-defined]  (the API's error names it)
                raise err from None
        if t == "percent":
            number = amounts.to_decimal(value, where) * 100
            if number != number.to_integral_value():
                raise bad("最多两位小数")
            if abs(number) > 10**8:
                raise bad("超出范围")
            return int(number)
        if t == "int":
            if isinstance(value, bool):
                raise bad()
            number = amounts.to_decimal(value, where)
            if number != number.to_integral_value():
                raise bad()
            number = int(number)
            if spec.minimum is not None and number < spec.minimum or spec.maximum is not None and number > spec.maximum:
                raise bad()
            if number > 10**9:
                raise bad("超出范围")
            return number
        if t == "date":
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            if not isinstance(value, str):
                raise bad()
            return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        if isinstance(exc, InputError):
            raise
        raise bad(_reason_zh(str(exc))) from None
    raise AssertionError(t)


# what the lower layers say (rules.amounts.to_decimal; Python's date parser, in English) -> the short reason shown
_REASONS_ZH = [("JSON 小数不精确", "JSON 小数不精确，请写成整数或带引号的小数，如 \"1234.50\""),
               ("不是数字", "不是数字"), ("不是有限的数字", "不是数字"), ("应为数字", "不是数字"),
               ("isoformat", "不是有效日期"), ("out of range", "日期不存在"), ("must be in", "日期不存在")]


def _reason_zh(reason: str) -> str:
    """Why a value was refused, in Chinese (a known reason by what it says, else a Chinese one without its field)."""
    known = next((zh for key, zh in _REASONS_ZH if key in reason), None)
    if known is not None:
        return known
    if any("\u4e00" <= ch <= "\u9fff" for ch in reason):
        return re.split(r"：|: ", reason, maxsplit=1)[-1]
    return ""


ENTITY_ZH = {"enterprise": "企业或单位", "person": "个人或家庭", "project": "项目"}


def _entities_zh(entities) -> str:
    return "、".join(f"{ENTITY_ZH.get(e, e)}（{e}）" for e in entities)


def _check_known(obj: dict, allowed: list[str], where: str) -> None:
    for key in obj:
        if key not in allowed:
            raise InputError(f"{where_zh(where)}：不认识的字段 {key!r}；可用字段：{', '.join(allowed)}")


def _set(facts: dict, name: str, value: Any, entity: str, where: str) -> None:
    spec = schema().facts[name]
    if entity not in spec.entities:
        raise InputError(f"{where_zh(where)}：{ENTITY_ZH.get(entity, entity)}不填此项（适用于"
                         f"{'、'.join(ENTITY_ZH.get(e, e) for e in spec.entities)}）")
    if value is None:
        return
    facts[name] = convert(spec, value, where)


def parse_profile(data: Any) -> Profile:
    """Validate a profile (dict from JSON) and normalise it to facts. Raises InputError naming the field."""
    sch = schema()
    if not isinstance(data, dict):
        raise InputError("企业信息应为 JSON 对象")
    raw = sch.raw
    top = ["schema", "entity", *raw["fields"], "recognitions", "events", "financials", "counts", "purchases", "project"]
    _check_known(data, top, "profile")
    if "schema" in data and data["schema"] != SCHEMA_ID:
        raise InputError(f"画像格式 {data['schema']!r} 不受支持，应为 {SCHEMA_ID!r}")
    entity = data.get("entity", "enterprise")
    if not isinstance(entity, str) or entity not in raw["entities"]:
        raise InputError(f"主体类型不能填 {entity!r}；应为以下之一：{_entities_zh(raw['entities'])}")
    if "region" not in data:
        raise InputError("所在区县为必填项：请填写所在区县，如 杭州市余杭区")
    facts: dict[str, Any] = {}
    for name in raw["fields"]:
        if name in data:
            _set(facts, name, data[name], entity, name)
    for i, item in enumerate(data.get("recognitions") or []):
        where = f"recognitions[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{where_zh(where)}应为包含 type（类型）、date（日期）、renewal（是否重新认定）的对象")
        _check_known(item, ["type", "date", "renewal", "note"], where)
        code = type_code(item.get("type"), sch.recognition_types, where_zh(where))
        if "date" not in item:
            raise InputError(f"{where_zh(where)}缺少日期：请填写认定日期（YYYY-MM-DD）")
        date = convert(sch.facts[f"rec.{code}"], item["date"], f"{where}.date")
        renewal = convert(sch.facts[f"rec.{code}.renewal"], item.get("renewal", False), f"{where}.renewal")
        if entity not in sch.facts[f"rec.{code}"].entities:
            raise InputError(f"{where_zh(where)}：只有企业填写认定")
        if f"rec.{code}" not in facts or date >= facts[f"rec.{code}"]:  # keep the latest of one type
            facts[f"rec.{code}"] = date
            facts[f"rec.{code}.renewal"] = renewal
        if f"rec.{code}.first" not in facts or date < facts[f"rec.{code}.first"]:  # and the first
            facts[f"rec.{code}.first"] = date
    for i, item in enumerate(data.get("events") or []):
        where = f"events[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{where_zh(where)}应为包含 type（类型）和 date（日期）的对象")
        _check_known(item, ["type", "date", "note"], where)
        code = type_code(item.get("type"), sch.event_types, where_zh(where))
        if entity not in sch.facts[f"event.{code}"].entities:
            raise InputError(f"{where_zh(where)}：只有企业填写事项")
        facts[f"event.{code}"] = convert(sch.facts[f"event.{code}"], item.get("date"), f"{where}.date")
    for group, prefix in (("financials", "fin"), ("counts", "count")):
        block = data.get(group) or {}
        if not isinstance(block, dict):
            raise InputError(f"{where_zh(group)}应为对象")
        names = list(raw[group]["fields"])
        _check_known(block, names, group)
        for name, value in block.items():
            if prefix == "fin" and isinstance(value, dict):  # {"2025": …, "2024": …}: figures by year
                for year, v in value.items():
                    y = year_key(year, f"{group}.{name}")
                    spec = sch.facts[f"fin.{name}"]
                    if entity not in spec.entities:
                        raise InputError(f"{where_zh(group + '.' + name)}：{ENTITY_ZH.get(entity, entity)}不填此项")
                    if v is not None:
                        facts[f"fin.{name}@{y}"] = convert(spec, v, f"{group}.{name}.{y}")
                continue
            _set(facts, f"{prefix}.{name}", value, entity, f"{group}.{name}")
    purchases: list[dict] = []
    if "purchases" in data:
        if entity != "person":
            raise InputError("购买记录只适用于个人或家庭")
        for i, item in enumerate(data["purchases"] or []):
            where = f"purchases[{i}]"
            if not isinstance(item, dict):
                raise InputError(f"{where_zh(where)}应为对象")
            _check_known(item, list(raw["purchase"]["fields"]), where)
            pf: dict[str, Any] = {}
            for name, value in item.items():
                _set(pf, f"purchase.{name}", value, entity, f"{where}.{name}")
            purchases.append(pf)
    if "project" in data:
        if entity != "project":
            raise InputError("项目信息只适用于主体类型为项目（project）的测算")
        block = data["project"]
        if not isinstance(block, dict):
            raise InputError("项目信息应为对象")
        _check_known(block, list(raw["project"]["fields"]), "project")
        for name, value in block.items():
            _set(facts, f"project.{name}", value, entity, f"project.{name}")
    _default_counts(facts, entity)
    if facts.get("region") is None:  # e.g. "region": null
        raise InputError("所在区县为必填项：请填写所在区县，如 杭州市余杭区")
    return Profile(entity, facts, purchases, data)


def _default_counts(facts: dict, entity: str) -> None:
    """Counts not given are zero (like recognitions not listed: the profile has none)."""
    for name, spec in schema().facts.items():
        if name.startswith("count.") and entity in spec.entities:
            facts.setdefault(name, 0)


def parse_flat_row(row: dict[str, Any]) -> Profile:
    """A registry row whose columns are flat fact names (blank = unknown). A person row holds one purchase."""
    sch = schema()
    entity = (row.get("entity") or "enterprise")
    entity = str(entity).strip()
    if entity not in sch.raw["entities"]:
        raise InputError(f"主体类型不能填 {entity!r}；应为以下之一：{_entities_zh(sch.raw['entities'])}")
    facts: dict[str, Any] = {}
    purchase: dict[str, Any] = {}
    for column, value in row.items():
        if column == "entity" or value is None or (isinstance(value, str) and value.strip() == ""):
            continue
        spec = sch.rule_fact(column)
        if spec is None or column.endswith("@prior"):
            raise InputError(f"列 {column!r}：不认识的字段；可用的列名见 zhengce profile schema")
        if entity not in spec.entities:
            continue  # a column for other entity types, e.g. purchase.* on an enterprise row
        if isinstance(value, float):  # CSV readers may hand numbers as floats; accept only exact ones
            if value != value or value != int(value) or abs(value) > 2**53:
                raise InputError(f"{where_zh(column)}：{value!r} 不是精确数字；金额请写成整数或小数文字")
            value = int(value)
        target = purchase if column.startswith("purchase.") else facts
        target[column] = convert(spec, value, column)
    if "region" not in facts:
        raise InputError("所在区县为必填项：请填写所在区县，如 杭州市余杭区")
    _default_counts(facts, entity)
    return Profile(entity, facts, [purchase] if purchase else [], row)


def type_code(value: Any, types: dict[str, str], where: str) -> str:
    """A recognition or event type as people write it: its code (gaoxin) or its Chinese label
    (高新技术企业), in simplified or traditional characters, full- or half-width brackets. An unknown
    one is refused with the closest labels, not the whole list (`zhengce profile schema` has it)."""
    if isinstance(value, str) and value in types:
        return value
    text = _plain_label(value) if isinstance(value, str) else ""
    by_label = {_plain_label(label): code for code, label in types.items()}
    if text in by_label:
        return by_label[text]
    import difflib
    near = difflib.get_close_matches(text, list(by_label), n=5, cutoff=0.4) if text else []
    hint = "、".join(f"{types[by_label[n]]}（{by_label[n]}）" for n in near) or "、".join(
        f"{v}（{k}）" for k, v in list(types.items())[:8]) + " 等"
    raise InputError(f"{where}的类型不能填 {value!r}；可写代码或中文名称，如 {hint}；"
                     "全部类型见 zhengce profile schema")


def _plain_label(text: str) -> str:
    from zhengce.reading.normalize import to_simplified
    t = to_simplified(text.strip()).replace("（", "(").replace("）", ")").replace("“", "").replace("”", "")
    return t.replace('"', "").replace(" ", "")


def json_schema() -> dict:
    """The profile schema as JSON Schema (zhengce.rules.profile_jsonschema)."""
    from zhengce.rules.profile_jsonschema import json_schema as build
    return build()

