"""The `zhengce` command. Each layer adds its subcommands from its own module here.

A subcommand module defines `register(subparsers)`; it imports its layer lazily inside the
handler so that `zhengce --help` stays fast. Errors meant for users (ZhengceError) print one
line in Chinese (`zhengce: 错误：…`) and exit 2; argparse's own errors are Chinese too (argparse_zh);
nothing prints a traceback unless ZHENGCE_DEBUG is set.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from zhengce import __version__
from zhengce.cli.argparse_zh import ArgumentParser
from zhengce.errors import ZhengceError, os_error

# Modules under zhengce.cli that add subcommands; a missing one is skipped so layers can land
# one at a time.
SUBCOMMAND_MODULES = ["reading", "regions", "library", "provisions", "rules", "reform", "anxinbao", "calls", "web"]


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="zhengce",
        description="政策 — read Chinese support policies, their provisions, rules and programs.",
    )
    parser.add_argument("--version", action="version", version=f"zhengce {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(f"zhengce.cli.{name}")
        except ModuleNotFoundError as exc:  # layer not there yet
            if exc.name != f"zhengce.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    from zhengce.terminal import SafeStream
    stdout, stderr = sys.stdout, sys.stderr  # no user string that reaches them can act on the terminal
    sys.stdout, sys.stderr = SafeStream(stdout), SafeStream(stderr, keep_cr=True)
    try:
        result = args.func(args)
    except ZhengceError as exc:
        print(f"zhengce: 错误：{one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("zhengce: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `zhengce docs | head`
        return 0
    except OSError as exc:  # the system's refusal (a folder, no permission, disk full): not a program defect
        print(f"zhengce: 错误：{one_line(os_error(exc))}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        if os.environ.get("ZHENGCE_DEBUG"):
            raise
        print(f"zhengce: 内部错误（程序缺陷，不是输入的问题）：{type(exc).__name__}: {one_line(str(exc))}"
              "（设置 ZHENGCE_DEBUG=1 可看到 traceback）", file=sys.stderr)
        return 70
    finally:
        sys.stdout, sys.stderr = stdout, stderr
    return int(result or 0)


MAX_MESSAGE = 2000


def one_line(text: str) -> str:
    """A message as one bounded line: it may quote what the user gave (a 100,000-character region, a
    name with a newline or a terminal escape)."""
    from zhengce.terminal import shown
    text = shown("".join(" " if c in "\r\n\t" else c for c in text))
    return text if len(text) <= MAX_MESSAGE else f"{text[:MAX_MESSAGE // 2]} … {text[-200:]}"


