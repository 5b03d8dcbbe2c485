"""Forms met from round 423 on, each in a small text of its own (placeholder sentences that copy no set
document): a plan for paying out a sum is a notice; a page laid out as a guide is a notice however its title
ends; a call's own words (a late application, the project's requirements); the period of acceptance heading its
dates; a loan's principal is no award; the same item under two groups' headings; so much for each patent, at
most; a news outlet named after a place is not the document's place."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, forms_of, incentives_of


def test_a_plan_for_paying_out_a_sum_is_a_notice():
    from zhengce.reading.kinds import kind_of
    assert kind_of("某县2024年某类奖励资金(第三批)35万元拨付方案公示") == "notice"
    assert kind_of("某区专项资金下达计划") == "notice"
    # (a plan for using a fund sets out what it pays for: still the plan)
    assert kind_of("某县奖补资金使用方案") == "policy"


def test_a_notice_laid_out_as_a_guide_has_no_articles():
    text = ("某市甲类人员补贴通知\n\n某市甲类人员补贴通知\n一、补贴对象\n在本市参保的企业招用甲类人员。\n"
            "二、补贴条件\n企业与所招人员签订一年以上劳动合同。\n三、补贴标准\n每招用一人补贴2000元。\n"
            "四、补贴受理期\n2024年3月1日起至2024年11月30日止。\n")
    doc = doc_of(text)
    assert doc.kind == "notice" and doc.articles == []
    assert [d["date"] for d in doc.deadlines] == ["2024-11-30"]


def test_a_policy_with_two_guide_like_parts_keeps_its_articles():
    text = ("某市人民政府关于支持某类运输发展若干政策的通知\n一、奖励对象\n在本市从事某类运输的企业。\n"
            "二、奖励内容及标准\n(一)甲类航线\n1.新开通甲类航线的,每条奖励200万元。\n2.新开通乙类航线的,每条奖励80万元。\n")
    doc = doc_of(text)
    assert doc.kind == "policy" and doc.articles


def test_an_untitled_page_under_field_labels_is_a_guide():
    text = ("某市就业补贴的对象与标准汇总\n补贴对象:\n毕业两年内的高校毕业生在本市新创业的。\n"
            "补贴标准:\n一次性创业补贴标准为4000元。\n申请补贴方式:\n申请人在网上办事大厅提出申请。\n")
    assert doc_of(text).kind == "notice"


def test_a_calls_own_words_make_an_untitled_page_a_notice():
    text = ("根据《某区人才项目扶持办法》文件精神,某区将于5月20日举办第二批人才项目评审。本轮线上申报截止时间为5月10日,"
            "逾期申报的转入下一批次评审。\n(一)申报项目要求为在本区注册不满两年的创业项目。\n"
            "(二)主申请人条件\n1.入驻三年内,可享受最高800万元研发补助;\n2.可享受每年3万元的服务券补贴。\n")
    assert doc_of(text).kind == "notice"


def test_a_loans_principal_is_no_award():
    assert forms_of("一、三年内可享受最高本金300万元的贷款贴息,按一年期贷款市场报价利率的50%给予补贴。\n") == [
        ("rate", None, "0.5", None)]


_CALL = "关于开展某区第二批人才项目申报的通知\n各有关单位:具体事项通知如下:\n"


def test_the_same_item_under_two_groups_headings_counts_for_each():
    text = (_CALL + "(一)甲类人才项目政策\n01\n三年内可享受最高本金300万元的贷款贴息,按一年期贷款市场报价利率的50%给予补贴;\n"
            "02\n可享受每年3万元的服务券补贴。\n(二)乙类人才项目政策\n01\n"
            "三年内可享受最高本金300万元的贷款贴息,按一年期贷款市场报价利率的50%给予补贴;\n02\n可享受每年1万元的服务券补贴。\n")
    doc = doc_of(text)
    assert doc.kind == "notice"
    assert sorted(str(p.fields.get("rate")) for p in incentives_of(doc) if p.fields["form"] == "rate") == ["0.5", "0.5"]


def test_a_paragraph_printed_twice_under_the_same_heading_still_counts_once():
    para = "(一)甲类人才项目政策\n入驻三年内,可享受最高700万元研发补助,并可享受每年3万元的服务券补贴;\n"
    doc = doc_of(_CALL + para + para)
    assert sorted(p.fields.get("amount_yuan") for p in incentives_of(doc)) == [30000, 7000000]


def test_so_much_for_each_patent_at_most_is_per_unit():
    assert forms_of("一、对新增的甲类发明专利,每件给予最高6000元的补助。\n") == [("per_unit", 6000, None, None)]
    # (and a yearly bound for each firm is its cap, no award of its own)
    assert forms_of("二、对完成登记的乙类知识产权,给予每件最高800元的补助,全年每家最高补助2万元。\n") == [
        ("per_unit", 800, None, 20000)]
    # (after a rate, "每件不超过N元" bounds the rate's sum for each item)
    got = forms_of("三、补贴标准为产品最终销售价格的15%,每人限购1件,每件补贴不超过1200元。\n")
    assert [g[0] for g in got] == ["rate"]


def test_a_news_outlet_named_after_a_place_is_not_the_documents_place():
    text = ("当前位置:河北热线 > 资讯 > 正文\n某年宁波某新区生活补助最新消息\n关注河北热线\n"
            "开展高校毕业生生活补助的申报,具体事项通知如下:\n"
            "一、宁波某新区企业首次引进的本科生给予1万元生活补助,硕士研究生给予2万元生活补助。\n")
    doc = doc_of(text)
    assert doc.region == "宁波市"
