"""What a document's title is: a line that reads as a title by its form (it ends with a kind of document,
or starts with 关于), a covering notice's title and the title it covers, a 文号 run on after it; and the
printed heading without the page's wording around it — stage suffixes ("(征求意见稿)", "(2025年版)"), an
aggregator's labels and headline words, the issuer's prefix — and the bodies printed before 关于."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.chrome import BREADCRUMB_RE, NAV_RE, PAGE_THUMBNAIL_END
from zhengce.reading.regions import lookup
from zhengce.reading.signature import DATE_RE, DOC_NO

SUFFIX_RE = re.compile(r"\((?:(?:\d{4}年)?意见征求稿|\d{4}年(?:版|度)?|\d{4}版|\d{4}|征求意见稿|修订稿|送审稿|草案|试行稿|试行|暂行|摘要|节选|征求意见稿\s*[Vv]?\d+(?:\.\d+)*|草案(?:修改|修订)?[一二三四五]?稿?(?:征求意见稿)?|讨论稿|代拟稿|意见稿|(?:再次|第[二三]次|二次)?公开征求意见稿|(?:再次|第[二三]次|二次)征求意见稿|\d{4}年修订版|\d{4}年修订|修订|修订版|修订草案征求意见稿|修订征求意见稿|修订草案|草案征求意见稿|共[^()]{1,24}|\d{1,3}条|(?:[一二三四五六七八九十\d]{1,3}个方面)?[一二三四五六七八九十\d]{1,3}(?:项|条)(?:措施|举措|政策|任务)|[一二三四五六七八九十]{1,2}|\d{4}年?\s*[-—–~至到]+\s*\d{4}年(?:度)?|(?:本(?:政策|办法|措施|方案|细则|规定))?自[^()]{4,30}(?:施行|实施|执行)[^()]{0,12}|有效期[^()]{1,24})\)")

# a headline's words after the policy's name: "…若干措施全文", "…若干措施之某项奖励" (one part of it)
HEADLINE_TAIL = re.compile(r"(?<=[策施见法则定例案知])(?:(?:政策)?(?:全文|原文)|之[\u4e00-\u9fff]{2,12})$")


# a spam mirror's name before the title: letters or digits, then its "官网"/"网址"/"手机下载"/"网页版"
# "《X》政策解读之六 某某": one part of a series about X, its topic after the part's number
_SERIES_PART = r"(?:之[一二三四五六七八九十\d]{1,3}\s*[^《》。]{0,30})?"
_SPAM_HEAD = re.compile(r"^(?=.{0,12}(?:[A-Za-z]|\d{3,}(?![\d年])))(?:(?!关于|印发)[^《“]){0,40}?(?:官网|网址|手机下载|网页版|APP下载|app下载)"
                        r"(?:登录)?(?:官网)?(?=[\u4e00-\u9fff《“\d]{6})")
SHARE_BUTTONS = r"(?:微信|微博|QQ空间|QQ|朋友圈|分享到?[::]?)"
_SHARE_HEAD = re.compile(r"^\d{0,4}" + SHARE_BUTTONS + r"+(?=[\u4e00-\u9fff《“\d]{6})")


def clean_title(title: str) -> str:
    # a page's headline "某某公告 某征公告〔2015〕15号": its 文号 after a space, or after the title's closing bracket
    title = re.sub(r"(?<=\S{6})\s+" + DOC_NO + r"\s*$", "", title)
    title = re.sub(r"\s+", "", title).strip("|丨")  # (a title set as a one-cell row of a page's field table)
    title = re.sub(r"(?<=.{6}[)）])" + DOC_NO + r"$", "", title)
    # a flattened letterhead before the notice's title: "某市人民政府文件某政〔2018〕53号某市人民政府关于…"
    title = re.sub(r"^[\u4e00-\u9fff]{2,30}?文件(?:" + DOC_NO + r")?(?=[\u4e00-\u9fff]{2,30}?关于)", "", title)
    title = re.sub(r"(?<=.{6})[((]\d{4}年\d{1,2}月\d{1,2}日[))]$", "", title)  # "…政策意见(某年某月某日)": when adopted
    title = re.sub(r"^【[^】]{1,8}】", "", title)  # an aggregator's "【区级】" / "【某某区】" label
    title = _SPAM_HEAD.sub("", title)  # a spam mirror's site name glued before the title ("某某365官网关于…")
    title = _SHARE_HEAD.sub("", title)  # share buttons run into it ("12微信微博QQ空间关于…")
    title = _VALIDITY_MARK.sub("", title)  # a database's "[已废止]"
    # the page's fields run on after it: "关于…的通知 发布时间:某日 点击数:"
    title = re.sub(r"(?<=[\u4e00-\u9fff)》])(?:发布日期|发布时间|浏览次数|点击数|访问量|无来源)[::].*$", "", title)  # ("…的公示 无 来源:": no 文号)
    # ("…的决定时间:2017-03-2316:54": a page's bare 时间 field, its date and hour run together once spaces go)
    title = re.sub(r"(?<=[\u4e00-\u9fff)》])(?:时间|日期)[::](?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}.*$", "", title)
    # a page's title field that starts with the 文号: "某政发〔2010〕22号 某市人民政府关于…的决定"
    title = re.sub(r"^" + DOC_NO + r"(?=[\u4e00-\u9fff]{2,30}?(?:关于|印发))", "", title)
    title = re.sub(r"^\d{1,3}[.、](?=[\u4e00-\u9fff《])", "", title)  # a list's item number: "7.某厅关于…的通知"
    # "印发了《某某实施细则(试行)的通知》": the brackets closed after the notice's word, no 关于 before — the rules
    title = re.sub(r"^(?![^《》]*?(?:关于|印发|转发))([^《》]{6,80}?(?:细则|办法|措施|政策|意见|方案|规定)(?:[((](?:试行|暂行)[))])?)的通知$", r"\1", title)
    # a headline's words run into the title: "…每人奖励N万元关于促进某某发展的若干意见" (no title has a sum before 关于)
    title = re.sub(r"^[^《》“]{4,40}?(?:\d万?元|[!!])(?=关于[\u4e00-\u9fff]{6})", "", title)
    # the covering notice's signature and date, run into the title of the policy printed after it:
    # "某区人民政府办公室2023年12月25日(此件公开发布)关于…若干意见"
    title = re.sub(r"^" + _BODY + r"(?:、" + _BODY + r")*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=[((]此件|关于|[\u4e00-\u9fff“《]{6})", "",
                   title)
    # the notice's last line, run into the title (after its contact's number: "…电话:0000-1234567)(此件主动公开)某某细则")
    title = re.sub(r"^(?:[^《》]{0,60}?[\d))])?[((]此件(?:公开发布|主动公开|公开)[))](?=[^《》]{6})", "", title)
    title = re.sub(r"^[\d\-]{5,}[))](?=[\u4e00-\u9fff《“]{6})", "", title)  # (or only its number's end: "86172662)某某办法")
    # the notice's contact line and the attachment's label run into the policy it attaches: "…(地址:某处)附件1某某办法"
    title = re.sub(r"^(?:[^《》]{0,80}?[)。])?附件(?:\d{1,2})?[::]?(?=[^《》()]{6,60}(?:办法|细则|规定|方案|意见|措施|政策)(?:[((](?:试行|暂行)[))])?$)",
                   "", title)
    # a covering notice quoted by a report, its policy's name in 〈〉: "关于印发〈某某措施〉的通知" → the measures
    if "〈" in title and (inner := cover_title(title)[0]):
        title = inner
    # a report's sentence citing the policy, cut at the line's end: "按照《关于…的实施方案" → the name
    title = re.sub(r"^(?:按照|根据|依据|依照)《([^《》]{6,120})》?$", r"\1", title)
    # a report's line "制定了某某八条措施": what was made, not the making
    title = re.sub(r"^(?:特|现)?(?:制定|出台|印发)了?(?=[^《》]{6,60}(?:措施|办法|政策|意见|细则|方案)$)", "", title)
    title = re.sub(r"(?<=[)\u4e00-\u9fff])(?:征求意见稿|草案)$", "", title) if len(title) > 10 else title  # "…方案征求意见稿"
    # "关于《X》的政策解读" / "…的起草说明": a page about a policy is read for the policy it is about
    about = re.fullmatch(r"关于《(.{6,120})》(?:[\u4e00-\u9fff]{0,8}?政策文件)?的(?:政策)?(?:解读|说明|起草说明|图解|(?:规范性)?解释)(?:说明)?", title) or re.fullmatch(
        r"(?:征集结果[::])?《(.{6,120})》的?(?:(?:意见)?反馈结果|意见采纳情况)", title) or re.fullmatch(
        r"(?:[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|人民政府))?(?:关于)?《(.{6,120})》(?:第[一二三四五2-5]次)?(?:公开)?"
        r"(?:征求意见|意见征集|征求社会公众意见)(?:的(?:公告|通知|通告))?", title)
    if about:
        title = strip_issuer_prefix(about.group(1)) if "关于" in about.group(1) else about.group(1)
    # a news headline "某某出台某类企业奖励扶持办法": the document is the place's Y
    # ("某省印发某某资金管理指南/附全文": a province's own, under the name it bears)
    news = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:正式)?(?:出台|印发|发布)(.{6,60}(?:办法|细则|政策|措施|意见|方案|指南))"
                        r"(?:\s*[/((]?\s*附全文[))]?)?", title)
    put_out = news.groups() if news else _led_news(title)
    if put_out:
        place, named = lookup(put_out[0]), put_out[1]
        if place is not None and place.level in ("city", "district", "county"):
            title = (place.name + named) if not named.startswith(place.name[:2]) else named
        elif place is not None and place.level == "province":
            title = named
    # an aggregator's headline "《某县人民政府关于印发某某办法的通知》政策": the document it names
    # (tagged with the place it is from: "《某区关于…的政策意见》(某地)")
    tag = re.search(r"(?<=》)[((]([\u4e00-\u9fff]{2,8})[))]$", title)
    if tag and lookup(tag.group(1)) is not None:
        title = title[:tag.start()]
    wrapped = re.fullmatch(r"《([^《》]{6,120})》(?:政策|全文|原文|详情|政策原文)?(?:的?(?:政策)?(?:解读|起草说明|编制说明)" + _SERIES_PART + ")?", title)
    if wrapped:
        inner = re.search(r"印发《?(.+?)》?的通知$", wrapped.group(1))
        title = inner.group(1) if inner else strip_issuer_prefix(wrapped.group(1))
    # a question headline about a document: "《X关于印发Y的通知》中的政策有哪些?"
    asked = re.fullmatch(r".{0,10}《(.{6,120})》.{0,24}(?:有哪些|是什么|怎么申请|如何申报|\?)", title)
    if asked:
        inner = re.search(r"印发《?(.+?)》?的通知$", asked.group(1))
        title = inner.group(1) if inner else strip_issuer_prefix(asked.group(1))
    title = re.sub(r"\.(?:docx?|pdf|wps|txt|ofd)$", "", title, flags=re.I)  # a document site's file name
    if "》" in title and "《" not in title:
        title = title.replace("》", "")  # a file name keeping the closing bracket of its quoted title
    title = HEADLINE_TAIL.sub("", title)
    # an aggregator's page about a policy: "…若干政策意见申报指南", "…实施细则补贴标准"
    guide = re.fullmatch(r"(.{6,80}?(?:若干政策意见|若干政策措施|若干政策|若干措施|若干意见|实施意见|实施细则|管理办法|暂行办法|办法|"
                         r"细则|意见|措施|政策))(?:申报|奖励|补贴|补助|扶持|资助|条件|标准|流程|指南|(?:政策)?解读|汇总|详解|一览)+", title)
    # (not "某市各区某类优惠政策汇总" alone: a compilation of several places' policies is named so itself)
    if guide and not (re.fullmatch(r"(?:汇总|一览)", title[len(guide.group(1)):]) and re.search(r"各[区县市地]|各类|各项", guide.group(1))):
        title = guide.group(1)
    prev = None
    while prev != title:
        prev = title
        # (a trial mark inside the name stays: "…办法(试行)补充规定" supplements the trial rules)
        title = SUFFIX_RE.sub(lambda m, t=title: m.group(0) if m.group(0) in ("(试行)", "(暂行)") and t[m.end():].strip()
                              else "", title).strip()
        title = re.sub(r"(?<=.{6})[((]" + DOC_NO + r"[))]$", "", title)  # "…若干意见(某政发〔2012〕28号)": its 文号
    return _without_city_prefix(title)


def _without_city_prefix(title: str) -> str:
    """A headline "某州某某市推进…若干政策": a county's own title behind its city's short name."""
    for n in (2, 3):
        city = lookup(title[:n]) if len(title) > n + 8 else None
        if city is None or city.level != "city" or city.name.removesuffix("市") != title[:n]:
            continue
        m = re.match(r"[\u4e00-\u9fff]{1,5}?[市县区旗]", title[n:])
        inner = lookup(m.group(0), city) if m else None
        if inner is not None and inner.level in ("county", "district") and getattr(inner, "city", None) == city.name:
            return title[n:]
    return title


_VALIDITY_MARK = re.compile(r"^\[(?:已废止|已失效|失效|废止|现行有效|有效|已修改|已修订)\]")


def strip_issuer_prefix(title: str) -> str:
    title = _VALIDITY_MARK.sub("", title)  # ("[已废止]某某市人民政府办公室关于…": the issuer after the mark)
    # (joint issuers too: "中共某某市委、某某市人民政府关于…")
    m = re.match(r"^(?:中共)?[\u4e00-\u9fff]{2,30}?(?:[市县区省]委、[\u4e00-\u9fff]{2,20}?)?(?:人民政府办公室|人民政府办公厅|"
                 r"人民政府|政府办公室|委员会|办公室|管委会)(关于.+)$", title)
    # (a bureau called a committee keeps its name, "某市发展和改革委员会关于…"; not a zone's or a party's committee)
    if m and not (re.search(r"(?<!管理)(?<![省市县区])委员会$", title[:m.start(1)]) and not title.startswith("中共")):
        return m.group(1)
    m = re.match(r"^(?:[\u4e00-\u9fff]{0,30}?文件)?[省市县区](?:人民)?政府(?:办公室|办公厅)?(关于.+)$", title)
    if m:
        return m.group(1)  # "市政府关于…": the government named short, as its own texts call it
    m = _JOINT_PREFIX_RE.match(title)
    if m:
        return m.group(2)
    # "某区人民政府某街道办事处2021年度经济政策方案": the body, then its year's policy
    m = re.match(r"^" + _BODY + r"((?:19|20)\d{2}年度?[\u4e00-\u9fff“”]{2,40}(?:政策|办法|措施|意见|细则|方案))$", title)
    if m:
        return m.group(1)
    # "某市某局某市财政局《…若干政策意见》…的实施细则": the bodies before a title built on another's name
    m = _ISSUERS_BEFORE_RE.match(title)
    if m and title[m.end():].startswith("《") and "》" in title[m.end():] and not re.search(r"关于|转发|印发", m.group(1)):
        return title[m.end():]
    return title


# a party committee and its government heading a policy without 关于 ("某县委、县政府加强…扶持政策")
_JOINT_PREFIX_RE = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{2,12}?[市县区]委、(?:[\u4e00-\u9fff]{2,12}?)?[市县区]?(?:人民)?政府)"
                              r"([\u4e00-\u9fff“”]{4,60}(?:政策|办法|措施|意见|细则|规定|方案))$")


_BODY = (r"(?:中共)?[\u4e00-\u9fff]{2,34}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|委员会|管理委员会|管委会|"
         r"区委|县委|市委|省委|办公室|办公厅|领导小组|办事处|联合会|总工会|局|厅|支行|分行)")
# (or a year right after the body: "某省某局2016年…试点县资金需求的通知")
_ISSUERS_BEFORE_RE = re.compile(rf"^({_BODY}(?:[\s、]*{_BODY})*)\s*(?:关于|印发|(?=(?:19|20)\d{{2}}年)|(?=《))")


# ---- what a title line is: its form, a covering notice's title, the 文号 run on after it --------------

DOC_TYPE = (r"(?:若干政策(?:措施|举措|意见)?|政策措施|政策举措|若干措施|若干举措|若干意见|实施意见|指导意见|实施细则|"
            r"实施办法|管理办法|暂行办法|办法|(?:实施|管理|考核|评选|评审)方法|细则|规则|(?:管理|服务|工作|操作|实施)规范|规定|条例|意见|措施|举措|方案|计划|政策|决定|通知|公告|"
            r"通告|公示|指南|(?:工作|办事|操作|申报)指引|须知|纲要|意见稿|制度|复函|(?<=的)函|答复|批复|通报|清单|(?<=[\u4e00-\u9fff\d]{2})(?:补贴|补助|奖励|扶持|资助|奖补)标准|(?:政策|措施)(?:摘要|摘编|汇编|一览表?|要点)|(?<!第)[一二三四五六七八九十]{1,3}条|(?<![\d第])\d{1,3}条|"
            r"(?:工作|申报|申请)(?:启动|开始)|(?:发放|兑现|拨付|下达|分配)情况|(?:工作|年度|情况|评估|评价|自查|执行)报告)")
_TITLE_RE = re.compile(r"^[^。;!]{4,100}?" + DOC_TYPE + r"(?:\s*[((][^()()]{1,16}[))])*$")
_CALL_RE = re.compile(r"(?:申报|征集|申请|评选|评审|推荐|遴选|认定)(?:工作)?(?:的)?(?:通知|公告)?$|通知$")
# (a letter typed in by slip before 通知 on a repost: "…办法的t通知")
_COVER_RE = re.compile(r"(?:印发|转发|颁发|修订|(?<=关于)(?:实施|发布|公布))[《〈<]?(.+?)[》〉>]?的?[a-z]?(?:通知|公告|函)$"
                       # "关于公开征求《…若干举措(征求意见稿)》意见的公告": the draft it puts out is the document
                       r"|征求(?:[^《》〈〉,。]{0,12}?)[《〈]([^《》〈〉]+?)[》〉][^《》〈〉]{0,24}?意见(?:建议)?的(?:通知|公告|通告|函)$")
# "各县(市、区)…有关单位:" — the colon is sometimes lost with the page's layout
_ADDRESSEE_RE = re.compile(r"^各[^。]{1,80}(?:[::]|(?:单位|部门|机构|企业|政府|局|委|办|处|街道|乡镇|园区))$")
_QUESTION = re.compile(r"(?:是什么(?:意思)?|有哪些|怎么(?:申请|申报|办|样)|如何(?:申报|申请)|吗|\?)[))]?$")
_NUMBERED_RE = re.compile(r"^(?:第[一二三四五六七八九十百]+[章条节]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")


def _led_news(title: str) -> tuple[str, str] | None:
    """(place, document) of "助力某业发展 某省某市出台某某办法": a headline's lead phrase, then the place that put
    the document out (the longest run of characters before the verb that names a place)."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{4,24}?)(?:正式)?(?:出台|印发|发布)(.{6,60}(?:办法|细则|政策|措施|意见|方案|指南))", title)
    if not m or re.search(r"关于|出台|印发|发布", m.group(1)):
        return None
    lead = m.group(1)
    place = next((lead[-k:] for k in range(min(8, len(lead) - 2), 1, -1) if lookup(lead[-k:]) is not None), None)
    return (place, m.group(2)) if place else None


