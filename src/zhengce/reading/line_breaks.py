"""Whether a line of text goes on in the next one: PDF extraction and narrow pages break
sentences, titles and amounts over lines; headings, signatures, page fields and contact lines stand
alone. Read from the two lines' ends and starts, and the page's layout width where it has one.
"""

from __future__ import annotations

from zhengce import rx as re
from zhengce.reading.bundle import MEMBER_LINE
from zhengce.reading.fields import FIELD_LABELS, spaced_fields
from zhengce.reading.lines import BASIS_LABEL
from zhengce.reading.signature import _BODY, _JOINT_LINE, DOC_NO

# a blog theme's byline, its date in brackets after how long ago: "某某2年前 (2023-05-17)某栏目31"
AGO_STAMP = re.compile(r"\d{1,2}\s*(?:年|个月|天|小时|分钟)前\s*[((]((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})[))]")

_STRUCT_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|\([一二三四五六七八九十百]+\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\)|【|第[一二三四五六七八九十百]+[章条节]"
    r"|[一二三四五六七八九十]是|附件|附则)")
_TITLE_END = re.compile(r"(?:通知|政策|政策文件|细则|办法|意见|方案|决定|规定|措施|举措|公告|公示|启动|开始|指南|须知|(?:发放|兑现|拨付|下达|分配)情况|(?:奖补|补贴|补助|奖励|资助|扶持)标准|征求意见稿\)|年版\)|\d{4}年\)|\(试行\)|(?<=[策施法则见])全文)$")
_BYLINE = re.compile(r"\d{4}([-/])\d{1,2}\1\d{1,2}/?\s+\d{1,2}:\d{2}|^[\u4e00-\u9fff]{2,4}\s*/\s*\d{4}")
_DATE_HEAD = re.compile(r"(?<!\d)(?:19|20)(?:\d{0,2}|\d{2}[-/.年]\d{0,2}|\d{2}([-/.])\d{1,2}\1\d?|\d{2}年\d{1,2}月\d?)$")
_DATE = re.compile(r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
_LABELLED = re.compile(r"[^,。]{2,8}[::]")  # a line opening with its label: "联系人:…", "发布机构:…"
_NEXT_NUMERAL = dict(zip("一二三四五六七八", "二三四五六七八九"))
_ISSUED_TITLE = re.compile(_BODY + r"关于[^。,,;;]{4,80}的通知$")  # a body's whole covering title on its line
_TERMINAL = set("。!?;:)]】”》")
_NEVER_FIRST = set("的之了着地得,、。;:!?)】〕》”%")
_FIRST_WORD = re.compile(r"着(?:力|眼|重|手)")  # ...except a word that starts sentences ("着力调整…")


# the ends of page field labels ("布时间", "引号") and the heads they were cut from: a label the line's end cut
# (a tail that is a label itself, "分类:" under "…若干政策", opens a field of its own)
_LABEL_HEADS: dict[str, set[str]] = {}
for _label in FIELD_LABELS:
    for _k in range(1, len(_label) - 1):
        if _label[_k:] not in FIELD_LABELS:
            _LABEL_HEADS.setdefault(_label[_k:], set()).add(_label[:_k])
_LABEL_TAIL = re.compile("(" + "|".join(map(re.escape, sorted(_LABEL_HEADS, key=len, reverse=True))) + r")\s*[::]")


def _label_cut(s: str, tail: str) -> bool:
    return any(s.endswith(head) for head in _LABEL_HEADS.get(tail, ()))


def display_width(line: str) -> int:
    """Printed width: Chinese characters take two columns (UTF-8: three bytes), ASCII one."""
    line = line.strip()
    return len(line) + (len(line.encode("utf-8")) - len(line)) // 2


def _layout_width(lines: list[str]) -> int | None:
    """The width at which a page layout wrapped the text, when most long lines share it (PDF)."""
    measured = [(display_width(line), line) for line in lines]
    widths = sorted(w for w, _ in measured if w >= 30)
    if len(widths) < 10:
        # a short text (a notice, a news brief): three or more of its longest lines cut mid-sentence at one margin
        top = widths[-1] if widths else 0
        cut = {line.strip() for w, line in measured if top - 1 <= w <= top and line.strip()[-1:] not in _TERMINAL}
        return top - 1 if len(cut) >= 3 and 48 <= top <= 200 else None
    top = widths[int(len(widths) * 0.9)]
    near = sum(1 for w in widths if top - 8 <= w <= top + 2)
    return top - 8 if near >= 0.25 * len(widths) and top <= 200 else None


_CLOSING_START = re.compile(r"本(?:政策|办法|细则|措施|意见|方案|通知|规定|条例|实施细则|若干政策|若干措施)"
                            r"(?:自|从|由|有效期|的?解释权|所称)")


def _is_broken(line: str, nxt: str, full: int | None = None, carry: int = 0) -> bool:
    s = line.rstrip()
    n = nxt.lstrip()
    if not s or not n or s == n:
        return False  # (a headline printed twice, the page's over the document's own: two lines, no sentence)
    if (tail := _DATE_HEAD.search(s)) and (whole := _DATE.match(tail.group(0) + n)) and whole.end() > len(tail.group(0)):
        return True  # a date cut by the line's end ("发布时间:202" / "5-09-02", "2023年1" / "2月31日")
    if (cut := _LABEL_TAIL.match(n)) and _label_cut(s, cut.group(1)):
        return True  # a page field's label cut by the line's end ("…| 发" / "布时间:2019-07-22 | …")
    if re.search(r"(?:日期|时间)\s*[::]\s*$", s) and re.match(r"\s*\|\s*(?:19|20)\d{2}\s*[-/.年]", n):
        return True  # a date field's label, its value in the next cell on the next line ("发布日期:" / "| 2022-03-01 |")
    if re.search(r"[\u4e00-\u9fff][\d.]{0,5}\d\.?$", s) and re.match(r"[\d.%‰]\S{0,8}?(?:%|‰|万|亿|元|[\u4e00-\u9fff])", n) \
            and not _STRUCT_START.match(n) and not re.match(r"\d{4}\s*[年\-/.]", n):
        return True  # a number cut by the line's end ("投入1" / "2%的补助"): words before it, its unit after
    if re.search(r"[\u4e00-\u9fff、,,~\-—至][\d.]*\d$", s) and re.match(r"\s*(?:[万亿千百]元|元(?![旦宵月])|%|‰)", n):
        return True  # a sum cut from its unit ("分别给予50万元、20" / "万元奖励"): the unit is below
    if re.search(r"[\u4e00-\u9fff、]\d{1,2}\s*[::]$", s) and re.match(r"\d{1,2}(?!\d)", n):
        return True  # a ratio cut at its colon ("按照市、区1:" / "1给予配套"): one ratio
    if re.search(r"[^\s。:;]\s*[一二三四五六七八九]、$", s) \
            and _NEXT_NUMERAL.get(s[-2]) == n[:1] and n[1:2] == "、":
        return True  # "获国家级科技成果一、" / "二、三等奖的": a list of grades wrapped, no heading
    if advert(s) or advert(n):
        return False  # a consultancy's advertisement: a line of its own
    if re.fullmatch(DOC_NO, n) and not re.search(r"[(（《“〔]\s*$", s):
        return False  # a 文号 alone on its line, under a title as wide as a column: a line of its own
    if _STRUCT_START.match(n) or n.startswith(("(责任单位", "[责任单位", "〔责任单位")) or (s.endswith("|") and re.search(r"[::]", s)):
        return False  # (nor a row of a page's field table, "编号:…|", closed by its cell mark)
    if MEMBER_LINE.match(s) or MEMBER_LINE.match(n):
        return False  # a bundle's line naming its next file (bundle.py): files never run into one another
    if _CLOSING_START.match(n):
        return False  # "本办法自…起施行", "本政策由…负责解释": a closing clause opens its own sentence (after a table's row)
    if len(s) >= 8 and re.search(r"[\u4e00-\u9fff](?:给予|予以|给与|按照|对于|以及|并且|或者|及其)$", s) and re.match(r"[\u4e00-\u9fff\d“《(]", n) \
            and not _LABELLED.match(n):
        return True  # a line ending on a word that needs what follows ("…对企业给予" / "奖励,…")
    if re.match(rf"(?:{BASIS_LABEL}|资料来源)\s*[::]", n):
        return False  # a digest's "政策依据:《…》" closes its block on a line of its own
    if re.match(r"《[^《》]{4,80}》\s*[::]", n) or re.search(r"(?:\.\.\.|…)$", s):
        return False  # "《…办法》:对…" opens a measure of its own; a teaser cut with "..." ends there
    if re.search(r"[〔\[]\d{4}[〕\]]\d{1,4}号$", s) and _STRUCT_START.match(s) and not re.match(r"[)〕]", n):
        return False  # a heading cut after its 文号 ("(一)…的意见(某政发〔2022〕8号"): the text starts anew
    if re.search(r"\.(?:docx?|pdf|wps|ofd|xlsx?|rar|zip|7z)$", s, re.I):
        return False  # a file's name on its own line (a draft saved as .docx, a scan as .pdf, forms packed as .rar)
    if s.count(">") + s.count("›") + s.count("»") >= 2 and (re.search(r"[>›»]\s*$", s) or re.match(r"[\u4e00-\u9fff]{0,6}?首页\s*[>›»]|[>›»]", s)):
        return False  # a breadcrumb trail ("(某网)首页 > 政策 > 某区 >") ends its line; the page's title follows
    last = s[-1]
    # (a 文号's 〔 left open by damage, "唐科〔20242", is no sentence going on)
    opened = re.sub(r"〔\d{2,8}$", "", s)
    # (nor a page control's label left open, "【字体:" / "【打印】")
    opened = re.sub(r"【[^】]{0,6}[::](?![^【]*】)|(?:字体|字号)\s*[::]?\s*[【\[]\s*$", "", opened)
    # (an open 《 goes on only into a line that closes it: "关于印发《…" + "…》的通知")
    if _open_brackets(opened, carry) > 0 and last not in ")]】〕" and len(n) < 120 and (
            full is not None or _open_brackets(opened.replace("《", ""), carry) > 0 or "》" in n):
        return True  # a paragraph does not end inside brackets: "(责任单位:…市规划和自然资源" + "局某某分局)"
    if n[0] in _NEVER_FIRST and not _STRUCT_START.match(n) and not _FIRST_WORD.match(n):
        return True  # no line of Chinese text begins with 的 or a closing mark: it continues the last
    if full is not None and last in ")]】”" and display_width(s) >= full + 2 and not _JOINT_LINE.fullmatch(n) \
            and not _TITLE_END.search(s) and not re.match(r"[(\[【《]", n) and not _LABELLED.match(n) and not _LABELLED.match(s) \
            and not re.search(r"[。!?;][((][^()()]*[))]$", s) \
            and not re.search(r"[((][^()()]{0,40}(?:牵头|负责|责任单位)[^()()]{0,12}[))]$", s):
        # (a note after the sentence, "。(责任单位:…)", ends it; a heading's lead, "…(由某局牵头实施)", ends the heading)
        return True  # a line the layout filled past its margin goes on, even after a closing mark ("…(含)" / "以上的")
    if last in _TERMINAL:
        return False
    if re.search(r"[((](?:牵头|责任|主管|实施|承办)(?:部门|单位|处室)\s*[::][^()()]{1,60}[))]$", s):
        return False  # "…(牵头部门:区科技局)": the unit in charge closes its measure (a table's row, an article)
    if "|" not in s and len(spaced_fields(s)) >= 2:
        return False  # a page's field row ("发布机构 某局 发文日期 某日") ends on its line, the title below stands apart
    if _JOINT_LINE.fullmatch(n):
        return False  # a signer on its own line ("某某市某某区农业农村局"), or signers side by side, stand apart
    if re.search(r"(?:电话|传真|热线|手机|联系方式)[^。]{0,20}?\d{7,8}$|\d{3,4}-\d{7,8}$|(?<!\d)1\d{10}$", s):
        return False  # a contact line ends with its number
    if full is not None and display_width(s) >= full:
        return True  # a line the layout filled to the margin goes on in the next one
    # a covering notice's title printed over several short lines: "X关于印发某某省" / "进一步…" / "…方案的通知"
    if re.search(r"\d{1,2}日\s*(?:印发|印)$", s):
        return False  # "某某办公室 2022年6月29日印发": the print line stands alone
    if (re.search(r"关于印发|印发|关于", s) and len(s) <= 40 and len(n) <= 30 and "。" not in s + n
            and not _TITLE_END.search(s) and not re.search(r"[::]", n) and not n.startswith("各")
            and not re.match(r"^\d{4}年", n) and not _STRUCT_START.match(n) and not re.search(r"[,,;]", s)):
        return True
    if KEYWORD_LINE.fullmatch(s):
        return False  # a site's keyword line ("词一_词二_词三_词四") is no sentence going on
    if (_TITLE_END.search(n) and 8 <= len(n) <= 40 and not re.search(r"[,,。;;::《》]", n)
            and re.search(r"\d\s*(?:万元|元|%)(?:的?(?:一次性)?(?:奖励|补助|补贴|奖补|资助))?\s*$", s)):
        return False  # an award's last words, then the name of the policy it comes from on a line of its own
    if re.search(r"(?:给予|奖励|补助|补贴|资助|最高|不超过|不低于)$", s) and re.match(r"[\d.]+\s*(?:万|亿)?\s*元", n):
        return True  # an award verb, then its amount on the next line ("…最高给予补助" / "100 万元;")
    if re.search(r"\d\s*万?元\s*/$", s):
        return True  # a sum per unit broken after its slash ("20元/" / "只;"): the unit is below
    # a line cut mid-sentence by layout is long; titles, headers and signatures are short
    if len(s) < 24:
        return False
    if _TITLE_END.search(s) or s.startswith("关于") or re.match(r"^\d{1,3}、【", s):
        return False
    if re.match(r"^\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$", n) or (re.search(r"[::]$", n[:40]) and not _open_brackets(n[:40])) or _BYLINE.search(n[:40]) \
            or re.match(r"(?:作者|编辑|来源|发布(?:日期|时间)|浏览次数)\s*[::]|分享[到至]|扫一扫|[((]原标题", n):  # a page's fields under its headline
        return False
    if len(s) <= 60 and AGO_STAMP.search(s):
        return False  # "某某2年前 (2023-05-17)某栏目31": a blog theme's byline, never run into the report below
    if _BYLINE.search(s) and re.search(r"\d{1,2}:\d{2}(?::\d{2})?\s*[\u4e00-\u9fff]{0,4}$", s):
        return False  # "某栏目2024-01-02 08:15:00佚名": a page's byline (its time, an author), never run into the title below
    if n.startswith("关于") or (_LABELLED.match(s) and len(s) < 60) or _ISSUED_TITLE.match(n):
        return False  # the next line is a title (a body's "…关于印发…的通知" too), or this one is a "联系人:…" line
    if (len(re.findall(r"[,,]", s)) >= 4 or (len(re.findall(r"[,,]", s)) == 3 and not re.search(r"给予|奖励|补助|补贴|支持|对", s))) \
            and "。" not in s and len(n) <= 60 and "。" not in n:
        return False  # a string of phrases a spam page heads with, then the page's short headline
    return True


# a consultancy's advertisement among a page's lines ("【某某科技为企业量身定制项目申报,…欢迎免费咨询"): no sentence
# of the document, never joined to the line after it (an open 【 notwithstanding)
_ADVERT = re.compile(r"量身定制|免费咨询|咨询热线|欢迎(?:来电)?咨询|代理申报|申报辅导")


# (or its slogan: "某某一站式服务平台", "高成功率全流程跟踪…解决方案" — not a numbered measure building one)
_SLOGAN = re.compile(r"^(?![((]?[一二三四五六七八九十\d]{1,3}[)).、])[^。]*?(?:一站式[\u4e00-\u9fff]{0,10}(?:服务平台|解决方案)$|全流程跟踪|高成功率)")


def advert(line: str) -> bool:
    t = line.strip()
    return len(t) <= 80 and "。" not in t and bool(_ADVERT.search(t) or _SLOGAN.search(t)) \
        and not re.search(r"\d\s*[万亿]?元|%", t)


# a site's line of search keywords joined by "_", "-" or "|": four words at least, no sentence
KEYWORD_LINE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,24}(?:\s*[_\-|]\s*[\u4e00-\u9fffA-Za-z0-9]{2,24}){3,}")


def _open_brackets(line: str, depth: int = 0) -> int:
    for ch in line:
        if ch in "(〔[【《":
            depth += 1
        elif ch in ")〕]】》" and depth:
            depth -= 1
    return depth
