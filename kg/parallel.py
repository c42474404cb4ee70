"""Extraction on several processes for `KnowledgeGraph.ingest`: files go out in order and their
extractions come back in the same order, with a bounded number in flight so that memory stays flat."""

from __future__ import annotations

import multiprocessing
import pickle
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor

import loaders
from kg.build import build
from kg.errors import KGError
from kg.model import Extraction
from loaders.extraction import Extractor

Extracted = tuple[list[Extraction], str | None]  # the file's extractions, or why it was skipped


Metadata = Mapping[str, str | None] | None


def extract_file(path: loaders.Source, extractor: Extractor, metadata: Metadata = None) -> Extracted:
    """Load and extract one file or URL; a failure is returned as a reason naming it, never raised."""
    try:
        return [
            item if isinstance(item, Extraction) else build(item, extractor) for item in loaders.load(path, metadata)
        ], None
    except KGError as error:
        return [], str(error)
    except Exception as error:  # a loader bug must not stop the ingest; the file is named
        return [], f"{path}: unexpected {type(error).__name__}: {error}"


def extracted(
    paths: list[loaders.Source], workers: int, extractor: Extractor, metadata: Metadata = None, ahead: int = 4
) -> Iterator[tuple[loaders.Source, Extracted]]:
    """Each path with its extraction, in the order given; `workers` processes (1: in this process),
    at most `ahead` files per worker submitted before their results are taken. The extractor goes to
    the workers by pickling; one that cannot be pickled (it holds a connection) runs in this process."""
    if workers <= 1 or len(paths) <= 1 or not _picklable(extractor):
        for path in paths:
            yield path, extract_file(path, extractor, metadata)
        return
    # forkserver: workers start from a clean process, not a fork of one holding an open store
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.parallel"])
    pool = ProcessPoolExecutor(min(workers, len(paths)), mp_context=context)
    try:
        pending = iter(paths)
        window: deque[tuple[loaders.Source, Future[Extracted]]] = deque()
        for path in pending:
            window.append((path, pool.submit(extract_file, path, extractor, metadata)))
            if len(window) >= workers * ahead:
                break
        while window:
            path, future = window.popleft()
            result = future.result()
            following = next(pending, None)
            if following is not None:
                window.append((following, pool.submit(extract_file, following, extractor, metadata)))
            yield path, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _picklable(extractor: Extractor) -> bool:
    try:
        pickle.dumps(extractor)
    except Exception:  # an HTTP client, a lock, a model handle: each refuses in its own way
        return False
    return True
