"""`zhengce place NAME... [--context PLACE] [--json]`: how a place name resolves on the national
gazetteer — its full name, level and code, the candidates of a shared name, a former name's note."""

from __future__ import annotations

from zhengce.terminal import shown


def register(sub) -> None:
    p = sub.add_parser("place", help="look up place names (全国行政区划: 省, 地级, 区县)",
                       description="Resolve each NAME (萧山, 杭州萧山, 昆山市, 鼓楼区, 江干区, 義烏市 …) to its "
                                   "full name, level and 行政区划代码; a shared name lists its candidates.")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--context", action="append", default=[], metavar="PLACE",
                   help="a place that decides between same-named ones (e.g. 南京市); repeatable")
    p.add_argument("--json", action="store_true", help="print JSON (one object per name)")
    p.set_defaults(func=run)


def _json(r) -> dict:
    return {"full": r.full, "name": r.name, "level": r.level, "city": r.city, "province": r.province,
            "code": r.code}


def run(args) -> int:
    from zhengce.cli.output import print_json
    from zhengce.reading import regions

    out, unknown = [], 0
    for name in args.names:
        found = regions.candidates(name)
        r = regions.lookup(name, context=args.context or None)
        entry = {"name": name, "region": _json(r) if r else None,
                 "candidates": [_json(c) for c in found] if r is None and len(found) > 1 else [],
                 "note": regions.former(name, context=args.context or None)}
        if r is None and len(found) > 1:
            entry["error"] = (f"「{name}」有多个同名区县("
                              + "、".join(dict.fromkeys(c.city or c.province or c.full for c in found))
                              + "), 请写全称或加 --context")
        elif r is None:
            entry["error"] = f"「{name}」不是已知的地名"
        unknown += r is None
        out.append(entry)
    if args.json:
        print_json(out)
    else:
        for e in out:
            if e["region"]:
                r = e["region"]
                note = f"\t({e['note']})" if e["note"] else ""
                print(f"{shown(e['name'])}\t{r['full']}\t{r['level']}\t{r['code']}{note}")
            else:  # the name as typed, escaped: a tab or an escape in it cannot shift the columns
                print(f"{shown(e['name'])}\t—\t{shown(e['error'])}")
                for c in e["candidates"]:
                    print(f"\t{c['full']}\t{c['level']}\t{c['code']}")
    return 1 if unknown else 0
