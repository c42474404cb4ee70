"""The RDF view kept in step with the embedded store: ingest cost with the view followed per batch
(what an ingest small beside the store does) and with one rebuild at the end (what a large ingest
does), each against the same ingest without a view; SPARQL latency through a killable worker against the same query
in-process; how long a cartesian-product query runs past its time limit."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bench.generate import extractions
from bench.timing import percentiles_ms, ratio, seconds
from kg import KnowledgeGraph
from kg.errors import QueryTimeout

QUERY = "SELECT ?s ?o WHERE { ?s kg:invests-in ?o } LIMIT 100"
CUBE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _ingest(folder: Path, data: list[Any], follow: bool) -> tuple[float, KnowledgeGraph]:
    graph = KnowledgeGraph.open(folder)
    if not follow:
        graph.view.marker.write_text("bench: the view is not followed")
    elapsed = seconds(lambda: [graph.write(data[i : i + 32]) for i in range(0, len(data), 32)])
    return elapsed, graph


def run(quick: bool = False) -> dict[str, Any]:
    documents = 60 if quick else 400
    data = list(extractions(documents, 20, entities=1500, seed=33))
    rows: list[dict[str, Any]] = []
    values: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as work:
        plain, graph = _ingest(Path(work) / "plain", data, follow=False)
        rebuilt = plain + seconds(graph.reindex)
        graph.close()
        followed, graph = _ingest(Path(work) / "followed", data, follow=True)
        rows.append(
            {
                "case": f"ingest {documents} documents in batches of 32, view followed",
                "measured": f"{followed:.2f} s",
                "baseline": f"same ingest, no view: {plain:.2f} s",
                "ratio": ratio(followed, plain),
            }
        )
        rows.append(
            {
                "case": f"ingest {documents} documents in batches of 32, one view rebuild at the end",
                "measured": f"{rebuilt:.2f} s",
                "baseline": f"same ingest, no view: {plain:.2f} s",
                "ratio": ratio(rebuilt, plain),
            }
        )
        graph.sparql(QUERY)  # start a worker, take the first checkpoint
        in_process = percentiles_ms(lambda _i: graph.sparql(QUERY, timeout_ms=0), 50)
        worker = percentiles_ms(lambda _i: graph.sparql(QUERY, timeout_ms=10_000), 50)
        rows.append(
            {
                "case": "SPARQL 100-row SELECT with a time limit (worker process)",
                "measured": f"p50 {worker['p50']} ms, p99 {worker['p99']} ms",
                "baseline": f"same query without a limit, in-process: p50 {in_process['p50']} ms",
                "ratio": ratio(worker["p50"], in_process["p50"]),
            }
        )
        limit = 1000

        def stopped() -> None:
            try:
                graph.sparql(CUBE, timeout_ms=limit)
            except QueryTimeout:
                return
            raise AssertionError("the cartesian product finished")

        stop = seconds(stopped)
        rows.append(
            {
                "case": "cartesian product over all triples, limit 1000 ms",
                "measured": f"stopped after {stop * 1000:.0f} ms",
                "baseline": f"the limit: {limit} ms",
                "ratio": ratio(stop * 1000, limit),
            }
        )
        graph.close()
    values.update(plain_s=plain, followed_s=followed, rebuilt_s=rebuilt, in_process=in_process, worker=worker)
    values.update(stop_s=stop)
    return {"description": __doc__.replace("\n", " "), "rows": rows, "values": values}
