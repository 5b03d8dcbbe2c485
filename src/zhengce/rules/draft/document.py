"""A read document → one rule file (as a dict in the format of rulebook.load_file), every rule
`review: pending` with notes saying what a reviewer must check."""

from __future__ import annotations

from zhengce import rx as re
from decimal import Decimal
from typing import Any

from zhengce.errors import InputError
from zhengce.money import format_yuan
from zhengce.provisions.numbers import find_amounts
from zhengce.rules.draft.clause import ClauseDrafter, Draft
from zhengce.rules.draft.context import (adjacent, close_band, close_bands, continuation, growth_points, own_part,
                                         same_title)
from zhengce.rules.draft.lexicon import lexicon, normal
from zhengce.rules.draft.thresholds import range_upper
from zhengce.rules.draft.values import dec as _dec, yuan as _yuan

_LABEL = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)\s*")
# the keywords of a "从高、不重复" clause; the sentence around the first one is the quote
_STACKING = re.compile(r"(?:从高|從高|从优|從優|就高)[^。;；\n]{0,20}(?:不重复|不重復|不得重复|不得重復)"
                       r"|不得重复享受|不得重復享受|不重复享受|不重復享受")
_TIER_WORD = re.compile(r"首次突破|首次超过|首次达到|首次超|突破|超过|达到|首次迈上|迈上|跨上")


def _as_dict(p: Any) -> dict:
    if isinstance(p, dict):
        return p
    out = dict(p.fields)
    out.update(kind=p.kind, article=p.article, quote=p.quote, span=list(p.span), citation=p.citation)
    return out


def _label_before(original: str | None, quote: str, bounds: tuple[int, int]) -> int | None:
    """The point's number printed at the start of the quote's line ("(三)对…"), when the reader gave none."""
    if not original:
        return None
    at = original.find(quote, bounds[0], bounds[1])
    if at < 0:
        return None
    line_start = original.rfind("\n", bounds[0], at) + 1
    from zhengce.rules.draft.fallback import _article_no
    return _article_no(normal(original[line_start:at + 1]))


def place_slug(region: str | None) -> str:
    """杭州市临安区 → linan, 湖州市 → huzhou (pinyin of the most specific place name)."""
    from pypinyin import lazy_pinyin

    from zhengce.reading.divisions import HOME_PROVINCE
    from zhengce.reading.regions import lookup

    name = region or "zhejiang"
    place = lookup(name) if region else None
    if place is not None:
        name = place.name  # the most specific name: 杭州市临安区 → 临安区, 江苏省苏州市昆山市 → 昆山市
    name = name.removeprefix(HOME_PROVINCE) or HOME_PROVINCE
    name = re.sub(r"(?:畲族自治县|自治县|新区|区|县|市|省)$", "", name) or name
    # place names read 都 as du (莲都, 成都): pypinyin's single-character default is dou
    slug = "".join("du" if ch == "都" else py for ch, py in zip(name, lazy_pinyin(name))).lower()
    return re.sub(r"[^a-z0-9]+", "", slug) or "doc"


def widen(original: str | None, span: list | tuple | None, quote: str, bounds: tuple[int, int]) -> str:
    """The quote, extended back to the start of its sentence when the part before it states the
    subject without any other amount ("鼓励企业开展技术交易,对符合条件的企业给予…")."""
    label = _LABEL.match(quote)
    if label and len(quote) > label.end():  # "(一)对…": the article's number is not part of the clause
        quote, span = quote[label.end():], ([int(span[0]) + label.end(), int(span[1])] if span else span)
    if not original or not span:
        return quote
    start, end = int(span[0]), int(span[1])
    if original[start:end] != quote:
        return quote
    lo = max(bounds[0], start - 160)
    prefix = original[lo:start]
    cut = max(prefix.rfind(c) for c in "。;；\n:：")
    prefix = prefix[cut + 1:] if cut >= 0 or lo == bounds[0] else ""
    if len(prefix) > 120:
        return quote
    if not prefix.strip():
        return quote
    # numbers before the award are its conditions ("一季度营收20亿元(含)—100亿元之间,…的,给予…"), unless
    # that part pays something itself (another award of the sentence)
    if (find_amounts(normal(prefix)) or re.search(r"\d\s*[%％]", prefix)) and \
            re.search(r"给予|給予|奖励|獎勵|补助|補助|补贴|補貼|资助|資助|奖补|獎補", prefix):
        return quote
    head = prefix.lstrip(" \u3000")
    head = _LABEL.sub("", head, count=1)
    return head + quote if (head + quote) in original[bounds[0]:bounds[1]] else quote


