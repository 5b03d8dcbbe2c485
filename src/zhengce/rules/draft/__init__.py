"""Drafting executable rules from a policy document (issue 10).

    draft_document(doc, original=None) -> dict   one rule file (rulebook format), every rule review: pending
    draft_source(file_or_doc_id, out=None)       read a file or a library document and write rule file(s)

The vocabulary is data: rules/data/lexicon.yaml (see docs/rules.md, "Drafting rules from a new document").
"""

from zhengce.rules.draft.document import draft_document
from zhengce.rules.draft.write import draft_source

__all__ = ["draft_document", "draft_source"]
