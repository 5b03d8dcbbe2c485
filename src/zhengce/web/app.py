"""The web app: `create_app()` builds a FastAPI application serving Chinese pages and their JSON twins.

Every page `/x` has a JSON twin `/api/x` (see zhengce.web.render); `/openapi.json` describes the API.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from zhengce import __version__
from zhengce.errors import InputError, NotFound, ZhengceError
from zhengce.paths import default_db_path
from zhengce.web import sessions
from zhengce.web.limits import BodySizeLimit, HeadAsGet, JSONTextGuard
from zhengce.web.methods import AnswerOptions, allowed_methods, root_of
from zhengce.web.ratelimit import LoginLimiter
from zhengce.web.render import STATIC_DIR, JSONUTF8Response, make_env, render_html
from zhengce.web.services import LayerMissing, LibraryAccess
from zhengce.web.users import UserStore

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass
class Settings:
    db_path: Path
    users_path: Path | str
    dev_mode: bool = False
    secret: bytes = b""
    https: bool = False
    max_upload_bytes: int = 5 * 1024 * 1024
    max_batch_rows: int = 20000
    anxinbao_url: str | None = None
    login_max_failures: int = 5
    login_window_seconds: float = 300.0
    trusted_proxies: tuple = ()  # networks whose X-Forwarded-For is believed
    base_url: str = ""  # the site's public address for absolute links (feeds); "" = relative links
    extra: dict[str, Any] = field(default_factory=dict)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def parse_proxies(spec: str | list | tuple | None) -> tuple:
    """'10.0.0.1, 192.168.0.0/24' → networks; a bad entry is a one-line error."""
    if not spec:
        return ()
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out = []
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise InputError(f"受信任代理地址无效：{item!r}（写 IP 或网段，如 10.0.0.1 或 10.0.0.0/24）") from None
    return tuple(out)


def parse_base_url(spec: str | None) -> str:
    """'https://zc.example.gov.cn/' → 'https://zc.example.gov.cn'. The public address absolute links are
    built from, configured by the operator — never the request's Host header, which any client can forge
    (a cache behind a proxy would then serve the forged links to everyone). Blank: relative links."""
    from urllib.parse import urlsplit

    text = (spec or "").strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        parts = None
    if (parts is None or parts.scheme not in ("http", "https") or not parts.hostname or parts.query
            or parts.fragment or parts.username or any(c.isspace() or ord(c) < 32 or c in '"<>\\`' for c in text)):
        raise InputError(f"站点地址无效：{text[:100]!r}（写 http(s)://主机[:端口][/路径]，如 https://zc.example.gov.cn）")
    return text.rstrip("/")


def _in(networks: tuple, host: str) -> bool:
    try:
        ip = ipaddress.ip_address(host.strip())
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_ip(request: Request) -> str:
    """The client's address. X-Forwarded-For counts only when the peer is a configured proxy; then the
    nearest address in it that is not itself a trusted proxy is the client."""
    peer = request.client.host if request.client else "?"
    proxies = request.app.state.settings.trusted_proxies
    if not proxies or not _in(proxies, peer):
        return peer
    chain = [h.strip() for v in request.headers.getlist("x-forwarded-for") for h in v.split(",") if h.strip()]
    for host in reversed(chain):
        if not _in(proxies, host):
            try:
                return str(ipaddress.ip_address(host))
            except ValueError:
                return peer
    return peer


def users_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-web-users.sqlite")


def create_app(db_path: str | Path | None = None, *, dev_mode: bool = False, users_path: str | Path | None = None,
               secret: bytes | None = None, max_upload_bytes: int = 5 * 1024 * 1024,
               login_max_failures: int = 5, login_window_seconds: float = 300.0, demo: bool = False,
               anxinbao_url: str | Path | None = None, trusted_proxies: str | list | None = None,
               remove_demo: bool = False, base_url: str | None = None) -> FastAPI:
    """The app over the library at `db_path` (default: zhengce.paths.default_db_path()).

    demo creates (or resets) the demo accounts, one per 安心宝 role, and implies dev_mode, which
    shows them with their passwords on the sign-in page. Accounts live in `users_path` (default:
    beside the database). The session key is $ZHENGCE_SECRET, `secret`, or a key file beside the
    database. The 安心宝 console works on `anxinbao_url` (default: the program's own default,
    $ZHENGCE_ANXINBAO_DB or <ZHENGCE_HOME>/anxinbao.sqlite, as `zhengce anxinbao` uses).

    Demo accounts and the demo book exist only in a demo home (zhengce.web.demo.prepare_home): demo on
    a home with real accounts or a real book is refused; no demo on a home with demo leftovers is
    refused unless remove_demo (then settings.extra["demo_removed"] says what went). X-Forwarded-For
    is believed only from `trusted_proxies` (or $ZHENGCE_TRUSTED_PROXIES). Absolute links (the inbox
    feeds) start with `base_url` (or $ZHENGCE_BASE_URL); without one they are relative.
    """
    db = Path(db_path) if db_path else default_db_path()
    settings = Settings(
        db_path=db,
        users_path=users_path or users_path_for(db),
        dev_mode=dev_mode or demo,
        secret=secret or sessions.load_secret(db.with_name(db.stem + "-web-secret.key")),
        max_upload_bytes=max_upload_bytes,
        login_max_failures=login_max_failures,
        login_window_seconds=login_window_seconds,
        anxinbao_url=str(anxinbao_url) if anxinbao_url else None,
        trusted_proxies=parse_proxies(trusted_proxies if trusted_proxies is not None
                                      else os.environ.get("ZHENGCE_TRUSTED_PROXIES")),
        base_url=parse_base_url(base_url if base_url is not None else os.environ.get("ZHENGCE_BASE_URL")),
    )
    if settings.anxinbao_url is None:
        from zhengce.programs.anxinbao.storage import default_url

        settings.anxinbao_url = default_url()
    app = FastAPI(
        title="zhengce 政策 API",
        version=__version__,
        description=("浙江惠企政策：政策库、文件、对比、测算、批量测算、预算与科创安心宝。"
                     "每个页面 `/x` 都有 JSON 孪生接口 `/api/x`，参数相同。"),
        dependencies=[Depends(csrf_protect)],
        docs_url=None, redoc_url=None,  # the Swagger UI would load scripts from a CDN; the machine is offline
    )
    app.state.settings = settings
    app.state.jinja = make_env()
    app.state.codec = sessions.SessionCodec(settings.secret)
    app.state.users = UserStore(settings.users_path)
    app.state.limiter = LoginLimiter(login_max_failures, login_window_seconds)
    app.state.library = LibraryAccess(db)
    from zhengce.web.demo import ensure_demo_users, prepare_home

    settings.extra["demo_removed"] = prepare_home(app.state.users, settings.anxinbao_url, demo=demo,
                                                  remove_demo=remove_demo)
    if demo:
        settings.extra["demo_accounts"] = ensure_demo_users(app.state.users)
    _include_pages(app)
    if demo:
        from zhengce.web.demo import seed_anxinbao
        from zhengce.web.pages.console import program

        seed_anxinbao(program(app))

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_middleware(AnswerOptions)  # inside the session middleware: its answer gets the security headers
    _install_session_middleware(app)
    _install_error_handlers(app)
    _describe_errors(app)
    app.add_middleware(JSONTextGuard)
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodySizeLimit, max_bytes=max_upload_bytes)  # added last: outermost, bounds the guard's read
    return app


def _include_pages(app: FastAPI) -> None:
    from zhengce.web.pages import include_all

    include_all(app)


def _install_session_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def session_middleware(request: Request, call_next):
        codec: sessions.SessionCodec = app.state.codec
        _drop_empty_query_params(request)
        raw = request.cookies.get(sessions.COOKIE_NAME)
        session = codec.decode(raw)
        fresh = session is None
        if fresh:
            session = {"csrf": sessions.new_csrf_token()}
        request.state.session = session
        request.state.had_session_cookie = raw is not None and not fresh
        request.state.csrf_token = session["csrf"]
        user = None
        if session.get("u"):  # signed in only while the server still holds the session (sign-out revokes it)
            user = app.state.users.session_user(session.get("sid"), session["u"])
            if user is None:
                session = {"csrf": session["csrf"]}
                request.state.session = session
        request.state.user = user
        response = await call_next(request)
        out = getattr(request.state, "new_session", None)
        if out is not None:  # sign-in or sign-out replaced the session
            _set_cookie(app, response, codec.encode(out))
        elif fresh and not request.url.path.startswith(("/static", "/api")):
            _set_cookie(app, response, codec.encode(session))
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.url.path.startswith("/api"):  # which rule files answered (see docs/rules.md, fingerprints)
            from zhengce.rules import load_rulebook
            response.headers.setdefault("X-Rulebook-Fingerprint", load_rulebook().fingerprint)
        return response


def _drop_empty_query_params(request: Request) -> None:
    """A submitted filter form sends `status=&year=` for fields left blank; blank means "not given"."""
    raw = request.scope.get("query_string", b"")
    if b"=&" in raw + b"&" or raw.endswith(b"="):
        from urllib.parse import parse_qsl, urlencode

        pairs = [(k, v) for k, v in parse_qsl(raw.decode("latin-1"), keep_blank_values=True) if v != ""]
        request.scope["query_string"] = urlencode(pairs).encode("latin-1")


def _set_cookie(app: FastAPI, response, value: str) -> None:
    response.set_cookie(sessions.COOKIE_NAME, value, max_age=sessions.MAX_AGE_SECONDS, httponly=True,
                        samesite="lax", secure=app.state.settings.https, path="/")


async def csrf_protect(request: Request) -> None:
    """State-changing requests that carry a session must echo its CSRF token.

    A request with no session cookie has no ambient authority (it acts as nobody), so stateless
    API calls such as POST /api/check need no token; anything signed in, and every form, does.
    """
    if request.method in SAFE_METHODS:
        return
    has_cookie = sessions.COOKIE_NAME in request.cookies
    if not has_cookie and request.url.path.startswith("/api"):
        return
    expected = request.state.csrf_token if request.state.had_session_cookie else None
    given = request.headers.get("x-csrf-token")
    if not given:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            given = form.get("csrf_token")  # type: ignore[assignment]
    if not sessions.csrf_matches(expected, given if isinstance(given, str) else None):
        raise Forbidden("CSRF 校验失败：请刷新页面后重试")


class Forbidden(ZhengceError):
    """Not allowed (CSRF, role)."""


class Unauthorized(ZhengceError):
    """Not signed in."""


class TooManyRequests(ZhengceError):
    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


def status_for(exc: Exception) -> int:
    explicit = getattr(exc, "http_status", None)  # layers may say (e.g. 安心宝 refusals)
    if isinstance(explicit, int) and 400 <= explicit < 600:
        return explicit
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, LayerMissing):
        return 503
    if isinstance(exc, Unauthorized):
        return 401
    if isinstance(exc, TooManyRequests):
        return 429
    if isinstance(exc, (Forbidden, PermissionError)):
        return 403
    name = type(exc).__name__.lower()
    if "permission" in name or "forbidden" in name or "denied" in name or "notallowed" in name:
        return 403
    if "notfound" in name:
        return 404
    if "conflict" in name or "state" in name:
        return 409
    if isinstance(exc, InputError):
        return 400
    return 400


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None,
                   *, code: str | None = None, field: str | None = None, body: dict[str, Any] | None = None):
    """The error as a page, or on /api as the one JSON error shape (zhengce.web.errors)."""
    from zhengce.web import errors

    body = body or errors.body(status, str(message), code=code, field=field)
    message = body["error"]["message"]
    if request.url.path.startswith("/api"):
        return JSONUTF8Response(body, status_code=status, headers=headers)
    if status == 401:  # a page that needs a session: go sign in, then come back
        from fastapi.responses import RedirectResponse
        from urllib.parse import quote

        target = request.url.path + (("?" + request.url.query) if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
    resp = render_html(request, "error.html", {"status": status, "message": message, "title": f"出错了（{status}）",
                                               "error": body["error"]}, status_code=status)
    if headers:
        resp.headers.update(headers)
    return resp


BODY_UNREADABLE = ("请求正文无法读取：应为 UTF-8 编码的 JSON，嵌套不超过数百层，"
                   "数字不超过 4300 位")


# starlette's form parser answers in English; what a hand-made or truncated upload meets, in Chinese
FORM_ERRORS_ZH = [
    ("Missing boundary", "表单（multipart/form-data）缺少分隔符 boundary"),
    ("Invalid multipart", "表单（multipart/form-data）格式有误，可能上传不完整"),
    ("Too many fields", "表单字段过多（上限 1000 个）"), ("Too many files", "上传文件过多（上限 1000 个）"),
    ("exceeded maximum size", "表单中的文字字段过大（上限 1 MB；文件请用文件字段上传）"),
    ('"name" must be provided', "表单的某一部分缺少字段名 name"),
]


def _has_chinese(text: str) -> bool:
    from zhengce.web.errors import has_chinese

    return has_chinese(text)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ZhengceError)
    async def zhengce_error(request: Request, exc: ZhengceError):
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, TooManyRequests) else None
        return error_response(request, status_for(exc), str(exc), headers, code=getattr(exc, "code", None),
                              field=getattr(exc, "field", None))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):  # a bug: say so in Chinese, no traceback
        import logging

        logging.getLogger("zhengce.web").exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "服务器内部错误：请求未能完成，已记录；请稍后重试或联系管理员")

    @app.exception_handler(PermissionError)
    async def permission_error(request: Request, exc: PermissionError):
        return error_response(request, 403, str(exc) or "无权执行此操作")

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        from zhengce.web.errors import validation_body

        body = validation_body(list(exc.errors()), request.scope.get("route"))
        return error_response(request, 422, body["error"]["message"], body=body)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = {404: "页面不存在：请检查网址", 405: "不支持此请求方法"}.get(exc.status_code, str(exc.detail))
        code = field = None
        headers = getattr(exc, "headers", None)
        allow = (allowed_methods(request.app, request.scope["path"], root_of(request.scope))
                 if exc.status_code == 405 else [])
        if allow:  # every method of the address, not only the first route's (zhengce.web.methods)
            headers = {**(headers or {}), "Allow": ", ".join(allow)}
            message = f"不支持此请求方法：本地址只接受 {'、'.join(allow)}"
        if isinstance(exc.detail, dict):  # a program router's refusal: {"code", "message", ...}
            message = str(exc.detail.get("message") or exc.detail.get("code") or "")
            code, field = exc.detail.get("code"), exc.detail.get("field")
        elif exc.detail == "There was an error parsing the body":  # FastAPI's words for an unreadable JSON body
            message = BODY_UNREADABLE
        elif exc.status_code == 400 and isinstance(exc.detail, str) and not _has_chinese(exc.detail):
            message = next((zh for en, zh in FORM_ERRORS_ZH if en in exc.detail), "请求内容无法读取：格式有误")
        elif exc.status_code not in (404, 405) and exc.detail:
            message = str(exc.detail)
        return error_response(request, exc.status_code, message, headers=headers, code=code, field=field)


def _describe_errors(app: FastAPI) -> None:
    """/openapi.json: every API operation's errors are the one ErrorBody shape (FastAPI's default
    422 schema would describe a body this app never sends)."""
    from zhengce.web.errors import ErrorBody

    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = plain()
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        body = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in body.pop("$defs", {}).items():
            comps.setdefault(name, sub)
        comps["ErrorBody"] = body
        comps.pop("HTTPValidationError", None)
        comps.pop("ValidationError", None)
        ref = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
        for ops in schema.get("paths", {}).values():
            for op in ops.values():
                responses = op.setdefault("responses", {})
                for status, resp in list(responses.items()):
                    if status.startswith(("4", "5")):
                        resp["content"] = ref
                responses.setdefault("4XX", {"description": "出错（格式统一，见 ErrorBody）", "content": ref})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
