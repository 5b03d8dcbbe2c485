"""Library subcommands: ingest, docs, show, search, compare.

Handlers import the library lazily; user errors are ZhengceError (one line, exit 2). Human
views are in Chinese; --json prints the same content as data.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

from zhengce.errors import InputError
from zhengce.terminal import shown

LEVEL = {"national": "国家级", "province": "省级", "city": "市级", "district": "区县级", "county": "县级"}
KIND = {"policy": "若干政策", "rules": "实施细则", "notice": "申报通知"}
STATUS = {"draft": "征求意见稿", "final": "正式稿"}


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="library database file (default: $ZHENGCE_DB, else var/zhengce.sqlite)")


def _doc_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--region", help="region contains, e.g. 余杭")
    p.add_argument("--year", type=int, help="policy year")
    p.add_argument("--level", choices=sorted(LEVEL), help="province | city | district | county | national")
    p.add_argument("--status", choices=sorted(STATUS), help="draft | final")
    p.add_argument("--kind", choices=sorted(KIND), help="policy | rules | notice")
    p.add_argument("--all-versions", action="store_true", help="include superseded versions")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read policy files into the library",
                       description="Read files or folders into the library. Bad files are reported "
                                   "and skipped; exit 1 if any failed.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--force", action="store_true", help="re-read files even when their bytes are known")
    p.add_argument("--workers", type=int, metavar="N",
                   help="reader processes (default: one per core for 8 files or more; 1: read in this process)")
    p.add_argument("--json", action="store_true", help="print the per-file report as JSON")
    _db_arg(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("docs", help="list the documents in the library")
    _doc_filters(p)
    p.add_argument("--json", action="store_true")
    _db_arg(p)
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("show", help="show a document, section or article by citation id")
    p.add_argument("id", metavar="ID", help="e.g. 004_c74db4dc4724db3b/d2, …/d2@1, …/d2/s1/a3")
    p.add_argument("--json", action="store_true")
    _db_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="full-text search over articles, with filters")
    p.add_argument("query", metavar="QUERY", nargs="?", default="",
                   help="words (simplified or traditional); all must occur. May be empty with filters")
    _doc_filters(p)
    p.add_argument("--section", help="section (policy domain) title contains")
    p.add_argument("--dept", help="lead or responsible unit contains, e.g. 科技局")
    p.add_argument("--min-amount", help="an incentive of at least this many yuan (e.g. 1000000)")
    p.add_argument("--beneficiary", help="incentive beneficiary or trigger contains, e.g. 高新技术企业")
    p.add_argument("--trigger", help="provision trigger contains")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    _db_arg(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("compare", help="compare two documents, or one measure across the library",
                       description="compare DOC_A DOC_B: articles aligned by meaning; "
                                   "compare --topic QUERY: the same measure in every document. "
                                   "DOC is a library id or a file path (path#d2 for one document of a file).")
    p.add_argument("docs", nargs="*", metavar="DOC")
    p.add_argument("--topic", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    _db_arg(p)
    p.set_defaults(func=cmd_compare)


def _open(args: argparse.Namespace):
    from zhengce.library.store import Library

    return Library(args.db) if args.db else Library()


# ------------------------------------------------------------------------------------ ingest


def _progress(stream):
    tty = stream.isatty()

    def show(i: int, n: int, path: Path | None) -> None:
        if not tty or n == 0:
            return
        width = 30
        done = int(width * i / n)
        name = path.name if path else "完成"
        stream.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {shown(name)[:40]:<40}")
        if path is None:
            stream.write("\n")
        stream.flush()
    return show


def cmd_ingest(args: argparse.Namespace) -> int:
    from zhengce.library.ingest import ingest

    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers 至少为 1，不能是 {args.workers}")
    with _open(args) as lib:
        reports = ingest(lib, args.paths, force=args.force, progress=_progress(sys.stderr), workers=args.workers)
        counts = lib.counts()
    if args.json:
        from zhengce.cli.output import print_json

        print_json({"files": [r.to_json() for r in reports], "library": counts})
    else:
        tally: dict[str, int] = {}
        for r in reports:
            tally[r.status] = tally.get(r.status, 0) + 1
            if r.status != "failed":
                docs = ", ".join(f"{d.id}@{d.version}" + ("" if d.action == "added" else f" ({d.action})")
                                 for d in r.documents)
                print(f"{r.status:9} {shown(r.path)}: {docs}")  # a file's name may hold an escape
        print(f"{len(reports)} 个文件: 新增 {tally.get('added', 0)}, 更新 {tally.get('updated', 0)}, "
              f"未变 {tally.get('unchanged', 0)}, 失败 {tally.get('failed', 0)}; "
              f"库中 {counts['documents']} 份文件 ({counts['versions']} 个版本), {counts['articles']} 条")
    failed = [r for r in reports if r.status == "failed"]
    for r in failed:
        print(f"zhengce: 未能入库：{shown(r.path)}：{shown(r.error)}", file=sys.stderr)
    changed = [r for r in reports if r.status in ("added", "updated")]
    if changed:  # 政策找企业: subscriptions hear what is new (docs/calls.md)
        from zhengce.programs.calls.subscriptions import notify_after

        run = notify_after(f"ingest {len(changed)} 个文件: " + ", ".join(str(r.path) for r in changed[:3]))
        if run:
            print(f"政策找企业: {run['subscriptions']} 个订阅, 新通知 {run['notifications']} 条", file=sys.stderr)
    return 1 if failed else 0


# ------------------------------------------------------------------------------------ docs


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(s: Any, w: int) -> str:
    s = "" if s is None else shown(s)  # a title, a region, a quote from a file: escaped before it is measured
    while _width(s) > w:
        s = s[:-2] + "…"
    return s + " " * (w - _width(s))


def table(rows: list[list[Any]], widths: list[int]) -> str:
    return "\n".join("  ".join(_cell(c, w) for c, w in zip(r, widths)).rstrip() for r in rows)


def cmd_docs(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        docs = lib.documents(region=args.region, year=args.year, level=args.level, status=args.status,
                             kind=args.kind, all_versions=args.all_versions)
    if args.json:
        from zhengce.cli.output import print_json

        print_json(docs)
        return 0
    if not docs:
        print("库中没有符合条件的文件 (先运行 zhengce ingest PATH)")
        return 0
    rows = [["编号", "地区", "年度", "层级", "类型", "状态", "标题", "章/条", "版本"]]
    for d in docs:  # the id, region and title are the file's own text: escaped, on one line (as is every cell)
        rows.append([shown(d["id"]), shown(d["region"] or ""), d["year"], LEVEL.get(d["level"], d["level"]),
                     KIND.get(d["kind"], d["kind"]), STATUS.get(d["status"], d["status"]),
                     shown(d["title"] or ""), f"{d['sections']}/{d['articles'] or d['points']}",
                     f"v{d['version']}" + ("" if d["latest"] else " (旧)")])
    print(table(rows, [max(_width(str(r[0])) for r in rows), 14, 4, 6, 8, 10, 40, 7, 8]))
    return 0


# ------------------------------------------------------------------------------------ show


def _yuan(v: Any) -> str:
    from zhengce.money import format_yuan

    return format_yuan(v)


def _provision_line(p: dict[str, Any]) -> str:
    kinds = {"incentive": "奖励补助", "budget": "资金预算", "target": "目标", "tax_relief": "税收优惠",
             "threshold": "门槛条件", "deadline": "时限"}
    parts = [kinds.get(p.get("kind") or "", p.get("kind") or "")]
    if p.get("amount_yuan") is not None:
        parts.append(("最高" if p.get("form") == "up_to" else "") + _yuan(p["amount_yuan"]))
    if p.get("rate") is not None:
        from zhengce.money import format_rate

        parts.append(format_rate(p["rate"]))
    if p.get("cap_yuan") is not None:
        parts.append(f"上限{_yuan(p['cap_yuan'])}")
    if p.get("trigger"):
        parts.append(f"({p['trigger']})")
    from zhengce.library.text import clean_quote

    return shown(" ".join(parts) + (f" 「{clean_quote(p['quote'])}」" if p.get("quote") else ""))


def _doc_header(d: dict[str, Any]) -> list[str]:
    """The document's own strings (title, region, issuer …) as read from its file: each line escaped."""
    return [shown(line) for line in (
            f"《{d.get('title') or '(无标题)'}》",
            f"  编号 {d['id']}  版本 v{d.get('version', 1)}{'' if d.get('latest', True) else ' (已被新版本取代)'}",
            f"  地区 {d.get('region') or '—'}  层级 {LEVEL.get(d.get('level'), d.get('level') or '—')}  "
            f"年度 {d.get('year') or '—'}  类型 {KIND.get(d.get('kind'), d.get('kind'))}  "
            f"状态 {STATUS.get(d.get('status'), d.get('status'))}",
            f"  文号 {d.get('doc_number') or '—'}  印发 {d.get('issued') or '—'}  发文 {d.get('issuer') or '—'}")]


