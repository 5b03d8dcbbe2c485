"""规则审核: a reviewer uploads a drafted rule file (or picks a shipped one), sees each rule beside
its quote, the cited article and the review notes, accepts / edits / rejects it, and downloads the
reviewed YAML. Only signed-in users with the reviewer role; forms carry the CSRF token.

Files under review are kept in memory per app (a bounded store), each visible to its owner only.
The decisions are the same code as `zhengce rules review` (zhengce.rules.review).
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import OrderedDict
from typing import Any

from fastapi import APIRouter, Body, Depends, FastAPI, File, Form, Path, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from zhengce.errors import InputError, NotFound
from zhengce.web.app import Forbidden
from zhengce.web.pages.auth import require_user
from zhengce.web import models
from zhengce.web.errors import ERROR_RESPONSES
from zhengce.web.render import JSONUTF8Response, page, render_html
from zhengce.web.users import User

router = APIRouter()
REVIEWER = "reviewer"
TOKEN = Path(..., min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
MAX_FILES = 200
MAX_FLASHES = 20  # per file: the outcomes of its latest decisions, named in the redirect by a random key


class ReviewStore:
    """Files under review: token -> (owner, name, ReviewFile); the oldest go first when full."""

    def __init__(self, limit: int = MAX_FILES):
        self.limit, self._items, self._lock = limit, OrderedDict(), threading.Lock()
        self._flashes: dict[str, OrderedDict] = {}

    def add(self, owner: str, name: str, review) -> str:
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._items[token] = (owner, name, review, time.time())
            while len(self._items) > self.limit:
                old, _ = self._items.popitem(last=False)
                self._flashes.pop(old, None)
        return token

    def flash(self, token: str, owner: str, outcome: dict) -> str:
        """Keep a decision's outcome on the server; the redirect carries only its random key, so the page's
        messages are the server's words, never text from the URL (docs/web.md, "Errors")."""
        self.get(token, owner)
        key = secrets.token_urlsafe(9)
        with self._lock:
            kept = self._flashes.setdefault(token, OrderedDict())
            kept[key] = outcome
            while len(kept) > MAX_FLASHES:
                kept.popitem(last=False)
        return key

    def outcome(self, token: str, key: str | None) -> dict:
        """The outcome kept under `key` for this file (the caller owns it), or nothing for any other value."""
        with self._lock:
            return dict(self._flashes.get(token, {}).get(key, {})) if key else {}

    def get(self, token: str, owner: str):
        with self._lock:
            item = self._items.get(token)
        if item is None or item[0] != owner:  # another reviewer's file is as good as absent
            raise NotFound("没有这个审核文件（可能已过期），请重新上传")
        return item


def setup(app: FastAPI) -> None:
    app.state.rule_reviews = ReviewStore()


def require_reviewer(user: User = Depends(require_user)) -> User:
    if user.role != REVIEWER:
        raise Forbidden("只有规则审核员（reviewer 角色）可以审核规则")
    return user


def _store(request: Request) -> ReviewStore:
    return request.app.state.rule_reviews


def shipped_files() -> list[dict]:
    from zhengce.rules.rulebook import POLICY_DIR, rule_files
    return [{"path": p.relative_to(POLICY_DIR).as_posix()} for p in rule_files(POLICY_DIR)]


MAX_FLOW_DEPTH = 100  # far above any rule file; the YAML reader takes seconds on thousands of "["


def check_nesting(text: str, name: str) -> None:
    """Refuse deeply nested flow YAML ("[[[[…", "{a: {a: …") before the reader spends seconds on it."""
    depth = deepest = 0
    for ch in re.sub(r"[^\[\]{}]", "", text):
        depth = depth + 1 if ch in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
        if deepest > MAX_FLOW_DEPTH:
            raise InputError(f"{name}：嵌套过深（超过 {MAX_FLOW_DEPTH} 层），不能作为规则文件")


def _open_text(text: str, name: str):
    from zhengce.rules.review import ReviewFile
    check_nesting(text, name)
    try:
        return ReviewFile(text, name)
    except (ValueError, OverflowError) as exc:  # the reader's own: an impossible date, a 5,000-digit number
        raise InputError(f"{name}：有无法读取的值（如不存在的日期 2025-13-40 或过长的数字），请改正后重新上传") from None


