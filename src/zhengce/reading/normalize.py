"""The normalized view of a text, with a map back to the original.

The original text stays untouched (quotes come from it). Analysis runs on a normalized view:
traditional → simplified (OpenCC t2s), full-width ASCII → ASCII, one form of each punctuation
mark, layout and OCR noise removed (page numbers inside sentences, stray letters at line ends,
LaTeX debris such as "^+" or "_{0}"), spaces between Chinese characters and numbers removed, and
lines broken by PDF extraction joined again. Every character of the view knows the position of
the original character it came from, so any span of the view maps back to an exact quote.
"""

from __future__ import annotations

from zhengce import rx as re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from zhengce.reading.cells import TABLE_JOIN, table_join
from zhengce.reading.chrome import CRUMBS_BEFORE_TITLE
from zhengce.reading.docsites import (BARE_NUMBER, FIRST_PAGE_MARK, LINE, PAGE_MARK_BREAK, bare_page_numbers, running_heads,
                                      shared_page_marks)
from zhengce.reading.flat_pages import (FLAT, FLAT_FIELD, FLAT_LINE, RUN_IN_ANY, RUN_IN_HEAD, VALIDITY_VALUE, flat_break,
                                       flat_fields, flat_split, parts_hold_items, run_in_any, spaced)
from zhengce.reading.dates_text import (CN_DATE, RUN_DATE, SPACED_DATE, STACKED_DATE, cn_date, run_date, spaced_date,
                                        stacked_date)
from zhengce.reading.line_breaks import _is_broken, _layout_width, _open_brackets
from zhengce.reading.watermarks import repeated_tail

# Same-length character table: full-width ASCII, odd brackets and quotes, spaces.
_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TABLE.update({
    0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x200B: " ",
    0xFF0E: ".", 0x2236: ":", 0xFE59: "(", 0xFE5A: ")", 0xFE5D: "〔", 0xFE5E: "〕",
    0x300C: "“", 0x300D: "”", 0x300E: "‘", 0x300F: "’", 0xFF3B: "[", 0xFF3D: "]",
    0x201F: "“", 0x301D: "“", 0x301E: "”", 0x2033: "”", 0xFE50: ",", 0xFE51: "、", 0xFE52: ".",
    0xFE54: ";", 0xFE55: ":", 0xFE30: ":", 0xFE13: ":", 0x2013: "-", 0x2012: "-", 0x2212: "-", 0xFE63: "-", 0x2014: "—",
    0x2015: "—", 0x2500: "—", 0xFF5E: "~", 0x301C: "~", 0x00B7: "·", 0x30FB: "·", 0x2027: "·",
    0x965C: "陕",  # a variant form of 陕/陝 that converters leave as it is ("陜西省")
})
_TABLE = {k: (ord(v) if isinstance(v, str) else v) for k, v in _TABLE.items()}
# "【" "】" "〔" "〕" "《" "》" "“" "”" "、" "。" stay Chinese; brackets, commas, colons become ASCII.
_TABLE[ord("［")] = ord("[")
_TABLE[ord("］")] = ord("]")
# (a page holds few such characters: finding them is faster than str.translate's lookup per character)
_TABLE_CHARS = {chr(k): chr(v) for k, v in _TABLE.items()}
_TABLE_RE = re.compile("[" + "".join(re.escape(ch) for ch in _TABLE_CHARS) + "]")


_EMPTY_CELLS = re.compile(r"(?<=[^\s|])(?:[ \t]*\|){4,}[ \t]*(?=\n|$)")


def _half_width(text: str) -> str:
    return _TABLE_RE.sub(lambda m: _TABLE_CHARS[m.group()], text)


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "。、，,;:!?“”‘’《》〔〕【】()（）—…·%"

