"""How a document is named to a reader: region, year, title and 文号 — never a corpus file name.

`cite_text(...)` → "杭州市余杭区2025《关于推动经济高质量发展的若干政策》（余政发〔2025〕3号）第3条". Pages, CLI
text and API citations (their `text` field) all use it; file names and ids stay machine fields.
"""

from __future__ import annotations

from typing import Any


def cite_text(region: str | None = None, year: Any = None, title: str | None = None, doc_number: str | None = None,
              article: Any = None, *, where: str | None = None) -> str:
    head = f"{region or ''}{year or ''}《{title or '（无标题）'}》"
    if doc_number:
        head += f"（{doc_number}）"
    if where:
        head += where
    elif article is not None and article != "":
        head += f"第{article}条"
    return head


def cite_of(c: dict[str, Any]) -> str:
    """cite_text of a citation dict with keys region, year, title (or document_title), doc_number, article."""
    return cite_text(c.get("region"), c.get("year"), c.get("title") or c.get("document_title"), c.get("doc_number"),
                     c.get("article"))
