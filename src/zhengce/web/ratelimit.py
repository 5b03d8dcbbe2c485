"""Login rate limiting: too many failed sign-ins from one address or for one account lock it out
for a while (in memory; one server process). Memory is bounded: at most `max_keys` addresses and
accounts are tracked, the least recently failed forgotten first."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from typing import Callable


class LoginLimiter:
    def __init__(self, max_failures: int = 5, window_seconds: float = 300.0,
                 clock: Callable[[], float] = time.monotonic, max_keys: int = 10_000):
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self.max_keys = max_keys
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._failures)

    def _prune(self, key: str, now: float) -> deque[float]:
        q = self._failures.get(key)
        if q is None:
            return deque()
        while q and now - q[0] > self.window:
            q.popleft()
        if not q:
            del self._failures[key]
        return q

    def retry_after(self, *keys: str) -> int:
        """Seconds until a sign-in may be tried again for any of `keys`; 0 when allowed now."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                q = self._prune(key, now)
                if len(q) >= self.max_failures:
                    wait = max(wait, self.window - (now - q[0]))
        return int(wait) + (1 if wait else 0)

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                q = self._prune(key, now)
                q.append(now)
                while len(q) > self.max_failures:
                    q.popleft()
                self._failures[key] = q
                self._failures.move_to_end(key)
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
