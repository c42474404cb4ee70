"""Build: run an extractor on a document and keep what the ontology accepts, merged per relation."""

from __future__ import annotations

import bisect
import re
from typing import Any

from kg.errors import ExtractorError
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation
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
    pages = document.metadata.get("pages")
    return _with_pages(extraction, pages) if pages else extraction


def _with_pages(extraction: Extraction, pages: list[list[int]]) -> Extraction:
    """Each piece of evidence with the page its sentence starts on; `pages` holds [number, start, end] of each
    page's text in the document (the PDF loader's metadata)."""
    starts = [start for _number, start, _end in pages]

    def paged(evidence: Evidence) -> Evidence:
        index = bisect.bisect_right(starts, evidence.start) - 1
        return evidence.model_copy(update={"page": pages[index][0]}) if index >= 0 else evidence

    relations = [r.model_copy(update={"evidence": [paged(e) for e in r.evidence]}) for r in extraction.relations]
    return extraction.model_copy(update={"relations": relations})


def stated(extraction: Extraction, *, include_negated: bool = False) -> Extraction:
    """The extraction without negated relations (what a document says does hold, in some modality)."""
    if include_negated:
        return extraction
    kept = [r for r in extraction.relations if r.modality is not Modality.NEGATED]
    return extraction.model_copy(update={"relations": kept})


_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|PLC|plc|AG|SA|NV|N\.V|S\.A|GmbH|SE|AB|ASA|Oyj)\.?$"
)


def written_name(entity: Entity, text: str) -> str:
    """The entity's name as the document first writes it in full: 'Arm Holdings' in a story that opens with it,
    where the graph's canonical name is 'Arm' (its id stays the canonical one). Shorter forms and acronyms
    ('AMD' for Advanced Micro Devices) never replace the canonical name the text writes, nor does it with a legal
    form added."""
    first: tuple[int, int, str] | None = None
    for form in [entity.name, *entity.aliases]:
        if len(form) < len(entity.name) or _an_acronym(form):
            continue
        if form != entity.name and _LEGAL_SUFFIX.sub("", form) == entity.name:
            continue  # "Microsoft Corp.": the same name with its legal form, which says nothing more
        found = _written_at(form, text)
        if found is not None and (first is None or (found, -len(form)) < first[:2]):
            first = (found, -len(form), form)
    if first is not None:
        return first[2]
    # "an analyst at Jefferies" (Jefferies Financial Group): when the text never writes the canonical name, its
    # first words that the text does write are the name a reader knows it by (acronyms still excepted)
    for form in sorted(entity.aliases, key=len, reverse=True):
        if entity.name.startswith(form + " ") and not _an_acronym(form) and _written_at(form, text) is not None:
            return form
    return entity.name


def _an_acronym(form: str) -> bool:
    return form.isupper() and len(form) <= 5


def _written_at(form: str, text: str) -> int | None:
    """Where the text first writes `form` as a name of its own (not inside a longer word or a hyphened one)."""
    found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)
    return found.start() if found is not None else None


def relation_line(relation: Relation, text: str | None = None) -> dict[str, Any]:
    """The JSON line `kg extract` prints for one relation (first evidence); given the document's text, each
    entity is named as the document writes it ('Arm Holdings'), beside its canonical id and name."""

    def entity(one: Entity) -> dict[str, Any]:
        name = written_name(one, text) if text is not None else one.name
        return {"id": one.id, "name": name, "canonical": one.name, "type": one.type}

    evidence = relation.evidence[0] if relation.evidence else None
    return {
        "subject": entity(relation.subject),
        "relation": relation.relation,
        "object": entity(relation.object),
        "evidence": (
            {"document": evidence.document, "text": evidence.text, "start": evidence.start, "end": evidence.end}
            if evidence
            else None
        ),
        "qualifiers": relation.qualifiers,
        "modality": str(relation.modality),
        "confidence": relation.confidence,
    }
