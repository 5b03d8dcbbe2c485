"""The floor each part of the reading development set (tests/data/reading_dev) must keep, with how each
round was scored when it came in — blind first, then after it was looked at. Read by test_dev_set.py (the
scores) and test_set_copies.py (which parts are scored already)."""

# Floors, not targets: the figures measured when this set was last scored, less a small margin, so
# that a change that reads other places' documents worse fails here. The target is 0.95 everywhere;
# where a floor is below it, the reader does not reach the target yet on that part (see the closing
# notes and docs/reading.md for the measured figures).
FLOORS = {
    "dev": {"documents": 0.98, "metadata": 0.94, "sections": 0.97, "articles": 0.96, "inc_p": 0.97, "inc_r": 0.96, "deadlines": 0.98},
    # round 4's held-out part, scored blind once (figures in docs/reading.md), looked at since
    "heldout": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.94, "deadlines": 0.98},
    # round 5 (29 documents, 26 new places): scored blind once, then developed against (docs/reading.md)
    "heldout5": {"documents": 0.98, "metadata": 0.94, "sections": 0.95, "articles": 0.95, "inc_p": 0.96, "inc_r": 0.95, "deadlines": 0.98},
    # round 6 (32 files, 50 documents, 31 new places, digests among them): scored blind once, then looked at
    "heldout6": {"documents": 0.96, "metadata": 0.92, "sections": 0.92, "articles": 0.94, "inc_p": 0.93, "inc_r": 0.88, "deadlines": 0.81},
    # round 7 (23 files, 25 documents, 21 new places): scored blind once (f933dff), then looked at
    "heldout7": {"documents": 0.98, "metadata": 0.89, "sections": 0.95, "articles": 0.94, "inc_p": 0.92, "inc_r": 0.92, "deadlines": 0.98},
    # round 8 (25 files, 20 new places): scored blind once (6522123), then developed against
    "heldout8": {"documents": 0.98, "metadata": 0.92, "sections": 0.94, "articles": 0.94, "inc_p": 0.93, "inc_r": 0.89, "deadlines": 0.98},
    # round 9 (20 files, 20 new places): scored blind once (b5be187), then developed against
    "heldout9": {"documents": 0.88, "metadata": 0.88, "sections": 0.85, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.89, "deadlines": 0.98},
    # round 10 (21 files, 21 new places): scored blind once (3ee0cfc), then developed against
    # (heldout10, 55, 97: their hand readings read a sum for each item counted, "每件…N万元", as fixed; the reader
    # reads it per unit since the stop of rounds 116–128, where three more rounds read it so — floors lowered)
    "heldout10": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.83, "deadlines": 0.98},
    # round 11 (20 files / 30 documents, 19 new places): held back, scored blind once on the final reader of its stop
    # (974e494), developed against since
    "heldout11": {"documents": 0.88, "metadata": 0.81, "sections": 0.83, "articles": 0.78, "inc_p": 0.80, "inc_r": 0.75, "deadlines": 0.38},
    # round 12 (21 files / 42 documents, digests among them): scored blind once (7f6db32), then developed against
    "heldout12": {"documents": 0.93, "metadata": 0.89, "sections": 0.98, "articles": 0.88, "inc_p": 0.85, "inc_r": 0.87, "deadlines": 0.98},
    # round 13 (18 files / 20 documents): scored blind once (77ccbd0), then developed against
    "heldout13": {"documents": 0.88, "metadata": 0.78, "sections": 0.84, "articles": 0.87, "inc_p": 0.84, "inc_r": 0.76, "deadlines": 0.98},
    # round 14 (10 files): scored blind once (259bced), then developed against
    # (articles of rounds 14, 19, 21, 32, 36, 46, 55, 58, 88 and 148 lowered on 2026-12-02: a heading now stops at the
    # colon that opens its list, "…应具备以下条件:(一)…" — +42 articles over the set; these hand readings kept the list)
    # (14 articles 0.89 -> 0.86 on 2026-12-06: a measure's short name run on into "(一)…" is read as its heading; the hand
    # reading keeps the run-on text, cut at the first 。)
    "heldout14": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.86, "inc_p": 0.93, "inc_r": 0.93, "deadlines": 0.98},
    # round 15 (9 files): scored blind once (230c84a), then developed against
    "heldout15": {"documents": 0.98, "metadata": 0.93, "sections": 0.86, "articles": 0.82, "inc_p": 0.67, "inc_r": 0.67, "deadlines": 0.98},
    # round 16 (14 files, 12 new places): scored blind once (aa06d46), then developed against
    "heldout16": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.80, "inc_r": 0.85, "deadlines": 0.98},
    # round 17 (14 files, 14 new places): held back last stop and scored blind once (78dc024), developed against this stop
    "heldout17": {"documents": 0.98, "metadata": 0.87, "sections": 0.73, "articles": 0.84, "inc_p": 0.87, "inc_r": 0.68, "deadlines": 0.78},
    # round 18 (14 files, 14 new places): held back last stop and scored blind once (78dc024), developed against this stop
    "heldout18": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.91, "inc_p": 0.80, "inc_r": 0.88, "deadlines": 0.78},
    # round 19 (12 files, 11 new places): scored blind once (7af8eee), then developed against
    "heldout19": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.91, "inc_p": 0.98, "inc_r": 0.91, "deadlines": 0.81},
    # round 20 (7 files, 7 new places): scored blind once (0a56007), then developed against
    "heldout20": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.78, "inc_r": 0.98, "deadlines": 0.98},
    # round 21 (10 files, 10 new places): scored blind once (4258706), then developed against
    "heldout21": {"documents": 0.79, "metadata": 0.79, "sections": 0.89, "articles": 0.89, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 22 (14 files / 21 documents, new and reused places): scored blind once (61195b2), then developed against
    "heldout22": {"documents": 0.98, "metadata": 0.91, "sections": 0.91, "articles": 0.93, "inc_p": 0.74, "inc_r": 0.81, "deadlines": 0.98},
    # round 23 (15 files / 19 documents, new and reused places): scored blind once (ae2b8a4), then developed against
    "heldout23": {"documents": 0.98, "metadata": 0.84, "sections": 0.92, "articles": 0.92, "inc_p": 0.93, "inc_r": 0.98, "deadlines": 0.98},
    # round 24 (13 files): held back, scored blind once on 2c3dd69, then developed against
    "heldout24": {"documents": 0.98, "metadata": 0.88, "sections": 0.86, "articles": 0.98, "inc_p": 0.81, "inc_r": 0.76, "deadlines": 0.98},
    # round 25 (11 files / 12 documents): held back, scored blind once on 2c3dd69, then developed against
    "heldout25": {"documents": 0.89, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.76, "inc_r": 0.76, "deadlines": 0.73},
    # round 26 (15 files / 23 documents, 8 from 浙江): scored blind once (c0abd82), then developed against
    "heldout26": {"documents": 0.98, "metadata": 0.94, "sections": 0.94, "articles": 0.86, "inc_p": 0.87, "inc_r": 0.86, "deadlines": 0.98},
    # round 27 (13 files): scored blind once (c0abd82), then developed against
    "heldout27": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.73},
    # round 28 (14 files, 9 from 浙江): scored blind once (61c0315), then developed against
    "heldout28": {"documents": 0.84, "metadata": 0.81, "sections": 0.91, "articles": 0.91, "inc_p": 0.88, "inc_r": 0.81, "deadlines": 0.69},
    # round 29 (10 files): scored blind once (61c0315), then developed against
    "heldout29": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 30 (11 files): held back, scored blind once (5827d50), then developed against
    # (inc_p 0.98 → 0.94 on 2026-12-06: r30_05 reads its per-person sums fixed, and a low-income family's
    # `每人每年N元` is now read per unit under its standard — the set's known fixed/per-unit conflict)
    "heldout30": {"documents": 0.98, "metadata": 0.84, "sections": 0.77, "articles": 0.68, "inc_p": 0.94, "inc_r": 0.89, "deadlines": 0.98},
    # round 31 (12 files): held back, scored blind once (5827d50), then developed against
    "heldout31": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.84, "inc_p": 0.90, "inc_r": 0.90, "deadlines": 0.78},
    # round 32 (12 files / 13 documents, 6 from 浙江): last stop's final held-back round, scored blind once (28b7ebd),
    # developed against this stop
    "heldout32": {"documents": 0.98, "metadata": 0.90, "sections": 0.98, "articles": 0.95, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.64},
    # round 33 (11 files / 12 documents): last stop's final held-back round, scored blind once (28b7ebd), developed
    # against this stop
    "heldout33": {"documents": 0.89, "metadata": 0.79, "sections": 0.90, "articles": 0.90, "inc_p": 0.81, "inc_r": 0.73, "deadlines": 0.98},
    # round 34 (12 files / 21 documents, 6 from 浙江): this stop's first final measure, held back and scored blind
    # once (176f8d9), developed against since
    "heldout34": {"documents": 0.88, "metadata": 0.85, "sections": 0.94, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.79, "deadlines": 0.98},
    # round 35 (10 files / 11 documents): this stop's first final measure, held back and scored blind once
    # (176f8d9), developed against since
    "heldout35": {"documents": 0.88, "metadata": 0.82, "sections": 0.81, "articles": 0.92, "inc_p": 0.78, "inc_r": 0.80, "deadlines": 0.98},
    # round 36 (12 files, 6 from 浙江): scored blind once (1b05b7d), then developed against
    "heldout36": {"documents": 0.98, "metadata": 0.90, "sections": 0.86, "articles": 0.9, "inc_p": 0.40, "inc_r": 0.43, "deadlines": 0.64},
    # round 37 (10 files): scored blind once (1b05b7d), then developed against
    # (inc_p lowered at rounds 144–159: the reader now reads a list of sums per kind before the standard they
    # set, "按照每个市N万元、每个县市区M万元的标准给予奖励"; round 37's reading has them under articles of a
    # text the reader reads as a notice, without articles)
    "heldout37": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.73, "inc_p": 0.70, "inc_r": 0.64, "deadlines": 0.31},
    # round 38 (11 files, 6 from 浙江): scored blind once (e1d9cf4), then developed against
    "heldout38": {"documents": 0.98, "metadata": 0.88, "sections": 0.93, "articles": 0.94, "inc_p": 0.75, "inc_r": 0.83, "deadlines": 0.98},
    # round 39 (9 files): scored blind once (2f9f0cd), then developed against
    "heldout39": {"documents": 0.98, "metadata": 0.93, "sections": 0.83, "articles": 0.95, "inc_p": 0.83, "inc_r": 0.83, "deadlines": 0.98},
    # round 40 (12 files / 13 documents, 6 from 浙江): this stop's first final measure, held back and scored blind
    # once (176f8d9), developed against since
    "heldout40": {"documents": 0.84, "metadata": 0.80, "sections": 0.76, "articles": 0.87, "inc_p": 0.87, "inc_r": 0.74, "deadlines": 0.98},
    # round 41 (12 files): this stop's first final measure, held back and scored blind once (176f8d9), developed
    # against since
    "heldout41": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.85, "inc_r": 0.72, "deadlines": 0.98},
    # round 42 (12 files / 13 documents, 6 from 浙江): this stop's second measure, held back and scored blind once
    # (82a2c91), developed against since
    "heldout42": {"documents": 0.90, "metadata": 0.81, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.84, "deadlines": 0.48},
    # round 43 (11 files): this stop's second measure, held back and scored blind once (82a2c91), developed against
    # since
    "heldout43": {"documents": 0.81, "metadata": 0.79, "sections": 0.79, "articles": 0.83, "inc_p": 0.76, "inc_r": 0.85, "deadlines": 0.98},
    # round 44 (11 files, 7 from 浙江): the stop before's final measure, scored blind once on that stop's final
    # reader (5375729), looked at since
    "heldout44": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.93, "inc_p": 0.90, "inc_r": 0.90, "deadlines": 0.98},
    # round 45 (11 files): the stop before's final measure, scored blind once on its final reader (5375729), looked
    # at since
    "heldout45": {"documents": 0.81, "metadata": 0.80, "sections": 0.94, "articles": 0.98, "inc_p": 0.68, "inc_r": 0.75, "deadlines": 0.98},
    # round 46 (7 files, 浙江 and the east): held back, scored once at d2bcf5f, the same on the final reader e1b84c3, not looked at
    "heldout46": {"documents": 0.98, "metadata": 0.84, "sections": 0.93, "articles": 0.95, "inc_p": 0.91, "inc_r": 0.85, "deadlines": 0.98},
    # round 47 (9 files, other provinces): held back, scored once at d2bcf5f, the same on e1b84c3; looked at the stop after
    "heldout47": {"documents": 0.78, "metadata": 0.72, "sections": 0.84, "articles": 0.94, "inc_p": 0.76, "inc_r": 0.74, "deadlines": 0.98},
    # round 48 (2 files): held back, scored once at d2bcf5f, the same on e1b84c3; looked at the stop after
    "heldout48": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.81, "inc_p": 0.98, "inc_r": 0.85, "deadlines": 0.98},
    # round 49 (4 files): held back, scored once at d2bcf5f, the same on e1b84c3; looked at the stop after
    "heldout49": {"documents": 0.98, "metadata": 0.88, "sections": 0.89, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 50 (4 files): scored blind on arrival (153c2b9), then developed against
    "heldout50": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 51 (7 files): scored blind on arrival (153c2b9), then developed against
    "heldout51": {"documents": 0.98, "metadata": 0.94, "sections": 0.91, "articles": 0.84, "inc_p": 0.62, "inc_r": 0.65, "deadlines": 0.98},
    # round 52 (7 files / 8 documents, 浙江 only): held back, scored once at d2bcf5f, the same on e1b84c3; looked at the stop after
    "heldout52": {"documents": 0.85, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.96, "deadlines": 0.98},
    # round 53 (8 files / 9 documents): held back, scored once at d2bcf5f, the same on e1b84c3; looked at the stop after
    "heldout53": {"documents": 0.87, "metadata": 0.79, "sections": 0.88, "articles": 0.64, "inc_p": 0.29, "inc_r": 0.27, "deadlines": 0.98},
    # round 54 (9 files): scored blind on arrival (974a8d6), then developed against
    "heldout54": {"documents": 0.98, "metadata": 0.92, "sections": 0.94, "articles": 0.80, "inc_p": 0.91, "inc_r": 0.81, "deadlines": 0.98},
    # round 55 (7 files): scored blind on arrival (6537c45), then developed against
    # (2026-12-05: "甲或乙,给予N万元" is one award, either kind earning it, as the set reads it 9 times of 13; this
    # round's hand reading gives each kind its own: one award fewer)
    "heldout55": {"documents": 0.98, "metadata": 0.90, "sections": 0.98, "articles": 0.84, "inc_p": 0.82, "inc_r": 0.81, "deadlines": 0.98},
    # round 56 (7 files / 8 documents): scored blind on arrival (1ae53ec), then developed against
    "heldout56": {"documents": 0.85, "metadata": 0.74, "sections": 0.85, "articles": 0.81, "inc_p": 0.68, "inc_r": 0.63, "deadlines": 0.98},
    # round 57 (7 files): scored blind on arrival (40af498), then developed against
    "heldout57": {"documents": 0.73, "metadata": 0.77, "sections": 0.74, "articles": 0.73, "inc_p": 0.86, "inc_r": 0.80, "deadlines": 0.98},
    # round 58 (7 files, 浙江 and the east): held back, scored once on the final reader (e1b84c3); looked at the stop after
    "heldout58": {"documents": 0.85, "metadata": 0.78, "sections": 0.84, "articles": 0.73, "inc_p": 0.28, "inc_r": 0.40, "deadlines": 0.98},
    # round 59 (7 files, other provinces): held back, scored once on the final reader (e1b84c3); looked at the stop after
    # (sections 0.98 -> 0.86, articles 0.94 -> 0.86 on 2026-12-05: an untitled page whose top-level parts are a guide's,
    # 一、…范围 / 二、…标准, is read as a notice without parts; one file here is an untitled rules text so headed)
    "heldout59": {"documents": 0.98, "metadata": 0.90, "sections": 0.86, "articles": 0.86, "inc_p": 0.52, "inc_r": 0.73, "deadlines": 0.98},
    # round 60 (7 files, the east: 广东, 上海, 安徽, 江西, 山东): held back, scored once on 4e552e3, then developed against
    "heldout60": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.92, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 61 (7 files, other provinces): held back, scored once on 4e552e3, then developed against
    "heldout61": {"documents": 0.98, "metadata": 0.88, "sections": 0.84, "articles": 0.83, "inc_p": 0.76, "inc_r": 0.78, "deadlines": 0.98},
    # round 62 (9 files, the east and 湖北/湖南): scored blind on arrival (ed59c0a), then developed against
    # (articles 0.94 -> 0.91 on 2026-12-07: a flat list's later group names are sections too, "重点内容二" over its
    # item; the hand reading keeps the digest's two groups in one untitled section — +5 sections, +11 articles over
    # the set)
    "heldout62": {"documents": 0.98, "metadata": 0.91, "sections": 0.91, "articles": 0.91, "inc_p": 0.96, "inc_r": 0.98, "deadlines": 0.98},
    # round 63 (8 files / 9 documents, other provinces): scored blind on arrival (ed59c0a), then developed against
    "heldout63": {"documents": 0.87, "metadata": 0.82, "sections": 0.83, "articles": 0.85, "inc_p": 0.60, "inc_r": 0.54, "deadlines": 0.98},
    # round 64 (7 files, the east and centre): held back, scored once on 8dd4a54, then developed against (inc P
    # .615 → .571 once 奖 alone reads as an award verb: awards read at the points its gold files under 一、)
    "heldout64": {"documents": 0.98, "metadata": 0.86, "sections": 0.91, "articles": 0.73, "inc_p": 0.55, "inc_r": 0.50, "deadlines": 0.98},
    # round 65 (6 files, other provinces): held back, scored once on 8dd4a54, then developed against
    "heldout65": {"documents": 0.98, "metadata": 0.87, "sections": 0.85, "articles": 0.89, "inc_p": 0.56, "inc_r": 0.56, "deadlines": 0.98},
    # round 66 (6 files, the east): held back, scored once on eb10bab, then developed against
    "heldout66": {"documents": 0.98, "metadata": 0.84, "sections": 0.94, "articles": 0.94, "inc_p": 0.64, "inc_r": 0.53, "deadlines": 0.98},
    # round 67 (6 files, other provinces): held back, scored once on eb10bab, then developed against
    "heldout67": {"documents": 0.98, "metadata": 0.93, "sections": 0.85, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.88, "deadlines": 0.98},
    # round 68 (4 files, the east and centre): held back, scored once on the final reader (a35845d), not looked at
    "heldout68": {"documents": 0.98, "metadata": 0.84, "sections": 0.71, "articles": 0.66, "inc_p": 0.77, "inc_r": 0.77, "deadlines": 0.98},
    # round 69 (3 files, other provinces): held back, scored once on the final reader (a35845d), not looked at
    "heldout69": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.88, "inc_r": 0.98, "deadlines": 0.98},
    # round 70 (4 files, the east and centre), 71 (2 files, other provinces), 72 (5 files, the east and centre)
    # and 73 (6 files, other provinces): held back, scored once on the session-start reader (8e89865) and once
    # on the final reader (ce1dfe3), not looked at before; floors from the reader after looking at them
    "heldout70": {"documents": 0.98, "metadata": 0.80, "sections": 0.87, "articles": 0.48, "inc_p": 0.44, "inc_r": 0.46, "deadlines": 0.98},
    "heldout71": {"documents": 0.98, "metadata": 0.89, "sections": 0.81, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout72": {"documents": 0.98, "metadata": 0.82, "sections": 0.79, "articles": 0.85, "inc_p": 0.73, "inc_r": 0.44, "deadlines": 0.98},
    "heldout73": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.65, "inc_r": 0.85, "deadlines": 0.98},
    # rounds 74–76 (14 files) and 77–79 (18 files), each three helpers splitting the provinces: held back,
    # scored once on the session-start reader (33aea0f) and once on that stop's reader of the moment
    # (102c90a), not looked at before; floors from the reader after looking at them
    "heldout74": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout75": {"documents": 0.57, "metadata": 0.70, "sections": 0.98, "articles": 0.98, "inc_p": 0.55, "inc_r": 0.55, "deadlines": 0.98},
    "heldout76": {"documents": 0.98, "metadata": 0.88, "sections": 0.85, "articles": 0.91, "inc_p": 0.83, "inc_r": 0.85, "deadlines": 0.98},
    "heldout77": {"documents": 0.98, "metadata": 0.88, "sections": 0.84, "articles": 0.75, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout78": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.94, "inc_p": 0.92, "inc_r": 0.98, "deadlines": 0.98},
    "heldout79": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.88, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 80–82 (17 files) and 83–85 (23 files): held back, scored once on the session-start reader
    # (33aea0f) and once on the reader of the moment (80–82: d046c26, 83–85: 421c21d), not looked at before;
    # floors from the reader after looking at them
    "heldout80": {"documents": 0.83, "metadata": 0.75, "sections": 0.93, "articles": 0.89, "inc_p": 0.82, "inc_r": 0.87, "deadlines": 0.98},
    "heldout81": {"documents": 0.69, "metadata": 0.78, "sections": 0.83, "articles": 0.67, "inc_p": 0.70, "inc_r": 0.70, "deadlines": 0.98},
    "heldout82": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.83, "inc_r": 0.90, "deadlines": 0.98},
    "heldout83": {"documents": 0.78, "metadata": 0.78, "sections": 0.71, "articles": 0.73, "inc_p": 0.33, "inc_r": 0.27, "deadlines": 0.98},
    "heldout84": {"documents": 0.73, "metadata": 0.79, "sections": 0.98, "articles": 0.94, "inc_p": 0.71, "inc_r": 0.77, "deadlines": 0.98},
    "heldout85": {"documents": 0.51, "metadata": 0.77, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.64, "deadlines": 0.98},
    # rounds 86–88 (20 files): held back, scored once on the session-start reader (33aea0f) and once on the
    # final reader of the moment (89ca849), not looked at before; floors from the reader after looking at them
    "heldout86": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.68, "inc_r": 0.51, "deadlines": 0.98},
    "heldout87": {"documents": 0.64, "metadata": 0.52, "sections": 0.77, "articles": 0.70, "inc_p": 0.67, "inc_r": 0.57, "deadlines": 0.98},
    "heldout88": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.85, "inc_p": 0.92, "inc_r": 0.71, "deadlines": 0.98},
    # rounds 89–106 (six batches of three, 115 files): each held back, scored once on the session-start reader
    # (1163c60) and once on the reader of that moment before it was looked at (104–106 on the final reader,
    # 3212e29); floors from the final reader
    "heldout89": {"documents": 0.69, "metadata": 0.70, "sections": 0.98, "articles": 0.98, "inc_p": 0.48, "inc_r": 0.42, "deadlines": 0.98},
    "heldout90": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.73, "inc_r": 0.83, "deadlines": 0.98},
    "heldout91": {"documents": 0.98, "metadata": 0.88, "sections": 0.91, "articles": 0.76, "inc_p": 0.59, "inc_r": 0.61, "deadlines": 0.98},
    "heldout92": {"documents": 0.73, "metadata": 0.72, "sections": 0.81, "articles": 0.85, "inc_p": 0.68, "inc_r": 0.64, "deadlines": 0.98},
    # (r93_01, a 公告 of a project's results, is read as a notice since "公告如下" marks an announcement; its hand
    # reading gives the notice numbered articles, against HOWTO's convention, so its one award's article no longer pairs)
    "heldout93": {"documents": 0.98, "metadata": 0.81, "sections": 0.98, "articles": 0.55, "inc_p": 0.88, "inc_r": 0.91, "deadlines": 0.98},
    "heldout94": {"documents": 0.73, "metadata": 0.78, "sections": 0.81, "articles": 0.90, "inc_p": 0.59, "inc_r": 0.64, "deadlines": 0.98},
    "heldout95": {"documents": 0.64, "metadata": 0.67, "sections": 0.42, "articles": 0.31, "inc_p": 0.24, "inc_r": 0.28, "deadlines": 0.98},
    "heldout96": {"documents": 0.73, "metadata": 0.78, "sections": 0.86, "articles": 0.73, "inc_p": 0.53, "inc_r": 0.60, "deadlines": 0.00},
    "heldout97": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.83, "inc_r": 0.83, "deadlines": 0.98},
    "heldout98": {"documents": 0.98, "metadata": 0.88, "sections": 0.89, "articles": 0.62, "inc_p": 0.75, "inc_r": 0.75, "deadlines": 0.98},
    "heldout99": {"documents": 0.58, "metadata": 0.59, "sections": 0.89, "articles": 0.98, "inc_p": 0.66, "inc_r": 0.67, "deadlines": 0.98},
    "heldout100": {"documents": 0.73, "metadata": 0.74, "sections": 0.98, "articles": 0.73, "inc_p": 0.57, "inc_r": 0.67, "deadlines": 0.98},
    "heldout101": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.90, "deadlines": 0.98},
    "heldout102": {"documents": 0.73, "metadata": 0.75, "sections": 0.98, "articles": 0.98, "inc_p": 0.58, "inc_r": 0.73, "deadlines": 0.98},
    "heldout103": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.48, "inc_p": 0.93, "inc_r": 0.95, "deadlines": 0.98},
    "heldout104": {"documents": 0.98, "metadata": 0.85, "sections": 0.92, "articles": 0.93, "inc_p": 0.74, "inc_r": 0.70, "deadlines": 0.98},
    "heldout105": {"documents": 0.98, "metadata": 0.91, "sections": 0.86, "articles": 0.73, "inc_p": 0.71, "inc_r": 0.71, "deadlines": 0.98},
    "heldout106": {"documents": 0.53, "metadata": 0.57, "sections": 0.98, "articles": 0.98, "inc_p": 0.79, "inc_r": 0.66, "deadlines": 0.98},
    "heldout107": {"documents": 0.98, "metadata": 0.91, "sections": 0.81, "articles": 0.61, "inc_p": 0.10, "inc_r": 0.10, "deadlines": 0.98},
    "heldout108": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.48, "inc_r": 0.98, "deadlines": 0.98},
    "heldout109": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # (inc_p lowered at rounds 144–159: "每台补贴人民币N万元" is now read per unit, as HOWTO reads a sum paid for each
    # thing counted; round 110's reading has it fixed)
    "heldout110": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.88, "deadlines": 0.98},
    "heldout111": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.96, "inc_p": 0.93, "inc_r": 0.93, "deadlines": 0.98},
    "heldout112": {"documents": 0.98, "metadata": 0.79, "sections": 0.88, "articles": 0.85, "inc_p": 0.77, "inc_r": 0.79, "deadlines": 0.0},
    "heldout113": {"documents": 0.98, "metadata": 0.79, "sections": 0.96, "articles": 0.95, "inc_p": 0.88, "inc_r": 0.83, "deadlines": 0.98},
    "heldout114": {"documents": 0.64, "metadata": 0.65, "sections": 0.90, "articles": 0.79, "inc_p": 0.83, "inc_r": 0.33, "deadlines": 0.98},
    "heldout115": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.94, "inc_p": 0.88, "inc_r": 0.89, "deadlines": 0.98},
    # round 116 (a Guangzhou policy-QA project's saved pages): scored blind once, then looked at
    "heldout116": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.95, "inc_p": 0.51, "inc_r": 0.51, "deadlines": 0.0},
    # round 117 (a real-estate crawler's pages and one State Council text): scored blind once, then looked at
    "heldout117": {"documents": 0.98, "metadata": 0.90, "sections": 0.98, "articles": 0.95, "inc_p": 0.89, "inc_r": 0.89, "deadlines": 0.14},
    # round 118 (a consultancy site's copies and a regulation crawler's fixtures): scored blind once, then looked at
    "heldout118": {"documents": 0.98, "metadata": 0.90, "sections": 0.98, "articles": 0.89, "inc_p": 0.76, "inc_r": 0.76, "deadlines": 0.57},
    # round 119 (far provinces' pages of the pages corpus): scored blind once, then looked at
    "heldout119": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.83, "inc_p": 0.71, "inc_r": 0.71, "deadlines": 0.98},
    # round 120 (real-estate crawler pages): scored blind once, then looked at
    "heldout120": {"documents": 0.81, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.48},
    # round 121 (real-estate crawler pages (Beijing)): scored blind once, then looked at
    "heldout121": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.78},
    # round 122 (real-estate crawler pages): scored blind once, then looked at
    "heldout122": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.82, "inc_p": 0.92, "inc_r": 0.98, "deadlines": 0.0},
    # round 123 (real-estate crawler pages): scored blind once, then looked at
    "heldout123": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.94, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 124 (housing-fund notices, no awards): scored blind once, then looked at
    "heldout124": {"documents": 0.98, "metadata": 0.84, "sections": 0.70, "articles": 0.57, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 125 (pages without awards): scored blind once, then looked at
    "heldout125": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.82, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 126 (Guangzhou social-assistance pages): scored blind once, then looked at
    "heldout126": {"documents": 0.69, "metadata": 0.78, "sections": 0.98, "articles": 0.91, "inc_p": 0.79, "inc_r": 0.37, "deadlines": 0.98},
    # round 127 (a Pingtan archive's texts): scored blind once, then looked at
    "heldout127": {"documents": 0.98, "metadata": 0.63, "sections": 0.87, "articles": 0.85, "inc_p": 0.77, "inc_r": 0.76, "deadlines": 0.16},
    # round 128 (housing notices, no awards): scored blind once, then looked at
    "heldout128": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.96, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    # rounds 129–131 (pages of commerce, tourism and farming anywhere; enterprise finance in other
    # provinces; Zhejiang's counties): scored blind once, then looked at
    "heldout129": {"documents": 0.98, "metadata": 0.85, "sections": 0.88, "articles": 0.98, "inc_p": 0.95, "inc_r": 0.92, "deadlines": 0.98},
    "heldout130": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.89, "inc_p": 0.95, "inc_r": 0.98, "deadlines": 0.98},
    "heldout131": {"documents": 0.98, "metadata": 0.88, "sections": 0.84, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.76, "deadlines": 0.98},
    # rounds 132–134 (pages: support for people; application notices; places far from Zhejiang):
    # scored blind once, then looked at
    "heldout132": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.88, "inc_r": 0.88, "deadlines": 0.98},
    "heldout133": {"documents": 0.98, "metadata": 0.94, "sections": 0.91, "articles": 0.66, "inc_p": 0.56, "inc_r": 0.61, "deadlines": 0.48},
    "heldout134": {"documents": 0.64, "metadata": 0.74, "sections": 0.60, "articles": 0.48, "inc_p": 0.40, "inc_r": 0.48, "deadlines": 0.98},
    # rounds 135–137 (pages: technology, industry, investment and talent): scored blind once, then looked
    # at; most of what 135 and 136 miss is which numbering level is the article (a convention the set's
    # readings disagree on, see HOWTO), not the sums
    "heldout135": {"documents": 0.98, "metadata": 0.87, "sections": 0.74, "articles": 0.98, "inc_p": 0.31, "inc_r": 0.31, "deadlines": 0.98},
    "heldout136": {"documents": 0.98, "metadata": 0.83, "sections": 0.81, "articles": 0.68, "inc_p": 0.46, "inc_r": 0.46, "deadlines": 0.98},
    "heldout137": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.88, "inc_p": 0.81, "inc_r": 0.58, "deadlines": 0.98},
    # rounds 138–140 (pages: energy, culture and care, consumption and rural life): scored blind once,
    # then looked at (round 140's readings put a flattened activity plan's sums under its items)
    "heldout138": {"documents": 0.98, "metadata": 0.85, "sections": 0.86, "articles": 0.98, "inc_p": 0.73, "inc_r": 0.58, "deadlines": 0.98},
    "heldout139": {"documents": 0.98, "metadata": 0.90, "sections": 0.98, "articles": 0.92, "inc_p": 0.94, "inc_r": 0.87, "deadlines": 0.98},
    "heldout140": {"documents": 0.98, "metadata": 0.85, "sections": 0.81, "articles": 0.48, "inc_p": 0.16, "inc_r": 0.16, "deadlines": 0.0},
    # rounds 141–143 (pages: drafts and bureaus' documents, development zones, damaged mirror copies —
    # cut short when the search tool's budget ran out): scored blind once, then looked at
    "heldout141": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.85, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout142": {"documents": 0.98, "metadata": 0.82, "sections": 0.91, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout143": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.66, "inc_r": 0.66, "deadlines": 0.98},
    # rounds 144–151 (pages by domain: Zhejiang's counties; Jiangsu, Shanghai and Anhui; Guangdong, Fujian,
    # Guangxi; central China; the west and north-east; support for people; farming, culture and tourism;
    # notices and drafts): scored blind once, then looked at
    "heldout144": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.92, "inc_p": 0.93, "inc_r": 0.90, "deadlines": 0.98},
    "heldout145": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.88, "inc_p": 0.94, "inc_r": 0.94, "deadlines": 0.98},
    "heldout146": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.71, "inc_r": 0.80, "deadlines": 0.98},
    "heldout147": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.75, "inc_r": 0.94, "deadlines": 0.98},
    "heldout148": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.86, "inc_p": 0.20, "inc_r": 0.14, "deadlines": 0.98},
    "heldout149": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.61, "inc_r": 0.64, "deadlines": 0.98},
    "heldout150": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.91, "inc_p": 0.86, "inc_r": 0.86, "deadlines": 0.98},
    "heldout151": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.78, "inc_p": 0.86, "inc_r": 0.92, "deadlines": 0.0},
    # rounds 152–159 (pages by domain: provinces and prefectures; development zones; talent; finance and
    # listing; new industries; construction and logistics; social sectors and environment; county-level
    # cities — cut short when the search tool's budget ran out): scored blind once, then looked at
    "heldout152": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.57, "inc_r": 0.83, "deadlines": 0.0},
    "heldout153": {"documents": 0.98, "metadata": 0.84, "sections": 0.91, "articles": 0.88, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # (heldout154's inc_p is lower than at the round's look: the sums of two pages now read — a list of kinds and
    # sums before the standard, sums listed before the award's name — sit under articles the round's readings
    # do not have: a recruitment page read as a notice, a count of measures in the title read as articles)
    # (inc_p 0.55 -> 0.54 when kinds each with a sum a head listed after 按照 to the verb were read: one file's three
    # monthly sums are read under the item that states them, where its hand reading gives no article)
    "heldout154": {"documents": 0.98, "metadata": 0.85, "sections": 0.86, "articles": 0.80, "inc_p": 0.54, "inc_r": 0.55, "deadlines": 0.98},
    # (round 155: "奖励金额增至N万元" is now read, under an article its reading numbers otherwise)
    "heldout155": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.86, "inc_p": 0.63, "inc_r": 0.64, "deadlines": 0.98},
    "heldout156": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.86, "inc_p": 0.76, "inc_r": 0.66, "deadlines": 0.98},
    "heldout157": {"documents": 0.98, "metadata": 0.84, "sections": 0.85, "articles": 0.73, "inc_p": 0.81, "inc_r": 0.81, "deadlines": 0.98},
    "heldout158": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.89, "inc_p": 0.14, "inc_r": 0.14, "deadlines": 0.98},
    "heldout159": {"documents": 0.98, "metadata": 0.86, "sections": 0.92, "articles": 0.74, "inc_p": 0.81, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 160–168 (pages by domain: Zhejiang's notices; north China; the west; central and east China's
    # sectors; support for people; Shanghai districts' rules from a repository; the south with finance and
    # technology; towns and zones — round 166, policy datasets in repositories, found none): scored blind once
    # (docs/reading.md), then looked at
    "heldout160": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.92, "deadlines": 0.98},
    "heldout161": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout162": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.91, "inc_p": 0.98, "inc_r": 0.75, "deadlines": 0.98},
    "heldout163": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.86, "inc_p": 0.73, "inc_r": 0.81, "deadlines": 0.98},
    "heldout164": {"documents": 0.98, "metadata": 0.91, "sections": 0.81, "articles": 0.88, "inc_p": 0.94, "inc_r": 0.98, "deadlines": 0.98},
    "heldout165": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.86, "deadlines": 0.98},
    "heldout167": {"documents": 0.98, "metadata": 0.98, "sections": 0.93, "articles": 0.92, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout168": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.91, "deadlines": 0.98},
    # rounds 169–174 (pages by domain again: rural counties — none found; services and finance; talent and
    # housing; drafts, from a repository once the budget ran out; application notices; damaged mirrors — the
    # search budget ran out within 25–70 queries): scored blind once (docs/reading.md), then looked at
    "heldout170": {"documents": 0.98, "metadata": 0.96, "sections": 0.94, "articles": 0.98, "inc_p": 0.95, "inc_r": 0.98, "deadlines": 0.98},
    "heldout171": {"documents": 0.98, "metadata": 0.82, "sections": 0.93, "articles": 0.95, "inc_p": 0.81, "inc_r": 0.64, "deadlines": 0.98},
    "heldout172": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout173": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.48},
    "heldout174": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.0, "inc_r": 0.0, "deadlines": 0.98},
    # rounds 175–180 (pages by domain with a renewed budget: new industries; support for people; application
    # notices; Zhejiang's counties; finance and trade; farming, culture, sport and drafts): scored blind once
    # (docs/reading.md), then looked at
    "heldout175": {"documents": 0.98, "metadata": 0.91, "sections": 0.86, "articles": 0.89, "inc_p": 0.93, "inc_r": 0.88, "deadlines": 0.98},
    "heldout176": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.83, "deadlines": 0.98},
    "heldout177": {"documents": 0.73, "metadata": 0.72, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.64, "deadlines": 0.48},
    "heldout178": {"documents": 0.58, "metadata": 0.73, "sections": 0.73, "articles": 0.31, "inc_p": 0.78, "inc_r": 0.8, "deadlines": 0.98},
    "heldout179": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.93, "inc_r": 0.98, "deadlines": 0.98},
    "heldout180": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 182 (Jiangsu, Shanghai and Anhui districts: digests, a compilation, news), scored blind once; its low
    # incentive floors are readings that place a page's awards under no article where the reader finds parts
    "heldout182": {"documents": 0.81, "metadata": 0.7, "sections": 0.98, "articles": 0.81, "inc_p": 0.48, "inc_r": 0.48, "deadlines": 0.0},
    # round 184 (Beijing and Tianjin districts and zones, a 河北 county, a digest), scored blind once (1128946: metadata
    # 0.960, articles 0.944, P 0.571, R 0.615), then looked at; the P gap left is one list of kinds read as one award
    "heldout184": {"documents": 0.98, "metadata": 0.96, "sections": 0.98, "articles": 0.98, "inc_p": 0.9, "inc_r": 0.98, "deadlines": 0.98},
    # round 183 (west China: news reports and digests of city and zone measures, one notice), scored blind once
    # (1128946: metadata 0.782, P 0.786, R 0.868), then looked at; left: a zone named only by its newspaper, one of
    # two documents a report names, a per-wage-quota award
    "heldout183": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.83, "inc_r": 0.87, "deadlines": 0.98},
    # round 185 (application notices and support for people), scored blind once (1128946: metadata 0.909, P 0.533,
    # R 0.667, deadlines 1/5), then looked at
    "heldout185": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.89, "inc_r": 0.89, "deadlines": 0.98},
    # round 181 (Zhejiang counties: one report, the pages corpus used up for them), scored blind once (1128946:
    # metadata 7/11, the province's office its site named as issuer and place), then looked at
    "heldout181": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 186 (Zhejiang cities and districts: a call, a mirror's policy card, a 公示, a policy's head), scored blind
    # once (1128946: sections 0.778, articles 0.417, P 1/7, R 1/7), then looked at
    "heldout186": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.89, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 187 (south and east China, three of four pages damaged by mirrors), scored blind once (1128946: metadata
    # 1.000, P 0.694, R 0.833), then looked at
    "heldout187": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.98, "deadlines": 0.98},
    # round 188 (counties outside Zhejiang: a consultation notice with its draft, rules, a measures page), scored
    # blind once (1128946: metadata 0.939, articles 0.786, P 20/21, R 20/21), then looked at
    "heldout188": {"documents": 0.98, "metadata": 0.91, "sections": 0.86, "articles": 0.83, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 189 (manufacturing and technology: 技改, 数字化转型, a card citing one 政策依据, reports, a draft), scored
    # blind once (3bce152: documents 5/7, metadata 0.788, articles 0.611, P 31/36, R 31/37), then looked at
    "heldout189": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.92, "inc_p": 0.95, "inc_r": 0.98, "deadlines": 0.98},
    # round 190 (publicity, payout and allocation notices, mostly untitled; one incentive), scored blind once
    # (3bce152: metadata 0.818, P 0/1, R 0/1), then looked at
    "heldout190": {"documents": 0.98, "metadata": 0.9, "sections": 0.98, "articles": 0.98, "inc_p": 0.48, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 191-193 (zones and newest policies; logistics, transport and environment; towns and bureaus' rules),
    # scored blind once (3bce152: metadata 0.782/0.727/0.803, P 5/15, 16/26, 16/37, R 5/17, 16/24, 16/22), then looked
    # at; most of what remains are the set's conventions (a Q&A or 申报条件 page as a notice without articles; one
    # award or one per kind in a list) and places the gazetteer has not (towns, former new areas, 园区)
    "heldout191": {"documents": 0.98, "metadata": 0.76, "sections": 0.98, "articles": 0.98, "inc_p": 0.36, "inc_r": 0.39, "deadlines": 0.98},
    "heldout192": {"documents": 0.81, "metadata": 0.7, "sections": 0.98, "articles": 0.98, "inc_p": 0.93, "inc_r": 0.93, "deadlines": 0.98},
    "heldout193": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.41, "inc_r": 0.7, "deadlines": 0.98},
    # round 194 (enterprise finance and listing; 7 files, 7 new pages), scored blind once on 6d4c0a1 and on 2daedd1+1
    # (the same: documents 6/8, metadata 0.740, sections 0.750, articles 0.714, P 15/21, R 15/19, deadlines 0/1), then
    # looked at (interest at an annual rate, a platform's open window, 本操作规程); an untitled zone text (金普新区) the
    # gazetteer cannot place stays lost
    "heldout194": {"documents": 0.74, "metadata": 0.74, "sections": 0.74, "articles": 0.7, "inc_p": 0.84, "inc_r": 0.93, "deadlines": 0.98},
    # rounds 195-197 (talent and employment; north-east, north-west and south-west; trade and consumption: 16 files,
    # 17 documents), scored blind once on 6d4c0a1 and on a6c89cf+1 (the same), not looked at yet: pooled documents 16/17,
    # metadata 140/187, P 52/95, R 52/82; looked at on 2026-12-04 (a Q&A page, payment shares, 不得超过, 每名, raised
    # standards, caps per kind, bands with (含), a step of persons, a lead's purpose before its bodies): metadata
    # 147/187 (with the session's later forms), P 68/90, R 68/82 (heldout196 P 10/22: a step award now read in a section the hand reading does not have)
    "heldout195": {"documents": 0.98, "metadata": 0.76, "sections": 0.98, "articles": 0.98, "inc_p": 0.9, "inc_r": 0.92, "deadlines": 0.98},
    "heldout196": {"documents": 0.82, "metadata": 0.7, "sections": 0.98, "articles": 0.98, "inc_p": 0.45, "inc_r": 0.58, "deadlines": 0.98},
    "heldout197": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.75, "inc_r": 0.82, "deadlines": 0.98},
    # round 198 (agriculture; 6 files, one from Zhejiang), scored blind once on b48e016 and on d09d1b0, the reader after
    # rounds 199-201 and 203 were looked at (the same: documents 6/6, metadata 60/66, sections 51/60, articles 57/68,
    # P 23/37, R 23/36), then looked at (each certified product, a bare bureau): metadata 61/66, P 25/37, R 25/36; what
    # stays is a part-by-part reading of sections without articles the reader numbers otherwise
    "heldout198": {"documents": 0.98, "metadata": 0.92, "sections": 0.84, "articles": 0.83, "inc_p": 0.67, "inc_r": 0.69, "deadlines": 0.98},
    # round 202 (agriculture calls; 4 notices), scored blind once on b48e016 and on d09d1b0 (the same: documents 4/4,
    # metadata 40/44, P 3/3, R 3/10, deadlines 2/3), then looked at (a policy card's source at its foot): P 9/9, R 9/10
    "heldout202": {"documents": 0.98, "metadata": 0.9, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.89, "deadlines": 0.66},
    # round 199 (science and technology in Zhejiang's counties; 6 files, mostly without sums), scored blind once on
    # b48e016 and 6986ff5 (the same: documents 6/6, metadata 60/66, sections 11/12, articles 30/32, P 2/3, R 2/2, deadlines 3/3), then
    # looked at (a sum already halved, 规划 a policy, joint signers on one line): metadata 61/66, P 2/2
    "heldout199": {"documents": 0.98, "metadata": 0.92, "sections": 0.91, "articles": 0.93, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # round 200 (manufacturing outside Zhejiang; 7 files, 5 cities and 2 districts), scored blind once on b48e016
    # (documents 7/7, metadata 73/77, P 39/41, R 39/44) and on 43e1733, the reader after rounds 199 and 201 were looked
    # at (P 40/42, R 40/44: a general gain on a round it had not seen), then looked at (a list lead's items, 进行资金激励,
    # a share in brackets, 每突破一个台阶, a paper's byline, a dated lead with a quoted title): metadata 75/77, P 44/44
    "heldout200": {"documents": 0.98, "metadata": 0.97, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 201 and 203: how they scored blind and after looking is in HOWTO.md's round log (rounds 198–203)
    "heldout203": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.84},
    "heldout201": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.87, "inc_r": 0.87, "deadlines": 0.98},
}

# the later rounds, each span in its own file
from tests.reading.dev_set_floors_204_249 import FLOORS_204_249  # noqa: E402
from tests.reading.dev_set_floors_250_on import FLOORS_250_ON  # noqa: E402
from tests.reading.dev_set_floors_299_on import FLOORS_299_ON  # noqa: E402
from tests.reading.dev_set_floors_574_on import FLOORS_574_ON  # noqa: E402
FLOORS.update(FLOORS_204_249)
FLOORS.update(FLOORS_250_ON)
FLOORS.update(FLOORS_299_ON)
FLOORS.update(FLOORS_574_ON)
