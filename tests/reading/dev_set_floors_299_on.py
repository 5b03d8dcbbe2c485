"""Floors of rounds 299-573 (dev_set_floors.py merges these; the rounds from 574 on are in dev_set_floors_574_on.py):
each round scored blind when it came in — on the session's start reader c51bc64 and on the reader of that moment —
then looked at or held back; the figures are in tests/data/reading_dev/HOWTO.md."""

FLOORS_299_ON = {
    # rounds 299-304 (2026-12-04, a later session's first wave: Zhejiang's industrial land and small-firm parks; technical
    # upgrading; strategic industries; specialty farming; professional services; application notices), scored blind on
    # c51bc64 and the reader of the moment; 299-301 and 303 looked at, 302 and 304 held back
    "heldout299": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.82, "deadlines": 0.98},
    "heldout300": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.87, "inc_r": 0.94, "deadlines": 0.98},
    "heldout301": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.89, "inc_p": 0.88, "inc_r": 0.88, "deadlines": 0.98},
    "heldout302": {"documents": 0.98, "metadata": 0.97, "sections": 0.98, "articles": 0.98, "inc_p": 0.85, "inc_r": 0.95, "deadlines": 0.98},
    "heldout303": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.95, "deadlines": 0.0},
    "heldout304": {"documents": 0.98, "metadata": 0.97, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.98, "deadlines": 0.49},
    # rounds 305-309 (second wave: enterprise upgrading; culture industries; cross-strait and returnee youth; new farm
    # operators; energy saving and solar); 305, 306, 308 and 309 looked at, 307 held back
    "heldout305": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.43, "deadlines": 0.0},
    "heldout306": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.76, "deadlines": 0.0},
    "heldout307": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.65, "deadlines": 0.98},
    # (308's inc_p 0.51 → 0.49 on 2026-12-05: "每亩不高于N元" read per unit as "每亩不超过N元" always was; its hand
    # reading keeps only the share beside it)
    "heldout308": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.49, "inc_r": 0.33, "deadlines": 0.65},
    "heldout309": {"documents": 0.74, "metadata": 0.74, "sections": 0.82, "articles": 0.89, "inc_p": 0.59, "inc_r": 0.49, "deadlines": 0.98},
    # rounds 310-315 (third wave: finance instruments; finder's awards; industry-education; social assistance; rural
    # housing; urban facilities); 311-314 looked at, 310 and 315 held back
    "heldout310": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.74, "deadlines": 0.98},
    "heldout311": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.61, "inc_r": 0.69, "deadlines": 0.98},
    "heldout312": {"documents": 0.7, "metadata": 0.68, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.57, "deadlines": 0.98},
    "heldout313": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.7, "inc_r": 0.65, "deadlines": 0.98},
    "heldout314": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.73, "inc_r": 0.65, "deadlines": 0.0},
    "heldout315": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.8, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 316-321 (fourth wave: incubators; policy tables; county rules; ecological compensation; allocation notices;
    # employment support); 316, 317, 319 and 320 looked at, 318 and 321 held back
    "heldout316": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.86, "inc_p": 0.74, "inc_r": 0.63, "deadlines": 0.98},
    "heldout317": {"documents": 0.98, "metadata": 0.76, "sections": 0.98, "articles": 0.95, "inc_p": 0.62, "inc_r": 0.55, "deadlines": 0.0},
    "heldout318": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout319": {"documents": 0.79, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.52, "inc_r": 0.62, "deadlines": 0.0},
    "heldout320": {"documents": 0.98, "metadata": 0.75, "sections": 0.98, "articles": 0.98, "inc_p": 0.24, "inc_r": 0.19, "deadlines": 0.98},
    "heldout321": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.59, "inc_r": 0.41, "deadlines": 0.0},
    # rounds 322-327 (fifth wave: infographics; forestry products; farm technology; start-ups; county commerce; foreign
    # investment); 324-326 looked at, 322, 323 and 327 held back
    "heldout322": {"documents": 0.65, "metadata": 0.56, "sections": 0.98, "articles": 0.98, "inc_p": 0.39, "inc_r": 0.35, "deadlines": 0.98},
    "heldout323": {"documents": 0.98, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.83, "deadlines": 0.0},
    "heldout324": {"documents": 0.98, "metadata": 0.85, "sections": 0.65, "articles": 0.74, "inc_p": 0.07, "inc_r": 0.08, "deadlines": 0.98},
    # (325's P 5/20 -> 5/21 on 3acf151: a sum per household now read, right, but its document's articles differ from the
    # hand reading's none, so it counts as extra)
    "heldout325": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.78, "inc_p": 0.22, "inc_r": 0.28, "deadlines": 0.0},
    "heldout326": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.56, "inc_r": 0.6, "deadlines": 0.98},
    "heldout327": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.87, "inc_p": 0.65, "inc_r": 0.44, "deadlines": 0.39},
    # rounds 328-333 (last wave, held back, never looked at: towns and streets; development zones; counties' yearly
    # policies outside Zhejiang; education; health workforce; shipping)
    "heldout328": {"documents": 0.65, "metadata": 0.57, "sections": 0.98, "articles": 0.98, "inc_p": 0.49, "inc_r": 0.32, "deadlines": 0.0},
    # (329 inc_p 0.82 -> 0.70 on 2026-12-05: one extra once "不超N万元" reads as at most; held back, the file not looked at)
    "heldout329": {"documents": 0.7, "metadata": 0.65, "sections": 0.98, "articles": 0.98, "inc_p": 0.70, "inc_r": 0.61, "deadlines": 0.98},
    "heldout330": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout331": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.61, "deadlines": 0.98},
    "heldout332": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.41, "inc_r": 0.29, "deadlines": 0.98},
    # (333, held back: deadlines 0/0 -> 0/1 on the commit that reads a call's preamble for its deadline; not looked at)
    "heldout333": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.36, "inc_r": 0.37, "deadlines": 0.0},
    # rounds 334-339 (a seventh wave: service guides; south-western, central and northern counties; Zhejiang's newest
    # district documents; individual businesses); 334 looked at, 335-339 held back
    "heldout334": {"documents": 0.49, "metadata": 0.58, "sections": 0.98, "articles": 0.98, "inc_p": 0.49, "inc_r": 0.53, "deadlines": 0.98},
    "heldout335": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.36, "inc_r": 0.98, "deadlines": 0.98},
    "heldout336": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.57, "inc_r": 0.57, "deadlines": 0.98},
    "heldout337": {"documents": 0.98, "metadata": 0.83, "sections": 0.82, "articles": 0.93, "inc_p": 0.81, "inc_r": 0.81, "deadlines": 0.98},
    "heldout338": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.82, "deadlines": 0.0},
    "heldout339": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.76, "inc_r": 0.86, "deadlines": 0.98},
    # rounds 340-347 (2026-12-04, the next session's wave: Zhejiang cities' yearly policies, county science support, drafts,
    # application notices, East China counties, talent, farming, trade — four of eight helpers saved files), scored
    # blind on 0a0eead and the reader of the moment, identical; 344 and 347 looked at, 341 and 342 held back
    # (341 inc_p 0.65 -> 0.63, inc_r 0.82 -> 0.74 on 2026-12-05: a report's lead summing up an award its body states again
    # now counts once — five extras go over the set, one hit in 341 with them; held back, the file not looked at)
    "heldout341": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.63, "inc_r": 0.74, "deadlines": 0.98},
    "heldout342": {"documents": 0.98, "metadata": 0.76, "sections": 0.65, "articles": 0.49, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout344": {"documents": 0.98, "metadata": 0.96, "sections": 0.98, "articles": 0.75, "inc_p": 0.52, "inc_r": 0.52, "deadlines": 0.98},
    "heldout347": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 352-357 (2026-12-05: elderly care and childcare, listing and finance, logistics; three of six helpers saved
    # files), scored blind on cb0866c and on the reader of the moment; 352 and 353 looked at, 357 held back
    "heldout352": {"documents": 0.86, "metadata": 0.77, "sections": 0.65, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.77, "deadlines": 0.98},
    "heldout353": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.89, "inc_r": 0.98, "deadlines": 0.98},
    "heldout357": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.36, "inc_r": 0.36, "deadlines": 0.32},
    # rounds 358-362 (2026-12-05, a later session's wave: digital economy, headquarters, employment, green industry,
    # culture and events), scored blind on dd9f2c2 and on the reader of the moment; 359 and 360 looked at, 358, 361 and 362 held back
    "heldout358": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.94, "deadlines": 0.98},
    "heldout359": {"documents": 0.98, "metadata": 0.87, "sections": 0.87, "articles": 0.8, "inc_p": 0.36, "inc_r": 0.36, "deadlines": 0.98},
    "heldout360": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.69, "deadlines": 0.98},
    "heldout361": {"documents": 0.73, "metadata": 0.78, "sections": 0.98, "articles": 0.98, "inc_p": 0.57, "inc_r": 0.63, "deadlines": 0.98},
    "heldout362": {"documents": 0.85, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.48, "inc_r": 0.6, "deadlines": 0.98},
    # rounds 363-367 (2026-12-05, the last session's wave: foreign trade, talent, finance and listing, construction,
    # logistics), scored blind on 4407b6c and on the reader of the moment (identical); 365 looked at, 363, 364, 366 and
    # 367 held back
    "heldout363": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.65, "inc_r": 0.77, "deadlines": 0.48},
    "heldout364": {"documents": 0.98, "metadata": 0.88, "sections": 0.64, "articles": 0.48, "inc_p": 0.43, "inc_r": 0.32, "deadlines": 0.98},
    "heldout365": {"documents": 0.73, "metadata": 0.69, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.4, "deadlines": 0.98},
    "heldout366": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout367": {"documents": 0.69, "metadata": 0.78, "sections": 0.98, "articles": 0.98, "inc_p": 0.55, "inc_r": 0.59, "deadlines": 0.98},
    # rounds 368-372 (2026-12-05, this session's wave: farming, biomedicine, commerce, industrial upgrading, employment),
    # scored blind on 740cd9b and on the reader of the moment (identical); 368 and 369 looked at, 370, 371 and 372 held back
    "heldout368": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.79, "deadlines": 0.98},
    "heldout369": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.9, "deadlines": 0.98},
    "heldout370": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.83, "inc_r": 0.8, "deadlines": 0.0},
    "heldout371": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.84, "inc_r": 0.98, "deadlines": 0.98},
    "heldout372": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.76, "deadlines": 0.98},
    # rounds 373-377 (2026-12-05, the same session's second wave: science and technology, tourism and culture,
    # investment and headquarters, energy and environment, Zhejiang counties' omnibus policies), scored blind on
    # 9b071a0 and on the reader of the moment (identical); 373 and 376 looked at, 374, 375 and 377 held back
    "heldout373": {"documents": 0.73, "metadata": 0.79, "sections": 0.98, "articles": 0.94, "inc_p": 0.88, "inc_r": 0.83, "deadlines": 0.98},
    "heldout374": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.83, "inc_r": 0.76, "deadlines": 0.98},
    "heldout375": {"documents": 0.98, "metadata": 0.78, "sections": 0.98, "articles": 0.94, "inc_p": 0.84, "inc_r": 0.74, "deadlines": 0.98},
    "heldout376": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout377": {"documents": 0.98, "metadata": 0.91, "sections": 0.64, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.81, "deadlines": 0.98},
    # rounds 378-382 (2026-12-05, the same session's third wave: new industries, quality and intellectual property,
    # professional services, county economies outside Zhejiang, application notices and payouts), scored blind on
    # b3dc6b4 and on the reader of the moment (identical); 379 and 380 looked at, 378, 381 and 382 held back
    "heldout378": {"documents": 0.98, "metadata": 0.88, "sections": 0.81, "articles": 0.86, "inc_p": 0.44, "inc_r": 0.52, "deadlines": 0.98},
    "heldout379": {"documents": 0.73, "metadata": 0.81, "sections": 0.81, "articles": 0.48, "inc_p": 0.23, "inc_r": 0.19, "deadlines": 0.64},
    "heldout380": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.86, "deadlines": 0.98},
    "heldout381": {"documents": 0.98, "metadata": 0.91, "sections": 0.84, "articles": 0.81, "inc_p": 0.94, "inc_r": 0.98, "deadlines": 0.98},
    "heldout382": {"documents": 0.73, "metadata": 0.77, "sections": 0.98, "articles": 0.98, "inc_p": 0.7, "inc_r": 0.3, "deadlines": 0.57},
    # rounds 383-387 (2026-12-05, the same session's fourth wave: Zhejiang's cities, the west and north-east, the
    # south-central provinces, sports and education, explainer pages), scored blind on b749838 and on the reader of
    # the moment (identical); 385 looked at, 383, 384, 386 and 387 held back
    "heldout383": {"documents": 0.81, "metadata": 0.7, "sections": 0.98, "articles": 0.98, "inc_p": 0.31, "inc_r": 0.23, "deadlines": 0.98},
    "heldout384": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.85, "deadlines": 0.98},
    "heldout385": {"documents": 0.13, "metadata": 0.15, "sections": 0.0, "articles": 0.0, "inc_p": 0.15, "inc_r": 0.11, "deadlines": 0.98},
    "heldout386": {"documents": 0.73, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.38, "inc_r": 0.37, "deadlines": 0.98},
    "heldout387": {"documents": 0.69, "metadata": 0.66, "sections": 0.98, "articles": 0.98, "inc_p": 0.49, "inc_r": 0.39, "deadlines": 0.98},
    # rounds 388-394 (2026-12-05, a later session's first wave: the south-west; the north-east; the north-west; north
    # China's districts and counties; employment; consumption; central China's counties), scored blind on 44e156d;
    # 388, 390, 392 and 394 looked at, 389, 391 and 393 held back
    "heldout388": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.73, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout389": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.98, "deadlines": 0.98},
    "heldout390": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.85, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout391": {"documents": 0.98, "metadata": 0.93, "sections": 0.75, "articles": 0.74, "inc_p": 0.81, "inc_r": 0.72, "deadlines": 0.98},
    "heldout392": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.48},
    "heldout393": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.33, "inc_r": 0.31, "deadlines": 0.48},
    "heldout394": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 395-401 (the same session's second wave: the newest policies; science in counties outside Zhejiang;
    # investment; finance and listing; talent; east China's districts and counties; the south's districts and counties),
    # scored blind on c269bf9; 395, 397, 399 and 401 looked at, 396, 398 and 400 held back
    "heldout395": {"documents": 0.48, "metadata": 0.5, "sections": 0.98, "articles": 0.98, "inc_p": 0.12, "inc_r": 0.31, "deadlines": 0.98},
    "heldout396": {"documents": 0.69, "metadata": 0.75, "sections": 0.64, "articles": 0.98, "inc_p": 0.75, "inc_r": 0.78, "deadlines": 0.0},
    "heldout397": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout398": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.88, "inc_p": 0.64, "inc_r": 0.71, "deadlines": 0.98},
    "heldout399": {"documents": 0.64, "metadata": 0.74, "sections": 0.51, "articles": 0.35, "inc_p": 0.48, "inc_r": 0.48, "deadlines": 0.0},
    "heldout400": {"documents": 0.48, "metadata": 0.43, "sections": 0.98, "articles": 0.98, "inc_p": 0.27, "inc_r": 0.35, "deadlines": 0.98},
    "heldout401": {"documents": 0.98, "metadata": 0.98, "sections": 0.81, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 402-408 (the same session's third wave: culture and tourism; farming outside Zhejiang; manufacturing; trade
    # and logistics; social sectors; the digital economy; construction and housing), scored blind on 7e73d08; 402, 404,
    # 406 and 408 looked at, 403, 405 and 407 held back
    "heldout402": {"documents": 0.78, "metadata": 0.7, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.71, "deadlines": 0.98},
    "heldout403": {"documents": 0.48, "metadata": 0.52, "sections": 0.98, "articles": 0.98, "inc_p": 0.45, "inc_r": 0.64, "deadlines": 0.98},
    # (404's precision floor lowered 0.88 -> 0.80 on 2026-12-06: 慰问金 is now an award noun, and r404_04 states
    # one sum per worker twice; the hand reading takes the other sentence, so the reader's is a false one here)
    "heldout404": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.8, "inc_r": 0.89, "deadlines": 0.98},
    "heldout405": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.48, "inc_r": 0.59, "deadlines": 0.0},
    "heldout406": {"documents": 0.69, "metadata": 0.69, "sections": 0.98, "articles": 0.98, "inc_p": 0.34, "inc_r": 0.31, "deadlines": 0.98},
    "heldout407": {"documents": 0.69, "metadata": 0.67, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.45, "deadlines": 0.98},
    "heldout408": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.48, "inc_p": 0.28, "inc_r": 0.23, "deadlines": 0.98},
    # rounds 409-415 (the same session's fourth wave: Zhejiang's districts and counties; Jiangsu and Shanghai; cities of
    # Shandong, Hebei and Henan; Fujian, Jiangxi, Hunan and Hubei; firm-growth awards; drafts; relief for small firms),
    # scored blind on aa5df73; 409, 411, 413 and 415 looked at, 410, 412 and 414 held back
    "heldout409": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.64, "inc_r": 0.64, "deadlines": 0.98},
    "heldout410": {"documents": 0.82, "metadata": 0.76, "sections": 0.98, "articles": 0.98, "inc_p": 0.58, "inc_r": 0.65, "deadlines": 0.98},
    "heldout411": {"documents": 0.69, "metadata": 0.72, "sections": 0.98, "articles": 0.85, "inc_p": 0.75, "inc_r": 0.82, "deadlines": 0.98},
    "heldout412": {"documents": 0.98, "metadata": 0.9, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.82, "deadlines": 0.98},
    "heldout413": {"documents": 0.73, "metadata": 0.73, "sections": 0.0, "articles": 0.98, "inc_p": 0.59, "inc_r": 0.49, "deadlines": 0.98},
    "heldout414": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout415": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.88, "deadlines": 0.98},
    # rounds 416-422 (the same session's fifth wave, cut short when the search budget ran out: Zhejiang's cities;
    # Anhui and Guangdong's cities (nothing saved); Sichuan, Chongqing and Guizhou; the north-west; provinces; Hainan,
    # Guangxi and Yunnan), all held back, scored blind on the session's last reader 64f2667
    "heldout416": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.55, "inc_r": 0.64, "deadlines": 0.98},
    "heldout419": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout420": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.0, "inc_r": 0.98, "deadlines": 0.98},
    "heldout421": {"documents": 0.98, "metadata": 0.7, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.64, "deadlines": 0.98},
    "heldout422": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.8, "inc_r": 0.61, "deadlines": 0.0},
    # rounds 423-429 (2026-12-05, a later session's first wave of seven helpers: Zhejiang's calls and payouts; Jiangsu
    # and Shandong counties; research money; livestock, fisheries and farm machinery; services and trade in the south;
    # people-facing subsidies in central and western China; manufacturing upgrading in the north), scored blind on
    # ca767cf; 423, 426 and 428 looked at, 424, 425, 427 and 429 held back
    "heldout423": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.94, "inc_r": 0.94, "deadlines": 0.98},
    "heldout424": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.49, "inc_r": 0.74, "deadlines": 0.98},
    "heldout425": {"documents": 0.65, "metadata": 0.69, "sections": 0.98, "articles": 0.98, "inc_p": 0.49, "inc_r": 0.49, "deadlines": 0.0},
    "heldout426": {"documents": 0.7, "metadata": 0.76, "sections": 0.98, "articles": 0.98, "inc_p": 0.19, "inc_r": 0.32, "deadlines": 0.49},
    "heldout427": {"documents": 0.98, "metadata": 0.91, "sections": 0.65, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.67, "deadlines": 0.0},
    "heldout428": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.9, "inc_r": 0.77, "deadlines": 0.98},
    "heldout429": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    # rounds 430-436 (the same session's second wave: Zhejiang districts' talent; Beijing, Tianjin and Shanghai
    # districts; culture, tourism and sports; health and biomedicine; the far west and north; payout notices;
    # energy and green transition), scored blind on ca767cf; 430 and 431 looked at, 432-436 held back
    "heldout430": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.3, "inc_r": 0.29, "deadlines": 0.0},
    "heldout431": {"documents": 0.98, "metadata": 0.91, "sections": 0.93, "articles": 0.79, "inc_p": 0.92, "inc_r": 0.92, "deadlines": 0.98},
    "heldout432": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.54, "inc_r": 0.7, "deadlines": 0.98},
    "heldout433": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.59, "inc_p": 0.58, "inc_r": 0.6, "deadlines": 0.98},
    "heldout434": {"documents": 0.98, "metadata": 0.89, "sections": 0.79, "articles": 0.71, "inc_p": 0.74, "inc_r": 0.74, "deadlines": 0.98},
    "heldout435": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.59, "inc_r": 0.41, "deadlines": 0.0},
    "heldout436": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.29, "deadlines": 0.0},
    # rounds 437-443 (2026-12-05, the next session's first wave of seven helpers: Zhejiang's counties; central China;
    # south China; talent money; finance and listing; the south-west; calls with closing dates), scored blind on
    # 3364c49; 439-442 looked at, 437, 438 and 443 held back
    "heldout437": {"documents": 0.98, "metadata": 0.89, "sections": 0.65, "articles": 0.49, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout438": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.95, "inc_p": 0.84, "inc_r": 0.98, "deadlines": 0.0},
    "heldout439": {"documents": 0.98, "metadata": 0.94, "sections": 0.87, "articles": 0.89, "inc_p": 0.72, "inc_r": 0.81, "deadlines": 0.74},
    "heldout440": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.72, "inc_r": 0.93, "deadlines": 0.49},
    "heldout441": {"documents": 0.49, "metadata": 0.55, "sections": 0.87, "articles": 0.8, "inc_p": 0.0, "inc_r": 0.0, "deadlines": 0.98},
    "heldout442": {"documents": 0.86, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.68, "inc_r": 0.63, "deadlines": 0.98},
    "heldout443": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.82},
    # rounds 444-450 (the same session's second wave: farming and rural revitalisation; the north and north-east;
    # the digital economy; investment attraction and foreign trade; Zhejiang's urban districts; rules in chapters
    # and articles; quality, standards and IP), scored blind on 3364c49; 444, 445 and 450 looked at, 446-449 held back
    "heldout444": {"documents": 0.7, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.79, "inc_r": 0.65, "deadlines": 0.98},
    "heldout445": {"documents": 0.59, "metadata": 0.92, "sections": 0.98, "articles": 0.84, "inc_p": 0.64, "inc_r": 0.6, "deadlines": 0.98},
    "heldout446": {"documents": 0.98, "metadata": 0.83, "sections": 0.85, "articles": 0.98, "inc_p": 0.95, "inc_r": 0.98, "deadlines": 0.0},
    "heldout447": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.0, "inc_r": 0.0, "deadlines": 0.98},
    "heldout448": {"documents": 0.98, "metadata": 0.95, "sections": 0.87, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout449": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.64, "inc_p": 0.79, "inc_r": 0.79, "deadlines": 0.98},
    "heldout450": {"documents": 0.98, "metadata": 0.92, "sections": 0.85, "articles": 0.65, "inc_p": 0.32, "inc_r": 0.29, "deadlines": 0.49},
    # rounds 451-457 (2026-12-05, the next session's first wave: construction and housing; commerce and consumption;
    # transport and logistics; care and social services; development zones as issuers; counties outside Zhejiang;
    # forestry, water and ecology), scored blind on 1675fce; 451, 452, 454 and 457 looked at, 453, 455, 456 held back
    "heldout451": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.65, "inc_r": 0.62, "deadlines": 0.98},
    "heldout452": {"documents": 0.7, "metadata": 0.62, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.43, "deadlines": 0.0},
    "heldout453": {"documents": 0.7, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.73, "inc_r": 0.64, "deadlines": 0.98},
    "heldout454": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.64, "inc_r": 0.64, "deadlines": 0.98},
    "heldout455": {"documents": 0.32, "metadata": 0.35, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout456": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout457": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.34, "inc_r": 0.44, "deadlines": 0.98},
    # rounds 458-464 (the same session's second wave: new industries; skills and training; film, games and the
    # creative industries; relief and job stabilisation; coasts, islands and borders; fiscal-contribution awards;
    # incubators and research bodies), scored blind on 1675fce; 459, 460, 462, 463 looked at, 458, 461, 464 held back
    "heldout458": {"documents": 0.98, "metadata": 0.96, "sections": 0.98, "articles": 0.92, "inc_p": 0.93, "inc_r": 0.93, "deadlines": 0.98},
    "heldout459": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.85, "deadlines": 0.74},
    "heldout460": {"documents": 0.49, "metadata": 0.54, "sections": 0.98, "articles": 0.98, "inc_p": 0.27, "inc_r": 0.24, "deadlines": 0.98},
    "heldout461": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.81, "inc_r": 0.94, "deadlines": 0.0},
    "heldout462": {"documents": 0.98, "metadata": 0.96, "sections": 0.98, "articles": 0.98, "inc_p": 0.84, "inc_r": 0.87, "deadlines": 0.98},
    "heldout463": {"documents": 0.74, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.24, "deadlines": 0.0},
    "heldout464": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.87, "inc_r": 0.98, "deadlines": 0.65},
    # rounds 465-471 (2026-12-05, a later session's first wave: Chongqing's districts and counties; biomedicine;
    # new-energy cars, charging and trade-ins; chips and software; sport; exhibitions; headquarters and buildings),
    # scored blind on 835a9c3; 466, 467, 468, 470 looked at, 465, 469, 471 held back
    "heldout465": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.96, "inc_p": 0.74, "inc_r": 0.68, "deadlines": 0.98},
    "heldout466": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.91, "inc_p": 0.98, "inc_r": 0.9, "deadlines": 0.98},
    "heldout467": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.88, "inc_r": 0.95, "deadlines": 0.98},
    "heldout468": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.87, "deadlines": 0.32},
    "heldout469": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.0, "inc_r": 0.0, "deadlines": 0.98},
    "heldout470": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.65},
    "heldout471": {"documents": 0.98, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 472-478 (the same session's second wave: e-commerce and live-streaming; Fujian's counties; childbirth and
    # childcare; investment promotion; compute and data vouchers; rural revitalisation; employment of groups),
    # scored blind on 835a9c3; 472, 474, 475, 478 looked at, 473, 476, 477 held back
    "heldout472": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.82, "inc_p": 0.61, "inc_r": 0.98, "deadlines": 0.98},
    "heldout473": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.49, "deadlines": 0.98},
    "heldout474": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout475": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.94, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout476": {"documents": 0.98, "metadata": 0.89, "sections": 0.92, "articles": 0.76, "inc_p": 0.7, "inc_r": 0.7, "deadlines": 0.98},
    "heldout477": {"documents": 0.98, "metadata": 0.92, "sections": 0.87, "articles": 0.86, "inc_p": 0.32, "inc_r": 0.39, "deadlines": 0.98},
    "heldout478": {"documents": 0.98, "metadata": 0.8, "sections": 0.82, "articles": 0.75, "inc_p": 0.75, "inc_r": 0.75, "deadlines": 0.98},
    # rounds 479-485 (2026-12-06, a later session's first wave: the north-west and Tibet; Chinese medicine and health;
    # food and light industry; professional services; livestock, fisheries and seed; hydrogen, storage and energy
    # saving; intangible heritage and culture), scored blind on ec5474b; 480, 482, 484, 485 looked at, 479, 481, 483
    # held back
    "heldout479": {"documents": 0.98, "metadata": 0.82, "sections": 0.93, "articles": 0.74, "inc_p": 0.89, "inc_r": 0.8, "deadlines": 0.98},
    "heldout480": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.89, "deadlines": 0.0},
    "heldout481": {"documents": 0.98, "metadata": 0.88, "sections": 0.94, "articles": 0.98, "inc_p": 0.88, "inc_r": 0.85, "deadlines": 0.98},
    "heldout482": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.92, "inc_p": 0.94, "inc_r": 0.8, "deadlines": 0.98},
    "heldout483": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.82, "deadlines": 0.0},
    "heldout484": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.74, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout485": {"documents": 0.76, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.83, "inc_r": 0.77, "deadlines": 0.98},
    # rounds 486, 487, 489, 490, 492 (the same session's second wave: Shandong; explainers and Q&A pages; payout lists;
    # Zhejiang's counties; 486, central China, arrived after the rest), scored blind on ec5474b; 489, 492 looked at,
    # 486, 487, 490 held back
    "heldout486": {"documents": 0.98, "metadata": 0.83, "sections": 0.98, "articles": 0.98, "inc_p": 0.92, "inc_r": 0.67, "deadlines": 0.0},
    "heldout487": {"documents": 0.7, "metadata": 0.7, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.89, "deadlines": 0.98},
    "heldout489": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.19, "inc_r": 0.19, "deadlines": 0.98},
    "heldout490": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.49, "deadlines": 0.98},
    "heldout492": {"documents": 0.98, "metadata": 0.85, "sections": 0.82, "articles": 0.98, "inc_p": 0.81, "inc_r": 0.98, "deadlines": 0.0},
    # rounds 488 (Guangdong outside the delta) and 491 (Anhui and Henan), the same session's second wave, which came
    # after its last commit: scored blind on ec5474b and on the last reader (identical), held back, never looked at
    "heldout488": {"documents": 0.87, "metadata": 0.82, "sections": 0.98, "articles": 0.98, "inc_p": 0.9, "inc_r": 0.67, "deadlines": 0.98},
    "heldout491": {"documents": 0.98, "metadata": 0.79, "sections": 0.82, "articles": 0.74, "inc_p": 0.0, "inc_r": 0.0, "deadlines": 0.0},
    # rounds 493–499 (the 2026-12-06 session's first wave: low-altitude economy and aviation; ports and logistics; the
    # building industry; trade and consumption; data and computing; intellectual property and quality; safety and
    # charging), scored blind on 15abe12; 494, 496, 498, 499 looked at, 493, 495, 497 held back
    "heldout493": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.89, "inc_p": 0.74, "inc_r": 0.74, "deadlines": 0.98},
    "heldout494": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.92, "deadlines": 0.98},
    "heldout495": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout496": {"documents": 0.98, "metadata": 0.93, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout497": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.65, "deadlines": 0.49},
    "heldout498": {"documents": 0.7, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.13, "inc_r": 0.19, "deadlines": 0.65},
    # (499's inc_p 0.32 → 0.28 on 2026-12-07: "实施N万元以内补助" is now read; its hand reading has the award at no
    # article, the reader at the item it is numbered in — the same convention gap as the file's six others)
    "heldout499": {"documents": 0.98, "metadata": 0.95, "sections": 0.98, "articles": 0.98, "inc_p": 0.28, "inc_r": 0.29, "deadlines": 0.98},
    # rounds 500–506 (the same session's second wave: Guizhou; Jilin and Liaoning; Tianjin and Hebei; Xinjiang, Qinghai
    # and Ningxia; Yunnan and Guangxi; towns and villages; Shanxi and Shaanxi), scored blind on 15abe12; 500, 502, 504,
    # 505 looked at, 501, 503, 506 held back
    "heldout500": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout501": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout502": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.49, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout503": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.32, "deadlines": 0.98},
    "heldout504": {"documents": 0.32, "metadata": 0.44, "sections": 0.0, "articles": 0.0, "inc_p": 0.39, "inc_r": 0.65, "deadlines": 0.98},
    "heldout505": {"documents": 0.98, "metadata": 0.77, "sections": 0.98, "articles": 0.98, "inc_p": 0.79, "inc_r": 0.56, "deadlines": 0.98},
    "heldout506": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.77, "inc_r": 0.63, "deadlines": 0.98},
    # rounds 507–513 (a session of 2026-12-06, first wave: drafts and drafting notes; Heilongjiang and Inner Mongolia;
    # Hainan, Tibet and Hubei; Jiangsu's cities; policy lists and tables; special-fund measures; Zhejiang's cities),
    # scored blind on 55bf069; 508, 509, 511, 513 looked at, 507, 510, 512 held back
    "heldout507": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.49, "inc_p": 0.0, "inc_r": 0.0, "deadlines": 0.98},
    "heldout508": {"documents": 0.98, "metadata": 0.89, "sections": 0.87, "articles": 0.94, "inc_p": 0.98, "inc_r": 0.89, "deadlines": 0.98},
    "heldout509": {"documents": 0.74, "metadata": 0.8, "sections": 0.98, "articles": 0.94, "inc_p": 0.63, "inc_r": 0.68, "deadlines": 0.98},
    "heldout510": {"documents": 0.98, "metadata": 0.91, "sections": 0.87, "articles": 0.76, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout511": {"documents": 0.49, "metadata": 0.41, "sections": 0.98, "articles": 0.98, "inc_p": 0.65, "inc_r": 0.63, "deadlines": 0.98},
    "heldout512": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.9, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout513": {"documents": 0.98, "metadata": 0.96, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.49},
    # rounds 514–518 and 520 (the same session's second wave: insurance premium subsidies; youth and returnee start-ups;
    # housing renovation; factory space, land and utilities; Fujian's cities; Shandong and Henan cities — round 519,
    # Jiangxi and Hunan counties, found no page), scored blind on 55bf069 and on the session's reader (identical);
    # 516, 517, 520 looked at, 514, 515, 518 held back
    "heldout514": {"documents": 0.74, "metadata": 0.75, "sections": 0.98, "articles": 0.98, "inc_p": 0.89, "inc_r": 0.98, "deadlines": 0.65},
    # (515's inc_p 0.79 -> 0.70 on 2026-12-06: a news page's three raised sums, "从A提高到B", are now read and match the
    # hand reading's quotes, but the page's document pairs with no hand-read one, so they count against it)
    "heldout515": {"documents": 0.76, "metadata": 0.76, "sections": 0.98, "articles": 0.98, "inc_p": 0.70, "inc_r": 0.67, "deadlines": 0.98},
    "heldout516": {"documents": 0.59, "metadata": 0.62, "sections": 0.98, "articles": 0.98, "inc_p": 0.41, "inc_r": 0.36, "deadlines": 0.98},
    "heldout517": {"documents": 0.98, "metadata": 0.91, "sections": 0.86, "articles": 0.92, "inc_p": 0.69, "inc_r": 0.62, "deadlines": 0.98},
    "heldout518": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.79, "deadlines": 0.65},
    "heldout520": {"documents": 0.7, "metadata": 0.79, "sections": 0.79, "articles": 0.75, "inc_p": 0.71, "inc_r": 0.71, "deadlines": 0.98},
    # rounds 521-534 (2026-12-06, a later session): blind on 53afc1d P 139/204, R 139/237; 523, 524, 526, 528, 532,
    # 534 held back; floors from the session's last reader
    "heldout521": {"documents": 0.98, "metadata": 0.89, "sections": 0.92, "articles": 0.79, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout522": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.72, "inc_r": 0.77, "deadlines": 0.98},
    "heldout523": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout524": {"documents": 0.98, "metadata": 0.92, "sections": 0.85, "articles": 0.94, "inc_p": 0.83, "inc_r": 0.98, "deadlines": 0.0},
    # 525: deadlines lowered 0.32 -> 0.24 on 2026-12-06: a news page's window named after its days ("某日至某日为第一批…受理时间")
    # is now read, but in the year the reader gives the page (the later of a "2024-2025年度" pair), one year past the hand reading's
    "heldout525": {"documents": 0.49, "metadata": 0.52, "sections": 0.98, "articles": 0.98, "inc_p": 0.79, "inc_r": 0.79, "deadlines": 0.24},
    "heldout526": {"documents": 0.98, "metadata": 0.88, "sections": 0.9, "articles": 0.74, "inc_p": 0.7, "inc_r": 0.65, "deadlines": 0.98},
    "heldout527": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.95, "deadlines": 0.98},
    "heldout528": {"documents": 0.86, "metadata": 0.72, "sections": 0.98, "articles": 0.79, "inc_p": 0.76, "inc_r": 0.76, "deadlines": 0.98},
    "heldout529": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.62, "inc_r": 0.62, "deadlines": 0.0},
    "heldout530": {"documents": 0.76, "metadata": 0.68, "sections": 0.98, "articles": 0.98, "inc_p": 0.37, "inc_r": 0.19, "deadlines": 0.98},
    "heldout531": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.51, "inc_r": 0.65, "deadlines": 0.98},
    "heldout532": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.82, "deadlines": 0.98},
    "heldout533": {"documents": 0.98, "metadata": 0.86, "sections": 0.94, "articles": 0.88, "inc_p": 0.98, "inc_r": 0.83, "deadlines": 0.98},
    "heldout534": {"documents": 0.98, "metadata": 0.92, "sections": 0.98, "articles": 0.98, "inc_p": 0.91, "inc_r": 0.74, "deadlines": 0.49},
    # rounds 535-549 (2026-12-06, the next session; round 538, Guangxi/Yunnan/Guizhou counties, found no page):
    # blind on d15b799 P 101/187, R 101/236; 537, 540, 541, 544, 546, 549 held back; floors from the session's last reader
    "heldout535": {"documents": 0.98, "metadata": 0.8, "sections": 0.98, "articles": 0.98, "inc_p": 0.88, "inc_r": 0.95, "deadlines": 0.98},
    "heldout536": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.52, "inc_r": 0.5, "deadlines": 0.98},
    "heldout537": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.83, "inc_p": 0.98, "inc_r": 0.82, "deadlines": 0.98},
    "heldout539": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.41, "deadlines": 0.0},
    "heldout540": {"documents": 0.98, "metadata": 0.79, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.77, "deadlines": 0.0},
    "heldout541": {"documents": 0.26, "metadata": 0.36, "sections": 0.98, "articles": 0.98, "inc_p": 0.45, "inc_r": 0.42, "deadlines": 0.98},
    "heldout542": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.98, "inc_p": 0.87, "inc_r": 0.98, "deadlines": 0.98},
    "heldout543": {"documents": 0.74, "metadata": 0.71, "sections": 0.82, "articles": 0.65, "inc_p": 0.21, "inc_r": 0.19, "deadlines": 0.98},
    "heldout544": {"documents": 0.76, "metadata": 0.78, "sections": 0.98, "articles": 0.78, "inc_p": 0.32, "inc_r": 0.24, "deadlines": 0.98},
    "heldout545": {"documents": 0.54, "metadata": 0.49, "sections": 0.54, "articles": 0.54, "inc_p": 0.36, "inc_r": 0.07, "deadlines": 0.98},
    "heldout546": {"documents": 0.98, "metadata": 0.84, "sections": 0.98, "articles": 0.98, "inc_p": 0.44, "inc_r": 0.26, "deadlines": 0.0},
    "heldout547": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.7, "inc_r": 0.98, "deadlines": 0.0},
    "heldout548": {"documents": 0.98, "metadata": 0.86, "sections": 0.98, "articles": 0.98, "inc_p": 0.0, "inc_r": 0.98, "deadlines": 0.98},
    "heldout549": {"documents": 0.65, "metadata": 0.68, "sections": 0.98, "articles": 0.98, "inc_p": 0.0, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 550-562 (2026-12-06, the session after; 557-559 from repositories):
    # blind on f2311d1 P 133/209, R 133/229; 551, 552, 554, 557, 558, 562 held back; floors from the last reader
    "heldout550": {"documents": 0.98, "metadata": 0.87, "sections": 0.85, "articles": 0.49, "inc_p": 0.6, "inc_r": 0.6, "deadlines": 0.59},
    "heldout551": {"documents": 0.98, "metadata": 0.88, "sections": 0.98, "articles": 0.98, "inc_p": 0.74, "inc_r": 0.79, "deadlines": 0.98},
    "heldout552": {"documents": 0.98, "metadata": 0.98, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout553": {"documents": 0.7, "metadata": 0.62, "sections": 0.82, "articles": 0.98, "inc_p": 0.54, "inc_r": 0.54, "deadlines": 0.98},
    "heldout554": {"documents": 0.98, "metadata": 0.87, "sections": 0.98, "articles": 0.91, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.32},
    "heldout555": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.68, "inc_r": 0.68, "deadlines": 0.0},
    "heldout556": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.67, "inc_r": 0.98, "deadlines": 0.49},
    "heldout557": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.65},
    "heldout558": {"documents": 0.65, "metadata": 0.75, "sections": 0.74, "articles": 0.73, "inc_p": 0.27, "inc_r": 0.29, "deadlines": 0.98},
    "heldout559": {"documents": 0.98, "metadata": 0.76, "sections": 0.98, "articles": 0.92, "inc_p": 0.64, "inc_r": 0.72, "deadlines": 0.98},
    "heldout560": {"documents": 0.76, "metadata": 0.71, "sections": 0.98, "articles": 0.98, "inc_p": 0.86, "inc_r": 0.2, "deadlines": 0.98},
    "heldout561": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.85, "deadlines": 0.98},
    "heldout562": {"documents": 0.98, "metadata": 0.86, "sections": 0.82, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    # rounds 563-573 (2026-12-06, the session after, two waves): blind on 84b244c P 77/117, R 77/141;
    # 564, 567, 569, 571, 573 held back; floors from the last reader
    "heldout563": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.82, "inc_r": 0.98, "deadlines": 0.0},
    "heldout564": {"documents": 0.98, "metadata": 0.85, "sections": 0.98, "articles": 0.98, "inc_p": 0.57, "inc_r": 0.49, "deadlines": 0.98},
    "heldout565": {"documents": 0.53, "metadata": 0.73, "sections": 0.98, "articles": 0.98, "inc_p": 0.43, "inc_r": 0.22, "deadlines": 0.98},
    "heldout566": {"documents": 0.49, "metadata": 0.56, "sections": 0.98, "articles": 0.98, "inc_p": 0.24, "inc_r": 0.27, "deadlines": 0.98},
    "heldout567": {"documents": 0.98, "metadata": 0.87, "sections": 0.65, "articles": 0.86, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.0},
    "heldout568": {"documents": 0.98, "metadata": 0.91, "sections": 0.98, "articles": 0.98, "inc_p": 0.79, "inc_r": 0.43, "deadlines": 0.0},
    "heldout569": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout570": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.98, "inc_r": 0.98, "deadlines": 0.98},
    "heldout571": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.98, "inc_p": 0.69, "inc_r": 0.64, "deadlines": 0.98},
    "heldout572": {"documents": 0.98, "metadata": 0.89, "sections": 0.98, "articles": 0.9, "inc_p": 0.81, "inc_r": 0.85, "deadlines": 0.98},
    "heldout573": {"documents": 0.98, "metadata": 0.94, "sections": 0.98, "articles": 0.98, "inc_p": 0.6, "inc_r": 0.98, "deadlines": 0.98},
}
