"""Strings from users shown on a terminal: a name, an id or a cell may hold newlines, terminal escapes
(ESC [31m colours, ESC ]0; sets the window title) or bidi overrides; text output shows them escaped."""

from __future__ import annotations

import re
from typing import Any


# Characters that act on a terminal instead of showing: C0 controls (ESC starts colour, cursor and title
# sequences), DEL, C1 controls (0x9b is an 8-bit CSI) and bidi overrides (text shown reversed).
_ACTING = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_IN_LINE = re.compile(f"[\x00-\x1f{_ACTING}]")
_IN_LINES = re.compile(f"[\x00-\x09\x0b-\x1f{_ACTING}]")  # a quote's or an article's own line breaks pass
_IN_STREAM = re.compile(f"[\x00-\x08\x0b-\x1f{_ACTING}]")  # a command's own newlines and tabs pass
_IN_STREAM_CR = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_ACTING}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(value: Any, keep_newlines: bool = False) -> str:
    """A user's string (a name, an id, a cell) for text output: every acting character as a visible escape
    (\\n, \\x1b, \\u202e), so that it stays on its line and cannot colour or rewrite the terminal.
    keep_newlines: a text of several lines (a quote, an article) keeps its line breaks; everything else that
    acts (\\r, \\t, ESC, bidi overrides) is escaped inside each line."""
    pattern = _IN_LINES if keep_newlines else _IN_LINE
    return pattern.sub(lambda m: _NAMED.get(m.group()) or _hex(m.group()), str(value))


def _hex(c: str) -> str:
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


class SafeStream:
    """stdout and stderr for a command: acting characters that reach them anyway become \\uXXXX. Only newlines
    and tabs pass (the command's own layout); in JSON output, where such a character can only stand inside a
    string, \\uXXXX is the same character, so the JSON stays exact."""

    def __init__(self, stream, keep_cr: bool = False):  # stderr: a progress bar returns with \r
        self._stream = stream
        self._pattern = _IN_STREAM_CR if keep_cr else _IN_STREAM

    def write(self, text: str) -> int:
        self._stream.write(self._pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
        return len(text)

    def __getattr__(self, name):  # flush, isatty, encoding, buffer …: the real stream's
        return getattr(self._stream, name)
