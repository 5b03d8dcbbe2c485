"""A news report's lead naming the policy it reports and who issued it: "某某区于某年某月某日出台了《…》",
"某市委、市政府出台《…》", "近日,《…》正式出台", "某省某厅、某厅近日联合印发《…》". The head reader
(header.py) takes the title and issuer from them."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.signature import DOC_NO, _SIGNER_RE
from zhengce.reading.titles import title_like

# "某市委、市政府出台《关于加快某某发展的实施意见》(以下简称《意见》)": issuing bodies as the subject
# ("我区针对…等问题,出台《…》": what it answers between)
BODY_LEAD_RE = re.compile(r"(?:^|[,。,])(?P<who>我[省市县区]|[\u4e00-\u9fff、]{2,30}?(?:市委|市政府|县委|县政府|区委|区政府|省委|省政府|人民政府|"
                           r"办公室|办公厅|局|委员会|管委会|[省市县区]))(?:[\u4e00-\u9fff]{2,6}[,,]|(?:针对|围绕|聚焦)[^《。]{2,60}?[,,])?(?:近日|日前|近期)?(?:正式|联合)?(?:制定)?(?:出台|印发|发布)了?"
                           r"《(?P<title>[^《》]{6,100})》(?:\s*[((](?P<no>[^()()]{4,30}号)[))])?")
# "近日,《某某经济技术开发区…奖励办法(试行)》(以下简称《办法》)正式出台": the title first, then its issuing
# "…》日前正式印发", "…》自公布之日起开始实施"
_PUT_OUT = r"(?:(?:近日|日前|已)?(?:正式)?(?:出台|印发|发布|公布|出炉|施行|实施)|自(?:公布|发布|印发)之日起(?:开始)?(?:施行|实施))(?P<no>)"
# (not the last of a pair, "《A》和《B》发布": the report is of both, B is not its one policy)
TITLE_FIRST_LEAD_RE = re.compile(r"(?P<who>)(?<!》和)(?<!》与)(?<!》及)(?<!》、)《(?P<title>[^《》]{6,100})》(?:\s*[((](?:以下简称|简称)[^()()]{0,12}[))])?"
                                  + _PUT_OUT)


# the same with the opening 《 lost on a mirror: "…消息,某省某某实施办法》近日印发执行"
LOST_BRACKET_LEAD_RE = re.compile(r"(?:^|[,,::])(?P<who>)(?P<title>[^《》,,。::]{6,100})》" + _PUT_OUT)


# a news item's lead: "某某区于某年某月某日出台了《某市某某区推动某某产业发展若干措施》"
NEWS_LEAD_RE = re.compile(r"(?:(?:于|在)?(\d{4})年(\d{1,2})月(\d{1,2})日|(?<!\d)(?<!\d年)(?P<md>\d{1,2}月\d{1,2}日)|日前|近日|近期)"
                           # ("近日,按照《某某清单》(某发〔某年〕N号)要求,某局、某局联合出台《…》": the text it follows first)
                           r"[,,]?(?:(?:按照|根据|依据)《[^《》]{2,80}》(?:[((][^()()]{0,30}[))])?的?(?:要求|精神|部署|规定)?[,,])?"
                           r"(?P<who>(?:[^《。]{0,30}?(?:获悉|了解到|得知)[,,]?)?(?:[^《。]{0,20}?|[\u4e00-\u9fff、]{20,90}?)"
                           # ("为推动某某发展,某厅、某厅联合印发了《…》": the purpose first, then the bodies)
                           r"|为[^《。]{2,80}?[,,][\u4e00-\u9fff、]{2,40}?"
                           # ("某县收到由某省某厅、某局联合下发的《…》": the bodies that sent it)
                           r"|[^《。,,]{0,12}?(?:收到|接到)由?[^《。]{2,40}?)(?:正式|联合)?"
                           r"(?:出台|印发|发布|公布|出炉|施行|下发的?|(?:研究|审议)通过|制定(?=了?《))了?(?:实施|执行)?(?:新的?|最新的?|首批|新一批|新一轮)?(?:关于(?:印发|转发|(?:公开)?征求))?"
                           r"《(?P<title>[^《》]{6,100})》"
                           r"(?:\s*[((](?P<no>" + DOC_NO + r")[))])?")


# "日前,某市商务局、某市财政局发布某市推进某某业高质量发展若干措施。": the title without its brackets,
# ended by the kind of document it is
# "近日,某市人民政府办公室关于…的通知印发": a notice's title run on after its issuer, without 《》, then the verb
NOTICE_PUT_OUT_RE = re.compile(r"(?:近日|日前|近期)[,,]?(?P<who>[\u4e00-\u9fff、]{4,40}?(?:厅|局|委员会|办公室|办公厅|人民政府|管委会))"
                               r"(?P<title>关于[^。,,;;《》]{4,80}?的(?:通知|意见|决定))(?:正式)?(?:印发|出台|发布)(?P<no>)")
UNBRACKETED_LEAD_RE = re.compile(r"(?:^|[,。,::])(?P<who>[\u4e00-\u9fff、]{4,40}?(?:厅|局|委员会|办公室|办公厅|人民政府|管委会))"
                                 r"(?:近日|日前|近期)?(?:正式|联合)?(?:出台|印发|发布)了?(?P<no>)"
                                 r"(?P<title>(?!关于)[\u4e00-\u9fff“”]{6,60}?(?:若干措施|若干政策|政策措施|若干意见|实施意见|实施办法|"
                                 r"实施细则|管理办法|奖励办法|扶持办法))(?=[。,,;;])")


# "某省某厅、某厅近日联合印发《…》": the bodies right before the news lead's date word
DATED_BODIES_RE = re.compile(r"(?:^|[,。,])(?P<who>[\u4e00-\u9fff、]{2,40}?(?:厅|局|委员会|办公室|办公厅|人民政府|管委会))"
                              r"(?:近日|日前|近期)(?:正式|联合)?(?:出台|印发|发布)")


def signers(who: str) -> bool:
    """Issuing bodies, one or several joined by 、 ("某省某厅、省财政厅")."""
    return len(who) >= 4 and all(_SIGNER_RE.match(p) for p in who.split("、"))


def lead_bodies(who: str, before: str = "") -> str:
    """The bodies in a news lead's words before the verb: "某县收到由某省某厅、某局" → "某省某厅、某局";
    `before`: the sentence's words before them, where the first body stands when they start "联合某局"."""
    if who.startswith(("联合", "会同")):  # ("某局聚焦…,联合某局印发": the first body leads the sentence)
        first = re.findall(r"(?:^|[,,。])\s*([\u4e00-\u9fff]{2,20}?(?:局|委员会|厅))(?=[\u4e00-\u9fff])", before.rsplit("。", 1)[-1])
        who = (first[-1] + "、" if first else "") + who[2:]
    who = re.sub(r"^.*?(?:日前|近日|近期)[,,]?", "", who)  # ("某报9月4日消息,近日,某局": after the date word)
    who = re.sub(r"^[^,,]*?(?:收到|接到)由?|^由(?=[\u4e00-\u9fff]{4})", "", who).strip(",, ")  # (and "由某局联合印发")
    who = re.sub(r"^为[^《。]*[,,]", "", who)  # ("为推动某某发展,某厅、某厅": after the purpose)
    who = re.sub(r"(?<=[委局厅办会行])[两二三四五六七八九十]{1,2}(?:个)?(?:部门|单位)$", "", who)  # ("某局、某局、某行五部门": the bodies)
    return re.sub(r"(?<=[委局厅办会])(?:联合|与|会同)(?=[\u4e00-\u9fff]{2,20}[委局厅办会])", "、", who)  # "某委联合市财政局": both


