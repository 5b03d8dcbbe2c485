"""The keyed audit chain: the shared zhengce.programs.core.audit."""

from zhengce.programs.core.audit import (EVENT_COLUMNS, GENESIS, append, canonical, event_hash,  # noqa: F401
                                         events, last_event, outcome_of, record_mac, request_hash)
