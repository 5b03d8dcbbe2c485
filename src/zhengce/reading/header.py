"""The head of a document as users get it: page chrome, labelled page fields, the title.

A document copied from a government site starts with the site's chrome (breadcrumbs, 索引号,
发布日期, 浏览次数, share buttons), may carry its metadata as labelled fields (发文字号:…,
发布机构:…, 成文日期:…, the value on the same line or the next), a covering notice (…印发给你们),
a signature (issuing body over a date), and the policy's own heading. Each line of the head is
classified by its form — never by naming a site or a place — so the title survives while the
chrome goes, and the fields give 文号, issuer and date.
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass, field

from zhengce.reading.kinds import REPLY_RE
from zhengce.reading.chrome import BREADCRUMB_RE, CRUMBS_RUN_ON, TABS_RE, advert, byline_fields, is_chrome, nav_link, page_stamp
from zhengce.reading.leads import (_COVER_SENTENCE_RE, _NEWS_END_RE, BODY_LEAD_RE, DATED_BODIES_RE, LOST_BRACKET_LEAD_RE,
                                   NOTICE_PUT_OUT_RE, UNBRACKETED_LEAD_RE,  # noqa: F401
                                   NEWS_LEAD_RE, TITLE_FIRST_LEAD_RE, lead_bodies, quoted_text, signers)
from zhengce.reading.signature import (DATE_RE, DOC_NO, DOC_NO_BEFORE_NAME, DOC_NO_RE, _SIGNER_RE, date_of_line, iso, joint_signers,  # noqa: F401
                                       DATED_LINE_RE, NOTED_RE, NOTED_DATE_FIRST_RE, NUMBER_AND_DATE_RE)
from zhengce.reading.numbering import marker
from zhengce.reading.fields import (_BARE_LABEL_RE, _BULLET, _FIELD_RE, _FIELDS, ATTACHMENT_MARK, BUREAU_LINE, ISO_DATE_RE,
                                     all_fields, field_of, piped_fields, spaced_fields, under_title)
from zhengce.reading.titles import (_ADDRESSEE_RE, _QUESTION, DOC_TYPE, cover_title, split_title_doc_number,  # noqa: F401
                                    strip_aggregator, title_like, unquote, _notice_subject)


_LABELLED_NO = re.compile(r"(?:文\s*号|字\s*号|文件编号)\s*[::]?\s*(" + DOC_NO + ")")
_BRACKETED_NO = re.compile(r"(?:通知|意见|办法|细则|政策|措施|方案)\s*[((](" + DOC_NO + r")[))]")
_DAMAGED_NO = re.compile(r"([\u4e00-\u9fff]{1,12}[发办字函规])〔((?:19|20)\d\d)(\d{1,4})")
_GOV_BODY_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民政府|人民政府办公室|人民政府办公厅|政府办公室|管理委员会)$")
_PUBLIC_RE = re.compile(r"^[((](?:此件|本件)[^()()]{0,10}[))]$")


@dataclass
class Head:
    """What the head of a document says, and where its body starts."""

    start: int = 0  # first line of the document proper (news lead-in and chrome before it dropped)
    body: int = 0  # first line after the heading (preamble or first numbered item)
    heading: int | None = None  # line index of the policy's own heading
    heading_text: str | None = None  # its text, with a suffix line such as "(2025年版)" appended
    fields: dict[str, str] = field(default_factory=dict)
    cover: list[str] = field(default_factory=list)  # titles a covering notice names (印发《Y》的通知)
    cover_issuers: list[str] = field(default_factory=list)
    signer: str | None = None
    signed: str | None = None  # ISO date under the signature
    dated: str | None = None  # a date standing alone in the head (a signature without its signer)
    doc_number: str | None = None
    repaired_number: str | None = None  # the damaged 文号 as printed, when doc_number was rebuilt from it
    chrome: set[int] = field(default_factory=set)
    bodies: list[str] = field(default_factory=list)  # government bodies named alone on a head line (site header)
    reconstructed: bool = False
    guessed: bool = False  # the heading was taken by its place on the page, not by its form
    run_on: bool = False  # the heading's line goes on with the body


def _addressed(texts: list[str], k: int) -> bool:
    for j in range(k + 1, min(k + 3, len(texts))):
        t = texts[j].strip()
        if _ADDRESSEE_RE.match(t):
            return True
        if t and not re.match(DOC_NO, t):
            return False
    return False


# a sum per unit measured or counted ("800元/亩", "10元/羽")
UNIT_SUM = re.compile(r"\d[\d.]*\s*万?元\s*/\s*[\u4e00-\u9fff]")
# a line stating a sum of money awarded or granted, or so much per unit
_STATES_SUMS = re.compile(r"(?:给予|奖励|补助|补贴|资助|奖补)[^。;\n]{0,12}?\d[\d.]*\s*(?:万元|元|亿元)|" + UNIT_SUM.pattern)


def read_head(texts: list[str], body_limit: int) -> Head:
    """Classify the lines before `body_limit` (the first numbered item) and find the heading."""
    head = Head()
    limit = min(body_limit, len(texts))
    # a news lead-in ends with "原文如下:" / "文件详情如下:"
    for i, t in enumerate(texts[:40]):  # (past a report's own numbered points when a title follows: "1.…" / "原文如下:" / "关于…的通知")
        if _NEWS_END_RE.search(t) and sum(len(x) for x in texts[i + 1:]) >= 300 and (i < limit or title_like(
                next((x.strip() for x in texts[i + 1:i + 4] if x.strip()), ""))):
            head.start = i + 1  # (a page cut just after "原文如下:" is read for its report instead)
            for above in texts[:i]:
                if stamp := page_stamp(above.strip()):
                    head.fields.setdefault("published", stamp)
                for name, value in all_fields(above.strip()):  # (the report's own "发表时间:…" row)
                    if name == "published" and ISO_DATE_RE.search(value):
                        head.fields.setdefault("published", value)
            title, who = quoted_text(texts, i)
            head.cover.extend([title] if title else [])
            head.cover_issuers.extend([who] if who else [])
    i = head.start
    pending_label: str | None = None
    title_lines: list[int] = []
    body_seen = None
    while i < limit:
        t = texts[i].strip()
        if _GOV_BODY_RE.match(t):
            head.bodies.append(t)
        # (or run into the outlet's name, spaces lost: "来源:某某日报2020-01-02 08:30")
        for key, value in byline_fields(t).items():
            head.fields.setdefault(key, value)
        red = re.search(r"(?:^|\|)\s*([^|\s]{2,30}?(?:委员会|管委会|人民政府|人民政府办公室|办公室|办公厅|局))文件$", t)
        if red:  # a red-headed document's masthead: "…管理委员会文件" names the issuer
            head.fields.setdefault("issuer", red.group(1))
        if head.doc_number is None:
            m = _LABELLED_NO.search(t) or _BRACKETED_NO.search(t)
            if m:  # "文号 南政发〔2025〕8号 主题词", "…的通知(鄞政发〔2016〕42号)"
                head.doc_number = re.sub(r"\s+", "", m.group(1))
            elif damaged := _DAMAGED_NO.fullmatch(t):  # "某经信发〔202412": 〕 and 号 lost on the way
                head.doc_number = f"{damaged.group(1)}〔{damaged.group(2)}〕{damaged.group(3)}号"
                head.repaired_number = t
        if pending_label is not None:
            dated_line = pending_label not in ("issued", "published", "effective") and date_of_line(t)
            dated_line = dated_line or (pending_label != "doc_number" and DOC_NO_RE.fullmatch(t) is not None)  # ("来源:" over a 文号)
            if field_of(t) is None and not is_chrome(t) and not title_like(t) and len(t) <= 60 and "。" not in t \
                    and not dated_line:  # ("附件:" over the signature's date: no attachment's name)
                if not re.match(r"[\u4e00-\u9fff]{2,6}[::]", t):  # ("文号:" empty over "生效时间:某日": another field)
                    head.fields.setdefault(pending_label, t)
                head.chrome.add(i)
                pending_label = None
                i += 1
                continue
            pending_label = None
        fields = (all_fields(t) if _FIELD_RE.match(_BULLET.sub("", t)) else piped_fields(t) if "|" in t
                  else spaced_fields(t))
        bare = _BARE_LABEL_RE.match(_BULLET.sub("", t))
        if fields and len(t) > 40 and "。" in t and re.match(r"(?:\d{1,2}、)?附件", t):
            fields = []  # "附件:某某措施(征求意见稿)为…,制定本措施。第一条…": the text itself, led by a label
        if fields or bare:
            head.chrome.add(i)
            if bare and not (ATTACHMENT_MARK.fullmatch(t) and (head.signed or head.dated)):
                pending_label = _FIELDS[bare.group(1)]
            for name, value in fields:
                if value:
                    head.fields.setdefault(name, value)
                elif len(fields) == 1:
                    pending_label = name
            i += 1
            continue
        if (is_chrome(t) and (advert(t) or not title_like(t))) or BREADCRUMB_RE.match(t) or TABS_RE.fullmatch(t) or nav_link(texts, i):
            head.chrome.add(i)
            i += 1
            continue
        m = DATE_RE.match(t)
        if m and len(t) <= 24:
            if i > 0 and _SIGNER_RE.match(texts[i - 1].strip()) and head.signed is None:
                # joint issuers signing one per line, stacked above the one date
                k = i - 1
                while k > 0 and i - k < 16 and _SIGNER_RE.match(texts[k - 1].strip()) and not title_like(texts[k - 1]):
                    k -= 1
                head.signer = "、".join(joint_signers(texts[j].strip()) for j in range(k, i))
                head.signed = iso(*m.groups())
            elif i > 0 and head.signed is None and (run := re.search(r"[,,。]([^,,。]{4,30})$", texts[i - 1].strip())) \
                    and _SIGNER_RE.match(run.group(1)):
                # a spliced page: "…发展,某某区人民政府" / the date — the signer ends the line above
                head.signer, head.signed = run.group(1), iso(*m.groups())
            elif head.signed is None and head.dated is None:
                head.dated = iso(*m.groups())  # a date line under a covering notice whose signer was left out
            i += 1
            continue
        garbled = re.fullmatch(r"(?:19|20)\d{5,6}", t)
        if garbled and i > 0 and _SIGNER_RE.match(texts[i - 1].strip()) and head.signed is None:
            # "某某区人民政府" / "2021531"; the signer stands even when the digits read two ways
            head.signer, head.signed = texts[i - 1].strip(), date_of_line(t)
            i += 1
            continue
        if garbled and head.signed is None and head.dated is None and date_of_line(t):
            head.dated = date_of_line(t)  # "2021915" alone under a covering notice whose signer was left out
            i += 1
            continue
        # (or in brackets under a covering notice's text: "(某某县人民政府办公室2025年3月14日)")
        bare = re.sub(r"^[((](.+)[))]$", r"\1", t)
        m = re.match(r"^(.{2,40}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$", bare)
        if m and _SIGNER_RE.match(m.group(1).strip()) and head.signed is None:
            head.signer = joint_signers(m.group(1).strip())  # "某某市某某区人民政府 2023年3月3日" on one line
            head.signed = iso(*DATE_RE.match(m.group(2).replace(" ", "")).groups())
            i += 1
            continue
        if _PUBLIC_RE.match(t) or _ADDRESSEE_RE.match(t):
            if _PUBLIC_RE.match(t) and i > 0 and head.signer is None and _SIGNER_RE.match(texts[i - 1].strip()):
                head.signer = joint_signers(texts[i - 1].strip())  # "某某办公室" / "(此件公开发布)": signed, undated
            i += 1
            continue
        dated_line = DATED_LINE_RE.fullmatch(t)
        if dated_line and title_lines:  # "(某年某月某日)" under the title: the day it was adopted or issued
            head.dated = head.dated or iso(*dated_line.groups())
            i += 1
            continue
        noted = NOTED_RE.fullmatch(t) or NOTED_DATE_FIRST_RE.fullmatch(t)
        if noted:  # "(珠高〔2016〕55号,2016年7月6日印发)", "(1999年10月1日某府令〔1999〕65号)" under the title
            head.doc_number = head.doc_number or re.sub(r"\s+", "", noted.group("no"))
            if noted.group("y") and head.signed is None:
                head.signed = iso(*noted.group("y", "m", "d"))
            if noted.groupdict().get("by") and head.signer is None:
                head.signer = noted.group("by")
            i += 1
            continue
        if re.fullmatch(DOC_NO, t.replace(" ", "")):
            head.doc_number = head.doc_number or t.replace(" ", "")
            i += 1
            continue
        letterhead = re.match(r"[\u4e00-\u9fff]{2,30}?文件\s*(" + DOC_NO + r")", t)
        if letterhead:  # "某市人民政府文件 某政〔2018〕53号 …": the letterhead's 文号, the title run on after it
            head.doc_number = head.doc_number or re.sub(r"\s+", "", letterhead.group(1))
        # "某委办发[2020]13号(关于印发…的通知)", "政策文件:某府规字〔2022〕1号某镇人民政府关于…": the 文号, then the notice's title
        led = re.match(r"(?:[\u4e00-\u9fff]{2,6}[::])?\s*(" + DOC_NO + r")\s*(?:[((]\s*关于[^()()]{4,100}[))]$|[\u4e00-\u9fff]{2,30}?关于)", t)
        if led:
            head.doc_number = head.doc_number or re.sub(r"\s+", "", led.group(1))
        numbered = NUMBER_AND_DATE_RE.fullmatch(t)
        if numbered:  # "某发〔某年〕N号  某年某月某日" under the title: its 文号 and date of issue on one line
            head.doc_number = head.doc_number or re.sub(r"\s+", "", numbered.group(1))
            head.dated = head.dated or iso(*numbered.group(2, 3, 4))
            i += 1
            continue
        lead = (NEWS_LEAD_RE.search(t) or BODY_LEAD_RE.search(t) or TITLE_FIRST_LEAD_RE.search(t)
                or (LOST_BRACKET_LEAD_RE.search(t) if "《" not in t.split("》")[0] else None)
                or (UNBRACKETED_LEAD_RE.search(t) or NOTICE_PUT_OUT_RE.search(t) if "《" not in t else None)) if i < 12 else None
        if lead and title_like(lead.group("title")):
            head.cover.append(cover_title(lead.group("title"))[0] or lead.group("title"))  # (《关于印发X的通知》: X)
            if lead.re is NEWS_LEAD_RE and lead.group(1):
                head.dated = head.dated or iso(*lead.group(1, 2, 3))
            who = lead_bodies(lead.group("who"), t[:lead.start("who")])
            if not signers(who) and (body := DATED_BODIES_RE.search(t)):
                who = lead_bodies(body.group("who").strip(",, "))  # "某省某厅、某厅近日联合印发《…》", "某厅联合某厅近日出台"
            if signers(who):  # "近日,某某县人民政府出台《…》(某政办发〔某年〕N号)"
                head.cover_issuers.append(who)
            if lead.group("no") and DOC_NO_RE.fullmatch(lead.group("no").strip()) and head.doc_number is None:
                head.doc_number = re.sub(r"\s+", "", lead.group("no"))
        inner, issuer = cover_title(strip_aggregator(unquote(CRUMBS_RUN_ON.sub("", t))))  # (a breadcrumb run in: no issuer)
        if inner and not issuer and t.startswith("关于") and i > head.start and _GOV_BODY_RE.match(texts[i - 1].strip()):
            issuer = texts[i - 1].strip()  # "某某区人民政府" over "关于印发《…》的通知"
        if inner:
            head.cover.append(inner)
            if issuer:
                head.cover_issuers.append(DOC_NO_BEFORE_NAME.sub("", issuer))
        if title_like(t) or title_like(strip_aggregator(t)) or (inner and not title_like(t)) or (
                _FRAGMENT_RE.fullmatch(t) and i > head.start and re.fullmatch(r"[\u4e00-\u9fff“”\d]{6,30}", texts[i - 1].strip())):
            title_lines.append(i)
            _, number = split_title_doc_number(t)
            head.doc_number = head.doc_number or number
            i += 1
            continue
        if re.match(r"^[((][^()()]{1,16}[))]$", t) and title_lines and title_lines[-1] == i - 1:
            i += 1  # "(2025年版)" / "(征求意见稿)" under the heading
            continue
        if _SIGNER_RE.match(t) and i + 1 < len(texts) and DATE_RE.match(texts[i + 1].strip()):
            i += 1
            continue
        if len(t) >= 20 or "。" in t:
            if body_seen is None:
                body_seen = i
            # a covering notice's sentence (现将《Y》印发给你们) names the policy it covers
            for m in ([] if REPLY_RE.search(t[:300]) else _COVER_SENTENCE_RE.finditer(t)):  # (not "…收悉,现答复如下:…我局起草了《X》")
                # the title as printed in 《》 goes before a notice title's rendering of it
                head.cover.insert(0, next(g for g in m.groups() if g))
        i += 1
    # "关于转发某省工信厅办公室" over "《关于…的通知》的通知": a title broken after a line that names
    # no document type is one title with the line below it
    joined: dict[int, str] = {}
    for k in list(title_lines):
        if k + 1 in title_lines and texts[k].strip().startswith("关于") and not re.match(r"\s*(?:19|20)\d{2}年", texts[k + 1]) \
                and not re.search(DOC_TYPE + r"\s*(?:[((][^()()]{1,16}[))])*$", texts[k].strip()) \
                and re.search(DOC_TYPE + r"\s*(?:[((][^()()]{1,16}[))])*$", texts[k + 1].strip()):
            title_lines.remove(k)
            joined[k + 1] = texts[k].strip()
            head.reconstructed = True
    for k in title_lines:
        if k not in joined and (above := _notice_title_above(texts, head, k)):
            joined[k] = above
            head.reconstructed = True
    # the heading is the title line nearest before the policy's body: the last one before the
    # first body sentence that follows it, that is not a covering notice's title
    # a title followed by an addressee ("各…:") is a covering notice's, whatever it says
    for k in title_lines:
        nxt = next((texts[j].strip() for j in range(k + 1, min(k + 3, len(texts)))
                    if texts[j].strip() and not re.match(DOC_NO, texts[j].strip())), "")
        if _ADDRESSEE_RE.match(nxt):
            inner = _notice_subject(strip_aggregator(texts[k].strip()))
            if inner and re.search(r"(?:若干政策|若干措施|政策措施|若干意见|实施意见)$", inner) \
                    and not re.search(r"印发|转发", inner):
                # a notice that sets out the measures itself keeps its 的通知 (no 印发 of another text)
                inner = texts[k].strip()[texts[k].strip().rfind(inner):] if inner in texts[k] else inner
                sender = re.match(r"([\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|管委会|局|厅))关于", texts[k].strip())
                head.cover_issuers.extend([sender.group(1)] if sender else [])
            if inner:
                head.cover.append(inner)
    for k in title_lines:  # "某区某局" alone over its "关于…的通知": the bureau that sends it
        up = texts[k - 1].strip() if k - 1 >= head.start and k - 1 not in head.chrome else ""
        if texts[k].strip().startswith("关于") and BUREAU_LINE.fullmatch(up) and k not in joined:
            head.fields.setdefault("issuer", up)
    own = [k for k in title_lines if not cover_title(strip_aggregator(unquote(texts[k])))[0] and not _addressed(texts, k)]
    if len(own) > 1:
        # lines of award standards under an earlier title ("蔬菜:新建大棚800元/亩;" …) are its body: a
        # title-like line after them heads a later part, not the document
        stating = [i for i in range(own[0] + 1, own[-1]) if i not in title_lines and _STATES_SUMS.search(texts[i])]
        if len(stating) >= 3:
            own = [k for k in own if k < stating[0]]
    if own:
        k = own[-1]
        head.heading = k
        text = strip_aggregator(unquote(joined.get(k, "") + texts[k].strip()))
        text, number = split_title_doc_number(text)
        head.doc_number = head.doc_number or number
        nxt = texts[k + 1].strip() if k + 1 < len(texts) else ""
        if re.match(r"^[((][^()()]{1,16}[))]$", nxt):
            text += nxt
        tail_word = _TITLE_TAIL.fullmatch(nxt) is not None
        if tail_word:
            text += nxt  # "某某区贯彻落实某某措施" over "工作方案": the heading's last words on a line of their own
        above = _title_head_above(texts, head, k)
        if above:  # "杨凌示范区进一步激发消费活力" over "促进一季度消费增长若干措施": one title in two lines
            text = above + text
            head.reconstructed = True
        head.heading_text = text
        head.body = k + 2 if tail_word else k + 1
        for name, value in under_title(texts, k):
            head.fields.setdefault(name, value)
    elif title_lines:
        # only a covering notice's title: the document is that notice (申报通知), unless the
        # notice merely publishes a policy whose own heading is missing
        k = title_lines[-1]
        text = strip_aggregator(unquote(joined.get(k, "") + texts[k].strip()))
        subject, inner = _notice_subject(text), cover_title(text)[0]
        head.heading, head.body = k, k + 1
        if inner:
            head.heading_text = inner
        elif subject and _names_a_policy(subject):
            head.heading_text = subject
        else:
            head.heading_text = split_title_doc_number(text)[0]
            if k not in joined and (above := _title_head_above(texts, head, k)):  # a notice's title in two lines
                head.heading_text, head.reconstructed, joined[k] = above + head.heading_text, True, above
            first = k - 1 if k in joined else k
            up = texts[first - 1].strip() if first > head.start and first - 1 not in head.chrome else ""
            if head.heading_text.startswith("关于") and BUREAU_LINE.fullmatch(up):
                head.heading_text = up + head.heading_text  # "某县民政局" over "关于发放…的通知": the bureau's notice
    else:
        head.body = head.start
        run_on = _run_on_title(texts, head, limit)
        if run_on is not None:
            k, title = run_on
            head.heading, head.body, head.heading_text, head.run_on = k, k, title, True
            inner, issuer = cover_title(title)
            if inner:
                head.cover.append(inner)
                if issuer:
                    head.cover_issuers.append(issuer)
            return head
        k = _headline(texts, head, limit)
        # ("…奖励怎么申请", "某某能接触某某吗 某某吗女": a question, a mirror's spam headline — no document's title)
        if k is not None and not _QUESTION.search(texts[k].strip()) and "吗" not in texts[k]:
            head.heading, head.body, head.heading_text, head.guessed = k, k + 1, strip_aggregator(texts[k].strip()), True
        named = next((j for j in range(head.start, min(len(texts), head.start + 3)) if _FILE_EXT.search(texts[j].strip())), None)
        shared = _shared_file_title(texts, named) if named is not None and k in (None, named) else None
        if shared is not None:
            head.heading, head.body, head.heading_text, head.run_on, head.guessed = shared[0], shared[0], shared[1], True, False
    return head


# a heading's last words on a line of their own: "工作方案", or after a conjunction, "和奖补标准" ("…支持措施" above)
_TITLE_TAIL = re.compile(r"(?:工作|实施|行动|管理)?(?:方案|细则|办法|计划|意见)|[和及与暨][\u4e00-\u9fff“”、]{0,16}?(?:" + DOC_TYPE + "|标准)")
_FRAGMENT_RE = re.compile(r"(?:暂行|试行|实施|管理|若干|政策|扶持|奖励|支持)?的?" + DOC_TYPE + r"(?:\s*[((][^()()]{1,16}[))])*")


def _notice_title_above(texts: list[str], head: Head, k: int) -> str | None:
    """A covering notice's title set in three short lines ("某市人民政府关于" / "印发《某某办法" /
    "(试行)》的通知"): the lines above a title line whose 《 is open there, or that ends with 关于."""
    parts = [texts[k].strip()]
    j = k - 1
    while j >= head.start and j not in head.chrome and len(parts) < 3:
        up, cur = texts[j].strip(), "".join(parts)
        if not up or len(up) > 30 or re.search(r"[。;;,,::]$", up) or title_like(up):
            break
        if not (cur.count("》") > cur.count("《") or re.search(r"(?:关于|印发|转发)$", up)):
            break
        parts.insert(0, up)
        j -= 1
    above = "".join(parts[:-1])
    return above if above and "关于" in above and above.count("《") <= 1 else None


def _title_head_above(texts: list[str], head: Head, k: int) -> str | None:
    """The first half of a title broken over two lines: a short bare line right above the heading, only chrome before it."""
    if k - 1 < head.start or (k - 1) in head.chrome:
        return None
    above, own = texts[k - 1].strip(), texts[k].strip()
    if own.startswith("关于") or not re.fullmatch(r"[\u4e00-\u9fff“”\d、]{6,30}", above) or title_like(above):
        return None
    if _SIGNER_RE.match(above) or _GOV_BODY_RE.match(above) or above in head.bodies or field_of(above) \
            or date_of_line(above) or re.search(r"(?:网|门户|平台|首页|解读|问答|解答|专栏|专题|资讯|动态)$", above):
        return None
    # a heading that is only a document type ("暂行规定(修订)") has its subject on the line above,
    # whatever stands before; otherwise only page chrome may stand before the two lines
    fragment = _FRAGMENT_RE.fullmatch(own)
    # (or the page printed the whole title above as well: "某某…房租" over "补贴实施细则", under a line of both)
    whole = "关于" not in above and any(above + own in texts[j].replace(" ", "") for j in range(head.start, k - 1))
    if not fragment and not whole and any(j not in head.chrome and texts[j].strip() for j in range(head.start, k - 1)):
        return None
    return above


_RUN_ON_RE = re.compile(r"^(.{6,90}?" + DOC_TYPE + r"(?:\s*[((][^()()]{1,16}[))])*)\s*"
                        # (its 文号 maybe between: "…的通知某人社联〔2023〕107号各市…:")
                        r"(?=(?:" + DOC_NO + r")?\s*(?:各[^。]{1,60}[::]|为(?!期)|根据|按照|经|现将|现就)|\s)")


def _run_on_title(texts: list[str], head: Head, limit: int) -> tuple[int, str] | None:
    """A page whose title runs straight on into the addressee or preamble ("…奖励办法为充分调动…",
    "…的通知各有关企业:根据…"): the title is the line's head up to the document type."""
    for i in range(head.start, min(len(texts), max(limit, head.start + 1), head.start + 6)):
        if i in head.chrome:
            continue
        t = texts[i].strip()
        m = _RUN_ON_RE.match(t)
        if m and "。" not in m.group(1) and len(t) > len(m.group(1)) + 10:
            number = re.match(r"\s*(" + DOC_NO + ")", t[m.end(1):])
            if number and head.doc_number is None:
                head.doc_number = re.sub(r"\s+", "", number.group(1))  # "…的通知 沈政发〔2025〕3号 各区…"
            return i, m.group(1).strip()
        if len(t) > 20 and not re.search(r"(?:人民政府|办公室|办公厅|局|委员会|管委会)$", t):
            return None  # (a spliced page's first line may end with the signer, its date below)
    return None