def stacking_clause(doc: Any, original: str | None) -> str | None:
    """The "从高、不重复" sentence when the reader did not report one (verbatim from the original)."""
    if not original:
        return None
    lo, hi = tuple(doc.span) if getattr(doc, "span", None) else (0, len(original))
    body = original[lo:hi]
    m = _STACKING.search(body)  # keywords first: a leading [^。]* would rescan the text at every position
    if not m:
        return None
    start = max(body.rfind(c, 0, m.start()) for c in "。;；\n") + 1
    ends = [e for e in (body.find(c, m.end()) for c in "。;；\n") if e >= 0]
    return body[start:min(ends) if ends else len(body)].strip() or None


def extend_to_numbers(original: str | None, clause: str, numbers: set[Decimal], bounds: tuple[int, int]) -> str:
    """The clause, extended forward sentence by sentence (at most two) until it states every number
    the rule uses — a cap may stand in the next sentence ("单个孵化载体单年度内奖励额度最高30万元")."""
    from zhengce.rules.amounts import stated_numbers

    def missing(text: str) -> set[Decimal]:
        st = stated_numbers(text)
        return {n for n in numbers if n not in st["money"] and n not in st["rates"]}

    if not original or not missing(clause):
        return clause
    at = original.find(clause, bounds[0], bounds[1])
    if at < 0:
        return clause
    end = at + len(clause)
    for _ in range(2):
        m = re.compile(r"[^。;；\n]*[。;；]?").match(original, end)
        nxt = m.end() if m and m.end() > end else end
        if nxt >= bounds[1] or nxt == end:
            break
        end = nxt
        candidate = original[at:end].rstrip("。;；")
        if not missing(candidate):
            return candidate
    return clause


def _year_line(doc: Any, original: str | None, year: int) -> str:
    """A verbatim piece of the document that names the policy year (its 文号 or a dated line)."""
    if original:
        lo, hi = tuple(doc.span) if getattr(doc, "span", None) else (0, len(original))
        body = original[lo:hi]
        at = body.find(str(year))
        if at >= 0:
            start = max(body.rfind(c, 0, at) for c in "\n。,，;；") + 1
            ends = [e for e in (body.find(c, at) for c in "\n。,，;；") if e >= 0]
            return body[start:min(ends) if ends else len(body)].strip()[:80] or str(year)
    return doc.doc_number if doc.doc_number and str(year) in doc.doc_number else f"{doc.title}({year})"


def _start(doc: Any) -> int:
    """Where a document's own text starts; the first document owns the file's opening lines (a
    title line the reader did not count as part of it)."""
    lo = doc.span[0] if getattr(doc, "span", None) else 0
    return 0 if getattr(doc, "index", 1) == 1 else lo


def header(doc: Any, original: str | None = None) -> tuple[dict, list[str]]:
    notes = []
    region, level = doc.region, doc.level
    if not region:  # the reader named none: the place its issuer, title or 文号 names
        from zhengce.reading.regions import mentions, most_specific
        head = " ".join(x or "" for x in (doc.issuer, doc.title, doc.doc_number))
        if original:  # and the document's first lines (a title the reader did not recognise)
            lo = _start(doc)
            head += " " + normal(original[lo:lo + 200])
        found = most_specific(list(mentions(head)))
        if found is None:
            # no place anywhere: drafted for everywhere, so it can be tried; the reviewer sets the place
            region, level = "全国", "national"
            notes.append("文件未写明发文地区: 暂按全国起草(任何地区的企业都按此计算), 请填写实际发文地区")
        else:
            region, level = found.full, found.level
            notes.append(f"发文地区按发文机关/标题中的地名定为{region}, 请核对")
    year = doc.year
    open_period = None
    if not year:
        # no year printed where the reader looks: the latest year the text names, else the issue date's;
        # with neither, the period is left open (from the issue date, or unbounded) for the reviewer to set
        import datetime as _dt

        from zhengce.reading.metadata import years_in
        named = years_in(doc.text or "")
        if named or doc.issued:
            year = max(named) if named else int(doc.issued[:4])
            notes.append(f"文件未写明政策年度: 按{'正文提到的最近年份' if named else '发文日期'} {year} 年起草, 请核对")
        else:
            year = _dt.date.today().year
            open_period = ["2000-01-01", "2099-12-31"]
            notes.append("文件未写明政策年度、有效期和发文日期: 有效期暂不设限(2000-01-01 至 2099-12-31), 请按实际填写")
    eff = doc.effective or {}
    if open_period is not None:
        period, period_quote = open_period, _year_line(doc, original, year)
    elif eff.get("from") and eff.get("quote"):
        period = [eff["from"], eff.get("to") or f"{year}-12-31"]
        period_quote = eff["quote"]
        if not eff.get("to"):
            notes.append(f"有效期条款只写明起始日期: 截止日按 {year}-12-31 起草, 请核对")
    else:
        period = [f"{year}-01-01", f"{year}-12-31"]
        period_quote = _year_line(doc, original, year)
        notes.append(f"文件未写明有效期: 按政策年度 {year}年1月1日至12月31日起草(period_quote 为写有年度的原文), 请核对")
    title = doc.title
    if not title and original:  # the first line of the document stands for its title
        hi = doc.span[1] if getattr(doc, "span", None) else len(original)
        title = next((ln.strip() for ln in original[_start(doc):hi].splitlines() if ln.strip()), None)
        notes.append("标题按文件第一行起草, 请核对")
    block = {
        "title": title, "issuer": doc.issuer, "doc_number": doc.doc_number, "region": region,
        "level": level, "year": year, "status": doc.status, "kind": doc.kind, "issued": doc.issued,
        "content_hash": doc.content_hash, "source": doc.source, "period": period, "period_quote": period_quote,
        "stacking_quote": (doc.stacking or {}).get("quote") or stacking_clause(doc, original),
    }
    if notes:
        block["interpretation"] = " ".join(notes)
    return block, notes