def title_like(text: str) -> bool:
    t = split_title_doc_number(text.strip())[0]
    if NAV_RE.match(t) or re.match(r"(?:Page|P\.)\s*\d", t) or PAGE_THUMBNAIL_END.search(t):
        return False  # (a flip-book's page label names the book: "Page 34 - 某某汇编"; so does a page thumbnail's)
    t = re.sub(r"(?<=》)(?:政策)?(?:全文|原文)$", "", t)  # "《…办法(暂行)》全文"
    if t.startswith("《") and t.endswith("》") and t.count("《") == 1:
        t = t[1:-1]  # a page that prints its title in 《》
    if len(t) > 110 or "。" in t:
        return False
    t = HEADLINE_TAIL.sub("", t)  # a headline "…若干措施全文"
    # "某某关于…的若干政策解读": a deck's or a page's own title, explaining the policy it names (not a link to it,
    # "政策解读:…", nor a page about a notice, "《…的通知》政策解读")
    explained = re.fullmatch(r"([^《》:：()（）]{6,100}?" + DOC_TYPE + r")的?(?:政策)?解读", t)
    t = explained.group(1) if explained else t
    # "【起草说明】《X》的起草说明", "关于《X》的政策解读": a page about the policy X is titled by it
    about = re.fullmatch(r"(?:【[^】]{1,8}】|征集结果[::])?(?:关于)?《([^《》]{6,120})》的?(?:政策)?(?:解读|起草说明|编制说明|"
                         r"(?:意见)?反馈结果|意见采纳情况)" + _SERIES_PART, t)
    t = about.group(1) if about else t
    if _QUESTION.search(t):
        return False  # a question headline over an answer ("…奖励怎么申请"), no document's title
    if _ADDRESSEE_RE.match(t) or DATE_RE.match(t) or t.endswith((":", ":")):
        return False
    if _NUMBERED_RE.match(t) or re.search(r"[::]\s*(?:第[一二三四五六七八九十百]+[章条节]|[一二三四五六七八九十]+、)", t):
        return False  # "第二章 推动某类企业倍增计划": a part of the body, never the document's title
    if re.match(r"关于(?:我们|本站|本网)", t) or "公章" in t or re.search(r"(?:审批|审核|验收|推荐|初审|复核|签署)意见$", t):
        return False  # a site's "关于我们 | English | 网站地图" links: chrome that starts like a title (or a form's "某某审批意见" box)
    return bool(_TITLE_RE.match(t)) or (t.startswith("关于") and 6 <= len(t) <= 80 and "," not in t)


