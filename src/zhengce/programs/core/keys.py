"""The ledger's keys: HMAC-SHA256 keys held outside the database, each with an id, so they can be rotated.

The audit chain is keyed: an event's hash is HMAC(key, previous hash + event), so whoever can write the
database but not read the key file cannot rewrite history with recomputed hashes. Checkpoints of the
chain head are signed with the same keys (zhengce.programs.core.checkpoints).

Key file ($ZHENGCE_LEDGER_KEY_FILE, else <ZHENGCE_HOME>/<program>-ledger.keys, created 0600 on first use):
one key per line, `KEY_ID HEX` (at least 32 bytes); `#` starts a comment. New events are signed with the
LAST key; earlier keys stay to verify older events. Rotation: append a line, restart (docs/anxinbao.md).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from zhengce import rx as re
import secrets
from pathlib import Path

from zhengce.errors import InputError
from zhengce.paths import data_dir

KEY_FILE_ENV = "ZHENGCE_LEDGER_KEY_FILE"
_LINE = re.compile(r"^([A-Za-z0-9_.-]{1,32})\s+((?:[0-9a-fA-F]{2}){32,128})$")


def key_file(program: str = "book") -> Path:
    env = os.environ.get(KEY_FILE_ENV)
    return Path(env) if env else data_dir() / f"{program}-ledger.keys"


class Keyring:
    """Key ids → secrets; `active` signs new events and checkpoints."""

    def __init__(self, keys: dict[str, bytes], active: str, path: Path | None = None):
        if active not in keys:
            raise InputError("账本密钥环中缺少当前使用的密钥")
        self.keys, self.active, self.path = keys, active, path

    def mac(self, key_id: str, data: str) -> str | None:
        """HMAC-SHA256 hex of `data` under key `key_id`; None if that key is not in the ring."""
        key = self.keys.get(key_id)
        if key is None:
            return None
        return hmac.new(key, data.encode("utf-8"), hashlib.sha256).hexdigest()

    @classmethod
    def load(cls, path: Path | None = None, *, create: bool = True, program: str = "book") -> "Keyring":
        path = Path(path) if path else key_file(program)
        if not path.exists():
            if not create:
                raise InputError(f"找不到账本密钥文件 {path}（可用环境变量 {KEY_FILE_ENV} 指定）")
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as fh:
                    fh.write(f"# {program} ledger keys: KEY_ID HEX; the last line signs new events\n"
                             f"k1 {secrets.token_hex(32)}\n")
            except FileExistsError:  # another process created it first
                pass
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"无法读取账本密钥文件 {path}：{exc}") from None
        keys: dict[str, bytes] = {}
        active = None
        for n, line in enumerate(text.splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = _LINE.match(line)
            if not m:
                raise InputError(f"账本密钥文件 {path} 第 {n} 行：应写成“KEY_ID HEX”（HEX 为至少 64 位十六进制数字）")
            if m.group(1) in keys:
                raise InputError(f"账本密钥文件 {path} 第 {n} 行：密钥编号 {m.group(1)} 重复出现")
            keys[m.group(1)] = bytes.fromhex(m.group(2))
            active = m.group(1)
        if active is None:
            raise InputError(f"账本密钥文件 {path} 中没有密钥")
        return cls(keys, active, path)
