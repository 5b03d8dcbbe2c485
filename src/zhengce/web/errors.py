"""The one error shape of the web API, and errors in Chinese.

Every API error is an HTTP 4xx/5xx answer with the body

    {"error": {"code": "not_found", "message": "未找到文件 …", "field": "doc_id", "details": [...]}}

`code` is stable English for machines; `message` is Chinese for people (naming the field by its
Chinese label and saying what is allowed); `field` names the parameter at fault (or null); `details`
lists every field error of a validation failure. See docs/web.md, "错误".
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

CODES = {400: "invalid_input", 401: "not_signed_in", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 422: "invalid_parameter", 429: "too_many_requests",
         500: "internal_error", 503: "unavailable"}

STATUS_ZH = {400: "请求有误", 401: "请先登录", 403: "无权执行此操作", 404: "未找到", 405: "不支持此请求方法",
             409: "操作未执行", 413: "上传内容过大", 422: "参数有误", 429: "请求过于频繁", 500: "服务器内部错误",
             503: "服务暂不可用"}

# Parameters of the pages and their JSON twins, by the Chinese label a form shows.
FIELD_LABELS = {
    "q": "关键词", "region": "地区", "year": "年度", "level": "层级", "kind": "类型", "status": "状态",
    "min_wan": "金额下限（万元）", "beneficiary": "奖励对象", "dept": "责任单位", "section": "政策领域",
    "page": "页码", "a": "文件 A", "b": "文件 B", "topic": "事项", "include_drafts": "是否包含征求意见稿",
    "changed_only": "只看有变化的条款", "doc_id": "文件编号", "date": "评估日期", "from": "起始日期",
    "days": "天数", "limit": "条数", "username": "用户名", "password": "密码", "next": "跳转地址",
    "job_id": "任务编号", "rule_id": "规则编号", "path": "规则文件", "file": "文件", "upload": "上传文件",
    "profile": "企业信息", "body": "请求正文", "name": "名称", "text": "内容", "entity": "主体类型",
    "project": "项目", "project_id": "项目编号", "amount": "金额", "amount_yuan": "金额（元）", "note": "备注",
    "reason": "原因", "action": "操作", "role": "角色", "token": "令牌", "id": "编号", "registry": "登记表",
    "start": "开始日期", "end": "结束日期", "value": "取值", "key": "键", "op": "操作", "op_id": "操作编号",
    # the console and review forms
    "operation": "操作", "milestone": "里程碑期数", "budget": "预算", "result": "结论", "experts": "专家",
    "actual_spending": "实际支出", "until": "截止日期", "enterprise": "企业编号", "rule_id": "规则编号",
    "conditions": "条件", "formula": "计算公式", "csrf_token": "表单令牌",
}

_CHOICES_ZH = {"province": "省级", "city": "市级", "district": "区县级", "county": "县级", "national": "国家级",
               "policy": "政策", "rules": "实施细则", "notice": "申报通知", "final": "正式稿", "draft": "征求意见稿",
               "true": "是", "false": "否"}


# Program refusals by code, for a refusal whose message a lower layer wrote in English.
REFUSALS_ZH = {
    "not_initialised": "业务尚未开启：须由负责部门先执行开启操作", "already_initialised": "业务已开启，不能重复开启",
    "unknown_role": "当前账号的角色不参与此项业务", "permission_denied": "当前角色无权执行此操作",
    "invalid_actor": "操作人身份无效", "no_actor": "请先登录", "not_signed_in": "请先登录",
    "unknown_operation": "没有这个操作", "missing_argument": "缺少必填参数", "invalid_arguments": "参数有误",
    "invalid_input": "输入有误", "invalid_amount": "金额无效", "non_positive_amount": "金额须大于 0",
    "fractional_fen": "金额最多精确到分", "amount_too_large": "金额过大", "invalid_time": "时间格式有误",
    "time_not_allowed": "不能指定操作时间", "time_before_last_event": "时间早于上一笔记录",
    "deadline_passed": "已过截止时间", "missing_op_id": "缺少操作编号", "idempotency_conflict": "操作编号已用于另一操作",
    "already_exists": "已存在，不能重复创建", "invalid_state": "当前状态下不能执行此操作", "not_found": "未找到",
    "pool_insufficient": "风险池余额不足", "scores_sealed": "评审结束前评分保密", "panel_closed": "评审已结束",
    "panel_open": "评审尚未结束", "not_eligible": "不符合申报条件", "unknown_district": "不认识的区县",
}


def refusal_zh(code: str | None, message: str) -> str:
    """The refusal's own message when it is Chinese, else the Chinese for its code."""
    if has_chinese(message) or not code:
        return message
    return REFUSALS_ZH.get(code, f"操作未执行（{code}）")


class ErrorInfo(BaseModel):
    code: str = Field(description="稳定的英文错误代码，供程序判断，如 not_found、invalid_parameter")
    message: str = Field(description="中文说明：出了什么问题、允许填写什么")
    field: str | None = Field(None, description="出错的参数名（如 year），与具体参数无关时为 null")
    details: list[dict[str, Any]] | None = Field(None, description="参数校验失败时，每个出错参数一项：field、label、message")


class ErrorBody(BaseModel):
    """所有接口出错时的唯一格式（HTTP 4xx/5xx）。"""

    error: ErrorInfo


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "输入有误"},
    404: {"model": ErrorBody, "description": "未找到"},
    422: {"model": ErrorBody, "description": "参数校验失败"},
}


