"""`zhengce parse FILE... [--json]`: the stateless reading of files (the JSON contract)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("parse", help="read policy files and print their structured reading",
                       description="Read files (txt, html, docx, doc, wps, rtf, pdf, ofd) and print one entry per document. "
                                   "With --json: the JSON contract (docs/reading-schema.md).")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON (a list of documents)")
    p.add_argument("--no-provisions", action="store_true", help="skip provision extraction")
    p.set_defaults(func=run)


def run(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.errors import ZhengceError
    from zhengce.reading import read_path

    docs, failures = [], []
    for f in args.files:
        try:
            docs.extend(read_path(f, with_provisions=not args.no_provisions))
        except ZhengceError as exc:
            failures.append(str(exc))
            print(f"zhengce: 错误：{exc}", file=sys.stderr)
    if args.json:
        print_json([d.to_json() for d in docs])
    else:
        for d in docs:
            print(f"{d.id}  {d.region or '?'} {d.year or '?'} {d.kind}/{d.status}  {d.title or '(无标题)'}")
            print(f"    文号 {d.doc_number or '—'}  发布 {d.issued or '—'}  {len(d.sections)} 部分 {len(d.articles)} 条"
                  f"  {len(d.provisions)} 项条款要素")
            for w in d.warnings:
                print(f"    ! {w.message}")
    if failures and not docs:
        return 2
    return 1 if failures else 0
