"""Forms met from round 250 on, each in a small text of its own (placeholder sentences that copy no set
document): lists of sums with commas, a rate's most per head, sums per head, per trip and per ship's tonne,
cost shares between governments, a price band as a condition, caps per ship, a letter's number after its
title, a byline naming the body that put the page out, and publicity notices."""

from __future__ import annotations

from decimal import Decimal

from tests.reading.awards_of import awards, doc_of as _doc


def _per_unit(text: str) -> list[tuple]:
    from zhengce.provisions import extract
    return [(p.fields["per_unit"]["award_yuan"], p.fields["per_unit"].get("unit"))
            for p in extract(text) if p.kind == "incentive" and p.fields["form"] == "per_unit"]


# --- lists of sums and their verbs

def test_sums_listed_with_commas_before_their_verb_are_each_an_award():
    text = "对营业收入达1000万元,3000万元,5000万元的企业,分别按照1万元,3万元,6万元一次性给予经营补助。"
    assert [a[:2] for a in awards(text)] == [("fixed", 10000), ("fixed", 30000), ("fixed", 60000)]
    text = "对营业收入达1000万元、3000万元的企业,分别按照1万元、3万元一次性给予经营补助。"
    assert [a[:2] for a in awards(text)] == [("fixed", 10000), ("fixed", 30000)]


def test_most_sums_listed_before_their_verb_are_each_a_most():
    text = "对接入平台的甲级、乙级站点,按照最高不超过20万元、8万元分别予以一次性奖励。"
    assert [a[:2] for a in awards(text)] == [("up_to", 200000), ("up_to", 80000)]


def test_a_rates_most_per_head_caps_the_rate():
    assert awards("对参加进修的职工,按学费的60%给予补贴,最高不超过2000元/人。") == [
        ("rate", None, Decimal("0.6"), 2000)]
    assert awards("对参加进修的职工,按学费的60%给予补贴,每人最高不超过2000元。") == [
        ("rate", None, Decimal("0.6"), 2000)]


# --- sums per unit

def test_sums_per_head_per_trip_and_per_tonne_of_a_ship_are_per_unit():
    assert _per_unit("按每人次一次性分别奖励接待企业200元、100元。") == [(200, "人次"), (100, "人次")]
    assert _per_unit("学校开展实践活动的奖补标准为80元/生/年。") == [(80, "生")]
    assert _per_unit("游客满200人的专列,按2万元/列的标准奖励。") == [(20000, "列")]
    assert _per_unit("对新购置的散货船每载重吨奖励20元。") == [(20, "载重吨")]
    assert _per_unit("对符合条件的服务点,按每个1500元标准奖补。") == [(1500, "个")]


def test_a_price_band_is_a_condition_and_a_governments_share_is_no_award():
    assert awards("对客房价格为300~499元/间/晚的,给予补助。") == []
    assert awards("所需资金由县和乡镇按照各自40%的比例分别承担。") == []
    assert awards("请各县区落实好县级财政承担的60元/生/年的配套资金。") == []


def test_a_cap_per_ship_caps_the_rates_before_it():
    text = "对新造内河货船的企业,按船价的6%予以补助。单艘船舶最高不超过200万元。"
    assert awards(text) == [("rate", None, Decimal("0.06"), 2000000)]


# --- metadata

def test_a_letters_number_run_on_after_its_title_is_its_number():
    doc = _doc("某省2024年支持小微企业上规模专项资金的函 某工信函〔2024〕7号\n各地级以上市人民政府:\n"
               "现将有关事项通知如下。\n一、支持对象\n首次上规模的企业。\n二、支持标准\n每家企业奖补5万元。\n")
    assert doc.title == "某省2024年支持小微企业上规模专项资金的函"
    assert doc.doc_number == "某工信函〔2024〕7号"
    assert doc.kind == "notice"


def test_a_byline_of_a_body_and_a_date_names_the_issuer():
    doc = _doc("关于推动某某产业提质的若干政策\n\n某某市商务局 | 2023-05-06\n对新认定的示范企业,给予5万元奖励。\n")
    assert doc.issuer == "某某市商务局"


def test_publicity_notices_of_those_to_be_paid_are_notices():
    doc = _doc("根据有关办法,现就第二批某某资金安排情况公示如下:(一)对象为某某有限公司,(二)依据"
               "按每载重吨奖励20元的标准,拟拨付10万元,(三)期限为2023年5月2日至5月8日。\n")
    assert doc.kind == "notice"
    doc = _doc("根据《某市航线补助方案》,已初步确定本年度拟奖励单位名单,如有异议请于5日内反映。"
               "附件:拟补助企业名单。\n")
    assert doc.kind == "notice"


