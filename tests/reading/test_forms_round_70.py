"""Forms met looking again at the set's dev rounds (5–69) while rounds 70–71 stayed held back, each in a
small text of its own (placeholder sentences and places, none from a test document)."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _awards(body: str) -> list[dict]:
    doc = parse_text("某某县招商引资奖励办法\n" + body, source="forms70.txt")[0]
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def test_a_step_of_foreign_money_and_its_award_with_jiang_alone():
    (p,) = _awards("第一条 对引进外资的企业,按到位外资每5万美元奖2000元。\n")
    assert p["form"] == "per_unit"
    assert p["per_unit"]["award_yuan"] == 2000 and p["per_unit"]["unit_yuan"] is None  # dollars are no yuan


def test_a_step_with_what_grows_named_between_and_its_added_award():
    awards = _awards("第二条 对年纳税达30万元的企业,给予奖励人民币1万元,每增加税收人民币30万元,加奖人民币1万元。\n")
    assert [(p["form"], p["amount_yuan"], p["per_unit"] and p["per_unit"]["unit_yuan"]) for p in awards] == [
        ("fixed", 10000, None), ("per_unit", None, 300000)]
    assert awards[1]["quote"].endswith("加奖人民币1万元")  # the step's quote holds its award


def test_a_step_of_money_brought_in():
    (p,) = _awards("第三条 对引荐人每引进投资100万元,奖励人民币800元。\n")
    assert p["form"] == "per_unit" and p["per_unit"] == {"unit_yuan": 1000000, "award_yuan": 800}


def test_so_much_per_watt_and_per_square_metre_written_in_latin():
    awards = _awards("第四条 对分布式光伏项目按装机容量给予0.2元/瓦补贴,单个项目不超过10万元。\n"
                     "第五条 对入驻孵化器的企业第一年按12元/m²/月给予租金补贴。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", Decimal("0.2"), 100000), ("per_unit", 12, None)]


def test_a_rates_limit_on_the_price_per_unit_is_neither_an_award_nor_its_cap():
    awards = _awards("第六条 对众创空间给予第一年租金80%补贴,补贴单价不超过50元/平方米/月。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.8"), None)]


def test_a_second_list_of_amounts_joined_by_yiji_pairs_on():
    awards = _awards("第七条 对获得省级、市级创业大赛一、二等奖的,分别奖励6万元、3万元以及2万元、1万元。\n")
    assert [p["amount_yuan"] for p in awards] == [60000, 30000, 20000, 10000]


def test_a_floor_given_to_each_firm_is_what_it_receives():
    (p,) = _awards("第八条 对新认定的总部企业,由县财政给予每家企业不低于15万元的一次性奖补。\n")
    assert (p["form"], p["amount_yuan"]) == ("fixed", 150000)


def test_headings_paying_in_paragraphs_of_their_own_as_often_as_they_head_lists_are_the_measures():
    text = ("某某县促进外贸发展奖励办法\n"
            "一、支持企业扩大出口\n(一)对出口额1亿元以上的企业,给予奖励5万元。\n(二)对出口额5000万元以上的企业,给予奖励3万元。\n"
            "二、支持企业开拓市场\n(一)对参加境外展会的企业,每个展会补助1万元。\n(二)对新设境外营销网点的企业,给予奖励2万元。\n"
            "三、支持外贸平台建设\n对新认定的省级外贸综合服务平台,给予奖励10万元。\n"
            "四、支持品牌培育\n对新认定的出口名牌,一次性奖励5万元。\n")
    doc = parse_text(text, source="paid.txt")[0]
    assert [a.heading for a in doc.articles] == ["支持企业扩大出口", "支持企业开拓市场", "支持外贸平台建设", "支持品牌培育"]
    assert [p.article for p in incentives_of(doc)] == [1, 1, 2, 2, 3, 4]


def test_headings_over_lists_with_one_paying_paragraph_stay_sections():
    text = ("某某县促进外贸发展奖励办法\n"
            "一、支持企业扩大出口\n(一)对出口额1亿元以上的企业,给予奖励5万元。\n(二)对出口额5000万元以上的企业,给予奖励3万元。\n"
            "二、支持企业开拓市场\n(三)对参加境外展会的企业,每个展会补助1万元。\n(四)对新设境外营销网点的企业,给予奖励2万元。\n"
            "三、支持外贸平台建设\n对新认定的省级外贸综合服务平台,给予奖励10万元。\n")
    doc = parse_text(text, source="paid2.txt")[0]
    assert [s.title for s in doc.sections] == ["支持企业扩大出口", "支持企业开拓市场", "支持外贸平台建设"]


def test_shares_of_the_cost_or_of_an_award_are_no_rates_paid():
    awards = _awards("第九条 对购置环保设备的企业给予设备款15%的补贴,补贴资金由市、县两级政府各承担50%。\n"
                     "第十条 对获评十佳企业的给予20万元奖励,其中资助资金的30%由企业用于研发人员培训。\n"
                     "第十一条 对享受过其他同类政策的企业,按补助标准的60%执行。\n")
    assert [(p["article"], p["form"], p["rate"] or p["amount_yuan"]) for p in awards] == [
        (9, "rate", Decimal("0.15")), (10, "fixed", 200000)]


def test_a_paragraph_a_page_prints_twice_states_its_awards_once():
    para = "《办法》共有十条措施。其中,对新评定的国家级示范农场一次性给予奖励,具体标准为:一级20万元,二级10万元;对新建冷库的,每个补助3万元。\n"
    text = "某某市出台农业发展奖励办法\n" + para + "《办法》自公布之日起施行。\n" + para
    doc = parse_text(text, source="twice.txt")[0]
    assert sorted(p.fields["amount_yuan"] for p in incentives_of(doc)) == [30000, 100000, 200000]


def test_a_short_title_a_lead_paragraph_then_items_is_a_group_of_articles():
    text = ("某某市人才安居补贴标准\n1、生活补贴。\n对企业引进的各类人才给予生活补贴,连续补贴2年。\n"
            "(1)具有博士学位的人才,每月补贴2000元。\n(2)具有硕士学位的人才,每月补贴800元。\n"
            "2、安家补贴。\n对新引进并在本市购房的人才,给予一次性安家补贴。\n"
            "(1)具有博士学位的人才,给予安家补贴10万元。\n(2)具有硕士学位的人才,给予安家补贴5万元。\n")
    doc = parse_text(text, source="lead.txt")[0]
    assert [s.title for s in doc.sections] == ["生活补贴", "安家补贴"]
    assert [(a.no, a.heading) for a in doc.sections[0].articles] == [(1, "具有博士学位的人才,每月补贴2000元"),
                                                                   (2, "具有硕士学位的人才,每月补贴800元")]
    got = [(p.article, p.fields["form"], (p.fields["per_unit"] or {}).get("award_yuan") or p.fields["amount_yuan"])
           for p in incentives_of(doc)]
    assert got == [(1, "per_unit", 2000), (2, "per_unit", 800), (1, "fixed", 100000), (2, "fixed", 50000)]


def test_a_mirrors_line_of_spam_phrases_is_chrome_and_a_provinces_news_headline_names_the_document():
    text = ("免费视频在线观看,一区二区无码,日韩午夜久久,亚洲婷婷一区\n\n"
            "山西印发促进文旅产业发展专项资金使用指南/附全文\n\n2019年05月06日10:20 | 某某网\n\n"
            "一、支持方式\n专项资金采取贷款贴息和拨款补助两种方式。\n")
    doc = parse_text(text, source="spam.txt")[0]
    assert doc.title == "促进文旅产业发展专项资金使用指南"
    assert doc.kind == "rules"  # how a fund is used, not a call to apply


def test_a_line_of_policy_phrases_is_no_spam():
    from zhengce.reading.chrome import is_chrome
    assert not is_chrome("发展特色产业,打造绿色品牌,建设精品民宿,培育国产品牌")


def test_an_award_word_right_before_the_amount_outweighs_a_business_figure_before_it():
    awards = _awards("第十二条 对企业完成股权激励改革奖励30 万元;对已挂牌企业再融资补助50万元。\n"
                     "第十三条 对获得创新大赛一等奖的团队,奖金不低于20000元。\n"
                     "第十四条 对返乡创业人员,个人最高20万元的创业扶持资金资助。\n")
    assert [(p["article"], p["form"], p["amount_yuan"]) for p in awards] == [
        (12, "fixed", 300000), (12, "fixed", 500000), (13, "fixed", 20000), (14, "up_to", 200000)]


def test_a_business_figure_reached_is_still_no_award():
    assert _awards("第十五条 对当年完成固定资产投资5000万元以上的企业,给予奖励20万元。\n")[0]["amount_yuan"] == 200000
    assert len(_awards("第十五条 对当年完成固定资产投资5000万元以上的企业,给予奖励20万元。\n")) == 1


def test_a_flattened_page_splits_a_title_from_its_first_clause_numbered_in_digits_and_a_first_draft_is_a_draft():
    text = ("促进茶产业发展奖励办法-讨论稿.doc_第1页\n促进茶产业发展奖励办法-讨论稿.doc_第2页\n全文预览已结束\n\n文档简介\n\n"
            "泰顺县促进茶产业发展奖励办法第1条 为加快茶产业发展,结合本县实际,制定本办法。第2条 本办法适用于在本县登记的茶叶企业。"
            "第3条 对新建标准化茶园50亩以上的企业,每亩补助300元。第4条 对新认定的省级茶叶龙头企业,给予一次性奖励10万元。"
            + "对新建茶叶加工厂房的企业,按投资额的10%给予补助。" * 8 + "\n")
    doc = parse_text(text, source="flat.txt")[0]
    assert doc.title == "泰顺县促进茶产业发展奖励办法"
    assert [a.no for a in doc.articles][:4] == [1, 2, 3, 4]
    assert doc.status == "draft"


def test_a_signature_run_into_a_flattened_page_gives_its_issuer_and_date():
    text = ("关于公开征求《促进茶产业发展若干措施(征求意见稿)》意见的通知 为促进茶产业发展,我局起草了《促进茶产业发展若干措施(征求意见稿)》,"
            "现公开征求意见。附件:促进茶产业发展若干措施(征求意见稿)泰顺县农业农村局2024年3月8日促进茶产业发展若干措施(征求意见稿)"
            + "一、对新建茶园的,每亩补助300元。" * 12 + "\n")
    doc = parse_text(text, source="sig.txt")[0]
    assert (doc.issuer, doc.issued) == ("泰顺县农业农村局", "2024-03-08")


def test_so_much_per_hive_and_per_jin():
    awards = _awards("第十六条 对新发展中蜂养殖的农户,按150元/群补助;对新发展特种水产养殖的,按80元/斤补助。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 150), ("per_unit", 80)]


def test_a_sites_postal_address_does_not_place_the_document():
    text = ("联系我们\n电话:\n0571-88886666\n地址:\n长沙市岳麓区麓山南路8号\n"
            "关于加快外贸发展的实施细则\n为扩大对外开放,根据区委区政府有关文件精神,制定本细则。\n"
            "一、对年出口额居全区前五位的企业,由区财政奖励2万元。\n"
            "二、对海曙区新设立的外贸企业年出口额达800万美元以上的,奖励8万元。\n")
    doc = parse_text(text, source="addr.txt")[0]
    assert doc.region == "宁波市海曙区"


def test_a_preamble_naming_its_own_document_with_spaced_digits_and_a_trial_mark():
    text = ("政策法规 2021-03-02 10:20:30 86人浏览\n"
            "为加快中药材产业发展,结合我县实际,特制定泰顺县 2021 年中药材产业发展奖补办法(试行)。\n"
            "一、扶持对象\n在本县种植中药材的企业和合作社。\n二、扶持标准\n对新建中药材基地50亩以上的,每亩补助300元。\n")
    doc = parse_text(text, source="preamble.txt")[0]
    assert doc.title == "泰顺县2021年中药材产业发展奖补办法(试行)"  # the trial mark is part of the name
    assert doc.kind == "rules"


def test_a_report_line_made_a_document_names_the_document():
    text = ("为加快茶产业发展\n泰顺县结合实际\n制定了支持高山茶产业发展六条措施\n"
            "一、支持茶园改造\n对改造低产茶园的经营主体,每亩给予300元补助。\n"
            "二、支持品牌建设\n对新获得省级名茶称号的企业,给予5万元奖励。\n")
    doc = parse_text(text, source="made.txt")[0]
    assert doc.title == "支持高山茶产业发展六条措施"
