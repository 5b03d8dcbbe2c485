"""Where a document says who issued it and when: a signature (an issuing body over its date, both on
one line, or run on at the end of the last paragraph) and a date line whose 年月日 were lost
("2013225"). The head reader (header.py) and the pipeline ask here."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.dates_text import date_splits

DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a 文号: "某政发〔2025〕3号", spaces and other brackets as pages print them
DOC_NO = r"[\u4e00-\u9fff]{1,14}[〔\[(]\s*\d{4}\s*[〕\])]\s*\d{1,4}\s*号"
DOC_NO_RE = re.compile(DOC_NO)
# a 文号 printed before a title it quotes ("某政办〔2020〕23号《某市人民政府办公厅印发…》"): no part of the issuer's name
DOC_NO_BEFORE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}[〔\[]\d{4}[〕\]]\s*\d{1,4}\s*号\s*《?")
_SIGNER_RE = re.compile(r"^(?:中共)?[\u4e00-\u9fff“”]{2,30}(?:人民政府|政府办公室|办公室|办事处|办公厅|委员会|管委会|管理委员会|"
                        r"领导小组|常委会|局|厅|委|部|办|中心|(?<=人民银行)[\u4e00-\u9fff]{2,12}(?:支行|分行))(?:(?:\s+|、)[\u4e00-\u9fff]{2,30})*$")


def iso(y, m, d) -> str | None:
    import datetime as dt
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


_GARBLED_DATE_RE = re.compile(r"^((?:19|20)\d{2})(\d{2,4})(?:印发|印)?$")


def date_of_line(text: str) -> str | None:
    """ISO date of a signature's date line: "2019年7月12日(印发)", or digits whose 年月日 were lost
    ("2013225", "202434") when only one month/day reading is a valid date."""
    t = text.strip().replace(" ", "")
    m = DATE_RE.match(t)
    if m and len(t) <= 16:
        return iso(*m.groups())
    m = _GARBLED_DATE_RE.match(t)
    if not m:
        return None
    y, rest = m.groups()
    readings = date_splits(int(y), rest)
    return iso(y, *readings[0]) if len(readings) == 1 else None


def tail_signature(texts: list[str]) -> tuple[str | None, str | None]:
    """(issuer, date) of a signature at the end: an issuing body's line over a date line, or both run
    on at the end of the last paragraph ("…合作协议模板某市科学技术局某年某月某日。")."""
    tail = [t.strip() for t in texts[-14:] if t.strip()]  # (a footer of page furniture may follow)
    for k in range(len(tail) - 1, 0, -1):
        date = date_of_line(tail[k])
        if date and _SIGNER_RE.match(tail[k - 1]) and len(tail[k - 1]) <= 40:
            # joint signers printed over several lines ("甲局、乙委员会" / "丙局" / date): all of them
            first = k - 1
            while first > 0 and _JOINT_LINE.fullmatch(tail[first - 1]) and _JOINT_LINE.fullmatch(tail[first]):
                first -= 1
            return "、".join(joint_signers(t) for t in tail[first:k]), date
    for k in range(len(tail) - 1, 0, -1):
        # the signer run on at the end of the last paragraph, its date opening the copy-to line
        # ("…附件:2.某某绩效目标表某某领导小组办公室" / "2023年5月19日抄送:区财政局…")
        copied = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:抄送|主送)", tail[k])
        if copied:
            end = re.search(r"([\u4e00-\u9fff]{4,40}(?:人民政府|办公室|办事处|办公厅|局|委员会|管委会))$", tail[k - 1])
            signer = _from_place(end.group(1)) if end else None
            if signer:
                return signer, iso(*copied.groups())
            break
    # a date line alone at the very end, its signer left off the page ("附件:" / "2020年5月6日")
    # (page furniture after it — "暂无评论", "热点信息" — is short lines)
    alone = next((d for k in range(len(tail) - 1, -1, -1) if (d := date_of_line(tail[k]))
                  and all(len(t) <= 12 for t in tail[k + 1:])), None)
    if len(tail) >= 2 and re.fullmatch(r"(?:19|20)\d{2}年\d{0,2}月?\d{0,1}", tail[-1]) \
            and (_SIGNER_RE.match(tail[-2]) or re.fullmatch(r"[\u4e00-\u9fff]{4,30}(?:工作站|服务站|事务所|中心)", tail[-2])) \
            and len(tail[-2]) <= 40 and _from_place(tail[-2]):
        return tail[-2], None  # an excerpt cut inside the signature's date ("某市某局" / "2023年2"): the signer stands
    # (on the last line, or above a source line the page adds: "来源:某某日报")
    last = len(tail) - 1 if not tail or not re.match(r"来源\s*[::]", tail[-1]) else len(tail) - 2
    for k in [last] if last >= 0 else []:
        line = tail[k]
        m = _RUN_ON_SIGNATURE.search(line)
        signer = _from_place(m.group(1)) if m else None
        if signer and len(m.group(1)) > 30 and len(_run_together(signer)) < 3:
            signer = _from_place(m.group(1)[-30:])  # (a long run is several signers sharing a place, or not a signature)
        # (the contacts on the line before when the signer opens its own line)
        before = line[:m.start(1)] if m and m.start(1) > 0 else tail[k - 1] if m and k >= 1 else ""
        if m and signer is None and before and not "\u4e00" <= before[-1] <= "\u9fff" \
                and re.search(r"(?:电话|邮箱|地址|传真)", before[-80:]):
            signer = m.group(1)  # after the contacts' numbers, a body whose place the gazetteer lacks: all of it
        if signer:  # the signer starts with its place: what stands before belongs to the sentence
            # (joint signers run together, "…某表某区甲局某区乙局某年某月某日": each body)
            return "、".join(_run_together(signer)), iso(*m.group(2, 3, 4))
    return None, alone


_BODY = r"[\u4e00-\u9fff]{2,30}?(?:人民政府|办公室|办事处|办公厅|委员会|管委会|局|厅)"
_JOINT_LINE = re.compile(rf"{_BODY}(?:、{_BODY})*")


def _from_place(run: str) -> str | None:
    """A run of characters ending in a body's name, cut where its place's name starts."""
    from zhengce.reading.regions import lookup, mentions  # (a lazy import: regions loads the gazetteer)
    # (an attachment's name run on before it, "附件:某某汇总表某市某局": the signer starts after it)
    run = re.split(r"(?:[汇总申报请登记统计览细配]表|承诺书|申请书|报告书|清单|名单|目录|docx?|xlsx?|pdf)(?=[\u4e00-\u9fff]{4})", run)[-1]
    # (or by its short name, the way a zone carries it: "某某综合实验区某局" of 某某县)
    starts = [i for r in mentions(run) if (i := run.find(r.name)) >= 0
              or (len(r.name) >= 3 and (i := run.find(r.name[:-1])) >= 0)]
    if not starts:
        # a zone named after its city's short name ("甲乙新区农业农村局", 甲乙 a city's short name): the zone is the place
        from zhengce.reading.placing import ZONE_RE
        starts = [z.start() for z in ZONE_RE.finditer(run)
                  if any((r := lookup(z.group(1)[:n])) is not None and r.level in ("city", "province") for n in (2, 3))]
    if not starts:
        return None
    first = min(starts)
    # (its city before it, "某市某区委…": the place written out starts there)
    first = next((first - n for n in (4, 3) if first >= n and (r := lookup(run[first - n:first])) is not None
                  and r.level in ("city", "province")), first)
    return run[first - 2:] if run[max(0, first - 2):first] == "中共" else run[first:]  # (the party's body: "中共某县委…办公室")


def inner_signature(text: str) -> tuple[str | None, str | None]:
    """(issuer, date) of a signature run into a flattened page's text, not at its end: a body named
    from its place, its date right after, then the attachments, a contact or the policy's text
    ("…附件:某某措施(征求意见稿)某市农业农村局2024年6月14日某某措施…")."""
    for m in _INNER_SIGNATURE.finditer(text):
        signer = _from_place(m.group(1))
        if signer and len(signer) >= 6:
            signers, at = _run_together(signer), m.start(1)
            # (joint signers, a space between each: "某区某局 某区某局2023年8月7日")
            while len(signers) < 5 and (j := _JOINT_BEFORE.search(text, max(0, at - 40), at)) \
                    and (other := _from_place(j.group(1))) == j.group(1):
                signers.insert(0, other)
                at = j.start(1)
            return "、".join(signers), iso(*m.group(2, 3, 4))
    return None, None


def _run_together(signer: str) -> list[str]:
    """Joint signers printed with the space between them lost ("某区甲局某区乙局"): each body, cut where
    the place it starts with starts again."""
    from zhengce.reading.regions import mentions
    # (the place it starts with, or the city before it: "某市某区甲局某市某区乙局")
    place = next((signer[:signer.find(n) + len(n)] for r in mentions(signer[:12]) for n in (r.name, r.name[:-1])
                  if len(n) >= 2 and 0 <= signer.find(n) <= 4), None)
    if place is None:
        return [signer]
    parts = re.split(rf"(?<=局|会|室|心|府|队)(?={re.escape(place)})", signer)
    return parts if all(len(x) > len(place) + 1 for x in parts) else [signer]


_JOINT_BEFORE = re.compile(rf"(?<![\u4e00-\u9fff])({_BODY})\s+$")


_INNER_SIGNATURE = re.compile(r"([\u4e00-\u9fff]{4,30}(?:人民政府|人民政府办公室|办事处|办公室|办公厅|局|委员会|管委会|服务中心))"
                              r"\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?=[((]联系|(?:相关)?附件|免责声明|版权(?:所有|声明)|责任编辑|[\u4e00-\u9fff]{2,30}(?:政策|措施|办法|细则|意见|方案)"
                              # (or the office's line of printing: "某局办公室 某年某月某日印发")
                              r"|(?:抄送[::][^。]{2,80}?)?[\u4e00-\u9fff]{4,30}(?:办公室|办公厅)\s*\d{4}年\d{1,2}月\d{1,2}日\s*印发)")
_RUN_ON_SIGNATURE = re.compile(r"([\u4e00-\u9fff]{4,150}(?:人民政府|人民政府办公室|办事处|办公室|办公厅|局|厅|委员会|管委会|中心))\s*"
                               r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:[((]此件[^()()]{2,8}[))])?[,,]?[。.]?(?:【[^【】]{2,6}】)*[。.]?$")


def date_before_attachments(texts: list[str]) -> str | None:
    """The date closing a notice whose attachments follow it ("二〇二一年三月五日" / "附件1:" / the form):
    the signature is not at the page's end then, the attachments are."""
    for k in range(len(texts) - 1):
        date = date_of_line(texts[k])
        if date and re.match(r"^附件\s*\d*\s*[::]", texts[k + 1].strip()):
            return date
        if date and k >= 2 and _SIGNER_RE.match(texts[k - 1].strip()) and len(texts[k - 1].strip()) <= 40 \
                and re.search(r"附件\s*\d*\s*[::]", texts[k - 2]):
            return date  # ("附件:某某申报书" / "某某局" / date / the form itself: signed below the attachments' names)
    return None


