"""Docs tested like code (issue 15 item 8): every CLI command, rule-file key, profile field and program
refusal code is mentioned in docs/*.md, and the examples marked ```console run (docs/cli.md says how)."""

from __future__ import annotations

import argparse
import ast
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "docs").glob("*.md"))
TEXT = "\n".join(p.read_text(encoding="utf-8") for p in DOCS)


def ticked(name: str) -> bool:
    """`name` in backticks, or `name:` as a key in a YAML example."""
    return f"`{name}`" in TEXT or re.search(rf"(?<![\w.]){re.escape(name)}:", TEXT) is not None


# -- CLI commands ------------------------------------------------------------------------------------------

def _commands():
    from zhengce.cli import build_parser

    def walk(parser, path):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield path + [name]
                    yield from walk(sub, path + [name])
    return [" ".join(c) for c in walk(build_parser(), [])]


COMMANDS = _commands()


def test_the_walk_finds_the_commands():
    assert {"check", "rules review", "anxinbao init", "anxinbao pay_deposit", "web-user add"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_cli_command_is_documented(command):
    """`zhengce <command>` is in docs/ — or, for a program's operations (`zhengce anxinbao <operation>`),
    the operation is named in backticks where that form is documented."""
    if f"zhengce {command}" in TEXT:
        return
    parent, _, leaf = command.rpartition(" ")
    assert parent and f"zhengce {parent} <operation>" in TEXT and f"`{leaf}`" in TEXT, \
        f"`zhengce {command}` is not mentioned in docs/*.md (add it to docs/cli.md)"


# -- rule-file keys ----------------------------------------------------------------------------------------

def _keys_read(path: Path, scopes: set[str], names: set[str]) -> set[str]:
    """String keys the validator reads as NAME["key"] or NAME.get("key") inside the given functions/classes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for scope in ast.walk(tree):
        if not isinstance(scope, (ast.FunctionDef, ast.ClassDef)) or scope.name not in scopes:
            continue
        for n in ast.walk(scope):
            if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in names \
                    and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str):
                out.add(n.slice.value)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "get" \
                    and isinstance(n.func.value, ast.Name) and n.func.value.id in names and n.args \
                    and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str):
                out.add(n.args[0].value)
    return out


def _rule_keys() -> list[str]:
    from zhengce.rules.formulas import FORMS
    from zhengce.rules.rulebook import RULE_KEYS

    rules = ROOT / "src" / "zhengce" / "rules"
    keys = set(RULE_KEYS) | set(FORMS) | {"document", "rules", "stacking_groups"}
    keys |= _keys_read(rules / "rulebook.py", {"load_file"}, {"d", "data", "g", "src"})  # document, groups
    keys |= _keys_read(rules / "formulas.py", {"Formula"}, {"data"})
    keys |= _keys_read(rules / "conditions.py", {"parse_condition"}, {"spec", "c", "data", "raw", "d"})
    return sorted(keys)


RULE_FILE_KEYS = _rule_keys()


def test_the_rule_file_keys_are_found():
    assert {"document", "quote", "formula", "cap_yuan", "tiers", "recognized", "period_quote"} <= set(RULE_FILE_KEYS)


@pytest.mark.parametrize("key", RULE_FILE_KEYS)
def test_every_rule_file_key_is_documented(key):
    assert ticked(key), f"rule-file key {key!r} is not documented in docs/*.md (docs/rules.md)"


# -- profile fields ----------------------------------------------------------------------------------------

def _profile_fields() -> list[str]:
    from zhengce.rules.profile import json_schema

    def walk(node):
        if not isinstance(node, dict):
            return
        for name, sub in (node.get("properties") or {}).items():
            yield name
            yield from walk(sub)
        yield from walk(node.get("items"))
        for sub in node.get("anyOf", []):
            yield from walk(sub)
    return sorted(set(walk(json_schema())))


PROFILE_FIELDS = _profile_fields()


@pytest.mark.parametrize("field", PROFILE_FIELDS)
def test_every_profile_field_is_documented(field):
    assert ticked(field), f"profile field {field!r} is not documented in docs/*.md (docs/profile.md)"


# -- refusal codes -----------------------------------------------------------------------------------------

def _refusal_codes() -> list[str]:
    codes = set()
    for path in (ROOT / "src" / "zhengce" / "programs").rglob("*.py"):
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(n, ast.Call):
                for k in n.keywords:
                    values = [k.value.body, k.value.orelse] if isinstance(k.value, ast.IfExp) else [k.value]
                    if k.arg == "code":
                        codes |= {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
            if isinstance(n, ast.ClassDef):  # the classes' default codes (permission_denied, not_found…)
                for b in n.body:
                    if isinstance(b, ast.Assign) and any(getattr(t, "id", None) == "code" for t in b.targets) \
                            and isinstance(b.value, ast.Constant):
                        codes.add(b.value.value)
    return sorted(codes)


REFUSAL_CODES = _refusal_codes()


def test_the_refusal_codes_are_found():
    assert len(REFUSAL_CODES) > 60 and "deposit_below_minimum" in REFUSAL_CODES


@pytest.mark.parametrize("code", REFUSAL_CODES)
def test_every_refusal_code_is_documented(code):
    assert f"`{code}`" in TEXT, f"refusal code {code!r} is not documented in docs/*.md (docs/refusals.md)"


# -- examples that run -------------------------------------------------------------------------------------

def _console_blocks():
    """(doc:line, [(command, [expected fragments])]) for every ```console block."""
    for doc in DOCS:
        lines = doc.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            if lines[i].strip() == "```console":
                start, steps = i + 1, []
                i += 1
                while lines[i].strip() != "```":
                    line = lines[i].rstrip()
                    if line.startswith("$ "):
                        steps.append((line[2:], []))
                    elif line.strip() and steps:
                        steps[-1][1].append(line.strip())
                    i += 1
                yield f"{doc.name}:{start}", steps
            i += 1


BLOCKS = list(_console_blocks())


def test_there_are_examples_that_run():
    assert len(BLOCKS) >= 4 and {b.split(":")[0] for b, _ in BLOCKS} >= {"cli.md", "calls.md", "rules.md"}


@pytest.mark.parametrize("where,steps", BLOCKS, ids=[b for b, _ in BLOCKS])
def test_console_examples_run(where, steps, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "ZHENGCE_HOME": str(tmp_path / "home")}
    for key in ("ZHENGCE_ANXINBAO_DB", "ZHENGCE_SUBSCRIPTIONS_DB", "ZHENGCE_DB"):
        env.pop(key, None)
    for command, fragments in steps:
        argv = shlex.split(command, comments=True)
        assert argv and argv[0] == "zhengce", f"{where}: only `zhengce …` commands run in a console block: {command}"
        r = subprocess.run([sys.executable, "-m", "zhengce", *argv[1:]], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
        assert r.returncode == 0, f"{where}: `{command}` exited {r.returncode}: {r.stderr[-2000:]}"
        for fragment in fragments:
            assert fragment in r.stdout, f"{where}: `{command}` did not print {fragment!r}"
