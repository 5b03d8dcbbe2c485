"""The entities an operation reads and changes (JSON documents by kind:id), tracked before/after so that
the audit event records exactly what changed. A program's Ctx mixes this in."""

from __future__ import annotations

ENTITY_ZH = {"project": "项目", "enterprise": "企业", "program": "计划", "application": "申报", "expert": "专家",
             "call": "申报通知", "objection": "异议", "panel": "评审组", "publicity": "公示"}

import copy
import json

from .errors import UnknownEntity
from zhengce.programs.core import zh


class EntityTracking:
    """Needs `tx`, `before` and `after` attributes (the program's Ctx dataclass provides them)."""

    def get(self, kind: str, ident: str) -> dict | None:
        key = f"{kind}:{ident}"
        if key in self.after:
            return self.after[key]
        row = self.tx.one("SELECT doc FROM entities WHERE kind = ? AND id = ?", (kind, ident))
        if row is None:
            return None
        doc = json.loads(row[0])
        self.before[key] = copy.deepcopy(doc)
        self.after[key] = doc
        return doc

    def require(self, kind: str, ident: str) -> dict:
        doc = self.get(kind, str(ident))
        if doc is None:
            raise UnknownEntity(f"没有{ENTITY_ZH.get(kind, kind)} {zh.short(ident)}")
        return doc

    def create(self, kind: str, ident: str, doc: dict) -> dict:
        key = f"{kind}:{ident}"
        self.before.setdefault(key, None)
        self.after[key] = doc
        return doc

    def save_all(self) -> None:
        for key, doc in self.after.items():
            if self.before.get(key) == doc and key in self.before:
                continue
            kind, _, ident = key.partition(":")
            self.tx.execute("INSERT INTO entities(kind, id, doc) VALUES (?, ?, ?) ON CONFLICT(kind, id)"
                            " DO UPDATE SET doc = excluded.doc",
                            (kind, ident, json.dumps(doc, sort_keys=True, ensure_ascii=False)))

    def changes(self) -> tuple[dict, dict]:
        """Entities that changed: (before, after) maps keyed 'kind:id'."""
        keys = [k for k in self.after if self.before.get(k) != self.after[k] or k not in self.before]
        return {k: self.before.get(k) for k in keys}, {k: self.after[k] for k in keys}
