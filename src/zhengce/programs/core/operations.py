"""Operation registries and argument helpers shared by programs' operation modules."""

from __future__ import annotations

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


def text_arg(args: dict, name: str, default=...) -> str:
    value = arg(args, name, default)
    if value is None:
        return value
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise InvalidInput(f"{zh.field(name)}应为非空的编号或名称，收到 {value!r}")
    return str(value).strip()


def money_arg(args: dict, name: str, default=..., *, positive: bool = True) -> int:
    value = arg(args, name, default)
    if value is None:
        return value
    return parse_positive_yuan(value, what=name) if positive else parse_yuan(value, what=name)
