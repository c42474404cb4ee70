"""The typed domain model: documents, entities, relations and their evidence. No I/O here."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

import ontology

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII slug: `Microsoft Corp.` -> `microsoft-corp`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


def short_hash(*parts: str, length: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:length]


class Modality(StrEnum):
    """How a sentence holds a relation: only `asserted` is a plain statement of fact."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    REPORTED = "reported"
    CONSIDERED = "considered"
    EXPLORING = "exploring"
    FORMER = "former"
    NEGATED = "negated"


class Document(BaseModel):
    """A source text. Its id comes from its content and, when given, its source URI."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    text: str
    title: str | None = None
    uri: str | None = None
    published: str | None = None
    language: str | None = None
    format: str = "text"
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("published")
    @classmethod
    def _a_date(cls, value: str | None) -> str | None:
        """A publication date as an ISO date ('2024-03-05T09:00:00Z', 'March 5, 2024' -> '2024-03-05'), so that
        dates compare; one no parser reads is kept as written."""
        if value is None or not value.strip():
            return None
        if re.fullmatch(r"\d{4}(?:-\d{2})?", value.strip()):
            return value.strip()  # a year or a month: kept at the precision given
        from dateutil import parser as dates

        try:
            return dates.isoparse(value.strip()).date().isoformat()
        except (ValueError, OverflowError):
            pass
        try:
            return dates.parse(value.strip(), fuzzy=False).date().isoformat()
        except (ValueError, OverflowError):
            return value.strip()

    @model_validator(mode="after")
    def _derive_id(self) -> Document:
        if not self.id:
            object.__setattr__(self, "id", "doc-" + short_hash(self.uri or "", self.text))
        return self


class Entity(BaseModel):
    """A canonical thing the graph knows; its id is derived from type and canonical name."""

    id: str = ""
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    wikidata: str | None = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        return ontology.load().entity_class(value).name

    @field_validator("name")
    @classmethod
    def _non_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("entity name is empty")
        return value.strip()

    @model_validator(mode="after")
    def _derive_id(self) -> Entity:
        if not self.id:
            self.id = entity_id(self.name, self.type)
        return self


def entity_id(name: str, type_: str) -> str:
    return f"{type_.lower()}:{slugify(name)}"


class Span(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __str__(self) -> str:  # part of evidence ids: spelled out here, not left to pydantic's repr
        return f"start={self.start} end={self.end}"


class Evidence(BaseModel):
    """The sentence that supports a relation, with offsets into the document text."""

    document: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    extractor: str = "rules"
    subject_span: Span | None = None
    object_span: Span | None = None
    qualifiers: dict[str, Any] = Field(default_factory=dict)
    modality: Modality = Modality.ASSERTED
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    page: int | None = Field(default=None, ge=1)  # the page the sentence starts on, in a paged source (PDF)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self

    @property
    def id(self) -> str:
        return "ev-" + short_hash(
            self.document, str(self.start), str(self.end), str(self.subject_span), str(self.object_span)
        )


class Relation(BaseModel):
    """A typed edge between two entities, with the evidence that supports it."""

    id: str = ""
    subject: Entity
    relation: str
    object: Entity
    qualifiers: dict[str, Any] = Field(default_factory=dict)
    modality: Modality = Modality.ASSERTED
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_and_identify(self) -> Relation:
        rel = ontology.load().relation(self.relation)
        self.relation = rel.id
        if not rel.allows(self.subject.type, self.object.type):
            raise ValueError(
                f"{rel.id} does not connect {self.subject.type} to {self.object.type} "
                f"(domain {', '.join(rel.domain)}; range {', '.join(rel.range)})"
            )
        if rel.symmetric and self.subject.id > self.object.id:
            self.subject, self.object = self.object, self.subject
        if not self.id:
            self.id = relation_id(self.subject.id, rel.id, self.object.id, self.modality)
        return self


def absorb(relation: Relation, other: Relation) -> None:
    """Fold `other`, the same relation read again, into `relation`: its new evidence, the higher confidence, and
    qualifiers `relation` lacks."""
    seen = {e.id for e in relation.evidence}
    relation.evidence.extend(e for e in other.evidence if e.id not in seen)
    relation.confidence = max(relation.confidence, other.confidence)
    relation.qualifiers = {**other.qualifiers, **relation.qualifiers}


def relation_id(subject_id: str, relation: str, object_id: str, modality: Modality | str) -> str:
    return "rel-" + short_hash(subject_id, relation, object_id, str(modality))


class Extraction(BaseModel):
    """What an extractor found in one document."""

    document: Document
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