# Noise patterns, in order. Each is (regex, replacement[, strings one of which the text must hold]).
# A pattern begins with a character it consumes and checks what comes before it after that
# ("[Oo](?<=\d[Oo])", not "(?<=\d)[Oo]"): the engine then skips ahead to that character
# instead of trying the whole pattern at every position of the page.
# a table of contents' entry, led by dots to a page number ("一、支持甲类产业……1"), whose heading
# comes again over the text it names (a page that never reaches them is a compilation's contents)
_TOC_ENTRY = re.compile(r"(?m)^([^\n]{1,80}?)(?:[.…·_][ \t]*){4,}[ \t]*\d{1,3}[ \t]*$")


def _named_again(m: re.Match[str]) -> bool:
    head = re.sub(r"\s+", "", m.group(1))
    return len(head) >= 4 and ("\n" + head) in re.sub(r"[ \t]+", "", m.string[m.end():])


# Each entry: (pattern, replacement[, text it needs: a page with none of it skips the pattern's scan]).
_I_O = str.maketrans("IOo", "100")  # an amount's digits typed as letters
# Markdown a crawler wrote the page in: bold around a label, a heading or an item's number ("**文号**: …",
# "**1** **.** **某某。**"), and the backslashes that escape its brackets in a table ("| \\[ 发文字号 \\] | …")
_MD_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*\*")
_MD_ESCAPE = re.compile(r"\\(?=[\[\]()*_#|<>])")

