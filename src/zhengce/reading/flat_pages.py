"""A page flattened into one long line (a scraper's text with its line breaks lost): where the breaks were.

Inside such a line a space is a break where it follows a sentence's end, a heading or a date, or comes
before a numbering marker; a marker run into the full stop before it opens a line; a part's heading run
into its text ends where headings end; a disclosure page's field table goes back to one field per line.
"""

from __future__ import annotations

from zhengce import rx as re
from typing import Callable


def spaced(labels: tuple[str, ...]) -> str:
    """Page labels as an alternation, each letter maybe spaced out to a column's width ("索 引 号", "【时 效 性】")."""
    return "|".join(r"[ \t\u3000]*".join(label) for label in labels)


# A page flattened into one long line keeps its line breaks as spaces. Inside such a line a space
# is a line break where it follows the end of a sentence, a heading or a date, or where it comes
# before a numbering marker or a date; elsewhere it is PDF damage ("地 方税收") and stays.
FLAT_LINE = 300
# (matched from the spaces, which are rare in Chinese text, and the context checked around them)
_FLAT_BREAK = re.compile(r"[ \t][ \t]*(?=\S)")
_BREAK_AFTER_RE = re.compile(
    r"(?:[。:;!?]|\d日|\d:\d\d|号|通知|政策|措施|举措|办法|细则|意见|方案|规定|年\)|行\)|稿\)"
    r"|(?:委员会|管委会|人民政府|办公室|办公厅|局)文件|\[\d{1,2}\])$")  # "…管理委员会文件" is a red header; "…[2]" a source mark
_BREAK_BEFORE_RE = re.compile(
    r"[一二三四五六七八九十百]+、|\([一二三四五六七八九十百]+\)|第[一二三四五六七八九十百]+[章条节]"
    r"|\d{1,2}[.、][\u4e00-\u9fff]|\d{4}年\d{1,2}月\d{1,2}日[ \t]|[-–•·][ \t]|[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号[ \t]"  # "- 对…": a bullet
    # (the bodies that sign before their date, kept on one line: "…数据表 某局 某局 2019年8月15日 (联系人…")
    r"|(?<![局会府室厅委][ \t])(?:[\u4e00-\u9fff]{2,30}?(?:局|委员会|管委会|党工委|人民政府|办公室|办公厅|支行|分行)[ \t]*){1,3}\d{4}年\d{1,2}月\d{1,2}日(?![\u4e00-\u9fff])")


# Breaks with no space left at all: a signer and its date run into the title ("某某县人民政府2023年3月1日
# 某某县支持…措施(试行)为深入…"), a title into its first chapter ("…办法(试行)第一章总则"), an item
# into the last one's full stop ("…给予奖励。12.支持…").
# (found from the date or the 第 that follows the break, then checked around: most text has neither)
_FLAT_SPLIT = re.compile(r"[\d第](?:(?<=\d)\d{3}年\d{1,2}月\d{1,2}日(?:[((]此件[^()()]{2,8}[))])?|(?<=第)(?:[一二三四五六七八九十]+章|一条|1条)"
                         r"|(?<=[。;]\d)\d{0,2}[.、](?=[\u4e00-\u9fff]))")
# (and a part or item marker run into the full stop before it, "…。二、某某(一)…", or into the units in charge
# that close the item before, "…责任单位:某局2.某某…": an item whose number follows the last one's)
_FLAT_MARK = re.compile(r"(?<=[。;!?:])(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))(?=[ \t]?[\u4e00-\u9fff“])"
                        r"|(?<=[\u4e00-\u9fff])(?:\d{1,2}\.(?=[ \t]?[\u4e00-\u9fff])|(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))(?=[\u4e00-\u9fff]))")
FLAT = re.compile(f"{_FLAT_SPLIT.pattern}|{_FLAT_MARK.pattern}|{_FLAT_BREAK.pattern}")  # (one pass: a line split first is too short)
# a part's heading run into its text on a flattened page ("一、指导思想坚持以…", "四、主要内容(一)某某…"): one of the
# headings policies commonly give their parts, not run on into a longer heading (和/及…), a sentence after it
# (numbering.py's _FRAMEWORK and _CARD_FIELD read a heading once lines are split; this list only says where a
# flattened line may be split, so it is its own: adding their words here would split lines it does not today)
_PART_HEADS = ("指导思想|总体要求|总体目标|基本原则|工作原则|工作目标|主要目标|发展目标|目标任务|主要任务|重点任务|工作任务|"
               "主要内容|工作内容|实施内容|建设内容|支持内容|保障措施|组织保障|工作保障|组织实施|实施步骤|工作步骤|进度安排|"
               "工作措施|主要措施|政策措施|适用范围|实施范围|支持范围|补助范围|补贴范围|奖励范围|支持对象|补助对象|奖励对象|扶持对象|申报对象|申报条件|"
               "申报材料|申报程序|申报流程|申报时间|支持方式|支持标准|奖励标准|补助标准|扶持标准|资金来源|资金管理|资金拨付|"
               "监督管理|工作要求|其他事项|附则")
