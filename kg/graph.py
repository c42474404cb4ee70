"""KnowledgeGraph: the one object users open from Python; the CLI and the API are thin layers on it."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

import loaders
import ontology
from kg import exports, parallel, rdf, traversal
from kg.build import build, default_extractor
from kg.errors import NotFoundError, QueryError, StoreError, ValidationError
from kg.model import Document, Entity, Extraction, Modality, Relation, absorb, entity_id
from kg.rdf_view import RdfView, ViewCounts
from kg.settings import get_settings
from kg.stores import NEO4J_SCHEMES, CypherResult, EntityRecord, RelationFilter, Store, WriteSummary, open_store
from loaders.extraction import Extractor


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class FormatCount:
    documents: int = 0
    relations: int = 0  # written (not counting unchanged documents)


@dataclass
class IngestReport:
    """What an ingest did: counts only, so that a long ingest keeps no per-document record in memory."""

    added: int = 0  # documents new to the store
    replaced: int = 0  # changed versions of stored documents
    unchanged: int = 0  # the same content again
    relations: int = 0  # written (not counting unchanged documents)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path or URL, reason)
    formats: dict[str, FormatCount] = field(default_factory=dict)  # by Document.format

    def add(self, extractions: list[Extraction], summaries: list[WriteSummary]) -> None:
        """Count what a write stored, by the format of each document."""
        self.record(summaries, {e.document.id: e.document.format for e in extractions})

    def record(self, summaries: list[WriteSummary], formats: Mapping[str, str]) -> None:
        """Count written documents by format (`formats`: document id -> format)."""
        for summary in summaries:
            count = self.formats.setdefault(formats.get(summary.document, "unknown"), FormatCount())
            count.documents += 1
            count.relations += 0 if summary.unchanged else summary.relations
            self.unchanged += summary.unchanged
            self.replaced += summary.replaced
            self.added += not summary.unchanged and not summary.replaced
            self.relations += 0 if summary.unchanged else summary.relations

    def summary(self) -> str:
        """One line: documents and relations by format, then the skipped sources and why."""

        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        parts = [
            f"{name}: {plural(c.documents, 'document')}, {plural(c.relations, 'relation')}"
            for name, c in sorted(self.formats.items())
        ]
        if self.skipped:
            reasons = ", ".join(
                f"{s if loaders.is_url(s) else Path(s).name}: {_short(r.removeprefix(s + ': '))}"
                for s, r in self.skipped
            )
            parts.append(f"skipped: {len(self.skipped)} ({reasons})")
        return "; ".join(parts) or "nothing to ingest"

    @property
    def documents(self) -> int:
        """Documents written or found unchanged."""
        return self.added + self.replaced + self.unchanged


class KnowledgeGraph:
    def __init__(self, store: Store):
        self.store = store
        local = not store.uri.startswith(NEO4J_SCHEMES)
        self.view = RdfView(Path(store.uri) if local else None)  # the RDF view, kept in step with every write
        if self.view.stale and not store.documents(limit=1):
            self.reindex()  # an empty store: its view is built now (cheap) and followed from here on

    @classmethod
    def open(cls, uri: str | Path | None = None) -> KnowledgeGraph:
        return cls(open_store(str(uri or get_settings().store)))

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.view.close()
        self.store.close()

    # -- building ----------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[loaders.Source], None] | None = None,
        batch_size: int = 32,
        metadata: Mapping[str, str | None] | None = None,
        extractor: Extractor | None = None,
        workers: int | None = None,
        bulk: bool = False,
    ) -> IngestReport:
        """Load, extract and store every document under `paths` (files, folders, http(s) URLs); unreadable
        sources are skipped and listed. `metadata` (title, source, author, published, language) overrides
        what the files say, where given.

        Documents are written `batch_size` at a time, each batch in one transaction, in source order
        whatever the worker count. Extraction runs on `workers` processes (default: all cores; 1: in
        this process). `extractor` defaults to the one KG_EXTRACTOR names. The RDF view follows each
        batch, or, for an ingest large beside the store, is rebuilt once at the end.

        `bulk` loads everything at once into an empty embedded store (LadybugStore.bulk_load: COPY
        instead of Cypher writes, all or nothing rather than a transaction per batch)."""
        loaders.overrides(metadata)  # a bad value fails here, before any work
        report = IngestReport()
        extractor = extractor or default_extractor()
        files = self.discover(paths)
        loaders.check_sources(metadata, len(files))
        stream = self._extracted(files, report, extractor, workers, metadata, progress)
        if bulk:
            return self._bulk_ingest(stream, report)
        if len(files) > max(batch_size, self.store.stats()["documents"] // 4):
            self.view.mark_stale()  # following costs more than one rebuild here (see docs/benchmarks.md)
        pending: list[Extraction] = []
        for extraction in stream:
            pending.append(extraction)
            if len(pending) >= batch_size:
                report.add(pending, self.write(pending))
                pending = []
        if pending:
            report.add(pending, self.write(pending))
        if self.view.stale:
            self.reindex()
        return report

    @staticmethod
    def _extracted(
        files: list[loaders.Source],
        report: IngestReport,
        extractor: Extractor,
        workers: int | None,
        metadata: Mapping[str, str | None] | None,
        progress: Callable[[loaders.Source], None] | None,
    ) -> Iterator[Extraction]:
        """The extractions of `files` in source order; unreadable files go to `report.skipped`."""
        cores = workers or os.cpu_count() or 1
        for path, (extractions, error) in parallel.extracted(files, cores, extractor, metadata):
            if error is not None:
                report.skipped.append((str(path), error))
            yield from extractions
            if progress is not None:
                progress(path)

    def _bulk_ingest(self, stream: Iterator[Extraction], report: IngestReport) -> IngestReport:
        load = getattr(self.store, "bulk_load", None)
        if load is None:
            raise StoreError(f"{self.store.uri}: bulk loading is for the embedded store; ingest without it")
        formats: dict[str, str] = {}

        def noted() -> Iterator[Extraction]:
            for extraction in stream:
                formats[extraction.document.id] = extraction.document.format
                yield extraction

        self.view.mark_stale()
        report.record(load(noted()), formats)
        self.reindex()
        return report

    def ingest_document(self, document: Document) -> WriteSummary:
        return self.write([build(document)])[0]

    def write(self, extractions: list[Extraction]) -> list[WriteSummary]:
        """Store extractions in one transaction, then update the RDF view of what they touched."""
        with self.view.change() as in_step:
            if not in_step:
                return self.store.write_many(extractions)
            latest = {e.document.id: e for e in extractions}
            uris = sorted({e.document.uri for e in extractions if e.document.uri})
            older = {i for ids in self.store.versions(uris).values() for i in ids} if uris else set()
            stored = sorted({d for d in latest if self.store.document(d) is not None} | older)
            relations, entities = self.store.footprint(stored) if stored else (set(), set())  # earlier versions
            summaries = self.store.write_many(extractions)
            written = [latest[s.document] for s in summaries if not s.unchanged]
            relations |= {r.id for e in written for r in e.relations}
            entities |= {x.id for e in written for x in e.entities}
            entities |= {x.id for e in written for r in e.relations for x in (r.subject, r.object)}
            gone = [old for s in summaries for old in s.superseded]  # earlier versions from the same URIs
            self._follow(relations, entities, [e.document for e in written], gone)
        return summaries

    def _follow(self, relations: set[str], entities: set[str], documents: list[Document], gone: list[str]) -> None:
        """Recompute the view's triples of these relations, entities and documents from the store."""
        self.view.apply(
            relations,
            self.store.relations_by_id(sorted(relations)),
            entities,
            self.store.entities_by_id(sorted(entities)),
            [d.id for d in documents] + gone,
            documents,
        )

    def ingest_text(self, text: str, *, max_bytes: int | None = None, **metadata: Any) -> WriteSummary:
        """Extract and store one text; `max_bytes` refuses a text over the limit before any work."""
        if max_bytes is not None and len(text.encode()) > max_bytes:
            raise ValidationError(f"text is over the limit of {max_bytes} bytes")
        return self.ingest_document(Document(text=text, **metadata))

    @staticmethod
    def discover(paths: Iterable[str | Path], unread: list[Path] | None = None) -> list[loaders.Source]:
        """The files and URLs `ingest` would read under `paths`, in the order it reads them; files under
        folders that no loader reads are appended to `unread` when given."""
        return list(loaders.discover(paths, unread))

    @staticmethod
    def extract(path: str | Path, extractor: Extractor | None = None) -> list[Extraction]:
        source = path if loaders.is_url(path) else Path(path)
        return [item if isinstance(item, Extraction) else build(item, extractor) for item in loaders.load(source)]

    def delete_document(self, document_id: str) -> None:
        if self.store.document(document_id) is None:
            raise NotFoundError(f"no document with id {document_id!r}")
        with self.view.change() as in_step:
            relations, entities = self.store.footprint([document_id]) if in_step else (set(), set())
            if not self.store.delete_document(document_id):
                raise NotFoundError(f"no document with id {document_id!r}")
            if in_step:
                self._follow(relations, entities, [], [document_id])

    def merge_entities(self, source: str, into: str) -> MergeSummary:
        """Make `source` and `into` one entity (two names found to be one): every document that names `source`
        is stored again with `into` in its place, in one transaction, so all evidence is kept and moves to
        `into`'s relations; `source`'s names become aliases of `into`; a relation of the two with each other
        goes (nothing relates an entity to itself). Later ingests resolve the name the same way only when the
        gazetteer has it as an alias."""
        gone_id, kept_id = self.resolve(source), self.resolve(into)
        gone, kept = self.entity(gone_id).entity, self.entity(kept_id).entity
        if gone.id == kept.id:
            raise ValidationError(f"{source!r} and {into!r} are already one entity ({kept.id})")
        if gone.type != kept.type:
            raise ValidationError(f"cannot merge a {gone.type} ({gone.name}) into a {kept.type} ({kept.name})")
        names = [n for n in dict.fromkeys([*kept.aliases, gone.name, *gone.aliases]) if n != kept.name]
        merged = kept.model_copy(update={"aliases": names})
        rewritten = []
        for document_id in self.store.naming(gone.id):
            extraction = self.store.extraction(document_id)
            if extraction is not None:
                rewritten.append(_with_entity(extraction, gone.id, merged))
        self.write(rewritten)
        return MergeSummary(entity=kept.id, removed=gone.id, documents=len(rewritten), aliases=names)

    def sync_to(self, target: KnowledgeGraph, batch: int = 500) -> int:
        """Copy every document's facts into `target` (another store); returns the documents copied."""
        copied, offset = 0, 0
        while documents := self.store.documents(limit=batch, offset=offset):
            for document in documents:
                extraction = self.store.extraction(document.id)
                if extraction is not None:
                    target.write([extraction])
                    copied += 1
            offset += batch
        return copied

    # -- reading -----------------------------------------------------------------------------------
    def resolve(self, name_or_id: str) -> str:
        """An entity id from an id, a name or an alias."""
        if self.store.has_entity(name_or_id):
            return name_or_id
        for cls in ontology.load().classes:
            candidate = entity_id(name_or_id, cls)
            if self.store.has_entity(candidate):
                return candidate
        matches = [
            e
            for e in self.store.search_entities(name_or_id, limit=20)
            if name_or_id.lower() in {e.name.lower(), *(a.lower() for a in e.aliases)}
        ]
        if matches:
            return matches[0].id
        raise NotFoundError(f"no entity named or with id {name_or_id!r}")

    def entity(self, name_or_id: str) -> EntityRecord:
        record = self.store.entity(self.resolve(name_or_id))
        if record is None:
            raise NotFoundError(f"no entity with id {name_or_id!r}")
        return record

    def search(
        self, query: str | None = None, type_: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Entity]:
        return self.store.search_entities(query, type_, limit, offset)

    def relations(
        self,
        *,
        subject: str | None = None,
        relation: str | None = None,
        object: str | None = None,
        entity: str | None = None,
        direction: str = "both",
        modality: str | None = None,
        min_confidence: float | None = None,
        document: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Relation]:
        """Relations by the given filters; `since`/`until` (ISO dates, inclusive) keep those supported by a
        document published in that range."""
        if modality is not None and modality not in {m.value for m in Modality}:
            raise ValidationError(f"unknown modality {modality!r}; one of: {', '.join(m.value for m in Modality)}")
        where = RelationFilter(
            subject=self.resolve(subject) if subject else None,
            object=self.resolve(object) if object else None,
            entity=self.resolve(entity) if entity else None,
            direction=direction,
            relation=ontology.load().relation(relation).id if relation else None,
            modality=modality,
            min_confidence=min_confidence,
            document=document,
            since=_iso_date("since", since),
            until=_iso_date("until", until),
        )
        return self.store.relations(where, limit=limit, offset=offset)

    def neighbourhood(self, name_or_id: str, depth: int = 1, relation: str | None = None) -> traversal.Subgraph:
        """Entities and relations within `depth` (1..3) hops of an entity."""
        if not 1 <= depth <= 3:
            raise ValidationError(f"depth must be between 1 and 3, not {depth}")
        rel = ontology.load().relation(relation).id if relation else None
        return traversal.neighbourhood(self.store, self.resolve(name_or_id), depth, rel)

    def paths(self, start: str, goal: str, max_length: int = 4, limit: int = 5) -> list[list[Relation]]:
        """Shortest paths between two entities, each a list of relations."""
        if not 1 <= max_length <= 6:
            raise ValidationError(f"max path length must be between 1 and 6, not {max_length}")
        return traversal.shortest_paths(self.store, self.resolve(start), self.resolve(goal), max_length, limit)

    def select(self, selection: exports.Selection) -> list[Relation]:
        """The relations an export or a viewer shows, by the shared filters."""
        return list(self.iter_selected(selection))

    def iter_selected(self, selection: exports.Selection, page_size: int = exports.PAGE_SIZE) -> Iterator[Relation]:
        """`select` as an iterator that reads the store `page_size` relations at a time (filters checked now)."""
        if selection.modality is not None and selection.modality not in {m.value for m in Modality}:
            known = ", ".join(m.value for m in Modality)
            raise ValidationError(f"unknown modality {selection.modality!r}; one of: {known}")
        wanted = {ontology.load().relation(r).id for r in selection.relations}
        types = {ontology.load().entity_class(t).name for t in selection.entity_types}
        pool: Iterable[Relation]
        if selection.around:
            pool = list(self.neighbourhood(selection.around, selection.depth).edges.values())
        else:
            where = RelationFilter(
                relation=next(iter(wanted)) if len(wanted) == 1 else None,
                modality=selection.modality,
                min_confidence=selection.min_confidence,
                document=selection.document,
            )
            pool = self.store.iter_relations(where, page_size=page_size)
        return (
            r
            for r in pool
            if (not wanted or r.relation in wanted)
            and (not types or (r.subject.type in types and r.object.type in types))
            and (selection.modality is None or str(r.modality) == selection.modality)
            and (selection.min_confidence is None or r.confidence >= selection.min_confidence)
            and (selection.document is None or any(e.document == selection.document for e in r.evidence))
        )

    def export(self, format_: str, selection: exports.Selection | None = None) -> tuple[bytes, str]:
        """The selected part of the graph in an export format, in memory, with its media type."""
        buffer = io.BytesIO()
        media = self.export_to(buffer, format_, selection)
        return buffer.getvalue(), media

    def export_to(
        self,
        stream: IO[bytes],
        format_: str,
        selection: exports.Selection | None = None,
        page_size: int = exports.PAGE_SIZE,
    ) -> str:
        """Write the selected part of the graph to a binary stream as it is read; returns the media type."""
        exports.media_type(format_)
        relations = self.iter_selected(selection or exports.Selection(), page_size)
        return exports.write(relations, format_, stream)

    def cypher(
        self,
        query: str,
        parameters: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_ms: int | None = None,
    ) -> CypherResult:
        timeout = timeout_ms if timeout_ms is not None else get_settings().query_timeout_ms
        return self.store.cypher(query, parameters, write=write, timeout_ms=timeout)

    def rdf_view(self) -> Any:
        """The RDF view of the whole graph (a pyoxigraph store), rebuilt first if an update was interrupted."""
        if self.view.stale:
            self.reindex()
        return self.view.store

    def reindex(self) -> ViewCounts:
        """Drop the RDF view and rebuild it from the store; returns what it now holds. Entities, relations
        and documents are read a page at a time, so memory holds a page, not the store."""
        with self.view.lock:
            self.view.rebuild(
                self.store.iter_entities(), self.store.iter_relations(RelationFilter()), self.store.iter_documents()
            )
            return self.view.counts()

    def sparql(
        self, query: str, accept: str = "application/sparql-results+json", timeout_ms: int | None = None
    ) -> tuple[bytes, str]:
        """SPARQL 1.1 query over the RDF view: serialised results and their media type.

        Stopped with QueryTimeout after `timeout_ms` (default KG_QUERY_TIMEOUT_MS; 0: no limit)."""
        self.rdf_view()
        timeout = timeout_ms if timeout_ms is not None else get_settings().query_timeout_ms
        return self.view.query(query, accept, timeout)

    def sparql_update(self, update: str) -> int:
        """SPARQL 1.1 Update of the RDF view's annotations graph (rdf.ANNOTATIONS), when KG_SPARQL_UPDATES is
        set; refused otherwise. Returns the quads the annotations graph holds now."""
        if not get_settings().sparql_updates:
            raise QueryError(
                "SPARQL updates are refused: the endpoint is read-only (KG_SPARQL_UPDATES=true lets updates change "
                f"the annotations graph <{rdf.ANNOTATIONS.value}>; the rest of the view follows the store)"
            )
        self.rdf_view()
        return self.view.annotate(update)

    def documents(self, limit: int = 50, offset: int = 0) -> list[Document]:
        return self.store.documents(limit, offset)

    def document(self, document_id: str) -> Document:
        document = self.store.document(document_id)
        if document is None:
            raise NotFoundError(f"no document with id {document_id!r}")
        return document

    def stats(self) -> dict[str, Any]:
        return self.store.stats()


