"""The `re` module with a pattern cache large enough for the reader.

Python keeps only the last 512 patterns compiled from strings (re._MAXCACHE in 3.11). The reading and
provisions layers write theirs inline, next to the rule each states — about 1,600 of them — so past 512 a
document's run evicted the patterns the next one needed and most calls compiled again (a quarter of the
reading time on the development set). Modules import this in place of `re` (`from zhengce import rx as re`):
the same functions and flags, each pattern compiled once per process. (Patterns built per document, around a
re.escape'd name, take entries too; least-recently-used eviction drops those first, since the reader's own
patterns are used on every document.)"""

from __future__ import annotations

import functools
import re as _re
from re import *  # noqa: F401,F403 — flags, error, escape, Pattern, Match: the module's whole surface

__all__ = list(_re.__all__)


@functools.lru_cache(maxsize=8192)
def compile(pattern, flags=0):  # noqa: A001 — the same name as re's, on purpose
    return _re.compile(pattern, flags)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)
