"""Deadlines: dates (and times) by which something must be done.

A date is a deadline when 前/之前/以前/为止 follows it ("于2025年3月3日前报送", "3月10日16:00前上报",
"5月底前完成验收") or 截止 introduces it ("申报截止时间为2025年3月28日", "截止时间分别为4月25日、
6月25日"). An effective date (自…起施行), an issue date or a date in a range "1月20日至2月5日" is not,
nor a progress target ("9月底前全部开工"), a day things are counted to ("截至9月底,全市累计…") or the end of a
measure's validity ("有效期截至…"). An application window closes on its last day, however it is labelled: before its
days, after them ("…为受理时间"), on the line above, or by the verb that follows ("于…至…登录某平台申报"). The year,
when not printed, comes from the document.
"""

from __future__ import annotations

import calendar
from zhengce import rx as re

from zhengce.provisions.model import Provision
from zhengce.provisions.numbers import parse_number

_D = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE = re.compile(
    rf"(?:(?P<y>20\d\d|[二〇零一两三四五六七八九]{{4}})\s*年\s*)?(?P<m>{_D})\s*月\s*"
    rf"(?:(?P<d>{_D})\s*(?:[日号]|(?=(?:前|之前|以前)))|(?P<end>底|末|下旬|中旬|上旬))"  # "9月7前": 日 dropped
    rf"(?:\s*(?:\((?:星期|周)[^)]*\)))?"
    rf"(?:\s*(?P<ampm>上午|中午|下午|晚上|早上)?\s*(?:(?P<hh>\d{{1,2}})\s*[:：]\s*(?P<mm>\d{{2}})|"
    rf"(?P<h2>\d{{1,2}})\s*[时点](?:(?P<m2>\d{{1,2}})分|半)?))?")
_BEFORE_WORD = re.compile(r"^\s*(?:\([^)]{0,12}\))?\s*[日点时]?(?:(?:上午|下午)?下班前|下班之前|前|之前|以前|为止|截止|止|关闭|停止(?:受理|申报|报送)"
                          r"|(?:网络|网上|系统)?(?:申报|受理|报名)(?:系统)?(?:关闭|截止|结束))")  # ("某月某日网络申报关闭")  # "(星期五)日前"
# "市科技局10月15日完成审查": a date a step of the procedure is due on
_DUE_ACTION = re.compile(r"^\s*(?:完成|前完成)(?:审查|审核|推荐|报送|提交|上报|评审|初审|复核)")
_CUTOFF_WORD = re.compile(r"截止|截至|截止时间|截止日期|最迟|最晚|逾期|不晚于|不迟于")
# what must be done: submission and completion verbs (not 开工/建成: those are progress targets)
_ACTION = re.compile(r"报送|提交|上报|反馈|申报|申领|报名|完成|书面报告|报告(?=[^。,;]{0,12}情况)|登录|确认|汇总|验收|办理|提出|递交|寄送|上传|填报|报至|传真|发送|送达|邮寄|送至|提供|"
                     r"申请|受理|截止|推荐|备案|缴纳|签订|注册|报[省市县区](?=[\u4e00-\u9fff]{1,8}(?:局|委|厅|办|中心|部门|政府))")
# ("截至某日累计完成投资": where things stood that day, no date to meet)
_NOT_DEADLINE = re.compile(r"起施行|起实施|起执行|施行|印发|发布|之日起|^\s*(?:累计|共计|全[市区县省]累计|已累计)")
# "确保6月30日前基本完成…": a policy's target date, not something to hand in
# ("某日前已经购买的": what was already done by then, a condition — never something still to do)
_STATE_BY = re.compile(r"\s*(?:前|之前|以前)\s*(?:[\u4e00-\u9fff]{0,6}?)(?:已经|已(?!于))|\s*(?:前|之前|以前)\s*(?:仍|尚)?未(?!按|在|及时)|\s*(?:前|之前|以前)\s*(?:在[^,,。;;]{1,12}?)?(?:开通|建成|投产|开业|注册|成立|落户|竣工|入驻|开工|运营|购买|购置|登记)")
# a clause opening on the day things are counted to ("…获悉,截至9月底,全省…"), not a call's cut-off ("申报截止某日")
_AS_OF = re.compile(r"(?:^|[,,。;;::\s])截[至止](?:到|至)?\s*(?:今年|本年|去年|上年)?\s*$")
# ("截至某日,某类小区可申报…": the days one may still apply in)
_MAY_APPLY = re.compile(r"[^。;;]*?(?:可|请|须|需|应)[^,,。;;]{0,4}?(?:申报|申请|报名|提交|报送)")
_VALID_TO = re.compile(r"(?:有效期|实施期限|执行期限|执行期|实施期|(?<!申报|受理|申请|报名|办理|征集)期限)(?:至|到|截至|截止(?:到|至)?)\s*$")
_TARGET_BEFORE = re.compile(r"(?:(?:确保|力争|争取|务必|确定)|(?:尽量|尽可能)(?:于|在)?)\s*$")  # ("尽量于某日前提交": advice, no cut-off)


