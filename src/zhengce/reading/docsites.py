"""Page numbers a document's pages leave in its text: a document-sharing site's (文库) marks run into the
text, a printed page's bare numeral on its own line."""

from __future__ import annotations

from collections import Counter, defaultdict

from zhengce import rx as re


# a document-sharing site's page ("《某某办法.docx》由会员分享…") numbers its pages "1、", "2、" at
# the start of each page's text, cutting sentences anywhere: the numbers are no items, a page runs on
_SHARED_DOC = re.compile(r"》由会员分享")
_PAGE_MARK = re.compile(r"(?m)^(\d{1,2})、")
PAGE_MARK_BREAK = re.compile(r"\n(\d{1,2})、")
FIRST_PAGE_MARK = re.compile(r"(?m)^1、")


def shared_page_marks(text: str) -> bool:
    """A shared document's page numbers: 1, 2, 3… opening lines in order, a later one running on a
    sentence the page cut."""
    if not _SHARED_DOC.search(text[:400]):
        return False
    nums = [int(m.group(1)) for m in _PAGE_MARK.finditer(text)]
    return len(nums) >= 2 and nums == list(range(1, len(nums) + 1)) and any(
        text[m.start() - 1:m.start()] not in "。;!?:" for m in PAGE_MARK_BREAK.finditer(text))


# a printed page's number alone on its line, as a PDF's text layer gives it ("…给予最高" / "7" / "500万元…"):
# numbers running on by one, each a page of text after the last. A table's row numbers come a row apart
# and after a cell's border or a cell's figure; a page holds more lines than _PAGE_LINES.
BARE_NUMBER = re.compile(r"(?m)^[ \t]*([1-9]\d{0,2})[ \t]*$")  # (no page is "01": a heading's number is)
_PAGE_LINES = 8
_FIGURE = re.compile(r"[\d.,%]+")
_CLAUSE_END = "。;!?:；！？：|"


def _starts(lines: list[str]) -> list[int]:
    """Where each line begins in the text they were split from."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


def bare_page_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the lines holding a printed page's number, page after page (none when the bare
    numbers there are do not run as pages do, or none cuts a sentence)."""
    marks = list(BARE_NUMBER.finditer(text))
    if not marks:
        return []
    lines = text.split("\n")
    starts = _starts(lines)
    filled, count = [], 0  # the non-blank lines before each line
    for line in lines:
        filled.append(count)
        count += bool(line.strip())
    line_of = {s: i for i, s in enumerate(starts)}
    # the page's width: the length most lines of text have (a line the page cut is a full one)
    lengths = Counter(len(line.strip()) for line in lines if len(line.strip()) >= 10)
    width = lengths.most_common(1)[0][0] if lengths else 0
    runs: list[list[tuple[int, int, int]]] = []  # (line number, its value, non-blank lines before it)
    for m in marks:
        i = line_of[m.start()]
        mark = (i, int(m.group(1)), filled[i])
        run = runs[-1] if runs else None
        if run and mark[1] == run[-1][1] + 1 and (mark[2] - run[-1][2] > _PAGE_LINES or mark[2] == count - 1):
            # (the last page may be short: its number is then the text's last line)
            run.append(mark)
        else:
            runs.append([mark])
    spans = []
    for run in runs:
        if len(run) < 2 and not (run is runs[-1] and run[0][2] == count - 1 and run[0][2] > _PAGE_LINES):
            continue  # (a one-page text's number, its last line after a page of text, numbers nothing either)
        before = [next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "") for i, _, _ in run]
        if any(not b or b.endswith("|") or _FIGURE.fullmatch(b) for b in before):  # (a table's row, or nothing above)
            continue
        if not any(b[-1] not in _CLAUSE_END and len(b) >= width - 3 for b in before[:-1] or before):
            continue  # no number cuts a sentence at a full line: nothing tells a page's end from a row's
        spans += [(starts[i], starts[i] + len(lines[i])) for i, _, _ in run]
    return spans


# a page's number however printed, alone on its line: "— 3 —", "- 3 -", "第3页 共9页"
PAGE_LINE = re.compile(r"(?m)^[ \t]*(?:[—\-~―]{1,2}[ \t]*\d{1,3}[ \t]*[—\-~―]{1,2}"
                        r"|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*$")
_RUNNING_MAX = 40  # a running head is a name, not a sentence
_ITEM = re.compile(r"[ \t]*(?:第[一二三四五六七八九十百零〇\d]+[章条节]|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+[)、.])")
LINE = re.compile(r"(?m)^[^\n]*$")


def running_heads(text: str) -> set[int]:
    """The starts of the lines a PDF prints beside each page's number, page after page: a running head
    over the page's text ("某某市人民政府公报") or a foot under it — no text of the document, and a
    sentence the page cuts runs on across it. A line printed there beside two pages' numbers or more is one."""
    breaks = {m.start() for m in PAGE_LINE.finditer(text)} | {s for s, _ in bare_page_numbers(text)}
    if len(breaks) < 2:
        return set()
    lines = text.split("\n")
    starts = _starts(lines)
    numbered = {i: re.sub(r"\D+", " ", lines[i]).split()[0] for i, s in enumerate(starts) if s in breaks}
    beside: defaultdict[str, set[int]] = defaultdict(set)
    pages: defaultdict[str, set[str]] = defaultdict(set)  # the numbers of the pages a line is printed beside
    for i, page in numbered.items():
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].strip():
                j += step
            if 0 <= j < len(lines) and j not in numbered:
                line = lines[j].strip()
                if len(line) <= _RUNNING_MAX and not _ITEM.match(line):
                    beside[line].add(j)
                    pages[line].add(page)
    # (a page a PDF holds twice prints its own lines twice beside one number: those are the page's text)
    # (and printed twice at least: a short last page's one line sits beside two numbers, its own and the last)
    heads = {line for line, rows in beside.items() if len(pages[line]) >= 2 and len(rows) >= 2}
    first = next((j for j, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].strip() in heads:
        beside[lines[first].strip()].add(first)  # (the head over the first page, before any page's number)
    return {starts[j] for line in heads for j in beside[line]}