RUN_IN_HEAD = re.compile(r"(?m)^([一二三四五六七八九十]{1,3}、(?:" + _PART_HEADS + r"))"
                          r"(?=[\u4e00-\u9fff(]|\d{1,2}\.[\u4e00-\u9fff]|(?:19|20)\d\d年)(?![和及与暨、])(?=[^\n]{2,60}?[,。;:])")
# (or any short heading ending in a word headings end in, "某某物资质量要求", "某某管理与资金拨付", the run
# of such words kept whole, "目标任务"; or one the page still parts from its text by a space)
_HEAD_END = ("目标|任务|原则|思想|要求|内容|范围|对象|条件|标准|材料|程序|流程|方式|来源|管理|拨付|保障|措施|"
             "机构|分工|主体|布局|事项|职责|步骤|安排|用途|期限|依据|举措|机制|考核|验收|兑现|计划|目的|定位|责任|义务|(?<!申报|受理|报名|申请|征集)时间")  # (a window's label stays with its days)
RUN_IN_ANY = re.compile(r"(?m)^([一二三四五六七八九十]{1,3}、[ \t]?)((?![对按凡在为各由将从自经])[\u4e00-\u9fff]{0,10}?(?:" + _HEAD_END + r")"
                         r"(?:(?:" + _HEAD_END + r")|[与和及][\u4e00-\u9fff]{0,8}?(?:" + _HEAD_END + r"))*+)"  # (possessive: a heading is never cut before its last word)
                         r"(?:[ \t]+(?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff(]|\d{1,2}\.[\u4e00-\u9fff]|(?:19|20)\d\d年)(?![和及与暨、的]))"  # ("总体任务2025年全区…")
                         r"(?!部门|单位|机构|体系|评定|制度|中心|人员|工作|办法|资金|平台|水平|能力)"  # (a longer noun: "…管理部门")
                         r"(?![\u4e00-\u9fff]{0,8}(?:\(一\)|1\.))(?=[^\n]{2,60}?[,。;:]|根据《)")  # (an item after it: the heading ends there)
_PART_LINE = re.compile(r"(?m)^[一二三四五六七八九十]{1,3}、")
_FIRST_ITEM = re.compile(r"(?:^|(?<=[\n。:;]))(?:\(一\)|1\.)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\(一\)(?=[\u4e00-\u9fff]{2,12}[。:])")


def parts_hold_items(text: str) -> bool:
    """Whether some part ("二、…") holds items of its own ("(一)…", "1.…") before the next part: the parts are
    then sections, whose headings a flattened page runs into their text; elsewhere a part is an article,
    its heading the sentence the hand reading takes."""
    starts = [m.start() for m in _PART_LINE.finditer(text)] + [len(text)]
    return any(_FIRST_ITEM.search(text, a, b) for a, b in zip(starts, starts[1:]))


def run_in_any(m: re.Match[str]) -> str:
    head = m.group(2)
    purpose = re.search(r"(?<!项)目的$", head)  # ("考核目的" is a heading; "新建项目的…" runs on)
    return m.group(0) if ("的" in head and not purpose) or len(head) > 14 else m.group(1) + head + "\n"


_UNITS_CLOSE = re.compile(r"(?:责任|牵头|配合)(?:单位|部门)\s*:[^。:]{1,60}$")
_SIGNER_END = re.compile(r"(?:人民政府|办公室|局|委员会|管委会|支队|服务中心)$")
_TITLE_AFTER_DATE = re.compile(r"(?:[\u4e00-\u9fff]{2,12}(?:县|市|区|省)|关于)[^,。]{2,40}(?:政策|措施|办法|意见|细则|方案)"
                               r"|[^,。;:\s]{2,60}(?:政策|措施|办法|意见|细则|方案|规定)(?:\([^()\s]{0,8}\))?(?=\s)")  # (its line's end)


# a part's heading right before an item run into it: "…。二、某某建设" or "(二)某某支持" (then "4.…", "5. …")
_PART_HEAD_BEFORE = re.compile(r"(?:^|[\n。;])\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[\u4e00-\u9fff“”、]{2,20}$")


