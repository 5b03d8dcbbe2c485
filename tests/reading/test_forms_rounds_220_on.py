"""Forms met from round 220 on (each in a small text of its own, placeholder sentences that copy no set
document): covering notices on pages (a field line above the title, a street office signing, a page flattened
into one line, a 文号 run on), reports' leads (more bodies and verbs, a covering notice named, a place that put
the policy out), cards and call pages, caps (an article that only caps, a unit's most, caps by kind), sums per
unit (steps of money, per kg, per household), and sums that are no awards (payouts, growth, transfers, shares
of a fund, a condition on another's grant, an old standard replaced)."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, awards_in, awards_in_policy, doc_of as _doc

_POLICY = ("为促进发展,制定本办法。\n一、支持企业发展\n对新认定的企业,给予10万元奖励。\n"
           "二、支持人才引进\n对新引进的博士,给予5万元补助。\n")


# --- covering notices and signatures on pages

def test_a_field_line_above_a_covering_title_does_not_run_into_it():
    doc = _doc("索引号 001/2022-00001\n统一编号 ABCD00-2022-0001 下载阅读版本\n\n"
               "甲市乙区人民政府关于印发乙区农业发展若干政策的通知\n\n各街道办事处:\n"
               "《乙区农业发展若干政策》经区政府研究同意,现予印发,望遵照实施。\n\n"
               "甲市乙区人民政府\n\n2022年2月8日\n\n乙区农业发展若干政策\n\n" + _POLICY)
    assert doc.title == "乙区农业发展若干政策"
    assert doc.issuer == "甲市乙区人民政府" and doc.issued == "2022-02-08"


def test_a_street_office_signing_a_covering_notice_is_the_issuer():
    doc = _doc("各单位、社区:\n现将《丙街道扶持实体经济暂行办法》予以印发,请遵照执行。\n"
               "甲市人民政府丙街道办事处\n2024年5月17日\n第一章 总则\n第一条 为促进发展,制定本办法。\n"
               "第二条 对新认定的企业,给予10万元奖励。\n")
    assert doc.issuer and doc.issuer.endswith("丙街道办事处")
    assert doc.issued == "2024-05-17"


def test_a_flattened_page_keeps_its_covering_notice_apart_from_its_chrome():
    chrome = "您现在的位置: 首页 信息公开 通知文件 管委会文件 "
    cover = ("丁戊区管委会关于印发丁戊区商贸流通奖励办法(试行)的通知 时间: 2016-03-05 13:05 打印 关闭 丁戊综管〔2016〕33号 "
             "丁戊区管委会关于印发丁戊区商贸流通奖励办法(试行)的通知 各部门、各乡镇: 《丁戊区商贸流通奖励办法(试行)》"
             "经管委会研究同意,现予印发,望遵照实施。 丁戊区管委会 2016年3月4日丁戊区商贸流通奖励办法(试行) ")
    body = ("为鼓励商贸企业做大做强,推动区域消费持续增长,结合本区实际,制定本办法。一、适用范围 在本区注册纳统的批发"
            "零售企业和住宿餐饮企业。二、奖励标准 年销售额首次超过5亿元的,给予年销售额增量部分的千分之二奖励,"
            "最高奖励不超过30万元。三、本办法自发布之日起施行,有效期三年。")
    doc = _doc(chrome + cover + body)
    assert doc.issuer == "丁戊区管委会"
    assert doc.doc_number == "丁戊综管〔2016〕33号" and doc.issued == "2016-03-04"


def test_a_signature_run_on_at_a_paragraph_end_under_page_furniture_is_read():
    notice = ("关于开展平阳县农业项目申报的通知\n各乡镇:\n现将有关事项通知如下:一、对新建大棚的,给予每亩1000元补助。"
              "二、请于6月10日前报送材料")
    for end, issuer, issued in (
            (",联系人:张三13800000000平阳县农村经济事务中心2024年5月21日。", "平阳县农村经济事务中心", "2024-05-21"),
            ("。附件:补助对象名单.xlsx平阳县农业农村局2022年8月17日【打印本页】【关闭窗口】。", "平阳县农业农村局", "2022-08-17"),
            ("。请认真贯彻执行。平阳县人民政府办公室2021年9月6日(此件公开发布)。\n来源:甲乙日报", "平阳县人民政府办公室",
             "2021-09-06")):
        doc = _doc(notice + end + "\n")
        assert (doc.issuer, doc.issued) == (issuer, issued), end


def test_a_signer_after_the_last_full_stop_over_its_date_line_signs():
    doc = _doc("各有关单位:\n现将《甲乙市粮食应急保障办法》予以印发,请结合实际抓好落实。甲乙市人民政府\n"
               "2023年9月5日(此件公开发布)\n甲乙市粮食应急保障办法\n第一条 为加强粮食应急保障,制定本办法。\n"
               "第二条 对承担应急加工任务的企业,按每吨80元给予补贴。\n")
    assert (doc.title, doc.issuer, doc.issued) == ("甲乙市粮食应急保障办法", "甲乙市人民政府", "2023-09-05")


def test_a_number_run_on_between_a_covering_title_and_its_addressees_is_the_documents():
    doc = _doc("甲市人民政府办公室关于印发甲市加快新能源汽车产业发展七条措施的通知甲政办字〔2023〕8号各县区人民政府,市直有关部门:"
               "《甲市加快新能源汽车产业发展七条措施》经市政府研究同意,现予印发,请抓好落实,甲市人民政府办公室\n"
               "2023年6月9日(此件公开发布)\n甲市加快新能源汽车产业发展七条措施\n一、对新车型量产的,给予最高300万元奖励。\n")
    assert doc.doc_number == "甲政办字〔2023〕8号"


# --- reports' leads

def test_a_report_names_whoever_put_the_policy_out_by_other_verbs_and_dates():
    tail = ("《甲乙县促进产业发展若干措施》,明确对新认定的企业,给予10万元奖励。\n一、支持企业做大。对新认定的规上企业,"
            "给予10万元奖励。\n二、支持人才。对新引进博士给予5万元补助。\n")
    for lead, issuer in (("据悉,甲乙县产业工作领导小组10日印发", "甲乙县产业工作领导小组"),
                         ("据消息,甲乙县住房保障工作联席会议星期二(5月14日)发布", "甲乙县住房保障工作联席会议"),
                         ("据了解,甲乙县政府出台的", "甲乙县政府")):
        doc = _doc("本报讯 " + lead + tail)
        assert doc.title == "甲乙县促进产业发展若干措施" and doc.issuer == issuer, lead


def test_a_report_names_the_rules_its_place_put_out_against_a_problem():
    doc = _doc("甲乙区出台政策助企业稳外贸\n日期: 2022-09-21\n外贸企业普遍面临汇率波动带来的经营风险。为此,我区围绕小微企业"
               "融资难、避险成本高等问题,出台《甲乙区外贸企业风险补偿资金管理办法》,引导企业稳健经营。"
               "对首次办理业务的企业每户奖励2000元。\n")
    assert doc.title == "甲乙区外贸企业风险补偿资金管理办法"


def test_a_free_trade_area_and_a_bureau_put_out_rules_together():
    doc = _doc("本报讯 日前,福州自贸片区管委会与福州市商务局联合出台了《关于鼓励企业拓展国际市场的扶持办法》。"
               "办法明确,对符合条件的企业按其出口额给予奖励。\n")
    assert doc.issuer == "福州自贸片区管委会、福州市商务局"
    assert (doc.region, doc.level) == ("福建省福州市福州自贸片区", "district")


def test_the_district_a_report_says_put_out_a_zones_rules_is_their_place():
    doc = _doc("近日,鸠江区出台《安徽某某经济开发区推动设备更新实施办法》,明确十项支持政策。\n"
               "《实施办法》提出,对符合条件的技改项目给予最高300万元的奖补。\n")
    assert (doc.region, doc.level) == ("安徽省芜湖市鸠江区", "district")


def test_a_report_naming_a_covering_notice_is_of_the_rules_it_puts_out():
    doc = _doc("甲乙区:对为小微企业提供融资服务的机构给予补贴\n5月9日,甲乙区人民政府办公室印发《关于印发甲乙区支持普惠金融发展"
               "暂行办法的通知》。其中提出:对融资担保公司,每年按照其担保额的1%给予补贴。\n")
    assert (doc.title, doc.kind) == ("甲乙区支持普惠金融发展暂行办法", "rules")


def test_an_explainer_names_the_measures_it_put_out_with_their_number():
    doc = _doc("一、制定背景\n为加快服务业提质增效,结合近年来政策执行情况,印发了《关于加快现代服务业发展若干措施》"
               "(甲政办〔2022〕56号)(以下简称《若干措施》)。\n二、主要内容\n1.对新落户的总部企业,给予最高200万元奖励。\n")
    assert (doc.title, doc.doc_number) == ("关于加快现代服务业发展若干措施", "甲政办〔2022〕56号")
    # (not another's of the same name a notice passes on)
    doc = _doc("关于开展2023年某某评选工作的通知\n各企业:\n现将某市某局《关于开展2023年某某评选工作的通知》(某经信〔2023〕9号)"
               "转发给你们,请认真组织申报。\n")
    assert doc.doc_number is None


def test_a_work_guide_a_bureau_sent_down_is_the_document_reported():
    doc = _doc("截至8月20日,甲市这些项目可申报节能改造补助资金\n某某 阅读:612\n近日,甲市机关事务局下发了《2021年度甲市公共机构"
               "节能改造补助资金申报工作指引》的通知,正式启动2021年度申报工作。\n")
    assert (doc.title, doc.kind, doc.issuer) == ("2021年度甲市公共机构节能改造补助资金申报工作指引", "notice", "甲市机关事务局")


def test_rules_a_report_says_a_place_plans_to_put_out_are_named_and_a_draft():
    doc = _doc("为更好发挥总部经济的带动作用,甲乙新区拟出台促进总部经济发展办法,公开征求社会意见。\n"
               "该办法征求意见稿明确,对新落户的总部企业,给予最高500万元的落户奖励。\n")
    assert (doc.title, doc.kind, doc.status) == ("促进总部经济发展办法", "rules", "draft")


# --- cards and call pages

def test_a_card_citing_only_a_number_keeps_its_heading_and_the_number_names_its_district():
    doc = _doc("区政府人才补贴政策\n政策依据:湖吴政办发〔2021〕1号\n加快人才集聚\n1.积极引进人才\n"
               "对新引进的博士,给予20万元安家补贴。\n")
    assert (doc.title, doc.doc_number, doc.region) == ("区政府人才补贴政策", "湖吴政办发〔2021〕1号", "湖州市吴兴区")


def test_a_card_headline_over_a_line_of_its_own_fields_is_the_title():
    doc = _doc("甲乙县支持新材料产业加快发展奖励\n受理部门:经信系统申报时间:预计6月服务专员:\n512人阅读\n扶持力度\n"
               "1、新产品首次销售奖励\n(1)对企业首次实现新材料产品销售的,给予该企业8万元的一次性奖励。\n")
    assert doc.title == "甲乙县支持新材料产业加快发展奖励"
    # (a headline stating a sum is no such title: a report's lead may name the document)
    doc = _doc("甲乙县装配式建筑最高补贴80元/平方米\n发表于: 来自:甲乙县城乡建设局\n近日,甲乙县城乡建设局关于公开征求"
               "《甲乙县装配式建筑推广扶持办法(征求意见稿)》意见的公告提出:\n装配式建筑示范项目每平方米补贴四十元。\n")
    assert doc.title == "甲乙县装配式建筑推广扶持办法"


def test_a_call_page_under_a_numbered_breadcrumb_keeps_its_batch_heading_and_reads_as_a_notice():
    from tests.reading.awards_of import incentives_of
    doc = _doc("1. 某某服务网 > 扶持项目 > 甲乙区扶持项目 >\n甲乙区2024年第三批跨境电商平台培育奖励\n"
               "发布时间:2024-05-10内容编辑:某某 点击数:\n一、政策依据及扶持标准\n政策依据:\n"
               "《甲乙区促进跨境电商高质量发展若干措施》第四条 培育跨境电商平台。\n扶持标准:\n"
               "对本区纳统的跨境电商平台企业,年交易额首次突破50亿元、20亿元的,分别给予150万元、60万元的奖励,"
               "奖励资金分两年兑付,第一年分别兑付90万元、36万元,次年交易额保持增长的,分别拨付剩余60万元、24万元奖励。\n"
               "二、申请条件\n(一)在本区注册的独立法人企业。\n(二)须在达标后一年内提出申请。逾期未提出申请的,视为放弃。\n")
    assert (doc.title, doc.kind) == ("甲乙区2024年第三批跨境电商平台培育奖励", "notice")
    assert sorted(p.fields.get("amount_yuan") for p in incentives_of(doc)) == [600000, 1500000]


# --- caps

def test_an_article_that_only_caps_caps_the_rates_before_it_though_page_lines_follow():
    found = awards_in("甲乙县外资招引奖励\n一、对投资我县重点产业的外资项目,给予以下支持:\n"
                      "对新设立的外商投资企业,按其当年实缴外资金额的1%给予奖励。\n"
                      "二、对投资其他产业的外资项目,按其当年实缴外资金额的0.1%给予奖励。\n"
                      "三、每个外资项目的奖励累计最高不超过300万元。\n【牵头部门】甲乙县商务局\n联系电话:13900000000\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in found] == [("rate", Decimal("0.01"), 3000000),
                                                                     ("rate", Decimal("0.001"), 3000000)]


def test_a_rate_whose_cap_names_its_unit_before_the_award_word_and_a_projects_ceiling_after_it():
    assert awards("对为企业发行债券提供服务的中介机构,按债券发行额的0.5%,每家机构单个项目最高8万元的标准给予奖励,"
                  "单个项目的奖励总额不超过20万元。") == [("rate", None, Decimal("0.005"), 80000)]


def test_a_units_most_given_caps_the_rate_before_it():
    assert awards("对参加境外展会的企业,按其展位费的60%给予补助。每年给予单家企业的补助最高不超过30万元。") == [
        ("rate", None, Decimal("0.6"), 300000)]


def test_an_old_standard_quoted_as_replaced_is_no_award_and_caps_by_kind_after_the_award_word_twin_the_rate():
    for new in ("按照项目投资额不超过8%的比例给予补助,符合甲类目录的最高补助150万元,符合乙类目录的最高补助100万元。",
                "“按照项目投资额不超过8%的比例给予补助,符合甲类目录的最高补助150万元,符合乙类目录的最高补助100万元”。"):
        assert awards("将原补助标准“按照项目投资额8%的比例给予补助,单个项目最高100万元”调整为" + new) == [
            ("rate", None, Decimal("0.08"), 1500000), ("rate", None, Decimal("0.08"), 1000000)], new


def test_a_rate_named_as_the_standard_an_award_is_paid_at_is_a_rate_with_its_cap():
    assert awards("对年度境外投资达到一定规模的企业,按照不超过境外投资额3‰的标准,给予最高80万元的奖励。") == [
        ("rate", None, Decimal("0.003"), 800000)]


# --- sums per unit

def test_one_sum_per_unit_with_a_yearly_cap_for_each_size_of_project():
    found = awards_in_policy("对新型储能电站,给予0.2元/千瓦时放电补贴,装机容量3万千瓦以下的、3万千瓦(含)以上的电站年度最高补贴"
                             "分别为300万元、600万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in found] == [
        ("per_unit", Decimal("0.2"), 3000000), ("per_unit", Decimal("0.2"), 6000000)]


def test_a_quantity_in_a_latin_unit_is_no_sum_and_a_sum_per_kg_is_per_unit():
    found = awards_in_policy("对氢能加注站,年加注量不超过2万kg的,按30元/kg给予运营补助;年加注量超过2万kg的,"
                             "超出部分按20元/kg给予运营补助。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in found] == [
        ("per_unit", 30, "kg"), ("per_unit", 20, "kg")]


def test_steps_of_sales_each_with_their_most_after_an_award_verb_are_per_unit():
    found = awards_in_policy("按照其年度营业收入规模分类分别给予营业收入每5000万元不超过30万元(规上工业企业)、销售额每2亿元"
                             "不超过80万元(限上批发企业)的奖励。\n")
    assert [(p["form"], p["per_unit"]["unit_yuan"], p["per_unit"]["award_yuan"]) for p in found] == [
        ("per_unit", 50000000, 300000), ("per_unit", 200000000, 800000)]


def test_each_household_brought_along_is_per_unit_and_the_transfer_of_an_award_is_none():
    assert [a[0] for a in awards("对吸纳农户务工的合作社,每带动一户给予3000元补助。")] == ["per_unit"]
    assert awards("由县财政局按规定将3万元奖励资金拨付到项目单位。") == []


# --- awards of other words, and sums that are none

def test_a_fixed_quota_of_support_and_a_difference_made_up_are_awards():
    assert awards("对认定的示范工厂,定额支持50万元。") == [("fixed", 500000, None, None)]
    assert awards("升级为省级示范企业的,补足奖金差额2万元。") == [("fixed", 20000, None, None)]


def test_a_reports_summary_of_its_best_award_by_its_fund_is_no_award():
    found = awards_in("最高奖励1000万元!甲市出台政策支持企业扩大有效投资\n甲市印发《支持企业扩大有效投资政策措施》,引导企业加大"
                      "设备投入,奖励资金最高1000万元。\n日前,甲市印发《支持企业扩大有效投资政策措施》,引导企业加大设备投入,"
                      "奖励资金最高1000万元。\n支持企业增资扩产。对年营业收入首次超过100亿元、50亿元的,分别给予1000万元、"
                      "500万元奖励。\n")
    assert [(p["form"], p["amount_yuan"]) for p in found] == [("fixed", 10000000), ("fixed", 5000000)]


def test_a_payouts_total_and_a_reported_growth_of_an_award_are_no_awards():
    assert awards("共惠及27家企业,奖励186万元!") == []
    assert awards("对新获评省级品牌的企业,给予40万元奖励,比原标准提升了25%。") == [("fixed", 400000, None, None)]


def test_a_share_in_a_condition_on_anothers_grant_is_no_rate():
    assert [a[:3] for a in awards("对已享受省级展会补助的企业,若省级补助低于展位费用的40%,按1:0.5给予配套补助。")] == [
        ("matching", None, Decimal("0.5"))]


def test_shares_a_fund_is_divided_by_are_no_rates():
    assert awards("美丽村庄建设资金按照总资金30%(甲批)、70%(乙批)的分配比例进行分解。") == []
    assert awards("乙批美丽村庄按总补助资金占比的70%进行分配。") == []


def test_a_share_given_back_a_raised_share_a_yearly_sum_per_person_and_a_floor_left_out():
    assert awards("对稳定就业岗位的参保企业,按照60%的比例返还其上一年度所缴失业保险费。") == [("rate", None, Decimal("0.6"), None)]
    assert awards("对示范门店,支持额度上浮至50%,金额最高不超过40万元。") == [("rate", None, Decimal("0.5"), 400000)]
    assert [a[0] for a in awards("对外地来的技能人才,可享受 800 元/ 年/人返乡交通补贴。")] == ["per_unit"]
    assert awards("补助总金额低于5000元的不予补助。") == []


def test_the_sum_for_each_grade_after_other_words_then_a_comma():
    assert [a[:2] for a in awards("每年评选10项优秀新产品,按名次给予奖励,其中,一等奖60万元,二等奖40万元。")] == [
        ("fixed", 600000), ("fixed", 400000)]


def test_sums_per_person_listed_under_one_standard_paid_at_once_are_per_unit():
    assert [a[0] for a in awards("对新取得职业技能证书的,按中级工每人600元、高级工每人900元的标准一次性发放技能补贴。")] == [
        "per_unit", "per_unit"]


# --- session of 2026-12-04 (later): kinds listed with their sums, steps, per-unit award money

def test_kinds_listed_with_their_sums_under_one_award_each_receive_their_sum():
    # 按 the list, then the award paid by it
    assert [a[:2] for a in awards("按照甲级技师3万元、乙级技师(含助理)1.5万元、丙级技师0.8万元的标准一次性发放住房补贴。")] == [
        ("fixed", 30000), ("fixed", 15000), ("fixed", 8000)]
    # the standard, then the list
    assert [a[:2] for a in awards("入职满两年后发放一次性岗位奖励,标准为研究生7万元、本科3万元。")] == [
        ("fixed", 70000), ("fixed", 30000)]
    # the award, then its kinds after 其中; a most written before 享受 is the kind's most
    assert [a[:2] for a in awards("对引进人才发放购房补贴,其中X1类人才最高享受90万元、X2类人才最高享受70万元。")] == [
        ("up_to", 900000), ("up_to", 700000)]
    # a most for each kind after the standard's 限额
    assert [a[:2] for a in awards("对新评定的园区,补助最高限额为:一星园区80万元,二星园区120万元。")] == [
        ("up_to", 800000), ("up_to", 1200000)]


def test_a_list_of_years_levels_or_figures_reached_is_no_list_of_kinds():
    # the award paid by years, a cost split between levels, figures reached: no kind's own sum
    assert [a[:2] for a in awards("给予奖励9万元,其中第一年4万元、第二年3万元、第三年2万元。")] == [("fixed", 90000)]
    assert [a[:2] for a in awards("给予补助8万元,其中市财政5万元、区财政3万元。")] == [("fixed", 80000)]
    assert awards("奖励标准为营收达3000万元、6000万元的企业另行制定。") == []


def test_a_step_whose_award_grows_with_it_and_award_money_per_thing():
    assert [a[0] for a in awards("展会面积每增加500平方米,相应增加补贴2万元,单场补贴额度不超过20万元。")] == ["per_unit"]
    assert [a[:2] for a in awards("对完成改造的楼栋,区财政提供3万元/栋奖补资金。")] == [("fixed", 30000)]


def test_a_second_cap_sentence_for_another_kind_of_beneficiary_is_the_rate_again():
    text = ("对赴境外参展的单位,按展位费给予40%的补助。当年给予单家公司的补助最高不超过30万元。"
            "当年给予单家行业联盟的补助最高不超过10万元。")
    assert awards(text) == [("rate", None, Decimal("0.4"), 300000), ("rate", None, Decimal("0.4"), 100000)]
    # the same beneficiary capped again is no second kind: the rate is not read twice
    again = awards("按展位费给予40%的补助。当年给予单家公司的补助最高不超过30万元。当年给予单家公司的补助最高不超过30万元。")
    assert [a for a in again if a[0] == "rate"] == [("rate", None, Decimal("0.4"), 300000)]


def test_numbered_types_a_monthly_list_a_standard_by_which_and_each_ones_share_paid_out():
    # kinds named "1型", "2型" with a sum a month each, under the standard's lead
    assert [a[0] for a in awards("向人才家庭发放租赁补贴,补贴标准为:1型对象4000元/月,2型对象2500元/月。")] == [
        "per_unit", "per_unit"]
    # "发放标准按照甲N万元、乙M万元": the standard, then each kind's sum
    assert [a[:2] for a in awards("补贴分两年拨付,发放标准按照博士8万元、硕士4万元。")] == [("fixed", 80000), ("fixed", 40000)]
    # "每家拨付区级奖励资金N万元": the award each firm is paid
    assert [a[:2] for a in awards("对上年度新认定的企业,今年每家拨付区级奖励资金6万元。")] == [("fixed", 60000)]


def test_an_untitled_page_that_announces_a_matter_is_a_notice():
    doc = _doc("为提升良种水平,现将我县购买种畜补贴事宜通告如下。\n一、补贴标准\n购买合格种畜的,给予补贴800元/头。\n"
               "二、所需材料\n(一)购买合同;\n(二)申请表。\n")
    assert doc.kind == "notice" and doc.sections == []


def test_a_text_naming_one_city_and_its_counties_more_than_its_province_is_the_citys():
    # the province named as the level of prizes its local winners won; the city and its counties named more
    doc = _doc("近日,玉溪市召开文旅融合推进会。红塔区文化馆获云南省示范奖,江川区一项目获云南省优秀奖,澄江市"
               "一团队获云南省创新奖,玉溪市表示将继续支持。\n对新获评的示范项目,给予5万元奖励。\n")
    assert doc.region == "云南省玉溪市" and doc.level == "city"


def test_items_numbered_by_a_bare_zero_padded_line_are_articles():
    doc = _doc("甲市文旅扶持措施\n为促进文旅发展,具体扶持措施如下\n\n01\n\n对新评为国家级示范基地的,给予20万元奖补。\n\n"
               "02\n\n对新评为省级示范基地的,给予10万元奖补。\n")
    assert [a.no for a in doc.articles] == [1, 2]
    assert doc.sections[0].title is None  # "…如下" leads into the items, it names no section
    # a bare "01" over a part of its own, numbered 一、: a part mark, not an article
    doc = _doc("甲县若干意见\n01\n甲县文旅若干政策\n一、支持项目建设\n(一)对新引进的项目,给予10万元奖励。\n"
               "(二)对新建的景区,给予20万元奖励。\n二、支持品牌创建\n(一)对新评的品牌,给予5万元奖励。\n")
    assert [a.no for a in doc.articles] == [1, 2, 1]


def test_the_one_measure_a_page_cut_from_a_policy_shows_whole_is_its_article():
    doc = _doc("标准的,分别给予8万元、4万元奖励。\n6.推动企业上规模。对首次升规的制造业企业,一次性奖励5万元。\n")
    arts = doc.articles
    assert [a.no for a in arts] == [6]
    assert [(a["article"], a["amount_yuan"]) for a in awards_in(
        "标准的,分别给予8万元、4万元奖励。\n6.推动企业上规模。对首次升规的制造业企业,一次性奖励5万元。\n")
        if a["amount_yuan"] == 50000] == [(6, 50000)]


def test_measures_each_with_one_numbered_field_under_it_are_the_articles():
    doc = _doc("(二)鼓励企业上规模\n1.支持标准\n对首次入选百强榜单的企业,给予20万元一次性支持。\n"
               "(三)鼓励企业创品牌\n1.支持标准\n对新获得省级品牌称号的企业,给予10万元一次性支持。\n")
    assert [a.no for a in doc.articles] == [2, 3]


def test_a_name_ending_in_chao_before_the_award_word_is_no_floor_and_a_list_paid_by_a_standard_named_before():
    # "中超" names a league; 超 before an award word is no "more than" bounding the sum
    assert [a[:2] for a in awards("对球队晋级的,升入中超奖励500万元。")] == [("fixed", 5000000)]
    assert awards("营业收入超过2亿元的企业另行研究。") == []
    assert [a[:2] for a in awards("购房的发放补贴,对引进的人才,按照博士7万元、硕士3万元标准一次性发放。")] == [
        ("fixed", 70000), ("fixed", 30000)]


def test_an_awards_shares_between_two_units_are_no_rates_and_a_dozen_joint_signers_all_sign():
    assert awards("两家单位均在本市的,奖励资金的40%奖励给研制单位,60%奖励给应用单位。") == []
    assert [a[2] for a in awards("按上级补助资金的50%给予配套奖励。")] == [Decimal("0.5")]
    bodies = ["甲市工业局", "中共甲市委组织部", "甲市发展和改革委员会", "甲市科学技术局", "甲市财政局", "甲市人力资源和社会保障局",
              "甲市规划局", "甲市物流办公室", "甲市商务局", "甲市国资委", "甲市市场监督管理局", "甲市金融工作局"]
    doc = _doc("甲工信〔2024〕9号\n各区县有关部门:\n现将《甲市制造业政策实施细则》印发给你们,请遵照执行。\n"
               + "\n".join(bodies) + "\n2024年3月5日\n甲市制造业政策实施细则\n一、支持企业\n对新认定的企业,给予10万元奖励。\n")
    assert doc.issuer is not None and len(doc.issuer.split("、")) == 12


def test_vouchers_one_claims_prizes_each_a_step_reached_and_an_award_by_a_sum():
    assert [a[:2] for a in awards("购车价格8万元以上的发券3000元。")] == [("fixed", 3000)]
    assert [a[:2] for a in awards("购买家电的可申领500元消费券。")] == [("fixed", 500)]
    assert awards("通过平台分批发放3000万元消费券。") == []  # the vouchers' pot, no one's award
    assert [a[:2] for a in awards("活动设一等奖10个,每个2万元;二等奖50个,每个5000元。")] == [("fixed", 20000), ("fixed", 5000)]
    assert [a[0] for a in awards("对展馆面积每达到5000平方米的,给予补贴不超过5万元。")] == ["per_unit"]


def test_a_field_rows_cell_mark_ends_its_line_and_a_payouts_total_after_a_count_is_no_award():
    doc = _doc("索引号:001/2024-1 | 发布机构: 某区府办 |\n文件编号: 乙政发〔2024〕3号 |\n规范性文件统一编号:ABCD00-2024-0001 |\n"
               "湖州市吴兴区人民政府关于推动制造业发展的实施意见\n各乡镇(街道)、区级各部门:\n为推动发展,提出如下意见。\n"
               "一、支持企业\n对新认定的企业,给予10万元奖励。\n")
    assert doc.title == "关于推动制造业发展的实施意见" and doc.issuer == "湖州市吴兴区人民政府"
    assert awards("去年共服务企业3000余次,发放补贴120万元。") == []


def test_each_ones_award_money_and_a_further_award_to_the_body_named():
    assert [a[:2] for a in awards("对新评为示范乡镇的,各奖励资金300万元。")] == [("fixed", 3000000)]
    assert [a[:2] for a in awards("对评为美丽乡村的,另奖补扶持村委15万元。")] == [("fixed", 150000)]
