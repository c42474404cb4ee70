"""Resident memory of this process and its descendants (extraction workers), sampled over time."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:  # the process ended meanwhile
            continue
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


_RESERVED_KB = 1 << 30  # a mapping of a TiB or more: what LadybugDB reserves for its page cache


def rss_mb(pid: int | None = None) -> float:
    """RSS of one process, in MiB."""
    return _rss_kb(pid or os.getpid()) / 1024


def page_cache_mb(pid: int | None = None) -> float:
    """The resident part of the embedded engine's page cache in a process, in MiB: LadybugDB reserves its
    buffer pool as one anonymous virtual region of terabytes, whose frames count in RSS once used (the
    region's `Rss` in /proc/PID/smaps). 0 when there is none."""
    total, size = 0, 0
    try:
        lines = Path(f"/proc/{pid or os.getpid()}/smaps").read_text().splitlines()
    except OSError:
        return 0.0
    for line in lines:
        head = line.split(maxsplit=1)[0]
        if "-" in head and not head.endswith(":"):  # a mapping's first line: start-end perms ...
            start, end = head.split("-")
            size = (int(end, 16) - int(start, 16)) // 1024
        elif head == "Rss:" and size >= _RESERVED_KB:
            total += int(line.split()[1])
    return total / 1024


def tree_rss_mb(pid: int | None = None) -> float:
    """RSS of a process and all its descendants, in MiB (Linux /proc)."""
    total, stack = 0, [pid or os.getpid()]
    while stack:
        current = stack.pop()
        total += _rss_kb(current)
        stack += _children(current)
    return total / 1024


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


class PeakRss:
    """`with PeakRss() as peak: ...` then `peak.mb`: the highest tree RSS seen, sampled every `interval` s.
    With `split=True` also `peak.beyond_cache_mb`: the highest tree RSS less this process's page cache at the
    same moment (reading smaps costs ~10 ms, so sample at 0.25 s or more). `window()` gives both peaks
    since its last call and starts a new window."""

    def __init__(self, interval: float = 0.1, split: bool = False):
        self.interval, self.split, self.mb, self.beyond_cache_mb = interval, split, 0.0, 0.0
        self._window = [0.0, 0.0]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def window(self) -> tuple[float, float]:
        """(peak RSS, peak beyond the page cache) since the last call, in MiB."""
        peaks, self._window = self._window, [0.0, 0.0]
        return peaks[0], peaks[1]

    def _take(self) -> None:
        tree = tree_rss_mb()
        beyond = tree - page_cache_mb() if self.split else 0.0
        self.mb, self.beyond_cache_mb = max(self.mb, tree), max(self.beyond_cache_mb, beyond)
        self._window = [max(self._window[0], tree), max(self._window[1], beyond)]

    def _sample(self) -> None:
        while True:
            self._take()
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
        self._take()
