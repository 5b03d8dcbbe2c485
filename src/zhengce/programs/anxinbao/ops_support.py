"""Support around the escrow: 科创保险 and its premium subsidy (三、4), the yearly audit and the funding
subsidy (三、5; 四、4). Subsidies are two-phase: the bureau's award reserves the money at district
finance (pending), finance's payment posts it, a revocation or a bar voids it."""

from __future__ import annotations

from .errors import InvalidInput, InvalidState, PermissionDenied
from .money import fen_times, yuan
from .ops import money_arg, note_arg, operation, text_arg, year_arg
from .ops_project import project_for, refuse_if_barred
from .roles import require_not_party
from .workflow import Ctx
from zhengce.programs.core import zh

APPROVED_STATES = {"active", "completed", "failed", "withdrawn"}


def _insurance(project: dict) -> dict:
    if not project.get("insurance"):
        raise InvalidState(f"项目 {project['id']} 没有投保科创保险", code="no_insurance")
    return project["insurance"]


@operation("confirm_policy", "insurer", doc="申请中所列的保险公司确认已承保；确认前该保单不计入项目。")
def confirm_policy(ctx: Ctx, args: dict) -> dict:
    """The insurer named in the application confirms it wrote the policy; until then the policy does not
    count (no premium, no premium subsidy, no payout)."""
    project = ctx.require("project", text_arg(args, "project"))
    ins = _insurance(project)
    if ctx.actor.id != ins["insurer"]:
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 不是项目 {project['id']} 的承保保险公司")
    if ins.get("confirmed"):
        raise InvalidState(f"项目 {project['id']} 的保单已确认", code="already_confirmed")
    ins["confirmed"], ins["confirmed_at"] = True, ctx.at
    return {"project": project["id"], "insurer": ins["insurer"], "premium": yuan(ins["premium"])}


def _confirmed(project: dict) -> dict:
    ins = _insurance(project)
    if not ins.get("confirmed"):
        raise InvalidState(f"保险公司 {ins['insurer']} 尚未确认项目 {project['id']} 的保单",
                           code="policy_not_confirmed")
    return ins


@operation("pay_premium", "enterprise", doc="企业缴纳申请时申报的保单保费。")
def pay_premium(ctx: Ctx, args: dict) -> dict:
    """The enterprise pays the premium of the policy it declared with its application."""
    project = project_for(ctx, args, "缴纳保费")
    ins = _confirmed(project)
    if ins["premium_paid"]:
        raise InvalidState(f"项目 {project['id']} 的保费已缴纳", code="already_paid")
    amount = money_arg(args, "amount", None) or ins["premium"]
    if amount != ins["premium"]:
        raise InvalidInput(f"保单的保费为 {zh.money(ins['premium'])}，不是 {zh.money(amount)}", code="wrong_premium")
    ctx.ledger.transfer(f"enterprise:{project['enterprise']}", f"insurer:{ins['insurer']}", amount, "premium",
                        project=project["id"])
    ins["premium_paid"], ins["premium_paid_at"] = True, ctx.at
    return {"project": project["id"], "premium": yuan(amount)}


@operation("pay_premium_subsidy", "finance", doc="区财政按参数所定比例和上限向企业拨付保费补助（按每个项目的保单计）。")
def pay_premium_subsidy(ctx: Ctx, args: dict) -> dict:
    """District finance pays the enterprise 80% of the premium, at most 50万 (per project's policy)."""
    project = ctx.require("project", text_arg(args, "project"))
    require_not_party(ctx.actor, project, "补助")
    ins = _confirmed(project)
    if project["state"] not in APPROVED_STATES:
        raise InvalidState(f"项目 {project['id']} 为“{zh.state(project['state'])}”，只有准予立项的项目才能获得补助",
                           code="not_approved")
    if not ins["premium_paid"]:
        raise InvalidState(f"项目 {project['id']} 的保费尚未缴纳", code="premium_not_paid")
    if ins["premium_subsidy"] is not None:
        raise InvalidState(f"项目 {project['id']} 的保费补助已拨付", code="already_paid")
    refuse_if_barred(ctx, project["enterprise"], "获得保费补助")
    raw = fen_times(ins["premium"], ctx.params.premium_subsidy_rate)
    amount = min(raw, ctx.params.premium_subsidy_cap)
    ctx.ledger.transfer("finance", f"enterprise:{project['enterprise']}", amount, "premium_subsidy",
                        project=project["id"])
    ins["premium_subsidy"] = amount
    return {"project": project["id"], "premium_subsidy": yuan(amount), "capped": amount < raw}


