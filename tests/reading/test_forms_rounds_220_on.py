"""Forms met from round 220 on (each in a small text of its own, placeholder sentences): a page's field
line above a covering notice's title with only a blank line between; a street office (办事处) signing a
covering notice; a page flattened into one line whose split at the signature's date left its first part
too short to count as flattened, with a 文号 and a red header (…管委会文件) among the page's chrome."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import doc_of as _doc

_POLICY = ("为促进发展,制定本办法。\n一、支持企业发展\n对新认定的企业,给予10万元奖励。\n"
           "二、支持人才引进\n对新引进的博士,给予5万元补助。\n")


def test_a_field_line_above_a_covering_title_does_not_run_into_it():
    doc = _doc("索引号 001/2022-00001\n统一编号 ABCD00-2022-0001 下载阅读版本\n\n"
               "甲市乙区人民政府关于印发乙区农业发展若干政策的通知\n\n各街道办事处:\n"
               "《乙区农业发展若干政策》已经区政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n\n"
               "甲市乙区人民政府\n\n2022年2月8日\n\n乙区农业发展若干政策\n\n" + _POLICY)
    assert doc.title == "乙区农业发展若干政策"
    assert doc.issuer == "甲市乙区人民政府" and doc.issued == "2022-02-08"


def test_a_street_office_signing_a_covering_notice_is_the_issuer():
    doc = _doc("各单位、社区:\n现将《丙街道促进产业发展扶持制度》印发给你们,请认真贯彻执行。\n"
               "甲市人民政府丙街道办事处\n2024年5月17日\n第一章 总则\n第一条 为促进发展,制定本制度。\n"
               "第二条 对新认定的企业,给予10万元奖励。\n")
    assert doc.issuer and doc.issuer.endswith("丙街道办事处")
    assert doc.issued == "2024-05-17"


def test_a_flattened_page_keeps_its_covering_notice_apart_from_its_chrome():
    chrome = "当前位置: 首页 政务公开 最新文件 区管委会文件 "
    cover = ("丁戊区管委会关于印发丁戊区招商引资奖励办法(试行)的通知 时间: 2016-03-05 13:05 微信 微博 分享 丁戊综管〔2016〕33号 "
             "丁戊区管委会关于印发丁戊区招商引资奖励办法(试行)的通知 区直各单位: 《丁戊区招商引资奖励办法(试行)》已经区管委会"
             "同意,现印发给你们,请认真遵照执行。 丁戊区管委会 2016年3月4日丁戊区招商引资奖励办法(试行) ")
    body = ("为充分调动各单位和个人招商引资积极性,全力加大招商力度,促进区域经济的可持续发展,特制订本奖励办法。"
            "一、奖励对象 为入驻企业提供各项招商服务的区直部门、企事业单位以及社会各界人士。"
            "二、奖励标准 引进企业上年度缴纳税收总额在2000万元以上的,给予地方级部分的4‰奖励,最高奖励不超过40万元。"
            "三、本办法自印发之日起开始执行,试行三年。")
    doc = _doc(chrome + cover + body)
    assert doc.issuer == "丁戊区管委会"
    assert doc.doc_number == "丁戊综管〔2016〕33号" and doc.issued == "2016-03-04"


def test_a_report_names_whoever_put_the_policy_out_by_other_verbs_and_dates():
    tail = ("《甲乙县促进产业发展若干措施》,明确对新认定的企业,给予10万元奖励。\n一、支持企业做大。对新认定的规上企业,"
            "给予10万元奖励。\n二、支持人才。对新引进博士给予5万元补助。\n")
    for lead, issuer in (("据悉,甲乙县产业工作领导小组10日印发", "甲乙县产业工作领导小组"),
                         ("据消息,甲乙县房地产工作联席会议星期四(6月20日)发布", "甲乙县房地产工作联席会议"),
                         ("据了解,甲乙县政府出台的", "甲乙县政府")):
        doc = _doc("本报讯 " + lead + tail)
        assert doc.title == "甲乙县促进产业发展若干措施" and doc.issuer == issuer, lead


def test_a_signature_run_on_at_a_paragraph_end_under_page_furniture_is_read():
    notice = ("关于开展平阳县农业项目申报的通知\n各乡镇:\n现将有关事项通知如下:一、对新建大棚的,给予每亩1000元补助。"
              "二、请于6月10日前报送材料")
    for end, issuer, issued in (
            (",联系人:张三13800000000平阳县农村经济事务中心2024年5月21日。", "平阳县农村经济事务中心", "2024-05-21"),
            ("。附件:补助资金拟拨付一览表.xlsx平阳县农业农村局2023年8月17日【打印本页】【关闭窗口】。", "平阳县农业农村局", "2023-08-17"),
            ("。请认真贯彻执行。平阳县人民政府办公室2022年6月2日(此件主动公开)。\n来源:甲乙日报", "平阳县人民政府办公室", "2022-06-02")):
        doc = _doc(notice + end + "\n")
        assert (doc.issuer, doc.issued) == (issuer, issued), end


def test_a_signer_after_the_last_full_stop_over_its_date_line_signs():
    doc = _doc("各有关单位:\n现将《甲乙市储备粮管理办法》印发给你们,请认真抓好贯彻落实。甲乙市人民政府\n"
               "2023年9月5日(此件公开发布)\n甲乙市储备粮管理办法\n第一条 为加强储备粮管理,制定本办法。\n"
               "第二条 对承储企业,按每吨每年100元给予保管费用补贴。\n")
    assert (doc.title, doc.issuer, doc.issued) == ("甲乙市储备粮管理办法", "甲乙市人民政府", "2023-09-05")


def test_a_card_citing_only_a_number_keeps_its_heading_and_the_number_names_its_district():
    doc = _doc("区政府人才补贴政策\n政策依据:湖吴政办发〔2021〕1号\n加快人才集聚\n1.积极引进人才\n"
               "对新引进的博士,给予20万元安家补贴。\n")
    assert (doc.title, doc.doc_number, doc.region) == ("区政府人才补贴政策", "湖吴政办发〔2021〕1号", "湖州市吴兴区")


def test_a_report_names_the_rules_its_place_put_out_against_a_problem():
    doc = _doc("甲乙区出台政策助企业避险\n日期: 2022-09-21\n对于外贸企业来说,做好风险管理非常重要。为此,我区针对中小微"
               "外贸企业在避险方面存在的保证金不足等问题,出台《甲乙区中小微外贸企业汇率避险资金管理办法》,鼓励企业开展风险管理。"
               "对首次办理业务的企业每户奖励2000元。\n")
    assert doc.title == "甲乙区中小微外贸企业汇率避险资金管理办法"


def test_a_card_headline_over_a_line_of_its_own_fields_is_the_title():
    doc = _doc("甲乙县支持医疗器械产业高质量发展奖励\n受理部门:工信系统申报时间:预估5月项目咨询师:\n786人阅读\n扶持力度\n"
               "1、医疗器械注册奖励\n(1)对新取得二类医疗器械产品注册证的,给予该产品10万元的扶持奖励。\n")
    assert doc.title == "甲乙县支持医疗器械产业高质量发展奖励"
    # (a headline stating a sum is no such title: a report's lead may name the document)
    doc = _doc("甲乙县绿色建筑最高补贴60元/平方米\n发表于: 来自:甲乙县住房和建设局\n近日,甲乙县住房和建设局关于向社会公众征集"
               "《甲乙县绿色建筑发展专项扶持办法(征求意见稿)》建议的公告明确:\n新建绿色建筑每平方米补贴三十元。\n")
    assert doc.title == "甲乙县绿色建筑发展专项扶持办法"


def test_a_call_page_under_a_numbered_breadcrumb_keeps_its_batch_heading_and_reads_as_a_notice():
    from tests.reading.awards_of import incentives_of
    doc = _doc("1. 某某认定网 > 资助项目 > 甲乙区资助项目 >\n甲乙区2023年第二批加速发展电子商务平台奖励\n"
               "发布时间:2023-07-28内容编辑:某某 点击数:\n一、政策依据及资助标准\n政策依据:\n"
               "《甲乙区促进电子商务高质量发展若干措施》第六条 加速发展电子商务平台。\n资助标准:\n"
               "对在本区纳统的电子商务平台企业,其网上销售额首次超过100亿元、50亿元的,分别给予200万元、100万元的奖励,"
               "奖励金额分两年拨付,首年分别拨付100万元、50万元,如第二年销售额不低于上年度,分别拨付剩余100万元、50万元奖励。\n"
               "二、申请条件\n(一)注册登记在本区的独立法人企业。\n(二)一年内申报有效。逾期未申请,视为自动放弃。\n")
    assert (doc.title, doc.kind) == ("甲乙区2023年第二批加速发展电子商务平台奖励", "notice")
    assert sorted(p.fields.get("amount_yuan") for p in incentives_of(doc)) == [1000000, 2000000]


def test_an_article_that_only_caps_caps_the_rates_before_it_though_page_lines_follow():
    from tests.reading.awards_of import awards_in
    awards = awards_in("甲乙县引进外资项目奖励\n一、对引进我县主导产业的外资项目,享受以下政策:\n"
                       "对引进的外商投资企业,按注册资本当年实际到位外资货币金额的1%予以奖励。\n"
                       "二、对引进非主导产业的外资项目,按当年实际到位外资货币金额的0.1%予以奖励。\n"
                       "三、对单个外资项目奖励最高不超过500万元人民币。\n【牵头部门】甲乙县商务局\n联系电话:13900000000\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.01"), 5000000),
                                                                      ("rate", Decimal("0.001"), 5000000)]


def test_a_rate_whose_cap_names_its_unit_before_the_award_word_and_a_projects_ceiling_after_it():
    from tests.reading.awards_of import awards
    assert awards("对协助企业完成债券融资的金融机构,按发行规模的1%,每个机构单个项目最高10万元的标准给予资助,"
                  "单个项目的补贴金额不超过30万元。") == [("rate", None, Decimal("0.01"), 100000)]


def test_an_old_standard_quoted_as_replaced_is_no_award_and_caps_by_kind_after_the_award_word_twin_the_rate():
    from tests.reading.awards_of import awards
    for new in ("按照销售总额不超过5%的比例予以奖励,符合甲目录的最高奖励300万元,符合乙目录的最高奖励200万元。",
                "“按照销售总额不超过5%的比例予以奖励,符合甲目录的最高奖励300万元,符合乙目录的最高奖励200万元”。"):
        assert awards("将原奖励标准“按照销售总额5%的比例予以奖励,单家企业最高200万元”调整为" + new) == [
            ("rate", None, Decimal("0.05"), 3000000), ("rate", None, Decimal("0.05"), 2000000)], new


def test_a_reports_summary_of_its_best_award_by_its_fund_is_no_award():
    from tests.reading.awards_of import awards_in
    awards = awards_in("最高奖励2000万元!甲市出台政策支持企业技术改造\n甲市发布《支持企业技术改造政策措施》,鼓励企业进行"
                       "技术改造,奖励资金最高2000万元。\n日前,甲市发布《支持企业技术改造政策措施》,鼓励企业进行技术改造,"
                       "奖励资金最高2000万元。\n支持企业做大做强。对年工业增加值首次突破500亿元、300亿元的,分别给予2000万元、"
                       "1000万元奖励。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 20000000), ("fixed", 10000000)]


def test_a_payouts_total_and_a_reported_growth_of_an_award_are_no_awards():
    from tests.reading.awards_of import awards
    assert awards("惠及19家企业,奖励323万元!") == []
    assert awards("对首次获得品牌认证的单位,增加到30万元奖励,奖励幅度提升了50%。") == [("fixed", 300000, None, None)]


def test_one_sum_per_unit_with_a_yearly_cap_for_each_size_of_project():
    from tests.reading.awards_of import awards_in_policy
    awards = awards_in_policy("对新型储能项目,给予0.3元/千瓦时运营补贴,装机规模5万千瓦以下的、5万千瓦(含)以上的项目年度最高补贴"
                              "分别为500万元、800万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", Decimal("0.3"), 5000000), ("per_unit", Decimal("0.3"), 8000000)]


def test_a_quantity_in_a_latin_unit_is_no_sum_and_a_sum_per_kg_is_per_unit():
    from tests.reading.awards_of import awards_in_policy
    awards = awards_in_policy("对加氢站,全年累计不超过3万kg的,按40元/kg给予补助;全年累计超过3万kg的,超过部分按25元/kg给予补助。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        ("per_unit", 40, "kg"), ("per_unit", 25, "kg")]


def test_a_fixed_quota_of_support_for_each_project_and_a_difference_made_up_are_awards():
    from tests.reading.awards_of import awards
    assert awards("对新建成的加氢站,每个项目定额支持100万元。") == [("fixed", 1000000, None, None)]
    assert awards("被认定为市级清洁生产企业的,补足奖金差额1.7万元。") == [("fixed", 17000, None, None)]


def test_steps_of_sales_each_with_their_most_after_an_award_verb_are_per_unit():
    from tests.reading.awards_of import awards_in_policy
    awards = awards_in_policy("按照其年度销售额规模分行业分别给予销售额每1亿元不超过150万元(限上商贸业企业)、营业收入每2000万元"
                              "不超过100万元(规上服务业企业)的奖励。\n")
    assert [(p["form"], p["per_unit"]["unit_yuan"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 100000000, 1500000), ("per_unit", 20000000, 1000000)]


def test_an_explainer_names_the_measures_it_put_out_with_their_number():
    doc = _doc("一、起草背景\n为推动我市经济高质量发展,在原相关扶持措施的基础上,出台了《关于促进平台经济发展若干措施》"
               "(甲政办〔2021〕121号)(以下简称《若干措施》)。\n二、主要内容\n1.对新落地的平台企业,给予最高100万元奖励。\n")
    assert (doc.title, doc.doc_number) == ("关于促进平台经济发展若干措施", "甲政办〔2021〕121号")
    # (not another's of the same name a notice passes on)
    doc = _doc("关于开展2022年某某奖申报工作的通知\n各企业:\n现将某市某局《关于开展2022年某某奖申报工作的通知》(某经信〔2022〕15号)"
               "转发你们,请符合条件的企业积极申报。\n")
    assert doc.doc_number is None


def test_a_number_run_on_between_a_covering_title_and_its_addressees_is_the_documents():
    doc = _doc("甲市人民政府办公室关于印发甲市支持生物医药产业创新发展八条意见的通知甲政办字〔2024〕3号各县区人民政府,市政府各部门:"
               "《甲市支持生物医药产业创新发展八条意见》已经市政府同意,现印发给你们,请认真贯彻落实,甲市人民政府办公室\n"
               "2024年2月19日(此件公开发布)\n甲市支持生物医药产业创新发展八条意见\n一、对新药上市的,给予最高500万元奖励。\n")
    assert doc.doc_number == "甲政办字〔2024〕3号"


def test_a_free_trade_area_and_a_bureau_put_out_rules_together():
    doc = _doc("本报讯 日前,福州自贸片区管委会与福州市商务局联合出台了《关于鼓励企业拓展国际市场的扶持办法》。"
               "办法明确,对符合条件的企业按其出口额给予奖励。\n")
    assert doc.issuer == "福州自贸片区管委会、福州市商务局"
    assert (doc.region, doc.level) == ("福建省福州市福州自贸片区", "district")


def test_the_district_a_report_says_put_out_a_zones_rules_is_their_place():
    doc = _doc("近日,鸠江区出台《安徽某某经济开发区推动设备更新实施办法》,明确十项支持政策。\n"
               "《实施办法》提出,对设备更新实际投资达标的项目给予单个最高不超过500万元的奖补。\n")
    assert (doc.region, doc.level) == ("安徽省芜湖市鸠江区", "district")


def test_a_report_naming_a_covering_notice_is_of_the_rules_it_puts_out():
    doc = _doc("甲乙区:对提供供应链融资的担保公司给予补贴\n4月7日,甲乙区人民政府办公室发布《关于印发甲乙区促进金融业高质量发展"
               "扶持办法的通知》。其中提出:对融资担保公司,每年按照其担保额的1%给予补贴。\n")
    assert (doc.title, doc.kind) == ("甲乙区促进金融业高质量发展扶持办法", "rules")


def test_a_rate_named_as_the_standard_an_award_is_paid_at_is_a_rate_with_its_cap():
    from tests.reading.awards_of import awards
    assert awards("对年度实际对外投资达到规定规模的企业,按不超过实际投资额5‰的标准,给予最高100万元的奖励。") == [
        ("rate", None, Decimal("0.005"), 1000000)]


def test_a_units_most_given_caps_the_rate_before_it():
    from tests.reading.awards_of import awards
    assert awards("对其实际支付的展位租赁费给予50%的资助。年度内给予单家企业的资助最高不超过50万元。") == [
        ("rate", None, Decimal("0.5"), 500000)]


def test_each_household_brought_along_is_per_unit_and_the_transfer_of_an_award_is_none():
    from tests.reading.awards_of import awards
    assert [a[0] for a in awards("对带动脱贫户发展生产的经营主体,每带动一户补助5000元。")] == ["per_unit"]
    assert awards("由市农业农村局按程序将5万元补助经费拨付至依托单位账户。") == []


def test_a_work_guide_a_bureau_sent_down_is_the_document_reported():
    doc = _doc("截至7月10日,甲市这类小区可申报物业服务补助资金\n某某 阅读:755\n近日,甲市住保房管局下发了《2020年度甲市老旧小区物业服务"
               "补助资金申报审核工作指引》的通知,正式启动2020年度申报工作。\n")
    assert (doc.title, doc.kind, doc.issuer) == ("2020年度甲市老旧小区物业服务补助资金申报审核工作指引", "notice", "甲市住保房管局")


def test_rules_a_report_says_a_place_plans_to_put_out_are_named_and_a_draft():
    doc = _doc("为进一步发挥楼宇经济的平台作用,甲乙新区拟出台促进楼宇经济发展办法,向社会征求意见。\n"
               "该办法征求意见稿提出,对租赁入驻商务楼宇的鼓励类企业,给予实际支付租金25%的补助。\n")
    assert (doc.title, doc.kind, doc.status) == ("促进楼宇经济发展办法", "rules", "draft")


def test_a_share_in_a_condition_on_anothers_grant_is_no_rate():
    from tests.reading.awards_of import awards
    assert [a[:3] for a in awards("对已获得市级参展扶持的企业,如市级扶持不超过实际发生展位费的50%,按1:1配套扶持。")] == [
        ("matching", None, Decimal("1"))]


def test_shares_a_fund_is_divided_by_are_no_rates():
    from tests.reading.awards_of import awards
    assert awards("示范村创建补助资金按照总补助资金40%(第一、三批)、60%(第二批)(约)分配比例进行分解。") == []
    assert awards("第二批示范村创建按总补助资金占比的60%(约)进行分配。") == []
