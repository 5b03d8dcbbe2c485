"""The rulebook: policy documents' rules loaded from YAML files (one file per document).

Rule files live in a tree by place and year (policies/zhejiang/hangzhou/linan/2025.yaml); a file
identifies its document by what it is (content_hash + metadata), never by a corpus file name.
See docs/rules.md for the format. Loading checks the structure (ids, facts, forms); the fidelity
checks against the corpus text live in fidelity.py. The rulebook's fingerprint (sha256 over the
loaded files) is recorded in every result so an answer names the rules that produced it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from zhengce import yaml_input
from zhengce.errors import InputError, NotFound
from zhengce.rules import regions, rulefile
from zhengce.rules.conditions import Condition, Ctx, PurchaseDate, parse_condition
from zhengce.rules.dates import iso_date
from zhengce.rules.formulas import Formula

POLICY_DIR = Path(__file__).resolve().parent / "policies"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
BENEFICIARIES = ("enterprise", "institution", "platform", "project", "individual", "team", "other")
ENTITY_OF = {"enterprise": "enterprise", "institution": "enterprise", "platform": "enterprise",
             "team": "enterprise", "other": "enterprise", "project": "project", "individual": "person"}
STATUSES = ("final", "draft")
# Review state of a rule (issue 10): absent = accepted; pending rules are evaluated but reported apart
# and never counted in confirmed totals; rejected rules are not loaded.
REVIEW = ("pending", "accepted", "rejected")
REVIEWS = REVIEW
RULE_KEYS = {"id", "article", "section", "quote", "beneficiary", "entity", "trigger", "conditions", "formula",
             "stacking", "interpretation", "review", "review_notes", "reviewed_by", "reviewed_at", "previous"}


@dataclass
class Document:
    key: str  # the rule file's path in the tree without .yaml, e.g. "zhejiang/hangzhou/linan/2025"
    content_hash: str | None  # sha256 of the document's original text (zhengce.reading content_hash)
    file: str | None  # informative: the corpus file the text was first read from (document.source)
    index: int | None  # informative: its 1-based position in that file
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
    covers: frozenset[str]
    source: Path  # the rule file
    issuer: str | None = None
    issued: str | None = None

    @property
    def meta(self) -> dict:
        """What identifies the document besides its hash (for matching and citations)."""
        return {"title": self.title, "issuer": self.issuer, "doc_number": self.doc_number, "region": self.region,
                "level": self.level, "year": self.year, "status": self.status, "kind": self.kind,
                "issued": self.issued, "content_hash": self.content_hash}

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
    section: int | None = None
    review: str = "accepted"
    previous: str | None = None
    review_notes: list[str] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return self.review == "pending"

    @property
    def per_item(self) -> bool:
        return self.entity == "person"

    @property
    def dated(self) -> bool:
        """Paid for something that happens on a date (an event, a recognition in the period, a purchase):
        it counts in the policy period that date falls in, whenever the question is asked."""
        return any(c.dating for c in self.conditions)

    def active_on(self, date: dt.date, include_drafts: bool = False) -> bool:
        """Is the rule evaluated on this question date? In its period; after it too when dated."""
        doc = self.document
        if doc.status == "draft" and not include_drafts:
            return False
        return doc.start <= date and (date <= doc.end or self.dated)

    def ctx(self, as_of: dt.date) -> Ctx:
        return Ctx(self.document.start, self.document.end, as_of, self.document.year)

    def summary(self) -> dict:
        f = self.formula
        amount = f.amount if f.form in ("fixed", "up_to") else None
        return {
            "id": self.id,
            "rule_file": self.document.key,
            "content_hash": self.document.content_hash,
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
            **f.amounts(),
            "formula": f.describe(),
            "stacking_group": self.stacking,
            "interpretation": self.interpretation,
            "review": self.review,
            "review_notes": self.review_notes,
            "previous": self.previous,
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
    files: list[dict] = field(default_factory=list)  # [{"path", "sha256"}] of the loaded rule files

    @property
    def fingerprint(self) -> str:
        """sha256 over the loaded files (path and content): which rules produced an answer."""
        h = hashlib.sha256()
        for f in self.files:
            h.update(f"{f['path']}\0{f['sha256']}\n".encode("utf-8"))
        return h.hexdigest()

    def provenance(self) -> dict:
        return {"fingerprint": self.fingerprint, "files": self.files}

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise NotFound(f"没有规则 {rule_id!r}（可用 `zhengce rules list` 查看全部规则）")

    def for_entity(self, entity: str) -> list[Rule]:
        return [r for r in self.rules if r.entity == entity]


def load_file(path: Path, order_start: int = 0, key: str | None = None,
              data: dict | None = None) -> tuple[Document, list[Rule], list[StackingGroup]]:
    where = key or path.name
    if data is None:
        # libyaml when present: a drafted file loads ~10x faster than the pure-Python parser
        data = yaml_input.load(yaml_input.decode(path.read_bytes(), where), where, _LOADER)
    rulefile.check(data, where)  # types and lists of values (docs/rules.md), each named in Chinese
    d = data["document"]
    for k in ("title", "region", "level", "year", "status", "kind", "period", "period_quote"):
        if k not in d:
            raise InputError(f"{where}：缺少 document.{k}")
    if "content_hash" not in d:
        raise InputError(f"{where}：缺少 document.content_hash（文档文字的 sha256，"
                         "即 `zhengce parse --json` 输出的值）")
    if d["status"] not in STATUSES:
        raise InputError(f"{where}：document.status 应为 final 或 draft")
    try:
        covers = regions.covered(d["region"])
    except InputError as exc:
        raise InputError(f"{where}：document.region 有误：{exc}") from None
    if not isinstance(d["period"], (list, tuple)) or len(d["period"]) != 2:
        raise InputError(f"{where}：document.period 应为 [开始日期, 结束日期]")
    start, end = (iso_date(x, f"{where}：period") for x in d["period"])
    if end < start:
        raise InputError(f"{where}：document.period 的结束日期 {end} 早于开始日期 {start}")
    src = d.get("source") if isinstance(d.get("source"), dict) else {}
    doc = Document(
        key=key or path.stem, content_hash=d.get("content_hash"), file=src.get("file"),
        index=int(src["document"]) if src.get("document") is not None else None, title=d["title"],
        region=d["region"], level=d["level"], year=int(d["year"]), status=d["status"], kind=d["kind"],
        start=start, end=end,
        period_quote=d["period_quote"], stacking_quote=d.get("stacking_quote"), doc_number=d.get("doc_number"),
        covers=covers, source=path, issuer=d.get("issuer"),
        issued=str(d["issued"]) if d.get("issued") is not None else None)
    groups = []
    for gid, g in (data.get("stacking_groups") or {}).items():
        mode = g.get("mode", "best")
        if mode not in ("best", "cap"):
            raise InputError(f"{where}：叠加组 {gid} 的 mode 应为 best 或 cap")
        cap = None
        if mode == "cap":
            from zhengce.rules.amounts import yuan_to_fen
            cap = yuan_to_fen(g["cap_yuan"], f"{where}：叠加组 {gid} 的 cap_yuan")
        groups.append(StackingGroup(gid, mode, cap, g.get("note", ""), g.get("quote"), doc))
    rules = []
    for i, r in enumerate(data.get("rules") or []):
        rid = r.get("id") if isinstance(r, dict) else None
        w = f"{where}：规则 {rid or i + 1}"
        if not rid:
            raise InputError(f"{w}：缺少 id")
        review = r.get("review", "accepted")
        if review not in REVIEW:
            raise InputError(f"{w}：review 应为 {', '.join(REVIEW)} 之一")
        if review == "rejected":
            continue
        for k in ("quote", "beneficiary", "trigger", "formula"):
            if k not in r:
                raise InputError(f"{w}：缺少 {k}")
        extra = set(r) - RULE_KEYS
        if extra:
            raise InputError(f"{w}：未知的键 {sorted(extra)}")
        if r["beneficiary"] not in BENEFICIARIES:
            raise InputError(f"{w}：beneficiary 应为 {', '.join(BENEFICIARIES)} 之一")
        entity = r.get("entity") or ENTITY_OF[r["beneficiary"]]
        try:
            conditions = [parse_condition(c) for c in (r.get("conditions") or [])]
            formula = Formula(r["formula"])
        except InputError as exc:
            raise InputError(f"{w}：{exc.message}") from None
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, ArithmeticError) as exc:
            # money and rate errors are ours, in Chinese; Python's own text never reaches the user
            if isinstance(exc, ValueError) and any("\u4e00" <= ch <= "\u9fff" for ch in str(exc)):
                raise InputError(f"{w}：{exc}") from None
            raise InputError(f"{w}：conditions 或 formula 的写法不符合规则格式（见 docs/rules.md）") from None
        facts = [f for c in conditions for f in c.facts()] + formula.inputs()
        if entity == "person" and any(f.startswith("purchase.") for f in facts):
            conditions.append(PurchaseDate())  # a purchase counts in the period its date falls in
        rules.append(Rule(rid, doc, r.get("article"), r["quote"], r["beneficiary"], entity, r["trigger"],
                          conditions, formula, r.get("stacking"), r.get("interpretation"), order_start + len(rules),
                          r, section=r.get("section"), review=review, previous=r.get("previous"),
                          review_notes=[str(n) for n in (r.get("review_notes") or [])]))
    return doc, rules, groups


def rule_files(directory: Path) -> list[Path]:
    """Every rule file under a folder, recursively (test files excluded), in path order."""
    return sorted(p for p in directory.rglob("*.yaml") if not p.name.endswith(".tests.yaml"))


def file_key(path: Path, roots) -> str:
    """A rule file's key: its path without .yaml relative to the first root holding it, else its stem."""
    for root in [r for r in (roots if isinstance(roots, (list, tuple)) else [roots]) if r is not None]:
        if Path(path).resolve().is_relative_to(Path(root).resolve()):
            return Path(path).resolve().relative_to(Path(root).resolve()).with_suffix("").as_posix()
    return Path(path).stem


