"""Bad input gets a clear error in Chinese: every message a user-facing error (ZhengceError, InputError,
NotFound and their subclasses) is raised with says in Chinese what is wrong, and the command line answers
bad files and bad options with one Chinese line, never a traceback. File names, ids, field names, option
names and stable English codes stay as they are inside the Chinese sentence.

Checked twice: statically (the text of every such error raised in src/zhengce, and of the ValueErrors whose
text ends up in one) and by running `zhengce` on bad input."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "zhengce"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = "{X}"


def _error_classes() -> set[str]:
    """ZhengceError, InputError, NotFound and every class anywhere in src/zhengce derived from them."""
    names = {"ZhengceError", "InputError", "NotFound"}
    bases: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases)
    grew = True
    while grew:
        new = {name for name, of in bases.items() if of & names} - names
        names |= new
        grew = bool(new)
    return names


ERRORS = _error_classes()


def _text(node: ast.AST) -> str | None:
    """The words of a message argument: a string literal, an f-string (its placeholders as {X}), or a
    concatenation of them; None when the argument is no literal (a variable or another error's message)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else PLACEHOLDER for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left, right = _text(node.left), _text(node.right)
        if left is None and right is None:
            return None
        return (left or PLACEHOLDER) + (right or PLACEHOLDER)
    return None


def _messages():
    """(where, text) of every user-facing error constructed with a literal message in src/zhengce."""
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name not in ERRORS:
                continue
            args = node.args[:1] + [k.value for k in node.keywords if k.arg in ("message", "hint")]
            for arg in args:
                text = _text(arg)
                if text is not None:
                    yield f"{path.relative_to(SRC)}:{node.lineno}", text


MESSAGES = list(_messages())

# Messages with no words of their own: they put a place ("rules.yaml：规则 r1", a field's Chinese label) before
# another error's message, which is Chinese where it is raised (and checked there by this scan).
PASS_THROUGH = {
    ("programs/core/money.py", "{X}：{X}"),  # field label：MoneyError's Chinese message
    ("rules/rulebook.py", "{X}：{X}"),  # "file：规则 id"：the condition's or formula's own error
    ("rules/review.py", "{X}.{X}：{X}"),  # rule id.key：the condition's or formula's own error
    ("reading/ofd.py", "{X}：{X}"),  # file name：the OFD part's own error (a missing part, too many objects)
}


def _pass_through(where: str, text: str) -> bool:
    return (where.split(":")[0], text) in PASS_THROUGH


def test_the_scan_finds_the_messages():
    assert {"InputError", "NotFound", "ZhengceError", "Refused", "InvalidInput", "UnknownEntity"} <= ERRORS
    assert len(MESSAGES) > 400  # readers, library, rules, programs, CLI, web
    files = {where.split(":")[0] for where, _ in MESSAGES}
    assert {"reading/readers.py", "reading/pipeline.py", "library/ingest.py", "rules/rulebook.py",
            "programs/core/keys.py", "cli/web.py", "web/batch_jobs.py", "registry_input.py"} <= files


def test_the_pass_throughs_are_still_there():
    """The allowed exceptions name real code (an entry that names nothing would hide nothing, but rot)."""
    found = {(where.split(":")[0], text) for where, text in MESSAGES}
    assert PASS_THROUGH <= found


@pytest.mark.parametrize("where, text", [m for m in MESSAGES if not _pass_through(*m)], ids=lambda v: str(v)[:60])
def test_every_error_message_is_chinese(where, text):
    assert CJK.search(text), f"{where}: error message without Chinese: {text!r} (write it in Chinese)"


# Names a Chinese message may keep in Latin letters: commands and options, file names, field paths
# (document.content_hash, applicants.conditions), snake_case values and codes, formats and products.
_NAMES = re.compile(r"`[^`]*`|zhengce(?: [a-z-]+)*|--?[\w-]+|[\w.-]+\.(?:yaml|json|csv|xlsx|docx|txt|md)\b"
                    r"|\b\w+(?:[._]\w+)+\b|\{X\}")
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}\b")  # three English words in a row


@pytest.mark.parametrize("where, text", [m for m in MESSAGES if CJK.search(m[1])], ids=lambda v: str(v)[:60])
def test_no_english_sentence_inside_a_chinese_message(where, text):
    rest = _NAMES.sub(" ", text)
    run = ENGLISH_RUN.search(rest)
    assert run is None, f"{where}: English words {run.group(0)!r} in {text!r}"