def _num(s: str) -> int:
    return int(s) if s.isdigit() else int(parse_number(s))


def _date(m: re.Match, year: int | None) -> tuple[str | None, str | None]:
    y = m.group("y")
    try:
        yy = _num(y) if y else year
    except (ValueError, KeyError):
        yy = year
    if yy is None:
        return None, None
    mo = _num(m.group("m"))
    if not 1 <= mo <= 12:
        return None, None
    if m.group("d"):
        d = _num(m.group("d"))
    else:
        end = m.group("end")
        last = calendar.monthrange(yy, mo)[1]
        d = {"底": last, "末": last, "下旬": last, "中旬": 20, "上旬": 10}[end]
    if not 1 <= d <= calendar.monthrange(yy, mo)[1]:
        return None, None
    time = None
    # "下午5点" is 17:00; "中午12点" stays 12:00
    later = 12 if m.group("ampm") in ("下午", "晚上") else 0
    if m.group("hh"):
        h = int(m.group("hh"))
        time = f"{h + later if h < 12 else h:02d}:{m.group('mm')}"
    elif m.group("h2"):
        h = int(m.group("h2"))
        mins = m.group("m2") or ("30" if m.group(0).endswith("半") else "00")
        time = f"{h + later if h < 12 else h:02d}:{int(mins):02d}"
    return f"{yy:04d}-{mo:02d}-{d:02d}", time


_ISO = r"(?P<{0}y>20\d\d)[-./](?P<{0}m>\d{{1,2}})[-./](?P<{0}d>\d{{1,2}})"
# the hour a window opens, after its first day ("某日9:00至…", "某日9时至…")
_OPENS_AT = r"(?:\s*(?:\d{1,2}[::]\d{2}|\d{1,2}\s*[时点](?:\d{1,2}分)?))?"
_DAY = r"(?:(?P<{0}y2>20\d\d)年)?(?P<{0}m2>\d{{1,2}})月(?P<{0}d2>\d{{1,2}})日(?:\s*\((?:星期|周)[^)]{{1,3}}\))?"
# a window's parts, shared by the forms below: its first day (and opening hour), the dash, its last day, the hour it closes
_FIRST_DAY = r"(?:" + _ISO.format("a") + "|" + _DAY.format("a") + r")" + _OPENS_AT
_DASH = r"\s*(?:至|到|—|-|~)+\s*"
_LAST_DAY = r"(?:" + _ISO.format("b") + "|" + _DAY.format("b") + r"|(?P<bd3>\d{1,2})日)"  # ("3月13日至17日": the first's month)
_CLOSES_AT = r"(?:\s*(?P<hh>\d{1,2})[::](?P<mm>\d{2}))?"
# the window's dates, first to last, with the hour it closes when one is printed
_WINDOW_DATES = (_FIRST_DAY + r"\s*起?\s*(?:至|到|—|-|~|/)+\s*" + _LAST_DAY +
                 # (or the office hours in brackets after it: "(9:00-17:30)", the last day's closing time)
                 # (office hours after it, unbracketed: "至某月某日9:00-11:30、13:30-17:00", the last closing time)
                 r"(?:(?:\s*\d{1,2}[::]\d{2}\s*[-—~至]\s*\d{1,2}[::]\d{2}\s*[、,和及])*\s*\d{1,2}[::]\d{2}\s*[-—~至]\s*(?P<hh4>\d{1,2})[::](?P<mm4>\d{2})"
                 r"|\s*(?P<hh>\d{1,2})[::](?P<mm>\d{2})|\s*\(\s*\d{1,2}[::]\d{2}\s*[-—~至]\s*(?P<hh2>\d{1,2})[::](?P<mm2>\d{2})\s*\)"
                 # ("…至11月20日(星期五)18时止": the hour the window closes)
                 # (or where the sentence or clause ends: "…至某月某日17时,后期…", "…17时30分。")
                 r"|\s*(?P<hh3>\d{1,2})\s*[时点](?:(?P<mm3>\d{1,2})分)?(?=\s*(?:止|前|截止|[,,。;;]|$))"
                 # ("…至某月某日(截至17:30)": the hour it closes, in brackets)
                 r"|\s*\(\s*(?:截至|截止)\s*(?P<hh5>\d{1,2})[::](?P<mm5>\d{2})\s*\))?")