def load_paths(paths: list[Path], root: Path | list[Path] | None = None) -> Rulebook:
    """Rule files (keys relative to root — or the first of several roots holding the file) into one rulebook."""
    documents, rules, groups, files = [], [], {}, []
    for path in paths:
        key = file_key(path, root)
        raw = path.read_bytes()
        files.append({"path": key + ".yaml", "sha256": hashlib.sha256(raw).hexdigest()})
        data = yaml_input.load(yaml_input.decode(raw, key), key, _LOADER)
        try:
            doc, file_rules, file_groups = load_file(path, len(rules), key, data)
        except (TypeError, KeyError, ValueError, AttributeError, IndexError, ArithmeticError):  # rulefile missed it
            raise InputError(f"{key}：结构不符合规则格式（见 docs/rules.md）") from None
        documents.append(doc)
        rules += file_rules
        for g in file_groups:
            if g.id in groups:
                raise InputError(f"{key}：叠加组 {g.id} 重复定义")
            groups[g.id] = g
    seen = set()
    for r in rules:
        if r.id in seen:
            raise InputError(f"规则编号 {r.id} 重复使用")
        seen.add(r.id)
        if r.stacking:
            if r.stacking not in groups:
                raise InputError(f"规则 {r.id}：叠加组 {r.stacking!r} 没有在任何规则文件中定义")
            groups[r.stacking].rules.append(r)
    return Rulebook(documents, rules, groups, files)


def load_dir(directory: Path) -> Rulebook:
    directory = Path(directory)
    return load_paths(rule_files(directory), directory)


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
    try:
        if with_library:
            return load_paths(rule_files(POLICY_DIR) + files, POLICY_DIR)
        return load_paths(files, None)
    except InputError as exc:
        msg = exc.message  # a user's file is known by its stem inside: name it as they gave it
        named = next((f for f in files if msg.startswith(f"{f.stem}：")), None)
        raise InputError(f"规则文件无效: {named}{msg[len(named.stem):]}" if named else f"规则文件无效: {msg}") from None
    except (TypeError, KeyError, ValueError, AttributeError, IndexError, ArithmeticError):  # a shape rulefile missed
        names = ", ".join(str(f) for f in paths)
        raise InputError(f"规则文件 {names} 结构不符合规则格式（见 docs/rules.md）") from None


@lru_cache(maxsize=4)
def _cached(directory: str) -> Rulebook:
    return load_dir(Path(directory))


def load_rulebook(directory: str | Path | None = None) -> Rulebook:
    """All rule files of a folder (default: the shipped policies)."""
    return _cached(str(Path(directory or POLICY_DIR).resolve()))
