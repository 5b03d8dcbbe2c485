"""Floors of the rounds from 250 on (dev_set_floors.py holds the earlier ones and merges these): each round
scored blind when it came in — on the session's start reader and on the reader of that moment — then looked
at; the figures of both are in tests/data/reading_dev/HOWTO.md."""

FLOORS_250_ON = {
    # rounds 250-257 (2026-12-04, eight helpers by domain: logistics, culture and tourism, enterprise growth in
    # southern counties, energy, elderly care and childcare, investment attraction, development zones, services)
    "heldout250": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.84, "inc_r": 0.76, "deadlines": 0.0},
    "heldout251": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.95, "deadlines": 0.98},
    "heldout252": {"documents": 0.98, "metadata": 0.84, "sections": 0.76, "articles": 0.98, "inc_p": 0.57, "inc_r": 0.57, "deadlines": 0.98},
    "heldout253": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.98, "deadlines": 0.39},
    "heldout254": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.7, "deadlines": 0.0},
    "heldout255": {"documents": 0.98, "metadata": 0.94, "sections": 0.94, "articles": 0.86, "inc_p": 0.79, "inc_r": 0.79, "deadlines": 0.98},
    # (inc_p lowered 0.87 -> 0.85 when 扶持 became a verb of giving: in one file a typo hides a ratio's award verb, so the
    # most after it is read as the award, as "按…的一定比例给予支持,最高N万元" is; the hand reading has the rate)
    "heldout256": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.83, "inc_p": 0.85, "inc_r": 0.8, "deadlines": 0.98},
    "heldout257": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.81, "inc_r": 0.87, "deadlines": 0.98},
    # rounds 258-264 (the same session's second wave: grain, seed and machinery; AI and computing power; intellectual
    # property; employment in the north and west; western provinces; the north-east; education and training)
    "heldout258": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.85, "inc_r": 0.93, "deadlines": 0.98},
    "heldout261": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.91, "deadlines": 0.98},
    "heldout262": {"documents": 0.76, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.96, "deadlines": 0.24},
    "heldout264": {"documents": 0.74, "metadata": 0.75, "sections": 0.98, "articles": 0.98, "inc_p": 0.77, "inc_r": 0.54, "deadlines": 0.98},
    "heldout263": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout259": {"documents": 0.98, "metadata": 0.81, "sections": 0.98, "articles": 0.86, "inc_p": 0.86, "inc_r": 0.86, "deadlines": 0.32},
    # rounds 265-268 (the same session's third wave, by province, scored blind on the session's last readers)
    "heldout265": {"documents": 0.98, "metadata": 0.67, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.27, "deadlines": 0.98},
    "heldout266": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.65},
    "heldout268": {"documents": 0.59, "metadata": 0.69, "sections": 0.98, "articles": 0.98, "inc_p": 0.44, "inc_r": 0.49, "deadlines": 0.98},
    # (2026-12-05, held back, not looked at: recall fell by one award when "甲或乙,给予N" became one award — see heldout55)
    "heldout267": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.68, "inc_r": 0.66, "deadlines": 0.0},
    "heldout260": {"documents": 0.76, "metadata": 0.83, "sections": 0.98, "articles": 0.94, "inc_p": 0.49, "inc_r": 0.49, "deadlines": 0.98},
    # rounds 269-276 (a later session's first wave, scored blind on 032d028 and on the reader of the moment, then looked at)
    "heldout269": {"documents": 0.76, "metadata": 0.71, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.78, "deadlines": 0.19},
    "heldout270": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.93, "inc_p": 0.95, "inc_r": 0.98, "deadlines": 0.98},
    # (inc_p lowered 0.6 -> 0.52 when sums per unit under a standards lead were read whatever the unit: one file's
    # yearly sums, in the hand reading too, are read now, but its document pairs with none — the hand reading gives
    # it no title — so all its incentives count as extra)
    "heldout271": {"documents": 0.76, "metadata": 0.75, "sections": 0.98, "articles": 0.98, "inc_p": 0.52, "inc_r": 0.62, "deadlines": 0.49},
    "heldout272": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.74, "deadlines": 0.0},
    "heldout273": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.83, "inc_p": 0.93, "inc_r": 0.96, "deadlines": 0.65},
    "heldout274": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.49, "inc_p": 0.65, "inc_r": 0.6, "deadlines": 0.59},
    "heldout275": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.63, "inc_r": 0.68, "deadlines": 0.98},
    "heldout276": {"documents": 0.74, "metadata": 0.78, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.83, "deadlines": 0.98},
    # rounds 277-284 (its second wave, scored blind; 278, 279 and 284 looked at, 277 and 280-283 never looked at)
    "heldout277": {"documents": 0.59, "metadata": 0.61, "sections": 0.32, "articles": 0.98, "inc_p": 0.61, "inc_r": 0.57, "deadlines": 0.49},
    # (inc_p lowered 0.71 -> 0.62 when a document titled as the award's standard read every part's sum per unit: one
    # file's seven labelled sums are read now, each at its numbered part; the hand reading has them, but reads the page
    # as a notice without parts, so they count against precision)
    "heldout278": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.62, "inc_r": 0.51, "deadlines": 0.98},
    "heldout279": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.61, "inc_r": 0.61, "deadlines": 0.0},
    "heldout280": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.86, "inc_p": 0.76, "inc_r": 0.98, "deadlines": 0.65},
    "heldout281": {"documents": 0.98, "metadata": 0.96, "sections": 0.98, "articles": 0.98, "inc_p": 0.84, "inc_r": 0.98, "deadlines": 0.98},
    "heldout282": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.81, "inc_r": 0.81, "deadlines": 0.98},
    "heldout283": {"documents": 0.74, "metadata": 0.74, "sections": 0.98, "articles": 0.98, "inc_p": 0.29, "inc_r": 0.2, "deadlines": 0.98},
    "heldout284": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.32, "inc_r": 0.34, "deadlines": 0.98},
    # rounds 285-290 (its third wave, scored blind on 032d028 and the session's last reader, identical; never looked at)
    "heldout285": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.82, "inc_p": 0.82, "inc_r": 0.91, "deadlines": 0.98},
    "heldout286": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.44, "inc_r": 0.49, "deadlines": 0.0},
    "heldout287": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.65, "inc_p": 0.67, "inc_r": 0.49, "deadlines": 0.98},
    "heldout289": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.84, "inc_r": 0.98, "deadlines": 0.0},
    "heldout288": {"documents": 0.7, "metadata": 0.71, "sections": 0.98, "articles": 0.82, "inc_p": 0.34, "inc_r": 0.57, "deadlines": 0.98},
    "heldout290": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.49, "inc_p": 0.69, "inc_r": 0.66, "deadlines": 0.98},
    # rounds 291-298 (2026-12-04, a later session's wave: low-altitude economy; hydrogen and storage; homestays;
    # medicine; food processing; night economy and shops; domestic and community services; water and farmland),
    # scored blind on ef9e2bf and the reader of the moment; 292-294, 296 and 297 looked at, 291, 295 and 298 held back
    # (2026-12-05, held back, not looked at: a reply to a deputy's proposal read as a notice, its paragraphs' awards
    # read; one award more that the hand reading does not have)
    "heldout291": {"documents": 0.49, "metadata": 0.59, "sections": 0.0, "articles": 0.98, "inc_p": 0.59, "inc_r": 0.98, "deadlines": 0.98},
    "heldout292": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.84, "deadlines": 0.98},
    "heldout293": {"documents": 0.98, "metadata": 0.88, "sections": 0.92, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout294": {"documents": 0.98, "metadata": 0.82, "sections": 0.82, "articles": 0.84, "inc_p": 0.57, "inc_r": 0.62, "deadlines": 0.98},
    "heldout295": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout296": {"documents": 0.98, "metadata": 0.91, "sections": 0.77, "articles": 0.55, "inc_p": 0.77, "inc_r": 0.72, "deadlines": 0.98},
    "heldout297": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.98, "deadlines": 0.0},
    "heldout298": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.92, "deadlines": 0.98},
}
