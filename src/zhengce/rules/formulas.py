"""Formulas: how much a rule pays, in integer fen, for one profile or for columns at once.

Forms: fixed, up_to (a maximum only), rate (rate × base, cap), per_unit (each full unit of the
base earns an award, cap), tiered (highest tier reached, optionally only when first reached),
matching (ratio × an upper-level grant, cap). `years` marks multi-year awards.
Rates are exact fractions; rounding to the fen is half-up, the same on both paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np

from zhengce.errors import InputError
from zhengce.money import format_fen, format_percent, format_rate
from zhengce.rules.amounts import rate_fraction, round_half_up, yuan_to_fen
from zhengce.rules.profile import schema

FORMS = ("fixed", "up_to", "rate", "per_unit", "tiered", "matching")
QUALIFIERS = {"exact": "", "up_to": "最高", "at_least": "不低于"}


@dataclass
class Amount:
    fen: int | None  # None = unknown (missing fact)
    missing: list[str]
    text: str  # how it was computed, Chinese


class Formula:
    def __init__(self, data: dict):
        self.data = data
        self.form = data["form"]
        if self.form not in FORMS:
            raise InputError(f"公式 formula：form 应为 {', '.join(FORMS)} 之一，收到 {self.form!r}")
        known = {"form", "amount_yuan", "rate", "base", "minus", "offset_yuan", "cap_yuan", "cap_scope",
                 "qualifier", "unit_yuan", "unit", "award_yuan", "tiers", "first_time_prior", "bounded_by",
                 "years", "years_total", "per", "minus_optional", "year", "growth_over", "offset_pct"}
        extra = set(data) - known
        if extra:
            raise InputError(f"公式 formula：未知的键 {sorted(extra)}")
        if data.get("year") not in (None, "current", "prior"):
            raise InputError(f"公式 formula：year 应为 current（本年度）或 prior（上年度），收到 {data['year']!r}")
        if data.get("year") == "prior":  # the base and deduction of the year before the document's year
            data = {**data, **{k: f"{data[k]}@prior" for k in ("base", "minus", "bounded_by")
                               if str(data.get(k) or "").startswith("fin.") and "@" not in data[k]}}
        sch = schema()
        for key in ("base", "minus", "first_time_prior", "bounded_by", "growth_over"):
            if data.get(key) is not None and sch.rule_fact(data[key]) is None:
                raise InputError(f"公式 formula.{key}：未知字段 {data[key]!r}")
        self.amount = yuan_to_fen(data["amount_yuan"], "amount_yuan") if "amount_yuan" in data else None
        self.cap = yuan_to_fen(data["cap_yuan"], "cap_yuan") if data.get("cap_yuan") is not None else None
        self.rate = rate_fraction(data["rate"]) if "rate" in data else None
        self.base, self.minus, self.bounded_by = data.get("base"), data.get("minus"), data.get("bounded_by")
        # a deduction that may be absent (e.g. no insurance payout) counts as 0 instead of "unknown"
        self.minus_optional = bool(data.get("minus_optional", False))
        self.offset = yuan_to_fen(data.get("offset_yuan", 0), "offset_yuan")
        self.unit = (yuan_to_fen(data["unit_yuan"], "unit_yuan") if "unit_yuan" in data
                     else int(data.get("unit", 1)))
        self.award = yuan_to_fen(data["award_yuan"], "award_yuan") if "award_yuan" in data else None
        self.tiers = [(yuan_to_fen(t["at_least_yuan"], "tier"), yuan_to_fen(t["amount_yuan"], "tier"))
                      for t in data.get("tiers", [])]
        self.prior = data.get("first_time_prior")
        # per_unit on growth: "增速每增加一个百分点追加0.5万元" — each full `unit` percentage points of the
        # base's growth over `growth_over` above `offset_pct` earns the award (exact integers)
        self.growth_over = data.get("growth_over")
        self.offset_bp = int(Decimal(str(data.get("offset_pct", 0))) * 100)
        if self.growth_over and self.form != "per_unit":
            raise InputError("公式 formula：growth_over 只用于 per_unit（每增加一个百分点）")
        default_q = "up_to" if self.form == "up_to" else "exact"
        self.qualifier = data.get("qualifier", default_q)
        if self.qualifier not in QUALIFIERS:
            raise InputError(f"公式 formula.qualifier：应为 {', '.join(QUALIFIERS)} 之一，收到 {self.qualifier!r}")
        self.years = data.get("years")
        self.years_total = bool(data.get("years_total", False))
        need = {"fixed": ["amount_yuan"], "up_to": ["amount_yuan"], "rate": ["rate", "base"],
                "per_unit": ["base", "award_yuan"], "tiered": ["base", "tiers"], "matching": ["rate", "base"]}
        for key in need[self.form]:
            if key not in data:
                raise InputError(f"公式 formula（{self.form}）：缺少 {key}")

    # what a reader and `rules list` need
    @property
    def exact(self) -> bool:
        return self.qualifier != "up_to"

    def inputs(self) -> list[str]:
        return [f for f in (self.base, self.minus, self.prior, self.bounded_by, self.growth_over) if f]

    def required(self) -> list[str]:
        """Inputs whose absence makes the amount unknown."""
        optional = {self.minus} if self.minus_optional else set()
        return [f for f in self.inputs() if f not in optional]

    def stated_money_yuan(self) -> list[Decimal]:
        """Every money number the formula uses (each must appear in the quote)."""
        out = []
        for key in ("amount_yuan", "cap_yuan", "unit_yuan", "award_yuan", "offset_yuan"):
            if self.data.get(key) not in (None, 0):
                out.append(Decimal(str(self.data[key])))
        for t in self.data.get("tiers", []):
            out += [Decimal(str(t["at_least_yuan"])), Decimal(str(t["amount_yuan"]))]
        return out

    def amounts(self) -> dict:
        """The numbers of the formula, for `rules list --json` (coverage is then mechanical)."""
        def y(fen):
            return None if fen is None else Decimal(fen) / 100
        out: dict = {"base": self.base}
        if self.form == "per_unit":
            out["per_unit"] = {"award_yuan": y(self.award), "unit": self.unit if "unit_yuan" not in self.data else None,
                               "unit_yuan": y(self.unit) if "unit_yuan" in self.data else None,
                               "offset_yuan": y(self.offset) if self.offset else None,
                               "unit_label": schema().label(self.base)}
        if self.form == "tiered":
            out["tiers"] = [{"at_least_yuan": y(t), "amount_yuan": y(a)} for t, a in self.tiers]
            out["first_time_prior"] = self.prior
        if self.years:
            out["years"] = self.years
            out["years_total"] = self.years_total
        return out

    def describe(self) -> str:
        sch = schema()
        q = QUALIFIERS[self.qualifier]
        base = sch.label(self.base) if self.base else ""
        if self.minus:
            base = f"({base}−{sch.label(self.minus)})"
        if self.offset:
            base = f"({base}−{format_fen(self.offset)})"
        cap = f", 上限{format_fen(self.cap)}" if self.cap is not None else ""
        yrs = ""
        if self.years:
            yrs = f"({self.years}年合计)" if self.years_total else f"(每年, 共{self.years}年)"
        if self.form == "fixed":
            return f"{format_fen(self.amount)}{yrs}"
        if self.form == "up_to":
            bound = f"且不超过{sch.label(self.bounded_by)}" if self.bounded_by else ""
            return f"最高{format_fen(self.amount)}{bound}{yrs}"
        if self.form in ("rate", "matching"):
            return f"{base}×{_pct(self.rate)}{'' if not q else '(' + q + ')'}{cap}"
        if self.form == "per_unit" and self.growth_over:
            above = f"超过{format_percent(Decimal(self.offset_bp) / 100)}部分" if self.offset_bp else ""
            return (f"{base}较{sch.label(self.growth_over)}增速{above}每{self.unit}个百分点"
                    f"{q}{format_fen(self.award)}{cap}")
        if self.form == "per_unit":
            unit = format_fen(self.unit) if "unit_yuan" in self.data else f"{self.unit}个"
            return f"{base}每{unit}{q}{format_fen(self.award)}{cap}"
        tiers = "; ".join(f"达{format_fen(t)}→{format_fen(a)}" for t, a in self.tiers)
        first = "(首次突破)" if self.prior else ""
        return f"{base}分档{first}: {tiers}"

    # single profile
    def compute(self, facts: dict[str, Any]) -> Amount:
        missing = [f for f in self.required() if f not in facts]
        if missing:
            return Amount(None, missing, "缺少计算所需数据: " + "、".join(schema().label(m) for m in missing))
        if self.form in ("fixed", "up_to"):
            fen = self.amount
            if self.bounded_by:
                fen = min(fen, facts[self.bounded_by])
            return Amount(fen, [], self.describe())
        base = self._base(facts[self.base], facts.get(self.minus, 0) if self.minus else 0)
        if self.growth_over:
            base = self._points(facts[self.base], facts[self.growth_over])
        if self.form in ("rate", "matching"):
            fen = round_half_up(base * self.rate.numerator, self.rate.denominator)
        elif self.form == "per_unit" and self.growth_over:
            fen = base * self.award
        elif self.form == "per_unit":
            fen = (base // self.unit) * self.award
        else:
            fen = 0
            prior = facts.get(self.prior) if self.prior else None
            for threshold, award in self.tiers:
                if base >= threshold and (prior is None or prior < threshold):
                    fen = max(fen, award)
        if self.cap is not None:
            fen = min(fen, self.cap)
        return Amount(fen, [], f"{self.describe()} = {format_fen(fen)}")

    def _points(self, cur: int, prev: int) -> int:
        """Full units of percentage points by which cur's growth over prev exceeds offset_pct."""
        excess = cur * 10000 - prev * (10000 + self.offset_bp)
        return excess // (prev * self.unit * 100) if prev > 0 and excess > 0 else 0

    def _base(self, value: int, minus: int) -> int:
        return max(value - minus - self.offset, 0)

    # columns
    def vector(self, cols, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(amount fen int64, known bool) for all rows."""
        known = np.ones(n, dtype=bool)
        for f in self.required():
            known &= cols.get(f)[1]
        if self.form in ("fixed", "up_to"):
            fen = np.full(n, self.amount, dtype=np.int64)
            if self.bounded_by:
                fen = np.minimum(fen, cols.get(self.bounded_by)[0])
            return fen, known
        value = cols.get(self.base)[0]
        minus = 0
        if self.minus:
            mv, mk = cols.get(self.minus)
            minus = np.where(mk, mv, 0)
        base = np.maximum(value - minus - self.offset, 0)
        if self.growth_over:
            prev = cols.get(self.growth_over)[0]
            excess = value * 10000 - prev * (10000 + self.offset_bp)
            ok = (prev > 0) & (excess > 0)
            base = np.where(ok, excess // np.where(ok, prev * self.unit * 100, 1), 0)
        if self.form in ("rate", "matching"):
            num, den = self.rate.numerator, self.rate.denominator
            fen = (2 * base * num + den) // (2 * den)
        elif self.form == "per_unit" and self.growth_over:
            fen = base * self.award
        elif self.form == "per_unit":
            fen = (base // self.unit) * self.award
        else:
            fen = np.zeros(n, dtype=np.int64)
            if self.prior:
                prior, kp = cols.get(self.prior)
            for threshold, award in self.tiers:
                hit = base >= threshold
                if self.prior:
                    hit &= ~kp | (prior < threshold)
                fen = np.where(hit, np.maximum(fen, award), fen)
        if self.cap is not None:
            fen = np.minimum(fen, self.cap)
        return fen.astype(np.int64, copy=False), known


def _pct(rate: Fraction) -> str:
    return format_rate(rate)
