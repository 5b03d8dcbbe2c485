"""A list of kinds, each with its own sum, under one award the sentence names once:

- the standard, then the list: "奖励标准为甲类6万元、乙类5万元", "补助最高限额为:A级景区500万元,B级100万元";
- the award, then its kinds after 其中: "发放购房补贴,其中甲类人才最高享受N万元、乙类人才M万元";
- 按 the list, then the award paid by it: "按照高级人才N万元、中级人才(技师)M万元的标准发放一次性补贴";
- the award's verb, then the list: "奖励示范镇A万元、示范村B万元".

Each sum in such a list is what one of the kinds receives. A list of sums reached ("营收达A万元、B万元") or set
aside has no award frame around it and is never read here."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.numbers import Amount

_AWARDED = r"(?:奖励|补助|补贴|资助|奖补|扶持|津贴|奖金|安家费|生活费)"
# a kind's name: words, a grade's letters and digits ("A1类人才"), a bracketed gloss ("博士(高级技师)");
# no digits of its own otherwise, and never a figure reached ("营收达")
_LABEL = r"(?:[A-Za-z]{1,2}\d{0,2}|\d{1,2}[A-Za-z]{1,2}|\d{1,2}(?=[型类级档星])|[((][^()()\d]{1,16}[))]|[^\d\s,,;;。::!!??()()])"
_BEFORE_SUM = r"\s*(?:最高)?(?:可)?(?:享受|为)?\s*"
# (a sum in 万 may leave 元 to the list's last: "其中甲类2万、乙类5万、丙类8万元")
_SUM = r"[\d.]+\s*(?:[万亿]元?|元)(?:/(?:人|项|个|家|户|月|年|只|头|亩))*"
_SEP = r"\s*[、,,;;]\s*"
_RUN = r"(?:" + _LABEL + r"{1,24}?" + _BEFORE_SUM + _SUM + _SEP + r")*" + _LABEL + r"{1,24}?" + _BEFORE_SUM + r"$"
_STANDARD_THEN = re.compile(r"(?:" + _AWARDED + r"[^,,;;。]{0,6}?[,,]?\s*|发放)(?:标准|限额|额度|金额)(?:为|是|按照?)?\s*[::]?\s*(?P<run>"
                            + _RUN + ")")
# after 其中 a kind's sum may be its floor, and kinds paired with sums by 分别: "发放入伍奖励金,其中甲类不低于A元,
# 乙类、丙类分别不低于B元、C元" — at least so much is what each kind receives
_FLOOR = r"(?:分别)?(?:不低于|不少于)?"
_PAIRED = r"(?:" + _SUM + _SEP + r")"
_ITEM_FLOOR = _LABEL + r"{1,24}?" + _FLOOR + _BEFORE_SUM + _PAIRED + "+"  # (a kind with one sum or, after 分别, several)
_RUN_FLOORS = (r"(?:" + _ITEM_FLOOR + r")*" + _LABEL + r"{1,24}?" + _FLOOR + _BEFORE_SUM
               + r"(?:(?:(?<=分别)|(?<=不低于)|(?<=不少于))" + _PAIRED + r"{1,6})?$")
_KINDS_AFTER = re.compile(r"(?:发放|给予|予以|享受|提供)[^,,;;。]{0,16}?" + _AWARDED + r"(?:额度|资金|标准|金)?\s*[,,]\s*其中\s*[,,::]?\s*(?P<run>"
                          + _RUN_FLOORS + ")")
_BY_LIST = re.compile(r"按照?\s*(?P<run>" + _RUN + ")")
# the award's verb, then the kinds each with its sum: "奖励示范镇A万元、示范村B万元、示范户C元"
# (or the verb ending its clause, the list after the comma: "对某某的开办费进行补助,甲类A万元,乙类、丙类各B万元")
_VERB_THEN = re.compile(r"(?:(?:进行|给予|予以)(?:奖励|补助|补贴|资助|奖补)\s*[,,]|奖励|补助|补贴|资助|奖补)\s*(?P<run>" + _RUN + ")")
# the rest of the list, then the standard it sets paid out: with its award named, or bare at the sentence's end
_STANDARD_PAID = r"(?:" + _SEP + _LABEL + r"{1,24}?" + _BEFORE_SUM + _SUM + r")*\s*的?标准[,,]?\s*(?:一次性|按月|逐年)?(?:发放|给予|予以)"
_PAID_BY = re.compile(_STANDARD_PAID + r"[^,,;;。]{0,8}?" + _AWARDED)
_PAID_BARE = re.compile(_STANDARD_PAID + r"\s*(?:[。;;]|$)")
_NEXT_ITEM = re.compile(_SEP + _LABEL + r"{1,24}?" + _BEFORE_SUM + _SUM)
_REACHED = re.compile(r"(?:达到?|超过|突破|满|实现|不低于|共计|合计|总计|累计|营收|收入|产值|销售额|投资额?|预算|安排|规模|资金|金额|总额)\s*(?:最高)?(?:可)?(?:享受|为)?\s*$")

# a stage of payment or a level of government is no kind of beneficiary: "其中第一年5万元、第二年3万元" pays one
# award over years, "其中市级A万元、区级B万元" splits its cost
_NOT_A_KIND = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}|首|次|当|前|后|每)(?:年|期|批|次|阶段|季度)|"
                         r"(?:中央|国家|省|自治区|市|州|县|区|镇|乡|街道)级?(?:财政)?(?:承担|负担|配套|补助|奖励)?\s*(?:为)?\s*$|[^,,]*财政")


# sums year by year, the award named after the list: "可享受第1年A万元、第2年B万元、第3年C万元补贴" — each year's
# sum is paid (when a whole award stands before them they are its parts: instalments.py drops them then)
_YEAR = r"(?:第[一二三四五六七八九十\d]{1,2}个?(?:年度|年)起?|首年|次年)"
_YEARS_BEFORE = re.compile(r"(?:享受|给予|予以)\s*(?:" + _YEAR + r"\s*" + _SUM + _SEP + r")*" + _YEAR + r"\s*$")
_YEARS_AFTER = re.compile(r"(?:" + _SEP + _YEAR + r"\s*" + _SUM + r")*\s*的?(?:一次性)?" + _AWARDED)


def kind_sum(sent: str, a: Amount) -> bool:
    """Whether the amount is one kind's sum in a list of kinds and sums under one award."""
    before = sent[max(0, a.span[0] - 160):a.span[0]]
    after = sent[a.span[1]:a.span[1] + 160]
    if _YEARS_BEFORE.search(before) and _YEARS_AFTER.match(after):
        return True
    for frame in (_STANDARD_THEN, _KINDS_AFTER, _BY_LIST, _VERB_THEN):
        m = frame.search(before)
        if not m:
            continue
        run = m.group("run")
        labels = re.split(_SUM + _SEP, run)
        if frame is _KINDS_AFTER:
            labels = [re.sub(_FLOOR + _BEFORE_SUM + "$", "", label) for label in labels]
        if any(_REACHED.search(label) or _NOT_A_KIND.match(label.strip()) for label in labels):
            return False  # "营收达A万元、B万元": figures reached; "第一年A万元、第二年B万元": the award paid by years
        # (after 其中 one kind is enough: "发放租房补贴,其中甲类2万元" divides the award named by kinds)
        # (or the standard's colon before one kind whose sum ends the item: "开办奖励标准为:某类企业N万元", an item the lead opened)
        listed = len(labels) > 1 or bool(_NEXT_ITEM.match(after)) or frame is _KINDS_AFTER \
            or (frame is _STANDARD_THEN and ":" in before[m.start():m.start("run")] and re.match(r"\s*[;;。]?\s*$", after))
        if not listed:
            continue
        if frame is _BY_LIST and not (_PAID_BY.match(after) or (_PAID_BARE.match(after) and re.search(_AWARDED, before[:m.start()]))):
            continue  # ("发补贴,…按照甲N万元、乙M万元标准一次性发放": the award named before the list)
        return True
    return False


