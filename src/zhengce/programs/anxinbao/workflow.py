"""State machines of a project and of each milestone, and the context every operation runs in.

Project (四、實施流程 1–4):
  applied ──assign_experts──▶ under_review ──approve──▶ active ──last milestone released──▶ completed
     │  (platform `accept`s first)   │  ╲──reject──▶ rejected            ├──milestone forfeited──▶ failed
     └──────────reject / withdraw────┴──withdraw──▶ withdrawn ◀──withdraw─┘ (no money in motion)
Milestone (三、運作模式 3.(1)–(3)), in order, each after the previous one is released:
  planned ──pay_deposit──▶ deposit_paid ──start_milestone──▶ in_progress ──report_completion──▶ completed
  completed ──pay_rest, review passed──▶ approved ──release──▶ released
  in_progress|completed ──review failed──▶ failed ──release──▶ forfeited
  planned|deposit_paid ──withdraw / project failed──▶ cancelled
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from zhengce.programs.core.clock import parse_at  # noqa: F401 - used by program and ops
from zhengce.programs.core.entities import EntityTracking

from .errors import InvalidInput, InvalidState, UnknownEntity
from .ledger import Ledger
from .parameters import Parameters
from .roles import Actor
from .storage import Tx
from zhengce.programs.core import zh

PROJECT_STATES = {
    "applied": "申请已受理 — application submitted; the platform must accept (揭榜) before review",
    "under_review": "专家论证中 — experts assigned, opinions being given",
    "active": "准予立项 — approved; the deposit channel is open and milestones run",
    "completed": "已完成 — every milestone released",
    "failed": "未完成 — a milestone's goal was not met; its deposit went to the platform",
    "rejected": "未立项 — not approved (expert review or competitive selection)",
    "withdrawn": "已撤回 — withdrawn before money was in motion",
}
CLOSED_PROJECT_STATES = {"completed", "failed", "rejected", "withdrawn"}

MILESTONE_STATES = {
    "planned": "agreed, nothing paid",
    "deposit_paid": "deposit (≥ the minimum share of the tranche) held in 安心宝",
    "in_progress": "platform drew the budget from the risk pool and works",
    "completed": "platform reported completion; the enterprise pays the rest",
    "approved": "bureau approved; deposit + rest reserved for the platform (pending transfers)",
    "released": "operator paid deposit + rest to the platform",
    "failed": "bureau found the goal not met; deposit reserved for the platform, rest for refund",
    "forfeited": "operator paid the deposit to the platform (and refunded any rest)",
    "cancelled": "never started (project withdrawn or ended)",
}


def move(obj: dict, to: str, allowed: set[str] | tuple[str, ...], what: str) -> None:
    """Change obj['state'] to `to` if it is in `allowed`, else refuse naming both."""
    if obj["state"] not in allowed:
        raise InvalidState(f"{what}：当前为“{zh.state(obj['state'])}”，需要{zh.states(allowed)}",
                           code=f"not_{'_or_'.join(sorted(allowed))}" if len(allowed) == 1 else "invalid_state")
    obj["state"] = to


def add_months(at: str, months: int) -> str:
    d = dt.datetime.fromisoformat(at)
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day).isoformat()


@dataclass
class Ctx(EntityTracking):
    """What an operation sees: its transaction, actor, time, parameters and ledger; tracks before/after."""

    tx: Tx
    actor: Actor
    at: str
    params: Parameters
    ledger: Ledger
    op_id: str
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)

    @property
    def year(self) -> int:
        return int(self.at[:4])


def milestone(project: dict, number) -> dict:
    try:
        n = int(number)
    except (TypeError, ValueError):
        raise InvalidInput(f"里程碑应为期数（数字），收到 {number!r}") from None
    for m in project["milestones"]:
        if m["no"] == n:
            return m
    raise UnknownEntity(f"项目 {project['id']} 没有第{n}期里程碑")


def current_milestone(project: dict) -> dict:
    """The first milestone not yet finished (released/forfeited/cancelled)."""
    for m in project["milestones"]:
        if m["state"] not in ("released", "forfeited", "cancelled"):
            return m
    raise InvalidState(f"项目 {project['id']} 没有进行中的里程碑", code="no_open_milestone")


def pick_milestone(project: dict, args: dict) -> dict:
    return milestone(project, args["milestone"]) if args.get("milestone") is not None else current_milestone(project)


def require_open(project: dict, what: str) -> None:
    if project["state"] in CLOSED_PROJECT_STATES:
        raise InvalidState(f"{what}：项目 {project['id']} 已结束（{zh.state(project['state'])}）", code="project_closed")
