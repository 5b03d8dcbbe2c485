"""Forms the reading set's rounds from 652 on showed, in made-up texts (某某 for names): a flattened page whose
parts' headings run into their first item, a lead-in printed on one line with its first item, a fund split into
shares, one sum for all of a kind."""

from __future__ import annotations

from zhengce.reading import parse_text


def _doc(text: str) -> dict:
    return parse_text(text, source="page.txt")[0].to_json()


# one line, as a scraper leaves a page: parts "一、…" run into their items "1.…", numbered across the whole text
_FLAT = ("某某区关于支持某某产业发展的若干措施 为贯彻某某建设方案,发挥某某政策的带动作用,推动某某产业加快成长,建成有影响的某某目的地,"
         "结合本区情况,制定本措施。"
         "一、优化基础设施1.完善道路配套。提升道路通行能力,做好服务保障。2.建设服务中心。对符合标准的服务中心,分别给予一次性"
         "100万元、50万元的补助。3.推进设施改造。对改造达标的项目,给予一次性20万元的补助。"
         "二、支持项目建设4.支持标志性项目。对总投资超过1亿元的项目,奖励最高不超过180万元。5.鼓励发展饭店。对新评定的五星级饭店,"
         "一次性奖励90万元。三、加强组织保障6.落实工作责任。各部门要按照职责分工抓好落实。7.强化资金保障。所需资金由区财政统筹安排。")


def test_a_flattened_parts_heading_runs_into_its_first_item():
    doc = _doc(_FLAT)
    titles = [s["title"] for s in doc["sections"]]
    assert titles == ["优化基础设施", "支持项目建设", "加强组织保障"]
    assert [a["no"] for s in doc["sections"] for a in s["articles"]] == [1, 2, 3, 4, 5, 6, 7]
    assert [a["heading"] for a in doc["sections"][1]["articles"]] == ["支持标志性项目", "鼓励发展饭店"]
    amounts = sorted((i["article"], i.get("amount_yuan")) for i in doc["incentives"])
    assert (4, 1800000) in amounts and (5, 900000) in amounts


def test_a_lead_in_printed_with_its_first_item_is_one_heading():
    text = ("某某专项经费管理办法 为规范某某专项经费管理,制定本办法。第一条 经费使用的基本要求如下:(一)统筹规划,分类使用。"
            "严格按照目标要求编制预算。(二)单独核算,专款专用。第二条 经费的开支范围如下:(一)设备费。(二)材料费。" * 1)
    doc = _doc(text + "第三条 本办法自某年某月某日起施行。" + "。" * 0)
    heads = [a["heading"] for s in doc["sections"] for a in s["articles"]]
    assert heads[0].startswith("经费使用的基本要求如下") and "统筹规划" in heads[0]


def test_a_lead_in_over_its_items_on_lines_of_their_own_stays_short():
    text = ("某某专项经费管理办法\n第一条 为规范某某专项经费管理,制定本办法。\n第二条 经费使用的基本要求如下:\n(一)统筹规划,分类使用。\n"
            "(二)单独核算,专款专用。\n第三条 本办法自某年某月某日起施行。\n")
    heads = [a["heading"] for s in _doc(text)["sections"] for a in s["articles"]]
    assert heads[1] == "经费使用的基本要求如下"


def test_a_fund_split_into_shares_is_no_award_and_one_sum_for_all_is():
    doc = _doc("某某区某某补助办法\n一、将某某工作经费划分为70%的服务费和30%的绩效奖励费两部分。\n"
               "二、选择最高档次的,区财政补助均为120元。\n")
    got = [(i["form"], i.get("rate"), i.get("amount_yuan")) for i in doc["incentives"]]
    assert got == [("fixed", None, 120)]


def test_a_flattened_page_header_gives_its_number_and_a_clean_title():
    # a scraped page on one line: breadcrumbs, the title with its bare 时间 field, share buttons, then the 文号 run
    # into the covering notice's title
    head = ("当前位置: 首页 政务公开 某某文件 某某管委会关于对某某银行等12家机构予以通报表扬的决定 时间:2024-03-05 10:21 微信 微博 "
            "某综管〔2024〕31号某某管委会关于对某某银行等12家机构予以通报表扬的决定 各有关单位:为表彰先进,经研究,决定对某某银行等12家"
            "机构予以通报表彰。望各单位戒骄戒躁,继续发挥示范作用。某某管委会 2024年3月4日 ")
    doc = _doc(head * 1 + "附件:受表彰单位名单 1.某某银行 2.某某保险 3.某某证券 4.某某基金 5.某某信托 6.某某租赁")
    assert doc["doc_number"] == "某综管〔2024〕31号"
    assert doc["title"] == "关于对某某银行等12家机构予以通报表扬的决定"


def test_sums_listed_by_kind_under_a_lead_to_the_standards_below():
    # the article leads to its standards, paid over two years (a schedule, no rates), then lists each kind's sum
    doc = _doc("某某区促进某某业发展实施意见\n一、支持企业落户\n(一)实施落户奖励。由外地迁入本区营运满一年的某某企业,"
               "分两个年度(第一年度70%、第二年度30%)按下列标准给予落户奖励:1.甲类企业。特级资质800万元,一级资质80万元;"
               "二级资质15万元,三级资质5万元。2.乙类企业。具有综合资质的企业160万元,具有专项资质的企业60万元。\n"
               "(二)执行某某人员生活补贴发放标准,每年1.2万元。\n")
    got = sorted((i["form"], i.get("amount_yuan"), i.get("rate")) for i in doc["incentives"])
    assert got == sorted([("fixed", v, None) for v in (8000000, 800000, 150000, 50000, 1600000, 600000, 12000)])


def test_a_grant_named_then_its_sum_by_years_served():
    doc = _doc("某某安置办法\n第一条 符合条件的人员可享受一次性某某补助金,服务满6年补助金2万元,服务满10年补助金4.5万元。\n"
               "第二条 截至去年底,共支出某某保障金1234.5万元。\n")
    got = sorted(i.get("amount_yuan") for i in doc["incentives"])
    assert got == [20000, 45000]
