"""Numbers as Chinese policy texts write them: amounts of money, percentages, ratios, ranges and
the words that bound them (最高, 不超过, 不低于, 以上 ...).

Everything is exact: values are Decimal (yuan for money, a fraction for percentages), never float.
The finders work on normalized text (simplified, ASCII punctuation) but also accept the damage
seen in OCR'd originals ("30%_{0}", "10%°", "500 万元", full-width "％").
"""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

Span = tuple[int, int]

# The numeral tables and the integer reader are the reading layer's (one reader for the project).
from zhengce.reading.amounts import CN_BIG as _CN_BIG  # noqa: E402
from zhengce.reading.amounts import CN_DIGIT as _CN_DIGIT  # noqa: E402
from zhengce.reading.amounts import CN_SMALL as _CN_SMALL  # noqa: E402
from zhengce.reading.amounts import parse_chinese_int  # noqa: E402,F401

CN_NUMERAL_CHARS = "".join(_CN_DIGIT) + "".join(_CN_SMALL)

# An Arabic number (thousands separators allowed) or a run of Chinese numerals.
# (a number starts where its digits or numerals do: tried inside a long run of them, a match fails only after
# reading to the run's end, and a page of digits took quadratic time)
NUM = rf"(?:(?<!\d)\d+(?:,\d{{3}})*(?:\.\d+)?|\.\d+|(?<![{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]+(?:点[{''.join(_CN_DIGIT)}]+)?)"


def parse_number(text: str) -> Decimal:
    """A number with optional magnitude characters: "1.5" "1,000" "三千" "0.5万" "三千万" "1.5亿"
    "一百九十六万" "两" "十二点五". Returns Decimal (no unit of money implied)."""
    s = text.strip().replace(",", "").replace(" ", "")
    if not s:
        raise ValueError("empty number")
    mult = Decimal(1)
    # trailing magnitudes: 万, 亿, 千万, 百万, 万亿; after an Arabic number also 千/百/十
    if s.count(".") > 1 or s == ".":
        raise ValueError(f"not a number: {text!r}")  # ("0.5.3", "."): text damaged, not a value to read
    m = re.fullmatch(r"([\d.]+)\s*([十百千]?[万亿]*|[十百千])", s)
    if m and m.group(2):
        base = Decimal(m.group(1))
        for ch in m.group(2):
            base *= _CN_SMALL.get(ch) or _CN_BIG[ch]
        return base
    if re.fullmatch(r"[\d.]+", s):
        return Decimal(s)
    if "点" in s:  # 十二点五
        whole, frac = s.split("点", 1)
        big = ""
        while frac and frac[-1] in _CN_BIG:
            big = frac[-1] + big
            frac = frac[:-1]
        value = Decimal(parse_chinese_int(whole) if whole else 0) + Decimal(
            "0." + "".join(str(_CN_DIGIT[c]) for c in frac))
        for ch in big:
            value *= _CN_BIG[ch]
        return value
    return Decimal(parse_chinese_int(s)) * mult


# ---------------------------------------------------------------------------------------------
# Money

@dataclass(frozen=True)
class Amount:
    """An amount of money. value is in yuan (Decimal). bound is what the words around it say:
    "max" (最高, 不超过, 以下), "min" (不低于, 以上), "approx" (左右, 约) or None."""

    value: Decimal
    span: Span
    text: str
    unit: str  # 元 万元 亿元 千元 万 亿 (as printed, simplified)
    per: str | None = None  # "/辆" "/年" "/家" ... or None
    bound: str | None = None
    bound_word: str | None = None
    low: Decimal | None = None  # for ranges "3万元-5万元": the lower end; value is the upper end

    @property
    def yuan(self) -> int | Decimal:
        """Whole yuan as int, else the exact Decimal."""
        return int(self.value) if self.value == self.value.to_integral_value() else self.value