# an issuing body's name, as a joint signature or a page's issuer field lists them
BODY_RE = re.compile(r"(?:中共)?[\u4e00-\u9fff“”]{2,30}(?:人民政府|办公室|办事处|办公厅|委员会|管委会|局|厅|委|部|办|中心|银行|分行|支行)")
# a national body's local branch, named from the nation down ("中国人民银行某某支行"), signs beside a place's bodies
BRANCH_OF_NATION = ("中国人民银行", "国家税务总局", "国家金融监督管理总局")


def joint_signers(signer: str) -> str:
    """Joint signers on one line, "某市甲局 某市乙局" or run together "某市甲局某市乙局": each body
    named, joined with 、 (each starts with the first one's place)."""
    parts = signer.split()
    if len(parts) == 1 and (place := re.match(r"(?:中共)?([\u4e00-\u9fff]{2,8}?[省市县区])", signer)):
        cuts = [i for i in range(1, len(signer))
                if signer.startswith((place.group(1), *BRANCH_OF_NATION), i) and signer[i - 1] in "局厅委办府室会心"]
        parts = [signer[a:b] for a, b in zip([0, *cuts], [*cuts, len(signer)])]
    return "、".join(parts) if len(parts) > 1 and all(BODY_RE.fullmatch(p) for p in parts) else signer


