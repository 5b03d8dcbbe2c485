"""Append-only audit log, chained by a keyed MAC: each event's hash is HMAC-SHA256(key, previous hash +
its content), the key held outside the database (keys.py), its id recorded with the event.

An event records who (role, id), when, which operation with which arguments, the entities before and
after, and the transfers made. Editing, inserting or deleting any row breaks the chain from there on,
and without the key nobody can recompute it; `verify` (verify.py) names the first event that no longer
matches and reconciles every other table against the chain.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .keys import Keyring
from .storage import Tx

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def framed(values) -> str:
    """Values joined unambiguously (each as <length>:<text>), without re-encoding the JSON they hold."""
    return "".join(f"{len(t)}:{t}" for t in map(str, values))


def event_hash(keyring: Keyring, key_id: str, fields: dict, prev_hash: str) -> str | None:
    """The event's MAC over the previous hash and every column, or None when `key_id` is not in the keyring."""
    return keyring.mac(key_id, framed([prev_hash, *(fields[c] for c in EVENT_COLUMNS)]))


EVENT_COLUMNS = ("seq", "op_id", "at", "actor_role", "actor_id", "operation", "args", "before", "after",
                 "transfers", "result", "key_id")


def last_event(tx: Tx) -> tuple | None:
    """(seq, hash, at) of the chain's head."""
    return tx.one("SELECT seq, hash, at FROM events ORDER BY seq DESC LIMIT 1")


def append(tx: Tx, keyring: Keyring, *, op_id: str, at: str, actor_role: str, actor_id: str, operation: str,
           args: dict, before: dict, after: dict, transfers: list[dict], result: Any, head: tuple | None) -> dict:
    seq, prev = (int(head[0]) + 1, head[1]) if head else (1, GENESIS)
    fields = {"seq": seq, "op_id": op_id, "at": at, "actor_role": actor_role, "actor_id": actor_id,
              "operation": operation, "args": canonical(args), "before": canonical(before),
              "after": canonical(after), "transfers": canonical(transfers), "result": canonical(result),
              "key_id": keyring.active}
    h = event_hash(keyring, keyring.active, fields, prev)
    tx.execute("INSERT INTO events(seq, op_id, at, actor_role, actor_id, operation, args, before, after,"
               " transfers, result, key_id, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               (*[fields[c] for c in EVENT_COLUMNS], prev, h))
    return {"seq": seq, "hash": h}


def request_hash(actor: dict, operation: str, args: Any) -> str:
    """What an op id stands for: who asked for which operation with which arguments (not when)."""
    return hashlib.sha256(canonical({"actor": actor, "operation": operation, "args": args}).encode("utf-8")).hexdigest()


def request_hash_of_event(role: str, ident: str, operation: str, args_text: str) -> str:
    """request_hash() from an event's stored fields without re-parsing its arguments: `args_text` is
    already canonical, and canonical JSON of the request is these parts in sorted key order."""
    text = ('{"actor":' + canonical({"role": role, "id": ident}) + ',"args":' + args_text + ',"operation":'
            + canonical(operation) + "}")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def outcome_of(event: dict) -> dict:
    """The idempotency answer an applied operation stores: derived from its event alone."""
    return {"ok": True, "op_id": event["op_id"], "operation": event["operation"], "result": event["result"],
            "transfers": event["transfers"], "event": event["seq"]}


def record_mac(keyring: Keyring, key_id: str, actor: str, op_id: str, req: str, outcome: str, result: str,
               at: str) -> str | None:
    """The MAC of an operation record (idempotency answer), refusals included."""
    mac = keyring.mac(key_id, framed([actor, op_id, req, outcome, result, at]))
    return None if mac is None else f"{key_id}:{mac}"


SEQ_MAX = 2**63 - 1  # SQLite's integer range: a larger `after` from a URL is past every event, not a 500


def events(tx: Tx, *, entity: str | None = None, limit: int = 1000, after_seq: int = 0) -> list[dict]:
    after_seq, limit = min(max(int(after_seq), -1), SEQ_MAX), min(max(int(limit), 0), SEQ_MAX)
    rows = tx.all(f"SELECT {', '.join(EVENT_COLUMNS)}, prev_hash, hash FROM events WHERE seq > ?"
                  " ORDER BY seq LIMIT ?", (after_seq, limit))
    out = []
    for row in rows:
        ev = dict(zip(EVENT_COLUMNS + ("prev_hash", "hash"), row))
        for k in ("args", "before", "after", "transfers", "result"):
            ev[k] = json.loads(ev[k])
        if entity and entity not in ev["after"] and entity not in ev["before"]:
            continue
        out.append(ev)
    return out
