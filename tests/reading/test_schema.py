"""`zhengce parse --json` output validates against the documented JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from zhengce.paths import PACKAGE_DIR


def test_parse_json_matches_schema(corpus_dir):
    schema = json.loads((PACKAGE_DIR / "schemas" / "reading.schema.json").read_text(encoding="utf-8"))
    files = sorted(str(p) for p in corpus_dir.glob("*.txt"))
    proc = subprocess.run([sys.executable, "-m", "zhengce", "parse", *files, "--json"],
                          capture_output=True, text=True, check=True)
    docs = json.loads(proc.stdout)
    assert len(docs) == 11
    jsonschema.validate(docs, schema)
