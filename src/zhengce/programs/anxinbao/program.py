"""The program's Python API: execute operations (idempotent, atomic, audited) and read its state.

    from zhengce.programs.anxinbao import Program
    prog = Program.open("var/anxinbao.sqlite")            # or "postgresql://…"
    prog.init(op_id="init")
    prog.execute("enterprise:E1", "apply", {...}, op_id="E1-apply-P1")

Each `execute` is one database transaction: idempotency check, permission and state checks, ledger
transfers, the books check, the audit event and the operation record commit together or not at all.
A refused operation changes nothing; its id is recorded with the refusal, so a retry with the same id
gets the same answer (use a new id to try again after fixing the cause).
"""

from __future__ import annotations

import datetime as dt
import json

from zhengce.programs.core.program import BookProgram, jsonable  # noqa: F401 - jsonable: used by scenario

from . import audit
from . import errors as E
from . import ledger as L
from . import ops_milestone, ops_project, ops_support  # noqa: F401 - register operations
from .checkpoints import make_checkpoint
from .keys import Keyring
from .money import yuan
from .ops import OPERATIONS
from .parameters import Parameters, load, resolve
from .roles import Actor, can_view, can_view_account, parse_actor, require_role  # noqa: F401
from .storage import Store, open_store
from .verify import verify as verify_book
from .workflow import Ctx, parse_at
from zhengce.programs.core import zh

READ_ALL = ("bureau", "operator", "finance", "auditor")


MODES = ("live", "replay")


def district_now() -> dt.datetime:
    """The server's clock in the district's time (UTC+8)."""
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None, microsecond=0)


class Program(BookProgram):
    """A book of the program. Its mode is fixed at `init`: a *live* book takes every time from the server
    clock and refuses times in requests; a *replay* book (scenarios, simulations, the web demo) takes the
    times its events carry, never earlier than the last event (or, without one, the last event's time)."""

    OPERATIONS = OPERATIONS

    def __init__(self, store: Store, *, keyring: Keyring | None = None, clock=district_now):
        super().__init__(store)
        self._params: Parameters | None = None
        self._keyring = keyring
        self.clock = clock

    @classmethod
    def open(cls, url=None, **kw) -> "Program":
        return cls(open_store(url), **kw)

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            self._keyring = Keyring.load()
        return self._keyring

    # -- parameters -------------------------------------------------------------------------------
    @property
    def params(self) -> Parameters:
        if self._params is None:
            with self.store.transaction(write=False) as tx:
                row = tx.one("SELECT value FROM meta WHERE key = 'parameters'")
            self._params = Parameters(json.loads(row[0])) if row else load()
        return self._params

    def init(self, *, op_id: str = "init", overrides: dict | None = None, actor="finance:district",
             at=None, mode: str = "live") -> dict:
        """Store the parameters in force (file + overrides) and the book's mode, and fund the pool;
        idempotent by op_id. A live book takes no `at`."""
        if mode not in MODES:
            raise E.InvalidInput(f"模式应为 live（实时）或 replay（回放），收到 {mode!r}", code="invalid_mode")
        doc = resolve(overrides)
        with self.store.transaction() as tx:
            row = tx.one("SELECT value FROM meta WHERE key = 'parameters'")
            if row is not None and json.loads(row[0]) != json.loads(json.dumps(doc)):
                raise E.InvalidState("本计划已按其他参数初始化", code="already_initialised")
            stored_mode = tx.one("SELECT value FROM meta WHERE key = 'mode'")
            if stored_mode is not None and stored_mode[0] != mode:
                raise E.InvalidState(f"本账簿已按 {stored_mode[0]} 模式初始化", code="already_initialised")
            if row is None:
                tx.execute("INSERT INTO meta(key, value) VALUES ('parameters', ?)",
                           (json.dumps(doc, ensure_ascii=False, sort_keys=True),))
            if stored_mode is None:
                tx.execute("INSERT INTO meta(key, value) VALUES ('mode', ?)", (mode,))
        self._params, self._mode = None, None
        if mode == "replay" and at is None:
            at = self.params.period_start
        return self.execute(actor, "init_program", {}, op_id=op_id, at=at)

    # -- time -------------------------------------------------------------------------------------
    def _time(self, tx, at, operation: str, mode: str | None, params: Parameters, head) -> str:
        """The operation's time: the server's (live) or the request's (replay), never before the last event,
        inside the program's period (or its audited extension)."""
        last = head[2] if head else None
        if mode == "replay":
            when = parse_at(at) if at is not None else (last or parse_at(params.period_start))
            if last and when < last:
                raise E.InvalidInput(f"时间 {when} 早于最后一条记录（{last}）；账簿的时间只能向前", code="time_before_last_event")
        else:
            if at is not None:
                raise E.InvalidInput("操作时间取自服务器时钟；只有回放账簿接受指定时间（at）", code="time_not_allowed")
            when = parse_at(self.clock())
            if last and when < last:  # the server clock went back: keep the book's order
                when = last
        start = parse_at(params.period_start)
        prog = tx.one("SELECT doc FROM entities WHERE kind = 'program' AND id = 'anxinbao'")
        end = json.loads(prog[0])["period_end"] if prog else parse_at(params.period_end)
        if when < start:
            raise E.InvalidInput(f"{when[:10]} 早于本细则施行日（{start[:10]}）",
                                 code="outside_program_period")
        if when >= end and operation not in ("extend_period", "init_program"):
            raise E.InvalidInput(f"{when[:10]} 已过试行期（至 {end[:10]} 止，试行期一年）",
                                 code="outside_program_period",
                                 hint="主管部门可延长试行期：extend_period until=YYYY-MM-DD reason=…")
        return when

    # -- what the execute core (zhengce.programs.core.program) needs ---------------------------------
    def parse_actor(self, value) -> Actor:
        return parse_actor(value)

    def before_execute(self) -> None:
        self.params  # noqa: B018 - load (and cache) the parameters outside the operation's transaction

    def make_ctx(self, tx, actor, when: str, ledger, op_id: str) -> Ctx:
        return Ctx(tx, actor, when, self.params, ledger, op_id)

    def operation_time(self, tx, at, operation: str, mode: str | None, head) -> str:
        return self._time(tx, at, operation, mode, self.params, head)

    # -- reading ----------------------------------------------------------------------------------
    def _projects(self, tx) -> list[dict]:
        return [json.loads(d) for (d,) in tx.all("SELECT doc FROM entities WHERE kind = 'project' ORDER BY id")]

    def projects(self, actor) -> list[dict]:
        actor = parse_actor(actor)
        with self.store.transaction(write=False) as tx:
            return [p for p in self._projects(tx) if can_view(actor, p)]

    def project(self, actor, project_id: str) -> dict:
        actor = parse_actor(actor)
        with self.store.transaction(write=False) as tx:
            row = tx.one("SELECT doc FROM entities WHERE kind = 'project' AND id = ?", (project_id,))
        if row is None:
            raise E.UnknownEntity(f"没有项目 {zh.short(project_id)}")
        doc = json.loads(row[0])
        if not can_view(actor, doc):
            raise E.PermissionDenied(f"{zh.actor(actor)} 无权查看项目 {project_id}")
        return doc

    def balances(self, actor=None) -> dict[str, dict]:
        """{account: {balance, debits_pending, credits_pending}} in fen, as the actor may see them."""
        with self.store.transaction(write=False) as tx:
            all_balances = L.balances(tx)
            projects = self._projects(tx) if actor is not None else []
        if actor is None:
            return all_balances
        actor = parse_actor(actor)
        return {a: b for a, b in all_balances.items() if can_view_account(actor, a, projects)}

    def enterprise(self, ident: str) -> dict | None:
        with self.store.transaction(write=False) as tx:
            row = tx.one("SELECT doc FROM entities WHERE kind = 'enterprise' AND id = ?", (ident,))
        return json.loads(row[0]) if row else None

    def events(self, actor, *, after_seq: int = 0, limit: int = 1000) -> list[dict]:
        actor = parse_actor(actor)
        require_role(actor, *READ_ALL, action="查阅审计日志")
        with self.store.transaction(write=False) as tx:
            return audit.events(tx, after_seq=after_seq, limit=limit)

    def verify(self, checkpoints=None) -> dict:
        """Reconcile every table against the keyed audit chain (and the checkpoints, if given); see verify.py."""
        with self.store.transaction(write=False) as tx:
            return verify_book(tx, self.keyring, checkpoints)

    def checkpoint(self) -> dict:
        """A signed checkpoint of the chain's head, to keep outside the database (checkpoints.py)."""
        with self.store.transaction(write=False) as tx:
            return make_checkpoint(tx, self.keyring)

    def summary(self) -> dict:
        """The whole state, for replay and `status`: projects, balances, subsidies (money as yuan strings)."""
        with self.store.transaction(write=False) as tx:
            projects = self._projects(tx)
            bal = L.balances(tx)
            enterprises = {i: json.loads(d) for i, d in
                           tx.all("SELECT id, doc FROM entities WHERE kind = 'enterprise' ORDER BY id")}
        return summarise(projects, bal, enterprises)