def _item_before(text: str, n: int, at: int, reach: int) -> bool:
    """Whether item n ("n.…", maybe a space after its point) stands in the `reach` characters before `at`."""
    return re.search(r"(?<![\d.])" + str(n) + r"\.(?=[ \t]?[\u4e00-\u9fff])", text[max(0, at - reach):at]) is not None


def flat_split(m: re.Match[str]) -> str:
    text, s, e, found = m.string, m.start(), m.end(), m.group(0)
    if flat_break(m) != "\n":
        return found  # only inside a page flattened into one long line
    if re.fullmatch(r"\d{1,3}[.、]", found) and text[s - 1:s] in "。;":
        return "\n" + found  # "…。70.鼓励…。": an item numbered after the last one's full stop
    if re.fullmatch(r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)", found) and (
            text[s - 1:s] in "。;!?:" or _UNITS_CLOSE.search(text, max(0, s - 60), s)):
        return "\n" + found
    if re.fullmatch(r"\d{1,2}\.", found):
        n = int(found[:-1])  # (the units in charge just before it, and the item before it numbered one less)
        closes = n >= 2 and _UNITS_CLOSE.search(text, max(0, s - 60), s)
        earlier = closes and _item_before(text, n - 1, s, 1500)
        # (or a part's heading just before it, "。二、某某建设4.支持…": the part's first item, numbered one past the
        # last part's last item, or the first of all)
        head = _PART_HEAD_BEFORE.search(text, max(0, s - 30), s)
        # (a first item only under a "一、" part: under "(一)" parts items restart, "(二)某某1.…", and stay inline)
        headed = head and ((n == 1 and "、" in head.group(0)[:8]) or (n >= 2 and _item_before(text, n - 1, s, 3000)))
        return "\n" + found if earlier or headed else found
    if found.startswith("第"):
        before = text[s - 1:s]
        if before and (before in "办法则定策施见案" or (before == ")" and found.endswith("章"))):
            return "\n" + found  # "…办法(试行)第一章总则", "…专项扶持办法第一条为…"
        return found
    # "某某县人民政府某年某月某日某某县支持…措施": the signer, its date, then the policy's title (or one
    # without a place, "…(此件主动公开)关于…细则", or any title ending its line)
    signed = e < len(text) and ("\u4e00" <= text[e] <= "\u9fff" or text[e] in " \t") and _SIGNER_END.search(text[max(0, s - 7):s].rstrip(" \t"))
    title_after = _TITLE_AFTER_DATE.match(text, e + (text[e:e + 1] in " \t"))
    return ("\n" if signed else "") + found + ("\n" if title_after else "")


def flat_break(m: re.Match[str]) -> str:
    text, s = m.string, m.start()
    if m.group(0)[0] in " \t" and not (_BREAK_AFTER_RE.search(text, max(0, s - 6), s)
                             or _BREAK_BEFORE_RE.match(text, m.end())):
        return m.group(0)  # a space inside a sentence (PDF damage, "地 方税收") stays
    if text.rfind("《", max(0, s - 80), s) > text.rfind("》", max(0, s - 80), s) and "》" in text[s:s + 60]:
        return m.group(0)  # a quoted title wrapped where its line broke ("关于《关于支持 某某的政策 措施》的解读") goes on
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", s)
    end = len(text) if end < 0 else end
    return "\n" if end - start >= FLAT_LINE else m.group(0)


# a disclosure page's field table flattened into one line, its labels spaced to a column's width ("当前位置:首页…
# 索 引 号: X 发文机关: 某局 成文日期: 2017-03-06 标 题: 某某 有 效 性: 有效 某某的通知…"): one field per line,
# and the text that follows the validity's value on a line of its own
_TABLE_LABELS = spaced(("索引号", "主题分类", "体裁分类", "组配分类", "发文机关", "发布机构", "成文日期", "发布日期", "标题", "发文字号",
                         "有效性"))
FLAT_FIELD = re.compile(r"[ \t]+(?=(?:" + _TABLE_LABELS + r")[ \t]*:)")
VALIDITY_VALUE = re.compile(r"((?:" + spaced(("有效性",)) + r")[ \t]*:[ \t]*(?:现行)?(?:有效|失效|废止|已失效|已废止|部分失效))[ \t]+"
                             r"(?=[\u4e00-\u9fff【])")


def flat_fields() -> Callable[[re.Match[str]], str]:
    """The break before each label of a line holding at least three of them (each line counted once)."""
    rows: dict[int, bool] = {}

    def brk(m: re.Match[str]) -> str:
        text = m.string
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in rows:
            end = text.find("\n", m.end())
            rows[start] = len(FLAT_FIELD.findall(text, start, end if end >= 0 else len(text))) >= 3
        return "\n" if rows[start] else m.group(0)
    return brk
