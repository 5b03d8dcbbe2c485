"""Append-only audit log chained by sha256: each event's hash covers its content and the previous hash.

An event records who (role, id), when, which operation with which arguments, the entities before and
after, and the transfers made. Editing, inserting or deleting any row breaks the chain from there on;
`verify` names the first event that no longer matches, and checks that the stored state of every
entity is the `after` of the last event that touched it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .storage import Tx

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(fields: dict, prev_hash: str) -> str:
    return hashlib.sha256((prev_hash + canonical(fields)).encode("utf-8")).hexdigest()


EVENT_COLUMNS = ("seq", "op_id", "at", "actor_role", "actor_id", "operation", "args", "before", "after",
                 "transfers")


def append(tx: Tx, *, op_id: str, at: str, actor_role: str, actor_id: str, operation: str, args: dict,
           before: dict, after: dict, transfers: list[dict]) -> dict:
    last = tx.one("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
    seq, prev = (int(last[0]) + 1, last[1]) if last else (1, GENESIS)
    fields = {"seq": seq, "op_id": op_id, "at": at, "actor_role": actor_role, "actor_id": actor_id,
              "operation": operation, "args": canonical(args), "before": canonical(before),
              "after": canonical(after), "transfers": canonical(transfers)}
    h = event_hash(fields, prev)
    tx.execute("INSERT INTO events(seq, op_id, at, actor_role, actor_id, operation, args, before, after,"
               " transfers, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
               (*[fields[c] for c in EVENT_COLUMNS], prev, h))
    return {"seq": seq, "hash": h}


def verify_chain(tx: Tx) -> list[str]:
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    last_after: dict[str, Any] = {}
    for row in tx.all(f"SELECT {', '.join(EVENT_COLUMNS)}, prev_hash, hash FROM events ORDER BY seq"):
        fields = dict(zip(EVENT_COLUMNS, row[:-2]))
        fields["seq"] = int(fields["seq"])
        prev_hash, h = row[-2], row[-1]
        name = f"audit event #{fields['seq']} ({fields['operation']}, op {fields['op_id']})"
        if fields["seq"] != expected_seq:
            problems.append(f"audit chain: event #{expected_seq} is missing before {name}")
        if prev_hash != prev:
            problems.append(f"{name}: its link to the previous event is broken")
        if event_hash(fields, prev_hash) != h:
            problems.append(f"{name}: content does not match its hash (edited)")
        prev, expected_seq = h, fields["seq"] + 1
        try:
            last_after.update(json.loads(fields["after"]))
        except ValueError:
            problems.append(f"{name}: 'after' is not JSON")
    stored = {f"{k}:{i}": json.loads(d) for k, i, d in tx.all("SELECT kind, id, doc FROM entities")}
    for key in sorted(set(stored) | set(last_after)):
        if stored.get(key) != last_after.get(key):
            problems.append(f"state of {key} differs from the audit log's last record of it")
    return problems


def events(tx: Tx, *, entity: str | None = None, limit: int = 1000, after_seq: int = 0) -> list[dict]:
    rows = tx.all(f"SELECT {', '.join(EVENT_COLUMNS)}, prev_hash, hash FROM events WHERE seq > ?"
                  " ORDER BY seq LIMIT ?", (after_seq, limit))
    out = []
    for row in rows:
        ev = dict(zip(EVENT_COLUMNS + ("prev_hash", "hash"), row))
        for k in ("args", "before", "after", "transfers"):
            ev[k] = json.loads(ev[k])
        if entity and entity not in ev["after"] and entity not in ev["before"]:
            continue
        out.append(ev)
    return out
