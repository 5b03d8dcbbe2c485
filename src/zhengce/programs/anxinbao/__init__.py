"""科创安心宝 — 杭州市萧山区's milestone escrow program as a working system.

Modules: money (fen), parameters (+ parameters.yaml with citations), storage (SQLite/PostgreSQL),
ledger (double entry, two-phase), audit (hash chain), roles, workflow (state machines), ops_* (the
operations), program (Python API), scenario (replay), api (FastAPI router). See docs/anxinbao.md.
"""

from .errors import (IdempotencyConflict, InsufficientFunds, InvalidInput, InvalidState, PermissionDenied,
                     Refused, UnknownEntity)
from .money import parse_yuan, yuan
from .ops import OPERATIONS
from .program import Program
from .roles import ROLES, Actor, parse_actor

__all__ = ["Program", "Actor", "parse_actor", "ROLES", "OPERATIONS", "parse_yuan", "yuan", "Refused",
           "PermissionDenied", "InvalidInput", "InvalidState", "InsufficientFunds", "IdempotencyConflict",
           "UnknownEntity"]