@operation("insurance_payout", "insurer", doc="保险公司定损后，在研发失败或里程碑未达目标时向企业理赔。")
def insurance_payout(ctx: Ctx, args: dict) -> dict:
    """The insurer, after assessing the loss, pays the enterprise when research failed or a milestone was
    missed (三、4). The payout is deducted from the subsidy base (三、5)."""
    project = ctx.require("project", text_arg(args, "project"))
    if ctx.actor.id != (project.get("insurance") or {}).get("insurer"):
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 不是项目 {project['id']} 的承保保险公司")
    ins = _confirmed(project)
    if not ins["premium_paid"]:
        raise InvalidState(f"项目 {project['id']} 的保费未缴纳，保单未生效",
                           code="premium_not_paid")
    if not any(m["state"] in ("failed", "forfeited") for m in project["milestones"]):
        raise InvalidState(f"项目 {project['id']} 没有未达目标的里程碑，无需理赔",
                           code="no_failure")
    amount = money_arg(args, "amount")
    ctx.ledger.transfer(f"insurer:{ins['insurer']}", f"enterprise:{project['enterprise']}", amount,
                        "insurance_payout", project=project["id"])
    ins["payouts"].append({"amount": amount, "year": ctx.year, "at": ctx.at})
    return {"project": project["id"], "payout": yuan(amount)}


def _spent_through_escrow(ctx: Ctx, project: dict, year: int) -> int:
    """Enterprise money that reached the platform for the project in `year` (released or forfeited)."""
    row = ctx.tx.one("SELECT COALESCE(SUM(amount), 0) FROM transfers WHERE project = ? AND kind = 'post_pending'"
                     " AND code IN ('release', 'forfeit') AND at >= ? AND at < ?",
                     (project["id"], f"{year:04d}-01-01", f"{year + 1:04d}-01-01"))
    return int(row[0])


@operation("submit_audit", "operator", doc="第三方年度评估和专项审计：报送项目当年实际合作经费投入。")
def submit_audit(ctx: Ctx, args: dict) -> dict:
    """The third party's yearly evaluation and special audit: the project's actual cooperation spending
    (四、4). Without `actual_spending`, what the enterprise paid to the platform through 安心宝 that year."""
    project = ctx.require("project", text_arg(args, "project"))
    require_not_party(ctx.actor, project, "审计")
    if project["state"] not in APPROVED_STATES:
        raise InvalidState(f"项目 {project['id']} 为“{zh.state(project['state'])}”，只有准予立项的项目才进行年度审计",
                           code="not_approved")
    year = year_arg(args, ctx.year)
    if str(year) in project["audits"]:
        raise InvalidState(f"项目 {project['id']} 的{year}年度审计已提交", code="already_audited")
    spending = money_arg(args, "actual_spending", None, positive=False)
    if spending is None:
        spending = _spent_through_escrow(ctx, project, year)
    if spending < 0:
        raise InvalidInput("实际合作经费投入不能为负", code="invalid_amount")
    project["audits"][str(year)] = {"actual_spending": spending, "by": ctx.actor.id, "at": ctx.at,
                                    "note": note_arg(args)}
    return {"project": project["id"], "year": year, "actual_spending": yuan(spending)}


