"""Project life: program init, application, acceptance, expert review, approval, withdrawal, barring."""

from __future__ import annotations

import json
from fractions import Fraction

from . import ledger as L
from .errors import InvalidInput, InvalidState, PermissionDenied, Refused
from .money import fen_times, parse_ratio, yuan
from .ops import arg, check_id, free_text, money_arg, note_arg, operation, quoted, text_arg
from .roles import require_not_party, require_party
from .workflow import Ctx, add_months, move, parse_at
from zhengce.programs.core import zh

PROGRAM = ("program", "anxinbao")


@operation("init_program", "finance", doc="开启安心宝：区财政注入科创风险池首期资金（三、1）。")
def init_program(ctx: Ctx, args: dict) -> dict:
    """Open the program: district finance funds the first tranche of the risk pool (三、1)."""
    if ctx.get(*PROGRAM) is not None:
        raise InvalidState("本计划已经初始化", code="already_initialised")
    for acct in ("finance", "pool"):
        L.ensure_account(ctx.tx, acct)
    ctx.create(*PROGRAM, {"initialised_at": ctx.at, "pool_funded": ctx.params.pool_initial,
                          "period_start": parse_at(ctx.params.period_start),
                          "period_end": parse_at(ctx.params.period_end), "extensions": []})
    if ctx.params.pool_initial > 0:
        ctx.ledger.transfer("finance", "pool", ctx.params.pool_initial, "pool_funding")
    mode = ctx.tx.one("SELECT value FROM meta WHERE key = 'mode'")
    # the parameters and mode in force, bound into the chain: verify checks the meta table against them
    return {"pool": yuan(ctx.params.pool_initial), "parameters_sha256": parameters_digest(ctx.params.document),
            "mode": mode[0] if mode else None}


