"""Forms met from round 614 on, each in a small text of its own (placeholder sentences that copy no set
document): an item that only caps the rates above it, its number before it, one kind's own most in brackets and
a floor below which nothing is paid after it; a zone signing under its county's short name; joint signers on a
flattened page, a space between them or none; an application window opened by the notice and its label run
into it, a note on the days and the office hours after its last day."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, extracted
from zhengce.provisions import extract


def test_an_item_that_only_caps_the_rates_above_it():
    got = [(p.fields["form"], p.fields.get("rate"), p.fields.get("cap_yuan"))
           for p in extracted("三、奖补办法(一)按某类企业本年度营业收入增量的2‰给予奖补。(二)按某类企业本年度用电量的1‰"
                              "给予奖补。(三)奖补金额每家企业最高不超过60万元(其中首次入库的企业每家最高不超过70万元),"
                              "奖补金额在5000元以下的企业不予安排。")
           ]
    assert [(f, str(r), c) for f, r, c in got] == [("rate", "0.002", 600000), ("rate", "0.001", 600000)]


def _flat(tail: str) -> str:
    items = "".join(f"{n}.某类项目的申报要求之{n},按规定的程序和时限提交材料,逾期不予受理。" for n in range(1, 9))
    return ("当前位置： 首页信息公开通知文件 关于做好某类项目申报工作的通知 日期：2027-05-11 10:02 各有关单位： "
            f"为做好某类项目的申报,特通知如下：{items} {tail}")


def test_a_zone_signing_under_its_countys_short_name():
    doc = doc_of(_flat("说明：申报时需携带《某类项目申报表》（见附件1）等材料。附件：1.某类项目申报表2.某类项目汇总表"
                       "宁海某某试验区甲局2027年5月10日附件1：某类项目申报表.doc"))
    assert doc.issued == "2027-05-10"
    assert doc.issuer == "宁海某某试验区甲局"


def test_joint_signers_on_a_flattened_page():
    doc = doc_of(_flat("附件：某类项目审批表 长兴某某试验区甲局 长兴某某试验区乙局2027年5月10日(联系人：某某,电话：1234567)"))
    assert (doc.issuer, doc.issued) == ("长兴某某试验区甲局、长兴某某试验区乙局", "2027-05-10")
    # (the space between them lost: each body starts where the place starts again)
    doc = doc_of(_flat("附件：某类项目审批表 德清某某试验区甲局德清某某试验区丙局2027年5月10日(联系人：某某)"))
    assert doc.issuer == "德清某某试验区甲局、德清某某试验区丙局"


def test_a_window_opened_by_the_notice_its_label_run_into_it():
    got = [p.fields["date"] for p in extract("四、申请时间发文之日起至9月20日(节假日除外),上午9:00-12:00,下午2:30-5:30,"
                                             "逾期不予受理。", year=2027) if p.kind == "deadline"]
    assert got == ["2027-09-20"]
