"""Page chrome by its form: breadcrumbs, navigation links, share buttons, page fields' leftovers,
bylines and keyword lines — what a government site prints around a document, never the document."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.line_breaks import AGO_STAMP, KEYWORD_LINE, advert

# a document site's page thumbnail label ("某某办法.doc_第1页"): chrome, and never a title
_THUMBNAIL_TAIL = r"\.(?:docx?|pdf|wps|pptx?)_?第\s*\d{1,4}\s*页"
PAGE_THUMBNAIL = re.compile(r".{2,80}" + _THUMBNAIL_TAIL, re.I)
PAGE_THUMBNAIL_END = re.compile(_THUMBNAIL_TAIL + "$", re.I)

_CHROME_RE = re.compile(
    r"^(?:[|?·•※\-—_=*#>]+|首页|主页|返回|打印|关闭|收藏|分享|【?打印本页】?|【?关闭窗口】?|"
    r"字体[::]?.*|字号[::]?[大中小\s]*|.*点击关闭.*|.*您(?:现在)?的?(?:当前)?位置.*|当前位置.*|.*导读[::].*|"
    r"(?:上一篇|下一篇|相关(?:文章|链接|阅读|新闻|文件)|扫一扫|微信|微博).*|.*[>»›→].*[>»›→].*|"
    r"政府信息公开.{0,10}|信息公开.{0,8}|法定主动公开内容|政府动态|热点动态|通知公告|政策文件|政策解读|"
    r"规范性文件|部门文件|文件通知|信用信息公示|.*\d{3,4}-\d{7,8}.*|.*\d{11}.*|.*(?:浏览|阅读|访问)\s*\d*\s*(?:次|分享).*|"
    r"[\u4e00-\u9fff]{2,4}\s*/\s*\d{4}-\d{2}-\d{2}.*|.{0,20}发表于\s*\d{4}-.*|(?:来源|作者|编辑)[::].{0,30}|"
    r"[\u4e00-\u9fff]{0,8}(?:解读|图解|视频|相关阅读|附件下载|原文下载)|"

    r".{0,12}(?:无障碍|登录|注册|English|简体|繁体|适老化).{0,12}|(?:赞助商链接|广告|推广)\s*\|?|"
    # a server's error left in the page ("处理 SSI 文件时出错", an include that failed)
    r"处理\s*SSI\s*文件时出错|\[an error occurred while processing this directive\])$")

# words of the adult-site phrases mirror pages put on their first line
_SPAM_WORD = re.compile(r"无码|在线观看|免费视频|视频播放|一区|二区|三区|日韩|欧美|亚洲|久久|午夜|[Aa][Vv](?![a-z])|婷婷")

# a policy portal's tabs on one line ("政策简读 政策原文"): chrome even though it ends like a title's "…政策原文"
TABS_RE = re.compile(r"(?:(?:政策简读|政策原文|政策全文|政策解读|图文解读|申报指南|办事指南)\s*){2,}|政策简读|政策原文")

# a breadcrumb run into the line after it, no separators left ("首页某某公开某某文件 某某局印发《…》的通知")
_CRUMB_STEPS = r"首页(?:[>›»/\s]*[\u4e00-\u9fff]{2,6}?(?:公开|文件|动态|公告|信息|专栏|要闻|栏目))+"
CRUMBS_RUN_ON = re.compile(r"^\s*(?:当前位置[::]?\s*)?" + _CRUMB_STEPS + r"\s*")
# (the same trail at a line's start, a space before the title after it: the break a flattened page lost)
CRUMBS_BEFORE_TITLE = re.compile(r"(?m)^((?:当前位置[::]?[ \t]*)?" + _CRUMB_STEPS + r")[ \t]+(?=[\u4e00-\u9fff])")

# (not a text that marks the titles it cites "<…>" inside 《…》: "关于印发<某某办法>的通知")
# ("某某网某省 > 正文": one step, then the page's own place in the site)
BREADCRUMB_RE = re.compile(r"^(?:您(?:现在|当前)?的?(?:当前)?位置|当前位置|所在位置)[::]?|^\s*[>»›]|(?:[^<\n]*[>»›]){2}|^(?:网站)?首页\s*[>»›]"
                           r"|^[^<>\n]{2,20}[>»›]\s*(?:正文|详情|内容|详细内容)\s*$")

# links to the site's other pages ("上一篇:…", "相关阅读"): chrome even when what they name looks like a title
NAV_RE = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|相关(?:文章|链接|阅读|新闻|文件|推荐)|"
                     r"推荐阅读|延伸阅读|热门(?:推荐|文章|阅读)|猜你喜欢)\s*[::]?")


# a label over other pages' headlines and teasers, under the text ("新闻推荐", "猜你喜欢"): the text has ended
_TEASERS_RE = re.compile(r"(?:新闻推荐|相关推荐|推荐阅读|延伸阅读|热门(?:推荐|文章|阅读|新闻|资讯)|猜你喜欢|精彩推荐|更多(?:新闻|阅读|推荐|资讯)|推荐资讯|资讯推荐|相关资讯|最新资讯"
                         r"|相关(?:新闻|阅读|文章))\s*[::]?")


def teasers_start(texts: list[str]) -> int | None:
    """The line where a page's list of other pages begins, below a text of some length: what follows is
    theirs (a headline and a teaser of another report), never the document's."""
    seen = 0
    for i, t in enumerate(texts):
        if seen >= 200 and _TEASERS_RE.fullmatch(t.strip()):
            return i
        seen += len(t.strip())
    return None


