"""Every page and JSON answer of the app speaks Chinese to people: no English sentence outside the
machine-readable `code` fields, no raw internal key (field names, warning codes, corpus file names)
on a page, and every API error in the one error shape. The routes are walked from the app itself
(every GET page and its JSON twin), plus error cases: an unknown document, bad query values, bad form
input, an unknown address and a wrong method."""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

import pytest

from zhengce.reading.model import WARNING_MEANINGS

from .conftest import login

DOC = "004_c74db4dc4724db3b/d2"  # a document of the shipped corpus (its id, used as data)
DRAFT = "000_06e7bbbd202afb43/d1"

# An English sentence: four or more Latin words in a row (single tokens such as "final" or "JSON" are
# values or names, not sentences).
SENTENCE = re.compile(r"[A-Za-z][A-Za-z'’]+(?:[ ,;:]+[A-Za-z][A-Za-z'’]*){3,}")
# What a page must never show a person: internal field names, warning codes, corpus file names,
# Python reprs of dicts.
RAW_KEYS = ["total_budget_yuan", "doc_number", "comment_period", ".txt 第", ".txt", "{'from'", "'span'",
            "amount_yuan", "cap_yuan", *WARNING_MEANINGS]
PAGE_ATTRS = re.compile(r'\s(?:title|placeholder|aria-label|alt)="([^"]*)"')


def visible(page: str) -> str:
    """The text a person sees: tags, scripts and styles dropped; plus the attributes shown on hover."""
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    attrs = " ".join(PAGE_ATTRS.findall(body))
    text = re.sub(r"(?s)<[^>]+>", " ", body)
    return htmllib.unescape(text + " " + attrs)


def page_problems(url: str, page: str) -> list[str]:
    text = visible(page)
    out = [f"{url}: English sentence {m.group()!r}" for m in SENTENCE.finditer(text)]
    out += [f"{url}: raw key {k!r}" for k in RAW_KEYS if re.search(rf"(?<![A-Za-z_]){re.escape(k)}(?![A-Za-z_])", text)]
    return out


MACHINE_KEYS = {"code", "id", "field", "url", "api_url", "href", "link", "source", "series", "content_hash",
                "fingerprint", "sha256", "path", "rule_id", "formula", "type", "csrf_token"}


def json_problems(url: str, data: Any, key: str = "") -> list[str]:
    """English sentences in any string of a JSON answer except machine fields."""
    if isinstance(data, dict):
        return [p for k, v in data.items() if k not in MACHINE_KEYS for p in json_problems(url, v, k)]
    if isinstance(data, list):
        return [p for v in data for p in json_problems(url, v, key)]
    if isinstance(data, str):
        out = [f"{url}: {key}: English sentence {m.group()!r}" for m in SENTENCE.finditer(data)]
        if ".txt 第" in data:
            out.append(f"{url}: {key}: corpus file named {data!r}")
        return out
    return []


def error_problems(url: str, r) -> list[str]:
    body = r.json()
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict) or set(body) != {"error"}:
        return [f"{url}: error body is not {{'error': {{code, message, field}}}}: {body!r}"]
    out = []
    if not re.fullmatch(r"[a-z][a-z0-9_]*", str(err.get("code", ""))):
        out.append(f"{url}: code {err.get('code')!r} is not a machine code")
    if not re.search(r"[\u4e00-\u9fff]", str(err.get("message", ""))):
        out.append(f"{url}: message not in Chinese: {err.get('message')!r}")
    if "field" not in err:
        out.append(f"{url}: error has no field key")
    return out + json_problems(url, {k: v for k, v in err.items() if k != "code"})


def get_urls(app) -> list[str]:
    """Every GET page of the app, with its path parameters filled."""
    fill = {"doc_id": DOC, "job_id": "no-such-job", "token": "no-such-token", "project_id": "no-such-project"}
    urls = []
    for path, ops in app.openapi()["paths"].items():
        if "get" not in ops or not path.startswith("/api"):
            continue
        concrete = re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), "x"), path)
        urls.append(concrete)
        urls.append(concrete[4:] or "/")  # the page of a JSON twin (a missing page is a 404, scanned too)
    return sorted(set(urls))


