"""Signed checkpoints of the audit chain's head, kept outside the database (e.g. one a day).

    zhengce anxinbao checkpoint --out /secure/anxinbao-checkpoints/       # a file per checkpoint
    zhengce anxinbao verify --checkpoints /secure/anxinbao-checkpoints/   (each program has its own format)

A checkpoint names the head event (seq, hash, time) and is MACed with the ledger key. `verify` checks
every checkpoint's MAC and that its event is still in the chain with the same hash: a chain cut back
(the last events deleted) or rewritten, even by someone holding the key after the fact, no longer
matches the heads exported before.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from zhengce.errors import InputError
from zhengce.outfiles import replacing

from . import zh
from .audit import canonical, last_event
from .keys import Keyring
from .storage import Tx

FORMAT = "zhengce-anxinbao-checkpoint/1"


def make_checkpoint(tx: Tx, keyring: Keyring, fmt: str = FORMAT) -> dict:
    head = last_event(tx)
    if head is None:
        raise InputError("审计日志为空，没有可生成检查点的记录（请先运行 init）")
    payload = {"format": fmt, "seq": int(head[0]), "hash": head[1], "event_at": head[2],
               "transfers": int(tx.one("SELECT COUNT(*) FROM transfers")[0]),
               "made_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
               "key_id": keyring.active}
    return {**payload, "mac": keyring.mac(keyring.active, canonical(payload))}


def write_checkpoint(checkpoint: dict, target: str | Path) -> Path:
    """Write to `target`, or into it if it is a folder or ends with / (name: checkpoint-<seq>-<UTC time>.json)."""
    out = Path(target)
    if out.is_dir() or str(target).endswith(("/", "\\")):
        out.mkdir(parents=True, exist_ok=True)
        stamp = checkpoint["made_at"].replace(":", "").replace("-", "")[:15]
        out = out / f"checkpoint-{checkpoint['seq']:010d}-{stamp}.json"
    if out.is_file() and not _is_checkpoint(out):  # e.g. --out the database itself: never overwrite it
        raise InputError(f"{out} 已存在且不是检查点文件，不覆盖；请写到一个文件夹（以 / 结尾）或新文件名")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with replacing(out) as tmp:  # a failed write leaves an earlier checkpoint as it was
            tmp.write_text(json.dumps(checkpoint, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"无法写入检查点 {out}：{exc.strerror}") from None
    return out


def _is_checkpoint(path: Path) -> bool:
    try:
        if path.stat().st_size > 1 << 20:
            return False
        cp = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(cp, dict) and "mac" in cp and "seq" in cp


def check_checkpoints(folder: Path, keyring: Keyring, heads: dict[int, str]) -> tuple[list[dict], int]:
    """Problems with the checkpoints in `folder` against the chain's hashes by seq; and how many were read."""
    if not folder.is_dir():
        raise InputError(f"找不到检查点文件夹 {folder}")
    problems, n = [], 0
    last = max(heads) if heads else 0
    for path in sorted(folder.glob("*.json")):
        n += 1
        try:
            cp = json.loads(path.read_text(encoding="utf-8"))
            payload = {k: v for k, v in cp.items() if k != "mac"}
            seq, mac = int(cp["seq"]), cp["mac"]
            key_id = str(cp["key_id"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            problems.append(zh.problem("checkpoint_unreadable", f"检查点 {path.name} 不是检查点文件"))
            continue
        want = keyring.mac(key_id, canonical(payload))
        if want is None:
            problems.append(zh.problem("checkpoint_key_unknown", f"检查点 {path.name} 所用的密钥 {key_id!r} 不在密钥文件中"))
        elif want != mac:
            problems.append(zh.problem("checkpoint_signature_mismatch", f"检查点 {path.name} 的签名不符（伪造或被改动）"))
            continue
        if seq not in heads:
            problems.append(zh.problem("checkpoint_event_missing", f"检查点 {path.name} 所记的第 {seq} 条审计记录不在审计链中"
                                       f"（审计链止于第 {last} 条：审计链被截断，记录被删除）"))
        elif heads[seq] != cp.get("hash"):
            problems.append(zh.problem("checkpoint_hash_differs", f"检查点 {path.name} 所记的第 {seq} 条审计记录的哈希已变"
                                       "（审计链被重写）"))
    return problems, n
