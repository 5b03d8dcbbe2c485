"""Registry of the 安心宝 operations; argument helpers come from zhengce.programs.core.operations."""

from __future__ import annotations

from zhengce.programs.core.operations import (Handler, Registry, arg, check_id, free_text, money_arg,  # noqa: F401
                                              note_arg, registrar, quoted, text_arg)

from .errors import InvalidInput
from zhengce.programs.core import zh

OPERATIONS: Registry = {}
operation = registrar(OPERATIONS)


def year_arg(args: dict, default: int) -> int:
    value = arg(args, "year", default)
    try:
        year = int(str(value))
    except ValueError:
        raise InvalidInput(f"年度应为数字，收到 {value!r}") from None
    if not 2000 <= year <= 2100:
        raise InvalidInput(f"年度 {year} 超出范围（2000至2100）")
    return year
