"""Forms of real pages met in the development rounds, each in a small text of its own (no place,
file or sentence of a test document): what the reader must make of them."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of
from zhengce.reading.normalize import normalize


def test_a_page_flattened_into_one_line_gets_its_breaks_back():
    text = ("某某县人民政府关于印发若干政策的通知 某政发〔2025〕3号 各乡镇人民政府: 现将《某某县支持企业发展若干政策》印发给你们,"
            "请认真贯彻执行。 某某县人民政府 2025年2月28日 某某县支持企业发展若干政策 为推动高质量发展,制定如下政策。 "
            "一、支持企业做强 (一)支持企业上规。对首次纳入规模以上统计的工业企业,给予10万元奖励。 "
            "(二)支持企业创新。对新认定的高新技术企业,给予20万元奖励。" + "为营造良好环境," * 20)
    view = normalize(text).text
    assert "\n一、支持企业做强" in view and "\n(二)支持企业创新" in view
    doc = parse_text(text, source="flat.txt")[0]
    assert [a.heading for a in doc.articles][:2] == ["支持企业上规", "支持企业创新"]
    assert sorted(p.fields["amount_yuan"] for p in incentives_of(doc)) == [100000, 200000]


def test_dates_in_chinese_numerals_and_run_together():
    assert normalize("二○一○年六月七日").text == "2010年6月7日"
    assert normalize("于2023624日11:00之前").text == "于2023年6月24日11:00之前"
    assert normalize("2023111日").text == "2023111日"  # 1月11日 or 11月1日: left as printed


def test_an_award_table_one_cell_per_line():
    text = ("某区产业政策奖励目录\n|\n事项 |\n对象 |\n方式 |\n额度 |\n|\n列入省级技术创新项目 |\n工业企业 |\n定额补助 |\n10万元 |\n|\n"
            "国家级、省级示范项目 |\n工业企业 |\n定额补助 |\n国家级500万元 省级100万元 |\n|")
    doc = parse_text(text, source="table.txt")[0]
    got = sorted((p.fields["amount_yuan"], p.fields["trigger"]) for p in incentives_of(doc))
    assert got == [(100000, "列入省级技术创新项目"), (1000000, "省级示范项目"), (5000000, "国家级示范项目")]


def test_a_digest_of_several_places_is_one_document_per_place():
    text = ("浙江省丽水市各县区企业奖励政策汇总\n丽水市\n奖励政策:\n对新认定的国家高新技术企业,给予40万元奖励。\n"
            "政策依据:关于推进科技创新的若干意见\n莲都区\n奖励政策:\n1、对新认定的高新技术企业给予一次性奖励20万元。\n"
            "2、对首次上规的工业企业给予一次性奖励10万元。\n政策依据:关于促进工业经济发展的若干意见\n")
    docs = parse_text(text, source="digest.txt")
    assert [(d.region, d.title) for d in docs] == [("丽水市", "关于推进科技创新的若干意见"),
                                                   ("丽水市莲都区", "关于促进工业经济发展的若干意见")]
    assert not docs[1].articles  # a place's numbered measures are items, not articles
    assert sorted(p.fields["amount_yuan"] for p in incentives_of(docs[1])) == [100000, 200000]


def test_one_fixed_amount_for_several_recognitions_and_grants_to_named_firms():
    doc = parse_text("某市支持政策\n一、对获得国家级制造业单项冠军、专精特新“小巨人”企业的,一次性奖励50万元。\n"
                     "二、经审核,某某科技有限公司、某某机械有限公司等2家企业各奖励10万元。\n", source="x.txt")[0]
    amounts = [p.fields["amount_yuan"] for p in incentives_of(doc)]
    assert amounts == [500000, 500000]  # one per recognition; the grant to named firms is no measure


def test_rates_written_in_words_and_targets_in_percent():
    doc = parse_text("某县招商政策\n第一条 投产后企业所得税地方留成部分前3年全额奖励企业,第4-5年减半奖励企业。\n"
                     "第二条 对列入培育名单的企业,分别按照15%、20%设定年度增长目标。\n", source="y.txt")[0]
    rates = sorted(float(p.fields["rate"]) for p in incentives_of(doc))
    assert rates == [0.5, 1.0]


def test_links_to_other_pages_are_chrome_even_when_they_name_a_policy():
    text = ("某省首次对园区实施晋位奖励_某某头条\n2023-05-10 09:40:18 来源:某某网\n"
            "记者从某省财政厅获悉,对在全国排名晋位的园区,每晋升一个位次,奖励100万元,最高奖励300万元。\n"
            "上一篇:关于某某事项的若干措施\n下一篇:最后一页\n")
    doc = parse_text(text, source="news.txt")[0]
    assert doc.title != "关于某某事项的若干措施"
    inc = incentives_of(doc)
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["cap_yuan"]) for p in inc] == [
        ("per_unit", 1000000, 3000000)]  # per rank gained, capped


def test_a_news_report_is_read_as_the_policy_it_states():
    text = ("2024年考核结果公示 三县入榜\n某日讯 根据《某某省县域经济发展考核办法》规定,对考核结果予以公示。\n"
            "《某某省县域经济发展考核办法》明确,对“强县”“先进县”分别给予6000万元、5000万元的一次性财力奖励。\n")
    doc = parse_text(text, source="report.txt")[0]
    assert (doc.title, doc.kind) == ("某某省县域经济发展考核办法", "rules")
    assert any(w.code == "title_reconstructed" for w in doc.warnings)


def test_a_news_lead_names_issuer_and_number():
    text = ("某县出台企业奖励扶持办法\n发布时间:2016-01-29\n"
            "近日,杭州市临安区人民政府出台《某某企业奖励扶持办法》(临政办发〔2016 〕2 号),设立专项资金,对新进入规模以上的企业"
            "给予2万元奖励。\n")
    doc = parse_text(text, source="lead.txt")[0]
    assert doc.doc_number == "临政办发〔2016〕2号"
    assert doc.issuer == "杭州市临安区人民政府"


def test_a_digest_whose_blocks_name_their_source_after_them():
    text = ("某市招商引资政策摘要\n发布时间 2024-01-18\n一、区域战略支持政策\n1. 支持社会力量参与振兴发展。\n"
            "2. 省产业投资基金对符合条件的项目优先支持。\n——第1-2条摘自《某某省老区振兴发展促进条例》\n"
            "1. 支持开展精准招商,提升产业链竞争力。\n——第3条摘自《某某省商务厅支持老区振兴2021年工作要点》\n"
            "二、土地税费优惠政策\n1. 对重大工业项目优先保障用地。\n——第4条摘自《某某省实施方案》(某政办〔2019〕34号)\n"
            "1. 对新引进项目\n")
    docs = parse_text(text, source="summary.txt")
    assert [(d.title, d.kind) for d in docs] == [("某某省老区振兴发展促进条例", "rules"),
                                                 ("某某省商务厅支持老区振兴2021年工作要点", "policy"),
                                                 ("某某省实施方案", "policy")]
    assert all(not d.articles for d in docs)


def test_whole_allocation_and_joint_issuers_in_a_field():
    text = ("发布时间:2025-03-05\n发文部门:某某市工业和信息化局 某某市财政局\n关于组织某某项目申报的通知\n"
            "各区工信局:\n为促进产业发展,安排180万元用于某某研发项目,现将有关事项通知如下:\n1、申报条件。\n")
    doc = parse_text(text, source="call.txt")[0]
    assert doc.issuer == "某某市工业和信息化局、某某市财政局"
    assert doc.total_budget_yuan == 1800000


def test_a_bureau_signing_under_its_level_is_named_in_full():
    text = ("关于开展恩施土家族苗族自治州2023年度科技奖励申报的通知\n各县市科技局:\n现将有关事项通知如下。\n"
            "申报截止时间为2024年10月18日。\n州科技局\n2024年10月11日\n")
    doc = parse_text(text, source="zhou.txt")[0]
    assert doc.region == "湖北省恩施土家族苗族自治州"
    assert doc.issuer == "恩施土家族苗族自治州科学技术局"


def test_a_compilation_with_contents_is_read_from_where_its_documents_start():
    text = ("某某市招商引资优惠政策汇编\n目 录\n1.某某市招商引资优惠政策\n2.某某市重点项目落户奖励办法\n"
            "1.某某市招商引资优惠政策\n为加大招商引资力度,特制定本政策。\n一、用地保障政策\n(一)对鼓励类工业项目优先供应土地。\n"
            "2.某某市重点项目落户奖励办法\n第一条 对新落户的重点项目,给予50万元奖励。\n")
    docs = parse_text(text, source="compiled.txt")
    assert [d.title for d in docs] == ["某某市招商引资优惠政策", "某某市重点项目落户奖励办法"]
    assert [s.title for s in docs[0].sections] == ["用地保障政策"]
    assert [p.fields["amount_yuan"] for p in incentives_of(docs[1])] == [500000]


def test_a_title_printed_over_two_lines():
    text = ("某某示范区进一步激发消费活力\n促进一季度消费增长若干措施\n为促进消费增长,现制定措施如下:\n"
            "一、对批发企业销售额增长的,给予5万元奖励。\n二、对零售企业销售额增长的,给予3万元奖励。\n")
    doc = parse_text(text, source="two_lines.txt")[0]
    assert doc.title == "某某示范区进一步激发消费活力促进一季度消费增长若干措施"
    assert any(w.code == "title_reconstructed" for w in doc.warnings)


def test_a_heading_with_its_own_paragraph_is_an_article_not_a_group():
    text = ("某某市加快实体经济发展的若干政策意见\n一、支持项目引进建设\n1.支持重大制造业项目\n"
            "加大对新引进的重大制造业项目落地支持力度。\n(1)支持优质项目引进。对评估优秀的项目给予一定扶持。\n"
            "(2)支持项目设备购置。对设备投资超过2000万元的,按10%补助。\n")
    doc = parse_text(text, source="levels.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(1, "支持重大制造业项目")]


def test_a_numbered_list_whose_last_item_carries_text_is_articles():
    text = ("某县招商工作奖励政策\n奖励标准\n1、重大项目信息奖。投资在10亿元以上的,奖励20万元。\n2、一般项目信息奖。\n"
            "①投资在3000万元以上的,奖励2万元;\n3、飞地项目奖。按投资总额的3‰进行现金奖励。\n")
    doc = parse_text(text, source="award_list.txt")[0]
    assert [a.no for a in doc.articles] == [1, 2, 3]
    assert doc.sections[0].title == "奖励标准"


def test_an_application_window_with_weekdays_and_times():
    text = ("关于做好某某中心申报工作的通知\n各县(市、区)科技管理部门:\n现将有关事项通知如下:\n"
            "1.企业网上申报时间:11月18日(星期四)8:00—11月27日(星期六)17:30。\n"
            "2.市科技局审核提交时间:11月28日(星期日)8:00—11月30日(星期二)17:30。\n某某市科学技术局\n2021年11月9日\n")
    doc = parse_text(text, source="window.txt")[0]
    assert {(d["date"], d["time"]) for d in doc.deadlines} >= {("2021-11-27", "17:30"), ("2021-11-30", "17:30")}
    for d in doc.deadlines:  # each deadline cites its clause with the exact words of the text
        assert d["quote"] and d["quote"] in text and d["citation"].startswith("window/")
        assert text[slice(*next(p.span for p in doc.provisions if p.kind == "deadline" and p.quote == d["quote"]))] == d["quote"]


def test_a_lead_maximum_caps_the_tiered_rates_that_follow():
    from zhengce.provisions import extract
    text = ("对新上项目,按实际固定资产投资额的一定比例给予最高5000万元奖励。投资3000万元(含)—5000万元(不含)的,"
            "按实际投资额最高1%给予奖励;投资5000万元以上的,按实际投资额最高2%给予奖励。")
    got = [(p.fields["form"], p.fields["rate"], p.fields["cap_yuan"]) for p in extract(text) if p.kind == "incentive"]
    assert [(f, float(r), c) for f, r, c in got] == [("rate", 0.01, 50000000), ("rate", 0.02, 50000000)]


def test_awards_per_firm_and_government_money_that_is_no_award():
    from zhengce.provisions import extract
    got = [(p.fields["amount_yuan"], p.fields["trigger"]) for p in extract(
        "通过复审的高企奖励每家10万元。规模以下企业奖励20万元/家,规模以上企业奖励30万元/家。") if p.kind == "incentive"]
    assert got == [(100000, "通过复审的高企"), (200000, "规模以下企业"), (300000, "规模以上企业")]
    assert not [p for p in extract("在省级资金的基础上,区财政按1:1再配套1亿元,即每年安排2亿资金用于振兴实体经济。")
                if p.kind == "incentive"]


def test_a_news_report_above_the_text_it_attaches_counts_its_awards():
    text = ("某区出台直播电商扶持政策 最高扶持5000万元 2023-05-30 09:09:53 来源:某某网\n"
            "5月29日消息,《某某区大力发展直播电商经济若干措施》近日发布。\n"
            "据记者获悉,对于采用直播方式销售自有品牌产品的企业,给予最高5000万元扶持。对于获得荣誉称号的企业,给予一次性最高50万元奖励。\n"
            "附:某某区大力发展直播电商经济若干措施\n第一章 总则\n第一条 为推动直播电商集聚发展,制定本措施。\n")
    doc = parse_text(text, source="report_attached.txt")[0]
    assert sorted(p.fields["amount_yuan"] for p in incentives_of(doc)) == [500000, 50000000]


def test_an_amendment_is_read_for_its_new_wording():
    text = ("各乡镇人民政府,县政府直属各单位:\n经县政府常务会议研究同意,决定修改《某某县加快服务业高质量发展若干措施》部分条款:\n"
            "一、将“15.支持商贸设施建设。营业面积达到5000平方米的,给予商业运营单位10万元的一次性补助。”修改为“15.支持商贸设施建设。"
            "对新开业的商业综合体,每年给予300万元运营补助。”\n"
            "二、将“23.推动“电商+”发展。当年线上零售额达到100万元的,给予1万元的一次性奖励。”修改为“23.推动“电商+”发展。"
            "当年线上零售额达到100万元给予2万元的奖励。”\n")
    doc = parse_text(text, source="amendment.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(15, "支持商贸设施建设"), (23, "推动“电商+”发展")]
    assert sorted((p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)) == [(15, 3000000), (23, 20000)]


def test_a_digest_of_numbered_blocks_headed_by_places():
    text = ("一文汇编:某省及各市区县高新技术企业奖励政策\n一、河北省高新技术企业奖励政策\n新认定的高新技术企业,每家给予10万元后补助资金支持\n"
            "政策依据:《河北省关于加快推进科技创新的若干措施》\n二、保定市高新技术企业奖励政策\n(一)保定市竞秀区高新技术企业奖励政策\n"
            "对首次通过认定的高新技术企业,给予15万元奖励。\n政策依据:《竞秀区支持科技创新若干措施》\n"
            "(二)保定市高阳县高新技术企业奖励政策\n对新认定的高新技术企业,县财政给予10万元的补助奖励。\n")
    docs = parse_text(text, source="headed_digest.txt")
    assert [(d.region, d.title) for d in docs] == [("河北省", "河北省关于加快推进科技创新的若干措施"),
                                                   ("河北省保定市竞秀区", "竞秀区支持科技创新若干措施"),
                                                   ("河北省保定市高阳县", None)]
    assert [sorted(p.fields["amount_yuan"] for p in incentives_of(d)) for d in docs] == [[100000], [150000], [100000]]


def test_shares_between_governments_equity_and_prizes_to_named_places_are_no_measures():
    from zhengce.provisions import extract

    def incentives(text):
        return [(p.fields["form"], p.fields.get("rate"), p.fields.get("amount_yuan")) for p in extract(text)
                if p.kind == "incentive"]

    assert incentives("对首次获批的国家级高企,市财政和区财政按照各50%比例给予30万元奖励。") == [("fixed", None, 300000)]
    assert incentives("按照固定资产投资额的10%给予补助(对落户三县项目由市县分别补助5%)。") == [("rate", Decimal("0.1"), None)]
    assert incentives("对重大项目,可通过政府性平台公司给予不低于项目公司20%参股。") == []
    assert incentives("二等奖:武威市、庆阳市,各奖励80万元。") == []


def test_small_fractions_and_a_news_lead_that_names_the_title_first():
    from zhengce.provisions.numbers import find_percents
    assert [p.value for p in find_percents("按投资额的万分之五给予奖励")] == [Decimal("0.0005")]
    text = ("4月13日,记者从开发区获悉,近日,《某某经济技术开发区工业项目招商引资奖励办法(试行)》(以下简称《办法》)正式出台。\n"
            "《办法》规定,按单个项目的固定资产投资额的万分之五给予引资人奖励。\n")
    doc = parse_text(text, source="title_first.txt")[0]
    assert doc.title == "某某经济技术开发区工业项目招商引资奖励办法(试行)" and doc.kind == "rules"


def test_a_part_heading_over_a_paragraph_that_opens_with_zhuoli_stays_a_heading():
    # 着 never opens a wrapped line's rest ("…随" / "着…"), but 着力/着眼 open sentences
    text = ("某市关于扶持某某产业发展的意见\n一、指导思想\n以某某为指导,推动产业发展。\n二、发展目标\n"
            "着力调整产业结构,促进转型升级;到2025年,实现产值增长8%左右的目标。\n三、扶持政策\n"
            "(一)引导产业结构调整。对新认定的企业给予10万元奖励。\n")
    doc = parse_text(text, source="zhuoli.txt")[0]
    assert [s.title for s in doc.sections] == ["指导思想", "发展目标", "扶持政策"]


def test_a_part_s_budget_in_other_verbs_and_word_orders():
    def budgets(line: str) -> list:
        doc = parse_text("某某县关于促进产业升级的若干政策\n一、推动科技创新(由县科技局牵头实施)\n" + line
                         + "\n(一)对首次认定的科技型企业,奖励20万元。\n", source="budget.txt")[0]
        return [s.budget_yuan for s in doc.sections]

    assert budgets("每年设立科技创新专项资金5000万元,用于支持企业创新。") == [50000000]
    assert budgets("本部分政策资金2亿元,由县财政预算列支。") == [200000000]
    assert budgets("县财政每年拿出不少于8000万元,专项用于科技创新。") == [80000000]
    assert budgets("全县高新技术企业力争达到200家。") == [None]
    # articles with no part above them: a fund so phrased is the document's, not a part's
    doc = parse_text("某某市工业奖励办法\n第一条 为推动工业发展,制定本办法。\n第二条 每年设立工业发展专项资金3000万元,用于表彰奖励。\n"
                     "第三条 对首次上规的企业,奖励10万元。\n", source="rules.txt")[0]
    assert [s.budget_yuan for s in doc.sections] == [None]


def test_a_cap_that_ranges_from_one_sum_to_another_is_its_highest():
    # "上限从A至B不等", "最高从A到B不等": caps that differ by kind; the most any is paid is B
    text = ("某某县支持设备更新若干措施\n一、企业购置设备的，按其投资额10%予以补助，补助上限从10万元至50万元不等。\n"
            "二、对企业按投资额的8%给予补助，上限从5万元到20万元不等。\n三、对获评企业给予奖励，奖励额度最高从20万元至100万元不等。")
    doc = parse_text(text, source="caps.txt")[0]
    got = [(p.fields["form"], p.fields.get("rate"), p.fields.get("cap_yuan"), p.fields.get("amount_yuan"))
           for p in incentives_of(doc)]
    assert got == [("rate", Decimal("0.1"), 500000, None), ("rate", Decimal("0.08"), 200000, None), ("up_to", None, None, 1000000)]
