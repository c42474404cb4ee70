"""The RDF view kept on disk next to the store, updated with every write, and SPARQL over it with a time limit.

The embedded store keeps its view in `<store>/rdf` (a pyoxigraph RocksDB folder). A Neo4j store, which
other processes may also write, gets a view in a temporary folder, built on the first SPARQL query
and kept in step with the writes of this process only (`kg reindex` is then the same as reopening).

A marker file `rdf.stale` says the view cannot be trusted: it is written before each change of the
store and removed once the view has followed it, so a process killed in between leaves the marker,
and the view is rebuilt from the store before the next query (or by `kg reindex` / `kg check --repair`).

Queries run in worker processes (kg/sparql_worker.py) on a read-only snapshot of the view; a query
over its time limit is stopped by killing its worker.
"""

from __future__ import annotations

import itertools
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

import ontology
from kg import rdf, sparql_worker
from kg.errors import QueryError, QueryTimeout, StoreError
from kg.model import Document, Entity, Relation
from kg.settings import get_settings

WORKER = Path(sparql_worker.__file__)
STARTUP_SECONDS = 60
REBUILD_PART_QUADS = 200_000  # quads per bulk load while rebuilding the view


@dataclass
class ViewCounts:
    """What the view holds, for `kg check` and `kg reindex`."""

    statements: dict[str, int]  # relation id -> evidence nodes
    entities: set[str]  # entity IRIs
    documents: set[str]  # document IRIs
    triples: int