def cmd_show(args: argparse.Namespace) -> int:
    from zhengce.reading.model import warning_meaning

    with _open(args) as lib:
        item = lib.get(args.id)
    if args.json:
        from zhengce.cli.output import print_json

        print_json(item)
        return 0
    lines: list[str] = []
    if item["type"] == "document":
        d = item["document"]
        lines += _doc_header(d)
        if d.get("total_budget_yuan"):
            lines.append(f"  支持总额 {_yuan(d['total_budget_yuan'])}")
        if d.get("comment_period"):
            lines.append(shown(f"  征求意见 {' 至 '.join(d['comment_period'])}"))
        if len(d.get("versions", [])) > 1:
            lines.append("  版本 " + ", ".join(v["id"] + (" (最新)" if v["latest"] else "") for v in d["versions"]))
        others = [m for m in d.get("series_members", []) if m["id"] != d["id"]]
        if others:
            lines.append("  同一系列 " + "; ".join(f"{m['id']} {m['year']} {STATUS.get(m['status'], m['status'])}"
                                                for m in others))
        for s in d.get("sections", []):  # labels, titles, units and headings are the file's own text
            lead = f" ({'、'.join(s['lead'])}牵头)" if s.get("lead") else ""
            budget = f" 预算 {_yuan(s['budget_yuan'])}" if s.get("budget_yuan") else ""
            lines.append(shown(f"{s['label']}{s['title']}{lead}{budget}  [{s['id']}]"))
            for a in s.get("articles", []):
                lines.append(shown(f"  {a['label']}{a['heading']}  [{a['id']}]"))
        for k, p in enumerate(d.get("points", []), 1):
            text = (p.get("text") or "").replace("\n", " ")
            lines.append(shown(f"  {p.get('label') or k} {text[:60]}{'…' if len(text) > 60 else ''}"))
        for w in d.get("warnings", []):
            lines.append(f"  ! {warning_meaning(w.get('code'))}：{shown(w['message'])}")
    else:
        d = item["document"]
        lines += _doc_header(d)
        if item.get("section"):
            s = item["section"]
            lead = f" ({'、'.join(s['lead'])}牵头)" if s.get("lead") else ""
            lines.append(shown(f"{s['label']}{s['title']}{lead}  [{s['id']}]"))
            if s.get("budget_yuan"):
                lines.append(f"  预算 {_yuan(s['budget_yuan'])}")
        arts = [item["article"]] if item.get("article") else item.get("articles", [])
        for a in arts:
            lines.append(shown(f"{a['label'] or ''}{a['heading'] or ''}  [{a['id']}]"))
            if item.get("article"):
                lines.append(shown(a["text"], keep_newlines=True))  # an article of several lines keeps them
                if a.get("responsible"):
                    lines.append(shown(f"责任单位: {'、'.join(a['responsible'])}"))
                for p in a.get("provisions", []):
                    lines.append(f"  · {_provision_line(p)}")
    print("\n".join(lines))
    return 0


