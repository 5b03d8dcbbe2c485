"""Forms met from round 618 on, each in a small text of its own (placeholder sentences that copy no set
document): two sums each before its own award; a part's heading run on into its paragraph;
so much for each case handled; a project's pre-arranged subsidy; kinds and their sums after the award's verb
and a comma; shares of an award paid out at stages, a loan's size and the terms of an award explained, none an
award; a trial mark inside a title; a 文号 run into the heading after share buttons; a bureau written "区某局"
in a zone read as a district."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, extracted, incentives_of


def _sums(text: str) -> list[tuple]:
    return [(p.fields["form"], p.fields.get("amount_yuan"), str(p.fields.get("rate"))) for p in extracted(text)]


def test_two_sums_each_before_its_own_award():
    assert _sums("二、奖励标准给予首次认定的某类企业一次性8万元市级奖励资金及3万元县级配套奖励资金。") == [
        ("fixed", 80000, "None"), ("fixed", 30000, "None")]


def test_a_part_heading_run_on_into_its_paragraphs():
    duties = "".join(f"({n})某项职责{n}:按时巡查责任区域,发现问题及时上报,并做好台账记录。\n" for n in "一二三")
    text = ("某某乡某类协管员绩效考核办法\n为规范某类协管员管理,特制定本办法。\n一、考核依据\n某某乡关于某类协管员管理的规定。\n"
            "二、考核内容\n" + duties + "三、考核奖惩考核每年一次,按百分制计分。得分 95 分以上的为优秀,全额发放绩效,另行奖励300元;"
            "得分60分以下的不发绩效并约谈。\n四、其他\n以上考核事项由乡里负责解释。\n某某乡人民政府\n2027年3月1日")
    assert [p.fields.get("amount_yuan") for p in incentives_of(doc_of(text))] == [300]


def test_so_much_for_each_case_handled():
    got = [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan")) for p in
           extracted("发现违规搭建并及时上报协助处置的,每起增发80元,封顶800元。")]
    assert got == [("per_unit", 80)]
    assert [p.fields["form"] for p in extracted("完成全部清理任务的,每宗给予工作经费400元。")] == ["per_unit"]


def test_a_projects_pre_arranged_subsidy():
    assert _sums("三、资金补助:该项目市某局预安排补助8万元。") == [("fixed", 80000, "None")]


def test_kinds_and_sums_after_the_verb_and_a_comma():
    got = _sums("1.对新开设的便民门店的装修费进行补助,果蔬类3万元,日用品类、早餐类各2万元,验收合格后一次性发放。")
    assert got == [("fixed", 30000, "None"), ("fixed", 20000, "None")]


def test_stages_loans_and_explained_terms_are_no_awards():
    assert _sums("(一)签订协议后预拨奖补资金的30%,验收完毕后拨付奖补资金的70%。") == []
    assert _sums("注:经审核通过后,一次支付奖励资金的25%,其余在正常经营的前提下分三年支付。") == []
    assert _sums("入驻项目可按规定申请额度不超过30万元的贴息小额贷款。") == []
    assert _sums("“40%奖励”和“60%奖励”是指按某类税收地方留成部分计算的比例。") == []


def test_a_trial_mark_inside_a_title_stays():
    doc = doc_of("某某县人才公寓租住管理办法(试行)补充规定\n一、适用范围\n本规定适用于某类人才。\n二、其他\n本规定自印发之日起施行。")
    assert doc.title == "某某县人才公寓租住管理办法(试行)补充规定"


def test_a_doc_number_run_into_the_heading_after_share_buttons():
    text = ("当前位置：首页信息公开最新文件 关于印发某某县便民服务点建设方案的通知 时间：2027-04-03 09:30 微博 微信 QQ空间 "
            "某综管办〔2027〕12号某某县管委会办公室关于印发某某县便民服务点建设方案的通知各有关单位：现将方案印发给你们,"
            "请认真贯彻执行。")
    assert doc_of(text).doc_number == "某综管办〔2027〕12号"


def test_a_bureau_signing_for_a_zone_read_as_a_district():
    doc = doc_of("关于公开征求《平潭综合实验区便民服务点运行规则(草案)》修改建议的公告\n为规范便民服务点运行,区某某服务局起草了本规则,"
                 "现公开征求建议。\n联系电话:0591-1234567\n区某某服务局\n2027年4月8日")
    assert (doc.region, doc.issuer) == ("福建省平潭综合实验区", "平潭综合实验区某某服务局")
