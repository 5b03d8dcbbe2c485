"""What kind of document a text is: a policy (若干政策/措施/意见), rules (办法/细则/规定) or a notice (申报通知,
公示, 下达…) — by its title's last word, by how its measures are numbered, and, with no telling title, by the
signs of a call, a publicity or a payment in its text."""

from __future__ import annotations

from zhengce import rx as re
from zhengce.reading.lines import CLAUSE_RE


# a report's headline of money paid out: "某县投入N万元保护…", "N余万补偿金发放", "某局落实…补贴N万元"
PAID_OUT_HEADLINE = re.compile(r"(?:投入|发放|下达|拨付|落实|兑现|筹措)了?[^,。!!]{0,12}?\d[\d.]*\s*余?\s*[万亿]元?"
                               r"|\d[\d.]*\s*余?\s*[万亿]元?[^,。!!]{0,12}?(?:发放|下达|拨付|兑现|到位)(?:完毕)?$"
                               # ("某某补助资金全部到位": a report that the money has reached those paid)
                               r"|(?:资金|经费)(?:已经?)?(?:全部|全额|足额)(?:拨付|发放)?到位$"
                               # ("某县为某类人员发放交通补助": a report of payment made to those it names)
                               r"|^[\u4e00-\u9fff]{2,10}?为[^,。!!《》]{2,16}?(?:发放|兑现|拨付)[^,。!!《》]{0,8}?(?:补助|补贴|奖励|奖补|补偿)(?:金|资金)?(?![^,。!!]*(?:政策|办法|细则|措施|意见|方案))")


# a page's headline asking about a policy ("某地技能补贴可以领多少钱", "…申请需要什么材料"): a page about it, a notice
QUESTION_HEADLINE = re.compile(r"(?:多少钱?|什么材料|哪些材料|怎么(?:申请|领取?|办理?)|如何(?:申请|领取?|办理))"
                               r"(?:[((][^()()]{0,40}[))])?[??]?$")


# an aggregator's headline "某某补贴申请条件", "某某奖励申报指南": a page about how to apply
_HOW_TO_APPLY = re.compile(r"(?:申报|申请|申领)(?:条件|指南|须知|要求|流程|程序|时间)$")


def headline_tells_notice(title: str) -> bool:
    """A headline whose form says the page is about money paid out or asks about a subsidy: a notice, even when
    the headline was only guessed from the page's layout."""
    return bool(QUESTION_HEADLINE.search(title) or PAID_OUT_HEADLINE.search(title) or _HOW_TO_APPLY.search(title))


_CALL_WORDS = (r"申报|申请|组织|开展|征集|推荐|评选|认定|遴选|报送|印发|转发|公布|下达|拨付|做好|启动|受理|名单|结果|备案|公示|征求"
               r"|工作的通知|实施的通知|管理的通知")


