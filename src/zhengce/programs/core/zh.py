"""The Chinese words refusals are written with (issue 15 item 1): roles, operations, states, amounts.
Every refusal message of a program is Chinese; its English `code` stays stable for machines."""

from __future__ import annotations

ROLE_ZH = {
    "enterprise": "企业", "platform": "科创平台", "bureau": "主管部门", "expert": "专家", "operator": "第三方运营机构",
    "finance": "区财政", "insurer": "保险公司", "auditor": "审计部门", "district": "区县主管部门",
    "city": "市主管部门",
}
OPERATION_ZH = {
    # 科创安心宝
    "apply": "申请立项", "accept": "揭榜承接", "assign_experts": "指派专家", "expert_opinion": "出具专家评审意见",
    "approve": "准予立项", "reject": "不予立项", "withdraw": "撤回项目", "pay_deposit": "存入保证金",
    "start_milestone": "启动里程碑", "report_completion": "报告完成", "pay_rest": "支付剩余经费",
    "assess_milestone": "出具专家验收意见", "review_milestone": "审核里程碑", "release": "拨付资金",
    "forfeit": "划转保证金", "pay_premium": "缴纳保费", "pay_premium_subsidy": "拨付保费补助",
    "insurance_payout": "保险理赔", "submit_audit": "提交年度审计", "award_subsidy": "核定资助",
    "pay_subsidy": "拨付资助", "revoke_subsidy": "撤销资助", "init_program": "初始化", "top_up_pool": "补充风险池",
    "bar_enterprise": "限制企业申报", "confirm_policy": "确认保单", "extend_period": "延长试行期",
    # 申报通知 selection
    "fund": "拨入奖励资金", "forward": "报送申报", "register_expert": "登记专家", "score": "评分",
    "close_panel": "结束评审", "publish": "公示", "object": "提出异议", "decide_objection": "处理异议",
    "confirm": "行文确认", "pay": "拨付奖励",
}
STATE_ZH = {
    "applied": "已申请", "under_review": "评审中", "active": "实施中", "rejected": "未立项", "withdrawn": "已撤回",
    "completed": "已完成", "failed": "未达目标", "planned": "待存入保证金", "deposit_paid": "保证金已存入",
    "in_progress": "进行中", "approved": "审核通过待拨付", "released": "已拨付", "forfeited": "保证金已划转",
    "cancelled": "已取消", "forwarded": "已报送", "selected": "入选", "not_selected": "未入选",
    "objection_upheld": "异议成立", "confirmed": "已确认", "awarded": "已核定待拨付", "paid": "已拨付",
    "voided": "已撤销", "nil": "无可资助额", "pending": "待处理", "posted": "已入账",
}


def role(name: str) -> str:
    return ROLE_ZH.get(name, name)


def actor(a) -> str:
    """enterprise:E1 → 企业 E1"""
    text = str(a)
    r, _, ident = text.partition(":")
    return f"{role(r)} {ident}" if ident else role(r)


def op(name: str) -> str:
    return OPERATION_ZH.get(name, name)


def state(name: str) -> str:
    return STATE_ZH.get(name, name)


def states(names) -> str:
    return "或".join(f"“{state(n)}”" for n in sorted(names))


def money(fen: int) -> str:
    """Integer fen in the house style (zhengce.money, docs/money.md): 20万元, 1,234.50元."""
    from zhengce.money import format_fen

    return format_fen(int(fen))


def pct(ratio) -> str:
    """A ratio as a percent (zhengce.money.format_rate): 1/10 → 10%."""
    from fractions import Fraction

    from zhengce.money import format_rate

    return format_rate(Fraction(ratio))


FIELD_ZH = {
    "amount": "金额", "contract_total": "协议总合作经费", "equipment": "设备购置费", "budget": "立项预算",
    "premium": "保费", "actual_spending": "实际合作经费投入", "project": "项目编号", "platform": "平台编号",
    "milestone": "里程碑", "milestones": "里程碑", "experts": "专家", "result": "结论", "year": "年度",
    "until": "延长至", "reason": "理由", "enterprise": "企业编号", "insurer": "保险公司", "share": "比例",
    "months": "月数", "days": "天数", "goal": "目标", "application": "申报编号", "district": "区县",
    "group": "行业组", "scores": "分数", "stage": "评审环节", "title": "项目名称", "form": "合作方式",
    "note": "说明", "name": "名称", "objection": "异议编号", "expert": "专家编号", "links": "关联企业",
}
ACCOUNT_ZH = {"pool": "科创风险池", "escrow": "安心宝专户", "platform": "平台", "finance": "区财政",
              "enterprise": "企业", "insurer": "保险公司", "award": "奖励资金账户"}


def short(ident, limit: int = 80) -> str:
    """An id as typed, cut short: a 100,000-character id (from a URL) is not echoed whole."""
    text = str(ident)
    return text if len(text) <= limit else text[:limit] + "…"


def field(name: str) -> str:
    """A field's Chinese label, with the field name for the API (金额 amount)."""
    label = FIELD_ZH.get(str(name))
    return f"{label}（{name}）" if label else str(name)


def account(acct: str) -> str:
    """pool → 科创风险池; escrow:P1 → 安心宝专户 P1; enterprise:E1 → 企业 E1."""
    kind, _, party = str(acct).partition(":")
    name = ACCOUNT_ZH.get(kind, kind)
    return f"{name} {party}" if party else name


def problem(code: str, message: str) -> dict:
    """One inconsistency found by verify: a stable English `code` for machines, a Chinese `message` for people."""
    return {"code": code, "message": message}


def fen_or_raw(value) -> str:
    """An amount in fen as money text; a value that is not an integer (an edited row) as it stands."""
    return money(value) if isinstance(value, int) and not isinstance(value, bool) else repr(value)
