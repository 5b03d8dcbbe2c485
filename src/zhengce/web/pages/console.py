"""科创安心宝 console: a signed-in party sees its projects, milestones, balances, pending actions and
(for the bureau, operator, finance and auditor) the audit trail, and does what its role allows.

The program's REST router (zhengce.programs.anxinbao.api) is mounted at /api/anxinbao with its
actor dependency overridden by the signed-in user, so the API and the pages enforce the same
permissions — both end in Program.execute, which checks role, party and state.
"""

from __future__ import annotations

import secrets
import threading
from urllib.parse import quote
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import RedirectResponse

from zhengce.web.app import Unauthorized
from fractions import Fraction

from zhengce.programs.anxinbao.workflow import PROJECT_STATES
from zhengce.web.console_actions import (FORMS, OPERATION_ZH, SIGN_NOTE, STATE_ZH, account_label, apply_args,
                                         form_args, pending_actions, program_actions, wan, when, _pct)
from zhengce.web.pages.auth import require_user
from zhengce.web.render import page, render_html
from zhengce.web.users import User

router = APIRouter()
READ_ALL = ("bureau", "operator", "finance", "auditor")
_lock = threading.Lock()


def program(request_or_app) -> Any:
    """The app's 安心宝 Program, opened on first use (one per app; its store serialises writes)."""
    app = getattr(request_or_app, "app", request_or_app)
    with _lock:
        prog = getattr(app.state, "anxinbao_program", None)
        if prog is None:
            from zhengce.programs.anxinbao import Program

            prog = Program.open(app.state.settings.anxinbao_url)
            app.state.anxinbao_program = prog
    return prog


def actor_for(user: User):
    from zhengce.programs.anxinbao import Actor

    return Actor(user.role, user.party or user.username)


def current_actor(request: Request):
    """Overrides the program router's actor dependency: the signed-in user, never a header."""
    user = getattr(request.state, "user", None)
    if user is None:
        raise Unauthorized("请先登录")
    return actor_for(user)


def setup(app: FastAPI) -> None:
    from zhengce.programs.anxinbao.api import get_actor
    from zhengce.programs.anxinbao.api import router as anxinbao_router

    app.include_router(anxinbao_router(lambda: program(app)), prefix="/api/anxinbao")
    app.dependency_overrides[get_actor] = current_actor


PAGE_SIZE = 20


def book_year(prog) -> int | None:
    """The year of the book's last event (the year an operation without a time would fall in)."""
    with prog.store.transaction(write=False) as tx:
        row = tx.one("SELECT at FROM events ORDER BY seq DESC LIMIT 1")
    return int(str(row[0])[:4]) if row else None


def _matches(p: dict, q: str) -> bool:
    q = q.casefold()
    return any(q in str(p.get(k) or "").casefold() for k in ("id", "title", "enterprise", "platform"))


