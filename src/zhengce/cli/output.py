"""Printing helpers shared by subcommands: JSON that keeps Chinese readable and money exact."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any

from zhengce.terminal import SafeStream, shown  # noqa: F401 — the CLI's names for them


def to_jsonable(value: Any) -> Any:
    """Plain JSON types. Decimal money becomes an int when whole, else a string (never a float)."""
    if hasattr(value, "to_json") and callable(value.to_json) and not isinstance(value, type):
        return to_jsonable(value.to_json())  # an object's own JSON form wins over its fields
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def print_json(value: Any, stream=None) -> None:
    stream = stream or sys.stdout
    json.dump(to_jsonable(value), stream, ensure_ascii=False, indent=2)
    stream.write("\n")