# the places a body's name opens with, the whole run: "某市某区" of "某市某区某局"
PLACE_RUN = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?[省市县区])+")


def shared_place(body: str) -> list[str]:
    """"某区甲局乙局丙局": bureaus of one place run together under its name once → each with the place
    ([body] when it is one body: "某市公安局交通管理局" is a bureau's own branch, "某新区管理委员会某局" the zone's)."""
    place = PLACE_RUN.match(body)  # (the whole place: "某市某区")
    if not place:
        return [body]
    rest = body[place.end():]
    parts = re.findall(r"[\u4e00-\u9fff]{2,10}?(?:局|委员会)", rest)
    if len(parts) < 2 or "".join(parts) != rest or parts[0].startswith("公安") or parts[0].endswith("管理委员会") \
            or any(p.endswith("总局") for p in parts):
        return [body]
    return [place.group(0) + p for p in parts]


def field_body(value: str | None) -> str | None:
    """The issuer a page's field names, or None when the field holds no body's name: "发布单位:83102" (a
    database's code), "发布机构:中国某某" (the site's name); joint issuers spaced apart come back joined
    with 、 ("发文部门:某某市工业和信息化局 某某市财政局")."""
    value = split_joint(value)
    if not value or not re.search(r"[\u4e00-\u9fff]", value):
        return None
    if not re.search(r"\s", value):
        return value if re.search(r"(?:政府|办公室|办公厅|委员会|管委会|委|局|厅|办|院|中心|部|署|会|社|行|所|处|站|团)"
                                  r"(?:\([^()]*\))?$", value) else None
    parts = value.split()  # anything else in a spaced field is not joint issuers
    return "、".join(parts) if len(parts) <= 4 and all(BODY_RE.fullmatch(p) for p in parts) else None


