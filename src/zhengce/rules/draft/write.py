"""Where drafted rule files come from (a file or a library document) and where they go."""

from __future__ import annotations

from zhengce import rx as re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from zhengce.errors import InputError, NotFound, ZhengceError
from zhengce.outfiles import write_texts

_DOC_ID = re.compile(r"^[\w.-]+/d\d+(?:@\d+)?$")


@dataclass
class Written:
    doc: Any
    data: dict
    yaml_text: str
    path: Path | None

    def summary(self) -> dict:
        rules = self.data["rules"]
        return {"document": self.doc.id, "title": self.doc.title, "region": self.doc.region, "year": self.doc.year,
                "path": str(self.path) if self.path else None, "rules": len(rules),
                "needs_review": sum(1 for r in rules if any("needs_review" in c for c in r["conditions"])),
                "stacking_groups": len(self.data["stacking_groups"])}


def read_source(source: str) -> list[tuple[Any, str | None]]:
    """(document, original text) for each document of a file, or the one library document named."""
    path = Path(source)
    if path.is_file():
        from zhengce.reading import parse_text
        from zhengce.reading.readers import read_file
        try:
            text = read_file(path).text
            docs = parse_text(text, source=path.name)
        except ZhengceError as exc:
            raise InputError(f"{source}: 无法读取为政策文件({exc})") from None
        return [(d, text) for d in docs]
    if _DOC_ID.match(source.strip()):
        from zhengce.library import Library
        from zhengce.paths import default_db_path
        missing = InputError(f"文库中没有文档 {source}(先用 zhengce ingest 导入, 或用 zhengce docs 查看编号)")
        if not default_db_path().exists():  # do not create an empty library just to look
            raise missing
        try:
            with Library() as lib:
                row, _ = lib.resolve(source)
                doc = lib.document(source)
                original = lib.quote(row["source_pk"], 0, 1 << 30)
        except NotFound:
            raise missing from None
        return [(doc, original)]
    raise InputError(f"{source}: 文件不存在, 也不是文库中的文档编号(如 004_c74db4dc4724db3b/d3)")


def to_yaml(data: dict, doc: Any) -> str:
    d = data["document"]
    head = (f"# 起草自 {doc.source} 第{doc.index}份: {d.get('region') or ''} {d.get('title') or ''}\n"
            "# 由 `zhengce rules draft` 生成: 每条规则 review: pending, 复核前不计入确认金额(见 docs/rules.md)。\n")
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    return head + body


def draft_source(source: str, out: str | None = None) -> list[Written]:
    from zhengce.rules.draft.document import draft_document
    docs = read_source(source)
    written: list[Written] = []
    skipped: list[str] = []
    for doc, original in docs:
        try:
            data = draft_document(doc, original)
        except InputError as exc:
            if len(docs) == 1:
                raise
            skipped.append(exc.message)
            continue
        written.append(Written(doc, data, to_yaml(data, doc), None))
    if not written:
        raise InputError(f"{source}: 没有可起草的扶持政策(" + "; ".join(skipped[:3]) + ")")
    if out:
        target = Path(out)
        several = len(docs) > 1
        texts: dict[Path, str] = {}
        for w in written:
            if target.is_dir() or str(out).endswith(("/", "\\")):
                stem = Path(w.doc.source or "document").stem
                path = target / f"{stem}-d{w.doc.index}.yaml"
            elif several:
                path = target.with_name(f"{target.stem}-d{w.doc.index}{target.suffix or '.yaml'}")
            else:
                path = target
            path.parent.mkdir(parents=True, exist_ok=True)
            texts[path] = w.yaml_text
            w.path = path
        write_texts(texts)  # earlier drafts are replaced all together, whole, or not at all
    return written