def has_chinese(text: str, within: int | None = None) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in (text if within is None else text[:within]))


def in_chinese(status: int, message: str) -> str:
    """Layers below may answer in English (ids, codes); every error the site shows opens in Chinese."""
    if has_chinese(message, 40):
        return message
    return f"{STATUS_ZH.get(status, '请求未完成')}：{message}" if message else STATUS_ZH.get(status, "请求未完成")


MAX_MESSAGE = 600  # messages quote what was typed; a 60,000-character value is not echoed whole


def one_line(message: str, limit: int = MAX_MESSAGE) -> str:
    """An error message as one short line: typed line breaks and tabs become spaces, other control
    characters and lone surrogates "\ufffd", and an over-long message (a huge echoed value) is cut."""
    out = []
    for ch in message:
        o = ord(ch)
        if ch in "\r\n\t\u2028\u2029\x0b\x0c":
            out.append(" ")
        elif o < 0x20 or 0x7f <= o < 0xa0 or 0xd800 <= o < 0xe000:
            out.append("\ufffd")
        else:
            out.append(ch)
    text = "".join(out)
    return text if len(text) <= limit else text[:limit] + "…（过长，已截断）"


def body(status: int, message: str, *, code: str | None = None, field: str | None = None,
         details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    message = refusal_zh(code, message)
    info: dict[str, Any] = {"code": code or CODES.get(status, "error"), "message": one_line(in_chinese(status, message)),
                            "field": one_line(field, 200) if isinstance(field, str) else field}
    if details:
        info["details"] = details
    return {"error": info}


def field_label(name: str, route: Any = None) -> str:
    """The Chinese label of parameter `name`: the table above, else the start of its description."""
    if name in FIELD_LABELS:
        return FIELD_LABELS[name]
    dependant = getattr(route, "dependant", None)
    if dependant is not None:
        for p in [*dependant.query_params, *dependant.path_params, *dependant.body_params]:
            if name in (p.name, p.alias):
                desc = (p.field_info.description or "").strip()
                if desc and has_chinese(desc):
                    return desc.split("（")[0].split("，")[0][:20]
    return f"参数 {name}"


def _choices(expected: str) -> str:
    vals = [v.strip().strip("'\"") for v in expected.replace(" or ", ",").split(",") if v.strip()]
    return "、".join(f"{v}（{_CHOICES_ZH[v]}）" if v in _CHOICES_ZH else v for v in vals)


def field_message(err: dict[str, Any], label: str) -> str:
    """One pydantic error in Chinese, naming the field by `label` and saying what is allowed."""
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return f"{label}为必填项"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{label}应为整数"
    if kind in ("float_parsing", "float_type", "decimal_parsing", "decimal_type", "finite_number"):
        return f"{label}应为数字"
    if kind == "greater_than_equal":
        return f"{label}不能小于 {ctx.get('ge')}"
    if kind == "greater_than":
        return f"{label}应大于 {ctx.get('gt')}"
    if kind == "less_than_equal":
        return f"{label}不能大于 {ctx.get('le')}"
    if kind == "less_than":
        return f"{label}应小于 {ctx.get('lt')}"
    if kind == "string_too_long":
        return f"{label}最多 {ctx.get('max_length')} 个字"
    if kind == "string_too_short":
        return f"{label}至少 {ctx.get('min_length')} 个字"
    if kind in ("literal_error", "enum"):
        return f"{label}只能是：{_choices(str(ctx.get('expected', '')))}"
    if kind in ("decimal_max_digits", "decimal_whole_digits"):
        return f"{label}的数字位数过多（最多 {ctx.get('max_digits') or ctx.get('whole_digits')} 位）"
    if kind == "decimal_max_places":
        return f"{label}最多 {ctx.get('decimal_places')} 位小数"
    if kind in ("bool_parsing", "bool_type"):
        return f"{label}应为是或否（true / false）"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"{label}应为日期，格式 YYYY-MM-DD，如 2025-03-01"
    if kind == "json_invalid":
        return "请求正文不是有效的 JSON"
    if kind in ("model_attributes_type", "dict_type", "model_type"):
        return f"{label}应为 JSON 对象"
    if kind in ("list_type", "tuple_type"):
        return f"{label}应为列表"
    if kind in ("string_type", "string_pattern_mismatch"):
        return f"{label}格式不对"
    if kind == "extra_forbidden":
        return f"不认识的参数 {label}"
    return f"{label}的值无效"


def validation_body(errors: list[dict[str, Any]], route: Any = None) -> dict[str, Any]:
    details = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ())]
        name = loc[-1] if len(loc) > 1 else (loc[0] if loc else "body")
        if e.get("type") == "json_invalid":  # its loc ends with a character offset, not a field
            name = "body"
        if name.isdigit() and len(loc) > 2:  # an item of a list: name the list
            name = loc[-2]
        label = field_label(name, route)
        details.append({"field": name, "label": label, "message": field_message(e, label)})
    message = "参数有误：" + "；".join(d["message"] for d in details[:3])
    if len(details) > 3:
        message += f"（另有 {len(details) - 3} 处）"
    return body(422, message, code="invalid_parameter", field=details[0]["field"] if details else None,
                details=details)
