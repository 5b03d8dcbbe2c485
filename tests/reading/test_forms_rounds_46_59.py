"""Forms met in rounds 46–59 (the stop before's final blind rounds, looked at this stop) and 60–61 (this stop's
first blind rounds, looked at once scored), each in a small text of its own (placeholder sentences and places,
none from a test document)."""

from __future__ import annotations

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def test_a_question_and_answer_pages_prompts_are_neither_sections_nor_articles():
    text = ("《某某市扶持骨干企业奖励办法》问答\n发布时间:2024-05-06\n"
            "(一)办法适用于哪些企业?\n本办法适用于在本市纳税的工业企业。\n"
            "(二)可以获得哪些奖励?\n共有两项:\n"
            "1.奖励规模企业。对年营业收入首次超过10亿元的企业,给予一次性奖励50万元。\n"
            "2.奖励创新企业。对首次认定为省级创新型企业的,给予一次性奖励20万元。\n")
    doc = parse_text(text, source="qa.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(1, "奖励规模企业"), (2, "奖励创新企业")]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(1, 500000), (2, 200000)]


def test_question_marks_standing_for_lost_characters_ask_nothing():
    # a page whose spaces became "?": its chapters stay chapters
    text = ("某某县促进旅游发展奖励办法\n第一章??总?则\n第一条?为促进旅游发展,制定本办法。\n"
            "第二条?本办法适用于本县旅游企业。\n第二章??奖励标准\n第三条?对新评为4A级景区的,奖励20万元。\n")
    doc = parse_text(text, source="marks.txt")[0]
    assert [s.no for s in doc.sections] == [1, 2]
    assert [a.no for a in doc.articles] == [1, 2, 3]


def test_a_measure_spliced_on_after_its_units_closing_bracket_is_the_next_article():
    text = ("某某市支持商贸物流发展若干措施\n一、支持市场主体壮大\n"
            "(一)支持企业上规模。对首次入统的商贸企业给予5万元奖励。(责任单位:市商务局、市财政局)"
            "(二)支持仓储设施建设。对新建冷库的企业给予10万元补助。(责任单位:市商务局)"
            "二、支持品牌建设(三)支持老字号。对新认定的老字号企业给予3万元奖励。\n")
    doc = parse_text(text, source="splice.txt")[0]
    assert [s.title for s in doc.sections] == ["支持市场主体壮大", "支持品牌建设"]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(1, 50000), (2, 100000), (3, 30000)]


def test_a_subsidy_scale_is_titled_by_its_line_and_is_rules():
    text = ("某某新区果树种植补贴标准2023(某某新区农业局)\n\n2023年某某新区果树种植补贴标准\n"
            "补贴对象:本区从事果树种植的单位和个人。\n补贴标准:新栽果树按照300元/亩的标准补贴。\n")
    doc = parse_text(text, source="scale.txt")[0]
    assert doc.title == "2023年某某新区果树种植补贴标准"
    assert doc.kind == "rules"


def test_a_call_listing_its_subsidy_scale_stays_a_notice():
    text = ("某某区设备更新补助申报时间、条件、补助标准\n一、申报时间\n即日起至2024年5月31日。\n"
            "二、补助标准\n按设备投资额的10%给予补助,最高不超过50万元。\n")
    assert parse_text(text, source="call.txt")[0].kind == "notice"


def test_so_much_for_each_one_inside_a_budget_count_is_an_award():
    text = ("某某县2024年农业经营主体扶持资金申报指南\n由县财政安排专项资金50万元,其中:示范家庭农场10家,每家扶持资金2万元,"
            "小计20万元;示范合作社5家,每家扶持资金6万元,小计30万元。\n")
    doc = parse_text(text, source="each.txt")[0]
    assert sorted(p.fields["amount_yuan"] for p in incentives_of(doc)) == [20000, 60000]


