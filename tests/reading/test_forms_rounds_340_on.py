"""Forms met from round 340 on, each in a small text of its own (placeholder sentences that copy no set
document): a sum for each head of stock or each work named after its counter word; money a report says many
got together or is on its way to them; a part of a standard said after 其中; a sum per household with its verb
after the comma; a prize's money raised from an old sum; a step of exports with what is counted named after it; a
sentence bounding one body's awards over a year; a sum per parcel (N元/单); a raised cap (最高支持金额提高至N万元), in the rate's
sentence or one of its own; a rank of zones in a title (区级某类产业园), no place; a call's preamble saying by when to apply
(not a draft's, by when to comment); the day a condition is counted to, in brackets; a part headed 申报截止时间 over its day;
a county-level city's rules-library entry (市政府关于…, its note of date, issuer and 文号, towns addressed); bands of a
rate under a lead that names the award (给予奖励:…部分按X‰、…的按Y‰核算); a window set for now (开放时间暂定为…至…) or for
receiving papers (材料接收时间为…至…), and advice (尽量于…前) that is no deadline; another case's sum said after the award
(…奖励A元(某类的为B元)); a standard per unit with a long whom before its verb (按每平方米N元的标准对…给予补偿); a title
broken over two lines under a line of the whole, a bureau before its name (某市某局某类细则: the bureau issues it); a
signature run into the last sentence after a comma; a report that a policy has come out (…了解到,某市某办法已出台) or was
revised (近日…对《X》作了进一步修订), titled by it; a title beside a run of empty table cells; a range written with a double
dash (A万元——B万元); a report's numbered digest above "原文如下:", the original cut before its measures; bureaus a report says drew up a policy (近日,市某局、市某局制定《…》), its issuers; a sum at most whose parts follow after 其中, a bound and no award."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text

from tests.reading.awards_of import awards, awards_in, awards_in_policy, doc_of as _doc, incentives_of


def _forms(text: str) -> list[tuple]:
    return [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan") or p.fields.get("amount_yuan"),
             (p.fields.get("per_unit") or {}).get("unit")) for p in incentives_of(_doc(text))]


def test_a_sum_for_each_head_of_stock_named_after_its_counter_is_per_unit():
    assert _forms("某县对异地迁建的养殖场,按照每只肉羊30元给予一次性补助。") == [("per_unit", 30, "只")]
    assert _forms("某市对入选国家重点推介目录的纪录片,每部另奖励20万元。") == [("per_unit", 200000, "部")]


def test_at_most_so_much_for_each_work_is_a_bound_not_a_sum_per_unit():
    assert [f for f, _, _ in _forms("某市对年度优秀动画片,给予每部最高15万元资金扶持。")] == ["up_to"]


def test_what_many_got_together_is_a_report_s_sum_not_an_award():
    assert awards("今年以来,全县共有12位非遗传承人共获18.6万元资金补助。") == []
    assert awards("经审核,某镇2个社区、9个村共获奖补600万元。") == []
    assert awards("本批次共计补助35210.5元,已于月底前发放。") == []


def test_money_on_its_way_to_many_is_a_report_s_sum():
    assert awards("本月,某区156.2万元高龄补贴将陆续发放给各位老人。") == []


def test_a_part_of_a_standard_said_after_qizhong_is_no_second_award():
    text = "某县林地补偿标准为每年每亩20元,其中17元为经营者的管护补助,3元为集体管护资金。"
    assert [f for f, _, _ in _forms(text)] == ["per_unit"]


def test_a_sum_per_household_with_its_verb_after_the_comma_is_what_each_receives():
    assert awards("新评为省级示范农场的,按20万元/户的标准,给予一次性奖励。") == [("fixed", 200000, None, None)]


def test_a_prize_s_money_raised_from_an_old_sum_is_the_new_sum():
    text = "特等奖奖金标准由40万元/项调整为80万元/项,优秀奖奖金标准由2万元/项调整为5万元/项。"
    assert awards(text) == [("fixed", 800000, None, None), ("fixed", 50000, None, None)]


def test_a_step_of_exports_with_what_is_counted_named_after_it_is_per_unit():
    text = "对外贸企业,每出口100万美元(含)机电产品奖励人民币1万元,最高不超过8万元。"
    assert awards(text) == [("per_unit", None, None, 80000)]


def test_a_sentence_bounding_one_body_s_awards_over_a_year_is_no_award():
    assert awards("同一服务机构每年累计资助不超过6万元。") == []
    assert awards("单个企业全年奖补金额最高不超过40万元。") == []
    assert awards("单家机构全年补贴总额不超过30万元。") == []
    # (an award of its own words stays: "每家企业给予最高N万元")
    assert awards("对新认定的企业,每家给予最高40万元奖励。") == [("up_to", 400000, None, None)]


def test_a_sum_per_parcel_is_per_unit_and_takes_its_own_cap():
    text = ("对出口额达到200万元以上的企业,按运输费用15%资助,单家全年资助合计至多30万元,"
            "对进口额达到800万元以上的企业,按3元/单资助,单家全年资助合计至多20万元。")
    assert awards(text) == [("rate", None, Decimal("0.15"), 300000), ("per_unit", 3, None, 200000)]


def test_a_raised_cap_in_the_rate_s_sentence_caps_the_raised_rate():
    text = "对交易额达到60万美元的,补助比例提高至40%,最高补助金额提高至25万元。"
    assert awards(text) == [("rate", None, Decimal("0.4"), 250000)]


def test_a_raised_cap_in_a_sentence_of_its_own_is_the_rate_before_with_that_cap():
    got = awards_in_policy("一、对企业开展境外推广的,按费用给予25%的支持,最高支持40万元。"
                           "对年交易额达到300万美元的,最高支持金额提高至80万元。\n")
    assert [(g["form"], g["rate"], g["cap_yuan"]) for g in got] == [("rate", Decimal("0.25"), 400000),
                                                                      ("rate", Decimal("0.25"), 800000)]
    assert got[1]["quote"].startswith("对年交易额达到300万美元的")


def test_a_rank_of_zones_in_a_title_is_no_place():
    text = ("秀洲区区级跨境数字贸易产业园认定办法\n\n来源:秀洲区商务局\n\n"
            "第一条 为引导我区数字贸易产业集聚发展,特制定本办法。\n")
    assert "产业园" not in (_doc(text).region or "")


def _days(text: str) -> list[str]:
    return [d["date"] for d in _doc(text).deadlines]


def test_a_call_s_preamble_says_by_when_to_apply_above_its_numbered_parts():
    text = ("某某区2025年度人才奖励兑现政策\n为做好兑现工作,本批申报截止时间:2025年5月16日。\n"
            "一、引进博士奖励。对每引进1名博士的企业给予5万元奖励。\n二、引进硕士奖励。对每引进1名硕士的企业给予2万元奖励。\n"
            "三、其他。本政策由区人社局负责解释。\n")
    assert _days(text) == ["2025-05-16"]


def test_a_draft_s_preamble_gives_the_last_day_for_comments_no_deadline():
    text = ("某某区促进消费若干措施(征求意见稿)\n为听取各方意见,现公开征求意见,公众可于6月20日前反馈意见。\n"
            "一、支持商贸企业\n1.对新增限上企业给予5万元奖励。\n2.对新开首店给予10万元奖励。\n")
    assert _days(text) == []


def test_the_day_a_condition_is_counted_to_in_brackets_is_no_deadline():
    assert _days("某某区补偿办法\n一、适用范围\n1.截止征收决定公告之日(2024年3月8日)已登记的住户,给予搬迁补助。\n"
                 "2.至签约期截止日(2024年4月30日)有下列情形之一的,不予补助。\n") == []


def test_a_part_headed_the_last_day_to_apply_over_its_date():
    text = ("某某市文旅奖励实施细则\n一、奖励条件\n1.年接待游客10万人次以上。\n2.无安全事故。\n"
            "二、奖励标准\n1.给予20万元奖励。\n2.给予10万元奖励。\n三、申报截止时间\n2024年9月12日。\n")
    assert _days(text) == ["2024-09-12"]


def test_a_county_level_city_s_rules_library_entry():
    text = ("如皋市行政规范性文件\n\n市政府关于促进制造业提质增效的若干政策意见\n\n"
            "(2024年3月18日如皋市人民政府皋政规〔2024〕2号文发布 2025年1月6日废止)\n\n"
            "各园区管委会、各镇人民政府、市直各部门:\n\n为推动我市制造业发展,提出以下政策意见。\n\n"
            "一、支持企业做大\n\n(一)对首次达到规模的企业给予10万元的奖励。\n(二)对新认定的专精特新企业给予20万元的奖励。\n")
    doc = _doc(text)
    assert (doc.title, doc.region, doc.level) == ("关于促进制造业提质增效的若干政策意见", "江苏省南通市如皋市", "county")
    assert (doc.doc_number, doc.issued, doc.issuer) == ("皋政规〔2024〕2号", "2024-03-18", "如皋市人民政府")


def test_each_band_s_rate_under_the_award_its_lead_names():
    text = ("对营业收入增幅达到15%(含)的给予奖励:三成以内的新增部分按 1.5‰、30%-60%(含)的按 3‰、"
            "60%以上的按 4‰计算,最高不超过25万元。")
    assert awards(text) == [("rate", None, Decimal("0.0015"), 250000), ("rate", None, Decimal("0.003"), 250000),
                            ("rate", None, Decimal("0.004"), 250000)]


def test_windows_set_for_now_and_for_receiving_papers_end_on_their_last_day_and_advice_is_no_deadline():
    text = ("关于做好某某专项资金申报工作的通知\n各有关企业:\n"
            "企业须先在线填报(平台开放时间暂定为2025年3月1日至4月10日),"
            "书面材料接收时间:2025年3月1日至4月20日,过期不再接收。建议企业尽量于4月1日前提交材料。\n")
    assert _days(text) == ["2025-04-10", "2025-04-20"]


def test_another_case_s_sum_said_after_the_award_is_an_award_of_its_own():
    assert awards("对新认定的示范企业,给予30万元奖励(县级认定的为10万元)。") == [("fixed", 300000, None, None),
                                                                     ("fixed", 100000, None, None)]
    assert awards("对获评的品牌,一次性奖励8万元,获评提名的为3万元。") == [("fixed", 80000, None, None), ("fixed", 30000, None, None)]


def test_a_standard_per_unit_with_a_long_whom_before_its_verb_is_per_unit():
    text = "按照每平方米0.2元的标准对承担林地日常养护任务的各类经营主体给予补偿。"
    assert [f for f, _, _ in _forms(text)] == ["per_unit"]


def test_a_title_broken_over_two_lines_under_a_line_of_the_whole_names_its_bureau():
    text = ("文章标题:嘉兴市商务局家政服务业扶持资金管理细则 嘉兴市商务局家政服务业\n\n某某写作平台,一键下载\n\n"
            "嘉兴市商务局家政服务业扶持资金管理细则\n\n嘉兴市商务局家政服务业\n\n扶持资金管理细则\n\n"
            "第一条 为促进家政服务业发展,制定本细则。\n\n第二条 对新设家政企业给予3万元补助。\n")
    doc = _doc(text)
    assert (doc.title, doc.issuer) == ("嘉兴市商务局家政服务业扶持资金管理细则", "嘉兴市商务局")


def test_a_signature_run_into_the_last_sentence_after_a_comma():
    text = ("关于下达2025年度农机购置补贴资金的通知\n各镇人民政府:\n现将补贴资金下达给你们,请于2025年10月31日前完成发放,"
            "秀洲区农业农村局2025年7月3日,。\n")
    doc = _doc(text)
    assert (doc.issuer, doc.issued) == ("嘉兴市秀洲区农业农村局", "2025-07-03")


def test_a_report_that_a_policy_has_come_out_is_titled_by_it():
    text = ("某某产业网\n\n资讯\n\n嘉兴市工业节水奖补办法已出台\n\n某某产业网 2024-05-10\n\n"
            "记者从嘉兴市经信部门了解到,嘉兴市工业节水奖补办法已出台,节水改造项目最高可获30万元奖补。\n")
    assert _doc(text).title == "嘉兴市工业节水奖补办法"


def test_a_report_that_a_policy_was_revised_is_titled_by_it():
    text = ("行业动态\n\n某省某市:达标最高可奖300万元\n\n发布时间:2024-06-11\n\n"
            "某市近日从资金分配、使用范围等方面,对《某某河流域生态补偿专项资金管理办法》作了进一步修订。"
            "水质达标的县区最多可获奖励300万元。\n")
    assert _doc(text).title == "某某河流域生态补偿专项资金管理办法"


def test_a_title_beside_a_run_of_empty_table_cells_is_read():
    text = ("政策问答:某某县科技成果转化奖励试行办法| ||||||||||||||||\n2024-05-07 浏览: | ||||||||||||||||\n| | | |\n"
            "问:为什么要制定这个办法? 答:为加快科技成果转化,制定本办法。\n问:奖励标准是多少? 答:对技术合同给予最高20万元奖励。\n")
    assert _doc(text).title == "某某县科技成果转化奖励试行办法"


def test_a_range_written_with_a_double_dash_is_at_most_its_upper_end():
    assert awards("对新评定的星级民宿,给予一次性奖励3万元——12万元。") == [("up_to", 120000, None, None)]


def test_a_report_s_numbered_digest_above_the_original_cut_before_its_measures_is_the_articles():
    text = ("某某网讯,5月20日,某某县政府印发关于促进制造业提质增效的若干意见。\n"
            "文件明确,做强主导产业,具体按照相关专项政策执行。\n"
            "(二)实施技能人才培训计划。每年安排100万元专项经费,由县人社局组织实施。\n"
            "(三)对新获评省级专精特新企业的,奖励20万元。\n"
            "(四)对通过两化融合管理体系贯标的企业,奖励5万元。\n"
            "原文如下:\n某某县人民政府关于促进制造业提质增效的若干意见\n"
            "各镇(街道),县直有关单位:\n为促进制造业提质增效,现提出如下")
    doc = _doc(text)
    assert [a.no for a in doc.articles] == [2, 3, 4]
    assert [(p.fields["amount_yuan"], p.article) for p in incentives_of(doc)] == [(200000, 3), (50000, 4)]


def test_bureaus_a_report_says_drew_up_a_policy_issue_it():
    text = ("3大方向支持!某市出台细则助力外贸\n2024-04-02 09:30:11\n"
            "近日,市经信局、市财政局制定《丽水市支持外贸企业拓市场奖补办法》。"
            "《办法》明确,对参加境外展会的企业,按展位费的50%给予补助。\n")
    doc = _doc(text)
    assert doc.title == "丽水市支持外贸企业拓市场奖补办法"
    assert doc.issuer == "丽水市经信局、丽水市财政局"


def test_a_sum_at_most_whose_parts_follow_after_qizhong_bounds_them_and_is_no_award():
    text = ("对新认定的市级工业设计中心给予最高不超过36万元资助。其中,对认定的给予6万元基础资助,"
            "年度设计服务收入达到500万元的,给予最高不超过18万元资助,达到1000万元的,给予最高不超过36万元资助。")
    assert awards(text) == [("fixed", 60000, None, None), ("up_to", 180000, None, None), ("up_to", 360000, None, None)]
    # (a sum at most with no parts after it stays an award; so does one whose 其中 splits the cost)
    assert awards("对新认定的市级工业设计中心给予最高不超过36万元资助。") == [("up_to", 360000, None, None)]
    assert awards("对新认定的市级工业设计中心给予最高不超过36万元资助。其中,市、区两级财政各承担50%。") == \
        [("up_to", 360000, None, None)]


def test_a_body_s_words_about_a_market_s_rating_rules_name_no_document():
    # "…制定的示范农贸市场评定办法,…": 市 of 市场 is no place, and a name never starts with 的
    text = ("某某新闻网 > 本地新闻\n\n记者从市商务局获悉,某市将对农贸市场提升改造给予补助。\n"
            "在市区开展示范农贸市场创建,依照制定的示范农贸市场评定办法,对评为示范的农贸市场,给予一次性奖励6万元。\n")
    doc = _doc(text)
    assert not (doc.title or "").startswith("的")
    assert doc.title != "的示范农贸市场评定办法"


def test_a_total_paid_in_stages_is_no_award_of_its_own_beside_its_stages():
    text = ("对拟在主板上市的企业,分阶段给予单家总额900万元奖补。其中,完成辅导备案的,奖补200万元。"
            "首发申请获受理的,再奖补300万元。成功上市后,再奖补400万元。")
    assert [a for _, a, _, _ in awards(text)] == [2000000, 3000000, 4000000]
    # (a total with nothing after 其中 stays the award)
    assert [a for _, a, _, _ in awards("对拟在主板上市的企业,分阶段给予单家总额900万元奖补。")] == [9000000]


def test_a_report_s_lead_summing_up_a_capped_award_its_body_states_again_counts_once():
    text = ("某某网消息,近日,某市人民政府印发《关于支持企业挂牌融资的若干措施》的通知。通知提到,"
            "对在区域股权市场挂牌的企业最高补贴60万元。\n"
            "《通知》明确,对在区域股权市场挂牌且直接融资的企业,按直接融资额的3%给予资助,单家最高不超过60万元。\n")
    assert [(p["form"], p.get("rate"), p.get("cap_yuan"), p.get("amount_yuan")) for p in awards_in(text)] == \
        [("rate", Decimal("0.03"), 600000, None)]


def test_the_parts_an_award_is_paid_in_are_no_awards():
    text = ("对首发上市的本地企业给予300万元奖励。奖励分两次拨付:完成辅导备案后奖励100万元,成功上市后奖励200万元。")
    assert awards(text) == [("fixed", 3000000, None, None)]


def test_a_report_s_lead_with_the_text_it_follows_first_names_title_and_issuers():
    text = ("真金白银!嘉兴出台措施支持科技金融\n"
            "嘉兴日报讯 近日,按照《嘉兴市2024年稳增长政策清单(第二批)》(嘉政发〔2024〕3号)要求,"
            "市财政局、市科技局、市人力社保局三部门联合出台《关于深化科技金融融合推动创新发展的通知》,"
            "对科技型企业贷款按贷款额的1%给予贴息,单户年度最高50万元。\n")
    doc = _doc(text)
    assert doc.title == "关于深化科技金融融合推动创新发展的通知"
    assert doc.issuer == "嘉兴市财政局、嘉兴市科技局、嘉兴市人力社保局"
    # (a notice that sets out measures, no call in its title, is a policy)
    assert doc.kind == "policy"


def test_other_reports_teased_under_a_label_below_the_text_are_not_the_document():
    text = ("今日衢州 今日柯城 今日衢江 今日龙游\n地方网 > 浙江 > 衢州市 > 今日衢州 > 正文\n\n衢州出台社区助餐服务点建设运营补助办法\n\n"
            "网络配图\n\n每周开放不少于6日\n\n社区助餐服务点应为依法登记的企业或社会组织。服务点每周开放不得少于6日,每日供餐不少于两餐。\n\n"
            "网络配图\n\n建设运营有补助\n\n社区助餐服务点补助分为建设补助和运营补助。每新建1个社区助餐服务点,市级补助8万元;"
            "对正常运营满一年的服务点,给予每年最高3万元运营补助。所需资金由市、县两级财政负担。(衢州日报记者某某)\n\n"
            "新闻推荐\n\n衢州全面推行证明事项告知承诺制度\n\n本报讯(记者某某)自去年年底全面推行告知承诺制以来,衢州市统筹部署,今年已...\n\n"
            "衢州新闻,记录身边事。\n\n相关推荐:\n猜你喜欢:\n")
    doc = _doc(text)
    assert doc.title == "衢州市社区助餐服务点建设运营补助办法"
    assert sorted(p.fields.get("amount_yuan") for p in incentives_of(doc)) == [30000, 80000]


def test_a_sum_for_each_place_in_a_nursery_and_each_class_s_monthly_sum_in_a_list_of_three():
    assert _forms("新建普惠托育园所的,每个托位将给予3000元开办补助。") == [("per_unit", 3000, "托位")]
    assert [a for _, a, _ in _forms("按小班、中班300元/人/月,大班250元/人/月、混龄班400元/人/月给予运营补助。")] == [300, 250, 400]


def test_a_sum_for_each_household_served_is_per_unit():
    assert _forms("对承接助浴上门服务的机构,按服务每户每年给予150元运营补贴。") == [("per_unit", 150, "户")]


def test_places_in_a_table_printed_one_cell_a_line_are_no_digest_headers():
    text = ("2023年度市级养老服务补助资金分配情况的公告\n时间:2024-03-01 09:00\n"
            "2023年度,市财政安排养老服务补助资金600万元,全部下达各区,具体分配如下:\n"
            "一、养老机构运营补助资金400万元。对养老机构按照收住失能老人数量给予运营补助。\n"
            "序号\n辖区\n补助资金(万元)\n1\n鼓楼区\n250\n2\n台江区\n150\n合计\n400\n"
            "二、社区食堂建设补助200万元。对新建的社区食堂给予每个10万元的建设补贴。\n"
            "序号\n辖区\n补助资金(万元)\n1\n仓山区\n120\n2\n晋安区\n80\n合计\n200\n"
            "三、助老志愿服务试点经费50万元。支持志愿服务组织开展助老服务,提升社区养老服务水平。\n"
            "序号\n辖区\n补助资金(万元)\n1\n马尾区\n30\n2\n长乐区\n20\n合计\n50\n")
    assert len(parse_text(text, source="forms.txt")) == 1


def test_a_headline_under_a_site_s_name_that_the_report_states_again_counts_once():
    text = ("某某生活网\n\n给予养老机构每名失能老人每月150元补助\n\n"
            "近日,某市民政局印发《某市养老机构运营补助办法》。《办法》规定,对收住失能老人的养老机构,"
            "按照收住人数和月数,给予每人每月150元的运营补助。\n")
    assert len(awards_in(text)) == 1


def test_a_part_headed_by_its_fund_s_total_is_no_award():
    # (a fund named for the bodies it serves, "养老机构扶持资金", is still the fund, not one body's award)
    assert awards("二、社会力量举办养老机构扶持资金260万元。") == []
    assert awards("二、社区嵌入式养老服务站点奖励26万元。") == [("fixed", 260000, None, None)]


def test_an_official_restating_the_quoted_text_s_award_counts_once():
    text = ("某某新闻网\n\n近日,某省民政厅印发《某省社区助餐服务补助办法》。\n\n"
            "《办法》规定,对认定的社区助餐点,按照服务人次,给予每人次3元的运营补助。\n\n"
            "市民政局有关负责人介绍,《办法》明确每人次3元的补助直接补给助餐点,以降低老年人用餐负担。\n")
    assert len(awards_in(text)) == 1


def test_a_bounded_cost_counted_for_each_place_is_a_sum_per_unit():
    assert _forms("对新办托班,按每托位改造费用不超过1650元的标准拨付开办补助。") == [("per_unit", 1650, "托位")]


def test_the_same_clause_again_after_another_award_is_another_award():
    text = ("社区养老设施补助分为建设补助和运营补助。每建设1所社区食堂,市级补助12万元,县里补助不低于3万元;"
            "每建设1所助浴点,市级补助8万元,县里补助不低于3万元。")
    assert sorted(p["amount_yuan"] for p in awards_in(text)) == [30000, 30000, 80000, 120000]
