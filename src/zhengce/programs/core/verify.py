"""verify: every table the program relies on, reconciled against the keyed audit chain.

    keys (outside the database) ─▶ events (HMAC chain) ─┬─▶ entities   (each = the last event's `after`)
                                                         ├─▶ transfers  (exactly the transfers the events list)
                                                         ├─▶ operations (each applied op id answers its event;
                                                         │               every record carries a MAC)
                                                         └─▶ checkpoints (signed heads kept outside the database)
    transfers ─▶ accounts (recomputed totals, no guarded account negative, books balance)

So a transfer inserted or edited with matching account totals, a release redirected to another
platform, or the last event deleted with its transfer left behind is each named; a chain rewritten
with recomputed hashes fails without the key, and one cut back fails against a checkpoint.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

from . import audit
from . import ledger as L
from .checkpoints import check_checkpoints
from .keys import Keyring
from .storage import Tx
from .zh import fen_or_raw, op as op_zh, problem
from . import zh

TRANSFER_COLUMNS = "id, op_id, kind, debit_account, credit_account, amount, pending_id, code, project, milestone, at"


def _transfer_key(op_id: str, at: str, t: dict) -> tuple:
    return (op_id, t.get("kind"), t.get("debit"), t.get("credit"), t.get("amount_fen"), t.get("pending_id"),
            t.get("code"), t.get("project"), t.get("milestone"), at)


def _int(v) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, str)) or (isinstance(v, str) and not v.lstrip("-").isdigit()):
        raise ValueError(v)
    return int(v)


def verify(tx: Tx, keyring: Keyring, checkpoints: str | Path | None = None, *, init_operation: str = "init_program",
           verify_meta=None) -> dict[str, Any]:
    """Every problem found; `verify_meta(tx, init_result)` adds the program's own checks of its meta table."""
    # verify holds a few small objects per event; the cyclic GC rescanning them all, again and again,
    # made it superlinear (40k events: 4.3 s CPU instead of ~2.8). Nothing here makes cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _verify(tx, keyring, checkpoints, init_operation, verify_meta)
    finally:
        if enabled:
            gc.enable()


