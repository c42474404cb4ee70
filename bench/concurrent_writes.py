"""Documents stored per second into one real Neo4j by 4 writer processes at once (each ingesting its own
extraction file, as on separate machines) beside 1 writer process ingesting all the files, in the same run
against the same server. The documents overlap heavily (150 organisations), so writers contend for the same
nodes; deadlocks and races retried are counted. The server and the writers share this machine's CPUs."""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generate import extractions
from bench.timing import ratio
from kg.graph import KnowledgeGraph
from kg.stores.neo4j_store import Neo4jStore
from loaders.extractions import extraction_line
from tests.neo4j_server import neo4j_server

WRITERS = 4


def write_parts(uri: str, parts: list[str], start: Any, results: Any) -> None:
    """One writer process: ingest extraction files; report its start and end times and the retries."""
    with KnowledgeGraph.open(uri) as graph:
        start.wait()
        began = time.perf_counter()
        report = graph.ingest(parts)
        ended = time.perf_counter()
        retried = dict(getattr(graph.store, "retried", {}))
    results.put((began, ended, report.documents, retried))


def run_writers(uri: str, shares: list[list[str]]) -> tuple[float, int, dict[str, int]]:
    """Wall time from the first writer's start to the last one's end, documents written, retries by code."""
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(len(shares)), spawn.Queue()
    processes = [spawn.Process(target=write_parts, args=(uri, share, start, results)) for share in shares]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=3600) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"a writer failed (exit code {process.exitcode})")
    retried: dict[str, int] = {}
    for *_, counts in outcomes:
        for code, count in counts.items():
            retried[code] = retried.get(code, 0) + count
    wall = max(o[1] for o in outcomes) - min(o[0] for o in outcomes)
    return wall, sum(o[2] for o in outcomes), retried


def run(quick: bool = False) -> dict[str, Any]:
    documents, per_document = (48, 10) if quick else (480, 10)
    data = list(extractions(documents, per_document, entities=150, seed=21))
    with tempfile.TemporaryDirectory() as work:
        parts = [Path(work) / f"part-{k}.extraction.jsonl" for k in range(1, WRITERS + 1)]
        for k, part in enumerate(parts):
            part.write_text("".join(extraction_line(e) + "\n" for e in data[k::WRITERS]))
        with neo4j_server(Path(work) / "neo4j") as uri:
            store = Neo4jStore(uri)
            warm = list(extractions(40, per_document, entities=150, seed=99))  # JIT and query plans
            store.write_many(warm)
            store.clear()
            one_s, one_docs, _ = run_writers(uri, [[str(p) for p in parts]])
            store.clear()
            many_s, many_docs, retried = run_writers(uri, [[str(p)] for p in parts])
            store.clear()
            store.close()
    assert one_docs == many_docs == documents
    one_rate, many_rate = documents / one_s, documents / many_s
    relations = documents * per_document
    rows = [
        {
            "case": f"{WRITERS} writer processes, {documents} documents ({relations} relations)",
            "measured": f"{many_rate:.1f} documents/s ({relations / many_s:.0f} relations/s)",
            "baseline": f"{one_rate:.1f} documents/s ({relations / one_s:.0f} relations/s), one writer",
            "ratio": ratio(many_rate, one_rate),
        }
    ]
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {"documents": documents, "one_writer_s": one_s, "writers_s": many_s, "retried": retried},
    }
