"""Forms the reading set's rounds from 730 on showed, in made-up texts (某某 for names): a headline with its 文号
after a space, a signature's date against the page's 成文日期 field, a notice that sets a charge, bureaus of one
place run together under its name once, a page presenting a subsidy under its own heading, money handed down before
a sum per mu, a headline printed twice, a contact line and an attachment's label run into a title, a title's ending
repeated in a page's fields, a call to select staff."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhengce.provisions import extract
from zhengce.reading import parse_text
from zhengce.reading.metadata import issuers_of_heading
from zhengce.reading.titles import clean_title


def _doc(text: str) -> dict:
    return parse_text(text, source="page.txt")[0].to_json()


def _awards(text: str) -> list[tuple]:
    return [(p.fields["form"], p.fields.get("amount_yuan"), (p.fields.get("per_unit") or {}).get("award_yuan"))
            for p in extract(text) if p.kind == "incentive"]


def test_a_headline_keeps_its_title_without_the_doc_number_after_a_space():
    assert clean_title("某某安置方案公告（某某路建设用地） 甬征公告〔2016〕7号") == "某某安置方案公告（某某路建设用地）"
    # (a 文号 set in the title itself, no space before it, is left to the rules that read 文号s)
    assert clean_title("关于某某工作的通知") == "关于某某工作的通知"


FLAT = ("标题: 宁波市江北区某某局关于某某工作安排的通知\n发布时间: 2021-05-10 09:00\n文号: 北某〔2021〕12号\n"
        "==================== 正文 ====================\n"
        "您的位置： 首页 信息公开 索 引 号： 11330205-2021-00012 发文机关： 宁波市江北区某某局 成文日期：2021-05-08 "
        "标 题： 宁波市江北区某某局关于某某工作安排的通知 发文字号： 北某〔2021〕12号 发布日期：2021-05-10 有 效 性： 有效 "
        "宁波市江北区某某局关于某某工作安排的通知 各街道： 为做好某某工作，特通知如下： 一、工作范围为全区各街道。 "
        "二、请各街道于2021年5月31日前报送工作情况。 特此通知。 附件：某某情况表 宁波市江北区某某局2021年5月6日 附件下载")


def test_the_signatures_date_before_the_pages_written_date_field():
    # the page's 成文日期 field and the date under the signature differ: the signature is the date of issue
    assert _doc(FLAT)["issued"] == "2021-05-06"


@pytest.mark.parametrize("text", [
    # a notice that sets a charge
    ("宁波市江北区某某局关于某某停车场收费标准的通知\n各有关单位：\n根据有关规定，特通知如下：\n"
     "一、某某停车场实行政府指导价。\n二、小型车收费标准为每小时3元。\n三、本通知自2024年1月1日起执行。\n"
     "宁波市江北区某某局\n2023年12月20日"),
    # a call to select staff
    ("宁波市江北区某某局关于选聘2019年某某项目技术指导员的通知\n各街道：\n现将有关事项通知如下：\n"
     "一、选聘条件\n具有相关专业背景。\n二、选聘程序\n个人申报，单位推荐。\n三、其他事项\n请于2019年4月20日前报送。\n"
     "宁波市江北区某某局\n2019年4月10日"),
])
def test_a_notice_whose_numbered_parts_are_no_measures(text):
    doc = _doc(text)
    assert doc["kind"] == "notice" and doc["sections"] == []


def test_bureaus_of_one_place_run_together_under_its_name_once():
    assert issuers_of_heading("宁波市江北区市场监督管理局财政局教育局关于调整某某收费标准的通知") == \
        "宁波市江北区市场监督管理局、宁波市江北区财政局、宁波市江北区教育局"
    # a bureau's own branch, and a zone committee's bureau, are one body
    assert issuers_of_heading("宁波市江北区公安局交通管理局关于某某的通知") == "宁波市江北区公安局交通管理局"
    assert issuers_of_heading("宁波某某新区管理委员会经济和信息化局关于某某的通知") == "宁波某某新区管理委员会经济和信息化局"


def test_a_page_presenting_a_subsidy_under_its_own_heading():
    text = ("2024年某某县某某种植项目政策明白纸\n\n一、文件依据:《某某市财政局 某某市农业农村局关于分配2024年某某种植项目补助资金的通知》"
            "(某财农〔2024〕9号)。\n\n二、补助对象:种粮大户、合作社等。\n\n三、补助标准:\n\n每亩补贴500元。\n")
    doc = _doc(text)
    assert doc["title"] == "2024年某某县某某种植项目政策明白纸" and doc["doc_number"] is None


def test_money_handed_down_before_a_sum_per_mu_is_the_budget():
    text = "四、补助标准:\n市级下达我县资金120万元每亩补贴500元,资金根据验收面积统筹安排。\n"
    assert _awards(text) == [("per_unit", 500, 500)]
    doc = _doc("某某县某某项目政策明白纸\n一、补助对象:种植大户。\n" + text)
    assert doc["total_budget_yuan"] == 1200000


def test_a_headline_printed_twice_is_two_lines():
    text = ("宁波市江北区某某局关于2024年某某项目资金政策的公开\n宁波市江北区某某局关于2024年某某项目资金政策的公开\n"
            "根据有关文件精神,现将2024年某某项目资金政策予以公开。\n1.文件依据:《某某市财政局关于下达2024年某某资金的通知》(某财农〔2024〕5号)。\n"
            "2.补助对象:种植户。\n3.补助标准:每亩补助200元。\n宁波市江北区某某局\n2024年9月1日")
    assert _doc(text)["title"] == "宁波市江北区某某局关于2024年某某项目资金政策的公开"


def test_a_contact_line_and_an_attachments_label_run_into_a_title():
    assert clean_title("0574-87654321)(此件主动公开)某某作物种植补贴实施细则") == "某某作物种植补贴实施细则"
    assert clean_title("附件宁波市江北区2024年某某示范推广项目实施方案") == "宁波市江北区2024年某某示范推广项目实施方案"


def test_a_titles_ending_repeated_in_the_pages_fields_is_no_watermark():
    title = "宁波市江北区某某局关于某某水产公司2019年深水网箱养殖示范项目实施方案的批复"
    text = (f"标题: {title}\n文号: 北某〔2019〕3号\n标 题： {title}\n{title} 北某〔2019〕3号\n"
            "某某水产公司：你司上报的项目实施方案收悉，现批复如下：\n一、同意实施。\n宁波市江北区某某局\n2019年6月3日")
    assert "深水网箱养殖示范项目实施方案" in (_doc(text)["title"] or "")


def test_a_form_box_below_the_signature_is_no_title():
    text = ("宁波市江北区某某局关于2019年某某设施补助项目申报的通知\n各街道：\n请有意承担项目的经营主体于2019年9月10日前申报。\n"
            "宁波市江北区某某局\n2019年8月26日\n附件 某某设施建设申请表\n申请者名称\n区级部门审批意见\n(加盖单位公章)验收意见\n领款人签字:")
    assert _doc(text)["title"] == "宁波市江北区某某局关于2019年某某设施补助项目申报的通知"


def test_a_decision_conferring_a_named_prize_with_its_money_is_an_award():
    text = "经研究，决定授予宁波某某电器有限公司、某某研究院“宁波市江北区第三届区长质量奖”,各奖励人民币30万元。"
    assert {a[1] for a in _awards(text)} == {300000}
    # (a list of named firms paid, no prize conferred, stays no measure)
    assert _awards("宁波某某电器有限公司、宁波某某机械有限公司等2家企业各奖励5万元。") == []


def test_money_added_then_split_into_parts_is_no_award():
    text = "为推进某某改革,拟追加2019年某某改革工作经费120.5万元,其中:各村补助100.5万元,区某某局工作经费20万元。"
    assert _awards(text) == []
    # (nor the total a standard is worked out from)
    assert _awards("依据市级下拨的补助资金总额500万元核算标准,每亩补助98.5元。") == [("per_unit", Decimal("98.5"), Decimal("98.5"))]


def test_a_letter_that_sets_out_measures_is_a_policy():
    text = ("宁波市江北区某某局关于支持2025年某某生产有关措施的函\n各街道：\n为稳定某某生产,提出如下措施:\n"
            "一、落实生产责任。各街道要压实责任。\n二、推广优良品种。示范推广新品种。\n三、提升防灾能力。做好防灾准备。\n"
            "宁波市江北区某某局\n2025年2月24日")
    doc = _doc(text)
    assert doc["kind"] == "policy" and len(doc["sections"][0]["articles"]) == 3


def test_several_bureaus_named_by_the_first_and_their_joint_signature():
    text = ("宁波市江北区住房和城乡建设局等3部门关于印发《宁波市江北区某某保障办法》的通知\n北建〔2021〕117号\n"
            "各街道：\n现将《宁波市江北区某某保障办法》印发,请遵照执行。\n"
            "宁波市江北区住房和城乡建设局宁波市江北区财政局宁波市江北区民政局\n2021年12月8日\n"
            "宁波市江北区某某保障办法\n一、保障对象\n(一)某某对象。包括某某户。\n(二)其他对象。包括某某户。\n"
            "二、工作要求\n(一)落实责任。各街道负责。\n")
    assert _doc(text)["issuer"] == "宁波市江北区住房和城乡建设局、宁波市江北区财政局、宁波市江北区民政局"


def test_a_pages_no_number_and_source_run_into_the_title():
    assert clean_title("关于某某公司等三家公司实施2019年某某项目的公示无来源:宁波市江北区某某局") == \
        "关于某某公司等三家公司实施2019年某某项目的公示"


def test_an_approvals_title_run_into_its_doc_number():
    from zhengce.reading.titles import split_title_doc_number
    assert split_title_doc_number("宁波市江北区某某局关于某某公司2019年某某基地项目实施方案的批复北某发〔2019〕46号") == \
        ("宁波市江北区某某局关于某某公司2019年某某基地项目实施方案的批复", "北某发〔2019〕46号")
    assert clean_title("0574-87654321)宁波市江北区某某组织备案管理暂行办法") == "宁波市江北区某某组织备案管理暂行办法"


def test_a_late_fee_and_a_share_withheld_are_no_rates():
    assert _awards("逾期未缴回的,每日加收0.5‰滞纳金。") == []
    assert _awards("发生一般安全事故的,扣减当年度30%燃油补贴。") == []
    assert [a[0] for a in _awards("按新购设备价款的8%给予补助。")] == ["rate"]


def test_a_parts_heading_run_into_a_year():
    # (a flattened page: the whole text on one line)
    text = ("宁波市江北区2024年某某培训项目实施方案\n为做好某某培训工作,提升从业人员技能水平,结合本区实际,制定本方案。"
            "一、总体任务2024年全区培训某某人员300人,其中:种植业100人、养殖业100人、电商100人。"
            "二、培训对象(一)种植户。从事种植的农户,年龄在60岁以下。(二)合作社。本区登记的合作社成员。"
            "三、资金使用(一)培训经费。按规定使用,专款专用,严禁挤占、截留和挪用,培训结束后及时组织验收和结算。"
            "(二)监督管理。加强资金监管,建立培训台账,记录每期学员名单、课时安排和考核结果,接受审计和社会监督。"
            "四、保障措施(一)明确责任分工。各街道要明确分管领导和具体负责人,做好学员遴选和组织工作。"
            "(二)做好总结评估。培训结束后要及时开展效果评估,形成总结报告报区某某局。\n")
    titles = [s["title"] for s in _doc(text)["sections"]]
    assert titles[0] == "总体任务"


def test_several_signers_sharing_a_place_run_together_after_an_attachment():
    text = ("关于某某以旧换新活动方案的补充通知\n各有关单位:\n现将有关事项补充通知如下:\n一、明确补贴上限。按新车价格的20%给予补贴。\n"
            "附件:某某销售企业名单宁波市江北区经济和信息化局宁波市江北区公安分局宁波市江北区市场监督管理局宁波市江北区财政局2024年11月29日")
    assert _doc(text)["issuer"] == ("宁波市江北区经济和信息化局、宁波市江北区公安分局、宁波市江北区市场监督管理局、"
                                    "宁波市江北区财政局")


def test_rules_printed_whole_under_the_covering_notices_attachment_line():
    text = ("宁波市江北区某某局关于转发《某某省某某产业引导资金使用细则》的通知\n各有关单位:\n现将有关事项通知如下:\n"
            "一、专项资金用于支持某某产业发展。\n二、申报单位对材料真实性负责。\n"
            "附件:某某省某某厅关于印发《某某省某某产业引导资金使用细则》的通知\n第一章 总则\n第一条 为用好扶持资金,制定本细则。\n"
            "第二条 这里所说的扶持资金,指省级财政安排的资金。\n第二章 支持标准\n第三条 对新认定的省级某某中心,给予一次性奖励80万元。\n"
            "第四条 对某某设备更新项目,按设备价款的20%补助,单个项目封顶300万元。\n")
    doc = _doc(text)
    assert [s["title"] for s in doc["sections"]] == ["总则", "支持标准"]
    assert sorted(i["amount_yuan"] or i["cap_yuan"] for i in doc["incentives"]) == [800000, 3000000]


def test_joint_signers_by_their_short_names_are_written_out():
    text = ("宁波市江北区住房和城乡建设局关于印发《宁波市江北区某某摇号销售实施意见》的通知\n北建〔2018〕176号\n各房地产开发企业：\n"
            "现将《宁波市江北区某某摇号销售实施意见》印发,请遵照执行。\n区住房和城乡建设局 区公证处 区商务局\n2018年9月6日\n"
            "宁波市江北区某某摇号销售实施意见\n一、适用范围。本区新批预售商品住房。\n二、工作流程。按规定执行。\n")
    assert _doc(text)["issuer"] == "宁波市江北区住房和城乡建设局、宁波市江北区公证处、宁波市江北区商务局"
    # (a headline's 文号 run on after its closing bracket, the space lost)
    assert clean_title("某某安置方案公告(某某路建设用地)甬征公告〔2016〕7号") == "某某安置方案公告(某某路建设用地)"
