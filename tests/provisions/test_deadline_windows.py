"""Application windows and cut-offs written in the ways the reading set's later rounds showed, and dates that
are no deadline at all (a day things are counted to, how long a measure runs). The sentences are made up
(某某 for names); each states the form, not a document's words."""

from __future__ import annotations

import pytest

from zhengce.provisions import extract


def _deadlines(text: str, year: int = 2025) -> list[tuple[str, str | None]]:
    return [(p.fields["date"], p.fields["time"]) for p in extract(text, year=year) if p.kind == "deadline"]


@pytest.mark.parametrize("text, expected", [
    # the window opens at an hour written with 时
    ("线上申报的受理时间为2025年4月1日9时至2025年4月30日17时。", [("2025-04-30", "17:00")]),
    # a half-year's window after the first half's, its label left to the first
    ("上半年申报期为3月2日至3月31日,下半年为9月1日至9月30日。", [("2025-03-31", None), ("2025-09-30", None)]),
    # the days, then where to apply: a platform's address in brackets between
    ("请符合条件的单位于2025年5月6日至5月20日登录某某平台(https://example.gov.cn/)进行线上申报。",
     [("2025-05-20", None)]),
    ("企业6月3日10:00至6月17日18:00期间在某某服务平台填报资料。", [("2025-06-17", "18:00")]),
    # the window in brackets after the words for it
    ("请在规定时间内(2025年7月1日—2025年7月15日)提交网络申请。", [("2025-07-15", None)]),
    # the window named after its days
    ("8月4日至8月22日为第二批网上填报受理时间。", [("2025-08-22", None)]),
    ("即日起至2025年10月31日为申报阶段。", [("2025-10-31", None)]),
    # a window the notice opens itself, under its label
    ("报名期限为自本公告下发之日起至2025年11月28日。", [("2025-11-28", None)]),
    ("二、办理时间\n2025年3月1日-5月31日\n三、办理条件", [("2025-05-31", None)]),
])
def test_windows_close_on_their_last_day(text, expected):
    assert sorted(_deadlines(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # what must have happened in the window to qualify is no window to apply in
    "在2025年1月1日至12月31日期间在本区购买新建商品住房并申报的,给予补贴。",
    # the day things are counted to, in a report
    "截至2025年9月底,全市累计发放某某补贴3000万元。",
    "记者获悉,截至6月30日,某某资金已全部发放到企业手中。",
    # how long a measure runs
    "本办法自2025年1月1日起施行,有效期截至2027年12月31日。",
])
def test_no_deadline(text):
    assert _deadlines(text) == []


def test_a_cutoff_stays_when_it_says_who_may_still_apply():
    # "截至某日,某类对象可申报": the days one may still apply in, a cut-off
    assert _deadlines("截至7月10日,符合条件的小区可申报物业服务补助资金。") == [("2025-07-10", None)]
    # the call's own period, with its verb before 期限
    assert _deadlines("申报期限截止2025年5月5日。") == [("2025-05-05", None)]


def test_a_label_on_the_line_above_opens_the_window():
    from zhengce.reading import parse_text
    text = ("某某区关于开展某某奖申报工作的通知\n\n一、申报时间\n\n即日起至2025年4月30日。\n\n二、奖项设置\n\n"
            "设某某奖十个,每个奖励10万元。")
    doc = parse_text(text, source="call.txt")[0]
    assert [(d["date"], d["time"]) for d in doc.to_json()["deadlines"]] == [("2025-04-30", None)]


def test_a_covering_letter_says_by_when_with_the_weekday_between():
    # the letter above a guide's parts asks for the papers by a day printed with its weekday in brackets
    from zhengce.reading import parse_text
    text = ("关于做好某某专项资金项目申报工作的通知\n\n各有关单位:\n"
            "为做好某某项目申报工作,现将申报指南印发给你们,请认真按照执行,并于12月20日(星期五)前将申请材料报送某某局。\n"
            "某某局\n2024年11月25日\n\n某某专项资金项目申报指南\n\n一、支持对象\n(一)在本市登记注册的企业。\n"
            "二、支持标准\n(一)按实际保费的50%给予资助,每家企业最高50万元。\n")
    doc = parse_text(text, source="call.txt")[0].to_json()
    assert ("2024-12-20", None) in [(d["date"], d["time"]) for d in doc["deadlines"]]
