"""Refusals of the 科创安心宝 program: the shared refusals of zhengce.programs.core.errors."""

from zhengce.programs.core.errors import (BooksOutOfBalance, IdempotencyConflict, InsufficientFunds,  # noqa: F401
                                          InvalidInput, InvalidState, PermissionDenied, Refused, UnknownEntity)
