"""`zhengce anxinbao …` — the 科创安心宝 escrow program: init, operations, status, replay, verify.

Every operation is also a subcommand: `zhengce anxinbao pay_deposit --as enterprise:E1 --id dep-1
project=P1 milestone=1 amount=20万` (values are read as YAML: lists/maps allowed, numbers exact).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zhengce.errors import InputError
from zhengce.terminal import shown

# Kept in step with zhengce.programs.anxinbao.OPERATIONS by tests/anxinbao/test_cli.py; listed here so
# that `zhengce --help` does not import the program.
OPERATION_NAMES = [
    "init_program", "top_up_pool", "apply", "accept", "assign_experts", "expert_opinion", "approve", "reject",
    "withdraw", "bar_enterprise", "pay_deposit", "start_milestone", "report_completion", "pay_rest",
    "assess_milestone", "review_milestone", "release", "pay_premium", "pay_premium_subsidy", "insurance_payout",
    "submit_audit", "award_subsidy", "pay_subsidy", "revoke_subsidy", "forfeit", "confirm_policy", "extend_period",
]


def register(subparsers) -> None:
    p = subparsers.add_parser("anxinbao", help="科创安心宝 milestone escrow program (ledger, workflow, audit)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="anxinbao_command", metavar="ACTION")

    def common(sp, json_flag=True):
        sp.add_argument("--db", help="database: SQLite path (default $ZHENGCE_ANXINBAO_DB or var/anxinbao.sqlite)"
                                     " or postgresql://… URL")
        if json_flag:
            sp.add_argument("--json", action="store_true", help="print JSON")
        return sp

    sp = common(sub.add_parser("init", help="create the database and fund the risk pool (first tranche)"))
    sp.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a parameter or choice of parameters.yaml (repeatable)")
    sp.add_argument("--mode", choices=["live", "replay"], default="live",
                    help="live (default): every time from the server clock; replay: a simulation book whose "
                         "operations carry times (--at), never earlier than the last event")
    sp.add_argument("--at", help="replay books only: time of the init (default: the program's start)")
    sp.set_defaults(func=cmd_init)

    sp = common(sub.add_parser("replay", help="apply a scenario file of events to a fresh program; print the state"))
    sp.add_argument("scenario", help="YAML/JSON scenario (format: docs/anxinbao.md)")
    sp.set_defaults(func=cmd_replay)

    sp = common(sub.add_parser("verify", help="reconcile every table against the keyed audit chain (and checkpoints)"))
    sp.add_argument("--checkpoints", metavar="DIR", help="folder of signed checkpoints to check the chain against")
    sp.set_defaults(func=cmd_verify)
    sp = common(sub.add_parser("checkpoint", help="export a signed checkpoint of the audit chain's head (e.g. daily)"))
    sp.add_argument("--out", required=True, metavar="FILE|DIR", help="file to write, or a folder to add it to")
    sp.set_defaults(func=cmd_checkpoint)
    common(sub.add_parser("status", help="projects, balances and subsidies (everything)")).set_defaults(
        func=cmd_status)

    sp = common(sub.add_parser("show", help="one project as an actor sees it"))
    sp.add_argument("project")
    sp.add_argument("--as", dest="actor", default="auditor:cli", help="role:id (default auditor:cli)")
    sp.set_defaults(func=cmd_show)

    sp = common(sub.add_parser("balances", help="account balances as an actor may see them"))
    sp.add_argument("--as", dest="actor", default="auditor:cli", help="role:id (default auditor:cli)")
    sp.set_defaults(func=cmd_balances)

    sp = common(sub.add_parser("events", help="the audit log (bureau, operator, finance, auditor)"))
    sp.add_argument("--as", dest="actor", default="auditor:cli")
    sp.add_argument("--after", type=int, default=0, help="only events after this sequence number")
    sp.set_defaults(func=cmd_events)

    common(sub.add_parser("parameters", help="the parameters in force, with citations"), json_flag=False).set_defaults(
        func=cmd_parameters)

    for name in OPERATION_NAMES:
        sp = common(sub.add_parser(name, help=f"operation {name}"))
        sp.add_argument("--as", dest="actor", required=True, help="who acts: role:id, e.g. enterprise:E1")
        sp.add_argument("--id", dest="op_id", required=True, help="operation id (idempotency key)")
        sp.add_argument("--at", help="replay books only: time of the operation (ISO; default: the last event's)")
        sp.add_argument("pairs", nargs="*", metavar="NAME=VALUE", help="arguments")
        sp.set_defaults(func=cmd_operation, operation=name)
    p.set_defaults(func=lambda args: p.print_help() or 0)


def _program(args, existing: bool = False):
    from zhengce.programs.anxinbao import Program

    if existing:  # reading a book that is not there would create an empty one and call it "ok"
        from zhengce.programs.anxinbao.storage import default_url
        url = str(args.db or default_url())
        if "://" not in url and url != ":memory:" and not Path(url).is_file():
            raise InputError(f"anxinbao 数据库 {url} 不存在（先运行 zhengce anxinbao init 或 replay）")
    return Program.open(args.db)


def _pairs(pairs: list[str]) -> dict:
    from zhengce import yaml_input
    from zhengce.programs.core.scenario import ExactLoader

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise InputError(f"参数 {pair!r} 格式有误：应写成 名称=值（NAME=VALUE）")
        if name in out:  # the last would silently win
            raise InputError(f"参数 {name} 写了两次")
        try:
            out[name] = yaml_input.load(value, f"参数 {name}", ExactLoader) if value else ""
        except InputError as exc:
            if "嵌套过深" in exc.message or "内容过大" in exc.message or "重复" in exc.message:
                raise
            out[name] = value  # not YAML: the text as written
        if isinstance(out[name], (int,)) and name in ("project", "enterprise", "platform"):
            out[name] = value
    return out


def _print(args, value, text: str | None = None) -> None:
    from zhengce.cli.output import print_json

    if getattr(args, "json", False) or text is None:
        print_json(value)
    else:
        print(text)


def cmd_init(args) -> int:
    from zhengce.programs.anxinbao import Refused

    overrides = _pairs(args.set)
    prog = _program(args)
    try:
        result = prog.init(overrides=overrides, mode=args.mode, at=args.at)
    except Refused as exc:
        raise _refused(exc) from None
    finally:
        prog.close()
    _print(args, result, f"initialised {shown(prog.store.url)}: risk pool {result['result']['pool']} yuan")
    return 0


def cmd_replay(args) -> int:
    from zhengce.programs.anxinbao.scenario import load_scenario, replay

    result = replay(load_scenario(args.scenario), db=args.db)
    if args.json:
        _print(args, result)
    else:
        print(format_state(result))
        print(f"events: {result['events']}, applied: {result['applied']}, refused: {len(result['refused'])}")
        for r in result["refused"]:
            print(f"  refused #{r['index']} {shown(r.get('op'))} by {shown(r.get('actor'))}: [{r['error']['code']}] "
                  f"{shown(r['error']['message'])}")  # a scenario's own strings: one line each
        problems = "; ".join(f"[{shown(p['code'])}] {shown(p['message'])}" for p in result["verify"]["problems"])
        print("verify: " + ("ok" if result["verify"]["ok"] else problems))
        for u in result["unexpected"]:
            print(f"  UNEXPECTED: {shown(u)}")
    return 1 if result["unexpected"] else 0


def format_state(state: dict) -> str:
    """The book as text; ids and names (a scenario's or a user's) shown escaped (zhengce.terminal.shown)."""
    lines = ["projects:"]
    for pid, p in state["projects"].items():
        ms = ", ".join(f"M{m['no']} {shown(m['state'])}" for m in p["milestones"])
        lines.append(f"  {shown(pid)} [{shown(p['state'])}] {shown(p['enterprise'])} × {shown(p['platform'])}, "
                     f"{p['eligible_total']} yuan: {ms}")
    lines.append("balances (yuan; external accounts negative = paid into the program):")
    accounts = {shown(a): b for a, b in state["balances"].items()}
    width = max((len(a) for a in accounts), default=0)
    lines += [f"  {a:<{width}}  {b:>18}" for a, b in accounts.items()]
    if state["subsidies"]:
        lines.append("subsidies:")
        lines += [f"  {shown(s['enterprise'])} {shown(s['project'])} {s['year']}: {s['amount']} ({shown(s['state'])}"
                  f"{', capped' if s['capped'] else ''})" for s in state["subsidies"]]
    return "\n".join(lines)


def cmd_checkpoint(args) -> int:
    from zhengce.programs.anxinbao.checkpoints import write_checkpoint

    prog = _program(args, existing=True)
    try:
        cp = prog.checkpoint()
    finally:
        prog.close()
    path = write_checkpoint(cp, args.out)
    _print(args, {**cp, "file": str(path)}, f"checkpoint of event #{cp['seq']} ({cp['event_at']}) written to {path}")
    return 0


def cmd_verify(args) -> int:
    prog = _program(args, existing=True)
    try:
        report = prog.verify(checkpoints=args.checkpoints)
    finally:
        prog.close()
    if args.json:
        _print(args, report)
    elif report["ok"]:
        print(f"ok: {report['events']} audit events chained, {report['transfers']} transfers balance "
              f"over {report['accounts']} accounts" + (f", {report['checkpoints']} checkpoint(s) match"
                                                        if args.checkpoints else ""))
    else:
        print("核验未通过：", file=sys.stderr)
        for problem in report["problems"]:
            print(f"  [{shown(problem['code'])}] {shown(problem['message'])}", file=sys.stderr)
    return 0 if report["ok"] else 1


def cmd_status(args) -> int:
    prog = _program(args, existing=True)
    try:
        state = prog.summary()
    finally:
        prog.close()
    _print(args, state, format_state(state))
    return 0


def cmd_show(args) -> int:
    prog = _program(args, existing=True)
    try:
        _print(args, prog.project(args.actor, args.project))
    finally:
        prog.close()
    return 0


def cmd_balances(args) -> int:
    from zhengce.money import format_fen
    from zhengce.programs.anxinbao.money import yuan

    prog = _program(args, existing=True)
    try:
        bal = prog.balances(args.actor)
    finally:
        prog.close()
    _print(args, {a: {**b, "yuan": yuan(b["balance"])} for a, b in bal.items()},
           "\n".join(f"{shown(a)}\t{format_fen(b['balance'])}" for a, b in bal.items()))
    return 0


def cmd_events(args) -> int:
    prog = _program(args, existing=True)
    try:
        _print(args, prog.events(args.actor, after_seq=args.after))
    finally:
        prog.close()
    return 0


def cmd_parameters(args) -> int:
    prog = _program(args)
    try:
        _print(args, prog.params.to_json())
    finally:
        prog.close()
    return 0


def _refused(exc) -> InputError:
    """A refusal as one line that opens in Chinese and keeps the stable code (for scripts)."""
    err = InputError(f"操作被拒绝（{exc.code}）：{exc.message}", hint=exc.hint)
    err.exit_code = getattr(exc, "exit_code", 2)
    return err


def cmd_operation(args) -> int:
    from zhengce.programs.anxinbao import Refused

    prog = _program(args)
    try:
        result = prog.execute(args.actor, args.operation, _pairs(args.pairs), op_id=args.op_id, at=args.at)
    except Refused as exc:
        raise _refused(exc) from None
    finally:
        prog.close()
    _print(args, result, f"ok: {shown(args.operation)} {shown(result['result'])}"
           + (" (replayed)" if result.get("replayed") else ""))
    return 0
