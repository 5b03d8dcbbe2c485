"""Forms the reading set's rounds from 682 on showed, in made-up texts (某某 for names): one kind's sum alone under
a standard a lead set out, sums per bed and per pupil, bare numbers sharing a unit, 奖给, the share an award is cut
to or paid in by year, money handed down and its parts, a window whose last day leaves its month to the first, the
等 of a unit list before its role, a site's placeholder 文号, a 送审稿 label left on a text a numbered notice issues, a
notice that raises a standard, a flattened page's joint signature."""

from __future__ import annotations

from decimal import Decimal

from zhengce.provisions import extract
from zhengce.reading import parse_text


def _doc(text: str) -> dict:
    return parse_text(text, source="page.txt")[0].to_json()


def _sums(doc: dict) -> list[tuple]:
    """(form, sum per unit) of each incentive a document's reading lists."""
    return [(i["form"], (i.get("per_unit") or {}).get("award_yuan")) for i in doc["incentives"]]


def _awards(text: str) -> list[tuple]:
    return [(p.fields["form"], p.fields.get("amount_yuan"), p.fields.get("rate"), (p.fields.get("per_unit") or {}).get("award_yuan"))
            for p in extract(text) if p.kind == "incentive"]


def test_one_kinds_sum_under_the_standard_a_lead_set_out():
    # "按以下标准给予某奖励:1.某类。…;2.某类。甲N万元": the second group lists one kind alone
    text = ("(三)对新迁来的某某公司,按照下列标准给予落户奖励:1.甲类公司。一等资质120万元,二等资质60万元。"
            "2.乙类公司。持有一等资质的某某公司70万元。区内公司升级资质的,比照执行。")
    assert [a[1] for a in _awards(text)] == [1200000, 600000, 700000]


def test_a_lone_sum_after_a_standards_colon_must_end_its_item():
    # a price changed, a range paid for work: no kind's award
    assert not [a for a in _awards("补贴标准为:某类工厂的用气价格由4.12元/m3下调到3.86元/m3。") if a[0] == "fixed"]
    assert _awards("奖励标准为:对合作社年支付劳务费3万—8万元的,予以通报表扬。") == []


def test_a_sum_per_bed_stated_as_the_standards_base():
    assert _awards("(一)场地为自有的某某护理院,每张床位的开办补助标准基数为9000元。") == [("per_unit", 9000, None, 9000)]


def test_the_share_an_award_is_paid_in_or_cut_to_is_no_rate():
    text = "开办补助依照年度考评结果分4年拨付(每年25%)。考评不足60分的,整改到位后按补助标准的60%拨付。"
    assert [a for a in _awards(text) if a[0] == "rate"] == []
    # a month's lower standard, paid at a share of it, stays a rate (the hand readings count it)
    assert ("rate", None, Decimal("0.8"), None) in _awards("次年交售的,2月份按照基准补贴标准的80%执行。")


def test_a_unit_lists_etc_before_its_role():
    text = ("某某区重点任务分解表\n一、稳定就业\n(一)开展技能培训。组织培训。(区人社局、区教育局等按职责分工负责)\n"
            "(二)发展产业。扶持特色产业。(区商务局、某某局等按职责分工负责)\n二、加强保障\n(三)强化资金。统筹资金。(区财政局负责)")
    units = [a.get("responsible") for s in _doc(text)["sections"] for a in s["articles"]]
    assert units[0] == ["区人社局", "区教育局"] and units[1] == ["区商务局", "某某局"]


def test_a_sites_placeholder_doc_number_is_none():
    text = ("标题: 某某局关于印发《某某资金使用办法》的通知\n发布时间: 2019-11-05\n文号: 0\n发布机构: 某某局\n"
            "某某资金使用办法\n第一条 为加强某某资金使用,特定此办法。\n第二条 此办法从公布之日开始执行。")
    assert _doc(text)["doc_number"] is None


def test_a_draft_label_left_on_a_text_a_numbered_notice_issues():
    text = ("标题: 某某局关于印发《某某场馆维修养护细则(第二版)》的通知\n发布时间: 2021-05-10\n文号: 某某发〔2021〕37号\n"
            "某某场馆维修养护细则(第二版)(送审稿)\n第一条 为加强某某场馆养护,特定此细则。\n第二条 此细则从公布之日开始执行。")
    assert _doc(text)["status"] == "final"
    draft = text.replace("关于印发《某某场馆维修养护细则(第二版)》的通知", "关于印发《某某场馆维修养护细则(征求意见稿)》的通知")
    assert _doc(draft)["status"] == "draft"


