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
import hashlib
import json
from decimal import Decimal
from typing import Any

from . import audit
from . import errors as E
from . import ledger as L
from . import ops_milestone, ops_project, ops_support  # noqa: F401 - register operations
from .faults import fault_point
from .money import yuan
from .ops import OPERATIONS
from .parameters import Parameters, load, resolve
from .roles import Actor, can_view, can_view_account, parse_actor, require_role
from .storage import Store, open_store
from .workflow import Ctx, parse_at

READ_ALL = ("bureau", "operator", "finance", "auditor")
_ERROR_CLASSES = {c.__name__: c for c in (E.Refused, E.PermissionDenied, E.InvalidInput, E.InvalidState,
                                          E.InsufficientFunds, E.IdempotencyConflict, E.UnknownEntity)}


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):  # kept so that parse_yuan can refuse it with a clear message
        return value
    return value


class Program:
    def __init__(self, store: Store):
        self.store = store
        self._params: Parameters | None = None

    @classmethod
    def open(cls, url=None) -> "Program":
        return cls(open_store(url))

    def close(self) -> None:
        self.store.close()

    # -- parameters -------------------------------------------------------------------------------
    @property
    def params(self) -> Parameters:
        if self._params is None:
            with self.store.transaction(write=False) as tx:
                row = tx.one("SELECT value FROM meta WHERE key = 'parameters'")
            self._params = Parameters(json.loads(row[0])) if row else load()
        return self._params

    def init(self, *, op_id: str = "init", overrides: dict | None = None, actor="finance:district",
             at=None) -> dict:
        """Store the parameters in force (file + overrides) and fund the pool; idempotent by op_id."""
        doc = resolve(overrides)
        with self.store.transaction() as tx:
            row = tx.one("SELECT value FROM meta WHERE key = 'parameters'")
            if row is not None and json.loads(row[0]) != json.loads(json.dumps(doc)):
                raise E.InvalidState("the program was initialised with other parameters", code="already_initialised")
            if row is None:
                tx.execute("INSERT INTO meta(key, value) VALUES ('parameters', ?)",
                           (json.dumps(doc, ensure_ascii=False, sort_keys=True),))
        self._params = None
        return self.execute(actor, "init_program", {}, op_id=op_id, at=at)

    # -- operations -------------------------------------------------------------------------------
    def execute(self, actor, operation: str, args: dict | None = None, *, op_id: str, at=None) -> dict:
        """Apply one operation; returns its result, raises a Refused subclass if refused (no effect)."""
        actor = parse_actor(actor)
        if operation not in OPERATIONS:
            raise E.InvalidInput(f"unknown operation {operation!r}", code="unknown_operation",
                                 hint=f"operations: {', '.join(sorted(OPERATIONS))}")
        if not isinstance(op_id, str) or not op_id.strip() or len(op_id) > 200:
            raise E.InvalidInput("every operation needs a client-supplied op_id (1-200 characters)",
                                 code="missing_op_id")
        handler, roles, _ = OPERATIONS[operation]
        args = jsonable(dict(args or {}))
        at = parse_at(at)
        request = audit.canonical({"actor": actor.to_json(), "operation": operation, "args": args})
        request_hash = hashlib.sha256(request.encode("utf-8")).hexdigest()
        params = self.params
        refusal: E.Refused | None = None
        with self.store.transaction() as tx:
            prior = tx.one("SELECT request_hash, outcome, result FROM operations WHERE op_id = ?", (op_id,))
            if prior is not None:
                if prior[0] != request_hash:
                    refusal = E.IdempotencyConflict(
                        f"operation id {op_id} was already used for a different operation", code="idempotency_conflict")
                else:
                    stored = json.loads(prior[2])
                    if prior[1] == "ok":
                        return {**stored, "replayed": True}
                    cls = _ERROR_CLASSES.get(stored["error"].get("class"), E.Refused)
                    refusal = cls(stored["error"]["message"], code=stored["error"]["code"])
            else:
                ctx = Ctx(tx, actor, at, params, L.Ledger(tx, op_id, at), op_id)
                try:
                    with tx.savepoint():
                        require_role(actor, *roles, action=operation.replace("_", " "))
                        result = handler(ctx, args)
                        ctx.save_all()
                        fault_point("after_ledger")
                        L.check_books(tx)
                except E.Refused as exc:
                    refusal = exc
                    error = {"code": exc.code, "message": str(exc), "class": type(exc).__name__}
                    tx.execute("INSERT INTO operations(op_id, request_hash, outcome, result, at) VALUES (?,?,?,?,?)",
                               (op_id, request_hash, "refused", json.dumps({"ok": False, "error": error},
                                                                           ensure_ascii=False), at))
                else:
                    before, after = ctx.changes()
                    transfers = [t.to_json() for t in ctx.ledger.transfers]
                    event = audit.append(tx, op_id=op_id, at=at, actor_role=actor.role, actor_id=actor.id,
                                         operation=operation, args=args, before=before, after=after,
                                         transfers=transfers)
                    fault_point("after_audit")
                    outcome = {"ok": True, "op_id": op_id, "operation": operation, "result": result,
                               "transfers": transfers, "event": event["seq"]}
                    tx.execute("INSERT INTO operations(op_id, request_hash, outcome, result, at) VALUES (?,?,?,?,?)",
                               (op_id, request_hash, "ok", json.dumps(outcome, ensure_ascii=False), at))
        if refusal is not None:
            raise refusal
        return outcome

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
            raise E.UnknownEntity(f"no project {project_id}")
        doc = json.loads(row[0])
        if not can_view(actor, doc):
            raise E.PermissionDenied(f"{actor} may not see project {project_id}")
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
        require_role(actor, *READ_ALL, action="read the audit log")
        with self.store.transaction(write=False) as tx:
            return audit.events(tx, after_seq=after_seq, limit=limit)

    def verify(self) -> dict:
        """Check the audit chain, the state against the log, and the ledger against its transfers."""
        with self.store.transaction(write=False) as tx:
            problems = audit.verify_chain(tx) + L.verify_ledger(tx)
            counts = {"events": tx.one("SELECT COUNT(*) FROM events")[0],
                      "transfers": tx.one("SELECT COUNT(*) FROM transfers")[0],
                      "accounts": tx.one("SELECT COUNT(*) FROM accounts")[0]}
        return {"ok": not problems, "problems": problems, **{k: int(v) for k, v in counts.items()}}

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