def _tiered(drafter: ClauseDrafter, members: list[dict], clause: str) -> Draft | None:
    """"营业收入首次突破5000万、1亿、5亿元的…, 分别给予60万、120万、300万元" → one tiered rule."""
    n = len(members)
    if any(m.get("form") not in ("fixed", "up_to") for m in members):
        return None
    text = normal(clause)
    awards = [_dec(m["amount_yuan"]) for m in members]
    first = drafter.award_position(text, members[0], 0)
    head = text[:first]
    tier_word = _TIER_WORD.search(head)
    if not tier_word or (n == 1 and "首次" not in tier_word.group(0)):
        return None  # one award: a plain threshold, unless "首次突破" (only the first time it is reached)
    thresholds = [a for a in find_amounts(head) if a.span[0] >= tier_word.start()
                  and _dec(a.value) not in {_dec(x) for x in awards}]
    upper = None  # "首次达到2000万元(含)至5000万元(不含)的": one band, first reached, closed above
    if n == 1 and len(thresholds) == 2 and (op := range_upper(head, thresholds[0], thresholds[1])):
        upper, thresholds = (op, thresholds[1]), thresholds[:1]
    if len(thresholds) != n:
        return None
    hits = lexicon().find("bases", head[:tier_word.end() + 1] + head[tier_word.start():thresholds[0].span[0]])
    d = drafter.draft(members[0], clause, (0, n), tiered=True)
    base = hits[-1].entry.data["fact"] if hits else None
    prior_max = hits[-1].entry.data.get("prior_max") if hits else None
    tiers = [{"at_least_yuan": _yuan(t.value), "amount_yuan": _yuan(a)} for t, a in zip(thresholds, awards)]
    f: dict = {"form": "tiered", "base": base or "fin.unmapped_base_yuan", "tiers": tiers}
    if "首次" in tier_word.group(0):
        if prior_max:
            f["first_time_prior"] = prior_max
        else:
            d.notes.append("“首次”达到: 画像没有该基数的以前年度最高值, 未编码首次条件")
    if base is None:
        note = "分档基数不在词表中: 请改为画像中的金额字段"
        d.conditions.append({"needs_review": note})
        d.notes.append(note)
    if members[0].get("form") == "up_to":
        d.notes.append("分档金额为“最高”: tiered 按确定金额计, 请核对")
    d.notes.append(f"分别给予的{n}档金额编为一条分档规则(只取达到的最高档)" if n > 1 else
                   "“首次突破”: 编为一档的分档规则(以前年度已达到则不再奖励)")
    d.formula = f
    d.conditions = [c for c in d.conditions if not (isinstance(c, dict) and c.get("fact") == base)]
    if upper and base:
        d.conditions.append({"fact": base, upper[0]: _yuan(upper[1].value)})
        d.notes.append(f"区间上限「{format_yuan(_yuan(upper[1].value))}」按{'不含' if upper[0] == 'lt' else '含'}本数起草({upper[0]})")
    if base:  # the tiers' base is what the award depends on: the trigger is mapped after all
        d.conditions = [c for c in d.conditions if not str(c.get("needs_review", "")).startswith("触发条件")]
        d.notes = [n for n in d.notes if not n.startswith("触发条件")]
    return d