# ------------------------------------------------------------------------------------ search


def _search_filters(args: argparse.Namespace):
    from zhengce.library.search import Filters

    amount = None
    if args.min_amount is not None:
        from zhengce.money import MoneyError, parse_money

        try:  # as people write it: 150万, 1.5亿, 150000
            amount = Decimal(parse_money(args.min_amount, field="--min-amount")) / 100
        except MoneyError as exc:
            raise InputError(exc.message) from None
    return Filters(region=args.region, year=args.year, level=args.level, status=args.status, kind=args.kind,
                   section=args.section, dept=args.dept, min_amount=amount, beneficiary=args.beneficiary,
                   trigger=args.trigger, all_versions=args.all_versions)


def cmd_search(args: argparse.Namespace) -> int:
    from zhengce.library.search import search

    filters = _search_filters(args)
    if not args.query.strip() and not any(vars(filters)[k] not in (None, False) for k in vars(filters)):
        raise InputError("请给出关键词或至少一个筛选条件")
    with _open(args) as lib:
        hits = search(lib, args.query, filters, limit=args.limit)
    if args.json:
        from zhengce.cli.output import print_json

        print_json([h.to_json() for h in hits])
        return 0
    if not hits:
        print("没有找到")
        return 0
    for k, h in enumerate(hits, 1):
        where = f"第{h.article_no}条 " if h.kind == "article" and h.article_no is not None else ""
        # the citation holds the document's title and region, the snippet its text: escaped, on one line each
        print(shown(f"{k}. {h.citation} {STATUS.get(h.status, h.status)} {h.heading or ''}  [{h.article_id}]"))
        snippet = h.snippet.replace("\n", " ")  # one line under its citation
        print(f"   {shown(snippet)}")
        for p in h.provisions:
            print(f"   · {_provision_line(p)}")
    return 0


