"""The drafting vocabulary (data/lexicon.yaml) and the matching of clause text against it.

Text is compared in one form: simplified script (OpenCC t2s), no spaces, ASCII brackets. A clause
is scanned for the LONGEST synonym at each place, so "省级专精特新中小企业" is one concept and not
"中小企业"; a level word (国家级/省级/市级/区级) written just before a synonym picks the level.
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from zhengce.errors import InputError

LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicon.yaml"
SECTIONS = ("recognitions", "events", "bases", "shares", "counts", "industries", "subjects", "purchases", "projects")
LEVEL_NAMES = {"national": "国家级", "provincial": "省级", "municipal": "市级", "district": "区县级"}


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def normal(text: str) -> str:
    """The matching form of a text: simplified, no spaces, ASCII brackets and commas."""
    text = _t2s().convert(text or "")
    # quotation marks around a name ("专精特新“小巨人”企业", “浙江制造”) do not change what it names
    text = text.translate(str.maketrans({"\uff08": "(", "\uff09": ")", "\uff0c": ",", "\uff1b": ";", "\uff1a": ":",
                                         "\uff05": "%", "\u3000": None, "\u201c": None, "\u201d": None, '"': None,
                                         "\u2018": None, "\u2019": None, "\u300c": None, "\u300d": None}))
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Entry:
    section: str  # recognitions | events | bases | counts | industries | subjects | purchases
    id: str
    synonyms: tuple[str, ...]
    data: dict


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    synonym: str
    level: str | None = None  # national | provincial | municipal | district


class Lexicon:
    def __init__(self, raw: dict):
        self.raw = raw
        self.levels = {lvl: sorted(words, key=len, reverse=True) for lvl, words in raw["levels"].items()}
        self.when = {w: [normal(x) for x in words] for w, words in raw["when"].items()}
        # stages of a 称号 that are not the 称号 ("培育企业", "创建名单")
        self.stages = {s: [normal(x) for x in words] for s, words in (raw.get("stages") or {}).items()}
        self.entries: dict[str, list[Entry]] = {}
        for section in SECTIONS:
            out = []
            for i, e in enumerate(raw.get(section) or []):
                syns = tuple(normal(s) for s in e["synonyms"])
                out.append(Entry(section, str(e.get("id") or f"{section}-{i + 1}"), syns, e))
            self.entries[section] = out
        self._patterns = {s: self._pattern(es) for s, es in self.entries.items()}
        self._level_of = {w: lvl for lvl, words in self.levels.items() for w in words}
        self._level_re = re.compile("|".join(re.escape(w) for w in sorted(self._level_of, key=len, reverse=True)))
        self._found: dict[tuple[str, str], list[Hit]] = {}  # the same clause is scanned for every award in it

    @staticmethod
    def _pattern(entries: list[Entry]):
        syns = sorted({s for e in entries for s in e.synonyms}, key=len, reverse=True)
        owner = {}
        for e in entries:
            for s in e.synonyms:
                owner.setdefault(s, e)
        return (re.compile("|".join(re.escape(s) for s in syns)) if syns else None), owner

    def find(self, section: str, text: str) -> list[Hit]:
        """Non-overlapping hits, the longest synonym first at each position (regex alternation sorted
        by length is leftmost-longest for literal alternatives)."""
        key = (section, text)
        if key not in self._found:
            if len(self._found) > 100_000:
                self._found.clear()
            self._found[key] = self._find(section, text)
        return list(self._found[key])

    def _find(self, section: str, text: str) -> list[Hit]:
        pattern, owner = self._patterns[section]
        if pattern is None:
            return []
        hits: list[Hit] = []
        for m in pattern.finditer(text):
            entry = owner[m.group(0)]
            if any(text.startswith(w, m.end()) for w in entry.data.get("not_before", [])):
                continue  # "上市" in "上市公司" is not the event of listing
            if any(text.endswith(w, 0, m.start()) for w in entry.data.get("not_after", [])):
                continue  # "家电" in "国家电子信息" is not a household appliance
            if _in_parens(text, m.start()) and any(h.entry.id.split(":")[0] == entry.id for h in hits):
                continue  # "省重点实验室(工程技术研究中心)": a gloss on the previous name, not another one
            grades = self._grades(entry, text, m.end(), m.start())
            if grades:  # one hit per grade named after the award: "…特等奖、一等奖、二等奖"
                hits += [Hit(Entry(entry.section, f"{entry.id}:{g}", entry.synonyms, {**entry.data, "fact": fact}),
                             m.start(), m.end(), m.group(0) + g) for g, fact in grades]
                continue
            for level in self.levels_before(text, m.start(), m.group(0)) or [None]:
                hits.append(Hit(entry, m.start(), m.end(), m.group(0), level))
        return hits

    @staticmethod
    def _grades(entry: Entry, text: str, end: int, start: int = 0) -> list[tuple[str, str]]:
        """Grades named after the award ("…特等奖、一等奖、二等奖"), else grades written before the name
        in the same clause ("评定结果为四星、五星的新型研发机构"), in the order printed."""
        table = entry.data.get("grades")
        if not table:
            return []
        after = re.sub(r"\([^)]*\)", "", text[end:end + 80])
        after = re.split(r"[,;。的]", after)[0]
        names = re.findall(r"([特一二三四五])(?=等奖|、|和|及|或)", after) if "等奖" in after else []
        out = [(f"{c}等奖", table[f"{c}等奖"]) for c in dict.fromkeys(names) if f"{c}等奖" in table]
        if out:
            return out
        before = re.split(r"[,;。]", text[max(0, start - 30):start])[-1]
        keys = [k for k in table if "等奖" not in k]
        if not keys:
            return []
        found = re.finditer("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)), before)
        return [(g, table[g]) for g in dict.fromkeys(m.group(0) for m in found)]

    def levels_before(self, text: str, pos: int, synonym: str = "") -> list[str]:
        """The level word(s) just before pos: "省级X" → [provincial]; "国家级、省级X" and
        "国家备案、省级备案的X" → both; or a level inside the synonym ("国家高新技术企业")."""
        for lvl, words in self.levels.items():
            if any(synonym.startswith(w) for w in words if len(w) > 1):
                return [lvl]
        window = re.split(r"[,;。:]", text[max(0, pos - 14):pos])[-1]
        found: list[tuple[int, int, str]] = []
        for m in self._level_re.finditer(window):  # leftmost-longest level words
            w = m.group(0)
            after = window[m.end():m.end() + 1]
            # "市级重点实验室" but not "市场": a one-character level word must touch the name or a list mark
            if len(w) == 1 and m.end() != len(window) and after not in ("、", "和", "及", "或", "省", "市", "区", "县"):
                continue
            found.append((m.start(), m.end(), self._level_of[w]))
        if not found:
            return []
        out = [found[-1][2]]
        for (s1, e1, l1), (s2, _, _) in zip(reversed(found[:-1]), reversed(found[1:])):
            gap = window[e1:s2]
            if not re.fullmatch(r"(?:[^,;。]{0,3}?(?:、|和|及|或|与))?", gap):  # "省市两级": adjacent levels
                break
            out.insert(0, l1)
        if re.match(r"(?:及)?以上", window[found[-1][1]:]):  # "省级以上", "市级及以上": that level and higher
            order = list(self.levels)  # national, provincial, municipal, district (as in lexicon.yaml)
            out += order[:order.index(found[-1][2])][::-1] if found[-1][2] in order else []
        return list(dict.fromkeys(out))

    def label(self, entry_id: str) -> str:
        for entries in self.entries.values():
            for e in entries:
                if e.id == entry_id:
                    return e.data["synonyms"][0]
        return entry_id

    def when_of(self, text: str) -> str | None:
        """new | renewal | held from the clause's words; None when it says neither. "认定(含重新认定)" is
        either occasion (in_period); "新认定(不含复审)" excludes the renewal it names."""
        renewal = "|".join(re.escape(x) for x in self.when.get("renewal", []))
        if renewal:
            text = re.sub(rf"不(?:包)?含(?:{renewal})", "", text)
            if re.search(rf"(?:包)?含(?:{renewal})", text):
                return "in_period"
        for w in ("renewal", "new", "held"):
            if any(x in text for x in self.when.get(w, [])):
                return w
        return None


def _in_parens(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    try:
        raw = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"词表 {LEXICON.name} 不是有效的 YAML: {exc}") from None
    return Lexicon(raw)


def check_lexicon() -> list[str]:
    """Every fact the lexicon names exists in the profile schema (a policy officer's typo shows here)."""
    from zhengce.rules.conditions import parse_condition
    from zhengce.rules.profile import schema
    sch, lex, problems = schema(), lexicon(), []
    for e in lex.entries["recognitions"]:
        types = ([e.data["fact"]] if e.data.get("fact") else []) + list((e.data.get("levels") or {}).values()) \
            + list(e.data.get("any_level") or []) + list((e.data.get("grades") or {}).values())
        if not types:
            problems.append(f"recognitions {e.id}: needs fact or levels")
        problems += [f"recognitions {e.id}: unknown recognition {t}" for t in types if t not in sch.recognition_types]
    for e in lex.entries["events"]:
        if e.data.get("event") not in sch.event_types:
            problems.append(f"events {e.id}: unknown event {e.data.get('event')}")
    for e in lex.entries["shares"]:
        problems += [f"shares {e.id}: unknown fact {f}" for f in e.data.get("share", []) if f not in sch.facts]
    for section in ("bases", "counts"):
        for e in lex.entries[section]:
            if e.data.get("fact") not in sch.facts:
                problems.append(f"{section} {e.id}: unknown fact {e.data.get('fact')}")
            for key in ("prev", "prior_max", "prev_growth", "project"):  # the figure's companions
                if e.data.get(key) and e.data[key] not in sch.facts:
                    problems.append(f"{section} {e.id}: {key}: unknown fact {e.data[key]}")
    industries = sch.facts["industry"].values
    for e in lex.entries["industries"]:
        values = e.data["value"] if isinstance(e.data["value"], list) else [e.data["value"]]
        problems += [f"industries {e.id}: unknown industry {v}" for v in values if v not in industries]
    for section in ("subjects", "purchases", "projects"):
        for e in lex.entries[section]:
            try:
                parse_condition(e.data["condition"])
            except InputError as exc:
                problems.append(f"{section} {e.id}: {exc.message}")
    return problems