def unquote(text: str) -> str:
    t = text.strip()
    return t[1:-1] if t.startswith("《") and t.endswith("》") and t.count("《") == 1 else t


def strip_aggregator(text: str) -> str:
    """"某某市某类企业奖励政策:某某市促进…的若干意见" → the part after the colon when it is a title;
    "最高补贴N万元!某某区…申报开始" → the part after the exclamation."""
    for sep in (":", "!", "|", "丨"):
        if sep in text:
            lead, tail = (part.strip() for part in text.rsplit(sep, 1))
            if "。" in lead:
                continue  # "…给予扶持。政策依据:《X》": a paragraph naming its source, no headline
            if title_like(tail):
                return tail
            if sep in "|丨" and len(lead) >= 10 and re.fullmatch(r"[\u4e00-\u9fff]{2,6}[A-Za-z]{0,10}", tail):
                return lead  # "某某报道标题|行业动态": the site's column after the headline
    return text


def cover_title(text: str) -> tuple[str | None, str | None]:
    """(inner title, issuer) of a covering notice's title "X关于印发《Y》的通知"."""
    if "。" in text or len(text) > 160:
        return None, None
    # "…的通知(某政办发〔2021〕7号)": the 文号 after the title; "3、某某办公室关于…": a compilation's item number
    text = re.sub(r"\s*[((]\s*" + DOC_NO + r"\s*[))]\s*$", "", text)
    text = re.sub(r"^\s*\d{1,4}[、.]\s*(?=[\u4e00-\u9fff])", "", text)
    # a report's "日前某办公室印发甲办法的通知甲办法": the name printed again after the notice's title
    text = re.sub(r"^(?:日前|近日|近期|今日|今天|最近)[,,]?(?=[^《》]{2,30}?印发)", "", text)
    text = re.sub(r"^([^《》]{2,30}?印发)《?(.{6,80}?)》?的通知《?\2》?$", r"\1\2的通知", text)
    m = _COVER_RE.search(text)
    if not m:
        # "某某县人民政府印发关于…的若干政策意见": a notice titled by the act of issuing, news style
        m = re.match(r"^(.{2,30}?(?:政府|办公室|办公厅|委员会|管委会|领导小组|局|厅))(?:关于)?印发(.+)$", text)
        if m and title_like(m.group(2)) and not re.search(r"(?:通知|公告)$", m.group(2)):
            return m.group(2).strip("《》〈〉<>"), m.group(1)
        return None, None
    inner = (m.group(1) or m.group(2)).strip("《》〈〉<>")
    if not inner or len(inner) < 4:
        return None, None
    if text[m.start():m.start() + 2] == "转发" and (_CALL_RE.search(inner) or (
            "《" not in text and "关于" in inner and re.search(r"申报|征集|评选|遴选|推荐|认定", inner))):
        # a notice passing on a call for applications is itself the call: its title is its own (unquoted,
        # "转发某委关于组织申报…的通知", the call's own 的通知 is the title's ending)
        return None, None
    if text[m.start():m.start() + 2] in ("实施", "发布", "公布") and re.search(
            r"(?:指南|须知|通知|公告|名单|目录|清单)(?:[((][^()()]{1,12}[))])*$", inner):
        return None, None  # "关于发布《…指南》的通知": a call put out is the notice's own business
    head = re.sub(r"^【[^】]{1,8}】", "", text[: m.start()])  # an aggregator's "【区级】" label
    head = re.sub(r"^\s*" + DOC_NO + r"\s*", "", head)  # "某政办发〔2017〕88号 某某办公室关于印发…": its 文号 first
    issuer = re.sub(r"关于$", "", head).strip() or None
    if issuer and not re.search(r"(?:政府|办公室|办公厅|委员会|管委会|领导小组|局|厅|委|部|办|中心|党委|市委|区委|县委|公署)$", issuer):
        issuer = None
    return inner, issuer


