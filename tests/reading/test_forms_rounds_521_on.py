"""Forms met from round 521 on, each in a small text of its own (placeholder sentences that copy no set
document): an untitled text closing on its own name; bare sums listed after the recipient; a higher rate
for some sharing the award verb after it; the part of an award passed on is no rate; a total per
beneficiary; one firm's total as the cap of the rate before it; the draft printed below its consultation
notice; a covering notice's document keeps its title over the plan it rests on; an operating guide is
rules; a consultancy's slogans are no title; a report that a call has opened is a notice."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of, incentives_of


def test_an_untitled_text_closing_on_its_own_name_is_rules():
    doc = doc_of("(一)参展补助。企业参加境外展会的,每个展位补助1万元。\n"
                 "(二)办展奖励。在本市举办展会面积达到5000平方米的,对主办单位奖励3万元。\n"
                 "本办法自印发之日起执行,由市商务局负责解释。")
    assert doc.title is None and doc.kind == "rules"


def test_an_untitled_text_closing_on_measures_stays_a_policy():
    doc = doc_of("(一)参展补助。企业参加境外展会的,每个展位补助1万元。\n"
                 "(二)办展奖励。在本市举办展会面积达到5000平方米的,对主办单位奖励3万元。\n"
                 "本措施自印发之日起实施。")
    assert doc.kind == "policy"


def test_bare_sums_listed_after_the_recipient_share_the_last_ones_unit():
    assert awards("获评一至三等奖的团队,分别给予参赛团队30、20、10万元的奖金。") == [
        ("fixed", 300000, None, None), ("fixed", 200000, None, None), ("fixed", 100000, None, None)]


def test_a_higher_rate_for_some_shares_the_award_verb_written_after_it():
    assert awards("技改项目按照设备购置额的6%,其中智能化改造项目按照设备购置额的8%,给予每个项目最高500万元补助。") == [
        ("rate", None, Decimal("0.06"), 5000000), ("rate", None, Decimal("0.08"), 5000000)]


def test_the_part_of_an_award_passed_on_to_staff_is_no_rate():
    assert awards("营收首次突破50亿元的企业,给予300万元一次性奖励,其中奖励金额的20%给予研发骨干。") == [
        ("fixed", 3000000, None, None)]


def test_a_total_for_each_beneficiary_is_its_award_and_a_reported_total_is_not():
    assert awards("中央财政对入选地区给予定额补助,每个地区合计补助5000万元。") == [("fixed", 50000000, None, None)]
    assert awards("今年全市合计补助资金800万元。") == []


def test_one_firms_total_for_the_year_caps_the_rate_before_it():
    assert awards("对购置设备的企业,按照设备投资额10%的比例给予补贴,每家企业年度获得补助资金总额不超过300万元。") == [
        ("rate", None, Decimal("0.10"), 3000000)]


def test_the_draft_printed_below_its_consultation_notice_is_read_not_the_notices_steps():
    # (the notice names the draft in its heading and attachment list, no covering notice's 印发《》)
    doc = doc_of("关于《某某区促进花卉产业发展的若干措施(征求意见稿)》公开征求意见的公告\n"
                 "一、电子邮件方式:请将意见发送至某某邮箱。\n二、信函方式:请将书面意见寄至区农业局。\n特此公告。\n"
                 "附件:\n1.某某区促进花卉产业发展的若干措施(征求意见稿)\n2.《某某区促进花卉产业发展的若干措施》起草说明\n"
                 "某某区农业农村局\n2025年3月2日\n"
                 "某某区促进花卉产业发展的若干措施\n(征求意见稿)\n"
                 "为促进花卉产业发展,制定如下措施。\n"
                 "第一条 支持龙头企业。对新认定的市级龙头企业给予20万元一次性奖励;对新认定的省级龙头企业给予50万元")
    assert doc.status == "draft" and [a.label for a in doc.articles] == ["第一条"]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(1, 200000), (1, 500000)]


def test_a_covering_notices_document_keeps_its_title_over_the_plan_it_rests_on():
    doc = doc_of("某某区科技局关于印发《某某区研发设备购置资助操作指引》的通知\n各有关单位:\n"
                 "根据《某某区科技创新三年行动方案》要求,我局制定了《某某区研发设备购置资助操作指引》,现予以印发。\n"
                 "某某区科技局\n2024年5月6日\n"
                 "某某区研发设备购置资助操作指引\n一、政策依据\n政策依据:\n"
                 "《某某区科技创新三年行动方案》第十条。\n二、资助标准\n按设备购置额的15%给予资助,最高不超过200万元。")
    assert doc.title == "某某区研发设备购置资助操作指引" and doc.kind == "rules"


def test_a_consultancys_slogans_above_the_text_are_no_title():
    doc = doc_of("代办各类补贴申报的一站式企业服务平台\n申报全流程跟踪 专家团队一站式解决方案\n\n"
                 "某某市品牌建设奖励申报条件:\n1、企业在本市注册;\n2、上年营收不低于2000万元。\n"
                 "某某市品牌建设奖励额度:\n对获评省级品牌的企业给予30万元奖励。")
    assert doc.title is None or "一站式" not in doc.title


def test_a_report_that_a_call_for_grants_has_opened_is_a_notice():
    doc = doc_of("某市加快建设科研服务平台 重点支持三类新型机构\n"
                 "2025年度某市中试平台已启动认定资助申请,3月1日至3月31日为网上受理时间。\n"
                 "记者从市科技局获悉,中试平台是重点支持对象。经认定的,给予最高300万元资助。")
    assert doc.kind == "notice"


def test_a_long_run_of_sums_between_commas_does_not_backtrack_without_end():
    # (a hang guard, not a timing: each sum's digits used to split every way a list of kinds could be read,
    # so twenty repeats of this took minutes and forty never returned; 400 now read in about a second)
    import subprocess
    import sys
    code = ("from zhengce.provisions import extract\n"
            "ps = [p for p in extract('每家企业年度获得补助资金总额不超过300万元,按投资额8%' * 400) if p.kind == 'incentive']\n"
            "print(len(ps))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and int(done.stdout) > 0
