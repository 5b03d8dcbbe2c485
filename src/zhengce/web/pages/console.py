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
from zhengce.web.console_actions import OPERATION_ZH, STATE_ZH, form_args, pending_actions
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


def console_data(request: Request, user: User) -> dict[str, Any]:
    prog = program(request)
    actor = actor_for(user)
    projects = prog.projects(actor)
    params = prog.params
    views = []
    for p in projects:
        views.append({
            **{k: p.get(k) for k in ("id", "title", "form", "enterprise", "platform", "state", "contract_total",
                                     "eligible_total", "advance_outstanding", "experts", "opinions", "insurance")},
            "state_zh": STATE_ZH.get(p["state"], p["state"]),
            "milestones": [{**{k: m.get(k) for k in ("no", "goal", "amount", "months", "days", "state", "deposit",
                                                     "rest", "budget", "assessments", "review")},
                            "state_zh": STATE_ZH.get(m["state"], m["state"])} for m in p["milestones"]],
            "actions": [{**a, "op_id": f"web-{secrets.token_hex(8)}"}
                        for a in pending_actions(actor.role, actor.id, p, params)],
        })
    balances = prog.balances(actor)
    events = prog.events(actor, limit=100000)[-50:] if actor.role in READ_ALL else None
    return {"title": "科创安心宝", "actor": actor.to_json(), "user": user.to_json(), "projects": views,
            "balances": balances, "events": list(reversed(events)) if events is not None else None,
            "pending_count": sum(len(v["actions"]) for v in views), "operation_zh": OPERATION_ZH,
            "message": _done_message(request.query_params.get("done")), "error": None}


def _done_message(op: str | None) -> str | None:
    """`?done=<operation>` names what was just done; the page says it in its own words, never the query's."""
    return OPERATION_ZH[op] if op in OPERATION_ZH else None


@page(router, "/anxinbao", "console.html", tags=["科创安心宝"])
def console(request: Request, user: User = Depends(require_user)) -> dict:
    """安心宝工作台：当前登录方可见的项目、里程碑、账户余额（分）、待办事项和审计记录。"""
    return console_data(request, user)


@router.post("/anxinbao/act", include_in_schema=False)
def act(request: Request, operation: str = Form(..., max_length=40), project: str = Form(..., max_length=100),
        op_id: str = Form(..., max_length=100), milestone: str | None = Form(None, max_length=5),
        amount: str | None = Form(None, max_length=30), budget: str | None = Form(None, max_length=30),
        result: str | None = Form(None, max_length=10), note: str | None = Form(None, max_length=500),
        experts: str | None = Form(None, max_length=300), user: User = Depends(require_user)):
    """A console form: run one operation as the signed-in party (the op_id in the form makes a
    double submission harmless: the program replays the first result)."""
    from zhengce.programs.anxinbao import Refused

    fields = {"amount": amount, "budget": budget, "result": result, "note": note, "experts": experts}
    try:
        args = form_args(operation, project, milestone if milestone else None, fields)
        program(request).execute(actor_for(user), operation, args, op_id=op_id)
    except (Refused, ValueError) as exc:
        data = console_data(request, user)
        data["error"] = f"{OPERATION_ZH.get(operation, operation)}未执行：{exc}"
        status = getattr(exc, "http_status", 422)
        return render_html(request, "console.html", data, status_code=status)
    return RedirectResponse(f"/anxinbao?done={quote(operation)}#p-{quote(project)}", status_code=303)
