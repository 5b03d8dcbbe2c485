"""Which methods an address accepts, said in the Allow header.

OPTIONS is answered here, before any route: 204, an Allow header, no body (nothing of the request is
echoed back). A 405 — TRACE always, or POST to a page that only shows — names in its Allow header every
method of every route at that address (the router's own header names only the first route it matched).
"""

from __future__ import annotations

from starlette.routing import Match, Mount

ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]  # as Allow lists them
# Tried on each route; HEAD comes with GET and OPTIONS with any. Never TRACE: it would send the request,
# cookies included, back to a script that could not read them otherwise.
TRIED = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def allowed_methods(app, path: str, root_path: str = "") -> list[str]:
    """The methods the routes at `path` accept (HEAD with GET, see limits.HeadAsGet, and OPTIONS); [] when
    no route is there. Each method is tried on the routes as the router would (FastAPI keeps included
    routers behind wrappers that only answer `matches`)."""
    found: set[str] = set()
    _collect(app.router.routes, {"type": "http", "path": path, "root_path": root_path}, found)
    if not found:
        return []
    if "GET" in found:
        found.add("HEAD")
    return [m for m in ORDER if m in found or m == "OPTIONS"]


def _collect(routes, scope: dict, found: set[str]) -> None:
    for route in routes:
        if isinstance(route, Mount):
            match, child = route.matches({**scope, "method": "GET"})
            if match is Match.NONE:
                continue
            if route.routes:
                _collect(route.routes, {**scope, **child}, found)
            else:  # static files
                found.update(("GET", "HEAD"))
            continue
        for method in TRIED:
            if method not in found and route.matches({**scope, "method": method})[0] is Match.FULL:
                found.add(method)


def root_of(scope) -> str:
    """The application's root path, also inside a mount (whose scope carries its own root_path)."""
    return scope.get("app_root_path", scope.get("root_path", ""))


class AnswerOptions:
    """OPTIONS: 204 with the address's Allow header; an address with no route is left to the router (404)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "OPTIONS":
            return await self.app(scope, receive, send)
        allow = allowed_methods(scope["app"], scope["path"], root_of(scope))
        if not allow:
            return await self.app(scope, receive, send)
        await send({"type": "http.response.start", "status": 204,
                    "headers": [(b"allow", ", ".join(allow).encode("ascii"))]})
        await send({"type": "http.response.body", "body": b""})
