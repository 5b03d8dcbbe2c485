"""What a signed-in 安心宝 party can do next, read from the state of its projects.

This only *offers* actions (the buttons of the console); whether one is allowed is decided by the
program itself when it runs (zhengce.programs.anxinbao: roles, party checks, states), exactly as
for the REST API. The milestone flow is the program's: deposit → start → completion → rest →
assessment → review → release (实施细则 三、3).
"""

from __future__ import annotations

from zhengce import rx as re
from fractions import Fraction
from typing import Any

from zhengce.money import format_fen, plain_wan
from zhengce.programs.core.zh import OPERATION_ZH as _CATALOGUE_ZH

# the console's buttons name the 安心宝 operations as the program's catalogue does (programs.core.zh),
# a few in the shorter words a button has room for
_BUTTON_WORDING = {"expert_opinion": "专家评审意见", "withdraw": "撤回", "assess_milestone": "专家验收意见",
                   "review_milestone": "里程碑审核", "bar_enterprise": "限制申报", "forfeit": "划转保证金（未达目标）"}
OPERATION_ZH = {op: _BUTTON_WORDING.get(op, _CATALOGUE_ZH[op]) for op in (
    "apply", "accept", "assign_experts", "expert_opinion", "approve", "reject", "withdraw", "pay_deposit",
    "start_milestone", "report_completion", "pay_rest", "assess_milestone", "review_milestone", "release",
    "pay_premium", "pay_premium_subsidy", "insurance_payout", "submit_audit", "award_subsidy", "pay_subsidy",
    "revoke_subsidy", "init_program", "top_up_pool", "bar_enterprise", "forfeit", "confirm_policy", "extend_period")}
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


def wan(fen: int) -> str:
    """Integer fen as a plain number of 万元 for the forms' inputs, exactly (zhengce.money.plain_wan):
    1000000 → "1", 1234 → "0.001234"."""
    return plain_wan(int(fen))


WAN_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def money_field(value: str) -> str:
    """A console amount: a bare number is 万元 (the forms' unit) → "20.5万"; anything else ("5000元",
    "1亿", "300万") goes to the program's parser as written. Exact: never a float."""
    v = value.strip().replace(",", "").replace("，", "")
    return f"{v}万" if WAN_NUMBER.match(v) else value.strip()


# -- accounts: Chinese names and the sign convention -------------------------------------------------------
ACCOUNT_KINDS = {
    "pool": ("科创风险池", False, "政府设立的风险池：垫付平台立项预算，里程碑完成后由平台归还"),
    "escrow": ("安心宝专户", False, "第三方托管的项目子账户：企业的保证金和剩余经费"),
    "platform": ("平台", False, "科创平台收到的立项预算和拨付资金"),
    "finance": ("区财政", True, "区财政：注资风险池，支付保费补助和资助"),
    "enterprise": ("企业", True, "企业自有资金"),
    "insurer": ("保险公司", True, "承保科创保险的保险公司"),
}
SIGN_NOTE = ("余额单位为万元。科创风险池、安心宝专户和平台账户是计划内账户，余额不能为负。区财政、企业和保险公司是"
             "计划外的外部账户：余额为负表示已付入计划的金额（例如区财政 −1亿元 = 已向风险池注资1亿元），为正表示"
             "从计划收到的金额。所有账户余额之和恒为0（复式记账）。")


def account_label(acct: str) -> dict[str, Any]:
    """pool → 科创风险池; escrow:P1 → 安心宝专户 · P1; finance → 区财政; enterprise:E1 → 企业 E1 …"""
    kind, _, party = acct.partition(":")
    name, external, meaning = ACCOUNT_KINDS.get(kind, (kind, False, ""))
    label = name if not party else (f"{name} · {party}" if kind == "escrow" else f"{name} {party}")
    return {"key": acct, "label": label, "external": external, "meaning": meaning}


def when(at: str | None) -> str:
    """An event time without the ISO "T" and seconds: 2025-03-01T14:05:09+08:00 → 2025-03-01 14:05."""
    if not at:
        return "—"
    text = str(at)
    if "T" not in text:
        return text[:16]
    day, _, clock = text.partition("T")
    return f"{day} {clock[:5]}"


def _action(op: str, project: dict, milestone: dict | None = None, fields: list[dict] | None = None,
            note: str = "", year: int | None = None) -> dict[str, Any]:
    return {"operation": op, "label": OPERATION_ZH.get(op, op), "project": project["id"],
            "milestone": milestone["no"] if milestone else None, "fields": fields or [], "note": note,
            "year": year}


def _current(project: dict) -> dict | None:
    for m in project["milestones"]:
        if m["state"] not in ("released", "forfeited", "cancelled"):
            return m
    return None


APPROVED_STATES = ("active", "completed", "failed", "withdrawn")


def _money(name: str, label: str, value: str = "", **extra: Any) -> dict[str, Any]:
    return {"name": name, "label": label, "type": "money", "value": value, **extra}


