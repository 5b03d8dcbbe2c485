"""Forms met from round 437 on, each in a small text of its own (placeholder sentences that copy no set
document): an amendment's struck-out wording states no award; the share of a subsidy paid in its first year,
and shares of the whole award paid out by stage, are a payment schedule; a card's 政策来源 line set in brackets
names the policy without the line's bracket; a day restated without its year keeps the year printed above;
what one project is given stated as its 支持额度; an award's share turned into equity; a zone's name cut out
after the first character of 支持 is no place."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, incentives_of


def test_struck_out_wording_states_no_award():
    text = ("某市某局关于修订某类企业支持政策部分条款的通知\n"
            "经研究,决定对《某市支持某类企业发展若干政策》部分内容予以修订,具体如下:\n"
            "第三条支持企业上市。“对在境内外首发上市的企业,奖励最高280万元;其中“甲类”企业另奖励90万元。”"
            "内容予以删除。\n第五条支持人才引进。对新引进的甲类人才,给予20万元安家补贴。\n")
    amounts = sorted(p.amount_yuan for p in incentives_of(doc_of(text)))
    assert amounts == [200000]  # only the clause left in force; the quoted, struck wording (and its nested quote) none


def test_a_quote_not_struck_out_keeps_its_award():
    text = ("某市支持某类企业发展若干政策\n一、支持企业上市。对“甲类”企业在境内首发上市的,奖励80万元。\n")
    assert [p.amount_yuan for p in incentives_of(doc_of(text))] == [800000]


def test_the_share_of_a_subsidy_paid_in_its_first_year_is_a_schedule():
    text = ("某市甲类人才购房补贴办法\n1.甲类人才给予100万元购房补贴,补贴分两年发放,首年发放购房补贴总额的60%,"
            "次年审核通过后发放其余部分。\n")
    awards = incentives_of(doc_of(text))
    assert [(p.form, p.amount_yuan) for p in awards] == [("fixed", 1000000)]


def test_a_rate_of_the_awards_total_is_still_a_rate():
    text = ("某区孵化载体奖励办法\n一、奖励运营主体。对区级以上孵化载体,按其在孵企业当年所获补贴金额总额的6%给予运营奖励,"
            "每个运营主体每年最高40万元。\n")
    awards = incentives_of(doc_of(text))
    assert [(p.form, str(p.rate)) for p in awards] == [("rate", "0.06")]


def test_a_bracketed_policy_source_line_names_the_policy_whole():
    from zhengce.reading.fields import BASIS_LINE, basis_name
    m = BASIS_LINE.search("(政策来源:某市某区科技创新若干政策措施(试行))")
    assert basis_name(m) == "某市某区科技创新若干政策措施(试行)"
    m = BASIS_LINE.search("政策来源:某市某区科技创新若干政策措施(2024年修订)")
    assert basis_name(m).endswith("(2024年修订)")


def test_a_restated_day_without_its_year_keeps_the_year_printed_above():
    text = ("某区某局关于开展某类项目申报工作的通知\n一、申报时间\n企业须于2024年6月5日17:00前完成网上填报,"
            "各街道须于2024年6月20日17:00前完成审核。\n二、申报程序\n企业登录系统填报,系统于6月5日17:00关闭。\n")
    dates = sorted({d["date"] for d in doc_of(text).deadlines})
    assert dates == ["2024-06-05", "2024-06-20"]  # not 2025-06-05 after the later printed day


def test_what_one_project_is_given_stated_as_its_sum():
    from zhengce.provisions import extract
    awards = [p for p in extract("单个项目市级财政支持额度60-90万元,且项目配套经费与财政投入资金的比例为3:1。")
              if p.kind == "incentive"]
    # the project's sum, at its upper end; the applicant's own share beside the grant is no award
    assert [(p.fields["form"], p.fields["amount_yuan"]) for p in awards] == [("up_to", 900000)]


def test_shares_of_the_whole_award_paid_out_by_stage_are_a_schedule():
    from zhengce.provisions import extract
    staged = "补助资金分立项、验收、运营满一年三个阶段,分别拨付60%、30%、10%的奖补资金。"
    assert [p for p in extract(staged) if p.kind == "incentive"] == []
    kinds = "对甲类、乙类、丙类项目分别给予50%、30%、20%的补助。"  # shares for different kinds: rates
    assert [str(p.fields["rate"]) for p in extract(kinds) if p.kind == "incentive"] == ["0.5", "0.3", "0.2"]


def test_an_awards_share_turned_into_equity_is_no_rate():
    from zhengce.provisions import extract
    assert [p for p in extract("项目补助资金的40%折股量化给参与农户。") if p.kind == "incentive"] == []


def test_a_zone_named_after_a_verb_is_not_the_documents_place():
    text = ("大庆市工业和信息化局\n关于公开征求意见的通知\n某市支持甲乙丙国家自主创新示范区某市片区建设若干措施(征求意见稿)\n"
            "第一条 为支持示范区建设,制定本细则。\n")
    doc = doc_of(text)
    assert doc.region == "黑龙江省大庆市"  # the bureau's city, not a zone cut out after 支 of 支持