def _notice_subject(text: str) -> str | None:
    """"X人民政府关于进一步推动…若干政策的通知" → "关于进一步推动…若干政策" when that is a title itself."""
    m = re.match(r"^(?:[\u4e00-\u9fff]{2,30}?(?:人民政府|办公室|办公厅|委员会|管委会|局|厅))?(关于.+?)的?(?:通知|公告)$", text)
    if m and title_like(m.group(1)) and not re.search(r"(?:通知|公告)$", m.group(1)):
        return m.group(1)
    return None


def split_title_doc_number(text: str) -> tuple[str, str | None]:
    """"某某开发区…政策措施 某开管办〔某年〕N号" → (title, 文号)."""
    m = re.search(r"\s*(" + DOC_NO + r")\s*$", text)
    if m and m.start() > 4:
        start = m.start(1)
        if start == m.start():
            # run together ("…若干措施某府办〔2025〕2号"): the title ends with its kind of document,
            # the number's short prefix (at most 8 characters) follows
            bracket = start + re.search(r"[〔\[(]", text[start:]).start()
            ends = [e.end() for e in re.finditer(r"措施|举措|办法|细则|意见|政策|方案|规定|通知|决定|规划|函|公告|通告|指南|批复|通报|公示", text[:bracket])
                    if 1 <= bracket - e.end() <= 8]
            if ends:
                start = ends[-1]
        return text[:start].strip(), re.sub(r"\s+", "", text[start:m.end(1)])
    return text, None