# ------------------------------------------------------------------------------------ compare


def _load(lib, ref: str):
    """A document and its original text: a library id, or a file path (path#dN picks one)."""
    path, _, pick = ref.partition("#")
    if Path(path).exists():
        from zhengce.library.ingest import read_documents

        docs, original = read_documents(Path(path))
        if pick:
            chosen = [d for d in docs if d.id.endswith("/" + pick)]
            if not chosen:
                raise InputError(f"{path} 中没有文件 {pick!r}",
                                 hint="其中有 " + "、".join(d.id.rsplit("/", 1)[1] for d in docs))
            return chosen[0], original
        if len(docs) != 1:
            raise InputError(f"{path} 含 {len(docs)} 份文件：请用 {path}#d1 … #d{len(docs)} 选择其中一份")
        return docs[0], original
    row, rest = lib.resolve(ref)
    if rest:
        raise InputError(f"{ref} 指向章节或条款；对比需要两个文件")
    from zhengce.library.rehydrate import document_from_json
    import json

    original = lib.conn.execute("SELECT original FROM sources WHERE pk = ?", (row["source_pk"],)).fetchone()[0]
    return document_from_json(json.loads(row["reading"])), original


def _num(n: dict[str, Any]) -> str:
    return f"{shown(n['display'])}「{shown(n['quote'], keep_newlines=True)}」"  # a quote may span lines


