"""Extraction on several processes for `KnowledgeGraph.ingest`: files go out in order and their
extractions come back in the same order, with a bounded number in flight so that memory stays flat."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import loaders
from kg.build import build
from kg.errors import KGError
from kg.model import Extraction

Extracted = tuple[list[Extraction], str | None]  # the file's extractions, or why it was skipped


def extract_file(path: Path) -> Extracted:
    """Load and extract one file; a failure is returned as a reason naming the file, never raised."""
    try:
        return [item if isinstance(item, Extraction) else build(item) for item in loaders.load(path)], None
    except KGError as error:
        return [], str(error)
    except Exception as error:  # a loader bug must not stop the ingest; the file is named
        return [], f"{path}: unexpected {type(error).__name__}: {error}"


def extracted(paths: list[Path], workers: int, ahead: int = 4) -> Iterator[tuple[Path, Extracted]]:
    """Each path with its extraction, in the order given; `workers` processes (1: in this process),
    at most `ahead` files per worker submitted before their results are taken."""
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            yield path, extract_file(path)
        return
    # forkserver: workers start from a clean process, not a fork of one holding an open store
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.parallel"])
    pool = ProcessPoolExecutor(min(workers, len(paths)), mp_context=context)
    try:
        pending = iter(paths)
        window: deque[tuple[Path, Future[Extracted]]] = deque()
        for path in pending:
            window.append((path, pool.submit(extract_file, path)))
            if len(window) >= workers * ahead:
                break
        while window:
            path, future = window.popleft()
            result = future.result()
            following = next(pending, None)
            if following is not None:
                window.append((following, pool.submit(extract_file, following)))
            yield path, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
