"""Forms seen in rounds 113–115 and not read at the last stop, each in a small text of its own
(placeholder sentences and places, none from a test document)."""

from __future__ import annotations

from zhengce.reading import parse_text
from tests.reading.awards_of import incentives_of


def _awards(body: str, head: str = "某某区产业扶持办法\n") -> list[dict]:
    doc = parse_text(head + body, source="forms116.txt")[0]
    return [dict(p.fields, article=p.article, quote=p.quote) for p in incentives_of(doc)]


def test_a_share_bound_on_the_award_named_in_the_clause_before_is_a_rate():
    awards = _awards("第一条 市级资金用于甲类项目的补助资金,原则上不超过该项目总投资的40%、额度上限不超过2000万元。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [("rate", "0.4", 20000000)]


def test_an_award_as_large_as_the_one_it_follows_is_a_one_to_one_match():
    awards = _awards("第一条 对获得市级认定的甲类企业,另给予相同额度的资金奖励,每年最高不超过100万元。\n"
                     "第二条 对获得上级奖励的乙类企业,县财政给予与上级同等数额的补助。\n")
    assert [(p["form"], str(p["rate"]), p.get("cap_yuan")) for p in awards] == [
        ("matching", "1", 1000000), ("matching", "1", None)]


def test_a_cap_on_the_matching_in_the_next_sentence_bounds_each_share():
    awards = _awards("第一条 对甲类机构获得国家立项的项目资金给予100%配套;对获得省、市立项的项目资金分别给予60%、40%配套。"
                     "每项最高配套额度为300万元,每家机构每年限报一项。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [
        ("matching", "1", 3000000), ("matching", "0.6", 3000000), ("matching", "0.4", 3000000)]


def test_an_upper_limit_stated_as_so_much_for_the_awards_above_caps_them():
    awards = _awards("第一条 甲类企业年度产值达到1亿元以上的,以年度产值为基数,给予0.05%的奖励;"
                     "年度产值增长的部分,以此为基数,另给予0.1%的奖励。以上奖励以500万元为上限,且不超过其当年地方贡献的50%。\n")
    assert [(p["form"], str(p["rate"]), p["cap_yuan"]) for p in awards] == [
        ("rate", "0.0005", 5000000), ("rate", "0.001", 5000000)]


def test_rates_listed_under_a_section_titled_the_standard_are_awards():
    awards = _awards("一、补贴对象\n(一)在本区工作的甲类人才。\n二、补贴标准\n(一)甲类人才,每人每月1200元;\n"
                     "(二)乙类人才,每人每月900元。\n三、其他\n(一)本细则自发布之日起施行。\n", head="某某区人才租房补贴实施细则\n")
    assert [(p["form"], p["per_unit"]["award_yuan"]) for p in awards] == [("per_unit", 1200), ("per_unit", 900)]


def test_a_line_of_rates_without_a_standard_above_it_is_no_award():
    awards = _awards("一、补贴对象\n(一)甲类人才,每人每月1200元;\n(二)乙类人才,每人每月900元。\n",
                     head="某某区人才租房补贴实施细则\n")
    assert awards == []


def test_who_pays_and_how_after_the_condition_is_not_part_of_the_trigger():
    awards = _awards("第一条 对首次认定的甲类企业,市财政一次性给予5万元奖励。\n第二条 对新认定的乙类企业,每家奖励3万元。\n"
                     "第三条 对获得市级奖励的丙类项目,再给予一次性奖励2万元。\n第四条 对评为一等奖的丁类企业,各奖励1万元。\n")
    assert [p["trigger"] for p in awards] == ["首次认定的甲类企业", "新认定的乙类企业", "获得市级奖励的丙类项目",
                                              "评为一等奖的丁类企业"]


def _page(tmp_path, html: str):
    from zhengce.reading import read_path

    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return read_path(page)


_CARD = ("<p>1、甲类创业资助</p><p>补贴条件:</p><p>(1)在本市登记注册满6个月的初创企业;</p><p>补贴对象:符合条件的初创人员。</p>"
         "<p>补贴标准:8000元。</p><p>补贴期限:一次性。</p><p>2、乙类租金补贴</p><p>补贴条件:</p>"
         "<p>(1)租赁场地用于经营的初创企业;</p><p>补贴对象:符合条件的初创人员。</p>"
         "<p>补贴标准:每连续租满1年补贴5000元。</p><p>补贴期限:累计不超过3年。</p>")


def test_a_page_title_with_a_comma_printed_again_as_its_headline_is_the_title(tmp_path):
    (doc,) = _page(tmp_path, "<html><head><title>某某市创业补贴,请查收</title></head><body><div>登录</div><div>手机版</div>"
                             "<div>首页 &gt; 服务 &gt; 就业创业</div><div>某某市创业补贴,请查收</div>"
                             "<div>发布日期:2025-04-08 11:24:11</div>" + _CARD + "</body></html>")
    assert doc.title == "某某市创业补贴,请查收"
    # a card of fields (补贴条件 / 补贴对象 / 补贴标准 / 补贴期限) is a guide: a notice, read by its paragraphs
    assert doc.kind == "notice" and doc.sections == []
    assert [(p.fields["form"], p.fields.get("amount_yuan")) for p in incentives_of(doc)][:1] == [("fixed", 8000)]


def test_an_empty_heading_above_the_content_takes_the_page_title_and_its_date_stays_apart(tmp_path):
    (doc,) = _page(tmp_path, "<html><head><title>某某市甲类补贴发放标准 - 某某市人民政府门户网站</title></head><body>"
                             "<div>当前位置:首页 &gt; 政务公开</div><h3 class=\"space\"></h3><div>2026-02-26</div>"
                             "<div>来源:某某市民政局</div><div class=\"content\"><p>一、发放标准</p><p>自2026年1月起,"
                             "全市甲类补贴和乙类补贴的标准分别提高至每人每月217元、290元,由各区按月发放到人,"
                             "所需资金由市、区两级财政按规定分担,各区应当及时足额发放,不得截留挪用。</p><p>二、工作要求</p>"
                             "<p>各区民政部门要加强对补贴对象的动态管理,做好资格认定、审核和发放工作,确保补贴按时足额发放到位;"
                             "对不再符合条件的,要及时停发补贴,并做好政策解释工作,确保政策平稳实施。</p><p>三、本标准自2026年1月1日起执行,"
                             "此前规定与本标准不一致的,以本标准为准。</p></div></body></html>")
    assert doc.title == "某某市甲类补贴发放标准"


def test_one_place_printed_twice_as_a_page_field_is_no_digest_of_places():
    docs = parse_text("印发《关于促进永嘉县甲类产业发展的若干政策措施》的通知\n发布机构\n永嘉县\n登记日期\n2022-09-27\n"
                      "主题分类\n综合政务\n发布机构\n永嘉县\n登记日期\n2022-09-27\n主题分类\n综合政务\n关于促进永嘉县甲类产业发展的若干政策措施\n"
                      "一、实行购置补贴。对购置甲类设备的企业,按购置价的10%给予补贴。\n二、加大金融支持。鼓励金融机构加大信贷支持。\n",
                      source="fields116.txt")
    assert len(docs) == 1


def test_two_rates_per_unit_in_one_clause_of_a_page_without_articles_are_two_awards():
    doc = parse_text("某某县新增耕地补助政策\n近日,某某县出台新增耕地补助政策,按照水田500元/亩•年、旱地200元/亩•年的标准对耕种人"
                     "连续3年予以补助到位。\n", source="paras116.txt")[0]
    assert [p.fields["per_unit"]["award_yuan"] for p in incentives_of(doc)] == [500, 200]


def test_a_step_of_heads_added_pays_per_step_and_a_payment_stage_is_no_rate():
    awards = _awards("第一条 对新建存栏3000头以上的养殖场补贴1000万元,每相应增加1000头规模,增加补贴资金300万元,最高不超过3000万元。"
                     "验收合格且存栏超过60%的,兑现80%补贴资金。\n")
    assert [(p["form"], p.get("amount_yuan"), (p.get("per_unit") or {}).get("award_yuan"), p.get("cap_yuan")) for p in awards] == [
        ("fixed", 10000000, None, None), ("per_unit", None, 3000000, 30000000)]


def test_a_fraction_with_a_slash_before_the_award_is_a_rate():
    awards = _awards("第一条 对购置大型农机的农户,给予购置费1/6的补贴。\n")
    assert [(p["form"], round(float(p["rate"]), 4)) for p in awards] == [("rate", 0.1667)]


def test_an_award_growing_by_a_step_of_area_is_per_unit_with_its_cap():
    awards = _awards("第一条 场馆面积达到2万平方米以上的,给予主办单位20万元奖励;每增加5000平方米递增10万元奖励,最高奖励不超过60万元。\n")
    assert [(p["form"], p.get("amount_yuan"), (p.get("per_unit") or {}).get("award_yuan"), p.get("cap_yuan")) for p in awards] == [
        ("fixed", 200000, None, None), ("per_unit", None, 100000, 600000)]


def test_a_share_bounding_the_award_of_a_rate_is_no_rate_of_its_own():
    awards = _awards("第一条 甲类企业按30%给予贴息,且贴息金额不高于实际贷款额的1%;乙类企业贴息比例提高到50%,且贴息金额不高于实际贷款额的2%。\n")
    assert [(p["form"], str(p["rate"])) for p in awards] == [("rate", "0.3"), ("rate", "0.5")]


def test_vouchers_for_each_house_are_per_unit_and_a_house_cap_bounds_a_rate_per_area():
    awards = _awards("第一条 对符合条件的购房人,每套发放8万元消费券。本次消费券总额1000万元。\n"
                     "第二条 对购买新建住房的,按面积予以每平方米100元的补贴,每套补贴最高不超过3万元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"].get("unit"), p.get("cap_yuan")) for p in awards] == [
        ("per_unit", 80000, "套", None), ("per_unit", 100, "平方米", 30000)]


