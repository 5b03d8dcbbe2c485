"""`zhengce rules review FILE.yaml`: review a drafted rule file in the terminal, or by flags.

Interactive: each pending rule is shown beside its quote, the text of the cited article and its
review notes; answer a(ccept), e(dit conditions/formula in $EDITOR or at a prompt), r(eject),
s(kip) or q(uit and save). Scripted: --accept ID… --reject ID… --by NAME (no prompts).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from zhengce.errors import InputError
from zhengce.terminal import shown


def register(sub) -> None:
    q = sub.add_parser("review", help="review a drafted rule file: accept, edit or reject each pending rule")
    q.add_argument("file", help="rule file (YAML), e.g. one written by `zhengce rules draft`")
    q.add_argument("--accept", nargs="+", metavar="ID", default=[], help="accept these rules (no prompts); 'pending' = all pending")
    q.add_argument("--reject", nargs="+", metavar="ID", default=[], help="reject these rules (no prompts)")
    q.add_argument("--by", help="reviewer's name (recorded as reviewed_by; required with --accept/--reject)")
    q.add_argument("--out", help="write the reviewed file here (default: overwrite FILE)")
    q.add_argument("--json", action="store_true", help="print the pending rules with their context as JSON, change nothing")
    q.add_argument("--date", help="date the subscriptions (政策找企业) are recomputed on, YYYY-MM-DD (default: today)")
    q.set_defaults(func=run)


def run(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.rules.review import ReviewFile
    path = Path(args.file)
    if not path.is_file():
        raise InputError(f"{path}：文件不存在")
    review = ReviewFile(path.read_text(encoding="utf-8"), path.name)
    if args.json:
        print_json({"file": str(path), "summary": review.summary(), "header_problem": review.header_problem,
                    "pending": [review.context(r) for r in review.pending()]})
        return 0
    if args.accept or args.reject:
        if not args.by:
            raise InputError("rules review：使用 --accept/--reject 时须用 --by NAME 写明审核人")
        accept = [str(r.get("id")) for r in review.pending()] if args.accept == ["pending"] else args.accept
        both = set(accept) & set(args.reject)
        if both:
            raise InputError(f"rules review：{', '.join(sorted(both))} 不能既通过又驳回")
        for rid in accept:
            review.decide(rid, "accept", args.by)
        for rid in args.reject:
            review.decide(rid, "reject", args.by)
    else:
        if not sys.stdin.isatty() and not os.environ.get("ZHENGCE_REVIEW_PROMPTS"):
            raise InputError("rules review：没有终端，无法逐条询问：请用 --accept ID… / --reject ID… --by NAME")
        interactive(review, args.by)
    out = Path(args.out) if args.out else path
    text = review.dump()
    from zhengce.outfiles import replacing
    with replacing(out) as tmp:  # the rule file itself, often: never left half written
        tmp.write_text(text, encoding="utf-8")
    counts = review.summary()
    print(f"已写入 {shown(out)}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    notify(out, text, args.date)
    return 0


def notify(out: Path, text: str, date: str | None) -> None:
    """政策找企业: a reviewed rule file recomputes the subscriptions at once (idempotent; docs/calls.md)."""
    import datetime as dt
    from zhengce.programs.calls.subscriptions import notify_after_review
    on = None
    if date:
        try:
            on = dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f"--date {date!r}: 日期应为 YYYY-MM-DD") from None
    try:
        run = notify_after_review(str(out), text, f"规则审核 {out.name}", on)
    except InputError as exc:  # the file is written; only the recomputation is skipped
        from zhengce.cli import one_line
        print(f"政策找企业: {one_line(str(exc))}", file=sys.stderr)  # the message may quote the file: one line
        return
    if run:
        print(f"政策找企业: {run['subscriptions']} 个订阅, 新通知 {run['notifications']} 条", file=sys.stderr)


def _show(ctx: dict) -> None:
    """One pending rule: every string is the rule file's or the corpus's own, escaped; the quote and the
    article keep their line breaks (a quote may span lines of the article), nothing else that acts."""
    print("─" * 72)
    art = f"第{ctx['article']}条" if ctx["article"] is not None else "(无条号)"
    print(f"{shown(ctx['id'])}  [{shown(ctx['review'])}]  {art}  {shown(ctx['trigger'])}")
    print(f"  原文引用: 「{shown(ctx['quote'], keep_newlines=True)}」"
          + ("" if ctx["quote_in_article"] else "  ⚠ 不在所引条款中"))
    if ctx["article_text"]:
        print(f"  条款全文: {shown(ctx['article_text'], keep_newlines=True)}")
    if ctx["document_problem"]:
        print(f"  ⚠ {shown(ctx['document_problem'])}")
    print(f"  对象: {shown(ctx['beneficiary'])}  公式: {shown(ctx['formula'])}")
    for c in ctx["conditions"] or ["(无条件)"]:
        print(f"  条件: {shown(c)}")
    for n in ctx["review_notes"]:
        print(f"  审核提示: {shown(n)}")
    if ctx.get("problem"):
        print(f"  ✗ 规则无法载入: {shown(ctx['problem'])}(请修改或驳回)")


def interactive(review, by: str | None) -> None:
    try:
        _interactive(review, by)
    except (EOFError, KeyboardInterrupt):  # end of input: keep the decisions made so far
        print()


def _interactive(review, by: str | None) -> None:
    import getpass
    by = by or input(f"审核人 [{getpass.getuser()}]: ").strip() or getpass.getuser()
    if review.header_problem:
        print(f"✗ 文件头有问题: {shown(review.header_problem)}")
    pending = review.pending()
    if not pending:
        print("没有待审核(review: pending)的规则。")
        return
    for i, rule in enumerate(pending, 1):
        ctx = review.context(rule)
        print(f"\n({i}/{len(pending)})")
        _show(ctx)
        while True:
            answer = input("  a=接受 e=修改 r=驳回 s=跳过 q=保存并退出 > ").strip().lower()[:1]
            try:
                if answer == "a":
                    review.decide(ctx["id"], "accept", by)
                elif answer == "r":
                    review.decide(ctx["id"], "reject", by)
                elif answer == "e":
                    review.decide(ctx["id"], "edit", by, _edits(ctx))
                elif answer == "s":
                    pass
                elif answer == "q":
                    return
                else:
                    continue
                break
            except InputError as exc:
                print(f"  ✗ {shown(exc)}")


def _edits(ctx: dict) -> dict:
    """The new conditions and/or formula, edited in $EDITOR (or typed at a prompt)."""
    from ruamel.yaml import YAML
    import io
    y = YAML()
    y.allow_unicode = True
    buf = io.StringIO()
    y.dump({"conditions": ctx["conditions"], "formula": ctx["formula"]}, buf)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if editor:
        with tempfile.NamedTemporaryFile("w+", suffix=".yaml", encoding="utf-8", delete=False) as f:
            f.write(_commented(f"{ctx['id']}: 修改条件或公式后保存退出") + _commented(f"原文: {ctx['quote']}")
                    + buf.getvalue())
            name = f.name
        try:
            subprocess.run([*shlex.split(editor), name], check=False)
            text = Path(name).read_text(encoding="utf-8")
        finally:
            os.unlink(name)
    else:
        print("  当前:\n" + "\n".join("    " + shown(ln) for ln in buf.getvalue().splitlines()))
        key = input("  修改哪一项 (conditions/formula) > ").strip()
        value = input(f"  新的 {key} (YAML 单行, 如 {{form: fixed, amount_yuan: 100000}}) > ")
        text = f"{key}: {value}"
    from ruamel.yaml.error import YAMLError
    try:
        data = y.load(text) or {}
    except YAMLError as exc:  # a slip in the editor: say so and ask again, the rule stays pending
        raise InputError(f"修改内容不是有效的 YAML（{str(exc).splitlines()[0]}）") from None
    if not isinstance(data, dict):
        raise InputError("修改内容需为 conditions: … / formula: … 的 YAML")
    return {k: v for k, v in data.items() if k in ("conditions", "formula")}


def _commented(text: str) -> str:
    """Text for the editor's file as YAML comments: each of its lines behind "# " (a quote of several lines
    must not put its second line into the YAML), escaped (a terminal escape is not even allowed in a comment;
    ruamel refuses the whole file)."""
    return "".join(f"# {line}\n" for line in shown(text, keep_newlines=True).splitlines() or [""])