def test_a_covering_notices_title_set_in_three_short_lines_is_one_title():
    text = ("某某市人民政府\n索引号:11223344-2022-001\n\n某某市人民政府关于\n\n印发《某某市企业上市(挂牌)\n\n"
            "扶持奖励办法》的通知\n\n各县(区)人民政府,市政府各部门:\n现将《某某市企业上市(挂牌)扶持奖励办法》印发给你们,请认真贯彻执行。\n")
    doc = parse_text(text, source="three.txt")[0]
    assert doc.title == "某某市企业上市(挂牌)扶持奖励办法"
    assert doc.kind == "rules"


def test_a_text_that_names_itself_in_its_preamble_is_titled_by_that_name():
    text = ("为推动商贸企业做大做强,结合本县实际,制定某某县支持商贸企业上规模奖励办法,有关事项如下。\n"
            "一、上规奖励\n1.对首次纳入统计的限额以上企业,给予3万元奖励。\n")
    doc = parse_text(text, source="selfname.txt")[0]
    assert doc.title == "某某县支持商贸企业上规模奖励办法" and doc.kind == "rules"


def test_a_stray_letter_before_the_notice_word_leaves_the_title_it_covers():
    text = ("某某市某某区人民政府关于印发某某区鼓励企业挂牌上市暂行办法的t通知\n2020-03-02\n"
            "某某区鼓励企业挂牌上市暂行办法\n第一条 为鼓励企业挂牌上市,制定本办法。\n第二条 对在主板上市的企业给予200万元奖励。\n")
    assert parse_text(text, source="stray.txt")[0].title == "某某区鼓励企业挂牌上市暂行办法"


def test_a_short_article_title_run_on_into_its_first_point_is_the_heading():
    text = ("某某区产业扶持实施办法\n第一条 总体目标 推动产业升级。\n"
            "第二条 人才引进1.高端人才(1)引进博士的企业,每人给予2万元补助。\n")
    doc = parse_text(text, source="runon.txt")[0]
    assert [a.heading for a in doc.articles][1] == "人才引进"


def test_a_signature_in_brackets_under_a_covering_notice_gives_issuer_and_date():
    text = ("各乡镇人民政府,县政府各部门:《某某县促进民营经济发展十条措施》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
            "(某某县人民政府办公室2024年5月6日)\n某某县促进民营经济发展十条措施\n"
            "第一条 对新升规的工业企业给予5万元奖励。\n")
    doc = parse_text(text, source="bracketed.txt")[0]
    assert doc.issued == "2024-05-06" and (doc.issuer or "").endswith("某某县人民政府办公室")


def test_support_per_step_over_a_threshold_with_a_total_per_firm_is_a_capped_per_unit_award():
    from zhengce.provisions import extract
    found = [(p.fields["form"], p.fields["per_unit"], p.fields["cap_yuan"]) for p in extract(
        "对年销售额增长10%以上的零售企业,销售额每超出500万元支持5000元,每家企业支持总额不超过30万元。") if p.kind == "incentive"]
    assert found == [("per_unit", {"unit_yuan": 5000000, "award_yuan": 5000}, 300000)]