def crumb_title(chrome_text: str) -> str | None:
    """The page's last breadcrumb when it names a document ("首页>专题>某某区稳经济政策包")."""
    for line in chrome_text.split("\n"):
        # ("相关链接>>>某某指南": a link to another page, not where this one is filed)
        if BREADCRUMB_RE.match(line.strip()) and not re.match(r"\s*(?:相关|延伸)(?:链接|阅读|文章|新闻)", line):
            last = next((p for p in reversed(re.split(r"\s*[>»›]+\s*", line)) if p.strip()), "")
            if (title_like(last) or last.endswith("政策包")) and len(last) >= 6:
                return last.strip()
    return None


# a policy named alone after its brackets: not a notice's title ("《…》的通知") nor one of a list ("《A》、《B》等")
_ALONE = r"(?!的通知|、|等|和《|以及|及《|与《)"
# who puts a policy out, in a report: a place's government, or a bureau after its place ("某市某某局")
_PUTTER = r"[区县市]|政府|(?<=[省市区县])[^。《》\n,,]{1,10}?(?:厅|局|委)"


# A news report whose rule it states is the policy it names: "《…考核办法》明确,…给予…"
_REPORTED_RE = re.compile(r"(?:^|[。!\n]|(?:显示|获悉|了解到|介绍)[,,])\s*《([^《》]{6,60})》(?:还|也|中[^。《》\n]{0,30}?)?(?:明确|规定|提出|指出|要求|提及|提到)[,,::]"
                           # "依照《…奖励办法》(以下简称《办法》)第三条…": the policy the page sets out
                           r"|《([^《》]{6,60})》(?:\s*[((][^()()《》]{4,30}号[))])?\s*[((](?:以下)?(?:简称|下称)《[^《》]{2,12}》[))]"
                           # "某市近日…对《…管理规定》作了进一步修订": the policy a report says was revised
                           r"|(?:近日|日前|近期)[^《》。]{0,40}?对《([^《》]{6,60})》(?:作了|进行了|予以)(?:进一步)?(?:修订|修改)"
                           # "近日,(某省印发了)《…若干政策举措》,…": a news lead naming the policy it reports
                           r"|^(?:近日|日前|近期|最近)[,,]\s*(?:[^《》。,,]{0,90}?(?:印发|出台|发布|公布)了?)?《([^《》]{6,60})》"
                           # "根据《…实施细则(征求意见稿)》,…": a draft a report cites is what it tells of (no text in force cites one)
                           r"|(?:根据|依据|按照)《([^《》]{6,60}?)\((?:征求意见稿|草案|送审稿)\)》"
                           # "某厅根据《…若干政策措施》对新进规企业进行奖励": the awards a report tells of are the policy's
                           r"|(?:根据|依据|按照)《([^《》]{6,60})》对[^。《》]{2,40}?(?:进行|给予)(?:奖励|补助|补贴|奖补)"
                           # "记者从某局获悉,根据《某局关于开展…活动的公告》,…": the call a report's lead tells of
                           r"|记者(?:从|自)[^。《》\n]{2,30}?获悉[,,]\s*(?:根据|按照|依据)《([^《》]{6,80}(?:公告|通知|通告))》"
                           # "某区于去年10月发布《…若干措施》,内容包括…", "…举行发布会,发布《…办法》": what it reports
                           # (one policy, not a notice's title nor a list: "…相继出台《A》、《B》等")
                           r"|(?:" + _PUTTER + r"|发布会|上周|本周|近日|日前|近期|刚刚)[^。《》\n]{0,16}?[,,]?(?<!关于)(?<!相继)(?:正式)?(?:发布|出台|印发|推出)了?"
                           r"《([^《》]{6,60})》" + _ALONE +
                           # ("某县发布《某某工作》的通知": the name in brackets, the notice's word outside them)
                           r"|(?:" + _PUTTER + r")(?:正式)?(?:发布|印发|下发)了?《((?!关于)[^《》]{6,60}(?<!通知))》的通知"
                           # "某市政府官网公布的《…的通知》指出,…": what the report says the published text states
                           r"|(?<!之前)(?<!此前)(?<!先前)(?:公布|发布|印发)的《([^《》]{6,80})》(?:指出|明确|提出|规定)"
                           # "某区近日出台全省首个某某专项政策——《…若干措施》": the name after a dash
                           r"|(?:近日|日前)(?:正式)?(?:出台|印发|发布)了?[^。《》\n]{0,60}?——《([^《》]{6,60})》"
                           # "某区政府出台的《…办法》为…", "某地出台新的《…办法》,将…": the one it reports
                           r"|[\u4e00-\u9fff](?<!关于)(?<!相继)(?<!国家)(?<!省里)(?<!之前)(?<!此前)(?<!先前)(?<!曾)出台(?:了|新的|的)《([^《》]{6,60})》" + _ALONE +
                           # "某局关于公开征集《…办法(意见稿)》建议的公告": the draft it puts out
                           r"|征(?:集|求)[^《》。\n]{0,12}?《([^《》]{6,60})》[^《》。\n]{0,6}?(?:意见|建议)"
                           # "某县人民政府发布关于印发某县甲乙扶持政策(试行)的通知": the policy it passes on
                           r"|(?:政府|办公室|局|委员会)(?:正式)?(?:发布|印发|下发)了?关于印发([^。《》\n]{6,60}?)的通知"
                           # "某区大力实施某计划,发布《某某申请指引》,对…提供补贴": what the report says was put out, then what it does
                           r"|[,,]\s*(?:正式)?(?:发布|出台|印发)了?《([^《》]{6,60}(?:指引|指南|办法|细则|措施|政策|意见|方案))》[,,]\s*对"
                           # "根据某局网站《关于组织申报…的通知》,…。《通知》明确,…": the notice named, then told of by its short name
                           r"|(?:根据|依据|按照)[^。《》\n]{0,16}?《(关于[^《》]{6,80}的通知)》(?=[^《》]{0,600}?《通知》(?:还|也)?(?:明确|规定|指出|提出|要求))")