def kind_of(title: str | None, category: str | None = None) -> str:
    t = (title or "").rstrip("”\"’'」』")  # "…高质量发展“一县一方案”": the word inside the closing quote
    # the title's last word says what the document is: "若干政策意见实施细则" is rules for a policy
    core = re.sub(r"(?:\((?:试行|暂行|修订|征求意见稿|草案|\d{4}年(?:修订|版)?|\d{4}\s*[—\-–~至]+\s*\d{4}年?)\))+$", "", t)
    if re.search(r"(?:细则|办法|规则|规程|(?:管理|服务|工作|操作|实施)规范|条例|(?:实施|管理|考核|评选|评审)方法|(?:资金|经费)(?:使用|管理)指南|(?:操作|实施)指引)$", core):
        return "rules"
    if (shown := re.fullmatch(r"(.{4,}?(?:方案|办法|细则|政策|措施|意见))的?公示", core)):
        return kind_of(shown.group(1))  # "关于某某实施方案公示": the plan shown to the public
    if re.search(r"(?<!印发)(?<!转发)(?:若干政策|若干措施|若干意见|政策措施|实施意见|有关措施)的(?:通知|函)$", t) and "印发" not in t:
        return "policy"  # "关于加快某某发展若干政策的通知": a notice that sets out the measures itself
    if re.search(r"^关于[^《》]{6,60}?(?:加快|推动|促进|支持|加强|强化|鼓励|扶持|提升)[^《》]{2,40}的通知$", t) \
            and not re.search(_CALL_WORDS, t):
        return "policy"  # "关于进一步强化某某促进某某发展的通知": a notice that sets out measures, no call
    if re.search(r"(?:通知|公告|通告|公示|(?<=政策)公开|启动|开始|指南|须知|开始申领|(?:兑现|申报|申领|受理)工作)$", t):
        return "notice"  # ("某某奖开始申领", "开展某年某奖兑现工作": a call, as a report's headline names it)
    if QUESTION_HEADLINE.search(t):
        return "notice"
    if PAID_OUT_HEADLINE.search(t) and not re.search(r"政策|办法|细则|措施|意见|方案|条例|规定", t):
        return "notice"  # a report's headline of money paid out ("某县投入N万元保护…", "N余万补偿金发放")
    if re.search(r"(?:(?:资金|经费)|[\d.]+\s*[万亿]?元)[^,。!!《》]{0,12}?(?:分配|安排|拨付|下达|兑现)(?:方案|计划|表|清单)$", t):
        return "notice"  # "某某项目奖补资金分配方案", "某奖励资金N万元拨付方案": money handed out to those named, no measure
    if _HOW_TO_APPLY.search(t):
        return "notice"  # an aggregator's headline "某某奖励资金,奖励政策、申报条件": a page about a call
    t = core if core != t and re.search(r"(?:政策|措施|举措|意见|方案|要点|计划|纲要|规划|清单)$", core) else t
    if re.search(r"若干政策|若干规定$|政策措施|政策举措|若干措施|若干举措|政策意见|若干意见|实施意见|推动经济高质量发展|政策清单|政策汇编|政策摘要|政策摘编|政策包$|政策一览|"
                 r"(?:专项|扶持|奖励|支持|补助|激励)政策|政策$|措施$|举措$|意见$|方案$|要点$|计划$|纲要$|规划$|清单$|"
                 r"(?<!第)(?:[一二三四五六七八九十]{1,3}|(?<![\d第])\d{1,3})条$", t):
        return "policy"
    if re.search(r"细则|办法|规则|规定|制度$|条例", t):
        return "rules"
    if re.search(r"(?:补贴|补助|奖励|扶持|资助|奖补|支持)标准$", core) and "申报" not in t:
        return "rules"  # "某某补贴标准": the scheme's rates (a call that lists its 标准 stays a notice)
    if category and "政策" in category:
        return "policy"
    return "notice"


def kind_from_structure(doc) -> str:
    """A document without a telling title: numbered 条 make rules, other numbered measures a policy."""
    arts = doc.articles
    if arts and all(a.label.startswith("第") and a.label.endswith("条") for a in arts):
        return "rules"
    return "policy"


_NOTICE_SIGNS = re.compile(r"申报(?:对象|条件|材料|时间|程序|流程|方式|要求|范围|主体|期|信息)|申请(?:材料|途径|流程|程序|条件)(?=[::\n])|特此通知|通知如下|有关事项通知|受理时间|"
                           r"联系方式|联系人|截止(?:时间|日期)|报送时间|申报工作|征集|申报书|汇总报送|推荐报送|报送至|"
                           r"申报单位应|网上申报|申报系统|项目申报|申报指南|申报认定|提出申请|提交[^。,]{0,8}材料|转发给你们|兑现(?:流程|程序)|"
                           r"组织开展[^。]{0,40}(?:申报|认定|评选|遴选|评审)工作|"
                           # "…反馈至某邮箱,逾期未反馈的视为无项目": what a late answer means
                           r"逾期(?:未|不)[\u4e00-\u9fff]{0,4}?的?[,,]?视为|(?:反馈|提报)至"
                           # "逾期报名的将排入下批": a late application; "申报项目要求", "申请人条件": a call's fields
                           r"|逾期(?:报名|申报|申请|提交|报送)|申报项目(?:要求|条件)|申请人(?:条件|资格)"
                           # a service guide's or an event's fields: "政策依据", "经办科室", "咨询电话", "活动时间", "领取方式"
                           r"|政策依据(?=[::\n])|经办(?:科室|机构|部门|单位)|(?:服务和)?咨询电话|办理(?:地点|时限|流程)|"
                           r"活动时间(?=[::\n])|(?:领取|申领)(?:方式|流程|时间)|(?:消费券|券)(?:使用|核销)(?:规则|范围|方式|期限)")


