"""The operations of a selection by expert review (see selection.py for roles). Each handler gets the
context (transaction, actor, time, ledger, the call and its rubric) and the arguments; a refusal
raises and changes nothing. Entities: application:<id>, expert:<id>, sheet:<app>/<stage>/<expert>,
panel:main, results:main, publicity:main, objection:<n>, award:<app>."""

from __future__ import annotations

import datetime as dt

from zhengce.programs.calls import workdays
from zhengce.programs.calls.rubric import results as panel_results
from zhengce.programs.core.errors import InvalidInput, InvalidState, PermissionDenied, Refused
from zhengce.programs.core.operations import (Registry, arg, check_id, free_text, money_arg, note_arg, registrar,
                                              text_arg)
from zhengce.programs.core.money import yuan
from zhengce.programs.core import zh

OPERATIONS: Registry = {}
operation = registrar(OPERATIONS)


def _deadline(ctx, party: str) -> dt.date | None:
    days = [d.date for d in ctx.call.deadlines if d.party == party]
    return max(days) if days else None


def _district(name: str) -> str:
    """A district's full name (萧山区 → 杭州市萧山区); an unknown or ambiguous one is refused."""
    from zhengce.errors import InputError
    from zhengce.rules.regions import canonical
    try:
        return canonical(name)
    except InputError as exc:
        raise InvalidInput(exc.message, code="unknown_district") from None


def _panel(ctx) -> dict:
    return ctx.get("panel", "main") or ctx.create("panel", "main", {"state": "open"})


def _require_open_panel(ctx, what: str) -> dict:
    panel = _panel(ctx)
    if panel["state"] != "open":
        raise InvalidState(f"{what}: 评审已结束", code="panel_closed")
    return panel


@operation("init_program", "city", doc="为一次申报通知开启账簿（评分细则、截止日期和奖励金额取自已审核的申报通知数据）。")
def init_program(ctx, args):
    """Open the book for one call (its rubric, deadlines and award come from the reviewed call data)."""
    ctx.create("panel", "main", {"state": "open"})
    return {"call": ctx.call.id, "award_per_enterprise": yuan(ctx.rubric.award_fen),
            "groups": list(ctx.rubric.groups)}


@operation("fund", "finance", doc="市财政将奖励资金拨入本次申报的奖励资金账户。")
def fund(ctx, args):
    """Transfer the award budget from city finance into the call's award account."""
    amount = money_arg(args, "amount")
    ctx.ledger.transfer("finance", "fund", amount, "fund_awards")
    return {"funded": yuan(amount)}


@operation("apply", "enterprise", doc="企业在试点行业内、申报截止前提交申报（申报企业即操作人本人）。")
def apply(ctx, args):
    """An enterprise applies (its own id is the actor's), in a pilot industry, before the applicants' deadline."""
    app_id = text_arg(args, "application")
    group = text_arg(args, "group")
    district = text_arg(args, "district")
    if group not in ctx.rubric.groups:
        raise InvalidInput(f"{group} 不是本通知的试点行业({', '.join(ctx.rubric.groups)})", code="not_eligible")
    district = _district(district)
    if ctx.call.covers is not None and district not in ctx.call.covers:
        raise InvalidInput(f"{district} 不在本通知的申报范围({ctx.call.raw['applicants']['region']})内",
                           code="not_eligible")
    last = _deadline(ctx, "applicant")
    if last and ctx.day > last:
        raise InvalidState(f"申报截止于 {last}, 逾期不再受理", code="deadline_passed")
    if ctx.get("application", app_id) is not None:
        raise InvalidState(f"申报 {app_id} 已存在", code="already_exists")
    seq = int(ctx.tx.one("SELECT COUNT(*) FROM entities WHERE kind = 'application'")[0]) + 1
    ctx.create("application", app_id, {
        "id": app_id, "enterprise": ctx.actor.id, "name": free_text(args, "name", ctx.actor.id), "group": group,
        "district": district, "state": "applied", "seq": seq, "applied_at": ctx.at, "experts": [], "scored": []})
    return {"application": app_id, "state": "applied"}


