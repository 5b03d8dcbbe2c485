"""Text keys for search and alignment: simplified script, no punctuation, stable units.

Both the index and the queries go through `units()`, so a query typed in traditional script,
with full-width digits or with different punctuation finds the same rows. Chinese has no spaces,
so the index stores overlapping pairs of units (character bigrams); a query of n units becomes
the phrase of its n-1 bigrams, which matches exactly where the query occurs as a substring.
"""

from __future__ import annotations

from zhengce import rx as re
import unicodedata
from functools import lru_cache

# A unit is a number (with its decimal point), a run of Latin letters, or one ideograph/letter.
_UNIT = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z]+|[^\W\d_a-z]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def simplified(text: str) -> str:
    """Traditional → simplified, full-width → half-width (NFKC)."""
    return _t2s().convert(unicodedata.normalize("NFKC", text))


def traditional(text: str) -> str:
    return _s2t().convert(text)


def units(text: str) -> list[str]:
    return _UNIT.findall(simplified(text).lower())


def units_with_spans(text: str) -> list[tuple[str, int, int]]:
    """Units of an already simplified text with their positions in it (for snippets)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if len(folded) != len(text):  # NFKC changed lengths: positions would drift; fall back per char
        out: list[tuple[str, int, int]] = []
        for i, ch in enumerate(text):
            f = unicodedata.normalize("NFKC", ch).lower()
            for m in _UNIT.finditer(f):
                out.append((m.group(), i, i + 1))
        return _merge_numbers(out)
    return [(m.group(), m.start(), m.end()) for m in _UNIT.finditer(folded)]


def _merge_numbers(items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    merged: list[tuple[str, int, int]] = []
    for u, s, e in items:
        if merged and merged[-1][2] == s and u[0].isdigit() and merged[-1][0][-1].isdigit():
            pu, ps, _ = merged[-1]
            merged[-1] = (pu + u, ps, e)
        else:
            merged.append((u, s, e))
    return merged


def bigrams(us: list[str]) -> list[str]:
    """Overlapping pairs; the last unit also stands alone so that one-unit prefix queries find it."""
    if not us:
        return []
    return [us[i] + us[i + 1] for i in range(len(us) - 1)] + [us[-1]]


def index_text(text: str) -> str:
    """What goes into the FTS5 column: space-separated bigram tokens."""
    return " ".join(bigrams(units(text)))


def fts_query(query: str) -> str | None:
    """FTS5 MATCH expression for a user query: every whitespace-separated term must occur.

    Returns None when the query holds no searchable unit (only punctuation)."""
    parts = []
    for term in re.split(r"\s+", query.strip()):
        us = units(term)
        if not us:
            continue
        if len(us) == 1:
            parts.append(f'"{us[0]}"*')  # any bigram starting with this unit
        else:
            parts.append('"' + " ".join(us[i] + us[i + 1] for i in range(len(us) - 1)) + '"')
    return " AND ".join(parts) if parts else None


def query_terms(query: str) -> list[list[str]]:
    return [u for u in (units(t) for t in re.split(r"\s+", query.strip())) if u]


def find_terms(text: str, terms: list[list[str]]) -> list[tuple[int, int]]:
    """Spans in `text` (simplified) where any of the terms occurs, ignoring punctuation between units."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if len(folded) != len(text):  # positions would drift: the unit-by-unit way
        return _find_terms_by_units(text, terms)
    hits: list[tuple[int, int]] = []
    for term in terms:
        if all(len(u) == 1 and u not in _CONTINUES for u in term):
            # one-character units (ideographs) each stand alone: a pattern allowing non-units
            # between them finds exactly the places the unit-by-unit reading finds
            hits.extend(m.span(1) for m in _ideograph_pattern(tuple(term)).finditer(folded))
            continue
        # Only where the term's first unit occurs does it need a look: find it with the string
        # search, then read the units from the nearest place a unit surely starts.
        first, n, pos = term[0], len(term), folded.find(term[0])
        while pos >= 0:
            found = _units_at(folded, pos, n)
            if found and found[0][1] == pos:
                if n == 1:
                    if found[0][0].startswith(first):
                        hits.append((pos, pos + len(first)))
                elif [u for u, _, _ in found] == term:
                    hits.append((pos, found[-1][2]))
            pos = folded.find(first, pos + 1)
    return _merge(hits)


