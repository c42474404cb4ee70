"""KnowledgeGraph: the one object users open from Python; the CLI and the API are thin layers on it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import loaders
import ontology
from kg import exports, rdf, traversal
from kg.build import build, default_extractor
from kg.errors import KGError, NotFoundError, ValidationError
from kg.model import Document, Entity, Extraction, Modality, Relation, entity_id
from kg.settings import get_settings
from kg.stores import CypherResult, EntityRecord, RelationFilter, Store, WriteSummary, open_store
from loaders.extraction import Extractor


@dataclass
class IngestReport:
    written: list[WriteSummary] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def added(self) -> int:
        return sum(1 for w in self.written if not w.unchanged and not w.replaced)

    @property
    def unchanged(self) -> int:
        return sum(1 for w in self.written if w.unchanged)

    @property
    def replaced(self) -> int:
        return sum(1 for w in self.written if w.replaced)

    @property
    def relations(self) -> int:
        return sum(w.relations for w in self.written if not w.unchanged)


class KnowledgeGraph:
    def __init__(self, store: Store):
        self.store = store
        self._rdf: Any = None  # the RDF view, rebuilt after any change

    def _changed(self) -> None:
        self._rdf = None

    @classmethod
    def open(cls, uri: str | Path | None = None) -> KnowledgeGraph:
        return cls(open_store(str(uri or get_settings().store)))

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- building ----------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[Path], None] | None = None,
        batch_size: int = 32,
        extractor: Extractor | None = None,
    ) -> IngestReport:
        """Load, extract and store every document under `paths`; unreadable files are skipped and listed.

        Documents are written `batch_size` at a time, each batch in one transaction. `extractor`
        defaults to the one KG_EXTRACTOR names."""
        report = IngestReport()
        extractor = extractor or default_extractor()
        pending: list[Extraction] = []
        for path in self.discover(paths):
            try:
                pending.extend(
                    item if isinstance(item, Extraction) else build(item, extractor) for item in loaders.load(path)
                )
            except KGError as error:
                report.skipped.append((str(path), str(error)))
            except Exception as error:  # a loader bug must not stop the batch; the file is named
                report.skipped.append((str(path), f"{path}: unexpected {type(error).__name__}: {error}"))
            if len(pending) >= batch_size:
                report.written.extend(self.store.write_many(pending))
                pending = []
            if progress is not None:
                progress(path)
        if pending:
            report.written.extend(self.store.write_many(pending))
        self._changed()
        return report

    def ingest_document(self, document: Document) -> WriteSummary:
        summary = self.store.write(build(document))
        self._changed()
        return summary

    def ingest_text(self, text: str, *, max_bytes: int | None = None, **metadata: Any) -> WriteSummary:
        """Extract and store one text; `max_bytes` refuses a text over the limit before any work."""
        if max_bytes is not None and len(text.encode()) > max_bytes:
            raise ValidationError(f"text is over the limit of {max_bytes} bytes")
        return self.ingest_document(Document(text=text, **metadata))

    @staticmethod
    def discover(paths: Iterable[str | Path]) -> list[Path]:
        """The files `ingest` would read under `paths`, in the order it reads them."""
        return list(loaders.discover([Path(p) for p in paths]))

    @staticmethod
    def extract(path: str | Path, extractor: Extractor | None = None) -> list[Extraction]:
        return [item if isinstance(item, Extraction) else build(item, extractor) for item in loaders.load(Path(path))]

    def delete_document(self, document_id: str) -> None:
        if not self.store.delete_document(document_id):
            raise NotFoundError(f"no document with id {document_id!r}")
        self._changed()

    def sync_to(self, target: KnowledgeGraph, batch: int = 500) -> int:
        """Copy every document's facts into `target` (another store); returns the documents copied."""
        copied, offset = 0, 0
        while documents := self.store.documents(limit=batch, offset=offset):
            for document in documents:
                extraction = self.store.extraction(document.id)
                if extraction is not None:
                    target.store.write(extraction)
                    copied += 1
            offset += batch
        target._changed()
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
        limit: int = 50,
        offset: int = 0,
    ) -> list[Relation]:
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
        if selection.around:
            pool = list(self.neighbourhood(selection.around, selection.depth).edges.values())
        else:
            pool = self.relations(
                modality=selection.modality,
                min_confidence=selection.min_confidence,
                document=selection.document,
                limit=10**9,
            )
        wanted = {ontology.load().relation(r).id for r in selection.relations}
        types = {ontology.load().entity_class(t).name for t in selection.entity_types}
        return [
            r
            for r in pool
            if (not wanted or r.relation in wanted)
            and (not types or (r.subject.type in types and r.object.type in types))
            and (selection.modality is None or str(r.modality) == selection.modality)
            and (selection.min_confidence is None or r.confidence >= selection.min_confidence)
            and (selection.document is None or any(e.document == selection.document for e in r.evidence))
        ]

    def export(self, format_: str, selection: exports.Selection | None = None) -> tuple[bytes, str]:
        """The selected part of the graph in an export format, with its media type."""
        return exports.export(self.select(selection or exports.Selection()), format_)

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
        """The RDF view of the whole graph (pyoxigraph store), derived from the store and kept until a change."""
        if self._rdf is None:
            everything = 10**9
            self._rdf = rdf.build_view(
                self.store.search_entities(limit=everything),
                self.store.relations(RelationFilter(), limit=everything),
                self.store.documents(limit=everything),
            )
        return self._rdf

    def sparql(self, query: str, accept: str = "application/sparql-results+json") -> tuple[bytes, str]:
        """SPARQL 1.1 query over the RDF view: serialised results and their media type."""
        return rdf.run_sparql(self.rdf_view(), query, accept)

    def documents(self, limit: int = 50, offset: int = 0) -> list[Document]:
        return self.store.documents(limit, offset)

    def document(self, document_id: str) -> Document:
        document = self.store.document(document_id)
        if document is None:
            raise NotFoundError(f"no document with id {document_id!r}")
        return document

    def stats(self) -> dict[str, Any]:
        return self.store.stats()
