"""The town or street a county's text is about: one it keeps naming ("某某镇将对…给予…奖励")."""

from __future__ import annotations

from collections import Counter

from zhengce import rx as re
from zhengce.reading.regions import lookup


# not a town's name: a kind of town ("特色小镇", "各乡镇") or a word run into 镇/街道 ("给所在镇")
# ("所属镇区商务主管部门": each applicant's own town, whichever)
_NOT_A_TOWN = re.compile(r"^(?:页|第|整|强|乡|城|集|村|小|区|县|市|省|州|重|名|特色|各|全|本|我|该|所在|所属|所辖|辖区|当地|相关|有关|示范|建制|中心|给|对|在|和|及|与|由|实施|属地)"
                         r"|(?:乡镇|城镇|集镇|村镇|小镇|重镇|名镇|强镇)$")


def town_named(text: str) -> str | None:
    """A county's town or street a text keeps naming — three times or more, twice as often as any other:
    the text is the town's ("某某镇将对…给予…奖励")."""
    counts = Counter()
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})(镇|街道)(?![\u4e00-\u9fff]{0,1}[级]|[((])", text):
        word = m.group(1)
        if m.group(2) == "镇" and (county := re.match(r"镇[\u4e00-\u9fff]{1,2}?[区县市旗]", text[m.start(2):m.start(2) + 5])) \
                and lookup(county.group(0)) is not None:
            continue  # "某市镇某区": a county whose name starts with 镇, no town "某市镇" before it
        # the name is the last two or three characters before 镇/街道, four for a street named after its road
        # ("某某北路街道")
        for k in (2, 3, 4):
            if len(word) >= k and (k < 4 or (word.endswith("路") and m.group(2) == "街道")):
                name = word[-k:] + m.group(2)
                # (a town may share a county's short name; a street is named after a place anywhere)
                if not _NOT_A_TOWN.search(name) and (m.group(2) == "街道" or lookup(word[-k:]) is None):
                    counts[name] += 1
    if not counts:
        return None
    # a longer name counted as often as its shorter tail is the town's full name (某某沙镇 over 某沙镇)
    best = max(counts, key=lambda n: (counts[n], len(n)))
    rest = [c for n, c in counts.items() if n != best and not best.endswith(n) and not n.endswith(best)]
    return best if counts[best] >= 3 and counts[best] >= 2 * max(rest, default=0) else None