@operation("award_subsidy", "bureau", doc="主管部门按经审计的实际投入（扣除当年保险理赔）核定年度资助，以参数所定比例和每家企业年度上限为限，资助额在区财政预留待拨付。")
def award_subsidy(ctx: Ctx, args: dict) -> dict:
    """The bureau awards 30% of the audited spending net of the year's insurance payouts, within what is left
    of the enterprise's 300万 for the year; the amount is reserved at district finance (pending)."""
    project = project_for(ctx, args, "核定资助")
    require_not_party(ctx.actor, project, "核定资助")
    year = year_arg(args, ctx.year)
    audit = project["audits"].get(str(year))
    if audit is None and ctx.params.subsidy_from_audit:
        raise InvalidState(f"项目 {project['id']} 没有{year}年度审计结果，不能核定资助", code="not_audited")
    if str(year) in project["subsidies"] and project["subsidies"][str(year)]["state"] != "voided":
        raise InvalidState(f"项目 {project['id']} 的{year}年度资助已核定", code="already_awarded")
    refuse_if_barred(ctx, project["enterprise"], "获得资助")
    spending = audit["actual_spending"] if audit else money_arg(args, "actual_spending", positive=False)
    payouts = sum(p["amount"] for p in (project.get("insurance") or {}).get("payouts", []) if p["year"] == year)
    base = max(0, spending - payouts)
    raw = fen_times(base, ctx.params.funding_subsidy_rate)
    ent = ctx.require("enterprise", project["enterprise"])
    already = ent["subsidies"].get(str(year), 0)
    amount = max(0, min(raw, ctx.params.funding_subsidy_cap_per_enterprise_year - already))
    hold = None
    if amount:
        hold = ctx.ledger.transfer("finance", f"enterprise:{project['enterprise']}", amount, "subsidy",
                                   pending=True, project=project["id"]).id
    ent["subsidies"][str(year)] = already + amount
    project["subsidies"][str(year)] = {"spending": spending, "payouts": payouts, "base": base, "computed": raw,
                                       "amount": amount, "capped": amount < raw, "hold": hold,
                                       "state": "awarded" if amount else "nil", "at": ctx.at}
    return {"project": project["id"], "year": year, "base": yuan(base), "computed": yuan(raw),
            "amount": yuan(amount), "capped": amount < raw}


def _award(ctx: Ctx, args: dict) -> tuple[dict, str, dict]:
    project = ctx.require("project", text_arg(args, "project"))
    require_not_party(ctx.actor, project, "办理资助")
    year = str(year_arg(args, ctx.year))
    award = project["subsidies"].get(year)
    if award is None:
        raise InvalidState(f"项目 {project['id']} 没有已核定的{year}年度资助", code="not_awarded")
    if award["state"] != "awarded":
        raise InvalidState(f"项目 {project['id']} 的{year}年度资助{zh.state(award['state'])}", code=f"already_{award['state']}")
    return project, year, award


@operation("pay_subsidy", "finance", doc="区财政拨付已核定的资助。")
def pay_subsidy(ctx: Ctx, args: dict) -> dict:
    """District finance pays an awarded subsidy (posts the reservation)."""
    project, year, award = _award(ctx, args)
    refuse_if_barred(ctx, project["enterprise"], "获得资助")
    ctx.ledger.resolve(award["hold"], post=True)
    award["state"], award["paid_at"] = "paid", ctx.at
    return {"project": project["id"], "year": int(year), "paid": yuan(award["amount"])}


@operation("revoke_subsidy", "bureau", doc="主管部门撤销已核定但未拨付的资助。")
def revoke_subsidy(ctx: Ctx, args: dict) -> dict:
    """The bureau revokes an awarded, unpaid subsidy (voids the reservation)."""
    project, year, award = _award(ctx, args)
    ctx.ledger.resolve(award["hold"], post=False)
    award["state"] = "voided"
    ent = ctx.require("enterprise", project["enterprise"])
    ent["subsidies"][year] = ent["subsidies"].get(year, 0) - award["amount"]
    return {"project": project["id"], "year": int(year), "voided": yuan(award["amount"])}