def draft_document(doc: Any, original: str | None = None) -> dict:
    """The rule file (dict) for one read document. `original`: the source file's text, so quotes
    can be widened and checked verbatim."""
    lex = lexicon()
    drafter = ClauseDrafter(lex)
    block, _ = header(doc, original)
    incentives = [_as_dict(p) for p in doc.provisions if _as_dict(p).get("kind") == "incentive"]
    if not incentives and original and not doc.articles and not doc.points:
        from zhengce.rules.draft.fallback import paragraph_incentives
        incentives = paragraph_incentives(doc, original)  # the reader found no structure: read paragraphs
    if not incentives:
        raise InputError(f"{doc.id}: 没有找到给予金额或比例的奖励条款, 不是可起草的扶持政策")
    bounds = tuple(doc.span) if getattr(doc, "span", None) else (0, len(original or ""))
    lists: list[tuple[str, list[dict]]] = []
    for p in incentives:
        p = own_part(p, lists[-1][1][0] if lists else None, original)
        key = p.get("quote") or ""
        if lists and lists[-1][0] == key and lists[-1][1][0].get("span") == p.get("span"):
            lists[-1][1].append(p)
        else:
            lists.append((key, [p]))
    drafts: list[Draft] = []
    alternatives: list[list[Draft]] = []
    previous: tuple[str, dict, str] | None = None
    for quote, members in lists:
        clause = widen(original, members[0].get("span"), quote, bounds)
        numbers = {_dec(m[k]) for m in members for k in ("amount_yuan", "cap_yuan") if m.get(k) is not None}
        numbers |= {_dec(v) for m in members for k, v in (m.get("per_unit") or {}).items()
                    if k.endswith("_yuan") and v is not None}
        clause = extend_to_numbers(original, clause, numbers, bounds)
        # "…营收首次达到2000万元(含)至5000万元(不含)的,奖励30万元;达到5000万元(含)及以上的,奖励50万元":
        # the second clause's subject is the first's; it is read with it, its quote stays its own
        shared = continuation(previous, clause, members[0], original, bounds)
        read = shared + clause
        follows = previous is not None and previous[1].get("article") == members[0].get("article") \
            and bool(original) and adjacent(previous[0], clause, original, bounds)
        previous = (clause, members[0], shared)
        tier = _tiered(drafter, members, read)
        if tier is not None:
            tier.quote = clause
            drafts.append(tier)
            continue
        siblings = frozenset(_dec(v) for m in members for v in (m.get("amount_yuan"), m.get("cap_yuan"))
                             if v is not None)
        group = [drafter.draft(p, read, (k, len(members)), siblings=siblings) for k, p in enumerate(members)]
        close_bands(group)  # "1000万元以上、3000万元以上…的, 分别给予…": bands, rising or falling
        for d in group:
            d.quote = clause
            if drafts and drafts[-1].article == d.article:
                same_title(d, drafts[-1], clause)
                if follows and len(group) == 1:
                    close_band(drafts[-1], d)
                if len(group) == 1 and (follows or clause in drafts[-1].quote):
                    growth_points(drafts[-1], d, members[0])
        for d, p in zip(group, members):
            m = re.search(r"/s(\d+)/a\d+$", p.get("citation") or "")
            d.section = int(m.group(1)) if m else None  # type: ignore[attr-defined]
        drafts += group
        if len(group) > 1 and "或" in normal(clause):
            alternatives.append(group)
    # a 征求意见稿 gets "<year>d" (as hand-written ids do), so draft and final of one policy load together
    slug, year = place_slug(block["region"]), f"{block['year']}{'d' if block['status'] == 'draft' else ''}"
    rules, per_article = [], {}
    sections_of: dict = {}
    for d in drafts:
        if d.article is not None and getattr(d, "section", None) is not None:
            sections_of.setdefault(d.article, set()).add(d.section)  # type: ignore[attr-defined]
    restarts = _numbers_restart(doc) or any(len(v) > 1 for v in sections_of.values())
    for d in drafts:
        art = d.article if d.article is not None else _label_before(original, d.quote, bounds)
        per_article[art] = per_article.get(art, 0) + 1
        where = f"a{art:02d}" if isinstance(art, int) else "p"
        rid = f"{slug}-{year}-{where}-{per_article[art]}"
        rule = {"id": rid, "article": art, "quote": d.quote, "beneficiary": d.beneficiary, "trigger": d.trigger,
                "conditions": d.conditions, "formula": d.formula, "review": "pending",
                "review_notes": d.notes or ["请核对触发条件、金额与条款原文一致"]}
        if restarts and getattr(d, "section", None) is not None:
            rule["section"] = d.section  # type: ignore[attr-defined]  # article numbers restart per section
        rules.append(rule)
        d.rule = rule  # type: ignore[attr-defined]
    groups = _stacking(drafts, alternatives, block, slug, year)
    return {"document": block, "stacking_groups": groups, "rules": rules}