def split_joint(value: str | None) -> str | None:
    """"某某市工业和信息化局某某市财政局" (the space between joint issuers lost) → "某某市工业和信息化局 某某市财政局"."""
    if not value or re.search(r"\s", value):
        return value
    m = re.match(r"[\u4e00-\u9fff]{2,8}?[省市县区州]", value)
    if m:
        parts = re.split(r"(?<=[局委厅办府室心])(?=" + re.escape(m.group(0)) + ")", value)
        if len(parts) > 1 and all(BODY_RE.fullmatch(p) for p in parts):
            return " ".join(parts)
    return value


# a title's notes on the line under it: "(某年某月某日)", "(某发〔某年〕N号,某年某月某日印发)", the date first,
# and "某发〔某年〕N号  某年某月某日" without brackets
DATED_LINE_RE = re.compile(r"[((]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:[\u4e00-\u9fff]{0,20}(?:通过|印发|发布))?\s*[))]")
NOTED_RE = re.compile(r"[((]\s*(?P<no>" + DOC_NO + r")\s*[,,;;]?\s*(?:(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)?\s*"
                      r"(?:印发|发布|签发)?\s*[))]")
# ("(某年某月某日某市人民政府某政规〔某年〕3号文发布 某年某月某日废止)": a rules library's note, its issuer between)
NOTED_DATE_FIRST_RE = re.compile(r"[((]\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
                                 r"(?:[\u4e00-\u9fff]{0,12}?(?:通过|公布|发布|印发)\s*"
                                 r"|(?P<by>[\u4e00-\u9fff]{2,20}?(?:人民政府(?:办公室|办公厅)?|委员会|局|厅)))?[,,]?\s*(?P<no>" + DOC_NO + r")\s*"
                                 r"文?(?:公布|发布|印发)?\s*(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:废止|失效|修订|修正|修改))?\s*[))]")
NUMBER_AND_DATE_RE = re.compile(r"(" + DOC_NO + r")\s*" + DATE_RE.pattern)