def parameters_digest(document: dict) -> str:
    import hashlib

    return hashlib.sha256(json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def program(ctx: Ctx) -> dict:
    doc = ctx.get(*PROGRAM)
    if doc is None:
        raise InvalidState("本计划尚未初始化（请先运行 init）", code="not_initialised")
    return doc


@operation("top_up_pool", "finance", doc="科创风险池用尽时由区财政追加资金（三、1：再根据实际情况确认是否追加）。")
def top_up_pool(ctx: Ctx, args: dict) -> dict:
    """District finance tops up the risk pool when it is used up (三、1: 再根據實際情況確認是否追加)."""
    prog = program(ctx)
    amount = money_arg(args, "amount")
    ctx.ledger.transfer("finance", "pool", amount, "pool_top_up")
    prog["pool_funded"] = prog.get("pool_funded", 0) + amount
    return {"pool_top_up": yuan(amount)}


@operation("extend_period", "bureau", doc="主管部门决定延长试行期（六、附则 试行期一年），该决定记入审计记录。")
def extend_period(ctx: Ctx, args: dict) -> dict:
    """Extend the program past its trial year (六、附則 試行期一年) — an explicit, audited decision."""
    prog = program(ctx)
    until = parse_at(arg(args, "until"))
    reason = note_arg(args, "reason", "")
    if not reason:
        raise InvalidInput(f"缺少{zh.field('reason')}：延长试行期须写明理由", code="missing_argument")
    if until <= prog["period_end"]:
        raise InvalidInput(f"试行期已到 {prog['period_end'][:10]}，请延长到更晚的日期",
                           code="invalid_extension")
    if until > add_months(prog["period_end"], 24):
        raise InvalidInput("每次至多延长两年", code="invalid_extension")
    prog["extensions"].append({"from": prog["period_end"], "until": until, "reason": reason,
                               "by": str(ctx.actor), "at": ctx.at})
    prog["period_end"] = until
    return {"period_end": until[:10]}


def enterprise_doc(ctx: Ctx, ident: str) -> dict:
    return ctx.get("enterprise", ident) or ctx.create("enterprise", ident, {"id": ident, "barred": False,
                                                                          "subsidies": {}})


GOAL_MAX = 500
MAX_MILESTONES = 20  # far above a real plan (each milestone ≤ 1 year); a list of 100,000 is refused, not stored
MAX_EXPERTS = 50


def _milestones(ctx: Ctx, raw, eligible: int) -> list[dict]:
    if not isinstance(raw, list) or not raw:
        raise InvalidInput("里程碑：请至少列出一个里程碑", code="missing_milestones")
    if len(raw) > MAX_MILESTONES:
        raise InvalidInput(f"里程碑至多{MAX_MILESTONES}期，收到{len(raw)}期")
    out, shares = [], []
    max_months = ctx.params.milestone_max_months
    for i, m in enumerate(raw, start=1):
        if not isinstance(m, dict):
            raise InvalidInput(f"第{i}期里程碑：应写明目标（goal）、经费（amount）和周期（months）")
        months, days = m.get("months"), m.get("days")
        try:
            if days is not None:
                days = int(str(days))
                too_long, period = days > max_months * 365 // 12, f"{days}天"
            else:
                months = int(str(arg(m, "months")))
                too_long, period = months > max_months, f"{months}个月"
        except ValueError:
            raise InvalidInput(f"第{i}期里程碑：月数或天数应为整数") from None
        if (months is not None and months <= 0) or (days is not None and days <= 0):
            raise InvalidInput(f"第{i}期里程碑：周期应大于0")
        if too_long:
            raise InvalidInput(f"第{i}期里程碑周期为{period}，单个里程碑至多{max_months}个月"
                               "（单个里程碑周期最长不超过1年）", code="milestone_too_long")
        if m.get("amount") is not None:
            amount = money_arg(m, "amount")
            shares.append(None)
        else:
            share = parse_ratio(arg(m, "share"), what=f"第{i}期比例")
            if share <= 0:
                raise InvalidInput(f"第{i}期里程碑：比例应大于0", code="non_positive_amount")
            shares.append(share)
            amount = fen_times(eligible, share)
        goal = free_text(m, "goal", limit=GOAL_MAX, multiline=True)
        out.append({"no": i, "goal": goal, "amount": amount, "months": months, "days": days,
                    "state": "planned", "deposit": 0, "rest": 0, "budget": 0, "holds": [], "assessments": {}})
    if all(s is not None for s in shares):
        if sum(shares, Fraction(0)) != 1:
            raise InvalidInput("各期比例之和应为100%", code="milestones_mismatch")
        out[-1]["amount"] += eligible - sum(m["amount"] for m in out)  # rounding remainder to the last
    total = sum(m["amount"] for m in out)
    if total != eligible:
        raise InvalidInput(f"各期经费合计 {zh.money(total)}，应等于协议合作经费（不含设备购置费）{zh.money(eligible)}",
                           code="milestones_mismatch")
    return out


FORM_MAX = 100


@operation("apply", "enterprise", doc="企业提交研发计划和合作协议申请立项（四、1），有科创保险的一并申报保单。")
def apply(ctx: Ctx, args: dict) -> dict:
    """The enterprise submits plan and agreement (四、1), with its insurance policy if any."""
    program(ctx)
    pid = text_arg(args, "project")
    if ctx.get("project", pid) is not None:
        raise InvalidState(f"项目 {pid} 已存在", code="duplicate_project")
    ent = enterprise_doc(ctx, ctx.actor.id)
    if ent["barred"] and ctx.params.barred_enterprises_lose_support:
        raise PermissionDenied(f"企业 {ctx.actor.id} 已被限制享受本政策（{ent.get('barred_reason') or '未说明理由'}），不能申请",
                               code="enterprise_barred")
    platform = text_arg(args, "platform")
    if platform == ctx.actor.id:
        raise InvalidInput("企业和平台不能是同一方")
    total = money_arg(args, "contract_total")
    equipment = money_arg(args, "equipment", 0, positive=False)
    if equipment < 0 or equipment > total:
        raise InvalidInput("设备购置费应在0与协议总合作经费之间", code="invalid_amount")
    eligible = total - equipment
    if eligible < ctx.params.min_contract_total:
        raise InvalidInput(f"扣除归企业固定资产的设备购置费后，协议合作经费为 {zh.money(eligible)}，"
                           f"应不低于 {zh.money(ctx.params.min_contract_total)}（总合作经费不低于300万元）",
                           code="contract_below_minimum")
    milestones = _milestones(ctx, arg(args, "milestones"), eligible)
    insurance = None
    if args.get("insurance"):
        ins = args["insurance"]
        if not isinstance(ins, dict):
            raise InvalidInput("科创保险：请写明保险公司（insurer）和保费（premium）")
        insurance = {"insurer": text_arg(ins, "insurer"), "premium": money_arg(ins, "premium"),
                     "premium_paid": False, "premium_subsidy": None, "payouts": []}
    for acct in (f"escrow:{pid}", f"enterprise:{ctx.actor.id}", f"platform:{platform}"):
        L.ensure_account(ctx.tx, acct)
    if insurance:
        L.ensure_account(ctx.tx, f"insurer:{insurance['insurer']}")
    doc = {"id": pid, "title": free_text(args, "title"), "form": free_text(args, "form", limit=FORM_MAX),
           "enterprise": ctx.actor.id, "platform": platform, "state": "applied", "accepted": False,
           "applied_at": ctx.at, "contract_total": total, "equipment": equipment, "eligible_total": eligible,
           "milestones": milestones, "experts": [], "opinions": {}, "insurance": insurance,
           "advance_outstanding": 0, "audits": {}, "subsidies": {}}
    ctx.create("project", pid, doc)
    return {"project": pid, "state": "applied"}


def project_for(ctx: Ctx, args: dict, action: str) -> dict:
    project = ctx.require("project", text_arg(args, "project"))
    require_party(ctx.actor, project, action)
    return project


@operation("accept", "platform", doc="科创平台揭榜承接项目并签订合作协议（三、2）。")
def accept(ctx: Ctx, args: dict) -> dict:
    """The platform takes the project on (揭榜) and signs the agreement (三、2)."""
    project = project_for(ctx, args, "揭榜承接")
    if project["state"] != "applied":
        raise InvalidState(f"项目 {project['id']} 为“{zh.state(project['state'])}”，不是“已申请”，不能揭榜承接")
    if project["accepted"]:
        raise InvalidState(f"项目 {project['id']} 已由平台揭榜承接", code="already_accepted")
    project["accepted"] = True
    return {"project": project["id"], "accepted": True}


@operation("assign_experts", "bureau", doc="主管部门指派专家组，评审项目可行性、合作条款和经费（四、2）。")
def assign_experts(ctx: Ctx, args: dict) -> dict:
    """The bureau assigns the expert team that reviews feasibility, terms and costs (四、2)."""
    project = project_for(ctx, args, "指派专家")
    require_not_party(ctx.actor, project, "评审")
    if not project["accepted"]:
        raise InvalidState(f"项目 {project['id']} 尚未由平台揭榜承接，不能指派专家", code="not_accepted")
    experts = arg(args, "experts")
    if isinstance(experts, str):
        experts = [experts]
    if not isinstance(experts, list):
        raise InvalidInput("专家：应为专家编号或专家编号的列表")
    if len(experts) > MAX_EXPERTS:
        raise InvalidInput(f"专家：一次至多指派{MAX_EXPERTS}名，收到{len(experts)}名")
    experts = [check_id(str(e).strip(), "experts") for e in experts if str(e).strip()]
    if not experts:
        raise InvalidInput("专家：请至少指派一名专家")
    for e in experts:
        if e in (project["enterprise"], project["platform"], ctx.actor.id):
            raise PermissionDenied(f"专家 {e} 是项目 {project['id']} 的当事方或指派人，应回避", code="conflict_of_interest")
    move(project, "under_review", {"applied", "under_review"}, f"为项目 {project['id']} 指派专家")
    project["experts"] = sorted(set(project["experts"]) | set(experts))
    return {"project": project["id"], "experts": project["experts"]}


def _opinion(args: dict) -> str:
    result = str(arg(args, "result")).strip().lower()
    if result not in ("pass", "passed", "fail", "failed"):
        raise InvalidInput(f"评审意见应为 pass（通过）或 fail（不通过），收到 {quoted(result)}")
    return "pass" if result.startswith("pass") else "fail"


@operation("expert_opinion", "expert", doc="指派的专家对项目出具评审意见（四、2；五、(二)）。")
def expert_opinion(ctx: Ctx, args: dict) -> dict:
    """An assigned expert gives its opinion on the project (四、2; 五、(二))."""
    project = ctx.require("project", text_arg(args, "project"))
    if ctx.actor.id not in project["experts"]:
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 未被指派评审项目 {project['id']}")
    if project["state"] != "under_review":
        raise InvalidState(f"项目 {project['id']} 为“{zh.state(project['state'])}”，不在评审中")
    if ctx.actor.id in project["opinions"]:
        raise InvalidState(f"{zh.actor(ctx.actor)} 已出具过评审意见", code="already_given")
    project["opinions"][ctx.actor.id] = {"result": _opinion(args), "note": note_arg(args), "at": ctx.at}
    return {"project": project["id"], "opinion": project["opinions"][ctx.actor.id]["result"]}


@operation("approve", "bureau", doc="主管部门对专家评审通过的项目准予立项，随后可存入保证金（四、2–3）。")
def approve(ctx: Ctx, args: dict) -> dict:
    """The bureau approves (准予立项) a project the experts passed; the deposit channel opens (四、2–3)."""
    project = project_for(ctx, args, "准予立项")
    require_not_party(ctx.actor, project, "审批")
    opinions = [o["result"] for o in project["opinions"].values()]
    allowed = {"under_review"}
    if ctx.params.expert_opinions_required == 0 and project["accepted"]:
        allowed.add("applied")  # no expert review configured
    if project["state"] == "under_review":
        if len(opinions) < ctx.params.expert_opinions_required:
            raise InvalidState(f"项目 {project['id']} 已有 {len(opinions)} 份专家意见，"
                               f"至少需要 {ctx.params.expert_opinions_required} 份", code="experts_pending")
        if "fail" in opinions:
            raise InvalidState(f"项目 {project['id']} 未通过专家评审论证，不能准予立项", code="experts_failed")
    move(project, "active", allowed, f"准予项目 {project['id']} 立项")
    project["approved_at"] = ctx.at
    return {"project": project["id"], "state": "active"}


@operation("reject", "bureau", doc="主管部门不予立项（专家评审未通过或择优未入选，四、2）。")
def reject(ctx: Ctx, args: dict) -> dict:
    """The bureau does not approve the project (expert review, or competitive selection 择优, 四、2)."""
    project = project_for(ctx, args, "不予立项")
    require_not_party(ctx.actor, project, "审批")
    move(project, "rejected", {"applied", "under_review"}, f"不予项目 {project['id']} 立项")
    project["rejected_reason"] = note_arg(args, "reason")
    return {"project": project["id"], "state": "rejected"}


MONEY_IN_MOTION = {"in_progress", "completed", "approved", "failed"}


@operation("withdraw", "enterprise", "bureau", doc="在没有进行中的里程碑时撤回项目；未启动里程碑的保证金退还企业。")
def withdraw(ctx: Ctx, args: dict) -> dict:
    """Withdraw a project while no milestone is running; an unstarted milestone's deposit is refunded."""
    project = project_for(ctx, args, "撤回")
    if ctx.actor.role == "bureau":
        require_not_party(ctx.actor, project, "撤回")
    busy = [m["no"] for m in project["milestones"] if m["state"] in MONEY_IN_MOTION]
    if busy:
        raise InvalidState(f"项目 {project['id']} 第{busy[0]}期正在进行（资金在途），不能撤回", code="milestone_in_progress")
    move(project, "withdrawn", {"applied", "under_review", "active"}, f"撤回项目 {project['id']}")
    for m in project["milestones"]:
        if m["state"] == "deposit_paid" and ctx.params.refund_deposit_on_withdrawal:
            ctx.ledger.transfer(f"escrow:{project['id']}", f"enterprise:{project['enterprise']}", m["deposit"],
                                "deposit_refund", project=project["id"], milestone=m["no"])
            m["refunded"] = m["deposit"]
        if m["state"] in ("planned", "deposit_paid"):
            m["state"] = "cancelled"
    return {"project": project["id"], "state": "withdrawn"}


@operation("bar_enterprise", "bureau", doc="限制弄虚作假、失信的企业申报（五、(三)），其未拨付的资助作废。")
def bar_enterprise(ctx: Ctx, args: dict) -> dict:
    """Bar an enterprise found to commit fraud or breach of trust (五、(三)); unpaid subsidies are voided."""
    ident = text_arg(args, "enterprise")
    _require_unrelated(ctx, ident)
    ent = enterprise_doc(ctx, ident)
    if ent["barred"]:
        raise InvalidState(f"企业 {ident} 已被限制", code="already_barred")
    ent["barred"], ent["barred_reason"], ent["barred_at"] = True, note_arg(args, "reason"), ctx.at
    voided = []
    if ctx.params.barred_enterprises_lose_support:
        for (pid,) in ctx.tx.all("SELECT id FROM entities WHERE kind = 'project' ORDER BY id"):
            project = ctx.require("project", pid)
            if project["enterprise"] != ident:
                continue
            for year, s in project["subsidies"].items():
                if s["state"] == "awarded" and s.get("hold"):
                    ctx.ledger.resolve(s["hold"], post=False)
                    s["state"] = "voided"
                    ent["subsidies"][year] = ent["subsidies"].get(year, 0) - s["amount"]
                    voided.append({"project": pid, "year": year, "amount": yuan(s["amount"])})
    return {"enterprise": ident, "barred": True, "voided_subsidies": voided}


def _require_unrelated(ctx: Ctx, ident: str) -> None:
    """Nobody bars an enterprise they are related to: itself, or a platform or expert of one of its projects."""
    me = ctx.actor.id
    related = me == ident
    for (doc,) in ctx.tx.all("SELECT doc FROM entities WHERE kind = 'project'"):
        p = json.loads(doc)
        if p["enterprise"] == ident and (me in (p["platform"], p["enterprise"]) or me in p.get("experts", [])):
            related = True
    if related:
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 与企业 {ident} 有关联，应回避，不能限制该企业",
                               code="conflict_of_interest")


def refuse_if_barred(ctx: Ctx, ident: str, action: str) -> None:
    ent = ctx.get("enterprise", ident)
    if ent and ent["barred"] and ctx.params.barred_enterprises_lose_support:
        raise Refused(f"企业 {ident} 已被限制享受本政策，不能{action}",
                      code="enterprise_barred")
