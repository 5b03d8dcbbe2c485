"""REST endpoints of the 科创安心宝 program, as a FastAPI APIRouter.

    from zhengce.programs.anxinbao.api import router, get_actor
    app.include_router(router(lambda: Store(url)), prefix="/api/anxinbao")
    app.dependency_overrides[get_actor] = my_authenticated_actor   # -> Actor(role, id)

`store_factory()` is called once, on first use; the Store it returns is shared by all requests (its
lock serialises them; PostgreSQL/SQLite serialise writers across processes). The acting party comes
from the dependency `get_actor`; by default it reads the headers X-Actor-Role and X-Actor-Id (for
tests and local use) — a web app with real authentication overrides it.

Endpoints (money in responses: yuan strings and/or integer fen, never floats):
  GET  /parameters                      parameters in force, with citations
  GET  /operations                      operation names, roles allowed, one-line description
  GET  /projects                        projects the actor may see
  GET  /projects/{id}                   one project (404 unknown, 403 not the actor's)
  GET  /balances                        accounts the actor may see
  GET  /summary                         whole state (bureau, operator, finance, auditor)
  GET  /events?after=N                  audit log (same roles)
  GET  /verify                          audit chain + ledger check (same roles)
  POST /operations                      {"op_id", "operation", "args", "at"?}; op_id may come as
                                        header Idempotency-Key instead
  POST /projects/{id}/{operation}       same, with args.project = {id}
Refusals: 403 permission, 404 unknown, 422 bad input, 409 state/funds/idempotency conflict; the body
is {"detail": {"code", "message"}}. A retried op_id returns the first result ("replayed": true).
"""

from __future__ import annotations

from typing import Any, Callable

from fastapi import APIRouter, Body, Depends, Header, HTTPException

from zhengce.programs.core.api import actor_dependency, guard, single

from .ops import OPERATIONS
from .program import READ_ALL, Program
from .roles import Actor, parse_actor, require_role


get_actor = actor_dependency(parse_actor)


def _program(made: Any) -> Program:
    return made if isinstance(made, Program) else Program(made)


def router(store_factory: Callable[[], Any]) -> APIRouter:
    r = APIRouter(tags=["anxinbao"])
    program = single(lambda: _program(store_factory()))
    guarded = guard

    @r.get("/parameters")
    def parameters() -> dict:
        return program().params.to_json()

    @r.get("/operations")
    def operations() -> list[dict]:
        return [{"operation": n, "roles": list(roles), "doc": doc} for n, (_, roles, doc) in sorted(OPERATIONS.items())]

    @r.get("/projects")
    def projects(actor: Actor = Depends(get_actor)) -> list[dict]:
        return guarded(program().projects, actor)

    @r.get("/projects/{project_id}")
    def project(project_id: str, actor: Actor = Depends(get_actor)) -> dict:
        return guarded(program().project, actor, project_id)

    @r.get("/balances")
    def balances(actor: Actor = Depends(get_actor)) -> dict:
        from .money import yuan

        return {a: {**b, "yuan": yuan(b["balance"])} for a, b in guarded(program().balances, actor).items()}

    @r.get("/summary")
    def summary(actor: Actor = Depends(get_actor)) -> dict:
        guarded(require_role, actor, *READ_ALL, action="查阅全部计划数据")
        return program().summary()

    @r.get("/events")
    def events(after: int = 0, limit: int = 1000, actor: Actor = Depends(get_actor)) -> list[dict]:
        return guarded(program().events, actor, after_seq=after, limit=min(max(limit, 1), 10000))

    @r.get("/verify")
    def verify(actor: Actor = Depends(get_actor)) -> dict:
        guarded(require_role, actor, *READ_ALL, action="校验账目")
        return program().verify()

    def run(actor: Actor, body: dict, key: str | None, project_id: str | None = None,
            operation: str | None = None) -> dict:
        if not isinstance(body, dict):
            raise HTTPException(422, {"code": "invalid_input", "message": "请求体应为 JSON 对象"})
        op_id = body.get("op_id") or key
        args = body.get("args")
        if args is None or isinstance(args, dict):
            args = dict(args or {})
            if project_id is not None:
                args["project"] = project_id
        # anything else (a list, a string) goes on as given: Program.execute refuses it in words
        return guarded(program().execute, actor, operation or str(body.get("operation")), args,
                       op_id=op_id, at=body.get("at"))

    @r.post("/operations")
    def post_operation(body: dict = Body(...), actor: Actor = Depends(get_actor),
                       idempotency_key: str | None = Header(default=None)) -> dict:
        return run(actor, body, idempotency_key)

    @r.post("/projects/{project_id}/{operation}")
    def post_project_operation(project_id: str, operation: str, body: dict = Body(default={}),
                               actor: Actor = Depends(get_actor),
                               idempotency_key: str | None = Header(default=None)) -> dict:
        return run(actor, body, idempotency_key, project_id, operation)

    return r