# an application window: its last day is the deadline ("申报时间:2021-12-14 / 2021-12-29",
# "申报时间(12月13日-12月31日)"); a comment or publicity period is not
# ("申报期从某年7月18日起至7月31日止": the window's bounds with 从…起至…止)
_WINDOW = re.compile(r"(?:申报|受理|报名|申请|提交|填报|网上申报|征集|办理|(?<=材料)接收)[^,。;]{0,6}?(?:(?<!实施)(?<!执行)(?:时间|(?<=申报|受理|报名|申请)时限|期限|日期|期)"
                     # ("系统开放时间初定为…至…": a window set for now)
                     r"(?:[和及](?:地点|方式|要求))?\s*(?:(?:初定|暂定|拟定)?为|是)?(?:[::(\s]*|。\s*)"  # ("申报时间和地点从…至…", "受理时间。…至…")
                     # ("征集期为N个工作日,即…至…止": its length, then the days)
                     r"(?:[^,。;\d\n]{0,6}\d{1,2}个(?:工作)?日[,,]?\s*即)?"
                     # ("首次受理:某月某日至某月某日": the label without 时间)
                     r"|[::]\s*)(?:从|自)?" + _WINDOW_DATES)


# a batch's window in a sentence labelled as the call's ("申请时间:…上半年批次为某月某日至某月某日;下半年批次为…"): each
# batch closes on its last day (its groups are the window's)
_BATCH_WINDOW = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}批次?|[上下]半年(?:批次?)?|首批次?)(?:申报|受理|申请)?(?:时间|期)?(?:为|是|[::])\s*"
                           + _WINDOW_DATES)
_CALL_LABEL = re.compile(r"(?:申报|申请|受理)(?:时间|期限|期(?=为|是|[::]))")


# how the applicant applies, after a window: by some means, then the verb (not what must have happened: 购买, 注册…)
# (a URL in brackets may stand between: "登录某平台(https://…)申报")
_THEN_APPLY = (r"(?:\([^()]{0,80}\)|(?!购|注册|发生|举办|建成|投产|并网|开业|成立|落户)[^,,。;;]){0,30}?(?:申报|填报|提交|报名)"
               r"(?![^,,。;;]{0,12}?的)")
# who applies, after a window ("…,由本人向受理窗口提出书面申请"): the days are the ones to apply in
_APPLIED_BY = r"由[^,,。;;]{2,50}?(?:提出|提交|递交)(?:书面)?(?:申请|申报)"
# a window that opens its sentence, the application named after it: "某年某月某日9:00至某月某日17:00,申报单位登录…"
_LEAD_WINDOW = re.compile(r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]\s*)?" + _FIRST_DAY + _DASH + _LAST_DAY + _CLOSES_AT
                          + r"(?=\s*止?\s*[,,]\s*(?:[^。]{0,20}?(?:申报|受理|报名|提交|登录)|" + _APPLIED_BY + "))")