def nav_link(texts: list[str], i: int) -> bool:
    """Line i names another page of the site: the line after a bare "上一条"/"下一篇" label."""
    before = next((t.strip() for t in reversed(texts[max(0, i - 3):i]) if t.strip()), "")
    return bool(re.fullmatch(r"[上下]一[条篇][::]?", before))


def is_chrome(text: str) -> bool:
    t = text.strip()
    if not t:
        return True
    if NAV_RE.match(t):
        return True
    if re.match(r"^(?:导读|摘要|内容摘要|来源|原标题)[::]", t) and (len(t) <= 80 or "。" not in t):
        return True  # (a long line that only starts so carries the report on: it is text)
    if re.fullmatch(r"[A-Za-z][A-Za-z .]{2,40}[·•]\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", t):
        return True  # "Some Paper·2025-10-10 11:10": a source's name in Latin letters and when it posted
    if re.match(r"^(?:相关链接|相关阅读|延伸阅读|相关文章|相关新闻)\s*(?:>+|》+|[::])", t):
        return True  # "相关链接>>>某某申请指南": a link to another page, its name no title of this one
    # ("某某日报客户端记者 某某 通讯员 某某", "某某经济报记者 某某": the paper named before its reporters)
    if re.fullmatch(r"[■◆●▲□\s]*(?:本报|本台|本网|[\u4e00-\u9fff]{2,12}?(?:日报|晚报|报社|电视台|客户端|新闻网|融媒体中心|报)(?:\s*[·•]\s*[\u4e00-\u9fffA-Za-z\s]{1,20}?)?)?\s*(?:通讯员|记者)[\u4e00-\u9fff\s]{2,24}?(?:报道|摄影?|采写|通讯员[\u4e00-\u9fff\s]{2,12})?", t):
        return True  # "■ 记者 某某 某某 报道", "某某晨报 · 某某 记者 某某": a byline
    if len(t) <= 2 and not re.match(r"^[\u4e00-\u9fff]{2}$", t):
        return True
    if advert(t):
        return True  # a consultancy's advertisement ("…量身定制项目申报,…欢迎免费咨询")
    if KEYWORD_LINE.fullmatch(t):
        return True  # a site's keyword line ("词一_词二_词三-词四"): no sentence, no title
    if "。" not in t and len(re.findall(r"[,,_\-|]", t)) >= 3 and len(_SPAM_WORD.findall(t)) >= 3:
        return True  # a mirror's line of adult-site phrases ("…无码…,…在线观看…,…"): never the document
    if re.fullmatch(r"[((]\s*[^()()]{0,12}?(?:图片|配图|照片|图)[^()()]{0,12}?(?:仅供参考|来源[^()()]{0,16}|摄)\s*[))]", t) \
            or re.fullmatch(r"[((]\s*(?:资料|网络|新闻)?(?:图片|配图|照片|图)\s*[))]", t):
        return True  # "(资料图片仅供参考)", "(图片来源:某网)", "(资料图片)": a picture's caption above the text
    if re.fullmatch(r"欢迎(?:访问|光临|来到|进入)[^。,,]{2,40}?(?:网站|平台|网|门户|窗口|官网)[!!]?", t):
        return True  # "欢迎访问某某服务平台": the site's greeting, not the text's place or title
    if re.fullmatch(r"[【\[][^【】\[\]]{0,40}?[A-Za-z0-9-]+\.(?:com|cn|net|org|cc)\b[^【】\[\]]{0,40}[】\]]", t):
        return True  # "【某某.com-某某网】": a site's banner with its address, above the copied text
    if re.match(r"[-·•*]?\s*[\[【]\s*(?:\d{4}-)?\d{1,2}-\d{1,2}\s*[\]】]\s*\S", t) and "。" not in t:
        return True  # "- [ 03-12]某某名单公布": a dated link to another article, in a list under the text
    if re.fullmatch(r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报)\s*(?:数字报纸|数字报|电子版|电子报|数字版)", t) \
            or re.fullmatch(r"(?:第?[0-9A-Z]{1,3}版|[A-Z]?\d{1,2}\s*版)\s*[::]?\s*[\u4e00-\u9fff·]{0,10}", t):
        return True  # "某某日报 数字报纸", "03版:市场": a paper's masthead and page label, not the report's
    if re.fullmatch(r"[•·●\s]*[\u4e00-\u9fff]{2,10}?(?:客[户戶]端|APP|App)", t):
        return True  # "• 某某新闻客户端": a link to the paper's app, in the masthead
    if len(t) <= 80 and re.search(r"([\u4e00-\u9fff]{2,8}?)\d{1,3}\s*\1\d{1,3}\s*\1\d{1,3}", t):
        return True  # "某某栏目3某某栏目2某某栏目1": one word numbered over and over, a site's placeholder links
    if len(t) < 200 and re.search(r"本文档|文档下载|下载文档|文件下载后|下载前", t) and re.search(r"版权|付费|客服|金币|预览|投诉|侵权", t) \
            or re.fullmatch(r"温馨提示[::]?|查看更多|(?:网站)?客服[::]?\s*\d{5,12}", t):
        return True  # a document site's notes on downloading and paying ("2、本文档由网友上传,…"): not the document
    if PAGE_THUMBNAIL.fullmatch(t):
        return True  # a document site's page thumbnail label ("某某办法.doc_第1页")
    if re.match(r"^(?:Page|P\.)\s*\d{1,4}\b", t):
        return True  # a flip-book's page label ("Page 34 - 某某汇编", "P. 34"): the book's, not the text's
    if len(t) <= 60 and "。" not in t and re.search(r"(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]+\.(?:tsv|csv|json|jsonl|txt|xlsx?|md)\b", t):
        return True  # "某某详见 某.tsv(同目录)": a crawler's note on its own files, not the page's
    return bool(_CHROME_RE.match(t)) and len(t) < 80