_NOISE: list[tuple] = [
    # HTML a scraper left behind ("1. <blockquote id="x"></blockquote>"): a line of tags is no line,
    # a list marker before them numbers nothing; a tag inside text is no text
    (re.compile(r"(?m)^[ \t]*(?:[•·]|\d{1,2}\.)?[ \t]*(?:</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,100})?/?>[ \t]*)+$"), "", ("<",)),
    (re.compile(r"</?(?:p|div|span|br|td|tr|th|table|font|strong|b|i|em|a|li|ul|ol|sup|sub)(?:\s[^<>\n]{0,100})?/?>"), "", ("<",)),
    # page numbers printed inside running text or on their own line: "—2—", "-4—", "- 12 -"
    (re.compile(r"[—\-~―](?<![\d.:/][—\-~―])[—\-~―]?[ \t]*\d{1,3}[ \t]*[—\-~―]{1,2}(?![\d])"), ""),
    # (and a first page's number before its dash at the line's start: "1 ― 某市人民政府文件…")
    (re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]*[―—][ \t]*(?=[\u4e00-\u9fff])"), "", ("―", "—")),
    (re.compile(r"(?m)^[ \t]*第?\s*\d{1,3}\s*页(?:\s*[,/]?\s*共\s*\d{1,3}\s*页)?[ \t]*$"), "", ("页",)),
    # a paywalled site's note where it cut the text, "(未完,全文共N字,当前显示M字)": the text ends there, the
    # site's sales pitch follows
    (re.compile(r"(?ms)^[ \t]*[((]\s*未完[,,]?\s*全文共\s*\d+\s*字[^()()\n]{0,16}[))][ \t]*$.*\Z"), "", ("未完",)),
    # a dash typed as 一 between two days: "某年5月2日一5月9日"
    (re.compile(r"(?<=\d日)\s*一\s*(?=\d{1,2}月\d{1,2}日)"), "—"),
    # a day split by a stray space: "截止至 6月1 5 日"
    (re.compile(r"月(\d)[ \t]+(\d)(?=[ \t]*日)"), lambda m: "月" + m.group(1) + m.group(2)),
    # a sum split by a stray space before its zeros ("300 0 元/亩"): no sum starts with 0
    (re.compile(r"(?<=\d)[ \t]+(?=0+(?![.\d])[ \t]*(?:元|万|亿))"), ""),
    # a thousands separator inside a sum ("1,000万元", "12,500 元"): one number, the comma no clause's end
    (re.compile(r"(?<=\d),(?=\d{3}(?:,\d{3})*(?![\d.,])[ \t]*(?:万|亿|元))(?<!\d{4},)"), "", (",",)),
    # a run of more than 40 digits and number marks (spaced or not, "1.1.1.…", "5%5%…") is no figure of a policy —
    # an account number has fewer — and read whole, every number pattern would scan it from each of its
    # digits (quadratic time on a hostile page): kept to its first 40
    (re.compile(r"((?:[\d.,%‰][ \t]?){40})(?:[\d.,%‰][ \t]?)+"), r"\1"),
    # (nor one of more than 20 numerals in characters: no number, no word is written so)
    (re.compile(r"([〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]{20})[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+"), r"\1"),
    # a currency sign before a sum ("奖励¥100万元", "最高不超过￥50万元"): the sum is in yuan all the same
    (re.compile(r"[¥￥]\s*(?=\d)"), "", ("¥", "￥")),
    # (and an article's number: "第 1 0 条" is 第10条)
    (re.compile(r"(?<=第)[ \t]*(\d)[ \t]+(\d)(?:[ \t]+(\d))?(?=[ \t]*[条章节])"), lambda m: "".join(m.group(1, 2, 3) if m.group(3) else m.group(1, 2))),
    # an indent of full-width spaces a page lost to "?" ("??一、…", "??根据…"): no text of its own
    (re.compile(r"(?m)^[ \t]*[??]{1,4}(?=[\u4e00-\u9fff(“《])"), "", ("?",)),
    # a page number run into the numbered item opening the page: "36(十二)支持…"
    (re.compile(r"(?m)^[ \t]*\d{1,4}(?=\([一二三四五六七八九十]{1,4}\)[\u4e00-\u9fff])"), "", ("(",)),
    # a mirror site's pinyin after characters: "开发(fā)区(qū)" -> "开发区"
    # (or cut off with the page: "…新上项(xiàng" at the very end; or wrapped by a PDF layout: "(ji\nǎng)")
    (re.compile(r"\((?=[a-zü]*\n?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])"
                r"(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ\n]{1,8}(?:\)|\s*\Z))[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]*\n?"
                r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]*(?:\)|\s*\Z)"), ""),
    # (that mirror writes a comma before each mark as well: "一,、", "单位,,", "执行,。": no clause puts one there)
    (re.compile(r",(?=[,、。])"), "", (",,", ",、", ",。")),
    # a mirror site's masked characters in the words policies are made of: "若干*策", "人民*府"
    (re.compile(r"\*(?=[策府])"), "政", ("*",)),
    # (or the superlative a site is barred from, 最 before a sum: "贷款贴息*高50万元", "每年*高补贴额不超过N万元")
    (re.compile(r"\*(?=高(?:不超过|不高于)?[\u4e00-\u9fff]{0,6}?(?:不超过|不高于)?\s*\d)"), "最", ("*",)),
    # a site barred from superlatives (广告法) writing 较高 for 最高 before a sum: "甲类较高N万元"
    (re.compile(r"较高(?=\s*(?:可享受|可获得|可达|不超过|为|奖励|补贴|补助|资助)?\s*\d)"), "最高", ("较高",)),
    # a letter O typed for a zero inside an amount: "5O万元", "5O%" (OCR or typing damage)
    (re.compile(r"[Oo](?<=\d[Oo])(?=\d*\s*(?:万|亿|元|%))"), "0"),
    # … or a whole number typed in letters, I for 1 and O for 0: "IOOO万元", "IoO万元"
    (re.compile(r"I(?<![A-Za-z]I)[OoI0-9]{1,4}(?=\s*(?:万|亿|元))"), lambda m: m.group(0).translate(_I_O), ("I",)),
    # … or a lower-case l for a 1 ("不超过l万元", "l5万元"): no word of letters stands right before a sum
    (re.compile(r"(?<![A-Za-z])l(?=[0-9.]{0,5}\s*(?:万|亿|元))|(?<=\d)l(?=\d{0,4}\s*(?:万|亿|元))"), "1", ("l",)),
    # a news agency's tag run into the line's start: "(某某网讯)第一章 总则", "【本报讯】对…"
    (re.compile(r"(?m)^[ \t]*[((【][\u4e00-\u9fff]{1,8}讯[))】](?=\s*(?:第[一二三四五六七八九十]+[章条]|[一二三四五六七八九十]+、))"), "", ("讯",)),
    # a per-mille sign typed as "%0" ("按投入的1%0给予激励"): no share is written with a 0 after its %
    (re.compile(r"(?<=\d)%0(?=[\u4e00-\u9fff,,;;。、])"), "‰", ("%0",)),
    # a rule drawn around a word where the text begins ("==== 正文 ===="): no line of the text, and not to be
    # joined to the title after it
    (re.compile(r"(?m)^[ \t]*[=\-—_*#~]{3,}[ \t]*[\u4e00-\u9fff]{1,4}[ \t]*[=\-—_*#~]{3,}[ \t]*$"), "", ("==", "--", "——", "**", "##", "~~")),
    # decorative bullets before a line's numbering: "◈ 1.鼓励…", "● 一、…"
    (re.compile(r"(?m)^[ \t]*[◈◆◇●○•▪■□★☆►▶➢✦❖][ \t]*"), ""),
    # a disclosure page's labels in square brackets: "[ 发文字号 ] 某府办发〔2022〕9号 [ 发布机构 ] …"
    # (or in 【】 as a law database prints them: "- 【发布文号】某府令[1999]65号")
    # (its letters spaced out to a column's width: "【文  号】", "【时 效 性】")
    (re.compile(r"[\[【]\s*(" + spaced((
        "索引号", "发文字号", "发布文号", "文号", "主题分类", "体裁分类", "发布机构", "发布单位", "发文机关", "发文单位", "发布日期",
        "成文日期", "生效日期", "实施日期", "失效日期", "有效性", "公开方式", "文件来源", "所属类别", "颁布日期", "颁布单位",
        "时效性", "法规层次", "首选类别", "次选类别", "其它类别", "关键字")) + r")\s*[\]】]\s*"),
     lambda m: re.sub(r"[ \t\u3000]", "", m.group(1)) + ":", ("[", "【")),
    # a law database's bracketed field labels: "【发文字号】…", "【发布日期】2014.06.30"
    (re.compile(r"(?m)^[ \t]*【(发文字号|文号|发布部门|发文机关|发布日期|成文日期|实施日期|索引号)】"),
     lambda m: m.group(1) + ":", ("【",)),
    # a document-sharing site's slogan glued to the first line: "<…文档>-<…为你…>" before the title
    (re.compile(r"(?m)^[\u4e00-\u9fff]{0,6}文档[-—\s]+[\u4e00-\u9fff]{0,3}为[你您][\u4e00-\u9fff]{0,3}?(?:奉上|呈现|分享|提供)"), "", ("文档",)),
    # a consultancy's advertisement run on after a headline: "…申报免费咨询:1xxxxxxxxxx(微信同号)"
    (re.compile(r"(?:申报|政策)?(?:免费|在线)咨询\s*[::]\s*1\d{10}(?:\s*[((]微信同号[))])?"), "", ("咨询",)),
    # a document-sharing site's preview ("《某某.docx(6页珍藏版)》请在某某上搜索。"), its text in numbered
    # chunks after a blank line, each cut wherever the chunk ends ("…给予N万元、3" / "2、0万元…"):
    # the chunks are one text (the first one's "1、" stays: it opens the text, as its line)
    (re.compile(r"\n[ \t]*\n(?!1、)\d{1,2}、(?=\S)"), "",
     ("珍藏版)》请在", "\n资源描述\n")),
    # OCR misreads of the award verb: "给子" for "给予" ("给子女" is a word, left alone)
    (re.compile(r"给子(?![女孙])|给于(?=\s*[\d一二三四五六七八九十每最不一])"), "给予", ("给子", "给于")),
    # LaTeX / OCR debris: ^{\bullet\bullet}, \mathbf{\omega}, _{0}, ^+, {+}
    (re.compile(r"\^\{[^{}\n]{0,20}\}"), "", ("^{",)),
    (re.compile(r"\\mathbf\{[^{}\n]{0,12}\}"), "", ("\\mathbf",)),
    (re.compile(r"\\[a-zA-Z]+"), "", ("\\",)),
    (re.compile(r"_\{[^{}\n]{0,4}\}"), "", ("_{",)),
    (re.compile(r"\^(?=\+)"), "", ("^",)),
    (re.compile(r"\{([^{}\n]{1,3})\}"), lambda m: m.group(1), ("{",)),
    (re.compile(r"°(?<=[%A-Za-z]°)"), "", ("°",)),
    (re.compile(r"\?{4,}"), " ", ("????",)),  # spaces a wrong code page turned to "?" ("????某某区人民政府")
    # HTML tags left in a copied page ("<blockquote id=…><rt …></rt></blockquote>")
    (re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,12}(?:\s[^<>\n]{0,200})?/?>"), "", ("<",)),
    # a stray capital letter left at the end of a line after Chinese text
    # (not the first letter of a word a wrap cut: "每T" / "EU给予…")
    (re.compile(rf"(?m)[A-Z](?<=[{_CJK}。,;:)”、][A-Z])(?=[ \t]*$)(?![ \t]*\n[ \t]*[A-Z])"), ""),
    # a Markdown heading's marks before a line of text ("# 关于印发…的通知"): a line as any other
    (re.compile(rf"(?m)^[ \t]*#{{1,6}}[ \t]+(?=[{_CJK}《“(])"), "", ("#",)),
    # issuing bodies side by side, set apart by spaces ("某某局  某某委员会  某某局关于…"): a list
    (re.compile(r"[ \t\u3000](?<=[局会府室厅委办][ \t\u3000])[ \t\u3000]+(?=[\u4e00-\u9fff]{2,24}?(?:局|委员会|人民政府|办公室|厅|管委会)"
                r"(?:[ \t\u3000]{2,}|关于|\s*$))", re.M), "、"),
    # (or one space between the bodies a report says put out a document: "甲厅 乙厅发布《…》")
    (re.compile(r"[ \t\u3000](?<=[局会府室厅委办][ \t\u3000])(?=[\u4e00-\u9fff]{2,24}?(?:局|委员会|人民政府|办公室|厅|管委会)(?:联合)?(?:发布|印发|出台)了?《)"), "、"),
    # spaces: drop those next to Chinese characters, punctuation or between a number and Chinese
    (re.compile(rf"[ \t](?:(?<=[{_CJK}{_CJK_PUNCT}][ \t])[ \t]*|[ \t]*(?=[{_CJK}{_CJK_PUNCT}]))"), ""),
    (re.compile(r"(?m)[ \t](?:(?<![^\n][ \t])[ \t]*|[ \t]*$)"), ""),
    # a number a PDF's uneven glyph spacing split inside a sentence ("不超过5 0 0万元", "自201 5年3月1 9日"):
    # words before it, its unit after, a lone digit among its parts: one number (a later group of four digits
    # is a number of its own; "14 20 10 10%" a table's cells)
    (re.compile(rf"(?<=[{_CJK}(:,、])\d{{1,4}}(?: \d{{1,3}})+(?=(?:[万亿千百]?元|万|亿|%|‰|年|月|日))"),
     lambda m: m.group(0).replace(" ", "") if re.search(r"(?<!\d)\d(?!\d)", m.group(0)) else m.group(0), (" ",)),
    # (or a date so split: "201 5-03-1 9" is 2015-03-19)
    (re.compile(r"(?<![\d.])(?:19|20|1 9|2 0)(?: ?\d){2}([-/.])(?: ?\d){1,2}\1(?:\d ?)?\d(?![\d.])"),
     lambda m: m.group(0).replace(" ", ""), (" ",)),
]


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text)


