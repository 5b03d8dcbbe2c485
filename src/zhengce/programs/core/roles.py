"""Actors (role:id) of a program. Each program subclasses Actor with its ROLES."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .errors import InvalidInput, PermissionDenied
from zhengce.programs.core import zh


@dataclass(frozen=True)
class Actor:
    role: str
    id: str
    ROLES = ()  # a program's subclass names its roles

    def __post_init__(self):
        if self.ROLES and self.role not in self.ROLES:
            raise InvalidInput(f"未知角色 {self.role!r}（可用：{'、'.join(f'{zh.role(r)} {r}' for r in self.ROLES)}）", code="unknown_role")
        if not isinstance(self.id, str) or not self.id.strip():
            raise InvalidInput("操作方需要非空的编号", code="invalid_actor")
        if len(self.id) > 64 or any(unicodedata.category(c) in ("Cc", "Cs") for c in self.id):
            raise InvalidInput("操作方编号至多64个字符，且不能含控制字符", code="invalid_actor")

    def __str__(self) -> str:
        return f"{self.role}:{self.id}"

    def to_json(self) -> dict:
        return {"role": self.role, "id": self.id}


def parse_actor_as(cls: type[Actor], value) -> Actor:
    """'enterprise:E1', {'role': 'enterprise', 'id': 'E1'} or an Actor of `cls`."""
    if isinstance(value, cls):
        return value
    if isinstance(value, dict):
        return cls(str(value.get("role", "")), str(value.get("id", "")))
    if isinstance(value, str) and ":" in value:
        role, _, ident = value.partition(":")
        return cls(role.strip(), ident.strip())
    raise InvalidInput(f"无法读取操作方 {value!r}（写成 角色:编号，如 enterprise:E1）", code="invalid_actor")


def require_role(actor: Actor, *roles: str, action: str) -> None:
    if actor.role not in roles:
        raise PermissionDenied(f"{zh.actor(actor)} 无权{action}（只有{'、'.join(zh.role(r) for r in roles)}可以）")
