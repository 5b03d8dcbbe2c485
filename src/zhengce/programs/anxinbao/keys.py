"""The 安心宝 ledger's keys (<ZHENGCE_HOME>/anxinbao-ledger.keys or $ZHENGCE_LEDGER_KEY_FILE): the shared
keyring of zhengce.programs.core.keys under this program's name."""

from pathlib import Path

from zhengce.programs.core import keys as _core
from zhengce.programs.core.keys import KEY_FILE_ENV  # noqa: F401

PROGRAM = "anxinbao"


def key_file() -> Path:
    return _core.key_file(PROGRAM)


class Keyring(_core.Keyring):
    @classmethod
    def load(cls, path: Path | None = None, *, create: bool = True, program: str = PROGRAM) -> "Keyring":
        return super().load(path, create=create, program=program)