@dataclass
class Normalized:
    """A normalized view of `original`: `text[i]` comes from `original[pos[i]]`."""

    original: str
    text: str
    pos: array  # len(text) + 1 entries; the last is len(original)

    def orig_index(self, i: int) -> int:
        return self.pos[max(0, min(i, len(self.text)))]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) covering the view's characters start..end-1."""
        if end <= start:
            p = self.orig_index(start)
            return p, p
        return self.pos[start], self.pos[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        s, e = self.orig_span(start, end)
        return self.original[s:e]


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.pos = array("l", range(len(text) + 1))

    def sub(self, pattern: re.Pattern[str], repl) -> None:
        pieces: list[str] = []
        positions = array("l")
        last = 0
        text, pos = self.text, self.pos
        changed = False
        for m in pattern.finditer(text):
            s, e = m.span()
            new = repl(m) if callable(repl) else m.expand(repl) if "\\" in repl else repl
            if new == text[s:e]:
                continue
            changed = True
            pieces.append(text[last:s])
            positions.extend(pos[last:s])
            pieces.append(new)
            if len(new) == e - s:
                positions.extend(pos[s:e])
            elif new:
                k0 = new.find(text[s:e]) if len(new) > e - s > 0 else -1
                if k0 >= 0:
                    # an insertion around the matched text ("…。1、" → "…。\n1、"): the matched characters keep
                    # their own positions, the inserted ones take their neighbour's
                    positions.extend([pos[s]] * k0)
                    positions.extend(pos[s:e])
                    positions.extend([pos[e - 1]] * (len(new) - k0 - (e - s)))
                else:
                    # a replacement keeps the position of the characters it stands for, in order
                    for k in range(len(new)):
                        positions.append(pos[min(s + k, e - 1)])
            last = e
        if not changed:
            return
        pieces.append(text[last:])
        positions.extend(pos[last:])
        self.text = "".join(pieces)
        self.pos = positions

    def translate_same_length(self, fn: Callable[[str], str]) -> None:
        new = fn(self.text)
        if len(new) == len(self.text):
            self.text = new
            return
        # Phrase conversion changed a length somewhere: convert line by line, by character where it still differs.
        out: list[str] = []
        for line in self.text.split("\n"):
            conv = fn(line)
            if len(conv) != len(line):
                conv = "".join(fn(ch) if len(fn(ch)) == 1 else ch for ch in line)
            out.append(conv)
        self.text = "\n".join(out)

    def join_broken_lines(self) -> None:
        """Remove line breaks that PDF extraction put inside a sentence."""
        text = self.text
        lines = text.split("\n")
        full = _layout_width(lines)
        keep = []  # indices (in text) of newlines to delete
        offset = 0
        carry = 0  # brackets left open by the part of the paragraph already joined
        run = 0  # length of the paragraph joined so far: a bracket left open for long is no bracket
        for i, line in enumerate(lines[:-1]):
            offset += len(line)
            nxt = lines[i + 1]
            if _is_broken(line, nxt, full, carry if (full is not None or run + len(line) < 160) else 0):
                keep.append(offset)
                carry = _open_brackets(line, carry)
                run += len(line)
            else:
                carry = run = 0
            offset += 1
        if not keep:
            return
        pieces: list[str] = []
        positions = array("l")
        last = 0
        for cut in keep:
            pieces.append(text[last:cut])
            positions.extend(self.pos[last:cut])
            last = cut + 1
        pieces.append(text[last:])
        positions.extend(self.pos[last:])
        self.text = "".join(pieces)
        self.pos = positions


# (written to start with its literal bracket, which the engine scans for fast; the char before it: _after_hanzi)
_BARE_PINYIN = re.compile(r"(?:\((?:[bcdfghjklmnpqrstwxyz]?h?[aeiouv][a-z]{0,4})\))+")


def _after_hanzi(m: re.Match[str]) -> str:
    return "" if m.start() and "\u4e00" <= m.string[m.start() - 1] <= "\u9fff" else m.group(0)
_DOT_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff)】”]\.)(?=[ \t]*(?:[\u4e00-\u9fff“【(]|\d{1,2}[.、][\u4e00-\u9fff]))")
_SERIAL_HEADER = re.compile(r"(?m)^[ \t|]*(?:序号|条款内容|政策内容|支持内容|扶持内容|奖补内容|奖补项目名称|执行方式|兑现方式)[ \t|]*$")
_SERIAL_CELL = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]*\n(?=[ \t]*[\u4e00-\u9fff])")