_FILE_EXT = re.compile(r"\.(?:docx?|pdf|wps)$", re.I)
_TITLE_BEFORE_BODY = re.compile(r"^(?:1、)?(.{6,90}?" + DOC_TYPE + r"(?:\s*[((][^()()]{1,16}[))])*)(?=第一[条章]|一、|为(?!期)|根据)")


def _shared_file_title(texts: list[str], k: int) -> tuple[int, str] | None:
    """A document-sharing page headed by its file's name, cut short ("某某中心建设.DOC"), whose text opens
    with the whole title run on into the body ("某某中心建设管理办法(试行)第一条…"): (line, that title)."""
    name = texts[k].strip()
    if not _FILE_EXT.search(name):
        return None
    def bare(t: str) -> str:  # ("某某中心(甲 型)…" against the file's "某某中心甲型…")
        return re.sub(r"[()()\s]", "", t)
    stem = bare(re.sub(r"[((]共\d+页[))]", "", _FILE_EXT.sub("", name)))
    if re.search(DOC_TYPE + r"$", stem):
        return None  # the file's name is the whole title
    for j in range(k + 1, min(len(texts), k + 16)):
        m = _TITLE_BEFORE_BODY.match(texts[j].strip())
        if m and len(stem) >= 4 and bare(m.group(1)).startswith(stem) and bare(m.group(1)) != stem:
            return j, m.group(1)
    return None


