"""Deadlines as iCalendar (RFC 5545, package `icalendar`): one event per deadline, alarms 7 days and
1 day before. A deadline with a time is a 30-minute event ending then (Asia/Shanghai); one without is
an all-day event on that date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from zhengce.money import format_yuan

SHANGHAI = ZoneInfo("Asia/Shanghai")
ALARMS = (dt.timedelta(days=7), dt.timedelta(days=1))


def to_ics(result: dict, *, stamp: dt.datetime | None = None) -> bytes:
    """`result` from finder.for_profile; the stamp (DTSTAMP) is fixed for reproducible files."""
    stamp = stamp or dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//zhengce//calls//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"申报截止 {result.get('profile') or ''}".strip())
    cal.add("x-wr-timezone", "Asia/Shanghai")
    for item in result["calls"]:
        for d in item["deadlines"]:
            ev = Event()
            ev.add("uid", f"{item['call']}.{d['id']}@zhengce")
            ev.add("dtstamp", stamp)
            ev.add("summary", f"截止: {item['title'][:40]} — {d['what'][:60]}")
            day = dt.date.fromisoformat(d["date"])
            if d.get("time"):
                hh, mm = map(int, d["time"].split(":"))
                end = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=SHANGHAI)
                ev.add("dtstart", end - dt.timedelta(minutes=30))
                ev.add("dtend", end)
            else:
                ev.add("dtstart", day)
                ev.add("dtend", day + dt.timedelta(days=1))
            money = "、".join(f"{a['what']} {format_yuan(a['amount_yuan'])}/{a.get('per') or '项'}" for a in item["awards"])
            ev.add("description", "\n".join(filter(None, [
                f"{d['party_label']}: {d['what']}", f"原文: “{d['citation']['quote']}”",
                f"可得: {money}" if money else item.get("award_note"), f"通知: {item['title']}"])))
            ev.add("categories", [d["party_label"]])
            for before in ALARMS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{before.days}天后截止: {d['what'][:60]}")
                alarm.add("trigger", -before)
                ev.add_component(alarm)
            cal.add_component(ev)
    cal.add_missing_timezones()  # RFC 5545 3.2.19: every TZID used has its VTIMEZONE
    return cal.to_ical()
