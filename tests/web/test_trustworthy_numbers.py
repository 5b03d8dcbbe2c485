"""Numbers across places a user can trust and paste (issue 15, items 1, 3, 4): the topic chart shows each
document's own award for the topic, search badges say whose amount and keep "最高", filtered-out drafts
are not "未提及", budgets flag sections adding up to more than the total, quotes come with a plain form,
and documents are named by region, year, title and 文号 — never by the corpus file."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from zhengce.library.compare import topic_awards, topic_rank
from zhengce.library.text import clean_quote

TOPIC = {"topic": "高新技术企业", "year": 2025}


def _doc(i: str) -> dict:
    return {"id": i, "region": "某区", "year": 2025}


def test_topic_rank_prefers_the_award_whose_trigger_is_the_topic():
    rows = [  # one document: a clause naming the topic among others with a larger cap, and the topic's own award
        {"document": _doc("x/d1"), "source": "provision", "trigger": "科技型中小企业、高新技术企业等购买的研发保险",
         "rate": "0.5", "cap_yuan": 500000},
        {"document": _doc("x/d1"), "source": "provision", "trigger": "孵化器每培育1家高新技术企业(首次认定)、科技型中小企业",
         "amount_yuan": 30000, "cap_yuan": 300000, "per_unit": "家"},
        {"document": _doc("x/d1"), "source": "provision", "trigger": "经认定的高新技术企业", "amount_yuan": 200000},
        {"document": _doc("x/d1"), "source": "provision", "trigger": "通过复审的高新技术企业", "amount_yuan": 100000},
        # another document names the topic only among several others: that shared award is its value
        {"document": _doc("y/d1"), "source": "provision", "trigger": "新认定的科技小巨人企业、高新技术企业等企业",
         "amount_yuan": 2000000, "form": "up_to"},
        {"document": _doc("y/d1"), "source": "text", "amounts": [{"value": 50000000}]},
    ]
    assert topic_rank(rows[2], "高新技术企业") < topic_rank(rows[1], "高新技术企业") < topic_rank(rows[0], "高新技术企业")
    picked = {r["document"]["id"]: r["amount_yuan"] for r in topic_awards(rows, "高新技术企业")}
    assert picked == {"x/d1": 200000, "y/d1": 2000000}


def test_topic_chart_values_are_each_documents_own_award(client):
    data = client.get("/api/compare/topic", params=TOPIC).json()
    values = data["chart_values"]
    by_region = {v["document"]["region"]: v for v in values}
    # the corpus's 2025 policies: 临安区 and 湖州市 pay 20万元 for a newly recognised 高企 (not the 50万/30万
    # caps of clauses that merely mention 高企); 余杭区 names 高企 among others, up to 200万元
    assert by_region["杭州市临安区"]["amount_yuan"] == 200000 and not by_region["杭州市临安区"]["shared"]
    assert by_region["湖州市"]["amount_yuan"] == 200000 and not by_region["湖州市"]["shared"]
    assert by_region["杭州市余杭区"]["amount_yuan"] == 2000000 and by_region["杭州市余杭区"]["shared"]
    assert data["chart"]["series"][0]["data"] == [v["wan"] for v in values]
    assert [x.replace("\n", "") for x in data["chart"]["xAxis"]["data"]] == [v["label"] for v in values]
    for v in values:  # every value is an award whose trigger names the topic
        assert "高新技术企业" in (v["trigger"] or "")
    picked = [r for r in data["rows"] if r["chart_pick"]]
    assert len(picked) == len(values)
    html = client.get("/compare/topic", params=TOPIC).text
    assert 'id="chart-values"' in html and "图表取值" in html and "非该事项专属的奖励" in html


def test_drafts_left_out_by_the_filter_are_not_listed_as_not_mentioning(client):
    data = client.get("/api/compare/topic", params={"topic": "高新技术企业"}).json()
    assert data["documents_without"] and all(d["id"] for d in data["documents_without"])
    statuses = {d["id"]: d["status"] for d in client.get("/api/docs").json()["documents"]}
    assert all(statuses[d["id"]] == "final" for d in data["documents_without"])
    with_drafts = client.get("/api/compare/topic", params={"topic": "高新技术企业", "include_drafts": "true"}).json()
    assert any(statuses[d["id"]] == "draft" for d in with_drafts["documents_without"] + [r["document"] for r in with_drafts["rows"]])


def test_plain_search_shows_whose_amount_with_zui_gao(client):
    data = client.get("/api/search", params={"q": "高新技术企业", "year": 2025}).json()
    with_money = [r for r in data["results"] if r["provisions"]]
    assert with_money, "a plain search shows the awards of its hits without an amount filter"
    html = client.get("/search", params={"q": "高新技术企业", "year": 2025}).text
    badges = re.findall(r'<span class="tag red award"[^>]*>([^<]+)</span>', html)
    assert badges and all("：" in b for b in badges)  # whose amount: "<trigger>：<amount>"
    assert any("高新技术企业" in b and "最高200万元" in b for b in badges)
    # the topic link keeps the year (and place) of the search
    link = re.search(r'href="(/compare/topic\?[^"]+)"', html).group(1).replace("&amp;", "&")
    assert parse_qs(urlparse(link).query) == {"topic": ["高新技术企业"], "year": ["2025"]}
    assert data["topic_url"] == link


def test_budgets_flag_sections_over_the_total_and_group_domains(client):
    data = client.get("/api/budgets").json()
    over = [d for d in data["documents"] if d["over_total_yuan"]]
    assert over, "a policy whose section budgets add up to more than its total is flagged"
    for d in over:
        assert d["section_sum_yuan"] - d["total_budget_yuan"] == d["over_total_yuan"] > 0
    for d in data["documents"]:
        if d["total_budget_yuan"] and d["section_sum_yuan"] and d["section_sum_yuan"] <= d["total_budget_yuan"]:
            assert d["over_total_yuan"] is None
    # sections of different names that fund the same thing share a row
    domains = {g["domain"]: g for g in data["domains"]}
    tech = domains["科技创新"]
    titles = {t for c in tech["cells"] for t in c["titles"]}
    assert len(titles) > 1 and all(any(w in t for w in ("科技", "创新", "人才")) for t in titles)
    html = client.get("/budgets").text
    assert 'id="budget-over"' in html and "超出文件所列资金总额" in html and 'id="domain-table"' in html


def test_compare_shows_document_facts_by_label_and_value(client):
    html = client.get("/compare", params={"a": "000_06e7bbbd202afb43/d1", "b": "004_c74db4dc4724db3b/d2"}).text
    table = html[html.index('id="meta-diff"'):]
    table = table[:table.index("</table>")]
    for label in ("发文机关", "文号", "状态", "资金总额", "有效期"):
        assert f"<th>{label}</th>" in table, label
    assert "征求意见稿" in table and "正式稿" in table and "460亿元" in table
    assert "2025-01-01 至 2025-12-31" in table and "未变" in table  # the same validity printed elsewhere: not a change
    for raw in ("issuer", "total_budget_yuan", "46000000000", "'span'", "{'from'"):
        assert raw not in table, raw


def test_warnings_are_shown_by_meaning(client):
    docs = client.get("/api/docs").json()["documents"]
    doc = next(d for d in docs if d["warnings"])
    data = client.get(f"/api/docs/{doc['id']}").json()
    assert data["warnings"] and all(w["meaning"] and w["code"] for w in data["warnings"])
    html = client.get(f"/docs/{doc['id']}").text
    section = html[html.index('id="warnings"'):]
    section = section[:section.index("</section>")]
    for w in data["warnings"]:
        assert w["meaning"] in section and f">{w['code']}<" not in section


def test_quotes_come_with_a_plain_form_and_copy_buttons(client):
    html = client.get("/compare/topic", params=TOPIC).text
    pairs = re.findall(r'<div class="q q-plain"><span class="q-label">规范文本</span><q>([^<]+)</q>'
                       r'<button type="button" class="copy" data-copy="([^"]+)"', html)
    assert pairs and all(plain == copied for plain, copied in pairs)
    assert any("最高" in p and "万元" in p for p, _ in pairs)
    assert all(not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff\d]|\d +[\u4e00-\u9fff]", p) for p, _ in pairs)
    assert clean_quote("給予最高200 萬元獎勵") == "给予最高200万元奖励"
    assert 'data-copy=' in html and "/static/site.js" in html


def test_citations_name_region_year_title_and_doc_number_never_the_file(client):
    results = client.get("/api/search", params={"q": "高新技术企业", "year": 2025}).json()["results"]
    for r in results:
        d = r["document"]
        assert r["citation"].startswith(f"{d['region']}{d['year']}《{d['title']}》")
        if d["doc_number"]:
            assert f"（{d['doc_number']}）" in r["citation"]
        assert ".txt" not in r["citation"] and d["id"].split("/")[0] not in r["citation"]
    html = client.get("/search", params={"q": "高新技术企业", "year": 2025}).text
    assert "出处：杭州市余杭区2025《关于推动经济高质量发展的若干政策》（余政发〔2025〕3号）第" in html
    check = client.get("/api/check", params={"region": "杭州市临安区", "rec.gaoxin": "2025-03-01",
                                              "date": "2025-06-30"}).json()["result"]
    cited = [e["citation"] for e in check["entitlements"]]
    assert cited and all(c["text"].startswith(f"{c['region']}{c['year']}《") and ".txt" not in c["text"] for c in cited)
