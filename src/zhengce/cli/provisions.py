"""`zhengce provisions DOC [--kind …] [--json]`: every number a document states, with its quote.

DOC is a file path (read with zhengce.reading.read_path; path#d2 picks one document of a file)
or a document id in the library (e.g. 004_c74db4dc4724db3b/d2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

KINDS = ("incentive", "budget", "target", "tax_relief", "threshold", "deadline")
KIND_CN = {"incentive": "奖补", "budget": "预算", "target": "目标", "tax_relief": "税收优惠",
           "threshold": "门槛", "deadline": "截止"}
FORM_CN = {"fixed": "定额", "up_to": "最高", "rate": "比例", "per_unit": "按量", "tiered": "分档",
           "matching": "配套"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("provisions", help="list the provisions (amounts, rates, caps, budgets, targets, "
                                          "deadlines) of a document, each with its quote",
                       description=__doc__.splitlines()[0])
    p.add_argument("doc", metavar="DOC", help="file path (path#dN for one document) or library document id")
    p.add_argument("--kind", action="append", choices=KINDS,
                   help="only these kinds (repeatable; default all)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--db", help="library database (for document ids)")
    p.set_defaults(func=run)


def _documents(ref: str, db: str | None) -> list[Any]:
    from zhengce.errors import InputError, NotFound

    path, _, pick = ref.partition("#")
    if Path(path).exists():
        from zhengce.reading import read_path

        docs = read_path(path)
        if pick:
            docs = [d for d in docs if d.id.endswith("/" + pick)]
            if not docs:
                raise InputError(f"{path} 中没有文档 {pick!r}")
        return docs
    try:
        from zhengce.library.store import Library
    except ImportError:
        raise NotFound(f"{ref}：文件不存在（政策库不可用，不能按文档编号查找）") from None
    lib = Library(db) if db else Library()
    try:
        return [lib.document(ref)]
    except Exception as exc:
        if isinstance(exc, (NotFound, InputError)):
            raise NotFound(f"{ref}：既不是文件，也不是政策库中的文档编号") from None
        raise
    finally:
        lib.close()


def _as_dict(p: Any) -> dict[str, Any]:
    return p.to_json() if hasattr(p, "to_json") else dict(p)


def _yuan(v: Any) -> str:
    from zhengce.money import format_yuan

    return format_yuan(v)


def _pct(v: Any) -> str:
    from zhengce.money import format_rate

    return format_rate(v)


def describe(p: dict[str, Any]) -> str:
    """One line in Chinese for people."""
    k = p.get("kind")
    if k == "incentive":
        form = p.get("form")
        if form == "rate" or form == "matching":
            what = f"{FORM_CN.get(form)} {p.get('matching') or _pct(p['rate'])}" + (
                f" × {p['base']}" if p.get("base") else "")
        elif form == "per_unit":
            pu = p.get("per_unit") or {}
            what = f"每{_yuan(pu.get('unit_yuan'))}奖{_yuan(pu.get('award_yuan'))}"
        else:
            what = f"{FORM_CN.get(form, form)} {_yuan(p.get('amount_yuan'))}{p.get('per') or ''}"
        cap = f",上限 {_yuan(p['cap_yuan'])}" if p.get("cap_yuan") is not None else ""
        return f"{what}{cap} → {p.get('trigger') or '—'}({p.get('beneficiary')})"
    if k == "budget":
        return f"{_yuan(p.get('amount_yuan'))} {p.get('what') or ''}".strip()
    if k in ("target", "threshold"):
        unit = p.get("unit")
        val = _yuan(p.get("value")) if unit == "元" else (_pct(p["value"]) if unit == "%" else f"{p.get('value')}{unit}")
        name = p.get("metric") if k == "target" else p.get("field")
        return f"{name or '—'} {p.get('comparator')} {val}"
    if k == "tax_relief":
        return f"{p.get('description')}({p.get('subject') or '—'})"
    if k == "deadline":
        return f"{p.get('date')}{' ' + p['time'] if p.get('time') else ''} {p.get('what') or ''}"
    return str(p)


def run(args: argparse.Namespace) -> int:
    from zhengce.cli.output import print_json

    docs = _documents(args.doc, args.db)
    kinds = set(args.kind or KINDS)
    if args.json:
        print_json([{"id": d.id, "title": d.title, "region": d.region, "year": d.year,
                     "provisions": [q for q in (_as_dict(p) for p in d.provisions) if q.get("kind") in kinds],
                     "deadlines": d.deadlines if "deadline" in kinds else []} for d in docs])
        return 0
    for d in docs:
        rows = [q for q in (_as_dict(p) for p in d.provisions) if q.get("kind") in kinds]
        print(f"{d.id}  {d.region or '?'} {d.year or '?'}  {d.title or '(无标题)'}  — {len(rows)} 项")
        for q in rows:
            where = f"第{q['article']}条" if q.get("article") is not None else (q.get("citation") or "")
            print(f"  [{KIND_CN.get(q['kind'], q['kind'])}] {where}  {describe(q)}")
            quote = " ".join((q.get("quote") or "").split())
            print(f"      「{quote[:160]}{'…' if len(quote) > 160 else ''}」")
    return 0
