"""政策模拟 (/simulate): the form from the rule file, a run on a generated sample, charts, budgets,
downloads, the URL that shares a reform, uploads, and the JSON twin in OpenAPI."""

from __future__ import annotations

import io

import yaml

from zhengce.rules import load_rulebook

LINAN = next(d.key for d in load_rulebook().documents if d.region == "杭州市临安区" and d.year == 2025)
CUT = {"doc": LINAN, "n": 500, "seed": 3, "date": "2025-06-30", "p.linan-2025-a01-gaoxin-first.amount_yuan": "150000",
       "p.linan-2025-a05-rd-insurance.cap_yuan": "800000"}


def test_form_is_built_from_the_rule_file(client):
    data = client.get("/api/simulate", params={"doc": LINAN}).json()
    assert data["summary"] is None and data["doc"] == LINAN
    rules = {r["id"]: r for r in data["rules"]}
    gaoxin = rules["linan-2025-a01-gaoxin-first"]
    assert gaoxin["quote"].startswith("對經認定的") and gaoxin["fields"][0]["value"] == "200000"
    dev = rules["linan-2025-a08-dev-fee"]
    assert {f["field"] for f in dev["fields"]} >= {"rate", "cap_yuan"}
    assert dev["thresholds"][0]["name"] == "t.linan-2025-a08-dev-fee.fin.dev_fee_yuan.gte"
    html = client.get("/simulate", params={"doc": LINAN})
    assert html.status_code == 200 and 'name="p.linan-2025-a01-gaoxin-first.amount_yuan"' in html.text
    assert "政策模拟" in html.text and 'href="/simulate"' in html.text


def test_run_on_a_sample_gives_costs_distribution_and_budgets(client):
    data = client.get("/api/simulate", params={**CUT, "run": "1"}).json()
    s = data["summary"]
    gaoxin = next(r for r in s["by_rule"] if r["rule_id"] == "linan-2025-a01-gaoxin-first")
    assert gaoxin["reform_fen"] == 15_000_000 * gaoxin["baseline_count"]
    assert isinstance(s["total"]["diff_fen"], int) and s["evaluated"] == 500
    assert [c["rule_id"] for c in data["changes"]] == ["linan-2025-a01-gaoxin-first", "linan-2025-a05-rd-insurance"]
    [doc] = s["budgets"]
    assert all(x["quote"] for x in doc["sections"] if x["budget_fen"] is not None)
    assert set(data["charts"]) == {"rules", "by_size", "by_industry", "movers", "budgets"}
    html = client.get("/simulate", params={**CUT, "run": "1"})
    assert html.status_code == 200
    for text in ("总成本", "预算对照", "區財政2025 年預算安排資金5.9 億元", "/static/vendor/echarts.min.js", "data-chart"):
        assert text in html.text


def test_share_url_and_yaml_reproduce_the_reform(client):
    data = client.get("/api/simulate", params=CUT).json()
    assert "p.linan-2025-a01-gaoxin-first.amount_yuan=150000" in data["share_url"]
    again = client.get(data["share_url"].replace("/simulate", "/api/simulate", 1)).json()
    assert again["summary"] is not None and again["reform"] == data["reform"]
    body = client.get(data["downloads"]["reform_yaml"])
    assert body.status_code == 200 and "attachment" in body.headers["content-disposition"]
    reform = yaml.safe_load(body.text)
    assert reform["baseline"] == {"region": "杭州市临安区", "year": 2025}
    assert {"rule": "linan-2025-a01-gaoxin-first", "set": {"amount_yuan": "150000"}} in reform["changes"]
    xlsx = client.get(data["downloads"]["results_xlsx"])
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_removal_and_threshold_from_the_form(client):
    data = client.get("/api/simulate", params={"doc": LINAN, "rm.linan-2025-a17-car-fuel": "1",
                                               "t.linan-2025-a08-dev-fee.fin.dev_fee_yuan.gte": "800000"}).json()
    assert {"remove": "linan-2025-a17-car-fuel"} in data["reform"]["changes"]
    dev = next(c for c in data["changes"] if c["rule_id"] == "linan-2025-a08-dev-fee")
    assert dev["change"] == "threshold" and dev["after"].endswith("80万元") and dev["before"].endswith("100万元")


def test_bad_parameters_are_400_in_chinese(client):
    for params, words in (({"p.linan-2025-a01-gaoxin-first.amount_yuan": "十五万"}, "amount_yuan"),
                          ({"p.nope.amount_yuan": "1"}, "p.nope.amount_yuan"),
                          ({"doc": "nope-d1"}, "nope-d1"),
                          ({"date": "2025-13-01", "run": "1"}, "2025-13-01")):
        r = client.get("/api/simulate", params={"doc": LINAN, **params})
        assert r.status_code == 400, r.text
        assert words in r.json()["error"]["message"]
        assert client.get("/simulate", params={"doc": LINAN, **params}).status_code == 400


def test_upload_a_registry(client):
    page = client.get("/simulate", params={"doc": LINAN})
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    csv = "id,region,rec.gaoxin\nA,杭州市临安区,2025-03-01\nB,杭州市临安区,\nC,火星,2025-03-01\n".encode()
    r = client.post("/api/simulate", data={"doc": LINAN, "date": "2025-06-30", "csrf_token": token,
                                           "p.linan-2025-a01-gaoxin-first.amount_yuan": "150000"},
                    files={"registry": ("r.csv", io.BytesIO(csv), "text/csv")}, headers={"x-csrf-token": token})
    assert r.status_code == 200, r.text
    s = r.json()["summary"]
    assert s["total"] == {"baseline_fen": 20_000_000, "reform_fen": 15_000_000, "diff_fen": -5_000_000,
                          "baseline_paid": 1, "reform_paid": 1, "baseline_at_most_fen": 0, "reform_at_most_fen": 0}
    assert s["bad_rows"] == 1 and s["errors"][0]["row"] == 4 and "火星" in s["errors"][0]["error"]
    html = client.post("/simulate", data={"doc": LINAN, "csrf_token": token},
                       files={"registry": ("r.txt", io.BytesIO(b"x"), "text/plain")})
    assert html.status_code == 400 and ".csv" in html.text


def test_openapi_describes_the_twin(client):
    spec = client.get("/openapi.json").json()
    assert "/api/simulate" in spec["paths"] and "get" in spec["paths"]["/api/simulate"]
    assert "p.<规则编号>" in spec["paths"]["/api/simulate"]["get"]["description"]