def reads_as_notice(text: str) -> bool:
    """A text without a telling title that reads as a call for applications: 申报条件, 申报材料,
    申报时间, 通知如下, 联系人 … (three different signs)."""
    if _PUBLICITY.search(text):
        return True  # "现将符合条件的N家企业进行公示" / "现就申报…的有关事项通知如下": a publicity notice or a call
    if re.match(r"\s*[^。\n]{0,20}?(?:有关|相关)事(?:项|宜)通知如下", text):
        return True  # a text that opens "…有关事项通知如下:" (its title lost): the notice's own words
    if _QUESTION.search(text[:160]) or (_QUESTION.search(text[:600]) and _ANSWER.search(text)):
        return True  # "问:某某补贴的标准?" / "答:…": a page answering about a policy, not the policy itself
    if _CALL_OPENED.search(text[:400]):
        return True  # "某某扶持资金项目开始申报": a report telling that a call has opened
    if _HANDED_DOWN.search(text[:300]):
        return True  # "日前,某市财政局、某局下达某年度…补贴资金": a report of money handed down, a payout
    if _PAID_OUT.search(text[:300]):
        return True  # "某年,某区…共向N家企业拨付资金M万元,具体如下:": a report of money paid out
    if _PAID_SO_FAR.search(text[:800]):
        return True  # "至目前,…兑付补贴资金N万元,受益农户M户": a report of how far the payments have gone
    if REPLY_RE.search(text[:300]):
        return True  # "您提出的…提案收悉。现答复如下:": a reply to a deputy's proposal, telling what is paid already
    if _LIST_ATTACHED.search(text):
        return True  # "附件:某年度第二批某类企业名单": those named, with what each gets — a notice, no measure
    return len({m.group(0) for m in _NOTICE_SIGNS.finditer(text)}) >= 3


def guide_parts(text: str, at_least: int = 2) -> bool:
    """An untitled page whose parts are headed as a guide's ("一、项目申请条件" / "二、项目扶持力度"): a guide to a
    programme, its parts a call's, no measures of its own."""
    if any(CLAUSE_RE.match(line.strip()) for line in text.splitlines()):
        return False  # "第一条 奖励对象": a rules text's articles, whatever they are headed
    # ("一、某项支持" over "(一)申请条件 / (二)支持标准": each measure's own parts, under its heading)
    parted = bool(re.search(r"^\s*[一二三四五六七八九十]{1,3}、", text, re.M))
    heads = [m.group(1) for m in _GUIDE_HEADS.finditer(text) if not (parted and m.group(0).lstrip()[:1] in "((")]
    return len(heads) >= at_least and len(set(heads)) == len(heads)  # (each once: not a measure's own 1.条件 / 2.标准 pair)


# a guide's part headings on lines of their own, at the top level: "一、申请条件", "二、扶持标准", "【申报材料】"
_GUIDE_HEADS = re.compile(r"^\s*(?=[一二三四五六七八九十((【]|[^\n]{2,12}[::]\s*$)(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|【)?\s*((?:项目)?"
                          r"(?:申请|申报|支持|扶持|补贴|补助|资助|奖励)?(?:条件|对象|力度|标准|范围|材料|流程|程序|方式|时间|内容|依据)"
                          r"(?:(?:和|及|与)(?:条件|对象|力度|标准|范围|材料|流程|程序|方式|时间|内容|依据))?)"
                          r"】?\s*[::。]?\s*$", re.M)


