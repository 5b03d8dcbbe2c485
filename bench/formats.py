"""Bench: reading a document as users bring it, the whole path `zhengce parse --json` takes (bytes → text →
documents with their provisions → JSON), for each file format against the same documents as plain text.

    .venv/bin/python bench/formats.py [--runs 3] [--json]

The five corpus files, each written once (not timed) as .txt, .docx, a saved .html page and its .mht archive, a
printed .pdf (a government page's layout, 28 characters a line and 22 lines a page, numbered "— N —"), the same PDF
with bare page numbers and its characters spread 6 points apart, and an .ofd three ways (sizes in mm; size 200 scaled
by each object's CTM, as 数科 writes; a character a text code inside composite objects, on template pages) — the writers of
tests/reading/printed.py; and the three corpus files LibreOffice saved as Word 97 .doc (tests/data/word97); an .odt, a
paragraph a line; a .pptx, fifteen lines a slide (tests/reading/made_slides.py); an .xlsx of one column, a line a row; and a .zip holding the .docx.
And a real PDF of ruled tables (a street office's 31-page budget, tests/data/pdf_tables), read as it is and with its
tables not looked for (lines across the page, as before ruled tables were read).
Baseline in the same run: the .txt files (for the .doc, the same three as .txt; for the budget, its own text). Every format is read once untimed, then the formats in turn, --runs times.
Reported: ms for the five files (median), the ratio to .txt, and the share spent getting the text out of the file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.reading.printed import printed_ofd, printed_pdf, saved_archive, saved_page, word_file  # noqa: E402
from zhengce.paths import CORPUS_DIR  # noqa: E402
from zhengce.reading import parse_text  # noqa: E402
from zhengce.reading.readers import read_bytes  # noqa: E402


def sheet_file(text: str) -> bytes:
    """The text as a one-column sheet, a line a row (a 政策清单 pasted into Excel)."""
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    for line in text.split("\n"):
        wb.active.append([line])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def zipped_word_file(text: str) -> bytes:
    """The .docx inside a zip, as a notice's attachments are downloaded."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("政策.docx", word_file(text))
    return out.getvalue()


def odt_file(text: str) -> bytes:
    """The text as an OpenDocument text file, a paragraph a line (as LibreOffice or WPS saves a plain document)."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return out.getvalue()


def deck_file(text: str) -> bytes:
    """The text as a PowerPoint deck, fifteen lines a slide in a text box each (a 解读 deck's body)."""
    from tests.reading.made_slides import Deck

    lines = text.split("\n")
    deck = Deck()
    for k in range(0, len(lines), 15):
        deck.add(("box", lines[k:k + 15], (1500000, 500000)))
    return deck.pptx()


FORMATS = {
    "txt": ("txt", lambda t: t.encode("utf-8")),
    "docx": ("docx", word_file),
    "html": ("html", saved_page),
    "mht (web archive)": ("mht", saved_archive),
    "pdf": ("pdf", printed_pdf),
    "pdf, bare numbers, spread": ("pdf", lambda t: printed_pdf(t, footer="{n}", spread=6)),
    "ofd": ("ofd", printed_ofd),
    "ofd, scaled (数科)": ("ofd", lambda t: printed_ofd(t, style="scaled")),
    "ofd, composite + template": ("ofd", lambda t: printed_ofd(t, style="composite", by_character=True)),
    "odt": ("odt", odt_file),
    "pptx (15 lines a slide)": ("pptx", deck_file),
    "xlsx (a line a row)": ("xlsx", sheet_file),
    "zip (the .docx inside)": ("zip", zipped_word_file),
}


TXT_OF_DOCS, DOC = "txt (the files with a .doc)", "doc (LibreOffice's)"
# a real PDF of ruled tables (tests/data/pdf_tables: a street office's budget, 31 pages), against its own text as
# .txt, and read with its tables not looked for (the reader before ruled tables: lines across the page)
BUDGET = ROOT / "tests" / "data" / "pdf_tables" / "wanli_street_budget_2025.pdf"
TXT_OF_BUDGET, TABLES, NO_TABLES = "txt (the budget's text)", "pdf (budget, ruled tables)", "pdf (budget, no tables)"


def _read(files: list[tuple[str, bytes]], tables: bool = True) -> tuple[float, float, int]:
    """Seconds for the whole path, seconds getting the text out, incentives read."""
    if not tables:
        from zhengce.reading import pdf_text

        looked_for = pdf_text._rules, pdf_text.aligned_tables
        pdf_text._rules, pdf_text.aligned_tables = (lambda page, budget: ([], [])), (lambda lines: [])
        try:
            return _read(files)
        finally:
            pdf_text._rules, pdf_text.aligned_tables = looked_for
    extract = total_incentives = 0
    start = time.perf_counter()
    for name, data in files:
        t = time.perf_counter()
        src = read_bytes(data, name)
        extract += time.perf_counter() - t
        for doc in parse_text(src.text, source=name):
            out = doc.to_json()
            json.dumps(out, ensure_ascii=False)
            total_incentives += len(out["incentives"])
    return time.perf_counter() - start, extract, total_incentives


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))}
    written = {label: [(f"{stem}.{suffix}", write(text)) for stem, text in texts.items()]
               for label, (suffix, write) in FORMATS.items()}
    # Word 97 files no test writer makes: the corpus files LibreOffice saved as .doc (tests/data/word97), against
    # the same files as .txt
    docs = sorted((ROOT / "tests" / "data" / "word97").glob("0*.doc"))
    written[TXT_OF_DOCS] = [(f"{p.stem}.txt", texts[p.stem].encode("utf-8")) for p in docs]
    written[DOC] = [(p.name, p.read_bytes()) for p in docs]
    budget = BUDGET.read_bytes()
    written[TXT_OF_BUDGET] = [("budget.txt", read_bytes(budget, "budget.pdf").text.encode("utf-8"))]
    written[TABLES] = written[NO_TABLES] = [("budget.pdf", budget)]
    for label, files in written.items():
        _read(files, label != NO_TABLES)  # (once untimed: the reader's caches warm, for no format more than another)
    runs: dict[str, list[tuple[float, float, int]]] = {label: [] for label in written}
    for _ in range(args.runs):  # (formats in turn within each run: a slow moment of the machine hits all alike)
        for label, files in written.items():
            runs[label].append(_read(files, label != NO_TABLES))
    results = {}
    for label, files in written.items():
        results[label] = {"ms": round(statistics.median(r[0] for r in runs[label]) * 1000, 1),
                          "extract_ms": round(statistics.median(r[1] for r in runs[label]) * 1000, 1),
                          "incentives": runs[label][0][2], "bytes": sum(len(d) for _, d in files)}
    for label, r in results.items():
        base = TXT_OF_DOCS if label in (DOC, TXT_OF_DOCS) else TXT_OF_BUDGET if label in (TXT_OF_BUDGET, TABLES, NO_TABLES) \
            else "txt"
        r["ratio"] = round(r["ms"] / results[base]["ms"], 2)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    print(f"{'format':28} {'bytes':>9} {'ms':>13} {'of which extract':>17} {'ratio':>6} {'incentives':>10}")
    for label, r in results.items():
        print(f"{label:28} {r['bytes']:>9} {r['ms']:>13} {r['extract_ms']:>17} {r['ratio']:>6} {r['incentives']:>10}")


if __name__ == "__main__":
    main()
