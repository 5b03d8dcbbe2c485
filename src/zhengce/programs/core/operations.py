"""Operation registries and argument helpers shared by programs' operation modules."""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from .errors import InvalidInput
from .money import parse_positive_yuan, parse_yuan
from zhengce.programs.core import zh

Handler = Callable[..., dict]
Registry = dict[str, tuple[Handler, tuple[str, ...], str]]


def registrar(registry: Registry):
    """A decorator factory `operation(name, *roles)` that registers handler(ctx, args) in `registry`."""
    def operation(name: str, *roles: str, doc: str = "") -> Callable[[Handler], Handler]:
        def wrap(fn: Handler) -> Handler:
            registry[name] = (fn, roles, doc or (fn.__doc__ or "").strip().splitlines()[0])
            return fn
        return wrap
    return operation


def arg(args: dict, name: str, default=...):
    if name in args and args[name] is not None:
        return args[name]
    if default is ...:
        raise InvalidInput(f"缺少{zh.field(name)}", code="missing_argument")
    return default


# Ids become account names, URL path segments (/projects/{id}) and audit keys: letters (汉字 too), digits
# and - _ . only, starting with a letter or digit, so every id can be typed, linked and fetched back.
ID_MAX = 64
_ID = re.compile(r"[^\W_][\w.\-]*")
TEXT_MAX = 200  # titles, names, goals: one line
NOTE_MAX = 2000  # notes and reasons: may have line breaks
# Trojan-Source spoofing: bidirectional overrides and isolates reorder what a reviewer reads
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def quoted(value, limit: int = 40) -> str:
    """A user's value quoted for a message: repr (so control characters show as escapes), cut short."""
    text = str(value)
    return repr(text[:limit]) + (f"…（共{len(text)}个字符）" if len(text) > limit else "")


def check_id(value: str, name: str) -> str:
    if len(value) > ID_MAX or not _ID.fullmatch(value):
        raise InvalidInput(f"{zh.field(name)}只能由字母、数字、汉字和 - _ . 组成，以字母、数字或汉字开头，"
                           f"至多{ID_MAX}个字符，收到 {quoted(value)}", code="invalid_id")
    return value


def text_arg(args: dict, name: str, default=...) -> str:
    """An id (project, platform, enterprise, expert…): non-empty, in the id charset (check_id)."""
    value = arg(args, name, default)
    if value is None:
        return value
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise InvalidInput(f"{zh.field(name)}应为非空的编号或名称，收到 {quoted(value)}")
    return check_id(str(value).strip(), name)


def check_text(value: str, name: str, *, limit: int = TEXT_MAX, multiline: bool = False) -> str:
    """Free text held to `limit` characters with no control characters (line breaks only where multiline)."""
    if multiline:
        value = value.replace("\r\n", "\n")  # a browser's textarea sends CRLF
    if len(value) > limit:
        raise InvalidInput(f"{zh.field(name)}至多{limit}个字符，收到{len(value)}个字符", code="text_too_long")
    allowed = "\n\t" if multiline else ""
    for ch in value:
        if ch in allowed:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI:
            raise InvalidInput(f"{zh.field(name)}含有控制字符 U+{ord(ch):04X}"
                               f"（{'换行和制表符以外的' if multiline else '换行、制表符等'}不可见字符），请删去", code="control_character")
    return value


def free_text(args: dict, name: str, default: str = "", *, limit: int = TEXT_MAX, multiline: bool = False) -> str:
    """A title, name, goal, note or reason: text (or a number), bounded, without control characters."""
    value = arg(args, name, default)
    if value is None:
        return default
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InvalidInput(f"{zh.field(name)}应为文字，收到 {quoted(value)}")
    return check_text(str(value).strip(), name, limit=limit, multiline=multiline)


def note_arg(args: dict, name: str = "note", default: str = "") -> str:
    return free_text(args, name, default, limit=NOTE_MAX, multiline=True)


def money_arg(args: dict, name: str, default=..., *, positive: bool = True) -> int:
    value = arg(args, name, default)
    if value is None:
        return value
    return parse_positive_yuan(value, what=name) if positive else parse_yuan(value, what=name)
