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
from kg.errors import QueryError
from kg.model import Document, Entity, Modality, Relation

BASE = "https://w3id.org/kg/"
PREFIXES = {
    "kg": str(ontology.KG),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
_SAME_AS = ox.NamedNode(PREFIXES["owl"] + "sameAs")
_XSD_DOUBLE = ox.NamedNode(PREFIXES["xsd"] + "double")
_XSD_INTEGER = ox.NamedNode(PREFIXES["xsd"] + "integer")


def kg_term(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(ontology.KG) + local)


def entity_iri(entity_id: str) -> ox.NamedNode:
    return ox.NamedNode(ontology.ENTITY_BASE + quote(entity_id, safe=":"))


def document_iri(document_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}document/{quote(document_id)}")


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
    statement = ox.NamedNode(f"{BASE}statement/{relation.id}")
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


def document_triples(document: Document) -> Iterator[ox.Triple]:
    node = document_iri(document.id)
    yield ox.Triple(node, _RDF_TYPE, kg_term("Document"))
    if document.title:
        yield ox.Triple(node, _LABEL, ox.Literal(document.title))
    if document.uri:
        yield ox.Triple(node, kg_term("uri"), ox.Literal(document.uri))


def build_view(entities: Iterable[Entity], relations: Iterable[Relation], documents: Iterable[Document]) -> ox.Store:
    """An in-memory pyoxigraph store holding the ontology and the RDF view of the graph."""
    store = ox.Store()
    store.load(ontology.load().turtle(), format=ox.RdfFormat.TURTLE)
    quads: list[ox.Quad] = []
    for triples in (
        [t for e in entities for t in entity_triples(e)],
        [t for r in relations for t in relation_triples(r)],
        [t for d in documents for t in document_triples(d)],
    ):
        quads.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    store.extend(quads)
    return store


RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def run_sparql(store: ox.Store, query: str, accept: str = "application/sparql-results+json") -> tuple[bytes, str]:
    """Run a read query; return the serialised results and their media type. Updates are refused."""
    try:
        result = store.query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"SPARQL: {error} (updates are refused on this endpoint)") from error
    except OSError as error:
        raise QueryError(f"SPARQL: {error}") from error
    wanted = [part.split(";")[0].strip() for part in accept.split(",")]
    if isinstance(result, ox.QueryTriples):
        media = next((m for m in wanted if m in GRAPH_FORMATS), "text/turtle")
        data = result.serialize(format=GRAPH_FORMATS[media])
    else:
        media = next((m for m in wanted if m in RESULT_FORMATS), "application/sparql-results+json")
        data = result.serialize(format=RESULT_FORMATS[media])
    return data or b"", media
