"""Build: run an extractor on a document and keep what the ontology accepts, merged per relation."""

from __future__ import annotations

from kg.errors import ExtractorError
from kg.model import Document, Extraction, Modality
from kg.settings import get_settings
from loaders.extraction import Extractor, RuleExtractor


def default_extractor(name: str | None = None) -> Extractor:
    """The extractor `name` (rules or llm), or the one KG_EXTRACTOR picks (rules by default)."""
    settings = get_settings()
    name = name or settings.extractor
    if name == "rules":
        return RuleExtractor()
    if name != "llm":
        raise ExtractorError(f"unknown extractor {name!r}; choose rules or llm")
    missing = [
        var
        for var, value in (("KG_LLM_BASE_URL", settings.llm_base_url), ("KG_LLM_MODEL", settings.llm_model))
        if not value
    ]
    if missing:
        raise ExtractorError(f"the llm extractor needs {' and '.join(missing)} (an OpenAI-compatible endpoint)")
    from loaders.extraction.llm import LLMExtractor  # imported here: only this extractor needs an HTTP client

    assert settings.llm_base_url and settings.llm_model
    return LLMExtractor(
        settings.llm_base_url, settings.llm_model, api_key=settings.llm_api_key, timeout_s=settings.llm_timeout_s
    )


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
