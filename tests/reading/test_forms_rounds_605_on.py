"""Forms met from round 605 on, each in a small text of its own (placeholder sentences that copy no set
document): bands of growth written as ranges, one rate with a cap for each kind in brackets after it, 援助 as
an award, a count in 万 before a measure (万立方米) that is no money, sums per vessel, what each site may
receive in all, and a flattened page whose breadcrumb runs into its title and whose signers stand before their
date in the middle of a line."""

from __future__ import annotations

from tests.reading.awards_of import doc_of, unit_sums as _sums


def test_bands_of_growth_written_as_ranges_are_no_rates():
    got = _sums("二、当年某类销售额比上年增长12-15%或增加3亿元以上的奖励1万元,增长15-18%或增加6亿元以上的奖励2万元。")
    assert got == [("fixed", 10000, None, None), ("fixed", 20000, None, None)]


def test_one_rate_with_a_cap_for_each_kind_in_brackets_is_one_rate_per_cap():
    got = _sums("三、对来本地兼职的某类人才,财政给予用人单位60%的补助(甲类人才最高6万元/年、乙类人才最高3万元/年)。")
    assert got == [("rate", None, None, 60000), ("rate", None, None, 30000)]
    # (one cap in brackets is the rate's own cap, as before)
    assert _sums("四、按某类设备购置额的25%给予补助(单个项目最高80万元)。") == [("rate", None, None, 800000)]


def test_aid_is_an_award_word():
    assert _sums("五、对符合条件的企业,按其维权费用给予不超过40%的援助,单项最高援助上限8万元。") == [
        ("rate", None, None, 80000)]


def test_a_count_in_wan_before_a_measure_is_no_money():
    assert _sums("六、新建某类冷库,库容达到2万立方米的予以奖励400万元。") == [("fixed", 4000000, None, None)]


def test_sums_per_vessel_are_per_unit():
    got = _sums("七、对新购置的某类作业船,每艘奖励300万元;对安装某类终端的渔船,给予所在企业每船每年3万元奖励。")
    assert got == [("per_unit", 3000000, "艘", None), ("per_unit", 30000, "船", None)]


def test_what_each_site_may_receive_in_all_is_an_award_at_most():
    assert _sums("二、申报额度每个某某基地申请的专项补助资金总额不超过150万元。") == [("up_to", 1500000, None, None)]
    assert _sums("三、县里安排专项补助资金总额不超过150万元。") == []


def test_a_flattened_page_keeps_its_title_and_the_date_its_signers_stand_before():
    body = "".join(f"{n}.某某类项目的申报要求之{n},按规定的程序和时限提交材料,逾期不予受理。" for n in range(1, 9))
    doc = doc_of("当前位置： 首页信息公开通知文件 某某新区商务局关于2027年某某项目申请的通知 日期：2027-08-16 09:28 "
                 f"各有关企业： 为组织好某某项目申请,特通知如下： {body} 附件：某某项目申请表 "
                 "某某新区商务局 某某新区财政局 2027年8月15日 （联系人：某某,联系电话：0000-1234567） 附件 某某项目申请表")
    assert doc.title == "某某新区商务局关于2027年某某项目申请的通知"
    assert doc.issued == "2027-08-15"
