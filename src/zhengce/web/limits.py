"""Request body size limit, enforced before any parsing (pure ASGI, so uploads are never buffered
past the limit), and a guard refusing JSON text that no UTF-8 store or answer can hold."""

from __future__ import annotations

import json
import re


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    if int(value) > self.max_bytes:
                        return await self._reject(scope, send)
                except ValueError:
                    return await self._reject(scope, send, status=400)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._reject(scope, send)

    async def _reject(self, scope, send, status: int = 413):
        limit_mb = self.max_bytes / (1024 * 1024)
        message = f"上传内容过大：上限 {limit_mb:g} MB" if status == 413 else "请求头 Content-Length 无效"
        await reject(scope, send, status, message)


async def reject(scope, send, status: int, message: str) -> None:
    """Answer before the app runs: the one error body on /api, a small Chinese page elsewhere."""
    api = scope.get("path", "").startswith("/api")
    if api:
        from zhengce.web.errors import body as error_body

        body = json.dumps(error_body(status, message), ensure_ascii=False).encode("utf-8")
        ctype = b"application/json"
    else:
        body = (f"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>{status}</title>"
                f"<p>{message}</p><p><a href=\"/\">返回首页</a></p></html>").encode("utf-8")
        ctype = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
LONE_SURROGATE = "请求正文含有无效字符（不成对的 Unicode 代理项，如 \\ud800）：请检查文字的编码后重试"


def _is_json(scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            mime = value.split(b";", 1)[0].strip().lower()
            return mime == b"application/json" or (mime.startswith(b"application/") and mime.endswith(b"+json"))
    return False


def has_lone_surrogate(raw: bytes) -> bool:
    """JSON may escape half of a UTF-16 pair ("\\ud800"); Python reads it as a str that UTF-8 cannot
    encode, so SQLite, hashing and every answer would fail on it. Only bodies with such an escape are
    parsed here; a body that does not parse is left to the route to refuse."""
    if not _SURROGATE_ESCAPE.search(raw):
        return False
    try:
        json.dumps(json.loads(raw), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except (ValueError, RecursionError):
        return False
    return False


class JSONTextGuard:
    """JSON bodies with a lone surrogate are refused (400, in Chinese) before any route reads them.
    Sits inside BodySizeLimit, so the body it reads whole is already bounded."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not _is_json(scope):
            return await self.app(scope, receive, send)
        chunks, more = [], True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        if has_lone_surrogate(raw):
            return await reject(scope, send, 400, LONE_SURROGATE)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class HeadAsGet:
    """HEAD is GET without the body (RFC 9110 §9.3.2): every page and JSON twin answers it with the
    GET's status and headers instead of 405."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            return await self.app(scope, receive, send)

        async def head_send(message):
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, head_send)
