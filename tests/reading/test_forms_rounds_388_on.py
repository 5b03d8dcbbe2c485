"""Forms met from round 388 on, each in a small text of its own (placeholder sentences that copy no set
document): a match at one to one to another level's grant; grades' sums each with a short note after it; "甲或乙"
earning one award; a reply to a deputy's proposal; a guide's fields each over its own numbered list; costs
paid back as spent up to a sum; a report of what has been paid so far; an editor's summary above a report."""

from __future__ import annotations

from tests.reading.awards_of import forms_of


_read = forms_of


def _parse(text: str):
    from zhengce.reading import parse_text
    return parse_text(text, source="x.txt")


def test_a_match_at_one_to_one_to_another_levels_grant():
    assert _read("一、对新认定的甲类平台,按照上级补贴给予1:1奖励。\n") == [("matching", None, "1", None)]
    assert _read("二、对乙类企业经核定的投入,按照市补贴1:1比例奖励企业。\n") == [("matching", None, "1", None)]


def test_each_grades_sum_with_a_short_note_after_it_before_the_standard():
    got = _read("一、职工取得丙类证书的,按照甲档600元(四级)、乙档900元(三级)、丙档1200元(二级)的标准给予奖励。\n")
    assert got == [("fixed", 600, None, None), ("fixed", 900, None, None), ("fixed", 1200, None, None)]


def test_either_of_two_kinds_earns_one_award():
    assert _read("一、对新设立的甲类工作站或乙类工作站,给予20万元的资金支持。\n") == [("fixed", 200000, None, None)]
    # (a list joined by 和 or 、 still gives each kind its own)
    assert _read("二、对新设立的甲类工作站和乙类工作站,给予20万元的资金支持。\n") == [
        ("fixed", 200000, None, None), ("fixed", 200000, None, None)]


def test_a_reply_to_a_deputys_proposal_is_a_notice_whose_paragraphs_state_the_awards():
    text = ("某某委员:\n您提出的关于支持本地企业创新的提案收悉。现答复如下:\n"
            "1、我县对首次认定的甲类企业给予8万元奖励;对新建的乙类平台给予12万元奖励。\n"
            "2、今年我们已开展企业培训三期。\n")
    docs = _parse(text)
    assert docs[0].kind == "notice" and docs[0].articles == []
    got = sorted((p.fields.get("amount_yuan"), p.article) for p in docs[0].provisions if p.kind == "incentive")
    assert got == [(80000, None), (120000, None)]


def test_a_guides_fields_each_over_its_own_numbered_list_are_no_articles():
    text = ("某市出台某类补贴细则\n某某讯 某市某局近日发布《某市乙类人员生活补贴实施细则(试行)》。\n"
            "申领对象:\n(一)毕业一年内的甲类人员;\n(二)毕业一年内的乙类人员。\n"
            "申领条件:\n(一)在本市企业工作满半年。\n(二)依法缴纳社会保险。\n"
            "补贴标准:\n甲类人员一次性生活补贴6000元;\n乙类人员一次性生活补贴9000元。\n")
    doc = _parse(text)[0]
    assert doc.articles == []
    assert sorted(p.fields.get("amount_yuan") for p in doc.provisions if p.kind == "incentive") == [6000, 9000]


def test_numbered_items_before_any_field_label_stay_the_documents_own():
    text = ("某区促进某类产业发展若干措施\n一、对新认定的甲类企业给予5万元奖励。\n二、对乙类企业给予3万元奖励。\n"
            "申报条件:\n(一)在本区注册。\n")
    doc = _parse(text)[0]
    assert len(doc.sections) >= 2  # (一、 and 二、 still read as the document's parts)


def test_costs_paid_back_as_spent_up_to_a_sum():
    assert _read("一、凭票据的路费实报实销(总数不超过700元/人)。\n") == [("up_to", 700, None, None)]
    assert _read("二、参加培训的,食宿费据实报销,每人最高不超过900元。\n") == [("up_to", 900, None, None)]