# The programs' own REST routers and the profile's JSON Schema are scanned like the rest: their
# catalogues (operation docs, parameter notes, schema descriptions) are read by people too.
PROGRAM_CATALOGUES = ("/api/anxinbao/operations", "/api/anxinbao/parameters", "/api/calls/selection/operations",
                      "/api/check/schema")

QUERIES = {
    "/search": {"q": "高新技术企业"},
    "/compare": {"a": DRAFT, "b": DOC},
    "/compare/topic": {"topic": "高新技术企业", "year": 2025},
    "/budgets": {"include_drafts": "true"},
}

BAD = [  # (method, url, kwargs) that must fail in Chinese
    ("GET", f"/docs/{DOC}x", {}), ("GET", "/api/docs/nope/d1", {}), ("GET", "/docs/nope/d1", {}),
    ("GET", "/api/docs", {"params": {"year": "abc", "level": "x"}}), ("GET", "/docs", {"params": {"year": "3000"}}),
    ("GET", "/api/search", {"params": {"q": "。。。"}}), ("GET", "/search", {"params": {"q": "!!!"}}),
    ("GET", "/api/search", {"params": {"min_wan": "很多", "page": "0"}}),
    ("GET", "/api/compare", {"params": {"a": "nope", "b": DOC}}), ("GET", "/compare", {"params": {"a": DOC, "b": "nope"}}),
    ("GET", "/api/compare/topic", {"params": {"topic": "x" * 300}}),
    ("GET", "/api/check", {"params": {"region": "火星", "date": "2025-13-01"}}),
    ("GET", "/check", {"params": {"region": "火星"}}),
    ("POST", "/api/check", {"json": {"entity": "enterprise", "region": "杭州市余杭区", "size": 5}}),
    ("POST", "/api/check", {"content": b"{not json", "headers": {"content-type": "application/json"}}),
    ("POST", "/api/login", {"json": {"username": "nobody", "password": "wrong-password"}}),
    ("POST", "/api/login", {"json": {"username": 5}}),
    ("POST", "/api/batch", {"files": {"registry": ("r.txt", b"hello", "text/plain")}}),
    ("GET", "/api/batch/no-such-job", {}), ("GET", "/no/such/page", {}), ("GET", "/api/no/such/thing", {}),
    ("DELETE", "/api/docs", {}), ("POST", "/api/search", {}),
]


def test_every_page_and_json_answer_is_in_chinese(app, client):
    problems: list[str] = []
    urls = get_urls(app)
    assert "/api/compare/topic" in urls and "/docs" in urls and set(PROGRAM_CATALOGUES) <= set(urls)
    for url in urls:
        r = client.get(url, params=QUERIES.get(url.removeprefix("/api") or "/"))
        ctype = r.headers.get("content-type", "")
        if "json" in ctype:
            if r.status_code >= 400:
                problems += error_problems(url, r)
            else:  # the JSON twins of pages (what the pages show) and the programs' catalogues
                problems += json_problems(url, r.json())
        elif "html" in ctype:
            problems += page_problems(url, r.text)
    assert not problems, "\n".join(problems[:40])


def test_every_document_page_is_in_chinese(client):
    """Every document of the library (its warnings, metadata, quotes), and each compared with its series."""
    problems: list[str] = []
    docs = client.get("/api/docs").json()["documents"]
    assert any(d["warnings"] for d in docs)
    for d in docs:
        url = f"/docs/{d['id']}"
        problems += page_problems(url, client.get(url).text)
        problems += json_problems("/api" + url, client.get("/api" + url).json())
        for m in client.get("/api" + url).json()["series_members"]:
            cmp = client.get("/compare", params={"a": m["id"], "b": d["id"]})
            problems += page_problems(f"/compare?a={m['id']}&b={d['id']}", cmp.text)
    assert not problems, "\n".join(problems[:40])


