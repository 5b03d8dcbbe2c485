"""Pages and their JSON twins.

Convention (Datasette-style, applied everywhere): a page at `/x?…` has a JSON twin at `/api/x?…`
taking the same parameters and returning the very data the page template renders. A page handler
is written once, returning a dict; `page()` registers it twice — the HTML route (hidden from the
OpenAPI description) and the `/api` route (described there).

Templates are rendered with autoescape on for every template: document text and uploads are
untrusted, so a `<script>` in a policy shows as text.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import ChainableUndefined, Environment, FileSystemLoader

from zhengce.cli.output import to_jsonable
from zhengce.web.errors import ERROR_RESPONSES

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"


def make_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,  # every template, whatever its extension
        undefined=ChainableUndefined,  # readings vary (points lack units…): missing shows as empty
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from zhengce.web import filters

    filters.install(env)
    return env


class JSONUTF8Response(JSONResponse):
    """JSON that keeps Chinese readable and money exact (Decimal → int or string, never float)."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(to_jsonable(content), ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", "replace")  # a stray lone surrogate shows as "?", never a 500


def render_html(request: Request, template: str, data: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    env: Environment = request.app.state.jinja
    ctx = page_context(request)
    ctx.update(data)
    ctx["data"] = data
    body = env.get_template(template).render(**ctx)
    return HTMLResponse(body.encode("utf-8", "replace"), status_code=status_code)


def page_context(request: Request) -> dict[str, Any]:
    """What every template may use: the signed-in user, the CSRF token, the JSON twin's URL."""
    state = request.state
    path = request.url.path
    query = request.url.query
    api_url = "/api" + (path if path != "/" else "")
    if query:
        api_url += "?" + query
    return {
        "request": request,
        "user": getattr(state, "user", None),
        "csrf_token": getattr(state, "csrf_token", ""),
        "dev_mode": request.app.state.settings.dev_mode,
        "api_url": api_url,
        "nav_path": path,
    }


def page(router: APIRouter, path: str, template: str, *, api_path: str | None = None,
         summary: str | None = None, tags: list[str] | None = None, methods: tuple[str, ...] = ("GET",),
         response_model: Any = None) -> Callable:
    """Register `fn` as the page `path` (HTML from `template`) and its JSON twin at `/api` + path.

    `fn` is an ordinary FastAPI endpoint (its parameters are declared as usual) returning a dict.
    """

    def deco(fn: Callable) -> Callable:
        sig = inspect.signature(fn, eval_str=True)  # the pages use `from __future__ import annotations`
        is_async = inspect.iscoroutinefunction(fn)

        async def call(kwargs: dict[str, Any]) -> Any:
            return await fn(**kwargs) if is_async else fn(**kwargs)

        async def api_endpoint(**kwargs: Any) -> Any:
            result = await call(kwargs)
            if isinstance(result, (HTMLResponse, JSONResponse)) or hasattr(result, "status_code"):
                return result
            if isinstance(result, dict) and result.get("error"):  # the page shows it in its form; the API answers 4xx
                from zhengce.web.errors import body

                status = int(result.get("error_status") or 400)
                return JSONUTF8Response(body(status, str(result["error"]), code=result.get("error_code"),
                                             field=result.get("error_field")), status_code=status)
            if isinstance(result, dict):  # a success carries no error field at all
                result = {k: v for k, v in result.items() if k not in ("error", "error_status", "error_code", "error_field")}
            return JSONUTF8Response(result)

        params = list(sig.parameters.values())
        has_request = any(p.annotation is Request or p.name == "request" for p in params)
        html_params = params if has_request else [
            inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request), *params]

        async def html_endpoint(**kwargs: Any) -> Any:
            request: Request = kwargs["request"]
            fn_kwargs = kwargs if has_request else {k: v for k, v in kwargs.items() if k != "request"}
            result = await call(fn_kwargs)
            if hasattr(result, "status_code"):  # a redirect or an error page already made
                return result
            status = int(result.get("error_status") or 400) if isinstance(result, dict) and result.get("error") else 200
            return render_html(request, template, result, status_code=status)

        api_endpoint.__signature__ = sig  # type: ignore[attr-defined]
        api_endpoint.__name__ = f"api_{fn.__name__}"
        html_endpoint.__signature__ = sig.replace(parameters=html_params)  # type: ignore[attr-defined]
        html_endpoint.__name__ = f"page_{fn.__name__}"
        doc = (fn.__doc__ or "").strip()
        router.add_api_route(path, html_endpoint, methods=list(methods), include_in_schema=False,
                             response_class=HTMLResponse)
        if response_model is None:
            from zhengce.web.models import RESPONSE_MODELS, Page

            model = RESPONSE_MODELS.get(path, Page)
        else:
            model = response_model
        router.add_api_route(api_path or ("/api" + (path if path != "/" else "")), api_endpoint,
                             methods=list(methods), summary=summary or (doc.splitlines()[0] if doc else None),
                             description=doc, tags=tags, response_class=JSONUTF8Response,
                             response_model=model, responses=ERROR_RESPONSES)
        return fn

    return deco
