"""Reading a profile file for `zhengce check`: every way a file can be wrong is one Chinese line.

UTF-8 (a BOM is accepted); JSON numbers that are not integers stay floats, so that a money field given
as 1.5 or 1e7 is refused exactly as the API refuses it (write "1.50"); the top level must be an object.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from zhengce.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50


def read_profile(path: str) -> dict:
    name = "标准输入" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(f"画像 {name} 是文件夹，不是 JSON 文件")
            with open(p, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"画像 {name}：文件不存在") from None
    except OSError as exc:
        raise InputError(f"画像 {name}：无法读取（{exc.strerror}）") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"画像 {name} 过大（上限 {MAX_BYTES // (1024 * 1024)} MB）")
    if b"\x00" in data[:4096]:
        raise InputError(f"画像 {name} 不是文本（含二进制内容；UTF-16 请另存为 UTF-8）")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"画像 {name} 不是 UTF-8 编码（GBK 等请另存为 UTF-8）") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise InputError(f"画像 {name} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）") from None
    except RecursionError:
        raise InputError(f"画像 {name} 嵌套过深") from None
    except _Duplicate as exc:
        raise InputError(f"画像 {name}：字段「{exc.args[0][:40]}」在同一个对象中写了两次") from None
    if not isinstance(value, dict):
        kind = {list: "数组", str: "字符串", type(None): "null", bool: "布尔值", int: "数字", float: "数字"}.get(
            type(value), type(value).__name__)
        raise InputError(f"画像 {name} 应为 JSON 对象 {{…}}，却是{kind}")
    if _depth(value) > MAX_DEPTH:
        raise InputError(f"画像 {name} 嵌套过深（超过 {MAX_DEPTH} 层）")
    return value


class _Duplicate(Exception):
    pass


def _no_duplicates(pairs: list) -> dict:
    """JSON would keep the last of two equal keys: {"region": A, "region": B} is refused, not read as B."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen = set()
        raise _Duplicate(next(k for k, _ in pairs if k in seen or seen.add(k)))
    return out


def _int(text: str):
    # Python refuses to convert more than 4300 digits (a ValueError mid-parse); no field takes such a
    # number: handed on as text, refused by the field with its name
    return int(text) if len(text) <= 40 else text


def _depth(value, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level