def test_each_years_share_is_a_rate_and_a_pot_many_projects_share_is_no_award():
    text = "对新入驻企业连续三年给予奖励,第一年奖励金额不超过其新增贡献的80%,第二年奖励金额不超过其新增贡献的40%。"
    assert [a[2] for a in awards(text)] == [Decimal("0.8"), Decimal("0.4")]
    assert awards("围绕重点领域开展攻关,每年支持4-6个,支持总金额不超过800万元。") == []
    assert awards("单个企业资助总额最高80万元。") == [("up_to", 800000, None, None)]


def test_a_step_paid_with_zeng_is_per_unit():
    assert [a[0] for a in awards("产值增量超过2000万元的部分,每500万元赠0.5万元。")] == ["per_unit"]


def test_an_autonomous_countys_short_name_with_its_level_names_it_and_a_number_leads_a_covering_title():
    from zhengce.reading import regions
    county = regions.lookup("融水苗族自治县")
    assert county is not None and regions.mentions("组织团队到融水县开展研学活动的,给予奖励。")[county] == 1
    doc = _doc("文件:某府规字〔2023〕2号广东省中山市某某镇人民政府关于印发《某某镇扶持企业办法》的通知\n"
               "某某镇扶持企业办法\n一、对新认定的企业,给予10万元奖励。\n")
    assert doc.doc_number == "某府规字〔2023〕2号"


def test_headings_beside_measures_of_their_own_are_the_articles_their_points_below():
    from tests.reading.awards_of import awards_in
    text = ("某县文旅奖励政策\n旅行社组团来县内游览,奖励如下:\n(一)一日游。\n游览两个景区并用餐的,按以下标准奖励:\n"
            "(1)团队20至49人的,按10元/人标准奖励旅行社;\n(2)团队50人以上的,按20元/人标准奖励旅行社。\n(二)两日游。\n"
            "游览三个景区并住宿一晚的,按以下标准奖励:\n(1)团队20至49人的,按40元/人标准奖励旅行社。\n"
            "(2)团队50人以上的,按70元/人标准奖励旅行社。\n"
            "(三)单次组织旅游专列来本县旅游,游览两个以上景区并在本县住宿一晚的,游客满300人的,按2万元/列标准奖励旅行社。\n"
            "(四)研学旅游。组织学生来本县研学的,按5元/人标准奖励旅行社。\n")
    assert [a["article"] for a in awards_in(text)] == [1, 1, 2, 2, 3, 4]


# --- reports and the documents they tell of

def test_a_reports_own_points_before_the_text_it_quotes_do_not_hide_the_texts_title():
    points = "".join(f"{k}.第{k}项要点说明的内容,写得比较长一些,用来占满一行的篇幅,没有金额。\n" for k in range(1, 4))
    doc = _doc("某某网讯 某区发布了关于做好某年度某类补贴申报工作的通知,要点如下:\n" + points + "全文如下:\n"
               "关于组织开展某区2023年度某类项目补贴申报工作的通知\n各有关单位:\n现就申报工作通知如下:\n"
               "一、补贴对象\n本区的制造业企业。\n二、补贴标准\n每千瓦时补贴0.1元。\n"
               + "".join(f"{n}、其他事项\n申报单位应按有关规定如实填报材料,逾期不予受理,具体要求另行告知,请各单位认真做好组织工作,"
                         "确保申报材料真实完整,并按时报送区有关部门审核。\n" for n in "三四五六"))
    assert doc.title == "关于组织开展某区2023年度某类项目补贴申报工作的通知"
    assert doc.kind == "notice" and doc.year == 2023


def test_the_draft_a_report_cites_the_name_after_a_dash_and_a_name_then_its_word_of_issue_are_what_it_tells_of():
    doc = _doc("某市拟对充电设施给予补贴。根据《某市充电桩建设资助办法(征求意见稿)》,"
               "对建设运营企业,给予每车位2000元的建设补贴。\n")
    assert doc.title == "某市充电桩建设资助办法" and doc.status == "draft"
    doc = _doc("7月1日消息,某市某区近日出台全省首个区级专项政策——《某区促进储能产业发展的若干措施》,"
               "对新引进项目,按投资额的5%给予扶持。\n")
    assert doc.title == "某区促进储能产业发展的若干措施"
    doc = _doc("日前,记者从某市工业和信息化局获悉,某市工业节能资助操作规程正式发布,单个项目最高可获500万元资助。\n")
    assert doc.title == "某市工业节能资助操作规程"
    doc = _doc("近日,某区政府门户印发了《关于做好某区2021年光伏项目补贴申报的通知》(以下简称《通知》)。"
               "按照《通知》,发电量按0.1元/千瓦时计算补贴。\n")
    assert doc.title == "关于做好某区2021年光伏项目补贴申报的通知" and doc.kind == "notice"


