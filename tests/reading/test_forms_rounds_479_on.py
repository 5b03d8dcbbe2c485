"""Forms met from round 479 on, each in a small text of its own (placeholder sentences that copy no set
document): a report naming the rules that came into force and then calling them 该细则; a report telling that a
place put out 《某某工作》的通知; a headline that the money is all in place; a reply to a deputy's suggestion that
mentions a text the bureau drafted; a headline's words run into the title before 关于; brackets closed after
的通知; a sum for each work a troupe stages handed down (划拨) once per work; a byline of date, column and views;
a day-first stamp; a bracketed byline; a guide that says it was drawn up under a policy; bureaus' short names; a
step of growth then 则; so much per declaration (元/票) or container (元/自然箱); a service guide's own heading."""

from __future__ import annotations

from zhengce.reading.chrome import page_stamp, posting_year
from zhengce.reading.metadata import qualify_unit
from zhengce.reading import regions

from tests.reading.awards_of import doc_of, extracted


def test_rules_in_force_then_called_this_rule_are_the_reports():
    text = ("引才伯乐某县最高奖20万\n03.04.2016 10:12\n本文来源: 某某厅\n某县不仅重视引才,对荐才者也给予奖励。今年3月开始实施的《某某县引才荐才激励实施细则》,"
            "鼓励各类组织为本县举荐人才。\n这一细则的适用对象包括合作组织和个人。推荐人才入选国家级计划的,每名给予20万元奖励。\n")
    doc = doc_of(text)
    assert doc.title == "某某县引才荐才激励实施细则" and doc.kind == "rules"


def test_rules_named_in_force_but_never_taken_up_again_give_no_title():
    text = ("某地奖励引才伯乐\n今年3月开始实施的《某某县引才荐才激励实施细则》,鼓励各类组织为本县举荐人才。\n"
            "推荐人才入选国家级计划的,每名给予20万元奖励。\n")
    assert doc_of(text).title != "某某县引才荐才激励实施细则"


def test_a_place_putting_out_a_work_notice_names_the_notice():
    text = ("6月1日,某某县发布《进一步做好2024年某某县负荷管理工作》的通知。补贴标准:对响应有效的用户,"
            "按实际响应电量给予0.3元/千瓦时的补贴。\n来源:某某网\n")
    doc = doc_of(text)
    assert doc.title == "进一步做好2024年某某县负荷管理工作" and doc.kind == "notice"


def test_a_headline_that_the_money_is_all_in_place_is_a_notice():
    text = ("我市某某补助资金全部到位\n今年我市某某补助资金120万元,其中市级资金70万元,各县配套50万元,目前已全部到位。\n"
            "补贴标准为每场补贴200元。\n")
    assert doc_of(text).kind == "notice"


def test_a_reply_to_a_suggestion_takes_no_title_from_a_text_it_drafted():
    text = ("尊敬的某某代表:《关于加强某某保护的建议》已收悉。现就办理情况答复如下:我局已起草"
            "《某某区某某保护工作制度》,经区政府同意后施行。区级项目补助标准2万元/项。\n")
    doc = doc_of(text)
    assert doc.kind == "notice" and doc.title is None


def test_a_headlines_words_run_into_the_title_go():
    text = ("新引进的某某人才每人奖励2万元关于促进某某区某某行业加快发展的若干措施(试行)\n"
            "为提升本区某某行业服务质量,制定如下措施。\n一、对新引进的某某人才,工作满1年的,每人奖励2万元。\n")
    assert doc_of(text).title == "关于促进某某区某某行业加快发展的若干措施(试行)"


def test_brackets_closed_after_the_notice_word_keep_the_rules_name():
    text = ("为支持某某创作,某市委宣传部、市财政局近日印发了《某市支持某某创作实施细则(试行)的通知》。"
            "细则明确,对入选项目给予最高30万元扶持。\n")
    assert doc_of(text).title == "某市支持某某创作实施细则(试行)"


def test_a_sum_handed_down_for_each_work_staged_is_one_award_per_work():
    awards = extracted("对入选的剧团,为每个剧目划拨12万元资助经费。")
    assert [(p.form, p.amount_yuan) for p in awards] == [("fixed", 120000)]
    stalls = extracted("给予主办方每个摊位500元补助。")
    assert [(p.form, p.per_unit["award_yuan"]) for p in stalls] == [("per_unit", 500)]


def test_page_stamps_of_other_forms_date_the_page():
    assert page_stamp("2023-03-14 某栏目 57") == "2023-03-14"
    assert page_stamp("2023-03-14某栏目57") == "2023-03-14"
    assert page_stamp("21.08.2017 09:45") == "2017-08-21"
    assert page_stamp("21.13.2017 09:45") is None  # (no thirteenth month: not a day-first stamp)
    assert page_stamp("2023-03-14 某某公司成立 12 周年") is None
    assert posting_year("首页>要闻\n【2018-05-22】【来源:某某日报 某某】\n近日,某区出台措施。") == 2018


def test_a_report_dated_only_by_its_byline_takes_the_bylines_year():
    text = ("某某网\n某市某局积极推动某某创作\n2023-03-14 某栏目 57\n近日,某市某局联合市财政局出台《某市某某创作资助暂行办法》,"
            "对舞台类作品给予最高50万元资助。\n")
    assert doc_of(text).year == 2023


def test_a_guide_drawn_up_under_a_policy_is_not_the_policy():
    text = ("根据《某某区某某专项资金使用办法》(某规〔2024〕3号)、《某某区关于支持某某服务业集聚的实施办法》"
            "(以下简称《某办法》),为做好有关事项的申报,现编制本申请指南。\n一、申报主体\n区内法律服务机构。\n"
            "二、申报条件\n在区内注册。\n三、申报时间\n2024年11月1日至11月30日。\n")
    doc = doc_of(text)
    assert doc.title is None and doc.kind == "notice"


def test_a_counties_bureaus_short_names_are_written_in_full():
    county = regions.lookup("安吉县")
    assert qualify_unit("县工信局", county).endswith("工业和信息化局")
    assert qualify_unit("县医保局", county).endswith("医疗保障局")


def test_a_step_of_growth_then_ze_is_per_step():
    awards = extracted("对规上企业,年营业收入每同比增加300万元则奖励1万元,单个企业累计不超过15万元。")
    assert [(p.form, p.per_unit["unit_yuan"], p.per_unit["award_yuan"], p.cap_yuan) for p in awards] == [
        ("per_unit", 3000000, 10000, 150000)]


def test_so_much_per_declaration_or_per_container_is_per_unit():
    awards = extracted("对经本地口岸报关的货物,给予收货人300元/票的通关补助;对经本地转关的货物,给予600元/自然箱的物流奖励。")
    assert [(p.form, p.per_unit["award_yuan"], p.per_unit["unit"]) for p in awards] == [
        ("per_unit", 300, "票"), ("per_unit", 600, "自然箱")]


def test_a_service_guides_own_heading_is_its_title_not_the_basis_it_cites():
    text = ("某某补贴申领办理指南\n1、文件依据 :某省关于调整某某补贴标准的通知(某人社秘〔2020〕12号)\n"
            "2、政策对象 :首次创办小微企业的人员。\n3、补贴标准 :3000元一次性补贴\n")
    doc = doc_of(text)
    assert doc.title == "某某补贴申领办理指南" and doc.kind == "notice"
