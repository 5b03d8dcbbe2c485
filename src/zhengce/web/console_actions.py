"""What a signed-in 安心宝 party can do next, read from the state of its projects.

This only *offers* actions (the buttons of the console); whether one is allowed is decided by the
program itself when it runs (zhengce.programs.anxinbao: roles, party checks, states), exactly as
for the REST API. The milestone flow is the program's: deposit → start → completion → rest →
assessment → review → release (实施细则 三、3).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

OPERATION_ZH = {
    "apply": "申请立项", "accept": "揭榜承接", "assign_experts": "指派专家", "expert_opinion": "专家评审意见",
    "approve": "准予立项", "reject": "不予立项", "withdraw": "撤回", "pay_deposit": "存入保证金",
    "start_milestone": "启动里程碑", "report_completion": "报告完成", "pay_rest": "支付剩余经费",
    "assess_milestone": "专家验收意见", "review_milestone": "里程碑审核", "release": "拨付资金",
    "pay_premium": "缴纳保费", "pay_premium_subsidy": "拨付保费补助", "insurance_payout": "保险理赔",
    "submit_audit": "提交年度审计", "award_subsidy": "核定资助", "pay_subsidy": "拨付资助",
    "revoke_subsidy": "撤销资助", "init_program": "初始化", "top_up_pool": "补充风险池", "bar_enterprise": "限制申报",
    "forfeit": "划转保证金（未达目标）", "confirm_policy": "确认保单", "extend_period": "延长试行期",
}
STATE_ZH = {
    "applied": "已申请", "under_review": "评审中", "active": "实施中", "rejected": "未立项", "withdrawn": "已撤回",
    "completed": "已完成", "failed": "未通过", "planned": "待存入保证金", "deposit_paid": "保证金已存入",
    "in_progress": "进行中", "approved": "审核通过待拨付", "released": "已拨付", "forfeited": "保证金已划转",
    "cancelled": "已取消",
}
PASS_FAIL = [("pass", "通过"), ("fail", "不通过")]


def _ceil_share(amount_fen: int, ratio: Fraction) -> int:
    return -(-amount_fen * ratio.numerator // ratio.denominator)


def _yuan(fen: int) -> str:
    from zhengce.money import plain_yuan  # the machine form, as typed back into the form: 1234 or 1234.56
    return plain_yuan(int(fen)).removesuffix(".00")


def _action(op: str, project: dict, milestone: dict | None = None, fields: list[dict] | None = None,
            note: str = "") -> dict[str, Any]:
    return {"operation": op, "label": OPERATION_ZH.get(op, op), "project": project["id"],
            "milestone": milestone["no"] if milestone else None, "fields": fields or [], "note": note}


def _current(project: dict) -> dict | None:
    for m in project["milestones"]:
        if m["state"] not in ("released", "forfeited", "cancelled"):
            return m
    return None


def pending_actions(role: str, party: str, project: dict, params: Any) -> list[dict[str, Any]]:
    """Actions `role:party` may take now on `project`, with the form fields each needs."""
    out: list[dict[str, Any]] = []
    state = project["state"]
    m = _current(project) if state == "active" else None
    mine = party in (project.get("enterprise"), project.get("platform"))
    if role == "platform" and party == project["platform"]:
        if state == "applied" and not project.get("accepted"):
            out.append(_action("accept", project))
        if m and m["state"] == "deposit_paid":
            out.append(_action("start_milestone", project, m, [
                {"name": "budget", "label": "立项预算（元，不少于本期经费）", "type": "text", "value": _yuan(m["amount"])}]))
        if m and m["state"] == "in_progress":
            out.append(_action("report_completion", project, m))
    elif role == "enterprise" and party == project["enterprise"]:
        if m and m["state"] == "planned":
            ratio = params.first_deposit_min_ratio if m["no"] == 1 else params.next_deposit_min_ratio
            minimum = _ceil_share(m["amount"], Fraction(ratio))
            out.append(_action("pay_deposit", project, m, [
                {"name": "amount", "label": f"保证金（元，不低于 {_yuan(minimum)}，至多 {_yuan(m['amount'])}）",
                 "type": "text", "value": _yuan(minimum)}]))
        if m and m["state"] == "completed" and m["deposit"] + m["rest"] < m["amount"]:
            out.append(_action("pay_rest", project, m, [
                {"name": "amount", "label": "剩余经费（元）", "type": "text",
                 "value": _yuan(m["amount"] - m["deposit"] - m["rest"])}]))
    elif role == "bureau" and not mine:
        if state in ("applied", "under_review") and project.get("accepted") and not project.get("experts"):
            out.append(_action("assign_experts", project, None, [
                {"name": "experts", "label": "专家编号（多个用逗号分隔）", "type": "text", "value": ""}]))
        if state == "under_review" and project.get("opinions"):
            out.append(_action("approve", project))
            out.append(_action("reject", project, None, [{"name": "note", "label": "理由", "type": "text", "value": ""}]))
        if m and m["state"] in ("completed", "in_progress"):
            out.append(_action("review_milestone", project, m, [
                {"name": "result", "label": "审核结论", "type": "select",
                 "options": [("passed", "通过"), ("failed", "不通过")], "value": "passed"},
                {"name": "note", "label": "意见", "type": "text", "value": ""}],
                note="通过须本期经费已足额存入" if m["state"] == "completed" else "进行中只能判定不通过"))
    elif role == "expert" and party in project.get("experts", []):
        if state == "under_review" and party not in project.get("opinions", {}):
            out.append(_action("expert_opinion", project, None, [
                {"name": "result", "label": "评审意见", "type": "select", "options": PASS_FAIL, "value": "pass"},
                {"name": "note", "label": "说明", "type": "text", "value": ""}]))
        if m and m["state"] in ("in_progress", "completed") and party not in m.get("assessments", {}):
            out.append(_action("assess_milestone", project, m, [
                {"name": "result", "label": "验收意见", "type": "select", "options": PASS_FAIL, "value": "pass"},
                {"name": "note", "label": "说明", "type": "text", "value": ""}]))
    elif role == "operator":
        for x in project["milestones"]:
            if x["state"] == "approved":
                out.append(_action("release", project, x))
            elif x["state"] == "failed":
                out.append(_action("forfeit", project, x, note="里程碑未达目标：保证金划转平台，已付尾款退还企业"))
    elif role == "insurer" and party == (project.get("insurance") or {}).get("insurer"):
        if not project["insurance"].get("confirmed"):
            out.append(_action("confirm_policy", project))
    return out


def form_args(operation: str, project: str, milestone: str | None, form: dict[str, str]) -> dict[str, Any]:
    """The operation's arguments from a submitted console form (money stays a yuan string)."""
    args: dict[str, Any] = {"project": project}
    if milestone:
        args["milestone"] = int(milestone)
    for key in ("amount", "budget", "result", "note"):
        value = (form.get(key) or "").strip()
        if value:
            args[key] = value
    experts = (form.get("experts") or "").replace("，", ",")
    if experts.strip():
        args["experts"] = [e.strip() for e in experts.split(",") if e.strip()]
    return args
