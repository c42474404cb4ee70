"""Relations written per second into a real Neo4j: the store's batched path (UNWIND ... MERGE, one
transaction per batch of 200 documents) beside a naive path (one transaction and round trip per relation), in
the same run against the same server; and the embedded LadybugDB store on the same data."""

from __future__ import annotations

import tempfile
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
    """The baseline: what a per-fact loader does, one MERGE statement and commit per relation."""
    onto = ontology.load()
    with store._driver.session() as session:
        for extraction in batch:
            for rel in extraction.relations:
                query = (
                    f"MERGE (a:Organization:Entity {{id: $s}}) ON CREATE SET a.name = $sn "
                    f"MERGE (b:Organization:Entity {{id: $o}}) ON CREATE SET b.name = $on "
                    f"MERGE (a)-[r:{onto.relations[rel.relation].neo4j_type} {{id: $id}}]->(b) "
                    "SET r.confidence = $c"
                )
                session.execute_write(
                    lambda tx, q=query, r=rel: tx.run(
                        q, s=r.subject.id, sn=r.subject.name, o=r.object.id, on=r.object.name, id=r.id, c=r.confidence
                    ).consume()
                )


def run(quick: bool = False) -> dict[str, Any]:
    documents, per_document = (40, 25) if quick else (400, 25)
    data = list(extractions(documents, per_document, entities=2000))
    naive_data = list(extractions(documents // 4, per_document, entities=2000, seed=12))
    relations, naive_relations = documents * per_document, len(naive_data) * per_document
    with tempfile.TemporaryDirectory() as work:
        with neo4j_server(Path(work) / "neo4j") as uri:
            store = Neo4jStore(uri)
            warm = list(extractions(40, per_document, entities=2000, seed=99))  # JIT and query plans, both paths
            store.write_many(warm[:20])
            naive_write(store, warm[20:22])
            store.clear()
            batched = seconds(lambda: [store.write_many(data[i : i + 200]) for i in range(0, len(data), 200)])
            store.clear()
            naive = seconds(lambda: naive_write(store, naive_data))
            store.close()
        embedded_store = LadybugStore(Path(work) / "embedded")
        embedded = seconds(lambda: [embedded_store.write_many(data[i : i + 200]) for i in range(0, len(data), 200)])
        embedded_store.close()
    batched_rate, naive_rate = relations / batched, naive_relations / naive
    embedded_rate = relations / embedded
    rows = [
        {
            "case": f"Neo4j batched, {relations} relations",
            "measured": f"{batched_rate:.0f} relations/s",
            "baseline": f"{naive_rate:.0f} relations/s (one transaction per relation)",
            "ratio": ratio(batched_rate, naive_rate),
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
            "batched_s": batched,
            "naive_relations": naive_relations,
            "naive_s": naive,
            "embedded_s": embedded,
        },
    }