def test_the_link_after_a_sites_previous_or_next_label_is_no_title():
    doc = _doc("某某公司官网\n\n产品中心 解决方案 工程案例\n\n行业动态\n某市某区:2021年光伏项目 补贴资金接受申报\n\n"
               "近日,某区政府门户印发了《关于做好某区2021年光伏项目补贴申报的通知》(以下简称《通知》)。"
               "按照《通知》,本区将于7月1日启动申报工作。\n\n补贴分为两种。其中,发电量按0.1元/千瓦时计算补贴。\n\n"
               "返回\n列表\n上一条\n\n某人又当“价格先锋”:某某公司新产品价格比同行低三成\n\n下一条\n")
    assert doc.title == "关于做好某区2021年光伏项目补贴申报的通知"


# --- a part's own standard, and more sums per unit

def test_a_parts_standard_stated_before_items_that_state_none_is_read():
    from tests.reading.awards_of import awards_in
    text = ("某县光伏补贴政策\n一、某县光伏补贴标准\n光伏项目按容量一次性补助,补助标准为:工厂屋顶0.05元/瓦,农户屋顶0.1元/瓦。\n"
            "1.补贴范围\n在本县建设的项目。\n2.补贴对象\n项目的投资人。\n")
    assert [(a["form"], a["per_unit"]["award_yuan"]) for a in awards_in(text)] == [("per_unit", Decimal("0.05")),
                                                                                  ("per_unit", Decimal("0.1"))]


def test_an_item_titled_for_the_standard_reads_the_sums_after_it():
    assert _per_unit("3.补助标准。日托每人每月80元;半日托每人每月40元。") == [(80, "人"), (40, "人")]


def test_sums_per_parking_space_pile_kilowatt_hour_and_meal_are_per_unit():
    assert _per_unit("对充电设施运营企业,给予每车位2500元的建设补贴。") == [(2500, "车位")]
    assert _per_unit("对个人自用充电桩,给予8000元/根一次性补贴。") == [(8000, "根")]
    assert _per_unit("运营补贴标准为0.1元每度。") == [(Decimal("0.1"), "度")]
    assert _per_unit("对老年人予以2元至4元每餐的助餐补贴。") == [(4, "餐")]


def test_matching_a_higher_grant_a_condition_on_a_past_award_and_a_transfer_between_governments():
    assert awards("按省级资助额度的1:1给予地方配套资助。") == [("matching", None, Decimal("1"), None)]
    assert awards("凡享受过投资额20%的建设补贴的单位,不再享受运营补贴。") == []
    assert awards("市财政对各区财政实际补助金额给予40%补助。") == []


def test_half_the_rent_an_awards_most_by_its_name_and_a_range_of_sums():
    assert awards("对新落户项目,前两年租金全额补贴,后三年租金减半。") == [
        ("rate", None, Decimal("1"), None), ("rate", None, Decimal("0.5"), None)]
    assert awards("对投资30亿元以上的项目,设备购置奖励最高3000万元。") == [("up_to", 30000000, None, None)]
    assert awards("对引荐人的奖励金额从1万元至300万元不等。") == [("up_to", 3000000, None, None)]


# --- deadlines

def _deadlines(text: str) -> list[tuple]:
    from zhengce.provisions import extract
    return [(p.fields["date"], p.fields["time"]) for p in extract(text, year=2022) if p.kind == "deadline"]


def test_a_window_under_a_heading_sentence_and_the_working_days_to_come_and_apply():
    text = "(一)网上申报受理时间。2022年5月9日-2022年5月13日(5个工作日)\n(二)纸质材料受理时间。2022年5月16日9:00-2022年5月17日17:30\n"
    assert _deadlines(text) == [("2022-05-13", None), ("2022-05-17", "17:30")]
    assert _deadlines("符合条件的单位可于8月1日至8月12日的工作日期间到区行政服务中心窗口办理。") == [("2022-08-12", None)]


