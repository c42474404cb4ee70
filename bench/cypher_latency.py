"""Cypher 1-hop and 2-hop latency on the same generated graph in the embedded store (LadybugDB) and
in Neo4j, beside a networkx baseline answering the same neighbourhood questions in memory."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from bench.generate import extractions
from bench.timing import percentiles_ms
from kg.stores.ladybug_store import LadybugStore
from kg.stores.neo4j_store import Neo4jStore
from tests.neo4j_server import neo4j_server

ONE_HOP = "MATCH (a:Organization {id: $id})-[r]->(b) RETURN b.id"
TWO_HOP = "MATCH (a:Organization {id: $id})-[r1]->(m)-[r2]->(c) RETURN count(DISTINCT c.id)"


def _load(store: Any, data: list[Any]) -> None:
    for start in range(0, len(data), 50):
        store.write_many(data[start : start + 50])


def run(quick: bool = False) -> dict[str, Any]:
    documents = 40 if quick else 400
    data = list(extractions(documents, 25, entities=2000, seed=21))
    graph = nx.MultiDiGraph()
    for extraction in data:
        for rel in extraction.relations:
            graph.add_edge(rel.subject.id, rel.object.id, key=rel.id)
    ids = sorted(graph.nodes)
    rng = random.Random(5)
    probes = [rng.choice(ids) for _ in range(200)]
    baseline_one = percentiles_ms(lambda i: list(graph.successors(probes[i])), len(probes))
    baseline_two = percentiles_ms(
        lambda i: len({c for m in graph.successors(probes[i]) for c in graph.successors(m)}), len(probes)
    )
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as work:
        embedded = LadybugStore(Path(work) / "embedded")
        _load(embedded, data)
        results["LadybugDB"] = _measure(embedded, probes)
        embedded.close()
        with neo4j_server(Path(work) / "neo4j") as uri:
            server = Neo4jStore(uri)
            server.clear()
            _load(server, data)
            results["Neo4j"] = _measure(server, probes)
            server.close()
    relations = documents * 25
    rows = []
    for backend, figures in results.items():
        for hop, baseline in (("1-hop", baseline_one), ("2-hop", baseline_two)):
            rows.append(
                {
                    "case": f"{backend} {hop}, {relations} relations",
                    "measured": f"p50 {figures[hop]['p50']} ms, p99 {figures[hop]['p99']} ms",
                    "baseline": f"networkx p50 {baseline['p50']} ms",
                    "ratio": round(figures[hop]["p50"] / baseline["p50"], 1) if baseline["p50"] else None,
                }
            )
    return {"description": __doc__.replace("\n", " "), "rows": rows, "values": results}


def _measure(store: Any, probes: list[str]) -> dict[str, dict[str, float]]:
    for probe in probes[:20]:  # warm caches and query plans
        store.cypher(ONE_HOP, {"id": probe})
        store.cypher(TWO_HOP, {"id": probe})
    return {
        "1-hop": percentiles_ms(lambda i: store.cypher(ONE_HOP, {"id": probes[i]}), len(probes)),
        "2-hop": percentiles_ms(lambda i: store.cypher(TWO_HOP, {"id": probes[i]}), len(probes)),
    }