def test_a_report_of_what_has_been_paid_so_far_is_a_notice_without_awards():
    text = ("某年,根据上级通知,分两批下达我县某类补贴资金800万元。我局按照先购后补的原则组织实施。至目前,"
            "补贴各类机具900台(更新机具12台),兑付补贴资金800万元(更新补贴6.5万元),受益农户700户。\n")
    doc = _parse(text)[0]
    assert doc.kind == "notice"
    assert [p for p in doc.provisions if p.kind == "incentive"] == []


def test_an_editors_summary_above_a_report_states_its_awards_once():
    text = ("【导语】:某市甲类补贴标准:每人每月900元;详见正文。\n某市甲类补贴可申请\n"
            "一、补贴标准\n对吸纳甲类人员的单位,按每人每月900元的标准发放补贴。\n")
    doc = _parse(text)[0]
    assert len([p for p in doc.provisions if p.kind == "incentive"]) == 1


def test_a_share_of_a_count_reached_is_who_qualifies_not_a_rate():
    assert _read("一、用人单位安排某类人员就业超过本单位职工总数2.5%的有奖励。\n") == []


def test_a_banner_in_latin_letters_is_no_title():
    doc = _parse("The Opening\n在2023年3月1日至6月30日期间,对本镇企业新招的员工,满足下列条件的给予补贴:\n"
                 "1、期间入职本镇企业的新员工,给予200元/人补贴;\n"
                 "2、人力资源机构向本镇企业输送新员工的,按200元/人的标准给予机构补贴。\n")[0]
    assert doc.title is None


def test_a_link_to_a_related_page_names_no_title():
    text = ("某区实习补贴多少钱?\n根据《某市实习补贴办法》,某区对实习学生给予补贴。\n"
            "补贴标准:\n对参加实习的学生给予每人每月800元的生活补贴。\n"
            "相关链接>>>某新区见习补贴办理指南(条件+流程)\n")
    doc = _parse(text)[0]
    assert doc.title != "某新区见习补贴办理指南(条件+流程)"


def test_a_count_of_measures_after_a_title_or_a_part_title_is_dropped():
    text = ("某市促进经济平稳发展若干政策措施\n(八个方面40项措施)\n一、加大财政支持力度(5项)\n"
            "1.对新认定的甲类企业给予10万元奖励。\n2.对乙类企业给予5万元奖励。\n")
    doc = _parse(text)[0]
    assert doc.title == "某市促进经济平稳发展若干政策措施"
    assert doc.sections[0].title == "加大财政支持力度"


def test_a_headline_of_a_payment_made_to_some_people_is_a_notice():
    doc = _parse("某县为返乡务工人员发放路费补助 惠及三千人\n\n时间:2021-11-02 09:10:11来源:某某日报\n\n"
                 "“没想到这么快就收到补助!”日前,某县某村村民说。据了解,某县财政部门积极落实路费补助政策,对今年外出务工"
                 "三个月以上的人员给予一次性路费补助,每人补助300元。目前补助资金已发放到位。\n")[0]
    assert doc.kind == "notice"


def test_a_vouchers_sums_item_by_item_after_its_label():
    text = ("一、符合条件的人才可申请购房票,房票金额为:甲类人才一事一议;乙类人才90万元;丙类人才60万元,"
            "其中40周岁以下的博士70万元;丁类人才20万元。房票使用金额不超过购房总价款的40%。\n")
    assert sorted(m for _, m, _, _ in _read(text)) == [200000, 600000, 700000, 900000]


def test_each_square_as_a_unit_of_area():
    assert _read("一、新建温室按覆盖面积计算,每平方补助20元。\n") == [("per_unit", 20, None, None)]


def test_two_awards_together_bounded_is_no_award():
    assert _read("一、每家企业每年获得的甲类奖励与乙类奖励之和不超过600万元。\n") == []


def test_a_source_in_latin_letters_and_its_time_is_chrome():
    from zhengce.reading.chrome import is_chrome
    assert is_chrome("Some Daily News·2025-03-04 08:15")
    assert not is_chrome("2025年3月4日,某区发布补贴政策。")