def test_a_numbered_measure_beside_a_numbered_heading_over_points_are_both_articles():
    text = ("某某区“高质量发展30条”\n"
            "21. 培育链主企业。对新认定的市级链主企业,给予最高50万元的奖励,对再认定为省级的,追加奖励20万元。\n"
            "22. 支持企业上规。\n(1)工业企业上规奖励。对首次上规的工业企业给予每家10万元奖励。\n"
            "(2)服务业企业上规奖励。对首次纳入规上服务业企业库的企业,给予最高5万元的奖励。\n")
    doc = parse_text(text, source="beside.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(21, "培育链主企业"), (22, "支持企业上规")]
    assert sorted({p.article for p in incentives_of(doc)}) == [21, 22]


def test_so_much_per_metre_or_per_head_of_stock_is_a_per_unit_award():
    from zhengce.provisions import extract
    for sentence, unit in (("对完成渠道改造的村,经验收合格的,每米补助50元。", "米"), ("对新发展肉牛养殖的农户,每只奖励30元。", "只")):
        found = [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"])
                 for p in extract(sentence) if p.kind == "incentive"]
        assert found == [("per_unit", 50 if unit == "米" else 30, unit)]


def test_a_document_the_letter_says_the_government_approved_is_the_document():
    text = ("区直各有关单位:《某某区科技创新券管理办法》已经区人民政府同意,第五条每家企业每年申领创新券不超过10万元,"
            "对使用创新券购买检测服务的,按合同金额的50%给予补助。\n")
    doc = parse_text(text, source="approved.txt")[0]
    assert doc.title == "某某区科技创新券管理办法" and doc.kind == "rules"


def test_a_name_two_places_share_is_told_apart_by_the_kind_of_place_the_text_says_it_is():
    text = ("我县大力发展特色养殖\n发布时间:[2022-5-6]\n今年,我县养殖大户迅速发展。支持品牌建设。新注册“清河羊绒”商标的,"
            "每个奖励2000元;对新获评省级示范家庭农场的,每个奖励2万元。\n")
    doc = parse_text(text, source="shared.txt")[0]
    assert (doc.region, doc.level) == ("河北省邢台市清河县", "county")


def test_clauses_numbered_in_digits_are_articles():
    text = ("某某园区招商引资奖励办法\n第1条 为加大招商引资力度,制定本办法。\n第2条 对引进投资额超过1亿元项目的引荐人,"
            "给予5万元奖励。\n第3条 对引进外资项目的引荐人,按实际到位外资的1%给予奖励,最高不超过20万元。\n")
    doc = parse_text(text, source="digits.txt")[0]
    assert [a.no for a in doc.articles] == [1, 2, 3]
    assert [(p.article, p.fields["form"]) for p in incentives_of(doc)] == [(2, "fixed"), (3, "rate")]


def test_so_much_per_bag_or_per_set_is_a_per_unit_award_with_its_cap():
    from zhengce.provisions import extract
    found = [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"], p.fields["cap_yuan"])
             for p in extract("购买菌棒5000棒以上的,木耳补贴1元/袋、灵芝补贴4元/袋,每个实施主体奖补资金最高不超过5万元。")
             if p.kind == "incentive"]
    assert found == [("per_unit", 1, "袋", 50000), ("per_unit", 4, "袋", 50000)]


def test_a_consumption_voucher_is_what_the_buyer_gets_off():
    from zhengce.provisions import extract
    found = [(p.fields["amount_yuan"], p.fields["beneficiary"]) for p in extract("满80元减30元;满150元减60元。")
             if p.kind == "incentive"]
    assert found == [(30, "individual"), (60, "individual")]


def test_a_page_fields_numbered_as_a_list_are_fields_not_articles():
    text = ("当前位置:首页 > 政策文件\n  1. [主题分类]商贸\n  2. [发文机构]\n  3. [成文日期] 2025-03-02\n"
            "  4. [发文字号]\n  5. [发布日期] 2025-03-03\n\n某某区商务局2025年春季促消费活动方案\n\n"
            "一、活动时间\n2025年3月10日至4月10日。\n二、补贴规则\n满80元减30元。\n")
    doc = parse_text(text, source="listed.txt")[0]
    assert doc.issued == "2025-03-02" and doc.doc_number is None
    assert [a.heading for a in doc.articles] == ["活动时间", "补贴规则"]


def test_a_plans_titled_parts_with_only_one_over_a_list_are_its_articles():
    text = ("某某县2025年消费券发放活动方案\n一、活动主题\n乐享消费\n二、活动时间\n分两期发放:\n(一)2025年5月1日至5月10日\n"
            "(二)2025年6月1日至6月10日\n三、发放对象\n在本县消费的个人\n四、发放规模\n100万元\n五、补贴规则\n满80元减30元。\n")
    doc = parse_text(text, source="plan.txt")[0]
    assert [a.no for a in doc.articles] == [1, 2, 3, 4, 5]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(5, 30)]


