"""OPTIONS and TRACE: OPTIONS says which methods an address accepts (204, Allow, an empty body); TRACE, which
would send the request's headers back, stays refused with the one error shape and the same Allow header."""

from __future__ import annotations

import pytest

from tests.web.test_attacks import _error

SECRET = "回声测试-不应出现在应答里"


@pytest.mark.parametrize("path, allow", [
    ("/", "GET, HEAD, OPTIONS"),
    ("/docs/某份文件/第三条", "GET, HEAD, OPTIONS"),  # a path parameter: the route still matches
    ("/api/check", "GET, HEAD, POST, OPTIONS"),
    ("/login", "GET, HEAD, POST, OPTIONS"),
    ("/static/site.css", "GET, HEAD, OPTIONS"),
])
def test_options_names_the_methods_and_echoes_nothing(client, path, allow):
    r = client.options(path, headers={"X-Probe": SECRET.encode().hex(), "Origin": "http://elsewhere.example"})
    assert r.status_code == 204 and r.content == b""
    assert r.headers["allow"] == allow and "TRACE" not in r.headers["allow"]
    assert SECRET.encode().hex() not in str(r.headers) and "access-control-allow-origin" not in r.headers
    assert r.headers["x-content-type-options"] == "nosniff"  # the security headers every answer has


def test_options_on_no_address_is_the_usual_404(client):
    _error(client.options("/api/没有这个接口"), 404)


@pytest.mark.parametrize("path, allow", [("/api/check", "GET, HEAD, POST, OPTIONS"), ("/", "GET, HEAD, OPTIONS")])
def test_trace_is_refused_in_chinese_with_the_allow_header(client, path, allow):
    token = SECRET.encode().hex()
    r = client.request("TRACE", path, headers={"X-Probe": token, "Cookie": f"probe={token}"})
    assert r.status_code == 405 and r.headers["allow"] == allow and token not in r.text
    if path.startswith("/api"):
        err = _error(r, 405)
        assert err["code"] == "method_not_allowed" and "GET、HEAD、POST、OPTIONS" in err["message"]
    else:
        assert r.headers["content-type"].startswith("text/html") and "不支持此请求方法" in r.text


def test_a_405_names_every_route_at_the_address(client):
    """The router's own header named only the first route it matched: /api/check (GET and POST) said "GET"."""
    client.cookies.clear()
    r = client.put("/api/check", json={})
    err = _error(r, 405)
    assert r.headers["allow"] == "GET, HEAD, POST, OPTIONS" and "本地址只接受" in err["message"]
    r = client.post("/", data={})
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD, OPTIONS"
