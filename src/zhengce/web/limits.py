"""Request body size limit, enforced before any parsing (pure ASGI, so uploads are never buffered
past the limit)."""

from __future__ import annotations

import json


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
