"""CLI of the rules layer: check, batch, rules list|show|validate, profile schema."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from zhengce.errors import ZhengceError


def register(subparsers) -> None:
    p = subparsers.add_parser("check", help="what a profile is entitled to on a date (amounts, reasons, citations)")
    p.add_argument("profile", help="profile JSON file (see docs/profile.md); '-' reads stdin")
    p.add_argument("--date", help="evaluation date YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="also list rules not met, with reasons")
    p.add_argument("--include-drafts", action="store_true", help="evaluate drafts (征求意见稿) as if in force")
    p.set_defaults(func=_check)

    p = subparsers.add_parser("batch", help="run a registry (CSV/Parquet/Excel) of profiles through all rules")
    p.add_argument("registry")
    p.add_argument("--out", required=True, help="output .parquet, .csv or .xlsx (extra tables written beside it)")
    p.add_argument("--date", help="evaluation date YYYY-MM-DD (default: today)")
    p.add_argument("--include-drafts", action="store_true")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=_batch)

    p = subparsers.add_parser("rules", help="the rulebook: list, show, validate")
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION")
    q = sub.add_parser("list", help="every rule with its citation and formula")
    q.add_argument("--json", action="store_true")
    q.add_argument("--file", help="only rules of this corpus file")
    q.set_defaults(func=_list)
    q = sub.add_parser("show", help="one rule in full")
    q.add_argument("id")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_show)
    q = sub.add_parser("validate", help="load all rule files, check fidelity to the corpus, run their YAML tests")
    q.add_argument("--dir", help="folder of rule files (default: the shipped policies)")
    q.add_argument("--gold", help="folder of gold readings to check coverage against (default: ../shared/gold)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_validate)
    p.set_defaults(func=lambda args: p.print_help())

    p = subparsers.add_parser("profile", help="the profile schema")
    sub = p.add_subparsers(dest="profile_command", metavar="ACTION")
    q = sub.add_parser("schema", help="print the profile schema as JSON Schema")
    q.set_defaults(func=_schema)
    p.set_defaults(func=lambda args: p.print_help())


def _read_profile(path: str) -> dict:
    from zhengce.cli.profile_input import read_profile
    return read_profile(path)  # JSON floats stay floats: money as 1.5 or 1e7 is refused, as by the API


def _decimals_to_str(value):
    """JSON decimals (parse_float=Decimal) are exact numbers: pass them on as decimal strings."""
    if isinstance(value, dict):
        return {k: _decimals_to_str(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decimals_to_str(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def _check(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import evaluate
    result = evaluate(_decimals_to_str(_read_profile(args.profile)), args.date, include_drafts=args.include_drafts)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.to_text(verbose=args.all))
    return 0


def _batch(args) -> int:
    import tempfile

    from zhengce.cli.batch_input import prepare_registry, reader_error
    from zhengce.cli.output import print_json
    from zhengce.rules.batch import run_batch
    with tempfile.TemporaryDirectory(prefix="zhengce-batch-") as work:
        prepared = prepare_registry(args.registry, Path(work))
        try:
            res = run_batch(prepared.path, args.out, args.date, include_drafts=args.include_drafts)
        except ZhengceError:
            raise
        except Exception as exc:  # the reader's own errors (e.g. DuckDB's): one line, never its dump
            if type(exc).__module__.lstrip("_").split(".")[0] not in ("duckdb", "pyarrow", "openpyxl", "zipfile"):
                raise
            raise reader_error(exc, args.registry) from None
        res.errors = prepared.all_errors(res.errors)  # every error of each bad row, by spreadsheet row
    if args.json:
        out = res.to_json()
        out["rules"] = [r for r in out["rules"] if r["eligible"] or r["needs_info"]]
        print_json(out)
    else:
        from zhengce.rules.amounts import format_yuan
        print(f"{res.rows} 行, 评估 {res.evaluated} 行, 跳过 {len(res.errors)} 行错误; 合计 {format_yuan(res.total_fen)}"
              f" ({res.seconds['total']} 秒)")
        for row, err in res.errors[:20]:
            print(f"  第{row}行: {err}", file=sys.stderr)
        for s in sorted(res.rule_stats, key=lambda s: -s["total_fen"])[:15]:
            if s["eligible"]:
                print(f"  {s['rule_id']}: {s['eligible']} 家, {format_yuan(s['total_fen'])}")
        print("输出: " + ", ".join(str(p) for p in res.outputs))
    return 0


def _list(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import load_rulebook
    rules = [r.summary() for r in load_rulebook().rules if not args.file or r.document.file == args.file]
    if args.json:
        print_json(rules)
        return 0
    for r in rules:
        art = f"第{r['article']}条" if r["article"] is not None else "-"
        print(f"{r['id']:<48} {r['region']}{r['year']} {r['status']:<5} {art:<6} {r['formula']}  — {r['trigger']}")
    print(f"{len(rules)} rules")
    return 0


def _show(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import load_rulebook
    rule = load_rulebook().rule(args.id)
    data = rule.summary()
    data["conditions"] = [c.describe(rule.ctx(rule.document.start)) for c in rule.conditions]
    data["source"] = str(rule.document.source.name)
    if args.json:
        print_json(data)
        return 0
    for key in ("id", "trigger", "region", "year", "status", "period", "file", "document", "article", "quote",
                "beneficiary", "entity", "formula", "stacking_group", "interpretation", "source"):
        print(f"{key}: {data[key]}")
    print("conditions:")
    for c in data["conditions"] or ["(none)"]:
        print(f"  - {c}")
    return 0


def _validate(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules.cases import load_cases, rules_covered, run_case
    from zhengce.rules.fidelity import check_all, default_gold_dir
    from zhengce.rules.rulebook import load_dir, load_rulebook
    book = load_dir(Path(args.dir)) if args.dir else load_rulebook()
    gold = Path(args.gold) if args.gold else default_gold_dir()
    report = check_all(book, gold)
    cases = load_cases(Path(args.dir) if args.dir else None)
    report["cases"] = [f"{c.file.name} «{c.name}»: {p}" for c in cases for p in run_case(c, book)]
    covered = rules_covered(cases)
    report["untested_rules"] = [r.id for r in book.rules if r.id not in covered]
    report["untested_groups"] = [g for g, v in book.groups.items() if not any(r.id in covered for r in v.rules)]
    failed = sum(len(v) for v in report.values())
    if args.json:
        print_json({"ok": failed == 0, "rules": len(book.rules), "documents": len(book.documents),
                    "cases": len(cases), "gold_checked": bool(gold), "problems": report})
    else:
        print(f"{len(book.documents)} 份文件, {len(book.rules)} 条规则, {len(book.groups)} 个叠加组, {len(cases)} 个测试用例"
              + ("" if gold else " (未找到 gold, 跳过覆盖检查)"))
        for name, problems in report.items():
            print(f"  {'✓' if not problems else '✗'} {name}: {len(problems)} problem(s)")
            for p in problems[:50]:
                print(f"      {p}")
    if failed:
        raise ZhengceError(f"rules validate: {failed} problem(s)")
    return 0


def _schema(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import profile_schema
    print_json(profile_schema())
    return 0