def test_an_aggregators_headline_of_how_to_apply_is_a_notice():
    text = ("某市应届毕业生生活补贴申请条件\n\n\n某市应届毕业生生活补贴申请条件\n申请对象:新引进到本市企业的应届本科毕业生。\n"
            "满足以下条件:\n1.具有本市户口;\n2.不超过30周岁;\n补贴标准:\n新引进的应届本科毕业生每人8000元予以一次性补贴。\n")
    assert _parse(text)[0].kind == "notice"


def test_an_award_named_then_each_grades_sum_in_the_sentence_after():
    got = _read("一、对评估达到星级标准的照料中心,按星级给予每年的运营补助。一星级0.6万元,二星级1.2万元,三星级2万元。\n")
    assert got == [("fixed", 6000, None, None), ("fixed", 12000, None, None), ("fixed", 20000, None, None)]


def test_kinds_sums_per_child_after_qizhong():
    got = _read("一、按照护成本差异设立不同的补贴标准,其中,婴儿班每孩每月350元、幼儿大班每孩每月250元。\n")
    assert got == [("per_unit", 350, None, None), ("per_unit", 250, None, None)]


def test_a_paragraph_printed_again_from_another_start_states_its_award_once():
    para = ("某县印发《某县阶段性购房补助实施通知》。期限内买新房并完成网签的购房人,可申请购房补助。"
            "补助标准:按购房人已缴契税的40%给予补助,以后不再调整。")
    text = "【某县:新房按契税40%补助】" + para + "\n" + para + "\n"
    doc = _parse(text)[0]
    assert len([p for p in doc.provisions if p.kind == "incentive"]) == 1


def test_a_page_named_for_a_programme_with_a_guides_parts_is_a_notice():
    text = ("甲类企业设备租赁补贴项目\n发布时间:2025-03-02 10:00:00\n一、申报条件\n1.申报单位为本市企业;\n"
            "2.已签订融资租赁合同。\n二、支持方式和标准\n对承租单位已发生的租赁费用,按照不超过4%的费率给予补贴,"
            "每年最多补贴400万元。\n")
    assert _parse(text)[0].kind == "notice"


def test_the_bodies_a_report_says_issued_jointly_each_named():
    text = ("某日,\n某报\n为促进托育服务发展,某省结合实际,由省卫生健康委、省民政厅、省人社厅共同出台了《某省托育机构运营补贴发放办法》,"
            "在全省范围内实施运营补贴政策,其中,甲班每孩每月300元。\n")
    doc = _parse(text)[0]
    assert doc.issuer is not None and doc.issuer.split("、")[0].endswith("省卫生健康委") and "由" not in doc.issuer


def test_a_pages_fields_run_on_after_the_title_are_cut_from_it():
    from zhengce.reading.titles import clean_title
    assert clean_title("关于组织申报某年甲类扶持项目的公告发布时间:2021-07-0109:30点击数:") == "关于组织申报某年甲类扶持项目的公告"


def test_who_to_call_is_no_unit_in_charge():
    from zhengce.reading.structure import responsible_of
    units, _ = responsible_of("1.对新认定的甲类企业予以支持。(责任单位:市某某局;联系人:某某;联系方式:1234567)")
    assert units == ["市某某局"]


def test_a_long_list_of_grades_that_fails_at_its_end_is_read_without_backtracking_for_ever():
    # (a hostile or damaged page: one pattern repeated over a whole list backtracked exponentially on its last
    # piece. A regex match cannot be interrupted in-process, so the reading runs in a child process that must end;
    # the limit only stops a hang, it measures nothing)
    import subprocess
    import sys

    text = "一、按星级给予每年的运营补助。" + "一星级0.6万元," * 60 + "二星级1.2\n"
    code = "import sys; from zhengce.reading import parse_text; parse_text(sys.stdin.read(), source='x.txt')"
    done = subprocess.run([sys.executable, "-c", code], input=text, text=True, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
