"""CLI of the rules layer: check, batch, rules list|show|validate, profile schema."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from zhengce.errors import InputError, ZhengceError
from zhengce.terminal import shown


def register(subparsers) -> None:
    p = subparsers.add_parser("check", help="what a profile is entitled to on a date (amounts, reasons, citations)")
    p.add_argument("profile", help="profile JSON file (see docs/profile.md); '-' reads stdin")
    p.add_argument("--date", help="evaluation date YYYY-MM-DD (default: today; exit 3 if no rule is in force then)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="also list rules not met, with reasons")
    p.add_argument("--include-drafts", action="store_true", help="evaluate drafts (征求意见稿) as if in force")
    _rules_options(p)
    p.set_defaults(func=_check)

    p = subparsers.add_parser("batch", help="run a registry (CSV/Parquet/Excel) of profiles through all rules")
    p.add_argument("registry")
    p.add_argument("--out", required=True, help="output .parquet, .csv or .xlsx (extra tables written beside it)")
    p.add_argument("--date", help="evaluation date YYYY-MM-DD (default: today; exit 3 if no rule is in force then)")
    p.add_argument("--include-drafts", action="store_true")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    _rules_options(p)
    p.add_argument("--chunk-rows", type=int, default=None,
                   help="rows per chunk: memory is bounded by the chunk, not the registry (default 65536)")
    p.add_argument("--engine", choices=["embedded", "spark"], default="embedded",
                   help="embedded (numpy, this process) or spark (Apache Spark; see docs/batch.md)")
    p.add_argument("--master", help="Spark master URL, e.g. local[2] or spark://host:7077 (default local[*])")
    p.set_defaults(func=_batch)

    p = subparsers.add_parser("rules", help="the rulebook: list, show, validate")
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION")
    q = sub.add_parser("list", help="every rule with its citation and formula")
    q.add_argument("--json", action="store_true")
    q.add_argument("--file", help="only rules of this rule file (e.g. zhejiang/huzhou/2025) or corpus file")
    q.set_defaults(func=_list)
    q = sub.add_parser("show", help="one rule in full")
    q.add_argument("id")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_show)
    q = sub.add_parser("draft", help="draft a rule file (review: pending) from a document file or library id")
    q.add_argument("source", metavar="FILE_OR_DOC_ID", help="a policy file, or a library document id such as 004_x/d3")
    q.add_argument("--out", help="rule file to write (a directory, or NAME-d<N>.yaml, when the file holds several "
                                 "documents); default: print YAML")
    q.add_argument("--json", action="store_true", help="print a JSON summary of what was drafted")
    q.set_defaults(func=_draft)
    q = sub.add_parser("validate", help="load all rule files, check fidelity to the corpus, run their YAML tests")
    q.add_argument("--dir", help="folder of rule files (default: the shipped policies)")
    q.add_argument("--gold", help="folder of gold readings to check coverage against (default: ../shared/gold)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_validate)
    q = sub.add_parser("diff", help="compare two rule files (curated vs drafted, or last year vs this year)")
    q.add_argument("old", help="rule file A (e.g. last year's, or the curated one)")
    q.add_argument("new", help="rule file B (e.g. this year's, or the drafted one)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_diff)
    q = sub.add_parser("rehash", help="re-attach rule files whose document hash changed but whose quotes all still hold")
    q.add_argument("--dir", help="folder of rule files (default: the shipped policies)")
    q.add_argument("--write", action="store_true", help="rewrite the content_hash lines (default: only report)")
    q.set_defaults(func=_rehash)
    from zhengce.cli import review
    review.register(sub)
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


def _rules_options(p) -> None:
    p.add_argument("--rules", action="append", metavar="FILE.yaml",
                   help="evaluate with this rule file (or folder of rule files) instead of the shipped rules (repeatable)")
    p.add_argument("--with-library-rules", action="store_true",
                   help="with --rules: evaluate the shipped rules as well")


def _rulebook(args):
    """The rulebook a command evaluates: --rules files (and the shipped ones), else the shipped ones."""
    if not args.rules:
        return None
    from zhengce.rules.rulebook import load_rule_files
    return load_rule_files(args.rules, with_library=args.with_library_rules)


def _check(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import evaluate
    from zhengce.rules.period import EXIT_NO_RULE_IN_FORCE, no_rule_in_force
    book = _rulebook(args)
    result = evaluate(_decimals_to_str(_read_profile(args.profile)), args.date, rulebook=book,
                      include_drafts=args.include_drafts)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.to_text(verbose=args.all))
    from zhengce.rules import load_rulebook
    notice = no_rule_in_force(book or load_rulebook(), result.date, args.include_drafts)
    if notice:  # 0元 because nothing is in force, not because nothing applies: say so
        print(f"zhengce: {notice}", file=sys.stderr)
        return EXIT_NO_RULE_IN_FORCE
    return 0


def _batch(args) -> int:
    import tempfile

    from zhengce.cli.batch_input import prepare_registry, reader_error
    from zhengce.cli.output import print_json
    from zhengce.rules.batch import DEFAULT_CHUNK_ROWS, run_batch
    chunk = args.chunk_rows or DEFAULT_CHUNK_ROWS
    if args.engine == "spark":  # a Parquet file or folder, local or on shared storage (hdfs://, s3a://)
        from zhengce.rules.spark import run_spark_batch
        res = run_spark_batch(args.registry, args.out, args.date, include_drafts=args.include_drafts,
                              master=args.master, chunk_rows=chunk, rulebook=_rulebook(args))
        return _batch_report(args, res)
    if args.master:
        raise InputError("--master: 只用于 --engine spark")
    from zhengce.rules.outputs import refuse_overwrite
    refuse_overwrite(args.out, args.registry, *(args.rules or []))
    with tempfile.TemporaryDirectory(prefix="zhengce-batch-") as work:
        prepared = prepare_registry(args.registry, Path(work))
        try:
            res = run_batch(prepared.path, args.out, args.date, include_drafts=args.include_drafts,
                            rulebook=_rulebook(args), chunk_rows=chunk, numbering=prepared)
        except ZhengceError:
            raise
        except Exception as exc:  # the reader's own errors (e.g. DuckDB's): one line, never its dump
            if type(exc).__module__.lstrip("_").split(".")[0] not in ("duckdb", "pyarrow", "openpyxl", "zipfile"):
                raise
            raise reader_error(exc, args.registry) from None
        res.errors = prepared.all_errors(res.errors)  # rows are the registry's own (numbering=prepared)
    return _batch_report(args, res)


def _batch_report(args, res) -> int:
    from zhengce.cli.output import print_json
    if args.json:
        out = res.to_json()
        out["rules"] = [r for r in out["rules"] if r["eligible"] or r["needs_info"]]
        print_json(out)
    else:
        from zhengce.money import format_fen
        print(f"{res.rows} 行, 评估 {res.evaluated} 行, 跳过 {res.bad_rows} 行错误; 合计 {format_fen(res.total_fen)}"
              f" ({res.seconds['total']} 秒)")
        if any(s.get("pending") for s in res.rule_stats):
            print(f"  待复核规则(未计入合计)另计 {format_fen(res.pending_total_fen)}")
        for row, err in res.errors[:20]:
            print(f"  第{row}行: {shown(err)}", file=sys.stderr)
        if res.bad_rows > 20:
            print(f"  … 共 {res.bad_rows} 行错误, 全部见 {res.outputs[0].stem}.errors 文件", file=sys.stderr)
        for s in sorted(res.rule_stats, key=lambda s: -s["total_fen"])[:15]:
            if s["eligible"]:
                flag = " (待复核)" if s.get("pending") else ""
                print(f"  {s['rule_id']}: {s['eligible']} 家, {format_fen(s['total_fen'])}{flag}")
        print("输出: " + ", ".join(str(p) for p in res.outputs))
        if res.rulebook:
            print(f"规则集指纹 {res.rulebook['fingerprint']}({len(res.rulebook['files'])} 个规则文件)")
    return 0


def _draft(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules.draft.write import draft_source
    written = draft_source(args.source, args.out)
    if args.json:
        print_json([w.summary() for w in written])
        return 0
    for w in written:
        if w.path is None:
            print(w.yaml_text, end="")
        else:
            print(f"{w.path}: {w.summary()['rules']} 条规则(待复核), {w.summary()['needs_review']} 条需补充映射",
                  file=sys.stderr)
    return 0


def _list(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import load_rulebook
    rules = [r.summary() for r in load_rulebook().rules
             if not args.file or args.file in (r.document.file, r.document.key, r.document.key + ".yaml")]
    if args.json:
        print_json(rules)
        return 0
    for r in rules:  # ids, regions and triggers are the rule files' own strings
        art = f"第{r['article']}条" if r["article"] is not None else "-"
        print(f"{shown(r['id']):<48} {shown(r['region'])}{r['year']} {shown(r['status']):<5} {art:<6} "
              f"{shown(r['formula'])}  — {shown(r['trigger'])}")
    print(f"{len(rules)} rules")
    return 0


def _show(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import load_rulebook
    rule = load_rulebook().rule(args.id)
    data = rule.summary()
    data["conditions"] = [c.describe(rule.ctx(rule.document.start)) for c in rule.conditions]
    data["source"] = rule.document.key + ".yaml"
    from zhengce.rules.fidelity import article_id
    data["article_id"] = article_id(rule)  # the reading layer's article, found by the document's hash
    if args.json:
        print_json(data)
        return 0
    for key in ("id", "trigger", "region", "year", "status", "period", "file", "document", "article", "article_id", "quote",
                "beneficiary", "entity", "formula", "stacking_group", "interpretation", "source"):
        print(f"{key}: {shown(data[key])}")  # a quote, a trigger, an id: the rule file's own text
    print("conditions:")
    for c in data["conditions"] or ["(none)"]:
        print(f"  - {shown(c)}")
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
                    "cases": len(cases), "gold_checked": bool(gold), "problems": report,
                    "rulebook": book.provenance()})
    else:
        print(f"{len(book.documents)} 份文件, {len(book.rules)} 条规则, {len(book.groups)} 个叠加组, {len(cases)} 个测试用例"
              + ("" if gold else " (未找到 gold, 跳过覆盖检查)"))
        print(f"规则集指纹 {book.fingerprint}")
        for name, problems in report.items():
            print(f"  {'✓' if not problems else '✗'} {name}: {len(problems)} 个问题")
            for p in problems[:50]:
                print(f"      {p}")
    if failed:
        raise ZhengceError(f"rules validate：发现 {failed} 个问题")
    return 0


def _rehash(args) -> int:
    from zhengce.rules.rehash import rehash
    lines = rehash(Path(args.dir) if args.dir else None, write=args.write)
    for line in lines or ["✓ 每个规则文件的文档都能按内容哈希找到"]:
        print(line)
    if any(line.startswith("✗") for line in lines):
        raise ZhengceError(f"rules rehash：{sum(ln.startswith('✗') for ln in lines)} 个文件需要人工处理")
    return 0


def _diff(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules.diff import diff_files, to_text
    for f in (args.old, args.new):
        if not Path(f).is_file():
            raise InputError(f"{f}：文件不存在")
    report = diff_files(args.old, args.new)
    if args.json:
        print_json(report)
    else:
        print(to_text(report))
    return 0


def _schema(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules import profile_schema
    print_json(profile_schema())
    return 0
