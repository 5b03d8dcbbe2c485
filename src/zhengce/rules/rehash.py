"""Re-attach rule files to their documents after the reading layer reads the corpus differently
(new document boundaries change the content hash while the text of every article is the same).

A file is updated only when its hash is not found, exactly one corpus document has its title,
region, year and status, and every quote of the file still lies in its cited article of that
document; then only the `content_hash:` line changes. Everything else is reported, never guessed.
"""

from __future__ import annotations

from zhengce import rx as re
from pathlib import Path

from zhengce.outfiles import write_texts
from zhengce.rules import corpus
from zhengce.rules.rulebook import POLICY_DIR, load_paths, rule_files

UNENCODED = Path(__file__).resolve().parent / "data" / "unencoded.yaml"


def rehash(directory: Path | None = None, write: bool = False) -> list[str]:
    """Lines for the user: what was (or would be) updated and what needs a person."""
    from zhengce.rules.fidelity import check_quotes
    directory = Path(directory or POLICY_DIR)
    out, moved = [], {}
    texts: dict[Path, str] = {}
    for path in rule_files(directory):
        book = load_paths([path], directory)
        doc = book.documents[0]
        found, problem = corpus.find(doc.content_hash, doc.meta)
        if problem is None:
            continue
        if found is None:
            out.append(f"✗ {doc.key}: {problem}")
            continue
        old = doc.content_hash
        book.documents[0].content_hash = found.content_hash
        left = [p for p in check_quotes(book) if "content_hash" not in p]
        if left:
            out.append(f"✗ {doc.key}: 找到的文档与规则文件有 {len(left)} 处引文对不上（需要人工核对），例如 {left[0]}")
            continue
        if write:
            text = path.read_text(encoding="utf-8")
            texts[path] = re.sub(r"(?m)^(  content_hash: )\S+", r"\g<1>" + found.content_hash, text, count=1)
        moved[str(old)] = found.content_hash
        out.append(f"{'✓' if write else '→'} {doc.key}: content_hash {str(old)[:12]}… → {found.content_hash[:12]}…")
    text = UNENCODED.read_text(encoding="utf-8")
    new = text
    for old in sorted(set(re.findall(r"content_hash: ([0-9a-f]{64})", text))):
        if old in corpus.index():
            continue
        if old in moved:  # the same document as a rule file just re-attached
            new = new.replace(old, moved[old])
            out.append(f"{'✓' if write else '→'} unencoded.yaml: content_hash {old[:12]}… → {moved[old][:12]}…")
        else:
            out.append(f"✗ unencoded.yaml: content_hash {old[:12]}… 不在语料库中：请改为该文档的哈希")
    if write and new != text:
        texts[UNENCODED] = new
    write_texts(texts)  # rule files and unencoded.yaml move to the new hashes together, or none does
    return out