# (failing those, the same without its brackets: "日前,某县出台甲乙丙扶持办法,对…")
# (or a bureau of it: "某市商务局近日发布某某实施细则(征求意见稿),…")
_REPORTED_BARE_RE = re.compile(r"(?:^|[,,。)\n])\s*(?:(?:日前|近日|近期|最近)[,,]\s*)?[\u4e00-\u9fff]{1,8}?[区县市]"
                                r"(?:政府|人民政府|[\u4e00-\u9fff]{1,8}?(?:局|委|厅))?(?:近日|日前)?(?:正式|拟)?(?:出台|印发|发布)了?"
                                # (a name, not words that only point at some: "出台相关…政策", "一系列…措施")
                                r"(?!相关|有关|一系列|系列|多项|一批|各项|多个|一些|一揽子)"
                                r"([\u4e00-\u9fff“”]{4,40}?(?:办法|细则|措施|政策|意见))(?:\((?:征求意见稿|试行|暂行)\))?[,,。]"
                                # ("记者从某局获悉,某市某某操作规程正式发布,…": the name, then the word it was put out)
                                r"|(?:获悉|了解到)[,,]\s*([\u4e00-\u9fff“”]{6,40}?(?:规程|办法|细则|措施|政策|意见|规定))(?:近日|日前)?(?:正式|已经?)(?:发布|出台|印发|实施)[,,。]"
                                # ("某市商务局发布征集某年某某项目的通知显示,…": a notice a report reads from, unquoted)
                                r"|^[\u4e00-\u9fff]{2,10}?[区县市省][\u4e00-\u9fff]{1,8}?(?:局|委|厅)(?:近日|日前)?发布([\u4e00-\u9fff\d“”]{6,50}?(?:通知|公告))"
                                r"(?:显示|指出|明确)[,,]"
                                # ("日前,某区某委发布了关于组织申报…的通知,适用于…": the call a lead tells of, unquoted)
                                r"|(?:日前|近日|近期)[,,]\s*[\u4e00-\u9fff]{2,10}?[区县市][\u4e00-\u9fff]{1,8}?(?:局|委|厅)(?:正式)?(?:发布|印发)了?(关于[\u4e00-\u9fff\d“”]{6,60}?的通知)[,,]")


