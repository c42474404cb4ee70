"""A query's time limit as one thread that interrupts the connection at the deadline.

LadybugDB's own per-connection query timeout costs about 0.09 ms on every query run while it is set (a
1-hop query is ~0.3 ms); arming this watchdog costs a few microseconds. The engine stops an interrupted
query where it next checks, as it does for its own timeout.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Watchdog:
    """Calls `interrupt` once a query armed with a limit runs past it; `disarm` says whether it did."""

    def __init__(self, interrupt: Callable[[], None]):
        self._interrupt = interrupt
        self._wake = threading.Condition()
        self._deadline: float | None = None
        self._fired = False
        self._stopped = False
        self._thread: threading.Thread | None = None

    def arm(self, timeout_ms: int) -> None:
        with self._wake:
            self._deadline = time.monotonic() + timeout_ms / 1000
            self._fired = False
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="kg-query-watchdog", daemon=True)
                self._thread.start()
            self._wake.notify()

    def disarm(self) -> bool:
        """Stop watching the query; True if it was interrupted for running over its limit."""
        with self._wake:
            self._deadline = None
            fired, self._fired = self._fired, False
            return fired

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join()

    def _watch(self) -> None:
        with self._wake:
            while not self._stopped:
                if self._deadline is None:
                    self._wake.wait()
                    continue
                remaining = self._deadline - time.monotonic()
                if remaining > 0:
                    self._wake.wait(remaining)
                    continue
                self._interrupt()
                self._fired, self._deadline = True, None