# a window the call is open in, its verb after it: "某平台将于某年某月某日至某月某日开放申报"
# (not when what was done in it qualifies: "…至…申报的项目")
# (the last day may leave its month to the first's: "可于某月3日至19日进行网上填报")
_OPEN_WINDOW = re.compile(r"(?:将于|于|在)\s*" + _FIRST_DAY + _DASH
                          + _LAST_DAY + _CLOSES_AT
                          + r"(?=\s*(?:期间|内)?\s*(?:开放|接受|集中|统一|组织|进行)?(?:网络|网上|线上)?(?:申报|受理|报名|填报)(?![^,,。;;]{0,12}?的)"
                          # ("可于某月1日至某月15日的工作日期间到政务服务中心现场办理": the days to come and apply)
                          r"|的?工作日(?:期间|内)[^,,。;;]{0,30}?(?:办理|申报|申请|提交)"
                          r"|\s*[,,]\s*" + _APPLIED_BY +
                          # ("请于某日至某日登录某平台(网址)申报", "可于某日至某日在某系统中申报")
                          r"|\s*(?:期间|内)?\s*(?:在|通过|登录|登陆)" + _THEN_APPLY + ")")
# the window's days, then where and how to apply: "企业某日10:00至某日18:00期间在某平台填报资料"
# (not what must have happened in it: "…期间在本区购买…的")
_SPAN_THEN_APPLY = re.compile(_FIRST_DAY + _DASH + _LAST_DAY + _CLOSES_AT
                              + r"(?=\s*期间\s*(?:在|通过|登录|登陆)" + _THEN_APPLY + ")")
# the window in brackets after the words for it: "请在规定时间内(某日—某日)提交网络申请"
_BRACKET_WINDOW = re.compile(r"(?:时间|期限|时限)(?:内|之内)\s*\(\s*" + _FIRST_DAY + _DASH + _LAST_DAY + _CLOSES_AT
                             + r"\s*\)(?=[^,,。;;]{0,10}?(?:提交|申报|填报|报名|申请))")
# the window named after its days: "某日至某日为某批受理时间", "即日起至某日为申报阶段"
_TRAILED_WINDOW = re.compile(r"(?:" + _FIRST_DAY + r"|即日起|自即日起)" + _DASH + _LAST_DAY + _CLOSES_AT
                             + r"(?=\s*(?:为|是)[^,,。;;\d]{0,12}?(?:申报|受理|填报|报名|申请)[^,,。;;\d]{0,4}?(?:时间|阶段|期))")
# a call's label, then a window the notice itself opens: "一、申报时间" / "即日起至某日", "报名期限为自本公告下发之日起至某日"
_SINCE_NOW = re.compile(r"(?:申报|受理|报名|申请|办理|征集|填报)[^,,。;;\n\d]{0,6}?(?:时间|期限|日期)\s*(?:[::]|为|是)?\s*"
                        r"(?:自|从)?(?:即日|[^,,。;;\n\d]{0,12}?(?:发布|公布|印发|发文|公告|下发)之日)起(?:开始)?[,,]?\s*(?:至|到)\s*"
                        + _LAST_DAY + _CLOSES_AT
                        + r"(?=\s*(?:止|截止)?\s*(?:[。;;,,.]|$))")
# a labelled line over the one day it names: "二、申报截止时间" / "2021年8月31日"
_LABEL_OVER_DAY = re.compile(r"(?:申报|受理|报名|申请|提交|报送)[^,。;\n]{0,6}?(?:截止|截至)[^,。;\n\d]{0,6}\n\s*"
                             r"(?:" + _ISO.format("b") + "|" + _DAY.format("b") + r")[ \t]*[。.]?[ \t]*(?=\n|$)")


# one day of receiving, with its office hours: "再次受理:7月10日(9:00-17:30)" — due by its closing time
_ONE_DAY = re.compile(r"(?:申报|受理|报名|申请|提交|报送)[^,。;]{0,6}?(?:时间|期限|日期)?\s*[::]\s*"
                      + _DAY.format("b") + r"\s*\(\s*\d{1,2}[::]\d{2}\s*[-—~至]\s*(?P<hh2>\d{1,2})[::](?P<mm2>\d{2})\s*\)")


# "2019年本批次受理时间为5月6日至5月20日": a year said before the dates, alone (not a date, not a
# programme's 年度), is theirs; the document's own year may be the programme's, a year earlier
_YEAR_SAID = re.compile(r"(?<!\d)(20\d\d)\s*年(?![度底末初])(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)(?=[^,,。;;]{0,30}$)")


