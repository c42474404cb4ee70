"""The embedded default store: LadybugDB (a maintained Kuzu fork) in a local folder.

Schema from the ontology: one node table per entity class, one relationship table per relation
type (Neo4j type names, e.g. INVESTS_IN), Document and Evidence node tables, and MENTIONS edges
from documents to the entities they name. The write and read logic is CypherStore's.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import queue
import re
import tempfile
import threading
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from functools import cache
from pathlib import Path
from typing import Any

import ladybug

import ontology
from kg.errors import QueryError, QueryTimeout, StoreError
from kg.model import Document, Extraction, Relation
from kg.settings import get_settings

from . import bulk
from .cypher_store import EDGE_BY_ID, CypherStore, EdgeKey, _check_page_size
from .protocol import CypherResult, RelationFilter, WriteSummary
from .watchdog import Watchdog

_MIB = 1024 * 1024
_COMMITTED = "Transaction committed successfully, but the post-commit checkpoint failed"


def return_freed_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim, ~0.03 ms): what the engine
    freed otherwise stays in the process, split among the allocator's arenas. A no-op elsewhere."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Any:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc
        return None


class StoreWarning(UserWarning):
    """Something the store recovered from on its own, worth a look (e.g. a checkpoint that failed)."""


class _Copier:
    """Runs COPY statements on a thread of its own, in the order given, while the caller prepares the
    next parts: the engine releases the GIL, so the Python work and the engine's overlap (a bulk load
    of 100k relations: 4.5 -> 3.1 s here). After an error it skips the rest, and says so at `copy` and
    `close`."""

    def __init__(self, connection: ladybug.Connection):
        self._connection = connection
        self._statements: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-bulk-copy", daemon=True)
        self._thread.start()

    def copy(self, statement: str) -> None:
        if self._error is not None:
            raise self._error
        self._statements.put(statement)

    def close(self, report: bool = True) -> None:
        """Wait for every statement given (or the first error), then raise that error if `report`."""
        self._statements.put(None)
        self._thread.join()
        if report and self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (statement := self._statements.get()) is not None:
            if self._error is None:
                try:
                    self._connection.execute(statement)
                except BaseException as error:  # handed to the preparing thread
                    self._error = error


_BULK_BUFFER_POOL = 1024 * _MIB  # at least: COPY holds a part's rows and the hash index it builds


def _buffer_pool() -> int:
    """KG_BUFFER_POOL_MB in bytes: the engine's page cache, which a checkpoint of a large store needs."""
    return get_settings().buffer_pool_mb * _MIB


_ENTITY_PROPS = "id STRING PRIMARY KEY, name STRING, aliases STRING[], wikidata STRING"
_RELATION_PROPS = (
    "id STRING, relation STRING, modality STRING, confidence DOUBLE, qualifiers STRING, "
    "evidence_count INT64, documents STRING[], evidence_ids STRING[]"
)


_FILL_DOCUMENT_URIS = (
    "MATCH (d:Document) WHERE d.uri IS NOT NULL MERGE (v:DocumentUri {uri: d.uri}) SET v.document = d.id"
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
        "qualifiers STRING, page INT64)"
    )
    # a document by its source URI (the engine indexes primary keys only): the current version of each URI
    statements.append("CREATE NODE TABLE IF NOT EXISTS DocumentUri(uri STRING PRIMARY KEY, document STRING)")
    mentions = ", ".join(f"FROM Document TO {cls}" for cls in onto.classes)
    statements.append(f"CREATE REL TABLE IF NOT EXISTS MENTIONS({mentions}, count INT64)")
    for rel in onto.relations.values():
        pairs = ", ".join(f"FROM {d} TO {r}" for d in rel.domain for r in rel.range)
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel.neo4j_type}({pairs}, {_RELATION_PROPS})")
    return statements