def _numbers_restart(doc) -> bool:
    """Whether article numbers restart in each section (then an article number needs its section)."""
    seen = set()
    for sec in getattr(doc, "sections", None) or []:
        for a in sec.articles:
            if a.no in seen:
                return True
            seen.add(a.no)
    return False


def _stacking(drafts: list[Draft], alternatives: list[list[Draft]], block: dict, slug: str, year) -> dict:
    groups: dict[str, dict] = {}

    def add(members: list[Draft], quote: str, note: str, cap=None) -> None:
        members = [m for m in members if "stacking" not in m.rule]  # type: ignore[attr-defined]
        if len(members) < 2:
            return
        gid = f"{slug}-{year}-s{len(groups) + 1}"
        groups[gid] = {"mode": "best", "quote": quote, "note": note} if cap is None else \
            {"mode": "cap", "cap_yuan": cap, "quote": quote, "note": note}
        for m in members:
            m.rule["stacking"] = gid  # type: ignore[attr-defined]
            m.rule["review_notes"].append(  # type: ignore[attr-defined]
                f"与同组规则从高不重复享受({gid}), 请核对是否同一事项" if cap is None else
                f"与同组规则合计不超过{format_yuan(cap)}({gid}), 请核对")

    for d in drafts:  # "给予3万元奖励,在此基础上,…每增加一个百分点追加0.5万元,每家企业每年奖励不超过30万元"
        if getattr(d, "shared_cap", None):
            first, cap, quote = d.shared_cap  # type: ignore[attr-defined]
            add([first, d], quote, "基础奖励与按增速追加的奖励合计封顶。", cap)

    for group in alternatives:  # "按售价15%或20%(一级能效)": one item gets one of the rates
        conds = [{repr(c) for c in g.conditions} for g in group]
        if any(a < b or b < a for i, a in enumerate(conds) for b in conds[i + 1:]):
            add(group, group[0].quote, "同一条款以“或”并列的比例, 同一事项只享受其一(取高)。")
    # "在境内主板上市的, 给予800万元; 在北京证券交易所上市的, 给予500万元": awards of one article on exactly
    # the same conditions differ by something the profile cannot say — one of them pays (the highest)
    same: dict[tuple, list[Draft]] = {}
    for d in drafts:
        conds = repr(d.conditions)
        if d.conditions and "needs_review" not in conds and d.formula.get("form") in ("fixed", "up_to"):
            same.setdefault((d.article, conds), []).append(d)
    for members in same.values():
        # each with its own clause and subject ("…主板上市的" / "…北京证券交易所上市的"), not one subject's
        # several awards ("给予20万元奖励, 并给予最高100万元资助": both pay)
        if len({m.quote for m in members}) == len(members) and len({m.trigger for m in members}) == len(members):
            add(members, members[0].quote, "同一条款中条件相同、金额不同的奖励: 画像无法区分, 按其一(取高)起草, 请核对。")
    stacking_quote = block.get("stacking_quote")
    if stacking_quote:
        by_concept: dict[tuple, list[Draft]] = {}
        for d in drafts:
            if d.concepts and d.formula.get("form") in ("fixed", "up_to"):
                by_concept.setdefault(d.concepts, []).append(d)
        for concepts, members in by_concept.items():
            if len({repr(m.conditions) for m in members}) > 1:
                label = "、".join(lexicon().label(c) for c in concepts)
                add(members, stacking_quote, f"同一称号({label})的不同级别或情形, 从高不重复享受。")
    return groups


def amount_numbers(rule: dict) -> set[Decimal]:
    """Every money amount a drafted formula states (for comparisons)."""
    f = rule["formula"]
    out = {_dec(f[k]) for k in ("amount_yuan", "cap_yuan", "unit_yuan", "award_yuan") if f.get(k) is not None}
    for t in f.get("tiers", []):
        out |= {_dec(t["at_least_yuan"]), _dec(t["amount_yuan"])}
    return out