def _load_shipped(path: str):
    from zhengce.rules.rulebook import POLICY_DIR
    allowed = {f["path"] for f in shipped_files()}
    if path not in allowed:  # only the listed files: no path from the request touches the disk
        raise InputError(f"没有规则文件 {path!r}")
    return _open_text((POLICY_DIR / path).read_text(encoding="utf-8"), path)


@page(router, "/rules/review", "rules_review.html", tags=["规则审核"])
def review_home(request: Request, user: User = Depends(require_reviewer)) -> dict:
    """规则审核：上传起草的规则文件或选择已发布的规则文件。"""
    return {"title": "规则审核", "files": shipped_files(), "error": None, "review": None,
            "max_mb": request.app.state.settings.max_upload_bytes // (1024 * 1024)}


def view(token: str, name: str, review) -> dict[str, Any]:
    rules = [review.context(r) for r in review.rules()]
    return {"title": f"规则审核：{name}", "token": token, "name": name, "summary": review.summary(),
            "header_problem": review.header_problem,
            "document": {k: str(v) if v is not None else None
                         for k, v in review.data["document"].items() if k not in ("source",)},
            "rules": rules, "download": f"/rules/review/{token}/download"}


@page(router, "/rules/review/{token}", "rules_review.html", tags=["规则审核"])
def review_file(request: Request, token: str = TOKEN, user: User = Depends(require_reviewer)) -> dict:
    """一份审核中的规则文件：每条规则及其原文引用、所引条款全文、审核提示和审核状态。"""
    store = _store(request)
    _, name, review, _ = store.get(token, user.username)
    data = view(token, name, review)
    data.update({"files": [], "error": None, "done": None, "notified": None, "subs": None})
    data.update(store.outcome(token, request.query_params.get("m")))  # ?m=<key>: the server's own record
    return data


def _open(request: Request, user: User, upload: UploadFile | None, path: str | None, text: str | None = None):
    limit = request.app.state.settings.max_upload_bytes
    if upload is not None and upload.filename:
        raw = upload.file.read(limit + 1)
        if len(raw) > limit:
            raise InputError("上传文件过大")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("规则文件须为 UTF-8 编码的 YAML") from None
        review = _open_text(text, upload.filename)
        name = upload.filename
    elif text is not None:
        if len(text.encode("utf-8")) > limit:
            raise InputError("规则文件过大")
        review, name = _open_text(text, "uploaded.yaml"), "uploaded.yaml"
    elif path:
        review, name = _load_shipped(path), path
    else:
        raise InputError("请上传规则文件或选择一个已发布的规则文件")
    return _store(request).add(user.username, name, review)


@router.post("/rules/review", include_in_schema=False)
def review_upload(request: Request, file: UploadFile | None = File(None), path: str | None = Form(None, max_length=200),
                  user: User = Depends(require_reviewer)):
    try:
        token = _open(request, user, file, path)
    except InputError as exc:
        data = review_home(request, user)
        data["error"] = str(exc)
        return render_html(request, "rules_review.html", data, status_code=422)
    return RedirectResponse(f"/rules/review/{token}", status_code=303)


@router.post("/api/rules/review", tags=["规则审核"], summary="开始审核一份规则文件", response_model=models.ReviewView, responses=ERROR_RESPONSES)
def api_review_upload(request: Request, body: dict[str, Any] = Body(..., examples=[{"path": "zhejiang/huzhou/2025.yaml"}]),
                      user: User = Depends(require_reviewer)):
    """Body: {"yaml": "<rule file text>"} or {"path": "<shipped rule file>"}; returns the file under review."""
    text, path = body.get("yaml"), body.get("path")
    if text is not None and not isinstance(text, str) or path is not None and not isinstance(path, str):
        raise InputError("yaml 与 path 须为字符串")
    token = _open(request, user, None, path, text)
    _, name, review, _ = _store(request).get(token, user.username)
    return JSONUTF8Response(view(token, name, review), status_code=201)


def _decide(request: Request, user: User, token: str, rule_id: str, action: str, conditions: str | None,
            formula: str | None) -> str | None:
    _, _, review, _ = _store(request).get(token, user.username)
    edits = {k: v for k, v in (("conditions", conditions), ("formula", formula)) if v not in (None, "")}
    decide(review, rule_id, action, user.display_name or user.username, edits if action == "edit" else None)
    return notify(name_of(request, user, token), review, rule_id, action)


def decide(review, rule_id: str, action: str, by: str, edits: dict | None) -> None:
    """review.decide, with typed edits held to the same limits as an uploaded file."""
    for key, value in (edits or {}).items():
        if isinstance(value, str):
            check_nesting(value, f"{rule_id}.{key}")
    try:
        review.decide(rule_id, action, by, edits)
    except (ValueError, OverflowError, RecursionError) as exc:
        raise InputError(f"{rule_id}：修改内容有无法读取的值（如不存在的日期或过长的数字、嵌套过深）") from None


def name_of(request: Request, user: User, token: str) -> str:
    return _store(request).get(token, user.username)[1]


def notify(name: str, review, rule_id: str, action: str) -> dict | None:
    """政策找企业: a decision recomputes the subscriptions against the reviewed file (idempotent: the same
    decision twice notifies nobody twice). The run ({subscriptions, notifications}, or {error}); None
    when nobody has subscribed."""
    if action == "skip":
        return None
    from zhengce.programs.calls.subscriptions import notify_after_review
    try:
        run = notify_after_review(name, review.dump(), f"规则审核 {name}: {rule_id}")
    except InputError as exc:
        return {"error": f"订阅未重新计算：{exc}"}
    return {k: run[k] for k in ("subscriptions", "notifications")} if run else None


@router.post("/rules/review/{token}/decide", include_in_schema=False)
def review_decide(request: Request, token: str = TOKEN, rule_id: str = Form(..., max_length=200),
                  action: str = Form(..., max_length=10), conditions: str | None = Form(None, max_length=20000),
                  formula: str | None = Form(None, max_length=5000), user: User = Depends(require_reviewer)):
    from urllib.parse import quote
    try:
        notified = _decide(request, user, token, rule_id, action, conditions, formula)
        outcome = {"done": rule_id}
        if notified and "error" in notified:
            outcome["error"] = notified["error"]
        elif notified:
            outcome.update(subs=notified["subscriptions"], notified=notified["notifications"])
    except InputError as exc:
        outcome = {"error": str(exc)}
    key = _store(request).flash(token, user.username, outcome)
    return RedirectResponse(f"/rules/review/{token}?m={key}#r-{quote(rule_id, safe='')}", status_code=303)


@router.post("/api/rules/review/{token}/decide", tags=["规则审核"], summary="对一条规则作出审核决定", response_model=models.ReviewView, responses=ERROR_RESPONSES)
def api_review_decide(request: Request, token: str = TOKEN,
                      body: dict[str, Any] = Body(..., examples=[{"rule_id": "x", "action": "accept"}]),
                      user: User = Depends(require_reviewer)):
    """Body: {"rule_id", "action": accept|reject|edit|skip, "conditions"?, "formula"?} (edits as YAML text
    or JSON values); returns the file under review."""
    rule_id, action = body.get("rule_id"), body.get("action")
    if not isinstance(rule_id, str) or not isinstance(action, str):
        raise InputError("rule_id 与 action 须为字符串")
    _, name, review, _ = _store(request).get(token, user.username)
    edits = {k: body[k] for k in ("conditions", "formula") if body.get(k) not in (None, "")}
    decide(review, rule_id, action, user.display_name or user.username, edits if action == "edit" else None)
    return JSONUTF8Response({**view(token, name, review), "notified": notify(name, review, rule_id, action)})


@router.get("/api/rules/review/{token}/download", tags=["规则审核"], summary="下载审核后的规则文件 (YAML)")
@router.get("/rules/review/{token}/download", include_in_schema=False)
def review_download(request: Request, token: str = TOKEN, user: User = Depends(require_reviewer)):
    _, name, review, _ = _store(request).get(token, user.username)
    filename = name.rsplit("/", 1)[-1] or "rules.yaml"
    from urllib.parse import quote
    return Response(review.dump(), media_type="application/yaml; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"})
