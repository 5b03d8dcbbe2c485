"""Fault injection for crash tests: the shared zhengce.programs.core.faults (ZHENGCE_ANXINBAO_FAULT works)."""

from zhengce.programs.core.faults import fault_point, set_hook  # noqa: F401
