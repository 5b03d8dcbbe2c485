"""`zhengce subscribe` and `zhengce notify` — 政策找企业: saved profiles and registries told what is new.

    zhengce subscribe PROFILE.json|REGISTRY.csv --name NAME [--date D]     save it, compute its baseline
    zhengce notify [--subscription ID] [--json] [--date D] [--reason TEXT]  recompute, list new notifications
    zhengce notify --subscription ID --feed atom|json                       the subscription's feed
    zhengce notify --list                                                    the subscriptions
Run `zhengce notify` after ingesting a document or call, or reviewing a rule file (idempotent).
"""

from __future__ import annotations

import argparse
import sys

from zhengce.money import format_fen
from zhengce.terminal import shown


def register(subparsers) -> None:
    p = subparsers.add_parser("subscribe", help="政策找企业: subscribe a profile or registry to what is new",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("source", help="profile JSON, or registry CSV/Parquet/Excel")
    p.add_argument("--name", required=True)
    p.add_argument("--date", help="evaluation date (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_subscribe)
    p = subparsers.add_parser("notify", help="政策找企业: recompute subscriptions and list new notifications",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--subscription", help="one subscription's id")
    p.add_argument("--date", help="evaluation date (default today)")
    p.add_argument("--reason", default="", help="what changed (e.g. 'ingest 004_….txt'), kept with each notification")
    p.add_argument("--no-refresh", action="store_true", help="only list, do not recompute")
    p.add_argument("--feed", choices=["atom", "json"], help="print the subscription's feed")
    p.add_argument("--list", action="store_true", help="list the subscriptions")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notify)


def _date(value):
    import datetime as dt

    from zhengce.programs.calls.finder import parse_day
    return parse_day(value, "--date") if value else dt.date.today()


def cmd_subscribe(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.programs.calls.subscriptions import Subscriptions

    subs = Subscriptions()
    try:
        sub = subs.subscribe(args.source, args.name, on=_date(args.date))
    finally:
        subs.close()
    if args.json:
        print_json(sub)
    else:
        print(f"已订阅 #{sub['id']} {shown(sub['name'])} ({sub['kind']}, {sub['members']} 个主体, 基线 {sub['baseline_items']} 项)")
        print(f"收件箱: /inbox/{sub['token']}   订阅源: /inbox/{sub['token']}/feed.atom")
    return 0


def cmd_notify(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.programs.calls.subscriptions import Subscriptions, feed_atom, feed_json

    subs = Subscriptions()
    try:
        if args.list:
            rows = subs.list()
            if args.json:
                print_json(rows)
            for s in rows if not args.json else []:
                print(f"#{s['id']} {shown(s['name'])} ({s['kind']}, {s['members']} 个主体) {shown(s['source'])}")
            return 0
        sid = None if args.subscription is None else subs.get(args.subscription)["id"]
        run = None
        if not args.no_refresh and not args.feed:
            run = subs.refresh(on=_date(args.date), reason=args.reason, subscription=sid)
        items = subs.notifications(sid, limit=args.limit)
        if args.feed:
            if sid is None:
                from zhengce.errors import InputError
                raise InputError("--feed 需要 --subscription ID")
            sub = subs.get(sid)
            if args.feed == "atom":
                sys.stdout.write(feed_atom(sub, items).decode("utf-8"))
            else:
                print_json(feed_json(sub, items))
            return 0
        if args.json:
            print_json({"run": run, "notifications": items})
            return 0
        if run:
            print(f"重新计算 {run['subscriptions']} 个订阅, 新通知 {run['notifications']} 条 ({run['seconds']} 秒)")
            for e in run["errors"]:
                print(f"注意: {shown(e)}", file=sys.stderr)
        for n in items:
            money = (f" {format_fen(n['new_fen'])}" + (f"(原{format_fen(n['old_fen'])})" if n["old_fen"] else "")
                     if n["new_fen"] else "")
            print(f"#{n['id']} [{shown(n['subscription_name'])}] {shown(n['member'])}: {n['change_label']} "
                  f"{shown(n['title'])}{money}")  # an ingested file's title: escaped like the names
        return 0
    finally:
        subs.close()