_MAG = r"(?:千万|百万|十万|万亿|[万亿千])"
_MONEY_UNIT = rf"(?:{_MAG}?元|[万亿])"
# words that follow a bare 万/亿 when it counts things, not money
_COUNT_AFTER = set("级人户亩名套间张台辆个家件项所场次条吨千方平米株尾头只座根标册份千瓦公里度小时年月天日位立艘箱袋斤克棵盏枚粒")
_MAX_BEFORE = ("最高不超过", "最高不高于", "最多不超过", "最高不得超过", "不得超过", "不能超过", "不应超过", "不超过", "不超", "不高于", "最高", "最多", "至多", "上限为", "上限从", "最高从", "限额为", "限额",
               "上限", "封顶", "不大于", "低于", "少于")
_MIN_BEFORE = ("不低于", "不少于", "最低", "至少", "不小于", "超过", "高于", "多于", "突破", "超")
_MAX_AFTER = ("及以下", "以下", "以内", "封顶", "为限", "为上限", "限额内", "限额以内")
_MIN_AFTER = ("及以上", "以上", "起")
_APPROX = ("左右",)
# (the unit ends before a bound's word after it: "400元/月封顶")
_PER = re.compile(r"\s*/\s*(?:每)?(?:([\u4e00-\u9fff]{1,3}?)(?=[^\u4e00-\u9fff]|的|给予|补|奖|资|扶|帮|封顶|为限|为上限|[和及或]\s*\d|$)"
                  # ("N元/人某某服务补贴": a counting unit, then the award's own name)
                  # ("N元/人标准予以资助": so much a head; not "N万/台标准予以补贴", a sum for the one machine a place puts in)
                  r"|(人|(?:[户家亩吨台辆套](?!的|标准|给予|予以|进行|发放)))(?=[\u4e00-\u9fff]{2,8}?(?:补贴|补助|奖励|资助|奖补)(?![\u4e00-\u9fff])))")

_RANGE_SEP = r"\s*(?:-|—{1,2}|–|~|～|至|到)\s*"
_MONEY_RE = re.compile(
    rf"(?P<lo>{NUM})(?P<lounit>{_MONEY_UNIT})?{_RANGE_SEP}(?P<num>{NUM})\s*(?P<unit>{_MONEY_UNIT})"
    rf"|(?P<num2>{NUM})\s*(?P<unit2>{_MONEY_UNIT})")


_BEFORE_WORDS = sorted([(w, "max") for w in _MAX_BEFORE] + [(w, "min") for w in _MIN_BEFORE],
                       key=lambda x: -len(x[0]))
# words that may stand between a bound word and its number: 最高补贴1.5万元, 最高奖励额度为30万元,
# 最高奖励或补助N万元 (two kinds of award joined by 或)
_FILLER = re.compile(r"(?:人民币|奖励|补助|补贴|资助|奖补|扶持|支持|贴息|补偿|配套|金额|额度|资金|标准|总额|合计|累计|均为|为|达|给予|予以|提供|可获得?|可|共"
                     r"|(?<=[励助贴补持息])[或和及、](?=奖励|补助|补贴|资助|奖补|扶持|支持|贴息))+$")


_INCLUSIVE_END = re.compile(r"[((]含[))]$")
_EACH_END = re.compile(r"每[\u4e00-\u9fff]{1,2}$")
# (every bound word at once: most numbers have none, so the lists below are walked only when one is there)
_ANY_BEFORE = tuple(w for w, _ in _BEFORE_WORDS)
_ANY_AFTER = tuple(_MIN_AFTER + _MAX_AFTER + _APPROX)


