"""申报日历 (/calls): the calls an enterprise may apply for, what each pays, the next deadline, with
quotes; its iCalendar twin (/calls.ics, the same query: a calendar URL per profile). 政策找企业 inbox
(/inbox/{token}) with JSON, Atom and calendar feeds. The selection REST API at /api/calls/selection."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import Response

from zhengce.errors import InputError
from zhengce.web.errors import body as error_body  # the one error shape (docs/web.md, "Errors")
from zhengce.web.profile_form import facts_from_query
from zhengce.web.render import JSONUTF8Response, page

router = APIRouter()
_lock = threading.Lock()
FIELDS = ("region", "industry", "rec.gaoxin", "rec.digital_transformation_sample")


def _result(request: Request, start: str | None, days: int) -> dict[str, Any]:
    from zhengce.programs.calls.finder import for_profile, parse_day
    from zhengce.rules.profile import parse_flat_row

    values = facts_from_query(request.query_params)
    profile = parse_flat_row({"entity": "enterprise", **values})
    on = parse_day(start, "起始日期（from）") if start else dt.date.today()  # named as the page names it, not --from
    if on > dt.date.max - dt.timedelta(days=days):
        raise InputError(f"起始日期（from）{on} 加上 {days} 天超出日历范围")
    return for_profile(profile, on=on, days=days)


@page(router, "/calls", "calls.html", tags=["申报日历"])
def calls(request: Request, start: str | None = Query(None, alias="from", description="起始日期 YYYY-MM-DD"),
          days: int = Query(30, ge=0, le=3660, description="向后天数")) -> dict:
    """申报日历：企业画像(扁平字段: region、industry、rec.gaoxin=认定日期…)可申报的通知、可得金额、
    下一截止日期(按日期排序), 每项附原文; 同一查询的 iCalendar 在 /calls.ics。"""
    from zhengce.rules.profile import schema

    values = facts_from_query(request.query_params)
    data: dict[str, Any] = {"title": "申报日历", "values": values, "result": None, "error": None,
                            "from": start or "", "days": days,
                            "industries": schema().facts["industry"].values}
    if not values.get("region"):
        return data
    try:
        data["result"] = _result(request, start, days)
        data["ics_url"] = "/calls.ics" + ("?" + request.url.query if request.url.query else "")
    except InputError as exc:
        data["error"] = str(exc)
    return data


@router.get("/calls.ics", include_in_schema=False)  # a page-side download, like the HTML pages
def calls_ics(request: Request, start: str | None = Query(None, alias="from"),
              days: int = Query(365, ge=0, le=3660)) -> Response:
    from zhengce.programs.calls.ics import to_ics

    try:
        result = _result(request, start, days)
    except InputError as exc:
        return JSONUTF8Response(error_body(422, str(exc), code="invalid_input"), status_code=422)
    return Response(to_ics(result), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="calls.ics"'})


def _subs(request: Request):
    from zhengce.programs.calls.subscriptions import Subscriptions
    return Subscriptions()


@page(router, "/inbox/{token}", "inbox.html", tags=["政策找企业"])
def inbox(request: Request, token: str, limit: int = Query(100, ge=1, le=1000)) -> dict:
    """政策找企业收件箱：订阅(画像或名录)的新通知——新符合、金额提高、新截止日期, 附原文。"""
    subs = _subs(request)
    try:
        sub = subs.by_token(token)
        items = subs.notifications(sub["id"], limit=limit)
    finally:
        subs.close()
    return {"title": f"收件箱 · {sub['name']}", "subscription": {k: sub[k] for k in ("id", "name", "kind", "members",
                                                                                  "created")},
            "token": token, "notifications": items}


def _feed(request: Request, token: str, make):
    """A subscription's latest notifications, written by make(subscription, notifications, base URL). The
    base is the configured public address ($ZHENGCE_BASE_URL), never the request's forgeable Host header."""
    subs = _subs(request)
    try:
        sub = subs.by_token(token)
        return make(sub, subs.notifications(sub["id"], limit=200), request.app.state.settings.base_url)
    finally:
        subs.close()


@router.get("/inbox/{token}/feed.atom", include_in_schema=False)
def inbox_atom(request: Request, token: str) -> Response:
    from zhengce.programs.calls.subscriptions import feed_atom
    return Response(_feed(request, token, feed_atom), media_type="application/atom+xml; charset=utf-8")


@router.get("/inbox/{token}/feed.json", include_in_schema=False)
def inbox_json(request: Request, token: str) -> Response:
    from zhengce.programs.calls.subscriptions import feed_json
    return JSONUTF8Response(_feed(request, token, feed_json), media_type="application/feed+json")


@router.get("/inbox/{token}/calendar.ics", include_in_schema=False)
def inbox_calendar(request: Request, token: str, days: int = Query(365, ge=0, le=3660)) -> Response:
    from zhengce.cli.profile_input import read_profile
    from zhengce.cli.rules import _decimals_to_str
    from zhengce.programs.calls.finder import for_profile
    from zhengce.programs.calls.ics import to_ics

    subs = _subs(request)
    try:
        sub = subs.by_token(token)
    finally:
        subs.close()
    if sub["kind"] != "profile":
        return JSONUTF8Response(error_body(422, "名录订阅没有单一日历", code="not_a_profile"), status_code=422)
    result = for_profile(_decimals_to_str(read_profile(sub["source"])), on=dt.date.today(), days=days)
    return Response(to_ics(result), media_type="text/calendar; charset=utf-8")


