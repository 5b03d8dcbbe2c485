"""Forms met from round 622 on, each in a small text of its own (placeholder sentences that copy no set
document): on a page flattened into one line, a part's title, its group's title and the group's first item all
run together, items numbered throughout the text after the units in charge of the one before; a measure's short
name run on into its text; and a call's deadline asked of a list of addressees, due before the office closes."""

from __future__ import annotations

from tests.reading.awards_of import awards_in, doc_of
from zhengce.provisions import extract

_FLAT = ("某某县关于促进商贸物流发展的若干政策 为促进全县商贸物流业发展,结合本县实际,制定如下政策。一、支持商贸物流发展(一)支持门店经营"
         "1.支持门店升级,打造品牌。对新评上市级示范门店的业主奖励5万元。(落实单位:县商务局)2.支持企业做强。对年营业额首次超过"
         "1亿元的商贸企业奖励10万元。(落实单位:县商务局)(二)支持物流网络建设3.支持冷库建设。对新建冷库投资额在500万元以上"
         "的,按冷库投资额的12%予以补助,单个冷库最高补助40万元。(落实单位:县交通局)4.支持配送网络。对新设乡镇配送站点的企业,每个站点补助2万元。"
         "(落实单位:县交通局)二、其他 本政策由县商务局负责解释。")


def test_group_titles_run_into_items_numbered_throughout():
    doc = doc_of(_FLAT)
    headings = [a.heading for s in doc.sections for a in s.articles]
    assert headings == ["支持门店升级,打造品牌", "支持企业做强", "支持冷库建设", "支持配送网络"]
    assert [a["article"] for a in awards_in(_FLAT)] == [1, 2, 3, 4]


def test_a_measures_name_run_on_into_its_text():
    text = ("某某县关于加强困难老人关爱服务的实施意见 为做好困难老人关爱服务工作,提出如下意见。一、主要措施(一)强化困难老人生活保障对于无人"
            "照料的困难老人,纳入特困供养范围,按规定发放基本生活费。(二)加强医疗救助衔接对于患重病的困难老人,落实医疗救助政策,"
            "减轻就医负担。(三)健全探访关爱制度建立健全定期探访制度,由村(社区)每月上门探访一次,及时掌握老人生活状况。二、保障措施"
            "各部门要加强协作,形成工作合力,确保各项措施落到实处。")
    doc = doc_of(text)
    assert [a.heading for s in doc.sections for a in s.articles][:3] == ["强化困难老人生活保障", "加强医疗救助衔接", "健全探访关爱制度"]


def test_a_deadline_asked_of_addressees_before_the_office_closes():
    got = [(p.fields["date"], p.fields["what"]) for p in extract(
        "请各乡镇、县级各部门、相关经营户于2027年5月20日下午下班前将项目情况表、进度安排与资金预算,以及相关证明材料报送至县商务局。", year=2027)
        if p.kind == "deadline"]
    assert [d for d, _ in got] == ["2027-05-20"] and got[0][1].endswith("将项目情况表、进度安排与资金预算")