def test_loan_limits_in_a_list_are_no_awards_and_a_share_of_the_interest_rate_is_a_rate():
    awards = _awards("第一条 个体户和小型企业可分别申请最高30万元、300万元担保贷款,给予贷款利率60%的财政贴息。\n")
    assert [(p["form"], str(p["rate"])) for p in awards] == [("rate", "0.6")]


def test_vouchers_per_house_at_a_standard_and_floor_area_granted_are_read_apart():
    awards = _awards("第一条 购买新建住房的,面积100平方米以上的按照8000元/套标准发放购房券;"
                     "面积100平方米及以下的按照4000元/套标准发放购房券。\n"
                     "第二条 达到一、二星级绿色标准的项目,容积率计算时分别给予1%、2%的奖励。\n")
    assert [(p["article"], p["per_unit"]["award_yuan"]) for p in awards] == [(1, 8000), (1, 4000)]


def test_a_notice_that_sets_out_measures_itself_has_them_as_articles(tmp_path):
    (doc,) = _page(tmp_path, "<html><head><title>关于进一步支持甲类住房需求的通知-公告信息-某某市房产局</title></head><body>"
                             "<div>首页 &gt; 部门文件</div><div>关于进一步支持甲类住房需求的通知</div>"
                             "<div>发布时间:2023-09-04 来源:某某市房产局</div>"
                             "<p>各区县(市)房产部门:</p><p>为支持甲类住房需求,经市政府同意,现就有关事项通知如下:</p>"
                             "<p>一、放宽甲类购买限制</p><p>取消限购措施,支持合理需求。</p><p>(责任部门:市房产局)</p>"
                             "<p>二、鼓励人才置业</p><p>(一)对本科毕业生首次购房补贴2万元。</p>"
                             "<p>(二)对新毕业生购买新建住房的,契税给予全额补贴。</p><p>(责任部门:市房产局)</p></body></html>")
    assert doc.title == "关于进一步支持甲类住房需求的通知"
    assert doc.kind == "policy" and [len(s.articles) for s in doc.sections] == [0, 2]
    assert [(p.fields["form"], p.fields.get("amount_yuan"), p.fields.get("rate")) for p in incentives_of(doc)] == [
        ("fixed", 20000, None), ("rate", None, 1)]


