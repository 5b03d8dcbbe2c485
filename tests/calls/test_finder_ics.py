"""An enterprise's calls by next deadline, the CLI, and the iCalendar export parsed back."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from zhengce.programs.calls.finder import for_profile
from zhengce.programs.calls.ics import to_ics

ROOT = Path(__file__).resolve().parents[2]
AUTO = json.loads((ROOT / "examples/profiles/hangzhou-auto-parts-2025.json").read_text(encoding="utf-8"))


def test_hangzhou_auto_parts_sees_szh_call_with_20wan_and_deadline():
    r = for_profile(AUTO, on="2025-06-01", days=30)
    (item,) = r["calls"]
    assert item["call"] == "hangzhou-2025-szh-sample"
    assert item["awards"][0]["amount_yuan"] == 200000
    assert "20 萬元/家" in item["awards"][0]["citation"]["quote"]
    assert item["next_deadline"]["date"] == "2025-06-06"
    assert "6 月6 日" in item["next_deadline"]["citation"]["quote"]
    assert item["status"] == "to_confirm"


def test_other_industry_or_city_does_not_see_it():
    assert for_profile({**AUTO, "industry": "software_it"}, on="2025-06-01", days=30)["calls"] == []
    assert for_profile({**AUTO, "region": "湖州市吴兴区"}, on="2025-06-01", days=30)["calls"] == []


def test_sorted_by_next_deadline_and_gaoqi_only_for_gaoxin_in_shangcheng():
    p = {**AUTO, "region": "杭州市上城区"}
    r = for_profile(p, on="2025-04-01", days=365)
    dates = [c["next_deadline"]["date"] for c in r["calls"]]
    assert dates == sorted(dates)
    ids = [c["call"] for c in r["calls"]]
    assert "shangcheng-2025-gaoqi-change" in ids
    assert r["calls"][0]["next_deadline"]["date"] == "2025-04-11"
    no_gx = {**p, "recognitions": []}
    assert "shangcheng-2025-gaoqi-change" not in [c["call"] for c in for_profile(no_gx, on="2025-04-01", days=365)["calls"]]


def test_ics_round_trip_dates_and_alarms():
    p = {**AUTO, "region": "杭州市上城区"}
    r = for_profile(p, on="2025-04-01", days=365)
    cal = Calendar.from_ical(to_ics(r))
    events = cal.walk("VEVENT")
    expected = sorted(d["date"] for c in r["calls"] for d in c["deadlines"])
    got = sorted(e.decoded("dtstart").isoformat()[:10] for e in events)
    assert got == expected
    assert "2025-06-06" in got and "2025-09-19" in got
    for e in events:
        triggers = sorted(a.decoded("trigger") for a in e.walk("VALARM"))
        assert triggers == [-dt.timedelta(days=7), -dt.timedelta(days=1)]
        assert e.get("uid").endswith("@zhengce")
    uids = [str(e.get("uid")) for e in events]
    assert len(uids) == len(set(uids))


def test_ics_timed_deadline_in_shanghai_time():
    p = {**AUTO, "region": "杭州市西湖区"}
    r = for_profile(p, on="2025-03-01", days=20)
    cal = Calendar.from_ical(to_ics(r))
    timed = [e for e in cal.walk("VEVENT") if isinstance(e.decoded("dtend"), dt.datetime)]
    (e,) = timed
    end = e.decoded("dtend")
    assert (end.date().isoformat(), end.hour, end.minute) == ("2025-03-10", 16, 0)
    assert end.utcoffset() == dt.timedelta(hours=8)
    assert [str(t.get("tzid")) for t in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]


def _cli(*args, home):
    return subprocess.run([sys.executable, "-m", "zhengce", "calls", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "ZHENGCE_HOME": str(home), "PATH": "/usr/bin"},
                          cwd=ROOT)


def test_cli_profile_json_and_ics(tmp_path):
    out = tmp_path / "out.ics"
    res = _cli("examples/profiles/hangzhou-auto-parts-2025.json", "--from", "2025-06-01", "--json",
               "--ics", str(out), home=tmp_path)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["calls"][0]["call"] == "hangzhou-2025-szh-sample"
    cal = Calendar.from_ical(out.read_bytes())
    assert [e.decoded("dtstart") for e in cal.walk("VEVENT")] == [dt.date(2025, 6, 6), dt.date(2025, 6, 11)]


@pytest.mark.parametrize("args, needle", [
    (["nosuch.json"], "文件不存在"),
    (["examples/profiles/hangzhou-auto-parts-2025.json", "--days", "x"], "天数"),
    (["examples/profiles/hangzhou-auto-parts-2025.json", "--from", "2025-02-30"], "YYYY-MM-DD"),
    (["workdays", "2031-01-05", "--before", "3"], "不按周末推算"),
    (["show", "nope"], "没有申报通知"),
])
def test_cli_bad_input_one_line(tmp_path, args, needle):
    res = _cli(*args, home=tmp_path)
    assert res.returncode == 2
    assert needle in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_help(tmp_path):
    res = _cli("--help", home=tmp_path)
    assert res.returncode == 0 and "zhengce calls PROFILE" in res.stdout


def test_cli_validate_ok(tmp_path):
    res = _cli("validate", home=tmp_path)
    assert res.returncode == 0 and "4/4" in res.stdout


def test_unknown_calendar_year_is_a_warning_not_a_guess():
    import copy

    from zhengce.programs.calls.model import CallBook, load_calls, parse_call
    call = load_calls().call("shangcheng-2025-gaoqi-change")
    raw = copy.deepcopy(call.raw)
    for d in raw["deadlines"]:
        d["date"] = d["date"].replace("2025", "2099") if isinstance(d["date"], str) else d["date"].replace(year=2099)
    book = CallBook([parse_call(raw, call.source)])
    # a 高企 holds its title for three years (recognition terms): one recognised in 2098 still holds in 2099
    p = {**AUTO, "region": "杭州市上城区", "recognitions": [{"type": "gaoxin", "date": "2098-11-20"}]}
    r = for_profile(p, on="2099-01-01", days=365, book=book)
    assert any("2099年" in w and "不按周末推算" in w for w in r["warnings"])
    (item,) = r["calls"]
    assert all(d["derived_from"] is None for d in item["deadlines"])  # only the printed deadlines