_SPACED_ITEM_DOT = re.compile(r"(?:(?<=[。;:\n\u4e00-\u9fff]\d)|(?<=[。;:\n\u4e00-\u9fff]\d\d))[ \t]+\.[ \t]*(?=[\u4e00-\u9fff])")


# a line whose characters stand apart, "对 新 认 定 的 企 业 , 给 予 20万 元": a PDF's text layer where the line was
# justified or spread to the margin. Its gaps are no spaces of the text ("1 0 %" is 10%); a space the text had is
# a wider gap there, and stays one space.
_SPREAD_HINT = re.compile(r"(?:(?<=\s)|^)\S[ \t]{1,8}\S[ \t]{1,8}\S[ \t]{1,8}\S[ \t]{1,8}\S(?=\s|$)", re.M)
_SPREAD_GAP = re.compile(r"(?<=\S)[ \t]{1,8}(?=\S)")
_SPREAD_GAP_OR_END = re.compile(r"(?<=\S)[ \t]{1,8}(?=\S)|(?<=\S)[ \t]+$", re.M)  # (and the gap after its last)
_SPREAD_STAMP = re.compile(r"[\d\-/:. \t]{15,}")  # (a date and time spread out: "2 0 2 2 / 1 1 / 0 7   1 0 : 4 1")


