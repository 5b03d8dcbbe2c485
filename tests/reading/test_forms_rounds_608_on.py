"""Forms met from round 608 on, each in a small text of its own (placeholder sentences that copy no set
document): a run of clauses with no sentence end, read in bounded pieces; a list of sums per vessel whose kinds
have long names and whose verb closes the list; a notice's forms packed as .rar above its signers; joint
signers with a national bank's branch among them; a quoted title wrapped inside a flattened line; parts opened
after a colon; an article of another document cited mid-sentence; the money sent down with a task."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, unit_sums as _sums
from zhengce.provisions.clauses import _LONGEST, sentences


def test_a_run_of_clauses_with_no_end_is_read_in_bounded_pieces():
    text = "对某类项目给予30%的补贴(甲类最高6万元/年、乙类最高2万元/年、" * 300
    pieces = sentences(text)
    assert len(pieces) > 1 and all(e - s <= _LONGEST for s, e in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text  # (nothing lost between the pieces)
    # (a sentence of ordinary length is one piece, as before)
    assert sentences("对某类项目给予30%的补贴,最高6万元。") == [(0, 19)]


def test_sums_per_vessel_listed_under_one_closing_verb():
    got = _sums("五、对新造某类船舶,按照配有远海作业资质的大型拖网渔船260万元/艘,配有远海作业资质的小型围网渔船"
                "按照90万元/艘,其他渔船按照40万元/艘的标准进行补助。")
    assert got == [("per_unit", 2600000, "艘", None), ("per_unit", 900000, "艘", None), ("per_unit", 400000, "艘", None)]


def _flat(body: str, tail: str, head: str = "某某区甲局关于做好某类贷款贴息工作的通知") -> str:
    items = "".join(f"{n}.某类贷款贴息的办理要求之{n},按规定的程序和时限提交材料,逾期不予受理。" for n in range(1, 9))
    return f"当前位置： 首页信息公开通知文件 {head} 日期：2027-06-02 09:28 各有关单位： {body} {items} {tail}"


def test_joint_signers_with_a_national_banks_branch_below_a_packed_attachment():
    doc = doc_of(_flat("为做好某类贷款贴息工作,现通知如下：",
                       "附件：1.某类贴息申请表 2.某类贴息汇总表 附件.rar 某某区甲局 某某区乙局 中国人民银行某某区支行 "
                       "2027年6月1日 来源：某某区甲局 附件下载",
                       head="某某区甲局某某区乙局中国人民银行某某区支行关于做好某类贷款贴息工作的通知"))
    assert doc.issued == "2027-06-01"
    assert doc.issuer.endswith("某某区甲局、某某区乙局、中国人民银行某某区支行")


def test_a_quoted_title_wrapped_inside_a_flattened_line_stays_whole():
    title = "某某区丙局关于《关于扶持某类园区建设的若干措施》的解读"
    doc = doc_of(f"标题: {title}\n发布时间: 2027-03-02 14:54\n发布机构: 某某区丙局\n"
                 "当前位置： 首页信息公开通知文件 某某区丙局关于《关于扶持 某类园区建设的若干 措施》的解读 "
                 "时间：2027-03-02 14:54 某某区丙局关于《关于扶持 某类园区建设的若干 措施》的解读 "
                 + "为让企业了解某类政策,现解读如下。" * 20 + " 一、出台背景 某类园区配套尚不完善,政策出台后,"
                 "经征求意见修改完善。 二、主要内容 对入驻企业给予每平方米80元的一次性装修补贴。")
    assert doc.title == "关于扶持某类园区建设的若干措施"
    assert doc.status == "final"  # (the 解读 tells of the comments the draft took: it is no draft itself)


def test_parts_opened_after_a_colon_and_an_article_cited_mid_sentence():
    doc = doc_of("当前位置： 首页信息公开通知文件 某某区丁委员会关于印发《某类奖补办法》的通知 日期：2027-11-09 14:44 "
                 "各有关单位： 现把《某类奖补办法》发给各单位,请遵照执行。 某某区丁委员会 2027年11月8日某类奖补办法 "
                 "根据《某某区关于完善某类奖补政策的通知》(某某〔2026〕34号)中第一条中关于对排名靠前企业给予奖励的规定,"
                 + "为明确申报的资格与流程," * 12 + "具体如下:一、适用范围1.在本区注册的单位。2.年度内无违法记录的单位。"
                 "二、奖补标准1.排名第一的给予奖励8万元。2.排名第二的给予奖励5万元。")
    assert doc.issued == "2027-11-08"
    assert [(s.title, len(s.articles)) for s in doc.sections] == [("适用范围", 2), ("奖补标准", 2)]


def test_the_money_sent_down_with_a_task_is_the_whole_fund():
    doc = doc_of("某某区戊局关于开展某类肥料推广的通知\n各有关单位:\n根据上级下达某类资金的通知,下达我区某类肥料推广任务0.6万亩,"
                 "补贴资金60万元,请各单位抓紧组织实施。\n一、每亩补贴不高于100元。")
    assert doc.total_budget_yuan == 600000