def test_lower_layers_reasons_are_chinese():
    """The ValueErrors of rules.amounts end up in rule-file and profile errors: Chinese too."""
    from zhengce.rules import amounts

    for value in (True, 1.5, "1e7", "abc", [1]):
        with pytest.raises(ValueError) as exc:
            amounts.to_decimal(value, "rate")
        assert str(exc.value).startswith("rate：") and CJK.search(str(exc.value)), exc.value


# -- the command line on bad input ---------------------------------------------------------------------------

def _zhengce(*args, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZHENGCE_HOME": str(home)}
    env.pop("ZHENGCE_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "zhengce", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


def _one_chinese_error(res: subprocess.CompletedProcess, starts: str) -> str:
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr and "内部错误" not in res.stderr, res.stderr
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith(starts), res.stderr
    assert CJK.search(last), res.stderr
    assert not ENGLISH_RUN.search(_NAMES.sub(" ", last)), res.stderr
    return last


def test_cli_bad_files_are_one_chinese_line(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "rand.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    cases = {"empty.txt": "zhengce: 错误：empty.txt：文件为空",
             "rand.txt": "zhengce: 错误：rand.txt：不是文本、Word 或 PDF 文件（二进制内容）",
             "old.doc": "zhengce: 错误：old.doc：无法读取旧版 Word（.doc）或 WPS 文档：文件已损坏或不完整",
             "missing.txt": "zhengce: 错误：missing.txt：文件不存在"}
    for name, line in cases.items():
        res = _zhengce("parse", name, cwd=tmp_path, home=tmp_path)
        assert _one_chinese_error(res, "zhengce: 错误：") == line
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr


def test_cli_bad_options_are_chinese(tmp_path):
    """argparse's own errors: the usage line (用法：…), then one Chinese line; exit 2 as argparse's."""
    res = _zhengce("parse", "--bogus", "x.txt", cwd=tmp_path, home=tmp_path)
    assert _one_chinese_error(res, "zhengce: 错误：") == "zhengce: 错误：无法识别的参数：--bogus"
    assert res.stderr.startswith("用法：zhengce ")
    res = _zhengce("parse", cwd=tmp_path, home=tmp_path)
    assert _one_chinese_error(res, "zhengce parse: 错误：") == "zhengce parse: 错误：缺少必需的参数：FILE"
    res = _zhengce("frobnicate", cwd=tmp_path, home=tmp_path)
    assert _one_chinese_error(res, "zhengce: 错误：参数 COMMAND：无效的取值 'frobnicate'（可选：'parse', ")
    res = _zhengce("calls", "draft", "x.txt", "--doc", "two", cwd=tmp_path, home=tmp_path)
    assert _one_chinese_error(res, "zhengce calls draft: 错误：") == \
        "zhengce calls draft: 错误：参数 --doc：'two' 不是有效的整数"
    res = _zhengce("calls", "workdays", "2025-03-03", cwd=tmp_path, home=tmp_path)
    assert _one_chinese_error(res, "zhengce calls workdays: 错误：") == \
        "zhengce calls workdays: 错误：参数 --before --period 中必须给出一个"


def test_argparse_messages_in_chinese():
    from zhengce.cli.argparse_zh import in_chinese

    assert in_chinese("argument --date: expected one argument") == "参数 --date：需要一个值"
    assert in_chinese("argument --a: not allowed with argument --b") == "参数 --a：不能与参数 --b 同时使用"
    assert in_chinese("argument --n: invalid float value: 'x'") == "参数 --n：'x' 不是有效的数字"
    assert in_chinese("ambiguous option: --d could match --date, --db") == "选项 --d 有歧义，可能是：--date, --db"
    assert in_chinese("已经是中文") == "已经是中文"


def test_help_headings_are_chinese(tmp_path):
    res = _zhengce("parse", "--help", cwd=tmp_path, home=tmp_path)
    assert res.returncode == 0
    assert res.stdout.startswith("用法：zhengce parse ") and "位置参数" in res.stdout and "选项" in res.stdout
    assert "显示本帮助并退出" in res.stdout and "usage:" not in res.stdout
