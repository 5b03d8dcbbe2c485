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
    problems: list[str] = []
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
            problems.append(f"audit event {fields['seq']!r}: its sequence number is malformed (edited)")
            continue
        prev_hash, h = row[-2], row[-1]
        name = f"audit event #{seq} ({fields['operation']}, op {fields['op_id']})"
        if seq != expected_seq:
            problems.append(f"audit chain: event #{expected_seq} is missing before {name}")
        if prev_hash != prev:
            problems.append(f"{name}: its link to the previous event is broken")
        mac = audit.event_hash(keyring, str(fields["key_id"]), fields, str(prev_hash))
        if mac is None:
            if fields["key_id"] not in unknown_keys:
                problems.append(f"{name}: signed with key {fields['key_id']!r}, which is not in the ledger keyring")
            unknown_keys.add(fields["key_id"])
        elif mac != h:
            problems.append(f"{name}: content does not match its hash (edited, or rewritten without the key)")
        prev, expected_seq, heads[seq] = h, seq + 1, h
        try:
            event = {k: json.loads(fields[k]) for k in ("after", "transfers", "result")}
            if not isinstance(event["after"], dict) or not isinstance(event["transfers"], list):
                raise ValueError
            event["transfers"] = [t if isinstance(t, dict) else {} for t in event["transfers"]]
        except (TypeError, ValueError):
            problems.append(f"{name}: a field is not JSON")
            continue
        last_after.update(event["after"])
        if fields["operation"] == init_operation:
            init_result = event["result"]
        for t in event["transfers"]:
            if t.get("id") in recorded:
                problems.append(f"{name}: transfer {t.get('id')} is also recorded by an earlier event")
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
            problems.append(f"state of {k}:{i} is not JSON (edited)")
            stored[f"{k}:{i}"] = None
    for key in sorted(set(stored) | set(last_after)):
        if stored.get(key) != last_after.get(key):
            problems.append(f"state of {key} differs from the audit log's last record of it")

    n_transfers = 0
    for row in tx.execute(f"SELECT {TRANSFER_COLUMNS} FROM transfers ORDER BY id"):
        n_transfers += 1
        try:
            tid, actual = int(row[0]), tuple(None if v is None else (_int(v) if i in (4, 5, 8) else v)
                                             for i, v in enumerate(row[1:]))
        except (TypeError, ValueError):
            problems.append(f"transfer {row[0]!r} holds a malformed value (edited)")
            continue
        want = recorded.pop(tid, None)
        if want is None:
            problems.append(f"transfer {tid} ({row[7]}, {row[3]} → {row[4]}) is in the ledger but no audit event "
                            "records it (inserted)")
        elif want != actual:
            problems.append(f"transfer {tid} differs from audit event's record of it (edited): "
                            f"{row[3]} → {row[4]} {row[5]} fen, recorded {want[2]} → {want[3]} {want[4]} fen")
    for tid in sorted(recorded, key=lambda x: (not isinstance(x, int), x)):
        problems.append(f"transfer {tid}, recorded by the audit log, is missing from the ledger (deleted)")

    for actor, op_id, req, outcome, result, at, mac in tx.execute(
            "SELECT actor, op_id, request_hash, outcome, result, at, mac FROM operations ORDER BY actor, op_id"):
        name = f"operation record {actor} / {op_id}"
        key_id = str(mac).split(":", 1)[0]
        if audit.record_mac(keyring, key_id, actor, op_id, req, outcome, result, at) != mac:
            problems.append(f"{name}: its MAC does not match (edited or inserted)")
        event = answered.pop((actor, op_id), None)
        if outcome == "ok":
            if event is None:
                problems.append(f"{name} says applied, but no audit event applied it")
                continue
            try:
                stored_outcome = json.loads(result)
            except ValueError:
                stored_outcome = None
            if req != event["request_hash"]:
                problems.append(f"{name}: its request differs from audit event #{event['seq']}")
            if stored_outcome != audit.outcome_of(event):
                problems.append(f"{name}: the stored answer differs from audit event #{event['seq']}")
        elif event is not None:
            problems.append(f"{name} says refused, but audit event #{event['seq']} applied it")
    for (actor, op_id), event in sorted(answered.items(), key=lambda kv: kv[1]["seq"]):
        problems.append(f"audit event #{event['seq']} ({event['operation']}, op {op_id}) has no operation record")

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