@operation("forward", "district", doc="区县主管部门在截止前审核无异议后，汇总行文报送本区县的申报。")
def forward(ctx, args):
    """The district bureau forwards an application of its own district (审核无异议, 汇总行文) by its deadline."""
    app = ctx.require("application", text_arg(args, "application"))
    if app["district"] != _district(ctx.actor.id):
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 不能报送 {app['district']} 的申报")
    last = _deadline(ctx, "recommender")
    if last and ctx.day > last:
        raise InvalidState(f"区县报送截止于 {last}", code="deadline_passed")
    if app["state"] != "applied":
        raise InvalidState(f"申报 {app['id']} 的状态为“{zh.state(app['state'])}”", code="invalid_state")
    app["state"] = "forwarded"
    return {"application": app["id"], "state": "forwarded"}


@operation("register_expert", "city", doc="将专家登记入库，并登记与其有利益关联（任职、持股、亲属）的企业。")
def register_expert(ctx, args):
    """Add an expert to the pool with the enterprises it is linked to (employment, shares, kin: 利益关联)."""
    ident = text_arg(args, "expert")
    links = arg(args, "links", [])
    if not isinstance(links, list):
        raise InvalidInput("links 应为企业编号列表")
    doc = ctx.get("expert", ident) or ctx.create("expert", ident, {"id": ident, "links": []})
    doc["links"] = sorted(set(doc["links"]) | {check_id(str(x).strip(), "links") for x in links})
    return {"expert": ident, "links": doc["links"]}


@operation("assign_experts", "city", doc="为已报送的申报分配评审专家（人数与通知规定一致），不得分配有利益关联的专家。")
def assign_experts(ctx, args):
    """Assign the panel (exactly the notice's panel size) to a forwarded application; no linked expert."""
    _require_open_panel(ctx, "指派专家")
    app = ctx.require("application", text_arg(args, "application"))
    if app["state"] not in ("forwarded", "assigned"):
        raise InvalidState(f"申报 {app['id']} 的状态为“{zh.state(app['state'])}”, 尚未报送", code="not_forwarded")
    experts = arg(args, "experts")
    if not isinstance(experts, list) or len(set(map(str, experts))) != len(experts):
        raise InvalidInput("experts 应为不重复的专家编号列表")
    for e in experts:
        check_id(str(e), "experts")
    if len(experts) != ctx.rubric.panel_size:
        raise InvalidInput(f"评审专家应为{ctx.rubric.panel_size}名, 实为{len(experts)}名", code="panel_size")
    for e in map(str, experts):
        doc = ctx.require("expert", e)
        if app["enterprise"] in doc["links"]:
            raise PermissionDenied(f"专家 {e} 与 {app['enterprise']} 有利益关联, 应回避",
                                   code="conflict_of_interest")
    if app["scored"]:
        raise InvalidState("已开始评分, 专家组不能再调整", code="scoring_started")
    app["experts"], app["state"] = [str(e) for e in experts], "assigned"
    return {"application": app["id"], "experts": app["experts"]}


@operation("score", "expert", doc="指派的专家在评审进行中（评分封存）对一份申报的一个环节评分，只能评一次。")
def score(ctx, args):
    """An assigned expert scores one stage of one application, once, while the panel is open (sealed)."""
    _require_open_panel(ctx, "评分")
    app = ctx.require("application", text_arg(args, "application"))
    expert = ctx.require("expert", ctx.actor.id)
    if app["enterprise"] in expert["links"]:
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 与 {app['enterprise']} 有利益关联, 应回避", code="conflict_of_interest")
    if ctx.actor.id not in app["experts"]:
        raise PermissionDenied(f"{zh.actor(ctx.actor)} 未被指派评审申报 {app['id']}", code="not_assigned")
    stage = ctx.rubric.stage(text_arg(args, "stage"))
    key = f"{stage.id}/{ctx.actor.id}"
    if key in app["scored"]:
        raise InvalidState(f"{zh.actor(ctx.actor)} 已为申报 {app['id']} 的{stage.name}打分", code="already_scored")
    scores = ctx.rubric.parse_scores(arg(args, "scores"))
    total = sum(scores.values())
    ctx.create("sheet", f"{app['id']}/{key}", {"application": app["id"], "stage": stage.id, "expert": ctx.actor.id,
                                               "scores": scores, "total": total, "at": ctx.at})
    app["scored"] = sorted(app["scored"] + [key])
    return {"application": app["id"], "stage": stage.id, "sealed": True}


