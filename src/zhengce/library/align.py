"""Align the articles of two documents by meaning, not by number.

Each passage becomes a TF-IDF vector of character bigrams of its simplified, punctuation-free
text with digits masked (so a changed amount does not hide that it is the same measure); the
heading's own vector adds a bonus. Pairs are taken greedily from the most similar down, above
a threshold (a global best-match: a pair is taken only when neither side has a better one left).
What remains is checked for 1→2 splits and 2→1 merges by weighted containment: most of a
leftover passage's bigrams are found in a passage of the other document.
"""

from __future__ import annotations

import math
from zhengce import rx as re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from zhengce.library.text import units

MATCH = 0.3  # combined similarity to call two articles the same measure
SAME_HEADING = 0.85  # headings this alike (a yearly policy keeps its article titles) …
HEADING_TEXT_MIN = 0.1  # … pair even when the text was rewritten, if the text shares this much
CONTAIN = 0.6  # weighted share of a leftover passage found inside another for split/merge
HEADING_WEIGHT = 0.25

_LABEL = re.compile(r"^\s*(?:[((][一二三四五六七八九十百零〇\d]+[))]|\d+[.、.]|[一二三四五六七八九十]+、)\s*")


# The responsible units are compared on their own; in the text they would make unrelated
# articles of one bureau look alike.
_RESPONSIBLE = re.compile(r"[((]\s*责任单位[^))]*[))]")


def _grams(text: str) -> list[str]:
    us = ["#" if u[0].isdigit() else u for u in units(_RESPONSIBLE.sub("", _LABEL.sub("", text)))]
    return [us[i] + us[i + 1] for i in range(len(us) - 1)] or us


@dataclass
class Alignment:
    pairs: list[tuple[int, int, float]] = field(default_factory=list)  # (i in A, j in B, similarity)
    splits: list[tuple[int, list[int]]] = field(default_factory=list)  # A i → B [j1, j2, …]
    merges: list[tuple[list[int], int]] = field(default_factory=list)  # A [i1, i2, …] → B j
    removed: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)


def _vectors(texts: list[list[str]], vocab: dict[str, int], idf: np.ndarray) -> np.ndarray:
    m = np.zeros((len(texts), len(vocab)), dtype=np.float32)
    for r, grams in enumerate(texts):
        for g, c in Counter(grams).items():
            k = vocab.get(g)
            if k is not None:
                m[r, k] = (1 + math.log(c)) * idf[k]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return m / norms


def align(a_texts: list[str], a_heads: list[str], b_texts: list[str], b_heads: list[str]) -> Alignment:
    ga, gb = [_grams(t) for t in a_texts], [_grams(t) for t in b_texts]
    ha, hb = [_grams(h or "") for h in a_heads], [_grams(h or "") for h in b_heads]
    out = Alignment()
    if not ga or not gb:
        out.removed, out.added = list(range(len(ga))), list(range(len(gb)))
        return out
    df: Counter[str] = Counter()
    for grams in ga + gb:
        df.update(set(grams))
    vocab = {g: k for k, g in enumerate(df)}
    n = len(ga) + len(gb)
    idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in vocab], dtype=np.float32)
    text_sim = _vectors(ga, vocab, idf) @ _vectors(gb, vocab, idf).T
    head_sim = _vectors(ha, vocab, idf) @ _vectors(hb, vocab, idf).T
    sim = (1 - HEADING_WEIGHT) * text_sim + HEADING_WEIGHT * head_sim

    used_a, used_b = set(), set()
    order = np.dstack(np.unravel_index(np.argsort(-sim, axis=None), sim.shape))[0]
    for i, j in order:
        s = float(sim[i, j])
        if i in used_a or j in used_b:
            continue
        if s < MATCH and not (head_sim[i, j] >= SAME_HEADING and text_sim[i, j] >= HEADING_TEXT_MIN):
            continue
        used_a.add(int(i))
        used_b.add(int(j))
        out.pairs.append((int(i), int(j), round(s, 3)))

    weight = {g: idf[vocab[g]] for g in vocab}
    sets_a, sets_b = [set(g) for g in ga], [set(g) for g in gb]

    def contained(small: set[str], big: set[str]) -> float:
        total = sum(weight[g] for g in small)
        return sum(weight[g] for g in small & big) / total if total else 0.0

    pair_of_a = {i: j for i, j, _ in out.pairs}
    pair_of_b = {j: i for i, j, _ in out.pairs}
    split_parts: dict[int, list[int]] = {}
    for j in range(len(gb)):
        if j in used_b:
            continue
        best = max(range(len(ga)), key=lambda i: contained(sets_b[j], sets_a[i]))
        if contained(sets_b[j], sets_a[best]) >= CONTAIN and best in pair_of_a:
            split_parts.setdefault(best, [pair_of_a[best]]).append(j)
            used_b.add(j)
    merge_parts: dict[int, list[int]] = {}
    for i in range(len(ga)):
        if i in used_a:
            continue
        best = max(range(len(gb)), key=lambda j: contained(sets_a[i], sets_b[j]))
        if contained(sets_a[i], sets_b[best]) >= CONTAIN and best in pair_of_b and best not in \
                {j for parts in split_parts.values() for j in parts}:
            merge_parts.setdefault(best, [pair_of_b[best]]).append(i)
            used_a.add(i)
    for i, parts in split_parts.items():
        out.pairs = [p for p in out.pairs if p[0] != i]
        out.splits.append((i, sorted(parts)))
    for j, parts in merge_parts.items():
        out.pairs = [p for p in out.pairs if p[1] != j]
        out.merges.append((sorted(parts), j))
    out.removed = [i for i in range(len(ga)) if i not in used_a]
    out.added = [j for j in range(len(gb)) if j not in used_b]
    out.pairs.sort()
    return out
