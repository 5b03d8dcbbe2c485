"""The rulebook: policy documents' rules loaded from YAML files (one file per document).

See docs/rules.md for the file format. Loading checks the structure (ids, facts, forms); the
fidelity checks against the corpus text live in fidelity.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from zhengce.errors import InputError, NotFound
from zhengce.rules import regions
from zhengce.rules.conditions import Condition, Ctx, parse_condition
from zhengce.rules.formulas import Formula

POLICY_DIR = Path(__file__).resolve().parent / "policies"
BENEFICIARIES = ("enterprise", "institution", "platform", "project", "individual", "team", "other")
ENTITY_OF = {"enterprise": "enterprise", "institution": "enterprise", "platform": "enterprise",
             "team": "enterprise", "other": "enterprise", "project": "project", "individual": "person"}
STATUSES = ("final", "draft")
# Review state of a rule (issue 10): absent = accepted; pending rules are evaluated but reported apart
# and never counted in confirmed totals; rejected rules are not loaded.
REVIEWS = ("pending", "accepted", "rejected")


@dataclass
class Document:
    key: str  # e.g. "004_c74db4dc4724db3b-d2", or the content hash's head when the header names no file
    file: str | None  # corpus file name (optional: drafted files identify documents by content_hash)
    index: int  # 1-based document index inside the file
    title: str
    region: str  # issuing region, e.g. 杭州市余杭区 or 湖州市
    level: str
    year: int
    status: str
    kind: str
    start: dt.date
    end: dt.date
    period_quote: str
    stacking_quote: str | None
    doc_number: str | None
    lines: tuple[int, int] | None
    covers: frozenset[str]
    source: Path
    content_hash: str | None = None

    def in_force(self, date: dt.date, include_drafts: bool = False) -> bool:
        if self.status == "draft" and not include_drafts:
            return False
        return self.start <= date <= self.end


@dataclass
class StackingGroup:
    id: str
    mode: str  # best (only the highest pays) | cap (all pay, the sum is capped)
    cap_fen: int | None
    note: str
    quote: str | None
    document: Document
    rules: list["Rule"] = field(default_factory=list)


@dataclass
class Rule:
    id: str
    document: Document
    article: int | None
    quote: str
    beneficiary: str
    entity: str
    trigger: str
    conditions: list[Condition]
    formula: Formula
    stacking: str | None
    interpretation: str | None
    order: int
    raw: dict
    review: str = "accepted"
    review_notes: list[str] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return self.review == "pending"

    @property
    def per_item(self) -> bool:
        return self.entity == "person"

    def ctx(self, as_of: dt.date) -> Ctx:
        return Ctx(self.document.start, self.document.end, as_of)

    def summary(self) -> dict:
        f = self.formula
        amount = f.amount if f.form in ("fixed", "up_to") else None
        return {
            "id": self.id,
            "file": self.document.file,
            "document": self.document.index,
            "document_title": self.document.title,
            "region": self.document.region,
            "level": self.document.level,
            "year": self.document.year,
            "status": self.document.status,
            "period": [self.document.start.isoformat(), self.document.end.isoformat()],
            "article": self.article,
            "quote": self.quote,
            "beneficiary": self.beneficiary,
            "entity": self.entity,
            "trigger": self.trigger,
            "form": f.form,
            "qualifier": f.qualifier,
            "amount_yuan": None if amount is None else _yuan(amount),
            "rate": None if f.rate is None else _rate(f.rate),
            "cap_yuan": None if f.cap is None else _yuan(f.cap),
            "cap_scope": f.data.get("cap_scope"),
            "formula": f.describe(),
            "stacking_group": self.stacking,
            "interpretation": self.interpretation,
            "review": self.review,
            "review_notes": self.review_notes,
        }


def _yuan(fen: int):
    from decimal import Decimal
    return Decimal(fen) / 100


def _rate(rate):
    from decimal import Decimal
    return Decimal(rate.numerator) / Decimal(rate.denominator)


@dataclass
class Rulebook:
    documents: list[Document]
    rules: list[Rule]
    groups: dict[str, StackingGroup]

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise NotFound(f"rule {rule_id!r} not found (see `zhengce rules list`)")

    def for_entity(self, entity: str) -> list[Rule]:
        return [r for r in self.rules if r.entity == entity]


def _date(value, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date YYYY-MM-DD") from None


def load_file(path: Path, order_start: int = 0) -> tuple[Document, list[Rule], list[StackingGroup]]:
    where = path.name
    try:
        # libyaml when present: a drafted file loads ~10x faster than with the pure-Python parser
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise InputError(f"{where}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or "document" not in data:
        raise InputError(f"{where}: a rule file needs a 'document' header and 'rules'")
    d = data["document"]
    for key in ("title", "region", "level", "year", "status", "kind", "period", "period_quote"):
        if key not in d:
            raise InputError(f"{where}: document.{key} is missing")
    if not d.get("file") and not d.get("content_hash"):
        raise InputError(f"{where}: document.file or document.content_hash is needed to identify the document")
    if d["status"] not in STATUSES:
        raise InputError(f"{where}: document.status must be final or draft")
    try:
        covers = regions.covered(d["region"])
    except InputError as exc:
        raise InputError(f"{where}: document.region: {exc}") from None
    if not isinstance(d.get("period"), list) or len(d["period"]) != 2:
        raise InputError(f"{where}: document.period must be [start, end]")
    key = f"{Path(d['file']).stem}-d{d.get('index', 1)}" if d.get("file") else str(d["content_hash"])[:16]
    doc = Document(
        key=key, file=d.get("file"), index=int(d.get("index", 1)), title=d["title"],
        region=d["region"], level=d["level"], year=int(d["year"]), status=d["status"], kind=d["kind"],
        start=_date(d["period"][0], f"{where}: period"), end=_date(d["period"][1], f"{where}: period"),
        period_quote=d["period_quote"], stacking_quote=d.get("stacking_quote"), doc_number=d.get("doc_number"),
        lines=tuple(d["lines"]) if d.get("lines") else None, covers=covers, source=path,
        content_hash=d.get("content_hash"))
    groups = []
    for gid, g in (data.get("stacking_groups") or {}).items():
        mode = g.get("mode", "best")
        if mode not in ("best", "cap"):
            raise InputError(f"{where}: stacking group {gid}: mode must be best or cap")
        cap = None
        if mode == "cap":
            from zhengce.rules.amounts import yuan_to_fen
            cap = yuan_to_fen(g["cap_yuan"], f"{where}: stacking group {gid}.cap_yuan")
        groups.append(StackingGroup(gid, mode, cap, g.get("note", ""), g.get("quote"), doc))
    rules = []
    for i, r in enumerate(data.get("rules") or []):
        rid = r.get("id") if isinstance(r, dict) else None
        w = f"{where}: rule {rid or i + 1}"
        if not rid:
            raise InputError(f"{w}: id is missing")
        for key in ("quote", "beneficiary", "trigger", "formula"):
            if key not in r:
                raise InputError(f"{w}: {key} is missing")
        known = {"id", "article", "quote", "beneficiary", "entity", "trigger", "conditions", "formula",
                 "stacking", "interpretation", "review", "review_notes", "reviewed_by", "reviewed_at"}
        extra = set(r) - known
        if extra:
            raise InputError(f"{w}: unknown keys {sorted(extra)}")
        review = r.get("review") or "accepted"
        if review not in REVIEWS:
            raise InputError(f"{w}: review must be one of {', '.join(REVIEWS)}")
        if review == "rejected":
            continue
        if r["beneficiary"] not in BENEFICIARIES:
            raise InputError(f"{w}: beneficiary must be one of {', '.join(BENEFICIARIES)}")
        try:
            conditions = [parse_condition(c) for c in (r.get("conditions") or [])]
            formula = Formula(r["formula"])
        except InputError as exc:
            raise InputError(f"{w}: {exc.message}") from None
        rules.append(Rule(rid, doc, r.get("article"), r["quote"], r["beneficiary"],
                          r.get("entity") or ENTITY_OF[r["beneficiary"]], r["trigger"], conditions, formula,
                          r.get("stacking"), r.get("interpretation"), order_start + len(rules), r,
                          review, [str(n) for n in (r.get("review_notes") or [])]))
    return doc, rules, groups


def load_dir(directory: Path) -> Rulebook:
    return load_files(sorted(p for p in directory.glob("*.yaml") if not p.name.endswith(".tests.yaml")))


def load_files(paths: list[Path]) -> Rulebook:
    """A rulebook from the given rule files (ids and stacking groups unique across them)."""
    documents, rules, groups = [], [], {}
    for path in paths:
        doc, file_rules, file_groups = load_file(path, len(rules))
        documents.append(doc)
        rules += file_rules
        for g in file_groups:
            if g.id in groups:
                raise InputError(f"{path.name}: stacking group {g.id} is defined twice")
            groups[g.id] = g
    seen = set()
    for r in rules:
        if r.id in seen:
            raise InputError(f"rule id {r.id} is used twice")
        seen.add(r.id)
        if r.stacking:
            if r.stacking not in groups:
                raise InputError(f"rule {r.id}: stacking group {r.stacking!r} is not defined in any rule file")
            groups[r.stacking].rules.append(r)
    return Rulebook(documents, rules, groups)


def load_rule_files(paths: list[str | Path], with_library: bool = False) -> Rulebook:
    """The rule files a user names (`--rules`), optionally with the shipped ones; errors in Chinese
    name the file, the rule and the field."""
    files = []
    for p in paths:
        path = Path(p)
        if path.is_dir():  # a folder of drafted files (`rules draft --out DIR/`)
            files += sorted(x for x in path.glob("*.yaml") if not x.name.endswith(".tests.yaml"))
            continue
        if not path.is_file():
            raise InputError(f"规则文件 {p} 不存在")
        if path.suffix.lower() not in (".yaml", ".yml"):
            raise InputError(f"规则文件 {p} 不是 YAML 规则文件(应为 .yaml)")
        files.append(path)
    if with_library:
        files = sorted(x for x in POLICY_DIR.glob("*.yaml") if not x.name.endswith(".tests.yaml")) + files
    try:
        return load_files(files)
    except InputError as exc:
        raise InputError(f"规则文件无效: {exc.message}") from None
    except (TypeError, KeyError, ValueError, AttributeError) as exc:  # a malformed value somewhere in the YAML
        names = ", ".join(str(f) for f in paths)
        raise InputError(f"规则文件 {names} 结构不符合规则格式({type(exc).__name__}: {exc}), 见 docs/rules.md") from None


@lru_cache(maxsize=4)
def _cached(directory: str) -> Rulebook:
    return load_dir(Path(directory))


def load_rulebook(directory: str | Path | None = None) -> Rulebook:
    """All rule files of a folder (default: the shipped policies)."""
    return _cached(str(Path(directory or POLICY_DIR).resolve()))
