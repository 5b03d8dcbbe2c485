"""Forms met from round 299 on, each in a small text of its own (placeholder sentences that copy no set
document): a ranking's share that is no rate, a sum put up for a group's awards, a report's lead said again in
its body with a few words more, a draft that bodies drew up as a report tells it."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of as _doc, incentives_of
from zhengce.reading.budgets import total_budget


def test_a_ranking_s_share_is_no_rate():
    text = "根据评价办法,排名前6%的为优秀企业,排名靠后12%为帮扶企业,前百名的企业可获得奖励。"
    assert awards(text) == []


def test_a_sum_put_up_for_a_group_s_awards_is_the_budget_not_an_award():
    text = "某县为鼓励集约用地,用200万元奖励上年度亩均税收前二十名的工业企业。"
    assert awards(text) == []
    assert total_budget(text, False) == 2000000
    # (the money a firm spends is no budget: "研发费用" before a sum)
    assert total_budget("对研发费用500万元奖励的企业另行认定。", False) is None


def test_a_report_s_lead_said_again_in_its_body_with_a_few_words_more_counts_once():
    text = ("近日,某某省出台措施鼓励建设多层厂房。其中明确,对投资新建五层以上多层厂房的,相应予以补助,至多不超过300万元。\n"
            "某某省还要求各地盘活存量用地,严控新增工业用地规模,鼓励以租赁方式使用标准厂房。\n"
            "同时,对企业投资新建五层以上多层厂房的,相应予以补助,至多不超过300万元。对改建的,按规定减免有关规费。\n")
    assert [p.fields["amount_yuan"] for p in incentives_of(_doc(text))] == [3000000]


def test_parallel_articles_with_the_same_sum_stay_apart():
    text = ("某某市促进制造业发展若干措施\n一、支持企业升级\n"
            "1.对当年新获评国家级专精特新企业的,一次奖励30万元。\n"
            "2.对当年新获评国家级单项冠军培育企业的,一次奖励30万元。\n")
    assert [p.fields["amount_yuan"] for p in incentives_of(_doc(text))] == [300000, 300000]


def test_a_draft_bodies_drew_up_together_as_a_report_tells_it():
    text = ("近日,某某市经信局、某某市财政局共同研究起草了《某某市厂房提质行动方案(征求意见稿)》,"
            "现向社会公开征求意见。\n对改造提升的项目,按投资额给予最高8%的补助。\n")
    doc = _doc(text)
    assert doc.issuer == "某某市经信局、某某市财政局"


def test_another_level_s_share_this_one_comes_on_top_of_is_no_rate_of_this_text():
    text = "对本年度提款的部分,在上级财政已给予3%贴息的基础上,本级财政另给予0.5%的贴息支持。"
    assert awards(text) == [("rate", None, Decimal("0.005"), None)]


def test_how_much_of_a_loan_is_covered_is_no_rate():
    assert awards("对列入计划的项目,企业至多可以申请项目总投资40%的贷款贴息额度。") == []


def test_a_report_s_lead_summing_up_the_award_its_body_states_counts_in_the_body():
    text = ("近日,某某市经信局印发《某某市设备更新贷款贴息实施细则》,我市将对设备更新贷款再给予0.5%的贴息。\n"
            "根据细则,对本年度内提款的设备更新贷款,市级财政再给予0.5%的贴息,贴息期限至多一年。\n")
    quotes = [p.quote for p in incentives_of(_doc(text))]
    assert len(quotes) == 1 and quotes[0].startswith("对本年度内提款")


def test_a_standard_each_head_on_average_is_per_head():
    text = "对参加示范培训的学员,资金补助标准为人均2500元;参加普及培训的,补助标准为人均600元。"
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["per_unit"].get("unit"))
            for p in incentives_of(_doc(text))] == [("per_unit", 2500, "人"), ("per_unit", 600, "人")]


def test_sums_each_minute_or_episode_are_per_unit_and_take_their_caps_in_order():
    text = "对在各级电视台播出的原创动画片,分别按每分钟900元、400元,单部作品补助额最高12万元、6万元的标准一次性奖励。"
    assert [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"], p.fields["cap_yuan"])
            for p in incentives_of(_doc(text))] == [(900, "分钟", 120000), (400, "分钟", 60000)]
    assert [p.fields["per_unit"]["unit"] for p in incentives_of(_doc("对播出的原创剧集,每集奖励3万元。"))] == ["集"]


def test_each_body_s_yearly_total_after_a_capped_rate_is_no_second_kind():
    text = "对开发衍生产品的,按其销售额的15%予以补助,每个项目限额最高4万元,每个机构每年限额最高12万元。"
    assert [(p.fields["rate"], p.fields["cap_yuan"]) for p in incentives_of(_doc(text))] == [(Decimal("0.15"), 40000)]


def test_a_picture_s_caption_above_the_text_is_no_title():
    text = ("(资料图片仅供参考)\n"
            "在某某园区依法注册纳税、具备法人资格,经营范围与园区产业相关,在园区购置新办公用房满300平方米且已入驻的企业,可以申请购房补贴。\n"
            "补贴标准:\n企业购买办公用房,面积在500平方米以上的,购房补贴按每平方米800元标准给予。\n")
    assert _doc(text).title is None


def test_a_report_of_money_bureaus_handed_down_is_a_notice():
    text = ("某某市财政局、某某市人社局下达2026年度技艺传承补贴资金,6位大师共获9万元资金补助。\n"
            "据悉,根据有关细则,带徒满一年后可申请补贴。\n")
    assert _doc(text).kind == "notice"
    # (a call or a policy citing such a title is not one)
    cited = "根据《某某省财政厅关于下达2026年专项资金的通知》要求,对新建项目按每瓦0.1元给予补贴。\n"
    assert _doc(cited).kind != "notice"


def test_each_band_s_cap_written_like_the_rate_s_own_is_the_rate_again():
    text = ("对整机生产企业,每年按其整机销售收入的8%予以补助,且企业当年销量少于200台(含)时,单家企业补助最多不超过150万元;"
            "年度销量为200~400台(含)时,单家企业补助最多不超过250万元;年度销量超过400台时,单家企业补助最多不超过400万元。")
    assert [(p.fields["form"], p.fields["rate"], p.fields["cap_yuan"]) for p in incentives_of(_doc(text))] == [
        ("rate", Decimal("0.08"), 1500000), ("rate", Decimal("0.08"), 2500000), ("rate", Decimal("0.08"), 4000000)]


def test_sums_each_model_listed_are_per_unit():
    text = "对取得产品公告并实现销售的,分别给予甲类车型120万元/款、乙类车型60万元/款的一次性奖励。"
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in incentives_of(_doc(text))] == [
        ("per_unit", 1200000), ("per_unit", 600000)]


def test_money_a_notice_hands_down_sum_first_is_its_budget_and_no_award():
    text = ("某某市经信局关于下达2026年某某扶持资金奖补安排的通知\n"
            "各区政府:\n根据有关规定,现将2026年某某扶持资金项目850万元奖补安排计划下达给三个区。具体事项如下:\n"
            "一、奖励标准\n市级和区级按4:6比例承担,即市级奖励2万元/家。\n")
    doc = _doc(text)
    assert doc.total_budget_yuan == 8500000
    assert [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan")) for p in incentives_of(doc)] == [
        ("per_unit", 20000)]


def test_all_levels_support_together_bounded_as_a_share_is_no_rate():
    text = "按照企业获得上级补助资金额度给予1:1配套补助,各级补助资金合计不得超过项目总投资的40%。"
    assert [p[0] for p in awards(text)] == ["matching"]


def test_a_modern_services_cooperation_zone_s_bureau_places_the_document_in_the_zone():
    text = ("各有关单位:\n现将《某某服务业扶持措施》印发你们,请认真执行。\n"
            "深圳市某某现代服务业合作区管理局\n2026年3月2日\n某某服务业扶持措施\n"
            "一、对新落户的机构,一次奖励20万元。\n")
    doc = _doc(text)
    assert (doc.region, doc.level) == ("广东省深圳市某某现代服务业合作区", "district")


def test_an_allowance_is_an_award_word():
    text = "对年满百岁的老人,长寿津贴标准由每人每月300元提高到每人每月400元。"
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in incentives_of(_doc(text))] == [("per_unit", 400)]


def test_a_basic_living_standard_raised_is_its_new_sum_each_head():
    text = "自2026年1月起,城市居民最低生活保障标准由每人每月700元提高到每人每月730元。"
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in incentives_of(_doc(text))] == [("per_unit", 730)]


def test_a_site_s_banner_with_its_address_is_no_title():
    text = ("【abc123.com-某某信息门户网】\n2026年某市城镇居民低保标准为650元/人/月,乡村居民低保标准为520元/人/月。\n"
            "近日,记者从某市民政部门获悉,为落实某市政府提出的民生实事,经市政府同意,某市从2026年1月起,上调城乡居民低保标准。\n")
    assert _doc(text).title is None


def test_a_report_that_a_call_has_opened_is_a_notice():
    from zhengce.reading import kinds
    assert kinds.kind_of("某某市人才荐才奖开始申领") == "notice"
    assert kinds.kind_of("某区开展2026年人才引荐奖兑现工作") == "notice"
    assert kinds.reads_as_notice("记者从某市人社局获悉,2026年度某某奖的申领工作已经启动,符合条件的单位均可申领。")
    assert kinds.reads_as_notice("某区现启动2026年引才奖励兑现工作。申报时间为11月1日至30日。")


def test_dated_links_to_other_articles_under_the_text_are_no_awards():
    text = ("某市又增加15个技艺工作室\n近日,市人社部门公布了第四批工作室名单。市级财政将给予每个工作室建设项目一次性补助经费6万元。\n"
            "相关新闻\n- [ 03-12]第二批工作室名单公布 每家补助5万元\n- [ 02-28]某某学校首次设立名师工作室\n")
    assert [p.fields.get("amount_yuan") for p in incentives_of(_doc(text))] == [60000]


def test_a_standard_each_household_then_the_verb_after_the_comma_is_an_award():
    assert awards("按照每户800元标准,补助农户新建改造卫生户厕。") == [("fixed", 800, None, None)]


def test_compensation_each_unit_measured_is_per_unit():
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"])
            for p in incentives_of(_doc("对拆除的旧圈舍每平方米补偿70元。"))] == [("per_unit", 70, "平方米")]


def test_a_standard_each_unit_raised_from_an_old_sum_is_its_new_sum_per_that_unit():
    text = "今年起,某市林地生态补偿标准由每亩每年12元提高到16元。"
    assert [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"]["unit"]) for p in incentives_of(_doc(text))] == [(16, "亩")]


def test_a_report_headlined_with_money_paid_out_is_a_notice():
    from zhengce.reading import kinds
    text = ("某县投入560万元保护饮用水源\n近日,某县对水源保护区内的养殖场实施搬迁,为补偿养殖户损失,"
            "县财政给予每头生猪40元的搬迁补贴,对拆除的旧圈舍每平方米补偿70元。\n")
    assert _doc(text).kind == "notice"
    assert kinds.kind_of("900余万生态补偿金发放到户") == "notice"
    assert kinds.kind_of("某市出台若干措施 下达1亿元资金") != "notice"


def test_a_share_stated_after_the_sum_is_the_same_award_s_rate_and_cap():
    text = "对认定的众创空间给予运营补助,最高不超过80万元,补助比例不超过其上年度运营经费的40%。"
    assert awards(text) == [("rate", None, Decimal("0.4"), 800000)]


def test_a_paywalled_site_s_cut_note_ends_the_text():
    text = ("某市孵化器房租补贴细则\n第一条 为支持孵化器发展,制定本细则。\n第二条 按每平方米每天1元的标准给予房租补贴。\n第三条\n\n"
            "(未完,全文共900字,当前显示120字)\n\n(请阅读下面的提示)\n温馨提示\n成为会员后可阅读全文,只需10元。\n")
    doc = _doc(text)
    assert "会员" not in doc.text
    assert all(a.heading is None or "未完" not in a.heading for a in doc.articles)


def test_a_cap_written_with_its_currency_and_a_firm_s_total_after_a_project_s_cap():
    text = "对企业通过的国际认证,按照认证费的40%予以补贴,单一项目至多不超过人民币3万元,同一企业至多不超过人民币8万元。"
    assert awards(text) == [("rate", None, Decimal("0.4"), 30000)]


def test_a_step_of_exports_in_yuan_is_per_unit():
    text = "对自主品牌企业,每出口300万元产品奖励1万元。"
    assert [(p.fields["per_unit"]["unit_yuan"], p.fields["per_unit"]["award_yuan"]) for p in incentives_of(_doc(text))] == [
        (3000000, 10000)]


def test_a_prize_s_money_standard_raised_is_an_award():
    text = "省科技最高奖的奖金标准由80万元/人调整为200万元/人。"
    assert [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan")) for p in incentives_of(_doc(text))] == [
        ("per_unit", 2000000)]


def test_a_page_headlined_with_a_question_about_a_subsidy_is_a_notice_without_articles():
    text = ("某市技工补贴申请要准备什么材料\n2026-03-01\n更新时间:2026-03-01 09:12:30作者:某某百科\n某市技能补贴额度:\n"
            "1、初级:在职期间考取初级技能证的,每人补贴800元;\n2、中级:在职期间考取中级技能证的,每人补贴1200元。\n相关拓展:\n")
    doc = _doc(text)
    assert doc.kind == "notice" and not doc.articles
    assert [p.article for p in incentives_of(doc)] == [None, None]