class RdfView:
    """The RDF view of one store: on disk in `folder`, or in a temporary folder when `folder` is None."""

    def __init__(self, folder: Path | None, workers: int = 2):
        self._temporary = tempfile.TemporaryDirectory(prefix="kg-rdf-") if folder is None else None
        base = Path(self._temporary.name) if self._temporary else folder
        assert base is not None
        self.path = base / "rdf"
        self.marker = base / "rdf.stale"
        if not self.path.exists():
            self._mark_stale()  # nothing built yet
        try:
            self.store = ox.Store(str(self.path))
        except OSError as error:
            reason = f"{self.path}: cannot open the RDF view ({error}); is another process using it?"
            raise StoreError(reason) from error
        self.generation = 0
        self.snapshots = base / "rdf-snapshots"  # read-only copies (hard links) that the workers query
        shutil.rmtree(self.snapshots, ignore_errors=True)
        self.snapshots.mkdir()
        self._snapshot: str | None = None
        self.lock = threading.RLock()
        self._workers = Workers(workers)

    @property
    def temporary(self) -> bool:
        """A per-process view (Neo4j), not kept with the store."""
        return self._temporary is not None

    @property
    def stale(self) -> bool:
        return self.marker.exists()

    def mark_stale(self) -> None:
        """Stop following writes until the next rebuild."""
        with self.lock:
            self._mark_stale()

    def _mark_stale(self) -> None:
        with open(self.marker, "w") as marker:
            marker.write("the RDF view is being updated; if this file stays, the view is rebuilt from the store\n")
            marker.flush()
            os.fsync(marker.fileno())

    @contextmanager
    def change(self) -> Iterator[bool]:
        """Around a change of the store: yields whether the view is in step and should follow the change.
        The view stays marked stale if the block raises (or the process dies in it)."""
        with self.lock:
            if self.stale:
                yield False
                return
            self._mark_stale()
            try:
                yield True
            finally:
                self.generation += 1
            self.marker.unlink()

    def apply(
        self,
        relation_ids: Iterable[str],
        relations: list[Relation],
        entity_ids: Iterable[str],
        entities_now: list[Entity],
        document_ids: Iterable[str],
        documents: list[Document],
    ) -> None:
        """Replace the triples of the given relations, entities and documents by those of their current
        state (`relations`, `entities`, `documents`: what the store holds now; ids not in them are gone)."""
        kg = str(ontology.KG)
        statements = " ".join(str(rdf.statement_iri(i)) for i in relation_ids)
        entities = " ".join(str(rdf.entity_iri(i)) for i in entity_ids)
        nodes = " ".join(str(rdf.document_iri(i)) for i in document_ids)
        predicates = " ".join(str(p) for p in rdf.entity_predicates())
        update = f"""
            DELETE {{ ?a ?r ?b }} WHERE {{
                VALUES ?st {{ {statements} }}
                ?st <{kg}modality> "asserted" ; <{kg}subject> ?a ; <{kg}relation> ?r ; <{kg}object> ?b }} ;
            DELETE {{ ?e ?p ?o }} WHERE {{ VALUES ?st {{ {statements} }} ?st <{kg}evidence> ?e . ?e ?p ?o }} ;
            DELETE {{ ?st ?p ?o }} WHERE {{ VALUES ?st {{ {statements} }} ?st ?p ?o }} ;
            DELETE {{ ?n ?p ?o }} WHERE {{ VALUES ?n {{ {entities} }} VALUES ?p {{ {predicates} }} ?n ?p ?o }} ;
            DELETE {{ ?n ?p ?o }} WHERE {{ VALUES ?n {{ {nodes} }} ?n ?p ?o }}
        """
        with self.lock:
            self.store.update(update)  # one transaction
            self.store.extend(list(rdf.view_quads(entities_now, relations, documents)))

    def rebuild(self, entities: Iterable[Entity], relations: Iterable[Relation], documents: Iterable[Document]) -> None:
        """Drop everything and load the ontology and the given graph (the annotations graph is kept)."""
        with self.lock:
            self._mark_stale()
            annotations = list(self.store.quads_for_pattern(None, None, None, rdf.ANNOTATIONS))
            self.store.clear()
            self.store.extend(annotations)
            self.store.load(ontology.load().turtle(), format=ox.RdfFormat.TURTLE)
            quads = rdf.view_quads(entities, relations, documents)
            # pyoxigraph's bulk loader buffers up to ~2 GB per thread before it writes: parts of a bounded
            # size keep a rebuild's memory flat (300k relations: +810 MB in one call, +168 MB in parts)
            for first in quads:  # each part streamed, never a list
                self.store.bulk_extend(itertools.chain([first], itertools.islice(quads, REBUILD_PART_QUADS - 1)))
            self.marker.unlink()
            self.generation += 1

    def annotate(self, update: str) -> int:
        """Run a SPARQL 1.1 Update that may change the annotations graph only; returns the quads it holds now.

        The update runs on a copy of the view (its WHERE clauses see the whole graph); only the annotations graph
        of the copy is taken back, so nothing the store derives can be changed this way."""
        with self.lock, tempfile.TemporaryDirectory(prefix="kg-annotate-") as work:
            copy_path = Path(work) / "view"
            self.store.backup(str(copy_path))
            others = len(self.store) - _graph_size(self.store, rdf.ANNOTATIONS)
            kept, changed, failure = _updated_annotations(copy_path, update)  # (the copy closed before its folder goes)
            if failure is not None:
                raise QueryError(f"SPARQL update: {failure}")
            if changed != others:
                raise QueryError(
                    f"SPARQL update: only the graph <{rdf.ANNOTATIONS.value}> may change; the view of the store is "
                    "derived from it (ingest or delete documents to change that)"
                )
            self.store.remove_graph(rdf.ANNOTATIONS)
            self.store.extend(kept)
            self.generation += 1
            return len(kept)

    def counts(self) -> ViewCounts:
        kg = str(ontology.KG)
        statements = {
            str(row["s"].value).rsplit("/", 1)[-1]: int(row["n"].value)
            for row in self.store.query(
                f"SELECT ?s (COUNT(?e) AS ?n) WHERE {{ ?s a <{kg}Statement> OPTIONAL {{ ?s <{kg}evidence> ?e }} }} "
                "GROUP BY ?s"
            )  # type: ignore[union-attr]
        }
        default = ox.DefaultGraph()  # (not the annotations graph: what users said is no part of the store's view)
        documents = {
            _iri(q.subject) for q in self.store.quads_for_pattern(None, rdf.RDF_TYPE, rdf.kg_term("Document"), default)
        }
        entities = {
            _iri(q.subject)
            for q in self.store.quads_for_pattern(None, rdf.RDF_TYPE, None, default)
            if _iri(q.subject).startswith(ontology.ENTITY_BASE)
        }
        return ViewCounts(statements, entities, documents, len(self.store))

    def query(self, query: str, accept: str, timeout_ms: int) -> tuple[bytes, str]:
        """Run a read query; `timeout_ms` 0 means no limit (then it runs in this process)."""
        if timeout_ms <= 0:
            try:
                return sparql_worker.execute(self.store, query, rdf.PREFIXES, accept)
            except SyntaxError as error:
                raise QueryError(f"SPARQL: {error} (updates are refused on this endpoint)") from error
            except OSError as error:
                raise QueryError(f"SPARQL: {error}") from error
        request = (self._current_snapshot(), self.generation, query, rdf.PREFIXES, accept)
        return self._workers.run(request, timeout_ms)

    def _current_snapshot(self) -> str:
        """A read-only checkpoint of the view as it is now (a RocksDB instance opened read-only next to a
        writer may find its files compacted away, a checkpoint is immutable); older ones no worker uses go."""
        with self.lock:
            current = str(self.snapshots / str(self.generation))
            if self._snapshot != current:
                self.store.backup(current)
                # the previous one too: a query may have been handed it and not reached its worker yet
                keep = {current, str(self._snapshot), *self._workers.in_use()}
                self._snapshot = current
                for old in self.snapshots.iterdir():
                    if str(old) not in keep:
                        shutil.rmtree(old, ignore_errors=True)
            return current

    def close(self) -> None:
        self._workers.close()
        del self.store
        shutil.rmtree(self.snapshots, ignore_errors=True)
        if self._temporary is not None:
            self._temporary.cleanup()


