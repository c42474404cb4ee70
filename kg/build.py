"""Build: run an extractor on a document and keep what the ontology accepts, merged per relation."""

from __future__ import annotations

from kg.model import Document, Extraction, Modality
from loaders.extraction import Extractor, RuleExtractor


def default_extractor() -> Extractor:
    return RuleExtractor()


def build(document: Document, extractor: Extractor | None = None) -> Extraction:
    """Extraction of one document, with relations whose evidence all points at that document."""
    extraction = (extractor or default_extractor()).extract(document)
    for relation in extraction.relations:
        for evidence in relation.evidence:
            if evidence.document != document.id:
                raise ValueError(f"extractor {getattr(extractor, 'name', '?')} gave evidence from another document")
    return extraction


def stated(extraction: Extraction, *, include_negated: bool = False) -> Extraction:
    """The extraction without negated relations (what a document says does hold, in some modality)."""
    if include_negated:
        return extraction
    kept = [r for r in extraction.relations if r.modality is not Modality.NEGATED]
    return extraction.model_copy(update={"relations": kept})
