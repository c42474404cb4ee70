"""The store protocol: every backend (embedded LadybugDB, Neo4j) implements exactly this."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from kg.model import Document, Entity, Extraction, Relation


@dataclass(frozen=True)
class RelationFilter:
    subject: str | None = None  # entity id
    object: str | None = None  # entity id
    entity: str | None = None  # either end (with `direction`)
    direction: str = "both"  # out | in | both, relative to `entity`
    relation: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    document: str | None = None
    # a relation's time is its documents' publication dates: supported by a document published in
    # [since, until] (ISO dates, both ends included); undated documents never match a date
    since: str | None = None
    until: str | None = None


@dataclass
class WriteSummary:
    document: str
    entities: int = 0
    relations: int = 0
    evidence: int = 0
    replaced: bool = False
    unchanged: bool = False
    superseded: list[str] = field(default_factory=list)  # earlier versions (same source URI) it removed


@dataclass
class CypherResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class EntityRecord:
    entity: Entity
    relations: int
    documents: int


@dataclass(frozen=True)
class EdgeRow:
    """A relation edge as stored: where it is and the aggregates it holds of its evidence."""

    id: str
    relation: str
    subject_type: str
    subject_id: str
    object_type: str
    object_id: str
    modality: str = ""
    evidence_count: int = 0
    documents: tuple[str, ...] = ()
    confidence: float = 0.0
    qualifiers: str = "{}"
    evidence_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceRow:
    """One stored evidence node: the relation it supports (with both ends) and the document it is from."""

    id: str
    edge: EdgeRow  # the relation it supports (aggregates left empty)
    document: str
    confidence: float
    qualifiers: str


@dataclass
class StoreAudit:
    """Everything `kg check` compares, read from the store in one go."""

    edges: list[EdgeRow]
    evidence: list[EvidenceRow]
    documents: set[str]
    mentions: dict[str, int]  # entity id -> documents that mention it (0: an orphan)


def aggregates(evidence: list[tuple[str, float, str]]) -> dict[str, Any]:
    """What a relation holds of its evidence (document, confidence, qualifiers JSON), in document order:
    noisy-or confidence, evidence count, sorted documents, qualifiers merged (later ones win).

    The qualifiers are canonical JSON (sorted keys, as the store writes them), so one piece of evidence
    gives its own unchanged: the usual case needs no JSON round trip."""
    if len(evidence) == 1:
        document, confidence, found = evidence[0]
        missing = 1.0 * (1.0 - float(confidence))
        return {"confidence": round(1.0 - missing, 4), "count": 1, "documents": [document], "qualifiers": found}
    qualifiers: dict[str, Any] = {}
    missing = 1.0
    for _document, confidence, found in evidence:
        qualifiers.update(json.loads(found or "{}"))  # none on evidence written by hand
        missing *= 1.0 - float(confidence)
    return {
        "confidence": round(1.0 - missing, 4),
        "count": len(evidence),
        "documents": sorted({item[0] for item in evidence}),
        "qualifiers": json.dumps(qualifiers, sort_keys=True),
    }


class Store(Protocol):
    uri: str

    def write(self, extraction: Extraction) -> WriteSummary: ...

    def write_many(self, extractions: list[Extraction]) -> list[WriteSummary]: ...

    def delete_document(self, document_id: str) -> bool: ...

    def entity(self, entity_id: str) -> EntityRecord | None: ...

    def has_entity(self, entity_id: str) -> bool: ...

    def search_entities(
        self, query: str | None = None, type_: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Entity]: ...

    def relations(self, where: RelationFilter, limit: int = 50, offset: int = 0) -> list[Relation]: ...

    def iter_relations(self, where: RelationFilter, page_size: int = 1000) -> Iterator[Relation]:
        """Every matching relation once, read a page at a time so that memory holds one page (for exports).

        The order is the backend's own but the same for any page size."""
        ...

    def documents(self, limit: int = 50, offset: int = 0) -> list[Document]: ...

    def iter_documents(self, page_size: int = 1000) -> Iterator[Document]:
        """Every document once, in id order, read a page at a time (for the RDF view's rebuild)."""
        ...

    def iter_entities(self, page_size: int = 1000) -> Iterator[Entity]:
        """Every entity once, read a page at a time; the order is the backend's own."""
        ...

    def document(self, document_id: str) -> Document | None: ...

    def naming(self, entity_id: str) -> list[str]:
        """The ids of the documents that name this entity."""
        ...

    def versions(self, uris: list[str]) -> dict[str, list[str]]:
        """The ids of the stored documents from each of these source URIs."""
        ...

    def extraction(self, document_id: str) -> Extraction | None: ...

    def footprint(self, document_ids: list[str]) -> tuple[set[str], set[str]]:
        """Ids of the relations the documents' evidence supports and of the entities they mention."""
        ...

    def relations_by_id(self, relation_ids: list[str]) -> list[Relation]: ...

    def entities_by_id(self, entity_ids: list[str]) -> list[Entity]: ...

    def audit(self) -> StoreAudit: ...

    def repair(
        self, *, drop_evidence: list[str], restore: list[EdgeRow], refresh: list[EdgeRow], orphans: list[str]
    ) -> None:
        """In one transaction: delete evidence nodes, re-create missing relation edges (when both ends
        exist), recompute the aggregates of `refresh` (deleting those left without evidence) and drop
        the `orphans` that no document mentions."""
        ...

    def cypher(
        self,
        query: str,
        parameters: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_ms: int | None = None,
    ) -> CypherResult: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...
