"""Single-profile engine: statuses, reasons, citations, stacking, near misses, drafts, JSON."""

import json

from zhengce.cli.output import to_jsonable
from zhengce.rules import evaluate


def test_reasons_citation_and_json_money_is_exact():
    r = evaluate({"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}],
                  "financials": {"rd_insurance_premium_yuan": "33333.33"}}, "2025-06-30")
    data = to_jsonable(r.to_json())
    text = json.dumps(data, ensure_ascii=False)
    assert "float" not in text
    ent = {e["rule_id"]: e for e in data["entitlements"]}
    assert ent["linan-2025-a01-gaoxin-first"]["amount_yuan"] == 200000
    assert ent["linan-2025-a05-rd-insurance"]["amount_yuan"] == "16666.67"
    assert ent["linan-2025-a05-rd-insurance"]["qualifier"] == "up_to"
    cite = ent["linan-2025-a01-gaoxin-first"]["citation"]
    assert cite["file"] == "004_c74db4dc4724db3b.txt" and cite["document"] == 3 and cite["article"] == 1
    assert "高新技術企業" in cite["quote"]
    assert any(x.startswith("✓") for x in ent["linan-2025-a01-gaoxin-first"]["reasons"])
    assert data["total"]["amount_yuan"] == "216666.67"


def test_near_miss_for_a_recognition_not_yet_obtained():
    r = evaluate({"region": "临安区", "recognitions": [{"type": "gaoxin", "date": "2025-03-01"}]}, "2025-06-30")
    near = {n["rule_id"]: n for n in r.near_misses()}
    assert "linan-2025-a01-xinchuying" in near
    assert "新雏鹰企业" in near["linan-2025-a01-xinchuying"]["text"]
    assert near["linan-2025-a01-xinchuying"]["could_get"] == "最高50万元"
    assert "接近可得" in r.to_text()


def test_needs_info_names_the_field():
    r = evaluate({"region": "湖州市吴兴区"}, "2025-06-30")
    needs = {o.rule.id: o.missing for o in r.outcomes if o.status == 3}
    assert needs["huzhou-2025-a30-export-credit"] == ["fin.export_credit_premium_yuan"]


def test_drafts_never_in_force_unless_asked():
    p = {"region": "余杭区", "recognitions": [{"type": "provincial_key_lab", "date": "2025-04-01"}]}
    r = evaluate(p, "2025-06-30")
    assert all(o.rule.document.status == "final" for o in r.entitlements)
    assert any(o.rule.id.startswith("yuhang-2025d") for o in r.outcomes if o.status == 1)
    r2 = evaluate(p, "2025-06-30", include_drafts=True)
    assert any(o.rule.id.startswith("yuhang-2025d") for o in r2.entitlements)


def test_text_output_is_chinese_and_cites():
    r = evaluate({"name": "某光电公司", "region": "临安区", "industry": "optoelectronics",
                  "financials": {"dev_fee_yuan": 5000000}}, "2025-06-30")
    text = r.to_text()
    assert "某光电公司" in text and "100万元" in text and "依据" in text and "第8条" in text