def _verify(tx: Tx, keyring: Keyring, checkpoints, init_operation: str, verify_meta) -> dict[str, Any]:
    problems: list[dict] = []
    recorded: dict[int, tuple] = {}  # transfer id → what its event says
    answered: dict[tuple[str, str], dict] = {}  # (actor, op id) → the event that applied it
    heads: dict[int, str] = {}  # seq → hash, for checkpoints
    last_after: dict[str, Any] = {}
    unknown_keys: set[str] = set()
    init_result: dict | None = None
    prev, expected_seq = audit.GENESIS, 1
    cols = audit.EVENT_COLUMNS
    for row in tx.execute(f"SELECT {', '.join(cols)}, prev_hash, hash FROM events ORDER BY seq"):
        fields = dict(zip(cols, row[:-2]))
        try:
            fields["seq"] = seq = _int(fields["seq"])
        except ValueError:
            problems.append(problem("event_seq_malformed", f"审计记录的序号 {fields['seq']!r} 格式错误（被改动）"))
            continue
        prev_hash, h = row[-2], row[-1]
        name = f"第 {seq} 条审计记录（{op_zh(str(fields['operation']))}，操作编号 {fields['op_id']}）"
        if seq != expected_seq:
            problems.append(problem("event_missing", f"审计链缺少第 {expected_seq} 条记录（在{name}之前，被删除）"))
        if prev_hash != prev:
            problems.append(problem("event_link_broken", f"{name}与前一条记录的链接断开"))
        mac = audit.event_hash(keyring, str(fields["key_id"]), fields, str(prev_hash))
        if mac is None:
            if fields["key_id"] not in unknown_keys:
                problems.append(problem("event_key_unknown",
                                        f"{name}所用的密钥 {fields['key_id']!r} 不在账本密钥文件中，无法核验"))
            unknown_keys.add(fields["key_id"])
        elif mac != h:
            problems.append(problem("event_hash_mismatch", f"{name}的内容与其哈希不符（被改动，或在没有密钥的情况下重写）"))
        prev, expected_seq, heads[seq] = h, seq + 1, h
        try:
            event = {k: json.loads(fields[k]) for k in ("after", "transfers", "result")}
            if not isinstance(event["after"], dict) or not isinstance(event["transfers"], list):
                raise ValueError
            event["transfers"] = [t if isinstance(t, dict) else {} for t in event["transfers"]]
        except (TypeError, ValueError):
            problems.append(problem("event_not_json", f"{name}有字段不是 JSON（被改动）"))
            continue
        last_after.update(event["after"])
        if fields["operation"] == init_operation:
            init_result = event["result"]
        for t in event["transfers"]:
            if t.get("id") in recorded:
                problems.append(problem("transfer_recorded_twice", f"{name}所记的转账 {t.get('id')} 已由更早的审计记录记过"))
            recorded[t.get("id")] = _transfer_key(fields["op_id"], fields["at"], t)
        actor = {"role": fields["actor_role"], "id": fields["actor_id"]}
        answered[(f"{actor['role']}:{actor['id']}", fields["op_id"])] = {
            "seq": seq, "op_id": fields["op_id"], "operation": fields["operation"], "result": event["result"],
            "transfers": event["transfers"],
            "request_hash": audit.request_hash_of_event(actor["role"], actor["id"], fields["operation"],
                                                        str(fields["args"]))}

    stored = {}
    for k, i, d in tx.all("SELECT kind, id, doc FROM entities"):
        try:
            stored[f"{k}:{i}"] = json.loads(d)
        except (TypeError, ValueError):
            problems.append(problem("state_not_json", f"{k}:{i} 的当前状态不是 JSON（被改动）"))
            stored[f"{k}:{i}"] = None
    for key in sorted(set(stored) | set(last_after)):
        if stored.get(key) != last_after.get(key):
            problems.append(problem("state_differs", f"{key} 的当前状态与审计记录最后一次所记的不符"))

    n_transfers = 0
    for row in tx.execute(f"SELECT {TRANSFER_COLUMNS} FROM transfers ORDER BY id"):
        n_transfers += 1
        try:
            tid, actual = int(row[0]), tuple(None if v is None else (_int(v) if i in (4, 5, 8) else v)
                                             for i, v in enumerate(row[1:]))
        except (TypeError, ValueError):
            problems.append(problem("transfer_malformed", f"转账 {row[0]!r} 含格式错误的值（被改动）"))
            continue
        want = recorded.pop(tid, None)
        if want is None:
            problems.append(problem("transfer_inserted", f"转账 {tid}（{row[7]}，{zh.account(row[3])} → {zh.account(row[4])}）"
                                    "在账上，但没有审计记录记载它（被插入）"))
        elif want != actual:
            problems.append(problem("transfer_edited", f"转账 {tid} 与审计记录所记的不符（被改动）：账上为 "
                                    f"{zh.account(row[3])} → {zh.account(row[4])} {fen_or_raw(actual[4])}，审计记录为 "
                                    f"{zh.account(want[2])} → {zh.account(want[3])} {fen_or_raw(want[4])}"))
    for tid in sorted(recorded, key=lambda x: (not isinstance(x, int), x)):
        problems.append(problem("transfer_deleted", f"审计记录中的转账 {tid} 不在账上（被删除）"))

    for actor, op_id, req, outcome, result, at, mac in tx.execute(
            "SELECT actor, op_id, request_hash, outcome, result, at, mac FROM operations ORDER BY actor, op_id"):
        name = f"{zh.actor(actor)} 的操作记录 {op_id}"
        key_id = str(mac).split(":", 1)[0]
        if audit.record_mac(keyring, key_id, actor, op_id, req, outcome, result, at) != mac:
            problems.append(problem("operation_mac_mismatch", f"{name}的校验码不符（被改动或插入）"))
        event = answered.pop((actor, op_id), None)
        if outcome == "ok":
            if event is None:
                problems.append(problem("operation_not_in_audit", f"{name}记为已执行，但没有审计记录执行过它"))
                continue
            try:
                stored_outcome = json.loads(result)
            except ValueError:
                stored_outcome = None
            if req != event["request_hash"]:
                problems.append(problem("operation_request_differs", f"{name}的请求与第 {event['seq']} 条审计记录不符"))
            if stored_outcome != audit.outcome_of(event):
                problems.append(problem("operation_answer_differs",
                                        f"{name}存储的结果与第 {event['seq']} 条审计记录不符"))
        elif event is not None:
            problems.append(problem("operation_refused_but_applied",
                                    f"{name}记为被拒绝，但第 {event['seq']} 条审计记录执行了它"))
    for (actor, op_id), event in sorted(answered.items(), key=lambda kv: kv[1]["seq"]):
        problems.append(problem("operation_record_missing", f"第 {event['seq']} 条审计记录（{op_zh(str(event['operation']))}，"
                                f"操作编号 {op_id}）没有对应的操作记录"))

    if verify_meta is not None:
        problems += verify_meta(tx, init_result)
    problems += L.verify_ledger(tx)
    n_checkpoints = 0
    if checkpoints is not None:
        cp_problems, n_checkpoints = check_checkpoints(Path(checkpoints), keyring, heads)
        problems += cp_problems
    counts = {"events": len(heads), "transfers": n_transfers,
              "accounts": int(tx.one("SELECT COUNT(*) FROM accounts")[0]), "checkpoints": n_checkpoints}
    return {"ok": not problems, "problems": problems, **counts}