def console_data(request: Request, user: User) -> dict[str, Any]:
    prog = program(request)
    actor = actor_for(user)
    projects = prog.projects(actor)
    params = prog.params
    year = book_year(prog)
    views = []
    for p in projects:
        views.append({
            **{k: p.get(k) for k in ("id", "title", "form", "enterprise", "platform", "state", "contract_total",
                                     "eligible_total", "advance_outstanding", "experts", "opinions", "insurance")},
            "audits": p.get("audits") or {}, "subsidies": p.get("subsidies") or {},
            "state_zh": STATE_ZH.get(p["state"], p["state"]),
            "milestones": [{**{k: m.get(k) for k in ("no", "goal", "amount", "months", "days", "state", "deposit",
                                                     "rest", "budget", "assessments", "review")},
                            "state_zh": STATE_ZH.get(m["state"], m["state"])} for m in p["milestones"]],
            "actions": [{**a, "op_id": f"web-{secrets.token_hex(8)}"}
                        for a in pending_actions(actor.role, actor.id, p, params, year)],
        })
    # search and pagination: a bureau with hundreds of projects sees 20 at a time
    qp = request.query_params
    q = (qp.get("q") or "").strip()[:100]
    state = qp.get("state") or ""
    todo = qp.get("todo") == "1"
    shown = [v for v in views if (not q or _matches(v, q)) and (not state or v["state"] == state)
             and (not todo or v["actions"])]
    pages = max(1, -(-len(shown) // PAGE_SIZE))
    try:
        page_no = min(max(int(qp.get("page") or 1), 1), pages)
    except ValueError:
        page_no = 1
    balances = prog.balances(actor)
    order = {k: i for i, k in enumerate(("pool", "escrow", "platform", "finance", "enterprise", "insurer"))}
    accounts = [{**account_label(a), **b} for a, b in sorted(balances.items(), key=lambda kv: (
        order.get(kv[0].partition(":")[0], 9), kv[0]))]
    events = prog.events(actor, limit=100000)[-50:] if actor.role in READ_ALL else None
    return {"title": "科创安心宝", "actor": actor.to_json(), "user": user.to_json(),
            "projects": shown[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE],
            "total_projects": len(views), "matching": len(shown), "page": page_no, "pages": pages,
            "q": q, "state": state, "todo": todo, "states": [(k, v) for k, v in STATE_ZH.items() if k in PROJECT_STATES],
            "balances": balances, "accounts": accounts, "sign_note": SIGN_NOTE,
            "events": [{**e, "when": when(e.get("at"))} for e in reversed(events)] if events is not None else None,
            "pending_count": sum(len(v["actions"]) for v in views), "operation_zh": OPERATION_ZH,
            "program_actions": [{**a, "op_id": f"web-{secrets.token_hex(8)}"} for a in program_actions(actor.role, params)],
            "can_apply": actor.role == "enterprise", "apply_op_id": f"web-{secrets.token_hex(8)}",
            "forms": FORMS, "ratios": {"first": str(params.first_deposit_min_ratio), "next": str(params.next_deposit_min_ratio)},
            "min_contract_wan": wan(params.min_contract_total), "year": year,
            "deposit_pct": _pct(Fraction(params.first_deposit_min_ratio)),
            "can_verify": actor.role in READ_ALL, "apply": None,
            "message": _done_message(request.query_params.get("done")), "error": None}


def _done_message(op: str | None) -> str | None:
    """`?done=<operation>` names what was just done; the page says it in its own words, never the query's."""
    return OPERATION_ZH[op] if op in OPERATION_ZH else None


@page(router, "/anxinbao", "console.html", tags=["科创安心宝"])
def console(request: Request, user: User = Depends(require_user)) -> dict:
    """安心宝工作台：当前登录方可见的项目（可搜索、分页）、里程碑、账户余额（万元）、待办事项和审计记录。"""
    return console_data(request, user)


def _refused(request: Request, user: User, operation: str, exc: Exception, apply: dict | None = None):
    data = console_data(request, user)
    data["error"] = f"{OPERATION_ZH.get(operation, operation)}未执行：{exc}"
    data["apply"] = apply
    status = getattr(exc, "http_status", 422)
    return render_html(request, "console.html", data, status_code=status)


@router.post("/anxinbao/act", include_in_schema=False)
def act(request: Request, operation: str = Form(..., max_length=40), project: str | None = Form(None, max_length=100),
        op_id: str = Form(..., max_length=100), milestone: str | None = Form(None, max_length=5),
        amount: str | None = Form(None, max_length=30), budget: str | None = Form(None, max_length=30),
        result: str | None = Form(None, max_length=10), note: str | None = Form(None, max_length=2000),
        experts: str | None = Form(None, max_length=300), year: str | None = Form(None, max_length=4),
        actual_spending: str | None = Form(None, max_length=30), until: str | None = Form(None, max_length=30),
        reason: str | None = Form(None, max_length=2000), enterprise: str | None = Form(None, max_length=100),
        user: User = Depends(require_user)):
    """A console form: run one operation as the signed-in party (the op_id in the form makes a
    double submission harmless: the program replays the first result)."""
    from zhengce.programs.anxinbao import Refused

    fields = {"amount": amount, "budget": budget, "result": result, "note": note, "experts": experts, "year": year,
              "actual_spending": actual_spending, "until": until, "reason": reason, "enterprise": enterprise}
    try:
        args = form_args(operation, project, milestone if milestone else None, fields)
        program(request).execute(actor_for(user), operation, args, op_id=op_id)
    except (Refused, ValueError) as exc:
        return _refused(request, user, operation, exc)
    anchor = f"#p-{quote(project)}" if project else ""
    return RedirectResponse(f"/anxinbao?done={quote(operation)}{anchor}", status_code=303)


FIELD_CUT = 1000


@router.post("/anxinbao/apply", include_in_schema=False)
async def apply(request: Request, user: User = Depends(require_user)):
    """The enterprise's application form (申请立项): agreement, milestones with their tranches in 万元
    (the page computes each milestone's minimum deposit before submission), optional 科创保险."""
    from zhengce.programs.anxinbao import Refused

    form = await request.form()
    # cut far above the program's own limits (title 200, goal 500), so an over-long entry is refused in
    # words by the program rather than silently shortened here
    raw = {k: str(form.get(k) or "")[:FIELD_CUT] for k in ("project", "platform", "title", "form", "contract_total",
                                                            "equipment", "insurer", "premium", "op_id")}
    for k in ("m_goal", "m_amount", "m_months"):
        raw[k] = [str(v)[:FIELD_CUT] for v in form.getlist(k)[:6]]
    try:
        if not raw["op_id"]:
            raise ValueError("表单缺少操作编号，请刷新页面后重试")
        program(request).execute(actor_for(user), "apply", apply_args(raw), op_id=raw["op_id"])
    except (Refused, ValueError) as exc:
        return _refused(request, user, "apply", exc, apply=raw)
    return RedirectResponse(f"/anxinbao?done=apply#p-{quote(raw['project'])}", status_code=303)


@page(router, "/anxinbao/verification", "console_verify.html", tags=["科创安心宝"])
def verify_page(request: Request, user: User = Depends(require_user)) -> dict:
    """安心宝校验：审计哈希链、账户、转账和操作记录逐项核对的结果（主管部门、运营机构、区财政、审计部门）。"""
    from zhengce.programs.anxinbao.roles import require_role

    actor = actor_for(user)
    require_role(actor, *READ_ALL, action="校验账目")
    result = program(request).verify()
    return {"title": "安心宝校验", "result": result, "problems": result["problems"]}
