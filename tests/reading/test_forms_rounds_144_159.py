"""Forms met in rounds 144–159: sums per thing counted, reports of money paid, voucher face values,
caps per kind after a rate, a lone item of a cut page, rules parts named like a policy card, titles
and places (each in a small text of its own, placeholder sentences and places)."""

from __future__ import annotations

from tests.reading.awards_of import awards_in as _awards, awards_in_policy as _one, doc_of as _doc, incentives_of


def test_so_much_per_route_per_voyage_or_per_branch_set_up_is_per_unit():
    awards = _one("第一条 对甲类机构到省外设立地区总部,每增设1家给予50万元奖励。\n"
                  "第二条 对于新增甲类快线,每条航线给予400万元奖励;新增乙类航线,每艘次给予1.5万元奖励。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 500000), ("per_unit", 4000000), ("per_unit", 15000)]


def test_so_much_per_firm_to_the_body_that_brings_or_serves_firms_is_per_unit():
    awards = _one("1.对辅导本区企业通过认定的中介服务机构,按照 1 万元/家给予奖励。\n"
                  "2.按照经认定的企业招引数,给予招商机构最高20万元/个的奖励。\n"
                  "3.对首次纳入统计的企业,按5万元/家给予奖励。\n")
    assert [p["form"] for p in awards] == ["per_unit", "per_unit", "fixed"]


def test_money_reported_as_paid_out_is_no_award():
    awards = _awards("某某县2025年5月份甲类补贴发放情况\n凡符合条件的甲类人员,每人每月可领取50元甲类补贴。\n"
                     "本月按照有关通知,以每人每月50元的标准共计发放甲类补贴397400元,补贴人数7948人。\n"
                     "第一批涉及单位23家,见习生222人次,补贴286380元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 50)]


def test_a_report_of_payments_is_titled_by_its_headline_and_is_a_notice():
    doc = _doc("【甲类补贴】某某县2025年5月份甲类补贴发放情况\n凡符合条件的甲类人员,每人每月可领取50元甲类补贴。\n")
    assert (doc.title, doc.kind) == ("某某县2025年5月份甲类补贴发放情况", "notice")


def test_each_face_value_of_a_voucher_is_what_its_holder_receives():
    awards = _awards("某某县关于开展消费券活动的公告\n一、发放额度及种类:日用品券1400张3万元(面额50元200张、面额30元400张)。\n")
    assert [p["amount_yuan"] for p in awards] == [50, 30]


def test_a_unit_that_completed_the_work_is_no_business_figure():
    awards = _one("5.新育成的甲类品种,其完成单位奖励标准为10万元和5万元。\n")
    assert [p["amount_yuan"] for p in awards] == [100000, 50000]


def test_a_rate_then_the_caps_of_the_kinds_listed_before_it_is_the_rate_once_per_cap():
    awards = _one("3.引进的E类和F类人才,按计税报酬的30%给予最高5万元、3万元补贴。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [("rate", "0.3", 50000), ("rate", "0.3", 30000)]


def test_sums_by_level_named_as_levels_before_the_verb_are_read():
    awards = _one("2.对引进的甲类团队按800万元、500万元、300万元三个档次给予资助。\n")
    assert [p["amount_yuan"] for p in awards] == [8000000, 5000000, 3000000]


def test_the_one_item_a_cut_page_reaches_under_its_part_is_an_article():
    doc = _doc("为加快推进甲类建设,结合我市实际,制定本措施。\n一、总体要求\n(一)指导思想\n坚持以甲类为指导。\n"
               "二、主要任务和扶持措施\n8.支持甲类示范。对新获评国家级甲类基地的单位,给予200万元的一次性奖励。〔责任")
    assert [a.heading for a in doc.sections[1].articles] == ["支持甲类示范"]
    assert [p.article for p in incentives_of(doc)] == [8]


def test_parts_of_rules_named_like_card_fields_are_sections_after_the_preamble():
    doc = _doc("某某市甲类奖励办法\n为推进甲类工作,结合实际,制定本办法。\n一、适用范围\n本办法适用于某某市区。\n二、奖励对象\n"
               "(一)甲类先进单位奖励。\n甲类单位符合下列条件之一的,可申请。\n(二)甲类先进项目奖励。\n已完成建设的项目,可申请。\n"
               "三、奖励标准\n(一)甲类先进单位奖励。\n1. 获得全国甲类称号的学校,奖励100万元。\n")
    assert [s.title for s in doc.sections] == ["适用范围", "奖励对象", "奖励标准"]


def test_a_purpose_and_basis_part_is_a_framework_section():
    doc = _doc("某区关于加快甲类发展的政策意见\n一、目的和依据\n为推进甲类发展,制定本政策意见。\n二、适用范围\n本政策适用于本区主体。\n"
               "三、支持政策\n(一)助力甲类突破\n1.支持国家级项目\n对获得国家级项目的,按1:1予以区级配套,最高不超过200万元。\n"
               "2.鼓励关键技术攻关\n对甲类项目,给予最高100万元支持。\n")
    assert [s.title for s in doc.sections] == ["目的和依据", "适用范围", "支持政策"]
    assert [a.heading for a in doc.sections[2].articles] == ["支持国家级项目", "鼓励关键技术攻关"]


def test_a_bureau_over_its_notices_title_is_part_of_the_title():
    doc = _doc("某某县民政局\n关于发放2024年2月甲类补贴的\n通知\n各乡镇民政所:\n现将有关事项通知如下。\n")
    assert doc.title == "某某县民政局关于发放2024年2月甲类补贴的通知"


def test_a_page_thumbnails_label_is_no_title():
    doc = _doc("关于支持甲类企业发展的若干政策.docx\n上传人:p** 文档编号:1 格式:DOCX 页数:2\n"
               "关于支持甲类企业发展的若干政策.docx_第1页\n第1页 / 共2页\n关于支持甲类企业发展的若干政策.docx_第2页\n第2页 / 共2页\n"
               "1、关于支持甲类企业发展的若干政策为推进甲类发展,特制订本政策。第一条企业完成股改的,给予100万元奖励。\n")
    assert doc.title == "关于支持甲类企业发展的若干政策"


def test_a_title_in_quotes_tagged_with_its_place_is_the_title():
    doc = _doc("《静安区关于加快甲类发展的政策意见》(上海)\n一、对甲类项目给予最高100万元支持。\n")
    assert doc.title == "静安区关于加快甲类发展的政策意见"


def test_a_policy_whose_purpose_clause_names_its_county_is_the_countys():
    # ("全省…试点" said once: the province is the scale of a programme, the county named is the document's)
    doc = _doc("关于支持甲类企业发展的若干政策\n为落实江山市委全会部署,推动全省甲类改革试点工作,支持江山市乙类发展,"
               "特制定本政策。\n第一条 企业完成股改的,给予100万元奖励。\n")
    assert (doc.region, doc.level) == ("衢州市江山市", "county")


_SHARED_PAGE = ("{name}\n\n上传人:p** 文档编号:1 上传时间:2023-08-10 格式:DOCX 页数:2\n下载 相关 举报\n{name}_第1页\n第1页 / 共2页\n"
                "{name}_第2页\n第2页 / 共2页\n亲,该文档总共2页,全部预览完了,如果喜欢就下载吧!\n资源描述\n\n{body1}\n\n2、{body2}")


def test_a_sharing_sites_numbered_chunks_are_one_text():
    doc = _doc(_SHARED_PAGE.format(
        name="某某县支持甲类发展政策.docx",
        body1="1、某某县支持甲类发展政策为推进甲类发展,制定本政策。第一条对新评为五星级的甲类酒店,分别给予500万元、30",
        body2="0万元的一次性奖励。第二条对新评定的景区给予50万元奖励。"))
    assert sorted(p.fields["amount_yuan"] for p in incentives_of(doc)) == [500000, 3000000, 5000000]


def test_a_sharing_sites_file_name_cut_short_gives_way_to_the_whole_title_in_the_text():
    doc = _doc(_SHARED_PAGE.format(
        name="某某物流中心B型运营发展.DOC",
        body1="1、某某物流中心(B 型)运营发展扶持办法(试行)第一条 为扶持某某物流中心运营发展,制定本办法。第二条 对入驻企业",
        body2="给予10万元奖励。"))
    assert doc.title == "某某物流中心(B型)运营发展扶持办法(试行)"


def test_a_text_led_by_an_attachment_label_is_no_page_field():
    doc = _doc(_SHARED_PAGE.format(
        name="某某区关于推动甲类发展的若干措施.docx",
        body1="1、附件:某某区关于推动甲类发展的若干措施(征求意见稿)为推动某某区甲类发展,结合实际,制定本措施。第一条支持甲类机构落户。"
              "对新落户的甲类机构给予最高5000万元的落户补助。第二条支持乙类机构发展。对乙类机构投资于区内企业的,按照投资额的3%,",
        body2="给予最高500万元的一次性奖励。"))
    assert (doc.status, [p.fields["form"] for p in incentives_of(doc)]) == ("draft", ["up_to", "rate"])


def test_a_county_named_only_by_its_document_numbers_first_character():
    doc = _doc("关于推进甲类计划的实施意见\n(萧政发〔2019〕12号)\n各镇人民政府、街道办事处,区政府各部门:\n"
               "为加快推进甲类发展,根据《浙江省甲类计划》精神,经区政府同意,提出如下实施意见:\n一、对完成股改的企业给予50万元奖励。\n")
    assert (doc.region, doc.level) == ("杭州市萧山区", "district")


def test_a_street_of_a_city_without_counties_named_after_another_places_district():
    doc = _doc("南城街道支持甲类发展若干措施\n为落实东莞市有关部署,结合南城街道实际,制定本措施。\n"
               "一、对南城街道内新认定的企业,给予10万元奖励。\n二、对南城街道内新入库企业,给予5万元奖励。\n")
    assert (doc.region, doc.level) == ("广东省东莞市南城街道", "district")


def test_bare_numbers_listed_before_an_amount_share_its_unit():
    awards = _one("2.对年销售额排名前三的甲类企业,分别给予 50、40、30 万元的奖励。\n")
    assert [p["amount_yuan"] for p in awards] == [500000, 400000, 300000]


def test_a_limit_for_one_firm_is_the_rates_cap():
    awards = _one("1.在项目建设期内,按其生产设备购置金额的5%给予补助,单一企业最高限额2000万元。\n")
    assert [(str(p["rate"]), p["cap_yuan"], p["cap_scope"]) for p in awards] == [("0.05", 20000000, "per_enterprise")]


def test_kinds_and_their_sums_then_the_standard_they_set_are_each_an_award():
    awards = _one("(二)生活补贴。服务期满且考核合格的,按甲类研究生、高级职称人员15万元,乙类研究生、中级职称人员8万元,"
                  "丙类本科毕业生4万元,其他本科毕业生2万元标准发放一次性生活补贴。\n")
    assert [p["amount_yuan"] for p in awards] == [150000, 80000, 40000, 20000]


def test_sums_listed_before_the_awards_name_are_each_an_award_but_thresholds_are_not():
    awards = _one("(三)经认定的A、B、C类人才,分别享受甲类人才公寓和50万元、30万元、20万元一次性安家补贴。\n"
                  "(四)年内首次上缴税收达200万元、500万元、1000万元的企业分别奖励5万元、10万元、15万元。\n")
    assert [p["amount_yuan"] for p in awards] == [500000, 300000, 200000, 50000, 100000, 150000]


def test_a_kind_of_joint_stock_company_names_no_firm():
    awards = _one("(八)非上市股份有限公司成功进入股份转让系统挂牌的,给予奖励50万元。\n")
    assert [p["amount_yuan"] for p in awards] == [500000]


def test_so_much_each_time_each_step_reached_or_each_piece_in_renminbi_is_per_unit():
    awards = _one("1.对经营主体,每停靠一次给予20万元的线路补贴。\n2.常住人口每满一万人奖励一万元。\n"
                  "3.通过国际程序申请的每件奖励人民币5000元。\n4.对甲类机构每个床位一次性补贴3000元。\n"
                  "5.陆路运输每班次补贴300元。\n6.对平台企业按照每辆500元给予补贴。\n7.在本区持续运行每满1年再给予200万元奖励。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 200000), ("per_unit", 10000), ("per_unit", 5000), ("per_unit", 3000), ("per_unit", 300),
        ("per_unit", 500), ("per_unit", 2000000)]


def test_a_consultancys_advertisement_run_on_after_a_headline_is_no_part_of_the_title():
    doc = _doc("某某项目申报资讯\n某某市甲类发展若干政策申报免费咨询:13800000000(微信同号)\n"
               "一、对首次纳入统计的企业给予一次性奖励5万元。\n")
    assert doc.title == "某某市甲类发展若干政策"
