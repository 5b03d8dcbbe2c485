"""What a named 称号 in a clause really is: the grammar around the name that changes which
recognition (or which occasion of it) is paid for.

* a level written before the name that the 称号 does not have ("台州市专精特新“小巨人”", "市级单项冠军"
  when the lexicon knows only national and provincial ones): another recognition the profile
  cannot say — kept as `needs_review`, never paid as the national one;
* a stage of the recognition ("单项冠军示范企业、培育企业", "工业互联网平台创建名单", lexicon
  `stages`): being cultivated or on a candidate list is not holding the 称号 — needs review;
* 复审 written after the names ("通过国家级…、省…企业复审,分别给予…"): the awards are for renewal.
"""

from __future__ import annotations

from zhengce import rx as re

from zhengce.rules.draft.lexicon import LEVEL_NAMES, Hit, Lexicon


def _segment_before(text: str, pos: int) -> str:
    return text[max(text.rfind(c, 0, pos) for c in ",;。") + 1:pos]


def stage_of(lex: Lexicon, hit: Hit, text: str, own: str) -> str | None:
    """The stage word ("培育企业", "创建名单") that qualifies this 称号: in the award's own trigger
    (one member of a 、 list), or right after the name, before any list mark or break."""
    after = re.match(r"[^,;。、和及与或的]*", text[hit.end:]).group(0)
    for stage, words in lex.stages.items():
        for w in words:
            if w in after or (own and hit.synonym in own and w in own[own.find(hit.synonym):]):
                return w
    return None


def level_mismatch(hit: Hit) -> bool:
    """A level word before the name that this 称号 does not exist at (as far as the profile knows)."""
    d = hit.entry.data
    if hit.level is None or d.get("grades") and d.get("fact"):
        return False
    if d.get("fact"):
        return bool(d.get("level")) and hit.level != d["level"]
    return bool(d.get("levels")) and hit.level not in d["levels"]


def qualify(lex: Lexicon, recs: list[Hit], text: str, own: str) -> tuple[list[Hit], list[str]]:
    """The hits that are the recognitions they name, and a review note for each that is not."""
    kept, notes = [], {}
    for h in recs:
        said = LEVEL_NAMES.get(h.level or "", "") + h.synonym
        stage = stage_of(lex, h, text, own)
        if stage:
            notes[(h.start, h.end)] = f"「{said}{stage}」是称号的培育/创建阶段, 不是获得该称号: 画像没有此事实, 请写出条件"
        elif level_mismatch(h):
            notes.setdefault((h.start, h.end), f"「{said}」: 词表中该称号没有{LEVEL_NAMES.get(h.level, h.level)}, "
                                               f"画像没有此事实, 请写出条件")
        else:
            kept.append(h)
    # "省级以上…小巨人": a level the 称号 lacks is dropped when another level of the same name is kept
    held = {(h.start, h.end) for h in kept}
    return kept, [n for where, n in notes.items() if where not in held]


def renewal_after(lex: Lexicon, recs: list[Hit], text: str) -> bool:
    """"通过国家级专精特新“小巨人”企业、省“隐形冠军”企业复审": 复审 after the names, nothing before
    them saying 新认定."""
    for h in recs:
        if lex.when_of(_segment_before(text, h.start)):
            return False
        after = re.match(r"[^,;。的]*", text[h.end:]).group(0)
        if lex.when_of(after) == "renewal":  # not "(不含复审)", not "(含复审)"
            return True
    return False
