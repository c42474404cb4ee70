"""The Neo4j backend: the same store algorithm over the official driver, for graphs beyond one machine.

Entity nodes carry their class label and `Entity`; uniqueness constraints on ids, indexes on
names and on relationship ids. Every query is parameterised; labels and types come only from the
ontology. Each document is one managed transaction, retried by the driver on transient errors.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import ontology
from kg.errors import QueryError, QueryTimeout, StoreError
from kg.model import Extraction

from .cypher_store import CypherStore
from .protocol import CypherResult, WriteSummary

try:
    import neo4j
    from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable
    from neo4j.graph import Node, Path, Relationship
except ImportError:  # pragma: no cover - the neo4j extra is not installed
    neo4j = None  # type: ignore[assignment]

WRITE_ATTEMPTS = 8
# A concurrent writer stored the same document first: on a retry the document reads as already there.
RACE_CODES = {"Neo.ClientError.Schema.ConstraintValidationFailed"}


def schema_statements() -> list[str]:
    statements = [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX evidence_relation IF NOT EXISTS FOR (n:Evidence) ON (n.relation_id)",
        "CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.document)",
        "CREATE INDEX document_uri IF NOT EXISTS FOR (n:Document) ON (n.uri)",
    ]
    for cls in ontology.load().classes:
        statements.append(f"CREATE CONSTRAINT {cls.lower()}_id IF NOT EXISTS FOR (n:{cls}) REQUIRE n.id IS UNIQUE")
        statements.append(f"CREATE INDEX {cls.lower()}_name IF NOT EXISTS FOR (n:{cls}) ON (n.name)")
    for rel in ontology.load().relations.values():
        statements.append(
            f"CREATE INDEX {rel.neo4j_type.lower()}_id IF NOT EXISTS FOR ()-[r:{rel.neo4j_type}]-() ON (r.id)"
        )
    return statements


class Neo4jStore(CypherStore):
    """Store protocol over a Neo4j server reached by Bolt."""

    def __init__(self, uri: str, user: str | None = None, password: str | None = None, database: str | None = None):
        if neo4j is None:
            raise StoreError("the Neo4j backend needs the neo4j extra: pip install 'kg[neo4j]'")
        self.uri = uri
        self._database = database
        auth = (user, password or "") if user else None
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except (ServiceUnavailable, Neo4jError, ValueError, OSError) as error:
            raise StoreError(f"{uri}: cannot reach Neo4j ({error})") from error
        self._local = threading.local()
        self.retried: Counter[str] = Counter()  # error code -> batches retried (deadlocks, races, leader switches)
        try:
            with self._driver.session(database=database) as session:
                for statement in schema_statements():
                    session.run(statement).consume()
        except Neo4jError as error:  # e.g. a database the server does not have, a user without rights
            self._driver.close()
            where = f"database {database!r}" if database else "the default database"
            raise StoreError(f"{uri}: cannot use {where} ({error.message})") from error

    # -- backend hooks -----------------------------------------------------------------------------
    def label(self, variable: str) -> str:
        return f"[l IN labels({variable}) WHERE l <> 'Entity'][0]"

    def rel_type(self, variable: str) -> str:
        return f"type({variable})"

    def lower(self, expression: str) -> str:
        return f"toLower({expression})"

    def lists_overlap(self, list_expression: str, parameter: str) -> str:
        return f"any(x IN {list_expression} WHERE x IN {parameter})"

    def node_labels(self, label: str) -> str:
        return f"{label}:Entity"

    def _rows(self, query: str, parameters: dict[str, Any] | None = None) -> list[list[Any]]:
        tx = getattr(self._local, "tx", None)
        if tx is None:
            raise StoreError("internal: a Neo4j query outside a transaction")
        result = tx.run(query, parameters or {})
        return [[_properties(value) for value in record.values()] for record in result]

    @contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator[None]:
        if getattr(self._local, "tx", None) is not None:  # already inside one: join it
            yield
            return
        mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
        with self._driver.session(database=self._database, default_access_mode=mode) as session:
            tx = session.begin_transaction()
            self._local.tx = tx
            try:
                yield
            except BaseException:
                tx.rollback()
                raise
            else:
                tx.commit()
            finally:
                self._local.tx = None

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary]:
        """One transaction per batch, retried with a growing random pause on transient errors (deadlocks,
        leader switches) and on a uniqueness race with a concurrent writer of the same document."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return super().write_many(extractions)
            except (Neo4jError, DriverError) as error:
                code = error.code if isinstance(error, Neo4jError) else type(error).__name__
                if attempt == WRITE_ATTEMPTS - 1 or not (error.is_retryable() or code in RACE_CODES):
                    message = error.message if isinstance(error, Neo4jError) else str(error)
                    raise StoreError(f"{self.uri}: write failed ({message})") from error
                self.retried[code or "unknown"] += 1
                time.sleep(random.uniform(0, 0.02 * 2**attempt))
        raise AssertionError("unreachable")

    def cypher(
        self,
        query: str,
        parameters: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_ms: int | None = None,
    ) -> CypherResult:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        timeout = (timeout_ms / 1000) if timeout_ms else None
        try:
            with self._driver.session(database=self._database, default_access_mode=mode) as session:

                @neo4j.unit_of_work(timeout=timeout)
                def work(tx: Any) -> CypherResult:
                    result = tx.run(query, parameters or {})
                    columns = list(result.keys())
                    return CypherResult(columns, [[_plain(v) for v in record.values()] for record in result])

                runner = session.execute_write if write else session.execute_read
                return runner(work)
        except ClientError as error:
            message = error.message or str(error)
            if "TransactionTimedOut" in (error.code or ""):
                raise QueryTimeout(
                    f"Cypher query stopped: it ran over its time limit of {timeout_ms} ms ({message})"
                ) from error
            if "write" in message.lower() and "read" in message.lower():
                message = "writes are refused: this query endpoint is read-only (" + message + ")"
            raise QueryError(message) from error
        except Neo4jError as error:
            raise QueryError(error.message or str(error)) from error

    def clear(self) -> None:
        """Delete everything (tests and `kg sync` targets only)."""
        with self._driver.session(database=self._database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        self._driver.close()


def _properties(value: Any) -> Any:
    """Nodes and relationships as their property dicts (what CypherStore reads)."""
    if isinstance(value, Node | Relationship):
        return dict(value)
    if isinstance(value, list):
        return [_properties(v) for v in value]
    return value


def _plain(value: Any) -> Any:
    """Driver values as JSON-ready data, in the same shape as the embedded store gives."""
    if isinstance(value, Node):
        labels = [label for label in value.labels if label != "Entity"]
        return {"kind": "node", "label": labels[0] if labels else "", "properties": dict(value)}
    if isinstance(value, Relationship):
        return {"kind": "relationship", "type": value.type, "properties": dict(value)}
    if isinstance(value, Path):
        return {
            "kind": "path",
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