def test_signed_in_pages_are_in_chinese(client):
    from zhengce.web.demo import DEMO_ACCOUNTS

    problems: list[str] = []
    for username, *_ in DEMO_ACCOUNTS:
        login(client, username)
        for url in ("/anxinbao", "/api/anxinbao", "/rules/review", "/api/rules/review", "/api/me", "/selection"):
            r = client.get(url)
            if "json" in r.headers.get("content-type", ""):
                problems += error_problems(url, r) if r.status_code >= 400 else json_problems(url, r.json())
            else:
                problems += page_problems(f"{username} {url}", r.text)
    client.cookies.clear()
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("method,url,kwargs", BAD, ids=[f"{m} {u}" for m, u, _ in BAD])
def test_errors_are_chinese_in_one_shape(client, method, url, kwargs):
    r = client.request(method, url, **kwargs)
    assert 400 <= r.status_code < 600, (url, r.status_code, r.text[:300])
    if url.startswith("/api"):
        assert r.headers["content-type"].startswith("application/json")
        problems = error_problems(url, r)
    else:
        problems = page_problems(url, r.text)
        assert re.search(r"[\u4e00-\u9fff]", visible(r.text))
    assert not problems, "\n".join(problems)


def test_validation_errors_name_the_field_by_its_label_and_say_what_is_allowed(client):
    err = client.get("/api/docs", params={"year": "3000", "level": "town"}).json()["error"]
    assert err["code"] == "invalid_parameter" and err["field"] == "year"
    assert "年度不能大于 2100" in err["message"] and "层级只能是" in err["message"] and "区县级" in err["message"]
    assert {d["field"] for d in err["details"]} == {"year", "level"}
    err = client.get("/api/search", params={"min_wan": "很多"}).json()["error"]
    assert err["field"] == "min_wan" and "金额下限（万元）应为数字" in err["message"]


def test_openapi_describes_the_twins_and_the_error_shape(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "ErrorBody" in schemas and "HTTPValidationError" not in schemas
    for path in ("/api/search", "/api/compare/topic", "/api/docs/{doc_id}", "/api/compare", "/api/budgets"):
        op = spec["paths"][path]["get"]
        ok = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok.get("$ref", "").startswith("#/components/schemas/"), path
        bad = op["responses"]["422"]["content"]["application/json"]["schema"]
        assert bad == {"$ref": "#/components/schemas/ErrorBody"}, path
    topic = schemas["TopicPage"]["properties"]
    assert {"rows", "chart_values", "documents_without"} <= set(topic)


def test_api_never_answers_200_with_an_error(app, client):
    for url in get_urls(app):
        if url.startswith("/api"):
            r = client.get(url, params=QUERIES.get(url.removeprefix("/api") or "/"))
            if r.status_code == 200 and isinstance(r.json(), dict):
                assert "error" not in r.json(), url
    r = client.get("/api/search", params={"q": "!!!"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_input"
    r = client.get("/api/compare/topic", params={"topic": "。。"})
    assert r.status_code == 400 and "没有可检索的字词" in r.json()["error"]["message"]


def test_a_bug_is_a_chinese_500_in_the_one_shape(app, monkeypatch):
    import warnings

    from zhengce.web.pages import budgets

    def broken(title):
        raise RuntimeError("boom: an internal failure with an English message")

    monkeypatch.setattr(budgets, "domain_of", broken)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/budgets")
        assert r.status_code == 500 and r.json()["error"]["code"] == "internal_error"
        assert not error_problems("/api/budgets", r) and "boom" not in r.text
        page = c.get("/budgets")
        assert page.status_code == 500 and "服务器内部错误" in page.text and not page_problems("/budgets", page.text)


def test_bad_form_input_on_a_page_is_named_in_chinese(client):
    client.cookies.clear()
    page = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    r = client.post("/login", data={"csrf_token": token, "password": "x"})  # no username
    assert r.status_code == 422 and "用户名为必填项" in visible(r.text)
    assert not page_problems("POST /login", r.text)
    r = client.post("/batch", data={"csrf_token": token, "date": "2025-13-45"},
                    files={"registry": ("r.csv", b"region\n\xe6\x9d\xad\n", "text/csv")})
    assert 400 <= r.status_code < 500 and not page_problems("POST /batch", r.text)
    client.cookies.clear()
