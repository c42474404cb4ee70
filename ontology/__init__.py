"""The ontology as data: Turtle + SHACL + lexicon + gazetteer, loaded once into a typed registry.

Everything else in kg asks this module for classes, relation types, Neo4j types, IRIs,
trigger words and known entities; nothing repeats these lists.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

KG = Namespace("https://w3id.org/kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
ENTITY_BASE = "https://w3id.org/kg/entity/"
ONTOLOGY_DIR = Path(str(resources.files(__name__)))


@dataclass(frozen=True)
class EntityClass:
    name: str  # e.g. "Organization", also the node label / table name
    iri: str
    label: str
    comment: str


@dataclass(frozen=True)
class RelationType:
    id: str  # kebab-case, e.g. "invests-in"
    label: str
    iri: str
    neo4j_type: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    symmetric: bool

    def allows(self, subject_type: str, object_type: str) -> bool:
        return subject_type in self.domain and object_type in self.range


@dataclass(frozen=True)
class Lexicon:
    """Trigger phrases per relation id, by grammatical frame."""

    verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    passives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    symmetric_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    modality: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[str, ...] = ()
    role_prepositions: tuple[str, ...] = ()
    role_names: dict[str, str] = field(default_factory=dict)  # a title as written (lower case) -> its stored name

    def role_of_phrase(self, phrase: str) -> str | None:
        """The title that opens an 'employs' trigger such as 'chief executive of', if one does."""
        words = phrase.lower().split()
        if len(words) < 2 or words[-1] not in self.role_prepositions:
            return None
        title = " ".join(words[:-1])
        return title if title in self._titles else None

    @cached_property
    def _titles(self) -> frozenset[str]:
        return frozenset(t.lower() for t in self.roles)

    def role_name(self, title: str) -> str:
        """The name a role is stored under: 'CEO' and 'Chief Executive' -> 'chief executive officer'."""
        written = " ".join(title.lower().split())
        return self.role_names.get(written, written)


@dataclass(frozen=True)
class Ontology:
    classes: dict[str, EntityClass]
    relations: dict[str, RelationType]
    lexicon: Lexicon
    graph: Graph

    def relation(self, relation_id: str) -> RelationType:
        from kg.errors import ValidationError

        rel = self.relations.get(normalise_relation_id(relation_id))
        if rel is None:
            known = ", ".join(sorted(self.relations))
            raise ValidationError(f"unknown relation {relation_id!r}; the ontology defines: {known}")
        return rel

    def by_neo4j_type(self, neo4j_type: str) -> RelationType | None:
        return next((r for r in self.relations.values() if r.neo4j_type == neo4j_type), None)

    def entity_class(self, name: str) -> EntityClass:
        from kg.errors import ValidationError

        found = self.classes.get(name)  # the usual case: the class's own name
        if found is None:
            found = next((c for c in self.classes.values() if c.name.lower() == name.lower()), None)
        if found is not None:
            return found
        raise ValidationError(f"unknown entity type {name!r}; the ontology defines: {', '.join(self.classes)}")

    def shapes(self) -> Graph:
        return _read_turtle("shapes.ttl")

    def turtle(self) -> str:
        return (ONTOLOGY_DIR / "kg.ttl").read_text(encoding="utf-8")


def normalise_relation_id(value: str) -> str:
    """`INVESTS_IN`, `invests_in` and `invests in` all name `invests-in`."""
    return value.strip().lower().replace("_", "-").replace(" ", "-")


def _read_turtle(name: str) -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


def _literal(graph: Graph, node: URIRef, prop: URIRef) -> str:
    value = graph.value(node, prop)
    return str(value) if value is not None else ""


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _read_lexicon() -> Lexicon:
    data = tomllib.loads((ONTOLOGY_DIR / "lexicon.toml").read_text(encoding="utf-8"))

    def frame(name: str) -> dict[str, tuple[str, ...]]:
        return {rel: tuple(entry.get(name, ())) for rel, entry in data.get("relations", {}).items()}

    return Lexicon(
        verbs=frame("verbs"),
        passives=frame("passives"),
        nouns=frame("nouns"),
        symmetric_nouns=frame("symmetric_nouns"),
        modality={k: tuple(v) for k, v in data.get("modality", {}).items()},
        roles=tuple(data.get("roles", {}).get("titles", ())),
        role_prepositions=tuple(data.get("roles", {}).get("role_prepositions", ())),
        role_names=dict(data.get("roles", {}).get("same_as", {})),
    )


@cache
def load() -> Ontology:
    """Read the ontology files once per process."""
    graph = _read_turtle("kg.ttl")
    classes: dict[str, EntityClass] = {}
    for node in graph.subjects(RDFS.subClassOf, KG.Entity):
        assert isinstance(node, URIRef)
        name = _local(node)
        classes[name] = EntityClass(
            name, str(node), _literal(graph, node, RDFS.label), _literal(graph, node, RDFS.comment)
        )
    relations: dict[str, RelationType] = {}
    for node in graph.subjects(KG.relationId, None):
        assert isinstance(node, URIRef)
        rel_id = _literal(graph, node, KG.relationId)
        relations[rel_id] = RelationType(
            id=rel_id,
            label=_literal(graph, node, RDFS.label),
            iri=str(node),
            neo4j_type=_literal(graph, node, KG.neo4jType),
            domain=tuple(sorted(_local(c) for c in graph.objects(node, SCHEMA.domainIncludes))),  # type: ignore[arg-type]
            range=tuple(sorted(_local(c) for c in graph.objects(node, SCHEMA.rangeIncludes))),  # type: ignore[arg-type]
            symmetric=(node, RDF.type, OWL.SymmetricProperty) in graph,
        )
    return Ontology(dict(sorted(classes.items())), dict(sorted(relations.items())), _read_lexicon(), graph)
