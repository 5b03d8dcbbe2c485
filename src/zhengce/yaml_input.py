"""Reading a YAML file a user hands us (rule, reform, scenario files): every way it can be wrong is one
Chinese line, never a traceback, a crash or unbounded memory.

Before anything is built, the event stream is scanned (libyaml's parser is a state machine, so this is
safe at any depth, where building the tree recurses and libyaml's composer can crash the process):
nesting is bounded, aliases may not expand past a bound ("billion laughs"), and a key written twice in one
mapping is refused (YAML would silently keep the last: a second `rules:` would drop the first).
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from zhengce.errors import InputError

MAX_DEPTH = 100
MAX_NODES = 2_000_000  # nodes after aliases are expanded


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is fine); other encodings and binary content named in Chinese."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{where}：是 UTF-16 编码，请另存为 UTF-8")
    if b"\x00" in data[:4096]:
        raise InputError(f"{where}：不是文本（含二进制内容）")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where}：不是 UTF-8 编码（GBK 等请另存为 UTF-8）") from None


def check(text: str, where: str, loader=yaml.SafeLoader) -> None:
    """Refuse nesting deeper than MAX_DEPTH, alias expansion past MAX_NODES and duplicate keys."""
    stack: list[list] = []  # [nodes so far, anchor, is mapping, keys seen, next node is a key]
    sizes: dict[str, int] = {}
    nodes = 0
    try:
        for ev in yaml.parse(text, Loader=loader):
            if isinstance(ev, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent)) and stack:
                top = stack[-1]
                if top[2]:  # a mapping alternates key, value
                    if top[4] and isinstance(ev, yaml.ScalarEvent) and ev.value != "<<":
                        key = (ev.implicit[0], ev.value)
                        if key in top[3]:
                            line = ev.start_mark.line + 1 if ev.start_mark else "?"
                            raise InputError(f"{where}：第 {line} 行的键「{ev.value[:40]}」在同一层重复出现")
                        top[3].add(key)
                    top[4] = not top[4]
            if isinstance(ev, yaml.ScalarEvent):
                if ev.implicit[0] and _DATE.match(ev.value):
                    _date(ev, where)
                n = 1
                if ev.anchor:
                    sizes[ev.anchor] = 1
            elif isinstance(ev, yaml.AliasEvent):
                n = sizes.get(ev.anchor, 1)
            elif isinstance(ev, yaml.CollectionStartEvent):
                stack.append([1, ev.anchor, isinstance(ev, yaml.MappingStartEvent), set(), True])
                nodes += 1
                if len(stack) > MAX_DEPTH:
                    raise InputError(f"{where}：嵌套过深（超过 {MAX_DEPTH} 层）")
                continue
            elif isinstance(ev, yaml.CollectionEndEvent):
                count, anchor = stack.pop()[:2]
                if anchor:
                    sizes[anchor] = count
                if stack:
                    stack[-1][0] += count
                continue
            else:
                continue
            nodes += n
            if stack:
                stack[-1][0] += n
            if nodes > MAX_NODES:
                raise InputError(f"{where}：内容过大（别名展开后超过 {MAX_NODES} 个节点）")
    except yaml.YAMLError as exc:
        raise InputError(f"{where}：不是有效的 YAML（{_first_line(exc)}）") from None


def load(text: str, where: str, loader=yaml.SafeLoader):
    """The YAML value of `text`, checked first (see check)."""
    check(text, where, loader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise InputError(f"{where}：不是有效的 YAML（{_first_line(exc)}）") from None
    except RecursionError:
        raise InputError(f"{where}：嵌套过深") from None
    except (ValueError, ArithmeticError):  # a scalar its constructor cannot take (e.g. a 5000-digit number)
        raise InputError(f"{where}：有无法读取的值（位数过多的数字，或不存在的日期时间）") from None


_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")  # what YAML reads as a date, when it exists


def _date(ev, where: str) -> None:
    """A date that does not exist (2025-13-45, 2025-02-30) named with its line, before the constructor
    fails on it with Python's words."""
    y, m, d = (int(x) for x in _DATE.match(ev.value).groups())
    try:
        dt.date(y, m, d)
    except ValueError:
        line = ev.start_mark.line + 1 if ev.start_mark else "?"
        raise InputError(f"{where}：第 {line} 行的日期「{ev.value}」不存在") from None


def _first_line(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列：" if mark is not None else ""
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
        return f"{where}不允许的标签 {problem.rsplit(' ', 1)[-1]}（只能写普通的值、列表和映射）"
    return f"{where}{problem}"