class LadybugStore(CypherStore):
    """Store protocol over a LadybugDB database folder."""

    entity_label = ":".join(ontology.load().classes)  # Kuzu reads (n:A:B) as "a node of table A or B"

    create_verb = "CREATE"  # one writer: the lock on the folder, and one connection under self._lock

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.uri = str(path)
        folder = Path(path)
        if folder.exists() and folder.is_file():
            raise StoreError(f"{folder}: is a file, expected a store folder")
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self._open(folder / "graph.lbug", read_only)
        except RuntimeError as error:
            raise StoreError(f"{folder}: cannot open the store ({error})") from error
        self._lock = threading.RLock()
        self._read_only = read_only
        self._watchdog = Watchdog(lambda: self._conn.interrupt())
        if not read_only:
            for statement in schema_statements():
                self._conn.execute(statement)
            self._add_evidence_ids()
            self._add_evidence_page()
            self._add_document_uris()

    def _add_document_uris(self) -> None:
        """Stores made before DocumentUri: fill it from the documents (once: it is empty only then)."""
        if not self._rows("MATCH (v:DocumentUri) RETURN v.uri LIMIT 1"):
            with self._transaction():
                self._rows(_FILL_DOCUMENT_URIS)

    def _versions(self, uris: list[str]) -> dict[str, list[str]]:
        rows = self._rows("UNWIND $uris AS u MATCH (v:DocumentUri {uri: u}) RETURN v.uri, v.document", {"uris": uris})
        return {uri: [document] for uri, document in rows}

    def _record_uris(self, documents: list[Document]) -> None:
        rows = [{"uri": d.uri, "id": d.id} for d in documents if d.uri]
        if rows:
            self._rows(
                "UNWIND $rows AS row MERGE (v:DocumentUri {uri: row.uri}) SET v.document = row.id", {"rows": rows}
            )

    def _forget_uris(self, document_ids: list[str]) -> None:
        uris = [
            r[0]
            for r in self._rows(
                "UNWIND $ids AS i MATCH (d:Document {id: i}) WHERE d.uri IS NOT NULL RETURN d.uri",
                {"ids": document_ids},
            )
        ]
        if uris:
            self._rows(
                "UNWIND $uris AS u MATCH (v:DocumentUri {uri: u}) WHERE v.document IN $ids DELETE v",
                {"uris": uris, "ids": document_ids},
            )

    def _add_evidence_page(self) -> None:
        """Stores made before evidence held its page: add the column (-1: no page, as the spans mark it)."""
        if "page" not in {row[1] for row in self._rows("CALL table_info('Evidence') RETURN *")}:
            with self._transaction():
                self._rows("ALTER TABLE Evidence ADD page INT64 DEFAULT -1")

    def _add_evidence_ids(self) -> None:
        """Stores made before relations held `evidence_ids`: add the column and fill it from the evidence."""
        for rel in ontology.load().relations.values():
            columns = {row[1] for row in self._rows(f"CALL table_info('{rel.neo4j_type}') RETURN *")}
            if "evidence_ids" in columns:
                continue
            with self._transaction():
                self._rows(f"ALTER TABLE {rel.neo4j_type} ADD evidence_ids STRING[]")
                self._rows(
                    "MATCH (e:Evidence) WITH e.relation_id AS rid, list_sort(collect(e.id)) AS ids "
                    f"MATCH ()-[r:{rel.neo4j_type}]->() WHERE r.id = rid SET r.evidence_ids = ids"
                )

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary]:
        """CypherStore.write_many, then the C heap's free pages go back to the system: what a batch's
        transaction freed otherwise stays in the process (a 16k-article ingest grew 107 MiB beyond the page
        cache without it, 64 MiB with it; docs/performance.md)."""
        summaries = super().write_many(extractions)
        return_freed_memory()
        return summaries

    def _reopen(self) -> None:
        self._conn.close()
        self._db.close()
        return_freed_memory()
        try:
            self._open(self._database, read_only=False)
        except RuntimeError as error:
            raise StoreError(
                f"{self.uri}: cannot reopen the store after a failed checkpoint ({error}); what was committed "
                f"is in its log: open it again with a larger KG_BUFFER_POOL_MB ({get_settings().buffer_pool_mb} now)"
            ) from error

    def _open(self, database: Path, read_only: bool) -> None:
        self._database = database
        # a checkpoint's cost grows with the store, and the engine's default threshold made one at nearly
        # every batch: KG_CHECKPOINT_MB of log between checkpoints halved the write time at 60k relations
        self._db = ladybug.Database(
            str(database),
            buffer_pool_size=_buffer_pool(),
            read_only=read_only,
            checkpoint_threshold=get_settings().checkpoint_mb * _MIB,
        )
        self._conn = ladybug.Connection(self._db)
        # handing a point lookup to the engine's worker threads costs more than running it (a 1-hop query at
        # 1M relations: 0.33 ms on 2 threads, 0.15 on 1); scans gain at most 1.4x from more threads
        threads = get_settings().query_threads
        self._conn.set_max_threads_for_exec(threads if threads > 0 else os.cpu_count() or 1)

    # -- bulk load: a new database file, filled by COPY, replaces the empty one ------------------------
    def bulk_load(self, extractions: Iterable[Extraction]) -> list[WriteSummary]:
        """Store many documents in an empty store at once (COPY FROM Parquet, see kg/stores/bulk.py).

        All or nothing: the data is loaded into a database file of its own, which replaces the store's
        only when complete; the store is left as it was on any error. Refused on a store that holds
        anything (use write_many there)."""
        with self._lock:
            if self._read_only:
                raise StoreError(f"{self.uri}: the store is open read-only")
            if (
                self._rows(f"MATCH (n:{self.entity_label}) RETURN count(n)")[0][0]
                or self._rows("MATCH (d:Document) RETURN count(d)")[0][0]
            ):
                raise StoreError(f"{self.uri}: a bulk load needs an empty store; ingest into this one instead")
            target = Path(self.uri) / "graph.lbug"
            staging = Path(self.uri) / "graph.lbug.bulk"
            with tempfile.TemporaryDirectory(prefix="kg-bulk-", dir=self.uri) as work:
                for leftover in (staging, Path(f"{staging}.wal")):
                    leftover.unlink(missing_ok=True)  # from a load that was interrupted
                # no checkpoint after each COPY: the file is checkpointed once, when closed complete
                database = ladybug.Database(
                    str(staging), buffer_pool_size=max(_BULK_BUFFER_POOL, _buffer_pool()), auto_checkpoint=False
                )
                try:
                    connection = ladybug.Connection(database)
                    for statement in schema_statements():
                        connection.execute(statement)
                    copier = _Copier(connection)
                    try:
                        prepared = bulk.prepare(extractions, Path(work), copier.copy)
                    except BaseException:
                        copier.close(report=False)
                        raise
                    copier.close()
                    connection.execute(_FILL_DOCUMENT_URIS)
                    connection.execute("CHECKPOINT")
                    connection.close()
                    database.close()
                except BaseException:
                    database.close()
                    staging.unlink(missing_ok=True)
                    Path(f"{staging}.wal").unlink(missing_ok=True)
                    raise
            self._conn.close()
            self._db.close()
            Path(f"{target}.wal").unlink(missing_ok=True)
            staging.replace(target)  # atomic: the old (empty) store or the loaded one, never half of it
            self._open(target, read_only=False)
        # later versions of documents in the load replace them the usual way, and are reported after them
        return prepared.summaries + (self.write_many(prepared.repeated) if prepared.repeated else [])

    # -- bulk writes: rows packed into strings ------------------------------------------------------
    # The engine takes a list of plain strings ~50x faster than a list of structs (the binding converts
    # nested Python values one by one), so new nodes and edges travel as one string a row, split again
    # in Cypher. Rows that cannot be packed (a value holding a separator) take the generic path.
    def _create_nodes(self, labels: str, rows: list[dict[str, Any]]) -> None:
        packed = _pack(rows) if rows else None
        if packed is None:
            super()._create_nodes(labels, rows)
            return
        lines, fields = packed
        properties = ", ".join(f"{key}: {expression}" for key, expression in fields.items())
        self._rows(f"{_UNPACK} CREATE (n:{labels} {{{properties}}})", {"rows": lines})

    def _create_edges(self, rel_type: str, source: str, target: str, rows: list[dict[str, Any]]) -> None:
        packed = _pack(rows) if rows else None
        if packed is None or list(rows[0])[:2] != ["s", "o"]:
            super()._create_edges(rel_type, source, target, rows)
            return
        lines, fields = packed
        properties = ", ".join(f"{key}: {expression}" for key, expression in fields.items() if key not in ("s", "o"))
        self._rows(
            # UNWIND of the ids (not f[1] inline): the planner then looks the ends up by primary key
            f"{_UNPACK} UNWIND [f[1]] AS s UNWIND [f[2]] AS o "
            f"MATCH (a:{source} {{id: s}}) MATCH (b:{target} {{id: o}}) "
            f"CREATE (a)-[r:{rel_type} {{{properties}}}]->(b)",
            {"rows": lines},
        )

    # -- low level ---------------------------------------------------------------------------------
    def _rows(self, query: str, parameters: dict[str, Any] | None = None) -> list[list[Any]]:
        result = self._conn.execute(query, parameters or {})
        rows = result.get_all() if not isinstance(result, list) else result[-1].get_all()
        return [list(r) for r in rows]

    @contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator[None]:
        """A write transaction; a read is the lock alone. This process is the store's only writer and
        every query goes through one connection under the lock, so the queries of a read see no write
        in between: BEGIN and COMMIT (~0.5 ms a read) would buy nothing."""
        if read_only:
            with self._lock:
                yield
            return
        with self._explicit_transaction():
            yield

    @contextmanager
    def _explicit_transaction(self, read_only: bool = False) -> Iterator[None]:
        with self._lock:
            self._conn.execute("BEGIN TRANSACTION READ ONLY" if read_only else "BEGIN TRANSACTION")
            try:
                yield
            except BaseException as error:
                with suppress(RuntimeError):  # the engine may have rolled back already
                    self._conn.execute("ROLLBACK")
                if isinstance(error, RuntimeError) and "buffer pool is full" in str(error):
                    raise StoreError(
                        f"{self.uri}: the store ran out of its page cache (KG_BUFFER_POOL_MB="
                        f"{get_settings().buffer_pool_mb}); nothing of this write was stored. Raise it and retry"
                    ) from error
                raise
            try:
                self._conn.execute("COMMIT")
            except RuntimeError as error:
                if not str(error).startswith(_COMMITTED):
                    raise
                # durable in the write-ahead log. The engine is not trusted past this: a 100k-article
                # ingest crashed in it (segfault) on a later write, twice, so the database is reopened,
                # which replays the log and checkpoints with an empty page cache
                warnings.warn(f"{self.uri}: {error}; reopening the store", StoreWarning, stacklevel=3)
                self._reopen()

    # -- evidence by relation --------------------------------------------------------------------
    def _stored_evidence(self, edges: dict[str, EdgeKey], *, scan: bool = False) -> list[list[Any]]:
        """The stored evidence of these relations, by primary key from each edge's `evidence_ids`.

        LadybugDB has no index on Evidence.relation_id: a join on it scans every Evidence node, once per
        batch, which made writes slow down as the store grew. The edges are found from their ends' keys.
        A repair (`scan`) still joins on `relation_id`: it must see evidence that no edge lists."""
        if scan:
            return super()._stored_evidence(edges, scan=True)
        groups: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
        for rel_id, key in edges.items():
            group = key.tables
            groups[group].append({"s": key.subject_id, "o": key.object_id, "id": rel_id})
        listed: list[str] = []
        for (rel_type, source, target), rows in sorted(groups.items()):
            for (ids,) in self._rows(
                "UNWIND $rows AS row " + EDGE_BY_ID.format(rel_type, source, target) + "RETURN r.evidence_ids",
                {"rows": rows},
            ):
                listed += ids or ()
        if not listed:
            return []
        return self._rows(
            "UNWIND $ids AS i MATCH (e:Evidence {id: i}) "
            "RETURN e.relation_id, e.id, e.document, e.start_offset, e.confidence, e.qualifiers",
            {"ids": sorted(set(listed))},
        )

    def cypher(
        self,
        query: str,
        parameters: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_ms: int | None = None,
    ) -> CypherResult:
        # READ ONLY refuses writes, but BEGIN and COMMIT around a read cost ~0.3 ms, as much as a 1-hop
        # query: a query without a word that can write is a read, alone under the lock, without them
        guarded = write or _MAY_WRITE.search(query) is not None
        with self._lock:
            if timeout_ms:
                self._watchdog.arm(timeout_ms)
            try:
                with self._explicit_transaction(read_only=not write) if guarded else nullcontext():
                    result = self._conn.execute(query, parameters or {})
                    if isinstance(result, list):
                        result = result[-1]
                    columns = list(result.get_column_names())
                    rows = [[_plain(value) for value in row] for row in result.get_all()]
            except (RuntimeError, TypeError, ValueError) as error:
                if self._watchdog.disarm():
                    raise QueryTimeout(
                        f"Cypher query stopped: it ran over its time limit of {timeout_ms} ms "
                        "(KG_QUERY_TIMEOUT_MS, or --timeout-ms for `kg query cypher`)"
                    ) from error
                message = str(error)
                if "read-only transaction" in message:
                    message = "writes are refused: this query endpoint is read-only (" + message + ")"
                raise QueryError(message) from error
            finally:
                self._watchdog.disarm()
        return CypherResult(columns, rows)

    def iter_relations(self, where: RelationFilter, page_size: int = 1000) -> Iterator[Relation]:
        """Every relation matching `where`, a page at a time: per entity class, windows of source nodes by
        their internal offset, each about `page_size` relations (a page holds at least one node's).

        A window is a cheap filter here, where ORDER BY ... LIMIT on relationships sorts all of them again
        for every page. Order: class, source node, relation id. Each window is its own read transaction."""
        _check_page_size(page_size)
        clauses, params = self._scan_clauses(where)
        match = f"MATCH (a:{{}})-[r]->(b:{self.entity_label}) WHERE {' AND '.join(clauses)}"
        for cls in ontology.load().classes:
            with self._transaction(read_only=True):
                ((top, nodes),) = self._rows(f"MATCH (a:{cls}) RETURN max(offset(ID(a))), count(a)")
                ((edges,),) = self._rows(f"{match.format(cls)} RETURN count(r)", params)
            if not nodes or not edges:
                continue
            width = max(1, page_size * nodes // edges)
            for low in range(0, int(top) + 1, width):
                with self._transaction(read_only=True):
                    rows = self._rows(
                        f"{match.format(cls)} AND offset(ID(a)) >= $low AND offset(ID(a)) < $high "
                        f"RETURN {self._relation_columns()}, offset(ID(a))",
                        {**params, "low": low, "high": low + width},
                    )
                    rows.sort(key=lambda row: (row[-1], row[0]))
                    page = self._with_evidence(rows)
                yield from page

    def close(self) -> None:
        self._watchdog.stop()
        with self._lock:
            self._conn.close()
            self._db.close()


# every statement or function of the engine's Cypher that changes the database or its settings contains
# one of these words (matched anywhere in the text, string literals too: a false match only costs time)
_MAY_WRITE = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|UNINSTALL|ATTACH|USE|CALL|"
    r"EXPORT|IMPORT|BEGIN|COMMIT|ROLLBACK|CHECKPOINT|NEXTVAL|UPDATE)\b",
    re.IGNORECASE,
)