def test_two_bodies_joined_by_lianhe_in_a_reports_lead_and_a_lots_total_for_its_area():
    doc = _doc("记者获悉,河北省财政厅联合省商务厅近日出台《河北省支持会展业发展的若干措施》,共8条。\n"
               "《若干措施》提出,对新引进的展会给予30万元奖励。\n")
    assert doc.issuer == "河北省财政厅、河北省商务厅"
    assert awards("二是小麦统防统治1.5万亩,补贴金额90万元,确定一个服务主体。") == []


def test_a_sum_per_pupil_a_text_a_report_says_was_published_and_a_standards_title_line():
    assert _per_unit("从秋季学期起,在现行标准上增加每生每学年800元的补助。") == [(800, "生")]
    doc = _doc("某日报讯 昨天,南平市政府官网公布的《南平市人民政府关于实施促进职业教育提质的若干举措的通知》提出,"
               "对新设立的实训基地,给予一次性补助20万元。\n")
    assert doc.title == "关于实施促进职业教育提质的若干举措的通知"
    doc = _doc("关于其他事项的咨询问题\n2024年某区支持服务业发展政策措施和奖补标准\n为方便企业了解政策,下面逐条介绍。\n"
               "一、支持产业集聚\n(一)房租补贴。对新引进的企业,给予首年房租补贴30万元。\n(二)引荐奖励。对引进企业的机构,给予每户20万元一次性奖励。\n")
    assert doc.title == "2024年某区支持服务业发展政策措施和奖补标准"


def test_sums_per_head_raised_and_per_train_listed_a_payout_one_person_got_and_a_contribution_base():
    assert _per_unit("达到标准的,每繁育成活一头良种犊牛奖补 900 元。") == [(900, "头")]
    assert _per_unit("游客满300人、满500人的专列,每列分别奖励0.8万元、1.5万元。") == [(8000, "列"), (15000, "列")]
    assert awards("返乡务工的张某顺利领到5000元的务工补贴和800元交通补贴。") == []
    assert awards("社会保险补贴以不超过上年度社会平均工资的60%为缴费基数核定。") == []


def test_an_awards_yearly_payout_share_and_a_sum_per_person_placed_stated_after_a_comma():
    assert awards("上述奖励在企业入库后三年内,每年按照对应奖励的三分之一兑付。") == []
    assert awards("以上奖励分两年兑现,每年按照所获奖励的50%兑现。") == []
    assert _per_unit("每推荐1名符合条件的人员就业,按300元标准给予中介机构职业介绍补贴。") == [(300, "名")]


def test_a_bound_in_brackets_after_tiered_sums_is_no_rate():
    assert [a[:2] for a in awards("对性能领先的行业模型,分档给予600万元、300万元奖励(不超过采购合同额的20%)。")] == [
        ("fixed", 6000000), ("fixed", 3000000)]


def test_a_standard_stated_in_its_own_words_is_read_though_the_notice_names_the_firm_it_pays():
    assert _per_unit("某某航运有限公司新购置的货船,按散货船每载重吨奖励40元的标准,拟拨付补助资金。") == [(40, "载重吨")]
    assert awards("某某科技有限公司等3家企业,各奖励20万元。") == []
    assert awards("该企业已提交关于120万元的技改补助申请。") == []


def test_the_same_sum_per_two_units_in_one_list_is_two_awards():
    from tests.reading.awards_of import awards_in_policy
    got = awards_in_policy("对新建运输船舶给予奖励,其中,散货船奖励40元/吨、液化气船奖励40元/立方米。\n")
    assert sorted(a["per_unit"]["unit"] for a in got) == ["吨", "立方米"]


def test_money_sent_on_to_those_addressed_a_sum_for_many_firms_and_a_transfer_to_the_towns():
    doc = _doc("各有关单位:现将某类服务机构补助资金120.5万元(详见附件)拨付给你们,请按规定使用。"
               "对新设的照护机构,每张床位补助1800元。\n")
    assert doc.kind == "notice"
    assert [(a["form"], a.get("amount_yuan")) for a in doc_awards(doc)] == [("per_unit", 1800)]
    assert awards("今年3月,对纳入培育库的56家企业奖励资金560万元。") == []
    assert awards("6月份,向各镇拨付绩效奖励90万元。") == []


def doc_awards(doc):
    from tests.reading.awards_of import incentives_of
    return [dict(p.fields) for p in incentives_of(doc)]
