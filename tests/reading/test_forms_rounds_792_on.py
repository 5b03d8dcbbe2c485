"""Forms the reading set's rounds from 792 on showed, and what a PDF's layout does to them, in made-up texts (某某 for
names): a date or a figure cut by a line's end, a line the layout filled up to a closing bracket, a part's heading run
into its text after a space on a flattened page (and a window's label kept with its days), a sum named as an award's
项目金额, a page whose year stands only in its title field, a report's lead naming the body that put out what it
reports."""

from __future__ import annotations

from decimal import Decimal

import pytest

from zhengce.reading import parse_text
from zhengce.reading.line_breaks import _is_broken


def _doc(text: str) -> dict:
    return parse_text(text, source="page.txt")[0].to_json()


@pytest.mark.parametrize("line, nxt", [
    ("某某网 发布时间:202", "5-09-02"),  # a page's date cut after its first digits
    ("本措施有效期至2023年1", "2月31日。"),
    ("上传时间:2023-11-2", "8 格式:DOCX"),
    ("对认定的某某企业,给予年度研发投入1", "2%的补助。"),  # a rate cut inside its figure
    ("对新认定的某某企业,按实际投资额的0.", "5%给予奖励。"),
])
def test_a_date_or_a_figure_cut_by_the_lines_end_goes_on(line, nxt):
    assert _is_broken(line, nxt)


@pytest.mark.parametrize("line, nxt", [
    ("合计 2023", "2024-01-01"),  # a table's cells, one under the other
    ("2023年12月31日", "2024年"),
    ("宁波市江北区某某局办公室1", "2023年1月6日"),  # a footnote's mark over the date: the date stands alone
    ("现将本方案发给你们,望照此办理...", "3日上午某某召开会议"),
])
def test_figures_on_lines_of_their_own_stay_apart(line, nxt):
    assert not _is_broken(line, nxt)


def test_a_rate_whose_figure_the_layout_cut_is_read_whole():
    text = ("宁波市江北区某某局关于支持某某企业数字化发展的若干措施\n"
            "一、某某数字化示范企业按其当年信息化投入的1\n"
            "2%予以补助,每家最高补助50万元。\n"
            "二、当年新上云的某某企业按其云服务费用的3\n"
            "0%予以补助,每家最高补助5万元。\n"
            "宁波市江北区某某局\n2025年3月1日")
    rates = sorted((i["rate"], i["cap_yuan"]) for i in _doc(text)["incentives"] if i["form"] == "rate")
    assert [(Decimal(str(r)), c) for r, c in rates] == [(Decimal("0.12"), 500000), (Decimal("0.3"), 50000)]


def test_a_line_the_layout_filled_to_a_closing_bracket_goes_on():
    # ("(含)" at the margin, "以上的" below: one sentence, its cap after the break)
    assert _is_broken("对年营业收入达到1亿元(含)某某某某某某某某某某某某(含)", "以上的某某企业,给予一次性奖励", full=40)
    # (not a heading that ends in brackets, nor a note after the sentence, nor a field row)
    assert not _is_broken("某某某某资金使用办法(征求意见稿)某某某某某某某某某(试行)", "为规范某某资金管理,制定本办法。", full=40)
    assert not _is_broken("每家至多奖50万元。(牵头部门:宁波市江北区某某局)", "对新认定的某某企业", full=40)
    assert not _is_broken("发布机构:宁波市江北区某某局(宁波市江北区某某办公室)", "各街道、各有关单位:", full=40)


def test_a_bracketed_label_at_the_next_lines_end_is_no_page_field():
    # "…(责任单位:" closing the next line opens a note inside the sentence, not a page's field label
    assert _is_broken("的某某服务机构按每家1万元予以奖励,超出5家、10",
                      "家的部分各按每家2万元、3万元奖励。(牵头部门:")
    assert not _is_broken("宁波市江北区某某局关于某某工作安排的通知", "发布时间:")


FLAT_PLAN = ("宁波市江北区某某局关于印发某某服务绩效考核方案的通知\n"
             "各街道:为把某某服务绩效考核做实,本局拟定此方案。一、 考核目的借助某某服务绩效考核,推动各街道把某某任务落到实处,"
             "让某某服务更加规范。二、考核内容(一)组织与管理。看某某文件是否出台、某某工作怎样部署。(二)履约情况。看某某服务"
             "的履约比例。三、考核对象此方案针对开展某某服务的各街道某某中心。四、考核时间2021年1月,与某某绩效考核同步进行。"
             "五、考核结果应用(一)结果作为拨付某某经费的主要依据。(二)结果同某某团队的收入分配挂起钩来,做得多的多得,"
             "做得好的多得,各街道依照结果算出某某服务费的总数,扣掉必需的成本后再分到各个团队和个人,分配办法由各街道自行制定并报本局备案。"
             "宁波市江北区某某局2020年12月1日")