@operation("close_panel", "city", doc="所有指派专家对每个评审环节都已评分后结束评审，计算名次、分数线和入选名额。")
def close_panel(ctx, args):
    """Close scoring once every assigned expert has scored every stage; compute ranks, threshold and quota."""
    panel = _require_open_panel(ctx, "结束评审")
    apps = [ctx.get("application", i) for (i,) in
            ctx.tx.all("SELECT id FROM entities WHERE kind = 'application' ORDER BY id")]
    reviewed = [a for a in apps if a["state"] == "assigned"]
    if not reviewed:
        raise InvalidState("没有已指派专家组的申报", code="nothing_to_close")
    missing = [f"{a['id']}:{s.id}/{e}" for a in reviewed for s in ctx.rubric.stages for e in a["experts"]
               if f"{s.id}/{e}" not in a["scored"]]
    if missing:
        raise InvalidState(f"尚缺 {len(missing)} 张评分表(如 {', '.join(missing[:3])})",
                           code="scores_missing")
    sheets = []
    for a in reviewed:
        for s in ctx.rubric.stages:
            for e in a["experts"]:
                sheets.append(ctx.require("sheet", f"{a['id']}/{s.id}/{e}"))
    res = panel_results(ctx.rubric, [{"id": a["id"], "group": a["group"], "seq": a["seq"]} for a in reviewed],
                        sheets)
    for a in reviewed:
        a["state"] = "selected" if a["id"] in res["selected"] else "not_selected"
    panel["state"], panel["closed_at"] = "closed", ctx.at
    ctx.create("results", "main", res)
    return {"selected": res["selected"]}


@operation("publish", "city", doc="在网站公示评审结果，公示期按通知规定的工作日数、依法定工作日历计算。")
def publish(ctx, args):
    """Publish the result on the website (公示) for the notice's working days, counted on the official calendar."""
    if _panel(ctx)["state"] != "closed":
        raise InvalidState("公示: 评审尚未结束", code="panel_open")
    if ctx.get("publicity", "main") is not None:
        raise InvalidState("评审结果已公示", code="already_published")
    try:
        end = workdays.period_end(ctx.day, ctx.rubric.publicity_working_days)
    except Exception as exc:  # a year the calendar does not know: refuse, never guess
        raise InvalidInput(str(exc), code="calendar_unknown") from None
    ctx.create("publicity", "main", {"start": ctx.day.isoformat(), "end": end.isoformat(),
                                     "working_days": ctx.rubric.publicity_working_days, "state": "running"})
    return {"start": ctx.day.isoformat(), "end": end.isoformat()}


def _publicity(ctx) -> dict:
    pub = ctx.get("publicity", "main")
    if pub is None:
        raise InvalidState("评审结果尚未公示", code="not_published")
    return pub


@operation("object", "enterprise", doc="公示期间提出异议（此处由企业提出）。")
def object_(ctx, args):
    """Anyone (here: an enterprise) records an objection during 公示."""
    pub = _publicity(ctx)
    if ctx.day > dt.date.fromisoformat(pub["end"]):
        raise InvalidState(f"公示已于 {pub['end']} 结束", code="publicity_ended")
    app = ctx.require("application", text_arg(args, "application"))
    n = int(ctx.tx.one("SELECT COUNT(*) FROM entities WHERE kind = 'objection'")[0]) + 1
    ident = f"O{n}"
    ctx.create("objection", ident, {"id": ident, "application": app["id"], "by": ctx.actor.id,
                                    "reason": _reason(args), "at": ctx.at, "state": "open"})
    return {"objection": ident}


