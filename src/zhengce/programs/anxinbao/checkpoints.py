"""Signed checkpoints of the 安心宝 audit chain: the shared zhengce.programs.core.checkpoints."""

from zhengce.programs.core.checkpoints import FORMAT, check_checkpoints, make_checkpoint, write_checkpoint  # noqa: F401