def _iso_date(name: str, value: str | date | None) -> str | None:
    """`value` as an ISO date string; a clear error naming the filter when it is not one."""
    if value is None or isinstance(value, date):
        return value.isoformat() if value else None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise ValidationError(f"{name} must be an ISO date like 2024-05-01, not {value!r}") from error


@dataclass
class MergeSummary:
    entity: str  # the entity kept
    removed: str  # the entity merged into it
    documents: int  # documents stored again
    aliases: list[str]  # the kept entity's aliases now


def _with_entity(extraction: Extraction, gone: str, merged: Entity) -> Extraction:
    """The extraction with `merged` in place of the entity `gone` (and of `merged`'s own earlier record)."""

    def swap(entity: Entity) -> Entity:
        return merged if entity.id in (gone, merged.id) else entity

    relations: dict[str, Relation] = {}
    for relation in extraction.relations:
        subject, obj = swap(relation.subject), swap(relation.object)
        if subject.id == obj.id:
            continue  # "A competes with B" once A and B are one
        data = relation.model_dump(exclude={"id", "subject", "object"})
        moved = Relation(**data, subject=subject, object=obj)
        existing = relations.setdefault(moved.id, moved)
        if existing is not moved:  # "A invests in X" and "B invests in X" from one document: one relation now
            absorb(existing, moved)
    entities = list({e.id: e for e in map(swap, extraction.entities)}.values())
    return extraction.model_copy(update={"entities": entities, "relations": list(relations.values())})
