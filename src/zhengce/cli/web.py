"""`zhengce serve`: the web app (pages + JSON API); `zhengce web-user`: accounts for the 安心宝 console."""

from __future__ import annotations

import argparse
import getpass
import os
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve", help="start the web app (Chinese pages, JSON API, OpenAPI at /openapi.json)",
        description="Start the web app. On a loopback address, in a home with no real accounts or book, it "
                    "runs in dev mode: demo accounts for the 安心宝 console (one per role) and a demo book are "
                    "created and shown on the sign-in page. --demo asks for that anywhere (refused in a home "
                    "with real accounts or a real book); --no-demo turns it off (refused in a home that ran a "
                    "demo until --remove-demo removes the demo accounts and book).")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--db", help="library database (default: $ZHENGCE_DB or <ZHENGCE_HOME>/zhengce.sqlite)")
    demo = p.add_mutually_exclusive_group()
    demo.add_argument("--demo", dest="demo", action="store_true", default=None,
                      help="create the demo accounts and show them on the sign-in page")
    demo.add_argument("--no-demo", dest="demo", action="store_false", help="no demo accounts, no dev mode")
    p.add_argument("--remove-demo", action="store_true",
                   help="with --no-demo: delete the demo accounts and demo book a former demo left (says what)")
    p.add_argument("--trusted-proxy", action="append", default=[], metavar="IP[/NET]",
                   help="a reverse proxy whose X-Forwarded-For is believed (repeatable; default "
                        "$ZHENGCE_TRUSTED_PROXIES; none: the peer address is the client)")
    p.add_argument("--base-url", metavar="URL", help="the site's public address for absolute links in feeds "
                   "(http(s)://host[:port][/path]; default $ZHENGCE_BASE_URL; none: relative links — never the "
                   "request's Host header)")
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
    for name, helptext, func in (("disable", "disable an account (its sessions end at once)", _user_disable),
                                 ("enable", "enable a disabled account", _user_enable),
                                 ("passwd", "set a new password ($ZHENGCE_PASSWORD, --password-stdin or a prompt);"
                                            " every session of the account ends", _user_passwd)):
        c = usub.add_parser(name, help=helptext)
        c.add_argument("username")
        c.add_argument("--db")
        if name == "passwd":
            c.add_argument("--password-stdin", action="store_true")
        c.set_defaults(func=func)


def _db(args):
    from pathlib import Path

    from zhengce.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _serve(args) -> int:
    import uvicorn

    from zhengce.errors import InputError
    from zhengce.web.app import create_app, is_loopback

    if not (0 < args.port < 65536):
        raise InputError(f"端口 {args.port} 超出范围（应为 1 至 65535）")
    from zhengce.programs.anxinbao.storage import default_url
    from zhengce.web.app import users_path_for
    from zhengce.web.demo import demo_allowed
    from zhengce.web.users import UserStore

    if args.remove_demo and args.demo:
        raise InputError("--remove-demo 须与 --no-demo 一起使用")
    demo = args.demo
    if demo is None:  # loopback and a home with nothing real in it: dev mode
        demo = is_loopback(args.host) and demo_allowed(UserStore(users_path_for(_db(args))), default_url())
    app = create_app(_db(args), demo=demo, remove_demo=args.remove_demo,
                     trusted_proxies=args.trusted_proxy or None, base_url=args.base_url)
    for what in app.state.settings.extra.get("demo_removed", []):
        print(f"zhengce: removed {what}", file=sys.stderr)
    where = f"http://{args.host}:{args.port}/"
    print(f"zhengce: serving {where} (library {app.state.settings.db_path}"
          + ("; dev mode: demo accounts on /login" if demo else "") + ")", file=sys.stderr)
    # X-Forwarded-For is the app's business (zhengce.web.app.client_ip, trusted proxies only), not uvicorn's.
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False,
                proxy_headers=False)
    return 0


def _store(args):
    from zhengce.web.app import users_path_for
    from zhengce.web.users import UserStore

    return UserStore(users_path_for(_db(args)))


def _user_add(args) -> int:
    from zhengce.errors import InputError
    from zhengce.web.demo import ROLE_NAMES

    if args.role not in ROLE_NAMES:
        raise InputError(f"未知角色 {args.role!r}", hint="可用角色：" + ", ".join(ROLE_NAMES))
    password = _read_password(args)
    user = _store(args).add(args.username, password, role=args.role, display_name=args.name,
                            party=args.party or args.username, replace=args.replace)
    from zhengce.cli.output import print_json

    print_json(user.to_json())
    return 0


def _user_list(args) -> int:
    from zhengce.cli.output import print_json

    print_json([u.to_json() for u in _store(args).all()])
    return 0


def _read_password(args) -> str:
    if os.environ.get("ZHENGCE_PASSWORD"):
        return os.environ["ZHENGCE_PASSWORD"]
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass("password: ")


def _user_disable(args) -> int:
    _store(args).set_disabled(args.username, True)
    print(f"disabled {args.username} (its sessions are ended)")
    return 0


def _user_enable(args) -> int:
    _store(args).set_disabled(args.username, False)
    print(f"enabled {args.username}")
    return 0


def _user_passwd(args) -> int:
    _store(args).set_password(args.username, _read_password(args))
    print(f"password of {args.username} changed (its sessions are ended)")
    return 0


def _user_demo(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.programs.anxinbao.storage import default_url
    from zhengce.web.demo import ensure_demo_users, prepare_home

    store = _store(args)
    prepare_home(store, default_url(), demo=True)  # demo accounts only in a demo home
    print_json(ensure_demo_users(store))
    return 0