def _reason(args) -> str:
    reason = note_arg(args, "reason", "")
    if not reason:
        raise InvalidInput(f"缺少{zh.field('reason')}：异议须写明理由", code="missing_argument")
    return reason


@operation("decide_objection", "city", doc="处理异议：异议成立则该申报不予确认（名次不递补），或驳回异议。")
def decide_objection(ctx, args):
    """Uphold an objection (the application is not confirmed; nobody moves up) or dismiss it."""
    obj = ctx.require("objection", text_arg(args, "objection"))
    if obj["state"] != "open":
        raise InvalidState(f"异议 {obj['id']} 已处理({obj['state']})", code="already_decided")
    upheld = arg(args, "upheld")
    if not isinstance(upheld, bool):
        raise InvalidInput("upheld 应为 true 或 false")
    obj["state"], obj["note"] = ("upheld" if upheld else "dismissed"), note_arg(args)
    if upheld:
        app = ctx.require("application", obj["application"])
        if app["state"] == "selected":
            app["state"] = "objection_upheld"
    return {"objection": obj["id"], "state": obj["state"]}


@operation("confirm", "city", doc="公示期满且异议均已处理后，行文确认入选企业，奖励随即应拨付。")
def confirm(ctx, args):
    """After 公示 has ended with every objection decided, confirm the selected (行文予以确认): awards due."""
    pub = _publicity(ctx)
    if ctx.day <= dt.date.fromisoformat(pub["end"]):
        raise InvalidState(f"公示至 {pub['end']} 结束, 之后方可确认", code="publicity_not_ended")
    if pub["state"] == "confirmed":
        raise InvalidState("已行文确认", code="already_confirmed")
    open_obj = [i for (i,) in ctx.tx.all("SELECT id FROM entities WHERE kind = 'objection'")
                if ctx.get("objection", i)["state"] == "open"]
    if open_obj:
        raise InvalidState(f"异议 {', '.join(open_obj)} 尚未处理", code="objections_open")
    confirmed = []
    for (i,) in ctx.tx.all("SELECT id FROM entities WHERE kind = 'application' ORDER BY id"):
        app = ctx.get("application", i)
        if app["state"] == "selected":
            app["state"] = "confirmed"
            ctx.create("award", i, {"application": i, "enterprise": app["enterprise"], "amount": ctx.rubric.award_fen,
                                    "state": "due"})
            confirmed.append(i)
    pub["state"] = "confirmed"
    return {"confirmed": confirmed, "each": yuan(ctx.rubric.award_fen)}


@operation("pay", "finance", doc="从奖励资金账户向已确认入选的企业拨付奖励，每家一次。")
def pay(ctx, args):
    """Pay a confirmed award from the award account to the enterprise (撥付每家…20萬元), once."""
    ident = text_arg(args, "application")
    pub = ctx.get("publicity", "main")
    if pub is None or ctx.day <= dt.date.fromisoformat(pub["end"]):
        raise InvalidState("公示期未结束, 不得拨付", code="publicity_not_ended")
    award = ctx.get("award", ident)
    if award is None:
        raise InvalidState(f"申报 {ident} 没有经确认的奖励", code="not_confirmed")
    if award["state"] == "paid":
        raise InvalidState(f"申报 {ident} 的奖励已拨付", code="already_paid")
    ctx.ledger.transfer("fund", f"enterprise:{award['enterprise']}", award["amount"], "award", project=ident)
    award["state"], award["paid_at"] = "paid", ctx.at
    return {"application": ident, "paid": yuan(award["amount"])}


__all__ = ["OPERATIONS", "Refused"]
