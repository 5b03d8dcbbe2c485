"""The four corpus notices as reviewed calls: every deadline, batch, quota and award right and quoted."""

import datetime as dt

import pytest

from zhengce.errors import InputError
from zhengce.programs.calls.fidelity import check_call
from zhengce.programs.calls.model import load_calls, parse_call
from zhengce.programs.calls.schedule import schedule
from zhengce.rules.rulebook import load_rulebook

D = dt.date


@pytest.fixture(scope="module")
def book():
    return load_calls()


def test_every_shipped_call_is_faithful_to_its_text(book):
    rb = load_rulebook()
    assert len(book.calls) >= 4
    for c in book.calls:
        assert c.reviewed
        assert check_call(c, rb) == [], c.id


def _dates(call, party=None):
    return [(d.date, d.time) for d in schedule(call) if party is None or d.party == party]


def test_provincial_call_two_deadlines_second_with_time(book):
    c = book.call("zhejiang-2025-sidamanbing-zhuanxiang")
    assert _dates(c, "applicant") == [(D(2025, 3, 3), None), (D(2025, 3, 10), "16:00")]
    assert c.awards == []


def test_jiebang_applicant_and_recommender_deadlines_and_quota(book):
    c = book.call("hangzhou-2025-aimd-jiebang")
    assert _dates(c, "applicant") == [(D(2025, 3, 28), None)]
    assert _dates(c, "recommender") == [(D(2025, 4, 18), None)]
    (q,) = c.raw["quotas"]
    assert q["kind"] == "share" and q["value"] == "40%" and "40%" in q["quote"]


def test_szh_call_deadlines_award_rubric(book):
    c = book.call("hangzhou-2025-szh-sample")
    assert _dates(c, "prerequisite") == [(D(2025, 5, 31), None)]
    assert _dates(c, "applicant") == [(D(2025, 6, 6), None)]
    assert _dates(c, "recommender") == [(D(2025, 6, 11), None)]
    (a,) = c.awards
    assert a["amount_yuan"] == 200000 and a["rule"] == "hangzhou-2025-digital-sample"
    sel = c.raw["selection"]
    assert sel["panel_size"] == 7 and sel["threshold"] == 70 and sel["top_per_group"] == 5
    assert [s["weight"] for s in sel["stages"]] == ["60%", "40%"]
    assert sum(i["points"] for i in sel["indicators"]["items"]) == 100
    assert len(sel["indicators"]["items"]) == 5
    assert c.raw["periods"][0]["working_days"] == 5


def test_gaoqi_three_batches_and_ten_working_days_before(book):
    c = book.call("shangcheng-2025-gaoqi-change")
    assert [d.batch for d in c.deadlines] == [1, 2, 3]
    assert _dates(c, "recommender") == [(D(2025, 4, 25), None), (D(2025, 6, 25), None), (D(2025, 10, 10), None)]
    # 提前10个工作日: hand-counted on the 2025 calendar (4月27日 Sunday works; 端午 5/31-6/2;
    # 国庆 10/1-10/8 with 9/28 Sunday and 10/11 Saturday worked)
    assert _dates(c, "applicant") == [(D(2025, 4, 11), None), (D(2025, 6, 11), None), (D(2025, 9, 19), None)]


def test_a_misquoted_deadline_is_reported(book, tmp_path):
    c = book.call("hangzhou-2025-aimd-jiebang")
    raw = {**c.raw, "deadlines": [{**c.raw["deadlines"][0], "date": "2025-03-29"}]}
    bad = parse_call(raw, c.source)
    assert any("不在其引文中" in p for p in check_call(bad))
    raw = {**c.raw, "where": [{"text": "x", "quote": "不存在的句子"}]}
    assert any("引文不在原文" in p for p in check_call(parse_call(raw, c.source)))


@pytest.mark.parametrize("mutate, message", [
    (lambda r: r.pop("review"), "review"),
    (lambda r: r["deadlines"][0].update(party="boss"), "party"),
    (lambda r: r["deadlines"][0].update(date="3月28日"), "YYYY-MM-DD"),
    (lambda r: r["applicants"].update(region="火星市"), "region"),
])
def test_bad_call_files_are_one_line_chinese_errors(book, mutate, message):
    import copy
    raw = copy.deepcopy(book.call("hangzhou-2025-aimd-jiebang").raw)
    mutate(raw)
    with pytest.raises(InputError) as exc:
        parse_call(raw, book.call("hangzhou-2025-aimd-jiebang").source)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_draft_from_reading_layer_finds_deadlines_and_quota():
    from zhengce.programs.calls.draft import draft_call
    d = draft_call("004_c74db4dc4724db3b.txt", 5)
    assert [x["date"] for x in d["deadlines"]] == ["2025-03-28", "2025-04-18"]
    assert [x["party"] for x in d["deadlines"]] == ["applicant", "recommender"]
    assert d["quotas"][0]["value"] == "40%"
    assert d["review"]["status"] == "draft"
    d6 = draft_call("004_c74db4dc4724db3b.txt", 6)
    assert d6["awards"][0]["amount_yuan"] == 200000
    assert d6["periods"][0]["working_days"] == 5
    d7 = draft_call("004_c74db4dc4724db3b.txt", 7)
    assert [x["date"] for x in d7["deadlines"]] == ["2025-04-25", "2025-06-25", "2025-10-10"]
    assert d7["periods"][0]["working_days"] == 10


@pytest.mark.parametrize("text", ["call: [1, 2]\n", "call: {id: x}\nreview: {status: reviewed}\n",
                                  "call: {id: x, title: t, source: 5, region: 杭州市, level: city, year: 2025, kind: filing}\n"
                                  "review: {status: reviewed}\napplicants: {entity: enterprise, quote: q}\n",
                                  "call: {id: x, title: t, source: {file: f.txt, document: 1}, region: 杭州市, level: city,"
                                  " year: 2025, kind: filing}\nreview: {status: reviewed}\napplicants: {entity: enterprise,"
                                  " quote: q}\ndeadlines: 7\n", ": : :\n"])
def test_malformed_call_files_are_one_line_errors(tmp_path, text):
    from zhengce.programs.calls.model import load_file
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_file(path)
    assert "\n" not in str(exc.value)
