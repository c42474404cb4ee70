"""The RDF view of the graph, generated from the ontology, and SPARQL 1.1 over it with pyoxigraph.

Each relation is a triple `<subject> kg:invests-in <object>` (asserted relations only) and a
statement node (`kg:Statement`) with kg:subject, kg:relation, kg:object, kg:modality,
kg:confidence, kg:qualifiers (JSON) and one kg:evidence node per supporting sentence
(kg:document, kg:text, kg:start, kg:end). Other modalities are reachable through statements only,
so that a plain triple pattern never returns a planned, considered or negated fact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from urllib.parse import quote

import pyoxigraph as ox

import ontology
from kg.model import Document, Entity, Modality, Relation
from kg.sparql_worker import GRAPH_FORMATS, RESULT_FORMATS

__all__ = ["GRAPH_FORMATS", "PREFIXES", "RESULT_FORMATS", "view_quads"]

BASE = "https://w3id.org/kg/"
PREFIXES = {
    "kg": str(ontology.KG),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
RDF_TYPE = _RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
_SAME_AS = ox.NamedNode(PREFIXES["owl"] + "sameAs")
_XSD_DOUBLE = ox.NamedNode(PREFIXES["xsd"] + "double")
_XSD_INTEGER = ox.NamedNode(PREFIXES["xsd"] + "integer")


# the one named graph of the RDF view that SPARQL updates may change, when enabled: users' own statements about
# the graph ("an analyst checked this edge"), kept across rebuilds of the view from the store
ANNOTATIONS = ox.NamedNode(BASE + "annotations")


def kg_term(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(ontology.KG) + local)


def entity_iri(entity_id: str) -> ox.NamedNode:
    return ox.NamedNode(ontology.ENTITY_BASE + quote(entity_id, safe=":"))


def document_iri(document_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}document/{quote(document_id)}")


def statement_iri(relation_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}statement/{relation_id}")


def entity_predicates() -> list[ox.NamedNode]:
    """The predicates of an entity's own triples (its relations' triples have it as subject too)."""
    return [_RDF_TYPE, _LABEL, kg_term("alias"), _SAME_AS]


def entity_triples(entity: Entity) -> Iterator[ox.Triple]:
    node = entity_iri(entity.id)
    yield ox.Triple(node, _RDF_TYPE, kg_term(entity.type))
    yield ox.Triple(node, _LABEL, ox.Literal(entity.name))
    for alias in entity.aliases:
        yield ox.Triple(node, kg_term("alias"), ox.Literal(alias))
    if entity.wikidata:
        yield ox.Triple(node, _SAME_AS, ox.NamedNode(f"http://www.wikidata.org/entity/{entity.wikidata}"))


def relation_triples(relation: Relation) -> Iterator[ox.Triple]:
    rel = ontology.load().relations[relation.relation]
    subject, obj = entity_iri(relation.subject.id), entity_iri(relation.object.id)
    if relation.modality is Modality.ASSERTED:
        yield ox.Triple(subject, ox.NamedNode(rel.iri), obj)
    statement = statement_iri(relation.id)
    yield ox.Triple(statement, _RDF_TYPE, kg_term("Statement"))
    yield ox.Triple(statement, kg_term("subject"), subject)
    yield ox.Triple(statement, kg_term("relation"), ox.NamedNode(rel.iri))
    yield ox.Triple(statement, kg_term("object"), obj)
    yield ox.Triple(statement, kg_term("modality"), ox.Literal(str(relation.modality)))
    yield ox.Triple(statement, kg_term("confidence"), ox.Literal(str(relation.confidence), datatype=_XSD_DOUBLE))
    yield ox.Triple(statement, kg_term("qualifiers"), ox.Literal(json.dumps(relation.qualifiers, sort_keys=True)))
    for index, evidence in enumerate(relation.evidence):
        node = ox.NamedNode(f"{BASE}statement/{relation.id}/evidence/{index}")
        yield ox.Triple(statement, kg_term("evidence"), node)
        yield ox.Triple(node, _RDF_TYPE, kg_term("Evidence"))
        yield ox.Triple(node, kg_term("document"), document_iri(evidence.document))
        yield ox.Triple(node, kg_term("text"), ox.Literal(evidence.text))
        yield ox.Triple(node, kg_term("start"), ox.Literal(str(evidence.start), datatype=_XSD_INTEGER))
        yield ox.Triple(node, kg_term("end"), ox.Literal(str(evidence.end), datatype=_XSD_INTEGER))
        if evidence.page is not None:
            yield ox.Triple(node, kg_term("page"), ox.Literal(str(evidence.page), datatype=_XSD_INTEGER))


def document_triples(document: Document) -> Iterator[ox.Triple]:
    node = document_iri(document.id)
    yield ox.Triple(node, _RDF_TYPE, kg_term("Document"))
    if document.title:
        yield ox.Triple(node, _LABEL, ox.Literal(document.title))
    if document.uri:
        yield ox.Triple(node, kg_term("uri"), ox.Literal(document.uri))


def view_quads(
    entities: Iterable[Entity], relations: Iterable[Relation], documents: Iterable[Document]
) -> Iterator[ox.Quad]:
    """The whole RDF view of the graph (without the ontology), as default-graph quads."""
    for triples in (
        (t for e in entities for t in entity_triples(e)),
        (t for r in relations for t in relation_triples(r)),
        (t for d in documents for t in document_triples(d)),
    ):
        for t in triples:
            yield ox.Quad(t.subject, t.predicate, t.object)