def test_bare_numbers_listed_before_a_sum_share_its_unit():
    # no 分别 before the list, or 分别为, or spaces around the 、
    assert [a[3] for a in _awards("被某类院校录取的,奖给所在学校奖金每人次12、9、6万元。")] == [120000, 90000, 60000]
    assert sorted(a[1] for a in _awards("竞赛前三名的奖金分别为30 、20、 10万元。")) == [100000, 200000, 300000]


def test_jiang_gei_awards_as_jiangli_does_but_a_share_of_a_prize_handed_on_is_none():
    found = extract("录取某某学院的,奖给学生每人8万元。")
    assert [(p.fields["form"], p.text) for p in found if p.kind == "incentive"] == [("per_unit", "录取某某学院的,奖给学生每人8万元")]
    assert _awards("对获奖企业奖励20万元。以上奖金50%奖给企业主要负责人。") == [("fixed", 200000, None, None)]


def test_each_pupils_funding_standard_is_a_sum_per_pupil():
    text = "一、学费减免补助标准:甲类学校每生/学期880元,乙类学校每生/学期760元。"
    assert [(a[0], a[3]) for a in _awards(text)] == [("per_unit", 880), ("per_unit", 760)]
    assert [(a[0], a[3]) for a in _awards("2.其余学生每生每学期资助标准为720元。")] == [("per_unit", 720)]
    assert ("per_unit", 350, None, 350) in _awards("某类学校按照住校生年生均350元、走读生年生均120元标准增拨公用经费。")


def test_the_share_set_aside_for_the_administrations_own_budget_is_no_rate():
    assert _awards("县财政每年按照不低于全县补贴资金使用总额的2%安排工作经费。") == []


def test_a_window_whose_last_day_leaves_its_month_to_the_first():
    text = ("关于开展某某补贴申报工作的通知\n各有关单位:\n现将有关事项通知如下:\n一、申报时间为2023年5月8日至19日。\n"
            "某某局\n2023年4月1日")
    assert [d["date"] for d in _doc(text)["deadlines"]] == ["2023-05-19"]


def test_a_notice_that_raises_a_standard_is_a_notice():
    text = ("某某局关于再次提高某某人员生活补助标准的通知\n各有关单位:\n一、从下月起,生活补助每人每月增加15元,"
            "增加后为每人每月230元。\n二、增加部分随当月补助一并发放。\n某某局\n2022年9月5日")
    doc = _doc(text)
    assert doc["kind"] == "notice" and doc["sections"] == []


def test_a_flattened_parts_heading_may_end_in_duties():
    pad = "坚持公开公正,加强监督管理,确保资金安全,提高资金使用效益。" * 3
    flat = ("某某县渔船更新补助工作方案 为做好某某补助工作,结合县情,制定本方案。"
            "一、补助范围(一)补助船型。按照某某名录执行。" + pad + "(二)补助对象。从事捕捞生产的渔民和企业。" + pad +
            "二、各方主体责任义务(三)船东。自主选购,依法提出申请。" + pad + "(四)造船厂。如实提供船舶信息。" + pad +
            "三、资金兑付(五)资金兑付。按照规定程序兑付资金。" + pad + "(六)工作经费。所需经费由县财政统筹安排。")
    assert [s["title"] for s in _doc(flat)["sections"]][:2] == ["补助范围", "各方主体责任义务"]


def test_money_handed_down_is_the_budget_and_its_parts_are_no_awards():
    text = ("关于下达某年秋季某类学校经费的通知\n各有关学校:\n依据某某文件要求,经研究,下达某年秋季某类学校经费512.36万元"
            "(其中:学费减免补助301.16万元,公用经费补助211.2万元),有关要求如下:\n一、学费减免补助标准:某类学校每生/学期880元。\n"
            "某某局\n2022年9月1日")
    doc = _doc(text)
    assert doc["total_budget_yuan"] == 5123600
    assert _sums(doc) == [("per_unit", 880)]
    lead = ("关于下达某年秋季某某专项经费的通知\n各有关学校:\n现将某年秋季某某专项经费215.5万元(其中:甲类学校经费15.5万元;"
            "乙类学校经费200万元)下达给你们,请按规定使用。\n某某局\n2022年9月1日")
    doc = _doc(lead)
    assert doc["total_budget_yuan"] == 2155000 and doc["incentives"] == []


def test_each_kinds_yearly_sum_per_pupil_listed():
    found = _awards("某类学校按照住校生年生均350元、走读生年生均120元标准增拨公用经费。")
    assert [(a[0], a[3]) for a in found] == [("per_unit", 350), ("per_unit", 120)]