def summarise(projects: list[dict], bal: dict, enterprises: dict) -> dict:
    out_projects, subsidies, premium = {}, [], []
    for p in projects:
        out_projects[p["id"]] = {
            "state": p["state"], "enterprise": p["enterprise"], "platform": p["platform"],
            "contract_total": yuan(p["contract_total"]), "eligible_total": yuan(p["eligible_total"]),
            "advance_outstanding": yuan(p["advance_outstanding"]),
            "milestones": [{"no": m["no"], "state": m["state"], "amount": yuan(m["amount"]),
                            "deposit": yuan(m["deposit"]), "rest": yuan(m["rest"]), "budget": yuan(m["budget"])}
                           for m in p["milestones"]]}
        for year, s in sorted(p["subsidies"].items()):
            subsidies.append({"project": p["id"], "enterprise": p["enterprise"], "year": int(year),
                              "base": yuan(s["base"]), "computed": yuan(s["computed"]), "amount": yuan(s["amount"]),
                              "capped": s["capped"], "state": s["state"]})
        ins = p.get("insurance")
        if ins:
            premium.append({"project": p["id"], "insurer": ins["insurer"], "premium": yuan(ins["premium"]),
                            "premium_subsidy": None if ins["premium_subsidy"] is None else yuan(ins["premium_subsidy"]),
                            "payouts": yuan(sum(x["amount"] for x in ins["payouts"]))})
    return {
        "projects": out_projects,
        "balances": {a: yuan(b["balance"]) for a, b in bal.items()},
        "balances_fen": {a: b["balance"] for a, b in bal.items()},
        "pending": {a: {"out": yuan(b["debits_pending"]), "in": yuan(b["credits_pending"])}
                    for a, b in bal.items() if b["debits_pending"] or b["credits_pending"]},
        "subsidies": subsidies,
        "insurance": premium,
        "enterprises": {i: {"barred": e["barred"],
                            "subsidies_by_year": {y: yuan(v) for y, v in sorted(e["subsidies"].items())}}
                        for i, e in enterprises.items()},
    }


def actor_of(value) -> Actor:
    return parse_actor(value)