_MAX_FRAME = re.compile(_AWARDED + r"[^,,;;。]{0,6}?(?:最高|上限|限额)[^,,;;。]{0,4}?(?:为|是)?\s*[::]?\s*" + _RUN)


def listed_max(sent: str, pos: int) -> bool:
    """Whether a listed kind's sum is its most: "补助最高限额为:甲类500万元,乙类100万元", "甲类人才最高享受N万元"."""
    before = sent[max(0, pos - 160):pos]
    return bool(re.search(r"最高(?:可)?享受\s*$", before) or _MAX_FRAME.search(before))


# "分别按照总额最高不超过A、B的额度,分三年…给予开业奖励": each kind's whole award, paid over years
_WHOLE_BY_KIND = (re.compile(r"按照?(?:总额)?(?:最高|不超过)*\s*(?:[\d.]+\s*[万亿]?元\s*[、和]\s*)*$"),
                  re.compile(r"(?:\s*[、和]\s*[\d.]+\s*[万亿]?元)*\s*的额度[,,][^。;]{0,40}?(?:给予|予以)[^。;]{0,16}?" + _AWARDED))
# "按照每家甲类每年A万元、每家乙类每年B万元进行补贴": each one's yearly sum by kind, the verb after the list
_EACH_BY_KIND = (re.compile(r"按照?(?:[^,;。]{0,40}?、)?每(?:家|个|户)[^、,;。\d]{0,16}?(?:每年|每月)?$"),
                 re.compile(r"(?:\s*、\s*每(?:家|个|户)[^、,;。\d]{0,16}?(?:每年|每月)?\s*[\d.]+\s*[万亿]?元)*\s*(?:的标准)?(?:进行|给予|予以)"
                            + _AWARDED))


def paid_by_kind(sent: str, a: Amount) -> bool:
    """Whether the amount is one kind's in a list 按照 sets out, the award's verb after the whole list."""
    before, after = sent[max(0, a.span[0] - 80):a.span[0]], sent[a.span[1]:a.span[1] + 120]
    return any(b.search(before) and f.match(after) for b, f in (_WHOLE_BY_KIND, _EACH_BY_KIND))


# an award's standard set in grades, the sums listed: "补助标准设A万元、B万元、C万元三档",
# "奖励额度分为三档,分别为A万元、B万元、C万元" — each grade's sum is what one of that grade receives
_GRADES_BEFORE = re.compile(_AWARDED + r"(?:资金)?(?:标准|金额|额度)[^。;;]{0,30}?(?:设|分为?|设置|划分为)(?:为)?\s*"
                            r"(?:[一二三四五六七八九十两\d]个?(?:档次?|等级)[,,]?\s*(?:分别|依次)?(?:为|是)\s*)?"
                            r"(?:[\d.]+\s*万?元\s*[、,,和及]\s*){0,8}$")
_GRADES_AFTER = re.compile(r"(?:\s*[、,,和及]\s*[\d.]+\s*万?元){0,8}\s*(?:共)?[一二三四五六七八九十两\d]个?(?:档次?|等级)")


def graded_sums(sent: str, a: Amount) -> bool:
    """Whether the amount is one grade's sum of an award whose standard is set in grades."""
    m = _GRADES_BEFORE.search(sent, max(0, a.span[0] - 90), a.span[0])
    return bool(m) and (bool(re.search(r"档|等级", m.group(0))) or bool(_GRADES_AFTER.match(sent, a.span[1])))
