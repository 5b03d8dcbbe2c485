"""argparse speaking Chinese: its own errors (a missing argument, an invalid choice, an unknown option…)
and its headings, in one place. Options behave exactly as with argparse; errors still exit 2.

argparse builds its messages from fixed English patterns; `error()` receives the finished sentence, so
the patterns are matched here and said again in Chinese (names, values and choices kept as they are).
A message no pattern knows is passed on unchanged.
"""

from __future__ import annotations

import argparse
from zhengce import rx as re
import sys

_TYPES_ZH = {"int": "整数", "float": "数字", "str": "文字"}

# the part after "argument X: "
_ARGUMENT_MESSAGES = [
    (re.compile(r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.*)\)", re.S),
     lambda m: f"无效的取值 {m['value']}（可选：{m['choices']}）"),
    (re.compile(r"invalid (?P<type>[\w.]+) value: (?P<value>.+)", re.S),
     lambda m: f"{m['value']} 不是有效的{_TYPES_ZH.get(m['type'], m['type'] + ' 值')}"),
    (re.compile(r"expected one argument"), lambda m: "需要一个值"),
    (re.compile(r"expected at most one argument"), lambda m: "至多接受一个值"),
    (re.compile(r"expected at least one argument"), lambda m: "至少需要一个值"),
    (re.compile(r"expected (?P<n>\d+) arguments?"), lambda m: f"需要 {m['n']} 个值"),
    (re.compile(r"not allowed with argument (?P<other>.+)", re.S), lambda m: f"不能与参数 {m['other']} 同时使用"),
    (re.compile(r"ignored explicit argument (?P<value>.+)", re.S), lambda m: f"不接受值 {m['value']}"),
    (re.compile(r"unknown parser (?P<name>.+) \(choices: (?P<choices>.*)\)", re.S),
     lambda m: f"未知的子命令 {m['name']}（可选：{m['choices']}）"),
    (re.compile(r"can't open '(?P<file>.+)': (?P<why>.+)", re.S), lambda m: f"无法打开文件 {m['file']}：{m['why']}"),
]

_MESSAGES = [
    (re.compile(r"the following arguments are required: (?P<names>.+)", re.S), lambda m: f"缺少必需的参数：{m['names']}"),
    (re.compile(r"unrecognized arguments: (?P<args>.+)", re.S), lambda m: f"无法识别的参数：{m['args']}"),
    (re.compile(r"one of the arguments (?P<names>.+) is required", re.S),
     lambda m: f"参数 {m['names']} 中必须给出一个"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", re.S),
     lambda m: f"选项 {m['option']} 有歧义，可能是：{m['matches']}"),
    (re.compile(r"unexpected option string: (?P<option>.+)", re.S), lambda m: f"意外的选项：{m['option']}"),
    (re.compile(r"argument (?P<name>.+?): (?P<message>.+)", re.S), lambda m: f"参数 {m['name']}：{_argument(m['message'])}"),
]


def _argument(message: str) -> str:
    for pattern, say in _ARGUMENT_MESSAGES:
        m = pattern.fullmatch(message)
        if m:
            return say(m)
    return message


def in_chinese(message: str) -> str:
    """argparse's English error sentence in Chinese (unchanged when no pattern knows it)."""
    for pattern, say in _MESSAGES:
        m = pattern.fullmatch(message)
        if m:
            return say(m)
    return _argument(message)


def _usage_zh(text: str) -> str:
    """"usage: " as 用法：, its wrapped lines moved one column left (用法： is six columns wide, "usage: " seven)."""
    if not text.startswith("usage: "):
        return text
    lines = text.split("\n")
    lines[0] = "用法：" + lines[0][len("usage: "):]
    for i in range(1, len(lines)):
        if not lines[i].startswith(" "):
            break
        lines[i] = lines[i][1:]
    return "\n".join(lines)


class ArgumentParser(argparse.ArgumentParser):
    """An argparse parser whose errors, usage line and headings are Chinese; subparsers are of this class too."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "显示本帮助并退出"

    def format_usage(self) -> str:
        return _usage_zh(super().format_usage())

    def format_help(self) -> str:
        return _usage_zh(super().format_help())

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 错误：{in_chinese(message)}\n")