def selection_program(app: FastAPI):
    with _lock:
        prog = getattr(app.state, "calls_selection", None)
        if prog is None:
            from zhengce.programs.calls.selection import SelectionProgram
            prog = SelectionProgram.open(app.state.settings.extra.get("calls_url"))
            app.state.calls_selection = prog
    return prog


def current_actor(request: Request):
    """The signed-in user as a selection actor (its role must be one of the selection's roles)."""
    from fastapi import HTTPException

    from zhengce.programs.calls.selection import parse_actor
    from zhengce.programs.core.errors import Refused

    user = getattr(request.state, "user", None)
    if user is None:
        raise HTTPException(401, {"code": "not_signed_in", "message": "请先登录"})
    try:
        return parse_actor({"role": user.role, "id": user.party or user.username})
    except Refused as exc:
        raise HTTPException(403, exc.to_json()) from None


def setup(app: FastAPI) -> None:
    from zhengce.programs.calls.api import get_actor
    from zhengce.programs.calls.api import router as selection_router

    app.include_router(selection_router(lambda: selection_program(app)), prefix="/api/calls/selection")
    app.dependency_overrides[get_actor] = current_actor


# -- the selection console: one page, what the signed-in role may see and do -------------------------------
ROLE_ZH = {"enterprise": "申报企业", "district": "区县经信部门", "city": "市经信局", "expert": "评审专家",
           "finance": "市财政局", "auditor": "审计监督"}


OPERATION_ZH = {"init_program": "开启本次评审", "fund": "拨入奖励资金", "apply": "提交申报", "forward": "区县推荐上报",
                "register_expert": "登记评审专家", "assign_experts": "分配评审专家", "score": "专家评分",
                "close_panel": "结束评审", "publish": "公示结果", "object": "提出异议", "decide_objection": "处理异议",
                "confirm": "确认入选", "pay": "拨付奖励"}


def _refusal(exc) -> str:
    from zhengce.web.errors import refusal_zh

    return refusal_zh(getattr(exc, "code", None), str(exc))


def _console_data(request: Request, user) -> dict[str, Any]:
    from zhengce.programs.calls.selection import SelectionProgram
    from zhengce.programs.core.errors import Refused

    prog = selection_program(request.app)
    actor = current_actor(request)
    data: dict[str, Any] = {"title": "评审遴选工作台", "role": actor.role, "role_zh": ROLE_ZH[actor.role],
                            "party": actor.id, "state": None, "error": None,
                            "operations": [{"operation": n, "doc": OPERATION_ZH.get(n, n)} for n, (_, roles, doc)
                                           in sorted(SelectionProgram.OPERATIONS.items()) if actor.role in roles]}
    try:
        data["state"] = prog.state(actor)
    except Refused as exc:
        data["error"] = _refusal(exc)
        data["error_status"] = getattr(exc, "http_status", 409)
        data["error_code"] = getattr(exc, "code", None)
    return data


def setup_console(router: APIRouter) -> None:
    from fastapi import Depends, Form
    from fastapi.responses import RedirectResponse

    from zhengce.web.pages.auth import require_user
    from zhengce.web.render import render_html

    @page(router, "/selection", "selection.html", tags=["申报遴选"])
    def selection(request: Request, user=Depends(require_user)) -> dict:
        """评审遴选工作台：当前登录角色可见的申报、评审(封存至评审结束)、公示、异议与拨付, 及其可执行的操作。"""
        return _console_data(request, user)

    @router.post("/selection/act", include_in_schema=False)
    def act(request: Request, operation: str = Form(..., max_length=40), op_id: str = Form(..., max_length=100),
            args: str = Form("{}", max_length=20000), user=Depends(require_user)):
        """One operation as the signed-in party; the op_id makes a double submission harmless."""
        import json as _json

        from zhengce.programs.core.errors import Refused
        try:
            try:
                parsed = _json.loads(args or "{}")
            except (ValueError, RecursionError):  # the parser's English ("Expecting value…") never reaches the page
                raise ValueError("参数不是有效的 JSON（应为 JSON 对象，如 {\"application\": \"A01\"}）") from None
            if not isinstance(parsed, dict):
                raise ValueError("参数应为 JSON 对象")
            selection_program(request.app).execute(current_actor(request), operation, parsed, op_id=op_id)
        except (Refused, ValueError) as exc:
            data = _console_data(request, user)
            data["error"] = f"{OPERATION_ZH.get(operation, operation)}未执行：{_refusal(exc)}"
            return render_html(request, "selection.html", data, status_code=getattr(exc, "http_status", 422))
        return RedirectResponse(f"/selection?done={operation}", status_code=303)


setup_console(router)