def _spread_lines(text: str) -> list[tuple[int, int, int]]:
    """Each spread line's span and its narrowest gap (the spreading; a wider one is a space of the text):
    a line of six pieces or more, most of them single characters, with words or a date among them."""
    spread, seen = [], -1
    for hint in _SPREAD_HINT.finditer(text):
        start = text.rfind("\n", 0, hint.start()) + 1
        if start <= seen:
            continue  # (a line already looked at)
        end = text.find("\n", hint.end())
        end = len(text) if end < 0 else end
        seen = start
        line = text[start:end]
        pieces, gaps = line.split(), _SPREAD_GAP.findall(line)
        if len(pieces) >= 6 and sum(len(p) == 1 for p in pieces) >= 0.6 * len(pieces) and gaps and (
                len(re.findall(r"[\u4e00-\u9fff]", line)) >= 2 or _SPREAD_STAMP.fullmatch(line.strip())):
            spread.append((start, end, min(len(g) for g in gaps)))
    return spread


def _closed_gap(spread: list[tuple[int, int, int]], m: re.Match[str]) -> str:
    k = bisect_right(spread, (m.start(), len(m.string) + 1, 0)) - 1  # (the spread line it falls in, if any)
    if k < 0 or not spread[k][0] <= m.start() < spread[k][1]:
        return m.group(0)
    return "" if len(m.group(0)) == spread[k][2] or m.end() == spread[k][1] else " "


