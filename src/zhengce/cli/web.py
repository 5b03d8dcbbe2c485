"""`zhengce serve`: the web app (pages + JSON API); `zhengce web-user`: accounts for the 安心宝 console."""

from __future__ import annotations

import argparse
import getpass
import os
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve", help="start the web app (Chinese pages, JSON API, OpenAPI at /openapi.json)",
        description="Start the web app. On a loopback address it runs in dev mode: demo accounts for the "
                    "安心宝 console (one per role) are created and shown on the sign-in page. Use --no-demo "
                    "to turn that off; binding to any other address needs --demo to create them.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--db", help="library database (default: $ZHENGCE_DB or <ZHENGCE_HOME>/zhengce.sqlite)")
    demo = p.add_mutually_exclusive_group()
    demo.add_argument("--demo", dest="demo", action="store_true", default=None,
                      help="create the demo accounts and show them on the sign-in page")
    demo.add_argument("--no-demo", dest="demo", action="store_false", help="no demo accounts, no dev mode")
    p.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=_serve)

    u = subparsers.add_parser("web-user", help="manage accounts of the web console")
    usub = u.add_subparsers(dest="web_user_command", metavar="ACTION")
    add = usub.add_parser("add", help="add (or with --replace, reset) an account; the password is read from "
                                       "$ZHENGCE_PASSWORD, stdin (--password-stdin) or a prompt")
    add.add_argument("username")
    add.add_argument("--role", required=True, help="安心宝 role: enterprise, platform, bureau, expert, operator, "
                                                   "finance, insurer, auditor; or reviewer (rule review page)")
    add.add_argument("--party", help="the 安心宝 actor id the user acts as (default: the username)")
    add.add_argument("--name", help="display name")
    add.add_argument("--password-stdin", action="store_true")
    add.add_argument("--replace", action="store_true")
    add.add_argument("--db", help="library database the accounts sit beside")
    add.set_defaults(func=_user_add)
    ls = usub.add_parser("list", help="list accounts")
    ls.add_argument("--db")
    ls.set_defaults(func=_user_list)
    demo_cmd = usub.add_parser("demo", help="create (or reset) the demo accounts and print them")
    demo_cmd.add_argument("--db")
    demo_cmd.set_defaults(func=_user_demo)


def _db(args):
    from pathlib import Path

    from zhengce.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _serve(args) -> int:
    import uvicorn

    from zhengce.errors import InputError
    from zhengce.web.app import create_app, is_loopback

    if not (0 < args.port < 65536):
        raise InputError(f"port {args.port} is out of range")
    demo = args.demo if args.demo is not None else is_loopback(args.host)
    app = create_app(_db(args), demo=demo)
    where = f"http://{args.host}:{args.port}/"
    print(f"zhengce: serving {where} (library {app.state.settings.db_path}"
          + ("; dev mode: demo accounts on /login" if demo else "") + ")", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


def _store(args):
    from zhengce.web.app import users_path_for
    from zhengce.web.users import UserStore

    return UserStore(users_path_for(_db(args)))


def _user_add(args) -> int:
    from zhengce.errors import InputError
    from zhengce.web.demo import ROLE_NAMES

    if args.role not in ROLE_NAMES:
        raise InputError(f"unknown role {args.role!r}", hint="roles: " + ", ".join(ROLE_NAMES))
    if os.environ.get("ZHENGCE_PASSWORD"):
        password = os.environ["ZHENGCE_PASSWORD"]
    elif args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("password: ")
    user = _store(args).add(args.username, password, role=args.role, display_name=args.name,
                            party=args.party or args.username, replace=args.replace)
    from zhengce.cli.output import print_json

    print_json(user.to_json())
    return 0


def _user_list(args) -> int:
    from zhengce.cli.output import print_json

    print_json([u.to_json() for u in _store(args).all()])
    return 0


def _user_demo(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.web.demo import ensure_demo_users

    print_json(ensure_demo_users(_store(args)))
    return 0
