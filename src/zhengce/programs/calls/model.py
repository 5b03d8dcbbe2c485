"""Calls for applications (申报通知) as reviewed data: one YAML file per call under data/<place>/<year>/.

A call says who may apply (conditions of the rules engine, plus requirements the applicant confirms),
what they get (linked to rules), its deadlines (per party and batch), periods in working days,
materials, where to apply, contact and quotas — every field with its verbatim quote. Loading checks
the structure; `validate` (fidelity) checks the quotes and numbers against the corpus text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhengce import yaml_input
from zhengce.errors import InputError, NotFound
from zhengce.rules import regions
from zhengce.rules.conditions import Condition, parse_condition
from zhengce.rules.dates import iso_date

DATA_DIR = Path(__file__).resolve().parent / "data"
PARTIES = {"applicant": "申报单位", "recommender": "推荐/主管单位", "prerequisite": "申报前提"}
REVIEW_STATUSES = ("reviewed", "draft")
KINDS = ("application", "recommendation", "selection", "filing")


@dataclass
class Deadline:
    id: str
    party: str
    date: dt.date
    time: str | None
    what: str
    quote: str
    batch: int | None = None
    applies_to: str | None = None
    derived_from: str | None = None  # a relative deadline: the deadline it counts back from
    working_days: int | None = None
    rule_quote: str | None = None  # for derived ones: the clause that sets the count

    def to_json(self) -> dict:
        return {"id": self.id, "party": self.party, "party_label": PARTIES[self.party],
                "date": self.date.isoformat(), "time": self.time, "batch": self.batch, "what": self.what,
                "applies_to": self.applies_to, "quote": self.quote, "derived_from": self.derived_from,
                "working_days": self.working_days}


@dataclass
class Call:
    id: str
    title: str
    file: str
    document: int
    lines: tuple[int, int] | None
    region: str
    level: str
    year: int
    kind: str
    applicant_region: str | None
    covers: frozenset[str] | None  # districts whose applicants may apply; None = nationwide
    conditions: list[Condition]
    deadlines: list[Deadline]
    review: dict
    raw: dict
    source: Path

    @property
    def reviewed(self) -> bool:
        return self.review.get("status") == "reviewed"

    @property
    def awards(self) -> list[dict]:
        return list(self.raw.get("awards") or [])

    @property
    def place(self) -> str:
        return self.source.parent.parent.name

    def raw_deadline_note(self, deadline_id: str) -> str | None:
        for d in self.raw.get("deadlines") or []:
            if d.get("id") == deadline_id:
                return d.get("year_note")
        return None

    def citation(self, quote: str) -> dict:
        return {"call": self.id, "file": self.file, "document": self.document, "quote": quote}

    def summary(self) -> dict:
        r = self.raw
        return {"id": self.id, "title": self.title, "region": self.region, "level": self.level,
                "year": self.year, "kind": self.kind, "file": self.file, "document": self.document,
                "issuer": r.get("issuer"), "competent": r.get("competent"), "recommenders": r.get("recommenders"),
                "applicants": {k: v for k, v in (r.get("applicants") or {}).items() if k != "conditions"},
                "conditions": [c.describe() for c in self.conditions],
                "awards": self.awards, "award_note": r.get("award_note"),
                "deadlines": [d.to_json() for d in sorted(self.deadlines, key=lambda d: (d.date, d.time or ""))],
                "periods": r.get("periods") or [], "materials": r.get("materials") or [],
                "where": r.get("where") or [], "contact": r.get("contact") or [], "quotas": r.get("quotas") or [],
                "advice": r.get("advice") or [], "selection": r.get("selection"), "review": self.review}


def _need(d: dict, keys: tuple, where: str) -> None:
    for k in keys:
        if k not in d:
            raise InputError(f"{where}: 缺少 {k}")


def parse_call(data: Any, source: Path) -> Call:
    where = source.name
    if not isinstance(data, dict) or not isinstance(data.get("call"), dict):
        raise InputError(f"{where}: 申报通知文件需要 call: 头部")
    c = data["call"]
    _need(c, ("id", "title", "source", "region", "level", "year", "kind"), f"{where}: call")
    if c["kind"] not in KINDS:
        raise InputError(f"{where}: call.kind 应为 {', '.join(KINDS)} 之一")
    review = data.get("review")
    if not isinstance(review, dict) or review.get("status") not in REVIEW_STATUSES:
        raise InputError(f"{where}: 需要 review: 且 status 为 reviewed 或 draft")
    app = data.get("applicants") or {}
    _need(app, ("entity", "quote"), f"{where}: applicants")
    try:
        conditions = [parse_condition(x) for x in (app.get("conditions") or [])]
    except InputError as exc:
        raise InputError(f"{where}：申报条件 applicants.conditions 有误：{exc.message}") from None
    app_region = app.get("region")
    try:
        covers = regions.covered(app_region) if app_region else None
        regions.covered(c["region"])
    except InputError as exc:
        raise InputError(f"{where}：地区 region 有误：{exc.message}") from None
    deadlines: list[Deadline] = []
    seen: set[str] = set()
    for i, d in enumerate(data.get("deadlines") or []):
        w = f"{where}: deadlines[{i + 1}]"
        _need(d, ("id", "party", "date", "what", "quote"), w)
        if d["party"] not in PARTIES:
            raise InputError(f"{w}: party 应为 {', '.join(PARTIES)} 之一")
        if d["id"] in seen:
            raise InputError(f"{w}: id {d['id']} 重复")
        seen.add(d["id"])
        t = d.get("time")
        if t is not None and not (isinstance(t, str) and len(t) == 5 and t[2] == ":"):
            raise InputError(f"{w}: time 应为 \"HH:MM\"")
        deadlines.append(Deadline(d["id"], d["party"], iso_date(d["date"], w), t, d["what"], d["quote"],
                                  d.get("batch"), d.get("applies_to")))
    for i, r in enumerate(data.get("relative") or []):
        w = f"{where}: relative[{i + 1}]"
        _need(r, ("id", "party", "working_days", "before", "what", "quote"), w)
        for ref in r["before"]:
            if ref not in seen:
                raise InputError(f"{w}: before 引用的截止日期 {ref} 不存在")
    return Call(c["id"], c["title"], c["source"]["file"], int(c["source"]["document"]),
                tuple(c["source"]["lines"]) if c["source"].get("lines") else None, c["region"], c["level"],
                int(c["year"]), c["kind"], app_region, covers, conditions, deadlines, review, data, source)


def load_file(path: Path) -> Call:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: 无法读取 ({exc.strerror})") from None
    # `calls validate --dir` reads a user's folder: bounded like every YAML a user hands us
    data = yaml_input.load(yaml_input.decode(raw, path.name), path.name)
    try:
        return parse_call(data, path)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError) as exc:  # a wrong shape
        chinese = isinstance(exc, ValueError) and any("\u4e00" <= ch <= "\u9fff" for ch in str(exc))
        said = f": {exc}" if chinese else f": 缺少 {exc.args[0]}" if isinstance(exc, KeyError) else ""
        raise InputError(f"{path.name}: 结构不符合申报通知格式{said} (见 docs/calls.md)") from None


@dataclass
class CallBook:
    calls: list[Call] = field(default_factory=list)

    def call(self, call_id: str) -> Call:
        for c in self.calls:
            if c.id == call_id:
                return c
        raise NotFound(f"没有申报通知 {call_id!r}(见 `zhengce calls list`)")

    def reviewed(self) -> list[Call]:
        return [c for c in self.calls if c.reviewed]


def load_dir(directory: Path) -> CallBook:
    calls = [load_file(p) for p in sorted(Path(directory).rglob("*.yaml"))]
    ids: set[str] = set()
    for c in calls:
        if c.id in ids:
            raise InputError(f"申报通知 id {c.id} 重复")
        ids.add(c.id)
    return CallBook(calls)


@lru_cache(maxsize=4)
def _cached(directory: str) -> CallBook:
    return load_dir(Path(directory))


def load_calls(directory: str | Path | None = None) -> CallBook:
    """Every call file of a folder tree (default: the shipped data/)."""
    return _cached(str(Path(directory or DATA_DIR).resolve()))
