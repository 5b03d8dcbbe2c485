"""Who may do what: the eight roles of the program and each action's relation-to-project checks.

Roles (the parties the rules name):
  enterprise  企业 — applies, pays deposits and rests into 安心宝, pays its premium; only its own projects
  platform    科创平台 — takes the project on (揭榜), draws budgets from the pool, reports milestones
  bureau      主管部门 (区科技局) — assigns experts, approves projects, reviews milestones, awards subsidies
  expert      专家 — gives opinions on the projects it is assigned to, and only those
  operator    第三方运营 — runs 安心宝: moves money only as the bureau approved; submits the yearly audit
  finance     区财政 — funds and tops up the risk pool, pays premium subsidies and awarded subsidies
  insurer     保险公司 — pays out on the policies it wrote
  auditor     审计/监督 — reads everything, changes nothing
Nobody approves, reviews or judges a project they are a party to.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhengce.programs.core import roles as _core
from zhengce.programs.core.roles import require_role  # noqa: F401

from .errors import PermissionDenied
from zhengce.programs.core import zh

ROLES = ("enterprise", "platform", "bureau", "expert", "operator", "finance", "insurer", "auditor")


@dataclass(frozen=True)
class Actor(_core.Actor):
    ROLES = ROLES


def parse_actor(value) -> Actor:
    """'enterprise:E1', {'role': 'enterprise', 'id': 'E1'} or an Actor."""
    return _core.parse_actor_as(Actor, value)


def parties(project: dict) -> set[str]:
    return {project["enterprise"], project["platform"]}


def require_party(actor: Actor, project: dict, action: str) -> None:
    """Enterprise and platform act only on projects they are the enterprise/platform of."""
    if actor.role == "enterprise" and actor.id != project["enterprise"]:
        raise PermissionDenied(f"{zh.actor(actor)} 不能对其他企业的项目 {project['id']} {action}")
    if actor.role == "platform" and actor.id != project["platform"]:
        raise PermissionDenied(f"{zh.actor(actor)} 不能对其他平台的项目 {project['id']} {action}")


def require_not_party(actor: Actor, project: dict, action: str) -> None:
    """Nobody judges their own project."""
    if actor.id in parties(project):
        raise PermissionDenied(f"{zh.actor(actor)} 是项目 {project['id']} 的当事方，应回避，不能{action}",
                               code="conflict_of_interest")


def can_view(actor: Actor, project: dict) -> bool:
    if actor.role in ("bureau", "operator", "finance", "auditor"):
        return True
    if actor.role == "enterprise":
        return actor.id == project["enterprise"]
    if actor.role == "platform":
        return actor.id == project["platform"]
    if actor.role == "expert":
        return actor.id in project.get("experts", [])
    if actor.role == "insurer":
        return actor.id == (project.get("insurance") or {}).get("insurer")
    return False


def can_view_account(actor: Actor, acct: str, projects: list[dict]) -> bool:
    if actor.role in ("bureau", "operator", "finance", "auditor"):
        return True
    kind, _, party = acct.partition(":")
    if kind == actor.role and party == actor.id:
        return True
    if kind == "escrow":
        return any(p["id"] == party and actor.role in ("enterprise", "platform") and can_view(actor, p)
                   for p in projects)
    return False
