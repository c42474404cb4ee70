"""The default extractor: offline, deterministic, driven by the ontology's lexicon and gazetteer."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Protocol

import ontology
from kg.model import Document, Entity, Evidence, Extraction, Modality, Relation, Span, absorb

from . import compiled

compiled.activate(__path__)  # before the modules below are imported: their compiled build, when it is fresh

from . import constructions  # noqa: E402
from .gazetteer import KnownEntity, load_gazetteer  # noqa: E402
from .mentions import Mention, find_mentions  # noqa: E402
from .modality import as_reported_plan, detect_modality  # noqa: E402
from .quantities import extract_qualifiers  # noqa: E402
from .relations import APPOSED_TRIGGER, Candidate, SentenceRelations, choose_types, one_group  # noqa: E402
from .sentences import split_sentences  # noqa: E402

_HEADLINE_INFINITIVE = re.compile(r"^\s+to\s+[A-Za-z]+\b")
_PRICE_AFTER_OBJECT = re.compile(
    r"\s+for\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|up\s+to\s+|more\s+than\s+)?"
    r"(?:[$€£][\d.,]+\s*(?:trillion|billion|million|bn|m)?|[\d.,]+\s+(?:trillion|billion|million)\s+"
    r"(?:euros|pounds|dollars|yen|yuan|francs|crowns))\b"
)

# "former OpenAI researcher", "the former chief executive of Intel": another employer's past, named in between
_FORMER_OTHER = re.compile(
    # (not "ex-CEO of X": the post itself, which the cue dates)
    r"(?:[A-Z][\w.&-]*['’]s\s+)?\b(?:[Ff]ormer|[Ee]x-)\s*(?!(?:CEO|CFO|COO|CTO|President|Chief|Chairman)\b)"
    r"(?:(?<=['’]s former )(?:[\w-]+\s*){1,4}"
    r"|(?:[A-Z][\w.&'’-]*\s+)+|(?:[\w-]+\s+){1,4}?(?:of|at|for)\s+(?:[A-Z][\w.&'’-]*\s*)+)"
)
# "X, who previously worked at A, joined B", "sued A, its former partner, and B": an aside between the pair
# "... and sued", "..., and later acquired": a second predicate in the past tense, which carries no cue of the first
_SECOND_PAST_PREDICATE = re.compile(r"\sand\s+(?:then\s+|also\s+|later\s+)?(?P<verb>[a-z]{3,}(?:ed|d))\s")
# ("X, founded by P after he left Y, counts Z as an investor": a reduced aside too)
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:who|which\b|(?:(?:its|their|his|her|a|an|the)\s+)?(?:former|onetime|ex-)"
    r"|(?:co-?founded|founded|started|set\s+up|established|created)\s+(?:in|by)\b)[^,;]*,"
)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*$", re.I)

__all__ = ["Extractor", "RuleExtractor", "split_sentences"]


class Extractor(Protocol):
    name: str

    def extract(self, document: Document) -> Extraction: ...


@lru_cache(maxsize=1 << 14)
def _validated_entity(name: str, type_: str, known: KnownEntity | None) -> Entity:
    if known is not None:
        return Entity(name=known.name, type=known.type, aliases=list(known.aliases), wikidata=known.wikidata)
    return Entity(name=name, type=type_)


class RuleExtractor:
    """Gazetteer + guessed names + lexicon triggers; the same input always gives the same output."""

    name = "rules"

    def extract(self, document: Document) -> Extraction:
        gazetteer = load_gazetteer()
        text = document.text
        sentences = split_sentences(text)
        mentions = find_mentions(text, sentences, gazetteer)
        entities: dict[str, Entity] = {}
        relations: dict[str, Relation] = {}
        for mention in mentions:
            if mention.kind == "known":
                entity = self._entity(mention.name, mention.type)
                entities.setdefault(entity.id, entity)
        starts = [m.start for m in mentions]  # find_mentions gives them in document order
        previous_start = 0
        for sentence in sentences:
            # each sentence gets its own slice of the mentions, not the whole document's
            window = mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
            previous = mentions[bisect_left(starts, previous_start) : bisect_left(starts, sentence.start)]
            if not window and not constructions.names_a_pair(sentence.text):
                continue  # every relation has a named or referred-to party in its sentence
            finder = SentenceRelations(text, sentence, window, previous, mentions, previous_start)
            if window:
                previous_start = sentence.start
            made = [
                self._relation(document, sentence.start, sentence.end, sentence.text, candidate)
                for candidate in constructions.with_constructions(finder, finder.candidates())
            ]
            for relation in _without_outdated_assertions([r for r in made if r is not None]):
                for entity in (relation.subject, relation.object):
                    entities.setdefault(entity.id, entity)
                existing = relations.get(relation.id)
                if existing is None:
                    relations[relation.id] = relation
                elif relation.evidence[0].id not in {e.id for e in existing.evidence}:
                    absorb(existing, relation)
        return Extraction(document=document, entities=list(entities.values()), relations=list(relations.values()))

    @staticmethod
    def _entity(name: str, type_: str) -> Entity:
        known = load_gazetteer().entities.get(name)
        if known is not None and known.type != type_:
            known = None
        entity = _validated_entity(name, type_, known)  # (validated once; each caller gets a copy of its own)
        return entity.model_copy(update={"aliases": list(entity.aliases)})

    def _relation(
        self, document: Document, start: int, end: int, sentence: str, candidate: Candidate
    ) -> Relation | None:
        types = choose_types(candidate)
        if types is None or candidate.subject.name == candidate.object.name:
            return None
        subject = self._entity(candidate.subject.name, types[0])
        obj = self._entity(candidate.object.name, types[1])
        if subject.id == obj.id or (candidate.relation == "hosts-on" and _its_own(document.text, candidate)):
            return None
        if candidate.relation == "competes-with" and "Product" in types and one_group(subject.name, obj.name):
            return None  # no company competes with its own product (OpenAI and ChatGPT; companies bought may)
        if candidate.relation == "acquires" and _RECURRING.search(candidate.trigger):
            return None  # "pay $1 billion a year for a custom model": a fee for a service, nothing bought outright
        first, last = sorted([candidate.subject, candidate.object], key=lambda m: m.start)
        # "hired former OpenAI researcher Jane Roe": 'former' belongs to the name it precedes, not to the hire
        # (a name in an earlier sentence, "the round"'s company, takes only this sentence's words)
        between = "" if candidate.scope_only else document.text[max(first.end, start) : last.start]
        scope, trimmed = _FORMER_OTHER.sub(" ", _RELATIVE_ASIDE.sub(",", between)), False
        if first is candidate.subject:
            # "called off its merger with Kroger and sued its former partner": the second predicate's own words
            second = list(_SECOND_PAST_PREDICATE.finditer(scope))
            if second and candidate.trigger.lower().startswith(second[-1].group("verb")):
                scope, trimmed = scope[second[-1].start("verb") :], True
        if _FORMER_BEFORE.search(document.text[max(start, first.start - 12) : first.start]):
            scope = "former " + scope  # "former Google executive Jane Roe"
        scope = as_reported_plan(scope, document.text[max(start, first.start - 40) : first.start], sentence)
        at = document.text.rfind(candidate.trigger, first.end, last.start) if candidate.frame == "nouns" else -1
        # ("divested a stake in ByteDance, the owner of TikTok": an apposition describes the present, whatever the
        # sentence opens with)
        apposed = at >= 0 and APPOSED_TRIGGER.search(document.text, max(start, at - 30), at) is not None
        opening = "" if trimmed or apposed else _FORMER_OTHER.sub(" ", _RELATIVE_ASIDE.sub(",", sentence))
        modality, cue = detect_modality(scope + " " + candidate.scope, opening)
        if modality is Modality.ASSERTED and _HEADLINE_INFINITIVE.match(scope) and first is candidate.subject:
            modality, cue = Modality.PLANNED, "to"  # "Siemens to buy Acme": a headline's plan
        # what the trigger itself holds ("take a $350 million stake in") wins over the rest of the sentence
        priced = _PRICE_AFTER_OBJECT.match(document.text, candidate.object.end)
        qualifiers: dict[str, object] = {
            **_sentence_qualifiers(sentence, document.text[max(start, first.start) : end]),
            # "bought A for $2.6 billion and B for about $4 billion": the price said right after the object is its
            **(extract_qualifiers(priced.group()) if priced else {}),
            **extract_qualifiers(candidate.trigger),
            **candidate.qualifiers,
        }
        lexicon = ontology.load().lexicon
        if candidate.relation == "employs" and "role" not in qualifiers:
            titled = lexicon.role_of_phrase(candidate.trigger)  # "chief executive of Acme"
            if titled is not None:
                qualifiers["role"] = titled
        role = qualifiers.get("role")
        if isinstance(role, str):  # "CEO", "Chief Executive": one name for one post
            qualifiers["role"] = lexicon.role_name(role)
        qualifiers["trigger"] = candidate.trigger
        if cue:
            qualifiers["modality_cue"] = cue
        if document.published and modality is Modality.ASSERTED:
            qualifiers.setdefault("reported_on", document.published)
        confidence = candidate.confidence - 0.1 * sum(m.kind != "known" for m in (candidate.subject, candidate.object))
        evidence = Evidence(
            document=document.id,
            text=sentence,
            start=start,
            end=end,
            extractor=self.name,
            subject_span=_span(candidate.subject),
            object_span=_span(candidate.object),
            qualifiers=qualifiers,
            modality=modality,
            confidence=round(max(confidence, 0.05), 3),
        )
        return Relation(
            subject=subject,
            relation=candidate.relation,
            object=obj,
            qualifiers=qualifiers,
            modality=modality,
            confidence=evidence.confidence,
            evidence=[evidence],
        )


_ENDED = (Modality.FORMER, Modality.NEGATED)


def _without_outdated_assertions(relations: list[Relation]) -> list[Relation]:
    """One sentence's relations, less a plain assertion of a fact the same sentence says is over or untrue: in
    "A sold its stake in B to C", 'its stake in B' alone would assert what 'sold' ended."""
    ended = {(r.subject.id, r.relation, r.object.id) for r in relations if r.modality in _ENDED}
    return [
        r
        for r in relations
        if not (r.modality is Modality.ASSERTED and (r.subject.id, r.relation, r.object.id) in ended)
    ]


def _span(mention: Mention) -> Span:
    return Span(start=mention.start, end=mention.end)


_RECURRING = re.compile(r"\b(?:a|per|each|every)\s+(?:year|month|quarter)\b|\b(?:annually|yearly|monthly)\b", re.I)


_SHARE_KEYS = ("stake", "percent", "share_from", "share_to")


def _sentence_qualifiers(sentence: str, from_first_party: str) -> dict[str, object]:
    """The sentence's qualifiers, but a share only when said from the first party on: in "A owns 66% of B, the
    owner of C", the 66% is A's holding in B, not B's in C."""
    qualifiers = extract_qualifiers(sentence)
    if any(key in qualifiers for key in _SHARE_KEYS):
        own = extract_qualifiers(from_first_party)
        for key in _SHARE_KEYS:
            qualifiers.pop(key, None)
            if key in own:
                qualifiers[key] = own[key]
    return qualifiers


def _its_own(text: str, candidate: Candidate) -> bool:
    """Whether a host is the customer's own product ('Microsoft's Azure cloud' for Microsoft, 'Microsoft Azure',
    one the gazetteer gives to it): nobody runs on its own cloud as a customer of it."""
    subject, host = candidate.subject, candidate.object
    if host.name.startswith(subject.name + " "):
        return True
    known = load_gazetteer().entities.get(host.name)
    if known is not None and known.owner == subject.name:
        return True
    owner = text[max(0, host.start - len(subject.name) - 3) : host.start]
    return re.search(rf"{re.escape(subject.name)}['’]s?\s+$", owner) is not None
