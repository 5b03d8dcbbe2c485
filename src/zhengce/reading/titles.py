"""What a document's title is: its printed heading without the page's wording around it — stage
suffixes ("(征求意见稿)", "(2025年版)"), an aggregator's labels and headline words, the issuer's prefix
— and the bodies printed before 关于 in a heading."""

from __future__ import annotations

import re

from zhengce.reading.regions import lookup

SUFFIX_RE = re.compile(r"\((?:\d{4}年(?:版|度)?|\d{4}版|\d{4}|征求意见稿|修订稿|送审稿|草案|试行稿|试行|暂行|摘要|节选|征求意见稿\s*[Vv]?\d+(?:\.\d+)*|草案(?:修改|修订)?[一二三四五]?稿?(?:征求意见稿)?|讨论稿|代拟稿|(?:再次|第[二三]次|二次)?公开征求意见稿|(?:再次|第[二三]次|二次)征求意见稿|\d{4}年修订版|\d{4}年修订|修订|修订版|修订草案征求意见稿|修订征求意见稿|修订草案|草案征求意见稿|共[^()]{1,24}|[一二三四五六七八九十]{1,2}|\d{4}年?\s*[-—–~至到]+\s*\d{4}年(?:度)?|自[^()]{4,30}(?:施行|实施|执行)[^()]{0,12}|有效期[^()]{1,24})\)")

# a headline's words after the policy's name: "…若干措施全文", "…若干措施之某项奖励" (one part of it)
HEADLINE_TAIL = re.compile(r"(?<=[策施见法则定例案知])(?:(?:政策)?(?:全文|原文)|之[\u4e00-\u9fff]{2,12})$")


def clean_title(title: str) -> str:
    title = re.sub(r"\s+", "", title)
    title = re.sub(r"(?<=.{6})[((]\d{4}年\d{1,2}月\d{1,2}日[))]$", "", title)  # "…政策意见(某年某月某日)": when adopted
    title = re.sub(r"^【[^】]{1,8}】", "", title)  # an aggregator's "【区级】" / "【某某区】" label
    title = re.sub(r"^\d{1,3}[.、](?=[\u4e00-\u9fff《])", "", title)  # a list's item number: "7.某厅关于…的通知"
    title = re.sub(r"^[((]此件(?:公开发布|主动公开|公开)[))]", "", title)  # the notice's last line, run into the title
    # a report's sentence citing the policy, cut at the line's end: "按照《关于…的实施方案" → the name
    title = re.sub(r"^(?:按照|根据|依据|依照)《([^《》]{6,120})》?$", r"\1", title)
    title = re.sub(r"(?<=[)\u4e00-\u9fff])(?:征求意见稿|草案)$", "", title) if len(title) > 10 else title  # "…方案征求意见稿"
    # "关于《X》的政策解读" / "…的起草说明": a page about a policy is read for the policy it is about
    about = re.fullmatch(r"关于《(.{6,120})》(?:[\u4e00-\u9fff]{0,8}?政策文件)?的(?:政策)?(?:解读|说明|起草说明|图解|(?:规范性)?解释)(?:说明)?", title) or re.fullmatch(
        r"(?:征集结果[::])?《(.{6,120})》的?(?:(?:意见)?反馈结果|意见采纳情况)", title) or re.fullmatch(
        r"(?:[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|人民政府))?(?:关于)?《(.{6,120})》(?:第[一二三四五2-5]次)?(?:公开)?"
        r"(?:征求意见|意见征集|征求社会公众意见)(?:的(?:公告|通知|通告))?", title)
    if about:
        title = strip_issuer_prefix(about.group(1)) if "关于" in about.group(1) else about.group(1)
    # a news headline "某某出台某类企业奖励扶持办法": the document is the place's Y
    news = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:正式)?(?:出台|印发|发布)(.{6,60}(?:办法|细则|政策|措施|意见|方案))", title)
    if news:
        place = lookup(news.group(1))
        if place is not None and place.level in ("city", "district", "county"):
            title = (place.name + news.group(2)) if not news.group(2).startswith(place.name[:2]) else news.group(2)
    # an aggregator's headline "《某县人民政府关于印发某某办法的通知》政策": the document it names
    wrapped = re.fullmatch(r"《([^《》]{6,120})》(?:政策|全文|原文|详情|政策原文)?(?:的?(?:政策)?(?:解读|起草说明|编制说明))?", title)
    if wrapped:
        inner = re.search(r"印发《?(.+?)》?的通知$", wrapped.group(1))
        title = inner.group(1) if inner else strip_issuer_prefix(wrapped.group(1))
    # a question headline about a document: "《X关于印发Y的通知》中的政策有哪些?"
    asked = re.fullmatch(r".{0,10}《(.{6,120})》.{0,24}(?:有哪些|是什么|怎么申请|如何申报|\?)", title)
    if asked:
        inner = re.search(r"印发《?(.+?)》?的通知$", asked.group(1))
        title = inner.group(1) if inner else strip_issuer_prefix(asked.group(1))
    title = re.sub(r"\.(?:docx?|pdf|wps|txt|ofd)$", "", title, flags=re.I)  # a document site's file name
    title = HEADLINE_TAIL.sub("", title)
    # an aggregator's page about a policy: "…若干政策意见申报指南", "…实施细则补贴标准"
    guide = re.fullmatch(r"(.{6,80}?(?:若干政策意见|若干政策措施|若干政策|若干措施|若干意见|实施意见|实施细则|管理办法|暂行办法|办法|"
                         r"细则|意见|措施|政策))(?:申报|奖励|补贴|补助|扶持|资助|条件|标准|流程|指南|解读|汇总|详解|一览)+", title)
    if guide:
        title = guide.group(1)
    prev = None
    while prev != title:
        prev = title
        title = SUFFIX_RE.sub("", title).strip()
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


def strip_issuer_prefix(title: str) -> str:
    # (joint issuers too: "中共某某市委、某某市人民政府关于…")
    m = re.match(r"^(?:中共)?[\u4e00-\u9fff]{2,30}?(?:[市县区省]委、[\u4e00-\u9fff]{2,20}?)?(?:人民政府办公室|人民政府办公厅|"
                 r"人民政府|政府办公室|委员会|办公室|管委会)(关于.+)$", title)
    if m:
        return m.group(1)
    m = _JOINT_PREFIX_RE.match(title)
    if m:
        return m.group(2)
    # "某市某局某市财政局《…若干政策意见》…的实施细则": the bodies before a title built on another's name
    m = _ISSUERS_BEFORE_RE.match(title)
    if m and title[m.end():].startswith("《") and "》" in title[m.end():] and not re.search(r"关于|转发|印发", m.group(1)):
        return title[m.end():]
    return title


# a party committee and its government heading a policy without 关于 ("某县委、县政府加强…扶持政策")
_JOINT_PREFIX_RE = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{2,12}?[市县区]委、(?:[\u4e00-\u9fff]{2,12}?)?[市县区]?(?:人民)?政府)"
                              r"([\u4e00-\u9fff“”]{4,60}(?:政策|办法|措施|意见|细则|规定|方案))$")


_BODY = (r"(?:中共)?[\u4e00-\u9fff]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|委员会|管理委员会|管委会|"
         r"区委|县委|市委|省委|办公室|办公厅|领导小组|局|厅)")
# (or a year right after the body: "某省某局2016年…试点县资金需求的通知")
_ISSUERS_BEFORE_RE = re.compile(rf"^({_BODY}(?:[\s、]*{_BODY})*)\s*(?:关于|印发|(?=(?:19|20)\d{{2}}年)|(?=《))")