# "…印发《某某区关于…的实施意见》。《实施意见》明确…": a policy put out, then spoken of by the tail of its name
_PUT_OUT_NAMED = re.compile(r"(?<!关于)(?<!相继)(?:出台|印发|发布|推出)了?《([^《》]{8,60})》" + _ALONE)


# a policy put out or put in force, by name ("7月起施行的《…办法》"): what a report may go on to call "该办法"
_IN_FORCE_NAMED = re.compile(r"(?:出台|印发|发布|推出|实施|施行)(?:了|的)《([^《》]{6,60}?(细则|办法|政策|措施|意见|规定|方案|条例))"
                             r"(?:\((?:试行|暂行)\))?》" + _ALONE)


def _put_out_then_short(text: str) -> str | None:
    for m in _PUT_OUT_NAMED.finditer(text, 0, 1500):
        name = m.group(1)
        if any(name.endswith(s.group(1)) and len(s.group(1)) < len(name) - 4
               for s in re.finditer(r"(?:^|[。\n])\s*《([^《》]{2,8})》", text[m.end():m.end() + 800])):
            return name
    for m in _IN_FORCE_NAMED.finditer(text, 0, 1500):
        word = m.group(2)  # "…开始实施的《某某实施细则》,…。这一细则的适用对象…": the one the report goes on about
        if re.search(rf"(?:这一|这项|该|此)(?:项)?{word}", text[m.end():m.end() + 400]):
            return m.group(1)
    return None


# an explainer opening on why the policy was made ("一、起草背景"), then naming it: "结合我县实际,制定某某办法。",
# or "修订本办法" and the revised one quoted where no basis is cited ("《某某办法》,相比某年版…")
_EXPLAINER_HEAD = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[一1][、.]\s*)?(?:政策|(?:政策)?(?:起草|制定|出台|修订)(?:的)?)背景")
_MADE_NAMED = re.compile(r"实际[,,]\s*(?:特)?(?:制定|修订)了?(?!本|此)([^。,,;《》\n]{6,50}?(办法|细则|措施|政策|意见|方案|规定))[。,,]")
_QUOTED_OWN = re.compile(r"(?<![依根]据)(?<!按照)(?<!落实)(?<!衔接)(?<![、和及与])《([^《》]{6,60}?(办法|细则|措施|政策|意见|方案|规定))》")


def _explained(text: str) -> str | None:
    if not _EXPLAINER_HEAD.search(text, 0, 400):
        return None
    head = text[:1500]
    if m := _MADE_NAMED.search(head):
        return m.group(1)
    return next((m.group(1) for m in _QUOTED_OWN.finditer(head) if f"本{m.group(2)}" in head), None)


# a policy named second in a list ("结合了《甲》以及某某出台的《乙》"): cited beside another, not the one reported
_LISTED_AFTER = re.compile(r"》(?:以及|及|和|与|、)[^。《》\n]{0,24}$")


def reported_title(text: str) -> str | None:
    """The one policy a report (a news page, an explainer) tells of, by the words that name it."""
    m = next((m for m in _REPORTED_RE.finditer(text) if not _LISTED_AFTER.search(text, max(0, m.start() - 30), m.start() + 1)),
             None) or _REPORTED_BARE_RE.search(text)
    if m is None:
        return _put_out_then_short(text) or _explained(text)
    if m and _CALL_OPENS.match(text[m.end():m.end() + 80]):
        return None  # "根据《…管理规定》(以下简称…),某年度…项目开始申报": a call, the policy only its basis
    return next((g for g in m.groups() if g), None) if m else None


