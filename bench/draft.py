"""Drafting benchmark: `zhengce rules draft` over the generated ~1,000-document corpus.

    .venv/bin/python bench/draft.py                 # 1,000 documents (bench/library.py's generator)
    .venv/bin/python bench/draft.py --docs 200 --json

Reads every generated file once (reading + provisions, the baseline timed in the same run), then
drafts every document (rules.draft.draft_document) and checks each drafted file loads
(rulebook.load_file). Reports documents per second for drafting, its ratio to reading, and how many
rules were drafted and how many still need a mapping (needs_review).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library import generate  # noqa: E402

from zhengce.errors import InputError  # noqa: E402
from zhengce.reading import parse_text  # noqa: E402
from zhengce.reading.readers import read_file  # noqa: E402
from zhengce.rules.draft.document import draft_document  # noqa: E402
from zhengce.rules.draft.write import to_yaml  # noqa: E402
from zhengce.rules.rulebook import load_file  # noqa: E402


def run(n_docs: int, seed: int, folder: Path) -> dict:
    files = generate(folder, n_docs, seed)
    t0 = time.perf_counter()
    read = []
    for f in files:
        text = read_file(f).text
        read += [(d, text) for d in parse_text(text, source=f.name)]
    t1 = time.perf_counter()
    drafted, skipped, rules, needs_review, errors = [], 0, 0, 0, []
    for doc, text in read:
        try:
            data = draft_document(doc, text)
        except InputError:
            skipped += 1  # notices without any award: nothing to draft
            continue
        drafted.append((doc, data))
        rules += len(data["rules"])
        needs_review += sum(1 for r in data["rules"] if any("needs_review" in c for c in r["conditions"]))
    t2 = time.perf_counter()
    out = folder / "drafts"
    out.mkdir(exist_ok=True)
    for i, (doc, data) in enumerate(drafted):
        path = out / f"{i:05d}.yaml"
        path.write_text(to_yaml(data, doc), encoding="utf-8")
        try:
            load_file(path)
        except InputError as exc:
            errors.append(f"{doc.id}: {exc.message}")
    t3 = time.perf_counter()
    docs = len(read)
    return {"files": len(files), "documents": docs, "drafted": len(drafted), "no_awards": skipped,
            "rules": rules, "needs_review": needs_review, "load_errors": errors[:10], "load_error_count": len(errors),
            "read_seconds": round(t1 - t0, 2), "draft_seconds": round(t2 - t1, 2),
            "write_load_seconds": round(t3 - t2, 2),
            "read_docs_per_second": round(docs / (t1 - t0), 1),
            "draft_docs_per_second": round(docs / (t2 - t1), 1),
            "draft_vs_read": round((t2 - t1) / (t1 - t0), 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        res = run(args.docs, args.seed, Path(tmp))
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    return 1 if res["load_error_count"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
