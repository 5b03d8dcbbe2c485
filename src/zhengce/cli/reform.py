"""CLI of reforms: reform apply, simulate, registry sample (docs/reforms.md)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from zhengce.errors import InputError, ZhengceError
from zhengce.terminal import shown


def register(subparsers) -> None:
    p = subparsers.add_parser("reform", help="reforms of the rules: apply (show the changed rules beside their quotes)")
    sub = p.add_subparsers(dest="reform_command", metavar="ACTION")
    q = sub.add_parser("apply", help="validate a reform file and print each changed rule with its original quote")
    q.add_argument("reform", help="reform YAML (see docs/reforms.md)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_apply)
    p.set_defaults(func=lambda args: p.print_help())

    p = subparsers.add_parser("simulate", help="baseline and reform over a registry: cost, winners and losers, budgets")
    p.add_argument("registry", help="registry .parquet, .csv or .xlsx (columns = profile fact names)")
    p.add_argument("--reform", required=True, help="reform YAML (an empty `changes:` simulates the baseline alone)")
    p.add_argument("--date", help="evaluation date YYYY-MM-DD (default: the reform's date, else today)")
    p.add_argument("--out", help="results .parquet (tables beside it) or .xlsx (one sheet per table)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON (amounts in fen)")
    p.set_defaults(func=_simulate)

    p = subparsers.add_parser("registry", help="registries: sample (a realistic generated registry)")
    sub = p.add_subparsers(dest="registry_command", metavar="ACTION")
    q = sub.add_parser("sample", help="generate a sample registry of enterprises for a place (docs/reforms.md)")
    q.add_argument("--n", type=int, default=100_000, help="number of enterprises (default 100000)")
    q.add_argument("--region", required=True, help="district or city, e.g. 杭州市临安区 or 湖州市")
    q.add_argument("--out", required=True, help="output .parquet or .csv")
    q.add_argument("--seed", type=int, default=7)
    q.add_argument("--year", type=int, default=2025, help="the policy year the recognitions and events refer to")
    q.set_defaults(func=_sample)
    p.set_defaults(func=lambda args: p.print_help())


def _apply(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules.reform import apply_reform, load_reform
    applied = apply_reform(load_reform(args.reform))
    if args.json:
        print_json(applied.to_json())
        return 0
    print(f"改革「{shown(applied.reform.name)}」 基线: {applied.reform.baseline.describe()} "
          f"({len(applied.baseline.rules)} 条规则 → {len(applied.reformed.rules)} 条)")
    for c in applied.diff:
        what = c.get("rule_id") or c.get("group") or c.get("document")
        head = f"第{c['article']}条 " if c.get("article") else ""
        # a reform file's ids, quotes and triggers: escaped, one line each
        print(f"\n[{c['change']}] {shown(what)}  {shown(c.get('region') or '')}{c.get('year') or ''} {head}"
              f"{shown(c.get('trigger') or '')}")
        if c.get("quote"):
            print(f"  原文: {shown(c['quote'])}")
        print(f"  原规则: {shown(c.get('before') or '—')}")
        print(f"  改为:   {shown(c.get('after') or '—')}")
    return 0


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--date {text!r} 不是 YYYY-MM-DD 格式的日期") from None


def _simulate(args) -> int:
    import tempfile

    from zhengce.cli.batch_input import prepare_registry, reader_error
    from zhengce.cli.output import print_json
    from zhengce.rules.reform import apply_reform, load_reform, simulate_registry, text
    if args.out and Path(args.out).suffix.lower() not in (".parquet", ".xlsx"):
        raise InputError(f"--out {args.out}: 只支持 .parquet 或 .xlsx")
    date = _date(args.date)
    applied = apply_reform(load_reform(args.reform))
    if args.out:
        from zhengce.rules.outputs import refuse_overwrite
        refuse_overwrite(args.out, args.registry, args.reform)
    with tempfile.TemporaryDirectory(prefix="zhengce-simulate-") as work:
        prepared = prepare_registry(args.registry, Path(work))
        try:
            sim, summary = simulate_registry(prepared.path, applied, date, args.out, numbering=prepared)
        except ZhengceError:
            raise
        except Exception as exc:  # the reader's own errors (DuckDB's): one line, never its dump
            if type(exc).__module__.lstrip("_").split(".")[0] not in ("duckdb", "pyarrow", "openpyxl", "zipfile"):
                raise
            raise reader_error(exc, args.registry) from None
        errors = prepared.all_errors(sim.errors)  # rows are the registry's own (numbering=prepared)
        summary["errors"] = [{"row": r, "error": e} for r, e in errors[:100]]
    if args.json:
        print_json(summary)
    else:
        print(text(summary))
        for e in summary["errors"][:20]:
            print(f"  第{e['row']}行: {shown(e['error'])}", file=sys.stderr)
        if args.out:
            print(f"\n输出: {args.out}")
    return 0


def _sample(args) -> int:
    from zhengce.rules.sample import write_sample
    out = write_sample(args.out, args.n, args.region, args.seed, args.year)
    print(f"{args.n} 家企业 ({args.region}, seed {args.seed}) → {out}")
    return 0