def _updated_annotations(path: Path, update: str) -> tuple[list[ox.Quad], int, str | None]:
    """Run `update` on the copy of the view at `path`: the annotations graph after it, the quads outside it, and
    the error the update met, if any (the copy is closed when this returns)."""
    copy = ox.Store(str(path))
    try:
        copy.update(update)
    except (SyntaxError, OSError) as error:
        return [], 0, str(error)
    kept = list(copy.quads_for_pattern(None, None, None, rdf.ANNOTATIONS))
    return kept, len(copy) - len(kept), None


def _graph_size(store: ox.Store, graph: ox.NamedNode) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


def _iri(term: ox.NamedNode | ox.BlankNode | ox.Triple) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


class Workers:
    """At most `size` SPARQL worker processes, started on demand and kept between queries."""

    def __init__(self, size: int):
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[_Worker] = []
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()

    def in_use(self) -> set[str]:
        """The snapshots the live workers have open."""
        with self._lock:
            return {w.snapshot for w in self._live if w.snapshot}

    def run(self, request: tuple[Any, ...], timeout_ms: int) -> tuple[bytes, str]:
        """The limit counts from the request: waiting for a free worker, not starting one."""
        if not self._slots.acquire(timeout=timeout_ms / 1000):
            raise QueryTimeout(f"SPARQL query not started within its time limit of {timeout_ms} ms: all workers busy")
        try:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            worker = worker or _Worker()
            with self._lock:
                self._live.add(worker)
            deadline = time.monotonic() + timeout_ms / 1000
            try:
                reply = worker.ask(request, deadline)
            except TimeoutError:
                self._discard(worker)
                raise QueryTimeout(
                    f"SPARQL query stopped: it ran over its time limit of {timeout_ms} ms "
                    "(KG_QUERY_TIMEOUT_MS, or --timeout-ms for `kg query sparql`)"
                ) from None
            except (EOFError, OSError) as error:
                self._discard(worker)
                raise QueryError(f"SPARQL worker failed: {error}") from error
            with self._lock:
                self._idle.append(worker)
        finally:
            self._slots.release()
        if reply[0] == "syntax":
            raise QueryError(f"SPARQL: {reply[1]} (updates are refused on this endpoint)")
        if reply[0] != "ok":
            raise QueryError(f"SPARQL: {reply[1]}")
        return reply[1], reply[2]

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._live.discard(worker)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._live.clear()
        for worker in idle:
            worker.stop()


class _Worker:
    def __init__(self) -> None:
        request_read, request_write = os.pipe()
        reply_read, reply_write = os.pipe()
        spin_us = get_settings().sparql_spin_us  # the worker polls as long as its caller does
        self.spin_seconds = spin_us / 1e6
        self.process = subprocess.Popen(
            [sys.executable, "-P", str(WORKER)],
            stdin=request_read,
            stdout=reply_write,
            close_fds=True,
            env={**os.environ, "KG_SPARQL_SPIN_US": str(spin_us)},
        )
        os.close(request_read)
        os.close(reply_write)
        self.requests = Connection(request_write, readable=False)
        self.replies = Connection(reply_read, writable=False)
        self.snapshot: str | None = None
        try:
            if not self.replies.poll(STARTUP_SECONDS):
                raise EOFError(f"no answer within {STARTUP_SECONDS} s")
            self.replies.recv_bytes()  # ready
        except (EOFError, OSError) as error:
            self.kill()
            raise QueryError(f"the SPARQL worker did not start ({error or 'it exited'})") from error

    def ask(self, request: tuple[Any, ...], deadline: float) -> tuple[Any, ...]:
        self.snapshot = request[0]
        self.requests.send_bytes(pickle.dumps(request))
        if not sparql_worker.wait_for(self.replies, self.spin_seconds) and not self.replies.poll(
            max(0.0, deadline - time.monotonic())
        ):
            raise TimeoutError
        reply: tuple[Any, ...] = pickle.loads(self.replies.recv_bytes())
        return reply

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.requests.close()
        self.replies.close()

    def stop(self) -> None:
        self.requests.close()  # end of input: the worker returns
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.replies.close()
