"""The ontology registry: one source for classes, relation ids, Neo4j types, IRIs and SHACL shapes."""

import pytest
from pyshacl import validate
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

import ontology
from kg.errors import ValidationError

KG = Namespace("https://w3id.org/kg/ontology#")
REQUIRED = [
    "invests-in",
    "competes-with",
    "hosts-on",
    "partners-with",
    "acquires",
    "owns",
    "supplies",
    "employs",
    "develops",
    "accuses",
    "announces",
    "shares-revenue-with",
]


def test_every_required_relation_is_defined_with_label_domain_range_type_and_iri():
    onto = ontology.load()
    for rel_id in REQUIRED:
        rel = onto.relations[rel_id]
        assert rel.label and rel.domain and rel.range
        assert rel.neo4j_type == rel_id.upper().replace("-", "_")
        assert rel.iri == f"https://w3id.org/kg/ontology#{rel_id}"


def test_core_classes_exist():
    assert {"Organization", "Person", "Product", "Project", "Location"} <= set(ontology.load().classes)


def test_symmetric_relations_are_marked_in_the_turtle():
    onto = ontology.load()
    assert {r.id for r in onto.relations.values() if r.symmetric} == {"competes-with", "partners-with"}


@pytest.mark.parametrize("spelling", ["INVESTS_IN", "invests_in", "invests in", "invests-in"])
def test_relation_lookup_accepts_neo4j_and_snake_spellings(spelling):
    assert ontology.load().relation(spelling).id == "invests-in"


def test_unknown_relation_names_the_known_ones():
    with pytest.raises(ValidationError, match="invests-in"):
        ontology.load().relation("loves")


def test_lexicon_only_names_relations_of_the_ontology():
    onto = ontology.load()
    for frame in (onto.lexicon.verbs, onto.lexicon.passives, onto.lexicon.nouns):
        assert set(frame) <= set(onto.relations)


def _statement_graph(confidence: float, with_evidence: bool = True) -> Graph:
    graph = Graph()
    statement, evidence = URIRef("urn:s1"), URIRef("urn:e1")
    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, KG.subject, URIRef("urn:microsoft")))
    graph.add((statement, KG.object, URIRef("urn:openai")))
    graph.add((statement, KG.relation, KG["invests-in"]))
    graph.add((statement, KG.modality, Literal("asserted")))
    graph.add((statement, KG.confidence, Literal(confidence, datatype=XSD.double)))
    if with_evidence:
        graph.add((statement, KG.evidence, evidence))
        graph.add((evidence, RDF.type, KG.Evidence))
        graph.add((evidence, KG.document, URIRef("urn:doc")))
        graph.add((evidence, KG.text, Literal("Microsoft invested in OpenAI.")))
        graph.add((evidence, KG.start, Literal(0, datatype=XSD.integer)))
        graph.add((evidence, KG.end, Literal(29, datatype=XSD.integer)))
    graph.add((URIRef("urn:microsoft"), RDF.type, KG.Organization))
    graph.add((URIRef("urn:microsoft"), RDFS.label, Literal("Microsoft")))
    return graph


def test_shacl_shapes_accept_a_statement_with_evidence():
    conforms, _, report = validate(_statement_graph(0.9), shacl_graph=ontology.load().shapes())
    assert conforms, report


@pytest.mark.parametrize("confidence, with_evidence", [(1.5, True), (0.9, False)], ids=["confidence", "evidence"])
def test_shacl_shapes_reject_a_statement_out_of_range_or_without_evidence(confidence, with_evidence):
    conforms, _, _ = validate(_statement_graph(confidence, with_evidence), shacl_graph=ontology.load().shapes())
    assert not conforms
