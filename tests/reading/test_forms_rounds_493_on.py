"""Forms met from round 493 on, each in a small text of its own (placeholder sentences that copy no set
document): a rate written as a fraction that never ends; an award paid in two halves; a bank's credit line
offered to people; so much per firm and time (元/家次); so much per show (每场); a label naming the award over
its rates per container; a payout's total over many firms; a county named for its people written 某某县; a
paper's masthead, page label and app link; a site's placeholder links; a document site's notes on paying; an
explainer naming the rules it explains; an earlier edition compared; a covering notice signed without a date;
so much per amount of foreign money brought in, without 每."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import regions
from zhengce.reading.chrome import is_chrome

from tests.reading.awards_of import doc_of, extracted


def test_a_rate_of_one_third_is_written_to_four_places_and_kept_exact_inside():
    p, = extracted("按不超过项目实际总投资的1/3予以补助,单个项目补助最高不超过500万元。")
    assert p.fields["rate"] == Decimal(1) / Decimal(3)  # exact inside, for computing
    out = p.to_json()
    assert out["rate"] == 0.3333 and out["cap_yuan"] == 5000000


def test_an_award_paid_in_two_halves_has_no_rate_of_its_own():
    assert [p.fields["form"] for p in extracted("对达标企业给予每年最高10万元补助,奖补资金分两次各50%拨付。")] == ["up_to"]


def test_a_credit_line_offered_to_people_is_no_award():
    assert extracted("对入选的某类人才,由合作银行提供200万元以内的信用授信。") == []


def test_so_much_per_firm_and_time_is_per_unit():
    p, = extracted("对参加甲、乙、丙展会的企业给予2万元/家次补助,同一企业最高不超过6万元。")
    assert p.fields["form"] == "per_unit" and p.fields["per_unit"]["award_yuan"] == 20000
    assert p.fields["cap_yuan"] == 60000


def test_so_much_per_show_is_per_unit_and_a_bound_for_each_stays_a_bound():
    p, = extracted("对演出团体年度演出30场次以上的,每场补贴3000元。")
    assert p.fields["form"] == "per_unit" and p.fields["per_unit"]["award_yuan"] == 3000
    q, = extracted("每放映一场公益电影补贴不低于150元。")
    assert q.fields["form"] == "per_unit"
    r, = extracted("对举办的某某大赛每场给予最高80万元支持。")
    assert r.fields["form"] == "up_to"


def test_a_label_naming_the_award_over_rates_per_container_makes_them_awards():
    ps = extracted("某某业务扶持:对甲类重箱存量80元/TEU、增量120元/TEU。")
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in ps] == [("per_unit", 80), ("per_unit", 120)]
    assert extracted("某某业务情况:甲类重箱存量80元/TEU、增量120元/TEU。") == []


def test_a_payout_total_over_many_firms_is_no_award():
    assert extracted("为215家企业兑现奖补资金1234.5万元。") == []
    assert extracted("对甲公司、乙公司等42家企业落实技术改造奖补资金88万元。") == []
    # (a condition counting firms stays: "新增5家以上…的,兑现奖励")
    p, = extracted("对年度新增5家以上规上企业的乡镇,兑现奖励10万元。")
    assert p.fields["amount_yuan"] == 100000


def test_a_county_named_for_its_people_is_written_with_its_level():
    r = regions.lookup("东乡县")
    assert r is not None and r.name == "东乡族自治县"
    assert regions.lookup("龙胜县").name == "龙胜各族自治县"
    assert regions.lookup("东乡区").province == "江西省"


def test_a_papers_masthead_page_label_and_app_link_are_chrome():
    for line in ("某某日报 数字报纸", "03版:市场", "• 掌中某某客户端", "某某专栏6某某专栏5某某专栏4某某专栏3"):
        assert is_chrome(line), line
    assert not is_chrome("某某县促进民营经济发展若干政策")


def test_a_document_sites_notes_on_paying_are_chrome():
    assert is_chrome("2、本文档由网友上传,付费前请先试读。")
    assert is_chrome("温馨提示:")
    assert not is_chrome("本办法由县财政局负责解释。")


def test_an_explainer_names_the_rules_it_explains():
    text = ("一、起草背景\n为推动本县电商发展,结合本县实际,制定某某县电子商务发展奖励办法。\n"
            "二、主要内容\n对年网络销售额达到800万元的企业奖励5万元。\n")
    assert doc_of(text).title == "某某县电子商务发展奖励办法"
    text = ("朗读\n一、出台背景\n为推进某某建设,按照上级部署,修订本办法。\n二、修订依据\n依据《某某法》等有关规定。\n"
            "三、主要修订内容\n《某某区质量奖评定办法》,较2016年版《某某区质量奖办法》有所完善。\n")
    doc = doc_of(text)
    assert doc.title == "某某区质量奖评定办法" and doc.year is None  # (2016 is the old edition's)


def test_a_covering_notice_signed_without_a_date_names_its_issuer():
    text = ("各乡镇人民政府,市直各单位:\n现将《某某市某某奖励办法》予以印发,请抓好落实。\n"
            "某某市人民政府办公室\n(此件公开发布)\n某某市某某奖励办法\n第一条 为鼓励企业创建,制定本办法。\n"
            "第二条 对通过验收的企业,给予3万元奖励。\n")
    assert doc_of(text).issuer == "某某市人民政府办公室"


def test_so_much_per_amount_of_foreign_money_brought_in_is_per_unit():
    p, = extracted("实际到资300万美元以上的,按实际到资200美元奖励1元,累计不超过10万元。")
    assert p.fields["form"] == "per_unit" and p.fields["per_unit"]["award_yuan"] == 1 and p.fields["cap_yuan"] == 100000
