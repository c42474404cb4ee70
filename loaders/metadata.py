"""Changing what a loader said about a document: metadata given by the user, or the URL it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.errors import ValidationError
from kg.model import Document, Extraction

# What `kg ingest --title/--source/--author/--published/--language` may set, and the Document field it sets.
OVERRIDES = {"title": "title", "source": "uri", "author": "author", "published": "published", "language": "language"}


def amend(item: Document | Extraction, **changes: Any) -> Document | Extraction:
    """The item with its document's fields changed (`metadata` merged, None removes a key); the document id
    follows the new fields, and the evidence follows the id."""
    document = item.document if isinstance(item, Extraction) else item
    data = document.model_dump(exclude={"id"})
    merged = {**data["metadata"], **changes.pop("metadata", {})}
    data["metadata"] = {key: value for key, value in merged.items() if value is not None}
    data.update(changes)
    changed = Document(**data)
    if isinstance(item, Document):
        return changed
    relations = [
        r.model_copy(
            update={
                "evidence": [
                    e.model_copy(update={"document": changed.id}) if e.document == document.id else e
                    for e in r.evidence
                ]
            }
        )
        for r in item.relations
    ]
    return item.model_copy(update={"document": changed, "relations": relations})


def check_sources(given: Mapping[str, str | None] | None, sources: int) -> None:
    """A source URI given for a call names one document's source: refused for a call that reads several (their
    documents would each replace the one before)."""
    if given and given.get("source") and sources > 1:
        raise ValidationError(f"--source names one document's source; this call reads {sources} sources")


def overrides(given: Mapping[str, str | None] | None) -> dict[str, Any]:
    """Checked Document changes from user metadata (names as in OVERRIDES); values not given are left out."""
    from dateutil import parser as dates

    changes: dict[str, Any] = {}
    for name, value in (given or {}).items():
        if name not in OVERRIDES:
            raise ValidationError(f"unknown document metadata {name!r}; one of: {', '.join(OVERRIDES)}")
        if value is None or not str(value).strip():
            continue
        value = str(value).strip()
        if name == "published":
            try:
                value = dates.isoparse(value).date().isoformat()
            except (ValueError, OverflowError) as error:
                raise ValidationError(f"published date {value!r} is not an ISO date like 2024-05-01") from error
        if name == "author":
            changes.setdefault("metadata", {})["author"] = value
        else:
            changes[OVERRIDES[name]] = value
    return changes