def _text(name: str, label: str, value: str = "") -> dict[str, Any]:
    return {"name": name, "label": label, "type": "text", "value": value}


def _ratio(params: Any, first: bool) -> Fraction:
    return Fraction(params.first_deposit_min_ratio if first else params.next_deposit_min_ratio)


def pending_actions(role: str, party: str, project: dict, params: Any, year: int | None = None) -> list[dict[str, Any]]:
    """Actions `role:party` may take now on `project`, with the form fields each needs (amounts in 万元)."""
    out: list[dict[str, Any]] = []
    state = project["state"]
    m = _current(project) if state == "active" else None
    mine = party in (project.get("enterprise"), project.get("platform"))
    ins = project.get("insurance") or None
    failed = any(x["state"] in ("failed", "forfeited") for x in project["milestones"])
    if role == "platform" and party == project["platform"]:
        if state == "applied" and not project.get("accepted"):
            out.append(_action("accept", project))
        if m and m["state"] == "deposit_paid":
            out.append(_action("start_milestone", project, m, [
                _money("budget", "立项预算，不少于本期经费", wan(m["amount"]))]))
        if m and m["state"] == "in_progress":
            out.append(_action("report_completion", project, m))
    elif role == "enterprise" and party == project["enterprise"]:
        if m and m["state"] == "planned":
            ratio = _ratio(params, m["no"] == 1)
            minimum = _ceil_share(m["amount"], ratio)
            out.append(_action("pay_deposit", project, m, [
                _money("amount", "保证金", wan(minimum),
                       deposit={"tranche_fen": m["amount"], "num": ratio.numerator, "den": ratio.denominator})],
                note=f"本期经费 {format_fen(m['amount'])} × {_pct(ratio)} = 最低保证金 {format_fen(minimum)}，至多本期经费"))
        if m and m["state"] == "completed" and m["deposit"] + m["rest"] < m["amount"]:
            out.append(_action("pay_rest", project, m, [
                _money("amount", "剩余经费", wan(m["amount"] - m["deposit"] - m["rest"]))]))
        if ins and ins.get("confirmed") and not ins.get("premium_paid"):
            out.append(_action("pay_premium", project, None, [_money("amount", "保费", wan(ins["premium"]))],
                               note=f"保险公司 {ins['insurer']}；区财政补助保费的 {_pct(Fraction(params.premium_subsidy_rate))}"))
        busy = any(x["state"] in ("in_progress", "completed", "approved", "failed") for x in project["milestones"])
        if state in ("applied", "under_review", "active") and not busy:
            out.append(_action("withdraw", project, note="撤回后未启动里程碑的保证金退还企业"))
    elif role == "bureau" and not mine:
        if state in ("applied", "under_review") and project.get("accepted") and not project.get("experts"):
            out.append(_action("assign_experts", project, None, [_text("experts", "专家编号（多个用逗号分隔）")]))
        if state == "under_review" and project.get("opinions"):
            out.append(_action("approve", project))
            out.append(_action("reject", project, None, [_text("note", "理由")]))
        if m and m["state"] in ("completed", "in_progress"):
            out.append(_action("review_milestone", project, m, [
                {"name": "result", "label": "审核结论", "type": "select",
                 "options": [("passed", "通过"), ("failed", "不通过")], "value": "passed"},
                _text("note", "意见")],
                note="通过须本期经费已足额存入" if m["state"] == "completed" else "进行中只能判定不通过"))
        for y, audit in sorted((project.get("audits") or {}).items()):
            award = (project.get("subsidies") or {}).get(y)
            if award is None or award["state"] == "voided":
                out.append(_action("award_subsidy", project, None, [], year=int(y),
                                   note=f"{y}年审计实际投入 {format_fen(audit['actual_spending'])}，扣除当年保险理赔后的 "
                                        f"{_pct(Fraction(params.funding_subsidy_rate))}，每家企业每年至多 "
                                        f"{format_fen(params.funding_subsidy_cap_per_enterprise_year)}"))
            elif award["state"] == "awarded":
                out.append(_action("revoke_subsidy", project, None, [], year=int(y),
                                   note=f"{y}年已核定 {format_fen(award['amount'])}，尚未拨付"))
    elif role == "expert" and party in project.get("experts", []):
        if state == "under_review" and party not in project.get("opinions", {}):
            out.append(_action("expert_opinion", project, None, [
                {"name": "result", "label": "评审意见", "type": "select", "options": PASS_FAIL, "value": "pass"},
                _text("note", "说明")]))
        if m and m["state"] in ("in_progress", "completed") and party not in m.get("assessments", {}):
            out.append(_action("assess_milestone", project, m, [
                {"name": "result", "label": "验收意见", "type": "select", "options": PASS_FAIL, "value": "pass"},
                _text("note", "说明")]))
    elif role == "operator":
        for x in project["milestones"]:
            if x["state"] == "approved":
                out.append(_action("release", project, x))
            elif x["state"] == "failed":
                out.append(_action("forfeit", project, x, note="里程碑未达目标：保证金划转平台，已付尾款退还企业"))
        if state in APPROVED_STATES and year is not None and str(year) not in (project.get("audits") or {}) \
                and not mine:
            out.append(_action("submit_audit", project, None, [
                _text("year", "审计年度", str(year)),
                _money("actual_spending", "实际合作经费投入，留空 = 当年经安心宝拨付平台的金额"),
                _text("note", "审计说明")]))
    elif role == "finance" and not mine:
        if ins and ins.get("premium_paid") and ins.get("premium_subsidy") is None and state in APPROVED_STATES:
            from zhengce.programs.anxinbao.money import fen_times
            share = min(fen_times(ins["premium"], Fraction(params.premium_subsidy_rate)), params.premium_subsidy_cap)
            out.append(_action("pay_premium_subsidy", project, None, [],
                               note=f"保费 {format_fen(ins['premium'])} × {_pct(Fraction(params.premium_subsidy_rate))}，"
                                    f"至多 {format_fen(params.premium_subsidy_cap)}：应付 {format_fen(share)}"))
        for y, award in sorted((project.get("subsidies") or {}).items()):
            if award["state"] == "awarded":
                out.append(_action("pay_subsidy", project, None, [], year=int(y),
                                   note=f"{y}年核定资助 {format_fen(award['amount'])}"))
    elif role == "insurer" and ins and party == ins.get("insurer"):
        if not ins.get("confirmed"):
            out.append(_action("confirm_policy", project))
        elif ins.get("premium_paid") and failed:
            out.append(_action("insurance_payout", project, None, [_money("amount", "理赔金额")],
                               note="里程碑未达目标；理赔金额从资助基数中扣除"))
    return out


