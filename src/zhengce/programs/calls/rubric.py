"""A selection rubric as data (a call's `selection:`), and the pure arithmetic of a panel's result.

Scores are exact: an indicator score is a decimal with at most two places, held as integer
hundredths; a stage's score for an application is the mean of its panel's totals (a Fraction); the
combined score is Σ weight × stage mean (weights from the text: 路演60%, 实地考察40%).

Aggregation (docs/calls.md): the plain mean of every assigned expert, none dropped. The notice says
the experts "分别打分" and names no trimming; a panel of 7 is small and each expert is checked for
conflicts before scoring, so dropping the highest and lowest would discard 2/7 of the panel on a rule
the text does not give.

Ranking: by combined score, highest first. Ties (exactly equal combined scores) are broken by the
heavier stage's mean (路演), then the other stage, then the earlier application, then the application
id — so the order is total and reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from zhengce.programs.core.errors import InvalidInput
from zhengce.programs.core.money import parse_ratio


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    points: int


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    weight: Fraction


@dataclass(frozen=True)
class Rubric:
    indicators: tuple[Indicator, ...]
    stages: tuple[Stage, ...]
    threshold: Fraction
    top_per_group: int
    groups: tuple[str, ...]
    panel_size: int
    publicity_working_days: int
    award_fen: int
    extra_top: dict  # 小灯塔: group → top N (no money)

    @classmethod
    def from_call(cls, call) -> "Rubric":
        sel = call.raw.get("selection")
        if not sel:
            raise InvalidInput(f"申报通知 {call.id} 不按评审遴选(没有 selection)", code="no_selection")
        inds = tuple(Indicator(i["id"], i["name"], int(i["points"])) for i in sel["indicators"]["items"])
        stages = tuple(Stage(s["id"], s["name"], parse_ratio(s["weight"])) for s in sel["stages"])
        if sum(s.weight for s in stages) != 1:
            raise InvalidInput(f"{call.id}: 各评审环节权重之和应为100%")
        if sum(i.points for i in inds) != int(sel["scale"]):
            raise InvalidInput(f"{call.id}: 各指标分值之和应为{sel['scale']}分")
        period = next(p for p in call.raw.get("periods") or [] if p["id"] == sel["publicity_period"])
        award = next(a for a in call.awards if a["id"] == sel["award"])
        extra = next((q["value"] for q in call.raw.get("quotas") or [] if q["id"] == "xiaodengta"), {})
        return cls(inds, stages, Fraction(sel["threshold"]), int(sel["top_per_group"]), tuple(sel["groups"]),
                   int(sel["panel_size"]), int(period["working_days"]), int(award["amount_yuan"]) * 100,
                   dict(extra or {}))

    @property
    def max_total(self) -> int:
        return sum(i.points for i in self.indicators)

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise InvalidInput(f"没有评审环节 {stage_id!r}(可选: {', '.join(s.id for s in self.stages)})",
                           code="unknown_stage")

    def parse_scores(self, scores: Any) -> dict[str, int]:
        """{indicator: points} → {indicator: hundredths}; every indicator, each within 0..its points."""
        if not isinstance(scores, dict):
            raise InvalidInput("scores 应为 {指标: 分数}", code="invalid_scores")
        known = {i.id: i for i in self.indicators}
        extra = set(scores) - set(known)
        if extra:
            raise InvalidInput(f"没有指标 {', '.join(sorted(map(str, extra)))}", code="invalid_scores")
        missing = [i for i in known if i not in scores]
        if missing:
            raise InvalidInput(f"缺少指标 {', '.join(missing)} 的分数", code="invalid_scores")
        out = {}
        for key, ind in known.items():
            value = scores[key]
            if isinstance(value, (bool, float)) or value is None:
                raise InvalidInput(f"{ind.name}: 分数请写整数或字符串(如 \"12.5\"), 不用浮点数", code="invalid_scores")
            try:
                d = Decimal(str(value).strip())
            except InvalidOperation:
                raise InvalidInput(f"{ind.name}: 无法读取分数 {value!r}", code="invalid_scores") from None
            if not d.is_finite() or d != d.quantize(Decimal("0.01")) or not 0 <= d <= ind.points:
                raise InvalidInput(f"{ind.name}: 分数应在0至{ind.points}分之间, 至多两位小数, 实为 {value}",
                                   code="score_out_of_range")
            out[key] = int(d * 100)
        return out


def points(hundredths: Fraction | int) -> str:
    """Exact score → '88.00' (two places, half up) for people; ranking uses the exact value."""
    q = Fraction(hundredths) / 100
    d = (Decimal(q.numerator) / Decimal(q.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{d:.2f}"


def results(rubric: Rubric, applications: list[dict], sheets: list[dict]) -> dict:
    """The panel's result. applications: {id, group, seq, forwarded}; sheets: {application, stage, expert,
    total (hundredths)}. Every sheet counts (no trimming); see the module docstring for ties."""
    rows = []
    for app in applications:
        stage_means = {}
        for st in rubric.stages:
            totals = [s["total"] for s in sheets if s["application"] == app["id"] and s["stage"] == st.id]
            stage_means[st.id] = Fraction(sum(totals), len(totals)) if totals else None
        if any(v is None for v in stage_means.values()):
            combined = None
        else:
            combined = sum(st.weight * stage_means[st.id] for st in rubric.stages)
        rows.append({"application": app["id"], "group": app["group"], "seq": app["seq"],
                     "stage_means": stage_means, "combined": combined})
    heavy = sorted(rubric.stages, key=lambda s: -s.weight)

    def key(r):
        return (-(r["combined"] or 0), *[-(r["stage_means"][s.id] or 0) for s in heavy], r["seq"], r["application"])

    out = {"groups": {}, "selected": [], "extra_selected": {}}
    for group in rubric.groups:
        members = sorted((r for r in rows if r["group"] == group), key=key)
        rank, selected = 0, []
        for r in members:
            rank += 1
            r["rank"] = rank
            r["passed"] = r["combined"] is not None and r["combined"] * 1 >= rubric.threshold * 100
            r["selected"] = r["passed"] and len(selected) < rubric.top_per_group
            if r["selected"]:
                selected.append(r["application"])
        extra_n = int(rubric.extra_top.get(group, 0))
        out["extra_selected"][group] = [r["application"] for r in members if r["passed"]][:extra_n]
        out["groups"][group] = [{
            "application": r["application"], "rank": r["rank"],
            "stage_scores": {k: None if v is None else points(v) for k, v in r["stage_means"].items()},
            "combined": None if r["combined"] is None else points(r["combined"]),
            "combined_exact": None if r["combined"] is None else f"{r['combined'].numerator}/{r['combined'].denominator}",
            "passed_threshold": r["passed"], "selected": r["selected"]} for r in members]
        out["selected"] += selected
    return out