def normalize(original: str) -> Normalized:
    b = _Builder(original)
    b.sub(re.compile(r"\r\n?"), "\n")
    b.translate_same_length(_half_width)
    b.translate_same_length(to_simplified)
    if spread := _spread_lines(b.text):
        b.sub(_SPREAD_GAP_OR_END, lambda m: _closed_gap(spread, m))
    b.sub(CN_DATE, cn_date)
    b.sub(RUN_DATE, run_date)
    b.sub(STACKED_DATE, stacked_date)
    if " 年" in b.text or "年 " in b.text or "\t年" in b.text or "年\t" in b.text:  # (most pages print dates whole)
        b.sub(SPACED_DATE, spaced_date)
    if "**" in b.text:
        b.sub(_MD_BOLD, r"\1")
    if "\\" in b.text:
        b.sub(_MD_ESCAPE, "")
    # a page typed with "." for "。" between sentences ("…规模以上.对新认定的…"): a full stop
    b.sub(_DOT_STOP, "。")
    if " ." in b.text:  # an item's number parted from its full stop ("…年限。2 .支持…"): the number of an item
        b.sub(_SPACED_ITEM_DOT, ".")
    if shared_page_marks(b.text):
        b.sub(PAGE_MARK_BREAK, lambda m: "" if m.string[m.start() - 1:m.start()] not in "。;!?:" else "\n")
        b.sub(FIRST_PAGE_MARK, "")
    if heads := running_heads(b.text):  # a PDF's running head or foot, beside page after page's number
        b.sub(LINE, lambda m: "" if m.start() in heads else m.group(0))
    if "效" in b.text and VALIDITY_VALUE.search(b.text):
        b.sub(FLAT_FIELD, flat_fields())
        b.sub(VALIDITY_VALUE, "\\1\n")
    if "首页" in b.text:
        b.sub(CRUMBS_BEFORE_TITLE, "\\1\n")
    if any(len(line) >= FLAT_LINE for line in b.text.split("\n")):  # only a flattened page has such lines
        b.sub(FLAT, lambda m: flat_break(m) if m.group(0)[0] in " \t" else flat_split(m))
        b.sub(RUN_IN_HEAD, "\\1\n")
        if parts_hold_items(b.text):
            b.sub(RUN_IN_ANY, run_in_any)
    if original.count("|") >= 12:
        b.sub(TABLE_JOIN, table_join)
        # a run of empty cells closing a line ("某某办法 | |||||"): the table's border, no text — a title beside it stays one
        b.sub(_EMPTY_CELLS, "")
    if any(lead in b.text for lead in ("……", "....", "····", "____", ". . . .")):  # (cheap first: dots at all)
        b.sub(_TOC_ENTRY, lambda m: "" if _named_again(m) else m.group(0))
    for pattern, repl, *needs in _NOISE:
        if not needs or any(n in b.text for n in needs[0]):
            b.sub(pattern, repl)
    if sum(1 for m in _BARE_PINYIN.finditer(b.text) if _after_hanzi(m) == "") >= 5:
        # a mirror's pinyin without tone marks after characters, page-wide: "推(tui)动(dong)(dong)"
        b.sub(_BARE_PINYIN, _after_hanzi)
    if (tail := repeated_tail(b.text)) is not None:  # a mirror's watermark glued to line after line
        b.sub(tail, "")
    if page_numbers := {s for s, _ in bare_page_numbers(b.text)}:  # a printed page's bare numbers: no text
        b.sub(BARE_NUMBER, lambda m: "" if m.start() in page_numbers else m.group(0))
    # blank lines carry no meaning (page breaks, spacing); squeezed first so a sentence broken across a page joins
    b.sub(re.compile(r"\n(?:[ \t]*\n)+"), "\n")
    if _SERIAL_HEADER.search(b.text):
        # a table flattened one cell per line under a "序号" column: a row's number alone on its line
        # opens the row — it numbers what follows ("1" / "支持新兴产业…" → "1.支持新兴产业…")
        b.sub(_SERIAL_CELL, lambda m: m.group(1) + ".")
    b.join_broken_lines()
    return Normalized(original, b.text, b.pos)
