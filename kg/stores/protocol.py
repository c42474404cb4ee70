"""The store protocol: every backend (embedded LadybugDB, Neo4j) implements exactly this."""

from __future__ import annotations

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


@dataclass
class WriteSummary:
    document: str
    entities: int = 0
    relations: int = 0
    evidence: int = 0
    replaced: bool = False
    unchanged: bool = False


@dataclass
class CypherResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class EntityRecord:
    entity: Entity
    relations: int
    documents: int


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

    def documents(self, limit: int = 50, offset: int = 0) -> list[Document]: ...

    def document(self, document_id: str) -> Document | None: ...

    def extraction(self, document_id: str) -> Extraction | None: ...

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
