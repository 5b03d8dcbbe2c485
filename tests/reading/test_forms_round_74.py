"""Forms met looking again at the set's dev rounds (5–73) while rounds 74–79 stayed held back, and in
rounds 74–79 once they were scored; each in a small text of its own (placeholder sentences and
places, none from a test document)."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _awards(body: str) -> list[dict]:
    doc = parse_text("某某区产业扶持办法\n" + body, source="forms74.txt")[0]
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def test_a_cap_after_two_kinds_of_award_joined_by_or_caps_the_rate():
    (p,) = _awards("第一条 按设备投资额的6%给予贴息或补助,单个项目最高贴息或补助800万元。\n")
    assert (p["form"], p["rate"], p["cap_yuan"]) == ("rate", Decimal("0.06"), 8000000)


def test_so_much_per_sailing_per_building_per_deal_and_per_event():
    awards = _awards("第二条 对旅游包船每航次奖励3万元。\n"
                     "第三条 对新建标准化大棚的,每栋大棚补贴 1500 元。\n"
                     "第四条 对合作银行每笔贷款给予2000元奖励,每家银行最高5万元。\n"
                     "第五条 每次展销活动给予主办单位奖励2万元,每年最高10万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 30000, None), ("per_unit", 1500, None), ("per_unit", 2000, 50000), ("per_unit", 20000, 100000)]


def test_a_bare_each_time_award_stays_a_fixed_amount():
    (p,) = _awards("第六条 对组团参加境外展会的企业,每次奖励2000元。\n")
    assert (p["form"], p["amount_yuan"]) == ("fixed", 2000)


def test_so_much_per_cubic_metre_with_the_word_for_the_money_between():
    (p,) = _awards("第七条 新建冷藏库,每立方米补助资金不超过60元。\n")
    assert p["form"] == "per_unit" and p["per_unit"]["award_yuan"] == 60


def test_one_rate_with_a_cap_for_each_kind_written_alike():
    awards = _awards("第八条 对认定的示范车间和示范工厂,按合同金额给予15%的补助,示范车间补助最高不超过100万元,"
                     "示范工厂补助最高不超过500万元。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.15"), 1000000), ("rate", Decimal("0.15"), 5000000)]


def test_a_rate_whose_caps_name_the_kind_before_the_award_verb():
    awards = _awards("第九条 对企业首次流片,按照不超过流片费用的40%,高端工艺的产品给予最高500万元补助,"
                     "一般工艺的产品给予最高200万元补助。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.4"), 5000000), ("rate", Decimal("0.4"), 2000000)]


def test_money_lent_or_invested_is_no_award():
    assert _awards("第十条 对拟上市企业,经审核给予垫付500万元。\n") == []
    assert _awards("第十一条 对重点产业项目,由产业基金给予单个项目最高5000万元投资。\n") == []


def test_the_rate_a_loan_is_lent_at_is_no_award():
    assert _awards("第十二条 符合条件的合作社享受2.5%的贴息贷款利率。\n") == []


def test_a_threshold_of_growth_is_no_rate():
    awards = _awards("第十三条 营业收入同比增长超过15%的,奖励50万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 500000)]


def test_an_award_paid_in_part_first_or_cut_has_no_rate_of_its_own():
    awards = _awards("第十四条 按设备投资额的8%给予最高500万元补助,其中补助资金40%待项目投产后兑现。\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [("rate", Decimal("0.08"), 5000000)]
    assert _awards("第十五条 对未完成任务的单位,按上述奖励标准削减30%奖金。\n") == []
    assert _awards("第十六条 下达年度研发奖励(先期兑付70%,其余待考核后兑付)。\n") == []


def test_bands_of_growth_are_no_rates():
    awards = _awards("第十七条 对年营业收入同比增长5%(含)~10%、10%(含)以上增速标准的企业,分别给予20万元、40万元奖励。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 200000), ("fixed", 400000)]


def test_a_paragraph_stated_again_in_fuller_words_counts_once():
    doc = parse_text("某某区服务业扶持项目申报指南\n一、政策内容\n"
                     "扶持服务业企业做大,对年营业收入达到一定规模的服务业企业(规模以上),分别给予30万元、60万元奖励。\n"
                     "二、支持标准\n"
                     "对有效期内年营业收入达到一定规模的服务业企业(规模以上),分别给予30万元、60万元奖励。(同一企业不重复享受。)\n"
                     "三、对新认定的省级服务业企业,分别给予30万元、60万元奖励。\n",
                     source="forms74b.txt")[0]
    amounts = [p.fields["amount_yuan"] for p in incentives_of(doc)]
    assert amounts == [300000, 600000, 300000, 600000]  # the restated paragraph once; a third, other award kept


def test_a_list_of_grades_wrapped_after_its_first_numeral_is_no_heading():
    doc = parse_text("某某县工业企业奖励办法\n设立“技术进步奖”。对企业当年获得国家级科技成果一、\n"
                     "二、三等奖的,分别奖励现金8万元、4万元、2万元。\n", source="forms74c.txt")[0]
    assert not doc.sections
    assert [p.fields["amount_yuan"] for p in incentives_of(doc)] == [80000, 40000, 20000]


def test_a_date_spaced_out_by_pdf_extraction_signs_a_flattened_page():
    text = ("某某县人民政府办公室 2023 年 2 月 6 日(此件公开发布)某某县加快特色产业发展的实施意见为促进特色产业发展,"
            "现提出如下意见。" + "对新认定的示范工坊,给予一次性奖励 5 万元。" * 12)
    plain = parse_text(text.replace(" 2023 年 2 月 6 日", "2023年2月6日"), source="a.txt")[0]
    spaced = parse_text(text, source="b.txt")[0]
    assert spaced.title == plain.title == "某某县加快特色产业发展的实施意见"
    assert spaced.issued == plain.issued == "2023-02-06"


# Forms met looking at rounds 74–79 once they had been scored blind.

def test_so_much_for_each_firm_brought_to_someone_else_up_to_a_total():
    (p,) = _awards("第二十条 对招商活动中引进企业落地的,按每家企业20万元的标准,给予活动承办单位不超过60万元奖励。\n")
    assert (p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) == ("per_unit", 200000, 600000)
    (q,) = _awards("第二十一条 对新入规企业,按每家企业20万元给予奖励。\n")
    assert (q["form"], q["amount_yuan"]) == ("fixed", 200000)  # each firm's own award


def test_so_much_per_store_and_per_kilogram():
    awards = _awards("第二十二条 对新开设的品牌首店,分别按照30万元/店、15万元/店的标准给予奖励。\n"
                     "第二十三条 对收购本地鲜果的经营主体,按收购量每公斤补助2元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 300000), ("per_unit", 150000), ("per_unit", 2)]


def test_an_award_of_at_least_so_much_is_what_one_receives():
    (p,) = _awards("第二十四条 对迁入本市的上市公司,其中市本级财政奖励不低于200万元。\n")
    assert (p["form"], p["amount_yuan"]) == ("fixed", 2000000)


def test_each_step_broken_through_adds_an_award_up_to_a_cap():
    (p,) = _awards("第二十五条 对营业收入在10亿元基础上每突破5亿元,增加20万元奖励,最高不超过80万元。\n")
    assert (p["form"], p["per_unit"], p["cap_yuan"]) == (
        "per_unit", {"unit_yuan": 500000000, "award_yuan": 200000}, 800000)


def test_the_most_each_firm_receives_in_a_year():
    (p,) = _awards("第二十六条 对年出口额达到300万元以上的企业,每户企业年度支持资金最高不超过50万元。\n")
    assert (p["form"], p["amount_yuan"]) == ("up_to", 500000)


def test_tiers_of_a_rate_under_a_ceiling_rate_share_its_cap():
    awards = _awards("第二十七条 支持设备投资。经认定给予不超过设备投资额15%的支持,最高不超过2亿元。具体支持标准为:\n"
                     "(1)500万元-5000万元(不含)的按照4%;\n(2)5000万元及以上的按照8%;\n")
    assert [(p["form"], p["rate"], p["cap_yuan"]) for p in awards] == [
        ("rate", Decimal("0.15"), 200000000), ("rate", Decimal("0.04"), 200000000), ("rate", Decimal("0.08"), 200000000)]


def test_a_district_of_a_municipality_named_like_one_elsewhere():
    doc = parse_text("重庆市渝北区商务委员会关于开展消费季活动的通知\n各有关单位:\n对参加活动的企业给予5万元奖励。\n",
                     source="forms74d.txt")[0]
    assert doc.region == "重庆市渝北区"


def test_a_print_line_over_the_measures_is_no_part_of_their_title():
    doc = parse_text("各有关部门:\n现将《某某区促进服务业发展若干措施》印发给你们,请认真贯彻执行。\n某某区商务委员会\n2023年5月8日\n"
                     "某某区商务委员会办公室 2023年5月8日印发\n某某区促进服务业发展若干措施\n"
                     "第一条 对新认定的服务业企业给予10万元奖励。\n", source="forms74e.txt")[0]
    assert doc.title == "某某区促进服务业发展若干措施"


# Forms met looking at rounds 80–82 once they had been scored blind.

def test_each_step_of_money_climbed_adds_an_award():
    awards = _awards("第三十条 对营业收入首次突破50亿元的企业给予30万元奖励,每上一个50亿元台阶,再给予一次性50万元奖励。\n")
    assert [(p["form"], p["amount_yuan"], p["per_unit"]) for p in awards] == [
        ("fixed", 300000, None), ("per_unit", None, {"unit_yuan": 5000000000, "award_yuan": 500000})]


def test_each_point_above_the_target_is_paid_up_to_a_cap():
    (p,) = _awards("第三十一条 对完成年度任务的乡镇,增速每超一个百分点奖励2万元,最高不超过12万元。\n")
    assert (p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) == ("per_unit", 20000, 120000)


# Forms met looking at rounds 83–85 once they had been scored blind.

def test_a_rate_then_its_cap_with_the_award_word_last():
    (p,) = _awards("第四十条 对建设专网的企业,按其实际投资额15%,最高20万元补助。\n")
    assert (p["form"], p["rate"], p["cap_yuan"]) == ("rate", Decimal("0.15"), 200000)


def test_a_total_of_the_support_caps_the_rate():
    (p,) = _awards("第四十一条 对新建项目,按其设备投资的8%予以一次性扶持,扶持总额不超过150万元。\n")
    assert (p["form"], p["rate"], p["cap_yuan"]) == ("rate", Decimal("0.08"), 1500000)


def test_so_much_an_hour_a_sailing_or_a_flight():
    awards = _awards("第四十二条 对年飞行达到200小时的,按照轻型航空器予以300元/小时。\n"
                     "第四十三条 对开通新航线的,按照不超过20万元/航次的标准给予奖励。\n"
                     "第四十四条 超出部分按照30元/架次给予补贴,单个企业每年补助最高不超过40万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["cap_yuan"]) for p in awards] == [
        ("per_unit", 300, None), ("per_unit", 200000, None), ("per_unit", 30, 400000)]


def test_the_prize_each_receives():
    awards = _awards("第四十五条 对青训成绩突出的教练员,最高可奖10万元。\n第四十六条 评为先进集体的,奖金各8000元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 100000), ("fixed", 8000)]


def test_a_title_field_that_starts_with_its_number():
    doc = parse_text("标 题: | 某政发〔2015〕9号 某某市人民政府关于表彰农田水利建设先进单位的决定 | |\n"
                     "各县、区人民政府:\n对先进单位各奖励以奖代补资金5万元。\n", source="forms74f.txt")[0]
    assert doc.title == "某某市人民政府关于表彰农田水利建设先进单位的决定"


# Forms met looking at rounds 86–88 once they had been scored blind.

def test_so_much_per_greenhouse_built():
    awards = _awards("第五十条 对符合标准的养殖小区每标准棚补助8000元,庭院暖棚每座补助2000元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 8000), ("per_unit", 2000)]


def test_a_list_of_rates_per_unit_under_one_standard_split_between_those_who_share_it():
    awards = _awards("第五十一条 对完成年度任务的乡(镇)、村按新增水田3000元/亩、新增旱地1500元/亩标准(乡镇和村各50%)分别予以奖励。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 3000), ("per_unit", 1500)]
