"""What an evaluation returns: outcomes per rule, totals after stacking, near misses; JSON and text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from zhengce.money import format_fen
from zhengce.terminal import shown as escaped
from zhengce.rules.formulas import QUALIFIERS

if TYPE_CHECKING:
    from zhengce.rules.profile import Profile
    from zhengce.rules.rulebook import Rule

NOT_APPLICABLE, NOT_IN_FORCE, NOT_ELIGIBLE, NEEDS_INFO, ELIGIBLE, STACKED_OUT = range(6)
NAMES = {NOT_APPLICABLE: "not_applicable", NOT_IN_FORCE: "not_in_force", NOT_ELIGIBLE: "not_eligible",
         NEEDS_INFO: "needs_info", ELIGIBLE: "eligible", STACKED_OUT: "stacked_out"}
LABELS = {NOT_IN_FORCE: "未生效", NOT_ELIGIBLE: "不符合", NEEDS_INFO: "需补充信息", ELIGIBLE: "可享受",
          STACKED_OUT: "同组从优未计入"}


@dataclass
class Outcome:
    rule: "Rule"
    status: int
    amount_fen: int | None
    reasons: list[str]
    missing: list[str]
    item: int | None = None
    failed: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    stacked_by: str | None = None
    capped_from: int | None = None

    @property
    def qualifier(self) -> str:
        return self.rule.formula.qualifier

    def citation(self) -> dict:
        d = self.rule.document
        from zhengce.citations import cite_text

        return {"rule_file": d.key, "content_hash": d.content_hash, "file": d.file, "document": d.index,
                "title": d.title, "region": d.region, "year": d.year, "status": d.status, "doc_number": d.doc_number,
                "article": self.rule.article, "section": self.rule.section, "quote": self.rule.quote,
                "text": cite_text(d.region, d.year, d.title, d.doc_number, self.rule.article)}

    def to_json(self) -> dict:
        from zhengce.rules.profile import schema
        out = {
            "rule_id": self.rule.id,
            "status": NAMES[self.status],
            "trigger": self.rule.trigger,
            "amount_yuan": None if self.amount_fen is None else Decimal(self.amount_fen) / 100,
            "qualifier": self.qualifier,
            "exact": self.rule.formula.exact,
            "amount_text": self.amount_text(),
            "formula": self.rule.formula.describe(),
            "reasons": self.reasons,
            "citation": self.citation(),
        }
        if self.item is not None:
            out["item"] = self.item
        if self.missing:
            out["missing"] = [{"field": m, "label": schema().label(m)} for m in self.missing]
        if self.stacked_by:
            out["stacked_by"] = self.stacked_by
        if self.rule.stacking:
            out["stacking_group"] = self.rule.stacking
        if self.rule.formula.years:
            out["years"] = self.rule.formula.years
            out["years_total"] = self.rule.formula.years_total
        if self.rule.interpretation:
            out["interpretation"] = self.rule.interpretation
        if self.rule.pending:
            out["review"] = "pending"
            out["review_notes"] = self.rule.review_notes
        return out

    def amount_text(self) -> str:
        if self.amount_fen is None:
            return self.rule.formula.describe()
        return QUALIFIERS[self.qualifier] + format_fen(self.amount_fen)


@dataclass
class Result:
    profile: "Profile"
    date: dt.date
    outcomes: list[Outcome]
    include_drafts: bool = False
    rulebook: dict | None = None  # provenance: {"fingerprint", "files"} of the rule files used

    def by_status(self, status: int) -> list[Outcome]:
        """Outcomes of confirmed rules (pending rules are reported apart, see `pending`)."""
        return [o for o in self.outcomes if o.status == status and not o.rule.pending]

    @property
    def pending(self) -> list[Outcome]:
        """Every outcome of a rule still pending review (待复核), whatever its status."""
        return [o for o in self.outcomes if o.rule.pending]

    @property
    def pending_total_fen(self) -> int:
        """What pending rules would pay; never part of total_fen."""
        return sum(o.amount_fen for o in self.pending if o.status == ELIGIBLE)

    @property
    def entitlements(self) -> list[Outcome]:
        return self.by_status(ELIGIBLE)

    @property
    def total_fen(self) -> int:
        """All eligible amounts after stacking; 'up to' amounts count with their maximum."""
        return sum(o.amount_fen for o in self.entitlements)

    @property
    def exact_fen(self) -> int:
        """The part of the total that is not a maximum (fixed, computed or 'at least')."""
        return sum(o.amount_fen for o in self.entitlements if o.rule.formula.exact)

    def near_misses(self) -> list[dict]:
        """Rules missed on one condition the applicant could still meet (a recognition or an event)."""
        out = []
        for o in self.by_status(NOT_ELIGIBLE):
            if len(o.failed) != 1 or o.unknown or o.failed[0] >= len(o.rule.conditions):
                continue
            if self.date > o.rule.document.end:  # the period is over: nothing can still be obtained in it
                continue
            cond = o.rule.conditions[o.failed[0]]
            if not cond.attainable:
                continue
            f = o.rule.formula
            amount = f.amount if f.form in ("fixed", "up_to") else None
            what = (QUALIFIERS[f.qualifier] + format_fen(amount)) if amount is not None else f.describe()
            out.append({"rule_id": o.rule.id, "missing_condition": cond.describe(o.rule.ctx(self.date)),
                        "could_get": what, "text": f"若{cond.describe(o.rule.ctx(self.date))}, 可获得{what}",
                        "max_fen": amount, "citation": o.citation()})
        out.sort(key=lambda n: -(n["max_fen"] or 0))
        for n in out:
            n.pop("max_fen")
        return out

    def to_json(self) -> dict:
        p = self.profile
        return {
            "profile": {"id": p.facts.get("id"), "name": p.facts.get("name"), "entity": p.entity, "region": p.region},
            "date": self.date.isoformat(),
            "include_drafts": self.include_drafts,
            "entitlements": [o.to_json() for o in self.entitlements],
            "total": {"amount_yuan": Decimal(self.total_fen) / 100, "exact_yuan": Decimal(self.exact_fen) / 100,
                      "up_to_yuan": Decimal(self.total_fen - self.exact_fen) / 100,
                      "text": self.total_text()},
            "needs_info": [o.to_json() for o in self.by_status(NEEDS_INFO)],
            "stacked_out": [o.to_json() for o in self.by_status(STACKED_OUT)],
            "near_misses": self.near_misses(),
            "not_eligible": [{"rule_id": o.rule.id, "trigger": o.rule.trigger,
                              "reasons": [o.reasons[i] for i in o.failed if i < len(o.reasons)] or o.reasons[-1:]}
                             for o in self.by_status(NOT_ELIGIBLE)],
            "not_in_force": [{"rule_id": o.rule.id, "reason": o.reasons[0]} for o in self.by_status(NOT_IN_FORCE)],
            "pending": [o.to_json() for o in self.pending],
            "pending_total_fen": self.pending_total_fen,
            "pending_total_yuan": Decimal(self.pending_total_fen) / 100,
            "rulebook": self.rulebook,
        }

    def total_text(self) -> str:
        upto = self.total_fen - self.exact_fen
        if not self.entitlements:
            return "无"
        if upto == 0:
            return format_fen(self.total_fen)
        return f"{format_fen(self.exact_fen)}(确定) + 最高{format_fen(upto)} = 最高{format_fen(self.total_fen)}"

    def to_text(self, verbose: bool = False) -> str:
        p = self.profile
        name = escaped(p.facts.get("name") or p.facts.get("id") or "(未命名)")
        lines = [f"{name} · {p.region} · 评估日期 {self.date}" + (" · 含征求意见稿" if self.include_drafts else "")]

        def cite(o: Outcome) -> str:
            from zhengce.library.text import clean_quote

            c = o.citation()
            return f"{c['text']}: 「{clean_quote(c['quote'])}」"

        def block(o: Outcome, head: str) -> None:
            item = f"[第{o.item + 1}件] " if o.item is not None else ""
            lines.append(f"  • {item}{head} — {o.rule.trigger}  [{o.rule.id}]")
            lines.append(f"      依据: {cite(o)}")
            for r in o.reasons:
                lines.append(f"      {r}")
            if o.rule.interpretation:
                lines.append(f"      解释: {o.rule.interpretation}")

        ent = self.entitlements
        lines.append(f"可享受 {len(ent)} 项, 合计: {self.total_text()}")
        for o in ent:
            block(o, o.amount_text())
        if self.by_status(NEEDS_INFO):
            lines.append("需补充信息:")
            from zhengce.rules.profile import schema
            for o in self.by_status(NEEDS_INFO):
                item = f"[第{o.item + 1}件] " if o.item is not None else ""
                lines.append(f"  • {item}{o.rule.trigger}: 缺少 "
                             + "、".join(f"{schema().label(m)}({m})" for m in o.missing) + f"  [{o.rule.id}]")
        if self.by_status(STACKED_OUT):
            lines.append("同组从高从优, 不重复享受:")
            for o in self.by_status(STACKED_OUT):
                block(o, f"未计入(已享受 {o.stacked_by})")
        near = self.near_misses()
        if near:
            lines.append("接近可得(最高金额前5项):" if len(near) > 5 and not verbose else "接近可得:")
            for n in near if verbose else near[:5]:
                lines.append(f"  • {n['text']}  [{n['rule_id']}]")
        not_el = self.by_status(NOT_ELIGIBLE)
        if verbose:
            lines.append("不符合:")
            for o in not_el:
                block(o, "不符合")
        elif not_el:
            lines.append(f"另有 {len(not_el)} 项条件不符(--all 查看原因)")
        if self.pending:
            paying = [o for o in self.pending if o.status == ELIGIBLE]
            lines.append(f"待复核(未经审核, 不计入合计) {len(self.pending)} 项, 其中可计 {len(paying)} 项, "
                         f"待复核金额 {format_fen(self.pending_total_fen)}:")
            shown = [o for o in self.pending if verbose or o.status in (ELIGIBLE, NEEDS_INFO, STACKED_OUT)]
            for o in shown:
                head = o.amount_text() if o.status == ELIGIBLE else LABELS.get(o.status, NAMES[o.status])
                block(o, f"待复核 · {head}")
            if len(shown) < len(self.pending):
                lines.append(f"  另有 {len(self.pending) - len(shown)} 项待复核规则条件不符或未生效(--all 查看原因)")
        nif = self.by_status(NOT_IN_FORCE)
        if nif:
            lines.append(f"未生效的规则 {len(nif)} 项(征求意见稿或不在有效期内)")
        if self.rulebook:
            lines.append(f"规则集指纹 {self.rulebook['fingerprint'][:16]}({len(self.rulebook['files'])} 个规则文件)")
        return "\n".join(lines)
