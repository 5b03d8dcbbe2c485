"""REST endpoints of a selection by expert review, as a FastAPI APIRouter (like the 安心宝 one).

    app.include_router(router(lambda: SelectionProgram.open(url)), prefix="/api/calls/selection")
    app.dependency_overrides[get_actor] = my_authenticated_actor   # -> Actor(role, id)

  GET  /operations           operation names, roles, one-line description
  POST /init                 {"call", "mode"?: live|replay, "at"?} (city)
  GET  /state                what the actor may see (scores sealed until the panel closes)
  GET  /sheets               every score sheet — city, finance, auditor, after the panel closes
  GET  /summary, /verify     city, finance, auditor
  GET  /events?after=N       the audit log (auditor)
  POST /operations           {"op_id", "operation", "args", "at"?}; op_id may come as header Idempotency-Key
Refusals: 403 permission, 404 unknown, 422 bad input, 409 state/funds/idempotency conflict; the body
is {"detail": {"code", "message"}}. A retried op_id returns the first result ("replayed": true).
"""

from __future__ import annotations

from typing import Any, Callable

from fastapi import APIRouter, Body, Depends, Header, HTTPException

from zhengce.errors import ZhengceError
from zhengce.programs.core.api import actor_dependency, guard, single
from zhengce.programs.core.roles import require_role

from .selection import READ_ALL, Actor, SelectionProgram, parse_actor


get_actor = actor_dependency(parse_actor)


def router(factory: Callable[[], SelectionProgram]) -> APIRouter:
    r = APIRouter(tags=["申报遴选"])
    program = single(factory)

    def guarded(fn, *a, **kw):
        try:
            return guard(fn, *a, **kw)
        except ZhengceError as exc:  # bad input that is not a refusal
            raise HTTPException(422, {"code": "invalid_input", "message": str(exc)}) from None

    @r.get("/operations")
    def operations() -> list[dict]:
        return [{"operation": n, "roles": list(roles), "doc": doc}
                for n, (_, roles, doc) in sorted(SelectionProgram.OPERATIONS.items())]

    @r.post("/init")
    def init(body: dict = Body(...), actor: Actor = Depends(get_actor)) -> dict:
        guarded(require_role, actor, "city", action="开启评审遴选")
        return guarded(program().init, call=str(body.get("call")), actor=actor, mode=body.get("mode", "live"),
                       at=body.get("at"), op_id=str(body.get("op_id") or "init"))

    @r.get("/state")
    def state(actor: Actor = Depends(get_actor)) -> dict:
        return guarded(program().state, actor)

    @r.get("/sheets")
    def sheets(actor: Actor = Depends(get_actor)) -> list[dict]:
        return guarded(program().sheets, actor)

    @r.get("/summary")
    def summary(actor: Actor = Depends(get_actor)) -> dict:
        guarded(require_role, actor, *READ_ALL, action="查阅全部遴选数据")
        return guarded(program().summary)

    @r.get("/verify")
    def verify(actor: Actor = Depends(get_actor)) -> dict:
        guarded(require_role, actor, *READ_ALL, action="校验账目")
        return program().verify()

    @r.get("/events")
    def events(after: int = 0, limit: int = 1000, actor: Actor = Depends(get_actor)) -> list[dict]:
        return guarded(program().events, actor, after_seq=after, limit=min(max(limit, 1), 10000))

    @r.post("/operations")
    def post_operation(body: Any = Body(...), actor: Actor = Depends(get_actor),
                       idempotency_key: str | None = Header(default=None)) -> dict:
        if not isinstance(body, dict):
            raise HTTPException(422, {"code": "invalid_input", "message": "请求体应为 JSON 对象"})
        return guarded(program().execute, actor, str(body.get("operation")), body.get("args") or {},
                       op_id=body.get("op_id") or idempotency_key, at=body.get("at"))

    return r
