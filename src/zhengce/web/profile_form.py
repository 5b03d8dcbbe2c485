"""The 测算 form, generated from the profile schema (zhengce.rules.profile.schema(): the same
source as the JSON Schema the API publishes). Field names are the schema's flat fact names
(region, rec.gaoxin, fin.revenue_yuan, …), so a filled form is a readable, shareable URL and the
same names serve as batch-registry columns."""

from __future__ import annotations

from typing import Any

GROUPS = [  # (prefix, title, open by default)
    ("", "基本信息", True),
    ("rec.", "认定、称号与获奖（填写认定日期）", False),
    ("event.", "本年度事项（填写发生日期）", False),
    ("fin.", "财务数据", False),
    ("count.", "数量", False),
    ("project.", "项目（按项目申报时填写）", False),
    ("purchase.", "以旧换新消费（个人，每次一件）", False),
]
INPUT_TYPES = {"date": "date", "int": "number", "money": "text", "percent": "text", "string": "text",
               "region": "text"}
CONTROL_PARAMS = ("entity", "date", "include_drafts")


def _group_of(name: str) -> str:
    for prefix, _, _ in GROUPS[1:]:
        if name.startswith(prefix):
            return prefix
    return ""


def build_form(values: dict[str, str]) -> dict[str, Any]:
    """Groups of fields with their current values; recognitions pair a date with its renewal flag."""
    from zhengce.rules.profile import schema

    sch = schema()
    entities = sch.raw.get("entities", {})
    groups: dict[str, list[dict[str, Any]]] = {p: [] for p, _, _ in GROUPS}
    for name, spec in sch.facts.items():
        if name in ("id",) or name.endswith(".renewal"):
            continue
        field = {
            "name": name, "label": spec.label, "type": spec.type, "entities": list(spec.entities),
            "input": INPUT_TYPES.get(spec.type, "text"), "values": spec.values, "help": spec.help,
            "unit": {"money": "元", "percent": "%"}.get(spec.type), "min": spec.minimum, "max": spec.maximum,
            "value": values.get(name, ""),
        }
        renewal = sch.facts.get(name + ".renewal")
        if renewal is not None:
            field["renewal"] = {"name": renewal.name, "label": "复审/重新认定", "value": values.get(renewal.name, "")}
        if name == "region":
            field["required"] = True
        groups[_group_of(name)].append(field)
    return {"entities": entities,
            "groups": [{"prefix": p, "title": t, "open": o or any(f["value"] for f in groups[p]), "fields": groups[p]}
                       for p, t, o in GROUPS if groups[p]]}


def facts_from_query(params) -> dict[str, str]:
    """The flat facts in a query string: known fact names with a non-blank value."""
    from zhengce.rules.profile import schema

    sch = schema()
    out: dict[str, str] = {}
    for key, value in params.multi_items():
        # schema facts, and financial figures of a year (fin.revenue_yuan@2024)
        known = key in sch.facts or ("@" in key and not key.endswith("@prior") and sch.rule_fact(key) is not None)
        if known and str(value).strip() != "":
            out[key] = str(value).strip()
    return out
