"""Forms met from round 269 on, each in a small text of its own (placeholder sentences that copy no set
document): a share one may have with a cap per kind after it, sums a month listed with 分别为, a sum per head
as the standard of support, the whole of the interest borne; a report of a ministry's 管理规范 put out
"this year" on a month and day, read as the country's rules."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of as _doc


def _per_unit(text: str) -> list[tuple]:
    from zhengce.provisions import extract
    return [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"].get("unit"))
            for p in extract(text) if p.kind == "incentive" and p.fields["form"] == "per_unit"]


def _capped(text: str) -> list[tuple]:
    """(form, sum per unit, cap) of each incentive of a small text."""
    from zhengce.provisions import extract
    return [(p.fields["form"], p.fields["per_unit"]["award_yuan"], p.fields["cap_yuan"])
            for p in extract(text) if p.kind == "incentive"]


# --- rates and their caps

def test_a_share_one_may_have_is_a_rate_with_a_cap_per_kind():
    text = "甲、乙两类专家可享受不超过租房费用的40%,分别为最高30万元、10万元的安居补助。"
    assert awards(text) == [("rate", None, Decimal("0.4"), 300000), ("rate", None, Decimal("0.4"), 100000)]
    assert awards("可享受不超过租房费用的40%,最高30万元的安居补助。") == [("rate", None, Decimal("0.4"), 300000)]


def test_support_at_most_for_each_work_is_an_award():
    assert awards("2.扶持第一出品单位每部最高3万元。") == [("up_to", 30000, None, None)]


def test_a_fund_s_share_the_awards_take_is_no_rate():
    assert awards("对研发投入占比高的企业给予奖励,奖补资金总额原则上不低于产业专项资金的60%。") == []


def test_the_whole_of_the_interest_borne_is_a_rate_of_one():
    assert awards("新办农场的贷款利息由县财政全额贴息。") == [("rate", None, Decimal("1"), None)]


# --- sums, bands and standards raised

def test_a_price_band_before_its_award_is_no_award():
    text = "补贴标准以发票金额为准:5万元以下补贴1000元,5万元(含)至8万元补贴1500元,8万元(含)以上补贴2000元。"
    assert awards(text) == [("fixed", 1000, None, None), ("fixed", 1500, None, None), ("fixed", 2000, None, None)]
    from zhengce.provisions import extract  # (a step of the base is no band: "每增加N亿元奖励M万元")
    assert [p.fields["per_unit"] for p in extract("对批发企业销售额每增加1亿元奖励5万元。") if p.kind == "incentive"] == [
        {"unit_yuan": 100000000, "award_yuan": 50000}]


def test_labelled_old_sums_raised_are_no_awards_and_the_new_ones_are():
    text = "对置换新车的个人消费者,补贴标准由购买甲类车补6000元、购买乙类车补4000元,,分别提高至9000元和7000元。"
    assert awards(text) == [("fixed", 9000, None, None), ("fixed", 7000, None, None)]


def test_kinds_each_with_its_sum_after_the_award_s_verb_are_each_an_award():
    assert awards("年终评比后奖励示范镇8万元、示范村2万元、示范户300元。") == [
        ("fixed", 80000, None, None), ("fixed", 20000, None, None), ("fixed", 300, None, None)]


def test_what_a_year_s_payments_came_to_is_no_award():
    assert awards("据统计,去年该县共发放乡村教师生活补助36.5万元。") == []


# --- sums per unit

def test_a_month_s_sum_one_enjoys_is_per_month_and_its_year_restated_is_none():
    assert _per_unit("硕士研究生连续2年每月享受800元租房补贴。") == [(800, "月")]
    assert _per_unit("公益岗位补贴标准为每人每月600元,一年7200元。") == [(600, "人")]


def test_a_ceiling_per_month_after_a_sum_per_month_caps_it():
    assert _capped("补助标准:每满一年补助15元/月,300元/月封顶。") == [("per_unit", 15, 300)]


def test_sums_per_steam_tonne_and_per_machine_given_are_per_unit():
    assert _per_unit("锅炉改造项目按4万元/蒸吨给予补助。") == [(40000, "蒸吨")]
    assert _per_unit("大型锅炉按照120万元/台给予一次性补偿。") == [(1200000, "台")]


def test_the_most_compensated_caps_a_sum_per_unit():
    assert _capped("按照8万元/蒸吨给予拆除补偿,最高补偿120万元。") == [("per_unit", 80000, 1200000)]


def test_so_much_for_each_product_with_the_firm_s_total_capped_is_per_unit():
    assert _capped("对入选目录的工业软件,给予每款最高30万元奖励,同一企业累计最高90万元。") == [("per_unit", 300000, 900000)]


def test_sums_a_month_listed_with_fenbie_wei_are_each_per_month():
    text = "入选人员可享受生活补助,一、二、三档人员每月分别为3000元、2000元、1000元,最长3年。"
    assert _per_unit(text) == [(3000, "月"), (2000, "月"), (1000, "月")]


def test_the_most_after_a_sum_per_unit_caps_it():
    text = "对储气站按照年度累计供气量,给予每立方米0.2元、最高80万元的运营补贴。"
    assert _capped(text) == [("per_unit", Decimal("0.2"), 800000)]


def test_a_price_to_keep_under_is_a_condition():
    assert awards("对零售价格低于8元/立方米的储气站给予奖补。") == []
    assert _per_unit("对零售价格低于8元/立方米的储气站,按每立方米0.1元给予奖补。") == [(Decimal("0.1"), "立方米")]


def test_a_sum_per_head_as_the_standard_of_support_is_per_head():
    assert _per_unit("返乡创业人员可按每人3000元~6000元标准扶持。") == [(6000, "人")]


# --- reading

def test_a_report_of_a_ministrys_rules_put_out_this_year_is_the_countrys():
    doc = _doc("近日,不少家长关心补助何时到账。\n为做好某项补助发放,今年3月9日,民政部、财政部印发《某某补助管理规范(试行)》。\n"
               "该规范明确,申请人按年度申请。\n")
    assert (doc.title, doc.issuer, doc.kind) == ("某某补助管理规范(试行)", "民政部、财政部", "rules")
    assert (doc.region, doc.level) == ("中华人民共和国", "national")


def test_a_place_s_bureau_is_no_national_body():
    from zhengce.reading.regions import national
    assert national("国务院办公厅") and national("国家发展改革委、财政部") and national("人力资源和社会保障部、文化和旅游部")
    assert not national("市委宣传部") and not national("某某县财政局") and not national(None)


def test_a_digest_of_places_numbered_in_brackets_is_a_document_per_place():
    from zhengce.reading import parse_text
    docs = parse_text("各地农机补贴政策汇总\n2024年06月04日 来源:某某网\n一、2024年各地补贴政策\n(一)宁海县\n对新购置烘干机的合作社,每台补助2万元。\n"
                      "(二)安吉县\n对新建育秧中心的主体,每个中心补助5万元。\n", source="forms.txt")
    assert [d.region for d in docs] == ["宁波市宁海县", "湖州市安吉县"]


def test_an_item_titled_for_the_award_s_amount_states_sums_per_head_at_most():
    text = "三、补助额度:按出栏量予以补助,实行限额管理。甲病:牛每头不超过2元;鸡每羽不超过0.5元。"
    assert _per_unit(text) == [(2, "头"), (Decimal("0.5"), "羽")]


def test_a_note_of_when_the_policy_applies_is_no_part_of_its_title():
    doc = _doc("某某县耕地保护补助政策(本政策自2024年起实施)\n一、对象:种粮农户。\n二、标准:每亩补助100元。\n")
    assert (doc.title, doc.kind) == ("某某县耕地保护补助政策", "policy")


def test_a_notice_s_title_run_on_after_its_issuer_before_the_verb_is_the_report_s_document():
    doc = _doc("近日,某某市人民政府办公室关于做好农村供暖补助有关工作的通知印发,明确补助范围。\n每户每个采暖季最高补助300元。\n")
    assert (doc.title, doc.kind) == ("关于做好农村供暖补助有关工作的通知", "notice")


def test_a_paper_s_reporters_byline_is_no_title():
    from zhengce.reading.chrome import is_chrome
    assert is_chrome("某某农民报记者 张某某 通讯员 李某")