def test_a_share_of_what_was_paid_given_back_is_a_rate():
    awards = _awards("第一条 对稳定岗位的甲类企业,可返还其上年度缴纳的某项保险费的50%。\n")
    assert [(p["form"], str(p["rate"]), p["base"]) for p in awards] == [("rate", "0.5", "上年度缴纳的某项保险费")]


def test_the_body_rewarded_may_stand_between_the_award_word_and_its_sum():
    awards = _awards("第一条 甲类团队300人以上的,奖励承办社0.3万元;800人以上的,奖励承办社1万元。\n")
    assert [(p["form"], p["amount_yuan"]) for p in awards] == [("fixed", 3000), ("fixed", 10000)]


def test_shares_of_floor_area_are_no_rates():
    awards = _awards("第一条 甲类项目配套服务设施占比不超过总建筑面积的30%。\n"
                     "第二条 可配建不超过总建筑面积15%的办公用房。\n")
    assert awards == []


def test_a_city_government_office_printed_short_is_written_out():
    from zhengce.reading.metadata import qualify_unit
    from zhengce.reading.regions import lookup

    assert qualify_unit("市政府办公室", lookup("常州市")) == "常州市人民政府办公室"


def _site_page(content: str, fields: str = "") -> str:
    nav = "".join(f"<li><a href=\"/n{i}\">栏目{i}</a></li>" for i in range(70))  # (a menu longer than a head is read)
    return (f"<html><head><title>某某市甲类基地管理办法 - 某某市人民政府门户网站</title></head><body>"
            f"<div class=\"top\"><ul>{nav}</ul><div>我要查</div><div>信用信息公示</div></div>"
            f"<div class=\"wrap\"><div class=\"left\">{fields}<div class=\"news\"><div class=\"info\">{content}</div></div></div></div>"
            f"<div class=\"foot\">版权所有 某某市人民政府</div></body></html>")