def _names_a_policy(title: str) -> bool:
    return bool(re.search(r"若干政策|政策措施|若干措施|若干意见|实施意见|办法|细则|规定|方案|举措", title))


def _headline(texts: list[str], head: Head, limit: int) -> int | None:
    """A page whose title has no telling ending ("某某区某类组织服务资助"): the first short line
    standing alone among the chrome before the body; or a short line the page prints twice, as its
    heading and again over the text ("某某村级公益事业奖补项目" / fields / the same line)."""
    seen: dict[str, int] = {}
    for i in range(head.start, min(limit, head.start + 30)):
        t = texts[i].strip()
        if marker(t):
            break
        # (a headline printed twice may hold a comma: "某某补贴,请查收")
        if 6 <= len(t) <= 50 and not re.search(r"[。;:!?|>\d]", t) and not is_chrome(t):
            # (only page fields and chrome between the two: "发布日期:…" / "来源:本站" / "打印")
            between = [texts[j].strip() for j in range(seen.get(t, i) + 1, i) if texts[j].strip()]
            before = next((texts[j].strip() for j in range(seen.get(t, i) - 1, head.start - 1, -1) if texts[j].strip()), "")
            # (not the second half of a headline broken over two lines, printed twice)
            if t in seen and all(is_chrome(b) or field_of(b) or len(b) <= 8 for b in between) and (
                    not before or is_chrome(before) or BREADCRUMB_RE.match(before) or field_of(before)
                    or re.search(r"[,。!?]", before)):
                return i
            seen.setdefault(t, i)
    for i in range(head.start, min(limit, head.start + 12)):
        t = texts[i].strip()
        if i in head.chrome or not t:
            continue
        if marker(t):
            return None  # a numbered heading: the body has begun
        if (6 <= len(t) <= 50 and not re.search(r"[。;:!?]", t) and not _ADDRESSEE_RE.match(t)
                and not DATE_RE.match(t) and not _SIGNER_RE.match(t) and not re.search(r"\d{5,}", t)
                and not re.fullmatch(r"[\d\s/.:-]+", t) and not re.match(r"(?:序号|编号)[ \t]*[\u4e00-\u9fff]", t)  # a date stamp, a table's "序号 …" heads
                and not re.search(r"(?:资讯|快讯|头条|新闻网|门户网?|网站|频道|专栏)$", t)):  # nor a site's or column's name
            nxt = next((j for j in range(i + 1, min(len(texts), i + 4)) if texts[j].strip()), None)
            if nxt is None:
                return None
            # the page's date stamp under its headline, maybe with its source ("… 10:20 | 某某网")
            stamp = re.fullmatch(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                                 r"(?:\s*[|丨]\s*[^|丨。,]{1,40}){0,3}", texts[nxt].strip())
            numbered = marker(texts[nxt].strip())
            # (or, under a headline stating no sum, a line of labelled fields of its own: "受理部门:…申报时间:…")
            fields_under = nxt in head.chrome or stamp or (
                len(re.findall(r"[\u4e00-\u9fff]{2,6}[::]", texts[nxt])) >= 2 and not re.search(r"\d", t))
            body_under = len(texts[nxt]) > 40 or _ADDRESSEE_RE.match(texts[nxt]) or numbered
            # (a headline with a comma, "某某补贴,请查收", only over the page's fields or stamp, or first
            # on the page over its first item)
            if fields_under or (body_under and ("," not in t or (i == head.start and numbered))):
                return i
        return None
    return None