def year_said_before(sent: str, pos: int) -> int | None:
    m = _YEAR_SAID.search(sent, max(0, pos - 40), pos)
    return int(m.group(1)) if m else None


def window_deadlines(sent: str, offset: int, year: int | None) -> list[Provision]:
    out = []
    batches = [*_BATCH_WINDOW.finditer(sent)] if ("批" in sent or "半年" in sent) and (_CALL_LABEL.search(sent) or _BATCH_WINDOW.match(sent.lstrip(" ;;,,"))) else []
    for m in [*_WINDOW.finditer(sent), *_ONE_DAY.finditer(sent), *_LEAD_WINDOW.finditer(sent), *_OPEN_WINDOW.finditer(sent),
              *_LABEL_OVER_DAY.finditer(sent), *batches, *_SPAN_THEN_APPLY.finditer(sent), *_BRACKET_WINDOW.finditer(sent),
              *_TRAILED_WINDOW.finditer(sent), *_SINCE_NOW.finditer(sent)]:
        g = m.groupdict()  # (a single day has only the "b…2" groups of a window's end)
        given_year = g.get("by") or g["by2"] or g.get("ay") or g.get("ay2") or year_said_before(sent, m.start())
        y = given_year or year
        mo, d = g.get("bm") or g["bm2"] or g.get("am") or g.get("am2"), g.get("bd") or g["bd2"] or g.get("bd3")
        try:
            date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}" if y else None
            if date and not 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]:
                date = None
        except (ValueError, TypeError):
            date = None
        if date is None:
            continue
        what = "申报" if m.re in (_OPEN_WINDOW, _LABEL_OVER_DAY, _BATCH_WINDOW, _SPAN_THEN_APPLY, _BRACKET_WINDOW, _TRAILED_WINDOW) else (
            re.split(r"时间|期限|日期|期|[::(\s\d]|(?<=.)(?:从|自)", sent[m.start():m.start() + 12])[0] or "申报")
        time = (f"{int(g['hh4']):02d}:{g['mm4']}" if g.get("hh4")
                else f"{int(g['hh']):02d}:{g['mm']}" if g.get("hh")
                else f"{int(g['hh2']):02d}:{g['mm2']}" if g.get("hh2")
                else f"{int(g['hh3']):02d}:{int(g['mm3'] or 0):02d}" if g.get("hh3")
                else f"{int(g['hh5']):02d}:{g['mm5']}" if g.get("hh5") else None)
        f = {"date": date, "time": time, "what": what, "note": None,
             "year_inferred": not given_year}
        out.append(Provision("deadline", (offset + m.start(), offset + m.end()), m.group(0), f))
    return out


# a call's label alone on the line above a unit ("一、申报时间" over "即日起至某日。"): the unit's window is the call's
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}\s*[、.]|[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}\s*[.、])?[ \t]*"
                         r"[^,,。;;\n\d]{0,8}?(?:申报|受理|报名|申请|办理|征集|填报)[^,,。;;\n\d]{0,6}?(?:时间|期限|日期)[ \t]*[::]?[ \t]*\n\s*$")


def windows_under_label(above: str, text: str, year: int | None) -> list[Provision]:
    """Windows of a unit whose label is the line above it: read with the label, quoted from the unit."""
    m = _LABEL_LINE.search(above[-60:])
    if not m:
        return []
    label = m.group(0).lstrip("\n")
    out = []
    for p in window_deadlines(label + text[:200], -len(label), year):
        if p.span[0] < 0 < p.span[1]:  # (a window the unit states whole is read with the unit)
            p.span = (0, p.span[1])
            p.text = text[:p.span[1]]
            out.append(p)
    return out


# (the label run into its window, the colon lost: "申请时间发文之日起至某日")
_CALLED = re.compile(r"(?:申报|受理|申请|报名|征集|申领)[^,,。;;]{0,6}?(?:时间|期限|日期)\s*(?:[::]|为|(?=[自从]?[^,,。;;:]{0,6}?(?:之日|即日)起))"
                     r"[^,,。;;]{0,24}$")
_ISO_HINT = re.compile(r"\d{4}[-./]\d{1,2}")


