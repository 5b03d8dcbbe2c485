"""Prices: a price a recipient must keep to ("售价低于N元/千克的加氢站"), or the price an award brings one
to ("用电价格不高于N元/千瓦时") — what is paid, never money given."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.provisions.numbers import Amount


# a price one must keep to, and its bound ("售价低于", "房价为"): what follows is a condition, not money paid
PRICE_BOUND = r"(?:价格?|售价|单价|租金|收取[\u4e00-\u9fff]{0,4}?费用?|收费(?:标准)?)(?:为|低于|高于|不高于|不低于|不超过)"
_PRICE_BEFORE = re.compile(r"(?:" + PRICE_BOUND + r"|(?:价格?|售价|单价|租金)在)\s*$")


def price_condition(sent: str, a: Amount) -> bool:
    """"售价低于N元/千克的加氢站": the price a recipient must keep to, a condition — no award, no cap
    (or the price an award brings one to, "可使用电价格不高于N元/千瓦时": what is paid, not what is given)."""
    return bool(_PRICE_BEFORE.search(sent, max(0, a.span[0] - 8), a.span[0])
                and re.match(r"\s*(?:/\s*[^\d,;。、()]{1,3})?\s*(?:以下|以上|以内)?(?:的|\s*(?:[,,;;。]|$))", sent[a.span[1]:]))
