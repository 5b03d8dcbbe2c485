"""The reading set's real documents as users also get them: copied in traditional characters (a
Hong Kong or Taiwan mirror, a converted page) or out of a PDF that spaced every number off its
words ("给予 10 万元", "2023 年 1 月 3 日"). Either way a document must read the same: the same
kind, place and year, and the same awards at the same articles.

About one file in four of the set (by its name's checksum) is read as such copies. A few are allowed to differ, each for a reason
found by hand (flattened one-line pages whose PDF spaces open an item the plain copy runs on;
opencc's s2t writing 覆函 for 复函, which no traditional page does) — the floors below say how many.
A copy wrapped at a page layout's width (34 characters a line) differs more often; its floor is the
count measured. A copy printed to a PDF on numbered pages must read as its printed lines do without the
numbers, however a page prints its number, and as they do when the PDF spreads each line's characters apart.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import opencc

from zhengce.reading import parse_text
from zhengce.reading.readers import read_bytes

from .printed import printed_lines, printed_pdf

SET = Path(__file__).resolve().parents[1] / "data" / "reading_dev"
_S2T = opencc.OpenCC("s2t")


def _pdf_spaced(text: str) -> str:
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", text)
    return re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", " ", text)


def _pdf_wrapped(text: str, width: int = 34) -> list[str]:
    # a page layout's line width: every paragraph longer than a line goes on in the next (a page
    # flattened into one long line is no layout, and is left as it is)
    lines = []
    for line in text.split("\n"):
        lines += [line[i:i + width] for i in range(0, len(line), width)] if width < len(line) < 300 else [line]
    return "\n".join(lines)


def _reading(text: str) -> list[tuple]:
    out = []
    for doc in parse_text(text, source="copy.txt"):
        j = doc.to_json()
        awards = tuple((i["article"], i["form"], str(i.get("amount_yuan")), str(i.get("rate")), str(i.get("cap_yuan")))
                       for i in j["incentives"])
        out.append((j.get("kind"), j.get("region"), j.get("year"), awards))
    return out


def _sample() -> list[Path]:
    # about one file in four of the parts already scored (a part still held back is not read before its time),
    # chosen by its name's checksum so that a new round adds its own files and shifts no one else's
    from tests.reading.dev_set_floors import FLOORS
    files = sorted(p for part in FLOORS for p in (SET / part).glob("*.txt") if zlib.crc32(p.name.encode()) % 4 == 0)
    assert len(files) >= 150
    return files


def _differing(copy_of) -> list[str]:
    differ = []
    for path in _sample():
        text = path.read_text(encoding="utf-8")
        if _reading(copy_of(text)) != _reading(text):
            differ.append(path.name)
    return differ


def test_a_copy_in_traditional_characters_or_with_pdf_spaces_reads_the_same():
    # (measured on 234 files, and again on 268: 1 traditional copy and 2 PDF-spaced copies differ; 3 PDF-spaced
    # of 338 once round 182 shifted the every-fourth sample — the reader the round started from, 2c4df4a, gives
    # the same 3; 345 files once rounds 181–187 shifted the sample: 0 traditional and 2 PDF-spaced copies differ
    # — the start reader 1128946 gives 2 as well, one of them another file; 349 files chosen by checksum since
    # round 194 (every fourth shifted with each round): 1 traditional and 1 PDF-spaced copy differ, on 6d4c0a1 too;
    # 354 with rounds 195-197, one of whose files, not looked at yet, adds a PDF-spaced copy that differs;
    # 516 with rounds 269-289 (and rounds 288 and 290 after it): a third PDF-spaced copy differs, of a held-back file never looked at, and it differs
    # on that session's start reader 032d028 as well; 587 with rounds 299-333: a fourth PDF-spaced copy differs, of a
    # new file, and the same four differ on that session's start reader c51bc64; 5 of the 678-file sample with rounds
    # 388-422: one new file of round 404 differs, on that session's start reader 44e156d as well, and the traditional
    # copy of round 5 no longer does; 6 of 1,028 with rounds 652-677: a held-back file of round 669 differs, on
    # that session's start reader eef95bd as well, which also has a seventh, the looked-at r661_01, read the same
    # spaced or not once its parts' first items are split; 8 of 1,069 with rounds 682-717: two looked-at files, of
    # rounds 690 and 716, differ, the same 8 on that session's start reader ae84126, and of 1,078 with rounds 718-729;
    # the same 8 of 1,128 with rounds 730-785, on be7651d too)
    assert len(differ := _differing(_S2T.convert)) <= 1, differ
    assert len(differ := _differing(_pdf_spaced)) <= 8, differ


def test_a_copy_wrapped_by_a_pdf_layout_mostly_reads_the_same():
    # (measured: 18 of 234 files differ, most of them mirror pages whose pinyin or masked words the
    # wrap cuts, or a title a wrap splits mid-word; 20 of 268 once the whole documents of rounds 107–113
    # joined the sample — the reader the rounds started from gives the same 20; 21 of 274 with rounds
    # 116–128, the one more a page flattened onto one line, and the reader those rounds started from
    # gives the same 21; 24 of 291 with rounds 129–140, the same 24 on the reader those rounds started
    # from; 25 of 338 once round 182 shifted the sample, the same 25 on 2c4df4a; 26 once a page's posting
    # time ("时间:2023-07-21") gives the year: a wrap that cuts that date loses it; 16 of 345 once rounds 181–187
    # shifted the sample, 17 on the start reader 1128946; 17 once rounds 189–193 shifted it again; 22 of 349 files
    # chosen by checksum since round 194, the same 22 on 6d4c0a1; 23 of 354 with rounds 195-197; 23 of 389 with rounds
    # 204-215, the same 23 on the start reader 23b2d90; 23 of 394 with rounds 216-219, 23 on 23b2d90 too; 24 of
    # 437 with rounds 220-241, 25 on their start reader af77b13; 25 of 449 with rounds 242-249, the same 25 on
    # their start reader aaa3ef1; 31 of 587 with rounds 299-333, 29 on their start reader c51bc64 — the two more are
    # new files whose headline the wrap loses before the notice it names, or whose sum a wrap splits from its unit;
    # 32 of 594 with rounds 334-339, 30 on c51bc64: one more file of them differs on both; 32 of 598 with rounds
    # 341-347, the same on their start reader 0a0eead — and 1 traditional, 4 PDF-spaced; 32 of 603 with rounds 352, 353 and
    # 357, the same 32 files, and the same 1 and 4, on this session's start reader cb0866c too; 33 of 607 with rounds
    # 359 and 362: one new file (a held-back news page) differs on both, and on that session's start reader dd9f2c2;
    # 32 of 608 with round 358 on that session's last reader — one held-back page of round 268 no longer differs; 32 of
    # 610 with round 361; 33 of 618 with rounds 363-367: one held-back page of them (a whole short digest) differs on
    # the last reader of 2026-12-05, not on its start reader 4407b6c — held back, not looked at; 33 of 623 with
    # rounds 368-372, the same 33 files; 33 of 626 with rounds 373-377; 33 of 631 with rounds 378-382; 33 of 636 with rounds 383-387 (the same 33 files as at 740cd9b);
    # 38 of 678 with rounds 388-422: the same 33 and five new files (one of a round looked at, four of rounds held
    # back), the same 38 on that session's start reader 44e156d; 39 of 705 with rounds 423-436: one new file of a round
    # held back differs, the same 39 on that session's start reader ca767cf; 40 of 727 with rounds 437-450: one new
    # file of a round looked at (a damaged mirror's table run together) differs, the same 40 on their start reader
    # 3364c49; 40 of 752 with rounds 451-464, the same 40 files on the last reader and on their start reader 1675fce;
    # 41 of 775 with rounds 465-478: one new file of a round held back (a mirror with pinyin glosses) differs, the same
    # 41 files on the last reader and on their start reader 835a9c3; 43 of 810 with rounds 479-492: two new files
    # differ, a held-back news report and a looked-at guide whose one award a wrapped line loses, the same 43 on the
    # last reader and on the start reader ec5474b; 44 of 833 with rounds 493-506: 43 on their start reader 15abe12,
    # the one more a looked-at port policy whose label ("某某业务扶持:") heads rates per container over lines ending
    # in ";" — wrapped, the lines after the first are read as items of their own and lose the label; 48 of 864 with
    # rounds 507-520: four new files differ (a call for comments, a payout report, a digest of awards, a news report
    # on an insurance subsidy), the same 48 on their start reader 55bf069; 48 of 885 with rounds 521-534 (no new file
    # differs), the same 48 files on the last reader and on the start reader 53afc1d; 48 of 906 with rounds 535-549,
    # the same 48 on the last reader and on d15b799; 51 of 921 with rounds 550-562, three new files among them, the
    # same 51 on the last reader and on f2311d1; 53 of 932 with rounds 563-573, two new files among them (a payout
    # report and a handbook page of 382 spaces), the same 53 on the last reader and on 84b244c; 54 of 941 with rounds
    # 574-586, one new file among them (a held-back company news page), the same 54 on the last reader and on f13de0f;
    # 57 of 952 with rounds 587-597: 55 on bf9c235 (one new file, a work plan), and two pages presenting a subsidy
    # differ on the last reader only — the page's own title is kept now, but their wrapped copies still read the
    # year from the 文号 of the text they rest on; 56 of 958 with rounds 599-604: 58 on 6151ee9 (one new file, a
    # held-back payout page), and the two pages presenting a subsidy no longer differ — a publicity page takes no
    # 文号 from the line naming the texts it rests on; 55 of 960 with rounds 605-607: 56 on b9b34e1, no new file
    # differs and one held-back file of round 597 no longer does; 55 of 967 with rounds 608-613: 55 on 291d211 too,
    # no new file differs; 55 of 971 with rounds 614-617: 55 on a343bf3 too, no new file differs; 56 of 976 with
    # rounds 618-621: the same 56 on c7cde29, one new file among them (a held-back page of round 621); 57 of 981 with
    # rounds 622-627: the same 57 on b92f0c6, one new file among them (a held-back notice of round 627); 57 of 985 with
    # rounds 628-633, the same 57 files on 815a410, no new file differs; 58 of 994 with rounds 634-642: the same 58
    # on 9b014f8, one new file among them (a held-back rules page of round 634); 58 of 998 with rounds 643-651, the
    # same 58 on c2eacbf, no new file differs; 60 of 1,007 with rounds 652-658: the same 60 on eef95bd, two new files
    # among them (held-back notices of rounds 653 and 657); 61 of 1,028 with rounds 659-677: the same 61 on eef95bd,
    # one new file among them (a looked-at rules page of round 663), and the same 61 of 1,032 with rounds 678-681;
    # 62 of 1,069 with rounds 682-717: the same 62 on ae84126, one new file among them (a held-back notice of round
    # 687), and the same 62 of 1,074 with rounds 718-725; 63 of 1,078 with rounds 726-729, the same 63 on ae84126, one
    # new file among them (a held-back rules page of round 727); 67 of 1,128 with rounds 730-785: five new files among
    # them (four looked-at notices and rules of rounds 732, 738, 770 and 780, a held-back rules page of round 733), the
    # same five on be7651d, and one older held-back file (of round 687) no longer differs (68 on be7651d); 62 of 1,145
    # with rounds 792-803: 68 on c8d9228 (one new file among them, a looked-at publicity page of round 798, which
    # differs on both), six older files no longer differ once dates and figures cut by a line's end and lines filled to
    # a closing bracket go on, none newly; 59 of the same 1,145 once a short text's margin, a sum cut from its
    # unit, a ratio cut at its colon, a page field's label cut, a line ending on 给予 and a notice's title in two
    # lines are read (3 fewer, none newly, measured once the rules were set; 62 on a977c1d); a floor, not a target)
    assert len(differ := _differing(_pdf_wrapped)) <= 59, differ


_PAGE_NUMBERS = ("— {n} —", "- {n} -", "{n}")


def test_a_copy_printed_on_numbered_pages_reads_as_its_lines():
    # each file of the sample printed to a PDF as a government page is (28 characters a line, 22 lines a
    # page) and numbered one of three ways, chosen by its name's checksum, then read back from the PDF's
    # text layer: a page's number, even a bare "7" between two halves of a sentence, is no part of the text
    # (measured on 1,145 files: none differs; 7 do on the reader before a bare page number was known, cd19efa,
    # the number run into a sum or a rate cut across the page, "不超过20" / "1" / "%")
    differ = []
    for path in _sample():
        text = path.read_text(encoding="utf-8")
        footer = _PAGE_NUMBERS[zlib.crc32(path.name.encode()) // 4 % 3]
        printed = read_bytes(printed_pdf(text, footer=footer), "copy.pdf").text
        if _reading(printed) != _reading("\n".join(printed_lines(text))):
            differ.append(path.name)
    assert not differ, differ


def test_a_copy_printed_with_its_characters_spread_reads_as_its_lines():
    # a justified PDF sets its characters apart, and the text layer gives "对 新 认 定 的 企 业 , 给 予 2 0 万 元":
    # the gaps are no spaces of the text, a sum's digits one number (printed as above, numbered "— 1 —")
    # (measured on 1,145 files, 3 points between characters: 51 differ, 229 on the reader before spread lines were
    # closed, cd19efa; at 6 points that reader failed outright on one, a sum "06.8元" it could not parse. Most of
    # the 51 are digits pypdf set apart in a line otherwise set close — "201 5-03-1 9" — and a page's pinyin
    # glosses split, "(jiǎ ng)"; 49 once a number or date split by uneven spacing, "201 5", is one; 25 once the text
    # is read from where PDFium places each character, a gap counted beyond the line's usual spacing — the rest
    # mostly tone-marked pinyin glosses PDFium cannot map back from the font, "(dǎo)" read "(do)"; a floor, not a
    # target)
    differ = []
    for path in _sample():
        text = path.read_text(encoding="utf-8")
        printed = read_bytes(printed_pdf(text, spread=3), "copy.pdf").text
        if _reading(printed) != _reading("\n".join(printed_lines(text))):
            differ.append(path.name)
    assert len(differ) <= 25, differ
