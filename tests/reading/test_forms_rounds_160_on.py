"""Forms met while building rounds 160 and on: a cap after a formula, caps per kind on a matching share,
a ratio matched at a level ("予以区级配套"), sums per tonne of coal saved or per coded thing counted, and
untitled letters that pay awards or pass on another's document (each in a small text of its own,
placeholder sentences and places)."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in as _awards, awards_in_policy as _one, doc_of as _doc, incentives_of


def test_a_cap_after_a_formula_caps_the_rate_before_it():
    awards = _one("1.对甲类会议,按场租费用的20%给予奖补。单个项目奖补总额不超过间夜数*150元(乙类按0.7系数折算),"
                  "且不超过100万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.2"), 1000000)]


def test_a_matching_share_with_a_cap_per_kind_is_read_once_per_kind():
    awards = _one("1.对项目牵头单位给予国家、省资助额50%的配套资金,国家级项目最高资助200万元,省级项目最高资助100万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("matching", 0.5, 2000000), ("matching", 0.5, 1000000)]


def test_a_ratio_matched_at_a_level_is_a_matching_award():
    awards = _one("1.对获得甲类专项资金的项目,按最高不超过1:1予以区级配套,最高不超过200万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("matching", 1.0, 2000000)]


def test_so_much_per_tonne_of_coal_saved_or_per_coded_thing_is_per_unit():
    awards = _one("1.年可节约500吨标准煤及以上的,按照每吨标准煤500元的标准给予一次性奖励,单个项目最高不超过100万元。\n"
                  "2.对甲类企业建成并验收合格的每个5G基站给予5000元一次性定额补助。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 500, 1000000), ("per_unit", 5000, None)]


def test_an_untitled_letter_paying_awards_earned_is_a_notice():
    doc = _doc("各县(市、区)人民政府、市直有关部门:\n根据有关办法,经审核,决定对在2015年度促进某某产业发展中做出突出贡献的"
               "单位和个人兑现奖励。\n一、甲馆评定为国家3A级景区。奖励甲馆30万元。\n二、乙馆评定为国家2A级景区。奖励乙馆10万元。\n")
    assert doc.kind == "notice"


def test_an_untitled_letter_passing_on_a_document_is_a_notice():
    doc = _doc("某人社发〔2024〕104号\n各区县人力资源和社会保障局:\n现将《某省关于做好甲类工作的通知》转发给你们,"
               "请结合以下意见一并抓好贯彻落实。\n一、我市一次性扩岗补助标准为每人1500元。\n二、给予5000元一次性创业补贴。\n")
    assert doc.kind == "notice"
    assert [p["amount_yuan"] or p["per_unit"]["award_yuan"] for p in _awards(
        "某人社发〔2024〕104号\n各区县人力资源和社会保障局:\n现将《某省关于做好甲类工作的通知》转发给你们,"
        "请结合以下意见一并抓好贯彻落实。\n一、我市一次性扩岗补助标准为每人1500元。\n二、给予5000元一次性创业补贴。\n")] == [1500, 5000]


def test_a_sum_for_each_step_of_sales_produced_with_a_monthly_and_a_running_cap():
    awards = _one("1.甲类企业单月每产生500万元销售额奖励1000元,单月奖励不超过1万元,累计奖励不超过2万元。"
                  "该板块奖励不超过10万元,若超过按比例分配。\n")
    assert [(p["form"], p["per_unit"]["unit_yuan"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 5000000, 1000, 20000)]


def test_a_sum_to_the_buyer_named_between_the_verb_and_the_sum_is_an_award():
    awards = _one("1.对区内销售企业销售售价10万元以内的车辆,每辆车奖励购车者500元加油卡。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 500)]


def test_an_announcement_of_a_subsidy_campaign_is_a_notice_with_its_whole_money():
    doc = _doc("各相关单位、各消费者:\n为进一步释放消费潜力,现对某区汽车促消费活动进行公告。公告如下:\n一、活动时间\n"
               "自3月20日开始至资金发放完毕截止。\n二、补贴标准\n本次活动总资金预算1亿元,分两轮推出。\n"
               "(一)购车发票价格在10万元(含)至20万元(不含)的,按燃油车给予6000元/台的补贴;\n")
    assert (doc.kind, doc.total_budget_yuan) == ("notice", 100000000)
    assert [p.article for p in incentives_of(doc)] == [None]


def test_a_service_guide_and_a_payment_are_notices():
    guide = _doc("一、政策依据\n1.某省《关于促进高校毕业生就业的若干措施》。\n二、适用范围\n"
                 "1.对某市域内毕业生,给予每人200元的求职创业补贴。\n三、经办科室(中心)\n市人力资源服务中心\n"
                 "四、服务和咨询电话\n0728-0000000\n")
    paid = _doc("根据某某文件规定,甲市场等6家市场符合兑现奖励要求,现将拨付甲市场2024年创建四星级市场奖补50万元资金,"
                "请按规定使用。\n")
    assert (guide.kind, paid.kind) == ("notice", "notice")


def test_a_sum_per_car_to_its_buyer_is_the_buyers_own_and_quotes_keep_the_item_number():
    doc = _doc("某区汽车促消费活动\n" + "为释放汽车消费潜力,开展本次活动。" * 12
               + "对在本区限上汽车销售企业购车的消费者给予财政补贴(活动期间只能享受一次)。1、对购车发票价格10万元以下的消费者,"
               "每辆汽车补贴2000元;2、对购车发票价格10万元以上的消费者,每辆汽车补贴3000元。")
    awards = incentives_of(doc)
    assert [(p.fields["form"], p.fields["amount_yuan"]) for p in awards] == [("fixed", 2000), ("fixed", 3000)]
    assert [p.quote[:2] for p in awards] == ["1、", "2、"]


def test_a_line_break_put_before_a_run_on_item_keeps_every_character_at_its_place():
    from zhengce.reading.normalize import normalize
    text = "某某活动自2025年3月22日开始。" + "前文说明。" * 70 + "给予补贴(只能享受一次)。1、对甲类给予2000元;2、对乙类给予3000元。"
    norm = normalize(text)
    assert "\n1、" in norm.text
    for i, ch in enumerate(norm.text):
        if ch.isdigit() or ch in "、;。":
            assert text[norm.pos[i]] == ch, (i, ch)


def test_a_field_table_flattened_with_spaces_and_a_bodys_year_title():
    doc = _doc("首页\n索引号 563886618/2021-87970\n组配分类 镇(街道)行政规范性文件 发布机构 某街道\n"
               "生成日期 2021-10-31 公开方式 主动公开\n公开范围 面向全社会\n政策解读\n"
               "宁波市鄞州区人民政府某某街道办事处2021年度经济政策方案\n发布时间:2021-12-31 15:46\n"
               "文件编号 某街道办〔2021〕58号\n正文内容\n为推动经济发展,现提出政策如下:\n一、工业经济发展方面\n"
               "1.对经批准设立股份有限公司的,奖励10万元。\n")
    assert (doc.title, doc.doc_number, doc.issued) == ("2021年度经济政策方案", "某街道办〔2021〕58号", "2021-10-31")
    assert doc.issuer == "宁波市鄞州区人民政府某某街道办事处"


def test_a_zones_own_name_after_its_citys_short_name_is_no_place_of_its_own():
    from zhengce.reading.regions import mentions
    assert [r.full for r in mentions("德州运河经济开发区开展消费季活动")] == ["山东省德州市"]


def test_a_claim_window_closing_on_a_day_and_a_condition_already_met_by_a_day():
    from zhengce.provisions import extract
    due = [p.fields for p in extract("五、申领补贴时间:此次活动结束后至2025年4月15日前,过期无效。", year=2025)
           if p.kind == "deadline"]
    assert [(d["date"], d["what"]) for d in due] == [("2025-04-15", "申领补贴")]
    met = [p for p in extract("(1)2024年1月1日前已经购买,在2024年1月1日后以补办方式办理网签的。", year=2024)
           if p.kind == "deadline"]
    assert met == []


def test_a_count_of_articles_after_a_title_is_no_part_of_it_and_a_date_field_dates_the_page():
    doc = _doc("就业创业政策(21条)\n\n日期:2023-11-09\n\n1. 单位社会保险补贴\n\n支持对象:招用高校毕业生的用人单位。\n\n"
               "执行标准:按其实际缴纳的社会保险费给予补贴。\n\n2. 一次性吸纳就业补贴\n\n执行标准:按2000元/人标准给予一次性吸纳就业补贴。\n")
    assert (doc.title, doc.year) == ("就业创业政策", 2023)


def test_an_articles_heading_stops_where_its_list_begins():
    doc = _doc("某某市支持企业上市奖励办法\n第一条 为支持企业上市,制定本办法。\n"
               "第二条 资金的申报主体,应具备以下基本条件:(一)在本市依法注册;(二)无不良记录。\n")
    assert [a.heading for a in doc.articles] == ["为支持企业上市,制定本办法", "资金的申报主体,应具备以下基本条件"]


def test_a_match_stated_as_a_ratio_of_funds_and_a_sum_per_person_without_its_yuan():
    awards = _one("1.对获得市级引导资金的项目,区配套资金与市引导资金比例为1:1。\n"
                  "2.按2000/人标准给予一次性吸纳就业补贴。\n3.所需资金由市、区两级配套资金比例为1:1分担。\n")
    assert [(p["form"], p["rate"] or (p["per_unit"] or {}).get("award_yuan")) for p in awards] == [
        ("matching", 1), ("per_unit", 2000)]


def test_a_window_closing_at_an_hour_a_comment_day_with_its_weekday_and_a_byline_row_of_fields():
    from zhengce.provisions import extract
    due = [p.fields for p in extract("纸质材料申报时间:2020年11月17日(星期二)至2020年11月20日(星期五)18时止。", year=2020)
           if p.kind == "deadline"]
    assert [(d["date"], d["time"]) for d in due] == [("2020-11-20", "18:00")]
    draft = _doc("关于公开征求《某市某某管理规定(征求意见稿)》意见的通告\n发布日期:2023-11-17\n"
                 "为做好某某工作,我局起草了《某市某某管理规定(征求意见稿)》。现向社会广泛征求意见,有关单位和社会各界人士"
                 "可在2023年11月26日(星期日)前提出意见。\n")
    assert draft.comment_period == ["2023-11-17", "2023-11-26"]
    notice = _doc("欢迎来到某某网登录 | 注册\n\n关于开展深圳市龙华区某类项目申报工作的通知\n\n"
                  "2021-08-06 | 查看: | 来源:龙华区工业和信息化局 |\n各企业:\n现将有关申报事项通知如下:\n一、资助标准\n"
                  "对经认定的国家级中心,给予300万元的资助。\n")
    assert (notice.year, notice.issuer) == (2021, "深圳市龙华区工业和信息化局")


def test_a_mirrors_question_headline_is_no_title_and_each_persons_most_is_their_own():
    doc = _doc("某某手镯能接触某某吗 某某手镯能接触某某吗女\n2022-12-03\n一、加大力度引才\n"
               "1.对贡献特别突出的人才可给予每人最高200万元购房补贴。(责任单位:市人才办)\n")
    assert doc.title is None
    assert [(p.fields["form"], p.fields["amount_yuan"]) for p in incentives_of(doc)] == [("up_to", 2000000)]


def test_parts_of_a_rules_text_one_of_which_lists_its_awards_are_sections():
    doc = _doc("某某县某某奖励资金管理办法\n一、使用原则\n坚持公开公正。\n二、资金来源\n由县财政安排。\n三、资金支持范围\n"
               "本办法适用于各类企业。\n四、资金使用范围和标准\n资金使用范围包括:质量提升奖励、标准创新奖励。\n1.质量提升奖励\n"
               "鼓励企业争创质量奖,对成效突出的企业给予奖励。\n2.标准创新奖励\n对主导制定国家标准的企业给予奖励10万元。\n")
    assert [(s.title, [a.heading for a in s.articles]) for s in doc.sections] == [
        ("使用原则", []), ("资金来源", []), ("资金支持范围", []), ("资金使用范围和标准", ["质量提升奖励", "标准创新奖励"])]


def test_so_much_for_each_product_or_standard_counted_but_not_for_each_site_awarded():
    awards = _one("1.企业主导制定并获批国际标准、国家标准,每个标准分别奖励50万元、30万元。\n"
                  "2.企业当年获绿色食品认证,每个获证产品奖励企业1万元。\n3.对认定的示范点,每个示范点给予200万元奖励。\n")
    assert [(p["form"], p["amount_yuan"] or p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 500000), ("per_unit", 300000), ("per_unit", 10000), ("fixed", 2000000)]


def test_kinds_with_their_sums_before_a_standard_paid_at_once():
    awards = _one("1.对新引进的人才,按照博士8万元、硕士5万元、本科3万元标准一次性发放安家补贴。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 80000), ("fixed", 50000), ("fixed", 30000)]


def test_a_breadcrumb_led_by_its_mark_stays_apart_and_a_whole_title_yields_to_no_cited_one():
    doc = _doc("当前位置:首页\n> 政府信息公开 > 政策文件 > 行政规范性文件\n\n某某市人民政府关于推动经济高质量发展的实施意见\n\n"
               "发布日期: 2023-02-27 11:46\n\n各镇人民政府,各街道办事处:\n\n为深入贯彻落实某市《关于奋进“三高三新”推动经济高质量发展"
               "的实施意见》精神,特制定以下实施意见。\n一、扩大有效投资政策(由市发改局牵头)\n(一)对新引进的项目,给予10万元奖励。\n")
    assert doc.title == "关于推动经济高质量发展的实施意见"


def test_a_towns_own_rules_are_placed_at_the_town_and_its_government_written_out():
    doc = _doc("各有关单位:\n《石龙镇关于促进甲类行业发展实施办法(试行)》业经镇政府研究同意,现印发给你们,请认真贯彻执行。\n特此通知。\n"
               "石龙镇人民政府\n2022年9月2日\n石龙镇关于促进甲类行业发展实施办法(试行)\n为推动我镇甲类行业发展,根据《东莞市人民政府关于"
               "加快发展的意见》,制定本办法。\n第一条 对新落户我镇的甲类企业,给予10万元奖励。\n")
    assert (doc.region, doc.level, doc.issuer) == ("广东省东莞市石龙镇", "district", "东莞市石龙镇人民政府")


def test_a_plan_distributing_funds_and_a_notice_paying_awards_are_notices():
    plan = _doc("某某县2024年甲类示范村建设项目奖补资金分配方案\n一、资金来源\n县级财政安排资金300万元。\n"
                "二、分配标准\n对验收合格的示范村,每村奖补10万元。\n")
    paid = _doc("关于对我市获得2022年度省科学技术奖的单位和人员进行奖励工作的通知\n各县(市、区)科技局:\n一、奖励对象\n"
                "获得省科学技术奖一等奖的项目,奖励20万元。\n二、有关要求\n请各单位按时领取。\n")
    assert (plan.kind, paid.kind) == ("notice", "notice")


def test_a_letter_deciding_to_open_applications_is_a_notice():
    doc = _doc("根据《关于加快某某发展的若干政策意见》文件精神,经研究,决定组织开展2022年企业研发机构等部分政策申报和兑现。申报对象包括:\n"
               "1.市区范围2021年度新认定的国家技术创新中心;\n2.市区范围2021年度新认定的省级重点企业研究院;\n")
    assert doc.kind == "notice"


def test_an_award_raised_for_more_and_a_kind_of_company_named_before_its_award():
    awards = _one("1.对再融资投资在本市的,给予奖励100万元,募投金额超过10亿元的,奖励金额增至200万元。\n"
                  "2.对经批准设立或变更规范化股份有限公司的,奖励10万元。\n")
    assert [p["amount_yuan"] for p in awards] == [1000000, 2000000, 100000]


def test_a_file_name_field_before_its_notice_is_no_part_of_the_issuer():
    doc = _doc("文件名称 某某县某某领导小组办公室关于转发《某某县2022年甲类项目补贴奖励细则(试行)》的通知\n"
               "索引号 abc/2022-0020 公开目录: 信息公开\n文号 成文日期: 2022年09月07日\n\n"
               "某某县某某领导小组办公室关于转发《某某县2022年甲类项目补贴奖励细则(试行)》的通知\n各镇人民政府:\n"
               "现将《某某县2022年甲类项目补贴奖励细则(试行)》转发给你们,请遵照执行。\n")
    assert doc.issuer == "某某县某某领导小组办公室"


def test_a_window_opening_its_sentence_and_an_application_system_closing_on_a_day():
    from zhengce.provisions import extract
    due = [(p.fields["date"], p.fields["time"]) for t in ("2025年10月20日9:00至11月5日17:00,申报单位登录政策申报系统填报。",
                                                         "12月18日网络申报关闭。")
           for p in extract(t, year=2025) if p.kind == "deadline"]
    assert due == [("2025-11-05", "17:00"), ("2025-12-18", None)]


def test_how_long_a_measure_runs_and_what_was_done_by_a_day_are_no_deadlines():
    from zhengce.provisions import extract
    texts = ("自本意见印发之日起至2023年12月31日前,对购买新建商品住房的给予契税补贴。",
             "2023年8月31日前金融机构已发放的首套住房商业性个人住房贷款,按新利率执行。")
    assert [p for t in texts for p in extract(t, year=2023) if p.kind == "deadline"] == []
