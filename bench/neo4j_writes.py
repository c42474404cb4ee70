"""Relations written per second into a real Neo4j: the store's batched path (UNWIND ... MERGE, one
transaction per batch of 200 documents) beside a naive path (one transaction and round trip per relation,
writing the same facts), and beside a lighter naive path that writes only the entities and the edge, in the
same run against the same server after warming each path for the same time; and the embedded LadybugDB store
on the same data."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ontology
from bench.generate import extractions
from bench.timing import ratio, seconds
from kg.model import Extraction
from kg.stores.ladybug_store import LadybugStore
from kg.stores.neo4j_store import Neo4jStore
from tests.neo4j_server import neo4j_server


def naive_write(store: Neo4jStore, batch: list[Extraction]) -> None:
    """The baseline: what a per-fact loader does, one statement, transaction and round trip per relation. It
    writes what the batched path writes for the relation (its document, both entities and their mentions, the
    edge with its figures and the evidence node), with the same MERGE on the same keys and indexes."""
    onto = ontology.load()
    with store._driver.session() as session:
        for extraction in batch:
            for rel in extraction.relations:
                evidence = [store._evidence_row(rel, ev) for ev in rel.evidence]
                query = (
                    "MERGE (d:Document {id: $doc}) ON CREATE SET d.text = $text "
                    f"MERGE (a:{rel.subject.type}:Entity {{id: $s}}) ON CREATE SET a.name = $sn "
                    f"MERGE (b:{rel.object.type}:Entity {{id: $o}}) ON CREATE SET b.name = $on "
                    "MERGE (d)-[:MENTIONS]->(a) MERGE (d)-[:MENTIONS]->(b) "
                    f"MERGE (a)-[r:{onto.relations[rel.relation].neo4j_type} {{id: $id}}]->(b) "
                    "SET r.relation = $relation, r.modality = $modality, r.confidence = $c, "
                    "r.evidence_count = size($evidence), r.documents = [$doc], r.qualifiers = '{}' "
                    "WITH * UNWIND $evidence AS row MERGE (e:Evidence {id: row.id}) SET e += row"
                )
                parameters = {
                    "doc": extraction.document.id,
                    "text": extraction.document.text,
                    "s": rel.subject.id,
                    "sn": rel.subject.name,
                    "o": rel.object.id,
                    "on": rel.object.name,
                    "id": rel.id,
                    "relation": rel.relation,
                    "modality": str(rel.modality),
                    "c": rel.confidence,
                    "evidence": evidence,
                }
                session.execute_write(_run, query, parameters)


def _run(tx: Any, query: str, parameters: dict[str, Any]) -> None:
    tx.run(query, parameters).consume()


def edge_only_write(store: Neo4jStore, batch: list[Extraction]) -> None:
    """The earlier, lighter baseline: only the two entities and the edge, one transaction per relation."""
    onto = ontology.load()
    with store._driver.session() as session:
        for extraction in batch:
            for rel in extraction.relations:
                query = (
                    f"MERGE (a:{rel.subject.type}:Entity {{id: $s}}) ON CREATE SET a.name = $sn "
                    f"MERGE (b:{rel.object.type}:Entity {{id: $o}}) ON CREATE SET b.name = $on "
                    f"MERGE (a)-[r:{onto.relations[rel.relation].neo4j_type} {{id: $id}}]->(b) "
                    "SET r.confidence = $c"
                )
                parameters = {
                    "s": rel.subject.id,
                    "sn": rel.subject.name,
                    "o": rel.object.id,
                    "on": rel.object.name,
                    "id": rel.id,
                    "c": rel.confidence,
                }
                session.execute_write(_run, query, parameters)


WARM_S = 25.0


def _warm(store: Neo4jStore, action: Callable[[], object], budget_s: float) -> None:
    """Repeat `action` on a cleared store until `budget_s` seconds have gone."""
    start = time.perf_counter()
    while time.perf_counter() - start < budget_s:
        store.clear()
        action()


def run(quick: bool = False) -> dict[str, Any]:
    documents, per_document = (40, 25) if quick else (800, 25)
    data = list(extractions(documents, per_document, entities=2000))
    naive_data = list(extractions(60 if not quick else 10, per_document, entities=2000, seed=12))
    relations, naive_relations = documents * per_document, len(naive_data) * per_document
    warm = list(extractions(404, per_document, entities=2000, seed=99))
    warm_s = 3.0 if quick else WARM_S
    with tempfile.TemporaryDirectory() as work:
        with neo4j_server(Path(work) / "neo4j") as uri:
            store = Neo4jStore(uri)
            # a fresh server compiles (JIT) and plans as it goes: warm each path for the same time on other data
            warm_paths: list[Callable[[], object]] = [
                lambda: [store.write_many(warm[i : i + 200]) for i in range(0, 400, 200)],
                lambda: naive_write(store, warm[400:]),
                lambda: edge_only_write(store, warm[400:]),
            ]
            for action in warm_paths:
                _warm(store, action, warm_s)
            timings = {}
            paths: list[tuple[str, Callable[[], object]]] = [
                ("batched", lambda: [store.write_many(data[i : i + 200]) for i in range(0, len(data), 200)]),
                ("naive", lambda: naive_write(store, naive_data)),
                ("edge_only", lambda: edge_only_write(store, naive_data)),
            ]
            for name, action in paths:
                store.clear()
                timings[name] = seconds(action)
            store.close()
        embedded_store = LadybugStore(Path(work) / "embedded")
        embedded = seconds(lambda: [embedded_store.write_many(data[i : i + 200]) for i in range(0, len(data), 200)])
        embedded_store.close()
    batched_rate, naive_rate = relations / timings["batched"], naive_relations / timings["naive"]
    edge_only_rate, embedded_rate = naive_relations / timings["edge_only"], relations / embedded
    rows = [
        {
            "case": f"Neo4j batched, {relations} relations",
            "measured": f"{batched_rate:.0f} relations/s",
            "baseline": f"{naive_rate:.0f} relations/s (one transaction per relation, same facts)",
            "ratio": ratio(batched_rate, naive_rate),
        },
        {
            "case": f"Neo4j batched, {relations} relations",
            "measured": f"{batched_rate:.0f} relations/s",
            "baseline": f"{edge_only_rate:.0f} relations/s (one transaction per relation, entities and edge only)",
            "ratio": ratio(batched_rate, edge_only_rate),
        },
        {
            "case": f"LadybugDB embedded, {relations} relations",
            "measured": f"{embedded_rate:.0f} relations/s",
            "baseline": f"{batched_rate:.0f} relations/s (Neo4j batched)",
            "ratio": ratio(embedded_rate, batched_rate),
        },
    ]
    return {
        "description": __doc__.replace("\n", " "),
        "rows": rows,
        "values": {
            "relations": relations,
            "batched_s": timings["batched"],
            "naive_relations": naive_relations,
            "naive_s": timings["naive"],
            "edge_only_s": timings["edge_only"],
            "embedded_s": embedded,
        },
    }