def deadlines_in_sentence(sent: str, offset: int, year: int | None) -> list[Provision]:
    if "月" not in sent and not _ISO_HINT.search(sent):
        return []  # (cheap first: every date read here has its month or is an ISO date; most sentences have neither)
    out = window_deadlines(sent, offset, year)
    windows = [(p.span[0] - offset, p.span[1] - offset) for p in out]
    # a date inside a window already read ("申报时间:…至…17:00前") is that window's end
    matches = [m for m in DATE.finditer(sent) if not any(s <= m.start() < e for s, e in windows)]
    cutoff_list = False
    for i, m in enumerate(matches):
        before = sent[max(0, m.start() - 14):m.start()]
        after = sent[m.end():m.end() + 30]
        if _NOT_DEADLINE.search(after[:8]) or re.match(r"\s*(?:至|到|—|-|~)\s*", after):
            continue
        if _AS_OF.search(before) and re.match(r"\s*[,,]", after) and not _MAY_APPLY.match(sent, m.end()) \
                or _VALID_TO.search(before):
            continue  # "截至某日,全市累计…": where things stood; "有效期截至某日": how long the measure runs
        if _TARGET_BEFORE.search(sent[max(0, m.start() - 6):m.start()]):
            continue
        # (a call's label before it: "报名时间:自本通知发布之日起至某日止", the window to apply in)
        called = _CALLED.search(sent, max(0, m.start() - 40), m.start())
        if re.search(r"本(?:意见|措施|政策|办法|细则|方案|规定|通知)(?:自)?(?:印发|发布|公布|实施|施行)之日起(?:至|到)\s*$", before) \
                and not called:
            continue  # "自本意见印发之日起至某日前": how long the measure runs, nothing to hand in
        if re.search(r"(?:之日|截止日|当日)\s*[((]\s*$", before):
            # "截止某决定公告之日(某年某月某日)", "至签约期截止日(某年某月某日)有下列情形的": the day a condition is
            # counted to, in brackets, nothing to hand in
            continue
        if _STATE_BY.match(after):
            continue  # "店铺需在某日前开通运营": what must have happened by then to qualify, no submission
        if m.group("y") is None and re.search(r"(?:当年|每年|次年|上年|年度)\s*$", before):
            continue  # "申报截至日期为当年12月31日": a standing yearly rule, not a date
        ranged = bool(re.search(r"(?:至|到|—|-|~)\s*$", before) and i and matches[i - 1].end() >= m.start() - 3)
        if ranged and re.search(r"(?:以后|之后)\s*(?:至|到)\s*$", before):
            continue  # "某日以后至某日以前在本县创办…": when what qualifies happened, nothing to hand in
        if ranged and not re.match(r"\s*(?:前|之前|以前)", after):
            continue  # the end of a period "1月20日至2月5日": a comment period, not a deadline ("…至6月9日17:00前" is one)
        is_before = bool(_BEFORE_WORD.match(after)) or bool(_DUE_ACTION.match(after))
        # ("截止时间(含网上提交)为…": a note in brackets between the word and its date)
        bare = re.sub(r"\([^()]{0,30}\)", "", sent[max(0, m.start() - 44):m.start()])[-14:]
        is_cutoff = bool(_CUTOFF_WORD.search(before) or _CUTOFF_WORD.search(bare)) or cutoff_list
        # "自公告发布之日起至某年某月某日止": a window opened by the notice itself, closed by this date
        # (or the whole sentence that window, under its label: "自活动公告发布之日起至某日17时30分。")
        # ("即日起开始,至某日截止": the same window, its opening said apart)
        is_cutoff = is_cutoff or bool(re.search(r"(?:(?:发布|公布|印发|发文|公告)之日|即日)起(?:开始)?[,,]?\s*(?:至|到)\s*$", before) and (
            _BEFORE_WORD.match(after) or (re.match(r"\s*(?:[。;;]|$)", after) and (called or re.match(r"\s*(?:自|从)", sent)))
            # ("申请时间发文之日起至某日(节假日除外),上午…": a note on the days, then the office hours)
            or (called and re.match(r"\s*\([^()]{1,12}\)\s*[,,。;;]", after)))
                                      and not re.match(r"\s*止?\s*(?:有效|施行|执行|实施)", after))  # (not a validity)
        # ("申报时间:申报通知发布之日起至某年某月某日。": the window of the call, named before it)
        is_cutoff = is_cutoff or bool(re.search(r"(?:申报|受理|申请)[^,,。;;]{0,10}?(?:发布|公布|印发)之日起(?:至|到)\s*$",
                                                sent[max(0, m.start() - 24):m.start()]) and re.match(r"\s*(?:止\s*)?(?:[。;;]|$)", after))
        if not (is_before or is_cutoff):
            continue
        # a listed date continues a cutoff list: "截止时间分别为4月25日(第一批)、6月25日(第二批)"
        nxt = sent[m.end():matches[i + 1].start()] if i + 1 < len(matches) else ""
        cutoff_list = is_cutoff and bool(re.fullmatch(r"\s*(?:\([^)]*\))?\s*[、,和及与]\s*", nxt))
        what = _what(sent, m, is_cutoff)
        closes = bool(re.match(r"\s*(?:关闭|停止)", after))  # "系统将于5月10日24时关闭": the closing is the act
        # "请于某月某日前," cut there: what is asked by then (the addressees may stand between: "请各有关单位、…于")
        asked = bool(re.search(r"请(?:[^,,;;。:]{0,40}?)(?:于|在)\s*$", sent[max(0, m.start() - 44):m.start()]))
        if is_before and not is_cutoff and not ranged and not closes and not asked and not _ACTION.search(what or "") \
                and not _ACTION.search(before) \
                and not re.search(r"(?:" + _ACTION.pattern + r")[^,,;;。]{0,4}(?:时间|期限|日期)\s*[::]", sent[max(0, m.start() - 30):m.start()]):
            continue  # "受理时间:2021年10月18日前": the label before the date says what is due
        date, time = _date(m, year_said_before(sent, m.start()) or year)
        if date is None:
            continue
        note = re.match(r"\s*\(([^)]{1,12})\)", after)
        f = {"date": date, "time": time, "what": what, "note": note.group(1) if note else None,
             "year_inferred": m.group("y") is None}
        s = _clause_start(sent, m.start())
        e = _clause_end(sent, m.end())
        out.append(Provision("deadline", (offset + s, offset + e), sent[s:e], f))
    return out


