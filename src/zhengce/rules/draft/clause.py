"""One incentive provision → one drafted rule: conditions, formula and what the reviewer must check.

The extractor (zhengce.provisions) says what is paid (form, amount, rate, base text, cap, trigger
text); this module says on what profile facts it depends, by matching the clause against the
lexicon (lexicon.py). Whatever cannot be mapped becomes a `needs_review` condition: the rule is
kept, reported as needing review, and never pays until a reviewer writes the condition.
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass, field

from zhengce.provisions.numbers import find_amounts, find_percents
from zhengce.rules.draft.lexicon import LEVEL_NAMES, Hit, Lexicon, normal
from zhengce.rules.draft.recognitions import qualify, renewal_after
from zhengce.rules.draft.thresholds import band_of, find_thresholds
from zhengce.rules.draft.values import UNMAPPED_BASE, dec as _dec, rate as _rate, short as _short, yuan as _yuan

_PER_COUNT = re.compile(r"每(?:培育|孵化|引进|新增|获得|获|新认定|主导制定|制定)?(?:1|一)?(?:家|件|个|项|名|人|款|台|套)")
_GENERIC = re.compile(r"(?:符合条件的?|经认定的?)?(?:企业|单位|主体)?")
_INCREASE = re.compile(r"增长额|增量|增加额|增长部分|增加部分|新增部分|每增加|每新增|同比增加")


@dataclass
class Draft:
    """What the drafter made of one provision (a rule dict without id, plus notes)."""

    quote: str
    article: int | None
    beneficiary: str
    trigger: str
    conditions: list[dict]
    formula: dict
    notes: list[str] = field(default_factory=list)
    concepts: tuple[str, ...] = ()  # recognition entries paid for (stacking by 称号)
    member: tuple[int, int] = (0, 1)  # place in a 分别/、 list of awards


def _mask(text: str, hits: list[Hit]) -> str:
    chars = list(text)
    for h in hits:
        chars[h.start:h.end] = "□" * (h.end - h.start)
    return "".join(chars)


class ClauseDrafter:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    # ---------------------------------------------------------------- where the award stands
    def award_position(self, text: str, p: dict, member: int) -> int:
        """Where in the clause the award's number stands (the member-th of equal numbers)."""
        if p.get("form") in ("rate", "matching") and p.get("rate") is not None:
            spots = [x.span[0] for x in find_percents(text) if _dec(x.value) == _dec(p["rate"])]
        elif p.get("form") == "per_unit" and p.get("per_unit"):
            pu = p["per_unit"]
            key = pu["unit_yuan"] if pu.get("unit_yuan") is not None else pu["award_yuan"]
            spots = [a.span[0] for a in find_amounts(text) if _dec(a.value) == _dec(key)]
        else:
            spots = [a.span[0] for a in find_amounts(text)
                     if p.get("amount_yuan") is not None and _dec(a.value) == _dec(p["amount_yuan"])]
        if not spots:
            return len(text)
        return spots[min(member, len(spots) - 1)] if len(spots) > 1 else spots[0]

    @staticmethod
    def local_subject(head: str) -> str:
        """The phrase right before the award: after the previous amount or sentence break."""
        cut = 0
        for a in [*find_amounts(head), *find_percents(head)]:
            cut = max(cut, a.span[1])
        for m in re.finditer(r"[;。]", head):
            cut = max(cut, m.end())
        return head[cut:]

    # ---------------------------------------------------------------- concepts
    def concepts(self, texts: list[str], sections: tuple[str, ...]) -> dict[str, list[Hit]]:
        """Hits per section in the first text (trigger, local subject, clause head) that names what
        is paid for (a 称号, an event, a purchase, a project); else the first with any hit."""
        fallback: dict[str, list[Hit]] = {}
        for text in texts:
            out: dict[str, list[Hit]] = {}
            masked = text
            tail = len(re.sub(r"(?:的|等|,|给予|分别)+$", "", text))
            for s in sections:
                hits = self.lex.find(s, masked)
                # who applies (银行, 高校院所) only when it is the head noun: "…贷款的银行", not "企业使用高校院所仪器"
                hits = [h for h in hits if s != "subjects" or h.entry.data["condition"]["fact"] != "org_kind"
                        or h.end >= tail - 1]
                if hits:
                    out[s] = hits
                    masked = _mask(masked, hits)
            if any(s in out for s in ("recognitions", "events", "purchases", "projects")):
                return out
            fallback = fallback or out
        return fallback

    def draft(self, p: dict, clause: str, member: tuple[int, int], tiered: bool = False,
              siblings: frozenset = frozenset()) -> Draft:
        text = normal(clause)
        pu = p.get("per_unit") or {}
        if p.get("form") == "per_unit" and pu.get("unit_yuan") is None and pu.get("award_yuan") is not None \
                and _PER_COUNT.search(text):
            # the reader's award per thing counted ("每培育1家…给予2万元"): drafted as the amount paid per count
            p = {**p, "form": "up_to" if re.search(r"最高|不超过", p.get("quote") or "") else "fixed",
                 "amount_yuan": pu["award_yuan"], "per_unit": None}
        trig = normal(p.get("trigger") or "")
        pos = self.award_position(text, p, member[0])
        head = text[:pos]
        local = self.local_subject(head)
        notes: list[str] = []
        conditions: list[dict] = []
        form = p.get("form")
        rate_like = form in ("rate", "matching", "per_unit")  # a 称号 in such clauses qualifies the applicant

        per_count = _PER_COUNT.search(local or head) if form in ("fixed", "up_to") else None
        if per_count is None and form in ("fixed", "up_to"):
            per_count = _PER_COUNT.search(head)
        elif per_count is not None:
            per_count = _PER_COUNT.search(head, len(head) - len(local) + per_count.start())
        count_fact = None
        if per_count:
            counted = head[per_count.start():]
            count_hits = [h for h in self.lex.find("counts", counted) or self.lex.find("counts", head)
                          if all(w in head for w in h.entry.data.get("needs", []))]
            if count_hits:
                pick = member[0] if len(count_hits) == member[1] else 0
                count_fact = count_hits[pick].entry.data["fact"]
                head_for_concepts = head[:per_count.start()]
            else:
                head_for_concepts = head
        else:
            head_for_concepts = head

        sections = ("purchases", "projects", "events", "subjects", "recognitions", "industries")
        # in a list without 分别 ("新能源汽车最高1.5万/辆、燃油车最高1.3万/辆") each award has its own subject
        own_subject = member[1] > 1 and "分别" not in text
        order = (local, trig, head_for_concepts) if own_subject else (trig, local, head_for_concepts)
        candidates = [t for t in order if t]
        if count_fact:  # the counted thing is not a condition: "每培育1家高新技术企业" pays the incubator
            candidates = [head_for_concepts] if head_for_concepts else []
        found = self.concepts(candidates, sections)
        subject_text = next((t for t in candidates if any(self.lex.find(s, t) for s in sections)), local or head)

        beneficiary = self._beneficiary(p, found, head)
        for section in ("purchases", "projects", "subjects"):
            if beneficiary != "individual" and section == "purchases":
                continue
            conditions += _merge_conditions([h.entry.data["condition"] for h in found.get(section, [])])
        conditions = self._inherit(conditions, found, head_for_concepts, beneficiary)
        concepts: list[str] = []
        own_trigger = None
        recs = found.get("recognitions", [])
        if member[1] > 1 and "分别" in text:  # "A、B的, 分别给予X、Y": the k-th 称号 gets the k-th amount
            # "市级及以上首台(套)产品…, 国家级、省级、市级分别给予…": one name, its levels printed after it
            one_name = len({(h.start, h.end) for h in recs}) == 1
            paired = (_pair_levels_after(recs[:1], text, member, self.lex) if one_name and recs else []) or \
                _pair(self.concepts([head_for_concepts], sections).get("recognitions", []), member) or \
                _pair(recs, member)
            paired = paired or _pair_levels_after(recs, text, member, self.lex)
            if len(paired) == 1:  # name the paired 称号 as the trigger ("省级首台(套)")
                own_trigger = LEVEL_NAMES.get(paired[0].level, "") + paired[0].synonym
            recs = paired or recs
        if recs and not count_fact:
            recs, unmapped = qualify(self.lex, recs, text, trig)
            for note in unmapped:
                conditions.append({"needs_review": note})
                notes.append(note)
        if recs:
            types, level_notes = self._recognition_types(recs)
            notes += level_notes
            # "每培育1家首次认定的高企": 首次认定 is about the counted firms, not the incubator
            when = "renewal" if not count_fact and renewal_after(self.lex, recs, text) else None
            when = when or (None if count_fact else self.lex.when_of(trig)) or self._when(
                subject_text, text, rate_like or bool(count_fact), bool(p.get("years")))
            when = when or self.lex.when_of(head)
            if when is None:
                # "经认定的/获评/列入X, 给予…": a one-off award for a 称号 is paid when it is first obtained
                # (a renewal is paid only where the text says 复审/重新认定); a rating renewed every year
                # (星级, 年度评价 — lexicon `when:` or a grade) is the rating obtained in the period
                stated = [h.entry.data.get("when") for h in recs if h.entry.data.get("when")]
                yearly = any(":" in h.entry.id or h.synonym.endswith("奖") for h in recs)  # a grade, a prize
                when = stated[0] if stated else "in_period" if yearly else "new"
                notes.append(f"「{_short(subject_text)}」未写明首次认定或复审: 按"
                             f"{'首次认定(new, 复审不计)' if when == 'new' else '政策期内获得(' + when + ')'}起草, 请核对")
            conditions.append({"recognized": types if len(types) > 1 else types[0], "when": when})
            concepts = sorted({h.entry.id for h in recs})
        events = found.get("events", [])
        if events:
            types = list(dict.fromkeys(h.entry.data["event"] for h in events))
            conditions.append({"event": types if len(types) > 1 else types[0]})
        named = [h.synonym for h in recs]
        inds = [h for h in found.get("industries", []) if not any(h.synonym in n for n in named)]
        if inds and beneficiary not in ("individual", "project"):
            values: list[str] = []
            for h in inds:
                v = h.entry.data["value"]
                values += v if isinstance(v, list) else [v]
            conditions.append({"fact": "industry", "in": list(dict.fromkeys(values))})

        formula, fnotes = self._formula(p, text, pos, head, count_fact, beneficiary)
        notes += fnotes
        thresholds, tnotes = ([], []) if tiered else find_thresholds(self.lex, band_of(head, member), p, formula, siblings)
        conditions += thresholds
        notes += tnotes

        beneficiary = _entity_consistent(beneficiary, conditions, formula)
        mapped = bool(conditions) or (formula.get("base") not in (None, UNMAPPED_BASE)) or count_fact
        trigger_text = re.sub(r"^(?:\d+[.、]|[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)", "", p.get("trigger") or _short(local or head))
        if _GENERIC.fullmatch(normal(trigger_text)):  # "符合条件的": the subject stands earlier in the clause
            trigger_text = _short(re.sub(r"[,]?(?:对|对于)?符合条件的?(?:企业|单位)?(?:给予|按)?.*$", "", head) or trigger_text, 60)
        if not mapped or _GENERIC.fullmatch(trig or ""):
            if not conditions:
                note = f"触发条件「{_short(trigger_text or clause)}」不在词表中: 请写出画像条件(或在 lexicon.yaml 增加词条)"
                conditions.append({"needs_review": note})
                notes.append(note)
        if formula.get("base") == UNMAPPED_BASE:
            note = f"计算基数「{p.get('base') or '?'}」不在词表中: 请改为画像中的金额字段"
            conditions.append({"needs_review": note})
            notes.append(note)
        if re.search(r"等(?:企业|单位|称号|项目)?[^,]{0,6}$", head) and recs:
            notes.append("列举以“等”结尾(开放列举): 只编码了点名的称号")
        trigger_text = own_trigger or re.sub(r"(?:,?(?:每家|每件|每个|每项)?(?:给予|奖励|补助|补贴|资助))+$|的$", "",
                                             normal(trigger_text))
        return Draft(clause, p.get("article"), beneficiary, trigger_text[:80], conditions, formula, notes,
                     tuple(concepts), member)

    # ---------------------------------------------------------------- parts
    def _inherit(self, conditions: list[dict], found: dict, head: str, beneficiary: str) -> list[dict]:
        """Qualifiers the clause states once for all its awards ("支持汽车置换更新, 新能源汽车…、燃油车…")
        apply to each award unless its own subject already fixes the same fact."""
        set_facts = {c.get("fact") for c in conditions}
        named = [h for hits in found.values() for h in hits]
        head = _mask(head, [h for s in ("projects", "events", "recognitions") for h in self.lex.find(s, head)] + named)
        for section in ("purchases", "subjects"):
            if section == "purchases" and beneficiary != "individual":
                continue
            for h in self.lex.find(section, head):
                cond = h.entry.data["condition"]
                if cond["fact"] == "org_kind":
                    continue  # "企业、高校、科研院所…": a list of who may apply, not a qualifier of all
                if cond["fact"] not in set_facts:
                    conditions.append(cond)
                    set_facts.add(cond["fact"])
        if not found.get("industries") and beneficiary not in ("individual", "project"):
            inds = self.lex.find("industries", head)
            if inds:
                found["industries"] = inds
        return _merge_conditions(conditions)

    def _beneficiary(self, p: dict, found: dict, head: str) -> str:
        b = p.get("beneficiary") or "enterprise"
        if found.get("purchases"):
            return "individual"
        if found.get("projects"):
            return "project"
        if b in ("individual", "other"):
            return "enterprise"  # a purchase word without a consumer purchase (企业购买保险)
        return b

    def _recognition_types(self, recs: list[Hit]) -> tuple[list[str], list[str]]:
        types, notes = [], []
        for h in recs:
            d = h.entry.data
            if d.get("fact"):
                types.append(d["fact"])
            elif h.level and h.level in (d.get("levels") or {}):
                types.append(d["levels"][h.level])
            else:
                any_level = list(d.get("any_level") or (d.get("levels") or {}).values())
                types += any_level
                said = f"写明的级别({h.level})不在该词条中" if h.level else "未写明级别"
                notes.append(f"「{h.synonym}」{said}: 任一级别均可, 请核对")
        return list(dict.fromkeys(types)), notes

    def _when(self, subject: str, clause: str, rate_like: bool, multi_year: bool = False) -> str | None:
        when = self.lex.when_of(subject)
        if when is None and (rate_like or multi_year):  # "被认定为…的, 五年内每年": recognised before counts too
            return "held"  # "对高新技术企业…按保费50%补助": the 称号 qualifies, it is not what is paid for
        if when is None and any(w in clause for w in self.lex.when.get("renewal", [])):
            return "new"  # "经认定的及通过复审的": set against 复审, 经认定 means first recognition
        return when

    def _formula(self, p: dict, text: str, pos: int, head: str, count_fact: str | None,
                 beneficiary: str) -> tuple[dict, list[str]]:
        form, notes = p.get("form"), []
        around = text[max(0, pos - 10):pos]
        if count_fact and form in ("fixed", "up_to"):
            f = {"form": "per_unit", "base": count_fact, "unit": 1, "award_yuan": _yuan(p["amount_yuan"])}
            if form == "up_to" or "最高" in around:
                f["qualifier"] = "up_to"
            if p.get("cap_yuan") is not None:
                f["cap_yuan"] = _yuan(p["cap_yuan"])
            return f, notes
        if form in ("fixed", "up_to"):
            bounded = re.search(r"按(?:照)?([^,;。]{1,24}?)给予(?:最高)?$|不(?:超过|高于)(?:其|企业)?([^,;。]{1,16}?)$",
                                text[max(0, pos - 30):pos] + "") or re.search(
                r"^[^,;。]{0,12}?且不(?:超过|高于)(?:其|企业)?(?:实际)?([^,;。]{1,16})", text[pos:])
            up_to = form == "up_to" or re.search(r"最高(?:[\d一二两三四五六七八九十]+年(?:内)?(?:合计|累计|共)?)?"
                                                  r"(?:补助|奖励|补贴|资助|给予)?$", around)
            f = {"form": "up_to" if up_to else "fixed", "amount_yuan": _yuan(p["amount_yuan"])}
            if form == "fixed" and up_to:
                notes.append("金额前有“最高”: 按最高金额(up_to)起草")
            if p.get("cap_scope") and f["form"] == "up_to":
                f["cap_scope"] = p["cap_scope"]
            if bounded and f["form"] == "up_to":
                phrase = next(g for g in bounded.groups() if g)
                hits = self.lex.find("bases", phrase)
                if hits:
                    f["bounded_by"] = self._fact_for(hits[-1].entry, beneficiary)
                    notes.append(f"金额不超过「{phrase}」: 以该金额为上限(bounded_by)")
        elif form in ("rate", "matching"):
            base = self._base(p, head, beneficiary, form, text[pos:])
            f = {"form": form, "rate": _rate(p["rate"]), "base": base}
            self._increase(f, text[max(0, pos - 20):pos + 8], notes)
            if form == "rate":
                q = re.search(r"(不超过|不高于|最高|最多|不低于|不少于)[^,;]{0,14}$", text[max(0, pos - 16):pos])
                if q:
                    f["qualifier"] = "at_least" if q.group(1) in ("不低于", "不少于") else "up_to"
            if p.get("cap_yuan") is not None:
                f["cap_yuan"] = _yuan(p["cap_yuan"])
                if p.get("cap_scope"):
                    f["cap_scope"] = p["cap_scope"]
        elif form == "per_unit" and p["per_unit"].get("unit_yuan") is None:
            # "800元/平方米", "每亩100元", "每间1万元": per physical unit — a quantity the profile names
            # only when the lexicon counts it; otherwise kept for review (never paid unreviewed)
            hits = self.lex.find("counts", head)
            unit = p["per_unit"].get("unit") or "单位"
            f = {"form": "per_unit", "base": hits[-1].entry.data["fact"] if hits else UNMAPPED_BASE, "unit": 1,
                 "award_yuan": _yuan(p["per_unit"]["award_yuan"])}
            if p.get("cap_yuan") is not None:
                f["cap_yuan"] = _yuan(p["cap_yuan"])
            if not hits:
                notes.append(f"按每{unit}计奖: 画像没有该数量, 请写出计算基数")
        elif form == "per_unit":
            pu = p["per_unit"]
            base = self._base(p, head, beneficiary, form)
            f = {"form": "per_unit", "base": base, "unit_yuan": _yuan(pu["unit_yuan"]),
                 "award_yuan": _yuan(pu["award_yuan"])}
            self._increase(f, text[max(0, pos - 8):pos], notes)
            if p.get("cap_yuan") is not None:
                f["cap_yuan"] = _yuan(p["cap_yuan"])
            notes.append("按单位金额计奖: 请核对计算基数是增量还是总量")
        else:
            raise ValueError(f"form {form!r}")
        years = p.get("years")
        if years:
            f["years"] = int(years)
            near = text[max(0, pos - 14):pos + 10]
            # "三年最高5000万元", "最高3年合计30万元": for the whole period; "五年内每年…": each year
            if re.search(r"合计|累计|总计|共", near) or not re.search(r"每年|/年|年均", near):
                f["years_total"] = True
                notes.append(f"{f['years']}年合计(未写“每年”), 请核对")
        return f, notes

    def _increase(self, f: dict, near: str, notes: list[str]) -> None:
        """"按营收增长额的1%", "增加值每增加100万元": the award is on the increase over a year earlier."""
        if not _INCREASE.search(near):
            return
        prev = next((e.data.get("prev") for e in self._entries("bases") if e.data.get("fact") == f["base"]), None)
        if prev:
            f["minus"] = prev
            notes.append("按增量计: 基数为本期减上年同期")
        else:
            notes.append("条款按增量计, 但画像没有该基数的上年数: 请核对基数")

    def _entries(self, section: str):
        return self.lex.entries[section]

    @staticmethod
    def _fact_for(entry, beneficiary: str) -> str:
        """A base's fact for this beneficiary (a project's premium is project.premium_yuan)."""
        return entry.data.get(beneficiary) or entry.data["fact"]

    def _base(self, p: dict, head: str, beneficiary: str, form: str, after: str = "") -> str:
        """The fact a rate or per-unit award is computed on: the extractor's base text, else the
        nearest base named before the rate, else one named right after it ("按10%的比例给予设备投资补助")."""
        after = re.split(r"[,;。]", after)[0]
        for text in (normal(p.get("base") or ""), head, after):
            hits = self.lex.find("bases", text) if text else []
            if hits:
                hit = hits[-1].entry  # the nearest base before the rate
                if hit.data.get("generic"):  # "年度实际保费" of "研发类科技保险": the clause names which
                    family = [h.entry for h in self.lex.find("bases", head)
                              if h.entry.data.get("family") == hit.data.get("family") and not h.entry.data.get("generic")]
                    hit = family[-1] if family else hit
                return self._fact_for(hit, beneficiary)
        if beneficiary == "individual":
            return "purchase.price_yuan"
        if form == "matching":
            return "fin.upper_grant_yuan"
        return UNMAPPED_BASE


