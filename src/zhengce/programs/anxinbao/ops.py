"""Registry of the 安心宝 operations; argument helpers come from zhengce.programs.core.operations."""

from __future__ import annotations

from zhengce.programs.core.operations import Handler, Registry, arg, money_arg, registrar, text_arg  # noqa: F401

from .errors import InvalidInput

OPERATIONS: Registry = {}
operation = registrar(OPERATIONS)


def year_arg(args: dict, default: int) -> int:
    value = arg(args, "year", default)
    try:
        year = int(str(value))
    except ValueError:
        raise InvalidInput(f"year must be a number, got {value!r}") from None
    if not 2000 <= year <= 2100:
        raise InvalidInput(f"year {year} is out of range")
    return year