def cmd_compare(args: argparse.Namespace) -> int:
    from zhengce.cli.output import print_json
    from zhengce.library.compare import compare, compare_topic

    if args.topic:
        from zhengce.citations import cite_text
        from zhengce.library.text import clean_quote

        if args.docs:
            raise InputError("请给出两个文件，或用 --topic 指定事项，二者不能同时使用")
        with _open(args) as lib:
            result = compare_topic(lib, args.topic)
        if args.json:
            print_json(result.to_json())
            return 0
        topic = shown(args.topic)  # the user's own words, echoed: escaped like the documents' text
        print(f"“{topic}” 在库中各文件的规定 ({len(result.rows)} 处):")
        rows = [["地区", "年度", "状态", "条", "金额", "引文", "出处"]]
        for r in result.rows:
            d, a = r["document"], r["article"]
            if r["source"] == "provision":
                money = " ".join(x for x in (
                    _yuan(r["amount_yuan"]) if r.get("amount_yuan") is not None else "",
                    f"{(Decimal(str(r['rate'])) * 100).normalize():f}%" if r.get("rate") is not None else "",
                    f"上限{_yuan(r['cap_yuan'])}" if r.get("cap_yuan") is not None else "") if x)
            else:
                money = "、".join(x["display"] for x in r["amounts"]) or "—"
            rows.append([shown(d["region"] or ""), d["year"], shown(STATUS.get(d["status"], d["status"])),
                         a["no"] if a["no"] is not None else "", money or "—", shown(clean_quote(r["quote"])),
                         shown(cite_text(None, None, d["title"], d.get("doc_number"), a["no"]))])
        print(table(rows, [14, 4, 10, 3, 16, 60, 30]))
        awards = result.to_json()["awards"]
        if awards:
            print(f"各文件“{topic}”本身的奖励 (图表取值):")
            for w in awards:
                d = w["document"]
                shared = "，非该事项专属的奖励" if w["shared"] else ""
                print(shown(f"  {d['region'] or ''}{d['year'] or ''} {_yuan(w['amount_yuan'])}"
                            f"（第{w['article']['no']}条 {w['trigger'] or ''}{shared}）"))
        if result.documents_without:
            print("未提及: " + "; ".join(shown(cite_text(d["region"], d["year"], d["title"], d.get("doc_number")))
                                        for d in result.documents_without))
        return 0
    if len(args.docs) != 2:
        raise InputError("对比需要两个文件（文件A 文件B），或用 --topic 指定事项")
    with _open(args) as lib:
        (a, oa), (b, ob) = _load(lib, args.docs[0]), _load(lib, args.docs[1])
    result = compare(a, b, original_a=oa, original_b=ob).to_json()
    if args.json:
        print_json(result)
        return 0
    c = result["counts"]
    # ids, regions, titles, headings, units and metadata are the files' own text: escaped, one line each
    print(shown(f"A: {a.id} {a.region or ''} {a.year or ''} {STATUS.get(a.status, a.status)}《{a.title or ''}》"))
    print(shown(f"B: {b.id} {b.region or ''} {b.year or ''} {STATUS.get(b.status, b.status)}《{b.title or ''}》"))
    print(f"未变 {c['unchanged']} 条, 修改 {c['changed']} 条, 拆分 {c['split']}, 合并 {c['merged']}, "
          f"新增 {c['added']} 条, 删除 {c['removed']} 条")
    for m in result["metadata"]:
        print(shown(f"  {m['label']}: {m['a_text']} → {m['b_text']}"))
    for s in result["sections"]:
        if s.get("a") and s.get("b") and s.get("budget_changed"):
            print(shown(f"  预算 {s['b']['title']}: {_yuan(s['a']['budget_yuan'])} → {_yuan(s['b']['budget_yuan'])}"))
    label = {"changed": "修改", "split": "拆分", "merged": "合并"}
    for ch in result["changed"]:
        la = "+".join(f"{p['label'] or ''}{p['heading']}" for p in ch["a"])
        lb = "+".join(f"{p['label'] or ''}{p['heading']}" for p in ch["b"])
        print(f"[{label[ch['status']]}] {shown(la)} → {shown(lb)}")
        nums = ch.get("numbers", {})
        for x in nums.get("changed", []):
            print(f"    数字 {_num(x['before'])} → {_num(x['after'])}")
        for x in nums.get("removed", []):
            print(f"    删去 {_num(x)}")
        for x in nums.get("added", []):
            print(f"    新增 {_num(x)}")
        if ch.get("responsible"):
            r = ch["responsible"]
            print(shown(f"    责任单位 -{'、'.join(r['removed']) or '无'} +{'、'.join(r['added']) or '无'}"))
    for p in result["added"]:
        print(shown(f"[新增] {p['label'] or ''}{p['heading']}  [{p['id']}]"))
    for p in result["removed"]:
        print(shown(f"[删除] {p['label'] or ''}{p['heading']}  [{p['id']}]"))
    return 0