def _pair(recs: list[Hit], member: tuple[int, int]) -> list[Hit]:
    """The 称号 of the k-th of n listed awards: the k-th of n names, or the names of the k-th of n levels."""
    k, n = member
    if len(recs) == n:
        return [recs[k]]
    graded = [h for h in recs if ":" in h.entry.id]  # "四星、五星的新型研发机构": the graded names pair
    if len(graded) == n:
        return [graded[k]]
    levels = list(dict.fromkeys(h.level for h in recs))
    if len(levels) == n and None not in levels:  # "国家级、省级企业研究院, 分别…"
        return [h for h in recs if h.level == levels[k]]
    return []


def _pair_levels_after(recs: list[Hit], text: str, member: tuple[int, int], lex) -> list[Hit]:
    """"首台(套)产品认定的企业, 国家级、省级、市级分别给予…": the levels follow the name."""
    k, n = member
    if len(recs) != 1 or not recs[0].entry.data.get("levels"):
        return []
    after = text[recs[0].end:]
    after = after[:after.find("分别")] if "分别" in after else ""
    words = sorted(((w, lvl) for lvl, ws in lex.levels.items() for w in ws if len(w) > 1), key=lambda x: -len(x[0]))
    found = []
    for m in re.finditer("|".join(re.escape(w) for w, _ in words), after):
        found.append(next(lvl for w, lvl in words if w == m.group(0)))
    if len(found) != n or found[k] not in recs[0].entry.data["levels"]:
        return []
    h = recs[0]
    return [Hit(h.entry, h.start, h.end, h.synonym, found[k])]


