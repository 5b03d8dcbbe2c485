"""Floors of rounds 204-249 (the sessions of 2026-12-04 before round 250; dev_set_floors.py holds the earlier ones
and merges these): each round scored blind when it came in, then looked at or held back; the figures of both are in
tests/data/reading_dev/HOWTO.md's round log."""

FLOORS_204_249 = {
    # rounds 204-211 (2026-12-04), each scored blind on 23b2d90, the session's start, before anything in it was looked
    # at; pooled: documents 42/51, metadata 417/517, P 114/185, R 114/172, deadlines 9/19.
    # round 204 (commerce, trade, consumption; 6 files): blind metadata 58/66, P 31/38, R 31/35, deadlines 1/3; looked at
    # (a report of a call that opened, headline sums, a window ending on a bare day): metadata 60/66, P 35/35, R 35/35
    "heldout204": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.65},
    # round 205 (talent and employment; 8 files), blind on 23b2d90 and again on the reader after rounds 204, 206 and
    # 207 were looked at (the same: documents 6/10, metadata 60/88, P 14/25, R 14/24); looked at (a teaser above the
    # articles): P 14/23 — what stays is conventions: a digest's heading as its title or not, "补贴标准" a notice or
    # rules, the year of a call for last year's awards
    "heldout205": {"documents": 0.59, "metadata": 0.67, "sections": 0.98, "articles": 0.49, "inc_p": 0.59, "inc_r": 0.57, "deadlines": 0.49},
    # round 206 (digital economy, mostly calls without sums; 5 files): blind metadata 50/55, P 1/3, R 1/4, deadlines 4/5;
    # looked at (the district whose government a report says put out the policy, joint bodies apart by one space, a
    # place left out of those addressed): metadata 55/55 — what stays is a cap read over rates or over one clause
    "heldout206": {"documents": 0.98, "metadata": 0.98, "sections": 0.65, "articles": 0.49, "inc_p": 0.32, "inc_r": 0.24, "deadlines": 0.79},
    # round 207 (energy, transport, logistics; 7 files, 8 documents): blind documents 6/9, metadata 59/88, P 17/41, R
    # 17/37, deadlines 0/2; looked at (two reports on one page, a draft put out for comment, caps by kind, routes and
    # steps either way, kWh, cost splits and clawbacks, a list published as a notice): documents 8/8, metadata 82/88,
    # P 37/39, R 37/37 — the deadlines are completion conditions the reading counts and the reader does not
    "heldout207": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.79, "inc_p": 0.93, "inc_r": 0.98, "deadlines": 0.0},
    # rounds 208-211 were also scored blind on 503d7e9, the reader after rounds 204-207 were looked at: pooled P 51/76,
    # R 51/72 (on 23b2d90: P 51/78, R 51/72) — two false awards fewer on rounds it had not seen, no award gained.
    # round 208 (a Zhejiang county's call; 1 file): blind 1.000 everywhere
    "heldout208": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 209 (culture, tourism, sport, health; 7 files): blind P 27/33, R 27/29 (on 503d7e9: P 27/31); looked at (a
    # match to another level's grant, a headline's 最高可奖补): P 28/32, R 28/29
    "heldout209": {"documents": 0.98, "metadata": 0.88, "sections": 0.82, "articles": 0.74, "inc_p": 0.86, "inc_r": 0.95, "deadlines": 0.98},
    # round 210 (science and technology outside Zhejiang; 5 files): blind P 6/13, R 6/13, deadlines 0/3 (the same on
    # 503d7e9); looked at (support intensity, a window typed with 一 closing at an hour in brackets): P 8/15, R 8/13 —
    # what stays is an untitled letter's call read as measures, as most such letters in the set are
    "heldout210": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.52, "inc_r": 0.6, "deadlines": 0.32},
    # round 211 (modern services; 7 files): blind documents 6/8, metadata 61/77, P 17/31, R 17/29 (the same on
    # 503d7e9); looked at (a shared document's page numbers, a spaced item dot, a put-out guide, a ceiling over capped
    # awards, the whole of a contribution, a window opened by the call): documents 7/7, metadata 71/77, P 29/30, R 29/29
    "heldout211": {"documents": 0.98, "metadata": 0.91, "sections": 0.92, "articles": 0.59, "inc_p": 0.95, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 212-215 (2026-12-04, the session's third wave), each scored blind on af89306 — the reader after rounds
    # 204-211 were looked at — and on 23b2d90, the session's start: the same on both (pooled documents 27/29,
    # metadata 260/308, P 64/91, R 64/82, deadlines 6/9): the first waves' fixes gained nothing on these rounds.
    # round 212 (consumption and housing; 8 files): blind P 25/28, R 25/27; looked at (a covering notice quoted with
    # its policy in 〈〉, a headline on the first line): metadata 77/88, P 25/27
    "heldout212": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.91, "deadlines": 0.74},
    # round 213 (Zhejiang cities; 5 files): blind P 10/13, R 10/12; looked at (限额 as a cap): P 12/12, R 12/12
    "heldout213": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.49},
    # round 214 (investment attraction; 8 files): blind documents 7/9, metadata 65/88, P 15/30, R 15/17, deadlines 0/1;
    # looked at (a yield per mu to be reached, a bound as a share, a call for a year's funds, an unquoted draft by a
    # bureau, 申报时间和地点): documents 8/8, metadata 72/88, P 16/25, R 16/17, deadlines 1/1 — what stays is a page of
    # stitched fragments and loans masked by a mirror
    "heldout214": {"documents": 0.98, "metadata": 0.8, "sections": 0.82, "articles": 0.76, "inc_p": 0.63, "inc_r": 0.93, "deadlines": 0.98},
    # round 215 (small firms and jobs; 7 files): blind P 14/20, R 14/26; looked at (each person introduced, per day,
    # handed out per person, shares given back): P 17/22, R 17/26 — what stays is rates written in words (全部补助,
    # 补助一半) and per-person sums the reading reads per unit
    "heldout215": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.76, "inc_r": 0.64, "deadlines": 0.98},
    # rounds 216-219: how they scored blind and after looking is in HOWTO.md's round log
    "heldout216": {"documents": 0.7, "metadata": 0.65, "sections": 0.0, "articles": 0.0, "inc_p": 0.51, "inc_r": 0.51, "deadlines": 0.49},
    "heldout217": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.8, "inc_p": 0.84, "inc_r": 0.81, "deadlines": 0.0},
    "heldout218": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.11, "inc_r": 0.15, "deadlines": 0.98},
    "heldout219": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.36, "inc_r": 0.36, "deadlines": 0.98},
    # rounds 220-227 (2026-12-04, a later session's first wave), blind on af77b13 and on b439983 alike: documents 50/58,
    # metadata 480/594, P 95/169, R 95/160; each round's blind figures are in HOWTO's round log (so for 228-241).
    "heldout220": {"documents": 0.74, "metadata": 0.73, "sections": 0.49, "articles": 0.39, "inc_p": 0.56, "inc_r": 0.56, "deadlines": 0.49},
    "heldout221": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.75, "inc_r": 0.87, "deadlines": 0.98},
    "heldout222": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.61, "deadlines": 0.59},
    "heldout223": {"documents": 0.98, "metadata": 0.95, "sections": 0.79, "articles": 0.74, "inc_p": 0.6, "inc_r": 0.56, "deadlines": 0.0},
    "heldout224": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.94, "deadlines": 0.98},
    # (metadata 0.97 -> 0.95 on 2026-12-06: a news report whose hand reading keeps its headline as the title is now read
    # for the policy its lead names, as most of the set's news readings are — rounds 509, 230 and others)
    "heldout225": {"documents": 0.98, "metadata": 0.95, "sections": 0.9, "articles": 0.61, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout226": {"documents": 0.98, "metadata": 0.88, "sections": 0.9, "articles": 0.84, "inc_p": 0.57, "inc_r": 0.56, "deadlines": 0.98},
    "heldout227": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.94, "inc_p": 0.91, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 228-235 (the second wave), blind on af77b13 and on 4a0b4b0 (after 220-227 were looked at) alike:
    # documents 42/50, metadata 408/517, P 119/195, R 119/179.
    "heldout228": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.7, "inc_r": 0.85, "deadlines": 0.98},
    "heldout229": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.69, "inc_p": 0.56, "inc_r": 0.57, "deadlines": 0.98},
    "heldout230": {"documents": 0.7, "metadata": 0.61, "sections": 0.98, "articles": 0.98, "inc_p": 0.45, "inc_r": 0.39, "deadlines": 0.98},
    "heldout231": {"documents": 0.7, "metadata": 0.73, "sections": 0.98, "articles": 0.74, "inc_p": 0.54, "inc_r": 0.61, "deadlines": 0.98},
    "heldout232": {"documents": 0.82, "metadata": 0.7, "sections": 0.82, "articles": 0.74, "inc_p": 0.69, "inc_r": 0.69, "deadlines": 0.0},
    "heldout233": {"documents": 0.82, "metadata": 0.71, "sections": 0.98, "articles": 0.49, "inc_p": 0.53, "inc_r": 0.74, "deadlines": 0.49},
    "heldout234": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.67, "inc_r": 0.7, "deadlines": 0.98},
    "heldout235": {"documents": 0.32, "metadata": 0.49, "sections": 0.98, "articles": 0.98, "inc_p": 0.4, "inc_r": 0.44, "deadlines": 0.98},
    # rounds 236-241 (the same session's third wave), scored blind on af77b13 and on 2cba63f — the reader after rounds
    # 220-235 were looked at: identical on both (pooled documents 41/45, metadata 395/473, P 143/168, R 143/185).
    "heldout236": {"documents": 0.74, "metadata": 0.74, "sections": 0.87, "articles": 0.86, "inc_p": 0.9, "inc_r": 0.76, "deadlines": 0.98},
    "heldout237": {"documents": 0.98, "metadata": 0.88, "sections": 0.92, "articles": 0.95, "inc_p": 0.93, "inc_r": 0.85, "deadlines": 0.0},
    # (238 inc_p 0.78 -> 0.77 on 2026-12-05: "最高不超N万" is now read as at most, an extra in r238_02 whose document is unpaired)
    # (articles 0.98 -> 0.82 on 2026-12-06: a page flattened into one line now splits before "二、" after a full stop;
    # one OCR-damaged file loses the half of a heading its hand reading joins across that split)
    "heldout238": {"documents": 0.76, "metadata": 0.78, "sections": 0.98, "articles": 0.82, "inc_p": 0.77, "inc_r": 0.8, "deadlines": 0.98},
    "heldout239": {"documents": 0.98, "metadata": 0.86, "sections": 0.65, "articles": 0.49, "inc_p": 0.83, "inc_r": 0.83, "deadlines": 0.98},
    "heldout240": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.82, "inc_p": 0.79, "inc_r": 0.74, "deadlines": 0.0},
    "heldout241": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.65, "inc_r": 0.19, "deadlines": 0.98},
    # rounds 242-249 (a later session, two waves of helpers): how each scored blind and after looking is in HOWTO.md
    "heldout242": {"documents": 0.98, "metadata": 0.85, "sections": 0.82, "articles": 0.64, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout243": {"documents": 0.98, "metadata": 0.92, "sections": 0.93, "articles": 0.65, "inc_p": 0.6, "inc_r": 0.65, "deadlines": 0.98},
    "heldout244": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.84, "inc_r": 0.73, "deadlines": 0.98},
    "heldout245": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.49},
    "heldout246": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout247": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.79, "inc_p": 0.98, "inc_r": 0.82, "deadlines": 0.98},
    "heldout248": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.79, "inc_r": 0.79, "deadlines": 0.98},
    "heldout249": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
}