def _pct(ratio: Fraction) -> str:
    value = ratio * 100
    return f"{value.numerator // value.denominator}%" if value.denominator == 1 else f"{float(value):g}%"


def program_actions(role: str, params: Any) -> list[dict[str, Any]]:
    """Actions not on one project: the enterprise applies, finance tops up the pool, the bureau bars an
    enterprise or extends the trial period."""
    none: dict[str, Any] = {"id": None}
    if role == "finance":
        return [_action("top_up_pool", none, None, [_money("amount", "追加金额")],
                        note="三、1：首期资金用完时，由区财政确认是否追加")]
    if role == "bureau":
        return [_action("bar_enterprise", none, None, [_text("enterprise", "企业编号"), _text("reason", "理由（如弄虚作假）")],
                        note="五、(三)：该企业不得再享受本政策，未拨付的资助作废"),
                _action("extend_period", none, None, [{"name": "until", "label": "延长至（日期）", "type": "date", "value": ""},
                                                      _text("reason", "理由")],
                        note="每次至多延长两年")]
    return []


FORMS = ("项目合作", "技术转化", "联合研究中心", "联合实验室")
ARG_FIELDS = ("amount", "budget", "result", "note", "year", "actual_spending", "until", "reason", "enterprise")
MONEY_FIELDS = ("amount", "budget", "actual_spending")


def form_args(operation: str, project: str | None, milestone: str | None, form: dict[str, str | None]) -> dict[str, Any]:
    """The operation's arguments from a submitted console form (money: 万元 numbers → "20万" strings)."""
    args: dict[str, Any] = {"project": project} if project else {}
    if milestone:  # digits as a number; anything else goes as typed, and the program refuses it in words
        m = milestone.strip()
        args["milestone"] = int(m) if m.isascii() and m.isdigit() else m
    for key in ARG_FIELDS:
        value = (form.get(key) or "").strip()
        if value:
            args[key] = money_field(value) if key in MONEY_FIELDS else value
    experts = (form.get("experts") or "").replace("，", ",")
    if experts.strip():
        args["experts"] = [e.strip() for e in experts.split(",") if e.strip()]
    return args


def apply_args(form: dict[str, Any]) -> dict[str, Any]:
    """The `apply` arguments from the console's application form (up to six milestones; blank rows skipped)."""
    args: dict[str, Any] = {}
    for key in ("project", "platform", "title", "form"):
        value = (form.get(key) or "").strip()
        if value:
            args[key] = value
    for key in ("contract_total", "equipment"):
        value = (form.get(key) or "").strip()
        if value:
            args[key] = money_field(value)
    milestones = []
    for goal, amount, months in zip(form.get("m_goal") or [], form.get("m_amount") or [], form.get("m_months") or []):
        goal, amount, months = (goal or "").strip(), (amount or "").strip(), (months or "").strip()
        if not (goal or amount or months):
            continue
        item: dict[str, Any] = {"goal": goal, "amount": money_field(amount)}
        if months:
            item["months"] = months
        milestones.append(item)
    args["milestones"] = milestones
    insurer, premium = (form.get("insurer") or "").strip(), (form.get("premium") or "").strip()
    if insurer or premium:
        args["insurance"] = {"insurer": insurer, "premium": money_field(premium)}
    return args