# characters that may continue a unit begun before them (numbers, Latin words, decimals)
_CONTINUES = frozenset("0123456789abcdefghijklmnopqrstuvwxyz.")
# what the unit reading skips: not a word character, "_", or a digit other than 0-9
_NOT_UNIT = r"(?:[\W_]|[^\D0-9])"


@lru_cache(maxsize=256)
def _ideograph_pattern(term: tuple[str, ...]) -> re.Pattern:
    # a lookahead, so that overlapping occurrences are all found, as unit by unit
    return re.compile("(?=(" + f"{_NOT_UNIT}*".join(re.escape(u) for u in term) + "))")


def _units_at(folded: str, pos: int, n: int) -> list[tuple[str, int, int]]:
    """The first n units from `pos` on, as the left-to-right reading of the whole text cuts them
    (the first may start before `pos` when `pos` is inside a unit)."""
    start = pos
    while start > 0 and folded[start - 1] in _CONTINUES:
        start -= 1
    out: list[tuple[str, int, int]] = []
    for m in _UNIT.finditer(folded, start):
        if m.end() <= pos:
            continue
        out.append((m.group(), m.start(), m.end()))
        if len(out) == n:
            break
    return out


def _find_terms_by_units(text: str, terms: list[list[str]]) -> list[tuple[int, int]]:
    us = units_with_spans(text)
    seq = [u for u, _, _ in us]
    hits: list[tuple[int, int]] = []
    for term in terms:
        n = len(term)
        for i in range(len(seq) - n + 1):
            if seq[i] == term[0] and seq[i:i + n] == term:
                hits.append((us[i][1], us[i + n - 1][2]))
            elif n == 1 and seq[i].startswith(term[0]) and seq[i] != term[0]:
                hits.append((us[i][1], us[i][1] + len(term[0])))
    return _merge(hits)


def _merge(hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    hits.sort()
    merged: list[tuple[int, int]] = []
    for s, e in hits:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def snippet(text: str, spans: list[tuple[int, int]], width: int = 80,
            mark: tuple[str, str] = ("【", "】")) -> tuple[str, list[tuple[int, int]]]:
    """A window of `text` around the first hit, hits wrapped in `mark`; also the hit spans in the snippet."""
    if not spans:
        cut = text[:width]
        return cut + ("…" if len(text) > width else ""), []
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    out, marks, pos = [], [], start
    prefix = "…" if start > 0 else ""
    length = len(prefix)
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        length += s - pos
        out.append(mark[0] + text[s:e] + mark[1])
        marks.append((length + len(mark[0]), length + len(mark[0]) + e - s))
        length += e - s + len(mark[0]) + len(mark[1])
        pos = e
    out.append(text[pos:end])
    return prefix + "".join(out) + ("…" if end < len(text) else ""), marks


def like_pattern(value: str) -> str:
    """A LIKE pattern matching `value` (simplified) anywhere; % and _ escaped with \\."""
    v = simplified(value).strip()
    v = v.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
    return f"%{v}%"


_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_HALF_PUNCT = re.compile(r"[,;:()!?]")


def clean_quote(text: str | None) -> str:
    """A quote as a reader pastes it: simplified characters, no OCR spaces or layout debris, one line,
    Chinese punctuation (a comma or colon between two digits, as in 1,000 or 9:30, stays)."""
    if not text:
        return ""
    from zhengce.reading.normalize import normalize

    plain = normalize(text).text.replace("\n", "")

    def full(m: re.Match[str]) -> str:
        ch, i = m.group(), m.start()
        before, after = plain[i - 1:i], plain[i + 1:i + 2]
        if ch in ",:" and before.isdigit() and after.isdigit():
            return ch
        if before.isascii() and after.isascii() and (before + after).strip(" ,;") and \
                (before.isalnum() or before in "/.") and (after.isalnum() or after in "/."):
            return ch  # inside an address or code: https://…
        return _FULL_WIDTH[ch]
        return _FULL_WIDTH[ch]

    return _HALF_PUNCT.sub(full, plain).strip()
