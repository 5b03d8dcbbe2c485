"""Forms met from round 587 on, each in a small text of its own (placeholder sentences that copy no set
document): a sum raised "从A提高到B", a worked example of what an award comes to, sums per container (标准箱), a
standards list "支持标准分别为", a share of an award paid at a stage, a disclosure table flattened into one line,
a bureau called a committee, a crawler's notes above the page, a page presenting a subsidy over the law it rests
on, and parts beside one that heads titled articles."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards_in_policy, doc_of


def _sums(body: str) -> list[tuple]:
    out = []
    for a in awards_in_policy(body):
        pu = a.get("per_unit") or {}
        out.append((a["form"], a.get("amount_yuan") or pu.get("award_yuan"), pu.get("unit"), a.get("rate")))
    return out


def test_a_sum_raised_from_one_to_another_with_cong_pays_the_new_sum():
    assert _sums("甲类人员的奖金额度从3万元提升至6万元。") == [("fixed", 60000, None, None)]
    assert _sums("乙类项目的资助标准从20万元提高到40万元。") == [("fixed", 400000, None, None)]


def test_a_worked_example_of_an_award_pays_nothing_of_its_own():
    got = _sums("按实习3个月测算,某类企业实习补贴2000元/人月×3月+300元/人=6300元/人;"
                "对实习单位给予每人每月1000元补贴。")
    assert got == [("per_unit", 1000, "人", None)]


def test_sums_per_container_are_per_unit():
    assert _sums("对承运企业按每标准箱给予扶持资金200元。") == [("per_unit", 200, "标准箱", None)]
    assert _sums("对某某线路,重箱每标准箱2027年给予扶持资金150元。")[0] == ("per_unit", 150, "标准箱", None)
    assert _sums("对港口经营人按90元/标准箱给予补贴。") == [("per_unit", 90, "标准箱", None)]


def test_a_standards_list_named_support_pays_each_sum():
    got = _sums("每年评选甲级项目2个、乙级项目4个,支持标准分别为80万元和30万元。")
    assert [(f, a) for f, a, _, _ in got] == [("fixed", 800000), ("fixed", 300000)]


def test_a_share_of_an_award_paid_at_a_stage_is_no_rate():
    got = _sums("对引荐人按投资额的5‰给予奖励。奖励金分阶段发放,开工后先兑现奖励金的30%,投产后兑现奖励金的70%。")
    assert [(f, r) for f, _, _, r in got] == [("rate", Decimal("0.005"))]


def test_a_disclosure_table_flattened_into_one_line_gives_its_fields():
    doc = doc_of("当前位置: 首页政务公开文件 索 引 号: XX001-2023-00001 主题分类: 发文机关: 某某区管委会办公室 "
                 "成文日期: 2019-05-08 标 题: 某某区管委会关于做好某某工作的通知 发文字号: 某管综〔2019〕12号 "
                 "发布日期: 2019-05-09 有 效 性: 有效 某某区管委会关于做好某某工作的通知 某管综〔2019〕12号 "
                 "各有关单位:为做好某某工作,特作如下安排:一、对符合条件的给予奖励。" + "某某" * 80)
    assert doc.issuer == "某某区管委会"
    assert doc.issued == "2019-05-08"


def test_a_bureau_called_a_committee_keeps_its_name_in_the_title():
    text = "\n各县(区)发展改革部门:\n为做好某某工作,现通知如下:\n一、强化某某\n(一)加强某某论证。项目单位应开展分析。"
    assert doc_of("某某市发展和改革委员会关于做好某某工作的通知" + text).title == "某某市发展和改革委员会关于做好某某工作的通知"
    # a zone's administrative committee is its government
    assert doc_of("某某新区管理委员会关于做好某某工作的通知" + text).title == "关于做好某某工作的通知"


def test_a_page_presenting_a_subsidy_is_titled_by_its_field_not_the_law_it_rests_on():
    doc = doc_of("标题: 某某种植补助政策公开\n"
                 "发布机构: 某某区农业农村局\n"
                 "本页图片与附件另存于 pages.tsv(同目录)\n"
                 "==================== 正文 ====================\n"
                 "1.文件依据:《某某种植管理办法》《某某专项资金的通知》。2.补助对象:承担种植任务的单位。"
                 "3.补助标准:每亩补助200元。4.申报程序:由区农业农村局审核后公示。 某某区农业局 2027年3月2日")
    assert doc.title == "某某种植补助政策公开"
    assert doc.kind == "notice"


def test_parts_beside_one_that_heads_titled_articles_are_sections():
    doc = doc_of("某某市某某补贴实施细则\n"
                 "一、甲类补贴\n对符合条件的个人,按售价的10%给予补贴,最高1万元。\n"
                 "二、乙类补贴\n对符合条件的个人,按售价的8%给予补贴,最高8000元。\n"
                 "三、实施流程\n(一)组织方式\n按照报名、审核的方式开展。\n(二)报名要求\n个人在规定时间内报名。\n"
                 "(三)补贴审核\n审核部门按规定审核。\n"
                 "四、部门职责\n各部门按职责分工负责。\n五、其他事项\n本细则自印发之日起实施。")
    assert [s.title for s in doc.sections] == ["甲类补贴", "乙类补贴", "实施流程", "部门职责", "其他事项"]
    assert [len(s.articles) for s in doc.sections] == [0, 0, 3, 0, 0]
    # parts that open on a verb are a policy's measures: the articles
    doc = doc_of("某某市促进某某发展若干措施\n"
                 "一、加大某某支持\n对符合条件的企业给予12万元奖励。\n"
                 "二、优化某某服务\n(一)调整某某规定\n简化手续。\n(二)加大某某投入\n增加资金。\n"
                 "三、实施某某补贴\n对符合条件的给予5万元补贴。\n四、取消某某限制\n取消限制。")
    assert len(doc.sections) == 1
