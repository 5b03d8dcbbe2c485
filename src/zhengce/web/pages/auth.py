"""登录 / 退出. Sessions are signed cookies (zhengce.web.sessions); failed sign-ins are rate limited
per address and per account; the JSON API signs in the same way (POST /api/login)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from zhengce.web import sessions
from zhengce.web.app import TooManyRequests, Unauthorized, client_ip
from zhengce.web import models
from zhengce.web.errors import ERROR_RESPONSES
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
    """Only same-site paths. Browsers drop tabs and newlines from URLs and read "\\" as "/", so "/%09/evil",
    "//evil", "/\\evil" and their percent-encoded forms all leave the site: any control character, space or
    backslash, a second leading slash, or a scheme or host after decoding, and the target is refused."""
    fallback = "/anxinbao"
    if not isinstance(target, str) or not target.startswith("/") or len(target) > 2000:
        return fallback
    text = target
    for _ in range(3):  # nested encodings: %252F → %2F → /
        if any(ord(c) < 0x20 or c in "\\\x7f" for c in text) or text.startswith("//"):
            return fallback
        parts = urlsplit(text)
        if parts.scheme or parts.netloc:
            return fallback
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    else:
        return fallback
    return target


def demo_accounts(request: Request) -> list[dict[str, Any]]:
    if not request.app.state.settings.dev_mode:
        return []
    return list(request.app.state.settings.extra.get("demo_accounts", []))


def attempt_login(request: Request, username: str, password: str) -> User:
    limiter = request.app.state.limiter
    users = request.app.state.users
    # Failures are counted per address, and per account only for accounts that exist: made-up
    # usernames cannot grow the limiter's memory (and the answer is the same for both).
    keys = [f"ip:{client_ip(request)}"]
    if users.exists(username.strip()):
        keys.append(f"user:{username.strip().lower()}")
    wait = limiter.retry_after(*keys)
    if wait:
        raise TooManyRequests(f"登录失败次数过多，请 {wait} 秒后再试", wait)
    user = users.authenticate(username.strip(), password)
    if user is None:
        limiter.failed(*keys)
        raise Unauthorized("用户名或密码错误")
    limiter.succeeded(*keys[1:])
    # A new session (and CSRF token) at sign-in: no session fixation.
    sid = request.app.state.users.open_session(user.username, sessions.MAX_AGE_SECONDS)
    request.state.new_session = {"u": user.username, "sid": sid, "csrf": sessions.new_csrf_token()}
    return user


def sign_out(request: Request) -> None:
    """End the session on the server (a copied cookie is dead from now on) and start an anonymous one."""
    request.app.state.users.close_session(request.state.session.get("sid"))
    request.state.new_session = {"csrf": sessions.new_csrf_token()}


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


@router.post("/api/login", tags=["账户"], summary="登录（设置会话 Cookie，返回 CSRF 令牌）", response_model=models.SignedIn, responses=ERROR_RESPONSES)
def api_login(request: Request, body: LoginBody):
    """Sign in; later state-changing API calls send the returned token in the X-CSRF-Token header."""
    user = attempt_login(request, body.username, body.password)
    return JSONUTF8Response({"user": user.to_json(), "csrf_token": request.state.new_session["csrf"]})


@router.post("/logout", include_in_schema=False)
def logout(request: Request):
    sign_out(request)
    return RedirectResponse("/", status_code=303)


@router.post("/api/logout", tags=["账户"], summary="退出登录（服务器端注销会话）", response_model=models.SignedOut, responses=ERROR_RESPONSES)
def api_logout(request: Request):
    sign_out(request)
    return JSONUTF8Response({"signed_out": True})


@router.get("/api/me", tags=["账户"], summary="当前登录用户及其 CSRF 令牌", response_model=models.SignedIn, responses=ERROR_RESPONSES)
def api_me(request: Request, user: User = Depends(require_user)):
    return JSONUTF8Response({"user": user.to_json(), "csrf_token": request.state.csrf_token})