_NEWS_END_RE = re.compile(r"(?:原文件|原文|全文|文件全文|政策原文|文件详情|详情|具体内容|政策全文|全文内容|文件内容)"
                          r"(?:如下|附后)[::]?$"
                          # "该《办法》明确:": the report turns to the text it named
                          r"|^(?:该|这份|此次)?《[^《》]{1,12}》(?:明确|规定|提出)(?:如下)?[::]?$")
_COVER_SENTENCE_RE = re.compile(r"将《([^《》]{4,100})》(?:予以)?(?:印发|转发|发布|公布)|(?:编拟|汇编|梳理形成)(?:了)?《([^《》]{4,100})》|《([^《》]{4,100})》已经[^。]{0,30}?"
                                r"(?:同意|通过)(?:[^。]{0,8}(?:印发|发布|公布)|(?<=政府同意)(?=[,,])|(?<=(?:会议|审议)通过)(?=[,,。]))|(?:制定|起草|草拟|拟定|修订)(?:形成)?(?:了)?《([^《》]{4,100})》"
                                # "对原《X办法》作了修订,已经…同意,现印发给你们": the revised text is sent
                                r"|对原?《([^《》]{4,100})》(?:进行了|作了|进行)?(?:修改|修订)[^。]{0,40}?现(?:予以)?印发给你们")


