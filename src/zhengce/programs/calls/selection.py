"""Selection by expert review (评审遴选) for a call, with the award paid through a ledger — the shared
book of zhengce.programs.core (integer fen, idempotent op ids, keyed audit chain, verify).

Roles:
  enterprise  申报企业 — applies (before the applicants' deadline); may object during 公示
  district    区、县(市)经信部门 — receives its district's applications and forwards them (before its deadline)
  city        市经信局(市数字经济局) — registers experts, assigns panels, closes the panel, publishes the
              result (公示), decides objections, confirms the selection
  expert      评审专家 — scores only the applications it is assigned to, only while the panel is open
  finance     市财政局 — funds the award account, pays confirmed awards after 公示
  auditor     审计/监督 — reads everything (the audit log, sealed scores after close), changes nothing
Scores are sealed until the panel closes: no read shows them before (the audit log is the auditor's).

    prog = SelectionProgram.open("var/calls.sqlite")
    prog.init(call="hangzhou-2025-szh-sample", mode="replay", at="2025-06-01")
    prog.execute("enterprise:E1", "apply", {...}, op_id="E1-apply")
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from zhengce.programs.calls.selection_ops import OPERATIONS
from zhengce.programs.core import errors as E
from zhengce.programs.core import ledger as L
from zhengce.programs.core import roles as core_roles
from zhengce.programs.core import storage as core_storage
from zhengce.programs.core import verify as core_verify
from zhengce.programs.core.audit import events as audit_events
from zhengce.programs.core.checkpoints import make_checkpoint
from zhengce.programs.core.clock import parse_at
from zhengce.programs.core.entities import EntityTracking
from zhengce.programs.core.keys import Keyring
from zhengce.programs.core.money import yuan
from zhengce.programs.core.program import BookProgram
from zhengce.programs.core.storage import Store, Tx

ROLES = ("enterprise", "district", "city", "expert", "finance", "auditor")
READ_ALL = ("city", "finance", "auditor")
PROGRAM = "calls"
CHECKPOINT_FORMAT = "zhengce-calls-checkpoint/1"
MODES = ("live", "replay")

L.register_account_kinds({"fund": True})


@dataclass(frozen=True)
class Actor(core_roles.Actor):
    ROLES = ROLES


def parse_actor(value) -> Actor:
    return core_roles.parse_actor_as(Actor, value)


class CallsStore(Store):
    PROGRAM = PROGRAM
    DB_ENV = "ZHENGCE_CALLS_DB"
    LOCK_KEY = 0x63616C6C  # "call"
    LABEL = "申报遴选"


@dataclass
class Ctx(EntityTracking):
    tx: Tx
    actor: Actor
    at: str
    ledger: L.Ledger
    op_id: str
    call: object  # zhengce.programs.calls.model.Call
    rubric: object  # zhengce.programs.calls.rubric.Rubric
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.at[:10])


def district_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None, microsecond=0)


class SelectionProgram(BookProgram):
    OPERATIONS = OPERATIONS

    def __init__(self, store: Store, *, keyring: Keyring | None = None, clock=district_now):
        super().__init__(store)
        self._keyring = keyring
        self.clock = clock
        self._call = None

    @classmethod
    def open(cls, url=None, **kw) -> "SelectionProgram":
        return cls(core_storage.open_store(url, CallsStore), **kw)

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            self._keyring = Keyring.load(program=PROGRAM)
        return self._keyring

    # -- the call this book selects for ------------------------------------------------------------------
    @property
    def call(self):
        if self._call is None:
            with self.store.transaction(write=False) as tx:
                row = tx.one("SELECT value FROM meta WHERE key = 'call'")
            if row is None:
                raise E.InvalidState("本账簿尚未初始化（请先运行 init）", code="not_initialised")
            from zhengce.programs.calls.model import load_calls
            self._call = load_calls().call(row[0])
        return self._call

    def init(self, *, call: str, op_id: str = "init", actor="city:市经信局", at=None, mode: str = "live") -> dict:
        from zhengce.programs.calls.model import load_calls
        from zhengce.programs.calls.rubric import Rubric

        if mode not in MODES:
            raise E.InvalidInput(f"模式应为 live（实时）或 replay（回放），收到 {mode!r}", code="invalid_mode")
        c = load_calls().call(call)
        Rubric.from_call(c)  # refuses a call without a selection rubric
        with self.store.transaction() as tx:
            for key, value in (("call", c.id), ("mode", mode)):
                row = tx.one("SELECT value FROM meta WHERE key = ?", (key,))
                if row is not None and row[0] != value:
                    raise E.InvalidState(f"本账簿已按 {key}={row[0]} 初始化",
                                         code="already_initialised")
                if row is None:
                    tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
        self._mode, self._call = None, None
        return self.execute(actor, "init_program", {"call": c.id}, op_id=op_id, at=at)

    # -- what the execute core needs ----------------------------------------------------------------------
    def parse_actor(self, value) -> Actor:
        return parse_actor(value)

    def before_execute(self) -> None:
        from zhengce.programs.calls.rubric import Rubric
        self._rubric = Rubric.from_call(self.call)  # read outside the operation's transaction

    def make_ctx(self, tx, actor, when: str, ledger, op_id: str) -> Ctx:
        return Ctx(tx, actor, when, ledger, op_id, self.call, self._rubric)

    def operation_time(self, tx, at, operation: str, mode: str | None, head) -> str:
        last = head[2] if head else None
        if mode == "replay":
            when = parse_at(at) if at is not None else (last or parse_at(f"{self.call.year}-01-01"))
            if last and when < last:
                raise E.InvalidInput(f"时间 {when} 早于最后一条记录（{last}）；账簿的时间只能向前", code="time_before_last_event")
            return when
        if at is not None:
            raise E.InvalidInput("操作时间取自服务器时钟；只有回放账簿接受指定时间（at）",
                                 code="time_not_allowed")
        when = parse_at(self.clock())
        return max(when, last) if last else when

    # -- reading --------------------------------------------------------------------------------------------
    def _docs(self, tx, kind: str) -> list[dict]:
        return [json.loads(d) for (d,) in tx.all("SELECT doc FROM entities WHERE kind = ? ORDER BY id", (kind,))]

    def state(self, actor) -> dict:
        """What the actor may see: applications (an enterprise its own), the panel's status, and — only after
        the panel closes — scores and results."""
        actor = parse_actor(actor)
        with self.store.transaction(write=False) as tx:
            apps = self._docs(tx, "application")
            panel = (self._docs(tx, "panel") or [{}])[0]
            results = (self._docs(tx, "results") or [None])[0]
            objections = self._docs(tx, "objection")
            bal = L.balances(tx)
        if actor.role == "enterprise":
            apps = [a for a in apps if a["enterprise"] == actor.id]
        elif actor.role == "district":
            apps = [a for a in apps if a["district"] == actor.id]
        elif actor.role == "expert":
            apps = [a for a in apps if actor.id in a.get("experts", [])]
        sealed = panel.get("state") != "closed"
        view = [{k: v for k, v in a.items() if k != "scored" or not sealed} for a in apps]
        out = {"call": self.call.id, "panel": {"state": panel.get("state", "open"),
                                               "scores": "sealed" if sealed else "open"},
               "applications": view, "objections": objections if actor.role in READ_ALL else
               [o for o in objections if o["by"] == actor.id]}
        if not sealed and results is not None:
            out["results"] = results
        if actor.role in READ_ALL:
            out["balances"] = {a: yuan(b["balance"]) for a, b in bal.items()}
        return out

    def sheets(self, actor) -> list[dict]:
        """Every expert's score sheet — refused while the panel is open (sealed)."""
        actor = parse_actor(actor)
        core_roles.require_role(actor, *READ_ALL, action="查阅评分表")
        with self.store.transaction(write=False) as tx:
            panel = (self._docs(tx, "panel") or [{}])[0]
            if panel.get("state") != "closed":
                raise E.PermissionDenied("评审结束前评分保密", code="scores_sealed")
            return self._docs(tx, "sheet")

    def events(self, actor, *, after_seq: int = 0, limit: int = 1000) -> list[dict]:
        actor = parse_actor(actor)
        core_roles.require_role(actor, "auditor", action="查阅审计日志")
        with self.store.transaction(write=False) as tx:
            return audit_events(tx, after_seq=after_seq, limit=limit)

    def balances(self) -> dict:
        with self.store.transaction(write=False) as tx:
            return L.balances(tx)

    def verify(self, checkpoints=None) -> dict:
        with self.store.transaction(write=False) as tx:
            return core_verify.verify(tx, self.keyring, checkpoints, init_operation="init_program")

    def checkpoint(self) -> dict:
        with self.store.transaction(write=False) as tx:
            return make_checkpoint(tx, self.keyring, CHECKPOINT_FORMAT)

    def summary(self) -> dict:
        with self.store.transaction(write=False) as tx:
            apps = self._docs(tx, "application")
            results = (self._docs(tx, "results") or [None])[0]
            awards = self._docs(tx, "award")
            publicity = (self._docs(tx, "publicity") or [None])[0]
            bal = L.balances(tx)
        return {"call": self.call.id,
                "applications": {a["id"]: {"state": a["state"], "group": a["group"], "enterprise": a["enterprise"]}
                                 for a in apps},
                "results": results, "publicity": publicity,
                "awards": {a["application"]: {"state": a["state"], "amount": yuan(a["amount"])} for a in awards},
                "balances": {a: yuan(b["balance"]) for a, b in bal.items()}}