def _clause_start(sent: str, pos: int) -> int:
    i = max(sent.rfind(",", 0, pos), sent.rfind(":", 0, pos))
    return i + 1 if i >= 0 else 0


def _clause_end(sent: str, pos: int) -> int:
    m = re.compile(r"[,。;]").search(sent, pos)
    return m.start() if m else len(sent)


def _what(sent: str, m: re.Match, cutoff: bool) -> str:
    after = sent[m.end():]
    after = re.sub(r"^\s*(?:\([^)]*\))?\s*(?:(?:上午|下午)?下班前|前|之前|以前|为止|截止|止)?\s*", "", after)
    # "11月5日前,以正式文件推荐报送至市经信局": what is due may stand in the next clause
    what = re.split(r"[。;,]", re.sub(r"^,\s*", "", after))[0].strip(" ,")
    head = sent[_clause_start(sent, m.start()):m.start()]
    labelled = re.search(r"(?:^|[、\s。;;])([^,,;;。:、\s]{2,12}?)(?:时间|期限|日期)\s*[::][^::。;;]*$",
                         sent[max(0, m.start() - 40):m.start()])
    if labelled and _ACTION.search(labelled.group(1)):
        return labelled.group(1)  # "申领补贴时间:…至某日前": the label says what is due
    subject = re.split(r"于|在|应|须|需", head)[0].strip(" ,")
    if cutoff or not what:
        head = DATE.sub("", head)
        head = re.sub(r"[\s、,]*(?:\([^)]*\)[\s、,]*)*$", "", head)
        head = re.sub(r"(?:时间|日期)?(?:分别)?(?:为|是)?$", "", head)
        head = re.sub(r"(?:自|从)?[^,,;;。]*?之日起(?:至|到)$", "", head)  # (the window's opening day, not what is due)
        what = head.strip(" ,") or what
    elif subject and len(subject) <= 20:
        what = f"{subject}{what}"
    return re.sub(r"\s+", "", what)[:80]
