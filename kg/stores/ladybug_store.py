"""The embedded default store: LadybugDB (a maintained Kuzu fork) in a local folder.

Schema from the ontology: one node table per entity class, one relationship table per relation
type (Neo4j type names, e.g. INVESTS_IN), Document and Evidence node tables, and MENTIONS edges
from documents to the entities they name. The write and read logic is CypherStore's.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import ladybug

import ontology
from kg.errors import QueryError, StoreError
from kg.model import Evidence, Extraction

from .cypher_store import CypherStore, _evidence
from .evidence_index import EvidenceIndex
from .protocol import CypherResult, WriteSummary

_BUFFER_POOL = 256 * 1024 * 1024
_ENTITY_PROPS = "id STRING PRIMARY KEY, name STRING, aliases STRING[], wikidata STRING"
_RELATION_PROPS = (
    "id STRING, relation STRING, modality STRING, confidence DOUBLE, qualifiers STRING, "
    "evidence_count INT64, documents STRING[]"
)


def schema_statements() -> list[str]:
    """DDL for the whole store, generated from the ontology."""
    onto = ontology.load()
    statements = [f"CREATE NODE TABLE IF NOT EXISTS {cls}({_ENTITY_PROPS})" for cls in onto.classes]
    statements.append(
        "CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, title STRING, uri STRING, "
        "published STRING, language STRING, format STRING, text STRING, metadata STRING)"
    )
    statements.append(
        "CREATE NODE TABLE IF NOT EXISTS Evidence(id STRING PRIMARY KEY, relation_id STRING, relation STRING, "
        "subject_type STRING, subject_id STRING, object_type STRING, object_id STRING, document STRING, "
        "text STRING, start_offset INT64, end_offset INT64, subject_start INT64, subject_end INT64, "
        "object_start INT64, object_end INT64, extractor STRING, modality STRING, confidence DOUBLE, "
        "qualifiers STRING)"
    )
    mentions = ", ".join(f"FROM Document TO {cls}" for cls in onto.classes)
    statements.append(f"CREATE REL TABLE IF NOT EXISTS MENTIONS({mentions}, count INT64)")
    for rel in onto.relations.values():
        pairs = ", ".join(f"FROM {d} TO {r}" for d in rel.domain for r in rel.range)
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel.neo4j_type}({pairs}, {_RELATION_PROPS})")
    return statements


class LadybugStore(CypherStore):
    """Store protocol over a LadybugDB database folder."""

    entity_label = ":".join(ontology.load().classes)  # Kuzu reads (n:A:B) as "a node of table A or B"

    def merged_aliases(self, current: str, new: str) -> str:
        return f"list_distinct(list_concat({current}, {new}))"

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.uri = str(path)
        folder = Path(path)
        if folder.exists() and folder.is_file():
            raise StoreError(f"{folder}: is a file, expected a store folder")
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(str(folder / "graph.lbug"), buffer_pool_size=_BUFFER_POOL, read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as error:
            raise StoreError(f"{folder}: cannot open the store ({error})") from error
        self._lock = threading.RLock()
        self._generation = 0  # bumped by every write transaction
        self._evidence = EvidenceIndex()
        if not read_only:
            for statement in schema_statements():
                self._conn.execute(statement)

    # -- low level ---------------------------------------------------------------------------------
    def _rows(self, query: str, parameters: dict[str, Any] | None = None) -> list[list[Any]]:
        result = self._conn.execute(query, parameters or {})
        rows = result.get_all() if not isinstance(result, list) else result[-1].get_all()
        return [list(r) for r in rows]

    @contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator[None]:
        with self._lock:
            if not read_only:
                self._generation += 1
            self._conn.execute("BEGIN TRANSACTION READ ONLY" if read_only else "BEGIN TRANSACTION")
            try:
                yield
            except BaseException:
                with suppress(RuntimeError):  # the engine may have rolled back already
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- evidence by relation --------------------------------------------------------------------
    # LadybugDB has no index on Evidence.relation_id: a filtered scan of every Evidence node cost ~100 ms
    # at 100k relations. So the evidence ids of each relation are kept in memory (one process owns the
    # store folder). Every write transaction bumps `_generation`; write_many and delete_document bring
    # the index up to date themselves, any other write (Cypher --write) leaves it to be rebuilt by one
    # scan on the next read.
    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary]:
        with self._lock:
            current = self._evidence.generation == self._generation
            summaries = super().write_many(extractions)
            if current:
                latest = {e.document.id: e for e in extractions}
                for summary in summaries:
                    if summary.unchanged:
                        continue
                    self._evidence.forget_document(summary.document)
                    for relation in latest[summary.document].relations:
                        for evidence in relation.evidence:
                            row = self._evidence_row(relation, evidence)
                            self._evidence.add(row["relation_id"], row["id"], row["document"])
                self._evidence.generation = self._generation
        return summaries

    def delete_document(self, document_id: str) -> bool:
        with self._lock:
            current = self._evidence.generation == self._generation
            deleted = super().delete_document(document_id)
            if current:
                self._evidence.forget_document(document_id)
                self._evidence.generation = self._generation
        return deleted

    def _evidence_for(self, relation_ids: list[str]) -> dict[str, list[Evidence]]:
        """Evidence by primary key, through the in-memory index."""
        if self._evidence.generation != self._generation:
            rows = self._rows("MATCH (e:Evidence) RETURN e.relation_id, e.id, e.document")
            self._evidence.load(rows, self._generation)
        found: dict[str, list[Evidence]] = defaultdict(list)
        keys = self._evidence.evidence_ids(relation_ids)
        if keys:
            for (node,) in self._rows("UNWIND $ids AS i MATCH (e:Evidence {id: i}) RETURN e", {"ids": keys}):
                found[node["relation_id"]].append(_evidence(node))
        for items in found.values():
            items.sort(key=lambda item: (item.document, item.start))
        return found

    def cypher(
        self,
        query: str,
        parameters: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_ms: int | None = None,
    ) -> CypherResult:
        with self._lock:
            self._conn.set_query_timeout(timeout_ms or 0)
            try:
                with self._transaction(read_only=not write):
                    result = self._conn.execute(query, parameters or {})
                    if isinstance(result, list):
                        result = result[-1]
                    columns = list(result.get_column_names())
                    rows = [[_plain(value) for value in row] for row in result.get_all()]
            except (RuntimeError, TypeError, ValueError) as error:
                message = str(error)
                if "read-only transaction" in message:
                    message = "writes are refused: this query endpoint is read-only (" + message + ")"
                raise QueryError(message) from error
            finally:
                self._conn.set_query_timeout(0)
        return CypherResult(columns, rows)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self._db.close()


def _plain(value: Any) -> Any:
    """Engine values as JSON-ready data: nodes and relationships become dicts of their properties."""
    if isinstance(value, dict):
        if "_LABEL" in value and "_SRC" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            return {"kind": "relationship", "type": value["_LABEL"], "properties": props}
        if "_LABEL" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            return {"kind": "node", "label": value["_LABEL"], "properties": props}
        if "_nodes" in value:
            return {
                "kind": "path",
                "nodes": [_plain(n) for n in value["_nodes"]],
                "relationships": [_plain(r) for r in value.get("_rels", [])],
            }
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
