"""The shipped corpus seen by content: a policy document is found by what it is (the sha256 of its
original text, zhengce.reading's Document.content_hash), not by a file name or line numbers, so a
rule file keeps working when the same document arrives from another source or under another name.

Each corpus file is read once (reading layer, without provisions) and cached for the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from zhengce.paths import CORPUS_DIR


@dataclass(frozen=True)
class CorpusDocument:
    reading: object  # zhengce.reading.model.Document
    original: str  # the original text of the whole source file (reading spans index into it)

    @property
    def content_hash(self) -> str:
        return self.reading.content_hash

    @property
    def text(self) -> str:
        """The document's original text (as printed: traditional stays traditional)."""
        a, b = self.reading.span
        return self.original[a:b]

    def articles(self, no: int, section: int | None = None) -> list:
        """The reading layer's article of this number (and section, when numbers restart per section)."""
        found = [a for a in self.reading.articles if a.no == no and (section is None or a.section_no == section)]
        return found

    def article_text(self, article) -> str:
        return self.original[article.span[0]:article.span[1]]

    def relative_id(self, article) -> str:
        """The article id inside its document, e.g. "s2/a7" (the reading id without the file stem)."""
        return article.id.split("/", 2)[-1]


@lru_cache(maxsize=8)
def index(directory: str | None = None) -> dict[str, CorpusDocument]:
    """content_hash -> document, for every document of every corpus file."""
    from zhengce.reading.pipeline import parse_text
    from zhengce.reading.readers import read_file
    out: dict[str, CorpusDocument] = {}
    for path in sorted(Path(directory or CORPUS_DIR).glob("*.txt")):
        original = read_file(path).text  # read once; the same text the reading layer parses
        for doc in parse_text(original, source=path.name, with_provisions=False):
            out[doc.content_hash] = CorpusDocument(doc, original)
    return out


def by_source(file: str, document: int) -> CorpusDocument | None:
    """A corpus document by file name and 1-based position (for gold readings, which are keyed so)."""
    for d in index().values():
        if d.reading.source == file and d.reading.index == document:
            return d
    return None


def find(content_hash: str | None, meta: dict) -> tuple[CorpusDocument | None, str | None]:
    """The corpus document with this hash; else the one document whose metadata agrees (title, region,
    year, status), returned with a problem saying the text differs."""
    docs = index()
    if content_hash and content_hash in docs:
        return docs[content_hash], None
    same = [d for d in docs.values() if _same_meta(d.reading, meta)]
    if len(same) == 1:
        d = same[0]
        return d, (f"content_hash {str(content_hash)[:12]}… not found in the corpus; the document with the same "
                   f"title, region and year ({d.reading.source} d{d.reading.index}) has {d.content_hash} — its text "
                   "changed or was read differently: re-check the quotes, then update content_hash")
    return None, f"content_hash {str(content_hash)[:12]}… not found in the corpus (and no document matches its metadata)"


def _same_meta(reading, meta: dict) -> bool:
    def norm(s):
        return "".join(str(s or "").split()).replace("的", "")
    return (norm(reading.title) == norm(meta.get("title")) and reading.region == meta.get("region")
            and reading.year == meta.get("year") and reading.status == meta.get("status"))