def _bound_around(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    raw_before = _INCLUSIVE_END.sub("", text[max(0, start - 12):start].rstrip())
    before = _FILLER.sub("", raw_before).rstrip()  # "最高(含)100万元": the bound counts itself
    after = text[end:end + 4].lstrip()
    each = _EACH_END.search(before) if "每" in before else None
    if each:  # "最高不超过每盏4000元": the bound, then what the amount is counted per
        # ("最高补助额度为每年N万元": the bound, its filler words, then the period it counts in)
        ahead = _FILLER.sub("", before[:each.start()]).rstrip()
        word = next((w for w, kind in _BEFORE_WORDS if kind == "max" and ahead.endswith(w)), None)
        if word:
            return "max", word
    if before.endswith("至") and (up := re.search(r"可(?:奖励|补助|补贴|资助|奖补|支持)至$|(?:最高|最多)至$", before)):
        return "max", up.group(0)  # "可补贴至1000万元", "合计额最高至N万元": as much as
    if before.endswith(("至", "到", "为")) and (up := re.search(r"(?:最高|上限)(?:奖励|补助|补贴|资助|奖补|扶持|支持)?(?:金额|额度|标准)?"
                                                               r"(?:提高|上调|提升|调整|增加)(?:至|到|为)$", before)):
        return "max", up.group(0)  # "最高支持金额提高至N万元": the most, raised
    if before.endswith(_ANY_BEFORE):
        for w, kind in _BEFORE_WORDS:
            if before.endswith(w):
                if w in ("超过", "高于", "多于", "突破", "超") and len(before) < len(raw_before) \
                        and re.search(r"(?:奖励|补助|补贴|资助|奖补|扶持|支持)", raw_before[len(before):]):
                    break  # "升入中超奖励N万元": an award word after 超, which ended a league's name, not a floor
                return kind, w
    if after.startswith(_ANY_AFTER):
        for w in _MIN_AFTER:
            if after.startswith(w):
                return "min", w
        for w in _MAX_AFTER:
            if after.startswith(w):
                return "max", w
        for w in _APPROX:
            if after.startswith(w):
                return "approx", w
    if before.endswith("约"):
        return "approx", "约"
    return None, None


def _unit_value(num: str, unit: str) -> Decimal:
    # "08万元": no sum of money is written with a leading zero — a decimal point lost in conversion
    # (one with a point already, "05.3", is no such sum: the point is not lost, and "0.5.3" is no number)
    value = parse_number(re.sub(r"^0(?=\d+$)", "0.", num.strip()))
    mag = unit[:-1] if unit.endswith("元") else unit
    for ch in mag:
        value *= _CN_SMALL.get(ch) or _CN_BIG[ch]
    return value


def _whole(value: Decimal) -> Decimal:
    """15000.0 -> 15000 (same value, a plain integral Decimal); fractions stay as they are."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _find_amounts(text: str) -> list[Amount]:
    """Every amount of money in text, in order. Accepts 元, 千元, 万元, 亿元, 千万元 and a bare
    万/亿 ("最高不超过50万", "1.5万/辆") when it does not count things ("1万人", "5万吨")."""
    out: list[Amount] = []
    for m in _MONEY_RE.finditer(text):
        ranged = m.group("num") is not None
        num, unit = (m.group("num"), m.group("unit")) if ranged else (m.group("num2"), m.group("unit2"))
        if not unit.endswith("元"):
            nxt = text[m.end():m.end() + 1]
            # ("按每人每年5万标准予以补助": 万 then 标准 and a verb of paying is money; "5万标准煤", "5万标箱" count)
            if nxt and (nxt in _COUNT_AFTER or nxt == "元") and not text.startswith("人民币", m.end()) \
                    and not re.match(r"标准\s*(?:予以|给予|发放|进行|补|奖|资助|执行|[,,;;。])", text[m.end():m.end() + 6]):
                continue  # ("最高200万人民币": money named by its currency, not 万人 counted)
            if re.match(r"\s*(?:kg|KG|Kg|t|T|kW|kw|KW|MW|m[²2³3]?|km|TEU)(?![A-Za-z])", text[m.end():m.end() + 5]):
                continue  # "3万kg", "2万t": a quantity in a unit of measure
        if re.match(r"\s*(?:美元|欧元|港元|港币|日元|英镑|美金)", text[m.end():m.end() + 4]) or (
                unit.endswith("元") and text[m.end() - 2:m.end()] in ("美元", "欧元", "港元", "日元")):
            continue  # foreign currency: not yuan
        start = m.start()
        # a Chinese numeral run may have swallowed a preceding word like 一次性? only numerals match
        try:
            value = _unit_value(num, unit)
        except (ValueError, KeyError):
            continue
        value = _whole(value)
        low = None
        if ranged:
            try:
                low = _whole(_unit_value(m.group("lo"), m.group("lounit") or unit))
            except (ValueError, KeyError):
                low = None
            if low is not None and low > value:  # "3-5年" style mismatch: not a range of money
                low = None
        end = m.end()
        per = None
        pm = _PER.match(text, end)
        if pm:
            per = "/" + (pm.group(1) or pm.group(2))
            end = pm.end()
        bound, word = _bound_around(text, start, end)
        if ranged and low is not None:
            bound, word = bound or "range", word
        out.append(Amount(value=value, span=(start, end), text=text[start:end], unit=unit, per=per,
                          bound=bound, bound_word=word, low=low))
    if "/" in text:
        out = _without_yuan(text, out)
    if "、" in text:
        out = _sharing_a_unit(text, out)
    return out


# "分别给予5、4、3万元": bare numbers listed before an amount share its unit
# (the recipient may come between: "分别给予获奖单位5、4、3万元"; or no 分别: "奖金每人次20、15、10万元",
# "一至三等奖的奖金依次为30 、20、 10万元")
_BARE_LIST = re.compile(r"(?:分别(?:(?:给予|奖励|补助|补贴|按)[\u4e00-\u9fff]{0,8}?)?|(?<![\d.、\s]))\s*((?:\d+(?:\.\d+)?\s*、\s*)+)$")


def _sharing_a_unit(text: str, found: list[Amount]) -> list[Amount]:
    out: list[Amount] = []
    for a in found:
        m = _BARE_LIST.search(text, max(0, a.span[0] - 40), a.span[0])
        if m and a.low is None and a.per is None:
            for n in re.finditer(r"\d+(?:\.\d+)?", m.group(1)):
                s, e = m.start(1) + n.start(), m.start(1) + n.end()
                try:
                    value = _whole(_unit_value(n.group(0), a.unit))
                except (ValueError, KeyError):
                    continue
                out.append(Amount(value=value, span=(s, e), text=text[s:e], unit=a.unit, bound=a.bound,
                                  bound_word=a.bound_word))
        out.append(a)
    return out


# a sum per unit whose 元 was left out, after an award word: "奖补1300/户", "标准为19.2/亩"
# (or "按2000/人标准给予补贴": the standard named after it)
_BARE_PER = re.compile(r"(?:奖补|补助|补贴|奖励|资助|标准为|给予|不超过|最高)\s*(\d+(?:\.\d+)?)\s*/\s*(户|亩|吨|人|头|只|平方米)"
                       r"|按照?\s*(\d+(?:\.\d+)?)\s*/\s*(户|亩|吨|人|头|只|平方米)(?=\s*(?:的)?标准)")


def _without_yuan(text: str, found: list[Amount]) -> list[Amount]:
    extra = []
    for m in _BARE_PER.finditer(text):
        g = 1 if m.group(1) is not None else 3
        start, end = m.span(g)
        if any(a.span[0] <= start < a.span[1] for a in found):
            continue
        bound, word = _bound_around(text, start, m.end())
        extra.append(Amount(value=_whole(parse_number(m.group(g))), span=(start, m.end()), text=text[start:m.end()],
                            unit="元", per="/" + m.group(g + 1), bound=bound, bound_word=word, low=None))
    return sorted(found + extra, key=lambda a: a.span[0]) if extra else found


@lru_cache(maxsize=64)
def _find_amounts_cached(text: str) -> tuple[Amount, ...]:
    return tuple(_find_amounts(text))


def find_amounts(text: str) -> list[Amount]:
    # extraction asks several times per sentence; a fresh list so callers may change it
    return list(_find_amounts_cached(text))


def parse_amount(text: str) -> Decimal:
    """The yuan value of one amount: "300万元" -> 3000000, "1.5亿元" -> 150000000."""
    found = find_amounts(text)
    if not found:
        raise ValueError(f"no amount of money in {text!r}")
    return found[0].value


# ---------------------------------------------------------------------------------------------
# Percentages and ratios

@dataclass(frozen=True)
class Percent:
    value: Decimal  # a fraction: 30% -> 0.3
    span: Span
    text: str
    bound: str | None = None
    bound_word: str | None = None


# "30%", "30 %", "30％", "30%_{0}", "30%°", "30‰", "百分之八十", "千分之三", "万分之五", "三分之二"
_PCT_RE = re.compile(
    rf"(?<!\d)(?P<n>\d+(?:\.\d+)?)\s*(?P<sign>[%％‰])(?:_\{{?0\}}?|°|º)?"
    rf"|百分之(?P<cn>{NUM})"
    # ("万分之1.5-2.19": a range of rates is its upper end)
    rf"|千分之(?P<cnm>{NUM})(?:\s*[-—~至到]\s*(?P<cnm2>{NUM})(?![\d万亿元%]))?"
    rf"|万分之(?P<cnw>{NUM})(?:\s*[-—~至到]\s*(?P<cnw2>{NUM})(?![\d万亿元%]))?"
    rf"|(?P<den>(?<![{CN_NUMERAL_CHARS}])[{CN_NUMERAL_CHARS}]+|(?<!\d)\d+)分之(?P<numr>[{CN_NUMERAL_CHARS}]+|\d+)"
    # "按设备价的1/3补助": a fraction written with a slash, right before the award it sizes
    r"|(?<![\d/.])(?P<snum>\d{1,2})/(?P<sden>\d{1,2})(?![\d/])(?=\s*(?:的)?(?:比例)?(?:给予|予以)?(?:补贴|奖励|补助|资助|奖补))"
    # "奖励比例提高1个百分点": a rate raised by points is a rate of its own (5个百分点 = 5%)
    r"|(?P<pp>\d+(?:\.\d+)?)\s*个\s*百分\s*点"
    # "地方留成部分前3年全额奖励企业,后2年减半奖励": the whole (or half) of a base given back
    # (not "给予每家N万元减半奖励": a sum already halved)
    r"|(?P<same>同等比例)(?=[,,]?[^,;。]{0,8}?(?:补助|奖励|返还|给予))"
    # ("全额税费补贴": the whole of what was paid given back, what it is named between; "全额贴息": all the interest;
    # not "全额补助单位", how a public body is funded)
    r"|(?P<full>全额)(?=(?:契税|税费|保费|利息|租金|学费)?(?:给予|予以)?(?:一次性)?(?:奖励|返还|补助|补贴|奖补|贴息)(?!单位|事业单位|[、和及]\s*差额))|(?<!元)(?P<half>减半)(?=(?:奖励|返还|补助|补贴|奖补)|(?<=租金减半)(?:[,,;;。\n]|$))"  # ("后三年租金减半": half the rent)
    # ("按约定工资的一半给予补助": half the base; "房屋租金补助一半": half of what is named before)
    r"|(?P<half2>(?<=的)一半(?=\s*(?:给予|予以)?[\u4e00-\u9fff]{0,6}?(?:奖励|返还|补助|补贴|奖补|资助))"
    r"|(?<=补助|补贴|奖励|返还)一半(?=[,,;;。\n]|$))")


def _find_percents(text: str) -> list[Percent]:
    out: list[Percent] = []
    for m in _PCT_RE.finditer(text):
        try:
            if m.group("pp"):
                value = Decimal(m.group("pp")) / 100
            elif m.group("full") or m.group("half") or m.group("half2") or m.group("same"):
                value = Decimal("0.5") if (m.group("half") or m.group("half2")) else Decimal(1)
            elif m.group("n"):
                value = Decimal(m.group("n")) / (1000 if m.group("sign") == "‰" else 100)
            elif m.group("cn"):
                value = parse_number(m.group("cn")) / 100
            elif m.group("cnm"):
                value = parse_number(m.group("cnm2") or m.group("cnm")) / 1000
            elif m.group("cnw"):
                # 万分之N: a ten-thousandth, not money
                value = Decimal(parse_number(m.group("cnw2") or m.group("cnw"))).scaleb(-4)
            elif m.group("snum"):
                numr, den = Decimal(m.group("snum")), Decimal(m.group("sden"))
                if den == 0 or numr >= den:
                    continue
                value = numr / den
            else:
                den, numr = parse_number(m.group("den")), parse_number(m.group("numr"))
                if den == 0:
                    continue
                value = numr / den
        except (ValueError, KeyError, ArithmeticError):
            continue
        if (text[max(0, m.start() - 2):m.start()] == "最低" and re.match(r"\s*[、,,和及至到\-—~]\s*最高", text[m.end():])) \
                or re.match(r"\s*\((?:不超过|最高|不高于|最多)\s*\d+(?:\.\d+)?\s*%\)", text[m.end():]):
            continue  # "给予最低2%、最高9.5%的奖励", "按投资额的7%(不超过8%)": a range, read at its upper end
        bound, word = _bound_around(text, m.start(), m.end())
        out.append(Percent(value=_tidy(value), span=(m.start(), m.end()), text=m.group(0),
                           bound=bound, bound_word=word))
    return out


@lru_cache(maxsize=64)
def _find_percents_cached(text: str) -> tuple[Percent, ...]:
    return tuple(_find_percents(text))


def find_percents(text: str) -> list[Percent]:
    # extraction asks several times per sentence; a fresh list so callers may change it
    return list(_find_percents_cached(text))


def _tidy(value: Decimal) -> Decimal:
    """Exact and short: 0.30 -> 0.3; 2/3 stays a 28-digit Decimal (exact enough, no float)."""
    return value.normalize() if value == value.quantize(Decimal("1e-12")) else value


def parse_percent(text: str) -> Decimal:
    found = find_percents(text)
    if not found:
        raise ValueError(f"no percentage in {text!r}")
    return found[0].value


@dataclass(frozen=True)
class Ratio:
    left: Decimal
    right: Decimal
    span: Span
    text: str

    @property
    def label(self) -> str:
        return f"{_plain(self.left)}:{_plain(self.right)}"

    @property
    def value(self) -> Decimal:
        """right per unit of left: 1:1 -> 1, 1:0.5 -> 0.5 (the matching share)."""
        return _tidy(self.right / self.left)


def _plain(d: Decimal) -> str:
    return format(d.normalize(), "f")


_RATIO_RE = re.compile(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*[:∶：比]\s*(\d+(?:\.\d+)?)(?![\d:])")


def _find_ratios(text: str) -> list[Ratio]:
    """1:1, 1∶1, 1：0.5, 1比1 — but not clock times (16:00) or ratios of zero."""
    out = []
    for m in _RATIO_RE.finditer(text):
        left, right = Decimal(m.group(1)), Decimal(m.group(2))
        if left == 0:
            continue
        if re.fullmatch(r"\d{1,2}:\d{2}", m.group(0).replace(" ", "")) and len(m.group(2)) == 2:
            continue  # a time of day
        out.append(Ratio(left, right, (m.start(), m.end()), m.group(0)))
    return out


@lru_cache(maxsize=64)
def _find_ratios_cached(text: str) -> tuple[Ratio, ...]:
    return tuple(_find_ratios(text))


def find_ratios(text: str) -> list[Ratio]:
    # extraction asks several times per sentence; a fresh list so callers may change it
    return list(_find_ratios_cached(text))


# ---------------------------------------------------------------------------------------------
# Plain counts with units ("30家", "15项以上", "1.2万套"), used for targets and thresholds

@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str
    span: Span
    text: str
    bound: str | None = None
    bound_word: str | None = None


_QTY_RE = re.compile(
    rf"(?P<num>{NUM})\s*(?P<mag>[万亿]?)(?P<unit>个百分点|千瓦时|平方米|公里|标箱|人次|家次|场次|万|"
    rf"[家项个人户亩名套间张台辆件所场次条吨方株尾座根册份倍年天位批只头栋幢])")


def _find_quantities(text: str) -> list[Quantity]:
    out = []
    for m in _QTY_RE.finditer(text):
        try:
            value = parse_number(m.group("num"))
        except (ValueError, KeyError):
            continue
        for ch in m.group("mag"):
            value *= _CN_BIG[ch]
        bound, word = _bound_around(text, m.start(), m.end())
        if not m.group("num")[0].isdigit() and not bound:
            continue  # 一批, 一体, 三年行动: Chinese numerals in words, not figures
        out.append(Quantity(value, m.group("unit"), (m.start(), m.end()), m.group(0), bound, word))
    return out


@lru_cache(maxsize=64)
def _find_quantities_cached(text: str) -> tuple[Quantity, ...]:
    return tuple(_find_quantities(text))


def find_quantities(text: str) -> list[Quantity]:
    # extraction asks several times per sentence; a fresh list so callers may change it
    return list(_find_quantities_cached(text))
