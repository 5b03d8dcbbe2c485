"""What every program's REST router shares: the actor from request headers, one program instance
per router made on first use, and refusals turned into HTTP answers ({"detail": {"code", "message"}})."""

from __future__ import annotations

import threading
from typing import Any, Callable, TypeVar

from fastapi import Header, HTTPException

from .errors import Refused

T = TypeVar("T")


def actor_dependency(parse_actor: Callable[[dict], Any]) -> Callable[..., Any]:
    """A FastAPI dependency reading X-Actor-Role / X-Actor-Id. Each program makes its own, so a web
    app can override one program's actor without touching another's."""

    def get_actor(x_actor_role: str | None = Header(default=None), x_actor_id: str | None = Header(default=None)):
        if not x_actor_role or not x_actor_id:
            raise HTTPException(401, {"code": "no_actor", "message": "请提供 X-Actor-Role 和 X-Actor-Id（操作方角色和编号）"})
        try:
            return parse_actor({"role": x_actor_role, "id": x_actor_id})
        except Refused as exc:
            raise HTTPException(401, exc.to_json()) from None

    get_actor.__doc__ = "Default actor dependency: headers X-Actor-Role / X-Actor-Id. The web app overrides it."
    return get_actor


def single(factory: Callable[[], T]) -> Callable[[], T]:
    """The one instance `factory` makes, on first call (thread-safe): opening a program reads its books."""
    holder: list[T] = []
    lock = threading.Lock()

    def get() -> T:
        with lock:
            if not holder:
                holder.append(factory())
            return holder[0]

    return get


def guard(fn: Callable[..., T], *a, **kw) -> T:
    """Call `fn`; a refusal becomes its HTTP status (403, 404, 409, 422) with the refusal's body."""
    try:
        return fn(*a, **kw)
    except Refused as exc:
        raise HTTPException(getattr(exc, "http_status", 409), exc.to_json()) from None