def test_an_indent_lost_to_question_marks_hides_no_numbering():
    text = ("某某区促进会展业发展的若干意见\n??一、支持展会\n??(一)对在本区举办的展览面积超过1万平方米的展会,给予最高30万元补贴。\n"
            "??(二)对新引进的品牌展会,给予一次性奖励10万元。\n")
    doc = parse_text(text, source="lost_indent.txt")[0]
    assert [a.no for a in doc.articles] == [1, 2]
    assert [p.fields["amount_yuan"] for p in incentives_of(doc)] == [300000, 100000]


def test_a_spam_pages_string_of_phrases_is_not_joined_to_the_headline_below_it():
    text = ("免费在线观看,最新影视大全,高清电影下载,热门综艺推荐,午夜剧场合集\n\n《某某区促进会展业发展的若干意见》解读\n\n"
            "一、制定背景\n为促进会展业发展,制定本意见。\n二、主要内容\n对新引进的品牌展会,给予一次性奖励10万元。\n")
    assert parse_text(text, source="spam.txt")[0].title == "某某区促进会展业发展的若干意见"


def test_an_application_period_from_one_day_to_another_closes_on_the_last():
    from zhengce.provisions import extract
    found = [(p.fields["date"], p.fields["what"]) for p in extract(
        "符合条件的农民合作社可向所在镇提出申请,申报期从2025年6月3日起至2025年6月20日止。") if p.kind == "deadline"]
    assert found == [("2025-06-20", "申报")]


def test_an_untitled_letter_ending_with_its_notice_formula_and_an_application_period_is_a_notice():
    text = ("为做好2025年家庭农场培育工作,根据省农业农村厅有关文件精神,现将有关事项通知如下。\n"
            "支持对象为省级示范家庭农场,符合条件的可向所在镇提出申请,申报期从2025年6月3日起至2025年6月20日止。\n"
            "特此通知。\n某某县农业农村局\n2025年6月2日\n")
    doc = parse_text(text, source="letter.txt")[0]
    assert doc.kind == "notice" and [d.fields["date"] for d in doc.provisions if d.kind == "deadline"] == ["2025-06-20"]


def test_a_state_to_reach_by_a_date_is_a_condition_not_a_deadline():
    from zhengce.provisions import extract
    assert [p for p in extract("(三)申报企业的网店需在2025年3月31日前开通运营。", year=2025) if p.kind == "deadline"] == []


def test_a_number_line_with_the_notices_title_in_brackets_gives_the_number():
    text = ("某委办发[2021]7号(关于印发促进服务业发展若干政策的通知)\n某某区促进服务业发展若干政策\n"
            "一、支持企业做大\n(一)对首次入统的服务业企业给予5万元奖励。\n")
    assert parse_text(text, source="led.txt")[0].doc_number == "某委办发[2021]7号"


def test_a_note_after_the_units_ends_the_list():
    from zhengce.reading.structure import split_units
    assert split_units("省商务厅、省财政厅等;各项措施均需各市政府落实,以下不再列出") == ["省商务厅", "省财政厅"]


def test_a_card_quoting_the_articles_of_the_policy_it_attaches_numbers_them_as_printed():
    text = ("政策文件:某某市“三大倍增”行动计划\n重点内容一\n附件1第二条:支持企业上市。对成功上市的企业给予最高500万元奖励。\n"
            "申报材料\n1.书面申请;\n2.相关证明材料。\n重点内容二\n附件1第五条:支持企业挂牌。对在新三板挂牌的企业给予50万元奖励。\n")
    doc = parse_text(text, source="card.txt")[0]
    assert [a.no for a in doc.articles] == [2, 5]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(2, 5000000), (5, 500000)]


