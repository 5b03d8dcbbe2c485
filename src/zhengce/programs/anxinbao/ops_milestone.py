"""Milestone money (三、運作模式 3.(1)–(3)): deposit, budget from the pool, completion, rest, review, release."""

from __future__ import annotations

from .errors import InvalidInput, InvalidState, PermissionDenied, Refused
from .money import fen_times, yuan
from .ops import arg, money_arg, operation, text_arg
from .ops_project import project_for
from .roles import require_not_party
from .workflow import Ctx, add_months, move, pick_milestone, require_open


def _active(project: dict, what: str) -> None:
    require_open(project, what)
    if project["state"] != "active":
        raise InvalidState(f"{what}: project {project['id']} is {project['state']}, not yet approved "
                           "(the deposit channel opens on approval)", code="not_approved")


@operation("pay_deposit", "enterprise")
def pay_deposit(ctx: Ctx, args: dict) -> dict:
    """The enterprise pays a milestone's deposit (≥ the minimum share of its tranche, at most all of it)."""
    project = project_for(ctx, args, "pay a deposit")
    _active(project, "pay a deposit")
    m = pick_milestone(project, args)
    if m["state"] != "planned":
        raise InvalidState(f"milestone {m['no']} of {project['id']} is {m['state']}; its deposit is paid",
                           code="deposit_already_paid")
    earlier = [x for x in project["milestones"] if x["no"] < m["no"] and x["state"] not in ("released", "forfeited")]
    if earlier:
        raise InvalidState(f"milestone {m['no']} follows milestone {earlier[0]['no']}, which is {earlier[0]['state']}",
                           code="previous_milestone_open")
    amount = money_arg(args, "amount")
    ratio = ctx.params.first_deposit_min_ratio if m["no"] == 1 else ctx.params.next_deposit_min_ratio
    if amount * ratio.denominator < m["amount"] * ratio.numerator:  # exact: amount ≥ ratio × tranche
        minimum = -(-m["amount"] * ratio.numerator // ratio.denominator)
        raise InvalidInput(f"deposit {yuan(amount)} is below {ratio.numerator * 100 / ratio.denominator:g}% of the "
                           f"tranche {yuan(m['amount'])} (at least {yuan(minimum)})", code="deposit_below_minimum")
    if amount > m["amount"]:
        raise InvalidInput(f"deposit {yuan(amount)} exceeds the tranche {yuan(m['amount'])}", code="deposit_above_tranche")
    ctx.ledger.transfer(f"enterprise:{project['enterprise']}", f"escrow:{project['id']}", amount, "deposit",
                        project=project["id"], milestone=m["no"])
    m["deposit"], m["deposit_at"] = amount, ctx.at
    move(m, "deposit_paid", {"planned"}, "pay deposit")
    return {"project": project["id"], "milestone": m["no"], "deposit": yuan(amount)}


@operation("start_milestone", "platform")
def start_milestone(ctx: Ctx, args: dict) -> dict:
    """The platform opens the milestone with a budget ≥ its tranche, advanced from the risk pool (3.(2))."""
    project = project_for(ctx, args, "start a milestone")
    _active(project, "start a milestone")
    m = pick_milestone(project, args)
    allowed = {"deposit_paid"} | (set() if ctx.params.deposit_before_start else {"planned"})
    if m["state"] not in allowed:
        raise InvalidState(f"milestone {m['no']} of {project['id']} is {m['state']}; it starts once its deposit "
                           "is in 安心宝", code="deposit_not_paid" if m["state"] == "planned" else "invalid_state")
    earlier = [x for x in project["milestones"] if x["no"] < m["no"] and x["state"] not in ("released", "forfeited")]
    if earlier:
        raise InvalidState(f"milestone {earlier[0]['no']} is not released yet", code="previous_milestone_open")
    budget = money_arg(args, "budget", None) or fen_times(m["amount"], ctx.params.budget_min_ratio)
    minimum = -(-m["amount"] * ctx.params.budget_min_ratio.numerator // ctx.params.budget_min_ratio.denominator)
    if budget < minimum:
        raise InvalidInput(f"budget {yuan(budget)} is below the tranche {yuan(minimum)} (立項預算不少于首筆合作經費)",
                           code="budget_below_tranche")
    ceiling = fen_times(m["amount"], ctx.params.pool_advance_max_ratio)
    if budget > ceiling:
        raise InvalidInput(f"budget {yuan(budget)} is above what the pool advances for this milestone, "
                           f"{yuan(ceiling)} (its approved tranche; choice pool_advance_max_ratio)",
                           code="budget_above_ceiling")
    ctx.ledger.transfer("pool", f"platform:{project['platform']}", budget, "budget_advance",
                        project=project["id"], milestone=m["no"])
    m["budget"], m["started_at"] = budget, ctx.at
    m["due"] = add_months(ctx.at, m["months"]) if m.get("months") else None
    project["advance_outstanding"] += budget
    m["state"] = "in_progress"
    return {"project": project["id"], "milestone": m["no"], "budget": yuan(budget)}


@operation("report_completion", "platform")
def report_completion(ctx: Ctx, args: dict) -> dict:
    """The platform reports the milestone complete; the rest of the tranche falls due."""
    project = project_for(ctx, args, "report completion")
    _active(project, "report completion")
    m = pick_milestone(project, args)
    move(m, "completed", {"in_progress"}, f"report milestone {m['no']} complete")
    m["completed_at"] = ctx.at
    m["overdue"] = bool(m.get("due")) and ctx.at > m["due"]
    return {"project": project["id"], "milestone": m["no"], "rest_due": yuan(m["amount"] - m["deposit"])}


@operation("pay_rest", "enterprise")
def pay_rest(ctx: Ctx, args: dict) -> dict:
    """The enterprise pays the rest (尾款) of the tranche into 安心宝 after completion (3.(3))."""
    project = project_for(ctx, args, "pay the rest")
    require_open(project, "pay the rest")
    m = pick_milestone(project, args)
    if m["state"] != "completed":
        raise InvalidState(f"milestone {m['no']} of {project['id']} is {m['state']}; the rest is paid after "
                           "completion", code="not_completed")
    due = m["amount"] - m["deposit"] - m["rest"]
    if due <= 0:
        raise InvalidState(f"nothing is due on milestone {m['no']}", code="nothing_due")
    amount = money_arg(args, "amount", None) or due
    if amount != due:
        raise InvalidInput(f"the rest due is {yuan(due)}, not {yuan(amount)}", code="wrong_rest_amount")
    ctx.ledger.transfer(f"enterprise:{project['enterprise']}", f"escrow:{project['id']}", amount, "rest",
                        project=project["id"], milestone=m["no"])
    m["rest"] += amount
    return {"project": project["id"], "milestone": m["no"], "rest": yuan(amount)}


@operation("assess_milestone", "expert")
def assess_milestone(ctx: Ctx, args: dict) -> dict:
    """An assigned expert gives an opinion on a milestone's acceptance (五、(二) 里程碑驗收)."""
    project = ctx.require("project", text_arg(args, "project"))
    if ctx.actor.id not in project["experts"]:
        raise PermissionDenied(f"{ctx.actor} is not assigned to project {project['id']}")
    m = pick_milestone(project, args)
    if m["state"] not in ("in_progress", "completed"):
        raise InvalidState(f"milestone {m['no']} is {m['state']}; nothing to assess")
    result = str(arg(args, "result")).lower()
    if result not in ("pass", "fail"):
        raise InvalidInput("result must be pass or fail")
    m["assessments"][ctx.actor.id] = {"result": result, "note": str(args.get("note", "")), "at": ctx.at}
    return {"project": project["id"], "milestone": m["no"], "assessment": result}


@operation("review_milestone", "bureau")
def review_milestone(ctx: Ctx, args: dict) -> dict:
    """The bureau's review: passed reserves deposit + rest for the platform; failed reserves the deposit
    for the platform (forfeit) and any rest for refund. The operator then releases (3.(3))."""
    project = project_for(ctx, args, "review")
    require_not_party(ctx.actor, project, "review")
    _active(project, "review a milestone")
    m = pick_milestone(project, args)
    result = str(arg(args, "result")).strip().lower()
    escrow, platform = f"escrow:{project['id']}", f"platform:{project['platform']}"
    enterprise = f"enterprise:{project['enterprise']}"
    if result in ("pass", "passed"):
        if m["state"] != "completed":
            raise InvalidState(f"milestone {m['no']} of {project['id']} is {m['state']}, not completed",
                               code="not_completed")
        if ctx.params.review_requires_rest_paid and m["deposit"] + m["rest"] < m["amount"]:
            raise InvalidState(f"the rest of milestone {m['no']} ({yuan(m['amount'] - m['deposit'] - m['rest'])}) "
                               "is not paid", code="rest_not_paid")
        hold = ctx.ledger.transfer(escrow, platform, m["deposit"] + m["rest"], "release", pending=True,
                                   project=project["id"], milestone=m["no"])
        m["holds"] = [hold.id]
        m["state"] = "approved"
    elif result in ("fail", "failed"):
        move(m, "failed", {"in_progress", "completed"}, f"fail milestone {m['no']}")
        holds = [ctx.ledger.transfer(escrow, platform, m["deposit"], "forfeit", pending=True,
                                     project=project["id"], milestone=m["no"])]
        if m["rest"] and ctx.params.refund_rest_on_failure:
            holds.append(ctx.ledger.transfer(escrow, enterprise, m["rest"], "rest_refund", pending=True,
                                             project=project["id"], milestone=m["no"]))
        m["holds"] = [h.id for h in holds]
    else:
        raise InvalidInput(f"result must be passed or failed, got {result!r}")
    m["review"] = {"result": m["state"], "by": ctx.actor.id, "at": ctx.at, "note": str(args.get("note", ""))}
    return {"project": project["id"], "milestone": m["no"], "state": m["state"]}


def _pay_out(ctx: Ctx, args: dict, state: str, verb: str) -> tuple[dict, dict, int, int]:
    """Post the transfers the bureau reserved for a milestone in `state`; money reaching the platform
    first repays the pool's advance (choice release_repays_pool_advance)."""
    project = ctx.require("project", text_arg(args, "project"))
    require_not_party(ctx.actor, project, f"{verb} money of")
    m = pick_milestone(project, args) if args.get("milestone") is not None else _first(project, state, verb)
    if m["state"] in ("released", "forfeited"):
        raise InvalidState(f"milestone {m['no']} of {project['id']} is already {m['state']}", code="already_released")
    if m["state"] != state:
        if state == "approved" and m["state"] == "failed":
            raise InvalidState(f"milestone {m['no']} of {project['id']} was not met: its deposit is forfeited "
                               "(operation forfeit), not released", code="milestone_not_met")
        if state == "failed" and m["state"] == "approved":
            raise InvalidState(f"milestone {m['no']} of {project['id']} was met: release it, nothing is forfeited",
                               code="milestone_met")
        raise InvalidState(f"milestone {m['no']} of {project['id']} is {m['state']}; the bureau has not approved "
                           f"a {verb}", code="not_approved")
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


@operation("release", "operator")
def release(ctx: Ctx, args: dict) -> dict:
    """The third-party operator pays a met milestone's deposit + rest to the platform, exactly as the bureau
    approved (posts the reserved transfer). A milestone not met is forfeited instead (operation forfeit)."""
    project, m, to_platform, repaid = _pay_out(ctx, args, "approved", "release")
    m["state"] = "released"
    _close(project, m)
    return {"project": project["id"], "milestone": m["no"], "state": m["state"], "to_platform": yuan(to_platform),
            "repaid_to_pool": yuan(repaid), "project_state": project["state"]}


@operation("forfeit", "operator")
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
    raise Refused(f"project {project['id']} has no milestone approved for a {verb}", code="not_approved")
