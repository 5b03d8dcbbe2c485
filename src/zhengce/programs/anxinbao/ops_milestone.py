"""Milestone money (三、運作模式 3.(1)–(3)): deposit, budget from the pool, completion, rest, review, release."""

from __future__ import annotations

from .errors import InvalidInput, InvalidState, PermissionDenied, Refused
from .money import fen_times, yuan
from .ops import arg, money_arg, note_arg, operation, quoted, text_arg
from .ops_project import project_for
from .roles import require_not_party
from .workflow import Ctx, add_months, move, pick_milestone, require_open
from zhengce.programs.core import zh


def _active(project: dict, what: str) -> None:
    require_open(project, what)
    if project["state"] != "active":
        raise InvalidState(f"{what}：项目 {project['id']} 为“{zh.state(project['state'])}”，尚未准予立项"
                           "（准予立项后才能办理）", code="not_approved")


@operation("pay_deposit", "enterprise", doc="企业为一期里程碑存入保证金（不低于该期经费的规定比例，至多为该期全部经费）。")
def pay_deposit(ctx: Ctx, args: dict) -> dict:
    """The enterprise pays a milestone's deposit (≥ the minimum share of its tranche, at most all of it)."""
    project = project_for(ctx, args, "存入保证金")
    _active(project, "存入保证金")
    m = pick_milestone(project, args)
    if m["state"] != "planned":
        raise InvalidState(f"项目 {project['id']} 第{m['no']}期为“{zh.state(m['state'])}”，保证金已存入",
                           code="deposit_already_paid")
    earlier = [x for x in project["milestones"] if x["no"] < m["no"] and x["state"] not in ("released", "forfeited")]
    if earlier:
        raise InvalidState(f"第{m['no']}期须在第{earlier[0]['no']}期拨付后进行，第{earlier[0]['no']}期现为“{zh.state(earlier[0]['state'])}”",
                           code="previous_milestone_open")
    amount = money_arg(args, "amount")
    ratio = ctx.params.first_deposit_min_ratio if m["no"] == 1 else ctx.params.next_deposit_min_ratio
    if amount * ratio.denominator < m["amount"] * ratio.numerator:  # exact: amount ≥ ratio × tranche
        minimum = -(-m["amount"] * ratio.numerator // ratio.denominator)
        raise InvalidInput(f"保证金 {zh.money(amount)} 低于本期经费 {zh.money(m['amount'])} 的 {zh.pct(ratio)}："
                           f"至少应存入 {zh.money(minimum)}，至多 {zh.money(m['amount'])}", code="deposit_below_minimum")
    if amount > m["amount"]:
        raise InvalidInput(f"保证金 {zh.money(amount)} 超过本期经费 {zh.money(m['amount'])}：至多存入本期经费", code="deposit_above_tranche")
    ctx.ledger.transfer(f"enterprise:{project['enterprise']}", f"escrow:{project['id']}", amount, "deposit",
                        project=project["id"], milestone=m["no"])
    m["deposit"], m["deposit_at"] = amount, ctx.at
    move(m, "deposit_paid", {"planned"}, "存入保证金")
    return {"project": project["id"], "milestone": m["no"], "deposit": yuan(amount)}


@operation("start_milestone", "platform", doc="平台启动里程碑，立项预算不低于本期经费，由科创风险池垫付（三、3.(2)）。")
def start_milestone(ctx: Ctx, args: dict) -> dict:
    """The platform opens the milestone with a budget ≥ its tranche, advanced from the risk pool (3.(2))."""
    project = project_for(ctx, args, "启动里程碑")
    _active(project, "启动里程碑")
    m = pick_milestone(project, args)
    allowed = {"deposit_paid"} | (set() if ctx.params.deposit_before_start else {"planned"})
    if m["state"] not in allowed:
        raise InvalidState(f"项目 {project['id']} 第{m['no']}期为“{zh.state(m['state'])}”，"
                           "企业的保证金存入安心宝后才能启动", code="deposit_not_paid" if m["state"] == "planned" else "invalid_state")
    earlier = [x for x in project["milestones"] if x["no"] < m["no"] and x["state"] not in ("released", "forfeited")]
    if earlier:
        raise InvalidState(f"第{earlier[0]['no']}期尚未拨付，不能启动下一期", code="previous_milestone_open")
    budget = money_arg(args, "budget", None) or fen_times(m["amount"], ctx.params.budget_min_ratio)
    minimum = -(-m["amount"] * ctx.params.budget_min_ratio.numerator // ctx.params.budget_min_ratio.denominator)
    if budget < minimum:
        raise InvalidInput(f"立项预算 {zh.money(budget)} 低于本期经费 {zh.money(minimum)}（立项预算不少于首笔合作经费）",
                           code="budget_below_tranche")
    ceiling = fen_times(m["amount"], ctx.params.pool_advance_max_ratio)
    if budget > ceiling:
        raise InvalidInput(f"立项预算 {zh.money(budget)} 超过风险池为本期垫付的上限 {zh.money(ceiling)}"
                           "（即核准的本期经费；参数 pool_advance_max_ratio）",
                           code="budget_above_ceiling")
    ctx.ledger.transfer("pool", f"platform:{project['platform']}", budget, "budget_advance",
                        project=project["id"], milestone=m["no"])
    m["budget"], m["started_at"] = budget, ctx.at
    m["due"] = add_months(ctx.at, m["months"]) if m.get("months") else None
    project["advance_outstanding"] += budget
    m["state"] = "in_progress"
    return {"project": project["id"], "milestone": m["no"], "budget": yuan(budget)}


@operation("report_completion", "platform", doc="平台报告里程碑完成，企业随即应支付本期尾款。")
def report_completion(ctx: Ctx, args: dict) -> dict:
    """The platform reports the milestone complete; the rest of the tranche falls due."""
    project = project_for(ctx, args, "报告完成")
    _active(project, "报告完成")
    m = pick_milestone(project, args)
    move(m, "completed", {"in_progress"}, f"报告第{m['no']}期完成")
    m["completed_at"] = ctx.at
    m["overdue"] = bool(m.get("due")) and ctx.at > m["due"]
    return {"project": project["id"], "milestone": m["no"], "rest_due": yuan(m["amount"] - m["deposit"])}


@operation("pay_rest", "enterprise", doc="里程碑完成后，企业将本期剩余经费（尾款）存入安心宝（三、3.(3)）。")
def pay_rest(ctx: Ctx, args: dict) -> dict:
    """The enterprise pays the rest (尾款) of the tranche into 安心宝 after completion (3.(3))."""
    project = project_for(ctx, args, "支付剩余经费")
    require_open(project, "支付剩余经费")
    m = pick_milestone(project, args)
    if m["state"] != "completed":
        raise InvalidState(f"项目 {project['id']} 第{m['no']}期为“{zh.state(m['state'])}”，"
                           "平台报告完成后才支付剩余经费", code="not_completed")
    due = m["amount"] - m["deposit"] - m["rest"]
    if due <= 0:
        raise InvalidState(f"第{m['no']}期没有应付的剩余经费", code="nothing_due")
    amount = money_arg(args, "amount", None) or due
    if amount != due:
        raise InvalidInput(f"应付剩余经费为 {zh.money(due)}，不是 {zh.money(amount)}", code="wrong_rest_amount")
    ctx.ledger.transfer(f"enterprise:{project['enterprise']}", f"escrow:{project['id']}", amount, "rest",
                        project=project["id"], milestone=m["no"])
    m["rest"] += amount
    return {"project": project["id"], "milestone": m["no"], "rest": yuan(amount)}


@operation("assess_milestone", "expert", doc="指派的专家对里程碑验收出具意见（五、(二) 里程碑验收）。")
def assess_milestone(ctx: Ctx, args: dict) -> dict:
    """An assigned expert gives an opinion on a milestone's acceptance (五、(二) 里程碑驗收)."""
    project = ctx.require("project", text_arg(args, "project"))
    if ctx.actor.id not in project["experts"]:
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 未被指派评审项目 {project['id']}")
    m = pick_milestone(project, args)
    if m["state"] not in ("in_progress", "completed"):
        raise InvalidState(f"第{m['no']}期为“{zh.state(m['state'])}”，无需验收")
    result = str(arg(args, "result")).lower()
    if result not in ("pass", "fail"):
        raise InvalidInput("验收意见应为 pass（通过）或 fail（不通过）")
    m["assessments"][ctx.actor.id] = {"result": result, "note": note_arg(args), "at": ctx.at}
    return {"project": project["id"], "milestone": m["no"], "assessment": result}


@operation("review_milestone", "bureau", doc="主管部门审核里程碑：通过则预留保证金和尾款拨给平台；未通过则预留保证金划转平台、尾款（如有）退还企业，再由运营机构拨付（三、3.(3)）。")
def review_milestone(ctx: Ctx, args: dict) -> dict:
    """The bureau's review: passed reserves deposit + rest for the platform; failed reserves the deposit
    for the platform (forfeit) and any rest for refund. The operator then releases (3.(3))."""
    project = project_for(ctx, args, "审核里程碑")
    require_not_party(ctx.actor, project, "审核")
    _active(project, "审核里程碑")
    m = pick_milestone(project, args)
    result = str(arg(args, "result")).strip().lower()
    escrow, platform = f"escrow:{project['id']}", f"platform:{project['platform']}"
    enterprise = f"enterprise:{project['enterprise']}"
    if result in ("pass", "passed"):
        if m["state"] != "completed":
            raise InvalidState(f"项目 {project['id']} 第{m['no']}期为“{zh.state(m['state'])}”，尚未完成，不能审核通过",
                               code="not_completed")
        if ctx.params.review_requires_rest_paid and m["deposit"] + m["rest"] < m["amount"]:
            raise InvalidState(f"第{m['no']}期剩余经费 {zh.money(m['amount'] - m['deposit'] - m['rest'])} "
                               "尚未存入，足额存入后才能审核通过", code="rest_not_paid")
        hold = ctx.ledger.transfer(escrow, platform, m["deposit"] + m["rest"], "release", pending=True,
                                   project=project["id"], milestone=m["no"])
        m["holds"] = [hold.id]
        m["state"] = "approved"
    elif result in ("fail", "failed"):
        move(m, "failed", {"in_progress", "completed"}, f"判定第{m['no']}期未达目标")
        holds = [ctx.ledger.transfer(escrow, platform, m["deposit"], "forfeit", pending=True,
                                     project=project["id"], milestone=m["no"])]
        if m["rest"] and ctx.params.refund_rest_on_failure:
            holds.append(ctx.ledger.transfer(escrow, enterprise, m["rest"], "rest_refund", pending=True,
                                             project=project["id"], milestone=m["no"]))
        m["holds"] = [h.id for h in holds]
    else:
        raise InvalidInput(f"审核结论应为 passed（通过）或 failed（不通过），收到 {quoted(result)}")
    m["review"] = {"result": m["state"], "by": ctx.actor.id, "at": ctx.at, "note": note_arg(args)}
    return {"project": project["id"], "milestone": m["no"], "state": m["state"]}


VERB_ZH = {"release": "拨付", "forfeit": "划转保证金"}


def _pay_out(ctx: Ctx, args: dict, state: str, verb: str) -> tuple[dict, dict, int, int]:
    """Post the transfers the bureau reserved for a milestone in `state`; money reaching the platform
    first repays the pool's advance (choice release_repays_pool_advance)."""
    project = ctx.require("project", text_arg(args, "project"))
    require_not_party(ctx.actor, project, f"{VERB_ZH.get(verb, verb)}")
    m = pick_milestone(project, args) if args.get("milestone") is not None else _first(project, state, verb)
    if m["state"] in ("released", "forfeited"):
        raise InvalidState(f"项目 {project['id']} 第{m['no']}期已是“{zh.state(m['state'])}”", code="already_released")
    if m["state"] != state:
        if state == "approved" and m["state"] == "failed":
            raise InvalidState(f"项目 {project['id']} 第{m['no']}期未达目标：保证金应划转（forfeit），不是拨付", code="milestone_not_met")
        if state == "failed" and m["state"] == "approved":
            raise InvalidState(f"项目 {project['id']} 第{m['no']}期已达目标：应拨付（release），没有可划转的保证金",
                               code="milestone_met")
        raise InvalidState(f"项目 {project['id']} 第{m['no']}期为“{zh.state(m['state'])}”，"
                           f"主管部门尚未作出可{VERB_ZH.get(verb, verb)}的审核结论", code="not_approved")
    to_platform = 0
    for hid in m["holds"]:
        t = ctx.ledger.resolve(hid, post=True)
        if t.credit == f"platform:{project['platform']}":
            to_platform += t.amount
    repaid = 0
    if ctx.params.release_repays_pool_advance:
        repaid = min(to_platform, project["advance_outstanding"])
        if repaid:
            ctx.ledger.transfer(f"platform:{project['platform']}", "pool", repaid, "advance_repayment",
                                project=project["id"], milestone=m["no"])
            project["advance_outstanding"] -= repaid
    m["released"], m["released_at"], m["repaid_to_pool"] = to_platform, ctx.at, repaid
    return project, m, to_platform, repaid


def _close(project: dict, m: dict) -> dict:
    if all(x["state"] in ("released", "forfeited", "cancelled") for x in project["milestones"]):
        done = all(x["state"] == "released" for x in project["milestones"])
        project["state"] = "completed" if done else "failed"
    return project


@operation("release", "operator", doc="第三方运营机构按主管部门审核结果，将达标里程碑的保证金和尾款拨付给平台。")
def release(ctx: Ctx, args: dict) -> dict:
    """The third-party operator pays a met milestone's deposit + rest to the platform, exactly as the bureau
    approved (posts the reserved transfer). A milestone not met is forfeited instead (operation forfeit)."""
    project, m, to_platform, repaid = _pay_out(ctx, args, "approved", "release")
    m["state"] = "released"
    _close(project, m)
    return {"project": project["id"], "milestone": m["no"], "state": m["state"], "to_platform": yuan(to_platform),
            "repaid_to_pool": yuan(repaid), "project_state": project["state"]}


@operation("forfeit", "operator", doc="第三方运营机构将未达目标里程碑的保证金经主管部门审核后划转给平台（保证金不予退还）。")
def forfeit(ctx: Ctx, args: dict) -> dict:
    """The operator pays a not-met milestone's deposit to the platform (保證金不予退還,經主管部門審核后撥付至
    科創平臺) and refunds any rest, as the bureau's failed review reserved."""
    project, m, to_platform, repaid = _pay_out(ctx, args, "failed", "forfeit")
    m["state"] = "forfeited"
    if ctx.params.failed_milestone_closes_project:
        for later in project["milestones"]:
            if later["state"] == "planned":
                later["state"] = "cancelled"
    _close(project, m)
    return {"project": project["id"], "milestone": m["no"], "state": m["state"], "to_platform": yuan(to_platform),
            "repaid_to_pool": yuan(repaid), "project_state": project["state"]}


def _first(project: dict, state: str, verb: str) -> dict:
    for m in project["milestones"]:
        if m["state"] in ("approved", "failed"):
            return m
    raise Refused(f"项目 {project['id']} 没有可{VERB_ZH.get(verb, verb)}的里程碑", code="not_approved")
