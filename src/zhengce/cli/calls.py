"""`zhengce calls …` — application notices (申报通知) for an enterprise, their calendar, selection by review.

    zhengce calls PROFILE [--from D] [--days 30] [--json] [--ics out.ics]   eligible calls by next deadline
    zhengce calls list | show ID | validate | draft FILE --doc N          the reviewed call data
    zhengce calls workdays DATE (--before N | --period N)                 工作日 on the official calendar
    zhengce calls replay SCENARIO.yaml [--json]                           an expert selection, replayed
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ACTIONS = ("list", "show", "validate", "draft", "workdays", "replay")


def register(subparsers) -> None:
    p = subparsers.add_parser("calls", help="申报通知: what an enterprise can apply for, by when (ICS); selection",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                              add_help=False)
    p.add_argument("-h", "--help", action="store_true", dest="calls_help", help="show this help")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_calls)
    try:
        from zhengce.cli import subscriptions
    except ImportError:  # pragma: no cover - lands later
        return
    subscriptions.register(subparsers)


def _parsers() -> dict[str, argparse.ArgumentParser]:
    from zhengce.cli.argparse_zh import ArgumentParser

    out = {}
    sp = ArgumentParser(prog="zhengce calls", description="申报通知: 企业可申报的通知、下一截止日期与可得金额")
    sp.add_argument("profile", help="profile JSON (docs/profile.md), or - for stdin")
    sp.add_argument("--from", dest="start", help="from this date (YYYY-MM-DD; default today)")
    sp.add_argument("--days", default="30", help="deadlines up to this many days ahead (default 30)")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--ics", metavar="FILE", help="also write the deadlines as iCalendar (RFC 5545)")
    sp.add_argument("--all", action="store_true", help="also calls the profile is not eligible for")
    out["profile"] = sp
    out["list"] = ArgumentParser(prog="zhengce calls list", description="all call files")
    out["list"].add_argument("--json", action="store_true")
    out["show"] = ArgumentParser(prog="zhengce calls show", description="one call with every quote")
    out["show"].add_argument("id")
    out["validate"] = ArgumentParser(prog="zhengce calls validate",
                                              description="check every call file against its corpus text")
    out["validate"].add_argument("--dir", help="folder of call files (default: the shipped data)")
    sp = ArgumentParser(prog="zhengce calls draft", description="draft a call file from a notice's text")
    sp.add_argument("file")
    sp.add_argument("--doc", type=int, default=1, help="1-based document inside the file")
    out["draft"] = sp
    sp = ArgumentParser(prog="zhengce calls workdays", description="工作日 on the official calendar")
    sp.add_argument("date")
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--before", type=int, metavar="N", help="the N-th working day before DATE (提前N个工作日)")
    g.add_argument("--period", type=int, metavar="N", help="last day of N working days from DATE (公示N个工作日)")
    out["workdays"] = sp
    sp = ArgumentParser(prog="zhengce calls replay", description="replay an expert selection scenario")
    sp.add_argument("scenario")
    sp.add_argument("--db", help="database (default: a fresh one in memory)")
    sp.add_argument("--json", action="store_true")
    out["replay"] = sp
    return out


def cmd_calls(args) -> int:
    rest = list(args.rest)
    parsers = _parsers()
    if getattr(args, "calls_help", False) or not rest or rest[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    action = rest[0] if rest[0] in ACTIONS else "profile"
    ns = parsers[action].parse_args(rest[1:] if action != "profile" else rest)
    return globals()[f"_{action}"](ns)


def _print_json(value) -> None:
    from zhengce.cli.output import print_json
    print_json(value)


def _profile(ns) -> int:
    from zhengce.cli.rules import _decimals_to_str, _read_profile
    from zhengce.errors import InputError
    from zhengce.programs.calls.finder import for_profile, format_text

    result = for_profile(_decimals_to_str(_read_profile(ns.profile)), on=ns.start, days=ns.days,
                         include_not_eligible=ns.all)
    if ns.ics:
        from zhengce.programs.calls.ics import to_ics
        from zhengce.rules.outputs import refuse_overwrite
        refuse_overwrite(ns.ics, ns.profile)  # --ics p.json would replace the profile with a calendar
        from zhengce.outfiles import replacing
        try:
            with replacing(ns.ics) as tmp:  # a failed write leaves an earlier calendar as it was
                tmp.write_bytes(to_ics(result))
        except OSError as exc:
            raise InputError(f"无法写入 {ns.ics}（{exc.strerror}）") from None
    if ns.json:
        _print_json(result)
    else:
        print(format_text(result))
        if ns.ics:
            n = sum(len(c["deadlines"]) for c in result["calls"])
            print(f"已写入 {ns.ics}: {n} 个截止日期事件(各提前7天、1天提醒)")
    return 0


def _list(ns) -> int:
    from zhengce.programs.calls.model import load_calls
    from zhengce.programs.calls.schedule import schedule

    calls = load_calls().calls
    if ns.json:
        _print_json([c.summary() for c in calls])
        return 0
    from zhengce.terminal import shown
    for c in calls:  # id, region and title are the call file's own strings
        dates = ", ".join(f"{d.date}{'(' + d.party[0] + ')'}" for d in schedule(c))
        print(shown(f"{c.id}  [{c.review.get('status')}] {c.region} {c.title}") + f"\n    {dates}")
    return 0


def _show(ns) -> int:
    from zhengce.programs.calls.model import load_calls
    from zhengce.programs.calls.schedule import schedule

    call = load_calls().call(ns.id)
    out = call.summary()
    out["schedule"] = [d.to_json() for d in schedule(call)]
    _print_json(out)
    return 0


def _validate(ns) -> int:
    from zhengce.programs.calls.fidelity import check_call
    from zhengce.programs.calls.model import load_calls
    from zhengce.rules.rulebook import load_rulebook

    book, rulebook = load_calls(ns.dir), load_rulebook()
    bad = 0
    for c in book.calls:
        problems = check_call(c, rulebook)
        bad += bool(problems)
        print(("✗ " if problems else "✓ ") + c.id)
        for p in problems:
            print("    " + p)
    print(f"{len(book.calls) - bad}/{len(book.calls)} 个申报通知与原文一致")
    return 1 if bad else 0


def _draft(ns) -> int:
    from zhengce.programs.calls.draft import draft_yaml
    sys.stdout.write(draft_yaml(ns.file, ns.doc))
    return 0


def _workdays(ns) -> int:
    from zhengce.programs.calls import workdays
    from zhengce.programs.calls.finder import parse_day

    day = parse_day(ns.date)
    if ns.before is not None:  # --before 0 is refused as 0, not taken for --period
        print(workdays.before(day, ns.before).isoformat())
    else:
        print(workdays.period_end(day, ns.period).isoformat())
    return 0


def _replay(ns) -> int:
    from zhengce.programs.calls.scenario import format_result, load_scenario, replay

    result = replay(load_scenario(ns.scenario), db=ns.db)
    if ns.json:
        _print_json(result)
    else:
        print(format_result(result))
    return 1 if result["unexpected"] else 0