_FIELD, _ITEM, _EMPTY, _NULL = "\x1f", "\x1e", "\x1c", "\x1d"
_RESERVED = re.compile("[\x1c-\x1f]")
_UNPACK = f"UNWIND $rows AS line WITH string_split(line, '{_FIELD}') AS f"


def _pack(rows: list[dict[str, Any]]) -> tuple[list[str], dict[str, str]] | None:
    """Rows as one string each (fields joined by a control character) and, per key, the Cypher expression
    reading the field back from the split line `f`; None if a row does not fit: a value holding one of the
    control characters, a type other than str, int, float or list of str, a missing number.

    Empty strings and nulls get markers of their own, since string_split drops empty fields."""
    keys = list(rows[0])
    columns: list[list[str]] = []
    fields: dict[str, str] = {}
    for index, key in enumerate(keys, start=1):
        values = [row[key] for row in rows]
        kind = {type(v) for v in values if v is not None}
        cell = f"f[{index}]"
        if kind <= {str}:
            column = [_NULL if v is None else v or _EMPTY for v in values]
            fields[key] = f"CASE {cell} WHEN '{_EMPTY}' THEN '' WHEN '{_NULL}' THEN NULL ELSE {cell} END"
        elif kind in ({int}, {float}) and None not in values:
            column = [repr(v) for v in values]
            fields[key] = f"CAST({cell} AS {'INT64' if kind == {int} else 'DOUBLE'})"
        elif kind == {list} and all(isinstance(i, str) and i for v in values for i in v):
            column = [_ITEM.join(v) or _EMPTY for v in values]
            fields[key] = (
                f"CASE WHEN {cell} = '{_EMPTY}' THEN CAST([] AS STRING[]) ELSE string_split({cell}, '{_ITEM}') END"
            )
        else:
            return None
        if kind <= {str} and _RESERVED.search("".join(filter(None, values))):
            return None
        if kind == {list} and _RESERVED.search("".join(map("".join, values))):
            return None
        columns.append(column)
    return [_FIELD.join(line) for line in zip(*columns, strict=True)], fields


def _plain(value: Any) -> Any:
    """Engine values as JSON-ready data: nodes and relationships become dicts of their properties."""
    if isinstance(value, dict):
        # (a property that is null is absent, as in Neo4j, which stores no nulls: the same query gives the same
        # JSON on both, and a pattern over several tables does not list the columns of the others)
        if "_LABEL" in value and "_SRC" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_") and v is not None}
            return {"kind": "relationship", "type": value["_LABEL"], "properties": props}
        if "_LABEL" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_") and v is not None}
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