def test_a_content_block_with_no_usual_name_is_found_by_its_text_and_its_fields_kept(tmp_path):
    content = ("<p>某人社规字〔2019〕6号</p><p>某某市甲类基地管理办法</p><p>第一章 总则</p>"
               "<p>第一条 为加强本市甲类基地管理,切实做好甲类工作,根据有关规定,结合本市实际,制定本办法。</p>"
               "<p>第二条 本办法所指甲类基地是指经市主管部门认定的单位,认定后三年内有效,期满可重新申请认定。</p>"
               "<p>第二章 补贴</p><p>第三条 对甲类基地,按每人每月500元给予补贴,补贴总额最高不超过5万元。</p>"
               "<p>第四条 甲类基地应当按规定使用补贴资金,不得挤占挪用,接受财政和审计部门的监督检查。</p>"
               "<p>第五条 甲类基地有弄虚作假、骗取补贴资金等行为的,取消其基地资格,追回已拨付的补贴资金,三年内不得再次申请认定,"
               "并依法依规追究相关单位和人员的责任;涉嫌犯罪的,移送司法机关依法处理。</p>"
               "<p>第六条 各区主管部门应当加强对本区甲类基地的日常管理和服务指导,每年对基地运行情况进行评估,评估结果作为资格复核的依据。</p>"
               "<p>第七条 本办法自发布之日起施行,有效期五年,由市主管部门负责解释,此前规定与本办法不一致的以本办法为准。</p>")
    fields = "<div class=\"meta\"><span>文\u3000\u3000号:</span><span>某人社规字〔2019〕6号</span>" \
             "<span>发布机关:</span><span>某某市人力资源和社会保障局</span></div>"
    (doc,) = _page(tmp_path, _site_page(content, fields))
    assert doc.title == "某某市甲类基地管理办法"
    assert [s.title for s in doc.sections] == ["总则", "补贴"]
    assert doc.doc_number == "某人社规字〔2019〕6号"


def test_a_cap_sentence_naming_the_persons_concerned_caps_the_rates_before():
    awards = _awards("第一条 对服务对象首次申请的器具,实行全额补贴;再次申请的,补贴50%,差额由服务对象承担。"
                     "每个年度内的补贴上限为8000元,超出部分由服务对象自付。\n")
    assert [(p["form"], str(p["rate"]), p.get("cap_yuan")) for p in awards] == [("rate", "1", 8000), ("rate", "0.5", 8000)]


def test_a_repealed_mark_before_a_notice_title_and_a_title_broken_after_a_quote():
    doc = parse_text("[已废止]某某市人民政府办公室关于进一步加强甲类市场调控和监管工作的通知\n"
                     "各区县人民政府,市政府各委办局:\n为促进甲类市场平稳健康发展,经市政府同意,现将有关事宜通知如下:\n"
                     "一、严格限制甲类交易\n新购甲类资产需满5年方可交易。(责任单位:市甲类局)\n"
                     "二、加强甲类用地供应\n加大热点区域用地供应力度。(责任单位:市自然资源局)\n", source="marks116.txt")[0]
    assert doc.title == "关于进一步加强甲类市场调控和监管工作的通知" and doc.kind == "policy"
    assert [len(s.articles) for s in doc.sections] == [2]
    doc = parse_text("关于进一步落实住房公积金支持“甲类善育”\n政策的通知\n各分中心:\n现就有关事项通知如下:\n"
                     "一、二孩家庭申请住房公积金贷款的,贷款额度可上浮20%。\n二、本通知自2023年7月1日起施行。\n",
                     source="broken116.txt")[0]
    assert doc.title == "关于进一步落实住房公积金支持“甲类善育”政策的通知"
    assert incentives_of(doc) == []  # a loan limit raised by 20% pays no one


def test_a_policy_speaking_to_taiwan_or_hong_kong_is_not_theirs_and_an_interest_share_is_a_rate():
    doc = parse_text("关于鼓励两岸青年入驻台湾青年创业园的实施意见\n一、对入驻的台湾青年创业团队,给予一次性补助5万元。\n"
                     "二、贴息比例为同期银行贷款基准利率的50%。\n", source="across116.txt")[0]
    assert doc.region is None or not doc.region.startswith(("台湾", "香港", "澳门"))
    assert [(p.fields["form"], p.fields.get("amount_yuan"), p.fields.get("rate")) for p in incentives_of(doc)] == [
        ("fixed", 50000, None), ("rate", None, 0.5)]


def test_a_sum_for_each_item_counted_is_per_unit():
    awards = _awards("第一条 对获得授权的甲类专利,每件资助3000元;对获得登记的乙类作品,每件奖励500元。\n")
    assert [(p["form"], p["per_unit"]["award_yuan"], p["per_unit"]["unit"]) for p in awards] == [
        ("per_unit", 3000, "件"), ("per_unit", 500, "件")]