def quoted_text(texts: list[str], i: int) -> tuple[str | None, str | None]:
    """(title, issuer) of the text a report quotes after its line i ("…全文如下:"), from the lead naming it."""
    t = texts[i]
    lead = NEWS_LEAD_RE.search(t)
    if not lead and not _COVER_SENTENCE_RE.search(t):
        # "近日,某局发布《X》(以下简称《Y》)…" then "《Y》全文如下:" on its own line: the lead above names it
        leads = list(NEWS_LEAD_RE.finditer("\n".join(texts[max(0, i - 3):i])))
        lead = leads[-1] if leads else None
    if lead and title_like(lead.group("title")):  # "近日,某局发布《X》,…全文如下:": the text is X's
        who = lead_bodies(lead.group("who"))
        return lead.group("title"), (who if signers(who) else None)
    # "…某局、某局共同制定了《X》,全文如下:": the text is X's too
    named = [next(g for g in m.groups() if g) for m in _COVER_SENTENCE_RE.finditer(t)]
    return next((x for x in named[-1:] if title_like(x)), None), None


# "某县委、县政府出台了《…》": who put out the text a report names — a party committee and its government,
# or up to four bodies
_BODIES = (r"(?:[\u4e00-\u9fff]{2,12}?[市县区]委、(?:[\u4e00-\u9fff]{0,12}?[市县区])?政府)|"
           # ("某省某厅、某省某厅联合印发": every body of a joint issue)
           r"(?:[\u4e00-\u9fff]{2,24}?(?:委员会|委|局|厅)、){0,3}"
           r"[\u4e00-\u9fff]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|委员会|局|厅|领导小组(?:办公室)?|联席会议|管委会|区政府|县政府|市政府"
           r"|(?<=[\u4e00-\u9fff]{2}[市县区旗][\u4e00-\u9fff]{2})委)")  # (a bureau's short name: "某区经信委")
ISSUED_BY_RE = re.compile(r"(?:日前|近日|近期|今日|今天|最近)?(" + _BODIES + ")"
                          # ("某县委、县政府经研究,出台了《…》": a few words between)
                          # ("某局于某年某月某日印发“关于印发…的通知”": the date, the title in quotes)
                          r"(?:[^。《》,,]{0,6}[,,])?(?:于\d{4}年\d{1,2}月\d{1,2}日|于?\d{1,2}月\d{1,2}日|\d{1,2}日|星期[一二三四五六日](?:\(\d{1,2}月\d{1,2}日\))?)?(?:日前|近日|近期|今天|今日)?"
                          # ("某局关于公开征集《…(意见稿)》建议的公告": the body putting out a draft)
                          r"(?:(?:正式)?(?:联合|共同)?(?:制定)?(?:发布|印发|出台|公布|下发|公示)了?的?|共同制定了|(?:联合|共同)?(?:研究)?起草了?|关于(?:向社会(?:公众)?|公开)?征(?:集|求))"
                          r"(?:《([^《》]{6,100})》|“([^“”《》]{6,100})”)")
# "某市某局、市某局近日联合下发通知,调整…": a report's lead naming who sent out the notice it tells of,
# its title unsaid ("印发《" too, whatever the title quoted; not "某厅等4部门", the lead of bodies unnamed)
LEAD_ISSUER_RE = re.compile(r"(?:^|[,,。\n])\s*(?:日前|近日|近期)?[,,]?\s*(" + _BODIES + r")(?:日前|近日|近期)?"
                            r"(?:正式)?(?:联合|共同)?(?:下发|印发|出台|发布)了?(?:通知|公告|通告|《)")  # ("某局发布公告称,…")
# "某年某月某日,某市某局 某市财政局关于…的通知,…": a summary naming the notice it reports
LEAD_NOTICE_RE = re.compile(r"(?:^|\n)(?:(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[,,]?)?\s*(?P<title>(?P<bodies>(?:[\u4e00-\u9fff]{2,20}?"
                            r"(?:局|委员会|委|厅|办公室|人民政府)\s*){1,4})关于[^。\n]{4,120}?的(?:通知|公告|通告))[,,。]")
