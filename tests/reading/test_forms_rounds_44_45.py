"""Forms met in rounds 44 and 45 (last stop's final blind rounds, looked at this stop) and 50–51, each in a small
text of its own (placeholder sentences and places, none from a test document): what the reader must
make of them."""

from __future__ import annotations

from decimal import Decimal

from zhengce.reading import parse_text
from tests.reading.awards_of import awards, incentives_of


# ---- structure ----------------------------------------------------------------------------------

def test_items_numbered_after_a_full_stop_on_a_flattened_page_are_articles_even_deep_in_a_text():
    filler = "对参与主办的重点展会按照相关标准进行补助,由行业协会申请补助。" * 8
    text = ("某某县惠企政策汇编\n" + filler + "41.鼓励商圈发展。对通过考核验收的示范街区运营主体,给予最高不超过 30 万元的奖励。"
            "42.开展促销活动。对经认定的促销活动,给予主办方不超过 2 万元的宣传奖励。\n")
    doc = parse_text(text, source="flat.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(41, "鼓励商圈发展"), (42, "开展促销活动")]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(41, 300000), (42, 20000)]


def test_numerals_listed_in_a_sentence_open_no_section():
    text = ("某某县关于加快竹产业发展的意见\n一、发展目标\n到2026年,竹产业产值5亿元;推动一、二、三产联动,竹业全链条提质。\n"
            "二、扶持政策\n1.推进竹林基地建设。给予实际投资额50%、最高不超过60万元补助。\n")
    doc = parse_text(text, source="numerals.txt")[0]
    assert [s.title for s in doc.sections] == ["发展目标", "扶持政策"]


def test_the_first_items_awards_count_when_its_number_was_lost():
    text = ("某某区科技创新若干规定\n为增强企业创新能力,特制定本规定。\n一、增强企业创新能力\n"
            "对新认定的高新技术企业,给予3万元奖励。\n2.对新认定的省级创新型企业,给予2万元奖励。\n")
    doc = parse_text(text, source="lost.txt")[0]
    assert [(p.article, p.fields["amount_yuan"]) for p in incentives_of(doc)] == [(None, 30000), (2, 20000)]


def test_a_table_of_contents_the_page_ends_in_is_the_outline_and_no_digest():
    text = ("某某县惠企政策摘编(二)\n目 录\n一、 某某市最新支持政策\n(一)某某市支持数字经济发展若干措施\n(二)某某市支持企业发展十条措施\n"
            "二、 某某省最新支持政策\n(一)某某省促进民营经济发展若干措施\n(二)某某省支持跨境电商发展的若干举措\n三、财税支持\n(一)小微企业所得税优惠政策\n")
    docs = parse_text(text, source="contents.txt")
    assert len(docs) == 1 and docs[0].title.startswith("某某县惠企政策摘编")
    assert [len(s.articles) for s in docs[0].sections] == [2, 2, 1]


def test_a_self_named_policy_without_title_written_in_chapters_stays_a_policy():
    text = ("第一章 总 则\n第一条 为优化营商环境,结合我县实际,特制定本政策。\n"
            "第二条 本政策适用于在本县注册的外来投资企业。\n第二章 扶持政策\n第三条 对新落户企业给予10万元奖励。\n")
    assert parse_text(text, source="selfnamed.txt")[0].kind == "policy"


# ---- heads --------------------------------------------------------------------------------------

def test_a_list_title_broken_over_two_lines_is_one_title():
    text = ("某某省2023年“提质增效”高水平开放\n政策清单(第二批)\n一、继续实施的政策\n(1)扩大有效需求。\n"
            "1.对排名前3位的市分别奖励800万元、500万元、300万元。(牵头单位:省发展改革委)\n")
    assert parse_text(text, source="list.txt")[0].title == "某某省2023年“提质增效”高水平开放政策清单(第二批)"


def test_a_news_lead_before_the_full_text_names_it_and_its_issuer_and_the_stamp_its_year():
    text = ("首页 > 新闻 > 快讯 >\n某市出台新政:头部主播奖励或超百万\n2021/03/05/ 10:20:30   某某新闻 / 值班编辑\n"
            "(原标题:某市出台新政:头部主播奖励或超百万)\n"
            "某某新闻客户端3月5日消息,近日,某某市商务局发布《关于加快直播经济发展的若干意见》,对直播企业进行扶持。全文如下:\n"
            "为进一步创新消费模式,特制定本意见。\n一、主要目标\n到2023年,全市直播成交额达到5000亿元。\n"
            "二、支持措施\n(一)加大企业招引。对新引进的头部企业给予最高100万元奖励。\n")
    doc = parse_text(text, source="lead.txt")[0]
    assert (doc.title, doc.issuer, doc.year) == ("关于加快直播经济发展的若干意见", "某某市商务局", 2021)


def test_a_byline_date_gives_a_news_reports_year():
    text = ("首页 >\n某市出台措施重奖旅行社\n本文作者:某某 2019-08-27\n"
            "旅游专列团队奖励。旅行社组织300人以上的专列来本市观光的,分别奖励2万元、4万元。\n")
    assert parse_text(text, source="byline.txt")[0].year == 2019


def test_a_call_without_a_date_takes_its_year_from_its_forms():
    text = ("关于申报某某区第二季度“工业企业奖励”的通知\n各镇人民政府、街道办事处:\n一\n奖励标准\n"
            "工业产值同比每增加1000万元奖励1万元。\n二\n申报流程\n符合条件的企业填报《2021年某某区第二季度工业企业奖励申报表》。\n"
            "三\n申报时间\n请各单位在 9月1日前将申报材料报送至区经信局。\n")
    doc = parse_text(text, source="call.txt")[0]
    assert doc.year == 2021
    assert [d["date"] for d in doc.deadlines] == ["2021-09-01"]


def test_spaced_law_database_labels_give_the_document_number():
    text = ("某市财政局 某市科学技术局关于下达2022年科普基地奖补资金预算的通知\n"
            "【时 效 性】 有效 【颁布日期】 2022-12-20\n【法规层次】 【文  号】 某财教〔2022〕12号\n"
            "有关单位:\n现下达你们2022年科普基地奖补资金预算。奖励标准为:一等奖4万元/项、二等奖2万元/项。\n"
            "某市财政局                     某市科学技术局\n2022年12月20日\n")
    doc = parse_text(text, source="database.txt")[0]
    assert doc.doc_number == "某财教〔2022〕12号"
    assert [(p.fields["form"], p.fields["amount_yuan"]) for p in incentives_of(doc)] == [("fixed", 40000), ("fixed", 20000)]


def test_a_signature_with_a_damaged_date_in_front_of_the_draft_it_publishes():
    text = ("关于《某某市河道管理条例(草案)》公开征求意见的公告\n"
            "现将条例草案在本网公布,欢迎社会公众提出修改意见。请于6月5日前将意见寄送市人大常委会法工委\n"
            "联系电话:0477-1234567\n"
            "某某市人大常委会\n202256\n某某市河道管理条例(草案)\n第一章 总则\n第一条 为加强河道管理,制定本条例。\n")
    doc = parse_text(text, source="draft.txt")[0]
    assert (doc.issuer, doc.issued, doc.status) == ("某某市人大常委会", "2022-05-06", "draft")


def test_a_public_showing_of_a_plan_is_the_plan():
    text = ("关于某某市“强园奖补”项目实施方案公示\n一、资金来源:省财政资金。\n二、奖补标准:对龙头企业各奖补10万元。\n")
    assert parse_text(text, source="shown.txt")[0].kind == "policy"


def test_a_signer_and_date_run_into_the_title_with_a_publication_note_between():
    body = ("为促进竹木加工发展,建设加工园区1个以上,培育加工示范户10户以上,"
            "对年销售额达到50万元以上的加工户奖励1万元,县财政统筹保障竹木加工业发展专项经费每年不少于200万元。") * 3
    text = "某某县人民政府办公室2023年1月3日(此件公开发布)某某县加快竹木精深加工发展的实施意见(试行)" + body
    doc = parse_text(text, source="run_on.txt")[0]
    assert (doc.title, doc.issued, doc.total_budget_yuan) == ("某某县加快竹木精深加工发展的实施意见(试行)", "2023-01-03", 2000000)


def test_measures_each_citing_their_own_basis_are_a_package_named_by_the_breadcrumb():
    text = ("首页>专题专栏>助企纾困政策>某某区稳经济政策包\n2022-07-21\n"
            "1.降低工商业用户用电成本。\n政策依据:《某市发展和改革委员会关于降低用电成本的通知》\n责任单位:区发展改革委\n"
            "2.严格执行转供电加价限制政策。\n政策依据:《某市发展和改革委员会关于清理规范涉企收费的通知》\n责任单位:区发展改革委\n")
    doc = parse_text(text, source="package.txt")[0]
    assert doc.title != "某市发展和改革委员会关于降低用电成本的通知"
    assert len(doc.articles) == 2


def test_a_news_report_of_a_notice_received_names_the_notice_and_who_sent_it():
    text = ("首页 > 县直之窗\n某某县喜获追加资金奖励\n"
            "近日,某某县收到由某某省财政厅、某某省农业农村厅联合下发的《关于下达2023年乡村振兴补助资金预算的通知》,"
            "对绩效评价好的县进行追加奖励。\n")
    doc = parse_text(text, source="received.txt")[0]
    assert (doc.title, doc.issuer) == ("关于下达2023年乡村振兴补助资金预算的通知", "某某省财政厅、某某省农业农村厅")


def test_money_set_aside_for_the_whole_places_purpose_is_the_policys_budget():
    text = ("关于某某区花卉产业发展的政策意见\n一、资金安排\n2021年,区财政安排800万元专项资金用于全区花卉产业发展。\n"
            "二、补助标准\n1.鼓励新建花卉基地。给予种植主体补助2000元/亩。\n")
    assert parse_text(text, source="whole.txt")[0].total_budget_yuan == 8000000


# ---- provisions ---------------------------------------------------------------------------------

def test_so_much_for_each_thing_counted_with_the_award_word_after():
    assert awards("对参展展位数在300个以上的,给予举办单位每个摊位 300 元补助。") == [("per_unit", 300, None, None)]
    assert awards("对每个小区给予40万元的补贴。") == [("fixed", 400000, None, None)]


def test_a_rates_limit_per_unit_measured_is_not_its_money_cap_nor_an_award():
    assert awards("总投资在10万元以上的,按投入额的60%给予补助,每亩不超过2000元,每个主体补助最高不超过20万元。") == [
        ("rate", None, Decimal("0.6"), 200000)]
    assert awards("开展统防统治服务的,按服务费50%、最高不超过每亩60元补助。") == [("rate", None, Decimal("0.5"), 60)]
    assert awards("安装太阳能路灯的,据实给予补贴,最高不超过每盏3000元。") == [("up_to", 3000, None, None)]


# ---- rounds 50 and 51 (scored blind on arrival, then developed against) --------------------------

def test_n_rates_after_fenbie_pair_with_the_n_caps_that_follow():
    assert awards("对租赁用房的国家、省、市级平台,分别按照不超过年度租金的100%、70%、50%给予每年最高100万元、70万元、50万元的资助。") == [
        ("rate", None, Decimal("1"), 1000000), ("rate", None, Decimal("0.7"), 700000), ("rate", None, Decimal("0.5"), 500000)]


def test_a_maximum_per_unit_measured_after_a_rate_is_its_cap():
    assert awards("对软件企业的租金,按照不超过实际支付租金的50%,给予最高30元/平方米/月的租金补贴。") == [
        ("rate", None, Decimal("0.5"), 30)]


def test_an_items_heading_in_square_brackets():
    text = ("某某区关于进一步扩大对外开放的若干举措\n一、总体要求\n(一)【更大力度吸引和利用外资】全方位做好外资企业投资服务,"
            "对新设外资企业给予最高100万元奖励。\n")
    assert parse_text(text, source="bracket.txt")[0].articles[0].heading == "更大力度吸引和利用外资"


def test_a_spliced_page_whose_first_line_ends_with_the_signer():
    body = ("为加快培育直播带货新模式、壮大网络零售,对首次纳入限上统计的直播企业,给予一次性5万元的资金补助,"
            "对当年新增的入统企业给予奖励,") * 5
    text = ("区直各单位:为促进直播经济发展,某某市某某区人民政府2022年4月15日某某市某某区促进直播经济发展六条措施" + body)
    doc = parse_text(text, source="splice.txt")[0]
    assert (doc.title, doc.issuer, doc.issued) == ("某某市某某区促进直播经济发展六条措施", "某某市某某区人民政府", "2022-04-15")


def test_a_collection_period_of_a_call_for_comments():
    text = ("根据工作需要,县经贸局起草了《某某县促进跨境电商发展奖励办法(试行)(征求意见稿)》,现公开征求社会各界的意见。\n"
            "征集时间:2021年4月3日-4月18日\n联系电话:0915-1234567\n某某县经济贸易局\n2021年4月3日\n"
            "某某县促进跨境电商发展奖励办法(试行)(征求意见稿)\n第一条 为发展外向型经济,制定本办法。\n")
    assert parse_text(text, source="collect.txt")[0].comment_period == ["2021-04-03", "2021-04-18"]


def test_a_line_printed_twice_around_the_page_fields_is_the_headline():
    text = ("您当前的位置:首页>某某市农业农村局>政策法规\n某某村级公益事业财政奖补项目\n发布日期:2013-10-25 11:28\n来源:本站\n打印\n"
            "某某村级公益事业财政奖补项目\n补贴范围\n按村民议事程序开展的村级公益事业项目。\n")
    assert parse_text(text, source="twice.txt")[0].title == "某某村级公益事业财政奖补项目"


def test_a_feedback_report_on_a_draft_is_read_as_the_draft():
    text = ("征集结果:《某某县标准化奖励办法(修订征求意见稿)》的反馈结果\n"
            "2021年11月16日至12月15日,我单位就《某某县标准化奖励办法(修订征求意见稿)》开展了意见征集,共征集意见3条,采纳3条。\n")
    doc = parse_text(text, source="feedback.txt")[0]
    assert (doc.title, doc.status, doc.kind) == ("某某县标准化奖励办法", "draft", "rules")


def test_a_report_whose_opening_title_bracket_was_lost():
    text = ("某某网2011年9月29日讯:从省政府办公厅传来消息,某某省绿化模范评选实施方法》日前印发全省实施。依照《方法》省将设立四个奖项。\n"
            "该《实施方法》规定,获评模范县的,奖励20万元。\n")
    doc = parse_text(text, source="lost.txt")[0]
    assert (doc.title, doc.kind) == ("某某省绿化模范评选实施方法", "rules")


def test_a_page_name_over_the_policy_title_is_not_part_of_it():
    text = ("首页\n>政务公开>服务资讯>政策解读\n某某市商务局惠企政策问答\n发布时间: 2024- 01- 29 11: 09浏览次数:\n"
            "某某市加快数字经济核心产业发展的若干政策\n为推进新型工业化,制定如下政策。\n"
            "一、支持产业集群发展\n(一)对新认定的集群给予最高100万元奖励。\n")
    assert parse_text(text, source="pagename.txt")[0].title == "某某市加快数字经济核心产业发展的若干政策"


# ---- forms met again in older rounds, looked at this stop -------------------------------------------

def test_a_threshold_met_then_its_award_and_grades_of_an_award_standard():
    assert awards("新增产值2亿元及以上奖励20万元。") == [("fixed", 200000, None, None)]
    assert awards("示范农家乐分为三个等次,奖励标准为甲级每户3万元,乙级每户2万元。") == [
        ("fixed", 30000, None, None), ("fixed", 20000, None, None)]
    assert awards("区财政安排产值奖励资金500万元。") == []


def test_a_call_for_a_later_years_programme_is_that_years():
    text = ("各县(区)科技主管部门:\n按照省科技厅要求,现组织申报2024年度科技计划项目,有关事项通知如下:\n"
            "一、申报要求\n请于2023年9月10日前将申报材料报送市科技局。\n某某市科学技术局\n2023年8月15日\n")
    doc = parse_text(text, source="programme.txt")[0]
    assert (doc.kind, doc.year, doc.issued) == ("notice", 2024, "2023-08-15")


def test_deadline_forms_not_later_than_a_request_cut_at_the_page_end_and_a_day_with_office_hours():
    from zhengce.provisions import extract
    def dates(s):
        return [(p.fields["date"], p.fields["time"]) for p in extract(s, year=2017) if p.kind == "deadline"]
    assert dates("审核提交时间应不晚于2023年9月10日18时。") == [("2023-09-10", "18:00")]
    assert dates("各县(区)商务部门审核后,请于2025年7月25日前,") == [("2025-07-25", None)]
    assert dates("再次受理:7月10日(9:00-17:30)") == [("2017-07-10", "17:30")]


def test_comment_periods_under_a_label_with_de_and_a_request_dated_first():
    text = ("关于公开征求《某某市产业集群发展若干政策(征求意见稿)》意见的公告\n为广泛听取意见,现公开征求意见。\n"
            "一、征求意见的时间\n\n2023年3月23日至2023年4月23日\n二、公众提交意见的途径\n")
    assert parse_text(text, source="period.txt")[0].comment_period == ["2023-03-23", "2023-04-23"]
    text = ("关于公开征求《某某市物业管理办法(修订草案征求意见稿)》意见的通知\n现将办法修订草案公布,征求社会各界意见。\n"
            "请于2020年11月28日前将修改意见和建议通过电子邮件发送市司法局。\n某某市司法局\n2020年10月28日\n")
    assert parse_text(text, source="period2.txt")[0].comment_period == ["2020-10-28", "2020-11-28"]


def test_a_signature_above_a_page_footer():
    text = ("各县(市、区)科技管理部门:\n现组织开展2023年度项目申报工作,请于2023年5月10日前报送申报材料。\n"
            "某某市科学技术局\n2023年4月4日\n原文链接:\n免责声明:\n本网转载内容仅供参考,版权归原作者所有。\n"
            "TOP\n客服\n电话\n微信\n扫一扫\n分享到\n")
    doc = parse_text(text, source="footer.txt")[0]
    assert (doc.issuer, doc.issued) == ("某某市科学技术局", "2023-04-04")


def test_an_untitled_letter_to_its_addressees_is_a_notice():
    text = ("各县(区)人民政府,市人民政府有关部门:\n近年来,全市广大教师潜心育人,涌现出一批先进典型。"
            "为表彰先进,市政府决定对获奖项目给予奖励,其中一等奖每项奖励10万元。\n")
    assert parse_text(text, source="letter.txt")[0].kind == "notice"


# ---- round 55 (scored blind on arrival at 6537c45, then developed against) ---------------------------

def test_measures_whose_items_are_the_same_fields_are_the_articles():
    text = ("某某开发区现代物流业扶持政策\n一、物流企业升级奖励\n1.申报条件\n企业新获得5A级物流企业认证。\n2.支持标准\n给予200万元一次性奖励。\n"
            "二、产业联动发展奖励\n1.申报条件\n规模以上物流企业承接区内制造业物流服务外包。\n2.支持标准\n按外包总费用的2%给予奖励,单个企业年度最高不超过50万元。\n")
    doc = parse_text(text, source="fields.txt")[0]
    assert [(a.no, a.heading) for a in doc.articles] == [(1, "物流企业升级奖励"), (2, "产业联动发展奖励")]
    assert [(p.article, p.fields["form"]) for p in incentives_of(doc)] == [(1, "fixed"), (2, "rate")]


def test_a_page_typed_with_dots_for_full_stops():
    text = ("县直各单位:为发展水产养殖,现制定如下意见.一、支持规模渔场建设,水面达到500亩以上.对验收合格的规模渔场,各扶持30万元。"
            "二、支持渔业专业村建设.每个渔业村各扶持20万元.三、支持休闲渔业示范点建设,各扶持40万元.某某县人民政府办公室2022年2月3日。")
    doc = parse_text(text, source="dots.txt")[0]
    assert [p.fields["amount_yuan"] for p in incentives_of(doc)] == [300000, 200000, 400000]
    assert [a.no for a in doc.articles] == [1, 2, 3]


# ---- round 54 (scored blind on arrival at 974a8d6, then developed against) ---------------------------

def test_an_award_reckoned_as_a_share_of_the_base():
    assert awards("引荐项目符合奖励条件的,按项目实际形成固定资产投资的3‰计算奖金,按年度兑现。") == [
        ("rate", None, Decimal("0.003"), None)]


def test_a_file_name_line_over_the_text_and_a_word_quoted_in_a_cited_name():
    preamble = "为进一步优化营商环境,围绕打造现代产业体系目标,深入实施产业立区战略," * 6
    text = ("某某区促进高质量发展若干政策》(征求意见稿).docx\n某某区促进高质量发展若干政策(征求意见稿) " + preamble + "制定本政策。\n"
            "一、支持企业做大做强\n(一)对新认定的企业给予最高50万元奖励。\n")
    assert parse_text(text, source="docx.txt")[0].title == "某某区促进高质量发展若干政策"
    text = ("为贯彻《某某区“十四五”产业规划》和《某某区“十四五”人才规划》,结合本区实际,制定本意见。\n"
            "一、对新认定的研发中心给予20万元奖励。\n二、对新引进的人才给予5万元安家补贴。\n")
    assert parse_text(text, source="quoted.txt")[0].title is None


def test_a_flip_books_page_label_per_thing_added_two_ways_and_a_rules_text_defining_its_terms():
    text = ("Page 12 - 某某市产业政策汇编\nP. 12\n一、支持现代服务业\n1.对首次认定的服务业集聚区,给予管理单位30万元的一次性补助。\n"
            "2.对集聚区内新增规上企业的,给予管理单位奖励。\n")
    assert parse_text(text, source="flipbook.txt")[0].title is None
    assert awards("每新引进或培育新增1家符合产业定位的规上服务业企业,给予集聚区管理单位5万元奖励。") == [
        ("per_unit", 50000, None, None)]
    text = ("第二条 本办法所称引荐人是指提供有效招商信息的个人或单位。\n第三条 引荐项目落地的,按项目实际投资的2‰计算奖金。\n")
    assert parse_text(text, source="defines.txt")[0].kind == "rules"


# ---- round 57 (scored blind on arrival at 40af498, then developed against) ---------------------------

def test_so_much_per_bed_and_per_bed_and_month():
    assert awards("新建床位达到300张以上的,给予每张床位6000元的一次性建设补助。") == [("per_unit", 6000, None, None)]
    assert awards("运营补贴按实际使用床位每张每月200元的标准补贴。") == [("per_unit", 200, None, None)]


# ---- round 56 (scored blind on arrival at 1ae53ec, then developed against) ---------------------------

def test_a_pdf_page_with_dots_an_award_verb_over_its_amount_and_a_group_title_run_into_its_item():
    text = ("(二)鼓励企业上市\n1.鼓励企业上市.企业经核准发行股票并成功上市的,最高给予补助\n\n100 万元. 2.鼓励企业挂牌. 在新三板挂牌的企业, "
            "最高奖励\n\n60 万元.\n(三)鼓励节能降耗1.鼓励企业开展节能改造.对进行节能改造的企业,给予不超过项目投资额15%的补助。\n")
    doc = parse_text(text, source="pdf.txt")[0]
    assert [(s.title, [a.no for a in s.articles]) for s in doc.sections] == [("鼓励企业上市", [1, 2]), ("鼓励节能降耗", [1])]
    assert [p.fields["amount_yuan"] for p in incentives_of(doc)][:2] == [1000000, 600000]


def test_a_drafting_explanations_parts_and_a_reference_to_an_article_in_a_sentence():
    text = ("一、背景情况\n为促进首店经济发展,起草了《意见》。\n二、起草过程\n《意见》初稿形成后,征求了有关单位的意见。\n三、主要内容\n"
            "(一)引进首店支持:1.入驻奖励。对新设首店的,按照装修成本的30%,给予最高200万元支持。2.房租奖励。按房租的30%给予最高50万元支持。\n"
            "(二)首发首秀扶持。对开展首发活动的,按活动费用的30%给予最高50万元补贴。\n"
            "(三)招引机构奖励。招引机构引进首店获得本意见第一条中任何一项政策支持的,按照每家5万元给予奖励。\n")
    doc = parse_text(text, source="explain.txt")[0]
    assert [(s.title, [a.no for a in s.articles]) for s in doc.sections] == [
        ("背景情况", []), ("起草过程", []), ("主要内容", [1, 2, 3])]
