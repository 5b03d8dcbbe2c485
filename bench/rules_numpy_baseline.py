"""A plain numpy computation of the same rules on the same columns: the practical floor.

No three-valued logic (unknown = false), no statuses, no reasons: per rule one mask and one amount,
stacking (best/cap) and per-profile totals in int64 fen. Written directly against the rule files' data.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import numpy as np

from zhengce.rules.dates import day_number, valid_from
from zhengce.rules.profile import schema
from zhengce.rules.vector import ENTITIES, region_codes


def _val(cols, fact):
    v, k = cols.get(fact)
    return v, k


def _cond(c, cols, start, end, asof):
    raw = c
    t = type(c).__name__
    if t == "Recognized":
        out = np.zeros(cols.n, bool)
        for ty in c.types:
            d, k = cols.get(f"rec.{ty}")
            last = min(end, asof)
            if c.when == "held":  # valid on the last day asked about, within the recognition's term
                lo = day_number(valid_from(ty, dt.date(1970, 1, 1) + dt.timedelta(days=int(last))))
                out |= k & (d >= lo) & (d <= last)
                continue
            m = k & (d >= start) & (d <= last)
            if c.when != "in_period":
                r, rk = cols.get(f"rec.{ty}.renewal")
                first, fk = cols.get(f"rec.{ty}.first")
                ren = (r & rk) | (fk & (first < d))
                m &= ren if c.when == "renewal" else ~ren
            out |= m
        return out
    if t == "Event":
        lo, hi = (day_number(c.between[0]), min(day_number(c.between[1]), asof)) if c.between else (start, min(end, asof))
        out = np.zeros(cols.n, bool)
        for f in c.facts():
            d, k = cols.get(f)
            out |= k & (d >= lo) & (d <= hi)
        return out
    if t == "Compare":
        a, k = cols.get(c.fact)
        if c.op in ("in", "not_in"):
            m = np.isin(a, [cols.encode(c.fact, v) for v in c.value])
            return k & (m if c.op == "in" else ~m)
        b = cols.get(c.other)[0] if c.other else cols.encode(c.fact, c.value)
        ops = {"eq": np.equal, "ne": np.not_equal, "gte": np.greater_equal, "gt": np.greater,
               "lte": np.less_equal, "lt": np.less}
        return k & ops[c.op](a, b)
    if t == "Growth":
        cur, k1 = cols.get(c.cur)
        prev, k2 = cols.get(c.prev)
        bp, k3 = cols.get(c.pct_fact) if c.pct_fact else (c.bp, True)
        left, right = cur * 10000, prev * (10000 + bp)
        return k1 & k2 & k3 & ((left >= right) if c.op == "gte" else (left > right))
    if t == "PurchaseDate":
        d, k = cols.get("purchase.date")
        when = np.where(k, d, asof)
        return (when >= start) & (when <= end)
    if t == "AnyOf":
        out = np.zeros(cols.n, bool)
        for p in c.parts:
            out |= _cond(p, cols, start, end, asof)
        return out
    raise NotImplementedError(t)


def _amount(f, cols):
    n = cols.n
    if f.form in ("fixed", "up_to"):
        a = np.full(n, f.amount, np.int64)
        return np.minimum(a, cols.get(f.bounded_by)[0]) if f.bounded_by else a
    base = cols.get(f.base)[0]
    if f.minus:
        mv, mk = cols.get(f.minus)
        base = base - np.where(mk, mv, 0)
    base = np.maximum(base - f.offset, 0)
    if f.form in ("rate", "matching"):
        r = Fraction(f.rate)
        a = (2 * base * r.numerator + r.denominator) // (2 * r.denominator)
    elif f.form == "per_unit":
        a = base // f.unit * f.award
    else:
        a = np.zeros(n, np.int64)
        prior = cols.get(f.prior)[0] if f.prior else None
        for t, amt in f.tiers:
            hit = base >= t if prior is None else (base >= t) & (prior < t)
            a = np.where(hit, np.maximum(a, amt), a)
    return np.minimum(a, f.cap) if f.cap is not None else a


def baseline(book, cols, date: dt.date) -> np.ndarray:
    """Per-profile total fen of all in-force rules with stacking."""
    asof = day_number(date)
    codes = region_codes()
    total = np.zeros(cols.n, np.int64)
    groups = {}
    for rule in book.rules:
        doc = rule.document
        if not rule.active_on(date):
            continue
        lut = np.zeros(len(codes), bool)
        lut[[codes[d] for d in doc.covers]] = True
        m = (cols.entity == ENTITIES.index(rule.entity)) & lut[cols.region]
        for c in rule.conditions:
            m &= _cond(c, cols, day_number(doc.start), day_number(doc.end), asof)
        f = rule.formula
        for fact in f.required():
            m &= cols.get(fact)[1]
        a = np.where(m, _amount(f, cols), 0)
        if rule.stacking:
            groups.setdefault(rule.stacking, []).append(a)
        else:
            total += a
    for gid, arrays in groups.items():
        g = book.groups[gid]
        if g.mode == "best":
            total += np.max(np.stack(arrays), axis=0)
        else:
            total += np.minimum(np.sum(np.stack(arrays), axis=0), g.cap_fen)
    return total
