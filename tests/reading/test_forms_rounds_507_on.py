"""Forms met from round 507 on, each in a small text of its own (placeholder sentences that copy no set
document): a news headline over a lead naming the rules it reports; a headline of money paid out under
rules; marginal bands of one sum under one total cap; rates side by side on other bases; so much
for each item in the year; so much a month with the award's name between; so much for one mu; a zone
written under its city where the notice is signed; a call a page's summary names without brackets; a
second label inside a list of responsible units, and a zone among them."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text

from tests.reading.awards_of import doc_of, extracted, incentives_of


def test_a_news_headline_yields_to_the_rules_its_lead_names():
    doc = doc_of("某市最高300万元奖励招商中介机构\n"
                 "为拓宽招商渠道,该市近日出台的《某某市招商中介机构奖励办法》明确,中介机构引进项目的奖励最高可达300万元。\n"
                 "根据该办法,引进企业需在本市设立独立法人。")
    assert doc.title == "某某市招商中介机构奖励办法" and doc.kind == "rules"


def test_a_headline_of_money_paid_out_keeps_the_page_a_notice_and_its_total_is_no_award():
    doc = doc_of("甲县兑现文旅奖金45万\n"
                 "记者获悉,甲县于2019年出台了《文旅奖励暂行办法》,累计兑付奖金150万元。今年共有8家企业获奖。")
    assert doc.title == "文旅奖励暂行办法" and doc.kind == "notice"
    assert incentives_of(doc) == []


def test_marginal_bands_of_one_sum_share_the_total_cap_written_after_the_last():
    ps = extracted("根据本办法,新落户的某类企业实缴资本在1亿元以下的部分,按1%予以资助;超过1亿元至3亿元的部分,"
                   "按2%予以资助;超过3亿元的部分,按3%予以资助,开办资助累计最高不超过1600万元。")
    assert [(p.fields["rate"], p.fields["cap_yuan"]) for p in ps] == [
        (Decimal("0.01"), 16000000), (Decimal("0.02"), 16000000), (Decimal("0.03"), 16000000)]
    assert ps[0].text.startswith("新落户的某类企业实缴资本在1亿元以下的部分")  # the band is the condition


def test_rates_side_by_side_on_other_bases_are_each_their_own_however_alike():
    ps = extracted("对符合条件的项目,分别给予固定资产投资额3‰、实缴注册资本3‰的奖励。")
    assert [(p.fields["rate"], p.fields["base"]) for p in ps] == [
        (Decimal("0.003"), "固定资产投资额"), (Decimal("0.003"), "实缴注册资本")]


def test_so_much_for_each_item_in_the_year_it_is_granted_is_per_unit():
    p, _ = extracted("对当年获得发明专利授权的,每件当年给予1万元资助,有效期内每年资助0.1万元。")
    assert p.fields["form"] == "per_unit" and p.fields["per_unit"]["award_yuan"] == 10000


def test_so_much_a_month_with_the_awards_name_between_is_per_unit():
    p, = extracted("高级技师每月再给予岗位补贴1500元,连续发放2年。")
    assert p.fields["form"] == "per_unit" and p.fields["per_unit"]["award_yuan"] == 1500


def test_so_much_for_one_mu_is_per_unit_and_for_ten_mu_a_sum():
    ps = extracted("达到标准的,瓜果1亩补助0.4万元,蔬菜等1亩补助0.2万元。")
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in ps] == [("per_unit", 4000), ("per_unit", 2000)]
    q, = extracted("对每户建设10亩以上的,补助5000元。")
    assert q.fields["form"] == "fixed"


def test_a_zone_signed_under_its_city_is_placed_under_the_city():
    doc = parse_text("滨河新区管委会关于印发《某某产业扶持暂行办法》的通知\n各有关单位:\n"
                     "现将该办法印发,请认真贯彻。\n银川市滨河新区管委会\n2023年3月1日\n"
                     "某某产业扶持暂行办法\n第一条 为支持企业发展,制定本办法。\n第二条 对新认定的企业奖励8万元。", "z.txt")[0]
    assert doc.to_json()["region"] == "宁夏回族自治区银川市滨河新区"


def test_a_call_a_pages_summary_names_without_brackets_is_its_title():
    doc = doc_of("导读:日前,某某区商务委发布了关于开展2024年度某某区服务业载体认定的通知,适用于在本区登记注册的企业。\n\n"
                 "申报时间\n网上填报截止时间为2024年4月10日,逾期不予受理。\n资助奖励\n"
                 "经认定为区级载体的,区财政给予18万元一次性奖励。\n申报要求\n一、企业上年营收不少于5000万元。")
    assert doc.title == "关于开展2024年度某某区服务业载体认定的通知" and doc.kind == "notice"


def test_a_second_label_and_a_zone_in_a_list_of_responsible_units():
    doc = doc_of("某市关于支持小微企业发展的若干意见\n"
                 "一、支持创业。对新办企业给予2000元补贴。 牵头单位:市商务委 协办单位:市统计局、市税务局\n"
                 "二、支持园区。对新建园区给予10万元奖励。责任单位:市发改委、市人社局,甲区、乙区人民政府,某某经开区\n")
    assert [a.responsible for a in doc.articles] == [["市商务委", "市统计局", "市税务局"],
                                                     ["市发改委", "市人社局", "甲区", "乙区人民政府", "某某经开区"]]


def test_a_note_in_brackets_between_the_rate_and_its_cap_leaves_the_cap_the_rates():
    p, = extracted("对评选入围的,按设备投入的10%给予申报单位(财政投资项目除外)至多150万元的一次性资助。")
    assert p.fields["form"] == "rate" and p.fields["cap_yuan"] == 1500000


def test_one_part_of_a_series_explaining_a_policy_is_titled_by_the_policy():
    doc = doc_of("《关于支持某某产业做大做强的若干意见》政策解读之三 鼓励企业扩大有效投资\n发布时间:2020-05-18\n"
                 "对新建标准厂房的企业,给予每平方米40元的一次性补助。")
    assert doc.title == "关于支持某某产业做大做强的若干意见"


def test_standards_raised_to_new_sums_after_sums_per_unit_stay_per_unit():
    doc = doc_of("某区节能降耗若干措施\n对季度产值超800万元的企业,分别按多用的电量补贴每千瓦时0.03元、0.06元的电费;"
                 "对规模以上某类企业,补贴标准分别提高至0.08元、0.12元。")
    assert [(p.fields["form"], p.fields["per_unit"]["award_yuan"]) for p in incentives_of(doc)] == [
        ("per_unit", Decimal("0.03")), ("per_unit", Decimal("0.06")), ("per_unit", Decimal("0.08")), ("per_unit", Decimal("0.12"))]
