"""The execute core every program shares: one operation = one database transaction in which the
idempotency check, permission and state checks, ledger transfers, the books check, the audit event and
the operation record commit together or not at all.

A program subclasses BookProgram and supplies: OPERATIONS (name → handler, roles, doc), parse_actor,
make_ctx (the context its handlers see), operation_time (when an operation happens) and the keyring.
A refused operation changes nothing; its id is recorded with the refusal, so a retry with the same id
gets the same answer (use a new id to try again after fixing the cause).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from . import audit
from . import errors as E
from . import ledger as L
from .faults import fault_point
from .roles import require_role
from .storage import Store
from zhengce.programs.core import zh

ERROR_CLASSES = {c.__name__: c for c in (E.Refused, E.PermissionDenied, E.InvalidInput, E.InvalidState,
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
    return value  # floats stay floats, so that parse_yuan can refuse them with a clear message


class BookProgram:
    OPERATIONS: dict = {}
    INIT_OPERATION = "init_program"

    def __init__(self, store: Store):
        self.store = store
        self._mode: str | None = None

    # -- what a program supplies ----------------------------------------------------------------------
    def parse_actor(self, value):
        raise NotImplementedError

    def make_ctx(self, tx, actor, when: str, ledger: L.Ledger, op_id: str):
        raise NotImplementedError

    def operation_time(self, tx, at, operation: str, mode: str | None, head) -> str:
        raise NotImplementedError

    @property
    def keyring(self):
        raise NotImplementedError

    @property
    def mode(self) -> str | None:
        if self._mode is None:
            with self.store.transaction(write=False) as tx:
                row = tx.one("SELECT value FROM meta WHERE key = 'mode'")
            self._mode = row[0] if row else None
        return self._mode

    def before_execute(self) -> None:
        """Load what handlers need outside the transaction (parameters, keys)."""

    # -- the core --------------------------------------------------------------------------------------
    def execute(self, actor, operation: str, args: dict | None = None, *, op_id: str, at=None) -> dict:
        """Apply one operation; returns its result, raises a Refused subclass if refused (no effect)."""
        actor = self.parse_actor(actor)
        if operation not in self.OPERATIONS:
            raise E.InvalidInput(f"未知操作 {operation!r}", code="unknown_operation",
                                 hint=f"可用操作：{', '.join(sorted(self.OPERATIONS))}")
        if not isinstance(op_id, str) or not op_id.strip() or len(op_id) > 200:
            raise E.InvalidInput("每个操作都需要客户端提供的操作编号 op_id（1至200个字符）",
                                 code="missing_op_id")
        mode = self.mode
        if operation != self.INIT_OPERATION and mode is None:
            raise E.InvalidState("本计划尚未初始化（请先运行 init）", code="not_initialised")
        handler, roles, _ = self.OPERATIONS[operation]
        if args is not None and not isinstance(args, dict):
            kind = {"str": "文字", "int": "数字", "float": "数字", "bool": "是/否", "list": "列表"}.get(
                type(args).__name__, "其他类型的值")
            raise E.InvalidInput(f"参数 args 应为“名称: 值”的映射（JSON 对象），收到的是{kind}",
                                 code="invalid_arguments")
        args = jsonable(dict(args or {}))
        who = str(actor)
        req = audit.request_hash(actor.to_json(), operation, args)
        self.before_execute()
        keyring = self.keyring
        refusal: E.Refused | None = None
        with self.store.transaction() as tx:
            prior = tx.one("SELECT request_hash, outcome, result FROM operations WHERE actor = ? AND op_id = ?",
                           (who, op_id))
            if prior is not None:
                if prior[0] != req:
                    refusal = E.IdempotencyConflict(
                        f"操作编号 {op_id} 已用于另一项操作，原操作有效（请换一个编号）", code="idempotency_conflict")
                else:
                    stored = json.loads(prior[2])
                    if prior[1] == "ok":
                        return {**stored, "replayed": True}
                    cls = ERROR_CLASSES.get(stored["error"].get("class"), E.Refused)
                    refusal = cls(stored["error"]["message"], code=stored["error"]["code"])
            else:
                head = audit.last_event(tx)
                when = self.operation_time(tx, at, operation, mode, head)  # a refusal about the time: not recorded
                ctx = self.make_ctx(tx, actor, when, L.Ledger(tx, op_id, when), op_id)
                try:
                    with tx.savepoint():
                        require_role(actor, *roles, action=zh.op(operation))
                        result = handler(ctx, args)
                        ctx.save_all()
                        fault_point("after_ledger")
                        L.check_books(tx)
                except E.Refused as exc:
                    refusal = exc
                    error = {"code": exc.code, "message": str(exc), "class": type(exc).__name__}
                    self._record(tx, who, op_id, req, "refused", {"ok": False, "error": error}, when)
                else:
                    before, after = ctx.changes()
                    transfers = [t.to_json() for t in ctx.ledger.transfers]
                    result = jsonable(result)
                    event = audit.append(tx, keyring, op_id=op_id, at=when, actor_role=actor.role,
                                         actor_id=actor.id, operation=operation, args=args, before=before,
                                         after=after, transfers=transfers, result=result, head=head)
                    fault_point("after_audit")
                    outcome = audit.outcome_of({"op_id": op_id, "operation": operation, "result": result,
                                                "transfers": transfers, "seq": event["seq"]})
                    self._record(tx, who, op_id, req, "ok", outcome, when)
        if refusal is not None:
            raise refusal
        return outcome

    def _record(self, tx, who: str, op_id: str, req: str, outcome: str, result: dict, when: str) -> None:
        text = json.dumps(result, ensure_ascii=False)
        mac = audit.record_mac(self.keyring, self.keyring.active, who, op_id, req, outcome, text, when)
        tx.execute("INSERT INTO operations(actor, op_id, request_hash, outcome, result, at, mac)"
                   " VALUES (?,?,?,?,?,?,?)", (who, op_id, req, outcome, text, when, mac))

    def close(self) -> None:
        self.store.close()
