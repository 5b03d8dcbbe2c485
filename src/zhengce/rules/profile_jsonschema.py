"""The profile schema exported as JSON Schema (draft 2020-12), with Chinese titles and units: for API
clients and form builders. The schema itself lives in data/profile_schema.yaml (zhengce.rules.profile)."""

from __future__ import annotations


from zhengce.rules.profile import SCHEMA_ID, FactSpec, schema


def json_schema() -> dict:
    """The profile schema as JSON Schema (draft 2020-12), with Chinese titles and units."""
    sch = schema()
    raw = sch.raw

    def prop(spec: FactSpec) -> dict:
        title = spec.label + (f"({spec.unit})" if spec.unit and spec.type != "date" else "")
        if spec.type == "enum":
            return {"title": title, "enum": list(spec.values),
                    "description": "; ".join(f"{k}: {v}" for k, v in spec.values.items())}
        if spec.type == "bool":
            return {"title": title, "type": "boolean"}
        if spec.type in ("money", "percent"):
            if spec.type == "money":
                return {"title": title, "type": ["integer", "string"], "examples": ["1500000", "150万", "1.5亿"],
                        "description": "单位: 元; 整数或文字，如 150万、1.5亿、150,000、1234.50（不接受浮点数）",
                        "x-unit": spec.unit}
            return {"title": title, "type": ["integer", "string"], "pattern": r"^\d+(\.\d{1,2})?$",
                    "description": f"单位: {spec.unit}; 精确值：整数或小数文字（至多两位小数），不接受浮点数",
                    "x-unit": spec.unit}
        if spec.type == "int":
            out = {"title": title, "type": "integer", "minimum": spec.minimum or 0}
            if spec.maximum is not None:
                out["maximum"] = spec.maximum
            return out
        if spec.type == "date":
            return {"title": title, "type": "string", "format": "date"}
        if spec.type == "region":
            return {"title": title, "type": "string", "description": spec.help or "", "examples": ["杭州市余杭区"]}
        return {"title": title, "type": "string"}

    top = {name: prop(sch.facts[name]) for name in raw["fields"]}
    rec = {"type": "object", "additionalProperties": False, "required": ["type", "date"], "properties": {
        "type": {"enum": list(sch.recognition_types), "title": "认定类型",
                 "description": "; ".join(f"{k}: {v}" for k, v in sch.recognition_types.items())},
        "date": {"type": "string", "format": "date", "title": "认定日期"},
        "renewal": {"type": "boolean", "title": "是否复审/重新认定", "default": False},
        "note": {"type": "string"}}}
    ev = {"type": "object", "additionalProperties": False, "required": ["type", "date"], "properties": {
        "type": {"enum": list(sch.event_types), "title": "事件类型",
                 "description": "; ".join(f"{k}: {v}" for k, v in sch.event_types.items())},
        "date": {"type": "string", "format": "date", "title": "日期"}, "note": {"type": "string"}}}

    def block(prefix: str, group: str) -> dict:
        names = list(raw[group]["fields"])

        def one(n):
            p = prop(sch.facts[f"{prefix}.{n}"])
            if prefix != "fin":
                return p
            by_year = {"type": "object", "title": p["title"] + "(按年度)", "additionalProperties": False,
                       "patternProperties": {r"^\d{4}$": p}, "description": "年度 -> 金额, 如 {\"2025\": \"1000000\"}"}
            out = {"title": p["title"], "anyOf": [p, by_year]}
            if "x-unit" in p:
                out["x-unit"] = p["x-unit"]
            return out
        return {"type": "object", "title": raw[group]["label"], "additionalProperties": False,
                "properties": {n: one(n) for n in names}}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "zhengce 政策主体画像 (profile)",
        "description": f"zhengce 按政策规则测算的企业、个人或项目画像。版本 {raw['version']}。",
        "type": "object",
        "additionalProperties": False,
        "required": ["entity", "region"],
        "properties": {
            "schema": {"const": SCHEMA_ID},
            "entity": {"enum": list(raw["entities"]), "title": "主体类型",
                       "description": "; ".join(f"{k}: {v}" for k, v in raw["entities"].items())},
            **top,
            "recognitions": {"type": "array", "title": raw["recognitions"]["label"], "items": rec},
            "events": {"type": "array", "title": raw["events"]["label"], "items": ev},
            "financials": block("fin", "financials"),
            "counts": block("count", "counts"),
            "purchases": {"type": "array", "title": raw["purchase"]["label"], "items": block("purchase", "purchase")},
            "project": block("project", "project"),
        },
    }
