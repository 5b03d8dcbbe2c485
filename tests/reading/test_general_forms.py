"""Forms of real pages met in the development rounds, each in a small text of its own (no place,
file or sentence of a test document): what the reader must make of them."""

from __future__ import annotations

from zhengce.reading import parse_text
from zhengce.reading.normalize import normalize


def _incentives(doc):
    return [p for p in doc.provisions if p.kind == "incentive"]


def test_a_page_flattened_into_one_line_gets_its_breaks_back():
    text = ("某某县人民政府关于印发若干政策的通知 某政发〔2025〕3号 各乡镇人民政府: 现将《某某县支持企业发展若干政策》印发给你们,"
            "请认真贯彻执行。 某某县人民政府 2025年2月28日 某某县支持企业发展若干政策 为推动高质量发展,制定如下政策。 "
            "一、支持企业做强 (一)支持企业上规。对首次纳入规模以上统计的工业企业,给予10万元奖励。 "
            "(二)支持企业创新。对新认定的高新技术企业,给予20万元奖励。" + "为营造良好环境," * 20)
    view = normalize(text).text
    assert "\n一、支持企业做强" in view and "\n(二)支持企业创新" in view
    doc = parse_text(text, source="flat.txt")[0]
    assert [a.heading for a in doc.articles][:2] == ["支持企业上规", "支持企业创新"]
    assert sorted(p.fields["amount_yuan"] for p in _incentives(doc)) == [100000, 200000]


def test_dates_in_chinese_numerals_and_run_together():
    assert normalize("二○一○年六月七日").text == "2010年6月7日"
    assert normalize("于2023624日11:00之前").text == "于2023年6月24日11:00之前"
    assert normalize("2023111日").text == "2023111日"  # 1月11日 or 11月1日: left as printed


def test_an_award_table_one_cell_per_line():
    text = ("某区产业政策奖励目录\n|\n事项 |\n对象 |\n方式 |\n额度 |\n|\n列入省级技术创新项目 |\n工业企业 |\n定额补助 |\n10万元 |\n|\n"
            "国家级、省级示范项目 |\n工业企业 |\n定额补助 |\n国家级500万元 省级100万元 |\n|")
    doc = parse_text(text, source="table.txt")[0]
    got = sorted((p.fields["amount_yuan"], p.fields["trigger"]) for p in _incentives(doc))
    assert got == [(100000, "列入省级技术创新项目"), (1000000, "省级示范项目"), (5000000, "国家级示范项目")]


def test_a_digest_of_several_places_is_one_document_per_place():
    text = ("浙江省丽水市各县区企业奖励政策汇总\n丽水市\n奖励政策:\n对新认定的国家高新技术企业,给予40万元奖励。\n"
            "政策依据:关于推进科技创新的若干意见\n莲都区\n奖励政策:\n1、对新认定的高新技术企业给予一次性奖励20万元。\n"
            "2、对首次上规的工业企业给予一次性奖励10万元。\n政策依据:关于促进工业经济发展的若干意见\n")
    docs = parse_text(text, source="digest.txt")
    assert [(d.region, d.title) for d in docs] == [("丽水市", "关于推进科技创新的若干意见"),
                                                   ("丽水市莲都区", "关于促进工业经济发展的若干意见")]
    assert not docs[1].articles  # a place's numbered measures are items, not articles
    assert sorted(p.fields["amount_yuan"] for p in _incentives(docs[1])) == [100000, 200000]


def test_one_fixed_amount_for_several_recognitions_and_grants_to_named_firms():
    doc = parse_text("某市支持政策\n一、对获得国家级制造业单项冠军、专精特新“小巨人”企业的,一次性奖励50万元。\n"
                     "二、经审核,某某科技有限公司、某某机械有限公司等2家企业各奖励10万元。\n", source="x.txt")[0]
    amounts = [p.fields["amount_yuan"] for p in _incentives(doc)]
    assert amounts == [500000, 500000]  # one per recognition; the grant to named firms is no measure


def test_rates_written_in_words_and_targets_in_percent():
    doc = parse_text("某县招商政策\n第一条 投产后企业所得税地方留成部分前3年全额奖励企业,第4-5年减半奖励企业。\n"
                     "第二条 对列入培育名单的企业,分别按照15%、20%设定年度增长目标。\n", source="y.txt")[0]
    rates = sorted(float(p.fields["rate"]) for p in _incentives(doc))
    assert rates == [0.5, 1.0]
