"""Response and request bodies of the API, mapped from the domain model (never returned raw)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from kg.model import Document, Entity, Evidence, Relation
from kg.stores import EntityRecord

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    count: int


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    wikidata: str | None = None


class EntityDetail(EntityOut):
    relation_count: int
    document_count: int


class EvidenceOut(BaseModel):
    document: str
    text: str
    start: int
    end: int
    extractor: str
    subject_span: dict[str, int] | None = None
    object_span: dict[str, int] | None = None
    modality: str
    confidence: float
    page: int | None = Field(default=None, description="the page the sentence starts on (PDF sources)")


class RelationOut(BaseModel):
    id: str
    subject: EntityOut
    relation: str
    object: EntityOut
    qualifiers: dict[str, Any]
    modality: str
    confidence: float
    evidence: list[EvidenceOut]


class DocumentOut(BaseModel):
    id: str
    title: str | None
    uri: str | None
    published: str | None
    format: str
    chars: int


class DocumentDetail(DocumentOut):
    text: str
    relations: list[RelationOut]


class DocumentIn(BaseModel):
    text: str = Field(min_length=1)
    title: str | None = None
    uri: str | None = None
    published: str | None = None


class MergeIn(BaseModel):
    source: str = Field(min_length=1, description="the entity merged away (name, alias or id)")
    into: str = Field(min_length=1, description="the entity kept (name, alias or id)")


class MergeOut(BaseModel):
    entity: str
    removed: str
    documents: int
    aliases: list[str]


class WriteOut(BaseModel):
    document: str
    entities: int
    relations: int
    evidence: int
    replaced: bool
    unchanged: bool
    superseded: list[str] = Field(default_factory=list, description="earlier versions from the same uri, removed")


class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=100_000)
    parameters: dict[str, Any] = Field(default_factory=dict)


class CypherResponse(BaseModel):
    columns: list[str]
    rows: list[list[Any]]


class GraphOut(BaseModel):
    """Nodes and edges, ready for a viewer."""

    nodes: list[EntityOut]
    edges: list[RelationOut]


class PathOut(BaseModel):
    length: int
    relations: list[RelationOut]


class FieldProblem(BaseModel):
    field: str
    message: str


class ErrorBody(BaseModel):
    error: str
    detail: str
    fields: list[FieldProblem] | None = Field(default=None, description="what is wrong with which field (422)")


def entity_out(entity: Entity) -> EntityOut:
    return EntityOut(id=entity.id, name=entity.name, type=entity.type, aliases=entity.aliases, wikidata=entity.wikidata)


def entity_detail(record: EntityRecord) -> EntityDetail:
    return EntityDetail(
        **entity_out(record.entity).model_dump(), relation_count=record.relations, document_count=record.documents
    )


def evidence_out(evidence: Evidence) -> EvidenceOut:
    return EvidenceOut(
        document=evidence.document,
        text=evidence.text,
        start=evidence.start,
        end=evidence.end,
        extractor=evidence.extractor,
        subject_span=evidence.subject_span.model_dump() if evidence.subject_span else None,
        object_span=evidence.object_span.model_dump() if evidence.object_span else None,
        modality=str(evidence.modality),
        confidence=evidence.confidence,
        page=evidence.page,
    )


def relation_out(relation: Relation) -> RelationOut:
    return RelationOut(
        id=relation.id,
        subject=entity_out(relation.subject),
        relation=relation.relation,
        object=entity_out(relation.object),
        qualifiers=relation.qualifiers,
        modality=str(relation.modality),
        confidence=relation.confidence,
        evidence=[evidence_out(e) for e in relation.evidence],
    )


def document_out(document: Document) -> DocumentOut:
    return DocumentOut(
        id=document.id,
        title=document.title,
        uri=document.uri,
        published=document.published,
        format=document.format,
        chars=len(document.text),
    )