_LIST_ATTACHED = re.compile(r"(?:^|\n)\s*附件\s*\d?\s*[::]\s*\d?[.、]?[^\n。]{0,40}名单\s*(?:\n|$)")
REPLY_RE = re.compile(r"(?:提案|建议|议案)(?:已)?收悉[。,,]?\s*现(?:[将就][^。]{0,40}?)?答复如下|现(?:[将就][^。]{0,40}?)?(?:办理情况)?答复如下[::]")
_QUESTION = re.compile(r"(?:^|\n)\s*[问問]\s*[::][^\n]{2,80}?[??]")
_ANSWER = re.compile(r"(?:^|\n)\s*答\s*[::]")
_CALL_OPENED = re.compile(r"(?:项目|资金|奖励|补贴|补助|奖补|政策|奖)(?:申报)?(?:已|正式)?(?:开始|启动)(?:正式)?(?:申报|受理|申请|申领)(?!前|时|后|的|之)"
                          # ("某奖申领发放工作已经启动", "现启动某年某奖励兑现工作")
                          r"|(?:申领|申报|兑现)(?:发放)?工作(?:已经|已|正式)?(?:启动|开始)|启动[^。,,]{0,30}?(?:兑现|申报|申领)工作"
                          # ("某类中心已启动认定资助申请,某日至某日为受理时间": the call opened, its window after)
                          r"|已(?:正式)?(?:启动|开始)[^。,,]{0,8}?(?:资助|奖励|补贴|补助)(?:申报|申请)(?=[^。]{0,6}[,,][^。]{0,30}?受理)")
_HANDED_DOWN = re.compile(r"(?:局|委|厅|办|政府)[、和与]?[^。;,,《》]{0,40}?(?:下达|拨付|下拨)了?[^。;,,《》]{0,40}?(?:资金|经费)(?![^《》]*》)")
_PAID_OUT = re.compile(r"(?:共|累计)向?[^。;]{0,30}?(?:拨付|兑现|发放)[^。;]{0,12}?(?:资金|奖励|补助|补贴|奖补)[^。;]{0,6}?[\d.]+\s*[万亿]?元[,,。]\s*具体如下")
_PAID_SO_FAR = re.compile(r"(?:至目前|截至目前|截止目前|截至\d{1,2}月(?:底|末|\d{1,2}日)?)[^。]{0,80}?(?:兑付|兑现|发放|拨付)了?[^。,,]{0,12}?资金\s*[\d.]+\s*[万亿]?元")
_PUBLICITY = re.compile(r"现(?:将|把|对|就)[^。]{0,80}?(?:予以|进行|给予)?公示(?:如下)?[,,。::]|现就做好[^。]{0,60}?(?:发放|兑现|拨付|申报)工作(?:有关事项)?通知如下|现将[^。]{0,60}?(?:名单|结果)(?:予以)?公布如下|公示(?:期|时间)(?:为|自|从)|现予以?公示[,,。]"
                        # "经研究决定,现下达…经费共N万元": a notice allocating funds to those it addresses
                        r"|现(?:将|予以)?(?:下达|拨付|下拨)[^。]{0,80}?(?:经费|资金|指标|计划)|现将[^。]{0,60}?(?:经费|资金)[^。]{0,30}?(?:拨付|下达|下拨)给?你们|现就(?:组织)?(?:申报|申请|开展|办理)[^。]{0,60}?有关事(?:项|宜)(?:通知如下|予以公告|公告如下)"
                        # "现对某某活动进行公告。公告如下:": an announcement
                        r"|(?:公告|通告)如下[::]|现将[^。]{0,60}?事(?:宜|项)(?:通告|公告)如下"
                        # "决定组织开展某年度…政策申报": a call
                        r"|决定(?:组织)?开展[^。]{0,60}?(?:申报|兑现)"
                        # "决定对…的单位兑现奖励": a decision paying awards already earned
                        r"|决定(?:对|给予|向)[^。]{0,80}?兑现(?:奖励|补助|补贴|奖补|资金)"
                        # "已初步确定某年度…拟补助企业名单,…有异议的": a list of those to be paid, shown for objections
                        r"|(?:已|现)初步确定[^。]{0,80}?名单[,,。][^。]{0,20}?异议"
                        # "现将《…》转发给你们": a letter passing on another's document
                        r"|现将[^。]{0,120}?转发给你们")


def source_at_foot(texts: list[str], k: int) -> bool:
    """A policy card ("扶持标准 / 对…给予…。 / 申报材料 / 政策文件: 关于印发…的通知"): the document line it
    names stands at the foot, below the awards the card states — the card is the text, not its head."""
    return k >= max(5, len(texts) - 2) and bool(re.search(r"印发|通知", texts[k])) and any(
        "。" in t and re.search(r"给予|奖励|补助|补贴|奖补", t) for t in texts[:k])
