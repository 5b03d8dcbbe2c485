"""Forms met from round 204 on (each in a small text of its own, placeholder sentences): a sum split by a
stray space before its zeros; a report of a call that has opened (a notice, the cited rules only its basis); a
headline or teaser summing up awards the report states again; a draft put out for comment named by the lead
(title and issuer); a cap for each kind by its name after awards per unit; a list published as a notice; the
place whose government a report says put out the policy; awards per route (每条航线, 每条) and a step either way
(每增减N, 增加或减少M)."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in, awards_in_policy as _one, doc_of as _doc


def test_a_sum_split_by_a_stray_space_before_its_zeros_is_one_sum():
    awards = _one("1.对新建连栋大棚,分别按净面积给予 1000 元/亩、 200 0 元/ 亩奖励。\n")
    assert [p["per_unit"]["award_yuan"] for p in awards] == [1000, 2000]


def test_a_report_of_a_call_that_has_opened_is_a_notice_and_its_headline_sums_are_not_awards():
    text = ("本报讯 甲乙区商务部门透露,甲乙商圈招商补助项目开始申报,落户商圈最高奖励100万!\n\n"
            "依据《甲乙商圈招商补助办法》(以下简称《办法》),今年补助项目开始正式申报。\n\n"
            "(一)对在商圈首开品牌旗舰店的,择优给予最高60万元奖励。个别重大项目,经区里研究后"
            "给予最高100万元落户奖励。\n\n(二)对在商圈首开特色小店的,给予最高10万元落户奖励。\n")
    doc = _doc(text)
    assert doc.kind == "notice" and doc.title is None  # the rules it cites are its basis, not its title
    awards = [(p.fields["form"], p.fields.get("amount_yuan"), p.article) for p in doc.provisions if p.kind == "incentive"]
    assert awards == [("up_to", 600000, None), ("up_to", 1000000, None), ("up_to", 100000, None)]


def test_a_teaser_above_the_articles_restating_their_sums_is_no_award():
    awards = awards_in("来我区就业的博士和硕士们看过来,有机会申请10万、4万元的安家补贴!\n"
                       "对初次来我区就业的博士、硕士,给予最高10万元、4万元安家补贴。\n"
                       "1、安家补贴与租房补贴只享受一项。\n2、在职研究生依其最高学历享受。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 100000), ("up_to", 40000)]


def test_a_draft_put_out_for_comment_is_named_by_the_lead_with_its_issuer_and_caps_by_kind():
    doc = _doc("某区节能改造最高补贴50元/平方米\n发表于: 来自:甲市乙区城乡建设局\n日前,甲市乙区城乡建设局关于公开征求"
               "《乙区既有建筑节能改造资助办法(意见稿)》意见的公告称:\n"
               "改造后达到节能标准的项目,按改造面积,甲级项目每平方米补贴二十元;乙级项目每平方米补贴五十元。"
               "其中,甲级项目补助上限为八十万元,乙级项目补助上限为一百五十万元,且补助总额不超过改造费用的百分之五。\n")
    assert doc.title == "乙区既有建筑节能改造资助办法" and doc.status == "draft" and doc.kind == "rules"
    assert doc.issuer == "甲市乙区城乡建设局"
    awards = [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields.get("cap_yuan"))
              for p in doc.provisions if p.kind == "incentive"]
    assert awards == [("per_unit", 20, 800000), ("per_unit", 50, 1500000)]  # the headline restates the second


def test_a_list_published_as_follows_is_a_notice():
    doc = _doc("各承运企业:按照运输补助细则,经核对今年运量,现将符合条件的企业名单公布如下:一、调整标准"
               "(一)甲港至乙港班轮,补助调整为200元/TEU,(二)丙港至乙港班轮补助为250元/TEU。"
               "某某市港航管理局2024年3月1日。\n")
    assert doc.kind == "notice"
    assert [(p.fields["per_unit"]["award_yuan"], p.article) for p in doc.provisions if p.kind == "incentive"] == [
        (200, None), (250, None)]


def test_the_district_whose_government_put_out_the_reported_policy_is_the_place():
    doc = _doc("为落实市委全会部署,推动产业转型,5月6日,衢州市柯城区人民政府门户网站公布"
               "《关于支持甲乙产业加快发展的若干措施》(简称《措施》)。\n摘录部分条款\n"
               "鼓励设备更新。对设备投资500万元以上的项目,按设备投资额10%给予补助。\n")
    assert doc.region == "衢州市柯城区" and doc.level == "district"


def test_awards_per_route_and_a_step_either_way_are_per_unit():
    awards = _one("1.开通近洋班轮航线并年度满20航次的,首年奖励港口企业每条航线300万元,其后每年每条航线奖励90万元;"
                  "开通喂给航线的,首年奖励港口企业每条50万元。\n"
                  "2.年箱量达到10万标箱,奖励500万元,超出或不足部分每增减1万标箱,增加或减少40万元。\n")
    assert [(p["form"], p["amount_yuan"] or p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 3000000), ("per_unit", 900000), ("per_unit", 500000), ("fixed", 5000000), ("per_unit", 400000)]


def test_a_page_of_two_reports_each_opened_by_its_issuing_body_is_two_documents():
    from tests.reading.awards_of import doc_of
    from zhengce.reading import parse_text
    docs = parse_text("重庆市甲乙区发改委发布《甲乙区支持氢能产业发展六条措施(意见稿)》,文件写道:一是对新建加氢站的企业,"
                      "按设备投资额的8%给予补贴;二是对氢燃料电池汽车运营企业,连续2年给予0.3元/kwh的运营补贴。\n"
                      "丙丁高新区管委会印发《关于组织申报2023年丙丁高新区分布式能源项目的通知》,征集范围为区内备案的分布式能源项目,"
                      "补贴标准为:\n1.项目投运后按发电量补贴2年,每千瓦时补贴项目业主方0.15元。\n", source="forms.txt")
    assert len(docs) == 2
    assert docs[0].status == "draft" and docs[1].kind == "notice"
    first = [(p.fields["form"], p.fields.get("rate") or p.fields["per_unit"]["award_yuan"]) for p in docs[0].provisions if p.kind == "incentive"]
    second = [p.fields["per_unit"]["award_yuan"] for p in docs[1].provisions if p.kind == "incentive"]
    assert [f for f, _ in first] == ["rate", "per_unit"] and str(first[1][1]) == "0.3" and [str(x) for x in second] == ["0.15"]


def test_a_cost_split_between_governments_and_a_share_paid_back_are_no_awards():
    awards = _one("1.对新建公共充电设施,按额定功率每千瓦补贴150元(省、市财政各承担50%)。\n"
                  "2.设施投用不满2年即拆除的,退还60%政府补助资金。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 150)]


def test_a_labelled_line_over_one_day_and_a_window_ending_on_a_bare_day_are_deadlines():
    doc = _doc("某某区商务局关于开展2023年外贸扶持资金申报的通知\n各有关企业:\n一、申报条件\n在本区注册的外贸企业。\n"
               "二、办理方式\n企业可于8月1日至20日进行网上申报。\n三、材料报送截止时间\n2023年9月15日\n四、联系方式\n联系人:王某\n"
               "某某区商务局\n2023年7月20日\n")
    assert sorted({d["date"] for d in doc.deadlines}) == ["2023-08-20", "2023-09-15"]


def test_joint_bodies_set_apart_by_one_space_in_a_report_are_each_issuers():
    doc = _doc("日前,甲省工业和信息化厅 甲省财政厅发布《关于做好2024年甲省设备更新奖补资金申报工作的通知》。"
               "通知明确,对设备投入超过500万元的企业,按投入额的5%奖补,单个企业最高300万元。\n")
    assert doc.issuer.split("、") == ["甲省工业和信息化厅", "甲省财政厅"]


def test_a_place_left_out_of_those_addressed_is_not_the_documents():
    doc = _doc("关于组织开展2024年度智能制造示范工厂评选的通知\n各市(不含大连市)科技局:\n"
               "根据辽宁省有关工作安排,现组织开展示范工厂评选。请于2024年5月10日前报送材料。\n")
    assert doc.region == "辽宁省" and doc.level == "province"


def test_a_ceiling_over_awards_each_capped_already_is_no_award_and_a_put_out_guide_is_the_title():
    doc = _doc("据某区发布消息,3月1日,《某某园区芯片设计补贴申报指南》(简称《指南》)在某区发展大会上正式发布。\n"
               "《指南》明确,对境内企业按照不超过设计费用的40%予以补贴,单家企业上限200万元。"
               "境外企业则按设计费用的20%以内予以补贴,单家企业上限100万元。\n"
               "此外,企业多个产品符合条件的可一并申报,单个企业本年度补贴金额最高不超过260万元。\n")
    assert doc.title == "某某园区芯片设计补贴申报指南" and doc.kind == "notice"
    assert [(p.fields["rate"], p.fields["cap_yuan"]) for p in doc.provisions if p.kind == "incentive"] == [
        (Decimal("0.4"), 2000000), (Decimal("0.2"), 1000000)]


def test_a_page_field_of_the_date_a_document_was_made_is_its_issue_date():
    doc = _doc("- 发布机构: 某某市科学技术局\n- 公文生成日期: 2023-03-02\n关于开展2022年度技术交易奖补工作的通知\n"
               "各有关单位:\n对技术合同成交额给予1%奖励,单个单位最高5万元。\n")
    assert doc.issued == "2023-03-02"


def test_a_shared_documents_page_numbers_are_no_items_and_a_spaced_item_dot_numbers_an_item():
    text = ("《某某镇民宿奖励办法.docx》由会员分享,欢迎浏览,同类文档见某文库网。\n"
            "1、某某镇民宿奖励办法一、奖励对象本办法适用于在本镇登记的民宿。二、奖励标准1 .新评为甲级民宿的,给予一次性奖励"
            "10万元。2 .新评为乙级民宿的,给予一次性奖励5万元。3 .对新增客房10间以上的民宿,按装修\n"
            "2、投入的15%给予补助,最高不超过30万元。\n")
    awards = awards_in(text)
    assert [(p["form"], p.get("amount_yuan") or p.get("rate"), p["article"]) for p in awards] == [
        ("fixed", 100000, 1), ("fixed", 50000, 2), ("rate", Decimal("0.15"), 3)]
    assert awards[2]["cap_yuan"] == 300000  # the page number cut the sentence; the sentence runs on


def test_a_match_to_another_levels_grant_the_whole_of_a_contribution_and_a_headline_over_two_lines():
    awards = _one("1.对入选省级名单的项目,县里按省级补助资金1:1奖励。\n"
                  "2.对迁入的总部企业,按其上年度对区财政的贡献全额给予奖励,单家企业不超过300万元。\n")
    assert [(p["form"], p.get("matching") or p.get("rate"), p.get("cap_yuan")) for p in awards] == [
        ("matching", "1:1", None), ("rate", 1, 3000000)]
    doc = _doc("某市赛事扶持办法今起施行 国际赛事最高奖补200万元\n2023-11-01 10:20 来源:某某网\n"
               "本报讯 (记者 某某)某市出台赛事扶持办法,最高可奖补200万元。\n"
               "对举办国际级赛事的,给予不超过200万元的奖补;举办全国性赛事的,给予不超过80万元的奖补。\n")
    assert [p.fields["amount_yuan"] for p in doc.provisions if p.kind == "incentive"] == [2000000, 800000]


def test_a_projects_support_intensity_up_to_a_sum_is_an_award():
    awards = _one("1.重大专项每个项目的资助强度一般不低于500万元,最高2000万元。\n"
                  "2.一般项目单个项目支持额度最高200万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 20000000), ("up_to", 2000000)]


def test_a_window_typed_with_yi_closing_at_an_hour_in_brackets_and_one_opened_by_the_call():
    doc = _doc("某某区科技局关于开展2023年度研发平台奖励申报的通知\n各有关单位:\n一、申报时间:2023年8月1日一8月20日(截至17:30)。\n"
               "某某区科技局\n2023年7月25日\n")
    assert [(d["date"], d["time"]) for d in doc.deadlines] == [("2023-08-20", "17:30")]
    doc = _doc("某某区商务局关于开展2023年度商贸企业奖励申报的通知\n一、申报对象\n全区限上商贸企业。\n二、申报时间\n"
               "申报通知发布之日起至2023年10月9日。\n")
    assert [d["date"] for d in doc.deadlines] == ["2023-10-09"]


def test_a_headline_on_the_first_line_restated_below_is_no_award_and_mu_ping_is_per_mu():
    doc = _doc("某省今年扩种大豆50万亩,每亩补助120元\n2025-06-01 09:00 来源:某某农业网\n"
               "今年,某省继续支持扩种大豆,对新增种植面积,将按照亩平120元的标准给予补助,资金由省级财政统筹安排。\n")
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"])
            for p in doc.provisions if p.kind == "incentive"] == [("per_unit", 120, "亩")]


def test_a_limit_named_xian_e_caps_the_rate_before_it():
    awards = _one("1.对新建智能化项目设备投资在300万元以上的,建成后按实际投资给予最高12%、限额800万元的奖励。\n"
                  "2.按平台软件采购额给予最高20%、限额500万元的补助。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.12"), 8000000), ("rate", Decimal("0.2"), 5000000)]


def test_per_mu_with_xiang_shou_or_with_what_the_money_pays_for_after_the_verb():
    awards = _one("1.对治理沙化土地的,每亩享受3000元治理补助资金。\n2.对改接良种的,每亩补助接穗费150元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        ("per_unit", 3000, "亩"), ("per_unit", 150, "亩")]


def test_a_yield_per_mu_to_be_reached_and_a_bound_on_the_award_as_a_share_are_no_awards():
    awards = _one("1.对新落地工业项目,给予该项目1.5万元/亩的一次性用地补助,该项补助不得超过土地出让价款的40%,"
                  "且每户企业最多补贴300万元。\n"
                  "2.约定每年亩均税收达到8万元/亩、12万元/亩的,按其地方贡献分档给予设备补贴,每户企业不超过600万元。\n")
    assert [(p["form"], p.get("per_unit") and p["per_unit"]["award_yuan"], p.get("rate")) for p in awards
            if p["form"] != "up_to"] == [("per_unit", 15000, None)]


def test_a_bureau_putting_out_an_unquoted_draft_and_a_call_for_a_years_funds_name_title_and_year():
    doc = _doc("记者获悉,某某市商务局近日发布外资企业增资奖励实施细则(征求意见稿),对在本市注册的外资企业按实际使用外资金额给予奖励。\n"
               "对实际使用外资金额超过1000万美元的项目,给予最高100万元奖励。\n")
    assert doc.title == "外资企业增资奖励实施细则" and doc.status == "draft" and doc.kind == "rules"
    doc = _doc("各企业:根据《某某市促进外资增长若干措施》(某府〔2018〕11号),现组织开展2022年外资企业奖励资金申报工作,"
               "现通知如下:一、对象:本区外商投资企业。二、申报时间和方式自6月10日至7月15日,网上提交,逾期不予受理。\n")
    assert doc.year == 2022 and [d["date"] for d in doc.deadlines] == ["2022-07-15"]


def test_jobs_forms_per_person_introduced_per_day_handed_out_per_person_and_shares_given_back():
    awards = _one("1.在职职工推荐亲友到园区企业稳定工作半年的,对推荐人每介绍一人奖励400元。\n"
                  "2.对春节期间不停产的企业,给予连续生产奖励1万元/日。\n"
                  "3.按春节在岗人数给企业派发每人300元慰问金。\n"
                  "4.稳岗返还按单位规模确定:大型单位返还其上年实缴失业保险费的30%、小微单位返还其上年实缴失业保险费的60%。\n")
    assert [(p["form"], p.get("per_unit") and p["per_unit"]["award_yuan"], p.get("rate")) for p in awards] == [
        ("per_unit", 400, None), ("per_unit", 10000, None), ("per_unit", 300, None),
        ("rate", None, Decimal("0.3")), ("rate", None, Decimal("0.6"))]


def test_a_covering_notice_quoted_with_its_policy_in_angle_brackets_names_the_policy_and_a_pictured_headline():
    doc = _doc("某县出台购房新政:进城购房最高补贴2万元\n(资料图片)\n"
               "据某县发布消息,某县住房和城乡建设局日前发布《关于印发〈某县支持刚需住房消费若干措施〉的通知》。"
               "凡在城区新购首套住房者,按购房款的1%给予补贴,最高2万元。\n")
    assert doc.title == "某县支持刚需住房消费若干措施"
    assert [(p.fields["form"], p.fields.get("rate"), p.fields.get("cap_yuan")) for p in doc.provisions
            if p.kind == "incentive"] == [("rate", Decimal("0.01"), 20000)]


def test_a_payout_notice_its_totals_to_the_fen_and_a_sum_per_pupil():
    doc = _doc("- 发布机构: 某某县农业农村局\n各乡(镇)人民政府:\n根据有关文件精神,现就做好2024年种粮补贴发放工作通知如下:\n"
               "一、补贴标准\n本年度补贴标准为每亩70元,全县核定面积15702.5亩,补贴金额109.9175万元。\n二、发放要求\n请各乡镇按时发放到户。\n")
    assert doc.kind == "notice"
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in doc.provisions if p.kind == "incentive"] == [
        ("per_unit", 70)]
    awards = _one("1.民办普惠性幼儿园生均补助标准每生每年1200元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [("per_unit", 1200, "生")]


def test_a_covering_notice_with_its_policy_in_ascii_angle_brackets_names_the_policy():
    from zhengce.reading.titles import cover_title
    assert cover_title("某市农业农村局关于印发<某市有机农产品认证奖补办法(试行)>的通知")[0] == "某市有机农产品认证奖补办法(试行)"


def test_a_step_of_output_with_a_condition_between_it_and_its_award_is_per_unit():
    awards = _one("1.本地监理企业年度市外产值每完成500万元,且在本地结算入库的,奖励3万元。\n")
    assert [(p["form"], p["per_unit"]["unit_yuan"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 5000000, 30000)]


def test_a_firms_yearly_ceiling_after_a_capped_rate_is_no_second_award():
    awards = _one("1.对引进技术成果落地转化的,按技术合同成交额的4%给予奖励,单个合同奖励不超过15万元,同一单位年度最高奖励80万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.04"), 150000)]
