"""Characters frequent in policy language, in both scripts: a right decoding of Chinese bytes hits many of
them, a wrong one (Cyrillic or Latin bytes read as GBK) almost none."""

COMMON = frozenset("的政策发展经济区市省企业给予支持万元年关于推动高质量财政预算项目单位实施资金"
                   "發展經濟區業給予支持萬關於推動質量財預算項單位實施資")


def chinese_score(text: str, limit: int = 20000) -> int:
    return sum(ch in COMMON for ch in text[:limit])
