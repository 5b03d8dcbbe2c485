"""登录 / 退出. Sessions are signed cookies (zhengce.web.sessions); failed sign-ins are rate limited
per address and per account; the JSON API signs in the same way (POST /api/login)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from zhengce.web import sessions
from zhengce.web.app import TooManyRequests, Unauthorized
from zhengce.web.render import JSONUTF8Response, page, render_html
from zhengce.web.users import User

router = APIRouter()


def current_user(request: Request) -> User | None:
    return getattr(request.state, "user", None)


def require_user(request: Request) -> User:
    """Dependency: the signed-in user, else 401 (pages redirect to the sign-in form)."""
    user = current_user(request)
    if user is None:
        raise Unauthorized("请先登录")
    return user


def safe_next(target: str | None) -> str:
    """Only same-site paths: "/x" but not "//evil" or "/\\evil"."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/anxinbao"


def demo_accounts(request: Request) -> list[dict[str, Any]]:
    if not request.app.state.settings.dev_mode:
        return []
    return list(request.app.state.settings.extra.get("demo_accounts", []))


def attempt_login(request: Request, username: str, password: str) -> User:
    limiter = request.app.state.limiter
    ip = request.client.host if request.client else "?"
    keys = (f"ip:{ip}", f"user:{username.strip().lower()}")
    wait = limiter.retry_after(*keys)
    if wait:
        raise TooManyRequests(f"登录失败次数过多，请 {wait} 秒后再试", wait)
    user = request.app.state.users.authenticate(username.strip(), password)
    if user is None:
        limiter.failed(*keys)
        raise Unauthorized("用户名或密码错误")
    limiter.succeeded(keys[1])
    # A new session (and CSRF token) at sign-in: no session fixation.
    request.state.new_session = {"u": user.username, "csrf": sessions.new_csrf_token()}
    return user


@page(router, "/login", "login.html", tags=["账户"])
def login_page(request: Request, next: str | None = None) -> dict:
    """登录页：当前登录用户；开发模式下列出演示账户。"""
    user = current_user(request)
    return {"title": "登录", "signed_in": user.to_json() if user else None, "next": safe_next(next),
            "demo_accounts": demo_accounts(request), "error": None}


@router.post("/login", include_in_schema=False)
def login_submit(request: Request, username: str = Form(...), password: str = Form(...),
                 next: str = Form("/anxinbao")):
    try:
        attempt_login(request, username, password)
    except (Unauthorized, TooManyRequests) as exc:
        status = 429 if isinstance(exc, TooManyRequests) else 401
        data = {"title": "登录", "signed_in": None, "next": safe_next(next), "demo_accounts": demo_accounts(request),
                "error": str(exc), "username": username}
        return render_html(request, "login.html", data, status_code=status)
    return RedirectResponse(safe_next(next), status_code=303)


class LoginBody(BaseModel):
    username: str = Field(..., max_length=64)
    password: str = Field(..., max_length=256)


@router.post("/api/login", tags=["账户"], summary="登录（设置会话 Cookie，返回 CSRF 令牌）")
def api_login(request: Request, body: LoginBody):
    """Sign in; later state-changing API calls send the returned token in the X-CSRF-Token header."""
    user = attempt_login(request, body.username, body.password)
    return JSONUTF8Response({"user": user.to_json(), "csrf_token": request.state.new_session["csrf"]})


@router.post("/logout", include_in_schema=False)
def logout(request: Request):
    request.state.new_session = {"csrf": sessions.new_csrf_token()}
    return RedirectResponse("/", status_code=303)


@router.post("/api/logout", tags=["账户"], summary="退出登录")
def api_logout(request: Request):
    request.state.new_session = {"csrf": sessions.new_csrf_token()}
    return JSONUTF8Response({"signed_out": True})


@router.get("/api/me", tags=["账户"], summary="当前登录用户及其 CSRF 令牌")
def api_me(request: Request, user: User = Depends(require_user)):
    return JSONUTF8Response({"user": user.to_json(), "csrf_token": request.state.csrf_token})
