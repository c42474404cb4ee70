"""Checks one relation a language model proposed against the text and the ontology.

An item becomes a `Relation` only when its quote is in the text, both names are in the quote, the
relation id exists, the types fit its domain and range and the modality is known; otherwise the item
is turned down with a `Rejected` reason. Nothing here trusts the model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import ontology
from kg.errors import ValidationError
from kg.model import Document, Entity, Evidence, Modality, Relation, Span

from .gazetteer import load_gazetteer
from .sentences import Sentence

CONFIDENCE = 0.7  # a model's own confidence is not calibrated; every checked item gets this


class Rejected(Exception):
    """An item that is not stored; `reason` is a short code, the message says why."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Chunk:
    """Consecutive sentences sent in one request; `start`/`end` index the document text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Rejection:
    document: str
    chunk: int
    reason: str
    detail: str
    item: Any


def chunks(sentences: Sequence[Sentence], max_chars: int) -> list[Chunk]:
    """Group sentences into chunks of at most `max_chars` (a longer sentence is a chunk of its own)."""
    result: list[Chunk] = []
    start = end = -1
    for sentence in sentences:
        if start >= 0 and sentence.end - start > max_chars:
            result.append(Chunk(len(result), start, end))
            start = -1
        if start < 0:
            start = sentence.start
        end = sentence.end
    if start >= 0:
        result.append(Chunk(len(result), start, end))
    return result


def _loose(phrase: str) -> re.Pattern[str]:
    """`phrase` with any run of whitespace matching any other run of whitespace."""
    return re.compile(r"\s+".join(re.escape(token) for token in phrase.split()))


def _name_matches(surface: str, text: str, start: int, end: int) -> Iterator[Span]:
    pattern = re.compile(r"(?<!\w)" + _loose(surface).pattern + r"(?!\w)")
    for match in pattern.finditer(text, start, end):
        yield Span(start=match.start(), end=match.end())


def _field(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Rejected("malformed-item", f"'{key}' is missing or not a non-empty string")
    return value.strip()


def _party(item: Mapping[str, Any], key: str) -> tuple[str, str, str]:
    """(name, type, surface) of the subject or object."""
    party = item.get(key)
    if not isinstance(party, dict):
        raise Rejected("malformed-item", f"'{key}' is not an object with name and type")
    name, type_ = _field(party, "name"), _field(party, "type")
    surface = party.get("text")
    surface = surface.strip() if isinstance(surface, str) and surface.strip() else name
    try:
        type_ = ontology.load().entity_class(type_).name
    except ValidationError as error:
        raise Rejected("unknown-type", f"{key}: {error}") from None
    return name, type_, surface


def resolve(name: str, surface: str, type_: str, text: str) -> Entity:
    """The gazetteer's entity for `name` or `surface` when its type agrees (as the rule extractor does)."""
    gazetteer = load_gazetteer()
    for candidate in (name, surface):
        hit = gazetteer.surfaces.get(candidate) or gazetteer.surfaces.get(candidate.lower())
        if hit is None:
            continue
        canonical, needs_full_mention = hit
        known = gazetteer.entities[canonical]
        if known.type == type_ and (not needs_full_mention or canonical in text):
            return Entity(name=known.name, type=known.type, aliases=list(known.aliases), wikidata=known.wikidata)
    return Entity(name=name, type=type_)


def _spans(text: str, start: int, end: int, subject: str, obj: str) -> tuple[Span, Span]:
    """Non-overlapping spans of both names inside text[start:end], earliest first."""
    subjects = list(_name_matches(subject, text, start, end))
    objects = list(_name_matches(obj, text, start, end))
    for name, found in ((subject, subjects), (obj, objects)):
        if not found:
            raise Rejected("name-not-in-evidence", f"{name!r} does not occur in the quoted evidence")
    for s in subjects:
        for o in objects:
            if s.end <= o.start or o.end <= s.start:
                return s, o
    raise Rejected("name-not-in-evidence", f"{subject!r} and {obj!r} are the same words in the evidence")


def _qualifiers(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Rejected("malformed-item", "'qualifiers' is not an object")
    return {
        str(k): v if isinstance(v, str | int | float | bool) else json.dumps(v, ensure_ascii=False)
        for k, v in value.items()
        if v is not None
    }


def check(item: Any, document: Document, chunk: Chunk, sentences: Sequence[Sentence]) -> Relation:
    """The relation `item` describes, with evidence offsets found in the document; or `Rejected`."""
    if not isinstance(item, dict):
        raise Rejected("malformed-item", f"expected an object, got {type(item).__name__}")
    s_name, s_type, s_surface = _party(item, "subject")
    o_name, o_type, o_surface = _party(item, "object")
    relation_id = _field(item, "relation")
    rel = ontology.load().relations.get(ontology.normalise_relation_id(relation_id))
    if rel is None:
        raise Rejected("unknown-relation", f"{relation_id!r} is not a relation of the ontology")
    if not rel.allows(s_type, o_type):
        raise Rejected(
            "domain-range",
            f"{rel.id} does not connect {s_type} to {o_type} (domain {', '.join(rel.domain)}; "
            f"range {', '.join(rel.range)})",
        )
    try:
        modality = Modality(_field(item, "modality").lower())
    except ValueError:
        known = ", ".join(m.value for m in Modality)
        raise Rejected("unknown-modality", f"modality {item.get('modality')!r} is not one of {known}") from None
    quote = _field(item, "evidence")
    text = document.text
    found = _loose(quote).search(text, chunk.start, chunk.end)
    if found is None:
        raise Rejected("evidence-not-in-text", f"the quote {quote[:80]!r} is not in the text")
    subject_span, object_span = _spans(text, found.start(), found.end(), s_surface, o_surface)
    subject = resolve(s_name, s_surface, s_type, text)
    obj = resolve(o_name, o_surface, o_type, text)
    if subject.id == obj.id:
        raise Rejected("self-relation", f"subject and object are both {subject.id}")
    if rel.symmetric and subject.id > obj.id:  # the order Relation would choose, spans kept with their names
        subject, obj, subject_span, object_span = obj, subject, object_span, subject_span
    covering = [s for s in sentences if s.start < found.end() and found.start() < s.end]
    start = min([found.start(), *(s.start for s in covering)])
    end = max([found.end(), *(s.end for s in covering)])
    qualifiers = _qualifiers(item.get("qualifiers"))
    if document.published and modality is Modality.ASSERTED:
        qualifiers.setdefault("reported_on", document.published)
    evidence = Evidence(
        document=document.id,
        text=text[start:end],
        start=start,
        end=end,
        extractor="llm",
        subject_span=subject_span,
        object_span=object_span,
        qualifiers=qualifiers,
        modality=modality,
        confidence=CONFIDENCE,
    )
    return Relation(
        subject=subject,
        relation=rel.id,
        object=obj,
        qualifiers=qualifiers,
        modality=modality,
        confidence=CONFIDENCE,
        evidence=[evidence],
    )
