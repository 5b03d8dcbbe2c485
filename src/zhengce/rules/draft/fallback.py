"""Incentives of a document whose structure the reader did not find (no articles, no points):
the extractor is run over each paragraph of the document's text, and quotes are mapped back to
the original text, so that a drafted rule still cites a verbatim clause."""

from __future__ import annotations

from zhengce import rx as re
from typing import Any

_LABEL = re.compile(r"^\s*(?:\(([一二三四五六七八九十]{1,3})\)|([一二三四五六七八九十]{1,3})、|(\d{1,2})[.、](?!\d)|\((\d{1,2})\)"
                    r"|第([一二三四五六七八九十百]{1,4}|\d{1,3})条)")


def _article_no(paragraph: str) -> int | None:
    m = _LABEL.match(paragraph)
    if not m:
        return None
    label = next(g for g in m.groups() if g)
    if label.isdigit():
        return int(label)
    from zhengce.provisions.numbers import parse_number
    try:
        return int(parse_number(label))
    except (ValueError, KeyError):
        return None


def paragraph_incentives(doc: Any, original: str) -> list[dict]:
    from zhengce.provisions import extract
    from zhengce.reading import normalize
    norm = normalize(original)
    ns, ne = tuple(doc.norm_span) if tuple(getattr(doc, "norm_span", (0, 0))) != (0, 0) else (0, len(norm.text))
    out, pos, last_no = [], ns, None
    for para in norm.text[ns:ne].split("\n"):
        no = _article_no(para)
        last_no = no if no is not None else last_no
        if para.strip():
            for p in extract(para, year=doc.year, context={"kinds": {"incentive"}}):
                a, b = norm.orig_span(pos + p.span[0], pos + p.span[1])
                d = dict(p.fields)
                d.update(kind="incentive", article=no if no is not None else last_no, quote=original[a:b], span=[a, b])
                out.append(d)
        pos += len(para) + 1
    return out