def _ends_of(needle: str, text: str) -> list[int]:
    """Where each occurrence of needle in text ends (plain text: no pattern compiled per name)."""
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i + len(needle))
        i = text.find(needle, i + 1)
    return out


def put_out_guide(named: str, text: str) -> bool:
    """A call's guide or a notice a report says was put out ("《…申报指南》(简称…)在某会上正式发布", "近日,某区
    发布了《…的通知》", "官网公布的《…的通知》指出"): the document it reports, though a notice (one it only cites,
    "根据《…申报指南》", is not)."""
    quoted = _ends_of("《" + named + "》", text)
    if named.endswith("通知") and any(_SHORT_NAME_SAYS.match(text, q) for q in quoted):
        return True  # "…《关于组织申报…的通知》,…。《通知》明确,…": the notice the report tells of, by its short name
    if named.endswith(("公告", "通知")) and re.search(r"记者(?:从|自)[^。《》]{2,30}?获悉[,,]\s*(?:根据|按照|依据)《" + re.escape(named) + "》"
                                                   # ("某市商务局16日发布《关于申报…的通知》,决定…": the body put it out)
                                                   r"|^[^。《》\n]{2,20}?(?:局|厅|委|办公室)\d{0,2}日?(?:正式)?(?:发布|印发)了?《" + re.escape(named) + "》"
                                                   r"|^[^。《》\n]{2,20}?(?:局|厅|委)(?:近日|日前)?发布" + re.escape(named) + "(?:显示|指出|明确)[,,]"
                                                   r"|(?:日前|近日|近期)[,,]\s*[^。《》\n]{2,20}?(?:局|厅|委)(?:正式)?(?:发布|印发)了?" + re.escape(named) + "[,,]", text):
        return True  # "记者从某局获悉,根据《某局关于开展…的公告》,…": the call the report's lead tells of
    return named.endswith(("指南", "通知", "指引")) and bool(re.search(re.escape(named) + r"》[^。]{0,60}?(?:正式)?(?:发布|出台|印发)", text)
                                                 or any(_PUT_OUT_BEFORE.search(text, 0, q - len(named) - 2) and _WHAT_IT_DOES.match(text, q)
                                                        for q in quoted)
                                                 or re.search(r"(?:近日|日前)[^。《》]{0,40}?(?:发布|印发|出台)了?《" + re.escape(named) + "》"
                                                              r"|(?:公布|发布|印发)的《[^《》]{0,16}" + re.escape(named) + "》(?:指出|明确|提出|规定)", text))


# after a notice named in full, its short name saying what it sets ("…》,…。《通知》明确,…"); a clause putting a
# document out right before its name ("…,发布《"), and what the document does right after it ("》,对…")
_SHORT_NAME_SAYS = re.compile(r"[^《》]{0,600}?《通知》(?:还|也)?(?:明确|规定|指出|提出|要求)")
_PUT_OUT_BEFORE = re.compile(r"[,,]\s*(?:正式)?(?:发布|出台|印发)了?$")
_WHAT_IT_DOES = re.compile(r"[,,]\s*对")


# the rest of a sentence telling that applications open: a call the report tells of, not the policy it cites
_CALL_OPENS = re.compile(r"[^。!\n]{0,60}?(?:开始|启动|开展)(?:正式)?(?:申报|受理|申请)|[^。!\n]{0,60}?申报工作(?:正式)?(?:开始|启动)"
                         # ("根据《…细则》(简称《细则》),现组织…申报": a call letter, the policy its basis)
                         r"|[^。!\n]{0,30}?[,,]\s*现(?:组织|开展|启动|受理|征集)[^。!\n]{0,40}?(?:申报|申请|征集|遴选|推荐)"
                         # ("根据《…办法》…,现编制本指南": a guide, the policy only its basis)
                         r"|[^。!\n]{0,160}?现(?:制定|制订|编制)本(?:申报|申请|办事)?(?:指南|指引|须知|通知)")


# what a policy is called in full keeps its trial status and its years ("…办法(试行)", "…计划(2019-2023年)"):
# both belong to the name as printed, unlike a stage or edition mark ("(征求意见稿)", "(2025年版)")
_NAME_SUFFIX = re.compile(r"\s*((?:[((]\s*(?:试行|暂行)\s*[))]|[((]\s*\d{4}\s*年?\s*[-—–~至到]+\s*\d{4}\s*年(?:度)?\s*[))])+)")


def with_printed_suffix(title: str | None, text: str) -> str | None:
    """The title with the trial or year-span mark printed right after it in the text, if any."""
    if not title or len(title) < 4:
        return title
    m = re.search(r"\s*".join(map(re.escape, title)) + _NAME_SUFFIX.pattern, text)
    if not m:
        return title
    return title + re.sub(r"\s+", "", m.group(1)).replace("（", "(").replace("）", ")")


# "《full name》(以下简称《short》)": a name the text defines for what it reports
_SHORT_NAME_RE = re.compile(r"《([^《》]{6,100})》\s*[((]以下简称“?《?([^《》“”()()]{2,12}?)》?”?[))]")


def defined_full_name(text: str, short: str) -> str | None:
    """The full name the text gives a short one it defines ("《X》(以下简称《Y》)" → X for Y), if any."""
    return next((m.group(1) for m in _SHORT_NAME_RE.finditer(text) if m.group(2) == short), None)
