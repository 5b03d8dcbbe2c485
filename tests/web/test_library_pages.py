"""Library, search, document, compare and budget pages and their JSON twins, on the shipped corpus."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.routing import APIRoute


def _all_routes():
    import importlib

    from zhengce.web.pages import PAGE_MODULES

    for name in PAGE_MODULES:
        yield from importlib.import_module(f"zhengce.web.pages.{name}").router.routes


def test_every_page_has_a_json_twin(app):
    routes = [r for r in _all_routes() if isinstance(r, APIRoute)]
    api_get = {r.path for r in routes if "GET" in r.methods and r.path.startswith("/api")}
    from fastapi.responses import HTMLResponse

    # pages are the HTML routes (downloads such as results.csv are files, not pages)
    pages = [r.path for r in routes if "GET" in r.methods and not r.path.startswith("/api")
             and r.response_class is HTMLResponse]
    assert "/docs" in pages and "/search" in pages
    for path in pages:
        twin = "/api" + (path if path != "/" else "")
        assert twin.replace(":path", "") in {p.replace(":path", "") for p in api_get}, f"{path} has no JSON twin"


def test_openapi_describes_the_api_only(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert "/api/docs" in paths and "/api/search" in paths and "/api/docs/{doc_id}" in paths
    assert not any(not p.startswith("/api") for p in paths), "HTML pages are not part of the API description"


def test_library_lists_documents_with_facets(client):
    data = client.get("/api/docs").json()
    assert len(data["documents"]) == data["total"] >= 5
    regions = dict(data["facets"]["region"])
    assert any("余杭" in r for r in regions)
    yuhang = client.get("/api/docs", params={"region": "余杭区"}).json()["documents"]
    assert yuhang and all("余杭" in d["region"] for d in yuhang)
    assert {d["status"] for d in yuhang} >= {"draft", "final"}  # the draft (000) and the final text (004)
    html = client.get("/docs", params={"region": "余杭区", "status": "final"})
    assert html.status_code == 200 and "政策库" in html.text
    assert html.headers["content-type"].startswith("text/html")


def test_search_highlights_and_filters_by_amount_and_beneficiary(client):
    data = client.get("/api/search", params={"q": "高新技术企业"}).json()
    assert data["results"], "高新技术企业 is in several documents"
    first = data["results"][0]
    hits = [s["text"] for s in first["marked"] if s["hit"]]
    assert hits and all(h == "高新技术企业" for h in hits)
    assert "【" not in "".join(s["text"] for s in first["marked"])  # the page marks hits itself
    html = client.get("/search", params={"q": "高新技术企业"}).text
    assert '<mark class="hit">高新技术企业</mark>' in html

    rich = client.get("/api/search", params={"q": "高新技术企业", "min_wan": "100"}).json()["results"]
    assert rich
    for r in rich:
        amounts = [p.get("amount_yuan") or p.get("cap_yuan") for p in r["provisions"]]
        assert any(a is not None and a >= 1_000_000 for a in amounts), r["citation"]
    assert len(rich) < len(data["results"])
    institutions = client.get("/api/search", params={"beneficiary": "孵化器", "min_wan": "1"}).json()["results"]
    assert institutions and all(r["provisions"] for r in institutions)


def test_search_rejects_bad_parameters_clearly(client):
    r = client.get("/api/search", params={"year": "twenty"})
    err = r.json()["error"]
    assert r.status_code == 422 and err["field"] == "year" and "年度应为整数" in err["message"]
    r = client.get("/search", params={"min_wan": "-5"})
    assert r.status_code == 422 and "参数有误" in r.text


def test_document_page_shows_structure_provisions_and_versions(client):
    docs = client.get("/api/docs", params={"region": "余杭区", "status": "final", "kind": "policy"}).json()["documents"]
    doc_id = docs[0]["id"]
    data = client.get(f"/api/docs/{doc_id}").json()
    assert data["document"]["region"].endswith("余杭区") and data["document"]["year"] == 2025
    assert len(data["sections"]) >= 5
    articles = [a for s in data["sections"] for a in s["articles"]]
    assert any(a["responsible"] for a in articles)
    highlighted = [seg for a in articles for seg in a["segments"] if seg["prov"]]
    assert highlighted, "provisions are highlighted in the article text"
    for seg in highlighted[:20]:
        assert seg["text"] == seg["prov"]["raw"]["text"]
        assert seg["prov"]["rows"][-1][0] == "原文"
    # the draft of the same policy is offered for comparison
    assert any(m["status"] == "draft" for m in data["series_members"])
    html = client.get(f"/docs/{doc_id}").text
    assert 'class="prov kind-incentive"' in html and "data-prov=" in html and "责任单位" in html


def test_article_id_redirects_to_its_anchor(client):
    docs = client.get("/api/docs", params={"kind": "policy"}).json()["documents"]
    doc = client.get(f"/api/docs/{docs[0]['id']}").json()
    art = doc["sections"][0]["articles"][0]
    r = client.get(f"/docs/{art['id']}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("#" + art["anchor"])
    api = client.get(f"/api/docs/{art['id']}").json()
    assert api["type"] == "article" and api["article"]["id"] == art["id"]


def test_unknown_document_is_a_404_in_both_forms(client):
    assert client.get("/api/docs/nothing/d9").status_code == 404
    r = client.get("/docs/nothing/d9")
    assert r.status_code == 404 and "出错了" in r.text


def test_compare_draft_with_final_marks_changed_numbers(client):
    drafts = client.get("/api/docs", params={"status": "draft", "kind": "policy"}).json()["documents"]
    draft = next(d for d in drafts if "余杭" in (d["region"] or ""))
    final = next(d for d in client.get("/api/docs", params={"region": draft["region"], "status": "final"}).json()["documents"]
                 if d["year"] == draft["year"])
    data = client.get("/api/compare", params={"a": draft["id"], "b": final["id"]}).json()
    res = data["result"]
    assert res["a"]["id"] == draft["id"] and res["b"]["id"] == final["id"]
    assert res["counts"]["changed"] > 0
    changed = [r for r in res["rows"] if r["numbers"] and r["numbers"]["changed"]]
    assert changed
    row = changed[0]
    before = {c["before"]["display"] for c in row["numbers"]["changed"]}
    marked_a = [s for p in row["a"] for s in p["segments"] if s["mark"] == "del"]
    marked_b = [s for p in row["b"] for s in p["segments"] if s["mark"] == "ins"]
    assert marked_a and marked_b and before
    only = client.get("/api/compare", params={"a": draft["id"], "b": final["id"], "changed_only": "true"}).json()
    assert all(r["status"] != "unchanged" for r in only["result"]["rows"])
    html = client.get("/compare", params={"a": draft["id"], "b": final["id"]}).text
    assert '<del class="num">' in html and '<ins class="num">' in html


def test_topic_view_lists_high_tech_awards_with_quotes(client):
    data = client.get("/api/compare/topic", params={"topic": "高新技术企业", "year": 2025}).json()
    rows = data["rows"]
    regions = {r["document"]["region"] for r in rows}
    assert len(regions) >= 3
    assert all(r["document"]["year"] == 2025 for r in rows)
    assert all(r["quote"] for r in rows)
    money = [r for r in rows if r.get("amount_yuan") is not None]
    assert money and data["chart"]["series"][0]["data"]
    html = client.get("/compare/topic", params={"topic": "高新技术企业", "year": 2025}).text
    assert 'data-chart="data-topic"' in html and "/static/vendor/echarts.min.js" in html


def test_budgets_by_region_and_year(client):
    data = client.get("/api/budgets").json()
    docs = data["documents"]
    assert docs and all(d["status"] == "final" for d in docs)
    with_total = [d for d in docs if d["total_budget_yuan"]]
    assert with_total
    labels = data["charts"]["totals"]["xAxis"]["data"]
    assert len(labels) == len(docs)
    # chart values are in one unit (亿元 once any total reaches 1亿, house style: zhengce.money.chart_axis),
    # never floats, rounded half up to 2 decimals of that unit
    from decimal import ROUND_HALF_UP, Decimal

    top = max(d["total_budget_yuan"] or 0 for d in docs)
    unit, per = ("亿元", 10**8) if top >= 10**8 else ("万元", 10**4)
    assert data["charts"]["totals"]["yAxis"]["name"] == unit
    for i, d in enumerate(docs):
        shown = data["charts"]["totals"]["series"][0]["data"][i]
        if d["total_budget_yuan"] is None:
            assert shown is None
        else:
            assert not isinstance(shown, float)
            want = (Decimal(d["total_budget_yuan"]) / per).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            assert Decimal(str(shown)) == want
    drafts = client.get("/api/budgets", params={"include_drafts": "true"}).json()["documents"]
    assert len(drafts) > len(docs)


def test_static_assets_are_local(client):
    r = client.get("/static/vendor/echarts.min.js")
    assert r.status_code == 200 and len(r.content) > 500_000
    for path in ["/", "/docs", "/search?q=" + quote("人才"), "/budgets", "/compare/topic?topic=" + quote("人才")]:
        html = client.get(path).text
        assert "http://" not in html.replace("http://127.0.0.1", "") or "https://" not in html
        for tag in ("<script src=\"http", "<link rel=\"stylesheet\" href=\"http"):
            assert tag not in html, path
