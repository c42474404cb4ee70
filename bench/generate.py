"""Synthetic, seeded data: news-like articles and ready-made extractions of any size."""

from __future__ import annotations

import random
from collections.abc import Iterator

import ontology
from kg.model import Document, Entity, Evidence, Extraction, Relation

_STEMS = [
    "Acme",
    "Nimbus",
    "Vertex",
    "Quanta",
    "Helio",
    "Orion",
    "Lumen",
    "Cobalt",
    "Zenith",
    "Aurora",
    "Vector",
    "Nova",
    "Pulse",
    "Atlas",
    "Tandem",
    "Cirrus",
    "Ember",
    "Falcon",
    "Granite",
    "Harbor",
]
_SUFFIXES = ["Labs", "Systems", "Corp.", "Robotics", "AI", "Networks", "Capital", "Technologies"]
_FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
_LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Novak", "Haddad", "Kowalski", "Silva", "Brandt"]
_TEMPLATES = [
    "{a} invested ${n} million in {b} last year.",
    "{a} agreed to acquire {b} for ${n} billion.",
    "{a} announced a partnership with {b} on Tuesday.",
    "{b} runs its models on {a}'s cloud.",
    "{a} competes with {b} in the chip market.",
    "{p}, chief executive of {a}, said the deal would close soon.",
    "{a} is backed by {b}.",
    "Analysts said {a} plans to buy {b}.",
]

# Sentences that name companies, people and figures but state none of the ontology's relations: most of
# a real news article is context like this, not facts between two named parties.
_BACKGROUND = [
    "Shares of {a} rose {n} cents in afternoon trading as investors weighed the outlook for demand next year.",
    "The company said quarterly revenue reached ${n} million, slightly above what most analysts had expected.",
    "{p} told reporters in London that the market for data centre equipment would keep growing through 2028.",
    "Regulators in Brussels and Washington have not said whether they intend to review the transaction.",
    "The figures were not audited and may still change when the annual report is published in March.",
    "Demand for specialised chips has outpaced supply for most of the past two years, according to the survey.",
    "A spokesperson for {a} declined to comment on the report, citing a quiet period before its earnings.",
    "{a} employs about {n} people across offices in Berlin, Austin and Singapore, the filing shows.",
    "Several smaller rivals have struggled to raise money since interest rates began to climb sharply.",
    "The agreement still needs approval from shareholders, who are expected to vote on it next month.",
    "Executives at {a} said the new plant would be running at full capacity by the end of next year.",
    "Industry groups warned that power shortages could slow the construction of new facilities in the region.",
]


def news_articles(count: int, words: int = 600, facts: float = 0.35, seed: int = 7) -> list[str]:
    """News-like articles of about `words` words, in which a share `facts` of the sentences states a
    relation between two named parties and the rest is background that names things but relates none."""
    rng = random.Random(seed)
    orgs = organisation_names(max(50, count), rng)
    texts = []
    for _ in range(count):
        lines: list[str] = []
        length = 0
        while length < words:
            a, b = rng.sample(orgs, 2)
            person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            template = rng.choice(_TEMPLATES if rng.random() < facts else _BACKGROUND)
            line = template.format(a=a, b=b, p=person, n=rng.randint(2, 900))
            lines.append(line)
            length += len(line.split())
        texts.append(" ".join(lines))
    return texts


def organisation_names(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(_STEMS)}{rng.randint(1, 10 * count)} {rng.choice(_SUFFIXES)}")
    return sorted(names)


def articles(count: int, sentences: int = 8, seed: int = 7) -> list[str]:
    """Short news-like articles about generated companies and people."""
    rng = random.Random(seed)
    orgs = organisation_names(max(50, count), rng)
    texts = []
    for _ in range(count):
        lines = []
        for _ in range(sentences):
            a, b = rng.sample(orgs, 2)
            person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            lines.append(rng.choice(_TEMPLATES).format(a=a, b=b, p=person, n=rng.randint(2, 900)))
        texts.append(" ".join(lines))
    return texts


def extractions(documents: int, relations_per_document: int, entities: int, seed: int = 11) -> Iterator[Extraction]:
    """Ready-made extractions (no extractor run) over a fixed pool of organisations."""
    rng = random.Random(seed)
    pool = [Entity(name=name, type="Organization") for name in organisation_names(entities, rng)]
    kinds = [r for r in ontology.load().relations.values() if r.allows("Organization", "Organization")]
    for index in range(documents):
        document = Document(text=f"synthetic document {index}", id=f"doc-bench-{seed}-{index}")
        relations = []
        for position in range(relations_per_document):
            a, b = rng.sample(pool, 2)
            kind = rng.choice(kinds)
            evidence = Evidence(
                document=document.id,
                text=f"{a.name} {kind.label} {b.name}.",
                start=position,
                end=position + 1,
                confidence=0.8,
            )
            relations.append(Relation(subject=a, relation=kind.id, object=b, evidence=[evidence], confidence=0.8))
        yield Extraction(document=document, relations=relations)