def test_a_flattened_letterhead_gives_the_number_and_the_notice_gives_the_policy_it_sends():
    text = ("1 ― 某某市人民政府文件 某政〔2019〕12 号 某某市人民政府 关于印发某某市招商引资中介人奖励办法的通知 各县、区人民政府:"
            "《某某市招商引资中介人奖励办法》已经市政府常务会议研究同意,现印发给你们。\n\n"
            "2019 年5月6 日―2―某某市招商引资中介人奖励办法 为进一步做好招商工作,制定本办法。第一条 对成功引进项目的中介人,"
            "按实际到位资金的1‰给予奖励。\n")
    doc = parse_text(text, source="letterhead.txt")[0]
    assert (doc.title, doc.doc_number) == ("某某市招商引资中介人奖励办法", "某政〔2019〕12号")


def test_jiang_alone_is_an_award_verb():
    from zhengce.provisions import extract
    found = [(p.fields["form"], p.fields.get("amount_yuan")) for p in extract(
        "企业自营出口额超20万美元的,奖3000元;超100万美元的,奖8000元。") if p.kind == "incentive"]
    assert found == [("fixed", 3000), ("fixed", 8000)]


def test_so_much_per_vehicle_with_a_bound_and_a_firms_cap_is_a_per_unit_award():
    from zhengce.provisions import extract
    found = [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["cap_yuan"]) for p in extract(
        "对年产量超过1万辆的整车企业,给予增量部分每台最高300元奖励,单个企业最高500万元。") if p.kind == "incentive"]
    assert found == [("per_unit", 300, 5000000)]


def test_a_number_in_brackets_under_the_title_is_its_number_not_part_of_it():
    text = ("关于加快发展会展业的若干意见\n(某政发〔2013〕21号)\n各市人民政府,省政府各厅委:\n为加快发展会展业,提出如下意见。\n"
            "一、支持办展\n(一)对新引进的品牌展会给予最高50万元奖励。\n")
    doc = parse_text(text, source="bracketed_no.txt")[0]
    assert (doc.title, doc.doc_number, doc.kind) == ("关于加快发展会展业的若干意见", "某政发〔2013〕21号", "policy")


def test_a_notice_that_sets_out_its_measures_itself_is_a_policy():
    text = ("某某市人民政府关于加快会展业发展若干政策的通知\n(某政发[2010]5号)\n各县(市、区)人民政府:\n为加快会展业发展,制定以下政策。\n"
            "一、支持办展\n1.对新引进的品牌展会给予最高50万元奖励。\n")
    doc = parse_text(text, source="sets_out.txt")[0]
    assert doc.kind == "policy" and [a.no for a in doc.articles] == [1]


def test_a_servers_include_error_is_no_title():
    text = ("处理 SSI 文件时出错\n处理 SSI 文件时出错\n对新举办的展会项目展览面积达到1万平方米以上的,给予项目单位30万元奖励。\n")
    assert parse_text(text, source="ssi.txt")[0].title is None


def test_a_grade_named_with_letters_and_wei_gets_its_sum():
    from zhengce.provisions import extract
    found = [p.fields["amount_yuan"] for p in extract(
        "对新评为A级旅游景区的,奖励标准2A级为3万元、3A级为8万元。") if p.kind == "incentive"]
    assert found == [30000, 80000]


def test_each_kinds_sum_listed_before_the_award_verb_is_an_award():
    from zhengce.provisions import extract
    found = [p.fields["amount_yuan"] for p in extract(
        "对新纳入统计的服务业企业按新入库10万元、小升规8万元给予奖励。") if p.kind == "incentive"]
    assert found == [100000, 80000]


def test_a_share_of_a_budget_set_aside_for_a_purpose_is_no_rate_paid():
    from zhengce.provisions import extract
    assert [p for p in extract("年初安排40%用于前期工作,年终安排60%用于奖补资金。") if p.kind == "incentive"] == []