def _entity_consistent(beneficiary: str, conditions: list[dict], formula: dict) -> str:
    """The beneficiary must be the kind of profile that has the facts the rule reads: an
    enterprise's 设备投资 on a "技术改造项目" is asked of the enterprise, not of a project."""
    facts = [formula.get(k) for k in ("base", "minus", "bounded_by") if formula.get(k)]
    facts += [c["fact"] for c in conditions if "fact" in c]
    if any("recognized" in c or "event" in c for c in conditions):
        facts.append("rec.")
    kinds = {f.split(".")[0] for f in facts if "." in f}
    if kinds & {"fin", "rec", "event", "count"} and beneficiary in ("project", "individual"):
        return "enterprise"
    if "project" in kinds and beneficiary != "project":
        return "project"
    if "purchase" in kinds:
        return "individual"
    return beneficiary


def _merge_conditions(conds: list[dict]) -> list[dict]:
    """Several values of one fact ("手机、平板、智能手表") become one `in` condition."""
    by_fact: dict[str, list] = {}
    other = []
    for c in conds:
        if set(c) == {"fact", "eq"}:
            vals = by_fact.setdefault(c["fact"], [])
            if c["eq"] not in vals:
                vals.append(c["eq"])
        else:
            if c not in other:
                other.append(c)
    out = [{"fact": f, "eq": v[0]} if len(v) == 1 else {"fact": f, "in": v} for f, v in by_fact.items()]
    return out + other