def test_a_flattened_parts_heading_after_a_space_or_ending_in_its_time_is_parted_from_its_text():
    titles = [s["title"] for s in _doc(FLAT_PLAN)["sections"]]
    assert titles[:5] == ["考核目的", "考核内容", "考核对象", "考核时间", "考核结果应用"]


def test_a_windows_label_run_into_its_days_stays_with_them():
    text = ("宁波市江北区某某局关于组织申报2021年某某项目的通知\n"
            "各街道:有关安排如下:一、申报对象在本区登记的某某企业。二、申报条件(一)守法经营。(二)信用良好。"
            "三、申报时间2021年5月10日至2021年5月31日,过期不再接收。四、联系方式某某科,电话87654321。"
            "宁波市江北区某某局2021年5月1日")
    assert [d["date"] for d in _doc(text)["deadlines"]] == ["2021-05-31"]


def test_a_sum_named_as_the_awards_project_money_is_the_award():
    text = ("宁波市江北区某某局关于申报2027年某某集体经济试点村的函\n"
            "各街道:一、今年共选某某试点村十个,每村补助项目金额60万元,每个街道先报3个村。"
            "二、请于2026年8月15日前报送。宁波市江北区某某局2026年7月20日")
    assert [(i["form"], i["amount_yuan"]) for i in _doc(text)["incentives"]] == [("fixed", 600000)]


def test_a_pages_year_in_its_title_field_when_its_text_prints_no_heading():
    text = ("标题: 宁波市江北区某某局关于2025年某某服务主体的公示\n发布时间: 2026-01-19 16:36\n发布机构: 宁波市江北区某某局\n"
            "==================== 正文 ====================\n"
            "经评审,拟定某某合作社等3家主体承担某某服务,现公布名单,接受监督至2026年1月23日。"
            "宁波市江北区某某局 2026年1月19日")
    assert _doc(text)["year"] == 2025


@pytest.mark.parametrize("text, issuer", [
    ("近日,宁波市江北区某某局发布公告称,2024年某某消费活动开始,购车一辆补贴5000元。", "宁波市江北区某某局"),
    ("江北出台某某措施\n宁波市江北区经信委发布《江北区支持某某产业发展八条措施》,新建某某项目最高奖励50万元。",
     "宁波市江北区经信委"),  # (a bureau by its short name)
])
def test_a_reports_lead_names_the_body_that_put_out_what_it_reports(text, issuer):
    assert _doc(text)["issuer"] == issuer


def test_joint_issuers_after_the_first_share_its_place():
    from zhengce.reading.metadata import joint_places
    assert joint_places(["宁波市江北区某某局", "财政局", "商务委员会"]) == ["宁波市江北区某某局", "宁波市江北区财政局", "宁波市江北区商务委员会"]
    # (a party committee's own organs, and bodies that name their own place, keep their names)
    assert joint_places(["中共宁波市江北区委", "全面深化改革委员会"]) == ["中共宁波市江北区委", "全面深化改革委员会"]
    assert joint_places(["宁波市江北区某某局", "宁波市财政局"]) == ["宁波市江北区某某局", "宁波市财政局"]


def test_a_doc_number_before_a_headlines_quoted_title_is_no_part_of_its_issuer():
    text = ("北政办〔2020〕23号《宁波市江北区某某办公室印发关于某某企业用能降本措施的通知》\n\n"
            "浏览量:          时间:2021-02-03 03:35:05\n\n"
            "宁波市江北区某某办公室印发关于某某企业用能降本措施的通知\n各街道:\n"
            "现将《关于某某企业用能降本措施》发给你们,望遵照执行。\n"
            "一、对当年用电量增长的某某企业,每千瓦时补贴0.05元。")
    assert _doc(text)["issuer"] == "宁波市江北区某某办公室"


def test_a_reports_according_to_is_no_part_of_the_issuer_it_names():
    text = ("某某考核结果公示\n某某日讯 5月28日,根据宁波市江北区甲局、宁波市江北区乙局印发的《江北区某某发展考核办法》规定,"
            "区有关部门对某某发展成效进行了考核,对考核优秀的街道各奖励10万元。")
    assert not (_doc(text)["issuer"] or "").startswith("根据")