def page_stamp(t: str) -> str | None:
    """The page's own date stamp: "zz.fjsen.com 2015-03-28 10:02:49 来源:…", "2020/09/04/ 17:34:26",
    or a byline's date ("本文作者:某某 2020-08-27")."""
    m = re.search(r"(?:^|[\s·|\u4e00-\u9fff:])((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})/?\s*\d{1,2}:\d{2}", t) if len(t) <= 80 else None
    if m:
        return f"{m.group(1)}-{m.group(3)}-{m.group(4)}"
    m = re.search(r"(?:作者|编辑|记者)[::][^\d::]{1,20}?\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$", t) if len(t) <= 40 else None
    if m:
        return "-".join(m.groups())
    # a byline row of fields led by its date: "2021-08-06 | 查看: | 来源:某局 |"
    m = re.match(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*[|丨]", t)
    # (or a blog theme's byline, the date in brackets after how long ago: "某某2年前 (2023-05-17)某栏目31")
    m = m or (AGO_STAMP.search(t) if len(t) <= 60 else None)
    # (or the date, then a column's or author's word and a count of views: "2023-03-14 某栏目 57")
    m = m or re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*[\u4e00-\u9fff]{1,10}\s*\d{1,7}", t.strip())
    if m:
        return "-".join(m.groups())
    # a day-first stamp with its time, as some sites print it: "21.08.2017 09:45"
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?", t.strip())
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m and int(m.group(2)) <= 12 else None


def posting_year(head: str) -> int | None:
    """The year of a page's posting stamp in its first lines ("发布时间:2021-11-30", "2021-11-30 来源:某网", a
    byline page_stamp reads) — what dates a report that names no year of its own."""
    stamp = re.search(r"(?:发布|发表|更新|上传)(?:时间|日期)\s*[::]\s*((?:19|20)\d{2})\s*[-/.年]"
                      # (or in brackets: "【2018-05-22】【来源:某报 某某】")
                      r"|(?:^|\n)\s*[【\[]?((?:19|20)\d{2})-\d{1,2}-\d{1,2}\s*(?:[】\]]\s*[【\[])?(?:来源|作者|编辑)[::]", head)
    if stamp:
        return int(stamp.group(1) or stamp.group(2))
    return next((int(found[:4]) for line in head.splitlines() if (found := page_stamp(line))), None)


def byline_fields(t: str) -> dict[str, str]:
    """The page fields a byline row carries: its date (page_stamp), and the body that put the page out when
    the row is that body's name and a date alone ("某某市某某局 | 2023-03-22")."""
    out = {"published": stamp} if (stamp := page_stamp(t)) else {}
    m = re.fullmatch(r"([\u4e00-\u9fff]{4,30}?(?:局|委员会|管委会|人民政府|办公室|办公厅|厅))\s*[|丨]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", t)
    if m:
        out.update(source=m.group(1), published=out.get("published") or "-".join(m.group(2, 3, 4)))
    return out