def test_a_numbered_heading_for_the_standard_closed_by_its_full_stop_opens_the_list():
    text = ("关于做好某年秋季某类学生餐费补助工作的通知\n各有关学校:\n现将有关事项通知如下:\n一、补助标准。\n"
            "1.山区某类学校住校生420元/生/学期,按90天计;\n2.城区某类学校午托学生420元/生/学期,按90天计。\n二、加强管理。专款专用。\n"
            "某某局\n2022年9月6日")
    assert _sums(_doc(text)) == [("per_unit", 420)] * 2


def test_a_flattened_pages_joint_signature_before_the_offices_printing_line():
    pad = "各校要高度重视,切实做好资金管理工作,确保资金及时足额发放到位。" * 8
    flat = ("当前位置:首页政务公开 宁波市江北区教育局 宁波市江北区教育发展服务中心关于下达某年春季某某补助资金的通知 各有关学校:为做好某某工作,现将有关事项"
            "通知如下:一、补助标准。每生每学期500元。二、加强管理。" + pad + " 附件:某某资金安排表 宁波市江北区教育局 宁波市江北区教育发展服务中心 "
            "2022年3月9日宁波市江北区教育局办公室 2022年3月10日印发 附件下载")
    assert _doc(flat)["issuer"] == "宁波市江北区教育局、宁波市江北区教育发展服务中心"


def test_a_familys_assistance_standard_per_head_and_its_raise():
    assert [(a[0], a[3]) for a in _awards("甲等某类对象扶助金标准为每人每月580元。")] == [("per_unit", 580)]
    assert [(a[0], a[3]) for a in _awards("某类家庭扶助金的标准从每人每月700元提高到1100元。")] == [("per_unit", 1100)]


def test_a_yearly_sum_worked_out_in_brackets_is_one_award():
    text = "某类学校住校学生伙食补助每生每年4400元(即每生每天补助20元,每月按22天计算,全年按10个月计算)。"
    assert [(a[0], a[3]) for a in _awards(text)] == [("per_unit", 4400)]


def test_joint_signers_run_together_at_a_flattened_pages_end():
    pad = "各单位要认真组织申报,按时报送材料,确保工作顺利开展。" * 10
    flat = ("当前位置:首页政务公开 关于开展某某基地复评工作的通知 各有关单位:为推进某某基地评估,特通知如下:一、复评对象。"
            + pad + "附件:1.某某基地申报表2.某某考察情况表宁波市江北区商务局 宁波市江北区财政局2024年5月6日")
    assert _doc(flat)["issuer"] == "宁波市江北区商务局、宁波市江北区财政局"


def test_a_grant_handed_down_is_the_budget_and_each_pupils_sum_after_the_funds_words():
    text = ("关于下达某年秋季某类学校学生助学金的通知\n各有关学校:\n根据某某文件要求,现下达某年秋季某类学校学生助学金38.4万元(详见附表),"
            "有关要求如下:\n一、资助标准:学生助学金每生每学期1100元。\n二、某年秋季某类学校公用经费补助资金按学籍数核定,甲类每年650元/生,"
            "乙类每年820元/生。\n某某局\n2023年10月9日")
    doc = _doc(text)
    assert doc["total_budget_yuan"] == 384000
    assert sorted((i.get("per_unit") or {}).get("award_yuan") for i in doc["incentives"]) == [650, 820, 1100]


def test_a_covering_letters_signers_ending_in_a_brigade_part_from_the_title_after_them():
    pad = "各单位要加强监督检查,落实安全责任,确保学生安全。" * 6
    flat = ("当前位置:首页政务公开 关于印发《某某看护场所管理细则(试行)》的通知 区直有关部门:兹将《某某看护场所管理细则(试行)》发给各部门,望认真"
            "贯彻执行。 宁波市江北区教育局 宁波市江北区消防救援支队2024年11月2日 某某看护场所管理细则(试行) 第一章 一般规定第一条 为加强某某看护"
            "场所管理,特定此细则。" + pad + "第二条 本细则从公布之日开始执行。")
    doc = _doc(flat)
    assert doc["title"] == "某某看护场所管理细则(试行)" and doc["issued"] == "2024-11-02"


def test_a_federation_signs_beside_a_bureau_in_the_title():
    text = ("宁波市江北区民政局 宁波市江北区残疾人联合会关于做好某某康复服务工作的通知\n各有关单位:\n现将有关事项通知如下:\n"
            "一、做好某某服务。\n宁波市江北区民政局 宁波市江北区残疾人联合会\n2024年6月3日")
    assert _doc(text)["issuer"] == "宁波市江北区民政局、宁波市江北区残疾人联合会"


def test_what_the_insured_pay_in_is_no_award_beside_the_governments_subsidy():
    found = _awards("二、参保缴费。某年度参保人员的个人缴费标准为410元/人,财政对每位参保人员的补助标准为720元/人。")
    assert [(a[0], a[3]) for a in found] == [("per_unit", 720)]
