"""Forms met in rounds 89–91 once they were scored blind, and looking again at the set's earlier
rounds; each in a small text of its own (placeholder sentences and places, none from a test document)."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _awards(body: str, head: str = "某某区产业扶持办法\n") -> list[dict]:
    doc = parse_text(head + body, source="forms89.txt")[0]
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def test_each_ratio_of_a_list_before_its_matching_verb_is_an_award():
    awards = _awards("第一条 获甲级、乙级奖项的,分别按上级经费的 1:2、1:1 给予配套。\n")
    assert [(p["form"], p["rate"]) for p in awards] == [("matching", Decimal("2")), ("matching", Decimal("1"))]


def test_the_person_rewarded_may_stand_between_the_verb_and_the_sum():
    (p,) = _awards("第二条 对首次入规的企业,奖励企业主要负责人3万元。\n")
    assert (p["form"], p["amount_yuan"]) == ("fixed", 30000)
    (q,) = _awards("第三条 对年度十佳企业,奖励每名企业家个人5万元。\n")
    assert (q["form"], q["amount_yuan"]) == ("fixed", 50000)


def test_what_each_kind_receives_on_average_under_a_stated_standard():
    awards = _awards("第四条 资金分类补助,标准为:甲类户均2万元,乙类户均0.6万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 20000), ("fixed", 6000)]


def test_a_cost_estimate_in_brackets_pays_nothing_of_its_own():
    awards = _awards("第五条 对新建示范园每亩投入1500元(投资概算为:苗木每株0.3元,县财政奖补0.25元,农户自费0.05元),"
                     "县奖补1250元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 1250)]


def test_a_cap_that_counts_itself_still_caps_the_rate():
    (p,) = _awards("第六条 租赁办公用房的,按租金的50%予以补贴,每年补贴最高(含)100万元。\n")
    assert (p["form"], p["rate"], p["cap_yuan"]) == ("rate", Decimal("0.5"), 1000000)


def test_page_fields_in_a_table_framed_by_bars_with_colons():
    text = ("| 索引号: | 0000-2020-00001 | 主题分类: | 城乡建设 |\n"
            "| 发布机构: | 某某镇人民政府 | 文号: | 无 |\n"
            "| 名称: | 某某镇农房改造补贴标准 | 发布日期: | 2020-12-15 |\n"
            "农房改造以农户自筹为主,政府补助为辅。补助标准为:重建户均2万元。\n")
    doc = parse_text(text, source="fields89.txt")[0]
    assert doc.title == "某某镇农房改造补贴标准"


def test_places_over_figures_only_are_a_tables_rows_not_a_digest():
    text = ("某某市财政局关于下达2020年示范村奖补资金的通知\n"
            "各县(市、区)财政局:\n现下达你县(市、区)示范村奖补资金,请及时拨付。\n"
            "附件:示范村奖补资金分配表\n县(市、区)\n奖补金额\n村庄个数\n"
            "甲县\n62.5\n1\n10.0\n乙县\n30.7\n1\n10.0\n丙县\n48.2\n2\n20.0\n")
    docs = parse_text(text, source="table89.txt")
    assert len(docs) == 1 and docs[0].title == "某某市财政局关于下达2020年示范村奖补资金的通知"


def test_a_heading_over_a_paragraph_that_pays_beside_a_heading_over_items_are_both_articles():
    body = ("一、种养产业\n"
            "从事加工的经营主体,达到条件的给予资金补贴。\n"
            "(一)种植补贴\n"
            "单产增长10%以上的,给予一次性奖励补贴50万元。\n"
            "(二)加工补贴\n"
            "1.加工企业\n"
            "(1)当年收购量达300吨、500吨的企业,每吨分别给予补贴200元、300元。\n"
            "2.合作社\n"
            "(1)当年收购量达100吨的合作社,每吨给予一次性补贴100元。\n")
    doc = parse_text("某某市关于扶持种养产业发展的政策意见\n" + body, source="outline89.txt")[0]
    (section,) = doc.sections
    assert [(a.no, a.heading) for a in section.articles] == [(1, "种植补贴"), (2, "加工补贴")]


def test_a_list_of_kinds_each_with_its_rate_per_unit_under_one_standard():
    awards = _awards("第七条 实行禁牧补助。补助标准为:甲区20元/亩、乙区2.95元/亩、丙区2.2元/亩。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 20), ("per_unit", Decimal("2.95")), ("per_unit", Decimal("2.2"))]


def test_so_much_for_every_few_people_counted():
    (p,) = _awards("第八条 旅行社组织游客累计达15000人(含)以上的,每3人奖励30元。\n")
    assert (p["form"], p["per_unit"]["award_yuan"]) == ("per_unit", 30)


def test_a_band_met_then_only_the_award_money_and_its_sum():
    awards = _awards("第九条 产量在100—300万吨(含)之间的品种,补助资金100万元;产量超2400万吨的品种,补助资金500万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 1000000), ("fixed", 5000000)]
    assert _awards("第十条 某市被评为成效显著的市,奖励资金300万元。\n") == []
    assert _awards("第十一条 今年共下达补助资金100万元。\n") == []


def test_what_each_voucher_is_worth_is_the_consumers_subsidy():
    awards = _awards("第十二条 发放餐饮消费券1000万元,单张金额20元、50元,共15万张;汽车消费券100万元,单张金额1000元,共1000张。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 20), ("fixed", 50), ("fixed", 1000)]


def test_a_news_report_is_read_as_the_policy_it_reports_having_been_issued():
    bracketed = ("某某新闻网\n某区设立专项资金奖励非遗项目\n2017-01-24 来源:某某晚报\n"
                 "据了解,某某区政府出台的《某某区非物质文化遗产项目申报认定奖励办法》为全市首个,对认定的区级项目"
                 "按照0.5万元标准予以一次性扶持。\n")
    assert parse_text(bracketed, source="news89.txt")[0].title == "某某区非物质文化遗产项目申报认定奖励办法"
    bare = ("当前版:01版\n发布日期:2018年04月23日 上一版 下一版\n某地激励服务业快速发展\n文章字数:376\n"
            "本报讯(某某)日前,某某县出台促进甲乙产业发展奖励暂行办法,对做出积极贡献的单位给予奖励。"
            "办法规定,县财政每年安排500万元引导资金。\n")
    assert parse_text(bare, source="news89b.txt")[0].title == "促进甲乙产业发展奖励暂行办法"
    # (a document issued before, which the report only cites, is not the one reported)
    cited = ("某某新闻网\n某县获1000万元奖励\n"
             "之前出台的《中共某某省委关于甲乙的实施意见》明确要求对达标的县给予奖励。"
             "省财政厅制定出台了《某某省甲乙奖励办法》,对达标的县予以奖励。\n")
    assert parse_text(cited, source="news89c.txt")[0].title == "某某省甲乙奖励办法"


def test_a_per_mille_sign_typed_as_percent_zero_is_a_per_mille_rate():
    (p,) = _awards("第十三条 对新建项目,按固定资产投入的1%0给予激励。\n")
    assert (p["form"], p["rate"]) == ("rate", Decimal("0.001")) and "1%0" in p["quote"]


def test_a_step_of_money_crossed():
    awards = _awards("第十四条 对主营业务收入首次突破1亿元的企业,奖励20万元;每跨过一个1000万元台阶,增加奖励50万元。\n")
    assert [(p["form"], p["amount_yuan"] or p["per_unit"]["award_yuan"]) for p in awards] == [
        ("fixed", 200000), ("per_unit", 500000)]
    assert awards[1]["per_unit"]["unit_yuan"] == 10000000


def test_the_most_one_may_receive_caps_the_rate_before_it():
    (p,) = _awards("第十五条 签订订单的企业,给予销售额的1%予以奖励,每家企业每年最高可获100万元奖励。\n")
    assert (p["form"], p["rate"], p["cap_yuan"]) == ("rate", Decimal("0.01"), 1000000)


def test_so_much_per_visitor_brought_paid_to_whoever_brought_them():
    (p,) = _awards("第十六条 组织乘客来本市的,按每名乘客200元奖励承运方。\n")
    assert (p["form"], p["per_unit"]["award_yuan"]) == ("per_unit", 200)


def test_the_last_tiers_cap_for_one_project_bounds_the_tiers_before_it():
    awards = _awards("第十七条 投资3000-5000万元项目,按实际完成投资额给予2.5‰奖励;投资5000-10000万元项目,按实际完成"
                     "投资额2‰给予奖励;投资10000万元以上项目,按实际完成投资额1‰给予奖励,单个项目最高奖励不超过1000万元。\n")
    assert [(p["rate"], p["cap_yuan"]) for p in awards] == [
        (Decimal("0.0025"), 10000000), (Decimal("0.002"), 10000000), (Decimal("0.001"), 10000000)]


def test_a_pages_address_line_is_no_part_of_the_title_field_above_it():
    text = ("本篇文章605字\n来源:某某新闻网\n标题:某地出台措施促进企业发展\n地址:http://www.example.cn/news/1.html\n"
            "记者获悉,某地对新认定的企业给予10万元奖励。\n")
    assert "http" not in (parse_text(text, source="addr89.txt")[0].title or "")


def test_the_sum_for_each_rank_after_the_first():
    awards = _awards("第十八条 省级财政给予资金补助,其中第1名补助800万元,第2名700万元,第5、6名各400万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 8000000), ("fixed", 7000000), ("fixed", 4000000)]


def test_a_report_names_the_policy_a_place_issued_without_brackets_or_a_date_word():
    text = ("某区出台甲乙品牌激励扶持政策 企业商标被认定为驰名商标补助100万元\n某某日报 2018-11-30 03:07 大字\n"
            "【本报讯】为鼓励甲乙发展,某某新区出台了甲乙品牌激励扶持政策。\n"
            "对各类市场主体,每新增一件甲,补助1000元。\n")
    assert parse_text(text, source="news89d.txt")[0].title == "甲乙品牌激励扶持政策"


def test_a_sites_name_over_its_pages_is_no_title():
    text = ("某省科技项目申报资讯\n企业奖补汇编!某市上台阶奖励、展会补助申报指南!\n"
            "对首次入规的企业,给予10万元奖励。\n")
    assert parse_text(text, source="site89.txt")[0].title != "某省科技项目申报资讯"


def test_one_sum_each_of_two_with_one_not_read_gives_no_copies_of_the_other():
    awards = _awards("第十九条 对甲类园区和乙类园区,每年分别提供不超过2000万元和500万元的补贴。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("up_to", 20000000), ("up_to", 5000000)]


def test_words_that_only_point_at_some_policy_name_none():
    text = ("某某客户端消息 记者获悉,为加快产业园建设,某某市出台相关甲产业发展奖补政策。\n"
            "根据相关政策,新发展茶园的,给予业主400元/亩补助。\n")
    assert parse_text(text, source="news89e.txt")[0].title != "相关甲产业发展奖补政策"


def test_what_each_household_receives_under_a_standard_before_the_verb():
    (p,) = _awards("第二十条 实行甲类补贴。上级财政按每户500元的标准,对农户给予甲类生产补贴。\n")
    assert (p["form"], p["amount_yuan"]) == ("fixed", 500)


def test_ranks_listed_with_a_stray_comma_keep_their_sums():
    awards = _awards("第二十一条 其中第1名补助800万元,第5,、6名各400万元。\n")
    assert [p["amount_yuan"] for p in awards] == [8000000, 4000000]


def test_a_title_printed_in_brackets_with_full_text_after():
    text = ("当前位置:首页>行业研究>《某某市促进电子商务发展奖励办法(暂行)》全文\n《某某市促进电子商务发展奖励办法(暂行)》全文\n"
            "发布时间:2019年07月31日 10:02:31\n(某某网讯)第一章 总则\n第一条 为促进甲乙发展,制定本办法。\n"
            "第二章 奖励标准\n第二条 对年交易额1000万元以上的企业,一次性给予5万元奖励。\n")
    doc = parse_text(text, source="title89.txt")[0]
    assert doc.title == "某某市促进电子商务发展奖励办法(暂行)"
    assert [s.title for s in doc.sections] == ["总则", "奖励标准"]


def test_an_award_of_its_own_words_after_a_lost_stop_is_no_cap():
    awards = _awards("第二十二条 对第三方平台,一次性给予5万元资金支持对年服务收入在500万元以上的企业,3年内每年给予最高10万元的补助。\n")
    assert [(p["form"], p["amount_yuan"], p["cap_yuan"]) for p in awards] == [("fixed", 50000, None), ("up_to", 100000, None)]


def test_a_report_of_a_notice_passing_on_a_policy_names_the_policy():
    text = ("6月13日,某省某某县人民政府发布关于印发某某县鼓励投资扶持政策(试行)的通知。\n"
            "通知明确,自建标准化厂房按200元/平方米标准给予扶持,单个项目扶持最高不超过300万元。\n")
    assert parse_text(text, source="news89f.txt")[0].title == "某某县鼓励投资扶持政策(试行)"


def test_so_much_per_multiple_of_a_unit_per_kind_of_bed_and_per_trip():
    awards = _awards("第二十三条 分别对主办方给予每万平方米最高不超过10万元、12万元的支持。\n"
                     "第二十四条 每张甲型床位给予1万元的一次性补贴。\n"
                     "第二十五条 组织游客300人以上按每趟1万元给予奖励,包机每架次奖励5000元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [
        ("per_unit", 100000), ("per_unit", 120000), ("per_unit", 10000), ("per_unit", 10000), ("per_unit", 5000)]


def test_shares_of_an_award_paid_over_years_are_no_rates():
    (p,) = _awards("第二十六条 每张床位给予3000元的一次性补贴,该补贴按照40%、30%、30%比例分三年拨付。\n")
    assert (p["form"], p["per_unit"]["award_yuan"]) == ("per_unit", 3000)


def test_a_share_reckoned_as_the_award_and_units_per_container_and_route():
    awards = _awards("第二十七条 亿元以上工业项目,按固定资产投资额3‰计奖;其他项目按固定资产投资额2‰计奖。\n"
                     "第二十八条 新开集装箱航线的,按80万元/条给予奖励;新造集装箱按1000元/TEU、二手集装箱按500元/TEU给予奖励。\n")
    assert [(p["form"], p["rate"] or (p["per_unit"] or {}).get("award_yuan")) for p in awards] == [
        ("rate", Decimal("0.003")), ("rate", Decimal("0.002")),
        ("per_unit", 800000), ("per_unit", 1000), ("per_unit", 500)]


def test_so_much_per_visitor_and_a_mistyped_give():
    awards = _awards("第二十九条 招徕省外游客6人以上的,每名游客奖补 300 元。\n第三十条 新建蔬菜基地的,按每亩给于300元奖补。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        ("per_unit", 300, "游客"), ("per_unit", 300, "亩")]
