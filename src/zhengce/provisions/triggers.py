"""What an award rewards and who receives it: the trigger phrase (对… before the amount), its
list split and paired with a list of amounts (分别), and the beneficiary kind from its head noun."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.clauses import clauses

_NOT_DUI = re.compile(r"对(?:接|标(?!杆)|外|照|象|于我|比|话|口|称|应|等|冲)")  # (but "对标杆企业": 对 the benchmark firms)


_PAYER_TAIL = re.compile(r"[,,]\s*(?:[省市区县]级?财政|[省市县区]、[市区县]两级(?:财政)?|原则上|再|另|各|均|每家|每户|每个|获得?|人民币"
                         r"|奖励|补助|补贴|资助|奖补|每户企业|每家企业)+\s*$")


def trigger_for(sent: str, pos: int) -> str:
    """The condition the award rewards: the 对… phrase before it, else the clause before it."""
    head = sent[:pos]
    if sent.count("|") >= 2:
        # a table row: the first cell names what is rewarded ("列入…项目|工业企业|定额类补助|10万元")
        cells = [c.strip() for c in sent.split("|")]
        first = next((c for c in cells if c), "")
        cell_start = head.rfind("|") + 1
        # the label before this amount in its cell: "国家级500万元省级100万元" → 省级
        label_from = max(cell_start, head.rfind("元") + 1)
        level = re.search(r"([^\d|]{1,8}?级)$", sent[label_from:pos])
        if first and first not in sent[cell_start:pos + 1]:
            if not level:
                return first
            # "国家级、省级、某某市级智能制造重点项目" at 省级 → "省级智能制造重点项目"
            return level.group(1) + re.sub(r"^(?:[^、,|]{1,6}级[、和及])*[^、,|]{1,6}级", "", first)
    # the last 对 that starts an object phrase (not 对接, 对标, 对外 ...)
    cands = [m.start() for m in re.finditer("对", head) if not _NOT_DUI.match(head, m.start())]
    if cands:
        t = head[cands[-1] + 1:]
        t = re.split(r"给予|给与|予以|按照|按|,分别|分别|,?一次性", t)[0]
    else:
        cs = clauses(head)
        t = head[cs[-1][0]:cs[-1][1]] if cs else ""
        t = re.split(r"最高|不超过|给予|分别|按照|按|每家|单个|一次性|均可|均|皆可|可获|可享受", t)[0]
        t = re.sub(r"^\s*(?:原则上|其中)", "", t)  # an adverb opening the clause names nothing
        if len(t.strip()) < 2 and len(cs) > 1:
            t = head[cs[-2][0]:cs[-2][1]]
    t = re.sub(r"(?:奖励|补助|补贴|资助|奖补)(?:每家|每个|每项|每户|每人)?$", "", t.strip(" ,的"))  # "高企奖励每家10万元"
    t = re.sub(r"^(?:于|支持|鼓励)", "", t.strip(" ,的"))
    t = re.sub(r"(?<=\S{2})(?:最高不超过|最高|最多|不超过)(?:可)?$", "", t)  # "对某某企业最高奖励…": the bound is no part of who
    # the paying government is not the trigger: "区财政给予…", "市、区两级对…"
    t = re.sub(r"^(?:[省市区县]级?财政|[省市区县]、[市区县]两级|[省市区县]本级)", "", t)
    # what is left after the condition's comma when it only says who pays or how ("…的企业,各",
    # "…项目,市财政", "…企业,奖励人民币", "…企业,每家获"): not part of the trigger
    cut = _PAYER_TAIL.sub("", t)
    if len(cut.strip(" ,的")) >= 2:
        t = cut
    if len(t.strip(" ,的")) < 2:
        # "区财政给予企业80%的保费补助", "给予经认定的样本企业20万元/家奖励": the one given to
        m = re.search(r"(?:给予|给与|予以)((?:(?!最高|不超过|按|分别|一次性)[^,;。])+?)(?:最高|不超过|按照|按|分别|一次性)*$",
                      head)
        if m and len(m.group(1)) >= 2:
            t = m.group(1)
    t = _with_shared_condition(head, t.strip(" ,的"))
    # (not its article's number or label: "第三条", "二、", "(四)", "3.")
    return re.sub(r"^(?:第[一二三四五六七八九十百\d]+条|[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[.、])",
                  "", t.strip(" ,的")).strip(" ,的") or ""


GRADE = re.compile(r"(?:[特一二三四五]等|[金银铜]|优秀|特别|提名)奖")


def _with_shared_condition(head: str, t: str) -> str:
    """"获得某某奖的,一等奖奖励50万元,二等奖奖励40万元": a grade alone says which prize of the
    condition the list shares, stated once before it."""
    if not GRADE.fullmatch(t):
        return t
    for s, e in reversed(clauses(head)):
        c = head[s:e].strip(" ,")
        if c.endswith("的") and not GRADE.match(c):
            c = re.sub(r"^(?:第[一二三四五六七八九十百\d]+条|[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十\d]{1,3}[))]|"
                       r"\d{1,2}[.、])", "", c)
            c = re.sub(r"^对", "", c).removesuffix("的")
            return c + t if 2 <= len(c) <= 40 else t
    return t


def split_list(text: str) -> list[str]:
    parts = [p for p in re.split(r"、|和|及|与|或", text) if p]
    return parts


_LEVEL = r"(?:国家|全国|省|全省|市|全市|区|县|国际|部|省部)级?"


def _pair_levels(parts: list[str]) -> list[str] | None:
    """"孵化器获国家、省、市年度绩效考核优秀" → 孵化器获国家年度…, 孵化器获省年度…, 孵化器获市年度…:
    a list of level words shares what stands before the first and after the last."""
    first = re.search(_LEVEL + "$", parts[0])
    last = re.match(_LEVEL, parts[-1])
    if not first or not last or not all(re.fullmatch(_LEVEL, p) for p in parts[1:-1]):
        return None
    prefix, suffix = parts[0][:first.start()], parts[-1][last.end():]
    levels = [first.group(0)] + parts[1:-1] + [last.group(0)]
    if not suffix:
        return None
    return [prefix + lvl + suffix for lvl in levels]


_KIND_NOUN = (r"(?:企业|公司|中心|冠军|项目|平台|基地|园区|实验室|研究院|机构|单位|称号|产品|品牌|名牌|团队|工作站|集群|试验区|先行区|街区|景区|"
              r"孵化器|众创空间|示范区|示范点|工厂|车间|小镇|示范村|合作社|农场|商圈|小巨人”?)$")
_VERB_PREFIX = re.compile(r"^(?:获得|获评|获批|获|被认定为|认定为|新认定为?|首次认定为?|成功申报|成功培育|新培育|评为|入选)")


def _names_kind(part: str) -> bool:
    # (or a place: "A区、B县和C县每家奖励N万元", each place's own top-up)
    return bool(re.search(_KIND_NOUN, part) or re.fullmatch(r".{0,8}“[^“”]{2,12}”|[\u4e00-\u9fff]{2,6}[市县区旗]", part))


def list_members(trigger: str) -> list[str] | None:
    """"获得国家级制造业创新中心、“单项冠军”和专精特新“小巨人”企业" → one trigger per recognition,
    when one amount rewards each of several kinds named in a list (each ends in a kind of thing
    rewarded); None for a single condition or for a list that describes one thing ("…等投入"). A
    list of five kinds or more sharing one sum is a class (any of them earns it, as the reading set
    reads such lists 3 times of 3), not one award per kind: None too."""
    core = re.sub(r"\([^()]*\)", "", trigger).strip(" ,的")
    if re.search(r"等|分别|同时|并且|且|以及|及其|其中", core):
        return None
    pieces, depth, cur = [], 0, ""
    for ch in core:
        depth += ch in "“《"
        depth -= ch in "”》" and depth > 0
        if depth == 0 and ch == "或":
            return None
        if depth == 0 and ch in "、和":
            pieces.append((cur, ch))
            cur = ""
        else:
            cur += ch
    pieces.append((cur, ""))
    # a 和 inside a member ("文化产业和旅游产业融合发展示范区"): a piece that names no kind goes on
    # into the next one
    parts, cur = [], ""
    for text, sep in pieces:
        cur += text
        if sep and sep != "、" and not _names_kind(cur.strip()):
            cur += sep
            continue
        parts.append(cur)
        cur = ""
    if cur:
        parts.append(cur)
    parts = [p.strip() for p in parts]
    if not 2 <= len(parts) <= 4 or any(not p or len(p) > 30 or re.search(r"[,,;;]", p) for p in parts):
        return None
    if not all(_names_kind(p) for p in parts):
        return None
    verb = _VERB_PREFIX.match(parts[0])
    prefix = verb.group(0) if verb else ""
    return [parts[0]] + [p if _VERB_PREFIX.match(p) else prefix + p for p in parts[1:]]


def clause_alternatives(trigger: str) -> list[str] | None:
    """"入选全国百强的,或新晋5A级的,或新认定为示范企业的": conditions in clauses of their own,
    any one of which earns the award — one award each, a maximum included (each kind may get it)."""
    core = re.sub(r"\([^()]*\)", "", trigger).strip(" ,的")
    alts = [a.strip(" ,的") for a in re.split(r"的\s*[,,]\s*或者?", core)]
    if len(alts) >= 2 and all(2 <= len(a) <= 40 and not re.search(r"[,,]", a) for a in alts):
        return alts
    return None


def pair_triggers(trigger: str, n: int) -> list[str]:
    """国家级、省级科技企业孵化器 + 2 amounts -> 国家级科技企业孵化器, 省级科技企业孵化器."""
    core = re.sub(r"\([^)]*\)", "", trigger)
    parts = split_list(core)
    if len(parts) != n:
        return [trigger] * n
    levels = _pair_levels(parts)
    if levels:
        return levels
    first, last = parts[0], parts[-1]
    out = []
    for i, p in enumerate(parts):
        q = p
        if i < n - 1 and len(p) < len(last) and p[-1:] and p[-1] in last:  # share the head noun
            q = p + last[last.index(p[-1]) + 1:]
        if i > 0 and len(p) < len(first) and first.endswith(p[-1:]) and len(first) > len(p):
            q = first[:len(first) - len(p.rstrip("的"))] + q  # share the leading phrase
        out.append(q.strip("的"))
    return out


_BENEFICIARY = [
    ("individual", r"消费者|居民|个人|购买|购置|以旧换新|换新|/辆|/件|家庭|农户|人才(?!团队)|毕业生|职工|消费券|消费满|满\d+元减"),
    ("team", r"团队"),
    ("platform", r"实验室|技术创新中心|研究中心|创新中心|孵化器|众创空间|产业园|园区|基地|工作站|工作室|平台|载体|"
                 r"中心"),
    ("institution", r"机构|银行|高校|院所|大学|学院|医院|单位|协会|学校|研究院"),
    ("project", r"项目|计划"),
    ("enterprise", r"企业|公司|商户|个体工商户|主体"),
]


def beneficiary_of(trigger: str, sentence: str) -> str:
    """The head noun of the trigger decides (Chinese noun phrases end with their head)."""
    best, best_end = None, -1
    for kind, pat in _BENEFICIARY:
        for m in re.finditer(pat, trigger):
            if m.end() > best_end or (m.end() == best_end and best == "platform" and kind == "institution"):
                best, best_end = kind, m.end()
    if best is None:
        for kind, pat in _BENEFICIARY:
            if re.search(pat, sentence):
                return kind
        return "other"
    if best != "individual" and re.search(r"以旧换新|换新|购买|/辆|/件", sentence + trigger):
        return "individual"
    return best


def quote_start(sent: str, pos: int) -> int:
    """Start of the quote: the clause holding 对… (the trigger), else the award's own clause."""
    cs = clauses(sent)
    idx = next((i for i, (s, e) in enumerate(cs) if s <= pos < e), len(cs) - 1)
    if cs and idx > 0 and GRADE.match(sent[cs[idx][0]:cs[idx][1]].strip(" ,")) \
            and not sent[cs[idx - 1][0]:cs[idx - 1][1]].rstrip(" ,").endswith("的"):
        return cs[idx][0]  # "…的,一等奖A,二等奖B": the later grades quote their own clause
    j = idx
    # (a band of a sum, "…以内的部分,按X%…", is the condition as much as "…的,")
    while j > 0 and not re.search(r"(?<![接标外照象])对|^[^,]*的(?:部分)?$", sent[cs[j][0]:cs[j][1]]) and idx - j < 2:
        j -= 1
    if not re.search(r"对|的(?:部分)?$", sent[cs[j][0]:cs[j][1]]):
        j = idx if idx - j >= 2 else j
    if cs and 0 < j and idx - j < 3 and re.match(r"\s*(?:且|并且|而且|同时)", sent[cs[j][0]:cs[j][1]]):
        j -= 1  # "…达N人以上(含N人),且持续满一年的,给予…": the condition's first half is the clause before
    return cs[j][0] if cs else 0
